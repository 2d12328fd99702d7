// The JSON level of a routine file: size, encoding, syntax, positions, nesting, duplicate keys
// and numbers (routine-format.md section 1, "Whole-file rules" and "Precise rules").
#include "parse_helpers.h"

#include <limits>

using namespace unclutch::core;
using namespace unclutch::core::testing;
using namespace std::string_literals;

namespace {

const std::string valid = with_step(R"({"pose": "P", "duration": 10})");

// `valid` grown with spaces before its closing brace to exactly `size` bytes.
std::string padded_to(std::size_t size, std::string_view prefix = {})
{
    std::string out(prefix);
    out += valid.substr(0, valid.size() - 1);
    out += std::string(size - out.size() - 1, ' ');
    out += '}';
    return out;
}

} // namespace

TEST(FileSize, OneMebibyteIsAcceptedAndOneByteMoreIsNot)
{
    const std::string at_limit = padded_to(1'048'576);
    ASSERT_EQ(at_limit.size(), 1'048'576u);
    EXPECT_TRUE(is_valid(at_limit));

    const ParseResult over = parse(padded_to(1'048'577));
    ASSERT_FALSE(over.ok());
    ASSERT_EQ(over.diagnostics.size(), 1u);
    EXPECT_EQ(over.diagnostics[0].line, 0); // the whole file: no position, no pointer
    EXPECT_EQ(over.diagnostics[0].pointer, "");
    EXPECT_NE(over.diagnostics[0].message.find("1 MiB"), std::string::npos);
    EXPECT_EQ(over.diagnostics[0].format(),
              "routine.json: error: the file is 1048577 bytes, more than 1 MiB (1048576 bytes)");
}

TEST(FileSize, AReaderThatKnowsTheWholeSizeReportsIt)
{
    // A reader passes at most one byte over the limit, so the parser cannot know the size.
    EXPECT_EQ(RoutineParser::too_large("big.json", 52'428'800).format(),
              "big.json: error: the file is 52428800 bytes, more than 1 MiB (1048576 bytes)");
}

TEST(FileSize, TheByteOrderMarkCounts)
{
    EXPECT_TRUE(is_valid(padded_to(1'048'576, "\xEF\xBB\xBF")));
    EXPECT_FALSE(parse(padded_to(1'048'577, "\xEF\xBB\xBF")).ok());
}

TEST(FileSize, FiveMebibytesAreRefusedWithoutParsing)
{
    const std::string huge = "[" + repeat("[", 5 * 1024 * 1024);
    const ParseResult result = parse(huge);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_NE(result.diagnostics[0].message.find("more than 1 MiB"), std::string::npos);
}

TEST(ByteOrderMark, IsAllowedAndColumnsCountAfterIt)
{
    EXPECT_TRUE(is_valid("\xEF\xBB\xBF" + valid));
    const ParseResult result = parse("\xEF\xBB\xBF{\"format\": 2, \"title\": \"T\", \"steps\": "
                                     "[{\"pose\": \"P\", \"duration\": 1}]}");
    const Diagnostic* d = find(result, Severity::Error, "/format", "must be 1");
    ASSERT_NE(d, nullptr) << describe(result.diagnostics);
    EXPECT_EQ(d->line, 1);
    EXPECT_EQ(d->column, 12);
}

TEST(ByteOrderMark, ASecondOrABrokenOneIsASyntaxError)
{
    for (const std::string text : {"\xEF\xBB\xBF\xEF\xBB\xBF{}", "\xEF\xBB{}", "\xEF{}"}) {
        const ParseResult result = parse(text);
        ASSERT_EQ(result.diagnostics.size(), 1u) << describe(result.diagnostics);
        EXPECT_TRUE(result.diagnostics[0].syntax);
        EXPECT_EQ(result.diagnostics[0].line, 1);
        EXPECT_EQ(result.diagnostics[0].column, 1);
    }
}

