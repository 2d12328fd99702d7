#include "audio_plugin.h"

#include "app/player/session_audio.h"
#include "app/ui/sound_voice_settings_widget.h"

namespace unclutch::app {

std::unique_ptr<QObject> AudioPlugin::makeSessionAudio(PlayerView* view)
{
    return std::make_unique<SessionAudio>(view);
}

QWidget* AudioPlugin::makeSoundVoiceSettings(QObject* audio, QWidget* parent)
{
    auto* session = qobject_cast<SessionAudio*>(audio);
    Q_ASSERT(session); // made by makeSessionAudio()
    return new SoundVoiceSettingsWidget(session->sound(), session->voice(), parent);
}

} // namespace unclutch::app
