#pragma once

#include <QFile>
#include <QString>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unclutch::test {

// A named pipe at `path`, and a watchdog that tells whether anything opened it for reading.
// A writer can open a pipe without waiting only while a reader has it open: the watchdog keeps
// trying, and when it gets in, it also ends the reader's wait. So code that wrongly opens the
// pipe fails its test (opened() is true) instead of hanging it.
class FifoWatchdog {
public:
    explicit FifoWatchdog(const QString& path)
        : m_name(QFile::encodeName(path))
    {
        m_made = ::mkfifo(m_name.constData(), 0600) == 0;
        if (m_made)
            m_thread = std::thread([this] { watch(); });
    }
    ~FifoWatchdog() { stop(); }
    FifoWatchdog(const FifoWatchdog&) = delete;
    FifoWatchdog& operator=(const FifoWatchdog&) = delete;

    bool made() const { return m_made; }
    // Stops watching; whether anything had opened the pipe.
    bool opened()
    {
        stop();
        return m_opened;
    }

private:
    void watch()
    {
        while (!m_done) {
            const int fd = ::open(m_name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0) {
                m_opened = true;
                ::close(fd);
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    void stop()
    {
        m_done = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    QByteArray m_name;
    bool m_made = false;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_opened{false};
    std::thread m_thread;
};

} // namespace unclutch::test
