#include <gtest/gtest.h>

#include "core/number_overflow.h"

using namespace unclutch::core;

TEST(NumberOverflow, TellsOverflowFromUnderflow)
{
    for (const char* big : {"1e400", "-1e400", "1.7976931348623159e308", "0.001e312",
                            "123456789e301", "1e99999999999999999999"})
        EXPECT_TRUE(NumberOverflow::overflows(big)) << big;
    for (const char* fine : {"1e308", "1e-400", "0.0000e999", "0", "-0.0", "1.5", "1e-99999999999",
                             "1.7976931348623157e308", "100000000000000000000000"})
        EXPECT_FALSE(NumberOverflow::overflows(fine)) << fine;
}

TEST(NumberOverflow, FindsNumbersOutsideStringsOnly)
{
    const auto found =
        NumberOverflow::find(R"({"1e400": 1e400, "a": "x\" 1e999", "b": [2e308, 01e400, 1e4]})");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].offset, 10u);
    EXPECT_EQ(found[0].size, 5u);
    EXPECT_EQ(found[1].size, 5u); // 2e308
    EXPECT_EQ(found[2].size, 5u); // the "1e400" of "01e400", as nlohmann reads it
}
