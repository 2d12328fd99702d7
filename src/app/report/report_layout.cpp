#include "report_layout.h"

namespace unclutch::app {

QList<ReportPage> ReportLayout::paginate(const QList<double>& rowHeights, double headerHeight,
                                         double firstPageSpace, double pageSpace)
{
    QList<ReportPage> pages{ReportPage{}};
    double left = firstPageSpace - headerHeight;
    for (int row = 0; row < rowHeights.size(); ++row) {
        const double height = rowHeights[row];
        // A page with no row yet takes the row however tall: a new page would be no roomier.
        const bool pageHasRows = pages.back().rowCount > 0;
        const bool firstPageFull = pages.size() == 1 && !pageHasRows && height > left;
        if ((pageHasRows && height > left) || firstPageFull) {
            pages.append({row, 0});
            left = pageSpace - headerHeight;
        }
        if (pages.back().rowCount == 0)
            pages.back().firstRow = row;
        ++pages.back().rowCount;
        left -= height;
    }
    return pages;
}

} // namespace unclutch::app
