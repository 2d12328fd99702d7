// Steps, sides, cues, images and the easier variant (routine-format.md section 1, "A step").
#include "parse_helpers.h"

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

std::string step(const std::string& members)
{
    return with_step("{" + members + "}");
}

} // namespace

TEST(Pose, IsRequiredWith1To120CodePointsNotAllWhiteSpace)
{
    EXPECT_TRUE(
        is_valid(step("\"pose\": \"" + repeat("\xE2\x82\xAC", 120) + "\", \"duration\": 1")));
    EXPECT_TRUE(
        has_only_error(step("\"pose\": \"" + repeat("\xE2\x82\xAC", 121) + "\", \"duration\": 1"),
                       "/steps/0/pose", "must be at most 120 characters, got 121"));
    EXPECT_TRUE(
        has_only_error(step(R"("pose": "", "duration": 1)"), "/steps/0/pose", "must not be empty"));
    EXPECT_TRUE(has_only_error(step(R"("pose": "\u205f\u1680", "duration": 1)"), "/steps/0/pose",
                               "must not be only white space"));
    EXPECT_TRUE(has_only_error(step(R"("pose": {}, "duration": 1)"), "/steps/0/pose",
                               "must be a string, got an object"));

    const ParseResult missing =
        parse("{\"format\": 1, \"title\": \"T\", \"steps\": [\n  {\"duration\": 1}]}");
    ASSERT_EQ(missing.diagnostics.size(), 1u);
    EXPECT_EQ(missing.diagnostics[0].format(),
              "routine.json:2:3: error: /steps/0/pose: missing required key \"pose\"");
}

TEST(Instructions, AreAtMost2000Characters)
{
    EXPECT_TRUE(is_valid(
        step("\"pose\": \"P\", \"duration\": 1, \"instructions\": \"" + repeat("a", 2000) + "\"")));
    EXPECT_TRUE(has_only_error(
        step("\"pose\": \"P\", \"duration\": 1, \"instructions\": \"" + repeat("a", 2001) + "\""),
        "/steps/0/instructions", "must be at most 2000 characters, got 2001"));
}

TEST(Duration, IsGreaterThan0AndAtMost3600SecondsOnMilliseconds)
{
    for (const char* value : {"3600", "3600.0004", "0.0005", "0.001", "1e3", "3599.9995"})
        EXPECT_TRUE(is_valid(step(std::string(R"("pose": "P", "duration": )") + value))) << value;
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": 3600.001)"), "/steps/0/duration",
                               "must be at most 3600 seconds, got 3600.001"));
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": -5)"), "/steps/0/duration",
                               "must be a number of seconds greater than 0, got -5"));
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": 0)"), "/steps/0/duration",
                               "greater than 0, got 0"));
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": 0.0004)"), "/steps/0/duration",
                               "greater than 0, got 0.0004 (0 ms once rounded to milliseconds)"));
}

TEST(Duration, WrongTypesAreErrors)
{
    const std::pair<const char*, const char*> cases[] = {{R"("60")", "got the string \"60\""},
                                                         {"true", "got true"},
                                                         {"null", "got null"},
                                                         {"[60]", "got an array"},
                                                         {"{}", "got an object"}};
    for (const auto& [value, got] : cases) {
        EXPECT_TRUE(has_only_error(step(std::string(R"("pose": "P", "duration": )") + value),
                                   "/steps/0/duration",
                                   std::string("must be a number of seconds, ") + got));
    }
}

TEST(Duration, IsRequiredUnlessPacingIsGiven)
{
    const ParseResult result = parse(step(R"("pose": "P")"));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].format(),
              "routine.json:1:39: error: /steps/0/duration: missing required key \"duration\" "
              "(or give \"pacing\")");
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "pacing": 3)"), "/steps/0/pacing",
                               "must be a pacing object"));
}

