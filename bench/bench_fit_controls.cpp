// How soon the library shows a fit choice: a length chosen beside Start (one key in the length
// list) until the list's length column, the details and the controls are updated and the
// window is painted again, beside the yardstick of the library's own most frequent update, the
// next routine selected in the list (one key too: new details, new controls, a paint).
// The bundled routines, "Back of the body" selected; offscreen. Usage:
//   bench_fit_controls [--rounds N]     (default 200 of each, alternating)
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "app/ui/library_page.h"
#include "app/ui/main_window.h"
#include "storage/routine_library.h"

using namespace unclutch;
using Clock = std::chrono::steady_clock;

namespace {

// One key to `target`, then the window painted at once: what the key changed, laid out and drawn.
double msFor(QWidget* target, Qt::Key key, QWidget* window)
{
    const Clock::time_point start = Clock::now();
    QTest::keyClick(target, key);
    window->repaint();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void print(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-40s median %.2f ms, p95 %.2f ms, max %.2f ms (%zu)\n", what, ms[ms.size() / 2],
                ms[ms.size() * 95 / 100], ms.back(), ms.size());
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype roundsAt = arguments.indexOf(QStringLiteral("--rounds"));
    const int rounds = roundsAt > 0 && roundsAt + 1 < arguments.size()
                           ? std::max(1, arguments.at(roundsAt + 1).toInt())
                           : 200;

    storage::RoutineLibrary library(
        {{QStringLiteral(UNCLUTCH_ROUTINES_DIR), storage::RoutineOrigin::Bundled}});
    library.reload();
    app::MainWindow window(library);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const storage::RoutineEntry* entry = library.findById(QStringLiteral("back-of-the-body"));
    if (!entry || !window.libraryPage()->select(entry->path))
        return 1;
    auto* length = window.findChild<QComboBox*>(QStringLiteral("fitLengthCombo"));
    auto* list = window.findChild<QTreeView*>(QStringLiteral("libraryView"));

    std::vector<double> chosen;
    std::vector<double> selected;
    for (int round = 0; round < rounds; ++round) {
        // 10 min, then as written: each a new length in the list and the details.
        const bool there = round % 2 == 0;
        const int row = list->currentIndex().row();
        length->setCurrentIndex(1);
        chosen.push_back(msFor(length, there ? Qt::Key_Down : Qt::Key_Up, &window));
        selected.push_back(msFor(list, there ? Qt::Key_Down : Qt::Key_Up, &window));
        list->setCurrentIndex(list->model()->index(row, 0));
    }
    print("a length chosen beside Start:", chosen);
    print("yardstick, the next routine selected:", selected);
    return 0;
}
