// GoogleTest main for every suite that needs Qt: a QApplication when the suite tests widgets
// (UNCLUTCH_TEST_WIDGETS), else a QCoreApplication. Tests run offscreen, with settings in a
// folder of their own so nothing a developer has set leaks in and nothing a test sets leaks out.
// UNCLUTCH_TEST_NO_AUDIO points PulseAudio at a server that does not exist, so "no audio output"
// is what the suite sees whatever the machine has (an explicit server is never autospawned).
// UNCLUTCH_TEST_ENGLISH loads the English translation, as the app does on an English system.
#include <gtest/gtest.h>

#include <QSettings>
#include <QTemporaryDir>

#ifdef UNCLUTCH_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#ifdef UNCLUTCH_TEST_ENGLISH
#include <QLocale>

#include "app/translation_loader.h"
#endif

int main(int argc, char* argv[])
{
#ifdef UNCLUTCH_TEST_NO_AUDIO
    qputenv("PULSE_SERVER", "unix:/nonexistent/unclutch-tests");
#endif
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 2;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    TestApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("unclutch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("unclutch-tests"));
#ifdef UNCLUTCH_TEST_ENGLISH
    const unclutch::app::TranslationLoader english(
        QLocale(QLocale::English, QLocale::UnitedStates));
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
