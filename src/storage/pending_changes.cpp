#include "pending_changes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include "history_sql.h"

namespace unclutch::storage {

namespace {

template <typename T>
void take(std::optional<T>& into, const std::optional<T>& from)
{
    if (from)
        into = from;
}

} // namespace

void PendingChanges::merge(SessionId id, const Change& change)
{
    Change& pending = m_changes[id];
    take(pending.progress, change.progress);
    take(pending.outcome, change.outcome);
    take(pending.end, change.end);
    take(pending.updatedAt, change.updatedAt);
    take(pending.painBefore, change.painBefore);
    take(pending.painAfter, change.painAfter);
    take(pending.note, change.note);
    take(pending.resumeDismissed, change.resumeDismissed);
}

bool PendingChanges::write(const QSqlDatabase& db, QSet<SessionId>* missing, QString* error) const
{
    using namespace history_sql;
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        const Change& change = it.value();
        QStringList columns;
        QVariantList values;
        auto set = [&](const char* column, const QVariant& value) {
            columns << QString::fromLatin1(column) + QStringLiteral(" = ?");
            values << value;
        };
        if (change.progress) {
            set("completed_ms", change.progress->completedActiveMs);
            set("steps_completed",
                countOutcome(change.progress->steps, core::InstanceOutcome::Done));
            set("steps", encodeStepRecords(change.progress->steps));
            set("current_instance", change.progress->currentInstance);
            set("easier_chosen", encodeIndexes(normalisedIndexes(change.progress->easierChosen)));
        }
        if (change.outcome)
            set("outcome", outcomeKey(*change.outcome));
        if (change.end)
            set("ended_at", toDb(*change.end));
        if (change.updatedAt)
            set("updated_at", toDb(*change.updatedAt));
        if (change.painBefore)
            set("pain_before", toDb(*change.painBefore));
        if (change.painAfter)
            set("pain_after", toDb(*change.painAfter));
        if (change.note)
            set("note", toDb(*change.note));
        if (change.resumeDismissed)
            set("resume_dismissed", *change.resumeDismissed ? 1 : 0);
        if (columns.isEmpty())
            continue;
        values << it.key();

        QSqlQuery query(db);
        if (!query.prepare(QStringLiteral("UPDATE sessions SET ") +
                           columns.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"))) {
            *error = describe(query.lastError());
            return false;
        }
        bindAll(query, values);
        if (!query.exec()) {
            *error = describe(query.lastError());
            return false;
        }
        if (query.numRowsAffected() == 0)
            missing->insert(it.key());
    }
    return true;
}

} // namespace unclutch::storage
