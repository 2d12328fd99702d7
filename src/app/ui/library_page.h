#pragma once

#include <QWidget>

class QTextBrowser;
class QPushButton;
class QSplitter;
class QTreeView;

namespace unclutch::storage {
class RoutineLibrary;
struct RoutineEntry;
} // namespace unclutch::storage

namespace unclutch::app {

class FitControls;
class LibraryModel;
class RoutineFits;

// The routines to choose from, the details of the one selected and a big Start button.
// A broken file is listed with its first error and cannot be started.
class LibraryPage : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPage(storage::RoutineLibrary& library, QWidget* parent = nullptr);

    const storage::RoutineEntry* currentEntry() const;
    // Selects the routine at this path, if listed.
    bool select(const QString& path);

public:
    // The file of the routine selected in the list; empty when none.
    QString selectedPath() const;

    // How each routine is fitted to the day, as chosen beside Start.
    const RoutineFits* fits() const { return m_fits; }

signals:
    void startRequested(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDetails();
    void showDetailsText();
    void fitColumns();
    void fitListHeight();
    void requestStart();

    RoutineFits* m_fits = nullptr;
    LibraryModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QTextBrowser* m_details = nullptr;
    FitControls* m_fitControls = nullptr;
    QPushButton* m_start = nullptr;
    QString m_selectedPath; // kept across a reload of the library
};

} // namespace unclutch::app
