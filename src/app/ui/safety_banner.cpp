#include "safety_banner.h"

#include <QHBoxLayout>
#include <QLabel>
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

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(notice(), this);
    text->setObjectName(QStringLiteral("safetyBannerText"));
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::ToolTipText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* gotIt = new QPushButton(tr("Got it"), this);
    gotIt->setObjectName(QStringLiteral("safetyBannerGotIt"));
    gotIt->setToolTip(tr("Hide this note for good"));
    connect(gotIt, &QPushButton::clicked, this, &SafetyBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
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
