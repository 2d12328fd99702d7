#include "settings_menu.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QVBoxLayout>

#include "app/audio_module.h"
#include "app/desktop/reminder_settings_widget.h"
#include "app/desktop/tray_reminders.h"
#include "main_window.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

QList<RoutineChoice> routineChoices(const storage::RoutineLibrary& library)
{
    QList<RoutineChoice> choices;
    for (const storage::RoutineEntry& entry : library.entries()) {
        if (entry.routine)
            choices.append({QString::fromStdString(entry.routine->id),
                            QString::fromStdString(entry.routine->title)});
    }
    return choices;
}

} // namespace

SettingsMenu::SettingsMenu(MainWindow* window, const storage::RoutineLibrary& library,
                           TrayReminders* reminders)
    : QObject(window)
    , m_window(window)
    , m_library(library)
    , m_reminders(reminders)
{
    QMenu* menu = window->menuBar()->addMenu(tr("&Settings"));
    menu->addAction(tr("&Reminders…"), this, &SettingsMenu::showReminderPreferences);
    m_soundAndVoiceAction =
        menu->addAction(tr("&Sound and voice…"), this, &SettingsMenu::showSoundAndVoice);
    m_soundAndVoiceAction->setObjectName(QStringLiteral("soundAndVoiceAction"));
    m_soundAndVoiceAction->setEnabled(false);

    if (m_reminders) {
        m_reminders->setRoutines(routineChoices(library));
        connect(&library, &storage::RoutineLibrary::changed, this,
                [this] { m_reminders->setRoutines(routineChoices(m_library)); });
        connect(m_reminders, &TrayReminders::settingsRequested, this,
                &SettingsMenu::showReminderPreferences);
    }
}

void SettingsMenu::showReminderPreferences()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Reminders"));
    auto* page = new ReminderSettingsWidget(&dialog);
    page->setRoutines(routineChoices(m_library));
    page->load();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    page->apply();
    if (m_reminders)
        m_reminders->reloadSettings();
}

void SettingsMenu::setAudio(AudioModule* module, QObject* audio)
{
    m_audioModule = module;
    m_audio = audio;
    m_soundAndVoiceAction->setEnabled(module && audio);
    // A page open on the old objects would change nothing any more.
    if (m_soundAndVoice)
        m_soundAndVoice->close();
}

void SettingsMenu::showSoundAndVoice()
{
    if (!m_audioModule || !m_audio)
        return;
    if (!m_soundAndVoice) {
        // A child of the main window, so it closes with it; a window of its own, not modal, so
        // the player's M and V still work while it is open (and the page follows them).
        m_soundAndVoice = new QDialog(m_window);
        m_soundAndVoice->setObjectName(QStringLiteral("soundAndVoiceDialog"));
        m_soundAndVoice->setAttribute(Qt::WA_DeleteOnClose);
        m_soundAndVoice->setWindowTitle(tr("Sound and voice"));
        QWidget* page = m_audioModule->makeSoundVoiceSettings(m_audio, m_soundAndVoice);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, m_soundAndVoice, &QDialog::close);
        auto* layout = new QVBoxLayout(m_soundAndVoice);
        layout->addWidget(page);
        layout->addWidget(buttons);
        // As large as its contents, also when a line about a missing output comes or goes, and
        // never squeezed to two thirds of a small screen (200 % text on 1366×768).
        layout->setSizeConstraint(QLayout::SetFixedSize);
    }
    m_soundAndVoice->show();
    m_soundAndVoice->raise();
    m_soundAndVoice->activateWindow();
}

QDialog* SettingsMenu::soundAndVoiceDialog() const
{
    return m_soundAndVoice;
}

} // namespace unclutch::app
