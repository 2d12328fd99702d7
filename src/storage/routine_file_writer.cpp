#include "routine_file_writer.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/routine_writer.h"
#include "regular_file.h"
#include "save_file_sink.h"

namespace unclutch::storage {

namespace {

// lupdate files the tr() calls of this file under the context it would give a member tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("unclutch::storage::RoutineFileWriter", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Marked read-only by its mode bits. Checked on the bits and not only with access(), because
// root may write anything: a file someone made read-only should stay untouched for root too.
// (Qt's *User flags come from access(), so they are left out.)
bool isReadOnly(const QFileInfo& info)
{
    constexpr QFile::Permissions anyWrite =
        QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !info.isWritable() || !(info.permissions() & anyWrite);
}

// fsync() of the folder makes the rename itself durable; QSaveFile only syncs the file's data.
QString syncFolder(const QString& folder)
{
    const QByteArray name = QFile::encodeName(folder);
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    QString error;
    // Some file systems cannot sync a folder (EINVAL); there is nothing more to do there.
    if (::fsync(fd) != 0 && errno != EINVAL)
        error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return error;
}

} // namespace

RoutineFileWriter::RoutineFileWriter()
    : RoutineFileWriter([](const QString& path) { return std::make_unique<SaveFileSink>(path); })
{
}

RoutineFileWriter::RoutineFileWriter(SinkFactory sinkFactory)
    : m_sinkFactory(std::move(sinkFactory))
{
}

QString RoutineFileWriter::backupPath(const QString& path)
{
    return path + QStringLiteral(".bak");
}

QByteArray RoutineFileWriter::bytes(const core::Routine& routine)
{
    return QByteArray::fromStdString(core::RoutineWriter::write(routine));
}

Result<QString> RoutineFileWriter::save(const QString& path, const core::Routine& routine) const
{
    return saveBytes(path, bytes(routine));
}

Result<QString> RoutineFileWriter::saveBytes(const QString& path, const QByteArray& bytes) const
{
    const QFileInfo target(path);
    if (target.exists()) {
        if (target.isDir())
            return Failure(tr("Cannot save: %1 is a folder.").arg(shown(path)));
        // Reading a named pipe to keep it as the previous version would wait for a writer.
        if (RegularFile::kindOf(path) != core::FileKind::regular)
            return Failure(
                tr("Cannot save: %1 is not a regular file. Nothing was changed.").arg(shown(path)));
        if (isReadOnly(target))
            return Failure(
                tr("Cannot save: %1 is read-only. Nothing was changed.").arg(shown(path)));
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly))
            return Failure(tr("Cannot save: %1 could not be read to keep it as the "
                              "previous version: %2. Nothing was changed.")
                               .arg(shown(path), old.errorString()));
        const QByteArray oldBytes = old.readAll();
        if (oldBytes == bytes)
            return path;
        // Kept only when the content changes, so saving twice does not overwrite the real
        // previous version with a copy of the current one.
        const Status backup = writeAtomically(backupPath(path), oldBytes);
        if (!backup)
            return Failure(tr("Cannot save %1: the previous version could not be "
                              "kept as %2: %3. Nothing was changed.")
                               .arg(shown(path), shown(backupPath(path)), backup.error()));
    }
    const Status saved = writeAtomically(path, bytes);
    if (!saved)
        return Failure(tr("Cannot save %1: %2. The file on disk was left as it was.")
                           .arg(shown(path), saved.error()));
    const QString syncError = syncFolder(target.absolutePath());
    if (!syncError.isEmpty())
        return Result<QString>(path).withWarning(
            tr("Saved %1, but its folder could not be synced to disk (%2); a power cut now "
               "could undo the save.")
                .arg(shown(path), syncError));
    return path;
}

Status RoutineFileWriter::writeAtomically(const QString& path, const QByteArray& bytes) const
{
    return m_sinkFactory(path)->writeAll(bytes);
}

} // namespace unclutch::storage
