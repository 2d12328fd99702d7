#pragma once

#include <QObject>

namespace unclutch::app {

// What Unclutch can honestly know about whether someone is at the computer.
//
// Qt sees input only to Unclutch's own windows; typing in an editor or a browser is invisible
// to it, and so is a person walking away. So "computer use" is counted as: the session is
// running and not idle. Idle is what the desktop tells everyone over D-Bus: the screen saver or
// lock is on (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged), or the
// machine is about to sleep (logind PrepareForSleep). Input to our own windows and Unclutch
// becoming the active application are taken as "someone is here" too, which also ends an idle
// period whose end signal was missed. Without a session bus (a bare X server, CI) the app's
// whole running time counts as use; that is the limit, and the reminder page says so.
class ActivityMonitor : public QObject {
    Q_OBJECT

public:
    explicit ActivityMonitor(QObject* parent = nullptr);
    ~ActivityMonitor() override;

    bool isIdle() const { return m_screenSaverOn || m_sleeping; }

signals:
    void becameActive();
    void becameIdle();

public slots:
    // Also the D-Bus signals' receivers; public so tests can play the desktop's part.
    void setScreenSaverActive(bool on);
    void setSleeping(bool sleeping);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markPresent();
    void update(bool wasIdle);

    bool m_screenSaverOn = false;
    bool m_sleeping = false;
};

} // namespace unclutch::app
