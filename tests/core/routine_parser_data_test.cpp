// The files of tests/data: invalid/ holds files that together break every rule of section 1 of
// the routine format, each with the diagnostics it must give; valid/ holds files that must load.
#include "parse_helpers.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

namespace fs = std::filesystem;

const fs::path data_dir = UNCLUTCH_TEST_DATA_DIR;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

struct Expected {
    Severity severity;
    std::string pointer;
    int line; // 0: no position
    int column;
    std::string fragment;
};

std::string read_file(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> json_files(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() == ".json")
            names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Every diagnostic, in order; syntax errors have no pointer.
const std::map<std::string, std::vector<Expected>>& expected_diagnostics()
{
    static const std::map<std::string, std::vector<Expected>> table = {
        {"author-121-characters.json", {{E, "/author", 4, 13, "must be at most 120 characters"}}},
        {"cautions-11.json", {{E, "/cautions", 4, 15, "must hold at most 10 cautions"}}},
        {"cautions-empty-blank-long-and-not-text.json",
         {{E, "/cautions/0", 4, 17, "must not be empty"},
          {E, "/cautions/1", 4, 21, "must not be only white space"},
          {E, "/cautions/2", 4, 26, "must be at most 300 characters"},
          {E, "/cautions/3", 4, 331, "must be a string"}}},
        {"cautions-not-an-array.json", {{E, "/cautions", 4, 15, "must be an array of strings"}}},
        {"cue-at-and-text-missing.json",
         {{E, "/steps/0/cues/0/at", 5, 51, "missing required key \"at\""},
          {E, "/steps/0/cues/0/text", 5, 51, "missing required key \"text\""}}},
        {"cue-at-negative.json", {{E, "/steps/0/cues/0/at", 5, 59, "must be at least 0 seconds"}}},
        {"cue-at-step-length.json",
         {{E, "/steps/0/cues/0/at", 5, 59, "must be less than the step's length, 45 seconds"}}},
        {"cue-not-an-object.json",
         {{E, "/steps/0/cues/0", 5, 51,
           "must be a cue object {\"at\": seconds, \"text\": string}"}}},
        {"cue-text-empty-blank-and-501.json",
         {{E, "/steps/0/cues/0/text", 5, 70, "must not be empty"},
          {E, "/steps/0/cues/1/text", 5, 95, "must not be only white space"},
          {E, "/steps/0/cues/2/text", 5, 122, "must be at most 500 characters"}}},
        {"cue-text-carriage-return.json",
         {{E, "/steps/0/cues/0/text", 5, 73,
           "may hold line feeds and tabs but no other control character (U+000D)"}}},
        {"cues-101.json", {{E, "/steps/0/cues", 5, 50, "must hold at most 100 cues"}}},
        {"cues-not-an-array.json", {{E, "/steps/0/cues", 5, 49, "must be an array of cues"}}},
        {"default-id-made-from-this-file-name-is-longer-than-sixty-four-characters.json",
         {{E, "/id", 1, 1,
           "the id made from the file name is 72 characters long, more than 64; gi"}}},
        {"description-2001-characters.json",
         {{E, "/description", 4, 18, "must be at most 2000 characters"}}},
        {"duplicate-keys.json",
         {{E, "/title", 4, 3, "duplicate key; it was first given on line 3"},
          {E, "/x-ext/a", 5, 22, "duplicate key; it was first given on line 5"},
          {E, "/steps/0/pose", 7, 43, "duplicate key; it was first given on line 7"}}},
        {"duration-3600.001.json",
         {{E, "/steps/0/duration", 5, 39, "must be at most 3600 seconds"}}},
        {"duration-does-not-match-pacing.json",
         {{E, "/steps/0/duration", 5, 38,
           "must match the pacing, 10 cycles of 15 s = 150 seconds (or be left out"}}},
        {"duration-missing.json",
         {{E, "/steps/0/duration", 5, 5,
           "missing required key \"duration\" (or give \"pacing\")"}}},
        {"duration-negative.json",
         {{E, "/steps/0/duration", 5, 39, "must be a number of seconds greater than 0"}}},
        {"duration-rounds-to-0-ms.json",
         {{E, "/steps/0/duration", 5, 39, "must be a number of seconds greater than 0"}}},
        {"duration-zero.json",
         {{E, "/steps/0/duration", 5, 39, "must be a number of seconds greater than 0"}}},
        {"easier-instructions-2001-characters.json",
         {{E, "/steps/0/easier/instructions", 5, 92, "must be at most 2000 characters"}}},
        {"easier-not-an-object.json",
         {{E, "/steps/0/easier", 5, 51,
           "must be an object {\"pose\": string, …}, the easier variant"}}},
        {"easier-pose-121-and-image-url.json",
         {{E, "/steps/0/easier/pose", 5, 61, "must be at most 120 characters"},
          {E, "/steps/0/easier/image", 5, 195, "must be a relative path, not a URL or a drive"}}},
        {"easier-pose-missing.json",
         {{E, "/steps/0/easier/pose", 5, 51, "missing required key \"pose\""}}},
        {"format-2.json", {{E, "/format", 2, 13, "must be 1, the only version of the format"}}},
        {"format-missing.json", {{E, "/format", 1, 1, "missing required key \"format\""}}},
        {"format-not-whole.json", {{E, "/format", 2, 13, "must be the whole number 1"}}},
        {"format-string.json", {{E, "/format", 2, 13, "must be the whole number 1"}}},
        {"id-pattern.json",
         {{E, "/id", 4, 9,
           "must be lowercase letters a-z and digits, in words joined by single \"-"}}},
        {"id-too-long-65.json", {{E, "/id", 4, 9, "must be at most 64 characters"}}},
        {"image-absolute.json",
         {{E, "/steps/0/image", 5, 52, "must be a relative path, not start with \"/\""}}},
        {"image-backslash.json",
         {{E, "/steps/0/image", 5, 52, "must separate folders with \"/\", not \"\\\""}}},
        {"image-drive.json",
         {{E, "/steps/0/image", 5, 52, "must be a relative path, not a URL or a drive"}}},
        {"image-empty.json", {{E, "/steps/0/image", 5, 52, "must not be empty"}}},
        {"image-parent-segment.json",
         {{E, "/steps/0/image", 5, 52,
           "must stay inside the routine's folder, without a \"..\" segment"}}},
        {"image-url.json",
         {{E, "/steps/0/image", 5, 52, "must be a relative path, not a URL or a drive"}}},
        {"instructions-2001-characters.json",
         {{E, "/steps/0/instructions", 5, 59, "must be at most 2000 characters"}}},
        {"language-pattern.json",
         {{E, "/language", 4, 15, R"(must be a language tag of 2 or 3 lowercase letters a-z)"}}},
        {"nesting-65-levels.json",
         {{E, "/x-deep" + repeat("/0", 63), 4, 76,
           "nested too deeply: this value is at depth 65; at most 64 levels are al"}}},
        {"not-an-object.json", {{E, "", 1, 1, "a routine file must hold one JSON object"}}},
        {"number-too-large.json",
         {{E, "/steps/0/duration", 5, 39, "number out of range (too large to be finite)"}}},
        {"pacing-beat-below-a-quarter.json",
         {{E, "/steps/0/pacing/beat", 5, 73,
           "must be 0 (no beats) or a number of seconds from 0.25 up to the cycle"}}},
        {"pacing-beat-longer-than-cycle.json",
         {{E, "/steps/0/pacing/beat", 5, 73, "must not be longer than the cycle (15 s)"}}},
        {"pacing-cycle-0.999.json",
         {{E, "/steps/0/pacing/cycle", 5, 47, "must be a number of seconds from 1 to 120"}}},
        {"pacing-cycle-120.001.json",
         {{E, "/steps/0/pacing/cycle", 5, 47, "must be a number of seconds from 1 to 120"}}},
        {"pacing-cycles-0.json",
         {{E, "/steps/0/pacing/cycles", 5, 61, "must be a whole number from 1 to 500"}}},
        {"pacing-cycles-501.json",
         {{E, "/steps/0/pacing/cycles", 5, 60, "must be a whole number from 1 to 500"}}},
        {"pacing-cycles-not-whole.json",
         {{E, "/steps/0/pacing/cycles", 5, 61, "must be a whole number from 1 to 500"}}},
        {"pacing-keys-missing.json",
         {{E, "/steps/0/pacing/cycle", 5, 36, "missing required key \"cycle\""},
          {E, "/steps/0/pacing/cycles", 5, 36, "missing required key \"cycles\""},
          {E, "/steps/0/pacing/phases", 5, 36, "missing required key \"phases\""}}},
        {"pacing-not-an-object.json",
         {{E, "/steps/0/pacing", 5, 36,
           "must be a pacing object {\"cycle\": seconds, \"cycles\": number, \"phases\":"}}},
        {"pacing-phase-keys-missing.json",
         {{E, "/steps/0/pacing/phases/0/name", 5, 77, "missing required key \"name\""},
          {E, "/steps/0/pacing/phases/0/share", 5, 77, "missing required key \"share\""}}},
        {"pacing-phase-name-61-and-blank.json",
         {{E, "/steps/0/pacing/phases/0/name", 5, 87, "must be at most 60 characters"},
          {E, "/steps/0/pacing/phases/1/name", 5, 178, "must not be only white space"}}},
        {"pacing-phase-not-an-object.json",
         {{E, "/steps/0/pacing/phases/0", 5, 77,
           "must be a phase object {\"name\": string, \"share\": number}"}}},
        {"pacing-phase-share-0.json",
         {{E, "/steps/0/pacing/phases/0/share", 5, 102, "must be a number greater than 0"}}},
        {"pacing-phase-shorter-than-1-ms.json",
         {{E, "/steps/0/pacing/phases/1/share", 5, 138,
           "makes this phase last less than 1 ms of the 1 s cycle"}}},
        {"pacing-phases-9.json",
         {{E, "/steps/0/pacing/phases", 5, 75, "must list at most 8 phases"}}},
        {"pacing-phases-empty.json",
         {{E, "/steps/0/pacing/phases", 5, 75, "must list 1 to 8 phases"}}},
        {"pacing-phases-not-an-array.json",
         {{E, "/steps/0/pacing/phases", 5, 75, "must be an array of phases"}}},
        {"pacing-shares-sum-1.0011.json",
         {{E, "/steps/0/pacing/phases", 5, 75, "shares must add up to 1 (within 0.001)"}}},
        {"pacing-step-over-3600-seconds.json",
         {{E, "/steps/0/pacing", 5, 36,
           "makes the step last 3720 seconds (31 cycles of 120 s); a step may last"}}},
        {"pose-121-characters.json",
         {{E, "/steps/0/pose", 5, 15, "must be at most 120 characters"}}},
        {"pose-missing.json", {{E, "/steps/0/pose", 5, 5, "missing required key \"pose\""}}},
        {"pose-white-space-only.json",
         {{E, "/steps/0/pose", 5, 15, "must not be only white space"}}},
        {"schema-not-a-string.json", {{E, "/$schema", 4, 14, "must be a string"}}},
        {"sides-empty.json", {{E, "/steps/0/sides", 5, 50, "must list 1 or 2 sides"}}},
        {"sides-not-an-array.json",
         {{E, "/steps/0/sides", 5, 50,
           "must be an array of 1 or 2 sides, \"left\" and \"right\""}}},
        {"sides-repeated.json",
         {{E, "/steps/0/sides/1", 5, 59, "repeats \"left\"; each side may be listed once"}}},
        {"sides-three.json",
         {{E, "/steps/0/sides", 5, 50, "must list at most 2 sides"},
          {E, "/steps/0/sides/2", 5, 68, "repeats \"left\"; each side may be listed once"}}},
        {"sides-unknown-value.json",
         {{E, "/steps/0/sides/1", 5, 59, "must be \"left\" or \"right\""}}},
        {"step-not-an-object.json", {{E, "/steps/0", 5, 5, "must be a step object"}}},
        {"step-transition-over-600.json",
         {{E, "/steps/0/transition", 5, 57, "must be a number of seconds from 0 to 600"}}},
        {"steps-201.json", {{E, "/steps", 4, 12, "must hold at most 200 steps"}}},
        {"steps-empty.json", {{E, "/steps", 4, 12, "must hold 1 to 200 steps"}}},
        {"steps-missing.json", {{E, "/steps", 1, 1, "missing required key \"steps\""}}},
        {"steps-not-an-array.json", {{E, "/steps", 4, 12, "must be an array of steps"}}},
        {"syntax-content-after-object.json",
         {{E, "", 8, 1, "invalid JSON: expected the end of the file after the top-level value"}}},
        {"syntax-empty-file.json", {{E, "", 1, 1, "invalid JSON: the file is empty"}}},
        {"syntax-missing-comma.json", {{E, "", 3, 3, "invalid JSON: expected ',' or '}'"}}},
        {"syntax-second-byte-order-mark.json",
         {{E, "", 1, 1, "invalid JSON: unexpected byte-order mark (U+FEFF); only the file's fir"}}},
        {"syntax-single-quotes.json",
         {{E, "", 2, 3, "invalid JSON: unexpected character '''; strings and keys need double q"}}},
        {"syntax-trailing-comma.json", {{E, "", 4, 54, "invalid JSON: expected a value"}}},
        {"syntax-unterminated-string.json",
         {{E, "", 3, 25,
           "invalid JSON: invalid string: control character U+000A (LF) must be es"}}},
        {"title-121-characters.json", {{E, "/title", 3, 12, "must be at most 120 characters"}}},
        {"title-empty.json", {{E, "/title", 3, 12, "must not be empty"}}},
        {"title-missing.json", {{E, "/title", 1, 1, "missing required key \"title\""}}},
        {"title-white-space-only.json", {{E, "/title", 3, 12, "must not be only white space"}}},
        {"title-control-character.json",
         {{E, "/title", 3, 12,
           R"(must not hold a control character (U+001B), got the string "Slow \u001b]0;cat-cow\u0007")"}}},
        {"too-large-over-1-mib.json",
         {{E, "", 0, 0, "the file is 1048577 bytes, more than 1 MiB (1048576 bytes)"}}},
        {"total-over-4-hours.json",
         {{E, "/steps", 4, 12,
           "the routine lasts 4:00:20 (14420000 ms, every transition and step); at"}}},
        {"transition-negative.json",
         {{E, "/transition", 4, 17, "must be a number of seconds from 0 to 600"}}},
        {"transition-over-600.json",
         {{E, "/transition", 4, 17, "must be a number of seconds from 0 to 600"}}},
        {"unknown-keys-and-a-missing-duration.json",
         {{E, "/steps/0/duration", 5, 5, "missing required key \"duration\" (or give \"pacing\")"},
          {W, "/steps/0/duraton", 5, 27, "unknown key; did you mean \"duration\"?"}}},
        {"utf8-invalid-byte-in-title.json",
         {{E, "", 3, 18, "invalid JSON: invalid UTF-8 in a string (byte 0xFF)"}}},
        {"utf8-overlong-encoding.json",
         {{E, "", 5, 21, "invalid JSON: invalid UTF-8 in a string (byte 0xC0)"}}},
        {"wrong-types.json",
         {{E, "/description", 4, 18, "must be a string"},
          {E, "/steps/0/duration", 6, 32, "must be a number of seconds"},
          {E, "/steps/1/duration", 7, 32, "must be a number of seconds"},
          {E, "/steps/2/duration", 8, 32, "must be a number of seconds"},
          {E, "/steps/3/duration", 9, 32, "must be a number of seconds"},
          {E, "/steps/4/duration", 10, 32, "must be a number of seconds"},
          {E, "/steps/5/pose", 11, 15, "must be a string"}}},

    };
    return table;
}

} // namespace

