#include <gtest/gtest.h>

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "storage/routine_file_reader.h"
#include "storage/routine_importer.h"

#include "../support/qt_printers.h"
#include "../support/test_files.h"

using namespace unclutch;
using storage::ImportedRoutine;
using storage::RoutineImporter;
using test::readAll;
using test::writeFile;

namespace {

QByteArray routineJson(const char* id, const char* title = "Hip openers")
{
    QByteArray json = R"({"format": 1, )";
    if (id)
        json += R"("id": ")" + QByteArray(id) + R"(", )";
    json += R"("title": ")" + QByteArray(title) + R"(", "steps": [
        {"pose": "Figure four", "duration": 60, "image": "images/figure-four.png",
         "easier": {"pose": "Figure four on the back", "image": "images/easy.png"}},
        {"pose": "Rest", "duration": 30, "image": "images/figure-four.png"}]})";
    return json;
}

class RoutineImporterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(m_sent.isValid());
    }

    QString userDir() const { return m_paths.userRoutinesDir(); }
    QString sent(const QString& relative) const { return m_sent.filePath(relative); }

    // A routine as a physiotherapist would send it: the file and its two pictures.
    QString sendHipOpeners(const char* id = "hip-openers")
    {
        writeFile(sent(QStringLiteral("images/figure-four.png")), "figure four picture");
        writeFile(sent(QStringLiteral("images/easy.png")), "easier picture");
        writeFile(sent(QStringLiteral("Hip openers.json")), routineJson(id));
        return sent(QStringLiteral("Hip openers.json"));
    }

    QStringList userFiles() const
    {
        QStringList files;
        const QDir dir(userDir());
        for (const QString& name : dir.entryList(QDir::Files))
            files << name;
        for (const QString& name :
             QDir(dir.filePath(QStringLiteral("images"))).entryList(QDir::Files))
            files << QStringLiteral("images/") + name;
        return files;
    }

    QTemporaryDir m_data;
    QTemporaryDir m_sent;
    storage::Paths m_paths{m_data.filePath(QStringLiteral("data"))};
    RoutineImporter m_importer{m_paths};
};

} // namespace

TEST_F(RoutineImporterTest, CopiesTheRoutineWithItsPicturesIntoTheUsersRoutines)
{
    const storage::Result<ImportedRoutine> imported = m_importer.importFile(sendHipOpeners());
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_TRUE(imported.warning().isEmpty()) << imported.warning().toStdString();
    EXPECT_EQ(imported->id, QStringLiteral("hip-openers"));
    EXPECT_EQ(imported->title, QStringLiteral("Hip openers"));
    EXPECT_TRUE(imported->copied);
    EXPECT_EQ(QFileInfo(imported->path).absolutePath(), QDir(userDir()).absolutePath());

    const storage::RoutineEntry copy =
        storage::RoutineFileReader::read(imported->path, storage::RoutineOrigin::User);
    ASSERT_TRUE(copy.isValid()) << copy.firstError().toStdString();
    EXPECT_TRUE(copy.diagnostics.empty()) << copy.diagnostics.front().format();
    EXPECT_EQ(copy.routine->id, "hip-openers");
    EXPECT_EQ(copy.routine->steps[0].image, "images/figure-four.png");
    EXPECT_EQ(copy.routine->steps[0].easier->image, "images/easy.png");
    EXPECT_EQ(readAll(userDir() + QStringLiteral("/images/figure-four.png")),
              "figure four picture");
    EXPECT_EQ(readAll(userDir() + QStringLiteral("/images/easy.png")), "easier picture");
    // The file sent is left as it was.
    EXPECT_EQ(readAll(sent(QStringLiteral("Hip openers.json"))), routineJson("hip-openers"));
}

TEST_F(RoutineImporterTest, AnIdFromTheFileNameStaysTheRoutinesIdInTheCopy)
{
    writeFile(sent(QStringLiteral("My Hip (v2).json")), routineJson(nullptr));
    const storage::Result<ImportedRoutine> imported =
        m_importer.importFile(sent(QStringLiteral("My Hip (v2).json")));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(imported->id, QStringLiteral("my-hip-v2"));
    const storage::RoutineEntry copy =
        storage::RoutineFileReader::read(imported->path, storage::RoutineOrigin::User);
    ASSERT_TRUE(copy.isValid());
    EXPECT_EQ(copy.routine->id, "my-hip-v2");
}

TEST_F(RoutineImporterTest, AnIdTakenByABundledRoutineGetsAFreshOne)
{
    writeFile(sent(QStringLiteral("clutch.json")), routineJson("release-the-clutch", "Mine"));
    const storage::Result<ImportedRoutine> imported =
        m_importer.importFile(sent(QStringLiteral("clutch.json")));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(imported->id, QStringLiteral("release-the-clutch-2"));
    const storage::RoutineEntry copy =
        storage::RoutineFileReader::read(imported->path, storage::RoutineOrigin::User);
    ASSERT_TRUE(copy.isValid());
    EXPECT_EQ(copy.routine->id, "release-the-clutch-2");
    EXPECT_EQ(copy.routine->title, "Mine");
}

