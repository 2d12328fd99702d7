#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "storage/routine_exporter.h"
#include "storage/routine_file_reader.h"

#include "../support/qt_printers.h"
#include "../support/test_files.h"

using namespace unclutch;
using storage::RoutineExporter;
using test::readAll;
using test::writeFile;

namespace {

// Every file under `folder`, by its path relative to it.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    const QDir root(folder);
    QList<QString> pending{folder};
    while (!pending.isEmpty()) {
        const QDir dir(pending.takeFirst());
        for (const QFileInfo& info :
             dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (info.isDir())
                pending << info.filePath();
            else
                files << root.relativeFilePath(info.filePath());
        }
    }
    files.sort();
    return files;
}

const QByteArray kHipOpeners = R"({ "format": 1, "title": "Hip openers",
  "steps": [
    {"pose": "Figure four", "duration": 60, "image": "images/figure-four.png",
     "easier": {"pose": "On the back", "image": "pictures/easy.png"}},
    {"pose": "Rest", "duration": 30, "image": "images/figure-four.png"}]}
)";

class RoutineExporterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(m_out.isValid());
        writeFile(own(QStringLiteral("images/figure-four.png")), "figure four picture");
        writeFile(own(QStringLiteral("pictures/easy.png")), "easier picture");
        writeFile(own(QStringLiteral("images/unused.png")), "not used by the routine");
        writeFile(own(QStringLiteral("Hip Openers.json")), kHipOpeners);
    }

    QString own(const QString& relative) const
    {
        return m_paths.userRoutinesDir() + u'/' + relative;
    }

    QTemporaryDir m_data;
    QTemporaryDir m_out;
    storage::Paths m_paths{m_data.filePath(QStringLiteral("data"))};
    RoutineExporter m_exporter{m_paths};
};

} // namespace

TEST_F(RoutineExporterTest, AFolderWithTheFileByteForByteAndThePicturesItUses)
{
    const storage::Result<QString> exported =
        m_exporter.exportTo(own(QStringLiteral("Hip Openers.json")), m_out.path());
    ASSERT_TRUE(exported.ok()) << exported.error().toStdString();
    EXPECT_TRUE(exported.warning().isEmpty());
    EXPECT_EQ(*exported, m_out.filePath(QStringLiteral("hip-openers")));
    EXPECT_EQ(filesUnder(*exported), QStringList({QStringLiteral("hip-openers.json"),
                                                  QStringLiteral("images/figure-four.png"),
                                                  QStringLiteral("pictures/easy.png")}));
    EXPECT_EQ(readAll(*exported + QStringLiteral("/hip-openers.json")), kHipOpeners);
    EXPECT_EQ(readAll(*exported + QStringLiteral("/pictures/easy.png")), "easier picture");
    // Read where it was sent, it is the same routine, with its id and pictures.
    const storage::RoutineEntry sent = storage::RoutineFileReader::read(
        *exported + QStringLiteral("/hip-openers.json"), storage::RoutineOrigin::Extra);
    ASSERT_TRUE(sent.isValid());
    EXPECT_TRUE(sent.diagnostics.empty()) << sent.diagnostics.front().format();
    EXPECT_EQ(sent.routine->id, "hip-openers");
}

TEST_F(RoutineExporterTest, ATakenFolderNameGetsANumber)
{
    ASSERT_TRUE(QDir(m_out.path()).mkdir(QStringLiteral("hip-openers")));
    const storage::Result<QString> exported =
        m_exporter.exportTo(own(QStringLiteral("Hip Openers.json")), m_out.path());
    ASSERT_TRUE(exported.ok()) << exported.error().toStdString();
    EXPECT_EQ(*exported, m_out.filePath(QStringLiteral("hip-openers-2")));
    EXPECT_TRUE(QDir(m_out.filePath(QStringLiteral("hip-openers"))).isEmpty());
}

TEST_F(RoutineExporterTest, AMissingPictureIsLeftOutWithAWarning)
{
    QFile::remove(own(QStringLiteral("pictures/easy.png")));
    const storage::Result<QString> exported =
        m_exporter.exportTo(own(QStringLiteral("Hip Openers.json")), m_out.path());
    ASSERT_TRUE(exported.ok()) << exported.error().toStdString();
    EXPECT_TRUE(exported.warning().contains(QStringLiteral("pictures/easy.png")))
        << exported.warning().toStdString();
    EXPECT_EQ(filesUnder(*exported), QStringList({QStringLiteral("hip-openers.json"),
                                                  QStringLiteral("images/figure-four.png")}));
}

TEST_F(RoutineExporterTest, ABundledRoutineTravelsWithItsPictures)
{
    const storage::Result<QString> exported = m_exporter.exportTo(
        m_paths.bundledRoutinesDir() + QStringLiteral("/back-of-the-body.json"), m_out.path());
    ASSERT_TRUE(exported.ok()) << exported.error().toStdString();
    const storage::RoutineEntry sent = storage::RoutineFileReader::read(
        *exported + QStringLiteral("/back-of-the-body.json"), storage::RoutineOrigin::Extra);
    ASSERT_TRUE(sent.isValid()) << sent.firstError().toStdString();
    EXPECT_TRUE(sent.diagnostics.empty()) << sent.diagnostics.front().format();
    EXPECT_EQ(sent.routine->id, "back-of-the-body");
    EXPECT_TRUE(filesUnder(*exported).contains(QStringLiteral("images/pigeon.svg")));
}

TEST_F(RoutineExporterTest, ARoutineWithErrorsIsNotExportedAndNothingIsLeft)
{
    writeFile(own(QStringLiteral("bad.json")), R"({"format": 1, "title": "Bad", "steps": []})");
    const storage::Result<QString> exported =
        m_exporter.exportTo(own(QStringLiteral("bad.json")), m_out.path());
    ASSERT_FALSE(exported.ok());
    EXPECT_TRUE(exported.error().contains(QStringLiteral("/steps")))
        << exported.error().toStdString();
    EXPECT_TRUE(QDir(m_out.path()).isEmpty());
}

TEST_F(RoutineExporterTest, AFailureHalfWayLeavesNothingBehind)
{
    // A picture kept in a folder named like the routine file: once the picture is copied, the
    // routine file cannot be written.
    writeFile(own(QStringLiteral("odd.json/pose.png")), "a picture");
    writeFile(own(QStringLiteral("Odd.json")),
              R"({"format": 1, "title": "Odd", "steps": [
                  {"pose": "A", "duration": 5, "image": "odd.json/pose.png"}]})");
    const storage::Result<QString> failed =
        m_exporter.exportTo(own(QStringLiteral("Odd.json")), m_out.path());
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("odd.json")))
        << failed.error().toStdString();
    EXPECT_TRUE(QDir(m_out.path()).isEmpty());
}

TEST_F(RoutineExporterTest, OnlyIntoAFolder)
{
    const storage::Result<QString> intoAFile = m_exporter.exportTo(
        own(QStringLiteral("Hip Openers.json")), own(QStringLiteral("pictures/easy.png")));
    ASSERT_FALSE(intoAFile.ok());
    EXPECT_TRUE(intoAFile.error().contains(QStringLiteral("not a folder")));
}
