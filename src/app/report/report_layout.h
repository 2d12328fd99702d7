#pragma once

#include <QList>

namespace unclutch::app {

// The rows of a table on one page: rows [firstRow, firstRow + rowCount).
struct ReportPage {
    int firstRow = 0;
    int rowCount = 0;

    bool operator==(const ReportPage&) const = default;
};

// A row of a table as the layout sees it: its height, and whether it must stay on the page of
// the row before it (the first line of a note stays with its session).
struct ReportBlock {
    double height = 0;
    bool keepWithPrevious = false;
};

// How a table of rows of known heights runs over pages, each page repeating the header.
class ReportLayout {
public:
    // The table starts on the first page in `firstPageSpace` (what the title, summary and plots
    // left) and goes on over pages of `pageSpace`; every page's part begins with the header.
    // Each page takes the rows that fit, in order, a row kept with the one before it going
    // with it. When the first page has no room for the header and one row (with those kept
    // with it), its part is empty (rowCount 0) and the table starts on the next page. Rows
    // too tall for any page get a page of their own (and are cut off there) so the layout
    // always ends. The result has at least one page, the first page.
    static QList<ReportPage> paginate(const QList<ReportBlock>& rows, double headerHeight,
                                      double firstPageSpace, double pageSpace);
};

} // namespace unclutch::app
