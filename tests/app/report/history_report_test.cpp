#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include "../../support/qt_printers.h"
#include "app/report/history_report.h"
#include "app/translation_loader.h"
#include "report_test_support.h"
#include "storage/history_sql.h"

using namespace unclutch;
using app::test::session;
using app::test::utc;

namespace {

app::ReportRequest may2024()
{
    app::ReportRequest request;
    request.first = QDate(2024, 5, 1);
    request.last = QDate(2024, 5, 31);
    request.generatedAt = QDateTime(QDate(2024, 6, 2), QTime(9, 0));
    request.zone = QTimeZone::utc();
    return request;
}

// Page objects in the PDF's uncompressed object dictionaries ("/Type /Page", not "/Pages").
int pageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?![s\w]))"));
    return int(QString::fromLatin1(pdf).count(page));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class HistoryReportTest : public app::test::HistoryFixture {
protected:
    // Dates and numbers as a British English system writes them, whatever this machine's.
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        HistoryFixture::SetUp();
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    // `count` sessions in May 2024, several a day, each with a note.
    void addMay(int count)
    {
        QList<storage::SessionRecord> sessions;
        for (int i = 0; i < count; ++i)
            sessions.append(session(utc(2024, 5, 1 + i % 31, 6 + i / 31 % 16), 10, 5, 3,
                                    QStringLiteral("Note number %1 about the left hip.").arg(i)));
        add(sessions);
    }

    QStringList renderedPages()
    {
        const storage::Result<QByteArray> pdf = app::HistoryReport::render(*m_store, may2024());
        EXPECT_TRUE(pdf.ok()) << pdf.error().toStdString();
        return pdf.ok() ? app::test::pdfPages(*pdf) : QStringList();
    }
};

} // namespace

TEST(HistoryReportRows, ShowTheSessionAsPrinted)
{
    storage::SessionRecord record =
        session(utc(2024, 5, 1, 7, 30), 4, 6, 4, QStringLiteral("Stiff\nin the morning"));
    record.completedActiveMs = 4 * 60 * 1000 + 12 * 1000;
    using core::InstanceOutcome;
    using core::Side;
    const auto step = [](int number, Side side, InstanceOutcome outcome, qint64 ms,
                         bool easier = false) {
        return storage::StepRecord{number, side, QStringLiteral("Pose"), outcome, ms, easier};
    };
    record.steps = {
        step(1, Side::None, InstanceOutcome::Done, 60000),
        step(2, Side::None, InstanceOutcome::Done, 60000, true),
        step(3, Side::Left, InstanceOutcome::Done, 60000),
        step(3, Side::Right, InstanceOutcome::Done, 60000),
        step(4, Side::Left, InstanceOutcome::Done, 30000),
        step(4, Side::Right, InstanceOutcome::Cut, 12000, true),
        step(5, Side::None, InstanceOutcome::Skipped, 0),
        step(6, Side::None, InstanceOutcome::NotReached, 0),
    };
    const app::ReportRow row = app::HistoryReport::rowFor(record, QTimeZone::utc());
    EXPECT_TRUE(row.date.contains(QStringLiteral("07:30")));
    EXPECT_EQ(row.routine, QStringLiteral("Slow cat-cow"));
    EXPECT_EQ(row.done, QStringLiteral("4:12 / 10:00"));
    EXPECT_EQ(row.outcome, storage::outcomeDisplayName(storage::SessionOutcome::Stopped));
    EXPECT_EQ(row.pain, QStringLiteral("6 → 4"));
    EXPECT_EQ(row.steps, QStringLiteral("Done: 1–3, 4 left · Cut short: 4 right (0:12) · "
                                        "Skipped: 5 · Not reached: 6 · Easier: 2, 4 right"));
    EXPECT_EQ(row.stepCounts,
              QStringLiteral("Done: 5 · Cut short: 1 · Skipped: 1 · Not reached: 1 · Easier: 2"));
    EXPECT_EQ(row.note, QStringLiteral("Stiff in the morning"));

    // Written as the history table writes them (history_window_test checks the table).
    record.painAfter.reset();
    EXPECT_EQ(app::HistoryReport::rowFor(record, QTimeZone::utc()).pain, QStringLiteral("6 → —"));
    record.painBefore.reset();
    EXPECT_EQ(app::HistoryReport::rowFor(record, QTimeZone::utc()).pain, QStringLiteral("—"));
    record.painAfter = 2;
    EXPECT_EQ(app::HistoryReport::rowFor(record, QTimeZone::utc()).pain, QStringLiteral("— → 2"));

    // A session from before per-step records: where the easier variant was used, if anywhere.
    record.steps = storage::history_sql::legacySteps({1, 4});
    EXPECT_EQ(app::HistoryReport::rowFor(record, QTimeZone::utc()).steps,
              QStringLiteral("Easier: 2, 5"));
    record.steps.clear();
    EXPECT_EQ(app::HistoryReport::rowFor(record, QTimeZone::utc()).steps, QString());
}

