// The top level of a routine file (routine-format.md section 1, "Top level", "Whole-file rules").
#include "parse_helpers.h"

#include "core/default_id.h"

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

const std::string steps = R"("steps": [{"pose": "P", "duration": 10}])";

std::string top(const std::string& members)
{
    return "{" + members + "}";
}

std::string text_of(std::size_t code_points, std::string_view character = "\xC3\xA9")
{
    return "\"" + repeat(character, code_points) + "\"";
}

} // namespace

TEST(Format, IsRequiredAndMustBeTheWholeNumberOne)
{
    EXPECT_TRUE(is_valid(top(R"("format": 1, "title": "T", )" + steps)));
    EXPECT_TRUE(has_only_error(top(R"("title": "T", )" + steps), "/format",
                               "missing required key \"format\""));
    EXPECT_TRUE(has_only_error(top(R"("format": 2, "title": "T", )" + steps), "/format",
                               "must be 1, the only version of the format, got 2"));
    EXPECT_TRUE(has_only_error(top(R"("format": "1", "title": "T", )" + steps), "/format",
                               "must be the whole number 1, got the string \"1\""));
    EXPECT_TRUE(
        has_only_error(top(R"("format": true, "title": "T", )" + steps), "/format", "got true"));
    EXPECT_TRUE(has_only_error(top(R"("format": 0.9999, "title": "T", )" + steps), "/format",
                               "must be the whole number 1, got 0.9999"));
}

TEST(Schema, IsAnyStringAndIsKept)
{
    const ParseResult result = parse(with_top(R"("$schema": "anything at all")"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.routine->schema, "anything at all");
    EXPECT_TRUE(has_only_error(with_top(R"("$schema": 1)"), "/$schema", "must be a string, got 1"));
}

TEST(Id, FollowsThePatternAndIsAtMost64Characters)
{
    for (const char* id : {"a", "slow-cat-cow", "v2", "2-a-3", "abc123-x9"})
        EXPECT_TRUE(is_valid(with_top(std::string(R"("id": ")") + id + "\""))) << id;
    for (const char* id : {"", "My-id", "a--b", "-a", "a-", "a_b", "a b", "\xC3\xA9", "a.b"})
        EXPECT_TRUE(has_only_error(with_top(std::string(R"("id": ")") + id + "\""), "/id",
                                   "must be lowercase letters a-z and digits, in words joined by "
                                   "single \"-\" (like \"slow-cat-cow\")"))
            << id;
    EXPECT_TRUE(has_only_error(with_top(R"("id": 5)"), "/id", "must be a string, got 5"));
    const ParseResult ok = parse(with_top("\"id\": \"" + repeat("a", 64) + "\""));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.routine->id, repeat("a", 64));
    EXPECT_FALSE(ok.routine->id_from_file_name);
    EXPECT_TRUE(has_only_error(with_top("\"id\": \"" + repeat("a", 65) + "\""), "/id",
                               "must be at most 64 characters, got 65"));
}

TEST(DefaultId, IsMadeFromTheFileName)
{
    EXPECT_EQ(default_id("My Routine (v2).json"), "my-routine-v2");
    EXPECT_EQ(default_id("/home/me/routines/Slow cat-cow.json"), "slow-cat-cow");
    EXPECT_EQ(default_id("dir.json/__Back--Care__.json"), "back-care");
    EXPECT_EQ(default_id("a.json.json"), "a-json");
    EXPECT_EQ(default_id("no-extension"), "no-extension");
    EXPECT_EQ(default_id("((()))).json"), "");
    EXPECT_EQ(default_id(".json"), "");
}

