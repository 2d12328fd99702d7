#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include "app/logging.h"

using unclutch::app::Logging;

namespace {

// Whatever is written to file descriptor 2 between construction and `take`.
class StderrCapture {
public:
    StderrCapture()
        : m_file(std::tmpfile())
    {
        std::fflush(stderr);
        m_saved = dup(STDERR_FILENO);
        dup2(fileno(m_file), STDERR_FILENO);
    }

    ~StderrCapture() { restore(); }

    QByteArray take()
    {
        restore();
        QByteArray text;
        std::rewind(m_file);
        char buffer[4096];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, m_file)) > 0)
            text.append(buffer, static_cast<qsizetype>(n));
        return text;
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        dup2(m_saved, STDERR_FILENO);
        close(m_saved);
        m_saved = -1;
    }

    std::FILE* m_file;
    int m_saved = -1;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The permission bits of `path`, as ls shows them.
unsigned mode(const QString& path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 0777 : 0;
}

class LoggingTest : public ::testing::Test {
protected:
    void TearDown() override { Logging::shutdown(); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(LoggingTest, LinesAndQtMessagesLandInTheFile)
{
    const QString logDir = m_dir.filePath(QStringLiteral("logs"));
    const unclutch::storage::Status started = Logging::init(logDir, false);
    ASSERT_TRUE(started.ok()) << started.error().toStdString();
    spdlog::info("reminder armed in {} ms", 1500);
    spdlog::info("opened {}", QStringLiteral("routines/ünïcode.json"));
    qWarning("a warning from Qt");
    spdlog::debug("chatter only --verbose wants");
    Logging::shutdown();

    const QByteArray log = readAll(Logging::logFilePath(logDir));
    EXPECT_TRUE(log.contains("[info] reminder armed in 1500 ms")) << log.toStdString();
    EXPECT_TRUE(log.contains("opened routines/ünïcode.json")) << log.toStdString();
    EXPECT_TRUE(log.contains("[warning] a warning from Qt")) << log.toStdString();
    EXPECT_FALSE(log.contains("chatter"));
}

TEST_F(LoggingTest, WithoutVerboseNothingReachesStderr)
{
    StderrCapture capture;
    ASSERT_TRUE(Logging::init(m_dir.filePath(QStringLiteral("logs")), false).ok());
    spdlog::info("info line");
    spdlog::error("error line");
    qWarning("qt warning");
    qCritical("qt critical");
    Logging::shutdown();
    EXPECT_EQ(capture.take(), QByteArray());
}

TEST_F(LoggingTest, VerboseAlsoWritesToStderr)
{
    StderrCapture capture;
    ASSERT_TRUE(Logging::init(m_dir.filePath(QStringLiteral("logs")), true).ok());
    spdlog::debug("debug line for the terminal");
    Logging::shutdown();
    EXPECT_TRUE(capture.take().contains("debug line for the terminal"));
}

TEST_F(LoggingTest, UnusableFolderIsReportedAndWarningsStillGoSomewhere)
{
    // A regular file where the folder should be: nothing can be created inside it.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();

    StderrCapture capture;
    const unclutch::storage::Status started =
        Logging::init(blocker + QStringLiteral("/logs"), false);
    EXPECT_FALSE(started.ok());
    spdlog::info("quiet");
    spdlog::warn("still heard");
    Logging::shutdown();
    const QByteArray err = capture.take();
    EXPECT_TRUE(started.error().contains(QStringLiteral("not-a-folder")))
        << started.error().toStdString();
    EXPECT_TRUE(err.contains("still heard"));
    EXPECT_FALSE(err.contains("quiet"));
}

TEST_F(LoggingTest, TheFolderAndEveryLogFileAreTheOwnersAlone)
{
    const QString logDir = m_dir.filePath(QStringLiteral("logs"));
    ASSERT_TRUE(Logging::init(logDir, false));
    spdlog::info("first line");
    EXPECT_EQ(mode(logDir), 0700);
    const QString log = Logging::logFilePath(logDir);
    EXPECT_EQ(mode(log), 0600);
    // A rotation opens a new file: it is private too.
    const std::string line(1000, 'x');
    for (std::size_t written = 0; written < 2 * Logging::maxFileBytes; written += line.size())
        spdlog::info("{}", line);
    Logging::shutdown();
    const QString rotated = logDir + QStringLiteral("/unclutch.1.log");
    ASSERT_TRUE(QFile::exists(rotated));
    EXPECT_EQ(mode(rotated), 0600);
    EXPECT_EQ(mode(log), 0600);
}

TEST_F(LoggingTest, ALogFileAnOlderVersionLeftOpenIsClosedToOthers)
{
    const QString logDir = m_dir.filePath(QStringLiteral("logs"));
    ASSERT_TRUE(QDir().mkpath(logDir));
    QFile old(Logging::logFilePath(logDir));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.close();
    ASSERT_TRUE(old.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                   QFile::ReadOther));
    ASSERT_TRUE(Logging::init(logDir, false));
    Logging::shutdown();
    EXPECT_EQ(mode(old.fileName()), 0600);
}

TEST_F(LoggingTest, ControlCharactersFromAFileAreEscapedInTheLogAndOnTheTerminal)
{
    const QString logDir = m_dir.filePath(QStringLiteral("logs"));
    StderrCapture capture;
    ASSERT_TRUE(Logging::init(logDir, true));
    spdlog::warn("cannot read {}", QStringLiteral("x\x1b]0;owned\x07.json"));
    qWarning("%s", "Qt quoting a file: \x1b[2J");
    Logging::shutdown();
    const QByteArray err = capture.take();
    const QByteArray log = readAll(Logging::logFilePath(logDir));
    for (const QByteArray& text : {err, log}) {
        EXPECT_FALSE(text.contains('\x1b')) << text.toStdString();
        EXPECT_FALSE(text.contains('\x07')) << text.toStdString();
        EXPECT_TRUE(text.contains("x\\u001b]0;owned\\u0007.json")) << text.toStdString();
        EXPECT_TRUE(text.contains("Qt quoting a file: \\u001b[2J")) << text.toStdString();
    }
}
