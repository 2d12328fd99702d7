#include "audio_plugin.h"

#include "app/event_log_writer.h"
#include "app/player/session_audio.h"
#include "app/ui/sound_voice_settings_widget.h"
#include "session_speech.h"

namespace unclutch::app {

namespace {

SessionAudio* sessionAudio(QObject* audio)
{
    auto* session = qobject_cast<SessionAudio*>(audio);
    Q_ASSERT(session); // made by makeSessionAudio()
    return session;
}

} // namespace

std::unique_ptr<QObject> AudioPlugin::makeSessionAudio(PlayerView* view)
{
    return std::make_unique<SessionAudio>(view);
}

QWidget* AudioPlugin::makeSoundVoiceSettings(QObject* audio, QWidget* parent)
{
    SessionAudio* session = sessionAudio(audio);
    return new SoundVoiceSettingsWidget(session->sound(), session->voice(), parent);
}

void AudioPlugin::logSpeech(QObject* audio, EventLogWriter* log)
{
    SessionSpeech* speech = sessionAudio(audio)->speech();
    connect(speech, &SessionSpeech::spoken, log, &EventLogWriter::writeSpeech);
    connect(speech, &SessionSpeech::dropped, log, &EventLogWriter::writeSpeechDropped);
}

} // namespace unclutch::app
