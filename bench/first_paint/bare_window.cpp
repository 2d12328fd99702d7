// The yardstick for Unclutch's start-up time: a bare Qt Widgets window (a QMainWindow with a
// label), built with the project's flags and measured by the same first_paint_report.cpp, so
// bench/player_figures.sh can compare "process start to first painted window" of the two.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include "app/first_paint_report.h"

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt Widgets window")));
    unclutch::app::reportFirstPaintIfRequested(&window);
    window.show();
    return application.exec();
}
