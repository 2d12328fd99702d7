#include "sound_voice_settings_widget.h"

#include <QSignalBlocker>

#include <array>
#include <cmath>
#include <utility>

#include "app/audio/sound_player.h"
#include "app/audio/speech_schedule.h"
#include "app/audio/spoken_text.h"
#include "app/audio/voice.h"
#include "ui_sound_voice_settings_widget.h"

namespace unclutch::app {

namespace {

// The rate slider moves in tenths of Voice's −1..1.
constexpr int kRateSteps = 10;

int rateToSlider(double rate)
{
    return static_cast<int>(std::lround(rate * kRateSteps));
}

// A problem line: the reason, then that the settings still count.
QString problemText(const QString& reason, const QString& fallback)
{
    return SoundVoiceSettingsWidget::tr("%1 The settings here apply as soon as it works.")
        .arg(reason.isEmpty() ? fallback : reason);
}

} // namespace

SoundVoiceSettingsWidget::SoundVoiceSettingsWidget(SoundPlayer* sound, Voice* voice,
                                                   QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SoundVoiceSettingsWidget>())
    , m_sound(sound)
    , m_voice(voice)
{
    m_ui->setupUi(this);
    // Room for the widest value, so the slider does not move as the number changes.
    m_ui->volumeValueLabel->setMinimumWidth(
        m_ui->volumeValueLabel->fontMetrics().horizontalAdvance(tr("%1 %").arg(100)));
    m_ui->volumeSlider->setRange(0, 100);
    m_ui->rateSlider->setRange(-kRateSteps, kRateSteps);
    fillEngines();

    showVolume(m_sound->volume());
    showMuted(m_sound->isMuted());
    showSoundAvailability();
    showEnabled(m_voice->isEnabled());
    showRate(m_voice->rate());
    showEngine(m_voice->engine());
    showOptions(m_voice->options());
    showVoiceAvailability();

    connectControls();
    connectObjects();
}

SoundVoiceSettingsWidget::~SoundVoiceSettingsWidget() = default;

QString SoundVoiceSettingsWidget::sampleSentence(const QString& language)
{
    return SpokenText::forLanguage(language).getReady(tr("Pigeon"), core::Side::Left);
}

// From the controls to the objects, which save their settings. A change that comes back from
// an object finds the control already there, and is shown with the control's signals blocked.
void SoundVoiceSettingsWidget::connectControls()
{
    connect(m_ui->volumeSlider, &QSlider::valueChanged, this, [this](int volume) {
        if (m_sound)
            m_sound->setVolume(volume);
    });
    connect(m_ui->muteCheck, &QCheckBox::toggled, this, [this](bool muted) {
        if (m_sound)
            m_sound->setMuted(muted);
    });
    connect(m_ui->testSoundButton, &QPushButton::clicked, this,
            &SoundVoiceSettingsWidget::playTestSound);
    connect(m_ui->speakCheck, &QCheckBox::toggled, this, [this](bool enabled) {
        if (m_voice)
            m_voice->setEnabled(enabled);
    });
    connect(m_ui->rateSlider, &QSlider::valueChanged, this, [this](int steps) {
        if (m_voice)
            m_voice->setRate(static_cast<double>(steps) / kRateSteps);
    });
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_voice && index >= 0)
            m_voice->setEngine(m_ui->engineCombo->itemData(index).toString());
    });
    // What is said: every check box and the radio buttons make one SpeechOptions. The two radio
    // buttons are one setting: following one of them is enough.
    const auto applyOptions = [this] {
        if (m_voice)
            m_voice->setOptions(shownOptions());
    };
    for (QCheckBox* check : {m_ui->instructionsCheck, m_ui->poseAtGetReadyCheck,
                             m_ui->sideChangeCheck, m_ui->countCheck, m_ui->halfwayCheck})
        connect(check, &QCheckBox::toggled, this, applyOptions);
    connect(m_ui->phaseNamesRadio, &QRadioButton::toggled, this, applyOptions);
    connect(m_ui->testVoiceButton, &QPushButton::clicked, this, [this] {
        if (m_voice)
            m_voice->say(sampleSentence(m_voice->language()));
    });
}

void SoundVoiceSettingsWidget::playTestSound()
{
    if (!m_sound)
        return;
    m_sound->playStepStart();
}

// From the objects to the controls: changes made elsewhere (M and V in the player) and the
// availability of an audio output and a speech engine.
void SoundVoiceSettingsWidget::connectObjects()
{
    connect(m_sound, &SoundPlayer::volumeChanged, this, &SoundVoiceSettingsWidget::showVolume);
    connect(m_sound, &SoundPlayer::mutedChanged, this, &SoundVoiceSettingsWidget::showMuted);
    connect(m_sound, &SoundPlayer::unavailable, this,
            &SoundVoiceSettingsWidget::showSoundAvailability);
    connect(m_sound, &SoundPlayer::available, this,
            &SoundVoiceSettingsWidget::showSoundAvailability);

    connect(m_voice, &Voice::enabledChanged, this, &SoundVoiceSettingsWidget::showEnabled);
    connect(m_voice, &Voice::rateChanged, this, &SoundVoiceSettingsWidget::showRate);
    connect(m_voice, &Voice::engineChanged, this, [this](const QString& engine) {
        showEngine(engine);
        // A switch drops or makes the engine at once; its outcome is known now.
        showVoiceAvailability();
    });
    connect(m_voice, &Voice::optionsChanged, this, &SoundVoiceSettingsWidget::showOptions);
    connect(m_voice, &Voice::unavailable, this, &SoundVoiceSettingsWidget::showVoiceAvailability);
    connect(m_voice, &Voice::available, this, &SoundVoiceSettingsWidget::showVoiceAvailability);
}