TEST(InvalidFiles, EachGivesExactlyItsDiagnostics)
{
    const auto& table = expected_diagnostics();
    const std::vector<std::string> files = json_files(data_dir / "invalid");
    EXPECT_EQ(std::set<std::string>(files.begin(), files.end()).size(), table.size());
    for (const std::string& name : files) {
        SCOPED_TRACE(name);
        const auto expected = table.find(name);
        ASSERT_NE(expected, table.end()) << "no expected diagnostics for " << name;
        const fs::path path = data_dir / "invalid" / name;
        const ParseResult result = RoutineParser::parse(read_file(path), path.string());
        EXPECT_FALSE(result.ok());
        ASSERT_EQ(result.diagnostics.size(), expected->second.size())
            << describe(result.diagnostics);
        for (std::size_t i = 0; i < expected->second.size(); ++i) {
            const Diagnostic& d = result.diagnostics[i];
            const Expected& e = expected->second[i];
            EXPECT_EQ(d.severity, e.severity) << d.format();
            EXPECT_EQ(d.pointer, e.pointer) << d.format();
            EXPECT_EQ(d.line, e.line) << d.format();
            EXPECT_EQ(d.column, e.column) << d.format();
            EXPECT_NE(d.message.find(e.fragment), std::string::npos)
                << d.format() << "\n  expected to contain: " << e.fragment;
            EXPECT_EQ(d.file, path.string());
        }
    }
}

