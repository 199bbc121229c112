// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace CivicDesk {

/// An expected failure: a translated, user-facing message plus a stable code for logs and tests.
///
/// Errors that a server relays (the workflow's refusals) also carry what they say as a message code and its
/// arguments (statuses and roles as codes), so MessageText renders them again in another reader's language;
/// the others carry their words only.
struct Error
{
    QString code;      ///< stable identifier, e.g. "db.newer-schema"
    QString message;   ///< already translated text for the user
    QString key = {};  ///< the message's code (see MessageCode), empty when the error has words only
    QStringList args = {};
};

/// A value or an Error; expected failures travel as values, never as exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace CivicDesk
