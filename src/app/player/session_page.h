#pragma once

#include <QWidget>

#include "player_frame.h"

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace unclutch::app {

class CountdownWidget;
class PacerWidget;
class PainRatingWidget;
class PlayerType;
class PosePictureWidget;
class StopConfirmBar;

// The screen a session plays on: during a get-ready it names the coming pose and side with the
// get-ready countdown; during a step the pose, its countdown, the picture (or, in a paced step,
// the pacer), the instructions, the latest cue and what comes next.
//
// Its layout does not move while a session plays. At the top, where the session is in the
// routine; a pause banner or the stop question take that line's place, which has room for
// them. Under the pose, two columns of fixed shares: on the left the picture or pacer, the cue
// and the instructions; on the right the countdown, which fills its column's width (the same
// digits on every screen), with the cycle of a paced step under it. The first get-ready's pain
// question and what comes next run along the bottom.
class SessionPage : public QWidget {
    Q_OBJECT

public:
    explicit SessionPage(QWidget* parent = nullptr);

    void showFrame(const PlayerFrame& frame);
    void applyType(const PlayerType& type);
    // A screen too short for everything (a laptop at 200 % text scale): only what matters most
    // from the floor stays, so nothing is cut off.
    void setCompact(bool compact);

    CountdownWidget* countdown() const { return m_countdown; }
    PacerWidget* pacer() const { return m_pacer; }
    PainRatingWidget* painBefore() const { return m_painBefore; }
    StopConfirmBar* stopConfirm() const { return m_stopConfirm; }
    // Whether the "pain before" question is offered: on the first get-ready, until the step.
    void setPainBeforeOffered(bool offered);
    // Why this session will not be kept in the history, said from its first moment; empty when
    // it will be.
    void setNotKeptNotice(const QString& notice);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showTopLine();
    void fitPose();

    QStackedWidget* m_top = nullptr;
    QWidget* m_whereAndTimes = nullptr;
    QLabel* m_where = nullptr;  // "Get ready · Step 2 of 5 · left side"
    QLabel* m_times = nullptr;  // "4:12 done · 11:53 left": played in steps, and the rest
    QLabel* m_banner = nullptr; // paused, or press Space to start
    StopConfirmBar* m_stopConfirm = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_pose = nullptr;
    PosePictureWidget* m_picture = nullptr;
    PacerWidget* m_pacer = nullptr;
    CountdownWidget* m_countdown = nullptr;
    QLabel* m_cycle = nullptr;
    QLabel* m_cue = nullptr;
    QLabel* m_instructions = nullptr;
    QLabel* m_nextUp = nullptr;
    PainRatingWidget* m_painBefore = nullptr;
    QLabel* m_notKept = nullptr;
    int m_posePixels = 0; // the pose's size before fitting it to one line
    bool m_painBeforeOffered = false;
    bool m_compact = false;
};

} // namespace unclutch::app
