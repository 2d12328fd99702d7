#pragma once

#include <QString>
#include <QStringList>

#include "result.h"

namespace unclutch::storage {

// The one place that decides where Unclutch keeps and finds things on disk.
class Paths {
public:
    // `dataDirOverride` is `--data-dir`; empty means the platform default
    // (QStandardPaths::AppDataLocation, e.g. ~/.local/share/unclutch).
    explicit Paths(const QString& dataDirOverride = {});

    QString dataDir() const { return m_dataDir; }
    QString userRoutinesDir() const; // DATA_DIR/routines
    QString historyDatabase() const; // DATA_DIR/history.sqlite
    QString logDir() const;          // DATA_DIR/logs

    // The bundled routines: the installed share/unclutch/routines beside the binary, the
    // configured install prefix, or the source tree's routines/ when run from a build.
    QString bundledRoutinesDir() const;
    // Whether the routine file `routinePath` is one of the bundled routines (in that folder).
    bool isBundledRoutine(const QString& routinePath) const;
    // Whether the file `path` lies directly in `folder`, links resolved; false when either is
    // missing.
    static bool isDirectlyIn(const QString& path, const QString& folder);

    // Creates the data dir, the user routines dir and the log dir if missing, owner-only (0700).
    Status ensureDataDir() const;

private:
    QString m_dataDir;
    bool m_isDefaultDataDir = true;
};

} // namespace unclutch::storage
