#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>
#include <vector>

#include "app/audio/audio_plugin.h"
#include "app/audio/sound_player.h"
#include "app/audio/speech_schedule.h"
#include "app/audio/spoken_text.h"
#include "app/audio/voice.h"
#include "app/player/player_view.h"
#include "app/player/session_audio.h"
#include "app/translation_loader.h"
#include "app/ui/main_window.h"
#include "app/ui/settings_menu.h"
#include "app/ui/sound_voice_settings_widget.h"
#include "storage/paths.h"
#include "storage/routine_library.h"

using namespace unclutch;
using app::SoundPlayer;
using app::SoundVoiceSettingsWidget;
using app::Voice;

namespace {

// The suite's main points PulseAudio at nothing: the sound is unavailable, and so is the voice
// (no output to speak to, or an engine Qt 6.4 is refused), whatever the machine has.
class SoundVoiceSettingsTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }

    void makePage()
    {
        sound = std::make_unique<SoundPlayer>();
        voice = std::make_unique<Voice>();
        page = std::make_unique<SoundVoiceSettingsWidget>(sound.get(), voice.get());
        page->show();
    }

    template <typename T>
    T* child(const char* name) const
    {
        T* found = page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static QVariant saved(const char* key) { return QSettings().value(QString::fromLatin1(key)); }

    std::unique_ptr<SoundPlayer> sound;
    std::unique_ptr<Voice> voice;
    std::unique_ptr<SoundVoiceSettingsWidget> page;
};

} // namespace

TEST_F(SoundVoiceSettingsTest, ShowsTheSavedSettingsWhenOpened)
{
    QSettings settings;
    settings.setValue(QStringLiteral("sound/volume"), 40);
    settings.setValue(QStringLiteral("sound/muted"), true);
    settings.setValue(QStringLiteral("voice/enabled"), false);
    settings.setValue(QStringLiteral("voice/rate"), -0.5);
    settings.setValue(QStringLiteral("voice/instructions"), false);
    settings.setValue(QStringLiteral("voice/phaseNames"), true);
    settings.sync();
    makePage();

    EXPECT_EQ(child<QSlider>("volumeSlider")->value(), 40);
    EXPECT_EQ(child<QLabel>("volumeValueLabel")->text(), QStringLiteral("40 %"));
    EXPECT_TRUE(child<QCheckBox>("muteCheck")->isChecked());
    EXPECT_FALSE(child<QCheckBox>("speakCheck")->isChecked());
    EXPECT_EQ(child<QSlider>("rateSlider")->value(), -5);
    EXPECT_FALSE(child<QCheckBox>("instructionsCheck")->isChecked());
    EXPECT_TRUE(child<QRadioButton>("phaseNamesRadio")->isChecked());
    EXPECT_FALSE(child<QRadioButton>("tonesOnlyRadio")->isChecked());
    EXPECT_EQ(child<QComboBox>("engineCombo")->currentData().toString(), QString());
}

