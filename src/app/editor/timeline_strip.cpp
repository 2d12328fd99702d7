#include "timeline_strip.h"

#include "app/duration_text.h"
#include "core/timeline.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace unclutch::app {

namespace {

constexpr int barHeight = 34;
constexpr int tickHeight = 14;

QString sideText(core::Side side)
{
    switch (side) {
    case core::Side::Left:
        return TimelineStrip::tr("left");
    case core::Side::Right:
        return TimelineStrip::tr("right");
    case core::Side::None:
        break;
    }
    return {};
}

} // namespace

TimelineStrip::TimelineStrip(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TimelineStrip::sizeHint() const
{
    return {600, barHeight + tickHeight + fontMetrics().height() + 4};
}

QSize TimelineStrip::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void TimelineStrip::setRoutine(const core::Routine& routine, bool valid)
{
    m_segments.clear();
    m_poses.clear();
    for (const core::Step& step : routine.steps)
        m_poses.push_back(QString::fromStdString(step.pose));
    if (valid)
        layOutFromTimeline(routine);
    else
        layOutFromLengths(routine);
    update();
}

void TimelineStrip::layOutFromTimeline(const core::Routine& routine)
{
    const core::Timeline timeline(routine);
    const std::vector<core::Event>& events = timeline.events();
    for (const core::Instance& instance : timeline.instances()) {
        const int step = static_cast<int>(instance.step);
        if (instance.prepare_ms > 0)
            m_segments.push_back(
                {step, instance.side, true, instance.start_ms, instance.prepare_ms, -1, -1, -1});
        Segment block{
            step, instance.side, false, instance.step_start_ms, instance.duration_ms(), 0, 0, 0};
        for (std::size_t e = instance.first_event; e < instance.end_event; ++e) {
            switch (events[e].type) {
            case core::EventType::Phase:
                ++block.phases;
                break;
            case core::EventType::Beat:
                ++block.beats;
                break;
            case core::EventType::Cue:
                ++block.cues;
                break;
            default:
                break;
            }
        }
        m_segments.push_back(block);
    }
    m_totalMs = timeline.total_ms();
}

void TimelineStrip::layOutFromLengths(const core::Routine& routine)
{
    // The instances of section 2 of the contract, without their events: for each step in
    // order, one per side, a get-ready of the transition's length followed by the step.
    std::int64_t t = 0;
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const core::Step& step = routine.steps[i];
        const std::int64_t prepare = std::max<std::int64_t>(0, core::transition_ms(routine, step));
        const std::int64_t length = std::max<std::int64_t>(0, core::step_length_ms(step));
        const std::size_t count = core::instance_count(step);
        for (std::size_t k = 0; k < count; ++k) {
            const core::Side side = step.sides.empty() ? core::Side::None : step.sides[k];
            const int index = static_cast<int>(i);
            if (prepare > 0)
                m_segments.push_back({index, side, true, t, prepare, -1, -1, -1});
            t += prepare;
            m_segments.push_back({index, side, false, t, length, -1, -1, -1});
            t += length;
        }
    }
    m_totalMs = t;
}

void TimelineStrip::setCurrentStep(int step)
{
    m_currentStep = step;
    update();
}

QRectF TimelineStrip::barRect() const
{
    return QRectF(1, 1, width() - 2, barHeight);
}

QRectF TimelineStrip::segmentRect(const Segment& segment) const
{
    const QRectF bar = barRect();
    if (m_totalMs <= 0)
        return {};
    const double scale = bar.width() / static_cast<double>(m_totalMs);
    return QRectF(bar.left() + segment.startMs * scale, bar.top(), segment.lengthMs * scale,
                  bar.height());
}

const TimelineStrip::Segment* TimelineStrip::segmentAt(const QPointF& position) const
{
    for (const Segment& segment : m_segments) {
        const QRectF rect = segmentRect(segment);
        if (position.x() >= rect.left() && position.x() < rect.right() &&
            barRect().contains(position))
            return &segment;
    }
    return nullptr;
}

void TimelineStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette& pal = palette();
    const QRectF bar = barRect();
    painter.fillRect(bar, pal.color(QPalette::Base));

    const QColor stepColors[2] = {QColor(0x7f, 0xb3, 0xd5), QColor(0x9b, 0xc9, 0xa8)};
    for (const Segment& segment : m_segments) {
        const QRectF rect = segmentRect(segment);
        const bool current = segment.step == m_currentStep;
        if (segment.prepare) {
            // Getting ready: grey and hatched, so it reads as time between the steps.
            painter.fillRect(rect, current ? pal.color(QPalette::Highlight).lighter(170)
                                           : QColor(0xd8, 0xd8, 0xd8));
            painter.fillRect(rect, QBrush(QColor(0x90, 0x90, 0x90), Qt::BDiagPattern));
        } else {
            painter.fillRect(rect, current ? pal.color(QPalette::Highlight)
                                           : stepColors[segment.step % 2]);
        }
        painter.setPen(pal.color(QPalette::Window));
        painter.drawLine(rect.topLeft(), rect.bottomLeft());
        if (segment.prepare)
            continue;
        QString label = m_poses[static_cast<std::size_t>(segment.step)];
        if (segment.side != core::Side::None)
            label += QStringLiteral(" (%1)").arg(sideText(segment.side));
        const QRectF textRect = rect.adjusted(4, 0, -2, 0);
        if (textRect.width() > fontMetrics().averageCharWidth() * 3) {
            painter.setPen(current ? pal.color(QPalette::HighlightedText) : QColor(Qt::black));
            painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                             fontMetrics().elidedText(label, Qt::ElideRight,
                                                      static_cast<int>(textRect.width())));
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);

    // A tick per minute (or per ten minutes for long routines), labelled where there is room.
    if (m_totalMs <= 0)
        return;
    const double scale = bar.width() / static_cast<double>(m_totalMs);
    const std::int64_t step = m_totalMs > 40 * 60000 ? 10 * 60000 : 60000;
    painter.setPen(pal.color(QPalette::WindowText));
    double lastLabelRight = -1;
    for (std::int64_t t = 0; t <= m_totalMs; t += step) {
        const double x = bar.left() + t * scale;
        painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 5));
        const QString text = minutesSecondsTenths(t);
        const double w = fontMetrics().horizontalAdvance(text);
        if (x - w / 2 > lastLabelRight + 6 && x + w / 2 < width()) {
            painter.drawText(
                QPointF(std::max(0.0, x - w / 2), bar.bottom() + 5 + fontMetrics().ascent()), text);
            lastLabelRight = x + w / 2;
        }
    }
}

void TimelineStrip::mousePressEvent(QMouseEvent* event)
{
    if (const Segment* segment = segmentAt(event->position()))
        emit stepClicked(segment->step);
    QWidget::mousePressEvent(event);
}

bool TimelineStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Segment* segment = segmentAt(help->pos());
        if (!segment) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString pose = m_poses[static_cast<std::size_t>(segment->step)];
        if (segment->side != core::Side::None)
            pose += QStringLiteral(" (%1)").arg(sideText(segment->side));
        QString text = segment->prepare ? tr("Get ready for step %1, %2: %3, from %4")
                                              .arg(segment->step + 1)
                                              .arg(pose, minutesSecondsTenths(segment->lengthMs),
                                                   minutesSecondsTenths(segment->startMs))
                                        : tr("Step %1, %2: %3, from %4")
                                              .arg(segment->step + 1)
                                              .arg(pose, minutesSecondsTenths(segment->lengthMs),
                                                   minutesSecondsTenths(segment->startMs));
        QStringList events;
        if (segment->cues > 0)
            events << tr("%n cue(s)", nullptr, segment->cues);
        if (segment->phases > 0)
            events << tr("%n phase change(s)", nullptr, segment->phases);
        if (segment->beats > 0)
            events << tr("%n beat(s)", nullptr, segment->beats);
        if (!events.isEmpty())
            text += u'\n' + events.join(QStringLiteral(", "));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace unclutch::app
