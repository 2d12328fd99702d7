#include "routine_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "bundled_routine_text.h"
#include "core/default_id.h"
#include "picture_importer.h"
#include "regular_file.h"
#include "routine_file_reader.h"

namespace unclutch::storage {

namespace {

constexpr int maxIdLength = 64;
constexpr int maxTitleLength = 120;

// lupdate files the tr() calls of this file under the context it would give a member tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("unclutch::storage::RoutineFiles", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Result<core::Routine> load(const QString& path)
{
    RoutineEntry entry = RoutineFileReader::read(path, RoutineOrigin::User);
    if (!entry.isValid())
        return Failure(
            QCoreApplication::translate("unclutch::storage::RoutineFiles",
                                        "%1 has errors and cannot be copied or changed here:\n%2")
                .arg(shown(path), entry.firstError()));
    return std::move(*entry.routine);
}

// Lengths of titles count code points, as the contract does.
QString truncatedToCodePoints(const QString& text, int count)
{
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() <= count)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()), count)
        .trimmed();
}

} // namespace

RoutineFiles::RoutineFiles(const Paths& paths, RoutineFileWriter writer)
    : m_paths(paths)
    , m_writer(std::move(writer))
{
}

QString RoutineFiles::slug(const QString& text)
{
    return QString::fromStdString(core::id_from_text(text.toStdString()));
}

QString RoutineFiles::uniqueId(const QString& base, const QSet<QString>& taken)
{
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QString() : QStringLiteral("-%1").arg(n);
        QString stem = base.left(maxIdLength - suffix.size());
        while (stem.endsWith(u'-'))
            stem.chop(1);
        const QString id = stem + suffix;
        if (!taken.contains(id))
            return id;
    }
}

QSet<QString> RoutineFiles::takenIds() const
{
    QSet<QString> ids;
    for (const QString& folder : {m_paths.bundledRoutinesDir(), m_paths.userRoutinesDir()}) {
        for (const QString& path : RoutineFileReader::routineFilesIn(folder)) {
            const Result<core::Routine> loaded = load(path);
            ids.insert(loaded ? QString::fromStdString(loaded->id)
                              : slug(QFileInfo(path).completeBaseName()));
        }
    }
    return ids;
}

QString RoutineFiles::unusedFileName(const QString& folder, const QString& stem)
{
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString name =
            n == 1 ? stem + QStringLiteral(".json") : QStringLiteral("%1-%2.json").arg(stem).arg(n);
        if (!QFileInfo::exists(dir.filePath(name)) &&
            !QFileInfo::exists(RoutineFileWriter::backupPath(dir.filePath(name))))
            return dir.filePath(name);
    }
}

QString RoutineFiles::offeredId(const QString& title, const QSet<QString>& taken)
{
    const QString base = slug(title);
    return uniqueId(base.isEmpty() ? QStringLiteral("my-routine") : base, taken);
}

core::Routine RoutineFiles::blank(const QString& title, const std::optional<core::Step>& firstStep)
{
    core::Routine routine;
    routine.title = truncatedToCodePoints(title, maxTitleLength).toStdString();
    if (firstStep) {
        routine.steps.push_back(*firstStep);
    } else {
        core::Step step;
        step.pose = tr("First pose").toStdString();
        step.duration = 60;
        routine.steps.push_back(step);
    }
    return routine;
}

Result<QString> RoutineFiles::create(core::Routine routine) const
{
    return create(std::move(routine), takenIds());
}

Result<QString> RoutineFiles::create(core::Routine routine, const QSet<QString>& taken) const
{
    if (const Status made = m_paths.ensureDataDir(); !made)
        return Result<QString>::failureOf(made);
    const QString id = QString::fromStdString(routine.id);
    if (id.isEmpty() || taken.contains(id))
        routine.id = offeredId(QString::fromStdString(routine.title), taken).toStdString();
    routine.id_from_file_name = false;
    return m_writer.save(
        unusedFileName(m_paths.userRoutinesDir(), QString::fromStdString(routine.id)), routine);
}

Result<QString> RoutineFiles::duplicate(const QString& sourcePath,
                                        const QSet<QString>& alsoTaken) const
{
    Result<core::Routine> loaded = load(sourcePath);
    if (!loaded)
        return Result<QString>::failureOf(loaded);
    core::Routine routine = std::move(loaded).value();
    // A copy of a bundled routine starts from the words the user saw in the library.
    if (m_paths.isBundledRoutine(sourcePath))
        BundledRoutineText::translate(routine);

    const QString id = uniqueId(QString::fromStdString(routine.id) + QStringLiteral("-copy"),
                                takenIds() | alsoTaken);
    routine.id = id.toStdString();
    const QString copyTitle = tr("%1 (copy)");
    const int room = maxTitleLength - (copyTitle.toUcs4().size() - 2);
    routine.title =
        copyTitle.arg(truncatedToCodePoints(QString::fromStdString(routine.title), room))
            .toStdString();
    return addOwn(std::move(routine), QFileInfo(sourcePath).absolutePath());
}

