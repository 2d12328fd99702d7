#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace unclutch::storage {

// The one way a failure the user can cause (a full disk, a read-only folder, a damaged file, a
// routine that does not validate) crosses a floor boundary: a value, or an error message ready
// to show as it is (already translated). Either may carry a warning: something worth telling
// whatever the outcome, such as a damaged history moved aside on the way. Exit codes are not
// part of it: they belong to the command-line layer alone.
//
//     Result<SessionId> started = store.startSession(record);
//     if (!started)
//         return Failure(started.error());
//     use(*started);
//
// `Result<>` (Result<void>) is the outcome of an operation that returns nothing.

// A failure on its way into a Result of any type: `return Failure(tr("…"));`.
class Failure {
public:
    explicit Failure(QString message, QString warning = {})
        : m_message(std::move(message))
        , m_warning(std::move(warning))
    {
        Q_ASSERT(!m_message.isEmpty());
    }

    const QString& message() const { return m_message; }
    const QString& warning() const { return m_warning; }

private:
    QString m_message;
    QString m_warning;
};

template <typename T = void>
class [[nodiscard]] Result {
public:
    using ValueType = T;

    // NOLINTNEXTLINE(google-explicit-constructor): a value is a success, as with std::expected.
    Result(T value)
        : m_value(std::move(value))
    {
    }
    // NOLINTNEXTLINE(google-explicit-constructor)
    Result(Failure failure)
        : m_error(failure.message())
        , m_warning(failure.warning())
    {
    }
    // The failure of another Result, with its message and warning.
    template <typename U>
    static Result failureOf(const Result<U>& failed)
    {
        Q_ASSERT(!failed.ok());
        return Failure(failed.error(), failed.warning());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Empty when ok().
    const QString& error() const { return m_error; }
    const QString& warning() const { return m_warning; }
    Result& withWarning(QString warning) &
    {
        m_warning = std::move(warning);
        return *this;
    }
    Result&& withWarning(QString warning) &&
    {
        m_warning = std::move(warning);
        return std::move(*this);
    }

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
    // The value, or `fallback` when failed.
    T valueOr(T fallback) const& { return ok() ? *m_value : std::move(fallback); }
    const T* operator->() const
    {
        Q_ASSERT(ok());
        return &*m_value;
    }
    const T& operator*() const&
    {
        Q_ASSERT(ok());
        return *m_value;
    }

private:
    std::optional<T> m_value;
    QString m_error;
    QString m_warning;
};

template <>
class [[nodiscard]] Result<void> {
public:
    using ValueType = void;

    Result() = default;
    // NOLINTNEXTLINE(google-explicit-constructor)
    Result(Failure failure)
        : m_error(failure.message())
        , m_warning(failure.warning())
    {
    }
    template <typename U>
    static Result failureOf(const Result<U>& failed)
    {
        Q_ASSERT(!failed.ok());
        return Failure(failed.error(), failed.warning());
    }
    // A success that has something to tell.
    static Result successWithWarning(QString warning)
    {
        Result result;
        result.m_warning = std::move(warning);
        return result;
    }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    const QString& warning() const { return m_warning; }
    Result& withWarning(QString warning) &
    {
        m_warning = std::move(warning);
        return *this;
    }
    Result&& withWarning(QString warning) &&
    {
        m_warning = std::move(warning);
        return std::move(*this);
    }

private:
    QString m_error;
    QString m_warning;
};

using Status = Result<void>;

} // namespace unclutch::storage
