#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "result.h"
#include "session_record.h"

namespace unclutch::storage {

class HistoryStore;
class Paths;

// Writes sessions, oldest first, as CSV or JSON, atomically (QSaveFile: the file is either
// complete or not touched) and, when it creates the file, readable by its owner only.
//
// Both follow section 5 of the contract. No export holds a NUL character.
//
// CSV (RFC 4180): a header row, one session a row, CRLF line ends, UTF-8; a field with a
// comma, a quote, CR or LF is quoted and its quotes doubled, and a field starting with =, +, -,
// @, tab or CR gets a leading ' so that a spreadsheet shows it as text. Unrated pain, a missing
// end and a session played as written (no fit) are empty fields. steps_done and steps_skipped
// count the instances; for a session from before per-step records steps_skipped is empty and
// steps_done is its steps_completed.
// JSON: an array of objects with the CSV's names where they mean the same, but instead of
// steps_done … fit_pace the whole `steps` list (step_record_json), `resumed` and `fit`
// ({"minutes", "pace", "easier"} or null); times are ISO 8601 UTC with milliseconds
// ("2024-05-01T07:30:00.000Z"), missing values null.
class HistoryExporter {
    Q_DECLARE_TR_FUNCTIONS(HistoryExporter)

public:
    enum class Format { Csv, Json };

    // By the file name's extension (.csv or .json, any case).
    static std::optional<Format> formatFor(const QString& fileName);

    static QByteArray toCsv(const QList<SessionRecord>& sessions);
    static QByteArray toJson(const QList<SessionRecord>& sessions);
    static Status write(const QList<SessionRecord>& sessions, const QString& fileName);

    // The whole export: every session of `store` (open) into `fileName`. The value says what
    // was written, as a sentence to show ("Exported 12 sessions to …").
    static Result<QString> exportHistory(const HistoryStore& store, const QString& fileName);
    // The same for the history under `paths`: opens it (a damaged file is moved aside and the
    // warning says so, whatever the outcome); a history that does not exist yet exports as
    // empty and is not created. Sessions in progress are exported as they are, not closed.
    static Result<QString> exportHistory(const Paths& paths, const QString& fileName);
};

} // namespace unclutch::storage
