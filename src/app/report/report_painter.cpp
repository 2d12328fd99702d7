#include "report_painter.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

#include "history_report.h"

namespace unclutch::app {

namespace {

QFont fontOf(double points, bool bold = false, bool italic = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QFont titleFont()
{
    return fontOf(12, true);
}
QFont introFont()
{
    return fontOf(9);
}
QFont headerFont()
{
    return fontOf(8.5, true);
}
QFont cellFont()
{
    return fontOf(8.5);
}
QFont noteFont()
{
    return fontOf(8, false, true);
}

QString meanText(std::optional<double> mean, int count)
{
    if (!mean)
        return HistoryReport::tr("no ratings");
    return HistoryReport::tr("%1 out of 10 (%n rating(s))", nullptr, count)
        .arg(QLocale().toString(*mean, 'f', 1));
}

// "1 minute", "45 minutes", "95 minutes (1 h 35 min)", "120 minutes (2 h)".
QString minutesText(qint64 minutes)
{
    const QString total = HistoryReport::tr("%n minute(s)", nullptr, int(minutes));
    if (minutes < 60)
        return total;
    const QString hours =
        minutes % 60 == 0 ? HistoryReport::tr("%1 h").arg(minutes / 60)
                          : HistoryReport::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    //: The minutes practised, then the same in hours and minutes: "95 minutes (1 h 35 min)".
    return HistoryReport::tr("%1 (%2)").arg(total, hours);
}

} // namespace

ReportPainter::ReportPainter(QPdfWriter& pdf, QPainter& painter)
    : m_pdf(pdf)
    , m_painter(painter)
{
    const QSizeF area = pdf.pageLayout().paintRectPixels(pdf.resolution()).size();
    m_width = area.width();
    m_height = area.height();
    m_contentBottom = m_height - mm(11);
    m_padX = mm(1.2);
    m_padY = mm(0.9);
}

double ReportPainter::mm(double millimetres) const
{
    return millimetres * m_pdf.resolution() / 25.4;
}

double ReportPainter::drawFront(const ReportRequest& request,
                                const storage::HistorySummary& summary, QChart* pain,
                                QChart* weekly)
{
    const QLocale locale;
    //: A date in the report, in Qt's date format (d: day, MMMM: month name, yyyy: year).
    const QString dateFormat = HistoryReport::tr("d MMMM yyyy");
    double y = 0;
    y = drawLine(HistoryReport::tr("Unclutch practice report"), fontOf(20, true), y);
    y += mm(1.5);
    y = drawLine(HistoryReport::tr("Period: %1 to %2")
                     .arg(locale.toString(request.first, dateFormat),
                          locale.toString(request.last, dateFormat)),
                 fontOf(11), y);
    //: When the report was made, in Qt's date format (HH:mm: hours and minutes).
    const QString generatedFormat = HistoryReport::tr("d MMMM yyyy, HH:mm");
    y = drawLine(HistoryReport::tr("Generated on %1")
                     .arg(locale.toString(request.generatedAt, generatedFormat)),
                 fontOf(9), y, QColor(0x55, 0x55, 0x55));
    y += mm(5);
    y = drawLine(HistoryReport::tr("Summary"), titleFont(), y);
    y += mm(1);

    const qint64 minutes = (summary.activeMs + 30000) / 60000;
    const QList<std::pair<QString, QString>> figures{
        {HistoryReport::tr("Sessions"),
         HistoryReport::tr("%1 (%2 completed)")
             .arg(locale.toString(summary.sessions), locale.toString(summary.completed))},
        {HistoryReport::tr("Days practised"),
         HistoryReport::tr("%1 of %2 days")
             .arg(locale.toString(summary.daysPractised), locale.toString(summary.daysInPeriod))},
        {HistoryReport::tr("Time practised"), minutesText(minutes)},
        {HistoryReport::tr("Average pain before"),
         meanText(summary.painBefore, summary.painBeforeCount)},
        {HistoryReport::tr("Average pain after"),
         meanText(summary.painAfter, summary.painAfterCount)},
    };
    const QFont label = fontOf(10, true);
    const QFont value = fontOf(10);
    const double lineHeight = QFontMetricsF(value, &m_pdf).height() * 1.25;
    // The values start after the longest label, which in German is longer than in English.
    double valueLeft = mm(50);
    for (const auto& figure : figures)
        valueLeft = std::max(valueLeft,
                             QFontMetricsF(label, &m_pdf).horizontalAdvance(figure.first) + mm(4));
    for (const auto& [name, text] : figures) {
        m_painter.setPen(Qt::black);
        m_painter.setFont(label);
        m_painter.drawText(QRectF(0, y, valueLeft, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           name);
        m_painter.setFont(value);
        m_painter.drawText(QRectF(valueLeft, y, m_width - valueLeft, lineHeight),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
        y += lineHeight;
    }
    y += mm(3);
    drawChart(pain, QRectF(0, y, m_width, mm(66)));
    y += mm(66) + mm(2);
    drawChart(weekly, QRectF(0, y, m_width, mm(52)));
    y += mm(52) + mm(4);
    return y;
}

QStringList ReportPainter::wrapped(const QString& text, const QFont& font, double width) const
{
    QTextLayout layout(text, font, &m_pdf);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        QString part = text.mid(line.textStart(), line.textLength());
        while (!part.isEmpty() && part.back().isSpace())
            part.chop(1);
        lines << part;
    }
    layout.endLayout();
    return lines;
}

double ReportPainter::paragraphHeight(const QString& text, const QFont& font) const
{
    if (text.isEmpty())
        return 0;
    return double(wrapped(text, font, m_width).size()) * QFontMetricsF(font, &m_pdf).lineSpacing();
}

ReportTableBlocks ReportPainter::blocksOf(const ReportTable& table) const
{
    ReportTableBlocks out;
    const double cells = QFontMetricsF(cellFont(), &m_pdf).height() + 2 * m_padY;
    const double noteLine = QFontMetricsF(noteFont(), &m_pdf).lineSpacing();
    const double noteWidth = m_width - noteLeft(table) - m_padX;
    for (int row = 0; row < table.rows.size(); ++row) {
        const QString note = row < table.notes.size() ? table.notes[row] : QString();
        const QStringList lines =
            note.isEmpty() ? QStringList() : wrapped(note, noteFont(), noteWidth);
        out.noteLines.append(lines);
        out.blocks.append({cells, false});
        out.lines.append({row, -1});
        for (int i = 0; i < lines.size(); ++i) {
            // The first line stays with its row; the last keeps a row's padding below it.
            out.blocks.append({noteLine + (i + 1 == lines.size() ? m_padY : 0), i == 0});
            out.lines.append({row, i});
        }
    }
    return out;
}

double ReportPainter::titleHeight(const ReportTable& table, bool continued) const
{
    double height = QFontMetricsF(titleFont(), &m_pdf).height() * 1.3;
    if (!continued && !table.intro.isEmpty())
        height += paragraphHeight(table.intro, introFont()) + mm(1.5);
    return height;
}

double ReportPainter::headerHeight(const ReportTable& table) const
{
    const QFontMetricsF metrics(headerFont(), &m_pdf);
    double tallest = 0;
    for (int i = 0; i < table.headers.size(); ++i) {
        tallest = std::max(
            tallest,
            metrics.boundingRect(cell(table, i, 0, 1e6), Qt::TextWordWrap, table.headers[i])
                .height());
    }
    return tallest + 2 * m_padY;
}

void ReportPainter::drawTablePart(const ReportTable& table, const ReportTableBlocks& blocks,
                                  const ReportPage& part, double top, bool continued)
{
    drawLine(continued ? table.continuedTitle : table.title, titleFont(), top);
    double y = top + QFontMetricsF(titleFont(), &m_pdf).height() * 1.3;
    if (!continued && !table.intro.isEmpty()) {
        const QFontMetricsF metrics(introFont(), &m_pdf);
        m_painter.setFont(introFont());
        m_painter.setPen(QColor(0x22, 0x22, 0x22));
        for (const QString& line : wrapped(table.intro, introFont(), m_width)) {
            m_painter.drawText(QRectF(0, y, m_width, metrics.lineSpacing()),
                               Qt::AlignLeft | Qt::AlignVCenter, line);
            y += metrics.lineSpacing();
        }
        y += mm(1.5);
    }

    const double header = headerHeight(table);
    m_painter.fillRect(QRectF(0, y, m_width, header), QColor(0xE4, 0xE4, 0xE4));
    m_painter.setFont(headerFont());
    m_painter.setPen(Qt::black);
    for (int i = 0; i < table.headers.size(); ++i)
        m_painter.drawText(cell(table, i, y, header),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, table.headers[i]);
    y += header;
    m_painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
    m_painter.drawLine(QPointF(0, y), QPointF(m_width, y));

    const QFontMetricsF cellMetrics(cellFont(), &m_pdf);
    const QFontMetricsF noteMetrics(noteFont(), &m_pdf);
    for (int b = part.firstRow; b < part.firstRow + part.rowCount; ++b) {
        const ReportTableBlocks::Line& line = blocks.lines[b];
        const double height = blocks.blocks[b].height;
        if (line.row % 2 == 1)
            m_painter.fillRect(QRectF(0, y, m_width, height), QColor(0xF3, 0xF3, 0xF3));
        if (line.noteLine < 0) {
            m_painter.setFont(cellFont());
            m_painter.setPen(Qt::black);
            const QStringList& cells = table.rows[line.row];
            for (int i = 0; i < cells.size(); ++i) {
                const QRectF box = cell(table, i, y, height);
                m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                                   cellMetrics.elidedText(cells[i], Qt::ElideRight, box.width()));
            }
        } else {
            m_painter.setFont(noteFont());
            m_painter.setPen(QColor(0x33, 0x33, 0x33));
            m_painter.drawText(
                QRectF(noteLeft(table), y, m_width - noteLeft(table), noteMetrics.lineSpacing()),
                Qt::AlignLeft | Qt::AlignVCenter, blocks.noteLines[line.row][line.noteLine]);
        }
        y += height;
    }
}

void ReportPainter::drawNoSessions(double top)
{
    const double y = drawLine(HistoryReport::tr("Sessions"), titleFont(), top);
    drawLine(HistoryReport::tr("No sessions in this period."), fontOf(10), y + mm(1));
}

void ReportPainter::drawFooter(int page, int pages)
{
    const double top = m_contentBottom + mm(4);
    m_painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
    m_painter.drawLine(QPointF(0, top), QPointF(m_width, top));
    m_painter.setFont(fontOf(7.5));
    m_painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF line(0, top + mm(1), m_width, m_height - top - mm(1));
    const QString pageText = HistoryReport::tr("Page %1 of %2").arg(page).arg(pages);
    const double pageWidth = QFontMetricsF(fontOf(7.5), &m_pdf).horizontalAdvance(pageText) + mm(4);
    m_painter.drawText(line.adjusted(0, 0, -pageWidth, 0),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       HistoryReport::tr("Sessions as recorded in Unclutch by the person "
                                         "practising. This report is not medical advice."));
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignTop, pageText);
}

double ReportPainter::drawLine(const QString& text, const QFont& font, double y,
                               const QColor& colour)
{
    const QFontMetricsF metrics(font, &m_pdf);
    m_painter.setFont(font);
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(0, y, m_width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(text, Qt::ElideRight, m_width));
    return y + metrics.height();
}

void ReportPainter::drawChart(QChart* chart, const QRectF& target)
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

QRectF ReportPainter::cell(const ReportTable& table, int column, double y, double height) const
{
    double x = 0;
    for (int i = 0; i < column; ++i)
        x += table.shares[i] * m_width;
    return QRectF(x + m_padX, y, table.shares[column] * m_width - 2 * m_padX, height);
}

// Notes are written from the second column on, under what they are about.
double ReportPainter::noteLeft(const ReportTable& table) const
{
    return table.shares.size() > 1 ? cell(table, 1, 0, 0).left() : m_padX;
}

} // namespace unclutch::app
