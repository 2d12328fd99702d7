#include <gtest/gtest.h>

#include "app/audio/spoken_text.h"

using unclutch::app::SpokenText;
using unclutch::core::Side;

TEST(SpokenText, GetReadyNamesThePoseAndTheSide)
{
    EXPECT_EQ(SpokenText::getReady(QStringLiteral("Pigeon"), Side::Left),
              QStringLiteral("Get ready: Pigeon, left side"));
    EXPECT_EQ(SpokenText::getReady(QStringLiteral("Pigeon"), Side::Right),
              QStringLiteral("Get ready: Pigeon, right side"));
    EXPECT_EQ(SpokenText::getReady(QStringLiteral("Cat-cow"), Side::None),
              QStringLiteral("Get ready: Cat-cow"));
}

TEST(SpokenText, PoseIsSpokenAsWrittenWithoutSurroundingSpace)
{
    EXPECT_EQ(SpokenText::getReady(QStringLiteral("  Child's pose \n"), Side::None),
              QStringLiteral("Get ready: Child's pose"));
}

TEST(SpokenText, StepStartSaysTheInstructionsWhenWanted)
{
    const QString instructions = QStringLiteral(" Hands under shoulders, knees under hips. ");
    EXPECT_EQ(
        SpokenText::stepStart(QStringLiteral("Tabletop"), Side::None, instructions, false, true),
        QStringLiteral("Hands under shoulders, knees under hips."));
    EXPECT_EQ(
        SpokenText::stepStart(QStringLiteral("Tabletop"), Side::None, instructions, false, false),
        QString());
    EXPECT_EQ(SpokenText::stepStart(QStringLiteral("Tabletop"), Side::None, QString(), false, true),
              QString());
}

TEST(SpokenText, StepStartNamesThePoseWhenNoGetReadyDid)
{
    EXPECT_EQ(SpokenText::stepStart(QStringLiteral("Pigeon"), Side::Right,
                                    QStringLiteral("Keep both hips square."), true, true),
              QStringLiteral("Pigeon, right side. Keep both hips square."));
    EXPECT_EQ(SpokenText::stepStart(QStringLiteral("Pigeon"), Side::Right,
                                    QStringLiteral("Keep both hips square."), true, false),
              QStringLiteral("Pigeon, right side."));
}

TEST(SpokenText, CuesAndPhasesAreSpokenAsWritten)
{
    EXPECT_EQ(SpokenText::cue(QStringLiteral("  Keep both hips square.\n")),
              QStringLiteral("Keep both hips square."));
    EXPECT_EQ(SpokenText::phase(QStringLiteral("Tip the tailbone up")),
              QStringLiteral("Tip the tailbone up"));
}

TEST(SpokenText, EndIsAGentleSentence)
{
    EXPECT_EQ(SpokenText::end(), QStringLiteral("The routine is complete. Well done."));
}
