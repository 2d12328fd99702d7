// Pacing: cycle, cycles, beat and phases (routine-format.md section 1, "Pacing").
#include "parse_helpers.h"

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

const std::string one_phase = R"([{"name": "n", "share": 1}])";

std::string pacing(const std::string& cycle, const std::string& cycles = "2",
                   const std::string& phases = one_phase, const std::string& more = "")
{
    return with_pacing(R"({"cycle": )" + cycle + R"(, "cycles": )" + cycles + R"(, "phases": )" +
                       phases + more + "}");
}

std::string shares(std::initializer_list<const char*> values)
{
    std::string out = "[";
    for (const char* value : values)
        out += std::string(out.size() > 1 ? ", " : "") + R"({"name": "n", "share": )" + value + "}";
    return out + "]";
}

} // namespace

TEST(Pacing, IsReadCompletely)
{
    const ParseResult result = parse(with_pacing(
        R"({"cycle": 15, "cycles": 10, "beat": 0.5, "phases": [{"name": "Up", "share": 0.25, "x-p": 1},)"
        R"( {"name": "Down", "share": 0.75}], "x-q": true})"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    const Pacing& p = *result.routine->steps[0].pacing;
    EXPECT_EQ(p.cycle, 15.0);
    EXPECT_EQ(p.cycles, 10);
    EXPECT_EQ(p.beat, 0.5);
    ASSERT_EQ(p.phases.size(), 2u);
    EXPECT_EQ(p.phases[0].name, "Up");
    EXPECT_EQ(p.phases[0].share, 0.25);
    EXPECT_EQ(p.phases[0].extras.size(), 1u);
    EXPECT_EQ(p.extras.size(), 1u);
    EXPECT_FALSE(result.routine->steps[0].duration.has_value());
    EXPECT_EQ(step_length_ms(result.routine->steps[0]), 150'000);
}

TEST(Pacing, MustBeAnObjectWithCycleCyclesAndPhases)
{
    EXPECT_TRUE(has_only_error(with_pacing("[]"), "/steps/0/pacing",
                               "must be a pacing object {\"cycle\": seconds, \"cycles\": number, "
                               "\"phases\": […]}, got an array"));
    const ParseResult result = parse("{\"format\": 1, \"title\": \"T\", \"steps\": [{\"pose\": "
                                     "\"P\", \"pacing\":\n  {}}]}");
    ASSERT_EQ(result.diagnostics.size(), 3u) << describe(result.diagnostics);
    for (const Diagnostic& d : result.diagnostics) {
        EXPECT_EQ(d.line, 2);
        EXPECT_EQ(d.column, 3);
    }
    EXPECT_EQ(result.diagnostics[0].pointer, "/steps/0/pacing/cycle");
    EXPECT_EQ(result.diagnostics[1].pointer, "/steps/0/pacing/cycles");
    EXPECT_EQ(result.diagnostics[2].pointer, "/steps/0/pacing/phases");
}

TEST(Pacing, CycleIsFrom1To120Seconds)
{
    EXPECT_TRUE(is_valid(pacing("1")));
    EXPECT_TRUE(is_valid(pacing("120")));
    EXPECT_TRUE(is_valid(pacing("0.9995"))); // 1000 ms once rounded
    EXPECT_TRUE(has_only_error(pacing("0.999"), "/steps/0/pacing/cycle",
                               "must be a number of seconds from 1 to 120, got 0.999"));
    EXPECT_TRUE(has_only_error(pacing("120.001"), "/steps/0/pacing/cycle", "got 120.001"));
    EXPECT_TRUE(has_only_error(pacing("\"15\""), "/steps/0/pacing/cycle",
                               "must be a number of seconds, got the string \"15\""));
}

TEST(Pacing, CyclesIsAWholeNumberFrom1To500)
{
    EXPECT_TRUE(is_valid(pacing("1", "1")));
    EXPECT_TRUE(is_valid(pacing("1", "500")));
    EXPECT_TRUE(is_valid(pacing("1", "10.0")));
    EXPECT_TRUE(is_valid(pacing("1", "1e1")));
    for (const char* bad : {"0", "501", "2.5", "-1", "1e300"})
        EXPECT_TRUE(
            has_only_error(pacing("1", bad), "/steps/0/pacing/cycles",
                           std::string("must be a whole number from 1 to 500, got ") + bad));
    EXPECT_TRUE(has_only_error(pacing("1", "\"10\""), "/steps/0/pacing/cycles",
                               "must be a whole number from 1 to 500, got the string \"10\""));
}

TEST(Pacing, MakesAStepOfAtMost3600Seconds)
{
    EXPECT_TRUE(is_valid(pacing("120", "30")));
    EXPECT_TRUE(has_only_error(pacing("120", "31"), "/steps/0/pacing",
                               "makes the step last 3720 seconds (31 cycles of 120 s); a step may "
                               "last at most 3600 seconds"));
}

TEST(Pacing, BeatIs0OrFromAQuarterSecondToTheCycle)
{
    const auto beat = [](const std::string& value, const std::string& cycle = "4") {
        return pacing(cycle, "2", one_phase, R"(, "beat": )" + value);
    };
    for (const char* ok : {"0", "0.25", "1", "4", "0.0004"})
        EXPECT_TRUE(is_valid(beat(ok))) << ok;
    EXPECT_EQ(parse(pacing("4")).routine->steps[0].pacing->beat, 1.0); // the default
    EXPECT_TRUE(has_only_error(beat("0.2"), "/steps/0/pacing/beat",
                               "must be 0 (no beats) or a number of seconds from 0.25 up to the "
                               "cycle, got 0.2"));
    EXPECT_TRUE(has_only_error(beat("-1"), "/steps/0/pacing/beat", "got -1"));
    EXPECT_TRUE(has_only_error(beat("4.001"), "/steps/0/pacing/beat",
                               "must not be longer than the cycle (4 s), got 4.001"));
    EXPECT_TRUE(has_only_error(beat("null"), "/steps/0/pacing/beat", "got null"));
    // With an invalid cycle only the part of the rule that does not need it is checked.
    EXPECT_TRUE(has_only_error(beat("200", "0"), "/steps/0/pacing/cycle", "from 1 to 120"));
    EXPECT_EQ(error_count(parse(beat("0.1", "0"))), 2u);
}

TEST(Phases, Are1To8ObjectsWithANameAndAPositiveShare)
{
    EXPECT_TRUE(is_valid(
        pacing("8", "1",
               shares({"0.125", "0.125", "0.125", "0.125", "0.125", "0.125", "0.125", "0.125"}))));
    EXPECT_TRUE(has_only_error(
        pacing("9", "1", shares({"0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.2"})),
        "/steps/0/pacing/phases", "must list at most 8 phases, got 9"));
    EXPECT_TRUE(has_only_error(pacing("1", "1", "[]"), "/steps/0/pacing/phases",
                               "must list 1 to 8 phases, got none"));
    EXPECT_TRUE(has_only_error(pacing("1", "1", "{}"), "/steps/0/pacing/phases",
                               "must be an array of phases, got an object"));
    EXPECT_TRUE(has_only_error(pacing("1", "1", "[0.5]"), "/steps/0/pacing/phases/0",
                               "must be a phase object"));
    EXPECT_TRUE(has_only_error(pacing("1", "1", R"([{"share": 1}])"),
                               "/steps/0/pacing/phases/0/name", "missing required key \"name\""));
    EXPECT_TRUE(has_only_error(pacing("1", "1", R"([{"name": "n"}])"),
                               "/steps/0/pacing/phases/0/share", "missing required key \"share\""));
    for (const char* bad : {"0", "-0.5", "\"1\""})
        EXPECT_TRUE(has_only_error(pacing("1", "1", shares({bad})),
                                   "/steps/0/pacing/phases/0/share",
                                   "must be a number greater than 0, got"))
            << bad;
    EXPECT_TRUE(is_valid(
        pacing("1", "1", "[{\"name\": \"" + repeat("\xC3\xA9", 60) + "\", \"share\": 1}]")));
    EXPECT_TRUE(
        has_only_error(pacing("1", "1", "[{\"name\": \"" + repeat("a", 61) + "\", \"share\": 1}]"),
                       "/steps/0/pacing/phases/0/name", "at most 60 characters, got 61"));
    EXPECT_TRUE(has_only_error(pacing("1", "1", R"([{"name": "\u2003", "share": 1}])"),
                               "/steps/0/pacing/phases/0/name", "white space"));
    EXPECT_TRUE(has_warning(pacing("1", "1", R"([{"name": "n", "shares": 1, "share": 1}])"),
                            "/steps/0/pacing/phases/0/shares", "did you mean \"share\"?"));
}

TEST(Phases, SharesAddUpTo1Within0Point001InFileOrder)
{
    EXPECT_TRUE(is_valid(pacing("10", "1", shares({"0.5", "0.501"})))); // 1.001
    EXPECT_TRUE(is_valid(pacing("10", "1", shares({"0.5", "0.499"})))); // 0.999
    EXPECT_TRUE(is_valid(pacing("10", "1", shares({"0.3333", "0.3333", "0.3333"}))));
    EXPECT_TRUE(has_only_error(pacing("10", "1", shares({"0.5", "0.5011"})),
                               "/steps/0/pacing/phases",
                               "shares must add up to 1 (within 0.001), got 1.0011"));
    EXPECT_TRUE(has_only_error(pacing("10", "1", shares({"0.5", "0.4989"})),
                               "/steps/0/pacing/phases", "got 0.9989"));
    EXPECT_TRUE(
        has_only_error(pacing("10", "1", shares({"1", "1"})), "/steps/0/pacing/phases", "got 2"));
    // Not normalised: shares are used as written.
    EXPECT_EQ(parse(pacing("10", "1", shares({"0.5", "0.501"})))
                  .routine->steps[0]
                  .pacing->phases[1]
                  .share,
              0.501);
}

TEST(Phases, EachLastsAtLeast1MillisecondAfterRounding)
{
    // cycle 1 s: offsets are llround(1000 × the shares before).
    EXPECT_TRUE(is_valid(pacing("1", "1", shares({"0.9994", "0.0006"})))); // offsets 0, 999
    EXPECT_TRUE(is_valid(pacing("1", "1", shares({"0.999", "0.001"}))));
    EXPECT_TRUE(has_only_error(
        pacing("1", "1", shares({"0.9996", "0.0004"})), "/steps/0/pacing/phases/1/share",
        "makes this phase last less than 1 ms of the 1 s cycle, got 0.0004"));
    EXPECT_TRUE(has_only_error(pacing("1", "1", shares({"0.5", "0.0004", "0.4996"})),
                               "/steps/0/pacing/phases/1/share", "less than 1 ms"));
    // The sum may be 1.001: a last phase starting at the cycle's end lasts nothing.
    EXPECT_TRUE(has_only_error(pacing("1", "1", shares({"1", "0.001"})),
                               "/steps/0/pacing/phases/1/share", "less than 1 ms"));
    // With the cycle invalid, the phases' lengths cannot be known.
    EXPECT_TRUE(has_only_error(pacing("0", "1", shares({"0.9996", "0.0004"})),
                               "/steps/0/pacing/cycle", "from 1 to 120"));
}

TEST(Pacing, UnknownKeysGetTheFirstNearestKeyOfTheTable)
{
    // "cyclse" is one edit from "cycle" (a deletion) and from "cycles" (a swap): the table
    // lists "cycle" first.
    EXPECT_TRUE(has_warning(pacing("1", "2", one_phase, R"(, "cyclse": 3)"),
                            "/steps/0/pacing/cyclse", "unknown key; did you mean \"cycle\"?"));
    EXPECT_TRUE(has_warning(pacing("1", "2", one_phase, R"(, "BAET": 3)"), "/steps/0/pacing/BAET",
                            "did you mean \"beat\"?"));
    EXPECT_TRUE(has_warning(pacing("1", "2", one_phase, R"(, "tempo": 3)"), "/steps/0/pacing/tempo",
                            "unknown key (ignored"));
}
