#include "session_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app/duration_text.h"
#include "app/step_label.h"
#include "countdown_widget.h"
#include "pacer_widget.h"
#include "pain_rating_widget.h"
#include "player_type.h"
#include "pose_picture_widget.h"
#include "side_text.h"
#include "stop_confirm_bar.h"

namespace unclutch::app {

namespace {

QLabel* makeLabel(const char* objectName, const QString& accessibleName)
{
    auto* label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The pose's name is set on one line, down to this share of its size, before it wraps.
constexpr double kSmallestPoseShare = 0.7;

} // namespace

SessionPage::SessionPage(QWidget* parent)
    : QWidget(parent)
    , m_top(new QStackedWidget)
    , m_whereAndTimes(new QWidget)
    , m_where(makeLabel("whereLabel", tr("Where you are")))
    , m_times(makeLabel("timesLabel", tr("Time done and left")))
    , m_banner(makeLabel("stateBanner", tr("Session state")))
    , m_stopConfirm(new StopConfirmBar)
    , m_progress(new QProgressBar)
    , m_pose(makeLabel("poseLabel", tr("Pose")))
    , m_picture(new PosePictureWidget)
    , m_pacer(new PacerWidget)
    , m_countdown(new CountdownWidget)
    , m_cycle(makeLabel("cycleLabel", tr("Cycle")))
    , m_cue(makeLabel("cueLabel", tr("Latest cue")))
    , m_instructions(makeLabel("instructionsLabel", tr("Instructions")))
    , m_nextUp(makeLabel("nextUpLabel", tr("Next up")))
    , m_painBefore(new PainRatingWidget)
    , m_notKept(makeLabel("notKeptNotice", tr("Not kept in the history")))
{
    setObjectName(QStringLiteral("sessionPage"));
    m_where->setForegroundRole(QPalette::Highlight);
    m_times->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_times->setWordWrap(false);
    m_progress->setObjectName(QStringLiteral("routineProgress"));
    m_progress->setAccessibleName(tr("Progress through the routine"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::Highlight);
    m_banner->setForegroundRole(QPalette::HighlightedText);
    m_banner->setMargin(10);
    m_cycle->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_cycle->setForegroundRole(QPalette::PlaceholderText);
    // A paced step's cycle has its line whether shown or not, so the countdown above it stays.
    QSizePolicy keepRoom = m_cycle->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_cycle->setSizePolicy(keepRoom);
    m_nextUp->setForegroundRole(QPalette::PlaceholderText);
    m_painBefore->setQuestion(tr("Before you start: how is your pain now? (optional)"));
    m_painBefore->hide();
    m_notKept->setAlignment(Qt::AlignCenter);
    m_notKept->setForegroundRole(QPalette::PlaceholderText);
    m_notKept->hide();

    // The top line: where the session is, or in its place (it has the room for the tallest of
    // them) the pause banner or the stop question.
    m_top->setObjectName(QStringLiteral("topLine"));
    auto* whereAndTimes = new QHBoxLayout(m_whereAndTimes);
    whereAndTimes->setContentsMargins(0, 0, 0, 0);
    whereAndTimes->addWidget(m_where, 1);
    whereAndTimes->addWidget(m_times);
    m_top->addWidget(m_whereAndTimes);
    m_top->addWidget(m_banner);
    m_top->addWidget(m_stopConfirm);
    connect(m_stopConfirm, &StopConfirmBar::askingChanged, this, &SessionPage::showTopLine);
    connect(m_pacer, &PacerWidget::cycleChanged, this, [this](int cycle, int cycles) {
        m_cycle->setText(tr("Cycle %1 of %2").arg(cycle).arg(cycles));
    });

    auto* left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_picture, 1);
    left->addWidget(m_pacer, 1);
    left->addWidget(m_cue);
    left->addWidget(m_instructions);
    left->addStretch(0);

    auto* right = new QVBoxLayout;
    right->setSpacing(0);
    right->addStretch(1);
    right->addWidget(m_countdown);
    right->addWidget(m_cycle);
    right->addStretch(1);

    // Shares of the width that stay whatever each side holds: the countdown's width, so its
    // size, never changes while a session plays.
    auto* middle = new QHBoxLayout;
    middle->setSpacing(24);
    middle->addLayout(left, 11);
    middle->addLayout(right, 9);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 8);
    layout->setSpacing(8);
    layout->addWidget(m_top);
    layout->addWidget(m_progress);
    layout->addWidget(m_notKept);
    layout->addWidget(m_pose);
    layout->addLayout(middle, 1);
    layout->addWidget(m_painBefore);
    layout->addWidget(m_nextUp);
    showTopLine();
}

void SessionPage::setPainBeforeOffered(bool offered)
{
    m_painBeforeOffered = offered;
    m_painBefore->setVisible(offered);
}

void SessionPage::setNotKeptNotice(const QString& notice)
{
    m_notKept->setText(notice);
    m_notKept->setVisible(!notice.isEmpty());
}

void SessionPage::setCompact(bool compact)
{
    m_compact = compact;
    m_painBefore->setCompact(compact);
    layout()->setSpacing(compact ? 2 : 8);
    layout()->setContentsMargins(compact ? QMargins(12, 4, 12, 2) : QMargins(24, 12, 24, 8));
    m_banner->setMargin(compact ? 2 : 8);
}

void SessionPage::applyType(const PlayerType& type)
{
    type.apply(m_where, 24, 30, true);
    type.apply(m_times, 24, 30);
    type.apply(m_banner, 26, 34, true);
    type.apply(m_stopConfirm, 22, 26);
    type.apply(m_pose, 52, 64, true);
    m_posePixels = m_pose->font().pixelSize();
    type.apply(m_pacer, 40, 52);
    type.apply(m_cycle, 26, PlayerType::kFloorSecondaryPixels);
    type.apply(m_cue, 30, 36);
    QFont cueFont = m_cue->font();
    cueFont.setItalic(true);
    m_cue->setFont(cueFont);
    type.apply(m_instructions, 22, 26);
    type.apply(m_nextUp, 26, PlayerType::kFloorSecondaryPixels);
    type.apply(m_painBefore, 20, 22);
    type.apply(m_notKept, 18, 22);
    fitPose();
}

void SessionPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitPose();
}

