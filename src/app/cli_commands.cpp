#include "cli_commands.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "console.h"
#include "core/fit.h"
#include "core/timeline.h"
#include "core/timeline_json.h"
#include "duration_text.h"
#include "history_module.h"
#include "module_loader.h"
#include "storage/paths.h"
#include "storage/routine_file_reader.h"
#include "storage/routine_importer.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

void printDiagnostics(const storage::RoutineEntry& entry)
{
    for (const core::Diagnostic& diagnostic : entry.diagnostics)
        printErr(QString::fromStdString(diagnostic.format()));
}

// A folder's files are named as the user named the folder, so editors can jump to them.
QString displayPathIn(const QString& folder, const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    if (folder.endsWith(QLatin1Char('/')))
        return folder + name;
    return folder + QLatin1Char('/') + name;
}

} // namespace

CliCommands::CliCommands(const storage::Paths& paths)
    : m_paths(paths)
{
}

int CliCommands::validate(const QStringList& paths) const
{
    // lupdate files these tr() calls under the context it would give a member tr().
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("unclutch::app::CliCommands", text);
    };
    bool allValid = true;
    auto check = [&](const QString& file, const QString& shown) {
        const storage::RoutineEntry entry =
            storage::RoutineFileReader::read(file, storage::RoutineOrigin::Extra, shown);
        printDiagnostics(entry);
        allValid = allValid && entry.isValid();
        if (entry.diagnostics.empty())
            printOut(escapedControls(shown) + QStringLiteral(": ok"));
    };
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            check(path, path);
            continue;
        }
        // A folder says what it did not read and why, and a folder with nothing to check is a
        // mistake worth a failing status (a wrong folder in a script would pass unseen).
        bool checked = false;
        for (const storage::RoutineFileReader::FolderEntry& entry :
             storage::RoutineFileReader::scanFolder(path)) {
            const QString shown = displayPathIn(path, entry.path);
            if (!entry.skipped.isEmpty()) {
                printErr(shown + QStringLiteral(": note: ") + tr("skipped: %1").arg(entry.skipped));
                continue;
            }
            check(entry.path, shown);
            checked = true;
        }
        if (!checked) {
            printErr(path + QStringLiteral(": error: ") +
                     tr("no routine file (*.json) in this folder"));
            allValid = false;
        }
    }
    return allValid ? 0 : 1;
}

int CliCommands::importRoutines(const QStringList& files) const
{
    const storage::RoutineImporter importer(m_paths);
    bool allImported = true;
    for (const QString& file : files) {
        // One at a time: a file later in the list may take an id this one was given.
        const storage::Result<storage::ImportedRoutine> imported = importer.importFile(file, file);
        // The file's messages, one a line as --validate prints them (each escaped on its own).
        const auto printLines = [](const QString& messages) {
            for (const QString& line : messages.split(u'\n', Qt::SkipEmptyParts))
                printErr(line);
        };
        printLines(imported.warning());
        if (!imported) {
            printLines(imported.error());
            allImported = false;
            continue;
        }
        printOut(escapedControls(imported->id) + QLatin1Char('\t') +
                 escapedControls(imported->path));
    }
    return allImported ? 0 : 1;
}

int CliCommands::list() const
{
    storage::RoutineLibrary library(storage::RoutineLibrary::foldersOf(m_paths));
    library.reload();
    for (const storage::RoutineEntry& entry : library.entries()) {
        if (!entry.routine) {
            printDiagnostics(entry);
            continue;
        }
        const core::Routine& routine = *entry.routine;
        // One routine a line, fields split by tabs: nothing from a file may break the line,
        // add a field or reach the terminal as a control character.
        printOut(QString::fromStdString(routine.id) + QLatin1Char('\t') +
                 escapedControls(QString::fromStdString(routine.title)) + QLatin1Char('\t') +
                 minutesSeconds(core::total_ms(routine)) + QLatin1Char('\t') +
                 escapedControls(entry.path));
    }
    return 0;
}

int CliCommands::timeline(const QString& file, const core::FitChoices& fit) const
{
    const storage::RoutineEntry entry =
        storage::RoutineFileReader::read(file, storage::RoutineOrigin::Extra, file);
    printDiagnostics(entry);
    if (!entry.routine)
        return 1;
    const core::FitResult fitted = core::fit(*entry.routine, fit);
    if (!fitted.ok()) {
        // The file is fine; the options asked for what it cannot do: a usage error.
        printErr(QStringLiteral("unclutch: ") + QString::fromStdString(fitted.error->message()));
        return 2;
    }
    const core::Timeline timeline(fitted.fitted->routine);
    printOut(QString::fromStdString(core::timeline_to_json(*fitted.fitted, timeline)));
    return 0;
}

int CliCommands::exportHistory(const QString& file) const
{
    const storage::Result<HistoryModule*> module =
        ModuleLoader::load<HistoryModule>(QStringLiteral("history"));
    if (!module) {
        printErr(QStringLiteral("unclutch: ") + module.error());
        return 1;
    }
    // A usage error, like an unknown option: nothing is opened or written.
    if (!(*module)->isExportFileName(file)) {
        printErr(QCoreApplication::translate("unclutch::app::CliCommands",
                                             "unclutch: cannot tell the format of %1: use a file "
                                             "name ending in .csv or .json")
                     .arg(file));
        return 2;
    }
    const storage::Result<QString> exported = (*module)->exportHistory(m_paths, file);
    // The warning (a damaged history moved aside) matters whatever the outcome.
    if (!exported.warning().isEmpty())
        printErr(exported.warning());
    if (!exported) {
        printErr(exported.error());
        return 1;
    }
    printOut(escapedControls(*exported));
    return 0;
}

} // namespace unclutch::app
