#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <QVector>

#include "routine_entry.h"

namespace unclutch::storage {

class Paths;

// Every routine file in the library's folders (bundled first, then the user's, then any extra),
// kept current: the folders and files are watched, and a change reloads the library shortly
// after, so an edit in a text editor shows without a restart.
class RoutineLibrary : public QObject {
    Q_OBJECT
public:
    struct Folder {
        QString path;
        RoutineOrigin origin;
    };

    explicit RoutineLibrary(QVector<Folder> folders, QObject* parent = nullptr);
    // The app's library: the bundled routines, then the user's own.
    static QVector<Folder> foldersOf(const Paths& paths);

    // Reads every folder again and emits changed().
    void reload();
    // Takes `entries` as what reload() would read, without reading: another library over the
    // same folders has just read them (--play resolves its routine before the app exists).
    // Emits changed().
    void setEntries(QVector<RoutineEntry> entries);

    const QVector<RoutineEntry>& entries() const { return m_entries; }
    const QVector<Folder>& folders() const { return m_folders; }

    // The valid routine with this id, or the entry for this file path; nullptr if none.
    const RoutineEntry* findById(const QString& id) const;
    const RoutineEntry* findByPath(const QString& path) const;

    // Watching is off until called, so command-line modes never start a watcher.
    void setWatching(bool on);

signals:
    void changed();

private:
    void scheduleReload();
    void rewatch();

    QVector<Folder> m_folders;
    QVector<RoutineEntry> m_entries;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_reloadTimer;
};

} // namespace unclutch::storage
