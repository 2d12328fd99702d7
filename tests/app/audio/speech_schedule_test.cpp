#include <gtest/gtest.h>

#include "app/audio/speech_schedule.h"
#include "app/audio/spoken_text.h"
#include "core/routine_parser.h"
#include "core/timeline.h"

using unclutch::app::ScheduledSentence;
using unclutch::app::SpeechOptions;
using unclutch::app::SpeechSchedule;
using unclutch::app::SpokenText;
namespace core = unclutch::core;

namespace {

core::Routine parse(const char* json)
{
    const core::ParseResult result = core::RoutineParser::parse(json, "test.json");
    EXPECT_TRUE(result.ok());
    return *result.routine;
}

// Get-ready 5 s, a 20 s hold, then pigeon 60 s per side with a 5 s get-ready on each, then a
// paced step of two 4 s cycles.
const char* const kRoutine = R"({"format": 1, "title": "T", "steps": [
  {"pose": "Tabletop", "duration": 20, "instructions": "Hands under shoulders."},
  {"pose": "Pigeon", "duration": 60, "sides": ["left", "right"],
   "cues": [{"at": 30, "text": "Keep both hips square."}],
   "easier": {"pose": "Supported pigeon", "instructions": "A cushion under the hip."}},
  {"pose": "Cat-cow", "pacing": {"cycle": 4, "cycles": 2, "beat": 0,
   "phases": [{"name": "Up", "share": 0.5}, {"name": "Down", "share": 0.5}]}}]})";

QList<ScheduledSentence> build(const SpeechOptions& options,
                               const SpeechSchedule::ShowsEasier& easier = {})
{
    const core::Routine routine = parse(kRoutine);
    return SpeechSchedule::build(routine, core::Timeline(routine), options, SpokenText(), easier);
}

ScheduledSentence said(std::int64_t atMs, const char* text, bool yields = false)
{
    return {atMs, QString::fromUtf8(text), yields};
}

} // namespace

TEST(SpeechSchedule, EveryMomentOfTheSessionWithWhatTheBodyNeedsToHear)
{
    EXPECT_EQ(build(SpeechOptions()), (QList<ScheduledSentence>{
                                          said(0, "Get ready: Tabletop"),
                                          said(5000, "Hands under shoulders."),
                                          said(22000, "3"),
                                          said(23000, "2"),
                                          said(24000, "1"),
                                          said(25000, "Get ready: Pigeon, left side"),
                                          said(60000, "Keep both hips square."),
                                          said(87000, "3"),
                                          said(88000, "2"),
                                          said(89000, "1"),
                                          said(90000, "Now the right side."),
                                          said(125000, "Keep both hips square."),
                                          said(152000, "3"),
                                          said(153000, "2"),
                                          said(154000, "1"),
                                          said(155000, "Get ready: Cat-cow"),
                                          said(168000, "The routine is complete. Well done."),
                                      }));
}

TEST(SpeechSchedule, OptionsOffLeaveTheCuesAndMoveThePoseToTheStepsStart)
{
    SpeechOptions options;
    options.instructions = false;
    options.poseAtGetReady = false;
    options.sideChange = false;
    options.count = false;
    const QList<ScheduledSentence> sentences = build(options);
    ASSERT_GE(sentences.size(), 3);
    EXPECT_EQ(sentences.at(0), said(5000, "Tabletop."));
    EXPECT_EQ(sentences.at(1), said(30000, "Pigeon, left side."));
    EXPECT_TRUE(sentences.contains(said(95000, "Pigeon, right side.")));
    for (const ScheduledSentence& sentence : sentences)
        EXPECT_NE(sentence.text, QStringLiteral("3"));
}

TEST(SpeechSchedule, HalfwayAndPhaseNamesWhenChosenYieldingToOtherSentences)
{
    SpeechOptions options;
    options.halfway = true;
    options.phaseNames = true;
    const QList<ScheduledSentence> sentences = build(options);
    EXPECT_TRUE(sentences.contains(said(60000, "Halfway.", true)));
    EXPECT_FALSE(sentences.contains(said(15000, "Halfway.", true))) << "a 20 s hold is short";
    EXPECT_TRUE(sentences.contains(said(160000, "Up", true)));
    EXPECT_TRUE(sentences.contains(said(162000, "Down", true)));
    EXPECT_TRUE(sentences.contains(said(166000, "Down", true)));
    // No count in a paced step: its phases and ticks mark the time.
    EXPECT_FALSE(sentences.contains(said(165000, "3")));
}

TEST(SpeechSchedule, TheEasierVariantIsSpokenWhereItIsShown)
{
    const QList<ScheduledSentence> sentences =
        build(SpeechOptions(), [](std::size_t instance) { return instance == 1; });
    EXPECT_TRUE(sentences.contains(said(25000, "Get ready: Supported pigeon, left side")));
    EXPECT_TRUE(sentences.contains(said(30000, "A cushion under the hip.")));
}
