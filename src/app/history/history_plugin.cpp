#include "history_plugin.h"

#include <QFileInfo>

#include "opened_history.h"
#include "storage/history_exporter.h"
#include "storage/history_store.h"
#include "storage/paths.h"

namespace unclutch::app {

std::unique_ptr<HistoryAccess> HistoryPlugin::open(const QString& databaseFile,
                                                   PlayerController* controller)
{
    return std::make_unique<OpenedHistory>(databaseFile, controller);
}

bool HistoryPlugin::isExportFileName(const QString& fileName) const
{
    return storage::HistoryExporter::formatFor(fileName).has_value();
}

storage::Result<QString> HistoryPlugin::exportHistory(const storage::Paths& paths,
                                                      const QString& fileName) const
{
    return storage::HistoryExporter::exportHistory(paths, fileName);
}

storage::Result<std::optional<storage::SessionRecord>>
HistoryPlugin::latestResumable(const storage::Paths& paths, const QDateTime& now) const
{
    // No history yet: nothing to resume, and no file made for saying so.
    if (!QFileInfo::exists(paths.historyDatabase()))
        return std::optional<storage::SessionRecord>();
    storage::HistoryStore history(paths.historyDatabase());
    if (const storage::Status opened = history.open(); !opened)
        return storage::Failure(opened.error(), opened.warning());
    if (const storage::Result<int> recovered = history.recoverInterrupted(now); !recovered)
        return storage::Failure(recovered.error());
    return history.latestResumable(now);
}

} // namespace unclutch::app
