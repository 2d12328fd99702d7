#include "report_layout.h"

namespace unclutch::app {

QList<ReportPage> ReportLayout::paginate(const QList<ReportBlock>& rows, double headerHeight,
                                         double firstPageSpace, double pageSpace)
{
    QList<ReportPage> pages{ReportPage{}};
    double left = firstPageSpace - headerHeight;
    int row = 0;
    while (row < rows.size()) {
        // A row and the rows kept with it move together.
        int end = row + 1;
        double height = rows[row].height;
        while (end < rows.size() && rows[end].keepWithPrevious)
            height += rows[end++].height;
        // A page with no row yet takes the group however tall: a new page would be no roomier.
        const bool pageHasRows = pages.back().rowCount > 0;
        const bool firstPageFull = pages.size() == 1 && !pageHasRows && height > left;
        if ((pageHasRows && height > left) || firstPageFull) {
            pages.append({row, 0});
            left = pageSpace - headerHeight;
        }
        if (pages.back().rowCount == 0)
            pages.back().firstRow = row;
        pages.back().rowCount += end - row;
        left -= height;
        row = end;
    }
    return pages;
}

} // namespace unclutch::app
