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

// One routine a line, fields split by tabs: a title may not break either.
QString singleLine(const std::string& text)
{
    QString line = QString::fromStdString(text);
    for (QChar& c : line) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return line;
}

} // namespace

CliCommands::CliCommands(const storage::Paths& paths)
    : m_paths(paths)
{
}

int CliCommands::validate(const QStringList& paths) const
{
    bool allValid = true;
    auto check = [&](const QString& file, const QString& shown) {
        const storage::RoutineEntry entry =
            storage::RoutineFileReader::read(file, storage::RoutineOrigin::Extra, shown);
        printDiagnostics(entry);
        allValid = allValid && entry.isValid();
        if (entry.diagnostics.empty())
            printOut(shown + QStringLiteral(": ok"));
    };
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir()) {
            for (const QString& file : storage::RoutineFileReader::routineFilesIn(path))
                check(file, displayPathIn(path, file));
        } else {
            check(path, path);
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
        if (!imported.warning().isEmpty())
            printErr(imported.warning());
        if (!imported) {
            printErr(imported.error());
            allImported = false;
            continue;
        }
        printOut(imported->id + QLatin1Char('\t') + imported->path);
    }
    return allImported ? 0 : 1;
}

int CliCommands::list() const
{
    storage::RoutineLibrary library(
        {{m_paths.bundledRoutinesDir(), storage::RoutineOrigin::Bundled},
         {m_paths.userRoutinesDir(), storage::RoutineOrigin::User}});
    library.reload();
    for (const storage::RoutineEntry& entry : library.entries()) {
        if (!entry.routine) {
            printDiagnostics(entry);
            continue;
        }
        const core::Routine& routine = *entry.routine;
        printOut(QString::fromStdString(routine.id) + QLatin1Char('\t') +
                 singleLine(routine.title) + QLatin1Char('\t') +
                 minutesSeconds(core::total_ms(routine)) + QLatin1Char('\t') + entry.path);
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
    printOut(*exported);
    return 0;
}

} // namespace unclutch::app
