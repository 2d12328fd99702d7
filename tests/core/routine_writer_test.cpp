#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/routine_parser.h"
#include "core/routine_writer.h"

using namespace unclutch::core;
using nlohmann::ordered_json;

namespace {

Routine minimal_routine()
{
    Routine routine;
    routine.schema = "routine.schema.json";
    routine.id = "slow-cat-cow";
    routine.title = "Slow cat-cow";
    Step tabletop;
    tabletop.pose = "Tabletop";
    tabletop.duration = 30;
    tabletop.instructions = "Hands under shoulders, knees under hips.";
    routine.steps.push_back(tabletop);
    return routine;
}

} // namespace

TEST(RoutineWriter, WritesTwoSpaceIndentAndTrailingNewline)
{
    EXPECT_EQ(RoutineWriter::write(minimal_routine()),
              R"({
  "$schema": "routine.schema.json",
  "format": 1,
  "id": "slow-cat-cow",
  "title": "Slow cat-cow",
  "steps": [
    {
      "pose": "Tabletop",
      "instructions": "Hands under shoulders, knees under hips.",
      "duration": 30
    }
  ]
}
)");
}

TEST(RoutineWriter, WritesKnownKeysInTheContractsOrderThenExtrasAsTheyWere)
{
    Routine routine = minimal_routine();
    routine.schema.reset();
    routine.id_from_file_name = true;
    routine.description = "Calm.";
    routine.author = "A teacher";
    routine.cautions = {"Move gently."};
    routine.transition = 10;
    routine.transition_given = true;
    routine.language = "en-GB";
    routine.extras = {{"x-zeta", 1}, {"x-alpha", ordered_json::parse(R"({"b": 2, "a": [1, 2]})")}};

    Step& step = routine.steps[0];
    step.image = "images/tabletop.svg";
    step.transition = 2.5;
    step.sides = {Side::Right, Side::Left};
    step.cues = {{20, "Breathe.", {{"x-voice", "soft"}}}, {5, "Settle.", {}}};
    step.easier = Variant{"Rest", "Just rest.", "images/rest.svg", {{"x-note", true}}};
    step.extras = {{"durration", 3}};

    Step paced;
    paced.pose = "Cat-cow";
    paced.pacing = Pacing{15, 10, 0.5, {{"Up", 0.5, {}}, {"Down", 0.5, {}}}, {{"x-bpm", 4}}};
    routine.steps.push_back(paced);

    EXPECT_EQ(RoutineWriter::write(routine),
              R"({
  "format": 1,
  "title": "Slow cat-cow",
  "description": "Calm.",
  "author": "A teacher",
  "cautions": [
    "Move gently."
  ],
  "transition": 10,
  "language": "en-GB",
  "steps": [
    {
      "pose": "Tabletop",
      "instructions": "Hands under shoulders, knees under hips.",
      "image": "images/tabletop.svg",
      "duration": 30,
      "transition": 2.5,
      "sides": ["right", "left"],
      "cues": [
        { "at": 20, "text": "Breathe.", "x-voice": "soft" },
        { "at": 5, "text": "Settle." }
      ],
      "easier": {
        "pose": "Rest",
        "instructions": "Just rest.",
        "image": "images/rest.svg",
        "x-note": true
      },
      "durration": 3
    },
    {
      "pose": "Cat-cow",
      "pacing": {
        "cycle": 15,
        "cycles": 10,
        "beat": 0.5,
        "phases": [
          { "name": "Up", "share": 0.5 },
          { "name": "Down", "share": 0.5 }
        ],
        "x-bpm": 4
      }
    }
  ],
  "x-zeta": 1,
  "x-alpha": {
    "b": 2,
    "a": [1, 2]
  }
}
)");
}

TEST(RoutineWriter, LeavesOutOptionalKeysThatAreAbsent)
{
    Routine routine = minimal_routine();
    routine.schema.reset();
    routine.id_from_file_name = true;
    routine.transition = 5;
    routine.transition_given = false;
    routine.steps[0].instructions.clear();
    const std::string text = RoutineWriter::write(routine);
    for (const char* key :
         {"$schema", "\"id\"", "description", "author", "cautions", "transition", "language",
          "instructions", "image", "sides", "cues", "pacing", "easier"})
        EXPECT_EQ(text.find(key), std::string::npos) << key;
}

