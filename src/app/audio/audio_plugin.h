#pragma once

#include <QObject>

#include "app/audio_module.h"

namespace unclutch::app {

// The audio module's entry point (libunclutch_audio.so): SessionAudio and the Sound and voice
// page, over SoundPlayer and Voice.
class AudioPlugin : public QObject, public AudioModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UNCLUTCH_AUDIO_MODULE_IID)
    Q_INTERFACES(unclutch::app::AudioModule)

public:
    std::unique_ptr<QObject> makeSessionAudio(PlayerView* view) override;
    QWidget* makeSoundVoiceSettings(QObject* audio, QWidget* parent) override;
    void logSpeech(QObject* audio, EventLogWriter* log) override;
};

} // namespace unclutch::app
