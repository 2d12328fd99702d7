#include "session_page.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include "app/duration_text.h"
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

} // namespace

SessionPage::SessionPage(QWidget* parent)
    : QWidget(parent)
    , m_where(makeLabel("whereLabel", tr("Where you are")))
    , m_times(makeLabel("timesLabel", tr("Time done and left")))
    , m_progress(new QProgressBar)
    , m_banner(makeLabel("stateBanner", tr("Session state")))
    , m_stopConfirm(new StopConfirmBar)
    , m_pose(makeLabel("poseLabel", tr("Pose")))
    , m_picture(new PosePictureWidget)
    , m_pacer(new PacerWidget)
    , m_countdown(new CountdownWidget)
    , m_cue(makeLabel("cueLabel", tr("Latest cue")))
    , m_instructions(makeLabel("instructionsLabel", tr("Instructions")))
    , m_nextUp(makeLabel("nextUpLabel", tr("Next up")))
    , m_painBefore(new PainRatingWidget)
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
    m_nextUp->setForegroundRole(QPalette::PlaceholderText);
    m_painBefore->setQuestion(tr("Before you start: how is your pain now? (optional)"));
    m_painBefore->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_where, 1);
    top->addWidget(m_times);

    // Picture, pacer and countdown side by side: the countdown keeps its size whatever else shows.
    auto* middle = new QHBoxLayout;
    middle->setSpacing(24);
    middle->addWidget(m_picture, 3);
    middle->addWidget(m_pacer, 5);
    middle->addWidget(m_countdown, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 8);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addWidget(m_stopConfirm);
    layout->addWidget(m_pose);
    layout->addLayout(middle, 1);
    layout->addWidget(m_cue);
    layout->addWidget(m_instructions);
    layout->addWidget(m_painBefore);
    layout->addWidget(m_nextUp);
}

void SessionPage::setPainBeforeOffered(bool offered)
{
    m_painBeforeOffered = offered;
    m_painBefore->setVisible(offered);
}

void SessionPage::setFloorMode(bool floorMode)
{
    m_floorMode = floorMode;
}

void SessionPage::setCompact(bool compact)
{
    m_compact = compact;
    m_painBefore->setCompact(compact);
    layout()->setSpacing(compact ? 2 : 10);
    layout()->setContentsMargins(compact ? QMargins(12, 4, 12, 2) : QMargins(24, 16, 24, 8));
    m_banner->setMargin(compact ? 2 : 10);
}

void SessionPage::applyScale(double scale)
{
    setTextSize(m_where, 24, scale, true);
    setTextSize(m_times, 24, scale);
    setTextSize(m_banner, 28, scale, true);
    setTextSize(m_stopConfirm, 22, scale);
    setTextSize(m_pose, 52, scale, true);
    setTextSize(m_cue, 30, scale);
    QFont cueFont = m_cue->font();
    cueFont.setItalic(true);
    m_cue->setFont(cueFont);
    setTextSize(m_instructions, 22, scale);
    setTextSize(m_nextUp, 22, scale);
    setTextSize(m_painBefore, 20, scale);
    setTextSize(m_pacer, 22, scale);
    m_countdown->setMinimumHeight(m_compact ? 56 : static_cast<int>(170 * scale));
}

void SessionPage::showFrame(const PlayerFrame& frame)
{
    using core::SessionState;
    const int k = frame.instance + 1;
    const QString step = tr("Step %1 of %2").arg(k).arg(frame.instanceCount);
    m_where->setText(frame.gettingReady ? tr("Get ready · %1").arg(step) : step);
    m_times->setText(tr("%1 done · %2 left")
                         .arg(minutesSeconds(frame.positionMs),
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
    m_banner->setVisible(!banner.isEmpty());

    const QString pose = poseAndSide(frame.pose, frame.side);
    m_pose->setText(frame.gettingReady ? tr("Get ready: %1").arg(pose) : pose);
    m_picture->setImageFile(frame.imagePath);
    m_picture->setVisible(m_picture->hasPicture() && !m_compact);
    m_pacer->setVisible(frame.pace.has_value());
    m_pacer->setAnimating(frame.pace.has_value() && frame.state == SessionState::Running);
    m_countdown->setRemainingMs(frame.remainingMs);
    m_countdown->setDimmed(frame.state != SessionState::Running);
    m_countdown->setAccessibleName(frame.gettingReady ? tr("Time until the step starts")
                                                      : tr("Time left in this step"));

    m_cue->setText(frame.latestCue.isEmpty() ? QString() : tr("“%1”").arg(frame.latestCue));
    m_cue->setVisible(!frame.latestCue.isEmpty());
    m_instructions->setText(frame.instructions);
    m_instructions->setVisible(!frame.instructions.isEmpty() && !m_compact &&
                               (frame.gettingReady || !m_floorMode));
    m_nextUp->setVisible(!m_compact);
    m_nextUp->setText(frame.hasNext
                          ? tr("Next up: %1").arg(poseAndSide(frame.nextPose, frame.nextSide))
                          : tr("Last step"));
    m_painBefore->setVisible(m_painBeforeOffered && frame.gettingReady && frame.instance == 0);
}

} // namespace unclutch::app
