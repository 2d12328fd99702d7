#include "player_key_filter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

#include <utility>

namespace unclutch::app {

PlayerKeyFilter::PlayerKeyFilter(QWidget* scope, Handler handler, QObject* parent)
    : QObject(parent)
    , m_scope(scope)
    , m_handler(std::move(handler))
{
}

void PlayerKeyFilter::setInstalled(bool installed)
{
    if (installed == m_installed)
        return;
    m_installed = installed;
    if (installed)
        QCoreApplication::instance()->installEventFilter(this);
    else
        QCoreApplication::instance()->removeEventFilter(this);
}

bool PlayerKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return false;
    // A key event reaches the window object and then the focus widget; act on the widget's.
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !m_scope || !m_scope->isVisible() || widget->window() != m_scope->window())
        return false;
    auto* keyEvent = static_cast<QKeyEvent*>(event);
    const auto key = playerKeyFor(keyEvent->keyCombination());
    if (!key)
        return false;
    if (type == QEvent::ShortcutOverride) {
        // Claim the key from any shortcut, so it arrives as a key press below.
        event->accept();
        return true;
    }
    if (keyEvent->isAutoRepeat())
        return true;
    return m_handler(*key);
}

} // namespace unclutch::app
