#pragma once

#include <QCoreApplication>
#include <QString>

#include "paths.h"
#include "result.h"

namespace unclutch::storage {

// A routine made ready to send: its file and the pictures it uses, in a folder of their own,
// which the receiver imports by opening the file (RoutineImporter).
class RoutineExporter {
    Q_DECLARE_TR_FUNCTIONS(RoutineExporter)

public:
    explicit RoutineExporter(const Paths& paths);

    // Makes the folder `<intoFolder>/<id>` (`<id>-2`, … when that name is taken) holding the
    // routine as `<id>.json` and each picture it uses at the path the routine gives. An own
    // routine's file goes byte for byte; a bundled one in the words the user sees, as
    // "Duplicate to edit" copies it. The value is the new folder. A routine with errors is not
    // exported; a picture that is missing is left out, with a warning; on any failure nothing
    // is left behind.
    Result<QString> exportTo(const QString& routinePath, const QString& intoFolder) const;

private:
    Paths m_paths;
};

} // namespace unclutch::storage
