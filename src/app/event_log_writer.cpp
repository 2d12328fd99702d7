#include "event_log_writer.h"

#include <QFileDevice>
#include <QIODevice>

#include <cmath>

#include <nlohmann/json.hpp>

namespace unclutch::app {

namespace {

double toMicrosecond(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

} // namespace

EventLogWriter::EventLogWriter(QIODevice* device, QObject* parent)
    : QObject(parent)
    , m_device(device)
{
}

QByteArray EventLogWriter::line(const core::Event& event, double scheduledMs, double firedMs)
{
    nlohmann::ordered_json out;
    out["t_ms"] = toMicrosecond(scheduledMs);
    out["fired_ms"] = toMicrosecond(firedMs);
    out["type"] = core::to_string(event.type);
    QByteArray bytes = QByteArray::fromStdString(out.dump());
    bytes.append('\n');
    return bytes;
}

QByteArray EventLogWriter::speechLine(double scheduledMs, double firedMs, const QString& language,
                                      const QString& text)
{
    nlohmann::ordered_json out;
    out["type"] = "speech";
    out["t_ms"] = toMicrosecond(scheduledMs);
    out["fired_ms"] = toMicrosecond(firedMs);
    out["language"] = language.toStdString();
    out["text"] = text.toStdString();
    QByteArray bytes = QByteArray::fromStdString(out.dump());
    bytes.append('\n');
    return bytes;
}

QByteArray EventLogWriter::speechDroppedLine(double scheduledMs, const QString& reason)
{
    nlohmann::ordered_json out;
    out["type"] = "speech_dropped";
    out["t_ms"] = toMicrosecond(scheduledMs);
    out["reason"] = reason.toStdString();
    QByteArray bytes = QByteArray::fromStdString(out.dump());
    bytes.append('\n');
    return bytes;
}

void EventLogWriter::write(const core::Event& event, double scheduledMs, double firedMs)
{
    writeLine(line(event, scheduledMs, firedMs));
}

void EventLogWriter::writeSpeech(double scheduledMs, double firedMs, const QString& language,
                                 const QString& text)
{
    writeLine(speechLine(scheduledMs, firedMs, language, text));
}

void EventLogWriter::writeSpeechDropped(double scheduledMs, const QString& reason, const QString&)
{
    writeLine(speechDroppedLine(scheduledMs, reason));
}

void EventLogWriter::writeLine(const QByteArray& bytes)
{
    if (m_failed)
        return;
    bool ok = m_device->write(bytes) == bytes.size();
    if (auto* file = qobject_cast<QFileDevice*>(m_device); ok && file)
        ok = file->flush();
    if (ok)
        return;
    m_failed = true;
    m_error = m_device->errorString();
    emit writeFailed(m_error);
}

} // namespace unclutch::app
