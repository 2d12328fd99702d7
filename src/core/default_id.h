#pragma once

#include <string>
#include <string_view>

namespace unclutch::core {

// The id of a routine that gives none, made from its file name (shared/docs/routine-format.md,
// section 1, "Default id"): the name without its final ".json", reduced to base letters
// (BaseLetters), every run of other characters one "-", and no "-" at either end. Empty when
// nothing is left; the caller reports that, and an id over 64 characters.
std::string default_id(std::string_view path);

} // namespace unclutch::core
