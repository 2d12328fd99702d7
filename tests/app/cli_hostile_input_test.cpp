// The command-line modes given what an outside test gives them: files that are not files, and
// names and texts meant to drive the terminal they are printed on.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

#include "cli_run.h"

using namespace unclutch::test;

namespace {

const QByteArray minimal =
    R"({"format": 1, "title": "Slow cat-cow", "steps": [{"pose": "Tabletop", "duration": 30}]})";

// A run that hangs fails well before ctest's own timeout.
constexpr int kPromptly = 20000;

bool makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// Neither an escape (ESC) nor a bell (BEL) may reach the terminal raw.
void expectNoRawControls(const Outcome& outcome)
{
    for (const QString& text : {outcome.out, outcome.err}) {
        EXPECT_FALSE(text.contains(QChar(0x1b))) << text.toStdString();
        EXPECT_FALSE(text.contains(QChar(0x07))) << text.toStdString();
    }
}

} // namespace

TEST(CliSpecialFiles, ValidateOfANamedPipeIsAnErrorAtOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(makeFifo(dir.filePath(QStringLiteral("pipe.json"))));
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("pipe.json")}, dir.path(),
                          {}, {}, kPromptly);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("pipe.json: error: cannot read the file: it is a named pipe "
                                    "(FIFO), not a regular file\n"));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(CliSpecialFiles, TimelineOfANamedPipeOrADeviceIsAnErrorAtOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(makeFifo(dir.filePath(QStringLiteral("pipe.json"))));
    const Outcome pipe = run({QStringLiteral("--timeline"), QStringLiteral("pipe.json")},
                             dir.path(), {}, {}, kPromptly);
    EXPECT_EQ(pipe.exitCode, 1);
    EXPECT_NE(pipe.err.indexOf(QStringLiteral("named pipe (FIFO)")), -1) << pipe.err.toStdString();
    // /dev/zero never ends: it is refused, not read up to the size limit.
    const Outcome device =
        run({QStringLiteral("--timeline"), QStringLiteral("/dev/zero")}, {}, {}, {}, kPromptly);
    EXPECT_EQ(device.exitCode, 1);
    EXPECT_EQ(device.err, QStringLiteral("/dev/zero: error: cannot read the file: it is a device, "
                                         "not a regular file\n"));
}

TEST(CliSpecialFiles, PlayOfANamedPipeIsAnErrorBeforeAnyWindow)
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pipe.json"));
    ASSERT_TRUE(makeFifo(pipe));
    const Outcome r = run({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                           QStringLiteral("--play"), pipe},
                          {}, QStringLiteral("offscreen"), {}, kPromptly);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.indexOf(QStringLiteral("named pipe (FIFO)")), -1) << r.err.toStdString();
}

TEST(CliSpecialFiles, AnImageThatIsANamedPipeIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(makeFifo(dir.filePath(QStringLiteral("pose.png"))));
    writeFile(
        dir.filePath(QStringLiteral("r.json")),
        R"({"format": 1, "title": "T", "steps": [{"pose": "P", "duration": 5, "image": "pose.png"}]})");
    const Outcome validated = run({QStringLiteral("--validate"), QStringLiteral("r.json")},
                                  dir.path(), {}, {}, kPromptly);
    EXPECT_EQ(validated.exitCode, 1);
    EXPECT_NE(validated.err.indexOf(QStringLiteral(
                  "r.json:1:77: error: /steps/0/image: image is not a regular file: \"pose.png\" "
                  "is a named pipe (FIFO)")),
              -1)
        << validated.err.toStdString();
    // --play refuses it before a window opens, instead of hanging in the picture's open().
    const Outcome played = run({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                                QStringLiteral("--play"), dir.filePath(QStringLiteral("r.json"))},
                               {}, QStringLiteral("offscreen"), {}, kPromptly);
    EXPECT_EQ(played.exitCode, 1);
    EXPECT_NE(played.err.indexOf(QStringLiteral("named pipe (FIFO)")), -1)
        << played.err.toStdString();
}

