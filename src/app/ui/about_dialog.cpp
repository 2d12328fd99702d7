#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "safety_banner.h"

namespace unclutch::app {

namespace {

QString licenseText()
{
    QFile file(QStringLiteral(":/LICENSE"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Unclutch"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/" UNCLUTCH_APP_ID ".svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        QStringLiteral("<h2>Unclutch %1</h2>").arg(QStringLiteral(UNCLUTCH_VERSION)) %
        QStringLiteral("<p>%1</p>").arg(tr("Slow, timed routines to ease back pain.")) %
        QStringLiteral("<p><b>%1</b></p>").arg(SafetyBanner::notice().toHtmlEscaped()) %
        QStringLiteral("<p>%1</p>")
            .arg(tr("Routines are plain JSON files you can write yourself: see the "
                    "<a href=\"%1\">routine format</a>.")
                     .arg(routineFormatUrl().toString(QUrl::FullyEncoded))) %
        QStringLiteral("<p>%1</p>")
            .arg(tr("Free software under the MIT License. Copyright © 2026 The Unclutch "
                    "developers.")) %
        QStringLiteral("<p><small>%1</small></p>")
            .arg(tr("Built with Qt %1, running on Qt %2.")
                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))));

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);

    // The full licence waits behind a button: most people want the summary above.
    m_license = new QPlainTextEdit(licenseText(), this);
    m_license->setObjectName(QStringLiteral("aboutLicense"));
    m_license->setReadOnly(true);
    m_license->setVisible(false);
    m_license->setMinimumHeight(fontMetrics().lineSpacing() * 12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* showLicense = buttons->addButton(tr("License"), QDialogButtonBox::ActionRole);
    showLicense->setObjectName(QStringLiteral("aboutShowLicense"));
    showLicense->setCheckable(true);
    connect(showLicense, &QPushButton::toggled, m_license, &QWidget::setVisible);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_license, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QUrl AboutDialog::routineFormatUrl()
{
    return QUrl(
        QStringLiteral("https://github.com/unclutch/unclutch/blob/main/docs/routine-format.md"));
}

} // namespace unclutch::app