TEST(RoutineWriter, WritesWholeNumbersWithoutAFractionAndFractionsShortest)
{
    Routine routine = minimal_routine();
    auto duration_text = [&](double seconds) {
        routine.steps[0].duration = seconds;
        const std::string text = RoutineWriter::write(routine);
        const auto start = text.find("\"duration\": ") + 12;
        return text.substr(start, text.find('\n', start) - start);
    };
    EXPECT_EQ(duration_text(30.0), "30");
    EXPECT_EQ(duration_text(0.1), "0.1");
    EXPECT_EQ(duration_text(44.9995), "44.9995");
    EXPECT_EQ(duration_text(1.0 / 3.0), "0.3333333333333333");
    EXPECT_EQ(duration_text(-0.0), "-0");
    EXPECT_EQ(duration_text(1e21), "1e+21");
}

TEST(RoutineWriter, EveryNumberReadsBackAsTheSameDouble)
{
    Routine routine = minimal_routine();
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> seconds(0.0, 3600.0);
    for (int i = 0; i < 2000; ++i) {
        const double value = i % 2 ? seconds(random) : std::round(seconds(random) * 1000) / 1000;
        routine.steps[0].duration = value;
        const ordered_json json = ordered_json::parse(RoutineWriter::write(routine));
        EXPECT_EQ(json["steps"][0]["duration"].get<double>(), value);
    }
}

TEST(RoutineWriter, WritesANumberJsonCannotHoldAsNullForTheParserToReport)
{
    Routine routine = minimal_routine();
    routine.steps[0].duration = std::numeric_limits<double>::infinity();
    const ordered_json json = ordered_json::parse(RoutineWriter::write(routine));
    EXPECT_TRUE(json["steps"][0]["duration"].is_null());
}

TEST(RoutineWriter, KeepsTheJsonTypesOfExtensionValues)
{
    Routine routine = minimal_routine();
    routine.extras = {{"x-data", ordered_json::parse(R"({"whole": 10.0, "int": 10, "big": 1e300,
        "text": "é \"q\" \n", "none": null, "nested": {"deep": [{"a": []}, {}]}})")}};
    const std::string text = RoutineWriter::write(routine);
    EXPECT_NE(text.find("\"whole\": 10.0,"), std::string::npos) << text;
    EXPECT_NE(text.find("\"int\": 10,"), std::string::npos) << text;
    const ordered_json back = ordered_json::parse(text);
    EXPECT_TRUE(back["x-data"]["whole"].is_number_float());
    EXPECT_TRUE(back["x-data"]["int"].is_number_integer());
    EXPECT_EQ(back["x-data"].dump(), routine.extras[0].second.dump());
}

TEST(RoutineWriter, KeepsTextAsWrittenWithJsonEscapes)
{
    Routine routine = minimal_routine();
    routine.title = "Épaule \"douce\"\t\\ ✓";
    const ordered_json json = ordered_json::parse(RoutineWriter::write(routine));
    EXPECT_EQ(json["title"], routine.title);
    EXPECT_NE(RoutineWriter::write(routine).find("Épaule \\\"douce\\\"\\t\\\\ ✓"),
              std::string::npos);
}

TEST(RoutineWriter, SavingTwiceGivesIdenticalBytes)
{
    Routine routine = minimal_routine();
    routine.extras = {{"x-a", ordered_json::parse(R"([1, 2.5, {"b": null}])")}};
    EXPECT_EQ(RoutineWriter::write(routine), RoutineWriter::write(routine));
}

namespace {

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string messages(const ParseResult& result)
{
    std::string out;
    for (const Diagnostic& d : result.diagnostics)
        out += d.format() + "\n";
    return out;
}

// parse(write(r)) == r, and writing what was read back gives the same bytes again.
void expect_round_trip(const std::string& bytes, const std::string& path)
{
    const ParseResult first = RoutineParser::parse(bytes, path);
    ASSERT_TRUE(first.ok()) << messages(first);
    const std::string written = RoutineWriter::write(*first.routine);
    const ParseResult second = RoutineParser::parse(written, path);
    ASSERT_TRUE(second.ok()) << messages(second) << written;
    EXPECT_TRUE(*second.routine == *first.routine) << path << "\n" << written;
    EXPECT_EQ(second.diagnostics.size(), first.diagnostics.size()) << messages(second);
    EXPECT_EQ(RoutineWriter::write(*second.routine), written) << path;
}

} // namespace

TEST(RoutineWriterRoundTrip, BundledRoutinesReadBackUnchanged)
{
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(UNCLUTCH_ROUTINES_DIR)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || name.ends_with(".schema.json"))
            continue;
        SCOPED_TRACE(name);
        expect_round_trip(read_file(entry.path()), entry.path().string());
        ++count;
    }
    EXPECT_GE(count, 3);
}

