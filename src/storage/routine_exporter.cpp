#include "routine_exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include "bundled_routine_text.h"
#include "routine_entry.h"
#include "routine_file_reader.h"
#include "routine_file_writer.h"
#include "save_file_sink.h"

namespace unclutch::storage {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString unusedFolder(const QString& parent, const QString& name)
{
    const QDir dir(parent);
    for (int n = 1;; ++n) {
        const QString candidate =
            dir.filePath(n == 1 ? name : QStringLiteral("%1-%2").arg(name).arg(n));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QStringList picturesOf(const core::Routine& routine)
{
    QStringList pictures;
    for (const core::Step& step : routine.steps) {
        for (const std::optional<std::string>& image :
             {step.image, step.easier ? step.easier->image : std::nullopt}) {
            // "images/./a.png" and "images/a.png" are one picture, copied once.
            const QString relative =
                image ? QDir::cleanPath(QString::fromStdString(*image)) : QString();
            if (!relative.isEmpty() && !pictures.contains(relative))
                pictures << relative;
        }
    }
    return pictures;
}

} // namespace

RoutineExporter::RoutineExporter(const Paths& paths)
    : m_paths(paths)
{
}

Result<QString> RoutineExporter::exportTo(const QString& routinePath,
                                          const QString& intoFolder) const
{
    const QFileInfo source(routinePath);
    const bool bundled = m_paths.isBundledRoutine(routinePath);
    Result<EditableRoutine> read = RoutineFileReader::readForEditing(
        routinePath, bundled ? RoutineOrigin::Bundled : RoutineOrigin::User);
    if (!read)
        return Result<QString>::failureOf(read);
    EditableRoutine routine = std::move(read).value();
    QByteArray bytes = routine.bytes;
    if (bundled) {
        BundledRoutineText::translate(routine.routine);
        routine.routine.id_from_file_name = false;
        bytes = RoutineFileWriter::bytes(routine.routine);
    }
    if (!QFileInfo(intoFolder).isDir())
        return Failure(tr("Cannot export to %1: it is not a folder.").arg(shown(intoFolder)));

    const QString id = QString::fromStdString(routine.routine.id);
    const QString folder = unusedFolder(intoFolder, id);
    if (!QDir().mkdir(folder))
        return Failure(tr("Cannot create the folder %1.").arg(shown(folder)));
    const auto fail = [&folder](const QString& message) -> Result<QString> {
        QDir(folder).removeRecursively();
        return Failure(message);
    };

    QStringList missing;
    for (const QString& relative : picturesOf(routine.routine)) {
        const QString from = source.dir().filePath(relative);
        if (!QFileInfo(from).isFile()) {
            missing << relative;
            continue;
        }
        const QString to = QDir(folder).filePath(relative);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return fail(
                tr("Cannot create the folder %1.").arg(shown(QFileInfo(to).absolutePath())));
        QFile picture(from);
        if (!picture.copy(to))
            return fail(
                tr("Cannot copy the picture %1: %2").arg(shown(from), picture.errorString()));
    }
    const QString file = QDir(folder).filePath(id + QStringLiteral(".json"));
    if (const Status written = SaveFileSink::writeFile(file, bytes); !written)
        return fail(tr("Cannot write %1: %2").arg(shown(file), written.error()));

    Result<QString> exported(folder);
    if (!missing.isEmpty())
        exported.withWarning(
            tr("These pictures are missing and were left out: %1").arg(missing.join(u", ")));
    return exported;
}

} // namespace unclutch::storage
