#include "pointer_path.h"

namespace unclutch::core {

std::string PointerPath::str() const
{
    if (!m_parent)
        return {};
    std::string out = m_parent->str();
    if (m_index_plus_one > 0)
        out += '/' + std::to_string(m_index_plus_one - 1);
    else
        append_token(out, m_name);
    return out;
}

void PointerPath::append_token(std::string& pointer, std::string_view token)
{
    pointer += '/';
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

} // namespace unclutch::core
