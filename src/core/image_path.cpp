#include "image_path.h"

namespace unclutch::core {

namespace {

bool is_ascii_letter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool has_parent_segment(std::string_view path)
{
    // Both separators count: a "\" is an error of its own, and "..\x" also climbs out.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/' || path[i] == '\\') {
            if (path.substr(start, i - start) == "..")
                return true;
            start = i + 1;
        }
    }
    return false;
}

} // namespace

bool ImagePath::has_scheme(std::string_view path)
{
    if (path.empty() || !is_ascii_letter(path[0]))
        return false;
    for (std::size_t i = 1; i < path.size(); ++i) {
        const char c = path[i];
        if (c == ':')
            return true;
        if (!(is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'))
            return false;
    }
    return false;
}

std::vector<std::string> ImagePath::problems(std::string_view path)
{
    std::vector<std::string> out;
    if (path.empty()) {
        out.emplace_back("must not be empty");
        return out;
    }
    if (path.front() == '/')
        out.emplace_back("must be a relative path, not start with \"/\"");
    if (path.find('\\') != std::string_view::npos)
        out.emplace_back("must separate folders with \"/\", not \"\\\"");
    if (has_parent_segment(path))
        out.emplace_back("must stay inside the routine's folder, without a \"..\" segment");
    if (has_scheme(path))
        out.emplace_back("must be a relative path, not a URL or a drive");
    return out;
}

} // namespace unclutch::core
