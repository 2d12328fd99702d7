#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace unclutch::storage {

// The outcome of a history operation that returns nothing: success, or a message a window can
// show as it is (already translated). Errors the user can cause (a full disk, a read-only
// folder, a corrupt file) come back this way; they never throw.
class HistoryStatus {
public:
    HistoryStatus() = default;
    static HistoryStatus failure(QString message) { return HistoryStatus(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    explicit HistoryStatus(QString message)
        : m_error(std::move(message))
    {
        Q_ASSERT(!m_error.isEmpty());
    }

    QString m_error;
};

// A value, or a message saying why there is none.
template <typename T>
class HistoryResult {
public:
    HistoryResult(T value)
        : m_value(std::move(value))
    {
    }
    HistoryResult(const HistoryStatus& failed)
        : m_error(failed.error())
    {
        Q_ASSERT(!failed.ok());
    }
    static HistoryResult failure(QString message)
    {
        return HistoryResult(HistoryStatus::failure(std::move(message)));
    }

    bool ok() const { return m_value.has_value(); }
    const QString& error() const { return m_error; }
    // Only when ok(): asking a failed result for its value is a programmer error. A temporary
    // result gives its value away (by value, so `for (x : store.sessions().value())` is safe).
    const T& value() const&
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace unclutch::storage
