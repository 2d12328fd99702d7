// Text from a file never reaches a terminal raw (routine-format.md section 1, "Precise rules",
// "Text"): every message that quotes it escapes control characters as \u001b.
#include "parse_helpers.h"

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

// Whether `text` holds a C0 control, DEL or a C1 control (as UTF-8).
bool has_raw_control(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7F)
            return true;
        if (byte == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

::testing::AssertionResult no_raw_control(const ParseResult& result)
{
    for (const Diagnostic& d : result.diagnostics) {
        const std::string line = d.format();
        for (const std::string* part : {&d.pointer, &d.message, &line}) {
            if (has_raw_control(*part))
                return ::testing::AssertionFailure() << "raw control character in: " << line;
        }
    }
    return ::testing::AssertionSuccess();
}

} // namespace

TEST(Messages, EscapeControlCharactersInUnknownKeys)
{
    // ESC ] 0 ; … BEL retitles a terminal.
    const ParseResult result = parse(with_top(R"("\u001b]0;owned\u0007": 1, "x\u009bq": 2)"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    EXPECT_TRUE(no_raw_control(result));
    EXPECT_TRUE(find(result, Severity::Warning, "/\\u001b]0;owned\\u0007", "unknown key"))
        << describe(result.diagnostics);
    EXPECT_TRUE(find(result, Severity::Warning, "/x\\u009bq", "unknown key"))
        << describe(result.diagnostics);
}

TEST(Messages, EscapeControlCharactersInQuotedValues)
{
    const ParseResult result =
        parse(with_top(R"("transition": "\u001b[2J\u007f\u0085\n", "$schema": 1)"));
    EXPECT_TRUE(no_raw_control(result));
    EXPECT_TRUE(find(result, Severity::Error, "/transition",
                     R"(got the string "\u001b[2J\u007f\u0085\u000a")"))
        << describe(result.diagnostics);
}

TEST(Messages, EscapeControlCharactersInPointersOfDuplicateKeysAndOverflows)
{
    const ParseResult result = parse(with_top(R"("x-\u001b": {"a": 1, "a": 2}, "u\u0007": 1e400)"));
    EXPECT_TRUE(no_raw_control(result));
    EXPECT_TRUE(find(result, Severity::Error, "/x-\\u001b/a", "duplicate key"))
        << describe(result.diagnostics);
    EXPECT_TRUE(find(result, Severity::Error, "/u\\u0007", "number out of range"))
        << describe(result.diagnostics);
}

TEST(Messages, EscapeC1ControlsInSyntaxErrors)
{
    // U+009B (CSI) may stand raw in a JSON string; a syntax error shows the token.
    const ParseResult result = parse("{\"format\" \"\xC2\x9B"
                                     "31m\"}");
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_TRUE(no_raw_control(result));
    EXPECT_NE(result.diagnostics[0].message.find("\\u009b31m"), std::string::npos)
        << result.diagnostics[0].message;
}

TEST(Messages, EscapeControlCharactersInFileNames)
{
    const std::string text = with_step(R"({"pose": "P", "duration": 1})");
    const ParseResult result = RoutineParser::parse(text, "dir/(\x1b[!\x07).json");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(no_raw_control(result));
    EXPECT_TRUE(find(result, Severity::Error, "/id", R"(the file name "(\u001b[!\u0007).json")"))
        << describe(result.diagnostics);
}

TEST(Messages, EscapeControlCharactersInMissingImages)
{
    ParseResult result =
        parse(with_step(R"({"pose": "P", "duration": 1, "image": "\u001b]2;x.png"})"));
    ASSERT_EQ(result.images.size(), 1u);
    RoutineParser::check_images(result, "r.json",
                                [](const std::string&) { return FileKind::missing; });
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_TRUE(no_raw_control(result));
    EXPECT_EQ(result.diagnostics[0].message,
              R"(image file not found: "\u001b]2;x.png" (next to the routine file))");
}

TEST(Messages, ANulInAnImagePathIsAWarningAtItsPointerAndNotLookedFor)
{
    // No file name can hold a NUL, so the core says so itself: the caller never hands such a
    // path to a file API. Like any missing picture it is a warning, not an error.
    ParseResult result = parse(with_step(
        R"({"pose": "P", "duration": 1, "image": "a\u0000b.png", "easier": {"pose": "E", "image": "ok.png"}})"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    ASSERT_EQ(result.images.size(), 1u);
    EXPECT_EQ(result.images[0].pointer, "/steps/0/easier/image");
    const Diagnostic* nul =
        find(result, Severity::Warning, "/steps/0/image", R"(got the string "a\u0000b.png")");
    ASSERT_NE(nul, nullptr) << describe(result.diagnostics);
    EXPECT_NE(nul->message.find("NUL"), std::string::npos);
    EXPECT_GT(nul->line, 0);
    EXPECT_TRUE(no_raw_control(result));
    EXPECT_EQ(result.routine->steps[0].image, std::string("a\0b.png", 7)); // kept as written
}

TEST(Messages, DiagnosticFormatEscapesEveryField)
{
    Diagnostic d;
    d.file = "a\x1b.json";
    d.pointer = "/k\x07";
    d.message = "said \xC2\x9B";
    EXPECT_EQ(d.format(), R"(a\u001b.json: error: /k\u0007: said \u009b)");
}