TEST(RoutineWriterRoundTrip, TheContractsMinimalExampleReadsBackUnchanged)
{
    const std::string path = UNCLUTCH_TEST_DATA_DIR "/valid/minimal.json";
    expect_round_trip(read_file(path), path);
}

TEST(RoutineWriterRoundTrip, KeepsEveryValueAndEveryUnknownKey)
{
    // Keys out of the contract's order, unknown keys and extensions at every level, a default
    // id from the file name, fractional seconds, a missing beat and a UTF-8 byte-order mark.
    const std::string bytes = "\xEF\xBB\xBF"
                              R"({
  "x-editor": {"zoom": 1.0, "open": [0, 2], "nested": {"deep": [{"k": null}]}},
  "steps": [
    { "duration": 30.25, "x-step": [], "pose": "Tabletop", "tempo": "slow",
      "cues": [ { "text": "Later", "at": 20, "x-voice": {"rate": 0.9} }, { "at": 0.5, "text": "Now" } ],
      "easier": { "x-e": 1, "pose": "Rest", "colour": "blue" } },
    { "pose": "Cat-cow", "sides": ["right", "left"], "transition": 0,
      "pacing": { "phases": [ { "share": 0.25, "name": "Up", "x-p": "a" },
                              { "name": "Down", "share": 0.75 } ],
                  "cycles": 3, "cycle": 12.5, "x-pace": true } }
  ],
  "title": "Odd order",
  "format": 1.0,
  "cautions": ["Gently."],
  "language": "de-AT",
  "transition": 2.5,
  "zzz": 1e2
})";
    const std::string path = "/routines/My Odd Routine.json";
    expect_round_trip(bytes, path);

    const ParseResult first = RoutineParser::parse(bytes, path);
    ASSERT_TRUE(first.ok()) << messages(first);
    const std::string written = RoutineWriter::write(*first.routine);
    const Routine back = *RoutineParser::parse(written, path).routine;
    EXPECT_EQ(back.id, "my-odd-routine");
    EXPECT_TRUE(back.id_from_file_name);
    ASSERT_EQ(back.extras.size(), 2u);
    EXPECT_EQ(back.extras[0].first, "x-editor");
    EXPECT_EQ(back.extras[1].first, "zzz");
    EXPECT_EQ(back.steps[0].extras.size(), 2u);
    EXPECT_EQ(back.steps[0].cues[0].extras[0].first, "x-voice");
    EXPECT_EQ(back.steps[0].easier->extras.size(), 2u);
    EXPECT_EQ(back.steps[1].pacing->phases[0].extras[0].first, "x-p");
    EXPECT_EQ(back.steps[1].pacing->extras[0].first, "x-pace");
    // Known keys in the contract's order, then the extras in file order.
    EXPECT_LT(written.find("\"title\""), written.find("\"steps\""));
    EXPECT_LT(written.find("\"steps\""), written.find("\"x-editor\""));
    EXPECT_LT(written.find("\"x-editor\""), written.find("\"zzz\""));
    EXPECT_NE(written.find("\"zoom\": 1.0"), std::string::npos) << written;
}

TEST(RoutineWriterRoundTrip, KeepsAnExtensionNumberTooLargeToBeFinite)
{
    // The parser accepts 1e999 inside an x- value (as infinity); saving must not turn it into
    // null or a finite number.
    const std::string bytes =
        R"({"format": 1, "title": "T", "steps": [{"pose": "P", "duration": 1}], )"
        R"("x-app": {"big": 1e999, "small": -1e400}})";
    const ParseResult first = RoutineParser::parse(bytes, "r.json");
    ASSERT_TRUE(first.ok()) << messages(first);
    const std::string written = RoutineWriter::write(*first.routine);
    EXPECT_NE(written.find(R"({ "big": 1e999, "small": -1e999 })"), std::string::npos) << written;
    const ParseResult back = RoutineParser::parse(written, "r.json");
    ASSERT_TRUE(back.ok()) << messages(back);
    EXPECT_EQ(*back.routine, *first.routine);
}
