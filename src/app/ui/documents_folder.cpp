#include "documents_folder.h"

#include <QDir>
#include <QStandardPaths>

namespace unclutch::app {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() || !QDir(documents).exists() ? QDir::homePath() : documents;
}

} // namespace unclutch::app
