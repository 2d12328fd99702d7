#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "storage/routine_file_writer.h"
#include "storage/save_file_sink.h"

#include "../support/fifo_watchdog.h"
#include "../support/qt_printers.h"

using namespace unclutch;
using PathResult = storage::Result<QString>;
using storage::RoutineFileWriter;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

core::Routine routine(const std::string& title)
{
    core::Routine r;
    r.id = "test";
    r.title = title;
    core::Step step;
    step.pose = "Rest";
    step.duration = 30;
    r.steps.push_back(step);
    return r;
}

// A disk that holds `room` more bytes: writes past it fail as write(2) does on a full disk.
class FullDiskSink : public storage::FileSink {
public:
    FullDiskSink(const QString& path, qint64* room)
        : m_real(path)
        , m_room(room)
    {
    }
    bool open() override { return m_real.open(); }
    bool write(const QByteArray& bytes) override
    {
        if (bytes.size() > *m_room) {
            m_full = true;
            return false;
        }
        *m_room -= bytes.size();
        return m_real.write(bytes);
    }
    bool commit() override { return m_real.commit(); }
    QString errorString() const override
    {
        return m_full ? QString::fromLocal8Bit(std::strerror(ENOSPC)) : m_real.errorString();
    }

private:
    storage::SaveFileSink m_real;
    qint64* m_room;
    bool m_full = false;
};

class RoutineFileWriterTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString& name = QStringLiteral("mine.json")) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RoutineFileWriterTest, WritesANewFileWithoutABackup)
{
    const PathResult result = RoutineFileWriter().save(path(), routine("One"));
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_TRUE(result.warning().isEmpty()) << result.warning().toStdString();
    EXPECT_EQ(readAll(path()), RoutineFileWriter::bytes(routine("One")));
    EXPECT_EQ(entries(m_dir.path()), QStringList{QStringLiteral("mine.json")});
}

TEST_F(RoutineFileWriterTest, KeepsThePreviousVersionAsBak)
{
    writeFile(path(), "old bytes");
    ASSERT_TRUE(RoutineFileWriter().save(path(), routine("Two")).ok());
    EXPECT_EQ(readAll(path()), RoutineFileWriter::bytes(routine("Two")));
    EXPECT_EQ(readAll(RoutineFileWriter::backupPath(path())), "old bytes");
    EXPECT_EQ(entries(m_dir.path()),
              (QStringList{QStringLiteral("mine.json"), QStringLiteral("mine.json.bak")}));
}

TEST_F(RoutineFileWriterTest, SavingTheSameBytesAgainKeepsTheRealPreviousVersion)
{
    writeFile(path(), "first");
    const RoutineFileWriter writer;
    ASSERT_TRUE(writer.saveBytes(path(), "second").ok());
    ASSERT_TRUE(writer.saveBytes(path(), "second").ok());
    EXPECT_EQ(readAll(RoutineFileWriter::backupPath(path())), "first");
}

TEST_F(RoutineFileWriterTest, KeepsTheFilesPermissions)
{
    writeFile(path(), "old");
    ASSERT_TRUE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    ASSERT_TRUE(RoutineFileWriter().saveBytes(path(), "new").ok());
    // Only the mode bits: Qt's *User flags say what this process may do, not the file's mode.
    const QFile::Permissions mode(0x7077);
    EXPECT_EQ(QFile::permissions(path()) & mode, (QFile::ReadOwner | QFile::WriteOwner) & mode);
}

TEST_F(RoutineFileWriterTest, ARead_onlyTargetFailsWithAMessageAndKeepsItsBytes)
{
    writeFile(path(), "precious");
    ASSERT_TRUE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup));
    const PathResult result = RoutineFileWriter().save(path(), routine("New"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("read-only")))
        << result.error().toStdString();
    EXPECT_TRUE(result.error().contains(QStringLiteral("mine.json")));
    EXPECT_EQ(readAll(path()), "precious");
    EXPECT_EQ(entries(m_dir.path()), QStringList{QStringLiteral("mine.json")});
}

TEST_F(RoutineFileWriterTest, ANamedPipeInTheRoutinesPlaceIsNotReadNorReplaced)
{
    test::FifoWatchdog watchdog(path());
    ASSERT_TRUE(watchdog.made());
    const PathResult result = RoutineFileWriter().save(path(), routine("New"));
    EXPECT_FALSE(watchdog.opened());
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("not a regular file")))
        << result.error().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path()));
    EXPECT_FALSE(QFileInfo(path()).isFile()); // still the pipe
    EXPECT_FALSE(QFileInfo::exists(RoutineFileWriter::backupPath(path())));
}