TEST(DefaultId, ReducesLettersToTheirBase)
{
    // The contract's and the issue's examples.
    EXPECT_EQ(default_id("R\u00fccken-\u00dcbungen.json"), "rucken-ubungen");
    EXPECT_EQ(default_id("Cr\u00e8me Br\u00fbl\u00e9e.json"), "creme-brulee");
    EXPECT_EQ(default_id("\ufb01le.json"), "file");
    EXPECT_EQ(default_id("caf\u00e9 time.json"), "cafe-time");
    // Already decomposed (NFD, as macOS names files): the combining marks are dropped.
    EXPECT_EQ(default_id("Ru\u0308cken.json"), "rucken");
    EXPECT_EQ(default_id("e\u0301\u0327te\u0301.json"), "ete");
    // Latin Extended-A and -B, Latin Extended Additional (Vietnamese), compatibility forms.
    EXPECT_EQ(default_id("\u0141\u00f3d\u017a.json"), "odz"); // Ł has no decomposition
    EXPECT_EQ(default_id("\u0132ssel \u01c6.json"), "ijssel-dz");
    EXPECT_EQ(default_id("Th\u01b0 gi\u00e3n \u0111\u1ea7u.json"), "thu-gian-au");
    EXPECT_EQ(default_id("\uff26\uff55\uff4c\uff4c \u2460\u00bd.json"), "full-11-2");
    EXPECT_EQ(default_id("Stretch\u2122 \u2167.json"), "stretchtm-viii");
    // NFKD keeps these as they are, so they stand as separators: no guessing beyond Unicode.
    EXPECT_EQ(default_id("Stra\u00dfe.json"), "stra-e");
    EXPECT_EQ(default_id("\u00c6r\u00f8.json"), "r");
    // Greek and Cyrillic letters have no Latin base.
    EXPECT_EQ(default_id("\u0399\u03cc\u03b3\u03ba\u03b1 2.json"), "2");
    EXPECT_EQ(default_id("\u0419\u043e\u0433\u0430.json"), "");
    // Bytes that are not UTF-8 are separators too.
    EXPECT_EQ(default_id("a\xFF\xC3"
                         "b.json"),
              "a-b");
}

TEST(DefaultId, IsUsedWhenTheRoutineHasNoId)
{
    const std::string text = with_step(R"({"pose": "P", "duration": 1})");
    const ParseResult result = RoutineParser::parse(text, "lib/My Routine (v2).json");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.routine->id, "my-routine-v2");
    EXPECT_TRUE(result.routine->id_from_file_name);
    EXPECT_TRUE(RoutineParser::parse(text, repeat("A", 64) + ".json").ok());
    EXPECT_EQ(RoutineParser::parse(text, "R\u00fccken-\u00dcbungen.json").routine->id,
              "rucken-ubungen");
    EXPECT_TRUE(RoutineParser::parse(text, repeat("\u00c9", 64) + ".json").ok());
}

TEST(DefaultId, AnEmptyOrTooLongOneAsksForAnExplicitId)
{
    const std::string text = "\n  " + with_step(R"({"pose": "P", "duration": 1})");
    for (const std::string& name :
         {std::string("(((.json"), repeat("a", 65) + ".json",
          std::string("\u0419\u043e\u0433\u0430.json"), repeat("\u00e9", 65) + ".json"}) {
        const ParseResult result = RoutineParser::parse(text, name);
        ASSERT_FALSE(result.ok());
        ASSERT_EQ(result.diagnostics.size(), 1u) << describe(result.diagnostics);
        const Diagnostic& d = result.diagnostics[0];
        EXPECT_EQ(d.pointer, "/id");
        EXPECT_EQ(d.line, 2); // at the top-level object, which lacks "id"
        EXPECT_EQ(d.column, 3);
        EXPECT_NE(d.message.find("give the routine an explicit \"id\""), std::string::npos);
    }
    EXPECT_TRUE(RoutineParser::parse(R"({"id": "fine", "format": 1, "title": "T", )" + steps + "}",
                                     "(((.json")
                    .ok());
}

TEST(Title, Has1To120CodePointsNotAllWhiteSpace)
{
    auto with_title = [](const std::string& title) {
        return top(R"("format": 1, "title": )" + title + ", " + steps);
    };
    EXPECT_TRUE(is_valid(with_title(text_of(120))));
    EXPECT_TRUE(is_valid(with_title(text_of(120, "\xF0\x9F\x98\x80")))); // 4 bytes each
    EXPECT_TRUE(is_valid(with_title("\"" + repeat("\\u00e9", 120) + "\"")));
    EXPECT_TRUE(has_only_error(with_title(text_of(121)), "/title",
                               "must be at most 120 characters, got 121"));
    EXPECT_TRUE(has_only_error(with_title(R"("")"), "/title", "must not be empty"));
    EXPECT_TRUE(has_only_error(with_title(R"(" \u3000\u00a0\u2028 ")"), "/title",
                               "must not be only white space"));
    // Not White_Space, but blank for this rule: see Text.ZeroWidthCharactersCountAsBlank.
    EXPECT_TRUE(has_only_error(with_title(R"(" \u200b ")"), "/title", "only white space"));
    EXPECT_TRUE(is_valid(with_title(R"("\u180e")"))); // not White_Space since Unicode 6.3
    EXPECT_TRUE(has_only_error(top(R"("format": 1, )" + steps), "/title",
                               "missing required key \"title\""));
    EXPECT_TRUE(has_only_error(with_title("null"), "/title", "must be a string, got null"));
}

