#include "help_menu.h"

#include <QMenuBar>

#include "about_dialog.h"
#include "main_window.h"

namespace unclutch::app {

HelpMenu::HelpMenu(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    window->menuBar()
        ->addMenu(tr("&Help"))
        ->addAction(tr("&About Unclutch"), this, &HelpMenu::showAbout);
}

void HelpMenu::showAbout()
{
    AboutDialog(m_window).exec();
}

} // namespace unclutch::app
