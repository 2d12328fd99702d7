#include "routine_file_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/routine_parser.h"

namespace unclutch::storage {

namespace {

core::Diagnostic fileError(const QString& displayPath, const QString& message)
{
    core::Diagnostic diagnostic;
    diagnostic.file = displayPath.toStdString();
    diagnostic.message = message.toStdString();
    return diagnostic;
}

// The bytes of a routine file, or why they cannot be read ("is a folder", the system's reason).
Result<QByteArray> readBytes(const QString& path)
{
    if (QFileInfo(path).isDir())
        return Failure(QCoreApplication::translate("RoutineFileReader", "is a folder"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure(file.errorString());
    // One byte past the limit is enough for the parser to report an oversized file, without
    // ever holding a huge one in memory.
    const QByteArray bytes = file.read(core::RoutineParser::max_file_bytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Failure(file.errorString());
    return bytes;
}

} // namespace

RoutineEntry RoutineFileReader::read(const QString& path, RoutineOrigin origin,
                                     const QString& displayPath)
{
    const Result<QByteArray> bytes = readBytes(path);
    if (!bytes) {
        RoutineEntry entry;
        entry.path = path;
        entry.origin = origin;
        entry.diagnostics.push_back(
            fileError(displayPath.isEmpty() ? path : displayPath,
                      QCoreApplication::translate("RoutineFileReader", "cannot read the file: %1")
                          .arg(bytes.error())));
        return entry;
    }
    return parse(*bytes, path, origin, displayPath);
}

Result<EditableRoutine> RoutineFileReader::readForEditing(const QString& path, RoutineOrigin origin)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Result<QByteArray> bytes = readBytes(path);
    if (!bytes)
        return Failure(QCoreApplication::translate("RoutineFileReader", "Cannot open %1: %2")
                           .arg(shown, bytes.error()));
    RoutineEntry entry = parse(*bytes, path, origin);
    if (!entry.isValid())
        return Failure(
            QCoreApplication::translate("RoutineFileReader",
                                        "%1 has errors; fix them in a text editor first:\n%2")
                .arg(shown, entry.firstError()));
    return EditableRoutine{std::move(*entry.routine), *bytes};
}

RoutineEntry RoutineFileReader::parse(const QByteArray& bytes, const QString& path,
                                      RoutineOrigin origin, const QString& displayPath)
{
    RoutineEntry entry;
    entry.path = path;
    entry.origin = origin;
    const QString shownPath = displayPath.isEmpty() ? path : displayPath;
    core::ParseResult result = core::RoutineParser::parse(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        shownPath.toStdString());
    // The parser knows where each image path stands in the file; only the disk knows whether
    // the picture is there.
    const QDir folder = QFileInfo(path).dir();
    core::RoutineParser::check_images(
        result, shownPath.toStdString(), [&](const std::string& image) {
            return QFileInfo(folder.filePath(QString::fromStdString(image))).isFile();
        });
    entry.routine = std::move(result.routine);
    entry.diagnostics = std::move(result.diagnostics);
    return entry;
}

QStringList RoutineFileReader::routineFilesIn(const QString& dir)
{
    QStringList files;
    const QDir folder(dir);
    const QFileInfoList infos =
        folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : infos) {
        if (!info.fileName().endsWith(QLatin1String(".schema.json")))
            files << folder.filePath(info.fileName());
    }
    return files;
}

} // namespace unclutch::storage
