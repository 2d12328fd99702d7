#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "result.h"

namespace unclutch::storage {

// The sessions table and its versions, kept in SQLite's `PRAGMA user_version`:
//   0  an empty file
//   1  the first schema: the sessions table and an index by start time
//   2  adds `easier_steps`, an index by routine and start time for a routine's history, and a
//      partial index of the sessions still in progress for the recovery at start-up
//   3  adds the per-instance record `steps` (NULL for the sessions recorded before it), `resumed`,
//      the fit (`fit_minutes`, `fit_pace`, `fit_easier`) and what resuming needs
//      (`current_instance`, `easier_chosen`, `timeline_fingerprint`, `resume_dismissed`).
//      `easier_steps` stays, read only for the older sessions (history_sql::legacySteps).
//
// `steps` is one JSON array per session rather than a child table: a session's steps are
// written whole with its progress in one UPDATE (so they can never disagree with the time done,
// whatever a crash interrupts), read whole with the session, and never queried across sessions;
// a JSON array in the export's own shape stays readable in the sqlite3 shell.
// Every version up to kCurrentVersion has a migration from the one before; a database is
// brought to the current version in one transaction, so it is never left half-migrated.
class HistorySchema {
    Q_DECLARE_TR_FUNCTIONS(HistorySchema)

public:
    static constexpr int kCurrentVersion = 3;

    static Result<int> version(const QSqlDatabase& db);
    // Whether this Unclutch knows a database of `version` (it is not from a newer one).
    static Status isKnown(int version);
    // Brings `db` to kCurrentVersion. A database from a newer Unclutch is left untouched.
    static Status migrate(const QSqlDatabase& db);

    // Whether the tables of `db` are the ones its version says: each table the migrations up
    // to that version make has the same columns (name, type, NOT NULL, default, key) and
    // indexes (name, unique, partial, columns) as in a fresh in-memory database migrated to
    // it, and no table a later version makes is there yet. A file that fails this would fail
    // at its first write ("Parameter count mismatch"): it is damaged. The expected shape comes
    // from the migrations themselves, so it follows every new version unchanged. A database
    // that cannot be read, or is from a newer Unclutch, is not judged here (true).
    static bool hasTablesOfItsVersion(const QSqlDatabase& db);
};

} // namespace unclutch::storage
