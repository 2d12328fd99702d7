#include "routine_library.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include "bundled_routine_text.h"
#include "paths.h"
#include "routine_file_reader.h"

namespace unclutch::storage {

namespace {

// Editors save in bursts (write, rename, chmod): wait for the burst to end before reading.
constexpr int reloadDelayMs = 150;

} // namespace

QVector<RoutineLibrary::Folder> RoutineLibrary::foldersOf(const Paths& paths)
{
    return {{paths.bundledRoutinesDir(), RoutineOrigin::Bundled},
            {paths.userRoutinesDir(), RoutineOrigin::User}};
}

RoutineLibrary::RoutineLibrary(QVector<Folder> folders, QObject* parent)
    : QObject(parent)
    , m_folders(std::move(folders))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(reloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &RoutineLibrary::reload);
}

void RoutineLibrary::setEntries(QVector<RoutineEntry> entries)
{
    m_entries = std::move(entries);
    if (m_watcher)
        rewatch();
    emit changed();
}

void RoutineLibrary::reload()
{
    QVector<RoutineEntry> entries;
    QSet<QString> seenIds;
    for (const Folder& folder : std::as_const(m_folders)) {
        for (const QString& file : RoutineFileReader::routineFilesIn(folder.path)) {
            RoutineEntry entry = RoutineFileReader::read(file, folder.origin);
            if (entry.routine && folder.origin == RoutineOrigin::Bundled)
                BundledRoutineText::translate(*entry.routine);
            if (entry.routine) {
                const QString id = QString::fromStdString(entry.routine->id);
                if (seenIds.contains(id)) {
                    core::Diagnostic duplicate;
                    duplicate.file = file.toStdString();
                    duplicate.pointer = "/id";
                    duplicate.message =
                        QCoreApplication::translate("RoutineLibrary",
                                                    "another routine in the library already has "
                                                    "the id \"%1\"; this one is not loaded")
                            .arg(id)
                            .toStdString();
                    entry.diagnostics.insert(entry.diagnostics.begin(), std::move(duplicate));
                    entry.routine.reset();
                } else {
                    seenIds.insert(id);
                }
            }
            entries.push_back(std::move(entry));
        }
    }
    setEntries(std::move(entries));
}

const RoutineEntry* RoutineLibrary::findById(const QString& id) const
{
    const std::string wanted = id.toStdString();
    for (const RoutineEntry& entry : m_entries) {
        if (entry.routine && entry.routine->id == wanted)
            return &entry;
    }
    return nullptr;
}

const RoutineEntry* RoutineLibrary::findByPath(const QString& path) const
{
    const QString wanted = QFileInfo(path).canonicalFilePath();
    if (wanted.isEmpty())
        return nullptr; // no such file: not the entry of a file that is gone either
    for (const RoutineEntry& entry : m_entries) {
        if (QFileInfo(entry.path).canonicalFilePath() == wanted)
            return &entry;
    }
    return nullptr;
}

void RoutineLibrary::setWatching(bool on)
{
    if (on == (m_watcher != nullptr))
        return;
    if (!on) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &RoutineLibrary::scheduleReload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &RoutineLibrary::scheduleReload);
    rewatch();
}

void RoutineLibrary::scheduleReload()
{
    m_reloadTimer.start();
}

void RoutineLibrary::rewatch()
{
    // Atomic saves replace the file, which drops it from the watcher: watch the current set anew.
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList paths;
    for (const Folder& folder : std::as_const(m_folders)) {
        if (QFileInfo(folder.path).isDir())
            paths << folder.path;
    }
    for (const RoutineEntry& entry : std::as_const(m_entries))
        paths << entry.path;
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

} // namespace unclutch::storage
