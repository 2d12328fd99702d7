#include <gtest/gtest.h>

#include "app/player/player_command.h"

using namespace unclutch::app;

namespace {

std::optional<PlayerCommand> commandOf(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    const auto found = playerKeyFor(QKeyCombination(modifiers, key));
    return found ? std::optional(found->command) : std::nullopt;
}

} // namespace

TEST(PlayerCommand, EachKeyOfTheBrief)
{
    EXPECT_EQ(commandOf(Qt::Key_Space), PlayerCommand::TogglePause);
    EXPECT_EQ(commandOf(Qt::Key_Right), PlayerCommand::Next);
    EXPECT_EQ(commandOf(Qt::Key_N), PlayerCommand::Next);
    EXPECT_EQ(commandOf(Qt::Key_Left), PlayerCommand::Previous);
    EXPECT_EQ(commandOf(Qt::Key_P), PlayerCommand::Previous);
    EXPECT_EQ(commandOf(Qt::Key_Escape), PlayerCommand::Stop);
    EXPECT_EQ(commandOf(Qt::Key_F11), PlayerCommand::FullScreen);
    EXPECT_EQ(commandOf(Qt::Key_M), PlayerCommand::Mute);
    EXPECT_EQ(commandOf(Qt::Key_V), PlayerCommand::Voice);
    EXPECT_EQ(commandOf(Qt::Key_E), PlayerCommand::Easier);
    EXPECT_EQ(commandOf(Qt::Key_Question, Qt::ShiftModifier), PlayerCommand::Help);
}

TEST(PlayerCommand, MediaKeys)
{
    for (Qt::Key key : {Qt::Key_MediaPlay, Qt::Key_MediaPause, Qt::Key_MediaTogglePlayPause})
        EXPECT_EQ(commandOf(key), PlayerCommand::TogglePause);
    EXPECT_EQ(commandOf(Qt::Key_MediaNext), PlayerCommand::Next);
    EXPECT_EQ(commandOf(Qt::Key_MediaPrevious), PlayerCommand::Previous);
    EXPECT_EQ(commandOf(Qt::Key_MediaStop), PlayerCommand::Stop);
    EXPECT_TRUE(playerKeyFor(QKeyCombination(Qt::Key_MediaNext))->media);
}

TEST(PlayerCommand, DigitsOnTheRowAndTheKeypad)
{
    const auto three = playerKeyFor(QKeyCombination(Qt::Key_3));
    ASSERT_TRUE(three);
    EXPECT_EQ(three->command, PlayerCommand::Digit);
    EXPECT_EQ(three->digit, 3);
    const auto keypad = playerKeyFor(QKeyCombination(Qt::KeypadModifier, Qt::Key_0));
    ASSERT_TRUE(keypad);
    EXPECT_EQ(keypad->digit, 0);
}

TEST(PlayerCommand, KeysWithCtrlAltOrMetaAreLeftAlone)
{
    EXPECT_FALSE(commandOf(Qt::Key_N, Qt::ControlModifier));
    EXPECT_FALSE(commandOf(Qt::Key_Space, Qt::AltModifier));
    EXPECT_FALSE(commandOf(Qt::Key_M, Qt::MetaModifier));
    EXPECT_FALSE(commandOf(Qt::Key_Tab));
    EXPECT_FALSE(commandOf(Qt::Key_Return));
}
