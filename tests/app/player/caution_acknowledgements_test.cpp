#include <gtest/gtest.h>

#include "app/player/caution_acknowledgements.h"
#include "player_test_support.h"

using namespace unclutch;

TEST(CautionAcknowledgements, OncePerRoutineAndVersionOfItsCautions)
{
    test::SettingsSandbox settings;
    core::Routine routine;
    routine.id = "gentle";
    app::CautionAcknowledgements acknowledgements;
    EXPECT_TRUE(acknowledgements.isAcknowledged(routine)); // no cautions, nothing to ask

    routine.cautions = {"Move gently."};
    EXPECT_FALSE(acknowledgements.isAcknowledged(routine));
    acknowledgements.acknowledge(routine);
    EXPECT_TRUE(app::CautionAcknowledgements().isAcknowledged(routine));

    core::Routine other = routine;
    other.id = "other";
    EXPECT_FALSE(acknowledgements.isAcknowledged(other));
    routine.cautions.push_back("See a practitioner if it persists.");
    EXPECT_FALSE(acknowledgements.isAcknowledged(routine));
}

TEST(CautionAcknowledgements, FingerprintsDoNotRunTextsTogether)
{
    core::Routine a;
    a.id = "x";
    a.cautions = {"ab", "c"};
    core::Routine b = a;
    b.cautions = {"a", "bc"};
    EXPECT_NE(app::CautionAcknowledgements::fingerprint(a),
              app::CautionAcknowledgements::fingerprint(b));
}
