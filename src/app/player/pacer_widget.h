#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

#include "player_frame.h"

namespace unclutch::app {

// The pacing metronome made visible: a ring is one movement cycle, its arcs the phases, the
// ticks around it the beats; a marker travels the ring and a disc in the middle grows through
// one phase and shrinks through the next, so the pace can be followed from the corner of an eye.
// Beside it, the phase name and "cycle k of N".
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
    // is repainted per frame; the words when they change.
    static constexpr int kFrameIntervalMs = 33;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateTimer();
    // Where the ring and the words go in the widget as it is now.
    QRectF ringSquare() const;
    QRectF textArea() const;
    bool isWide() const;
    void paintRing(QPainter& painter, const QRectF& square, const PaceFrame& frame) const;
    void paintText(QPainter& painter, const QRectF& area, const PaceFrame& frame,
                   Qt::Alignment horizontal) const;

    FrameSource m_source;
    std::optional<PaceFrame> m_frame;
    QTimer m_frameTimer;
    bool m_animating = false;
};

} // namespace unclutch::app
