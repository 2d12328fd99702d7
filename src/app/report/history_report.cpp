#include "history_report.h"

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

#include "app/duration_text.h"
#include "app/step_label.h"
#include "history_charts.h"
#include "report_layout.h"
#include "storage/history_statistics.h"
#include "storage/history_store.h"
#include "storage/save_file_sink.h"

namespace unclutch::app {

namespace {

QString painText(std::optional<int> pain)
{
    return pain ? QString::number(*pain) : QStringLiteral("–");
}

QString meanText(std::optional<double> mean, int count)
{
    if (!mean)
        return HistoryReport::tr("no ratings");
    return HistoryReport::tr("%1 out of 10 (%n rating(s))", nullptr, count)
        .arg(QLocale().toString(*mean, 'f', 1));
}

using storage::StepRecord;

// The instances of `all` that `pick` picks, as step numbers: a step all of whose sides are
// picked is its number alone, and three or more such steps in a row a range ("1–4"); a side on
// its own is "3 left". With `withTime`, each one's time played: "3 left (0:40)".
QString numbersOf(const QList<StepRecord>& all, const std::function<bool(const StepRecord&)>& pick,
                  bool withTime = false)
{
    QStringList items;
    QList<int> run; // whole steps in a row, not yet written
    const auto flush = [&] {
        if (run.size() >= 3)
            items << HistoryReport::tr("%1–%2").arg(stepNumber(run.first() - 1, core::Side::None),
                                                    stepNumber(run.last() - 1, core::Side::None));
        else
            for (int step : std::as_const(run))
                items << stepNumber(step - 1, core::Side::None);
        run.clear();
    };
    for (qsizetype i = 0; i < all.size();) {
        qsizetype end = i;
        while (end < all.size() && all[end].step == all[i].step)
            ++end;
        const bool whole = std::all_of(all.begin() + i, all.begin() + end, pick);
        if (whole && !withTime) {
            if (!run.isEmpty() && run.last() + 1 != all[i].step)
                flush();
            run << all[i].step;
        } else {
            flush();
            for (qsizetype j = i; j < end; ++j) {
                if (!pick(all[j]))
                    continue;
                const QString number = stepNumber(all[j].step - 1, all[j].side);
                items << (withTime ? HistoryReport::tr("%1 (%2)").arg(
                                         number, minutesSeconds(all[j].activeMs))
                                   : number);
            }
        }
        i = end;
    }
    flush();
    return items.join(QStringLiteral(", "));
}

// "Done: 1–4, 5 left · Cut short: 5 right (0:40) · Skipped: 6 · Easier: 2": every step instance
// by how it ended, then those played with the easier variant. A session from before per-step
// records knows only its easier steps. With `counted`, numbers of instances instead of lists,
// for a list too long to print.
QString stepsText(const storage::SessionRecord& session, bool counted)
{
    const QList<StepRecord>& steps = session.steps;
    const auto easier = [](const StepRecord& step) { return step.easier; };
    if (!session.hasStepRecords()) {
        if (steps.isEmpty())
            return {};
        return HistoryReport::tr("Easier: %1").arg(numbersOf(steps, easier));
    }
    QStringList parts;
    using core::InstanceOutcome;
    for (InstanceOutcome outcome : {InstanceOutcome::Done, InstanceOutcome::Cut,
                                    InstanceOutcome::Skipped, InstanceOutcome::NotReached}) {
        const auto ended = [outcome](const StepRecord& step) { return step.outcome == outcome; };
        const auto count = std::count_if(steps.begin(), steps.end(), ended);
        if (count == 0)
            continue;
        parts << HistoryReport::tr("%1: %2").arg(
            storage::stepOutcomeDisplayName(outcome),
            counted ? QLocale().toString(qlonglong(count))
                    : numbersOf(steps, ended, outcome == InstanceOutcome::Cut));
    }
    const auto easierCount = std::count_if(steps.begin(), steps.end(), easier);
    if (easierCount > 0)
        parts << HistoryReport::tr("Easier: %1")
                     .arg(counted ? QLocale().toString(qlonglong(easierCount))
                                  : numbersOf(steps, easier));
    return parts.join(QStringLiteral(" · "));
}

QFont fontOf(double points, bool bold = false, bool italic = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// The PDF's coordinates are the screen's logical pixels, so that the Qt Charts, laid out for
// the screen, render at the size they were laid out for; the output is vectors all the same.
int chartResolution()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

// Draws the pages: the first with the title, summary and plots, then the table.
class ReportPainter {
public:
    ReportPainter(QPdfWriter& pdf, QPainter& painter)
        : m_pdf(pdf)
        , m_painter(painter)
        , m_area(QPointF(0, 0), QSizeF(pdf.pageLayout().paintRectPixels(pdf.resolution()).size()))
    {
        m_contentBottom = m_area.height() - mm(11);
        m_padX = mm(1.2);
        m_padY = mm(0.9);
        const std::array<double, kColumns> shares{0.19, 0.31, 0.17, 0.17, 0.16};
        double x = 0;
        for (int i = 0; i < kColumns; ++i) {
            m_columnX[i] = x;
            m_columnWidth[i] = shares[i] * m_area.width();
            x += m_columnWidth[i];
        }
        m_headers = {HistoryReport::tr("Date"), HistoryReport::tr("Routine"),
                     HistoryReport::tr("Done / planned"), HistoryReport::tr("Outcome"),
                     HistoryReport::tr("Pain before → after")};
    }

    double mm(double millimetres) const { return millimetres * m_pdf.resolution() / 25.4; }

    // The top part of the first page; returns where the table's heading may start.
    double drawFront(const ReportRequest& request, const storage::HistorySummary& summary,
                     QChart* pain, QChart* weekly)
    {
        const QLocale locale;
        double y = 0;
        y = drawLine(HistoryReport::tr("Unclutch practice report"), fontOf(20, true), y);
        y += mm(1.5);
        y = drawLine(HistoryReport::tr("Period: %1 to %2")
                         .arg(locale.toString(request.first, QStringLiteral("d MMMM yyyy")),
                              locale.toString(request.last, QStringLiteral("d MMMM yyyy"))),
                     fontOf(11), y);
        y = drawLine(
            HistoryReport::tr("Generated on %1")
                .arg(locale.toString(request.generatedAt, QStringLiteral("d MMMM yyyy, HH:mm"))),
            fontOf(9), y, QColor(0x55, 0x55, 0x55));
        y += mm(5);
        y = drawLine(HistoryReport::tr("Summary"), fontOf(12, true), y);
        y += mm(1);

        const qint64 minutes = (summary.activeMs + 30000) / 60000;
        const QList<std::pair<QString, QString>> figures{
            {HistoryReport::tr("Sessions"),
             HistoryReport::tr("%1 (%2 completed)")
                 .arg(locale.toString(summary.sessions), locale.toString(summary.completed))},
            {HistoryReport::tr("Days practised"), HistoryReport::tr("%1 of %2 days")
                                                      .arg(locale.toString(summary.daysPractised),
                                                           locale.toString(summary.daysInPeriod))},
            {HistoryReport::tr("Time practised"), HistoryReport::tr("%1 minutes (%2 h %3 min)")
                                                      .arg(locale.toString(minutes))
                                                      .arg(minutes / 60)
                                                      .arg(minutes % 60)},
            {HistoryReport::tr("Average pain before"),
             meanText(summary.painBefore, summary.painBeforeCount)},
            {HistoryReport::tr("Average pain after"),
             meanText(summary.painAfter, summary.painAfterCount)},
        };
        const QFont label = fontOf(10, true);
        const QFont value = fontOf(10);
        const double lineHeight = QFontMetricsF(value, &m_pdf).height() * 1.25;
        for (const auto& [name, text] : figures) {
            m_painter.setPen(Qt::black);
            m_painter.setFont(label);
            m_painter.drawText(QRectF(0, y, mm(50), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                               name);
            m_painter.setFont(value);
            m_painter.drawText(QRectF(mm(50), y, m_area.width() - mm(50), lineHeight),
                               Qt::AlignLeft | Qt::AlignVCenter, text);
            y += lineHeight;
        }
        y += mm(4);
        drawChart(pain, QRectF(0, y, m_area.width(), mm(72)));
        y += mm(72) + mm(3);
        drawChart(weekly, QRectF(0, y, m_area.width(), mm(58)));
        y += mm(58) + mm(5);
        return y;
    }

    double headingHeight() const { return QFontMetricsF(fontOf(12, true), &m_pdf).height() * 1.3; }

    double headerHeight() const
    {
        const QFontMetricsF metrics(fontOf(8.5, true), &m_pdf);
        double tallest = 0;
        for (int i = 0; i < kColumns; ++i)
            tallest = std::max(tallest, textHeight(metrics, m_headers[i], i));
        return tallest + 2 * m_padY;
    }

    // The row's line, then its steps and its note below it over the row's width, wrapped, so a
    // long list of steps makes the row taller rather than running off the page.
    double rowHeight(const ReportRow& row) const
    {
        double height = QFontMetricsF(fontOf(8.5), &m_pdf).height() + 2 * m_padY;
        if (!row.steps.isEmpty())
            height += belowHeight(stepsOf(row), stepsFont()) + m_padY;
        if (!row.note.isEmpty())
            height += belowHeight(noteText(row.note), noteFont()) + m_padY;
        return height;
    }

    double contentBottom() const { return m_contentBottom; }

    // The table's heading, its header and the rows of one page, from `top`.
    void drawTablePart(const QList<ReportRow>& rows, const ReportPage& page, double top,
                       bool continued)
    {
        double y = drawLine(continued ? HistoryReport::tr("Sessions (continued)")
                                      : HistoryReport::tr("Sessions"),
                            fontOf(12, true), top);
        y += headingHeight() - QFontMetricsF(fontOf(12, true), &m_pdf).height();
        const double header = headerHeight();
        m_painter.fillRect(QRectF(0, y, m_area.width(), header), QColor(0xE4, 0xE4, 0xE4));
        m_painter.setFont(fontOf(8.5, true));
        m_painter.setPen(Qt::black);
        for (int i = 0; i < kColumns; ++i)
            m_painter.drawText(cell(i, y, header),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_headers[i]);
        y += header;
        m_painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
        m_painter.drawLine(QPointF(0, y), QPointF(m_area.width(), y));

        const QFont text = fontOf(8.5);
        const QFontMetricsF metrics(text, &m_pdf);
        for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
            const ReportRow& row = rows[r];
            const double height = rowHeight(row);
            if (r % 2 == 1)
                m_painter.fillRect(QRectF(0, y, m_area.width(), height), QColor(0xF3, 0xF3, 0xF3));
            const double line = metrics.height() + 2 * m_padY;
            const std::array<QString, kColumns> cells{row.date, row.routine, row.done, row.outcome,
                                                      row.pain};
            m_painter.setFont(text);
            m_painter.setPen(Qt::black);
            for (int i = 0; i < kColumns; ++i) {
                const QRectF box = cell(i, y, line);
                m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                                   metrics.elidedText(cells[i], Qt::ElideRight, box.width()));
            }
            double below = y + line - m_padY * 0.5;
            const auto drawBelow = [&](const QString& content, const QFont& font) {
                const double textHeight = belowHeight(content, font);
                m_painter.setFont(font);
                m_painter.setPen(QColor(0x33, 0x33, 0x33));
                m_painter.drawText(belowRect(below, textHeight),
                                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, content);
                below += textHeight + m_padY;
            };
            if (!row.steps.isEmpty())
                drawBelow(stepsOf(row), stepsFont());
            if (!row.note.isEmpty())
                drawBelow(noteText(row.note), noteFont());
            y += height;
        }
    }

    void drawNoSessions(double top)
    {
        double y = drawLine(HistoryReport::tr("Sessions"), fontOf(12, true), top);
        drawLine(HistoryReport::tr("No sessions in this period."), fontOf(10), y + mm(1));
    }

    void drawFooter(int page, int pages)
    {
        const double top = m_contentBottom + mm(4);
        m_painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
        m_painter.drawLine(QPointF(0, top), QPointF(m_area.width(), top));
        m_painter.setFont(fontOf(7.5));
        m_painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF line(0, top + mm(1), m_area.width(), m_area.height() - top - mm(1));
        const QString pageText = HistoryReport::tr("Page %1 of %2").arg(page).arg(pages);
        const double pageWidth =
            QFontMetricsF(fontOf(7.5), &m_pdf).horizontalAdvance(pageText) + mm(4);
        m_painter.drawText(line.adjusted(0, 0, -pageWidth, 0),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                           HistoryReport::tr("Sessions as recorded in Unclutch by the person "
                                             "practising. This report is not medical advice."));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignTop, pageText);
    }

private:
    static constexpr int kColumns = 5;

