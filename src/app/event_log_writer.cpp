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

void EventLogWriter::write(const core::Event& event, double scheduledMs, double firedMs)
{
    if (m_failed)
        return;
    const QByteArray bytes = line(event, scheduledMs, firedMs);
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
