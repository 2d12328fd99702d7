#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace unclutch::bench {

// Records a PulseAudio source (the null sink's monitor) with parec as mono 16-bit 44.1 kHz, and
// estimates where its first sample lies on std::chrono::steady_clock.
//
// The estimate: whenever data arrives, `now − (samples received so far) / rate` is an upper
// bound of the recording's start (the newest sample was captured no later than now). The smallest
// such bound over the whole recording is within a read's delay of the truth, typically well under
// a millisecond with parec's 5 ms fragments.
class MonitorRecorder : public QObject {
    Q_OBJECT

public:
    static constexpr int kSampleRate = 44100;

    explicit MonitorRecorder(QString source, QObject* parent = nullptr);
    ~MonitorRecorder() override;

    // Starts parec and waits until its first data arrives; false (with error()) when it cannot.
    bool start();
    void stop();

    QString error() const { return m_error; }
    const std::vector<std::int16_t>& samples() const { return m_samples; }
    std::optional<std::chrono::steady_clock::time_point> startTime() const { return m_start; }

private:
    void readAvailable();

    QString m_source;
    QProcess m_process;
    QByteArray m_pending;
    std::vector<std::int16_t> m_samples;
    std::optional<std::chrono::steady_clock::time_point> m_start;
    QString m_error;
};

} // namespace unclutch::bench
