#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "core/default_id.h"
#include "core/routine_parser.h"
#include "storage/picture_importer.h"
#include "storage/routine_file_reader.h"
#include "storage/routine_files.h"

#include "../support/qt_printers.h"

using namespace unclutch;
using PathResult = storage::Result<QString>;
using storage::RoutineFiles;

namespace {

QString bundled(const char* name)
{
    return storage::Paths().bundledRoutinesDir() + u'/' + QString::fromUtf8(name);
}

storage::RoutineEntry read(const QString& path)
{
    return storage::RoutineFileReader::read(path, storage::RoutineOrigin::User);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class RoutineFilesTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString userDir() const { return m_paths.userRoutinesDir(); }

    QTemporaryDir m_dir;
    storage::Paths m_paths{m_dir.filePath(QStringLiteral("data"))};
    RoutineFiles m_files{m_paths};
};

} // namespace

TEST_F(RoutineFilesTest, ADuplicateGetsAFreshUniqueId)
{
    const QSet<QString> before = m_files.takenIds();
    ASSERT_TRUE(before.contains(QStringLiteral("release-the-clutch")));

    const PathResult first = m_files.duplicate(bundled("release-the-clutch.json"));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    const PathResult second = m_files.duplicate(bundled("release-the-clutch.json"));
    ASSERT_TRUE(second.ok()) << second.error().toStdString();

    const storage::RoutineEntry a = read(first.value());
    const storage::RoutineEntry b = read(second.value());
    ASSERT_TRUE(a.isValid()) << a.firstError().toStdString();
    ASSERT_TRUE(b.isValid()) << b.firstError().toStdString();
    EXPECT_EQ(a.routine->id, "release-the-clutch-copy");
    EXPECT_EQ(b.routine->id, "release-the-clutch-copy-2");
    EXPECT_FALSE(before.contains(QString::fromStdString(b.routine->id)));
    EXPECT_NE(first.value(), second.value());
    EXPECT_EQ(QFileInfo(first.value()).absolutePath(), QDir(userDir()).absolutePath());
    EXPECT_EQ(a.routine->title, "Release the clutch (copy)");
    // Everything but id and title is the bundled routine's.
    const storage::RoutineEntry original = read(bundled("release-the-clutch.json"));
    core::Routine expected = *original.routine;
    expected.id = a.routine->id;
    expected.title = a.routine->title;
    EXPECT_TRUE(*a.routine == expected);
}

TEST_F(RoutineFilesTest, ADuplicateBringsItsPicturesAlong)
{
    // A different picture already has the name the bundled one uses.
    ASSERT_TRUE(QDir().mkpath(userDir() + QStringLiteral("/images")));
    QFile other(userDir() + QStringLiteral("/images/pigeon.svg"));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("<svg/>");
    other.close();

    const PathResult copy = m_files.duplicate(bundled("back-of-the-body.json"));
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    const storage::RoutineEntry entry = read(copy.value());
    ASSERT_TRUE(entry.isValid());
    EXPECT_TRUE(entry.diagnostics.empty()) << entry.diagnostics.front().format();
    const core::Step& pigeon = entry.routine->steps[1];
    EXPECT_EQ(pigeon.image, "images/pigeon-2.svg");
    EXPECT_EQ(
        readAll(userDir() + QStringLiteral("/images/pigeon-2.svg")),
        readAll(storage::Paths().bundledRoutinesDir() + QStringLiteral("/images/pigeon.svg")));
    EXPECT_EQ(readAll(userDir() + QStringLiteral("/images/pigeon.svg")), "<svg/>");
    EXPECT_EQ(pigeon.easier->image, "images/pigeon-toe-tucked.svg");
}

TEST_F(RoutineFilesTest, ADuplicateOfAnInvalidFileFailsWithItsError)
{
    QTemporaryDir elsewhere;
    const QString bad = elsewhere.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "title": "Bad", "steps": []})");
    file.close();
    const PathResult result = m_files.duplicate(bad);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("/steps"))) << result.error().toStdString();
}

TEST_F(RoutineFilesTest, UniqueIdsStayWithinSixtyFourCharacters)
{
    const QString base = QString(70, u'a');
    const QString first = RoutineFiles::uniqueId(base, {});
    EXPECT_EQ(first.size(), 64);
    const QString second = RoutineFiles::uniqueId(base, {first});
    EXPECT_EQ(second, QString(62, u'a') + QStringLiteral("-2"));
    EXPECT_EQ(RoutineFiles::uniqueId(QStringLiteral("a-b-copy"), {QStringLiteral("a-b-copy")}),
              QStringLiteral("a-b-copy-2"));
}

