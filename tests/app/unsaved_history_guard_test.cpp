#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QWidget>

#include "../storage/file_size_limit.h"
#include "app/unsaved_history_guard.h"
#include "storage/history_store.h"

using namespace unclutch;
using unclutch::test::FileSizeLimit;

namespace {

class UnsavedHistoryGuardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open().ok());
        storage::SessionRecord record;
        record.routineId = QStringLiteral("cat-cow");
        record.start = QDateTime::currentDateTimeUtc();
        record.plannedActiveMs = 60000;
        m_id = m_store.startSession(record).value();
    }

    // Closes a window guarded over the store, answering every question with `answer`;
    // returns how many were asked.
    int closeAnswering(bool answer)
    {
        QWidget window;
        int asked = 0;
        app::UnsavedHistoryGuard guard(&window, [&](QWidget*, const QString&) {
            ++asked;
            return answer;
        });
        guard.setHistory(&m_store, nullptr);
        window.show();
        window.close();
        EXPECT_FALSE(window.isVisible());
        return asked;
    }

    QTemporaryDir m_dir;
    storage::HistoryStore m_store{m_dir.filePath(QStringLiteral("history.sqlite"))};
    storage::SessionId m_id = 0;
};

} // namespace

TEST_F(UnsavedHistoryGuardTest, QuittingWithWritesHeldBackOffersToTryAgainUntilTheyAreSaved)
{
    auto full = std::make_unique<FileSizeLimit>(0);
    ASSERT_TRUE(full->active());
    ASSERT_FALSE(m_store.setNote(m_id, QStringLiteral("Easier today")).ok());

    QWidget window;
    QStringList asked;
    app::UnsavedHistoryGuard guard(&window, [&](QWidget* parent, const QString& problem) {
        EXPECT_EQ(parent, &window);
        asked << problem;
        if (asked.size() == 2)
            full.reset(); // the person freed some space, then pressed Try Again
        return true;
    });
    guard.setHistory(&m_store, nullptr);
    window.show();
    window.close();

    ASSERT_EQ(asked.size(), 2);
    EXPECT_TRUE(asked.first().contains(QStringLiteral("Cannot save")))
        << asked.first().toStdString();
    EXPECT_FALSE(m_store.hasPendingWrites());
    EXPECT_EQ(m_store.session(m_id)->note, QStringLiteral("Easier today"));
    EXPECT_FALSE(window.isVisible());
}

TEST_F(UnsavedHistoryGuardTest, ThePersonMayQuitWithoutSaving)
{
    FileSizeLimit full(0);
    ASSERT_TRUE(full.active());
    ASSERT_FALSE(m_store.setNote(m_id, QStringLiteral("Easier today")).ok());
    EXPECT_EQ(closeAnswering(false), 1);
    EXPECT_TRUE(m_store.hasPendingWrites());
}

TEST_F(UnsavedHistoryGuardTest, NothingHeldBackAsksNothing)
{
    EXPECT_EQ(closeAnswering(true), 0);
}
