#pragma once

#include <QString>
#include <QStringList>

#include "core/fit.h"

namespace unclutch::app {

// What the user asked for on the command line (shared/docs/routine-format.md, section 3).
struct CommandLine {
    enum class Mode {
        Gui,
        Play,
        Validate,
        Import,
        Timeline,
        List,
        ExportHistory,
        Help,
        Version,
        UsageError
    };

    Mode mode = Mode::Gui;
    QStringList paths;    // --validate PATH…, --import FILE…
    QString file;         // --timeline FILE, --export-history FILE, --play FILE|ID
    QString dataDir;      // --data-dir DIR
    QString eventLog;     // --event-log FILE
    core::FitChoices fit; // --minutes M, --pace S, --easier: with --play or --timeline
    QString openFile;     // `unclutch FILE` (a file manager's "Open with"): offered to add or play
    bool verbose = false;
    QString error; // for UsageError
    QString helpText;

    // Whether the mode runs without a display (no QApplication is created for these).
    bool isCommandLineMode() const { return mode != Mode::Gui && mode != Mode::Play; }

    // Parses the arguments, program name first. Needs no application object.
    static CommandLine parse(const QStringList& arguments);
};

} // namespace unclutch::app
