#!/usr/bin/env python3
"""Fails when a string of the sources is missing from a .ts file, or not translated there.

    scripts/check-translations.py --lupdate LUPDATE --project-generator GENERATOR.cmake \\
        --project PROJECT.cmake --work-dir DIR [--plurals-ts EN_TS] TS_FILE...

Runs lupdate, with the project the `update_translations` target uses, into a copy of each
TS_FILE in DIR (the committed files are never touched), then lists every message of the copy
that is unfinished: new strings lupdate just added, and strings still waiting for a
translation. It also fails when a translation drops or invents a %1…%9 placeholder.
EN_TS, the English file of plural forms only, is checked the same way with lupdate -pluralonly.
ctest runs it as `translations_complete`.
"""

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

PLACEHOLDER = re.compile(r"%(\d)")


def lupdate_copy(args, ts_file, work_dir, extra_options=()):
    project_json = work_dir / "project.json"
    subprocess.run(["cmake", f"-DIN_FILE={args.project}", f"-DOUT_FILE={project_json}",
                    "-P", args.project_generator], check=True)
    copy = work_dir / ts_file.name
    shutil.copyfile(ts_file, copy)
    result = subprocess.run([args.lupdate, "-project", str(project_json), "-locations", "none",
                             "-no-obsolete", *extra_options, "-ts", str(copy)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed:\n{result.stdout}{result.stderr}")
    return copy


def problems_in(ts_copy):
    problems = []
    for context in ElementTree.parse(ts_copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            shown = f"  [{name}] {source!r}"
            if translation is None or translation.get("type") == "unfinished":
                problems.append(f"{shown}: not translated")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            wanted = set(PLACEHOLDER.findall(source))
            for form in forms:
                if not form.strip():
                    problems.append(f"{shown}: a plural form is empty")
                elif set(PLACEHOLDER.findall(form)) != wanted:
                    problems.append(f"{shown}: the translation {form!r} has other %1…%9 "
                                    "placeholders than the source")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--project-generator", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--plurals-ts")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    work_dir = Path(args.work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    failed = False
    checks = [(name, ()) for name in args.ts_files]
    if args.plurals_ts:
        checks.append((args.plurals_ts, ("-pluralonly",)))
    for ts_name, options in checks:
        ts_file = Path(ts_name)
        problems = problems_in(lupdate_copy(args, ts_file, work_dir, options))
        if problems:
            failed = True
            print(f"{ts_file}: {len(problems)} string(s) of the sources need a translation:")
            print("\n".join(problems))
        else:
            print(f"{ts_file}: every string of the sources is translated")
    if failed:
        print("\nTo fix: run `make translations` (or `cmake --build --preset dev --target "
              "update_translations`),\nwhich adds the new strings to the .ts files as "
              "unfinished; translate each one (a text editor,\nor `linguist "
              "translations/unclutch_de.ts`), remove its type=\"unfinished\", keep %1, %n and "
              "the\nplural forms, and commit the .ts files.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
