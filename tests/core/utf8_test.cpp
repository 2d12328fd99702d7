#include <gtest/gtest.h>

#include "core/utf8.h"

using namespace unclutch::core;

TEST(Utf8, LengthCountsCodePoints)
{
    EXPECT_EQ(Utf8::length(""), 0u);
    EXPECT_EQ(Utf8::length("abc"), 3u);
    EXPECT_EQ(Utf8::length("\xC3\xA9t\xC3\xA9"), 3u);
    EXPECT_EQ(Utf8::length("\xE2\x82\xAC\xF0\x9F\x98\x80"), 2u);
}

TEST(Utf8, WhiteSpaceIsExactlyUnicodesWhiteSpaceProperty)
{
    const char32_t listed[] = {0x09,   0x0A,   0x0B,   0x0C,   0x0D,   0x20,   0x85,
                               0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
                               0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028,
                               0x2029, 0x202F, 0x205F, 0x3000};
    for (char32_t c : listed)
        EXPECT_TRUE(Utf8::is_white_space(c)) << std::hex << static_cast<unsigned>(c);
    std::size_t count = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c)
        count += Utf8::is_white_space(c) ? 1 : 0;
    EXPECT_EQ(count, std::size(listed));
    for (char32_t c :
         {0x08, 0x0E, 0x1C, 0x1F, 0x21, 0x84, 0x86, 0x180E, 0x200B, 0x200C, 0x2060, 0xFEFF, 0x3001})
        EXPECT_FALSE(Utf8::is_white_space(static_cast<char32_t>(c)));
}

TEST(Utf8, BlankIsWhiteSpaceOrZeroWidthThroughout)
{
    EXPECT_TRUE(Utf8::is_blank(""));
    EXPECT_TRUE(Utf8::is_blank(" \t\r\n\xC2\x85\xC2\xA0\xE3\x80\x80\xE2\x80\xA8"));
    // Zero-width characters are not White_Space but show nothing.
    for (const char* zero_width : {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"})
        EXPECT_TRUE(Utf8::is_blank(std::string(" ") + zero_width + " ")) << zero_width;
    EXPECT_FALSE(Utf8::is_blank("\u180E")); // no longer White_Space since Unicode 6.3
    EXPECT_FALSE(Utf8::is_blank("  x"));
    EXPECT_FALSE(Utf8::is_blank("\xFF")); // not UTF-8: not blank either
}

TEST(Utf8, DecodeFirstRejectsIllFormedBytes)
{
    EXPECT_EQ(Utf8::decode_first("\xE2\x80\x9C"), U'\u201C');
    EXPECT_EQ(Utf8::decode_first("\xF0\x9F\x98\x80"), U'\U0001F600');
    for (const char* bad : {"\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xE2\x80",
                            "\xF8\x88\x80\x80\x80", "\xE0\x80\xAF"})
        EXPECT_FALSE(Utf8::decode_first(bad).has_value());
    EXPECT_FALSE(Utf8::decode_first("").has_value());
}

TEST(Utf8, PrefixCutsAtCodePoints)
{
    EXPECT_EQ(Utf8::prefix("\xC3\xA9\xC3\xA9\xC3\xA9", 2), "\xC3\xA9\xC3\xA9");
    EXPECT_EQ(Utf8::prefix("ab", 5), "ab");
    EXPECT_EQ(Utf8::prefix("ab", 0), "");
}

TEST(Utf8, EscapeControlsWritesEveryControlCharacterAsAJsonEscape)
{
    EXPECT_EQ(Utf8::escape_controls("a\x1b]0;t\x07"), "a\\u001b]0;t\\u0007");
    EXPECT_EQ(Utf8::escape_controls(std::string("\0\t\n\x7f", 4)), "\\u0000\\u0009\\u000a\\u007f");
    EXPECT_EQ(Utf8::escape_controls("\xC2\x80\xC2\x85\xC2\x9F\xC2\xA0"),
              "\\u0080\\u0085\\u009f\xC2\xA0");
    EXPECT_EQ(Utf8::escape_controls("plain \"text\" \\ \xE2\x80\x8B"),
              "plain \"text\" \\ \xE2\x80\x8B");
    // Escaping twice changes nothing more; bytes that are not UTF-8 are kept.
    EXPECT_EQ(Utf8::escape_controls(Utf8::escape_controls("\x1b")), "\\u001b");
    EXPECT_EQ(Utf8::escape_controls("\xFF\xC2"), "\xFF\xC2");
}

TEST(Utf8, QuotedAlsoShowsWhatWouldBeInvisible)
{
    EXPECT_EQ(Utf8::quoted("say \"hi\" \\ \x1b"), R"("say \"hi\" \\ \u001b")");
    // Zero-width characters and the byte-order mark would make "" of a value that is not empty.
    EXPECT_EQ(Utf8::quoted("\xE2\x80\x8B\xE2\x80\x8D\xE2\x81\xA0\xEF\xBB\xBF"),
              R"("\u200b\u200d\u2060\ufeff")");
    // Bidirectional controls would reorder the message around them.
    EXPECT_EQ(Utf8::quoted("a\xE2\x80\xAE"
                           "b\xE2\x81\xA6"),
              R"("a\u202eb\u2066")");
    EXPECT_EQ(Utf8::quoted("\xC3\xA9 \xE2\x80\x94 \xE2\x80\xA8"),
              "\"\xC3\xA9 \xE2\x80\x94 \xE2\x80\xA8\"");
}
