#include "activity_monitor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>
#include <QGuiApplication>

#include <spdlog/spdlog.h>

namespace unclutch::app {

namespace {

// The same signal under two names: KDE, Xfce and others use freedesktop's, GNOME its own.
struct ScreenSaverService {
    const char* path;
    const char* interface;
};
constexpr ScreenSaverService screenSavers[] = {
    {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
    {"/ScreenSaver", "org.freedesktop.ScreenSaver"},
    {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"},
};

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

} // namespace

ActivityMonitor::ActivityMonitor(QObject* parent)
    : QObject(parent)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(gui, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        markPresent();
                });
    }

    // Signals from any sender on these paths; both buses may be missing, and then so is idle.
    QDBusConnection session = QDBusConnection::sessionBus();
    bool watching = false;
    if (session.isConnected()) {
        for (const ScreenSaverService& service : screenSavers) {
            watching |= session.connect(QString(), QString::fromLatin1(service.path),
                                        QString::fromLatin1(service.interface),
                                        QStringLiteral("ActiveChanged"), this,
                                        SLOT(setScreenSaverActive(bool)));
        }
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        system.connect(QStringLiteral("org.freedesktop.login1"),
                       QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"),
                       QStringLiteral("PrepareForSleep"), this, SLOT(setSleeping(bool)));
    }
    if (!watching)
        spdlog::info("no session bus: screen lock is not seen, running time counts as use");
}

ActivityMonitor::~ActivityMonitor()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void ActivityMonitor::setScreenSaverActive(bool on)
{
    const bool wasIdle = isIdle();
    m_screenSaverOn = on;
    update(wasIdle);
}

void ActivityMonitor::setSleeping(bool sleeping)
{
    const bool wasIdle = isIdle();
    m_sleeping = sleeping;
    update(wasIdle);
}

bool ActivityMonitor::eventFilter(QObject* watched, QEvent* event)
{
    // Cheap on purpose: this sees every event of the application.
    if (isIdle() && isInput(event->type()))
        markPresent();
    return QObject::eventFilter(watched, event);
}

void ActivityMonitor::markPresent()
{
    const bool wasIdle = isIdle();
    m_screenSaverOn = false;
    m_sleeping = false;
    update(wasIdle);
}

void ActivityMonitor::update(bool wasIdle)
{
    if (wasIdle == isIdle())
        return;
    spdlog::debug("activity: {}", isIdle() ? "idle" : "active");
    if (isIdle())
        emit becameIdle();
    else
        emit becameActive();
}

} // namespace unclutch::app