TEST_F(RoutineImporterTest, TheSameIdImportedAgainGetsTheNextFreshOne)
{
    const QString file = sendHipOpeners();
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const storage::Result<ImportedRoutine> imported = m_importer.importFile(file);
        ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
        ids << imported->id;
    }
    EXPECT_EQ(ids, QStringList({QStringLiteral("hip-openers"), QStringLiteral("hip-openers-2"),
                                QStringLiteral("hip-openers-3")}));
    // One copy of each picture serves all three: the bytes are the same.
    EXPECT_EQ(
        userFiles().filter(QStringLiteral("images/")),
        QStringList({QStringLiteral("images/easy.png"), QStringLiteral("images/figure-four.png")}));
}

TEST_F(RoutineImporterTest, ADifferentPictureAlreadyThereIsNeverOverwritten)
{
    writeFile(userDir() + QStringLiteral("/images/figure-four.png"), "someone else's picture");
    const storage::Result<ImportedRoutine> imported = m_importer.importFile(sendHipOpeners());
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(readAll(userDir() + QStringLiteral("/images/figure-four.png")),
              "someone else's picture");
    const storage::RoutineEntry copy =
        storage::RoutineFileReader::read(imported->path, storage::RoutineOrigin::User);
    ASSERT_TRUE(copy.isValid());
    // Both steps that share the picture now point at the copy under its own name.
    EXPECT_EQ(copy.routine->steps[0].image, "images/figure-four-2.png");
    EXPECT_EQ(copy.routine->steps[1].image, "images/figure-four-2.png");
    EXPECT_EQ(readAll(userDir() + QStringLiteral("/images/figure-four-2.png")),
              "figure four picture");
}

TEST_F(RoutineImporterTest, AFileWithErrorsIsRefusedWithEveryProblemAndNothingIsCopied)
{
    writeFile(sent(QStringLiteral("images/figure-four.png")), "figure four picture");
    writeFile(sent(QStringLiteral("bad.json")),
              R"({"format": 1, "title": "Bad", "steps": [
                  {"pose": "A", "duration": -5, "image": "images/figure-four.png"},
                  {"pose": "", "duration": 10}]})");
    const storage::Result<ImportedRoutine> imported =
        m_importer.importFile(sent(QStringLiteral("bad.json")), QStringLiteral("sent/bad.json"));
    ASSERT_FALSE(imported.ok());
    const QStringList lines = imported.error().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << imported.error().toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("sent/bad.json:2:"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("error: /steps/0/duration:")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("error: /steps/1/pose:")));
    EXPECT_TRUE(userFiles().isEmpty()) << userFiles().join(u' ').toStdString();
}

TEST_F(RoutineImporterTest, WarningsComeWithTheImport)
{
    writeFile(sent(QStringLiteral("w.json")),
              R"({"format": 1, "title": "W", "steps": [
                  {"pose": "A", "duraton": 3, "duration": 5, "image": "images/gone.png"}]})");
    const storage::Result<ImportedRoutine> imported =
        m_importer.importFile(sent(QStringLiteral("w.json")), QStringLiteral("w.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    const QStringList lines = imported.warning().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << imported.warning().toStdString();
    for (const QString& line : lines)
        EXPECT_TRUE(line.startsWith(QStringLiteral("w.json:2:"))) << line.toStdString();
    EXPECT_TRUE(imported.warning().contains(QStringLiteral("did you mean \"duration\"")));
    EXPECT_TRUE(imported.warning().contains(QStringLiteral("image file not found")));
}

TEST_F(RoutineImporterTest, SomethingThatIsNotARegularFileIsRefusedAtOnce)
{
    const QString fifo = sent(QStringLiteral("pipe.json"));
    ASSERT_EQ(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    const storage::Result<ImportedRoutine> fromFifo = m_importer.importFile(fifo);
    ASSERT_FALSE(fromFifo.ok());
    EXPECT_TRUE(fromFifo.error().startsWith(fifo + QStringLiteral(": error: ")))
        << fromFifo.error().toStdString();

    ASSERT_TRUE(QDir().mkpath(sent(QStringLiteral("folder.json"))));
    const storage::Result<ImportedRoutine> fromFolder =
        m_importer.importFile(sent(QStringLiteral("folder.json")));
    ASSERT_FALSE(fromFolder.ok());
    EXPECT_TRUE(fromFolder.error().contains(QStringLiteral("folder")))
        << fromFolder.error().toStdString();

    const storage::Result<ImportedRoutine> missing =
        m_importer.importFile(sent(QStringLiteral("missing.json")));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(userFiles().isEmpty());
}

TEST_F(RoutineImporterTest, AFileAlreadyInTheUsersRoutinesIsLeftWhereItIs)
{
    const QString own = userDir() + QStringLiteral("/hip-openers.json");
    writeFile(own, routineJson("hip-openers"));
    const storage::Result<ImportedRoutine> imported = m_importer.importFile(own);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_FALSE(imported->copied);
    EXPECT_EQ(imported->id, QStringLiteral("hip-openers"));
    EXPECT_EQ(imported->path, QFileInfo(own).canonicalFilePath());
    EXPECT_EQ(userFiles(), QStringList(QStringLiteral("hip-openers.json")));
}
