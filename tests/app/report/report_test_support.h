#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include <gtest/gtest.h>

#include "storage/history_store.h"
#include "storage/session_record.h"

namespace unclutch::app::test {

inline QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// The text of a PDF page by page, as poppler's pdftotext reads it (poppler-utils), each page's
// white space made single spaces so that a wrapped line reads as one, and ligatures the font
// drew ("ﬁ") as their letters. A test that checks what
// a report says fails, rather than passes, without pdftotext.
inline QStringList pdfPages(const QByteArray& pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                     QStringLiteral("-"), QStringLiteral("-")});
    if (!pdftotext.waitForStarted()) {
        ADD_FAILURE() << "pdftotext is missing: install poppler-utils";
        return {};
    }
    pdftotext.write(pdf);
    pdftotext.closeWriteChannel();
    EXPECT_TRUE(pdftotext.waitForFinished(60000));
    EXPECT_EQ(pdftotext.exitCode(), 0) << pdftotext.readAllStandardError().toStdString();
    // pdftotext ends every page with a form feed.
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString& page : pages)
        page = page.normalized(QString::NormalizationForm_KC).simplified();
    return pages;
}

inline QString pdfText(const QByteArray& pdf)
{
    return pdfPages(pdf).join(u' ');
}

// A finished session of `minutes` active time, with its ratings and note.
inline storage::SessionRecord session(const QDateTime& start, int minutes,
                                      std::optional<int> before = std::nullopt,
                                      std::optional<int> after = std::nullopt,
                                      const QString& note = {},
                                      const QString& routine = QStringLiteral("cat-cow"))
{
    storage::SessionRecord record;
    record.routineId = routine;
    record.routineTitle = routine == QStringLiteral("cat-cow") ? QStringLiteral("Slow cat-cow")
                                                               : QStringLiteral("Hip openers");
    record.routineFile = QStringLiteral("/routines/") + routine + QStringLiteral(".json");
    record.start = start;
    record.plannedActiveMs = 10 * 60 * 1000;
    record.completedActiveMs = qint64(minutes) * 60 * 1000;
    record.end = start.addMSecs(record.completedActiveMs + 20000);
    record.stepsCompleted = 5;
    record.outcome =
        minutes >= 10 ? storage::SessionOutcome::Completed : storage::SessionOutcome::Stopped;
    record.painBefore = before;
    record.painAfter = after;
    record.note = note;
    return record;
}

// A temporary folder with an open history in it.
class HistoryFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = std::make_unique<storage::HistoryStore>(
            m_dir.filePath(QStringLiteral("history.sqlite")));
        const storage::Status opened = m_store->open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    }

    void add(const QList<storage::SessionRecord>& sessions)
    {
        const storage::Status added = m_store->addSessions(sessions);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::HistoryStore> m_store;
};

} // namespace unclutch::app::test
