#include "tray_reminders.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

#include <algorithm>
#include <climits>

#include <spdlog/spdlog.h>

#include "activity_monitor.h"
#include "reminder_clock.h"

namespace unclutch::app {

namespace {

QIcon appIcon()
{
    const QIcon window = QApplication::windowIcon();
    return window.isNull() ? QIcon(QStringLiteral(":/icons/" UNCLUTCH_APP_ID ".svg")) : window;
}

// Desktops keep a notification about as long as they like; this is the wish for the others.
constexpr int messageMsecs = 20000;

} // namespace

TrayReminders::TrayReminders(QObject* parent)
    : TrayReminders(nullptr, parent)
{
}

TrayReminders::TrayReminders(std::unique_ptr<ReminderClock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : std::make_unique<ReminderClock>())
    , m_menu(std::make_unique<QMenu>())
{
    m_timer.setSingleShot(true);
    // A coarse timer may be late by 5 % of its interval: many minutes, over a few hours.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrayReminders::check);

    m_activity = new ActivityMonitor(this);
    connect(m_activity, &ActivityMonitor::becameActive, this, &TrayReminders::userActive);
    connect(m_activity, &ActivityMonitor::becameIdle, this, &TrayReminders::userIdle);

    buildMenu();
    QSettings settings;
    m_prefs = ReminderPreferences::load(settings);
    const core::ReminderNow now = m_clock->now();
    m_schedule.set_settings(m_prefs.schedule, now);
    if (ReminderPreferences::silencedDay(settings) == now.local.day)
        m_schedule.not_today(now);
    // Running and not idle is use (see ActivityMonitor): the count starts with the app.
    if (!m_activity->isIdle())
        m_schedule.user_active(now);
    updateTray();
    updateMenu();
    arm(now);
}

TrayReminders::~TrayReminders() = default;

void TrayReminders::setRoutines(const QList<RoutineChoice>& routines)
{
    m_routineTitles.clear();
    for (const RoutineChoice& routine : routines)
        m_routineTitles.insert(routine.id, routine.title);
    updateMenu();
}

bool TrayReminders::hasTray() const
{
    return m_tray != nullptr;
}

qint64 TrayReminders::armedIntervalMs() const
{
    return m_timer.isActive() ? m_timer.interval() : -1;
}

void TrayReminders::reloadSettings()
{
    QSettings settings;
    m_prefs = ReminderPreferences::load(settings);
    const core::ReminderNow now = m_clock->now();
    m_schedule.set_settings(m_prefs.schedule, now);
    updateTray();
    updateMenu();
    arm(now);
}

void TrayReminders::snooze()
{
    const core::ReminderNow now = m_clock->now();
    m_schedule.snooze(std::chrono::minutes(m_prefs.snoozeMinutes), now);
    spdlog::info("reminder snoozed for {} min", m_prefs.snoozeMinutes);
    arm(now);
}

void TrayReminders::notToday()
{
    const core::ReminderNow now = m_clock->now();
    m_schedule.not_today(now);
    QSettings settings;
    ReminderPreferences::saveSilencedDay(settings, now.local.day);
    spdlog::info("reminders silenced for today");
    updateMenu();
    arm(now);
}

void TrayReminders::userActive()
{
    const core::ReminderNow now = m_clock->now();
    m_schedule.user_active(now);
    check();
}

void TrayReminders::userIdle()
{
    const core::ReminderNow now = m_clock->now();
    m_schedule.user_idle(now);
    arm(now);
}

void TrayReminders::check()
{
    const core::ReminderNow now = m_clock->now();
    if (const std::optional<core::ReminderKind> kind = m_schedule.due(now)) {
        showReminder(*kind);
        m_schedule.reminded(*kind, now);
        m_lastShown = kind;
    }
    updateMenu();
    arm(now);
}

void TrayReminders::buildMenu()
{
    m_startAction =
        m_menu->addAction(QString(), this, [this] { emit routineRequested(m_prefs.routineId); });
    m_menu->addAction(tr("Open Unclutch"), this, &TrayReminders::showWindowRequested);
    m_menu->addSeparator();
    m_snoozeAction = m_menu->addAction(QString(), this, &TrayReminders::snooze);
    m_notTodayAction = m_menu->addAction(tr("Not today"), this, &TrayReminders::notToday);
    m_notTodayAction->setToolTip(tr("No more reminders until tomorrow"));
    m_menu->addAction(tr("Reminder settings…"), this, &TrayReminders::settingsRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Unclutch"), qApp, &QCoreApplication::quit);
}

void TrayReminders::updateTray()
{
    const bool wanted = m_prefs.schedule.enabled && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted && !m_tray) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("Unclutch reminders"));
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit routineRequested(m_prefs.routineId); });
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        emit showWindowRequested();
                });
        m_tray->show();
    } else if (!wanted && m_tray) {
        delete m_tray;
        m_tray = nullptr;
    }
    if (m_prefs.schedule.enabled && !m_tray)
        spdlog::info("no system tray: reminders are shown in the main window only");
}

void TrayReminders::updateMenu()
{
    const QString title = routineTitle();
    m_startAction->setText(title.isEmpty() ? tr("Start a routine") : tr("Start “%1”").arg(title));
    m_snoozeAction->setText(tr("Snooze for %n minute(s)", nullptr, m_prefs.snoozeMinutes));
    const core::ReminderNow now = m_clock->now();
    const bool on = m_prefs.schedule.enabled && !m_schedule.silenced_today(now);
    m_snoozeAction->setEnabled(on && m_lastShown.has_value());
    m_notTodayAction->setEnabled(on);
}

void TrayReminders::showReminder(core::ReminderKind kind)
{
    const QString title = routineTitle();
    QString heading;
    QString message;
    if (kind == core::ReminderKind::ContinuousUse) {
        heading = tr("Time to unclutch");
        message = tr("You have been at the computer for %n minute(s). A few slow minutes of "
                     "movement will do your back good.",
                     nullptr, static_cast<int>(m_prefs.schedule.continuous_use.count()));
    } else {
        heading = tr("Time for your back routine");
        message = tr("A good moment for a few slow minutes of movement.");
    }
    if (!title.isEmpty())
        message += QLatin1Char(' ') + tr("Click to start “%1”.").arg(title);

    spdlog::info("reminder shown: {}",
                 kind == core::ReminderKind::ContinuousUse ? "continuous use" : "time of day");
    emit reminderShown(heading, message);
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(heading, message, appIcon(), messageMsecs);
    else
        QApplication::alert(nullptr);
}

void TrayReminders::arm(const core::ReminderNow& now)
{
    const core::ReminderWake wake = m_schedule.next_wake(now);
    std::optional<qint64> msecs;
    if (wake.elapsed)
        msecs = (*wake.elapsed - now.elapsed).count();
    if (wake.local) {
        const qint64 untilLocal = m_clock->msecsUntil(*wake.local);
        msecs = msecs ? std::min(*msecs, untilLocal) : untilLocal;
    }
    if (!msecs) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(*msecs, 0, INT_MAX)));
}

QString TrayReminders::routineTitle() const
{
    return m_routineTitles.value(m_prefs.routineId);
}

} // namespace unclutch::app
