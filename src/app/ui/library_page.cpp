#include "library_page.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

#include "app/duration_text.h"
#include "app/player/side_text.h"
#include "fit_controls.h"
#include "library_model.h"
#include "routine_fits.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

// Tall rows, easy to aim at: what a style sheet's item padding gave, without putting the list
// and its header under the style sheet style (slower to polish, measure and paint: 6.5 million
// fewer instructions to the first paint). The style's own text margin stays the side padding.
class RoomyItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kPaddingY = 6;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * kPaddingY);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        // The selection and hover fill the whole cell; the text keeps its distance.
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        QStyle* style = cell.widget ? cell.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, cell.widget);
        QStyledItemDelegate::paint(
            painter,
            [&] {
                QStyleOptionViewItem inset = option;
                inset.rect.adjust(0, kPaddingY, 0, -kPaddingY);
                return inset;
            }(),
            index);
    }
};

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString sidesText(const core::Step& step)
{
    QStringList sides;
    for (core::Side side : step.sides)
        sides << sideText(side);
    return sides.join(LibraryPage::tr(", then "));
}

// `routine` as fitted to the day: its lengths and cycles are today's; `written` is the file's.
QString detailsHtml(const core::Routine& routine, const core::Routine& written)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(routine.title));
    if (!routine.description.empty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(routine.description));
    const std::int64_t length = core::total_ms(routine);
    const std::int64_t writtenLength = core::total_ms(written);
    const QString total = length == writtenLength
                              ? LibraryPage::tr("%1 in all").arg(minutesSeconds(length))
                              : LibraryPage::tr("%1 in all today (%2 as written)")
                                    .arg(minutesSeconds(length), minutesSeconds(writtenLength));
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(total);
    for (const core::Step& step : routine.steps) {
        QString line = QStringLiteral("<b>%1</b> — %2")
                           .arg(escaped(step.pose), minutesSeconds(core::step_length_ms(step)));
        if (!step.sides.empty())
            line +=
                QStringLiteral(" (%1)").arg(LibraryPage::tr("each side: %1").arg(sidesText(step)));
        if (step.pacing)
            line += QStringLiteral(" · ") + LibraryPage::tr("%n slow cycles", nullptr,
                                                            static_cast<int>(step.pacing->cycles));
        if (step.easier)
            line += QStringLiteral(" · ") +
                    LibraryPage::tr("easier: %1").arg(escaped(step.easier->pose));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ol>");
    if (!routine.author.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(routine.author));
    return html;
}

} // namespace

LibraryPage::LibraryPage(storage::RoutineLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_fits(new RoutineFits(this))
    , m_model(new LibraryModel(library, this))
    , m_view(new QTreeView)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_details(new QTextBrowser)
    , m_fitControls(new FitControls(m_fits))
    , m_start(new QPushButton(tr("Start")))
{
    m_model->setFits(m_fits);
    setObjectName(QStringLiteral("libraryPage"));
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Routine library"));
    m_view->setAccessibleDescription(tr("Choose a routine; Enter starts it."));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    QFont listFont = m_view->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
    m_view->setFont(listFont);
    m_view->setItemDelegate(new RoomyItemDelegate(m_view));
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    // The short columns fit their contents, the poses take the rest. The fit is made when the
    // list is shown and again when its rows, font or style change: a ResizeToContents header
    // measures every cell again at each of the many geometry updates of a start.
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(LibraryModel::LengthColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(LibraryModel::PosesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LibraryModel::OriginColumn, QHeaderView::Fixed);
    m_view->installEventFilter(this);

    // The details are a read-only text view rather than a word-wrapped label in a scroll area:
    // it looks the same, but lays its rich text out once per width, where the label laid the
    // whole text out again (shaping every word) for each of the dozens of sizes its layouts ask.
    m_details->setObjectName(QStringLiteral("routineDetails"));
    m_details->setAccessibleName(tr("Routine details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setOpenLinks(false);
    m_details->document()->setDocumentMargin(16);
    m_details->viewport()->setBackgroundRole(QPalette::Window);
    QFont detailsFont = m_details->font();
    detailsFont.setPointSizeF(detailsFont.pointSizeF() * 1.15);
    m_details->setFont(detailsFont);

    QFont startFont = m_start->font();
    startFont.setPointSizeF(startFont.pointSizeF() * 1.6);
    startFont.setBold(true);
    m_start->setFont(startFont);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setAccessibleName(tr("Start the selected routine"));
    m_start->setToolTip(tr("Start the selected routine (Enter)"));
    m_start->setMinimumSize(220, m_start->fontMetrics().height() * 2 + 8);
    m_start->setAutoDefault(true);

    // The list is as tall as its rows (fitListHeight); a taller or shorter window changes the
    // details' share.
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_fitControls);
    bottom->addSpacing(12);
    bottom->addWidget(m_start);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);
    setTabOrder(m_view, m_fitControls->firstControl());
    setTabOrder(m_fitControls->lastControl(), m_start);
    setTabOrder(m_start, m_details);
    // The page's focus is the list's, so arrows move through the routines from the start.
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryPage::showDetails);
    connect(m_view, &QTreeView::activated, this, &LibraryPage::requestStart);
    connect(m_start, &QPushButton::clicked, this, &LibraryPage::requestStart);
    // A choice beside Start shows in the list and the details at once.
    connect(m_fits, &RoutineFits::changed, this, [this] {
        showDetailsText();
        fitColumns();
    });
    // A reload (a file edited on disk) keeps the routine selected where it can.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const storage::RoutineEntry* entry = currentEntry();
        m_selectedPath = entry ? entry->path : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!select(m_selectedPath) && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        showDetails();
        fitColumns();
        fitListHeight();
    });
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showDetails();
}

