#include "availability.h"

#include <QMetaObject>

#include <utility>

namespace unclutch::app {

Availability::Availability(QObject* owner, Lost lost, Back back)
    : m_owner(owner)
    , m_lost(std::move(lost))
    , m_back(std::move(back))
{
}

void Availability::setAvailable()
{
    if (m_available)
        return;
    m_available = true;
    m_reason.clear();
    if (m_reported) {
        m_reported = false;
        m_back();
    }
}

void Availability::setUnavailable(const QString& reason)
{
    m_available = false;
    m_reason = reason;
    // From the event loop: in the owner's constructor nobody is connected yet.
    QMetaObject::invokeMethod(
        m_owner, [this] { report(); }, Qt::QueuedConnection);
}

void Availability::report()
{
    if (m_available || m_reported)
        return;
    m_reported = true;
    m_lost(m_reason);
}

} // namespace unclutch::app
