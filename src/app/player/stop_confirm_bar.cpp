#include "stop_confirm_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "player_type.h"

namespace unclutch::app {

StopConfirmBar::StopConfirmBar(QWidget* parent)
    : QFrame(parent)
    , m_question(new QLabel(tr("Stop the session? Press Esc again to stop. It keeps playing "
                               "until you do.")))
    , m_stop(new QPushButton(tr("Stop")))
    , m_keepGoing(new QPushButton(tr("Keep going")))
{
    setObjectName(QStringLiteral("stopConfirm"));
    setAccessibleName(tr("Stop the session?"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_question->setObjectName(QStringLiteral("stopQuestion"));
    m_question->setWordWrap(true);
    m_stop->setObjectName(QStringLiteral("confirmStopButton"));
    m_stop->setAccessibleName(tr("Stop the session"));
    m_stop->setToolTip(tr("Stop the session (Esc)"));
    m_stop->setAutoDefault(true);
    m_keepGoing->setObjectName(QStringLiteral("keepGoingButton"));
    m_keepGoing->setAccessibleName(tr("Keep going"));
    m_keepGoing->setToolTip(tr("Keep going: the session has not stopped"));
    m_keepGoing->setAutoDefault(true);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_stop);
    layout->addWidget(m_keepGoing);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        dismiss();
        emit stopConfirmed();
    });
    connect(m_keepGoing, &QPushButton::clicked, this, &StopConfirmBar::dismiss);
}

void StopConfirmBar::ask()
{
    setAsking(true);
}

void StopConfirmBar::dismiss()
{
    setAsking(false);
}

void StopConfirmBar::setAsking(bool asking)
{
    if (asking == m_asking)
        return;
    m_asking = asking;
    emit askingChanged(asking);
}

void StopConfirmBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        padButton(m_stop);
        padButton(m_keepGoing);
    }
}

} // namespace unclutch::app
