#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace unclutch::test {

// Permissions do not stop root: a read-only folder is writable to it. A fault test that needs
// one is run, when the suite runs as root (as CI does), again in a child process of the same
// test binary as the unprivileged user "nobody" (setpriv, from util-linux), and the child's
// result is its result. So these tests run and pass on a clean CI machine instead of skipping.
//
//     TEST_F(HistoryTest, AReadOnlyFolder…)
//     {
//         if (ranAsUnprivilegedChild())
//             return;
//         …the test itself…
//     }
//
// Returns false when the caller is not root (it runs the test itself), true when the test ran
// in the child (its failures are reported here).
inline bool ranAsUnprivilegedChild()
{
    if (::geteuid() != 0)
        return false;
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    const QString name = QString::fromUtf8(test->test_suite_name()) + QLatin1Char('.') +
                         QString::fromUtf8(test->name());
    const passwd* nobody = ::getpwnam("nobody");
    if (!nobody) {
        ADD_FAILURE() << "no user \"nobody\" to run " << name.toStdString() << " as";
        return true;
    }
    // "nobody" may not reach the build tree (a clone under /root), nor write in the temporary
    // folders root makes: the binary is copied into a folder of the child's own, which is also
    // its temporary folder and its home.
    QTemporaryDir home;
    const QString binary = home.filePath(QStringLiteral("tests"));
    if (!home.isValid() || !QFile::copy(QCoreApplication::applicationFilePath(), binary) ||
        !QFile::setPermissions(binary, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser |
                                           QFile::ExeUser | QFile::ReadOther | QFile::ExeOther) ||
        ::chown(QFile::encodeName(home.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
        ADD_FAILURE() << "cannot prepare a folder for \"nobody\" to run " << name.toStdString();
        return true;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("TMPDIR"), home.path());
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setWorkingDirectory(home.path());
    child.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                 QStringLiteral("--regid=%1").arg(nobody->pw_gid), QStringLiteral("--clear-groups"),
                 binary, QStringLiteral("--gtest_filter=") + name});
    const bool finished = child.waitForFinished(120000);
    const QString output = QString::fromUtf8(child.readAll());
    // It must have run and passed: a skip in the child is a failure here.
    EXPECT_TRUE(finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 &&
                output.contains(QStringLiteral("[  PASSED  ] 1 test.")) &&
                !output.contains(QStringLiteral("SKIPPED")))
        << "as \"nobody\" (" << child.errorString().toStdString() << "):\n"
        << output.toStdString();
    return true;
}

} // namespace unclutch::test
