#include <gtest/gtest.h>

#include "app/audio/spoken_text.h"

using unclutch::app::SpokenText;
using unclutch::core::Side;

TEST(SpokenText, GetReadyNamesThePoseAndTheSide)
{
    EXPECT_EQ(SpokenText().getReady(QStringLiteral("Pigeon"), Side::Left),
              QStringLiteral("Get ready: Pigeon, left side"));
    EXPECT_EQ(SpokenText().getReady(QStringLiteral("Pigeon"), Side::Right),
              QStringLiteral("Get ready: Pigeon, right side"));
    EXPECT_EQ(SpokenText().getReady(QStringLiteral("Cat-cow"), Side::None),
              QStringLiteral("Get ready: Cat-cow"));
}

TEST(SpokenText, PoseIsSpokenAsWrittenWithoutSurroundingSpace)
{
    EXPECT_EQ(SpokenText().getReady(QStringLiteral("  Child's pose \n"), Side::None),
              QStringLiteral("Get ready: Child's pose"));
}

TEST(SpokenText, StepStartSaysTheInstructionsWhenWanted)
{
    const QString instructions = QStringLiteral(" Hands under shoulders, knees under hips. ");
    EXPECT_EQ(
        SpokenText().stepStart(QStringLiteral("Tabletop"), Side::None, instructions, false, true),
        QStringLiteral("Hands under shoulders, knees under hips."));
    EXPECT_EQ(
        SpokenText().stepStart(QStringLiteral("Tabletop"), Side::None, instructions, false, false),
        QString());
    EXPECT_EQ(
        SpokenText().stepStart(QStringLiteral("Tabletop"), Side::None, QString(), false, true),
        QString());
}

TEST(SpokenText, StepStartNamesThePoseWhenNoGetReadyDid)
{
    EXPECT_EQ(SpokenText().stepStart(QStringLiteral("Pigeon"), Side::Right,
                                     QStringLiteral("Keep both hips square."), true, true),
              QStringLiteral("Pigeon, right side. Keep both hips square."));
    EXPECT_EQ(SpokenText().stepStart(QStringLiteral("Pigeon"), Side::Right,
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
    EXPECT_EQ(SpokenText().end(), QStringLiteral("The routine is complete. Well done."));
}

TEST(SpokenText, ASideChangeCountAndHalfway)
{
    EXPECT_EQ(SpokenText().sideChange(Side::Right), QStringLiteral("Now the right side."));
    EXPECT_EQ(SpokenText().sideChange(Side::Left), QStringLiteral("Now the left side."));
    EXPECT_EQ(SpokenText().count(3), QStringLiteral("3"));
    EXPECT_EQ(SpokenText().halfway(), QStringLiteral("Halfway."));
    EXPECT_EQ(SpokenText().easierToggled(true, QStringLiteral("Supported pigeon")),
              QStringLiteral("Easier: Supported pigeon."));
    EXPECT_EQ(SpokenText().easierToggled(false, QStringLiteral("Pigeon ")),
              QStringLiteral("Pigeon."));
}

TEST(SpokenText, ALanguageWithoutATranslationIsSpokenInEnglish)
{
    // This test links no translations: German falls back to English sentences, said so.
    const SpokenText french = SpokenText::forLanguage(QStringLiteral("fr"));
    EXPECT_EQ(french.language(), QStringLiteral("en"));
    EXPECT_EQ(french.end(), QStringLiteral("The routine is complete. Well done."));
    EXPECT_EQ(SpokenText::forLanguage(QStringLiteral("en-GB")).language(), QStringLiteral("en"));
}
