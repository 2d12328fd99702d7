#pragma once

#include <QObject>

#include "app/history_module.h"

namespace unclutch::app {

// The history module's entry point (libunclutch_history.so): the SQLite history (storage's
// HistoryStore), its window and plots, the export and the report.
class HistoryPlugin : public QObject, public HistoryModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UNCLUTCH_HISTORY_MODULE_IID)
    Q_INTERFACES(unclutch::app::HistoryModule)

public:
    std::unique_ptr<HistoryAccess> open(const QString& databaseFile,
                                        PlayerController* controller) override;
    bool isExportFileName(const QString& fileName) const override;
    storage::Result<QString> exportHistory(const storage::Paths& paths,
                                           const QString& fileName) const override;
};

} // namespace unclutch::app
