// Opens the routine editor on a file, for looking at it and for the screenshots in
// docs/screenshots/: editor_preview [--data-dir DIR] [--step N] [--duration SECONDS] FILE
// --duration types a value into the selected step's duration, e.g. 0 to show a message;
// --show scrolls the step pane to the widget of that object name (e.g. pacingEditor).
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCommandLineParser>
#include <QScrollArea>
#include <QTest>
#include <QTimer>

#include "app/editor/routine_editor_window.h"
#include "app/translation_loader.h"
#include "storage/paths.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // In the system's language, as the app is: English gets its plural forms ("1 error").
    const unclutch::app::TranslationLoader translations;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The routine to edit"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data folder"),
                                     QStringLiteral("dir"));
    const QCommandLineOption step(QStringLiteral("step"), QStringLiteral("Step to select"),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Type this duration into the step"),
                                      QStringLiteral("seconds"));
    const QCommandLineOption show(QStringLiteral("show"), QStringLiteral("Scroll to this widget"),
                                  QStringLiteral("name"));
    parser.addOptions({dataDir, step, duration, show});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    unclutch::app::RoutineEditorWindow window{unclutch::storage::Paths(parser.value(dataDir))};
    const unclutch::storage::Status opened = window.openFile(parser.positionalArguments().front());
    if (!opened) {
        qCritical("%s", qPrintable(opened.error()));
        return 1;
    }
    window.resize(1340, 740);
    window.move(10, 10);
    window.show();
    window.selectStep(parser.value(step).toInt());
    if (parser.isSet(duration)) {
        auto* spin = window.findChild<QAbstractSpinBox*>(QStringLiteral("durationSpin"));
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, parser.value(duration));
    }
    if (parser.isSet(show)) {
        auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("stepScroll"));
        QWidget* target = window.findChild<QWidget*>(parser.value(show));
        if (scroll && target)
            QTimer::singleShot(200, &window,
                               [scroll, target] { scroll->ensureWidgetVisible(target, 0, 0); });
    }
    return app.exec();
}