// Steps listed below each row make it taller; a list too long to print (a routine of 200 steps
// on both sides, every other one cut short) is counted instead, so no row runs off its page.
TEST_F(HistoryReportTest, StepListsGrowTheRowsButNeverPastAPage)
{
    const auto month = [](int number) {
        app::ReportRequest request = may2024();
        request.first = QDate(2024, number, 1);
        request.last = request.first.addMonths(1).addDays(-1);
        return request;
    };
    // 30 sessions a month: in June with no steps, in July 20 steps, in August 200.
    const auto sessionsWith = [](int monthNumber, int stepCount) {
        QList<storage::SessionRecord> sessions;
        for (int day = 1; day <= 30; ++day) {
            storage::SessionRecord record = session(utc(2024, monthNumber, day, 7), 10, 5, 3);
            for (int step = 1; step <= stepCount; ++step) {
                for (core::Side side : {core::Side::Left, core::Side::Right}) {
                    const bool cut = (step + int(side)) % 2 == 0;
                    record.steps << storage::StepRecord{
                        step,
                        side,
                        QStringLiteral("Pose"),
                        cut ? core::InstanceOutcome::Cut : core::InstanceOutcome::Done,
                        1000,
                        cut};
                }
            }
            sessions << record;
        }
        return sessions;
    };
    add(sessionsWith(6, 0) + sessionsWith(7, 20) + sessionsWith(8, 200));
    const auto render = [&](int monthNumber) {
        const storage::Result<QByteArray> pdf =
            app::HistoryReport::render(*m_store, month(monthNumber));
        EXPECT_TRUE(pdf.ok()) << pdf.error().toStdString();
        return pdf.ok() ? *pdf : QByteArray();
    };
    const QByteArray plain = render(6);
    const QByteArray listed = render(7);
    const QByteArray counted = render(8);
    EXPECT_GT(pageCount(listed), pageCount(plain));
    EXPECT_LT(pageCount(counted), pageCount(listed));
    EXPECT_TRUE(app::test::pdfText(listed).contains(
        QStringLiteral("Done: 1 right, 2 left, 3 right, 4 left, 5 right")));
    EXPECT_TRUE(app::test::pdfText(listed).contains(
        QStringLiteral("Cut short: 1 left (0:01), 2 right (0:01), 3 left (0:01)")));
    EXPECT_TRUE(app::test::pdfText(counted).contains(
        QStringLiteral("Done: 200 · Cut short: 200 · Easier: 200")));
    EXPECT_FALSE(app::test::pdfText(counted).contains(QStringLiteral("1 left (0:01)")));

    const app::ReportRow row =
        app::HistoryReport::rowFor(sessionsWith(8, 200).first(), QTimeZone::utc());
    EXPECT_GT(row.steps.size(), 4000);
    EXPECT_EQ(row.stepCounts, QStringLiteral("Done: 200 · Cut short: 200 · Easier: 200"));
}

