#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtPlugin>

#include <memory>
#include <optional>

#include "storage/result.h"
#include "storage/session_record.h"

class QWidget;

namespace unclutch::storage {
class Paths;
} // namespace unclutch::storage

namespace unclutch::app {

class PlayerController;

// An opened session history, as the History menu uses it: its window, the export and the
// report. Made by the history module (HistoryModule::open()).
class HistoryAccess : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether the history could be opened; notice() says why not, or what the user should know
    // of an open one (a damaged file moved aside, sessions that could not be closed). Translated.
    virtual bool isOpen() const = 0;
    virtual QString notice() const = 0;
    // Whether a session played now is kept: open, and its file and folder can be written.
    virtual bool canKeepSessions() const = 0;

    // The system ends the app (a signal at logout or shutdown): the open session, if any, ends
    // as interrupted with the progress of this moment.
    virtual void interruptOpenSession() = 0;
    // Stands between the person and closing `window` (its close button, Ctrl+Q) while writes
    // are held back: ends the open session, and if the disk still will not take it, offers to
    // try again before quitting (UnsavedHistoryGuard).
    virtual void guardClosing(QWidget* window) = 0;

    // The history window: a child of `parent`, made once, shown and raised.
    virtual QWidget* showWindow(QWidget* parent) = 0;
    // The window showWindow() made, while it is open; null before.
    virtual QWidget* window() const = 0;

    // Whether `fileName` names a format the export knows (.csv or .json).
    virtual bool isExportFileName(const QString& fileName) const = 0;
    // Every session into `fileName`; the value says what was written, as a sentence to show.
    virtual storage::Result<QString> exportTo(const QString& fileName) = 0;
    // The PDF report for a physiotherapist over the days `first` to `last`.
    virtual storage::Status writeReport(const QString& fileName, const QDate& first,
                                        const QDate& last) = 0;

    // The session the first screen offers to resume at `now` (HistoryStore::latestResumable());
    // empty when there is none. Resuming it is playing ResumableSession::resolve()'s start: the
    // recorder goes on in its record.
    virtual storage::Result<std::optional<storage::SessionRecord>>
    latestResumable(const QDateTime& now) const = 0;
    // The person declined to resume `id`: it is not offered again.
    virtual storage::Status dismissResume(storage::SessionId id) = 0;

signals:
    // A session's record did not reach the disk (translated, for the status bar). It is written
    // again with the next write.
    void writeFailed(const QString& message);
};

// What the app asks of its history module (libunclutch_history.so, src/app/history): the
// SQLite history, its window with the plots, the export and the report, which need QtSql and
// QtCharts. The first window needs none of it, so the module is loaded (ModuleLoader) once that
// window is painted, or at once for a session about to play.
class HistoryModule {
public:
    virtual ~HistoryModule() = default;

    // Opens the history in `databaseFile` (creating, migrating or repairing it, closing the
    // sessions a crash left open) and records the sessions `controller` plays, if any.
    virtual std::unique_ptr<HistoryAccess> open(const QString& databaseFile,
                                                PlayerController* controller) = 0;

    // For --export-history: as HistoryAccess, over the history under `paths`, which is not
    // created when there is none.
    virtual bool isExportFileName(const QString& fileName) const = 0;
    virtual storage::Result<QString> exportHistory(const storage::Paths& paths,
                                                   const QString& fileName) const = 0;
    // For --resume: as HistoryAccess::latestResumable(), over the history under `paths` once the
    // sessions a crash left open are closed; empty, with no file created, when there is none.
    virtual storage::Result<std::optional<storage::SessionRecord>>
    latestResumable(const storage::Paths& paths, const QDateTime& now) const = 0;
};

} // namespace unclutch::app

#define UNCLUTCH_HISTORY_MODULE_IID "io.github.unclutch.Unclutch.HistoryModule/1"
Q_DECLARE_INTERFACE(unclutch::app::HistoryModule, UNCLUTCH_HISTORY_MODULE_IID)