TEST(Title, IsKeptAsWritten)
{
    const ParseResult result = parse(top(R"("format": 1, "title": "  Slow  cat ", )" + steps));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.routine->title, "  Slow  cat ");
}

TEST(DescriptionAndAuthor, HaveAMaximumLengthAndMayBeEmptyOrBlank)
{
    EXPECT_TRUE(is_valid(with_top("\"description\": " + text_of(2000))));
    EXPECT_TRUE(is_valid(with_top(R"("description": "", "author": " ")")));
    EXPECT_TRUE(has_only_error(with_top("\"description\": " + text_of(2001)), "/description",
                               "must be at most 2000 characters, got 2001"));
    EXPECT_TRUE(is_valid(with_top("\"author\": " + text_of(120))));
    EXPECT_TRUE(has_only_error(with_top("\"author\": " + text_of(121)), "/author",
                               "must be at most 120 characters, got 121"));
    EXPECT_TRUE(has_only_error(with_top(R"("author": ["A"])"), "/author",
                               "must be a string, got an array"));
}

TEST(Cautions, AreAtMost10StringsOf1To300Characters)
{
    const std::string ten = "[" + repeat("\"Careful.\", ", 9) + text_of(300) + "]";
    const ParseResult result = parse(with_top("\"cautions\": " + ten));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    EXPECT_EQ(result.routine->cautions.size(), 10u);
    EXPECT_TRUE(is_valid(with_top(R"("cautions": [])")));

    const std::string eleven = "[" + repeat("\"Careful.\", ", 10) + "\"Careful.\"]";
    EXPECT_TRUE(has_only_error(with_top("\"cautions\": " + eleven), "/cautions",
                               "must hold at most 10 cautions, got 11"));
    EXPECT_TRUE(has_only_error(with_top("\"cautions\": [\"a\", " + text_of(301) + "]"),
                               "/cautions/1", "must be at most 300 characters, got 301"));
    EXPECT_TRUE(
        has_only_error(with_top(R"("cautions": [""])"), "/cautions/0", "must not be empty"));
    EXPECT_TRUE(has_only_error(with_top(R"("cautions": ["\u2003"])"), "/cautions/0",
                               "must not be only white space"));
    EXPECT_TRUE(has_only_error(with_top(R"("cautions": ["a", 3])"), "/cautions/1",
                               "must be a string, got 3"));
    EXPECT_TRUE(has_only_error(with_top(R"("cautions": "Careful.")"), "/cautions",
                               "must be an array of strings, got the string \"Careful.\""));
}

TEST(Transition, IsFrom0To600SecondsOnMillisecondsAndDefaultsTo5)
{
    for (const char* value : {"0", "600", "600.0004", "-0.0004", "2.5"}) {
        const ParseResult result = parse(with_top(std::string(R"("transition": )") + value));
        EXPECT_TRUE(result.ok()) << value << describe(result.diagnostics);
    }
    EXPECT_TRUE(has_only_error(with_top(R"("transition": 600.001)"), "/transition",
                               "must be a number of seconds from 0 to 600, got 600.001"));
    EXPECT_TRUE(has_only_error(with_top(R"("transition": -0.001)"), "/transition",
                               "must be a number of seconds from 0 to 600, got -0.001"));
    EXPECT_TRUE(has_only_error(with_top(R"("transition": "5")"), "/transition",
                               "must be a number of seconds, got the string \"5\""));
    const ParseResult given = parse(with_top(R"("transition": 2.5)"));
    EXPECT_EQ(given.routine->transition, 2.5);
    EXPECT_TRUE(given.routine->transition_given);
}

