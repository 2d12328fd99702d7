#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The audio tests describe what happens with no audio output, whatever the machine has: a
// PulseAudio daemon may well be running here (the sound check starts one). Pointing the client at
// a server that does not exist gives Qt no output, deterministically (an explicit server is never
// autospawned).
// The real output is exercised by the sound check (sound_check.sh), not here.
int main(int argc, char* argv[])
{
    qputenv("PULSE_SERVER", "unix:/nonexistent/unclutch-audio-tests");
    ::testing::InitGoogleTest(&argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UnclutchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("unclutch_audio_tests"));

    // Settings go to a folder of their own, never the developer's.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 1;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    return RUN_ALL_TESTS();
}
