#pragma once

#include <QObject>

class QSocketNotifier;

namespace unclutch::app {

// Turns SIGTERM, SIGHUP and SIGINT (a shutdown or logout, a closed terminal, Ctrl+C in one)
// into a Qt signal in the event loop, where a session's progress can be saved before the app
// quits. The handler itself does only what is safe in a signal handler: it writes the signal's
// number to one end of a socket pair, which a QSocketNotifier reads.
//
// A signal ignored when the app started (`nohup unclutch`) stays ignored. One watcher at a time;
// the previous handlers come back when it goes.
class SignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;
    SignalWatcher(const SignalWatcher&) = delete;
    SignalWatcher& operator=(const SignalWatcher&) = delete;

    // Whether the handlers are in place (a socket pair could be made).
    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace unclutch::app
