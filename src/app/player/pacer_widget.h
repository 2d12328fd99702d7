#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

#include <functional>
#include <optional>

#include "player_frame.h"

namespace unclutch::app {

// The pacing metronome made visible: a ring is one movement cycle, its arcs the phases, the
// ticks around it the beats; a marker travels the ring and a disc in the middle grows through
// one phase and shrinks through the next, so the pace can be followed from the corner of an eye.
// Beside it, the phase's name ("phaseLabel", in the widget's font, bold); the cycle it is in is
// told by cycleChanged(), for the page to show where it reads best.
//
// Every frame asks the frame source (the session) where it is; the animation never keeps time
// itself and never drives the session. Its frame timer runs only while the widget is visible
// and animating (the session runs), so a hidden or paused pacer costs nothing.
class PacerWidget : public QWidget {
    Q_OBJECT

public:
    using FrameSource = std::function<std::optional<PaceFrame>()>;

    explicit PacerWidget(QWidget* parent = nullptr);

    void setFrameSource(FrameSource source);
    void setAnimating(bool animating);
    bool isAnimating() const { return m_frameTimer.isActive(); }
    // The frame painted last (or about to be), for tests and the accessible description.
    std::optional<PaceFrame> currentFrame() const { return m_frame; }
    // Reads the source now, e.g. after a jump while paused.
    void refresh();

    // 30 frames a second: the marker of a slow cycle moves a pixel or two a frame. Only the ring
    // is repainted per frame; the words change when the phase does.
    static constexpr int kFrameIntervalMs = 33;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The cycle shown changed (1-based, of `cycles`).
    void cycleChanged(int cycle, int cycles);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateTimer();
    // The ring takes a square at the left, at most half the width; the name the rest.
    QRectF ringSquare() const;
    void placePhaseLabel();
    void paintRing(QPainter& painter, const QRectF& square, const PaceFrame& frame) const;

    FrameSource m_source;
    std::optional<PaceFrame> m_frame;
    QLabel* m_phase = nullptr;
    QTimer m_frameTimer;
    bool m_animating = false;
};

} // namespace unclutch::app
