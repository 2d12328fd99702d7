#pragma once

#include <QObject>

namespace unclutch::app {

class MainWindow;

// The Help menu: About Unclutch (the version, the license, the not-medical-advice note).
class HelpMenu : public QObject {
    Q_OBJECT

public:
    explicit HelpMenu(MainWindow* window);

    void showAbout();

private:
    MainWindow* m_window;
};

} // namespace unclutch::app
