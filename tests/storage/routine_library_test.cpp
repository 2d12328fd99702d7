#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "storage/routine_file_reader.h"
#include "storage/routine_library.h"

using namespace unclutch::storage;

namespace {

const char* const validRoutine = R"({"format": 1, "id": "%1", "title": "%2",
  "steps": [{"pose": "Tabletop", "duration": 30}]})";

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray routine(const QString& id, const QString& title)
{
    return QString::fromLatin1(validRoutine).arg(id, title).toUtf8();
}

} // namespace

TEST(RoutineFileReader, ListsJsonFilesButNotSchemas)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("b.json")),
              routine(QStringLiteral("b"), QStringLiteral("B")));
    writeFile(dir.filePath(QStringLiteral("a.json")),
              routine(QStringLiteral("a"), QStringLiteral("A")));
    writeFile(dir.filePath(QStringLiteral("routine.schema.json")), "{}");
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "hello");
    const QStringList files = RoutineFileReader::routineFilesIn(dir.path());
    ASSERT_EQ(files.size(), 2);
    EXPECT_TRUE(files[0].endsWith(QStringLiteral("/a.json")));
    EXPECT_TRUE(files[1].endsWith(QStringLiteral("/b.json")));
}

TEST(RoutineFileReader, MissingFileIsAnErrorNamingTheFile)
{
    const RoutineEntry entry =
        RoutineFileReader::read(QStringLiteral("/nonexistent/x.json"), RoutineOrigin::Extra);
    EXPECT_FALSE(entry.isValid());
    ASSERT_EQ(entry.diagnostics.size(), 1u);
    EXPECT_EQ(
        entry.diagnostics[0].format().rfind("/nonexistent/x.json: error: cannot read the file", 0),
        0u)
        << entry.diagnostics[0].format();
}

TEST(RoutineFileReader, ReadsAValidRoutineForEditingWithItsBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    const QByteArray bytes = routine(QStringLiteral("mine"), QStringLiteral("Mine"));
    writeFile(path, bytes);
    const Result<EditableRoutine> read =
        RoutineFileReader::readForEditing(path, RoutineOrigin::User);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read->routine.title, "Mine");
    EXPECT_EQ(read->bytes, bytes);
}

TEST(RoutineFileReader, ReadingForEditingFailsWithTheFirstErrorOrTheReason)
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, R"({"format": 1, "title": "", "steps": []})");
    const Result<EditableRoutine> invalid =
        RoutineFileReader::readForEditing(broken, RoutineOrigin::User);
    ASSERT_FALSE(invalid.ok());
    EXPECT_TRUE(invalid.error().contains(QStringLiteral("broken.json:")));
    EXPECT_TRUE(invalid.error().contains(QStringLiteral("error: /title")))
        << invalid.error().toStdString();

    const Result<EditableRoutine> folder =
        RoutineFileReader::readForEditing(dir.path(), RoutineOrigin::User);
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().contains(QStringLiteral("is a folder")))
        << folder.error().toStdString();

    const Result<EditableRoutine> missing = RoutineFileReader::readForEditing(
        dir.filePath(QStringLiteral("none.json")), RoutineOrigin::User);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("none.json")))
        << missing.error().toStdString();
}

TEST(RoutineFileReader, MissingImageIsAWarningAndTheRoutineStillLoads)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pic.svg")), "<svg/>");
    writeFile(dir.filePath(QStringLiteral("r.json")), R"({"format": 1, "title": "T", "steps": [
        {"pose": "A", "duration": 5, "image": "pic.svg"},
        {"pose": "B", "duration": 5, "image": "missing.svg",
         "easier": {"pose": "B easy", "image": "pic.svg"}}]})");
    const RoutineEntry entry =
        RoutineFileReader::read(dir.filePath(QStringLiteral("r.json")), RoutineOrigin::User);
    ASSERT_TRUE(entry.isValid());
    ASSERT_EQ(entry.diagnostics.size(), 1u);
    EXPECT_EQ(entry.diagnostics[0].severity, unclutch::core::Severity::Warning);
    EXPECT_EQ(entry.diagnostics[0].pointer, "/steps/1/image");
}