TEST(Duration, WithPacingMustBeWithin1MillisecondOfIt)
{
    const std::string pacing =
        R"("pacing": {"cycle": 15, "cycles": 10, "phases": [{"name": "n", "share": 1}]})";
    for (const char* value : {"150", "150.001", "149.999", "150.0014"})
        EXPECT_TRUE(
            is_valid(step(std::string(R"("pose": "P", "duration": )") + value + ", " + pacing)))
            << value;
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": 150.002, )" + pacing),
                               "/steps/0/duration",
                               "must match the pacing, 10 cycles of 15 s = 150 seconds (or be left "
                               "out), got 150.002"));
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": 140, "pacing": {"cycle": 15, )"
                                    R"("cycles": 0.5, "phases": [{"name": "n", "share": 1}]})"),
                               "/steps/0/pacing/cycles", "whole number"));
}

TEST(StepTransition, IsFrom0To600Seconds)
{
    const ParseResult result = parse(step(R"("pose": "P", "duration": 1, "transition": 0)"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.routine->steps[0].transition, 0.0);
    EXPECT_TRUE(is_valid(step(R"("pose": "P", "duration": 1, "transition": 600)")));
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": 1, "transition": 600.0005)"),
                               "/steps/0/transition", "from 0 to 600, got 600.0005"));
    EXPECT_TRUE(has_only_error(step(R"("pose": "P", "duration": 1, "transition": false)"),
                               "/steps/0/transition", "must be a number of seconds, got false"));
}

TEST(Sides, AreOneOrTwoDistinctOfLeftAndRight)
{
    const ParseResult right_left =
        parse(step(R"("pose": "P", "duration": 1, "sides": ["right", "left"])"));
    ASSERT_TRUE(right_left.ok());
    EXPECT_EQ(right_left.routine->steps[0].sides, (std::vector<Side>{Side::Right, Side::Left}));
    EXPECT_TRUE(is_valid(step(R"("pose": "P", "duration": 1, "sides": ["left"])")));

    const auto sides = [](const std::string& value) {
        return step(R"("pose": "P", "duration": 1, "sides": )" + value);
    };
    EXPECT_TRUE(has_only_error(sides("[]"), "/steps/0/sides", "must list 1 or 2 sides, got none"));
    EXPECT_TRUE(has_only_error(sides(R"(["left", "left"])"), "/steps/0/sides/1",
                               "repeats \"left\"; each side may be listed once"));
    EXPECT_TRUE(has_only_error(sides(R"(["Left"])"), "/steps/0/sides/0",
                               "must be \"left\" or \"right\", got the string \"Left\""));
    EXPECT_TRUE(has_only_error(sides(R"([1])"), "/steps/0/sides/0",
                               "must be \"left\" or \"right\", got 1"));
    EXPECT_TRUE(
        has_only_error(sides(R"("left")"), "/steps/0/sides", "must be an array of 1 or 2 sides"));
    const ParseResult three = parse(sides(R"(["left", "right", "left"])"));
    EXPECT_EQ(error_count(three), 2u) << describe(three.diagnostics);
    EXPECT_TRUE(find(three, Severity::Error, "/steps/0/sides", "must list at most 2 sides, got 3"));
    EXPECT_TRUE(find(three, Severity::Error, "/steps/0/sides/2", "repeats \"left\""));
}

