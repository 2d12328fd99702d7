#include "resume_offer.h"

#include <QKeyEvent>
#include <QStatusBar>

#include <spdlog/spdlog.h>

#include "app/history_module.h"
#include "app/player/side_text.h"
#include "app/ui/library_page.h"
#include "app/ui/main_window.h"
#include "ui_resume_offer.h"

namespace unclutch::app {

ResumeOffer* ResumeOffer::showIfAny(MainWindow* window, HistoryAccess* history,
                                    const storage::RoutineLibrary& library, const QDateTime& now)
{
    const storage::Result<std::optional<storage::SessionRecord>> latest =
        history->latestResumable(now);
    if (!latest) {
        spdlog::warn("No resume offer: {}", latest.error().toStdString());
        return nullptr;
    }
    storage::Result<ResumableSession> found = ResumableSession::resolve(*latest, library);
    if (!found) {
        // Nothing to resume is the usual case; a routine gone or changed is worth a log line.
        spdlog::info("No resume offer: {}", found.error().toStdString());
        return nullptr;
    }
    auto* offer = new ResumeOffer(std::move(*found), window, history);
    window->libraryPage()->addNotice(offer);
    offer->show(); // at once, with the keyboard, not when the layout next shows its children
    offer->m_ui->resumeOfferResume->setFocus();
    return offer;
}

ResumeOffer::ResumeOffer(ResumableSession session, MainWindow* window, HistoryAccess* history)
    : m_ui(std::make_unique<Ui::ResumeOffer>())
    , m_session(std::move(session))
    , m_window(window)
    , m_history(history)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("resumeOffer"));
    // The palette's tooltip colours: a gentle note in light and dark themes, as the safety note.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    m_ui->resumeOfferText->setForegroundRole(QPalette::ToolTipText);
    // As large as the library's details: it may be read from the floor.
    QFont font = m_ui->resumeOfferText->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_ui->resumeOfferText->setFont(font);
    m_ui->resumeOfferText->setText(
        tr("Resume <b>%1</b> at step %2, %3?")
            .arg(QString::fromStdString(m_session.routine.title).toHtmlEscaped())
            .arg(m_session.step())
            .arg(poseAndSide(m_session.pose(), m_session.side()).toHtmlEscaped()));
    connect(m_ui->resumeOfferResume, &QPushButton::clicked, this, &ResumeOffer::resume);
    connect(m_ui->resumeOfferDismiss, &QPushButton::clicked, this, &ResumeOffer::dismiss);
    // Playing anything else supersedes the session (HistoryStore::latestResumable()).
    connect(m_window, &MainWindow::aboutToPlay, this, &QObject::deleteLater);
}

ResumeOffer::~ResumeOffer() = default;

void ResumeOffer::resume()
{
    hide();
    m_window->play(m_session.routine, m_session.file, m_session.start);
}

void ResumeOffer::dismiss()
{
    hide();
    deleteLater();
    if (const storage::Status dismissed = m_history->dismissResume(m_session.record.id); !dismissed)
        m_window->statusBar()->showMessage(dismissed.error());
    m_window->libraryPage()->setFocus();
}

void ResumeOffer::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_R:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        resume();
        return;
    case Qt::Key_D:
    case Qt::Key_Escape:
        dismiss();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace unclutch::app
