#pragma once

#include <QWidget>

#include <memory>

#include "reminder_preferences.h"

namespace Ui {
class ReminderSettingsWidget;
}

namespace unclutch::app {

// The reminders page of the preferences (the form is reminder_settings_widget.ui). It edits a
// ReminderPreferences; `apply` saves it and TrayReminders::reloadSettings picks it up.
class ReminderSettingsWidget : public QWidget {
    Q_OBJECT

public:
    explicit ReminderSettingsWidget(QWidget* parent = nullptr);
    ~ReminderSettingsWidget() override;

    // The routines to choose from; the chosen one is kept even when it is not in the list.
    void setRoutines(const QList<RoutineChoice>& routines);

    void setPreferences(const ReminderPreferences& prefs);
    ReminderPreferences preferences() const;

    void load();  // from the settings
    void apply(); // to the settings

signals:
    void changed();
    void applied();

private:
    void addTime();
    void removeSelectedTimes();
    void insertTime(int minute);
    void selectRoutine(const QString& id);

    std::unique_ptr<Ui::ReminderSettingsWidget> m_ui;
};

} // namespace unclutch::app
