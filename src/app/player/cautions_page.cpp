#include "cautions_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "player_type.h"

namespace unclutch::app {

CautionsPage::CautionsPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_intro(new QLabel(tr("Before you start, please read:")))
    , m_cautions(new QLabel)
    , m_understand(new QPushButton(tr("I understand — start")))
    , m_back(new QPushButton(tr("Back")))
{
    setObjectName(QStringLiteral("cautionsPage"));
    m_title->setObjectName(QStringLiteral("cautionsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_cautions->setObjectName(QStringLiteral("cautionsText"));
    m_cautions->setAccessibleName(tr("Cautions"));
    m_cautions->setWordWrap(true);
    m_cautions->setTextFormat(Qt::RichText);
    m_cautions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_understand->setObjectName(QStringLiteral("understandButton"));
    m_understand->setAccessibleName(tr("I understand the cautions; start the routine"));
    m_understand->setToolTip(tr("I have read the cautions (Enter)"));
    m_understand->setAutoDefault(true);
    m_understand->setDefault(true);
    m_back->setObjectName(QStringLiteral("cautionsBackButton"));
    m_back->setAccessibleName(tr("Back to the routines"));
    m_back->setToolTip(tr("Back to the routines (Esc)"));
    m_back->setAutoDefault(true);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cautions);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_understand);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setTabOrder(m_understand, m_back);

    connect(m_understand, &QPushButton::clicked, this, &CautionsPage::acknowledged);
    connect(m_back, &QPushButton::clicked, this, &CautionsPage::back);
}

void CautionsPage::showRoutine(const core::Routine& routine)
{
    m_title->setText(QString::fromStdString(routine.title));
    QString html = QStringLiteral("<ul>");
    for (const std::string& caution : routine.cautions)
        html += QStringLiteral("<li style=\"margin-bottom: 0.6em\">%1</li>")
                    .arg(QString::fromStdString(caution).toHtmlEscaped());
    m_cautions->setText(html + QStringLiteral("</ul>"));
    m_understand->setFocus();
}

void CautionsPage::applyScale(double scale)
{
    setTextSize(m_title, 44, scale, true);
    setTextSize(m_intro, 26, scale);
    setTextSize(m_cautions, 28, scale);
    for (QPushButton* button : {m_understand, m_back}) {
        setTextSize(button, 22, scale);
        padButton(button);
    }
}

} // namespace unclutch::app
