#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "app/audio/sound_player.h"

using unclutch::app::SoundPlayer;

namespace {

// Warnings and errors Qt logs while a test runs: a player without output must stay quiet.
QStringList g_messages;

void collectMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_messages << message;
}

class SoundPlayerTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
};

} // namespace

// The test main points PulseAudio at nothing, so these run as on a machine with no audio output.
TEST_F(SoundPlayerTest, WithoutAnOutputItSaysUnavailableOnce)
{
    SoundPlayer player;
    QSignalSpy unavailable(&player, &SoundPlayer::unavailable);
    QSignalSpy available(&player, &SoundPlayer::available);
    EXPECT_FALSE(player.isAvailable());
    EXPECT_TRUE(player.device().isNull());

    // Connected after construction, and still told.
    QCoreApplication::processEvents();
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_FALSE(unavailable.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(unavailable.at(0).at(0).toString(), player.unavailableReason());

    for (int i = 0; i < 50; ++i) {
        player.playBeat(i % 4 == 0);
        player.playPhase(i % 10);
    }
    player.playGetReady();
    player.playStepStart();
    player.playEnd();
    QCoreApplication::processEvents();
    EXPECT_EQ(unavailable.count(), 1);
    EXPECT_EQ(available.count(), 0);
}

TEST_F(SoundPlayerTest, WithoutAnOutputEveryPlaySlotIsAQuietNoOp)
{
    SoundPlayer player;
    QCoreApplication::processEvents();

    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
    player.playBeat(true);
    player.playBeat(false);
    for (int phase = -1; phase < 12; ++phase)
        player.playPhase(phase);
    player.playGetReady();
    player.playStepStart();
    player.playEnd();
    player.stopAll();
    player.setVolume(10);
    player.setMuted(true);
    player.setMuted(false);
    QCoreApplication::processEvents();
    qInstallMessageHandler(previous);

    EXPECT_TRUE(g_messages.isEmpty()) << g_messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(player.isAvailable());
}

TEST_F(SoundPlayerTest, StartsAtTheDefaultVolumeUnmuted)
{
    SoundPlayer player;
    EXPECT_EQ(player.volume(), SoundPlayer::kDefaultVolume);
    EXPECT_FALSE(player.isMuted());
}

TEST_F(SoundPlayerTest, VolumeAndMutePersistAcrossPlayers)
{
    {
        SoundPlayer player;
        player.setVolume(35);
        player.setMuted(true);
    }
    SoundPlayer again;
    EXPECT_EQ(again.volume(), 35);
    EXPECT_TRUE(again.isMuted());
    EXPECT_EQ(QSettings().value(QStringLiteral("sound/volume")).toInt(), 35);
    EXPECT_TRUE(QSettings().value(QStringLiteral("sound/muted")).toBool());
}

TEST_F(SoundPlayerTest, VolumeIsClampedAndSignalledOnlyOnChange)
{
    SoundPlayer player;
    QSignalSpy volume(&player, &SoundPlayer::volumeChanged);
    QSignalSpy muted(&player, &SoundPlayer::mutedChanged);

    player.setVolume(150);
    EXPECT_EQ(player.volume(), 100);
    player.setVolume(100);
    player.setVolume(-5);
    EXPECT_EQ(player.volume(), 0);
    ASSERT_EQ(volume.count(), 2);
    EXPECT_EQ(volume.at(0).at(0).toInt(), 100);
    EXPECT_EQ(volume.at(1).at(0).toInt(), 0);

    player.setMuted(false);
    player.setMuted(true);
    player.setMuted(true);
    ASSERT_EQ(muted.count(), 1);
    EXPECT_TRUE(muted.at(0).at(0).toBool());
}

TEST_F(SoundPlayerTest, OutOfRangeSettingsAreClampedWhenRead)
{
    QSettings().setValue(QStringLiteral("sound/volume"), 400);
    SoundPlayer loud;
    EXPECT_EQ(loud.volume(), 100);

    QSettings().setValue(QStringLiteral("sound/volume"), QStringLiteral("not a number"));
    SoundPlayer garbled;
    EXPECT_EQ(garbled.volume(), 0);
}
