#include "key_index.h"

#include <string_view>

namespace unclutch::core {

KeyIndex::KeyIndex(const std::string& store, std::size_t expected_keys)
    : m_first_offsets(expected_keys, Hash{&store}, Equal{&store})
{
}

std::optional<std::uint32_t> KeyIndex::add(std::uint32_t begin, std::uint32_t size,
                                           std::uint32_t offset)
{
    const auto [where, added] = m_first_offsets.emplace(Key{begin, size}, offset);
    if (added)
        return std::nullopt;
    return where->second;
}

std::size_t KeyIndex::Hash::operator()(Key key) const
{
    return std::hash<std::string_view>{}(std::string_view(*store).substr(key.begin, key.size));
}

bool KeyIndex::Equal::operator()(Key a, Key b) const
{
    const std::string_view all(*store);
    return all.substr(a.begin, a.size) == all.substr(b.begin, b.size);
}

} // namespace unclutch::core