TEST_F(RoutineFilesTest, SlugsFollowTheDefaultIdRule)
{
    EXPECT_EQ(RoutineFiles::slug(QStringLiteral("My Routine (v2)")),
              QStringLiteral("my-routine-v2"));
    EXPECT_EQ(RoutineFiles::slug(QStringLiteral("  --  ")), QString());
    // Letters with marks are their base letters, as in a default id made from a file name.
    EXPECT_EQ(RoutineFiles::slug(QStringLiteral("Rücken & Hüfte")), QStringLiteral("rucken-hufte"));
    EXPECT_EQ(RoutineFiles::slug(QStringLiteral("Rücken & Hüfte")).toStdString(),
              core::default_id("Rücken & Hüfte.json"));
}

TEST_F(RoutineFilesTest, ANewRoutineIsValidAndHasItsOwnId)
{
    const PathResult a = m_files.create(RoutineFiles::blank(QStringLiteral("Morning stretch")));
    const PathResult b = m_files.create(RoutineFiles::blank(QStringLiteral("Morning stretch")));
    ASSERT_TRUE(a.ok() && b.ok()) << a.error().toStdString() << b.error().toStdString();
    const storage::RoutineEntry first = read(a.value());
    const storage::RoutineEntry second = read(b.value());
    ASSERT_TRUE(first.isValid()) << first.firstError().toStdString();
    ASSERT_TRUE(second.isValid());
    EXPECT_EQ(first.routine->id, "morning-stretch");
    EXPECT_EQ(second.routine->id, "morning-stretch-2");
    EXPECT_EQ(first.routine->steps.size(), 1u);
    EXPECT_EQ(QFileInfo(a.value()).fileName(), QStringLiteral("morning-stretch.json"));
}

TEST_F(RoutineFilesTest, ANewRoutineKeepsTheIdItWasOfferedWhileItIsFree)
{
    core::Routine routine = RoutineFiles::blank(QStringLiteral("Evening"));
    EXPECT_EQ(routine.id, "") << "not on disk, so no id yet";
    routine.id =
        RoutineFiles::offeredId(QStringLiteral("Evening"), m_files.takenIds()).toStdString();
    EXPECT_EQ(routine.id, "evening");
    const PathResult first = m_files.create(routine);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(read(first.value()).routine->id, "evening");
    // Taken meanwhile: the next one its title offers.
    const PathResult second = m_files.create(routine);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(read(second.value()).routine->id, "evening-2");
    EXPECT_EQ(RoutineFiles::offeredId(QStringLiteral("  --  "), {}), QStringLiteral("my-routine"));
}

TEST_F(RoutineFilesTest, ANewRoutineCanStartFromATemplateStep)
{
    core::Step step;
    step.pose = "Constructive rest";
    step.duration = 180;
    step.cues = {{45, "Let go.", {}}};
    const PathResult made = m_files.create(RoutineFiles::blank(QStringLiteral("Rest"), step));
    ASSERT_TRUE(made.ok());
    const storage::RoutineEntry entry = read(made.value());
    ASSERT_TRUE(entry.isValid());
    EXPECT_TRUE(entry.routine->steps.at(0) == step);
}

TEST_F(RoutineFilesTest, RenamingTheTitleKeepsFileAndId)
{
    const PathResult made = m_files.create(RoutineFiles::blank(QStringLiteral("Old")));
    const PathResult renamed = m_files.rename(made.value(), QStringLiteral("New name"), false);
    ASSERT_TRUE(renamed.ok()) << renamed.error().toStdString();
    EXPECT_EQ(renamed.value(), made.value());
    const storage::RoutineEntry entry = read(made.value());
    EXPECT_EQ(entry.routine->title, "New name");
    EXPECT_EQ(entry.routine->id, "old");
}

