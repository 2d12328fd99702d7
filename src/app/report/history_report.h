#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

#include "storage/history_filter.h"
#include "storage/result.h"
#include "storage/session_record.h"

namespace unclutch::storage {
class HistoryStore;
} // namespace unclutch::storage

namespace unclutch::app {

// One session as a line of the report's table (texts as printed) and its note below it.
struct ReportRow {
    QString date;
    QString routine;
    QString done; // "done / planned", M:SS
    QString outcome;
    QString pain; // painBeforeAfterText(), as the history table shows it
    // Below the line: each step instance by how it ended, and where the easier variant was used:
    // "Done: 1–4, 5 left · Cut short: 5 right (0:40) · Skipped: 6 · Easier: 2"; the same counted
    // ("Done: 5 · Cut short: 1 · Skipped: 1 · Easier: 1") for when the list is too long to print.
    QString steps;
    QString stepCounts;
    QString note;

    bool operator==(const ReportRow&) const = default;
};

// What a report covers: the sessions that started on the days `first` to `last` (both
// included) in `zone`, and when it was made.
struct ReportRequest {
    QDate first;
    QDate last;
    QDateTime generatedAt = QDateTime::currentDateTime();
    QTimeZone zone = QTimeZone::systemTimeZone();
};

// The printable report for a physiotherapist: an A4 PDF with the period, a summary, the pain
// plot and minutes per week, what helps (each routine's rated sessions and change in pain), and
// a table of every session with its steps and note, over as many pages as it takes (tables'
// headers repeated, long steps and notes wrapped and continued on the next page, "Page 2 of 5"
// and a not-medical-advice line at the foot of every page). Dates are written in the default
// QLocale's language. Made with QPdfWriter; needs a QApplication (the plots are Qt Charts).
class HistoryReport {
    Q_DECLARE_TR_FUNCTIONS(HistoryReport)

public:
    static storage::HistoryFilter filterFor(const ReportRequest& request);
    static ReportRow rowFor(const storage::SessionRecord& session, const QTimeZone& zone);

    // The PDF, or why there is none (the history cannot be read, the period is back to front).
    static storage::Result<QByteArray> render(const storage::HistoryStore& store,
                                              const ReportRequest& request);
    // render() into `fileName`, atomically: the file is complete or not touched at all.
    static storage::Status write(const storage::HistoryStore& store, const ReportRequest& request,
                                 const QString& fileName);
};

} // namespace unclutch::app
