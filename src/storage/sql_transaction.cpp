#include "sql_transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "history_sql.h"

namespace unclutch::storage {

SqlTransaction::SqlTransaction(const QSqlDatabase& db)
    : m_db(db)
{
}

SqlTransaction::~SqlTransaction()
{
    // SQLite may already have rolled back by itself after an I/O error; a second rollback
    // then fails harmlessly with "no transaction is active".
    if (m_open)
        run(QStringLiteral("ROLLBACK"));
}

bool SqlTransaction::begin()
{
    m_open = run(QStringLiteral("BEGIN IMMEDIATE"));
    return m_open;
}

bool SqlTransaction::commit()
{
    if (!run(QStringLiteral("COMMIT")))
        return false;
    m_open = false;
    return true;
}

bool SqlTransaction::run(const QString& statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = history_sql::describe(query.lastError());
    return false;
}

} // namespace unclutch::storage