TEST(RoutineFileReader, AHugeFileIsReportedWithoutBeingReadWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    writeFile(path, QByteArray(5 * 1024 * 1024, ' '));
    const RoutineEntry entry = RoutineFileReader::read(path, RoutineOrigin::User);
    EXPECT_FALSE(entry.isValid());
    ASSERT_FALSE(entry.diagnostics.empty());
    EXPECT_NE(entry.firstError().indexOf(QStringLiteral("MiB")), -1)
        << entry.firstError().toStdString();
}

TEST(RoutineLibrary, LaterDuplicateIdIsReportedAndNotLoaded)
{
    QTemporaryDir bundled;
    QTemporaryDir user;
    writeFile(bundled.filePath(QStringLiteral("one.json")),
              routine(QStringLiteral("same"), QStringLiteral("First")));
    writeFile(user.filePath(QStringLiteral("two.json")),
              routine(QStringLiteral("same"), QStringLiteral("Second")));
    writeFile(user.filePath(QStringLiteral("broken.json")), "{");
    RoutineLibrary library(
        {{bundled.path(), RoutineOrigin::Bundled}, {user.path(), RoutineOrigin::User}});
    library.reload();
    ASSERT_EQ(library.entries().size(), 3);
    const RoutineEntry* found = library.findById(QStringLiteral("same"));
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->routine->title, "First");
    EXPECT_TRUE(found->isReadOnly());
    const RoutineEntry* second = library.findByPath(user.filePath(QStringLiteral("two.json")));
    ASSERT_NE(second, nullptr);
    EXPECT_FALSE(second->isValid());
    EXPECT_NE(second->firstError().indexOf(QStringLiteral("already has the id \"same\"")), -1);
    const RoutineEntry* broken = library.findByPath(user.filePath(QStringLiteral("broken.json")));
    ASSERT_NE(broken, nullptr);
    EXPECT_FALSE(broken->isValid());
}

// --play reads the library to find its routine before the app exists; the app's library takes
// what it read instead of reading every file again, and watches from there.
TEST(RoutineLibrary, TakesTheEntriesAnotherLibraryReadAndWatchesOnFromThem)
{
    QTemporaryDir user;
    writeFile(user.filePath(QStringLiteral("one.json")),
              routine(QStringLiteral("one"), QStringLiteral("One")));
    RoutineLibrary first({{user.path(), RoutineOrigin::User}});
    first.reload();
    RoutineLibrary second({{user.path(), RoutineOrigin::User}});
    QSignalSpy changed(&second, &RoutineLibrary::changed);
    second.setEntries(first.entries());
    EXPECT_EQ(changed.count(), 1);
    ASSERT_NE(second.findById(QStringLiteral("one")), nullptr);
    EXPECT_EQ(second.findById(QStringLiteral("one"))->routine->title, "One");

    second.setWatching(true);
    writeFile(user.filePath(QStringLiteral("two.json")),
              routine(QStringLiteral("two"), QStringLiteral("Two")));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return second.findById(QStringLiteral("two")) != nullptr; }, 5000));
}

TEST(RoutineLibrary, PicksUpAnEditMadeElsewhere)
{
    QTemporaryDir user;
    const QString path = user.filePath(QStringLiteral("mine.json"));
    writeFile(path, routine(QStringLiteral("mine"), QStringLiteral("Before")));
    RoutineLibrary library({{user.path(), RoutineOrigin::User}});
    library.reload();
    library.setWatching(true);
    QSignalSpy changed(&library, &RoutineLibrary::changed);

    writeFile(path, routine(QStringLiteral("mine"), QStringLiteral("After")));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(library.findById(QStringLiteral("mine"))->routine->title, "After");

    // A file replaced by rename, as atomic saves do, is still watched afterwards.
    writeFile(path + QStringLiteral(".tmp"), "{ broken");
    QFile::remove(path);
    ASSERT_TRUE(QFile::rename(path + QStringLiteral(".tmp"), path));
    ASSERT_TRUE(changed.wait(5000));
    ASSERT_NE(library.findByPath(path), nullptr);
    EXPECT_FALSE(library.findByPath(path)->isValid());

    writeFile(user.filePath(QStringLiteral("new.json")),
              routine(QStringLiteral("new"), QStringLiteral("New")));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_NE(library.findById(QStringLiteral("new")), nullptr);
}