    double drawLine(const QString& text, const QFont& font, double y,
                    const QColor& colour = Qt::black)
    {
        const QFontMetricsF metrics(font, &m_pdf);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(0, y, m_area.width(), metrics.height()),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(text, Qt::ElideRight, m_area.width()));
        return y + metrics.height();
    }

    void drawChart(QChart* chart, const QRectF& target)
    {
        QGraphicsScene scene;
        scene.addItem(chart); // the scene deletes the chart
        const QRectF source(QPointF(0, 0), target.size());
        chart->setGeometry(source);
        if (chart->layout())
            chart->layout()->activate();
        QCoreApplication::sendPostedEvents();
        scene.setSceneRect(source);
        scene.render(&m_painter, target, source);
    }

    QRectF cell(int column, double y, double height) const
    {
        return QRectF(m_columnX[column] + m_padX, y, m_columnWidth[column] - 2 * m_padX, height);
    }

    static QString noteText(const QString& note) { return HistoryReport::tr("Note: %1").arg(note); }
    static QFont stepsFont() { return fontOf(8); }
    static constexpr int kMostStepLines = 12;

    // The row's steps listed, or counted when the list would take more than kMostStepLines
    // lines: a routine of 200 steps on both sides must not push a row off its page.
    QString stepsOf(const ReportRow& row) const
    {
        const double most = kMostStepLines * QFontMetricsF(stepsFont(), &m_pdf).lineSpacing();
        return belowHeight(row.steps, stepsFont()) <= most ? row.steps : row.stepCounts;
    }
    static QFont noteFont() { return fontOf(8, false, true); }

