#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace unclutch::test {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false; // within the time allowed
};

// Runs the real binary with no display at all: command-line modes must not need one. A run
// that has not ended after `timeoutMs` fails the test and is killed.
inline Outcome run(const QStringList& arguments, const QString& workingDir = {},
                   const QString& platform = {}, const QString& language = {},
                   int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    if (!language.isEmpty()) {
        environment.insert(QStringLiteral("LANG"), language);
        environment.insert(QStringLiteral("LANGUAGE"), language.left(2));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
    }
    process.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(UNCLUTCH_EXECUTABLE), arguments);
    Outcome result;
    result.finished = process.waitForFinished(timeoutMs);
    EXPECT_TRUE(result.finished) << "still running after " << timeoutMs << " ms";
    result.exitCode =
        result.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// `--play` as a measurement run: unattended (no cautions asked, quit at the end), offscreen,
// and with no sound anywhere.
inline Outcome playUnattended(const QStringList& arguments)
{
    qputenv("UNCLUTCH_QUIT_AT_END", "1");
    qputenv("PULSE_SERVER", "unix:/nonexistent/unclutch-cli-test");
    Outcome played = run(arguments, {}, QStringLiteral("offscreen"));
    qunsetenv("UNCLUTCH_QUIT_AT_END");
    qunsetenv("PULSE_SERVER");
    return played;
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace unclutch::test
