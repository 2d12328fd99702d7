#include "history_plugin.h"

#include "opened_history.h"
#include "storage/history_exporter.h"

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

} // namespace unclutch::app
