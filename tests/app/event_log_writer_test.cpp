#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/event_log_writer.h"
#include "app/session_runner.h"

using namespace unclutch;
using app::EventLogWriter;
using nlohmann::ordered_json;

namespace {

core::Event event_of(core::EventType type)
{
    core::Event event;
    event.type = type;
    return event;
}

std::vector<ordered_json> lines_of(const QByteArray& bytes)
{
    std::vector<ordered_json> lines;
    for (const QByteArray& line : bytes.split('\n'))
        if (!line.isEmpty())
            lines.push_back(ordered_json::parse(line.toStdString()));
    return lines;
}

} // namespace

TEST(EventLogWriter, OneLineWithScheduledFiredAndType)
{
    const QByteArray line =
        EventLogWriter::line(event_of(core::EventType::Beat), 15000, 15000.7504);
    EXPECT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1);
    const ordered_json parsed = ordered_json::parse(line.toStdString());
    std::vector<std::string> keys;
    for (const auto& [key, value] : parsed.items())
        keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"t_ms", "fired_ms", "type"}));
    EXPECT_EQ(parsed["t_ms"], 15000.0);
    EXPECT_DOUBLE_EQ(parsed["fired_ms"].get<double>(), 15000.750);
    EXPECT_EQ(parsed["type"], "beat");
}

TEST(EventLogWriter, WritesEveryTypeByItsContractName)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventLogWriter writer(&buffer);
    using core::EventType;
    for (EventType type : {EventType::Prepare, EventType::Step, EventType::Phase, EventType::Beat,
                           EventType::Cue, EventType::End})
        writer.write(event_of(type), 1, 2);
    const auto lines = lines_of(buffer.data());
    ASSERT_EQ(lines.size(), 6u);
    const char* names[] = {"prepare", "step", "phase", "beat", "cue", "end"};
    for (std::size_t i = 0; i < lines.size(); ++i)
        EXPECT_EQ(lines[i]["type"], names[i]);
    EXPECT_FALSE(writer.failed());
}

TEST(EventLogWriter, LogsARunnersEventsAsTheyFire)
{
    core::Routine routine;
    routine.title = "Log";
    routine.transition = 1;
    core::Step step;
    step.pose = "A";
    step.duration = 2;
    routine.steps = {step};

    auto now = app::SessionRunner::TimePoint{} + std::chrono::hours(1);
    const auto start = now;
    app::SessionRunner runner(routine, [&] { return now; });
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("events.jsonl")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    EventLogWriter writer(&file);
    QObject::connect(&runner, &app::SessionRunner::eventFired, &writer, &EventLogWriter::write);

    runner.start();
    runner.wake();
    now = start + std::chrono::microseconds(1'000'250); // the step, a quarter ms late
    runner.wake();
    // Flushed per line: readable while the session still plays.
    QFile reader(file.fileName());
    ASSERT_TRUE(reader.open(QIODevice::ReadOnly));
    const auto lines = lines_of(reader.readAll());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].dump(), R"({"t_ms":0.0,"fired_ms":0.0,"type":"prepare"})");
    EXPECT_EQ(lines[1].dump(), R"({"t_ms":1000.0,"fired_ms":1000.25,"type":"step"})");
}

TEST(EventLogWriter, AFailedWriteIsReportedOnce)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // not writable
    EventLogWriter writer(&buffer);
    int failures = 0;
    QObject::connect(&writer, &EventLogWriter::writeFailed, [&](const QString&) { ++failures; });
    writer.write(event_of(core::EventType::Step), 0, 0);
    writer.write(event_of(core::EventType::End), 0, 0);
    EXPECT_TRUE(writer.failed());
    EXPECT_EQ(failures, 1);
}

TEST(EventLogWriter, ASpokenSentenceAsSectionSixOfTheContractHasIt)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventLogWriter writer(&buffer);
    writer.writeSpeech(5000, 5012.3456, QStringLiteral("de"),
                       QStringLiteral("Bereit machen: Taube, \"linke\" Seite"));
    writer.writeSpeechDropped(7000, QStringLiteral("stale"), QStringLiteral("Not written"));
    const auto lines = lines_of(buffer.data());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].dump(),
              R"({"type":"speech","t_ms":5000.0,"fired_ms":5012.346,"language":"de",)"
              R"("text":"Bereit machen: Taube, \"linke\" Seite"})");
    EXPECT_EQ(lines[1].dump(), R"({"type":"speech_dropped","t_ms":7000.0,"reason":"stale"})");
}

TEST(EventLogWriter, TheVoicesSentencesAreLoggedWithTheEventsTheyBelongTo)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventLogWriter writer(&buffer);
    writer.write(event_of(core::EventType::Prepare), 0, 0.1);
    writer.writeSpeech(0, 12.5, QStringLiteral("en"), QStringLiteral("Get ready: Pigeon"));
    const auto lines = lines_of(buffer.data());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1]["type"], "speech");
    EXPECT_EQ(lines[1]["t_ms"], lines[0]["t_ms"]);
}
