#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

#include "core/reminder_schedule.h"
#include "reminder_preferences.h"

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace unclutch::app {

class ActivityMonitor;
class ReminderClock;

// The movement reminders while Unclutch runs: a tray icon with a menu (start the suggested
// routine, snooze, not today), notifications through the tray, and one single-shot timer armed
// for the moment core::ReminderSchedule names, never polling. Where there is no tray (some
// desktops, offscreen) it shows nothing itself: it alerts the windows and emits
// `reminderShown` for the main window to display.
class TrayReminders : public QObject {
    Q_OBJECT

public:
    explicit TrayReminders(QObject* parent = nullptr);
    // With a test's clock; null means the real clocks.
    TrayReminders(std::unique_ptr<ReminderClock> clock, QObject* parent);
    ~TrayReminders() override;

    // The library's routines, to name the suggested one in messages and the menu.
    void setRoutines(const QList<RoutineChoice>& routines);

    bool hasTray() const;
    const ReminderPreferences& preferences() const { return m_prefs; }
    const core::ReminderSchedule& schedule() const { return m_schedule; }
    QMenu* menu() const { return m_menu.get(); }
    // The milliseconds the timer was last armed for, as the clock told them then (not a live
    // countdown, so tests on a fake clock read exact figures); -1 when nothing can come due by
    // itself.
    qint64 armedIntervalMs() const;

public slots:
    void reloadSettings(); // after the reminder preferences were applied
    void snooze();
    void notToday();
    void userActive();
    void userIdle();
    void check(); // shows what is due and arms the timer for what comes next

signals:
    void routineRequested(const QString& routineId);
    void showWindowRequested();
    void settingsRequested();
    void reminderShown(const QString& title, const QString& message);

private:
    void buildMenu();
    void updateTray();
    void updateMenu();
    void showReminder(core::ReminderKind kind);
    void arm(const core::ReminderNow& now);
    QString routineTitle() const;

    std::unique_ptr<ReminderClock> m_clock;
    ReminderPreferences m_prefs;
    core::ReminderSchedule m_schedule;
    std::optional<core::ReminderKind> m_lastShown;
    QHash<QString, QString> m_routineTitles;
    QTimer m_timer;
    ActivityMonitor* m_activity = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon* m_tray = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_snoozeAction = nullptr;
    QAction* m_notTodayAction = nullptr;
};

} // namespace unclutch::app