TEST(Language, IsATwoOrThreeLetterTagWithAnOptionalRegion)
{
    for (const char* tag : {"de", "en", "deu", "en-GB", "pt-BR", "gsw-CH"}) {
        const ParseResult result = parse(with_top(std::string(R"("language": ")") + tag + "\""));
        ASSERT_TRUE(result.ok()) << tag << describe(result.diagnostics);
        EXPECT_EQ(result.routine->language, tag);
    }
    EXPECT_EQ(parse(with_top(R"("author": "A")")).routine->language, std::nullopt);
    for (const char* tag : {"", "e", "engl", "EN", "En", "en-gb", "en-GBR", "en_GB", "en-", "-GB",
                            "en-G1", "de ", "\u00e9n", "en-GB-x"})
        EXPECT_TRUE(has_only_error(with_top(std::string(R"("language": ")") + tag + "\""),
                                   "/language",
                                   "must be a language tag of 2 or 3 lowercase letters a-z, "
                                   "optionally followed by \"-\" and 2 capital letters A-Z "
                                   "(like \"de\" or \"en-GB\"), got the string"))
            << tag;
    EXPECT_TRUE(has_only_error(with_top(R"("language": 5)"), "/language",
                               "must be a language tag like \"de\" or \"en-GB\", got 5"));
    EXPECT_TRUE(has_only_error(with_top(R"("language": null)"), "/language", "got null"));
}

TEST(Language, IsAKnownKeyForDidYouMean)
{
    EXPECT_TRUE(has_warning(with_top(R"("langauge": "de")"), "/langauge",
                            "unknown key; did you mean \"language\"?"));
    EXPECT_TRUE(
        has_warning(with_top(R"("Language": "de")"), "/Language", "did you mean \"language\"?"));
}

TEST(Steps, AreRequiredAnd1To200StepObjects)
{
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T"})", "/steps",
                               "missing required key \"steps\""));
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T", "steps": []})", "/steps",
                               "must hold 1 to 200 steps, got none"));
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T", "steps": {}})", "/steps",
                               "must be an array of steps, got an object"));
    const std::string step = R"({"pose": "P", "duration": 1, "transition": 0})";
    const std::string two_hundred = "[" + repeat(step + ",", 199) + step + "]";
    EXPECT_TRUE(is_valid(R"({"format": 1, "title": "T", "steps": )" + two_hundred + "}"));
    const std::string too_many = "[" + repeat(step + ",", 200) + step + "]";
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T", "steps": )" + too_many + "}",
                               "/steps", "must hold at most 200 steps, got 201"));
    EXPECT_TRUE(has_only_error(with_step("\"Tabletop\""), "/steps/0",
                               "must be a step object, got the string \"Tabletop\""));
}

TEST(Total, IsAtMostFourHoursWithEveryTransitionAndSide)
{
    // 4 steps of 3600 s with no transitions: exactly 14 400 000 ms.
    const std::string hour = R"({"pose": "P", "duration": 3600})";
    const std::string four = "[" + repeat(hour + ",", 3) + hour + "]";
    EXPECT_TRUE(is_valid(R"({"format": 1, "title": "T", "transition": 0, "steps": )" + four + "}"));

    const ParseResult over =
        parse(R"({"format": 1, "title": "T", "transition": 0.001, "steps": )" + four + "}");
    ASSERT_EQ(over.diagnostics.size(), 1u) << describe(over.diagnostics);
    EXPECT_EQ(over.diagnostics[0].format(),
              "routine.json:1:59: error: /steps: the routine lasts 4:00:00.004 (14400004 ms, "
              "every transition and step); at most 4 hours is allowed");

    // Two sides double a step; a step's transition overrides the routine's.
    const std::string sides = R"([{"pose": "P", "duration": 3600, "sides": ["left", "right"]},)"
                              R"({"pose": "Q", "duration": 3600, "transition": 0},)"
                              R"({"pose": "R", "duration": 3599, "transition": 0}])";
    EXPECT_TRUE(
        is_valid(R"({"format": 1, "title": "T", "transition": 0.5, "steps": )" + sides + "}"));
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T", "transition": 0.501, "steps": )" +
                                   sides + "}",
                               "/steps", "4:00:00.002 (14400002 ms"));

    // A paced step lasts cycles × ms(cycle).
    const std::string paced = R"([{"pose": "P", "pacing": {"cycle": 120, "cycles": 30, "phases": )"
                              R"([{"name": "n", "share": 1}]}, "sides": ["left", "right"]},)"
                              R"({"pose": "Q", "duration": 3600, "transition": 0},)"
                              R"({"pose": "R", "duration": 3600, "transition": 0}])";
    EXPECT_TRUE(
        is_valid(R"({"format": 1, "title": "T", "transition": 0, "steps": )" + paced + "}"));
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T", "transition": 0.0005, "steps": )" +
                                   paced + "}",
                               "/steps", "4:00:00.002"));
}

