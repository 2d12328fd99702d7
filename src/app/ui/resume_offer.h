#pragma once

#include <QDateTime>
#include <QFrame>

#include <memory>

#include "app/resumable_session.h"

namespace Ui {
class ResumeOffer;
}

namespace unclutch::storage {
class RoutineLibrary;
}

namespace unclutch::app {

class HistoryAccess;
class MainWindow;

// The first screen's offer to go on with a session cut short (shared/docs/routine-format.md,
// section 5): "Resume Release the clutch at step 3, Slow cat-cow?". R or Enter resumes it, D or
// Esc dismisses it for good (HistoryAccess::dismissResume()); it gives way as soon as anything
// else starts playing.
class ResumeOffer : public QFrame {
    Q_OBJECT

public:
    // Shows the offer above the library of `window` when `history` (open, outliving the offer)
    // has a session that can be resumed at `now`, and gives it the keyboard. A session whose
    // routine is gone or changed is not offered. Returns the offer, or nullptr.
    static ResumeOffer* showIfAny(MainWindow* window, HistoryAccess* history,
                                  const storage::RoutineLibrary& library, const QDateTime& now);

    ResumeOffer(ResumableSession session, MainWindow* window, HistoryAccess* history);
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
    HistoryAccess* m_history;
};

} // namespace unclutch::app
