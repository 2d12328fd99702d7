#include "safety_banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>

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

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("safetyBannerIcon"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    // The information icon comes from the icon theme, whose index takes longer to read than the
    // rest of the window takes to build: its room is kept, and it is drawn just after the
    // banner is first painted.
    m_icon->setFixedWidth(size);
    m_icon->setMinimumHeight(size);
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->installEventFilter(this);

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
    layout->addWidget(m_icon);
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

bool SafetyBanner::hasIcon() const
{
    return !m_icon->pixmap().isNull();
}

void SafetyBanner::loadIcon()
{
    if (hasIcon())
        return;
    const int size = m_icon->width();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
}

bool SafetyBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_icon && event->type() == QEvent::Paint) {
        m_icon->removeEventFilter(this);
        QTimer::singleShot(0, this, &SafetyBanner::loadIcon);
    }
    return QFrame::eventFilter(watched, event);
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
