#pragma once

#include <gtest/gtest.h>

#include <QDateTime>
#include <QLocale>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include "storage/history_store.h"

namespace unclutch::test {

// A real history in a temporary folder, in a fixed locale so that dates read the same anywhere.
class HistoryFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ASSERT_TRUE(dir.isValid());
        file = dir.filePath(QStringLiteral("history.sqlite"));
        store = openStore();
        ASSERT_TRUE(store->isOpen());
    }

    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    std::unique_ptr<storage::HistoryStore> openStore() const
    {
        auto opened = std::make_unique<storage::HistoryStore>(file);
        const storage::Status result = opened->open();
        EXPECT_TRUE(result.ok()) << result.error().toStdString();
        return opened;
    }

    // A finished session that started at a local date and time.
    static storage::SessionRecord session(const QString& routineId, const QDate& day,
                                          const QTime& time, qint64 completedMs = 290000,
                                          std::optional<int> painBefore = std::nullopt,
                                          std::optional<int> painAfter = std::nullopt)
    {
        storage::SessionRecord record;
        record.routineId = routineId;
        record.routineTitle = routineId == QStringLiteral("cat-cow")
                                  ? QStringLiteral("Slow cat-cow")
                                  : QStringLiteral("Savasana");
        record.routineFile = QStringLiteral("/routines/") + routineId + QStringLiteral(".json");
        record.start = QDateTime(day, time).toUTC();
        record.end = record.start.addMSecs(completedMs + 30000);
        record.plannedActiveMs = 320000;
        record.completedActiveMs = completedMs;
        record.stepsCompleted = 4;
        record.outcome = storage::SessionOutcome::Completed;
        record.painBefore = painBefore;
        record.painAfter = painAfter;
        return record;
    }

    void add(const QList<storage::SessionRecord>& records)
    {
        const storage::Status status = store->addSessions(records);
        ASSERT_TRUE(status.ok()) << status.error().toStdString();
    }

    QTemporaryDir dir;
    QString file;
    std::unique_ptr<storage::HistoryStore> store;
};

} // namespace unclutch::test
