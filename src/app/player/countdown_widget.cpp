#include "countdown_widget.h"

#include "app/duration_text.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace unclutch::app {

namespace {

// Sized for the widest text of as many characters, so the digits keep their size as the time
// runs down, and grow only when it drops below ten minutes.
QString widestLike(const QString& text)
{
    return text.size() > 4 ? QStringLiteral("00:00") : QStringLiteral("0:00");
}

// Text width and height grow linearly with the font's size: measured once at 100 px.
struct Measure {
    double widthAt100;
    double heightAt100;
};

Measure measureAt100(QFont font, const QString& text)
{
    font.setPixelSize(100);
    const QFontMetricsF metrics(font);
    return {metrics.horizontalAdvance(text), metrics.height()};
}

constexpr double kWidthUsed = 0.94;
constexpr double kHeightUsed = 0.98;

} // namespace

CountdownWidget::CountdownWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countdown"));
    setAccessibleName(tr("Time left"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_font = font();
    m_font.setBold(true);
    setRemainingMs(0);
}

QString CountdownWidget::format(std::int64_t ms)
{
    // A countdown rounds up: it shows 0:01 until the last second has passed.
    return clockText(std::max<std::int64_t>(0, (ms + 999) / 1000));
}

void CountdownWidget::setRemainingMs(std::int64_t ms)
{
    m_remainingMs = ms;
    const QString text = format(ms);
    if (text == m_text)
        return;
    const bool resize = widestLike(text) != widestLike(m_text);
    m_text = text;
    setAccessibleDescription(m_text);
    if (resize)
        fitFont();
    update();
}

void CountdownWidget::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

QSize CountdownWidget::sizeHint() const
{
    return {360, 160};
}

QSize CountdownWidget::minimumSizeHint() const
{
    return {160, 72};
}

void CountdownWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitFont();
}

int CountdownWidget::heightForWidth(int width) const
{
    const Measure box = measureAt100(m_font, widestLike(QStringLiteral("0:00")));
    const double pixels = 100 * width * kWidthUsed / box.widthAt100;
    return static_cast<int>(std::ceil(box.heightAt100 * pixels / 100 / kHeightUsed));
}

void CountdownWidget::fitFont()
{
    const Measure text = measureAt100(m_font, widestLike(m_text));
    const double scale =
        std::min(width() * kWidthUsed / text.widthAt100, height() * kHeightUsed / text.heightAt100);
    m_font.setPixelSize(std::max(8, static_cast<int>(100 * scale)));
    m_digitHeight = static_cast<int>(QFontMetricsF(m_font).capHeight());
    update();
}

void CountdownWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(m_font);
    QColor colour = palette().color(QPalette::WindowText);
    if (m_dimmed)
        colour = palette().color(QPalette::PlaceholderText);
    painter.setPen(colour);
    painter.drawText(rect(), Qt::AlignCenter, m_text);
}

} // namespace unclutch::app
