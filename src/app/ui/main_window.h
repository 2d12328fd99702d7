#pragma once

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace unclutch::storage {
class RoutineLibrary;
}

namespace unclutch::app {

class LibraryModel;

// The library of routines and the details of the one selected.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(storage::RoutineLibrary& library, QWidget* parent = nullptr);

private:
    void showDetails();

    storage::RoutineLibrary& m_library;
    LibraryModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace unclutch::app
