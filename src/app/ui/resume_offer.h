#pragma once

#include <QDateTime>
#include <QFrame>

#include <memory>

#include "app/resumable_session.h"

namespace Ui {
class ResumeOffer;
}

namespace unclutch::storage {
class HistoryStore;
class RoutineLibrary;
} // namespace unclutch::storage

namespace unclutch::app {

class MainWindow;

// The first screen's offer to go on with a session cut short (shared/docs/routine-format.md,
// section 5): "Resume Release the clutch at step 3, Slow cat-cow?". R or Enter resumes it, D or
// Esc dismisses it for good (HistoryStore::dismissResume()); it gives way as soon as anything
// else starts playing.
class ResumeOffer : public QFrame {
    Q_OBJECT

public:
    // Shows the offer above the library of `window` when `store` (open, outliving the offer)
    // has a session that can be resumed at `now`, and gives it the keyboard. A session whose
    // routine is gone or changed is not offered. Returns the offer, or nullptr.
    static ResumeOffer* showIfAny(MainWindow* window, storage::HistoryStore* store,
                                  const storage::RoutineLibrary& library, const QDateTime& now);

    ResumeOffer(ResumableSession session, MainWindow* window, storage::HistoryStore* store);
    ~ResumeOffer() override;

    const ResumableSession& session() const { return m_session; }

public slots:
    void resume();
    void dismiss();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::unique_ptr<Ui::ResumeOffer> m_ui;
    ResumableSession m_session;
    MainWindow* m_window;
    storage::HistoryStore* m_store;
};

} // namespace unclutch::app
