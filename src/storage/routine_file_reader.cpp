#include "routine_file_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/routine_parser.h"
#include "regular_file.h"

namespace unclutch::storage {

namespace {

core::Diagnostic fileError(const QString& displayPath, const QString& message)
{
    core::Diagnostic diagnostic;
    diagnostic.file = displayPath.toStdString();
    diagnostic.message = message.toStdString();
    return diagnostic;
}

// The bytes of a routine file, as a regular file only, and its real size. One byte past the
// limit is enough for the parser to report an oversized file, without ever holding a huge one in
// memory.
Result<RegularFile::Contents> readBytes(const QString& path)
{
    return RegularFile::read(path, core::RoutineParser::max_file_bytes + 1);
}

} // namespace

RoutineEntry RoutineFileReader::read(const QString& path, RoutineOrigin origin,
                                     const QString& displayPath)
{
    const Result<RegularFile::Contents> contents = readBytes(path);
    if (!contents) {
        RoutineEntry entry;
        entry.path = path;
        entry.origin = origin;
        entry.diagnostics.push_back(
            fileError(displayPath.isEmpty() ? path : displayPath,
                      QCoreApplication::translate("RoutineFileReader", "cannot read the file: %1")
                          .arg(contents.error())));
        return entry;
    }
    return entryOf(*contents, path, origin, displayPath);
}

Result<EditableRoutine> RoutineFileReader::readForEditing(const QString& path, RoutineOrigin origin)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Result<RegularFile::Contents> contents = readBytes(path);
    if (!contents)
        return Failure(QCoreApplication::translate("RoutineFileReader", "Cannot open %1: %2")
                           .arg(shown, contents.error()));
    RoutineEntry entry = entryOf(*contents, path, origin);
    if (!entry.isValid())
        return Failure(
            QCoreApplication::translate("RoutineFileReader",
                                        "%1 has errors; fix them in a text editor first:\n%2")
                .arg(shown, entry.firstError()));
    return EditableRoutine{std::move(*entry.routine), contents->bytes};
}

RoutineEntry RoutineFileReader::entryOf(const RegularFile::Contents& contents, const QString& path,
                                        RoutineOrigin origin, const QString& displayPath)
{
    if (contents.size <= qint64(core::RoutineParser::max_file_bytes))
        return parse(contents.bytes, path, origin, displayPath);
    // The parser only saw the first bytes: the size it would report is not the file's.
    RoutineEntry entry;
    entry.path = path;
    entry.origin = origin;
    entry.diagnostics.push_back(
        core::RoutineParser::too_large((displayPath.isEmpty() ? path : displayPath).toStdString(),
                                       static_cast<std::uintmax_t>(contents.size)));
    return entry;
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
            return RegularFile::kindOf(folder.filePath(QString::fromStdString(image)));
        });
    entry.routine = std::move(result.routine);
    entry.diagnostics = std::move(result.diagnostics);
    return entry;
}

QList<RoutineFileReader::FolderEntry> RoutineFileReader::scanFolder(const QString& dir)
{
    // lupdate files these tr() calls under the context it would give a member tr().
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("unclutch::storage::RoutineFileReader", text);
    };
    QList<FolderEntry> entries;
    const QDir folder(dir);
    // System: named pipes, sockets, devices and broken links are listed too, to say why they
    // are not read.
    const QStringList names = folder.entryList(
        {QStringLiteral("*.json")},
        QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        // The schema that lets editors check routines sits among them by design.
        if (name.endsWith(QLatin1String(".schema.json")))
            continue;
        FolderEntry entry{folder.filePath(name), {}};
        if (const core::FileKind kind = RegularFile::kindOf(entry.path);
            kind == core::FileKind::missing) {
            entry.skipped = tr("a link to a file that does not exist");
        } else if (kind != core::FileKind::regular) {
            entry.skipped = tr("%1, not a regular file").arg(RegularFile::describe(kind));
        } else if (name.startsWith(QLatin1Char('.'))) {
            entry.skipped = tr("a hidden file");
        }
        entries << entry;
    }
    return entries;
}

QStringList RoutineFileReader::routineFilesIn(const QString& dir)
{
    QStringList files;
    for (const FolderEntry& entry : scanFolder(dir)) {
        if (entry.skipped.isEmpty())
            files << entry.path;
    }
    return files;
}

} // namespace unclutch::storage
