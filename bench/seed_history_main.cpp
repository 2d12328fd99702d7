// Fills a data folder with a year of plausible sessions, for screenshots and trying out the
// history view:  unclutch_seed_history --data-dir DIR [--days 365] [--seed 1]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "history_seeder.h"
#include "storage/history_store.h"
#include "storage/paths.h"

using namespace unclutch::storage;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("unclutch_seed_history"));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "SeedHistory", "Fills a data folder's history with made-up sessions."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("SeedHistory", "The data folder (required)."),
        QStringLiteral("DIR"));
    const QCommandLineOption days(
        QStringLiteral("days"),
        QCoreApplication::translate("SeedHistory", "Days of history up to today."),
        QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("SeedHistory", "Random seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption append(
        QStringLiteral("append"),
        QCoreApplication::translate("SeedHistory", "Add to a history that has sessions already."));
    parser.addOptions({dataDir, days, seed, append});
    parser.process(app);

    // Never the platform default: that is someone's real history.
    bool daysOk = false;
    bool seedOk = false;
    const int dayCount = parser.value(days).toInt(&daysOk);
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (!parser.isSet(dataDir) || !daysOk || dayCount < 1 || !seedOk) {
        err << parser.helpText();
        return 2;
    }

    const Paths paths(parser.value(dataDir));
    HistoryStore store(paths.historyDatabase());
    const Status opened = store.open();
    if (!opened.ok()) {
        err << opened.error() << '\n';
        return 1;
    }
    if (!opened.warning().isEmpty())
        err << opened.warning() << '\n';
    const Result<qint64> existing = store.count();
    if (!existing.ok() || (*existing > 0 && !parser.isSet(append))) {
        err << (existing.ok()
                    ? QCoreApplication::translate(
                          "SeedHistory", "%1 already has %2 sessions; pass --append to add more.")
                          .arg(paths.historyDatabase())
                          .arg(*existing)
                    : existing.error())
            << '\n';
        return 1;
    }

    const QDate today = QDate::currentDate();
    unclutch::bench::HistorySeeder seeder(seedValue, QTimeZone::systemTimeZone());
    const QList<SessionRecord> sessions = seeder.generate(today.addDays(1 - dayCount), today);
    if (const Status added = store.addSessions(sessions); !added.ok()) {
        err << added.error() << '\n';
        return 1;
    }
    out << QCoreApplication::translate("SeedHistory", "Added %1 sessions to %2.")
               .arg(sessions.size())
               .arg(paths.historyDatabase())
        << '\n';
    return 0;
}
