#pragma once

#include <QList>

namespace unclutch::app {

// The rows of a table on one page: rows [firstRow, firstRow + rowCount).
struct ReportPage {
    int firstRow = 0;
    int rowCount = 0;

    bool operator==(const ReportPage&) const = default;
};

// How a table of rows of known heights runs over pages, each page repeating the header.
class ReportLayout {
public:
    // The table starts on the first page in `firstPageSpace` (what the title, summary and plots
    // left) and goes on over pages of `pageSpace`; every page's part begins with the header.
    // Each page takes the rows that fit, in order. When the first page has no room for the
    // header and one row, its part is empty (rowCount 0) and the table starts on the next page.
    // A row too tall for any page gets a page of its own (and is cut off there) so the layout
    // always ends. The result has at least one page, the first page.
    static QList<ReportPage> paginate(const QList<double>& rowHeights, double headerHeight,
                                      double firstPageSpace, double pageSpace);
};

} // namespace unclutch::app
