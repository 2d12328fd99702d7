#include "history_schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <atomic>
#include <optional>

#include "history_sql.h"
#include "sql_transaction.h"

namespace unclutch::storage {

namespace {

// Each list takes a database from the version before to the one after it. A shipped list is
// never edited: a change of schema is a new version with its own migration.
QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral(
                "CREATE TABLE sessions ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " routine_id TEXT NOT NULL,"
                " routine_title TEXT NOT NULL DEFAULT '',"
                " routine_file TEXT NOT NULL DEFAULT '',"
                " started_at INTEGER NOT NULL,"
                " ended_at INTEGER,"
                " updated_at INTEGER NOT NULL,"
                " planned_ms INTEGER NOT NULL DEFAULT 0 CHECK (planned_ms >= 0),"
                " completed_ms INTEGER NOT NULL DEFAULT 0 CHECK (completed_ms >= 0),"
                " steps_completed INTEGER NOT NULL DEFAULT 0 CHECK (steps_completed >= 0),"
                " outcome TEXT NOT NULL"
                "  CHECK (outcome IN ('in_progress', 'completed', 'stopped', 'interrupted')),"
                " pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),"
                " pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),"
                " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX sessions_by_start ON sessions (started_at)"),
        };
    case 2:
        return {
            QStringLiteral(
                "ALTER TABLE sessions ADD COLUMN easier_steps TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at)"),
            QStringLiteral("CREATE INDEX sessions_in_progress ON sessions (id)"
                           " WHERE outcome = 'in_progress'"),
        };
    case 3:
        return {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN steps TEXT"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN resumed INTEGER NOT NULL DEFAULT 0"
                           " CHECK (resumed >= 0)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN fit_minutes REAL"
                           " CHECK (fit_minutes > 0)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN fit_pace REAL CHECK (fit_pace > 0)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN fit_easier INTEGER NOT NULL DEFAULT 0"
                           " CHECK (fit_easier IN (0, 1))"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN current_instance INTEGER NOT NULL"
                           " DEFAULT 0 CHECK (current_instance >= 0)"),
            QStringLiteral(
                "ALTER TABLE sessions ADD COLUMN easier_chosen TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral(
                "ALTER TABLE sessions ADD COLUMN timeline_fingerprint TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN resume_dismissed INTEGER NOT NULL"
                           " DEFAULT 0 CHECK (resume_dismissed IN (0, 1))"),
        };
    default:
        Q_UNREACHABLE();
    }
}

// Runs the migrations from version `from` (exclusive) to `to` (inclusive) on `db`, in the
// caller's transaction; false with `error` set on failure.
bool applyMigrations(const QSqlDatabase& db, int from, int to, QString* error)
{
    for (int next = from + 1; next <= to; ++next) {
        for (const QString& statement : migrationTo(next)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                *error = history_sql::describe(query.lastError());
                return false;
            }
        }
    }
    return true;
}

QStringList tablesOf(const QSqlDatabase& db)
{
    QStringList tables;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                  " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        while (query.next())
            tables << query.value(0).toString();
    }
    return tables;
}

// The rows of a PRAGMA as lines of their fields, or nothing when it cannot be read.
std::optional<QStringList> pragmaRows(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return std::nullopt;
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

// `tables` of `db`, one line per column and index (names are our own, from sqlite_master of
// a reference database, so formatting them into the PRAGMAs is safe); nothing when unreadable.
std::optional<QStringList> shapeOf(const QSqlDatabase& db, const QStringList& tables)
{
    QStringList shape;
    for (const QString& table : tables) {
        const auto columns = pragmaRows(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        const auto indexes =
            pragmaRows(db, QStringLiteral("SELECT name FROM pragma_index_list('%1')"
                                          " ORDER BY name")
                               .arg(table));
        if (!columns || !indexes)
            return std::nullopt;
        shape << QStringLiteral("table ") + table;
        for (const QString& column : *columns)
            shape << QStringLiteral("column ") + column;
        for (const QString& index : *indexes) {
            const auto listed = pragmaRows(
                db, QStringLiteral("SELECT \"unique\", origin, partial FROM pragma_index_list('%1')"
                                   " WHERE name = '%2'")
                        .arg(table, index));
            const auto keys = pragmaRows(
                db, QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno")
                        .arg(index));
            if (!listed || !keys)
                return std::nullopt;
            shape << QStringLiteral("index %1 %2 on %3")
                         .arg(index, listed->join(QLatin1Char(' ')), keys->join(QLatin1Char(',')));
        }
    }
    return shape;
}

QString migrationFailed(const QString& detail)
{
    return HistorySchema::tr("Cannot bring the history database up to date: %1").arg(detail);
}

} // namespace

Result<int> HistorySchema::version(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Failure(history_sql::describe(query.lastError()));
    return query.value(0).toInt();
}

Status HistorySchema::isKnown(int version)
{
    if (version <= kCurrentVersion)
        return {};
    return Failure(
        tr("The history was written by a newer version of Unclutch (format %1; this version "
           "knows formats up to %2). It was left as it is; please update Unclutch.")
            .arg(version)
            .arg(kCurrentVersion));
}

Status HistorySchema::migrate(const QSqlDatabase& db)
{
    // Another Unclutch may be migrating the same file: read the version under the write lock.
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return Failure(migrationFailed(transaction.error()));
    const Result<int> found = version(db);
    if (!found.ok())
        return Failure(migrationFailed(found.error()));
    if (Status known = isKnown(*found); !known.ok())
        return known;
    if (*found == kCurrentVersion)
        return {};
    if (QString error; !applyMigrations(db, *found, kCurrentVersion, &error))
        return Failure(migrationFailed(error));
    QSqlQuery setVersion(db);
    // PRAGMA takes no bound parameters; the value is our own constant.
    if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion)))
        return Failure(migrationFailed(history_sql::describe(setVersion.lastError())));
    if (!transaction.commit())
        return Failure(migrationFailed(transaction.error()));
    return {};
}

bool HistorySchema::hasTablesOfItsVersion(const QSqlDatabase& db)
{
    const Result<int> found = version(db);
    if (!found.ok() || *found < 0 || *found > kCurrentVersion)
        return true;
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("unclutch-schema-reference-%1").arg(++counter);
    bool matches = true;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reference.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (reference.open() && applyMigrations(reference, 0, *found, &error)) {
            const QStringList ownTables = tablesOf(reference);
            const std::optional<QStringList> expected = shapeOf(reference, ownTables);
            const std::optional<QStringList> actual = shapeOf(db, ownTables);
            if (expected && actual)
                matches = *actual == *expected;
            // Tables that only later versions make must not be there yet: their migration
            // would fail on them.
            if (matches && applyMigrations(reference, *found, kCurrentVersion, &error)) {
                const QStringList present = tablesOf(db);
                for (const QString& table : tablesOf(reference)) {
                    if (!ownTables.contains(table) && present.contains(table))
                        matches = false;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return matches;
}

} // namespace unclutch::storage
