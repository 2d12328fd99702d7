#pragma once

#include <QWidget>

#include "player_frame.h"

class QLabel;
class QProgressBar;

namespace unclutch::app {

class CountdownWidget;
class PacerWidget;
class PainRatingWidget;
class PosePictureWidget;
class StopConfirmBar;

// The screen a session plays on: during a get-ready it names the coming pose and side with the
// get-ready countdown; during a step the pose, its countdown, the picture, the pacer of a paced
// step, the instructions, the latest cue and what comes next. Above, where the session is in
// the routine; a banner when it is paused, and why.
class SessionPage : public QWidget {
    Q_OBJECT

public:
    explicit SessionPage(QWidget* parent = nullptr);

    void showFrame(const PlayerFrame& frame);
    void applyScale(double scale);
    // Floor mode: read from the floor, so during a step the long instructions give way to the
    // countdown and picture (they still show while getting ready, when one gets into position).
    void setFloorMode(bool floorMode);
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

private:
    QLabel* m_where = nullptr; // "Get ready · Step 2 of 5 · left side"
    QLabel* m_times = nullptr; // "4:12 done · 11:53 left"
    QProgressBar* m_progress = nullptr;
    QLabel* m_banner = nullptr; // paused, or press Space to start
    StopConfirmBar* m_stopConfirm = nullptr;
    QLabel* m_pose = nullptr;
    PosePictureWidget* m_picture = nullptr;
    PacerWidget* m_pacer = nullptr;
    CountdownWidget* m_countdown = nullptr;
    QLabel* m_cue = nullptr;
    QLabel* m_instructions = nullptr;
    QLabel* m_nextUp = nullptr;
    PainRatingWidget* m_painBefore = nullptr;
    QLabel* m_notKept = nullptr;
    bool m_painBeforeOffered = false;
    bool m_floorMode = false;
    bool m_compact = false;
};

} // namespace unclutch::app
