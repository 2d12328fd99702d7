#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ostream>

#include "core/session.h"
#include "storage/routine_file_reader.h"

QT_BEGIN_NAMESPACE
// Readable failure messages for QString comparisons.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace unclutch::test {

// Settings written by the code under test go to a temporary folder, never the user's.
class SettingsSandbox {
public:
    SettingsSandbox()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("unclutch-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("unclutch-player-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

private:
    QTemporaryDir m_dir;
};

// Instance 0 "Lie down": get-ready 0–2 s, step 2–12 s, a cue at 7 s.
// Instances 1 and 2 "Pigeon" left and right, with an easier variant: get-ready 12–15 s, step
// 15–21 s; get-ready 21–24 s, step 24–30 s.
// Instance 3 "Cat-cow": get-ready 30–32 s, two 4-second cycles 32–40 s (Up, then Down at
// half-cycle), a beat every second. The end is at 40 s.
inline QByteArray testRoutineJson(bool withCautions = false)
{
    QByteArray json = R"({"format": 1, "id": "test-routine", "title": "Test routine",
      "transition": 2,)";
    if (withCautions)
        json += R"( "cautions": ["Move gently.", "Stop if it hurts."],)";
    json += R"( "steps": [
        {"pose": "Lie down", "duration": 10, "instructions": "On your back.",
         "cues": [{"at": 5, "text": "Let the pelvis settle."}]},
        {"pose": "Pigeon", "duration": 6, "transition": 3, "sides": ["left", "right"],
         "instructions": "Hips square.",
         "easier": {"pose": "Pigeon, toe tucked", "instructions": "Tuck the back toes."}},
        {"pose": "Cat-cow", "instructions": "Slowly.",
         "pacing": {"cycle": 4, "cycles": 2, "beat": 1,
                    "phases": [{"name": "Up", "share": 0.5}, {"name": "Down", "share": 0.5}]}}
      ]})";
    return json;
}

inline QString writeRoutine(const QTemporaryDir& dir, const QByteArray& json,
                            const QString& name = QStringLiteral("test-routine.json"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    return path;
}

inline core::Routine readRoutine(const QString& path)
{
    const storage::RoutineEntry entry =
        storage::RoutineFileReader::read(path, storage::RoutineOrigin::User);
    EXPECT_TRUE(entry.routine.has_value()) << entry.firstError().toStdString();
    return entry.routine.value_or(core::Routine{});
}

// A clock the test moves by hand.
struct FakeClock {
    core::Session::TimePoint now = core::Session::TimePoint{} + std::chrono::hours(10);
    core::Session::TimePoint origin = now;

    void setMs(std::int64_t ms) { now = origin + std::chrono::milliseconds(ms); }
    std::int64_t ms() const
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(now - origin).count();
    }
    // Moves on to `ms` in steps of `stepMs`, calling `wake` after each, as the runner's timer
    // would wake it.
    template <typename Wake>
    void runTo(std::int64_t ms, Wake wake, std::int64_t stepMs = 500)
    {
        for (std::int64_t at = this->ms(); at < ms;) {
            at = std::min(ms, at + stepMs);
            setMs(at);
            wake();
        }
    }
    auto function()
    {
        return [this] { return now; };
    }
};

} // namespace unclutch::test