TEST(Syntax, AnEmptyFileIsAnErrorAtOneOne)
{
    for (const std::string text : {"", "\xEF\xBB\xBF"}) {
        const ParseResult result = parse(text);
        ASSERT_EQ(result.diagnostics.size(), 1u);
        EXPECT_EQ(result.diagnostics[0].format(),
                  "routine.json:1:1: error: invalid JSON: the file is empty");
    }
}

TEST(Syntax, ErrorsAreWhereParsingStopped)
{
    struct Case {
        std::string text;
        int line;
        int column;
        std::string fragment;
    };
    const Case cases[] = {
        {"  \n\n", 3, 1, "expected a value, got the end of the file"},
        {"{\"format\": 1,}", 1, 14, "expected a key in double quotes, got }"},
        {"{\"format\": 1\n \"title\": \"T\"}", 2, 2, "expected ',' or '}', got \"title\""},
        {"{\"a\": [1, 2,]}", 1, 13, "expected a value, got ]"},
        {"{\"a\" 1}", 1, 6, "expected ':' after the key, got 1"},
        {"{\"a\": 01}", 1, 8, "got 1"},
        {"{\"a\": tru}", 1, 10, "expected true, false or null"},
        {"{'a': 1}", 1, 2, "double quotes"},
        {"{\"a\": \"b", 1, 9, "unterminated string"},
        {"{\"a\": \"b\nc\"}", 1, 9, "control character U+000A"},
        {"{\"a\": \"\\x\"}", 1, 9, "forbidden character after backslash"},
        {"{\"a\": 1.}", 1, 9, "expected digit after '.'"},
        {"{\"a\": 1}\n}", 2, 1, "expected the end of the file"},
        {"{\"a\": 1} \0 garbage"s, 1, 10, "NUL"},
        {"{\"a\": 1}\r\n  x", 2, 3, "unexpected character 'x'"},
        {"{\"a\": \xE2\x80\x9C"
         "b\xE2\x80\x9D}",
         1, 7, "U+201C"},
    };
    for (const Case& c : cases) {
        const ParseResult result = parse(c.text);
        ASSERT_EQ(result.diagnostics.size(), 1u) << c.text << describe(result.diagnostics);
        const Diagnostic& d = result.diagnostics[0];
        EXPECT_TRUE(d.syntax);
        EXPECT_EQ(d.pointer, "");
        EXPECT_EQ(d.line, c.line) << c.text;
        EXPECT_EQ(d.column, c.column) << c.text;
        EXPECT_NE(d.message.find(c.fragment), std::string::npos) << d.message;
        EXPECT_FALSE(result.ok());
    }
}

TEST(Syntax, IsPrintedWithoutAPointer)
{
    const ParseResult result = parse("{\"format\": 1,}", "dir/r.json");
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].format(),
              "dir/r.json:1:14: error: invalid JSON: expected a key in double quotes, got } "
              "(a ',' may not come before it)");
}

TEST(Utf8, InvalidBytesAreSyntaxErrorsAtTheByte)
{
    struct Case {
        std::string text;
        int column;
    };
    const Case cases[] = {
        {"{\"title\": \"a\xFF\"}", 13},         // never valid
        {"{\"title\": \"a\xC0\x80\"}", 13},     // overlong
        {"{\"title\": \"a\xED\xA0\x80\"}", 14}, // a surrogate
        {"{\"title\": \"a\xE2\x82\"}", 15},     // cut short
        {"{\"title\": \"a\x80\"}", 13},         // a lone continuation byte
        {"{\"title\": 1, \xFF}", 14},           // outside a string
        {"{\"title\": \"\xF0\x9F\x98", 15},     // cut by the end of the file
    };
    for (const Case& c : cases) {
        const ParseResult result = parse(c.text);
        ASSERT_EQ(result.diagnostics.size(), 1u) << describe(result.diagnostics);
        EXPECT_TRUE(result.diagnostics[0].syntax);
        EXPECT_EQ(result.diagnostics[0].line, 1);
        EXPECT_EQ(result.diagnostics[0].column, c.column) << result.diagnostics[0].message;
        EXPECT_NE(result.diagnostics[0].message.find("UTF-8"), std::string::npos)
            << result.diagnostics[0].message;
    }
}

