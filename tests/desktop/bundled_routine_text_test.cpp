#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/translation_loader.h"
#include "core/routine_parser.h"
#include "core/routine_writer.h"
#include "storage/paths.h"
#include "storage/routine_file_reader.h"
#include "storage/routine_files.h"
#include "storage/routine_library.h"

using unclutch::app::TranslationLoader;
using unclutch::core::Routine;
using unclutch::storage::Paths;
using unclutch::storage::RoutineEntry;
using unclutch::storage::RoutineFileReader;
using unclutch::storage::RoutineFiles;
using unclutch::storage::RoutineLibrary;
using unclutch::storage::RoutineOrigin;

namespace {

const QString bundledDir = QStringLiteral(UNCLUTCH_ROUTINES_DIR);

const Routine& routineIn(const RoutineLibrary& library, const char* id)
{
    const RoutineEntry* entry = library.findById(QString::fromLatin1(id));
    if (!entry || !entry->routine)
        throw std::runtime_error(std::string("no routine ") + id);
    return *entry->routine;
}

// Every text BundledRoutineText translates, with where it is, in file order.
std::vector<std::pair<std::string, std::string>> textsOf(const Routine& routine)
{
    std::vector<std::pair<std::string, std::string>> texts;
    const auto add = [&texts](std::string where, const std::string& text) {
        if (!text.empty())
            texts.emplace_back(std::move(where), text);
    };
    add("/title", routine.title);
    add("/description", routine.description);
    add("/author", routine.author);
    for (std::size_t i = 0; i < routine.cautions.size(); ++i)
        add("/cautions/" + std::to_string(i), routine.cautions[i]);
    for (std::size_t s = 0; s < routine.steps.size(); ++s) {
        const auto& step = routine.steps[s];
        const std::string at = "/steps/" + std::to_string(s);
        add(at + "/pose", step.pose);
        add(at + "/instructions", step.instructions);
        for (std::size_t c = 0; c < step.cues.size(); ++c)
            add(at + "/cues/" + std::to_string(c) + "/text", step.cues[c].text);
        if (step.pacing) {
            for (std::size_t p = 0; p < step.pacing->phases.size(); ++p)
                add(at + "/pacing/phases/" + std::to_string(p) + "/name",
                    step.pacing->phases[p].name);
        }
        if (step.easier) {
            add(at + "/easier/pose", step.easier->pose);
            add(at + "/easier/instructions", step.easier->instructions);
        }
    }
    return texts;
}

std::unique_ptr<RoutineLibrary> bundledLibrary()
{
    auto library = std::make_unique<RoutineLibrary>(
        QVector<RoutineLibrary::Folder>{{bundledDir, RoutineOrigin::Bundled}});
    library->reload();
    return library;
}

} // namespace

TEST(BundledRoutineText, GermanSystemGetsGermanPoseNamesCuesAndPhases)
{
    const TranslationLoader german(QLocale(QLocale::German, QLocale::Germany));
    RoutineLibrary library({{bundledDir, RoutineOrigin::Bundled}});
    library.reload();

    const Routine& clutch = routineIn(library, "release-the-clutch");
    EXPECT_EQ(clutch.title, "Die Kupplung lösen");
    EXPECT_EQ(clutch.steps.at(0).pose, "Konstruktive Ruhelage");
    EXPECT_EQ(clutch.steps.at(2).pose, "Langsame Katze-Kuh");
    EXPECT_EQ(clutch.steps.at(2).pacing->phases.at(0).name, "Steißbein nach oben");
    const Routine& back = routineIn(library, "back-of-the-body");
    EXPECT_EQ(back.steps.at(1).pose, "Taube");
    EXPECT_EQ(back.steps.at(1).easier->pose, "Taube, hintere Zehen aufgestellt");
    // Only the words change: ids, timing and pictures are the file's.
    EXPECT_EQ(clutch.id, "release-the-clutch");
    EXPECT_EQ(clutch.steps.at(0).duration, 180.0);
    EXPECT_EQ(clutch.steps.at(0).image, "images/constructive-rest.svg");
}