TEST_F(RoutineFileWriterTest, AFullDiskWhileKeepingTheBackupChangesNothing)
{
    writeFile(path(), "precious");
    qint64 room = 3;
    const RoutineFileWriter writer(
        [&](const QString& p) { return std::make_unique<FullDiskSink>(p, &room); });
    const PathResult result = writer.save(path(), routine("New"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))))
        << result.error().toStdString();
    EXPECT_TRUE(result.error().contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(readAll(path()), "precious");
    EXPECT_EQ(entries(m_dir.path()), QStringList{QStringLiteral("mine.json")});
}

TEST_F(RoutineFileWriterTest, AFullDiskWhileWritingTheNewVersionLeavesTheOldFile)
{
    writeFile(path(), "precious");
    qint64 room = 100; // the .bak fits, the routine does not
    const RoutineFileWriter writer(
        [&](const QString& p) { return std::make_unique<FullDiskSink>(p, &room); });
    const PathResult result = writer.save(path(), routine("New"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("left as it was")))
        << result.error().toStdString();
    EXPECT_EQ(readAll(path()), "precious");
    EXPECT_EQ(readAll(RoutineFileWriter::backupPath(path())), "precious");
    EXPECT_EQ(entries(m_dir.path()),
              (QStringList{QStringLiteral("mine.json"), QStringLiteral("mine.json.bak")}));
}

// Real file systems, where the environment allows them to be made: a read-only folder and a
// 64 KiB tmpfs that fills up. Root ignores folder permissions, so root gets a read-only mount.
class RoutineFileWriterOnDiskTest : public RoutineFileWriterTest {
protected:
    void TearDown() override
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Mounts a tmpfs over the test folder; empty on success, else why not.
    std::string mountTmpfs(unsigned long flags, const char* options)
    {
        if (::geteuid() != 0)
            return "mounting a tmpfs needs root";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags,
                    options) != 0)
            return std::string("mount(tmpfs) is not permitted here: ") + std::strerror(errno);
        m_mounted = true;
        return {};
    }

    bool m_mounted = false;
};

TEST_F(RoutineFileWriterOnDiskTest, ARead_onlyFolderFailsWithAMessageAndKeepsTheFile)
{
    writeFile(path(), "precious");
    if (::geteuid() == 0) {
        const std::string why = mountTmpfs(0, "size=64k");
        if (!why.empty())
            GTEST_SKIP() << why;
        writeFile(path(), "precious");
        const auto target = QFile::encodeName(m_dir.path());
        if (::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0)
            GTEST_SKIP() << "cannot remount read-only: " << std::strerror(errno);
    } else {
        ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    }
    const PathResult result = RoutineFileWriter().save(path(), routine("New"));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.error().isEmpty());
    EXPECT_TRUE(result.error().contains(QStringLiteral("mine.json")))
        << result.error().toStdString();
    EXPECT_EQ(readAll(path()), "precious");
    EXPECT_EQ(entries(m_dir.path()), QStringList{QStringLiteral("mine.json")});
}

TEST_F(RoutineFileWriterOnDiskTest, ARealFullDiskFailsWithAMessageAndKeepsTheFile)
{
    const std::string why = mountTmpfs(0, "size=64k");
    if (!why.empty())
        GTEST_SKIP() << why;
    const QByteArray old(4096, 'o');
    writeFile(path(), old);
    // Fill the disk, then free two pages: room for the .bak but not for the new version.
    QFile filler(path(QStringLiteral("filler")));
    ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray page(4096, 'f');
    while (filler.write(page) == page.size()) {
    }
    ASSERT_TRUE(filler.resize(filler.size() - 2 * page.size()));
    filler.close();

    const QByteArray big(40 * 1024, ' ');
    const PathResult result = RoutineFileWriter().saveBytes(path(), big);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))))
        << result.error().toStdString();
    EXPECT_EQ(readAll(path()), old);
    EXPECT_EQ(entries(m_dir.path()),
              (QStringList{QStringLiteral("filler"), QStringLiteral("mine.json"),
                           QStringLiteral("mine.json.bak")}));
}
