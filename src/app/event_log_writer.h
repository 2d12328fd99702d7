#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include "core/event.h"

class QIODevice;

namespace unclutch::app {

// Writes the --event-log of shared/docs/routine-format.md, sections 3 and 6: one JSON line per
// fired event, {"t_ms": scheduled, "fired_ms": actual, "type": …}, and one per sentence the
// voice spoke ("speech") or dropped ("speech_dropped"), all in ms of active session time.
// Connect SessionRunner::eventFired to write() and SessionSpeech's spoken() and dropped() to
// writeSpeech() and writeSpeechDropped(). Each line is flushed at once so the log can be read
// while the session plays and survives a crash.
class EventLogWriter : public QObject {
    Q_OBJECT

public:
    // `device` must be open for writing and outlive the writer.
    explicit EventLogWriter(QIODevice* device, QObject* parent = nullptr);

    // Times are written to the microsecond: lateness is measured in fractions of a ms.
    static QByteArray line(const core::Event& event, double scheduledMs, double firedMs);
    static QByteArray speechLine(double scheduledMs, double firedMs, const QString& language,
                                 const QString& text);
    static QByteArray speechDroppedLine(double scheduledMs, const QString& reason);

    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }

public slots:
    void write(const unclutch::core::Event& event, double scheduledMs, double firedMs);
    void writeSpeech(double scheduledMs, double firedMs, const QString& language,
                     const QString& text);
    // `text` is not written: the contract's line has the moment and the reason only.
    void writeSpeechDropped(double scheduledMs, const QString& reason, const QString& text);

signals:
    // The first write that failed (a full disk, a closed pipe); later lines are not tried.
    void writeFailed(const QString& message);

private:
    void writeLine(const QByteArray& bytes);

    QIODevice* m_device;
    bool m_failed = false;
    QString m_error;
};

} // namespace unclutch::app
