#include "file_change_watcher.h"

#include <QFileInfo>

#include "core/routine_parser.h"
#include "regular_file.h"

namespace unclutch::storage {

FileChangeWatcher::FileChangeWatcher(QObject* parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    connect(&m_quiet, &QTimer::timeout, this, &FileChangeWatcher::checkNow);
    auto later = [this] { m_quiet.start(); };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, later);
    // A save by rename replaces the file, and the watch on the old one ends; the folder's
    // change says the new one is there.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, later);
}

void FileChangeWatcher::watch(const QString& path, const QByteArray& knownBytes)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_quiet.stop();
    m_path = path;
    m_known = knownBytes;
    m_missing = false;
    if (!path.isEmpty()) {
        m_watcher.addPath(QFileInfo(path).absolutePath());
        rewatch();
    }
}

void FileChangeWatcher::setKnownBytes(const QByteArray& bytes)
{
    m_known = bytes;
    m_missing = false;
    rewatch();
}

void FileChangeWatcher::rewatch()
{
    if (!m_path.isEmpty() && !m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void FileChangeWatcher::checkNow()
{
    if (m_path.isEmpty())
        return;
    rewatch();
    // Read as a regular file only: another program may have put a named pipe in its place.
    const Result<RegularFile::Contents> file =
        RegularFile::read(m_path, core::RoutineParser::max_file_bytes + 1);
    if (!file.ok()) {
        if (!m_missing && !QFileInfo::exists(m_path)) {
            m_missing = true;
            emit removedFromDisk();
        }
        return;
    }
    m_missing = false;
    const QByteArray& bytes = file->bytes;
    if (bytes == m_known)
        return;
    m_known = bytes;
    emit changedOnDisk(bytes);
}

} // namespace unclutch::storage
