#pragma once

#include <string_view>

namespace unclutch::core {

// What a character of a file name keeps in a default id (shared/docs/routine-format.md,
// section 1, "Default id"): Unicode NFKD with combining marks dropped, lowercased, with anything
// but a-z and 0-9 standing as "-".
//
// The core has no ICU, so this is a table made by scripts/make-base-letters.py for the blocks
// people's file names use: Latin-1 Supplement, Latin Extended-A and -B, Latin Extended
// Additional, the spacing modifier letters, superscripts and subscripts, letterlike symbols,
// number forms, enclosed alphanumerics, the Latin ligatures (U+FB00–U+FB06) and the fullwidth
// forms. Greek and Cyrillic need no row: none of their letters reduces to a-z or 0-9, so they
// stand as "-" like every character outside the table. Combining marks are dropped in the
// blocks of combining diacritics (U+0300–U+036F, U+1AB0–U+1AFF, U+1DC0–U+1DFF, U+20D0–U+20FF,
// U+FE20–U+FE2F) and Cyrillic's (U+0483–U+0489), so a name already in NFD, as macOS writes
// them, gives the same id.
class BaseLetters {
public:
    // "a"–"z" and "0"–"9" for themselves and for the letters that reduce to them ("É" → "e",
    // "ﬁ" → "fi", "½" → "1-2"); "" for a combining mark; "-" for anything else.
    static std::string_view of(char32_t c);

    static bool is_combining_mark(char32_t c);
};

} // namespace unclutch::core
