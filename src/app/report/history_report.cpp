#include "history_report.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>

#include <algorithm>
#include <cmath>
#include <functional>

#include "app/duration_text.h"
#include "app/pain_text.h"
#include "app/step_label.h"
#include "history_charts.h"
#include "report_layout.h"
#include "report_painter.h"
#include "storage/history_statistics.h"
#include "storage/history_store.h"
#include "storage/save_file_sink.h"
#include "what_helps_text.h"

namespace unclutch::app {

namespace {

using storage::StepRecord;

// The instances of `all` that `pick` picks, as step numbers: a step all of whose sides are
// picked is its number alone, and three or more such steps in a row a range ("1–4"); a side on
// its own is "3 left". With `withTime`, each one's time played: "3 left (0:40)".
QString numbersOf(const QList<StepRecord>& all, const std::function<bool(const StepRecord&)>& pick,
                  bool withTime = false)
{
    QStringList items;
    QList<int> run; // whole steps in a row, not yet written
    const auto flush = [&] {
        if (run.size() >= 3)
            items << HistoryReport::tr("%1–%2").arg(stepNumber(run.first() - 1, core::Side::None),
                                                    stepNumber(run.last() - 1, core::Side::None));
        else
            for (int step : std::as_const(run))
                items << stepNumber(step - 1, core::Side::None);
        run.clear();
    };
    for (qsizetype i = 0; i < all.size();) {
        qsizetype end = i;
        while (end < all.size() && all[end].step == all[i].step)
            ++end;
        const bool whole = std::all_of(all.begin() + i, all.begin() + end, pick);
        if (whole && !withTime) {
            if (!run.isEmpty() && run.last() + 1 != all[i].step)
                flush();
            run << all[i].step;
        } else {
            flush();
            for (qsizetype j = i; j < end; ++j) {
                if (!pick(all[j]))
                    continue;
                const QString number = stepNumber(all[j].step - 1, all[j].side);
                items << (withTime ? HistoryReport::tr("%1 (%2)").arg(
                                         number, minutesSeconds(all[j].activeMs))
                                   : number);
            }
        }
        i = end;
    }
    flush();
    return items.join(QStringLiteral(", "));
}

// "Done: 1–4, 5 left · Cut short: 5 right (0:40) · Skipped: 6 · Easier: 2": every step instance
// by how it ended, then those played with the easier variant. A session from before per-step
// records knows only its easier steps. With `counted`, numbers of instances instead of lists,
// for a list too long to print.
QString stepsText(const storage::SessionRecord& session, bool counted)
{
    const QList<StepRecord>& steps = session.steps;
    const auto easier = [](const StepRecord& step) { return step.easier; };
    if (!session.hasStepRecords()) {
        if (steps.isEmpty())
            return {};
        return HistoryReport::tr("Easier: %1").arg(numbersOf(steps, easier));
    }
    QStringList parts;
    using core::InstanceOutcome;
    for (InstanceOutcome outcome : {InstanceOutcome::Done, InstanceOutcome::Cut,
                                    InstanceOutcome::Skipped, InstanceOutcome::NotReached}) {
        const auto ended = [outcome](const StepRecord& step) { return step.outcome == outcome; };
        const auto count = std::count_if(steps.begin(), steps.end(), ended);
        if (count == 0)
            continue;
        parts << HistoryReport::tr("%1: %2").arg(
            storage::stepOutcomeDisplayName(outcome),
            counted ? QLocale().toString(qlonglong(count))
                    : numbersOf(steps, ended, outcome == InstanceOutcome::Cut));
    }
    const auto easierCount = std::count_if(steps.begin(), steps.end(), easier);
    if (easierCount > 0)
        parts << HistoryReport::tr("Easier: %1")
                     .arg(counted ? QLocale().toString(qlonglong(easierCount))
                                  : numbersOf(steps, easier));
    return parts.join(QStringLiteral(" · "));
}

// The PDF's coordinates are the screen's logical pixels, so that the Qt Charts, laid out for
// the screen, render at the size they were laid out for; the output is vectors all the same.
int chartResolution()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

// A session's steps listed take about a dozen lines at most; longer (a routine of 200 steps on
// both sides) they are counted instead.
constexpr qsizetype kMostListedStepsLength = 1500;

ReportTable whatHelpsTable(const QList<storage::RoutineEffect>& effects)
{
    ReportTable table;
    table.title = HistoryReport::tr("What helps");
    table.continuedTitle = HistoryReport::tr("What helps (continued)");
    table.intro =
        HistoryReport::tr(
            "Change in pain: the rating after a session minus the one before it (−2: two points "
            "less pain after), over the sessions rated both before and after; fewer than %1 are "
            "too "
            "few to say anything. The person's own ratings: how sessions felt, not what eases "
            "pain.")
            .arg(storage::HistoryStatistics::kWhatHelpsMinimumRated);
    table.shares = {0.30, 0.12, 0.14, 0.14, 0.16, 0.14};
    table.headers = {HistoryReport::tr("Routine"),          HistoryReport::tr("Rated sessions"),
                     HistoryReport::tr("Average change"),   HistoryReport::tr("Standard deviation"),
                     HistoryReport::tr("Range of changes"), HistoryReport::tr("Minutes practised")};
    for (const storage::RoutineEffect& effect : effects) {
        table.rows.append({effect.title, WhatHelpsText::rated(effect),
                           WhatHelpsText::meanChange(effect),
                           WhatHelpsText::standardDeviation(effect), WhatHelpsText::range(effect),
                           WhatHelpsText::minutes(effect)});
        table.notes.append(WhatHelpsText::caution(effect));
    }
    return table;
}

ReportTable sessionsTable(const QList<ReportRow>& rows)
{
    ReportTable table;
    table.title = HistoryReport::tr("Sessions");
    table.continuedTitle = HistoryReport::tr("Sessions (continued)");
    table.shares = {0.19, 0.31, 0.17, 0.16, 0.17};
    table.headers = {HistoryReport::tr("Date"), HistoryReport::tr("Routine"),
                     HistoryReport::tr("Done / planned"), HistoryReport::tr("Outcome"),
                     HistoryReport::tr("Pain before → after")};
    for (const ReportRow& row : rows) {
        table.rows.append({row.date, row.routine, row.done, row.outcome, row.pain});
        // Below the row: its steps (counted when the list is too long to read), then its note.
        QStringList below;
        if (!row.steps.isEmpty())
            below << (row.steps.size() <= kMostListedStepsLength ? row.steps : row.stepCounts);
        if (!row.note.isEmpty())
            below << HistoryReport::tr("Note: %1").arg(row.note);
        table.notes.append(below.join(QChar::LineSeparator));
    }
    return table;
}

// Where a part of a table goes: which page, from where, and which of its blocks.
struct TablePart {
    const ReportTable* table = nullptr;
    const ReportTableBlocks* blocks = nullptr;
    ReportPage rows;
    int page = 0;
    double top = 0;
    bool continued = false;
};

// The tables one after the other from `top` of the first page, each starting on a new page
// when the page it would start on has no room for its title, header and first row.
QList<TablePart> layOut(const ReportPainter& painter, const QList<const ReportTable*>& tables,
                        const QList<ReportTableBlocks>& blocks, double top)
{
    QList<TablePart> parts;
    int page = 0;
    double y = top;
    for (int t = 0; t < tables.size(); ++t) {
        const ReportTable& table = *tables[t];
        const QList<ReportBlock>& rows = blocks[t].blocks;
        const double header = painter.headerHeight(table);
        double firstGroup = rows.isEmpty() ? 0 : rows.front().height;
        for (int r = 1; r < rows.size() && rows[r].keepWithPrevious; ++r)
            firstGroup += rows[r].height;
        if (y > 0 &&
            y + painter.titleHeight(table, false) + header + firstGroup > painter.contentBottom()) {
            ++page;
            y = 0;
        }
        const QList<ReportPage> pages = ReportLayout::paginate(
            rows, header, painter.contentBottom() - y - painter.titleHeight(table, false),
            painter.contentBottom() - painter.titleHeight(table, true));
        for (int p = 0; p < pages.size(); ++p) {
            if (p > 0) {
                ++page;
                y = 0;
            }
            if (pages[p].rowCount == 0)
                continue;
            const bool continued = !parts.isEmpty() && parts.back().table == &table;
            parts.append({&table, &blocks[t], pages[p], page, y, continued});
            y += painter.titleHeight(table, continued) + header;
            for (int r = pages[p].firstRow; r < pages[p].firstRow + pages[p].rowCount; ++r)
                y += rows[r].height;
        }
        y += painter.mm(6);
    }
    return parts;
}

} // namespace

storage::HistoryFilter HistoryReport::filterFor(const ReportRequest& request)
{
    storage::HistoryFilter filter;
    filter.from = QDateTime(request.first, QTime(0, 0), request.zone).toUTC();
    filter.until = QDateTime(request.last.addDays(1), QTime(0, 0), request.zone).toUTC();
    return filter;
}

ReportRow HistoryReport::rowFor(const storage::SessionRecord& session, const QTimeZone& zone)
{
    const QLocale locale;
    ReportRow row;
    const QDateTime start = session.start.toTimeZone(zone);
    row.date = locale.toString(start.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
               locale.toString(start.time(), QStringLiteral("HH:mm"));
    row.routine = session.routineTitle.isEmpty() ? session.routineId : session.routineTitle;
    row.done = minutesSeconds(session.completedActiveMs) + QStringLiteral(" / ") +
               minutesSeconds(session.plannedActiveMs);
    row.outcome = storage::outcomeDisplayName(session.outcome);
    row.pain = painBeforeAfterText(session.painBefore, session.painAfter);
    row.steps = stepsText(session, false);
    row.stepCounts = stepsText(session, true);
    row.note = session.note.simplified();
    return row;
}

storage::Result<QByteArray> HistoryReport::render(const storage::HistoryStore& store,
                                                  const ReportRequest& request)
{
    if (!request.first.isValid() || !request.last.isValid() || request.first > request.last)
        return storage::Failure(tr("The report's period must start on or before the day it ends."));
    if (!store.isOpen())
        return storage::Failure(
            tr("The history could not be opened, so there is nothing to report."));
    const storage::HistoryFilter filter = filterFor(request);
    storage::Result<QList<storage::SessionRecord>> newestFirst = store.sessions(filter);
    const storage::Result<int> days = store.daysPractised(filter, request.zone);
    const storage::Result<QList<storage::PainPoint>> pain = store.painSeries(filter);
    const storage::Result<QList<storage::WeekActivity>> weeks =
        store.weeklyActivity(filter, request.zone);
    for (const QString& error : {newestFirst.error(), days.error(), pain.error(), weeks.error()})
        if (!error.isEmpty())
            return storage::Failure(error);
    QList<storage::SessionRecord> sessions = std::move(newestFirst).value();
    std::reverse(sessions.begin(), sessions.end());
    QList<ReportRow> rows;
    rows.reserve(sessions.size());
    for (const storage::SessionRecord& session : sessions)
        rows.append(rowFor(session, request.zone));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(chartResolution());
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
        pdf.setTitle(tr("Unclutch practice report"));
        pdf.setCreator(QStringLiteral("Unclutch"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return storage::Failure(tr("The report could not be laid out as a PDF."));
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPainter report(pdf, painter);

        const storage::HistorySummary summary = storage::HistoryStatistics::summarise(
            sessions, *days, int(request.first.daysTo(request.last)) + 1);
        const double front =
            report.drawFront(request, summary,
                             HistoryCharts::painChart(HistoryCharts::painTrend(*pain, request.zone),
                                                      ChartStyle::forPrint()),
                             HistoryCharts::weeklyChart(*weeks, ChartStyle::forPrint()));
        if (rows.isEmpty()) {
            report.drawNoSessions(front);
            report.drawFooter(1, 1);
        } else {
            const ReportTable helps =
                whatHelpsTable(storage::HistoryStatistics::whatHelps(sessions));
            const ReportTable table = sessionsTable(rows);
            const QList<const ReportTable*> tables{&helps, &table};
            const QList<ReportTableBlocks> blocks{report.blocksOf(helps), report.blocksOf(table)};
            const QList<TablePart> parts = layOut(report, tables, blocks, front);
            const int pages = parts.isEmpty() ? 1 : parts.back().page + 1;
            int part = 0;
            for (int page = 0; page < pages; ++page) {
                if (page > 0)
                    pdf.newPage();
                for (; part < parts.size() && parts[part].page == page; ++part) {
                    const TablePart& p = parts[part];
                    report.drawTablePart(*p.table, *p.blocks, p.rows, p.top, p.continued);
                }
                report.drawFooter(page + 1, pages);
            }
        }
        if (!painter.end())
            return storage::Failure(tr("The report could not be laid out as a PDF."));
    }
    return buffer.data();
}

storage::Status HistoryReport::write(const storage::HistoryStore& store,
                                     const ReportRequest& request, const QString& fileName)
{
    const storage::Result<QByteArray> pdf = render(store, request);
    if (!pdf)
        return storage::Status::failureOf(pdf);
    if (const storage::Status written = storage::SaveFileSink::writeFile(fileName, *pdf); !written)
        return storage::Failure(tr("Cannot write the report to %1: %2")
                                    .arg(QFileInfo(fileName).absoluteFilePath(), written.error()));
    return {};
}

} // namespace unclutch::app