TEST(BundledRoutineText, EveryTextOfEveryBundledRoutineHasItsGerman)
{
    const auto englishLibrary = bundledLibrary();
    const TranslationLoader german(QLocale(QLocale::German));
    const auto translatedLibrary = bundledLibrary();
    const RoutineLibrary& english = *englishLibrary;
    const RoutineLibrary& translated = *translatedLibrary;
    ASSERT_EQ(english.entries().size(), translated.entries().size());
    ASSERT_GE(english.entries().size(), 3);
    for (qsizetype i = 0; i < english.entries().size(); ++i) {
        ASSERT_TRUE(english.entries()[i].routine) << english.entries()[i].path.toStdString();
        const auto before = textsOf(*english.entries()[i].routine);
        const auto after = textsOf(*translated.entries()[i].routine);
        ASSERT_EQ(before.size(), after.size());
        for (std::size_t t = 0; t < before.size(); ++t)
            EXPECT_NE(before[t].second, after[t].second)
                << english.entries()[i].path.toStdString() << before[t].first
                << " has no German: " << before[t].second;
    }
}

TEST(BundledRoutineText, GermanRoutinesStillKeepTheFormatsLimits)
{
    const TranslationLoader german(QLocale(QLocale::German));
    const auto library = bundledLibrary();
    for (const RoutineEntry& entry : library->entries()) {
        ASSERT_TRUE(entry.routine);
        const auto reparsed = unclutch::core::RoutineParser::parse(
            unclutch::core::RoutineWriter::write(*entry.routine), entry.path.toStdString());
        EXPECT_TRUE(reparsed.ok())
            << entry.path.toStdString() << ": "
            << (reparsed.diagnostics.empty() ? std::string()
                                             : reparsed.diagnostics.front().message);
    }
}

TEST(BundledRoutineText, OtherLanguagesKeepTheFilesEnglish)
{
    const TranslationLoader finnish(QLocale(QLocale::Finnish));
    const auto library = bundledLibrary();
    const Routine& clutch = routineIn(*library, "release-the-clutch");
    EXPECT_EQ(clutch.title, "Release the clutch");
    EXPECT_EQ(clutch.steps.at(0).pose, "Constructive rest");
    EXPECT_EQ(clutch.steps.at(0).cues.at(0).text, "If you are gripping your glutes, let them go.");
}

TEST(BundledRoutineText, OwnRoutinesAreNeverTranslatedEvenWithABundledId)
{
    // The same file as a bundled one, in the user's folder: the words are the user's.
    QTemporaryDir own;
    ASSERT_TRUE(own.isValid());
    ASSERT_TRUE(QFile::copy(bundledDir + QStringLiteral("/release-the-clutch.json"),
                            own.filePath(QStringLiteral("release-the-clutch.json"))));
    const TranslationLoader german(QLocale(QLocale::German));
    RoutineLibrary library({{own.path(), RoutineOrigin::User}});
    library.reload();
    const Routine& clutch = routineIn(library, "release-the-clutch");
    EXPECT_EQ(clutch.title, "Release the clutch");
    EXPECT_EQ(clutch.steps.at(2).pose, "Slow cat-cow");
}

TEST(BundledRoutineText, ADuplicateOfABundledRoutineStartsFromTheWordsShown)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    const Paths paths(data.path());
    ASSERT_EQ(QDir(paths.bundledRoutinesDir()).canonicalPath(), QDir(bundledDir).canonicalPath());
    const TranslationLoader german(QLocale(QLocale::German));
    const auto copied =
        RoutineFiles(paths).duplicate(bundledDir + QStringLiteral("/back-of-the-body.json"));
    ASSERT_TRUE(copied.ok()) << copied.error().toStdString();
    const RoutineEntry copy = RoutineFileReader::read(*copied, RoutineOrigin::User);
    ASSERT_TRUE(copy.routine) << copy.firstError().toStdString();
    EXPECT_EQ(copy.routine->id, "back-of-the-body-copy");
    EXPECT_EQ(copy.routine->title, "Rückseite des Körpers (Kopie)");
    EXPECT_EQ(copy.routine->steps.at(1).pose, "Taube");
}
