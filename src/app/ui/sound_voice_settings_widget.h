#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class SoundVoiceSettingsWidget;
}

namespace unclutch::app {

struct SpeechOptions;
class SoundPlayer;
class Voice;

// The sound and voice page of the preferences (the form is sound_voice_settings_widget.ui): the
// volume, mute, speaking rate, speech engine and what the voice says, plus a test for each.
//
// Every change applies at once: the page calls the setters of SoundPlayer and Voice, which save
// their own settings. It also follows those objects, so M or V pressed in the player while the
// page is open moves its check boxes; updates from the objects are made with the controls'
// signals blocked, so they never echo back. When the sound or the voice is unavailable, the page
// says why and its controls stay usable: the settings hold for when it works again.
class SoundVoiceSettingsWidget : public QWidget {
    Q_OBJECT

public:
    // Neither object is owned; both may be deleted before the page.
    SoundVoiceSettingsWidget(SoundPlayer* sound, Voice* voice, QWidget* parent = nullptr);
    ~SoundVoiceSettingsWidget() override;

    // What "Test the voice" says: a get-ready sentence of a routine, in `language`.
    static QString sampleSentence(const QString& language);

private:
    void connectControls();
    void connectObjects();
    void fillEngines();
    void playTestSound();
    void showVolume(int volume);
    void showMuted(bool muted);
    void showSoundAvailability();
    void showEnabled(bool enabled);
    void showRate(double rate);
    void showEngine(const QString& engine);
    void showOptions(const SpeechOptions& options);
    // The options as the check boxes and radio buttons show them.
    SpeechOptions shownOptions() const;
    void showVoiceAvailability();

    std::unique_ptr<Ui::SoundVoiceSettingsWidget> m_ui;
    QPointer<SoundPlayer> m_sound;
    QPointer<Voice> m_voice;
};

} // namespace unclutch::app
