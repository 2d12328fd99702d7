#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace unclutch::app {

// Whether something the player needs (an audio output, a speech engine) can be used now, and
// why not. Shared by SoundPlayer and Voice, which report a loss the same way: once per loss,
// from the event loop (so whoever connects right after construction still hears of it), and
// the return after a reported loss.
class Availability {
public:
    using Lost = std::function<void(const QString& reason)>;
    using Back = std::function<void()>;

    // `owner` is the object whose signals `lost` and `back` emit; the reports run in its thread
    // and are dropped with it.
    Availability(QObject* owner, Lost lost, Back back);

    bool isAvailable() const { return m_available; }
    // Why it is unavailable; empty while available.
    QString reason() const { return m_reason; }

    void setAvailable();
    void setUnavailable(const QString& reason);

private:
    void report();

    QObject* m_owner;
    Lost m_lost;
    Back m_back;
    QString m_reason;
    bool m_available = false;
    // The current loss has been reported.
    bool m_reported = false;
};

} // namespace unclutch::app