TEST(CliSpecialFiles, TheOversizeMessageGivesTheRealSize)
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.json")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(50 * 1024 * 1024)); // sparse: 50 MiB on paper, nothing on disk
    big.close();
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("big.json")}, dir.path());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("big.json: error: the file is 52428800 bytes, more than 1 MiB "
                                    "(1048576 bytes)\n"));
}

TEST(CliSpecialFiles, AFolderRunSaysWhatItSkippedAndWhy)
{
    QTemporaryDir dir;
    const QDir lib(dir.filePath(QStringLiteral("lib")));
    ASSERT_TRUE(QDir().mkpath(lib.path()));
    writeFile(lib.filePath(QStringLiteral("good.json")), minimal);
    writeFile(lib.filePath(QStringLiteral(".hidden.json")), minimal);
    writeFile(lib.filePath(QStringLiteral("routine.schema.json")), "{}");
    ASSERT_TRUE(makeFifo(lib.filePath(QStringLiteral("pipe.json"))));
    ASSERT_TRUE(lib.mkdir(QStringLiteral("folder.json")));
    ASSERT_TRUE(QFile::link(lib.filePath(QStringLiteral("gone")),
                            lib.filePath(QStringLiteral("link.json"))));
    const Outcome r =
        run({QStringLiteral("--validate"), QStringLiteral("lib")}, dir.path(), {}, {}, kPromptly);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("lib/good.json: ok\n"));
    EXPECT_EQ(r.err, QStringLiteral("lib/.hidden.json: note: skipped: a hidden file\n"
                                    "lib/folder.json: note: skipped: a folder, not a regular file\n"
                                    "lib/link.json: note: skipped: a link to a file that does not "
                                    "exist\n"
                                    "lib/pipe.json: note: skipped: a named pipe (FIFO), not a "
                                    "regular file\n"));
}

TEST(CliSpecialFiles, AFolderWithNoRoutineFileIsReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    const Outcome empty = run({QStringLiteral("--validate"), QStringLiteral("empty")}, dir.path());
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_EQ(empty.err, QStringLiteral("empty: error: no routine file (*.json) in this folder\n"));

    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("notes")));
    writeFile(dir.filePath(QStringLiteral("notes/README.md")), "# not a routine\n");
    writeFile(dir.filePath(QStringLiteral("notes/routine.schema.json")), "{}");
    const Outcome notes = run({QStringLiteral("--validate"), QStringLiteral("notes/")}, dir.path());
    EXPECT_EQ(notes.exitCode, 1);
    EXPECT_EQ(notes.err,
              QStringLiteral("notes/: error: no routine file (*.json) in this folder\n"));
    EXPECT_TRUE(notes.out.isEmpty());
}

TEST(CliHostileText, ListEscapesControlCharactersInTitlesAndPaths)
{
    QTemporaryDir data;
    ASSERT_TRUE(QDir(data.path()).mkpath(QStringLiteral("routines")));
    // An OSC sequence that would retitle the terminal, in the file name and in the title.
    const QString name = QStringLiteral("routines/x\x1b]0;owned\x07.json");
    writeFile(
        data.filePath(name),
        R"({"format": 1, "id": "hostile", "title": "T\u001b]0;owned\u0007", "steps": [{"pose": "P", "duration": 5}]})");
    const Outcome r = run({QStringLiteral("--list"), QStringLiteral("--data-dir"), data.path()});
    EXPECT_EQ(r.exitCode, 0);
    expectNoRawControls(r);
    // Whether such a title is valid or not, the file's name is printed escaped.
    EXPECT_NE(QString(r.out + r.err).indexOf(QStringLiteral("x\\u001b]0;owned\\u0007.json")), -1)
        << r.out.toStdString() << r.err.toStdString();
}

