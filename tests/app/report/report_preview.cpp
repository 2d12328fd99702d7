// The history's plots over a data folder's history, and its report as a PDF, for a look and
// for the screenshots in docs/screenshots/:
//   unclutch_report_preview --data-dir DIR [--pdf FILE [--days N]] [--dark]
// Without --pdf: shows the real HistoryPlotsWidget at 1340×740 (Escape does not close it).
// With --pdf: writes the report of the last N days (default 365) up to today and exits.
#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTextStream>

#include "app/report/history_plots_widget.h"
#include "app/report/history_report.h"
#include "app/translation_loader.h"
#include "storage/history_store.h"
#include "storage/paths.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data folder"),
                                     QStringLiteral("dir"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write the report here"),
                                 QStringLiteral("file"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days the report covers"),
                                  QStringLiteral("n"), QStringLiteral("365"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("A dark palette"));
    parser.addOptions({dataDir, pdf, days, dark});
    parser.process(app);
    const unclutch::app::TranslationLoader translations; // English plurals, as in the app
    if (!parser.isSet(dataDir))
        parser.showHelp(2);

    const unclutch::storage::Paths paths(parser.value(dataDir));
    unclutch::storage::HistoryStore store(paths.historyDatabase());
    const unclutch::storage::Status opened = store.open();
    if (!opened.ok()) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    if (parser.isSet(pdf)) {
        unclutch::app::ReportRequest request;
        request.last = QDate::currentDate();
        request.first = request.last.addDays(1 - parser.value(days).toInt());
        const unclutch::storage::Status written =
            unclutch::app::HistoryReport::write(store, request, parser.value(pdf));
        if (!written.ok()) {
            QTextStream(stderr) << written.error() << '\n';
            return 1;
        }
        return 0;
    }
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
        palette.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        palette.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        palette.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        palette.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xC9));
        QApplication::setPalette(palette);
    }
    unclutch::app::HistoryPlotsWidget plots(store);
    plots.setWindowTitle(QStringLiteral("unclutch-plots"));
    plots.resize(1340, 740);
    plots.move(10, 10);
    plots.show();
    return app.exec();
}
