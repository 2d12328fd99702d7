#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include "core/event.h"

class QIODevice;

namespace unclutch::app {

// Writes the --event-log of shared/docs/routine-format.md, section 3: one JSON line per fired
// event, {"t_ms": scheduled, "fired_ms": actual, "type": …}, in ms of active session time.
// Connect SessionRunner::eventFired to write(). Each line is flushed at once so the log can
// be read while the session plays and survives a crash.
class EventLogWriter : public QObject {
    Q_OBJECT

public:
    // `device` must be open for writing and outlive the writer.
    explicit EventLogWriter(QIODevice* device, QObject* parent = nullptr);

    // Times are written to the microsecond: lateness is measured in fractions of a ms.
    static QByteArray line(const core::Event& event, double scheduledMs, double firedMs);

    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }

public slots:
    void write(const unclutch::core::Event& event, double scheduledMs, double firedMs);

signals:
    // The first write that failed (a full disk, a closed pipe); later lines are not tried.
    void writeFailed(const QString& message);

private:
    QIODevice* m_device;
    bool m_failed = false;
    QString m_error;
};

} // namespace unclutch::app
