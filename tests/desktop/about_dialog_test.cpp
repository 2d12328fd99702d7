#include <gtest/gtest.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include "app/ui/about_dialog.h"
#include "app/ui/safety_banner.h"

using unclutch::app::AboutDialog;
using unclutch::app::SafetyBanner;

TEST(AboutDialog, NamesVersionFormatLicenseAndSafety)
{
    AboutDialog dialog;
    const auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
    ASSERT_NE(text, nullptr);
    const QString html = text->text();
    EXPECT_TRUE(html.contains(QStringLiteral(UNCLUTCH_VERSION)));
    EXPECT_TRUE(html.contains(AboutDialog::routineFormatUrl().toString()));
    EXPECT_TRUE(html.contains(QStringLiteral("MIT License")));
    EXPECT_TRUE(html.contains(SafetyBanner::notice().toHtmlEscaped()));
    EXPECT_TRUE(text->openExternalLinks());
}

TEST(AboutDialog, FullLicenseWaitsBehindAButton)
{
    AboutDialog dialog;
    dialog.show();
    auto* license = dialog.findChild<QPlainTextEdit*>(QStringLiteral("aboutLicense"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("aboutShowLicense"));
    ASSERT_NE(license, nullptr);
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(license->toPlainText().contains(QStringLiteral("Permission is hereby granted")));
    EXPECT_FALSE(license->isVisible());
    button->click();
    EXPECT_TRUE(license->isVisible());
}
