#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace unclutch::core {

// The rules of an `image` value: a relative path inside the routine's folder.
class ImagePath {
public:
    // One message per rule the path breaks ("must not be empty", …); none when it is usable.
    static std::vector<std::string> problems(std::string_view path);

    // Whether `path` starts like a URL scheme or a drive: ^[A-Za-z][A-Za-z0-9+.-]*:
    static bool has_scheme(std::string_view path);
};

} // namespace unclutch::core
