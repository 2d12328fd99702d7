#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace unclutch::core {

// The "did you mean" of unknown keys: optimal string alignment distance (insertions, deletions,
// substitutions and swaps of two adjacent characters, 1 each), on code points, ignoring case.
class EditDistance {
public:
    static constexpr std::size_t max_suggestion_distance = 2;

    static std::size_t between(std::string_view a, std::string_view b);

    // The nearest of `known` within max_suggestion_distance of `key`; ties go to the one listed
    // first, so `known` is given in the order of the contract's tables.
    static std::optional<std::string_view> suggest(std::string_view key,
                                                   std::span<const std::string_view> known);
};

} // namespace unclutch::core