TEST_F(SoundVoiceSettingsTest, EachControlChangesItsObjectAndItsSavedSetting)
{
    makePage();
    auto* volume = child<QSlider>("volumeSlider");
    volume->setFocus();
    volume->setValue(50);
    QTest::keyClick(volume, Qt::Key_Left);
    EXPECT_EQ(sound->volume(), 50 - volume->singleStep());
    EXPECT_EQ(saved("sound/volume").toInt(), 50 - volume->singleStep());
    EXPECT_EQ(child<QLabel>("volumeValueLabel")->text(),
              QStringLiteral("%1 %").arg(50 - volume->singleStep()));

    auto* mute = child<QCheckBox>("muteCheck");
    QTest::keyClick(mute, Qt::Key_Space);
    EXPECT_TRUE(sound->isMuted());
    EXPECT_TRUE(saved("sound/muted").toBool());
    EXPECT_FALSE(child<QPushButton>("testSoundButton")->isEnabled());

    auto* rate = child<QSlider>("rateSlider");
    QTest::keyClick(rate, Qt::Key_End);
    EXPECT_DOUBLE_EQ(voice->rate(), 1.0);
    QTest::keyClick(rate, Qt::Key_Home);
    EXPECT_DOUBLE_EQ(voice->rate(), -1.0);
    QTest::keyClick(rate, Qt::Key_Right);
    EXPECT_NEAR(voice->rate(), -0.9, 1e-9);
    EXPECT_NEAR(saved("voice/rate").toDouble(), -0.9, 1e-9);

    // Each engine once, named for what it is: no "Default" beside the engine that is it.
    auto* engine = child<QComboBox>("engineCombo");
    const QList<Voice::EngineChoice> choices = Voice::engineChoices();
    ASSERT_EQ(engine->count(), choices.size());
    QStringList labels;
    for (int i = 0; i < choices.size(); ++i) {
        EXPECT_EQ(engine->itemData(i).toString(), choices.at(i).engine);
        EXPECT_EQ(engine->itemText(i), choices.at(i).label);
        labels << engine->itemText(i);
    }
    labels.removeDuplicates();
    EXPECT_EQ(labels.size(), engine->count());
    EXPECT_FALSE(labels.contains(QStringLiteral("Default")));
    if (engine->count() > 1) {
        engine->setCurrentIndex(1);
        EXPECT_EQ(voice->engine(), engine->itemData(1).toString());
        EXPECT_EQ(saved("voice/engine").toString(), engine->itemData(1).toString());
        engine->setCurrentIndex(0);
        EXPECT_EQ(voice->engine(), QString());
        EXPECT_EQ(saved("voice/engine").toString(), QString());
    }

    auto* instructions = child<QCheckBox>("instructionsCheck");
    ASSERT_TRUE(instructions->isChecked());
    QTest::keyClick(instructions, Qt::Key_Space);
    EXPECT_FALSE(voice->options().instructions);
    EXPECT_FALSE(saved("voice/instructions").toBool());

    // What the body needs to hear: on by default but halfway, each its own setting.
    const std::vector<std::pair<const char*, const char*>> checks{
        {"poseAtGetReadyCheck", "voice/poseAtGetReady"},
        {"sideChangeCheck", "voice/sideChange"},
        {"countCheck", "voice/count"}};
    for (const auto& [name, key] : checks) {
        auto* check = child<QCheckBox>(name);
        ASSERT_TRUE(check->isChecked()) << name;
        QTest::keyClick(check, Qt::Key_Space);
        EXPECT_FALSE(saved(key).toBool()) << name;
    }
    EXPECT_FALSE(voice->options().poseAtGetReady);
    EXPECT_FALSE(voice->options().sideChange);
    EXPECT_FALSE(voice->options().count);
    auto* halfway = child<QCheckBox>("halfwayCheck");
    ASSERT_FALSE(halfway->isChecked());
    QTest::keyClick(halfway, Qt::Key_Space);
    EXPECT_TRUE(voice->options().halfway);
    EXPECT_TRUE(saved("voice/halfway").toBool());

    ASSERT_TRUE(child<QRadioButton>("tonesOnlyRadio")->isChecked());
    auto* names = child<QRadioButton>("phaseNamesRadio");
    QTest::keyClick(names, Qt::Key_Space);
    EXPECT_TRUE(voice->options().phaseNames);
    EXPECT_TRUE(saved("voice/phaseNames").toBool());
    QTest::keyClick(child<QRadioButton>("tonesOnlyRadio"), Qt::Key_Space);
    EXPECT_FALSE(names->isChecked());
    EXPECT_FALSE(voice->options().phaseNames);
    EXPECT_FALSE(saved("voice/phaseNames").toBool());

    auto* speak = child<QCheckBox>("speakCheck");
    QTest::keyClick(speak, Qt::Key_Space);
    EXPECT_FALSE(voice->isEnabled());
    EXPECT_FALSE(saved("voice/enabled").toBool());
    EXPECT_FALSE(rate->isEnabled());
    EXPECT_FALSE(child<QPushButton>("testVoiceButton")->isEnabled());
}

TEST_F(SoundVoiceSettingsTest, TestTheVoiceSaysAGetReadySentence)
{
    makePage();
    QSignalSpy sentences(voice.get(), &Voice::sentence);
    QTest::mouseClick(child<QPushButton>("testVoiceButton"), Qt::LeftButton);
    ASSERT_EQ(sentences.count(), 1);
    EXPECT_EQ(sentences.at(0).at(0).toString(),
              app::SpokenText().getReady(QStringLiteral("Pigeon"), core::Side::Left));
}