TEST(HistoryReportPeriod, CoversWholeDaysFromFirstToLastInTheZone)
{
    app::ReportRequest request = may2024();
    request.zone = QTimeZone(2 * 3600);
    const storage::HistoryFilter filter = app::HistoryReport::filterFor(request);
    EXPECT_EQ(filter.from, utc(2024, 4, 30, 22));
    EXPECT_EQ(filter.until, utc(2024, 5, 31, 22));
    EXPECT_TRUE(filter.routineId.isEmpty());
}

TEST_F(HistoryReportTest, WritesAPdfForAFewSessions)
{
    addMay(3);
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    const storage::Status written = app::HistoryReport::write(*m_store, may2024(), file);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    // The first page sums up (the figures, the plots, what helps); the sessions follow.
    EXPECT_LE(pageCount(pdf), 2);

    const QStringList pages = app::test::pdfPages(pdf);
    ASSERT_EQ(pages.size(), pageCount(pdf)) << pages.join(QStringLiteral("\n----\n")).toStdString();
    for (const char* expected :
         {"Unclutch practice report", "Period: 1 May 2024 to 31 May 2024",
          "Generated on 2 June 2024, 09:00", "Sessions 3 (3 completed)",
          "Days practised 3 of 31 days", "Time practised 30 minutes Average",
          "Average pain before 5.0 out of 10", "Average pain after 3.0 out of 10",
          "Pain before and after each session", "Minutes practised per week", "What helps",
          "This report is not medical advice."})
        EXPECT_TRUE(pages[0].contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                    << pages[0].toStdString();
    const QString text = pages.join(u' ');
    for (const char* expected :
         {"01/05/2024 06:00 Slow cat-cow 10:00 / 10:00 Completed",
          "Note: Note number 0 about the left hip.", "Note: Note number 1 about the left hip.",
          "Note: Note number 2 about the left hip."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    for (int p = 0; p < pages.size(); ++p)
        EXPECT_TRUE(
            pages[p].endsWith(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
}

TEST_F(HistoryReportTest, RunsOverMorePagesWithMoreSessions)
{
    addMay(40);
    const storage::Result<QByteArray> some = app::HistoryReport::render(*m_store, may2024());
    ASSERT_TRUE(some.ok()) << some.error().toStdString();
    addMay(400);
    const storage::Result<QByteArray> many = app::HistoryReport::render(*m_store, may2024());
    ASSERT_TRUE(many.ok()) << many.error().toStdString();
    EXPECT_GE(pageCount(*some), 2);
    // 440 sessions with a note each: well over ten pages.
    EXPECT_GT(pageCount(*many), 10);
    EXPECT_GT(pageCount(*many), pageCount(*some));

    // Every page is numbered and says what the report is not; the table goes on under its
    // header; every session is there with its note, once.
    const QStringList pages = app::test::pdfPages(*many);
    ASSERT_EQ(pages.size(), pageCount(*many));
    for (int p = 0; p < pages.size(); ++p) {
        EXPECT_TRUE(pages[p].endsWith(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())))
            << pages[p].right(80).toStdString();
        EXPECT_TRUE(pages[p].contains(QStringLiteral("This report is not medical advice.")));
        if (p > 0) {
            EXPECT_TRUE(pages[p].contains(QStringLiteral("Sessions (continued)")));
            EXPECT_TRUE(pages[p].contains(QStringLiteral("Date Routine")));
        }
    }
    const QString text = pages.join(u' ');
    EXPECT_TRUE(text.contains(QStringLiteral("Sessions 440 (440 completed)")));
    EXPECT_EQ(text.count(QStringLiteral("Note: Note number ")), 440);
    for (int i = 0; i < 400; ++i)
        EXPECT_EQ(text.count(QStringLiteral("Note: Note number %1 about").arg(i)), i < 40 ? 2 : 1)
            << i;
}

TEST_F(HistoryReportTest, OnlySessionsOfThePeriodCount)
{
    // Just before the first day and just after the last, in the report's zone (UTC).
    add({session(utc(2024, 4, 30, 23, 59), 10, 1, 1, QStringLiteral("Before the period.")),
         session(utc(2024, 5, 15, 8), 12, 8, 2, QStringLiteral("Inside the period.")),
         session(utc(2024, 6, 1, 0), 10, 1, 1, QStringLiteral("After the period."))});
    const QString text = renderedPages().join(u' ');
    EXPECT_TRUE(text.contains(QStringLiteral("Note: Inside the period."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Before the period.")));
    EXPECT_FALSE(text.contains(QStringLiteral("After the period.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sessions 1 (1 completed)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Days practised 1 of 31 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("Time practised 12 minutes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Average pain before 8.0 out of 10")));
    EXPECT_TRUE(text.contains(QStringLiteral("Average pain after 2.0 out of 10")));
}

TEST_F(HistoryReportTest, APeriodWithoutSessionsSaysSo)
{
    add({session(utc(2024, 4, 30, 12), 10, 5, 3, QStringLiteral("In April."))});
    const QStringList pages = renderedPages();
    ASSERT_EQ(pages.size(), 1);
    EXPECT_TRUE(pages[0].contains(QStringLiteral("No sessions in this period.")));
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Sessions 0 (0 completed)")));
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Average pain before no ratings")));
    EXPECT_FALSE(pages[0].contains(QStringLiteral("In April.")));
}

TEST_F(HistoryReportTest, AnUnwritablePathFailsCleanlyAndLeavesNoFile)
{
    addMay(3);
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const storage::Status failed = app::HistoryReport::write(*m_store, may2024(), missingFolder);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("report.pdf")));
    EXPECT_FALSE(QFileInfo::exists(missingFolder));

    // A file where the folder should be.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString underAFile = m_dir.filePath(QStringLiteral("blocker/report.pdf"));
    EXPECT_FALSE(app::HistoryReport::write(*m_store, may2024(), underAFile).ok());
    // Nor a temporary file left beside them.
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        EXPECT_FALSE(name.contains(QStringLiteral("report"))) << name.toStdString();
}

TEST_F(HistoryReportTest, AFailedReportLeavesAnEarlierFileAsItWas)
{
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    QFile earlier(file);
    ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier report");
    earlier.close();
    app::ReportRequest backwards = may2024();
    std::swap(backwards.first, backwards.last);
    const storage::Status failed = app::HistoryReport::write(*m_store, backwards, file);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("period")));
    EXPECT_EQ(readAll(file), QByteArray("earlier report"));
}

TEST_F(HistoryReportTest, AClosedHistoryIsAnError)
{
    storage::HistoryStore closed(m_dir.filePath(QStringLiteral("never-opened.sqlite")));
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    const storage::Status failed = app::HistoryReport::write(closed, may2024(), file);
    EXPECT_FALSE(failed.ok());
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(HistoryReportTest, TimePractisedInPluralFormsAndHoursOnlyFromAnHour)
{
    add({session(utc(2024, 5, 2, 8), 1, 5, 3)});
    EXPECT_TRUE(renderedPages().join(u' ').contains(
        QStringLiteral("Time practised 1 minute Average pain before")));
    add({session(utc(2024, 5, 3, 8), 94, 5, 3)});
    EXPECT_TRUE(renderedPages().join(u' ').contains(
        QStringLiteral("Time practised 95 minutes (1 h 35 min) Average pain before")));
    add({session(utc(2024, 5, 4, 8), 25, 5, 3)});
    EXPECT_TRUE(renderedPages().join(u' ').contains(
        QStringLiteral("Time practised 120 minutes (2 h) Average pain before")));
}

TEST_F(HistoryReportTest, ALongNoteIsWrappedAndGoesOnOverThePages)
{
    // About two and a half pages of note under one session, and sessions around it.
    QStringList words;
    for (int i = 1; i <= 2500; ++i)
        words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
    add({session(utc(2024, 5, 1, 8), 10, 5, 3, QStringLiteral("Short one.")),
         session(utc(2024, 5, 2, 8), 10, 5, 3, words.join(u' ')),
         session(utc(2024, 5, 3, 8), 10, 5, 3, QStringLiteral("After the long one."))});
    const QStringList pages = renderedPages();
    ASSERT_GE(pages.size(), 3);
    const QString text = pages.join(u' ');
    // Every word once, in order, each on a page above its footer.
    qsizetype at = 0;
    for (const QString& word : std::as_const(words)) {
        ASSERT_EQ(text.count(word), 1) << word.toStdString();
        const qsizetype found = text.indexOf(word);
        ASSERT_GT(found, at) << word.toStdString();
        at = found;
    }
    for (int p = 0; p < pages.size(); ++p)
        EXPECT_TRUE(pages[p].endsWith(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())))
            << pages[p].right(120).toStdString();
    EXPECT_TRUE(text.indexOf(QStringLiteral("After the long one.")) > text.indexOf(words.last()));
    EXPECT_TRUE(pages[1].contains(QStringLiteral("Sessions (continued)")));
}

TEST_F(HistoryReportTest, WhatHelpsListsEachRoutineWithItsFigures)
{
    // The cat-cow's changes −2, 0, −4, −1, +1: mean −1.2, standard deviation √3.7 ≈ 1.9,
    // range −4 to +1, 10 + 12 + 8 + 10 + 15 = 55 minutes (history_statistics_test works it out).
    // The hips: −2 and 0 from two rated sessions, too few to say.
    const auto hips = [](int day, int minutes, int before, int after) {
        return session(utc(2024, 5, day, 9), minutes, before, after, {}, QStringLiteral("hips"));
    };
    add({session(utc(2024, 5, 1, 8), 10, 6, 4), session(utc(2024, 5, 2, 8), 12, 5, 5),
         session(utc(2024, 5, 3, 8), 8, 7, 3), session(utc(2024, 5, 4, 8), 10, 6, 5),
         session(utc(2024, 5, 5, 8), 15, 3, 4), hips(1, 10, 5, 3), hips(2, 10, 4, 4)});
    const QString text = renderedPages().join(u' ');
    EXPECT_TRUE(text.contains(QStringLiteral("What helps"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Hip openers 2 of 2 \u22121.0 1.4 \u22122 to 0 20")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("Only 2 sessions rated before and after: too few to say anything yet")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Slow cat-cow 5 of 5 \u22121.2 1.9 \u22124 to +1 55")))
        << text.toStdString();
    // Listed by title, before the sessions.
    EXPECT_LT(text.indexOf(QStringLiteral("Hip openers 2 of 2")),
              text.indexOf(QStringLiteral("Slow cat-cow 5 of 5")));
    EXPECT_LT(text.indexOf(QStringLiteral("Slow cat-cow 5 of 5")),
              text.indexOf(QStringLiteral("Date Routine")));
}

TEST_F(HistoryReportTest, DatesAreWrittenInTheAppsLanguage)
{
    addMay(2);
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    const app::TranslationLoader translations(german);
    const QString text = renderedPages().join(u' ');
    EXPECT_TRUE(text.contains(QStringLiteral("1. Mai 2024 bis 31. Mai 2024")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2. Juni 2024, 09:00"))) << text.toStdString();
    // The longer German labels keep clear of their values.
    EXPECT_TRUE(text.contains(QStringLiteral("Durchschnittlicher Schmerz vorher 5,0 von 10")))
        << text.toStdString();
}