void LibraryPage::fitColumns()
{
    if (!m_view->isVisible())
        return; // made when it is shown
    for (int column :
         {LibraryModel::TitleColumn, LibraryModel::LengthColumn, LibraryModel::OriginColumn})
        m_view->resizeColumnToContents(column);
}

void LibraryPage::fitListHeight()
{
    if (!m_view->isVisible())
        return; // made when it is shown
    // Every row shown whole, and at least three rows' room; but a long list scrolls rather than
    // take more than three fifths of the page from the details.
    constexpr int kFewestRows = 3;
    const int rowHeight =
        m_model->rowCount() > 0 ? m_view->sizeHintForRow(0) : m_view->fontMetrics().height();
    const int rows = std::max(kFewestRows, m_model->rowCount());
    const int wanted =
        m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth();
    const int room = m_splitter->height() - m_splitter->handleWidth();
    const int list = std::min(wanted, room * 3 / 5);
    m_splitter->setSizes({list, room - list});
}

bool LibraryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::FontChange:
        case QEvent::StyleChange:
            fitColumns();
            fitListHeight();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

const storage::RoutineEntry* LibraryPage::currentEntry() const
{
    return m_model->entryAt(m_view->currentIndex().row());
}

QString LibraryPage::selectedPath() const
{
    const storage::RoutineEntry* entry = currentEntry();
    return entry ? entry->path : QString();
}

bool LibraryPage::select(const QString& path)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->path == path) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void LibraryPage::requestStart()
{
    const storage::RoutineEntry* entry = currentEntry();
    if (entry && entry->isValid())
        emit startRequested(entry->path);
}

void LibraryPage::showDetails()
{
    const storage::RoutineEntry* entry = currentEntry();
    m_start->setEnabled(entry && entry->isValid());
    m_fitControls->setRoutine(entry && entry->isValid() ? &*entry->routine : nullptr);
    showDetailsText();
}

void LibraryPage::showDetailsText()
{
    const storage::RoutineEntry* entry = currentEntry();
    if (!entry) {
        m_details->setHtml(tr("No routines found."));
        return;
    }
    if (!entry->routine) {
        QString html = QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                           .arg(entry->path.toHtmlEscaped(),
                                tr("This file cannot be played until it is fixed:"));
        for (const core::Diagnostic& diagnostic : entry->diagnostics)
            html += QStringLiteral("<li>%1</li>")
                        .arg(QString::fromStdString(diagnostic.format()).toHtmlEscaped());
        m_details->setHtml(html + QStringLiteral("</ul>"));
        return;
    }
    m_details->setHtml(detailsHtml(m_fits->fitted(*entry->routine).routine, *entry->routine));
}

} // namespace unclutch::app