TEST_F(SoundVoiceSettingsTest, FollowsChangesMadeThroughTheObjectsWithoutEchoingThem)
{
    makePage();
    QSignalSpy rateChanges(voice.get(), &Voice::rateChanged);
    QSignalSpy volumeChanges(sound.get(), &SoundPlayer::volumeChanged);

    sound->setVolume(23);
    EXPECT_EQ(child<QSlider>("volumeSlider")->value(), 23);
    EXPECT_EQ(child<QLabel>("volumeValueLabel")->text(), QStringLiteral("23 %"));
    sound->setMuted(true);
    EXPECT_TRUE(child<QCheckBox>("muteCheck")->isChecked());
    sound->setMuted(false);
    EXPECT_FALSE(child<QCheckBox>("muteCheck")->isChecked());

    // Shown to the nearest step, and not written back rounded.
    voice->setRate(0.34);
    EXPECT_EQ(child<QSlider>("rateSlider")->value(), 3);
    EXPECT_DOUBLE_EQ(voice->rate(), 0.34);
    EXPECT_EQ(rateChanges.count(), 1);
    EXPECT_EQ(volumeChanges.count(), 1);

    voice->setEnabled(false);
    EXPECT_FALSE(child<QCheckBox>("speakCheck")->isChecked());
    EXPECT_FALSE(child<QWidget>("voiceDetails")->isEnabled());
    voice->setEnabled(true);
    EXPECT_TRUE(child<QCheckBox>("speakCheck")->isChecked());
    EXPECT_TRUE(child<QWidget>("voiceDetails")->isEnabled());

    app::SpeechOptions options = voice->options();
    options.instructions = false;
    options.phaseNames = true;
    options.count = false;
    voice->setOptions(options);
    EXPECT_FALSE(child<QCheckBox>("instructionsCheck")->isChecked());
    EXPECT_FALSE(child<QCheckBox>("countCheck")->isChecked());
    EXPECT_TRUE(child<QRadioButton>("phaseNamesRadio")->isChecked());
    EXPECT_FALSE(child<QRadioButton>("tonesOnlyRadio")->isChecked());
    options.phaseNames = false;
    voice->setOptions(options);
    EXPECT_TRUE(child<QRadioButton>("tonesOnlyRadio")->isChecked());

    // An engine that is not installed is shown as chosen, and why there is no voice.
    voice->setEngine(QStringLiteral("no-such-engine"));
    auto* engine = child<QComboBox>("engineCombo");
    EXPECT_EQ(engine->currentData().toString(), QStringLiteral("no-such-engine"));
    EXPECT_TRUE(engine->currentText().contains(QStringLiteral("no-such-engine")));
    EXPECT_EQ(voice->engine(), QStringLiteral("no-such-engine"));
    auto* problem = child<QLabel>("voiceProblemLabel");
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(voice->unavailableReason()));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("no-such-engine")));
}

TEST_F(SoundVoiceSettingsTest, SaysWhySoundAndVoiceAreUnavailableAndKeepsTheControlsUsable)
{
    QSettings().setValue(QStringLiteral("voice/engine"), QStringLiteral("missing-engine"));
    makePage();
    QCoreApplication::processEvents(); // the objects report from the event loop
    ASSERT_FALSE(sound->isAvailable());
    ASSERT_FALSE(voice->isAvailable());

    auto* soundProblem = child<QLabel>("soundProblemLabel");
    EXPECT_TRUE(soundProblem->isVisible());
    EXPECT_FALSE(sound->unavailableReason().isEmpty());
    EXPECT_TRUE(soundProblem->text().contains(sound->unavailableReason()));
    auto* voiceProblem = child<QLabel>("voiceProblemLabel");
    EXPECT_TRUE(voiceProblem->isVisible());
    EXPECT_TRUE(voiceProblem->text().contains(QStringLiteral("missing-engine")));

    for (const char* name : {"volumeSlider", "muteCheck", "speakCheck", "rateSlider", "engineCombo",
                             "instructionsCheck", "countCheck", "phaseNamesRadio"})
        EXPECT_TRUE(child<QWidget>(name)->isEnabled()) << name;
    QTest::keyClick(child<QCheckBox>("muteCheck"), Qt::Key_Space);
    EXPECT_TRUE(sound->isMuted());

    // Live: another missing engine, another reason.
    voice->setEngine(QStringLiteral("other-missing-engine"));
    EXPECT_TRUE(voiceProblem->text().contains(QStringLiteral("other-missing-engine")));
}

