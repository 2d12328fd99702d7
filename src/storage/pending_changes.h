#pragma once

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

#include "session_record.h"

namespace unclutch::storage {

// Changes to stored sessions that are not on disk yet. Every change goes through here: it is
// merged (the newest value of each field wins), then written with the rest; after a failed
// write (full disk, read-only file) it stays, so the next write carries it and nothing the
// session reached is lost once the disk frees up.
class PendingChanges {
public:
    struct Change {
        std::optional<SessionProgress> progress;
        std::optional<SessionOutcome> outcome;
        std::optional<QDateTime> end;
        std::optional<QDateTime> updatedAt;
        std::optional<std::optional<int>> painBefore;
        std::optional<std::optional<int>> painAfter;
        std::optional<QString> note;
        std::optional<bool> resumeDismissed;
    };

    bool isEmpty() const { return m_changes.isEmpty(); }
    QList<SessionId> ids() const { return m_changes.keys(); }
    // Adds `change` over what is pending for `id`.
    void merge(SessionId id, const Change& change);
    void remove(SessionId id) { m_changes.remove(id); }

    // Writes every pending change with `db` (inside the caller's transaction). On success
    // returns true and fills `missing` with sessions that no longer exist (their changes are
    // dropped when the caller confirms with clear()); on failure returns false, sets `error`.
    bool write(const QSqlDatabase& db, QSet<SessionId>* missing, QString* error) const;
    void clear() { m_changes.clear(); }

private:
    QMap<SessionId, Change> m_changes;
};

} // namespace unclutch::storage
