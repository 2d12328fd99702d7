#include <gtest/gtest.h>

#include "core/image_path.h"

using namespace unclutch::core;

TEST(ImagePath, SchemesAndDrivesFollowThePattern)
{
    for (const char* yes : {"http:", "C:", "c:/x", "a+b.c-d:x", "data:x", "z9:"})
        EXPECT_TRUE(ImagePath::has_scheme(yes)) << yes;
    for (const char* no : {"", ":x", "1a:x", "a/b:c", "a_b:c", "-a:b", "ab", "a b:c"})
        EXPECT_FALSE(ImagePath::has_scheme(no)) << no;
}

TEST(ImagePath, EachBrokenRuleIsOneProblem)
{
    EXPECT_TRUE(ImagePath::problems("images/cat.png").empty());
    EXPECT_TRUE(ImagePath::problems("a..b/..c/c..").empty());
    EXPECT_EQ(ImagePath::problems("").size(), 1u);
    EXPECT_EQ(ImagePath::problems("/x").size(), 1u);
    EXPECT_EQ(ImagePath::problems("..").size(), 1u);
    EXPECT_EQ(ImagePath::problems("a\\b").size(), 1u);
    EXPECT_EQ(ImagePath::problems("C:\\..\\x").size(), 3u);
    EXPECT_EQ(ImagePath::problems("/../x").size(), 2u);
}
