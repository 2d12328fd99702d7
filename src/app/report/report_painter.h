#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

#include "report_layout.h"
#include "storage/history_statistics.h"

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QPdfWriter;
QT_END_NAMESPACE

namespace unclutch::app {

struct ReportRequest;

// A table of the report: a title, a paragraph under it, a header row, and rows of cells each
// with an optional note below it, wrapped over the page's width and continued on the next
// page when it is long.
struct ReportTable {
    QString title;
    QString continuedTitle;
    QString intro;        // under the title of the table's first part; may be empty
    QList<double> shares; // each column's share of the page's width
    QStringList headers;
    QList<QStringList> rows;
    QStringList notes; // one per row, may be empty; written in italics below the row
};

// A table as the page layout sees it: a block for each row's cells, then one for each line of
// its note.
struct ReportTableBlocks {
    struct Line {
        int row = 0;
        int noteLine = -1; // -1: the row's cells
    };
    QList<ReportBlock> blocks;
    QList<Line> lines;
    QList<QStringList> noteLines; // per row
};

// Draws the report's pages on a PDF: the front (title, summary, plots), tables, the footer.
// Coordinates are the PDF's, from the top left of the printable area.
class ReportPainter {
public:
    ReportPainter(QPdfWriter& pdf, QPainter& painter);

    double mm(double millimetres) const;
    // Where content ends above the footer.
    double contentBottom() const { return m_contentBottom; }

    // The top part of the first page; returns where what follows may start.
    double drawFront(const ReportRequest& request, const storage::HistorySummary& summary,
                     QChart* pain, QChart* weekly);

    ReportTableBlocks blocksOf(const ReportTable& table) const;
    // The title (and on the first part, the intro) above a table's header.
    double titleHeight(const ReportTable& table, bool continued) const;
    double headerHeight(const ReportTable& table) const;
    // Draws one page's part of `table` from `top` (ReportLayout placed it).
    void drawTablePart(const ReportTable& table, const ReportTableBlocks& blocks,
                       const ReportPage& part, double top, bool continued);

    void drawNoSessions(double top);
    void drawFooter(int page, int pages);

private:
    double drawLine(const QString& text, const QFont& font, double y,
                    const QColor& colour = Qt::black);
    double paragraphHeight(const QString& text, const QFont& font) const;
    void drawChart(QChart* chart, const QRectF& target);
    QRectF cell(const ReportTable& table, int column, double y, double height) const;
    double noteLeft(const ReportTable& table) const;
    QStringList wrapped(const QString& text, const QFont& font, double width) const;

    QPdfWriter& m_pdf;
    QPainter& m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_contentBottom = 0;
    double m_padX = 0;
    double m_padY = 0;
};

} // namespace unclutch::app
