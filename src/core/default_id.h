#pragma once

#include <string>
#include <string_view>

namespace unclutch::core {

// The id of a routine that gives none, made from its file name (shared/docs/routine-format.md,
// section 1, "Default id"): the name without its final ".json", reduced to base letters
// (BaseLetters), every run of other characters one "-", and no "-" at either end. Empty when
// nothing is left; the caller reports that, and an id over 64 characters.
std::string default_id(std::string_view path);

// The same reduction of any text (a title, a name): base letters and digits, every run of other
// characters one "-", none at either end ("Rücken (v2)" → "rucken-v2").
std::string id_from_text(std::string_view text);

} // namespace unclutch::core
