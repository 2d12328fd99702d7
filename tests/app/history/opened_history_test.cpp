#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "../../support/unprivileged_child.h"
#include "app/history/opened_history.h"
#include "storage/history_store.h"

namespace unclutch::app {
namespace {

using test::ranAsUnprivilegedChild;

// A history whose file cannot be written (a shared or read-only data folder) is opened for
// reading: it is shown and exported, but a session played now cannot be kept, and the app
// tells the player so (not-kept notice, no pain rating) from canKeepSessions().
TEST(OpenedHistoryTest, AReadOnlyHistoryIsOpenButKeepsNoSession)
{
    if (ranAsUnprivilegedChild())
        return; // root writes a read-only file all the same
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    {
        const OpenedHistory writable(file, nullptr);
        EXPECT_TRUE(writable.isOpen());
        EXPECT_TRUE(writable.canKeepSessions());
    }
    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser | QFile::ReadOther));
    const OpenedHistory readOnly(file, nullptr);
    EXPECT_TRUE(readOnly.isOpen()) << readOnly.notice().toStdString();
    EXPECT_FALSE(readOnly.canKeepSessions());
}

} // namespace
} // namespace unclutch::app