TEST(Cues, AreAtFrom0ToBelowTheStepLength)
{
    const auto cue = [](const std::string& at, const std::string& length = "\"duration\": 45") {
        return step(R"("pose": "P", )" + length + R"(, "cues": [{"at": )" + at +
                    R"(, "text": "Now."}])");
    };
    EXPECT_TRUE(is_valid(cue("0")));
    EXPECT_TRUE(is_valid(cue("44.999")));
    EXPECT_TRUE(is_valid(cue("44.9994")));
    // ms(44.9995) is 45000: the double product is exactly 44999.5.
    EXPECT_TRUE(has_only_error(cue("44.9995"), "/steps/0/cues/0/at",
                               "must be less than the step's length, 45 seconds, got 44.9995 "
                               "(45000 ms once rounded to milliseconds)"));
    EXPECT_TRUE(has_only_error(cue("45"), "/steps/0/cues/0/at", "got 45"));
    EXPECT_TRUE(
        has_only_error(cue("-1"), "/steps/0/cues/0/at", "must be at least 0 seconds, got -1"));
    EXPECT_TRUE(is_valid(cue("-0.0004"))); // ms() makes it 0
    EXPECT_TRUE(has_only_error(cue("\"5\""), "/steps/0/cues/0/at",
                               "must be a number of seconds, got the string \"5\""));
    const std::string pacing =
        R"("pacing": {"cycle": 15, "cycles": 2, "phases": [{"name": "n", "share": 1}]})";
    EXPECT_TRUE(is_valid(cue("29.999", pacing)));
    EXPECT_TRUE(has_only_error(cue("30", pacing), "/steps/0/cues/0/at", "30 seconds, got 30"));
    // The step length is not known: the bound is not checked, the length's own error is.
    EXPECT_TRUE(has_only_error(cue("100", "\"duration\": \"45\""), "/steps/0/duration",
                               "must be a number of seconds"));
    EXPECT_TRUE(
        has_only_error(cue("100", "\"duration\": 4000"), "/steps/0/duration", "at most 3600"));
}

TEST(Cues, NeedAtAndTextOf1To500Characters)
{
    const auto cues = [](const std::string& value) {
        return step(R"("pose": "P", "duration": 10, "cues": )" + value);
    };
    EXPECT_TRUE(is_valid(cues("[]")));
    EXPECT_TRUE(is_valid(cues("[{\"at\": 1, \"text\": \"" + repeat("\xC3\xA9", 500) + "\"}]")));
    EXPECT_TRUE(has_only_error(cues("[{\"at\": 1, \"text\": \"" + repeat("a", 501) + "\"}]"),
                               "/steps/0/cues/0/text", "must be at most 500 characters, got 501"));
    EXPECT_TRUE(has_only_error(cues(R"([{"at": 1, "text": ""}])"), "/steps/0/cues/0/text",
                               "must not be empty"));
    EXPECT_TRUE(has_only_error(cues(R"([{"at": 1, "text": "\u3000"}])"), "/steps/0/cues/0/text",
                               "must not be only white space"));
    EXPECT_TRUE(has_only_error(cues(R"([{"text": "x"}])"), "/steps/0/cues/0/at",
                               "missing required key \"at\""));
    EXPECT_TRUE(has_only_error(cues(R"([{"at": 1}])"), "/steps/0/cues/0/text",
                               "missing required key \"text\""));
    EXPECT_TRUE(has_only_error(cues(R"([{"at": 1, "text": "x"}, "y"])"), "/steps/0/cues/1",
                               "must be a cue object"));
    EXPECT_TRUE(has_only_error(cues(R"({"at": 1, "text": "x"})"), "/steps/0/cues",
                               "must be an array of cues, got an object"));
    EXPECT_TRUE(has_warning(cues(R"([{"at": 1, "txt": "x", "text": "x"}])"), "/steps/0/cues/0/txt",
                            "did you mean \"text\"?"));
}

TEST(Cues, AreAtMost100AndKeptInFileOrder)
{
    const auto cues = [](int count) {
        std::string list = "[";
        for (int i = count; i > 0; --i)
            list += (i < count ? ", " : "") + std::string(R"({"at": )") + std::to_string(i) +
                    R"(, "text": "c"})";
        return step(R"("pose": "P", "duration": 200, "cues": )" + list + "]");
    };
    const ParseResult hundred = parse(cues(100));
    ASSERT_TRUE(hundred.ok()) << describe(hundred.diagnostics);
    EXPECT_EQ(hundred.routine->steps[0].cues.front().at, 100.0);
    EXPECT_EQ(hundred.routine->steps[0].cues.back().at, 1.0);
    EXPECT_TRUE(has_only_error(cues(101), "/steps/0/cues", "must hold at most 100 cues, got 101"));
}

