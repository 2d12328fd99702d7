#include "reminder_settings_widget.h"

#include <QSettings>
#include <QTime>

#include "ui_reminder_settings_widget.h"

namespace unclutch::app {

namespace {

int minuteOf(const QListWidgetItem* item)
{
    return item->data(Qt::UserRole).toInt();
}

// The locale's short time (13:30, 1:30 PM), without the seconds some locales put in it: the
// reminders are set to the minute.
QString timeFormat()
{
    return QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
}

} // namespace

ReminderSettingsWidget::ReminderSettingsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReminderSettingsWidget>())
{
    m_ui->setupUi(this);
    m_ui->timeEdit->setDisplayFormat(timeFormat());
    // The ranges live in ReminderPreferences, which also checks values read from disk.
    m_ui->continuousSpin->setRange(ReminderPreferences::minContinuousUseMinutes,
                                   ReminderPreferences::maxContinuousUseMinutes);
    m_ui->breakSpin->setRange(ReminderPreferences::minBreakMinutes,
                              ReminderPreferences::maxBreakMinutes);
    m_ui->snoozeSpin->setRange(ReminderPreferences::minSnoozeMinutes,
                               ReminderPreferences::maxSnoozeMinutes);

    connect(m_ui->addTimeButton, &QPushButton::clicked, this, &ReminderSettingsWidget::addTime);
    connect(m_ui->removeTimeButton, &QPushButton::clicked, this,
            &ReminderSettingsWidget::removeSelectedTimes);
    connect(m_ui->timesList, &QListWidget::itemSelectionChanged, this, [this] {
        m_ui->removeTimeButton->setEnabled(!m_ui->timesList->selectedItems().isEmpty());
    });
    m_ui->removeTimeButton->setEnabled(false);

    connect(m_ui->enabledCheck, &QCheckBox::toggled, this, &ReminderSettingsWidget::changed);
    connect(m_ui->timesGroup, &QGroupBox::toggled, this, &ReminderSettingsWidget::changed);
    connect(m_ui->continuousGroup, &QGroupBox::toggled, this, &ReminderSettingsWidget::changed);
    for (QSpinBox* spin : {m_ui->continuousSpin, m_ui->breakSpin, m_ui->snoozeSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ReminderSettingsWidget::changed);
    connect(m_ui->routineCombo, &QComboBox::currentIndexChanged, this,
            &ReminderSettingsWidget::changed);

    setPreferences(ReminderPreferences{});
}

ReminderSettingsWidget::~ReminderSettingsWidget() = default;

void ReminderSettingsWidget::setRoutines(const QList<RoutineChoice>& routines)
{
    const QString current = m_ui->routineCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->routineCombo);
    m_ui->routineCombo->clear();
    for (const RoutineChoice& routine : routines)
        m_ui->routineCombo->addItem(routine.title, routine.id);
    selectRoutine(current);
}

void ReminderSettingsWidget::setPreferences(const ReminderPreferences& prefs)
{
    m_ui->enabledCheck->setChecked(prefs.schedule.enabled);
    m_ui->detailsWidget->setEnabled(prefs.schedule.enabled);
    m_ui->timesGroup->setChecked(prefs.schedule.times_of_day_enabled);
    m_ui->timesList->clear();
    for (const int minute : prefs.schedule.times_of_day)
        insertTime(minute);
    m_ui->continuousGroup->setChecked(prefs.schedule.continuous_use_enabled);
    m_ui->continuousSpin->setValue(static_cast<int>(prefs.schedule.continuous_use.count()));
    m_ui->breakSpin->setValue(static_cast<int>(prefs.schedule.break_length.count()));
    m_ui->snoozeSpin->setValue(prefs.snoozeMinutes);
    selectRoutine(prefs.routineId);
}

ReminderPreferences ReminderSettingsWidget::preferences() const
{
    ReminderPreferences prefs;
    prefs.schedule.enabled = m_ui->enabledCheck->isChecked();
    prefs.schedule.times_of_day_enabled = m_ui->timesGroup->isChecked();
    prefs.schedule.times_of_day.clear();
    for (int row = 0; row < m_ui->timesList->count(); ++row)
        prefs.schedule.times_of_day.push_back(minuteOf(m_ui->timesList->item(row)));
    prefs.schedule.continuous_use_enabled = m_ui->continuousGroup->isChecked();
    prefs.schedule.continuous_use = std::chrono::minutes(m_ui->continuousSpin->value());
    prefs.schedule.break_length = std::chrono::minutes(m_ui->breakSpin->value());
    prefs.snoozeMinutes = m_ui->snoozeSpin->value();
    prefs.routineId = m_ui->routineCombo->currentData().toString();
    return prefs;
}

void ReminderSettingsWidget::load()
{
    QSettings settings;
    setPreferences(ReminderPreferences::load(settings));
}

void ReminderSettingsWidget::apply()
{
    QSettings settings;
    preferences().save(settings);
    emit applied();
}

void ReminderSettingsWidget::addTime()
{
    const QTime time = m_ui->timeEdit->time();
    insertTime(time.hour() * 60 + time.minute());
    emit changed();
}

void ReminderSettingsWidget::removeSelectedTimes()
{
    qDeleteAll(m_ui->timesList->selectedItems());
    emit changed();
}

void ReminderSettingsWidget::insertTime(int minute)
{
    // Kept sorted and without repeats, as the schedule reads them.
    int row = 0;
    for (; row < m_ui->timesList->count(); ++row) {
        const int existing = minuteOf(m_ui->timesList->item(row));
        if (existing == minute)
            return;
        if (existing > minute)
            break;
    }
    auto* item =
        new QListWidgetItem(QLocale().toString(QTime(minute / 60, minute % 60), timeFormat()));
    item->setData(Qt::UserRole, minute);
    m_ui->timesList->insertItem(row, item);
}

void ReminderSettingsWidget::selectRoutine(const QString& id)
{
    int index = m_ui->routineCombo->findData(id);
    if (index < 0 && !id.isEmpty()) {
        // Not (or not yet) in the library: keep it rather than silently pick another.
        m_ui->routineCombo->addItem(id, id);
        index = m_ui->routineCombo->count() - 1;
    }
    m_ui->routineCombo->setCurrentIndex(index);
}

} // namespace unclutch::app
