#pragma once

#include <cstdint>
#include <vector>

#include <QWidget>

#include "core/routine.h"

namespace unclutch::app {

// A proportional preview of the routine's timeline: every get-ready and every step instance
// (one per side) as a block as long as it lasts, the selected step highlighted, minute ticks
// below, the events of a block in its tooltip. Clicking a block selects its step.
class TimelineStrip : public QWidget {
    Q_OBJECT

public:
    struct Segment {
        int step = 0;
        core::Side side = core::Side::None;
        bool prepare = false; // the get-ready before an instance
        std::int64_t startMs = 0;
        std::int64_t lengthMs = 0;
        // Events inside a step block, from core::Timeline; -1 when not expanded.
        int phases = -1;
        int beats = -1;
        int cues = -1;
    };

    explicit TimelineStrip(QWidget* parent = nullptr);

    // With `valid`, the blocks are core::Timeline's instances and carry their event counts;
    // an invalid routine (whose events could be unbounded, e.g. 100000 cycles) is laid out
    // from its step lengths alone.
    void setRoutine(const core::Routine& routine, bool valid);
    void setCurrentStep(int step);
    const std::vector<Segment>& segments() const { return m_segments; }
    std::int64_t totalMs() const { return m_totalMs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepClicked(int step);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layOutFromTimeline(const core::Routine& routine);
    void layOutFromLengths(const core::Routine& routine);
    QRectF barRect() const;
    QRectF segmentRect(const Segment& segment) const;
    const Segment* segmentAt(const QPointF& position) const;

    std::vector<Segment> m_segments;
    std::vector<QString> m_poses;
    std::int64_t m_totalMs = 0;
    int m_currentStep = -1;
};

} // namespace unclutch::app
