// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace accord {

// A failure a user can act on: a complete, translated sentence.
struct Error {
    QString message;
    // What kind of failure, for code that acts on it (empty: none in particular).
    // Busy: another program held the workspace file's write lock too long.
    enum class Code { None, PasswordRequired, ServerGone, Conflict, NotAllowed, Busy };
    Code code = Code::None;
};

// A value or the Error that prevented it (std::expected arrives with C++23).
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error.message; }
    // The whole error, with its code, to pass on as it is.
    const Error &failure() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    const Error &failure() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace accord
