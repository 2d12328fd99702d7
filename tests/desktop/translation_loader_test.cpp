#include <gtest/gtest.h>

#include <QCoreApplication>

#include "app/translation_loader.h"
#include "app/ui/safety_banner.h"

using unclutch::app::SafetyBanner;
using unclutch::app::TranslationLoader;

namespace {

QString snooze(int minutes)
{
    return QCoreApplication::translate("unclutch::app::TrayReminders", "Snooze for %n minute(s)",
                                       nullptr, minutes);
}

} // namespace

TEST(TranslationLoader, GermanLoadsOursAndQts)
{
    const TranslationLoader loader(QLocale(QLocale::German, QLocale::Austria));
    EXPECT_TRUE(loader.hasAppTranslation());
    EXPECT_TRUE(loader.hasQtTranslation());
    EXPECT_TRUE(SafetyBanner::notice().contains(QStringLiteral("keine medizinische Beratung")))
        << SafetyBanner::notice().toStdString();
    EXPECT_EQ(snooze(1), QStringLiteral("In 1 Minute erneut erinnern"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

TEST(TranslationLoader, EnglishGetsItsPluralForms)
{
    const TranslationLoader loader(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_TRUE(loader.hasAppTranslation());
    EXPECT_EQ(snooze(1), QStringLiteral("Snooze for 1 minute"));
    EXPECT_EQ(snooze(5), QStringLiteral("Snooze for 5 minutes"));
    EXPECT_TRUE(
        SafetyBanner::notice().startsWith(QStringLiteral("Unclutch is not medical advice")));
}

TEST(TranslationLoader, LanguageWithoutAFileFallsBackToEnglishAndLeavesNothingBehind)
{
    {
        const TranslationLoader german(QLocale(QLocale::German));
    }
    const TranslationLoader loader(QLocale(QLocale::Finnish));
    EXPECT_TRUE(loader.hasAppTranslation());
    EXPECT_EQ(snooze(1), QStringLiteral("Snooze for 1 minute"));
    EXPECT_TRUE(
        SafetyBanner::notice().startsWith(QStringLiteral("Unclutch is not medical advice")));
}