TEST(Image, IsARelativePathInsideTheRoutinesFolder)
{
    const auto image = [](const std::string& path) {
        return step(R"("pose": "P", "duration": 1, "image": )" + path);
    };
    for (const char* ok : {R"("cat.png")", R"("images/cat cow.svg")", R"("a/..b/c..")",
                           R"("./x.png")", R"("images/a:b.png")", R"("1a:b.png")"})
        EXPECT_TRUE(is_valid(image(ok))) << ok;
    const std::pair<const char*, const char*> bad[] = {
        {R"("")", "must not be empty"},
        {R"("/abs/cat.png")", "must be a relative path, not start with \"/\""},
        {R"("images\\cat.png")", "must separate folders with \"/\", not \"\\\""},
        {R"("../cat.png")", "must stay inside the routine's folder"},
        {R"("a/../../cat.png")", "without a \"..\" segment"},
        {R"("images/..")", "without a \"..\" segment"},
        {R"("https://example.com/cat.png")", "must be a relative path, not a URL or a drive"},
        {R"("C:cat.png")", "not a URL or a drive"},
        {R"("data:image/png;base64,xx")", "not a URL or a drive"},
        {R"("a+b.c-d:x")", "not a URL or a drive"},
        {"3", "must be a string, got 3"},
    };
    for (const auto& [path, message] : bad)
        EXPECT_TRUE(has_only_error(image(path), "/steps/0/image", message)) << path;
    const ParseResult several = parse(image(R"("C:\\..\\x.png")"));
    EXPECT_EQ(error_count(several), 3u) << describe(several.diagnostics);
}

TEST(Image, PathsAreListedForTheCallerToCheck)
{
    const std::string text = "{\"format\": 1, \"title\": \"T\", \"steps\": [\n"
                             "  {\"pose\": \"P\", \"duration\": 1, \"image\": \"a.png\",\n"
                             "   \"easier\": {\"pose\": \"E\", \"image\": \"img/b.png\"}},\n"
                             "  {\"pose\": \"Q\", \"duration\": 1, \"image\": \"/bad.png\"}]}";
    ParseResult result = parse(text, "r.json");
    ASSERT_EQ(result.images.size(), 2u);
    EXPECT_EQ(result.images[0].path, "a.png");
    EXPECT_EQ(result.images[0].pointer, "/steps/0/image");
    EXPECT_EQ(result.images[0].line, 2);
    EXPECT_EQ(result.images[0].column, 41);
    EXPECT_EQ(result.images[1].pointer, "/steps/0/easier/image");

    RoutineParser::check_images(result, "r.json", [](const std::string& path) {
        return path == "img/b.png" ? FileKind::regular : FileKind::missing;
    });
    ASSERT_EQ(result.diagnostics.size(), 2u) << describe(result.diagnostics);
    EXPECT_EQ(result.diagnostics[0].format(),
              "r.json:2:41: warning: /steps/0/image: image file not found: \"a.png\" (next to "
              "the routine file)");
    EXPECT_EQ(result.diagnostics[1].pointer, "/steps/1/image"); // file order is kept
}

TEST(Image, OneThatIsThereButNotARegularFileIsAnError)
{
    const std::string text = "{\"format\": 1, \"title\": \"T\", \"steps\": [\n"
                             "  {\"pose\": \"P\", \"duration\": 1, \"image\": \"pipe.png\"},\n"
                             "  {\"pose\": \"Q\", \"duration\": 1, \"image\": \"gone.png\"}]}";
    for (const auto& [kind, words] :
         std::vector<std::pair<FileKind, std::string>>{{FileKind::fifo, "a named pipe (FIFO)"},
                                                       {FileKind::folder, "a folder"},
                                                       {FileKind::socket, "a socket"},
                                                       {FileKind::device, "a device"}}) {
        SCOPED_TRACE(words);
        ParseResult result = parse(text, "r.json");
        ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
        RoutineParser::check_images(result, "r.json", [&](const std::string& path) {
            return path == "pipe.png" ? kind : FileKind::missing;
        });
        EXPECT_FALSE(result.ok());
        ASSERT_EQ(result.diagnostics.size(), 2u) << describe(result.diagnostics);
        EXPECT_EQ(result.diagnostics[0].format(),
                  "r.json:2:41: error: /steps/0/image: image is not a regular file: \"pipe.png\" "
                  "is " +
                      words + " (next to the routine file)");
        EXPECT_EQ(result.diagnostics[1].severity, Severity::Warning);
    }
}

TEST(Easier, IsAnObjectWithARequiredPose)
{
    const ParseResult result = parse(step(
        R"("pose": "P", "duration": 1, "easier": {"pose": "Easy", "instructions": "Less.", "image": "e.png", "x-v": 1})"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    const Variant& easier = *result.routine->steps[0].easier;
    EXPECT_EQ(easier.pose, "Easy");
    EXPECT_EQ(easier.instructions, "Less.");
    EXPECT_EQ(easier.image, "e.png");
    EXPECT_EQ(easier.extras.size(), 1u);

    const auto with = [](const std::string& easier_value) {
        return step(R"("pose": "P", "duration": 1, "easier": )" + easier_value);
    };
    EXPECT_TRUE(has_only_error(with(R"({"instructions": "x"})"), "/steps/0/easier/pose",
                               "missing required key \"pose\""));
    EXPECT_TRUE(has_only_error(with("{\"pose\": \"" + repeat("a", 121) + "\"}"),
                               "/steps/0/easier/pose", "at most 120 characters"));
    EXPECT_TRUE(has_only_error(with(R"({"pose": " "})"), "/steps/0/easier/pose", "white space"));
    EXPECT_TRUE(
        has_only_error(with("{\"pose\": \"E\", \"instructions\": \"" + repeat("a", 2001) + "\"}"),
                       "/steps/0/easier/instructions", "at most 2000 characters"));
    EXPECT_TRUE(has_only_error(with(R"({"pose": "E", "image": "../e.png"})"),
                               "/steps/0/easier/image", ".."));
    EXPECT_TRUE(has_only_error(with(R"("easy")"), "/steps/0/easier", "must be an object"));
    EXPECT_TRUE(has_warning(with(R"({"pose": "E", "duration": 5})"), "/steps/0/easier/duration",
                            "unknown key (ignored"));
}

TEST(Steps, UnknownKeysAreWarnedAboutWithSuggestions)
{
    const ParseResult result = parse(step(
        R"("pose": "P", "duraton": 5, "duration": 5, "Sides": ["left"], "cue": [], "x-n": 1)"));
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.diagnostics.size(), 3u) << describe(result.diagnostics);
    const Diagnostic* d = find(result, Severity::Warning, "/steps/0/duraton", "");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->format(), "routine.json:1:53: warning: /steps/0/duraton: unknown key; did you "
                           "mean \"duration\"?");
    EXPECT_TRUE(find(result, Severity::Warning, "/steps/0/Sides", "did you mean \"sides\"?"));
    EXPECT_TRUE(find(result, Severity::Warning, "/steps/0/cue", "did you mean \"cues\"?"));
    EXPECT_EQ(result.routine->steps[0].extras.size(), 4u);
}

TEST(Steps, AreFilledCompletely)
{
    const ParseResult result = parse(step(
        R"("pose": "P", "instructions": "I", "image": "p.png", "duration": 30, "transition": 2,)"
        R"( "sides": ["left"], "cues": [{"at": 20, "text": "b", "x-c": 1}, {"at": 10, "text": "a"}])"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    const Step& s = result.routine->steps[0];
    EXPECT_EQ(s.pose, "P");
    EXPECT_EQ(s.instructions, "I");
    EXPECT_EQ(s.image, "p.png");
    EXPECT_EQ(s.duration, 30.0);
    EXPECT_EQ(s.transition, 2.0);
    EXPECT_EQ(s.sides, std::vector<Side>{Side::Left});
    ASSERT_EQ(s.cues.size(), 2u);
    EXPECT_EQ(s.cues[0].text, "b");
    EXPECT_EQ(s.cues[0].extras.size(), 1u);
    EXPECT_EQ(s.cues[1].at, 10.0);
    EXPECT_FALSE(s.pacing.has_value());
    EXPECT_FALSE(s.easier.has_value());
}