TEST(Total, IsNotCheckedWhenAValueItNeedsIsInvalid)
{
    const std::string hour = R"({"pose": "P", "duration": 3600})";
    const std::string five = "[" + repeat(hour + ",", 4) + R"({"pose": "P", "duration": "x"}])";
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T", "steps": )" + five + "}",
                               "/steps/4/duration", "must be a number of seconds"));
    const std::string sides =
        "[" + repeat(hour + ",", 4) + R"({"pose": "P", "duration": 1, "sides": ["left", "up"]}])";
    EXPECT_TRUE(has_only_error(R"({"format": 1, "title": "T", "steps": )" + sides + "}",
                               "/steps/4/sides/1", "must be \"left\" or \"right\""));
}

TEST(UnknownKeys, AreWarningsWithTheNearestKnownKey)
{
    const ParseResult result = parse(
        R"({"format": 1, "titel": "x", "Title": "T", "title": "T", "stpes": [{"pose": "P", "duration": 1}],)"
        R"( "steps": [{"pose": "P", "duration": 1}], "schema": "s", "colour": "red"})");
    EXPECT_TRUE(result.ok()) << describe(result.diagnostics);
    EXPECT_TRUE(find(result, Severity::Warning, "/titel", "unknown key; did you mean \"title\"?"));
    EXPECT_TRUE(find(result, Severity::Warning, "/Title", "did you mean \"title\"?"));
    EXPECT_TRUE(find(result, Severity::Warning, "/stpes", "did you mean \"steps\"?"));
    EXPECT_TRUE(find(result, Severity::Warning, "/schema", "did you mean \"$schema\"?"));
    const Diagnostic* colour = find(result, Severity::Warning, "/colour", "unknown key (ignored");
    ASSERT_NE(colour, nullptr);
    EXPECT_EQ(colour->column, 154); // at the key
}

TEST(UnknownKeys, AndExtensionsAreKeptInFileOrder)
{
    const ParseResult result = parse(with_top(
        R"("x-b": {"z": 1, "a": [true, null, -2, 2.5, 18446744073709551615]}, "zzz": "u", "x-a": "")"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    const Extras& extras = result.routine->extras;
    ASSERT_EQ(extras.size(), 3u);
    EXPECT_EQ(extras[0].first, "x-b");
    EXPECT_EQ(extras[0].second.dump(), R"({"z":1,"a":[true,null,-2,2.5,18446744073709551615]})");
    EXPECT_EQ(extras[1].first, "zzz");
    EXPECT_EQ(extras[2].first, "x-a");
    EXPECT_EQ(result.diagnostics.size(), 1u); // "zzz" only: extensions are never warned about
}

TEST(Extensions, AreNotCheckedBeyondJson)
{
    EXPECT_TRUE(
        is_valid(with_top(R"("x-steps": [{"duration": "soon", "sides": ["up"], "junk": 1}])")));
}

TEST(Diagnostics, AreInFileOrderAndEveryIndependentProblemIsReported)
{
    const std::string text = R"({"title": "",
  "format": 3, "id": "Bad Id",
  "transition": -1, "cautions": [""],
  "steps": [{"pose": "", "duration": 0, "sides": ["left", "left"], "oops": 1},
            {"duration": 1, "cues": [{"at": -1, "text": ""}]}]})";
    const ParseResult result = parse(text);
    std::vector<std::string> pointers;
    for (const Diagnostic& d : result.diagnostics)
        pointers.push_back(d.pointer);
    EXPECT_EQ(pointers,
              (std::vector<std::string>{"/title", "/format", "/id", "/transition", "/cautions/0",
                                        "/steps/0/pose", "/steps/0/duration", "/steps/0/sides/1",
                                        "/steps/0/oops", "/steps/1/pose", "/steps/1/cues/0/at",
                                        "/steps/1/cues/0/text"}))
        << describe(result.diagnostics);
    for (std::size_t i = 1; i < result.diagnostics.size(); ++i) {
        const Diagnostic& a = result.diagnostics[i - 1];
        const Diagnostic& b = result.diagnostics[i];
        EXPECT_TRUE(a.line < b.line || (a.line == b.line && a.column <= b.column));
    }
}

TEST(Diagnostics, AHostileFileKeepsTheFirstThousand)
{
    std::string many = "\"x-ok\": 0";
    for (int i = 0; i < 1500; ++i)
        many += ", \"u" + std::to_string(i) + "\": 0";
    const ParseResult result = parse(with_top(many));
    ASSERT_EQ(result.diagnostics.size(), 1001u);
    EXPECT_EQ(result.diagnostics.back().format(),
              "routine.json: warning: 500 more problems not shown");
    EXPECT_TRUE(result.ok());
}
