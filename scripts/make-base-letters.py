#!/usr/bin/env python3
"""Regenerates the table of src/core/base_letters.cpp from Python's Unicode database.

A routine's default id reduces the file name to base letters: Unicode NFKD, combining marks
dropped, lowercased, and every run of anything but a-z and 0-9 made one "-" (the routine format,
section 1, "Default id"). The core has no ICU, so the part of NFKD that can produce a-z or 0-9
is a table, made here for the blocks listed in BLOCKS. Greek and Cyrillic are scanned too: no
letter of theirs reduces to a-z or 0-9, so they need no row (the script checks it).

Usage: scripts/make-base-letters.py
"""
import pathlib
import re
import unicodedata

BLOCKS = [
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x0180, 0x024F, "Latin Extended-B"),
    (0x02B0, 0x02FF, "Spacing Modifier Letters"),
    (0x0370, 0x03FF, "Greek and Coptic"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x1E00, 0x1EFF, "Latin Extended Additional"),
    (0x2070, 0x209F, "Superscripts and Subscripts"),
    (0x2100, 0x214F, "Letterlike Symbols"),
    (0x2150, 0x218F, "Number Forms"),
    (0x2460, 0x24FF, "Enclosed Alphanumerics"),
    (0xFB00, 0xFB06, "Alphabetic Presentation Forms: the Latin ligatures"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
]
NO_ROWS_EXPECTED = {"Greek and Coptic", "Cyrillic"}

BEGIN = "// BEGIN GENERATED"
END = "// END GENERATED"


def reduce(code_point):
    decomposed = unicodedata.normalize("NFKD", chr(code_point))
    kept = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return re.sub(r"[^a-z0-9]+", "-", kept.lower())


def main():
    rows = []
    for first, last, name in BLOCKS:
        found = 0
        for code_point in range(first, last + 1):
            text = reduce(code_point)
            if re.search(r"[a-z0-9]", text):
                rows.append((code_point, text))
                found += 1
        if name in NO_ROWS_EXPECTED and found:
            raise SystemExit(f"{name} now has {found} rows: say so in base_letters.h")
    longest = max(len(text) for _, text in rows)
    assert longest <= 4, f"a row of {longest} characters needs a larger Row::text"

    lines = [BEGIN, f"// by scripts/make-base-letters.py from Unicode {unicodedata.unidata_version}:"
             f" {len(rows)} rows, in code point order.",
             "constexpr std::array<Row, %d> rows = {{" % len(rows)]
    cells = [f'{{0x{code_point:04X}, "{text}"}},' for code_point, text in rows]
    per_line = 5
    for i in range(0, len(cells), per_line):
        lines.append("    " + " ".join(cell.ljust(16) for cell in cells[i:i + per_line]).rstrip())
    lines += ["}};", END]

    path = pathlib.Path(__file__).resolve().parent.parent / "src/core/base_letters.cpp"
    source = path.read_text()
    start = source.index(BEGIN)
    end = source.index(END) + len(END)
    path.write_text(source[:start] + "\n".join(lines) + source[end:])


if __name__ == "__main__":
    main()