TEST_F(RoutineFilesTest, RenamingTheFileKeepsTheIdItHadFromTheOldName)
{
    ASSERT_TRUE(m_paths.ensureDataDir().ok());
    const QString path = userDir() + QStringLiteral("/hips.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "title": "Hips", "steps": [{"pose": "Rest", "duration": 5}]})");
    file.close();

    const PathResult renamed = m_files.rename(path, QStringLiteral("Hips and back"), true);
    ASSERT_TRUE(renamed.ok()) << renamed.error().toStdString();
    EXPECT_EQ(QFileInfo(renamed.value()).fileName(), QStringLiteral("hips-and-back.json"));
    EXPECT_FALSE(QFileInfo::exists(path));
    const storage::RoutineEntry entry = read(renamed.value());
    ASSERT_TRUE(entry.isValid());
    EXPECT_EQ(entry.routine->id, "hips");
    EXPECT_FALSE(entry.routine->id_from_file_name);
    EXPECT_EQ(entry.routine->title, "Hips and back");
}

TEST_F(RoutineFilesTest, DeletingMovesTheRoutineAndItsBackupToTheTrash)
{
    // The trash of the freedesktop.org spec, inside the test folder.
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("xdg"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    const PathResult made = m_files.create(RoutineFiles::blank(QStringLiteral("Gone soon")));
    ASSERT_TRUE(m_files.rename(made.value(), QStringLiteral("Gone"), false).ok()); // makes a .bak
    ASSERT_TRUE(QFileInfo::exists(made.value() + QStringLiteral(".bak")));

    const storage::Status trashed = m_files.moveToTrash(made.value());
    qunsetenv("XDG_DATA_HOME");
    if (!trashed.ok())
        GTEST_SKIP() << "no trash here: " << trashed.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(made.value()));
    EXPECT_FALSE(QFileInfo::exists(made.value() + QStringLiteral(".bak")));
    EXPECT_TRUE(
        QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg/Trash/files/gone-soon.json"))));
}

TEST_F(RoutineFilesTest, WithNoTrashTheRoutineStaysWhereItIs)
{
    // Qt 6.4 reports success and moves the file to ./files/ when the trash cannot be set up.
    const PathResult made = m_files.create(RoutineFiles::blank(QStringLiteral("Stays")));
    const QString workingDir = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(m_dir.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("missing"))));
    const storage::Status trashed = m_files.moveToTrash(made.value());
    qunsetenv("XDG_DATA_HOME");
    QDir::setCurrent(workingDir);
    EXPECT_FALSE(trashed.ok());
    EXPECT_TRUE(trashed.error().contains(QStringLiteral("not deleted")))
        << trashed.error().toStdString();
    EXPECT_TRUE(QFileInfo::exists(made.value()));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("files"))));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("info"))));
}

TEST_F(RoutineFilesTest, DeletingSomethingThatIsNotThereFailsWithAMessage)
{
    const storage::Status result = m_files.moveToTrash(userDir() + QStringLiteral("/none.json"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("none.json")));
}

TEST_F(RoutineFilesTest, DeletingPermanentlyRemovesTheFileAndItsBackup)
{
    const PathResult made = m_files.create(RoutineFiles::blank(QStringLiteral("Temporary")));
    ASSERT_TRUE(m_files.rename(made.value(), QStringLiteral("Temp"), false).ok());
    ASSERT_TRUE(m_files.deletePermanently(made.value()).ok());
    EXPECT_FALSE(QFileInfo::exists(made.value()));
    EXPECT_FALSE(QFileInfo::exists(made.value() + QStringLiteral(".bak")));
}

TEST_F(RoutineFilesTest, APickedPictureIsCopiedIntoImagesBesideTheRoutine)
{
    QTemporaryDir elsewhere;
    const QString picture = elsewhere.filePath(QStringLiteral("my pose.png"));
    QFile file(picture);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("png bytes");
    file.close();
    const QString folder = m_dir.filePath(QStringLiteral("mine"));
    ASSERT_TRUE(QDir().mkpath(folder));

    const PathResult first = storage::PictureImporter::import(picture, folder);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(first.value(), QStringLiteral("images/my pose.png"));
    EXPECT_EQ(readAll(folder + QStringLiteral("/images/my pose.png")), "png bytes");
    // The same picture again is the same file; a different one with that name gets its own.
    EXPECT_EQ(storage::PictureImporter::import(picture, folder).value(), first.value());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("other bytes");
    file.close();
    EXPECT_EQ(storage::PictureImporter::import(picture, folder).value(),
              QStringLiteral("images/my pose-2.png"));
    // A picture already beside the routine is used where it is.
    EXPECT_EQ(
        storage::PictureImporter::import(folder + QStringLiteral("/images/my pose.png"), folder)
            .value(),
        QStringLiteral("images/my pose.png"));
}
