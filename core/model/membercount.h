// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <utility>

namespace accord {

namespace detail {

// Converts to any member type, so that T{AnyMember{}...} compiles exactly when
// there are no more initializers than T has members.
struct AnyMember {
    template<typename T> operator T &() const &&; // declared only: used unevaluated
};

template<typename T, std::size_t... I>
constexpr auto takesInitializers(std::index_sequence<I...>)
    -> decltype(T {(void(I), AnyMember {})...}, true)
{
    return true;
}

template<typename T, std::size_t... I> constexpr bool takesInitializers(...)
{
    return false;
}

} // namespace detail

// The number of members of the aggregate T, counted by the compiler: the most
// initializers a brace initialization of T accepts.
template<typename T, std::size_t N = 0> constexpr std::size_t memberCount()
{
    if constexpr (N > 100)
        return N;
    else if constexpr (detail::takesInitializers<T>(std::make_index_sequence<N + 1> {}))
        return memberCount<T, N + 1>();
    else
        return N;
}

} // namespace accord
