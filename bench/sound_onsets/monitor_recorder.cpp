#include "monitor_recorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstring>

namespace unclutch::bench {

MonitorRecorder::MonitorRecorder(QString source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &MonitorRecorder::readAvailable);
}

MonitorRecorder::~MonitorRecorder()
{
    stop();
}

bool MonitorRecorder::start()
{
    m_samples.clear();
    m_pending.clear();
    m_start.reset();
    m_process.start(QStringLiteral("parec"),
                    {QStringLiteral("--device=%1").arg(m_source), QStringLiteral("--raw"),
                     QStringLiteral("--format=s16le"), QStringLiteral("--rate=%1").arg(kSampleRate),
                     QStringLiteral("--channels=1"),
                     // Small fragments: data arrives every few ms, so the start estimate is tight.
                     QStringLiteral("--latency-msec=5")});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("parec did not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (m_samples.empty() && waited.elapsed() < 5000 && m_process.state() == QProcess::Running)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (m_samples.empty()) {
        m_error = QStringLiteral("parec gave no data from %1: %2")
                      .arg(m_source, QString::fromLocal8Bit(m_process.readAllStandardError()));
        stop();
        return false;
    }
    return true;
}

void MonitorRecorder::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    readAvailable();
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void MonitorRecorder::readAvailable()
{
    const auto now = std::chrono::steady_clock::now();
    m_pending += m_process.readAllStandardOutput();
    const qsizetype whole = m_pending.size() / 2 * 2;
    if (whole == 0)
        return;
    const std::size_t before = m_samples.size();
    m_samples.resize(before + static_cast<std::size_t>(whole / 2));
    std::memcpy(m_samples.data() + before, m_pending.constData(), static_cast<std::size_t>(whole));
    m_pending.remove(0, whole);

    const auto recorded = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(static_cast<double>(m_samples.size()) / kSampleRate));
    const auto bound = now - recorded;
    if (!m_start || bound < *m_start)
        m_start = bound;
}

} // namespace unclutch::bench