    // What goes below a row's line: from the routine's column to the right edge.
    QRectF belowRect(double y, double height) const
    {
        const double left = m_columnX[1] + m_padX;
        return QRectF(left, y, m_area.width() - left - m_padX, height);
    }

    double belowHeight(const QString& text, const QFont& font) const
    {
        const QFontMetricsF metrics(font, &m_pdf);
        return metrics.boundingRect(belowRect(0, 1e6), Qt::AlignLeft | Qt::TextWordWrap, text)
            .height();
    }

    double textHeight(const QFontMetricsF& metrics, const QString& text, int column) const
    {
        return metrics.boundingRect(cell(column, 0, 1e6), Qt::TextWordWrap, text).height();
    }

    QPdfWriter& m_pdf;
    QPainter& m_painter;
    QRectF m_area;
    double m_contentBottom = 0;
    double m_padX = 0;
    double m_padY = 0;
    std::array<double, kColumns> m_columnX{};
    std::array<double, kColumns> m_columnWidth{};
    std::array<QString, kColumns> m_headers;
};

} // namespace

storage::HistoryFilter HistoryReport::filterFor(const ReportRequest& request)
{
    storage::HistoryFilter filter;
    filter.from = QDateTime(request.first, QTime(0, 0), request.zone).toUTC();
    filter.until = QDateTime(request.last.addDays(1), QTime(0, 0), request.zone).toUTC();
    return filter;
}

