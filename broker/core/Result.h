#pragma once

#include "core/Error.h"

#include <optional>
#include <utility>

// The value of an operation that can fail: either a T or an Error. A small stand-in for
// C++23 std::expected, which the C++20 toolchains we support do not ship.
template <typename T>
class [[nodiscard]] Result
{
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

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};