TEST(Utf8, EscapedAndRawCharactersAreAccepted)
{
    const ParseResult result =
        parse(with_top(R"("description": "caf\u00e9 \ud83d\ude00 café 😀 \n")"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    EXPECT_EQ(result.routine->description, "café 😀 café 😀 \n");
}

TEST(Syntax, TheTopLevelValueMustBeAnObject)
{
    const ParseResult result = parse("  [1, 2]");
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].format(),
              "routine.json:1:3: error: a routine file must hold one JSON object, got an array");
}

TEST(Positions, LinesSplitAtLineFeedsAndColumnsCountBytes)
{
    const std::string text =
        "{\r\n  \"format\": 1,\n  \"title\": \"\xC3\xA9t\xC3\xA9\", \"xyzzy\": 1,\n"
        "  \"steps\": [{\"pose\": \"P\", \"duration\": -5}]\n}";
    const ParseResult result = parse(text);
    ASSERT_EQ(result.diagnostics.size(), 2u) << describe(result.diagnostics);
    EXPECT_EQ(result.diagnostics[0].format(),
              "routine.json:3:21: warning: /xyzzy: unknown key (ignored; keys of extensions start "
              "with \"x-\")");
    EXPECT_EQ(result.diagnostics[1].format(),
              "routine.json:4:39: error: /steps/0/duration: must be a number of seconds greater "
              "than 0, got -5");
}

TEST(Depth, SixtyFourLevelsAreAllowedAndSixtyFiveAreNot)
{
    // The top-level object is at depth 1 and "x-d"'s array at depth 2.
    EXPECT_TRUE(is_valid(with_top("\"x-d\": " + repeat("[", 63) + repeat("]", 63))));
    EXPECT_TRUE(is_valid(with_top("\"x-d\": " + repeat("[", 62) + "1" + repeat("]", 62))));
    EXPECT_TRUE(is_valid(with_top("\"x-d\": " + repeat("{\"a\": ", 62) + "{}" + repeat("}", 62))));

    const std::string deep_array = with_top("\"x-d\": " + repeat("[", 64) + repeat("]", 64));
    EXPECT_TRUE(has_only_error(deep_array, "/x-d" + repeat("/0", 63), "depth 65"));
    const std::string deep_number = with_top("\"x-d\": " + repeat("[", 63) + "1" + repeat("]", 63));
    EXPECT_TRUE(has_only_error(deep_number, "/x-d" + repeat("/0", 63), "at most 64 levels"));
    const std::string deep_object =
        with_top("\"x-d\": " + repeat("{\"a\": ", 63) + "{}" + repeat("}", 63));
    EXPECT_TRUE(has_only_error(deep_object, "/x-d" + repeat("/a", 63), "nested too deeply"));
}

TEST(Depth, TheErrorIsAtTheFirstTooDeepValueAndOtherProblemsStillCount)
{
    const std::string text = R"({"format": 1, "steps": [{"pose": "P", "duration": 10}], "x-d": )" +
                             repeat("[", 70) + repeat("]", 70) + R"(, "x-e": )" + repeat("[", 70) +
                             repeat("]", 70) + "}";
    const ParseResult result = parse(text);
    ASSERT_EQ(result.diagnostics.size(), 2u) << describe(result.diagnostics);
    EXPECT_EQ(result.diagnostics[0].pointer, "/title"); // missing, at the top-level object
    EXPECT_EQ(result.diagnostics[1].column, 64 + 63);   // the 64th '[' of "x-d"
}