namespace {

// The letter after "&" in `text`, if any.
void addMnemonic(QStringList& keys, const QString& text)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("&([^&])")).match(text);
    if (match.hasMatch())
        keys << match.captured(1).toLower();
}

// Every control of the page, with its name and tooltip checked, and the mnemonics of the page and
// of the dialog's Close button.
QStringList checkControlsAndCollectMnemonics(QWidget* page)
{
    QStringList keys;
    int controls = 0;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->buddy())
                addMnemonic(keys, label->text());
            continue;
        }
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++controls;
        const std::string name = widget->objectName().toStdString();
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
        EXPECT_FALSE(widget->toolTip().isEmpty()) << name;
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            EXPECT_TRUE(button->text().contains(QLatin1Char('&'))) << name;
            addMnemonic(keys, button->text());
        }
    }
    EXPECT_EQ(controls, 14);
    addMnemonic(keys,
                QDialogButtonBox(QDialogButtonBox::Close).button(QDialogButtonBox::Close)->text());
    return keys;
}

} // namespace

TEST_F(SoundVoiceSettingsTest, EveryControlIsNamedExplainedAndHasItsOwnMnemonic)
{
    makePage();
    const QStringList keys = checkControlsAndCollectMnemonics(page.get());
    QStringList unique = keys;
    unique.removeDuplicates();
    EXPECT_EQ(unique.size(), keys.size()) << keys.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(keys.size(), 14) << keys.join(QLatin1Char(' ')).toStdString();
}

TEST_F(SoundVoiceSettingsTest, InGermanTooEveryMnemonicIsItsOwn)
{
    const app::TranslationLoader german(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_TRUE(german.hasAppTranslation());
    makePage();
    EXPECT_EQ(child<QCheckBox>("speakCheck")->text(), QStringLiteral("&Routine ansagen"));
    const QStringList keys = checkControlsAndCollectMnemonics(page.get());
    QStringList unique = keys;
    unique.removeDuplicates();
    EXPECT_EQ(unique.size(), keys.size()) << keys.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(keys.size(), 14) << keys.join(QLatin1Char(' ')).toStdString();
}

TEST_F(SoundVoiceSettingsTest, TheMenuItemOpensOneDialogThatFollowsThePlayersKeys)
{
    storage::RoutineLibrary library({});
    QTemporaryDir dataDir;
    const storage::Paths paths(dataDir.path());
    app::MainWindow window(library);
    auto* menus = new app::SettingsMenu(&window, library, nullptr);
    auto* action = window.findChild<QAction*>(QStringLiteral("soundAndVoiceAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled()); // no audio yet
    action->trigger();
    EXPECT_EQ(menus->soundAndVoiceDialog(), nullptr);

    app::AudioPlugin module;
    const std::unique_ptr<QObject> made = module.makeSessionAudio(window.playerView());
    const auto* audio = qobject_cast<app::SessionAudio*>(made.get());
    ASSERT_NE(audio, nullptr);
    menus->setAudio(&module, made.get());
    EXPECT_TRUE(action->isEnabled());
    action->trigger();
    QDialog* dialog = menus->soundAndVoiceDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->isModal());
    action->trigger();
    EXPECT_EQ(menus->soundAndVoiceDialog(), dialog);

    auto* mute = dialog->findChild<QCheckBox*>(QStringLiteral("muteCheck"));
    auto* speak = dialog->findChild<QCheckBox*>(QStringLiteral("speakCheck"));
    ASSERT_NE(mute, nullptr);
    ASSERT_NE(speak, nullptr);
    const bool wasMuted = mute->isChecked();
    const bool wasSpeaking = speak->isChecked();
    emit window.playerView()->muteToggleRequested();  // M in the player
    emit window.playerView()->voiceToggleRequested(); // V
    EXPECT_EQ(mute->isChecked(), !wasMuted);
    EXPECT_EQ(audio->sound()->isMuted(), !wasMuted);
    EXPECT_EQ(speak->isChecked(), !wasSpeaking);
    EXPECT_EQ(audio->voice()->isEnabled(), !wasSpeaking);

    // New audio closes a page that would no longer change anything.
    menus->setAudio(nullptr, nullptr);
    EXPECT_FALSE(action->isEnabled());
    EXPECT_TRUE(QTest::qWaitFor([menus] {
        return !menus->soundAndVoiceDialog() || !menus->soundAndVoiceDialog()->isVisible();
    }));
}
