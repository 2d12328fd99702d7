#include "edit_distance.h"

#include <algorithm>
#include <string>
#include <vector>

#include "utf8.h"

namespace unclutch::core {

namespace {

std::u32string folded(std::string_view text)
{
    std::u32string out = Utf8::decode(text);
    for (char32_t& c : out) {
        if (c >= U'A' && c <= U'Z')
            c = c - U'A' + U'a';
    }
    return out;
}

std::size_t osa(const std::u32string& a, const std::u32string& b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    // Three rolling rows: the swap case looks two rows back.
    std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

} // namespace

std::size_t EditDistance::between(std::string_view a, std::string_view b)
{
    return osa(folded(a), folded(b));
}

std::optional<std::string_view> EditDistance::suggest(std::string_view key,
                                                      std::span<const std::string_view> known)
{
    const std::u32string wanted = folded(key);
    std::optional<std::string_view> best;
    std::size_t best_distance = max_suggestion_distance + 1;
    for (std::string_view candidate : known) {
        const std::u32string other = folded(candidate);
        // The distance is at least the difference in length; skipping early keeps a huge
        // unknown key from costing a quadratic table.
        const std::size_t gap = wanted.size() > other.size() ? wanted.size() - other.size()
                                                             : other.size() - wanted.size();
        if (gap >= best_distance)
            continue;
        const std::size_t distance = osa(wanted, other);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace unclutch::core
