#pragma once

#include <QSqlDatabase>
#include <QString>

namespace unclutch::storage {

// One write transaction: BEGIN IMMEDIATE takes the write lock up front, so a write never
// fails half-way for want of it; anything not committed is rolled back when this goes away.
class SqlTransaction {
public:
    explicit SqlTransaction(const QSqlDatabase& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool begin();
    bool commit();
    // The database's message for the last step that failed.
    QString error() const { return m_error; }

private:
    bool run(const QString& statement);

    QSqlDatabase m_db;
    QString m_error;
    bool m_open = false;
};

} // namespace unclutch::storage
