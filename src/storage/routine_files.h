#pragma once

#include <optional>

#include <QSet>
#include <QString>

#include "core/routine.h"
#include "paths.h"
#include "result.h"
#include "routine_file_writer.h"

namespace unclutch::storage {

// The user's own routine files in DATA_DIR/routines: make a new one, copy a bundled one to
// adapt it, rename one, delete one. Every routine made here gets an id no other routine in the
// library has (bundled or own), because two routines with one id cannot both be loaded.
class RoutineFiles {
public:
    explicit RoutineFiles(const Paths& paths, RoutineFileWriter writer = RoutineFileWriter());

    // A new routine titled `title`, with `firstStep` as its one step (a blank step when none
    // is given), and no id yet: it is not on disk until create() writes it.
    static core::Routine blank(const QString& title,
                               const std::optional<core::Step>& firstStep = {});
    // Writes `routine` as a new own routine, in a file of its own, with the id its title offers
    // (offeredId) when it has none or the one it has is taken. The value is the new file.
    Result<QString> create(core::Routine routine) const;
    // The same with the library's ids already read (takenIds()), by a caller that chose the id.
    Result<QString> create(core::Routine routine, const QSet<QString>& taken) const;

    // An own copy of the routine at `sourcePath` with the fresh id `<id>-copy` (then
    // `<id>-copy-2`, …), the title marked as a copy, a file name of its own, and the pictures it
    // uses copied beside it. `alsoTaken` adds ids known to the caller (e.g. extra folders).
    Result<QString> duplicate(const QString& sourcePath, const QSet<QString>& alsoTaken = {}) const;

    // `routine`, read from a file in `fromFolder`, as a new own routine file named after its
    // id, which must be free (see uniqueId()). The pictures it uses are copied beside it: one
    // already there with the same bytes is shared, a different one is never overwritten (the
    // copy gets a name of its own, and the routine that path). The value is the new file.
    Result<QString> addOwn(core::Routine routine, const QString& fromFolder) const;

    // A new title, and with `renameFile` a file name made from it. The routine's id does not
    // change, so its history stays with it.
    Result<QString> rename(const QString& path, const QString& title, bool renameFile) const;

    // Moves the routine and its .bak to the system trash. Where there is no trash it fails with
    // a message and leaves the file; the caller may then ask and use deletePermanently().
    Status moveToTrash(const QString& path) const;
    Status deletePermanently(const QString& path) const;

    // The ids of the bundled and own routines; a file that does not load reserves the id its
    // file name would give.
    QSet<QString> takenIds() const;

    // The default-id spelling of `text` ("My Routine (v2)" → "my-routine-v2"), or "" if none.
    static QString slug(const QString& text);
    // The id a routine titled `title` gets: its slug ("my-routine" when it has none), made
    // unique against `taken`.
    static QString offeredId(const QString& title, const QSet<QString>& taken);
    // `base`, or `base-2`, `base-3`… : the first one not in `taken`, at most 64 characters.
    static QString uniqueId(const QString& base, const QSet<QString>& taken);

private:
    static bool trash(const QString& path);
    static QString unusedFileName(const QString& folder, const QString& stem);
    QString copyPicture(const QString& fromFolder, const QString& relative) const;
    void copyPictures(core::Routine& routine, const QString& fromFolder) const;

    Paths m_paths;
    RoutineFileWriter m_writer;
};

} // namespace unclutch::storage
