#include "routine_importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include "core/diagnostic.h"
#include "routine_file_reader.h"

namespace unclutch::storage {

RoutineImporter::RoutineImporter(const Paths& paths, RoutineFileWriter writer)
    : m_paths(paths)
    , m_files(paths, std::move(writer))
{
}

RoutineEntry RoutineImporter::check(const QString& path, const QString& displayPath)
{
    const QString shown = displayPath.isEmpty() ? path : displayPath;
    // RoutineFileReader reads regular files only: a FIFO is refused as --validate refuses it.
    return RoutineFileReader::read(path, RoutineOrigin::Extra, shown);
}

Result<ImportedRoutine> RoutineImporter::importFile(const QString& path,
                                                    const QString& displayPath) const
{
    const QString shown = displayPath.isEmpty() ? path : displayPath;
    RoutineEntry entry = check(path, shown);
    if (!entry.isValid())
        return Failure(entry.problemLines().join(u'\n'));
    const QString warnings = entry.problemLines(core::Severity::Warning).join(u'\n');
    core::Routine routine = std::move(*entry.routine);
    ImportedRoutine imported;
    imported.title = QString::fromStdString(routine.title);

    if (Paths::isDirectlyIn(path, m_paths.userRoutinesDir())) {
        imported.id = QString::fromStdString(routine.id);
        imported.path = QFileInfo(path).canonicalFilePath();
        imported.copied = false;
        return Result<ImportedRoutine>(imported).withWarning(warnings);
    }

    if (!m_taken)
        m_taken = m_files.takenIds();
    const QString id = RoutineFiles::uniqueId(QString::fromStdString(routine.id), *m_taken);
    routine.id = id.toStdString();
    const Result<QString> saved =
        m_files.addOwn(std::move(routine), QFileInfo(path).absolutePath());
    if (!saved)
        return Failure(tr("Cannot import %1: %2").arg(shown, saved.error()));
    m_taken->insert(id);
    imported.id = id;
    imported.path = *saved;
    QStringList told{warnings, saved.warning()};
    told.removeAll(QString());
    return Result<ImportedRoutine>(imported).withWarning(told.join(u'\n'));
}

} // namespace unclutch::storage