Result<QString> RoutineFiles::addOwn(core::Routine routine, const QString& fromFolder) const
{
    if (const Status made = m_paths.ensureDataDir(); !made)
        return Result<QString>::failureOf(made);
    const QString id = QString::fromStdString(routine.id);
    // Written out, the id stays the routine's whatever the file comes to be called.
    routine.id_from_file_name = false;
    copyPictures(routine, fromFolder);
    return m_writer.save(unusedFileName(m_paths.userRoutinesDir(), id), routine);
}

QString RoutineFiles::copyPicture(const QString& fromFolder, const QString& relative) const
{
    const QString source = QDir(fromFolder).filePath(relative);
    if (RegularFile::kindOf(source) != core::FileKind::regular)
        return relative;
    // A picture that cannot be copied keeps its path: the routine still loads, with the
    // contract's warning for a missing image.
    return PictureImporter::copyAs(source, m_paths.userRoutinesDir(), relative).valueOr(relative);
}

void RoutineFiles::copyPictures(core::Routine& routine, const QString& fromFolder) const
{
    auto copy = [&](std::optional<std::string>& image) {
        if (image)
            image = copyPicture(fromFolder, QString::fromStdString(*image)).toStdString();
    };
    for (core::Step& step : routine.steps) {
        copy(step.image);
        if (step.easier)
            copy(step.easier->image);
    }
}

Result<QString> RoutineFiles::rename(const QString& path, const QString& title,
                                     bool renameFile) const
{
    Result<core::Routine> loaded = load(path);
    if (!loaded)
        return Result<QString>::failureOf(loaded);
    core::Routine routine = std::move(loaded).value();
    routine.title = title.toStdString();
    if (!renameFile)
        return m_writer.save(path, routine);

    QString stem = slug(title);
    if (stem.isEmpty())
        stem = QString::fromStdString(routine.id);
    if (QFileInfo(path).completeBaseName() == stem)
        return m_writer.save(path, routine);
    // The id came from the old file name; writing it out keeps the routine's identity.
    routine.id_from_file_name = false;
    const QString newPath = unusedFileName(QFileInfo(path).absolutePath(), stem);
    const Result<QString> saved = m_writer.save(newPath, routine);
    if (!saved)
        return saved;
    if (!QFile::remove(path)) {
        QFile::remove(newPath);
        return Failure(
            tr("Cannot rename %1: it could not be removed. Nothing was changed.").arg(shown(path)));
    }
    QFile::rename(RoutineFileWriter::backupPath(path), RoutineFileWriter::backupPath(newPath));
    return saved;
}

Status RoutineFiles::moveToTrash(const QString& path) const
{
    if (!QFileInfo::exists(path))
        return Failure(tr("%1 does not exist.").arg(shown(path)));
    if (!trash(path))
        return Failure(
            tr("%1 could not be moved to the trash (there may be none here). It was not deleted.")
                .arg(shown(path)));
    const QString backup = RoutineFileWriter::backupPath(path);
    if (QFileInfo::exists(backup))
        trash(backup);
    return {};
}

bool RoutineFiles::trash(const QString& path)
{
    QString inTrash;
    if (!QFile::moveToTrash(path, &inTrash))
        return false;
    if (!QDir::isRelativePath(inTrash))
        return true;
    // Qt 6.4 "succeeds" when it cannot set up the trash folder (e.g. XDG_DATA_HOME missing),
    // moving the file to ./files/ of the working directory. Put it back: no trash here.
    const QFileInfo moved(inTrash);
    const QString files = moved.absolutePath();
    const QString info = QDir::cleanPath(files + QStringLiteral("/../info"));
    QFile::rename(moved.absoluteFilePath(), path);
    QFile::remove(info + u'/' + moved.fileName() + QStringLiteral(".trashinfo"));
    QDir().rmdir(files);
    QDir().rmdir(info);
    return false;
}

Status RoutineFiles::deletePermanently(const QString& path) const
{
    QFile file(path);
    if (!file.remove())
        return Failure(tr("Cannot delete %1: %2").arg(shown(path), file.errorString()));
    QFile::remove(RoutineFileWriter::backupPath(path));
    return {};
}

} // namespace unclutch::storage
