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

void warnAboutMissingImage(RoutineEntry& entry, const QString& displayPath,
                           const std::optional<std::string>& image, const std::string& pointer)
{
    if (!image)
        return;
    const QString relative = QString::fromStdString(*image);
    const QString resolved = QFileInfo(entry.path).dir().filePath(relative);
    if (QFileInfo(resolved).isFile())
        return;
    core::Diagnostic diagnostic = fileError(
        displayPath,
        QCoreApplication::translate("RoutineFileReader", "image file \"%1\" does not exist")
            .arg(relative));
    diagnostic.severity = core::Severity::Warning;
    diagnostic.pointer = pointer;
    entry.diagnostics.push_back(std::move(diagnostic));
}

} // namespace

RoutineEntry RoutineFileReader::read(const QString& path, RoutineOrigin origin,
                                     const QString& displayPath)
{
    RoutineEntry entry;
    entry.path = path;
    entry.origin = origin;
    const QString shownPath = displayPath.isEmpty() ? path : displayPath;

    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = QFileInfo(path).isDir()
                                   ? QCoreApplication::translate("RoutineFileReader", "is a folder")
                                   : file.errorString();
        entry.diagnostics.push_back(fileError(
            shownPath,
            QCoreApplication::translate("RoutineFileReader", "cannot read the file: %1")
                .arg(reason)));
        return entry;
    }
    // One byte past the limit is enough for the parser to report an oversized file, without
    // ever holding a huge one in memory.
    const QByteArray bytes = file.read(core::RoutineParser::max_file_bytes + 1);
    if (file.error() != QFileDevice::NoError) {
        entry.diagnostics.push_back(fileError(
            shownPath, QCoreApplication::translate("RoutineFileReader", "cannot read the file: %1")
                           .arg(file.errorString())));
        return entry;
    }

    return parse(bytes, path, origin, displayPath);
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
    entry.routine = std::move(result.routine);
    entry.diagnostics = std::move(result.diagnostics);

    if (entry.routine) {
        const auto& steps = entry.routine->steps;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const std::string base = "/steps/" + std::to_string(i);
            warnAboutMissingImage(entry, shownPath, steps[i].image, base + "/image");
            if (steps[i].easier)
                warnAboutMissingImage(entry, shownPath, steps[i].easier->image,
                                      base + "/easier/image");
        }
    }
    return entry;
}

QStringList RoutineFileReader::routineFilesIn(const QString& dir)
{
    QStringList files;
    const QDir folder(dir);
    const QFileInfoList infos = folder.entryInfoList({QStringLiteral("*.json")},
                                                     QDir::Files,
                                                     QDir::Name);
    for (const QFileInfo& info : infos) {
        if (!info.fileName().endsWith(QLatin1String(".schema.json")))
            files << folder.filePath(info.fileName());
    }
    return files;
}

} // namespace unclutch::storage