ReportRow HistoryReport::rowFor(const storage::SessionRecord& session, const QTimeZone& zone)
{
    const QLocale locale;
    ReportRow row;
    const QDateTime start = session.start.toTimeZone(zone);
    row.date = locale.toString(start.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
               locale.toString(start.time(), QStringLiteral("HH:mm"));
    row.routine = session.routineTitle.isEmpty() ? session.routineId : session.routineTitle;
    row.done = minutesSeconds(session.completedActiveMs) + QStringLiteral(" / ") +
               minutesSeconds(session.plannedActiveMs);
    row.outcome = storage::outcomeDisplayName(session.outcome);
    if (session.painBefore || session.painAfter)
        row.pain =
            painText(session.painBefore) + QStringLiteral(" → ") + painText(session.painAfter);
    row.steps = stepsText(session, false);
    row.stepCounts = stepsText(session, true);
    row.note = session.note.simplified();
    return row;
}

storage::Result<QByteArray> HistoryReport::render(const storage::HistoryStore& store,
                                                  const ReportRequest& request)
{
    if (!request.first.isValid() || !request.last.isValid() || request.first > request.last)
        return storage::Failure(tr("The report's period must start on or before the day it ends."));
    if (!store.isOpen())
        return storage::Failure(
            tr("The history could not be opened, so there is nothing to report."));
    const storage::HistoryFilter filter = filterFor(request);
    storage::Result<QList<storage::SessionRecord>> newestFirst = store.sessions(filter);
    const storage::Result<int> days = store.daysPractised(filter, request.zone);
    const storage::Result<QList<storage::PainPoint>> pain = store.painSeries(filter);
    const storage::Result<QList<storage::WeekActivity>> weeks =
        store.weeklyActivity(filter, request.zone);
    for (const QString& error : {newestFirst.error(), days.error(), pain.error(), weeks.error()})
        if (!error.isEmpty())
            return storage::Failure(error);
    QList<storage::SessionRecord> sessions = std::move(newestFirst).value();
    std::reverse(sessions.begin(), sessions.end());
    QList<ReportRow> rows;
    rows.reserve(sessions.size());
    for (const storage::SessionRecord& session : sessions)
        rows.append(rowFor(session, request.zone));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(chartResolution());
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
        pdf.setTitle(tr("Unclutch practice report"));
        pdf.setCreator(QStringLiteral("Unclutch"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return storage::Failure(tr("The report could not be laid out as a PDF."));
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPainter report(pdf, painter);

        const storage::HistorySummary summary = storage::HistoryStatistics::summarise(
            sessions, *days, int(request.first.daysTo(request.last)) + 1);
        const double tableTop =
            report.drawFront(request, summary,
                             HistoryCharts::painChart(HistoryCharts::painTrend(*pain, request.zone),
                                                      ChartStyle::forPrint()),
                             HistoryCharts::weeklyChart(*weeks, ChartStyle::forPrint()));
        if (rows.isEmpty()) {
            report.drawNoSessions(tableTop);
            report.drawFooter(1, 1);
        } else {
            QList<double> heights;
            heights.reserve(rows.size());
            for (const ReportRow& row : rows)
                heights.append(report.rowHeight(row));
            const double heading = report.headingHeight();
            const QList<ReportPage> pages = ReportLayout::paginate(
                heights, report.headerHeight(), report.contentBottom() - tableTop - heading,
                report.contentBottom() - heading);
            for (int p = 0; p < pages.size(); ++p) {
                if (p > 0)
                    pdf.newPage();
                if (pages[p].rowCount > 0)
                    report.drawTablePart(rows, pages[p], p == 0 ? tableTop : 0,
                                         p > 0 && pages[0].rowCount > 0);
                report.drawFooter(p + 1, int(pages.size()));
            }
        }
        if (!painter.end())
            return storage::Failure(tr("The report could not be laid out as a PDF."));
    }
    return buffer.data();
}

storage::Status HistoryReport::write(const storage::HistoryStore& store,
                                     const ReportRequest& request, const QString& fileName)
{
    const storage::Result<QByteArray> pdf = render(store, request);
    if (!pdf)
        return storage::Status::failureOf(pdf);
    if (const storage::Status written = storage::SaveFileSink::writeFile(fileName, *pdf); !written)
        return storage::Failure(tr("Cannot write the report to %1: %2")
                                    .arg(QFileInfo(fileName).absoluteFilePath(), written.error()));
    return {};
}

} // namespace unclutch::app
