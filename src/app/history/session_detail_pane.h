#pragma once

#include <QTimer>
#include <QWidget>

#include <optional>

#include "storage/session_record.h"

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace unclutch::storage {
class HistoryStore;
}

namespace unclutch::app {

// Everything the history knows about one session, each step instance as it ended included, with
// its note to edit. The note is saved
// through the store a moment after typing stops, when the note loses focus, when another
// session is shown and when the pane goes; a save that fails is said in the pane and tried
// again with the next save (the store keeps it meanwhile), so nothing typed is lost.
class SessionDetailPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSaveAfterIdleMs = 1500;

    SessionDetailPane(storage::HistoryStore* store, QWidget* parent = nullptr);
    ~SessionDetailPane() override;

    // Shows a session (saving the note being edited first), or nothing.
    void showSession(const std::optional<storage::SessionRecord>& record);
    std::optional<storage::SessionId> sessionId() const;

    // Saves the note now if it changed. False when the write failed (the message is shown).
    bool saveNote();
    bool hasUnsavedNote() const { return m_dirty; }

signals:
    void noteSaved(storage::SessionId id, const QString& note);
    void deleteRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& objectName);
    void showStatus(const QString& text, bool problem);
    void showSteps(const storage::SessionRecord& record);

    storage::HistoryStore* m_store;
    std::optional<storage::SessionRecord> m_record;
    bool m_dirty = false;
    bool m_loading = false;
    QTimer m_idle;

    QStackedWidget* m_pages;
    QLabel* m_title;
    QLabel* m_file;
    QLabel* m_started;
    QLabel* m_ended;
    QLabel* m_planned;
    QLabel* m_completed;
    QLabel* m_steps;
    QTreeWidget* m_stepList;
    QLabel* m_olderSteps;
    QLabel* m_outcome;
    QLabel* m_painBefore;
    QLabel* m_painAfter;
    QPlainTextEdit* m_note;
    QLabel* m_noteStatus;
    QPushButton* m_delete;
};

} // namespace unclutch::app
