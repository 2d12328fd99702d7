#include <gtest/gtest.h>

#include <QLocale>
#include <QPushButton>

#include <memory>

#include "app/player/cautions_page.h"
#include "app/player/player_view.h"
#include "app/translation_loader.h"
#include "app/ui/main_window.h"
#include "player_test_support.h"
#include "storage/routine_library.h"

using namespace unclutch;

namespace {

// The bundled routines, shown in the language of the moment: a person who read and acknowledged
// a routine's cautions in one language is not asked again in another.
class CautionsLanguageTest : public ::testing::Test {
protected:
    // Plays back-of-the-body as the library shows it in `language`; true when its cautions
    // were asked for (and then acknowledged, as a person would).
    bool asked(QLocale::Language language)
    {
        const app::TranslationLoader translations{QLocale(language)};
        storage::RoutineLibrary library{
            {{QStringLiteral(UNCLUTCH_ROUTINES_DIR), storage::RoutineOrigin::Bundled}}};
        library.reload();
        const storage::RoutineEntry* entry = library.findById(QStringLiteral("back-of-the-body"));
        EXPECT_NE(entry, nullptr);
        if (!entry)
            return false;
        app::MainWindow window(library);
        window.play(*entry->routine, entry->path);
        app::PlayerView* view = window.playerView();
        const bool cautions = view->currentPage() == view->cautionsPage();
        if (cautions)
            view->cautionsPage()->understandButton()->click();
        m_shown = QString::fromStdString(entry->routine->cautions.front());
        window.showLibrary();
        return cautions;
    }

    test::SettingsSandbox m_settings;
    QString m_shown; // the first caution as it was shown
};

} // namespace

TEST_F(CautionsLanguageTest, AcknowledgedInEnglishTheyAreNotAskedAgainInGerman)
{
    EXPECT_TRUE(asked(QLocale::English));
    const QString english = m_shown;
    EXPECT_FALSE(asked(QLocale::German));
    EXPECT_NE(m_shown, english) << "shown in German";
    EXPECT_FALSE(asked(QLocale::English));
}

TEST_F(CautionsLanguageTest, AcknowledgedInGermanTheyAreNotAskedAgainInEnglish)
{
    EXPECT_TRUE(asked(QLocale::German));
    EXPECT_FALSE(asked(QLocale::English));
    EXPECT_FALSE(asked(QLocale::German));
}
