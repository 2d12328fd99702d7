#pragma once

#include <QPointer>

#include <memory>

#include "app/history_module.h"

namespace unclutch::storage {
class HistoryStore;
} // namespace unclutch::storage

namespace unclutch::app {

class HistoryWindow;
class SessionRecorder;
class UnsavedHistoryGuard;

// The history module's HistoryAccess: a HistoryStore, the SessionRecorder that writes the
// sessions played into it, and the history window, export and report over them.
class OpenedHistory : public HistoryAccess {
    Q_OBJECT

public:
    // The app's: opens the history in `databaseFile` and, once open, records what `controller`
    // plays (when not null) until the app quits.
    OpenedHistory(const QString& databaseFile, PlayerController* controller);
    // Over a store and a recorder made elsewhere (tests); neither is owned, `recorder` may be null.
    OpenedHistory(storage::HistoryStore* store, SessionRecorder* recorder);
    ~OpenedHistory() override;

    bool isOpen() const override;
    QString notice() const override { return m_notice; }
    bool canKeepSessions() const override;
    void interruptOpenSession() override;
    void guardClosing(QWidget* window) override;
    QWidget* showWindow(QWidget* parent) override;
    QWidget* window() const override;
    bool isExportFileName(const QString& fileName) const override;
    storage::Result<QString> exportTo(const QString& fileName) override;
    storage::Status writeReport(const QString& fileName, const QDate& first,
                                const QDate& last) override;
    storage::Result<std::optional<storage::SessionRecord>>
    latestResumable(const QDateTime& now) const override;
    storage::Status dismissResume(storage::SessionId id) override;

private:
    void open();

    std::unique_ptr<storage::HistoryStore> m_ownStore;
    std::unique_ptr<SessionRecorder> m_ownRecorder;
    storage::HistoryStore* m_store;
    QPointer<SessionRecorder> m_recorder;
    QPointer<HistoryWindow> m_window;
    std::unique_ptr<UnsavedHistoryGuard> m_unsaved;
    QString m_notice;
};

} // namespace unclutch::app
