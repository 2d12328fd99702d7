// The text rules of every string of the format (routine-format.md section 1, "Precise rules",
// "Text"): control characters, and what counts as all white space.
#include "parse_helpers.h"

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

// A routine with one text of each kind, `short_text` in every short one and `long_text` in
// every long one, each otherwise valid.
std::string every_text(const std::string& short_text, const std::string& long_text)
{
    return R"({"format": 1, "title": ")" + short_text + R"(", "description": ")" + long_text +
           R"(", "author": ")" + long_text + R"(", "cautions": [")" + long_text +
           R"("], "steps": [{"pose": ")" + short_text + R"(", "instructions": ")" + long_text +
           R"(", "cues": [{"at": 1, "text": ")" + long_text +
           R"("}], "pacing": {"cycle": 10, "cycles": 1, "phases": [{"name": ")" + short_text +
           R"(", "share": 1}]}, "easier": {"pose": ")" + short_text + R"(", "instructions": ")" +
           long_text + R"("}}]})";
}

const std::vector<std::string> short_pointers = {
    "/title", "/steps/0/pose", "/steps/0/pacing/phases/0/name", "/steps/0/easier/pose"};
const std::vector<std::string> long_pointers = {
    "/description",         "/author",
    "/cautions/0",          "/steps/0/instructions",
    "/steps/0/cues/0/text", "/steps/0/easier/instructions"};

::testing::AssertionResult errors_exactly_at(const std::string& json,
                                             const std::vector<std::string>& pointers,
                                             std::string_view fragment)
{
    const ParseResult result = parse(json);
    if (error_count(result) != pointers.size())
        return ::testing::AssertionFailure()
               << "expected " << pointers.size() << " errors, got:" << describe(result.diagnostics);
    for (const std::string& pointer : pointers) {
        if (!find(result, Severity::Error, pointer, fragment))
            return ::testing::AssertionFailure()
                   << "no error at " << pointer << " saying \"" << fragment
                   << "\":" << describe(result.diagnostics);
    }
    return ::testing::AssertionSuccess();
}

} // namespace

TEST(Text, EveryKindOfTextHoldsPlainCharacters)
{
    EXPECT_TRUE(is_valid(every_text("Cat \\u00e9 \\u2028 \\u00a0 \\ud83d\\ude00",
                                    "Line one.\\nLine two.\\tTabbed. \\u2029")));
}

TEST(Text, ShortTextsHoldNoControlCharacter)
{
    // C0, DEL and C1: line feeds and tabs too, in a title or a pose.
    for (const char* control : {"\\u0000", "\\u0001", "\\t", "\\n", "\\r", "\\u001b", "\\u001f",
                                "\\u007f", "\\u0080", "\\u0085", "\\u009b", "\\u009f"}) {
        const std::string text = std::string("Cat") + control + "cow";
        EXPECT_TRUE(errors_exactly_at(every_text(text, "Fine."), short_pointers,
                                      "must not hold a control character"))
            << control;
    }
    EXPECT_TRUE(has_only_error(
        R"({"format": 1, "title": "a\u001bb", "steps": [{"pose": "P", "duration": 1}]})", "/title",
        R"(must not hold a control character (U+001B), got the string "a\u001bb")"));
}

TEST(Text, LongTextsHoldLineFeedsAndTabsButNoOtherControlCharacter)
{
    EXPECT_TRUE(is_valid(every_text("Fine", "a\\nb\\tc\\n\\n")));
    for (const char* control : {"\\u0000", "\\u0008", "\\u000b", "\\u000c", "\\r", "\\u001b",
                                "\\u007f", "\\u0085", "\\u009f"}) {
        const std::string text = std::string("One.") + control + "Two.";
        EXPECT_TRUE(errors_exactly_at(every_text("Fine", text), long_pointers,
                                      "may hold line feeds and tabs but no other control "
                                      "character"))
            << control;
    }
    EXPECT_TRUE(has_only_error(
        with_top(R"("description": "Windows\r\nline ends")"), "/description",
        R"(may hold line feeds and tabs but no other control character (U+000D), got the string "Windows\u000d\u000aline ends")"));
}

TEST(Text, ZeroWidthCharactersCountAsBlank)
{
    // Not Unicode White_Space, but a title of only these shows nothing: the issue's intent wins.
    for (const char* blank :
         {"\\u200b", "\\u200c", "\\u200d", "\\u2060", "\\ufeff", " \\u200b\\u00a0\\u2060 \\u3000"})
        EXPECT_TRUE(errors_exactly_at(every_text(blank, "Fine."), short_pointers,
                                      "must not be only white space"))
            << blank;
    // The message shows what the text holds: `got the string ""` would be a riddle.
    EXPECT_TRUE(has_only_error(with_top(R"("cautions": ["\u200b\u200d"])"), "/cautions/0",
                               R"(must not be only white space, got the string "\u200b\u200d")"));
    EXPECT_TRUE(is_valid(every_text("\\u200bx\\u200b", "Fine.")));
    // Other characters that show nothing are not White_Space and stay text.
    EXPECT_TRUE(is_valid(every_text("\\u180e", "Fine.")));
    // Texts that may be empty may be blank too.
    EXPECT_TRUE(is_valid(with_top(R"("description": "\u200b", "author": "\u2060")")));
}
