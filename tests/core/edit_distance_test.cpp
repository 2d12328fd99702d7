#include <gtest/gtest.h>

#include <array>

#include "core/edit_distance.h"

using namespace unclutch::core;

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps)
{
    EXPECT_EQ(EditDistance::between("duration", "duration"), 0u);
    EXPECT_EQ(EditDistance::between("duraton", "duration"), 1u);   // insertion
    EXPECT_EQ(EditDistance::between("durattion", "duration"), 1u); // deletion
    EXPECT_EQ(EditDistance::between("diration", "duration"), 1u);  // substitution
    EXPECT_EQ(EditDistance::between("durtaion", "duration"), 1u);  // swap
    EXPECT_EQ(EditDistance::between("ca", "abc"), 3u);             // OSA, not Damerau
    EXPECT_EQ(EditDistance::between("", "abc"), 3u);
}

TEST(EditDistance, IgnoresCaseAndCountsCodePoints)
{
    EXPECT_EQ(EditDistance::between("DURATION", "duration"), 0u);
    EXPECT_EQ(EditDistance::between("dur\xC3\xA1tion", "duration"), 1u);
}

TEST(EditDistance, SuggestsTheNearestWithinTwoTiesInTableOrder)
{
    const std::array<std::string_view, 4> keys = {"cycle", "cycles", "beat", "phases"};
    EXPECT_EQ(EditDistance::suggest("cycels", keys), "cycles");
    EXPECT_EQ(EditDistance::suggest("cyclse", keys), "cycle");
    EXPECT_EQ(EditDistance::suggest("bt", keys), "beat");
    EXPECT_FALSE(EditDistance::suggest("b", keys).has_value());
    EXPECT_FALSE(EditDistance::suggest("tempo", keys).has_value());
    EXPECT_FALSE(EditDistance::suggest(std::string(100000, 'x'), keys).has_value());
}
