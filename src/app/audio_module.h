#pragma once

#include <QtPlugin>

#include <memory>

class QObject;
class QWidget;

namespace unclutch::app {

class EventLogWriter;
class PlayerView;

// What the app asks of its audio module (libunclutch_audio.so, src/app/audio): the player's
// sounds and voice, which need QtMultimedia and QtTextToSpeech and the libraries below them.
// The first window needs neither, so the module is loaded (ModuleLoader) once that window is
// painted, or at once for a session about to play.
class AudioModule {
public:
    virtual ~AudioModule() = default;

    // The sounds and voice of the sessions `view` plays, wired to its controller and its
    // controls (SessionAudio).
    virtual std::unique_ptr<QObject> makeSessionAudio(PlayerView* view) = 0;
    // The Sound and voice settings page over `audio`, an object makeSessionAudio() made.
    virtual QWidget* makeSoundVoiceSettings(QObject* audio, QWidget* parent) = 0;
    // Writes each sentence `audio` speaks, or drops, to `log` (--event-log).
    virtual void logSpeech(QObject* audio, EventLogWriter* log) = 0;
};

} // namespace unclutch::app

#define UNCLUTCH_AUDIO_MODULE_IID "io.github.unclutch.Unclutch.AudioModule/1"
Q_DECLARE_INTERFACE(unclutch::app::AudioModule, UNCLUTCH_AUDIO_MODULE_IID)
