#include "pacer_widget.h"

#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <utility>

namespace unclutch::app {

namespace {

// Angles in Qt's painter terms: degrees counter-clockwise from three o'clock. A cycle starts at
// twelve o'clock and runs clockwise, like a clock hand.
double angleOf(double fraction)
{
    return 90.0 - 360.0 * fraction;
}

QPointF onCircle(const QPointF& centre, double radius, double fraction)
{
    const double radians = qDegreesToRadians(angleOf(fraction));
    return centre + QPointF(radius * std::cos(radians), -radius * std::sin(radians));
}

// 0 → 0, 1 → 1, slow at both ends: movement eases in and out of each phase.
double ease(double t)
{
    return 0.5 - 0.5 * std::cos(M_PI * std::clamp(t, 0.0, 1.0));
}

QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                            a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

} // namespace

PacerWidget::PacerWidget(QWidget* parent)
    : QWidget(parent)
    , m_phase(new QLabel(this))
{
    setObjectName(QStringLiteral("pacer"));
    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    m_phase->setWordWrap(true);
    m_phase->setTextFormat(Qt::PlainText);
    m_phase->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleName(tr("Pace"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.setInterval(kFrameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &PacerWidget::refresh);
}

void PacerWidget::setFrameSource(FrameSource source)
{
    m_source = std::move(source);
    refresh();
}

void PacerWidget::setAnimating(bool animating)
{
    m_animating = animating;
    updateTimer();
    refresh();
}

void PacerWidget::refresh()
{
    const std::optional<PaceFrame> previous = std::move(m_frame);
    m_frame = m_source ? m_source() : std::nullopt;
    if (m_frame) {
        if (m_phase->text() != m_frame->phaseName) {
            m_phase->setText(m_frame->phaseName);
            placePhaseLabel();
        }
        const QString description = tr("%1, cycle %2 of %3")
                                        .arg(m_frame->phaseName)
                                        .arg(m_frame->cycle)
                                        .arg(m_frame->cycles);
        if (description != accessibleDescription())
            setAccessibleDescription(description);
        if (!previous || previous->cycle != m_frame->cycle || previous->cycles != m_frame->cycles)
            emit cycleChanged(m_frame->cycle, m_frame->cycles);
    }
    // Within a phase only the ring moves.
    update(ringSquare().toAlignedRect().adjusted(-2, -2, 2, 2));
}

void PacerWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateTimer();
    refresh();
}

void PacerWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void PacerWidget::updateTimer()
{
    if (m_animating && isVisible())
        m_frameTimer.start();
    else
        m_frameTimer.stop();
}

QSize PacerWidget::sizeHint() const
{
    return {520, 220};
}

QSize PacerWidget::minimumSizeHint() const
{
    return {160, 72};
}

QRectF PacerWidget::ringSquare() const
{
    const double side = std::min<double>(height(), width() / 2.0);
    return {0, (height() - side) / 2, side, side};
}

void PacerWidget::placePhaseLabel()
{
    const QRectF ring = ringSquare();
    const int left = static_cast<int>(ring.right() + ring.width() * 0.1);
    const int width = std::max(0, this->width() - left);
    const int height = std::min(this->height(), m_phase->heightForWidth(width));
    m_phase->setGeometry(left, (this->height() - height) / 2, width, height);
}

void PacerWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placePhaseLabel();
}

void PacerWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        QFont bold = font();
        bold.setBold(true);
        m_phase->setFont(bold);
        placePhaseLabel();
    }
}

void PacerWidget::paintEvent(QPaintEvent*)
{
    if (!m_frame)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintRing(painter, ringSquare(), *m_frame);
}

void PacerWidget::paintRing(QPainter& painter, const QRectF& square, const PaceFrame& frame) const
{
    const QPalette& colours = palette();
    const QColor accent = colours.color(QPalette::Highlight);
    const QColor text = colours.color(QPalette::WindowText);
    const QColor quiet = mix(colours.color(QPalette::Window), text, 0.25);
    const double size = square.width();
    const QPointF centre = square.center();
    const double pen = size * 0.045;
    const double radius = size / 2 - pen * 2.2;

    // The phases: the current one in the accent colour, the others quiet.
    const int phases = static_cast<int>(frame.phaseStarts.size());
    for (int p = 0; p < phases; ++p) {
        const double from = frame.phaseStarts[p];
        const double to = p + 1 < phases ? frame.phaseStarts[p + 1] : 1.0;
        const double gap = phases > 1 ? 0.006 : 0.0;
        painter.setPen(QPen(p == frame.phase ? accent : quiet, pen, Qt::SolidLine, Qt::FlatCap));
        const QRectF circle(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        painter.drawArc(circle, qRound(angleOf(from + gap) * 16),
                        qRound(-360.0 * (to - from - 2 * gap) * 16));
    }

    // The beats: ticks outside the ring; the accented first beat of a cycle longer.
    for (int b = 0; b < frame.beats.size(); ++b) {
        const double length = b == 0 ? pen * 1.6 : pen * 0.8;
        const double outer = radius + pen * 0.7 + length;
        painter.setPen(QPen(text, std::max(1.5, pen * 0.22), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(onCircle(centre, radius + pen * 0.7, frame.beats[b]),
                         onCircle(centre, outer, frame.beats[b]));
    }

    // The breathing disc: grows through even phases, shrinks through odd ones.
    const double grown = ease(frame.phaseFraction);
    const double amount = frame.phase % 2 == 0 ? grown : 1.0 - grown;
    const double disc = radius * (0.28 + 0.5 * amount);
    QColor fill = accent;
    fill.setAlphaF(0.35);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(centre, disc, disc);

    // The marker: where in the cycle we are.
    const QPointF marker = onCircle(centre, radius, frame.cycleFraction);
    painter.setBrush(text);
    painter.setPen(QPen(colours.color(QPalette::Window), pen * 0.3));
    painter.drawEllipse(marker, pen * 1.1, pen * 1.1);
}

} // namespace unclutch::app
