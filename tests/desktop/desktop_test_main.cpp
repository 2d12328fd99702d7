#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include "app/translation_loader.h"

// Every test runs offscreen, in English as the app runs on an English system, with the settings
// in a folder of its own so that nothing a developer has set leaks in and nothing a test sets
// leaks out.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 2;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("unclutch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("unclutch-desktop-tests"));
    const unclutch::app::TranslationLoader english(
        QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