TEST(Depth, HundredThousandOpenBracketsNeitherCrashNorHang)
{
    const ParseResult open = parse(repeat("[", 100'000));
    EXPECT_FALSE(open.ok());
    EXPECT_TRUE(find(open, Severity::Error, repeat("/0", 64), "nested too deeply"));
    EXPECT_TRUE(open.diagnostics.back().syntax);

    const ParseResult closed = parse(repeat("[", 100'000) + repeat("]", 100'000));
    EXPECT_FALSE(closed.ok());
    EXPECT_TRUE(find(closed, Severity::Error, repeat("/0", 64), "nested too deeply"));

    const ParseResult objects = parse(repeat("{\"a\":", 100'000) + "1" + repeat("}", 100'000));
    EXPECT_FALSE(objects.ok());
    EXPECT_TRUE(find(objects, Severity::Error, repeat("/a", 64), "nested too deeply"));
}

TEST(DuplicateKeys, AreErrorsAtTheSecondOccurrence)
{
    const std::string text = "{\"format\": 1, \"title\": \"T\",\n \"title\": \"U\", \"steps\": "
                             "[{\"pose\": \"P\", \"duration\": 10}]}";
    const ParseResult result = parse(text);
    ASSERT_EQ(result.diagnostics.size(), 1u) << describe(result.diagnostics);
    EXPECT_EQ(result.diagnostics[0].format(),
              "routine.json:2:2: error: /title: duplicate key; it was first given on line 1");
}

TEST(DuplicateKeys, AreFoundInExtensionsAndStepsAndLargeObjects)
{
    EXPECT_TRUE(has_only_error(with_top(R"("x-a": [{"b": {"c": 1, "c": 2}}])"), "/x-a/0/b/c",
                               "duplicate key"));
    EXPECT_TRUE(has_only_error(with_step(R"({"pose": "P", "duration": 1, "duration": 1})"),
                               "/steps/0/duration", "duplicate key"));
    std::string many = "\"x-many\": {";
    for (int i = 0; i < 100; ++i)
        many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    many += "\"k57\": 0, \"k~/\": 1, \"k~/\": 2}";
    const ParseResult result = parse(with_top(many));
    EXPECT_EQ(error_count(result), 2u) << describe(result.diagnostics);
    EXPECT_TRUE(find(result, Severity::Error, "/x-many/k57", "duplicate key"));
    EXPECT_TRUE(find(result, Severity::Error, "/x-many/k~0~1", "duplicate key"));
}

TEST(DuplicateKeys, KeysThatDifferOnlyInCaseOrEscapesAreComparedDecoded)
{
    EXPECT_TRUE(is_valid(with_top(R"("x-a": {"k": 1, "K": 2})")));
    EXPECT_TRUE(
        has_only_error(with_top(R"("x-a": {"é": 1, "\u00e9": 2})"), "/x-a/é", "duplicate key"));
}

TEST(Numbers, TooLargeToBeFiniteIsARangeErrorAtItsPointer)
{
    const std::string text = R"({"format": 1, "title": "T", "transition": 1e400, "steps": [)"
                             R"({"pose": "P", "duration": -1e400}, {"pose": "Q", "duration": 1,)"
                             R"( "x-big": )" +
                             repeat("9", 400) + "}]}";
    const ParseResult result = parse(text);
    ASSERT_EQ(result.diagnostics.size(), 2u) << describe(result.diagnostics);
    for (const Diagnostic& d : result.diagnostics)
        EXPECT_FALSE(d.syntax);
    EXPECT_EQ(result.diagnostics[0].format(),
              "routine.json:1:43: error: /transition: number out of range (too large to be "
              "finite), got 1e400");
    EXPECT_EQ(result.diagnostics[1].pointer, "/steps/0/duration");
}

TEST(Numbers, TooLargeToBeFiniteIsAcceptedInsideExtensions)
{
    // The contents of x- values are not checked beyond JSON itself, at any depth.
    const ParseResult result = parse(with_step(
        R"({"pose": "P", "duration": 1e1, "x-n": -1e999, "cues": [{"at": 1, "text": "t", "x-c": )"
        R"({"deep": [1e400, {"x-not-needed": 2e308, "plain": 1e999}]}}]})"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    EXPECT_TRUE(result.diagnostics.empty()) << describe(result.diagnostics);
    const Step& step = result.routine->steps[0];
    EXPECT_EQ(step.extras[0].second.get<double>(), -std::numeric_limits<double>::infinity());
    const auto& deep = step.cues[0].extras[0].second["deep"];
    EXPECT_EQ(deep[0].get<double>(), std::numeric_limits<double>::infinity());
    EXPECT_EQ(deep[1]["plain"].get<double>(), std::numeric_limits<double>::infinity());

    EXPECT_TRUE(is_valid(with_top(R"("x-app": 1e999)")));
    // Outside an extension, also under an unknown key, it stays a range error at its pointer.
    EXPECT_TRUE(has_error(with_top(R"("app": 1e999)"), "/app", "number out of range"));
    EXPECT_TRUE(has_only_error(with_step(R"({"pose": "P", "duration": 1e400, "x-d": 1e400})"),
                               "/steps/0/duration", "number out of range"));
    // A key that only looks like an extension further in does not make its parent one.
    EXPECT_TRUE(has_only_error(with_top(R"("cautions": [1e999], "x-a": 1)"), "/cautions/0",
                               "number out of range"));
}

TEST(Numbers, TooLargeToBeFiniteStillLetsLaterProblemsBeFound)
{
    const ParseResult result = parse(R"({"format": 1e999, "title": "", "steps": [}")");
    ASSERT_EQ(result.diagnostics.size(), 2u) << describe(result.diagnostics);
    EXPECT_EQ(result.diagnostics[0].pointer, "/format");
    EXPECT_TRUE(result.diagnostics[1].syntax);
}

TEST(Numbers, TooSmallToBeNonZeroIsZero)
{
    const ParseResult result = parse(with_top(R"("transition": 1e-400)"));
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics);
    EXPECT_EQ(result.routine->transition, 0.0);
}

TEST(Numbers, WholeNumbersMayBeWrittenWithAFractionOrExponent)
{
    for (const char* one : {"1", "1.0", "1e0", "10e-1", "0.1e1"}) {
        EXPECT_TRUE(is_valid(std::string(R"({"format": )") + one +
                             R"(, "title": "T", "steps": [{"pose": "P", "duration": 1}]})"));
    }
    EXPECT_TRUE(
        has_only_error(R"({"format": 1.5, "title": "T", "steps": [{"pose": "P", "duration": 1}]})",
                       "/format", "must be the whole number 1, got 1.5"));
}

TEST(DuplicateKeys, ManyRepeatsOfALateKeyStayLinear)
{
    // Each repeat once searched the whole object for the first occurrence: minutes of work.
    std::string object = "{";
    for (int i = 0; i < 50'000; ++i)
        object += "\"k" + std::to_string(i) + "\": 0, ";
    object += repeat("\"k49999\": 0, ", 25'000) + "\"end\": 0}";
    const std::string text = with_top("\"x-big\": " + object);
    ASSERT_LT(text.size(), RoutineParser::max_file_bytes);
    const ParseResult result = parse(text);
    ASSERT_EQ(result.diagnostics.size(), 1001u);
    EXPECT_EQ(result.diagnostics[0].message, "duplicate key; it was first given on line 1");
    EXPECT_EQ(result.diagnostics.back().message, "24000 more problems not shown");
}

TEST(DuplicateKeys, UnderLongKeysKeepTheDiagnosticsSmall)
{
    // Every pointer holds 60 keys of 8000 bytes: they are only built while there is room.
    std::string text = "{\"x-a\": ";
    for (int i = 0; i < 60; ++i)
        text += "{\"" + repeat("k", 8000) + std::to_string(i) + "\": ";
    text += "{" + repeat("\"a\": 0, ", 40'000) + "\"a\": 0}" + repeat("}", 60) + "}";
    ASSERT_LT(text.size(), RoutineParser::max_file_bytes);
    const ParseResult result = parse(text);
    std::size_t bytes = 0;
    for (const Diagnostic& d : result.diagnostics)
        bytes += d.pointer.size() + d.message.size();
    EXPECT_LT(bytes, 5u * 1024 * 1024);
    EXPECT_EQ(result.diagnostics.back().line, 0);
    EXPECT_NE(result.diagnostics.back().message.find("more problems not shown"), std::string::npos);
    EXPECT_FALSE(result.ok());
}