void SessionPage::fitPose()
{
    // A long name ("Get ready: Rest pose (pressure off the lower back)") is set smaller to keep
    // to one line, and wraps only below that: the halves under it keep their height.
    if (m_posePixels <= 0)
        return;
    QFont font = m_pose->font();
    font.setPixelSize(m_posePixels);
    const int room = m_pose->contentsRect().width();
    const int needed = QFontMetrics(font).horizontalAdvance(m_pose->text());
    if (needed > room && room > 0)
        font.setPixelSize(std::max(static_cast<int>(m_posePixels * kSmallestPoseShare),
                                   m_posePixels * room / needed));
    if (font != m_pose->font())
        m_pose->setFont(font);
}

void SessionPage::showTopLine()
{
    if (m_stopConfirm->isAsking())
        m_top->setCurrentWidget(m_stopConfirm);
    else if (!m_banner->text().isEmpty())
        m_top->setCurrentWidget(m_banner);
    else
        m_top->setCurrentWidget(m_whereAndTimes);
}

void SessionPage::showFrame(const PlayerFrame& frame)
{
    using core::SessionState;
    const QString step = stepLabel(frame.step, frame.stepCount, frame.side);
    m_where->setText(frame.gettingReady ? tr("Get ready · %1").arg(step) : step);
    m_times->setText(tr("%1 done · %2 left")
                         .arg(minutesSeconds(frame.completedMs),
                              minutesSeconds(frame.totalMs - frame.positionMs)));
    m_progress->setMaximum(static_cast<int>(std::max<std::int64_t>(1, frame.totalMs / 1000)));
    m_progress->setValue(static_cast<int>(frame.positionMs / 1000));

    QString banner;
    if (frame.state == SessionState::Ready)
        banner = tr("Press Space to start");
    else if (frame.state == SessionState::Paused &&
             frame.pauseReason == core::PauseReason::ClockGap)
        banner = tr("Paused because the computer slept · Space to go on");
    else if (frame.state == SessionState::Paused)
        banner = tr("Paused · Space to go on");
    m_banner->setText(banner);
    showTopLine();

    const QString pose = poseAndSide(frame.pose, frame.side);
    const QString poseText = frame.gettingReady ? tr("Get ready: %1").arg(pose) : pose;
    if (m_pose->text() != poseText) {
        m_pose->setText(poseText);
        fitPose();
    }
    // A paced step's pacer takes the picture's place: the picture showed on its get-ready.
    const bool paced = frame.pace.has_value();
    m_picture->setImageFile(frame.imagePath);
    m_picture->setVisible(m_picture->hasPicture() && !paced && !m_compact);
    m_pacer->setVisible(paced);
    m_pacer->setAnimating(paced && frame.state == SessionState::Running);
    m_cycle->setVisible(paced);
    m_countdown->setRemainingMs(frame.remainingMs);
    m_countdown->setDimmed(frame.state != SessionState::Running);
    m_countdown->setAccessibleName(frame.gettingReady ? tr("Time until the step starts")
                                                      : tr("Time left in this step"));

    m_cue->setText(frame.latestCue.isEmpty() ? QString() : tr("“%1”").arg(frame.latestCue));
    m_cue->setVisible(!frame.latestCue.isEmpty());
    m_instructions->setText(frame.instructions);
    m_instructions->setVisible(!frame.instructions.isEmpty() && !m_compact);
    m_nextUp->setVisible(!m_compact);
    m_nextUp->setText(frame.hasNext
                          ? tr("Next up: %1").arg(poseAndSide(frame.nextPose, frame.nextSide))
                          : tr("Last step"));
    m_painBefore->setVisible(m_painBeforeOffered && frame.gettingReady && frame.instance == 0);
}

} // namespace unclutch::app
