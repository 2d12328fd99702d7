#include "signal_watcher.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <utility>

#include <sys/socket.h>
#include <unistd.h>

namespace unclutch::app {

namespace {

constexpr std::array kWatched = {SIGTERM, SIGHUP, SIGINT};

// [0] is written by the handler, [1] read by the notifier. Plain ints: all a handler may touch.
int g_pipe[2] = {-1, -1};
struct sigaction g_previous[std::size(kWatched)];
bool g_installed[std::size(kWatched)] = {};

void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Non-blocking: should the pipe be full, the signals already in it will do.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalWatcher::SignalWatcher(QObject* parent)
    : QObject(parent)
{
    Q_ASSERT(g_pipe[0] < 0); // one watcher at a time
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, g_pipe) != 0) {
        g_pipe[0] = g_pipe[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignal);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < kWatched.size(); ++i) {
        struct sigaction current {};
        ::sigaction(kWatched[i], nullptr, &current);
        if (current.sa_handler == SIG_IGN)
            continue;
        g_installed[i] = ::sigaction(kWatched[i], &action, &g_previous[i]) == 0;
    }
}

SignalWatcher::~SignalWatcher()
{
    for (std::size_t i = 0; i < kWatched.size(); ++i) {
        if (std::exchange(g_installed[i], false))
            ::sigaction(kWatched[i], &g_previous[i], nullptr);
    }
    delete m_notifier;
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(std::exchange(fd, -1));
    }
}

void SignalWatcher::readSignal()
{
    unsigned char byte = 0;
    while (::read(g_pipe[1], &byte, 1) == 1)
        emit received(byte);
}

} // namespace unclutch::app
