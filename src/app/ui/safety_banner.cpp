#include "safety_banner.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

#include <spdlog/spdlog.h>

#include "app/logging.h"

namespace unclutch::app {

namespace {

QString dismissedKey()
{
    return QStringLiteral("safetyBanner/dismissed");
}

// The notice: a word-wrapped, selectable label, so it lays its text out in a text document
// for every height it is asked for, and the window's layouts ask the same widths dozens of
// times while it is built: the heights are kept until the text or the font change.
class NoticeLabel : public QLabel {
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override
    {
        if (text() != m_text || font() != m_font) {
            m_heights.clear();
            m_text = text();
            m_font = font();
        }
        auto known = m_heights.constFind(width);
        if (known == m_heights.constEnd())
            known = m_heights.insert(width, QLabel::heightForWidth(width));
        return *known;
    }

private:
    mutable QHash<int, int> m_heights;
    mutable QString m_text;
    mutable QFont m_font;
};

// The information mark beside the notice: an "i" on a disc in the palette's highlight colours,
// drawn rather than looked up. The style's information icon comes from the icon theme, and
// finding it there read the theme's index and folders: a fifth of the instructions of a start.
class InformationMark : public QWidget {
public:
    explicit InformationMark(QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("safetyBannerIcon"));
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        setFixedSize(size, size);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const qreal size = width();
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(QRectF(0, 0, size, size));
        painter.setBrush(palette().color(QPalette::HighlightedText));
        const qreal stem = size * 0.16;
        painter.drawEllipse(QPointF(size / 2, size * 0.25), size * 0.085, size * 0.085);
        QPainterPath bar;
        bar.addRoundedRect(QRectF((size - stem) / 2, size * 0.44, stem, size * 0.36), stem / 3,
                           stem / 3);
        painter.drawPath(bar);
    }
};

} // namespace

SafetyBanner::SafetyBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("safetyBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's tooltip colours are the platform's own "gentle note" colours, light or dark.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    setAccessibleName(tr("Safety note"));

    auto* icon = new InformationMark(this);

    auto* text = new NoticeLabel(notice(), this);
    text->setObjectName(QStringLiteral("safetyBannerText"));
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::ToolTipText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* gotIt = new QPushButton(tr("Got it"), this);
    gotIt->setObjectName(QStringLiteral("safetyBannerGotIt"));
    gotIt->setToolTip(tr("Hide this note for good"));
    connect(gotIt, &QPushButton::clicked, this, &SafetyBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    layout->addWidget(gotIt, 0, Qt::AlignVCenter);

    // Hidden explicitly, so that showing the main window does not bring it back.
    if (isDismissed())
        setVisible(false);
}

QString SafetyBanner::notice()
{
    return tr("Unclutch is not medical advice. If pain is severe or lasts more than two weeks, "
              "see a health professional.");
}

bool SafetyBanner::isDismissed()
{
    return QSettings().value(dismissedKey(), false).toBool();
}

void SafetyBanner::dismiss()
{
    QSettings settings;
    settings.setValue(dismissedKey(), true);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        spdlog::warn("could not save {}: the safety note will show again", dismissedKey());
    hide();
    emit dismissed();
}

} // namespace unclutch::app