TEST(CliHostileText, ValidateEscapesFileNamesAndKeys)
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("a\x1b[2Jb.json");
    writeFile(
        dir.filePath(name),
        R"({"format": 1, "title": "T", "\u001b]0;k\u0007": 1, "steps": [{"pose": "P", "duration": 5}]})");
    const Outcome r = run({QStringLiteral("--validate"), name}, dir.path());
    expectNoRawControls(r);
    EXPECT_NE(QString(r.out + r.err).indexOf(QStringLiteral("a\\u001b[2Jb.json")), -1)
        << r.out.toStdString() << r.err.toStdString();

    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("lib")));
    writeFile(dir.filePath(QStringLiteral("lib/") + name), minimal);
    const Outcome folder = run({QStringLiteral("--validate"), QStringLiteral("lib")}, dir.path());
    EXPECT_EQ(folder.exitCode, 0);
    expectNoRawControls(folder);
    EXPECT_EQ(folder.out, QStringLiteral("lib/a\\u001b[2Jb.json: ok\n"));
}

TEST(CliHostileText, ExportNamesItsFileEscaped)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("h\x1b]0;x\x07.csv"));
    const Outcome r = run({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                           QStringLiteral("--export-history"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    expectNoRawControls(r);
    EXPECT_NE(r.out.indexOf(QStringLiteral("h\\u001b]0;x\\u0007.csv")), -1) << r.out.toStdString();
}

TEST(CliHostileText, ImportPrintsItsCopysPathEscaped)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("r.json")), minimal);
    // An escape sequence that retitles the terminal, in the data folder's name.
    const QString data = dir.filePath(QStringLiteral("d\x1b]0;x\x07") + QStringLiteral("ata"));
    const Outcome r = run(
        {QStringLiteral("--data-dir"), data, QStringLiteral("--import"), QStringLiteral("r.json")},
        dir.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    expectNoRawControls(r);
    EXPECT_NE(r.out.indexOf(QStringLiteral("d\\u001b]0;x\\u0007ata/routines/r.json")), -1)
        << r.out.toStdString();
}

// Core reports a NUL in an image path; storage and app never hand such a path to a Qt file API,
// whose "Broken filename" warning would reach standard error instead.
TEST(CliHostileText, ANulInAnImagePathReachesNoQtFileApi)
{
    QTemporaryDir dir;
    writeFile(
        dir.filePath(QStringLiteral("r.json")),
        R"({"format": 1, "title": "T", "steps": [{"pose": "P", "duration": 5, "image": "a\u0000b.png"}]})");
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("r.json")}, dir.path());
    EXPECT_EQ(r.err.indexOf(QStringLiteral("Broken filename")), -1) << r.err.toStdString();
    EXPECT_EQ(r.err.indexOf(QStringLiteral("passed to function")), -1) << r.err.toStdString();
    EXPECT_NE(r.err.indexOf(QStringLiteral("r.json:1:")), -1) << r.err.toStdString();
    EXPECT_NE(r.err.indexOf(QStringLiteral("/steps/0/image")), -1) << r.err.toStdString();
    expectNoRawControls(r);
    EXPECT_FALSE(r.err.contains(QChar(0))) << r.err.toStdString();

    // The library, and a session of it (where core lets it play), never hand it on either.
    const QString data = dir.filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkpath(data + QStringLiteral("/routines")));
    writeFile(
        data + QStringLiteral("/routines/nul.json"),
        R"({"format": 1, "title": "T", "transition": 0, "steps": [{"pose": "P", "duration": 1, "image": "a\u0000b.png"}]})");
    const Outcome listed = run({QStringLiteral("--list"), QStringLiteral("--data-dir"), data});
    const Outcome played = playUnattended(
        {QStringLiteral("--data-dir"), data, QStringLiteral("--play"), QStringLiteral("nul")});
    EXPECT_EQ(played.exitCode, 0) << played.err.toStdString();
    for (const Outcome& outcome : {listed, played}) {
        EXPECT_EQ(outcome.err.indexOf(QStringLiteral("Broken filename")), -1)
            << outcome.err.toStdString();
        expectNoRawControls(outcome);
    }
    // The app sends Qt's warnings to its log: none is there either.
    QFile log(data + QStringLiteral("/logs/unclutch.log"));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    EXPECT_FALSE(logged.contains("Broken filename")) << logged.toStdString();
}
