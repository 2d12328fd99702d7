#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/routine_parser.h"

using namespace unclutch::core;

namespace {

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST(RoutineParser, ReadsTheContractsMinimalExample)
{
    const std::string path = UNCLUTCH_TEST_DATA_DIR "/valid/minimal.json";
    const ParseResult result = RoutineParser::parse(read_file(path), path);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.diagnostics.empty());
    const Routine& r = *result.routine;
    EXPECT_EQ(r.id, "minimal");
    EXPECT_TRUE(r.id_from_file_name);
    EXPECT_EQ(r.title, "Slow cat-cow");
    EXPECT_EQ(r.schema, "routine.schema.json");
    ASSERT_EQ(r.steps.size(), 3u);
    EXPECT_EQ(r.steps[0].pose, "Tabletop");
    EXPECT_EQ(r.steps[0].duration, 30.0);
    EXPECT_EQ(r.steps[0].instructions, "Hands under shoulders, knees under hips.");
    ASSERT_TRUE(r.steps[1].pacing.has_value());
    EXPECT_EQ(r.steps[1].pacing->cycle, 15.0);
    EXPECT_EQ(r.steps[1].pacing->cycles, 10);
    EXPECT_EQ(r.steps[1].pacing->beat, 1.0);
    ASSERT_EQ(r.steps[1].pacing->phases.size(), 2u);
    EXPECT_EQ(r.steps[1].pacing->phases[1].name, "Tip the tailbone down");
    EXPECT_EQ(r.steps[2].sides, (std::vector<Side>{Side::Left, Side::Right}));
    ASSERT_EQ(r.steps[2].cues.size(), 1u);
    EXPECT_EQ(r.steps[2].cues[0].at, 30.0);
    EXPECT_EQ(r.transition, 5.0);
    EXPECT_FALSE(r.transition_given);
}
