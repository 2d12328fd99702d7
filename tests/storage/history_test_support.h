#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <memory>
#include <ostream>

#include <gtest/gtest.h>

#include "storage/history_store.h"
#include "storage/session_record.h"

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QDateTime& instant, std::ostream* out)
{
    *out << instant.toString(Qt::ISODateWithMs).toStdString();
}
QT_END_NAMESPACE

namespace unclutch::storage::test {

// Runs `use` with a plain connection to the SQLite file at `path`, outside any store.
inline void withDatabase(const QString& path, const std::function<void(QSqlDatabase&)>& use)
{
    const QString name = QStringLiteral("test-raw-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The first column of the first row of `sql`, or an invalid QVariant.
inline QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Time moves only when a test says so.
struct FakeClock {
    QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(7, 30), Qt::UTC);

    HistoryStore::Clock function()
    {
        return [this] { return now; };
    }
    void advanceMs(qint64 ms) { now = now.addMSecs(ms); }
};

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

inline SessionRecord runningSession(const QDateTime& start,
                                    const QString& routine = QStringLiteral("cat-cow"))
{
    SessionRecord record;
    record.routineId = routine;
    record.routineTitle = QStringLiteral("Slow cat-cow");
    record.routineFile =
        QStringLiteral("/usr/share/unclutch/routines/") + routine + QStringLiteral(".json");
    record.start = start;
    record.plannedActiveMs = 320000;
    return record;
}

inline SessionRecord finishedSession(const QDateTime& start, qint64 activeMs,
                                     const QString& routine = QStringLiteral("cat-cow"))
{
    SessionRecord record = runningSession(start, routine);
    record.end = start.addMSecs(activeMs + 15000);
    record.completedActiveMs = activeMs;
    record.stepsCompleted = 4;
    record.outcome = SessionOutcome::Completed;
    return record;
}

// Where a session of `instances` step instances (no sides) has got to: the first `done` of them
// done, sharing `completedMs`, the rest not reached, the easier variant shown in the instances
// listed in `easier`, which are also the steps chosen easier now.
inline SessionProgress progress(qint64 completedMs, int done, const QList<int>& easier = {},
                                int instances = 6)
{
    SessionProgress progress;
    progress.completedActiveMs = completedMs;
    for (int i = 0; i < instances; ++i) {
        StepRecord step;
        step.step = i + 1;
        step.pose = QStringLiteral("Pose %1").arg(i + 1);
        step.outcome = i < done ? unclutch::core::InstanceOutcome::Done
                                : unclutch::core::InstanceOutcome::NotReached;
        step.activeMs = i < done ? completedMs / done : 0;
        step.easier = easier.contains(i);
        progress.steps << step;
    }
    progress.currentInstance = std::min(done, instances - 1);
    progress.easierChosen = easier;
    return progress;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Copies the history at `from` with its -wal and -shm to `to`, as they are while a store has it
// open: what a crash or a kill leaves on disk.
inline bool copyWithCompanions(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// A temporary data folder and a store on history.sqlite inside it, opened.
class HistoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    }

    std::unique_ptr<HistoryStore> openStore()
    {
        auto store = std::make_unique<HistoryStore>(m_path, m_clock.function());
        const Status opened = store->open();
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        return store;
    }

    QTemporaryDir m_dir;
    QString m_path;
    FakeClock m_clock;
};

} // namespace unclutch::storage::test
