#include <gtest/gtest.h>

#include <QCoreApplication>

#include "app/translation_loader.h"
#include "app/ui/safety_banner.h"

using unclutch::app::SafetyBanner;
using unclutch::app::TranslationLoader;

TEST(TranslationLoader, GermanLoadsOursAndQts)
{
    const TranslationLoader loader(QLocale(QLocale::German, QLocale::Austria));
    EXPECT_TRUE(loader.hasAppTranslation());
    EXPECT_TRUE(loader.hasQtTranslation());
    EXPECT_TRUE(SafetyBanner::notice().contains(QStringLiteral("keine medizinische Beratung")))
        << SafetyBanner::notice().toStdString();
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

TEST(TranslationLoader, LanguageWithoutAFileFallsBackToEnglishAndLeavesNothingBehind)
{
    {
        const TranslationLoader german(QLocale(QLocale::German));
    }
    const TranslationLoader loader(QLocale(QLocale::Finnish));
    EXPECT_TRUE(SafetyBanner::notice().startsWith(QStringLiteral("Unclutch is not medical advice")));
}
