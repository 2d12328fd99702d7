#include "default_id.h"

#include "base_letters.h"
#include "utf8.h"

namespace unclutch::core {

namespace {

std::string_view file_name(std::string_view path)
{
#ifdef _WIN32
    const std::size_t separator = path.find_last_of("/\\");
#else
    const std::size_t separator = path.find_last_of('/');
#endif
    return separator == std::string_view::npos ? path : path.substr(separator + 1);
}

} // namespace

std::string default_id(std::string_view path)
{
    std::string_view name = file_name(path);
    if (name.ends_with(".json"))
        name.remove_suffix(5);
    return id_from_text(name);
}

std::string id_from_text(std::string_view name)
{
    std::string id;
    bool pending_dash = false;
    auto append = [&](std::string_view base) {
        for (const char c : base) {
            if (c == '-') {
                pending_dash = true;
                continue;
            }
            if (pending_dash && !id.empty())
                id += '-';
            pending_dash = false;
            id += c;
        }
    };
    // A file name need not be UTF-8: a byte that does not start a character is a separator.
    for (std::size_t i = 0; i < name.size();) {
        const auto c = Utf8::decode_first(name.substr(i));
        if (!c) {
            append("-");
            ++i;
            continue;
        }
        append(BaseLetters::of(*c));
        i += Utf8::encoded_size(*c);
    }
    return id;
}

} // namespace unclutch::core
