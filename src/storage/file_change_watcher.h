#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace unclutch::storage {

// Tells whoever has a file open (the routine editor) when it is changed or removed by someone
// else. Their own saves are not reported: the bytes last loaded or saved are known, and a change
// to exactly those bytes is no news. Editors save in several steps (write, rename), so a change is
// reported once things have been quiet for a moment.
class FileChangeWatcher : public QObject {
    Q_OBJECT

public:
    explicit FileChangeWatcher(QObject* parent = nullptr);

    // Watches `path`, whose content is now `knownBytes`. An empty path stops watching.
    void watch(const QString& path, const QByteArray& knownBytes);
    void setKnownBytes(const QByteArray& bytes);
    // Looks at the file now instead of after the quiet period.
    void checkNow();

    static constexpr int quietMs = 150;

signals:
    void changedOnDisk(const QByteArray& bytes);
    void removedFromDisk();

private:
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_quiet;
    QString m_path;
    QByteArray m_known;
    bool m_missing = false;
};

} // namespace unclutch::storage