void SoundVoiceSettingsWidget::fillEngines()
{
    const QSignalBlocker blocker(m_ui->engineCombo);
    m_ui->engineCombo->clear();
    for (const Voice::EngineChoice& choice : Voice::engineChoices())
        m_ui->engineCombo->addItem(choice.label, choice.engine);
}

void SoundVoiceSettingsWidget::showVolume(int volume)
{
    const QSignalBlocker blocker(m_ui->volumeSlider);
    m_ui->volumeSlider->setValue(volume);
    m_ui->volumeValueLabel->setText(tr("%1 %").arg(volume));
}

void SoundVoiceSettingsWidget::showMuted(bool muted)
{
    const QSignalBlocker blocker(m_ui->muteCheck);
    m_ui->muteCheck->setChecked(muted);
    // A muted player plays nothing, not even a test.
    m_ui->testSoundButton->setEnabled(!muted);
}

void SoundVoiceSettingsWidget::showSoundAvailability()
{
    if (!m_sound)
        return;
    const bool available = m_sound->isAvailable();
    m_ui->soundProblemLabel->setVisible(!available);
    m_ui->soundProblemLabel->setText(
        available ? QString()
                  : problemText(m_sound->unavailableReason(), tr("There is no sound right now.")));
}

void SoundVoiceSettingsWidget::showEnabled(bool enabled)
{
    const QSignalBlocker blocker(m_ui->speakCheck);
    m_ui->speakCheck->setChecked(enabled);
    // How the voice speaks matters only while it speaks, as on the reminders page.
    m_ui->voiceDetails->setEnabled(enabled);
    m_ui->pacedGroup->setEnabled(enabled);
    m_ui->testVoiceButton->setEnabled(enabled);
}

void SoundVoiceSettingsWidget::showRate(double rate)
{
    const QSignalBlocker blocker(m_ui->rateSlider);
    m_ui->rateSlider->setValue(rateToSlider(rate));
}

void SoundVoiceSettingsWidget::showEngine(const QString& engine)
{
    const QSignalBlocker blocker(m_ui->engineCombo);
    int index = m_ui->engineCombo->findData(engine);
    if (index < 0) {
        // Chosen earlier but not installed now: shown as it is rather than silently replaced.
        m_ui->engineCombo->addItem(tr("%1 (not installed)").arg(Voice::engineDisplayName(engine)),
                                   engine);
        index = m_ui->engineCombo->count() - 1;
    }
    m_ui->engineCombo->setCurrentIndex(index);
}

void SoundVoiceSettingsWidget::showOptions(const SpeechOptions& options)
{
    const std::array<std::pair<QCheckBox*, bool>, 5> checks{{
        {m_ui->instructionsCheck, options.instructions},
        {m_ui->poseAtGetReadyCheck, options.poseAtGetReady},
        {m_ui->sideChangeCheck, options.sideChange},
        {m_ui->countCheck, options.count},
        {m_ui->halfwayCheck, options.halfway},
    }};
    for (const auto& [check, checked] : checks) {
        const QSignalBlocker blocker(check);
        check->setChecked(checked);
    }
    // Checking one radio button unchecks the other, so both are quiet meanwhile.
    const QSignalBlocker names(m_ui->phaseNamesRadio);
    const QSignalBlocker tones(m_ui->tonesOnlyRadio);
    (options.phaseNames ? m_ui->phaseNamesRadio : m_ui->tonesOnlyRadio)->setChecked(true);
}

SpeechOptions SoundVoiceSettingsWidget::shownOptions() const
{
    SpeechOptions options;
    options.instructions = m_ui->instructionsCheck->isChecked();
    options.phaseNames = m_ui->phaseNamesRadio->isChecked();
    options.poseAtGetReady = m_ui->poseAtGetReadyCheck->isChecked();
    options.sideChange = m_ui->sideChangeCheck->isChecked();
    options.count = m_ui->countCheck->isChecked();
    options.halfway = m_ui->halfwayCheck->isChecked();
    return options;
}

void SoundVoiceSettingsWidget::showVoiceAvailability()
{
    if (!m_voice)
        return;
    const bool available = m_voice->isAvailable();
    m_ui->voiceProblemLabel->setVisible(!available);
    m_ui->voiceProblemLabel->setText(
        available ? QString()
                  : problemText(m_voice->unavailableReason(), tr("There is no voice right now.")));
}

} // namespace unclutch::app