TEST(ValidFiles, LoadWithNoErrorAndOnlyTheirWarnings)
{
    const std::map<std::string, std::size_t> warnings = {
        {"every-field.json", 2}, // its two images are not in tests/data/valid
        {"extension-number-too-large.json", 0},
        {"four-hours-exactly.json", 0},
        {"minimal.json", 0},
        {"unknown-key-is-only-a-warning.json", 1},
    };
    const std::vector<std::string> files = json_files(data_dir / "valid");
    EXPECT_EQ(files.size(), warnings.size());
    for (const std::string& name : files) {
        SCOPED_TRACE(name);
        const fs::path path = data_dir / "valid" / name;
        ParseResult result = RoutineParser::parse(read_file(path), path.string());
        RoutineParser::check_images(result, path.string(), [&](const std::string& image) {
            return fs::is_regular_file(path.parent_path() / image) ? FileKind::regular
                                                                   : FileKind::missing;
        });
        EXPECT_TRUE(result.ok()) << describe(result.diagnostics);
        ASSERT_TRUE(warnings.count(name)) << "add " << name << " to the table";
        EXPECT_EQ(result.diagnostics.size(), warnings.at(name)) << describe(result.diagnostics);
    }
}

TEST(ValidFiles, EveryFieldIsRead)
{
    const fs::path path = data_dir / "valid" / "every-field.json";
    const ParseResult result = RoutineParser::parse(read_file(path), path.string());
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    const Routine& r = *result.routine;
    EXPECT_EQ(r.id, "every-field");
    EXPECT_FALSE(r.id_from_file_name);
    EXPECT_EQ(r.title, "Every field, once");
    EXPECT_EQ(r.description, "Uses every key of the format.");
    EXPECT_EQ(r.author, "Unclutch tests");
    EXPECT_EQ(r.cautions, (std::vector<std::string>{"Stop if anything hurts.", "Move slowly."}));
    EXPECT_EQ(r.transition, 3.0);
    EXPECT_TRUE(r.transition_given);
    EXPECT_EQ(r.language, "en-GB");
    ASSERT_EQ(r.extras.size(), 1u);
    EXPECT_EQ(r.extras[0].second.dump(), R"({"version":[1,2],"note":null})");
    ASSERT_EQ(r.steps.size(), 3u);
    EXPECT_EQ(r.steps[0].image, "images/tabletop.png");
    EXPECT_EQ(r.steps[0].transition, 0.0);
    EXPECT_EQ(r.steps[0].extras[0].first, "x-step");
    EXPECT_EQ(r.steps[1].duration, 150.001);
    EXPECT_EQ(r.steps[1].pacing->cycles, 10);
    EXPECT_EQ(r.steps[1].pacing->beat, 0.0);
    EXPECT_EQ(r.steps[1].easier->pose, "Seated cat-cow");
    EXPECT_EQ(r.steps[1].easier->image, "images/seated.png");
    EXPECT_EQ(r.steps[2].sides, (std::vector<Side>{Side::Right, Side::Left}));
    EXPECT_EQ(r.steps[2].cues[0].at, 59.999);
    EXPECT_EQ(result.images.size(), 2u);
}
