#include "message_stack.h"

#include <QLabel>

namespace unclutch::app {

MessageStack::MessageStack(QWidget* content, const QString& messageName, QWidget* parent)
    : QStackedWidget(parent)
    , m_message(new QLabel(this))
    , m_content(content)
{
    m_message->setObjectName(messageName);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    QFont larger = m_message->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_message->setFont(larger);
    addWidget(m_message);
    addWidget(m_content);
}

void MessageStack::showMessage(const QString& text)
{
    m_message->setText(text);
    setCurrentWidget(m_message);
}

void MessageStack::showContent()
{
    m_message->clear();
    setCurrentWidget(m_content);
}

QString MessageStack::message() const
{
    return m_message->text();
}

} // namespace unclutch::app
