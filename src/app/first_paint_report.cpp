#include "first_paint_report.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace unclutch::app {

namespace {

class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget* window, std::function<void()> callback)
        : QObject(window)
        , m_callback(std::move(callback))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            // The window's paint event comes first, its children's next, then the backing store
            // is flushed to the screen, all in one pass: the zero timer fires after that pass.
            QTimer::singleShot(0, this, [this] {
                const std::function<void()> callback = std::move(m_callback);
                deleteLater();
                callback();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_callback;
    bool m_painted = false;
};

} // namespace

void callAfterFirstPaint(QWidget* window, std::function<void()> callback)
{
    new FirstPaintWatcher(window, std::move(callback));
}

bool reportFirstPaintIfRequested(QWidget* window)
{
    if (qEnvironmentVariableIntValue("UNCLUTCH_REPORT_FIRST_PAINT") != 1)
        return false;
    callAfterFirstPaint(window, [] {
        const std::optional<double> elapsed = millisecondsSinceProcessStart();
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        const double cpuMs =
            static_cast<double>(cpu.tv_sec) * 1000.0 + static_cast<double>(cpu.tv_nsec) / 1e6;
        std::printf("first-paint-ms %.1f cpu-ms %.1f peak-kb %lld\n", elapsed.value_or(-1.0), cpuMs,
                    peakMemoryKb().value_or(-1));
        std::fflush(stdout);
        // Leaves the event loop when this pass of it ends: work the app queued for after its
        // first paint is not measured with it.
        QCoreApplication::exit(0);
    });
    return true;
}

std::optional<long long> peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const long long kb = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? std::optional<long long>(kb) : std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<double> millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: fields are counted after the
    // last ')'. What follows it is field 3, so the start time (field 22) is the 20th there.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const qulonglong startTicks = fields.at(19).toULongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const double nowMs =
        static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - static_cast<double>(startTicks) * 1000.0 / static_cast<double>(ticksPerSecond);
}

} // namespace unclutch::app
