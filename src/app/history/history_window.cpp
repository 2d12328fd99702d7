#include "history_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app/report/history_plots_widget.h"
#include "app/report/what_helps_widget.h"
#include "history_filter_bar.h"
#include "history_header.h"
#include "session_detail_pane.h"
#include "session_table_model.h"
#include "storage/history_store.h"

namespace unclutch::app {

namespace {

const QString kGeometryKey = QStringLiteral("history/geometry");
const QString kSplitterKey = QStringLiteral("history/splitter");

bool askWithMessageBox(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace

HistoryWindow::HistoryWindow(storage::HistoryStore* store, QWidget* parent, Clock clock)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_confirm(askWithMessageBox)
    , m_tabs(new QTabWidget(this))
    , m_filterBar(new HistoryFilterBar(this))
    , m_header(new HistoryHeader(this))
    , m_model(new SessionTableModel(store, this))
    , m_table(new QTableView(this))
    , m_details(new SessionDetailPane(store, this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("History"));
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_filterBar->setToday(now().toLocalTime().date());

    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setAccessibleName(tr("Sessions, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Rows of one height: the view need not measure 100,000 of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(SessionTableModel::RoutineColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthFor = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    m_table->setColumnWidth(
        SessionTableModel::DateColumn,
        widthFor(SessionTableModel::dateText(QDateTime(QDate(2026, 9, 30), QTime(23, 59)))));
    m_table->setColumnWidth(
        SessionTableModel::DurationColumn,
        qMax(widthFor(QStringLiteral("88:88 / 88:88")),
             widthFor(m_model->headerData(SessionTableModel::DurationColumn, Qt::Horizontal)
                          .toString())));
    m_table->setColumnWidth(
        SessionTableModel::OutcomeColumn,
        widthFor(storage::outcomeDisplayName(storage::SessionOutcome::Stopped)));
    m_table->setColumnWidth(
        SessionTableModel::PainColumn,
        widthFor(m_model->headerData(SessionTableModel::PainColumn, Qt::Horizontal).toString()));

    auto* deleteAction = new QAction(tr("Delete session"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &HistoryWindow::deleteSelected);

    auto* closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    addAction(closeAction);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* sessions = new QWidget;
    sessions->setObjectName(QStringLiteral("sessionsTab"));
    auto* sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->addWidget(m_filterBar);
    sessionsLayout->addWidget(m_header);
    sessionsLayout->addWidget(splitter, 1);
    m_tabs->addTab(sessions, tr("&Sessions"));
    // The plots are made the first time their tab is shown: they read every session the
    // filter matches, which must not delay the table's first page.
    m_plotsTab = new QWidget;
    m_plotsTab->setObjectName(QStringLiteral("plotsTab"));
    new QVBoxLayout(m_plotsTab);
    m_tabs->addTab(m_plotsTab, tr("P&lots"));
    m_whatHelpsTab = new QWidget;
    m_whatHelpsTab->setObjectName(QStringLiteral("whatHelpsTab"));
    new QVBoxLayout(m_whatHelpsTab);
    m_tabs->addTab(m_whatHelpsTab, tr("&What helps"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &HistoryWindow::updateTabsIfShown);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_filterBar, &HistoryFilterBar::filterChanged, this, &HistoryWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWindow::showSelected);
    connect(m_details, &SessionDetailPane::noteSaved, m_model, &SessionTableModel::setNoteOf);
    connect(m_details, &SessionDetailPane::deleteRequested, this, &HistoryWindow::deleteSelected);
    connect(m_model, &SessionTableModel::readFailed, m_header, &HistoryHeader::showProblem);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(500);
    connect(&m_refreshTimer, &QTimer::timeout, this, &HistoryWindow::refresh);
    m_headerTimer.setSingleShot(true);
    m_headerTimer.setInterval(0);
    connect(&m_headerTimer, &QTimer::timeout, this, &HistoryWindow::updateHeader);
    m_table->viewport()->installEventFilter(this);

    // The routines to choose from are read with the header, after the table is painted.
    m_routinesPending = true;
    applyFilter(m_filterBar->filter());
    // The sessions have the focus when the window opens: arrow keys go through them at once.
    setFocusProxy(m_table);
    m_table->setFocus();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1120, 660);
    splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

// Also reached without a close: the main window going takes this one with it.
HistoryWindow::~HistoryWindow()
{
    m_details->saveNote();
    if (isVisible())
        saveGeometrySetting();
}

storage::HistoryFilter HistoryWindow::filter() const
{
    return m_model->filter();
}

void HistoryWindow::refreshSoon()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void HistoryWindow::refresh()
{
    m_refreshTimer.stop();
    m_details->saveNote();
    m_filterBar->setToday(now().toLocalTime().date());
    loadRoutines();
    applyFilter(m_filterBar->filter());
}

// May change the filter (the chosen routine has no sessions left) and so reload the table.
void HistoryWindow::loadRoutines()
{
    m_routinesPending = false;
    const storage::Result<QList<storage::RoutineSummary>> routines = m_store->routines();
    if (routines.ok())
        m_filterBar->setRoutines(routines.value());
    else
        m_header->showProblem(routines.error());
}

void HistoryWindow::deleteSelected()
{
    const int row = m_table->currentIndex().row();
    const storage::SessionRecord* record = m_model->recordAt(row);
    if (!record)
        return;
    // The session being recorded now is still written every few seconds: it can be deleted
    // once it is over.
    if (record->outcome == storage::SessionOutcome::InProgress) {
        m_header->showProblem(tr("This session is still going on; it can be deleted once it "
                                 "has ended."));
        return;
    }
    // A note typed just now is kept whatever the answer.
    m_details->saveNote();
    const storage::SessionId id = record->id;
    const QString title = record->routineTitle.isEmpty() ? record->routineId : record->routineTitle;
    const QString question =
        tr("Delete the session of “%1” on %2? Its note and pain ratings go with it. This cannot "
           "be undone.")
            .arg(title, SessionTableModel::dateText(record->start));
    if (!m_confirm(this, tr("Delete session"), question))
        return;
    const storage::Status status = m_store->deleteSession(id);
    if (!status.ok()) {
        m_header->showProblem(status.error());
        return;
    }
    m_header->showProblem({});
    m_model->removeSession(id);
    markTabsStale();
    loadRoutines();
    if (m_model->filter() == m_filterBar->filter()) {
        select(qMin(row, m_model->rowCount() - 1));
        scheduleHeaderUpdate();
    }
    m_table->setFocus();
}

void HistoryWindow::closeEvent(QCloseEvent* event)
{
    m_details->saveNote();
    saveGeometrySetting();
    QWidget::closeEvent(event);
}

void HistoryWindow::applyFilter(const storage::HistoryFilter& filter)
{
    m_details->saveNote();
    const std::optional<storage::SessionId> selected = m_details->sessionId();
    m_header->showProblem({});
    m_model->setFilter(filter);
    const std::optional<int> row = selected ? m_model->rowOf(*selected) : std::nullopt;
    select(row.value_or(-1));
    scheduleHeaderUpdate();
    markTabsStale();
    emit filterChanged(filter);
}

void HistoryWindow::markTabsStale()
{
    m_plotsStale = true;
    m_whatHelpsStale = true;
    updateTabsIfShown();
}

void HistoryWindow::updateTabsIfShown()
{
    fillTabIfShown(m_plotsTab, m_plots, m_plotsStale, QStringLiteral("historyPlots"));
    fillTabIfShown(m_whatHelpsTab, m_whatHelps, m_whatHelpsStale, QStringLiteral("whatHelps"));
}

template <typename View>
void HistoryWindow::fillTabIfShown(QWidget* tab, View*& view, bool& stale, const QString& name)
{
    if (!stale || m_tabs->currentWidget() != tab)
        return;
    stale = false;
    if (view) {
        view->setFilter(m_filterBar->filter());
        return;
    }
    view = new View(*m_store, m_filterBar->filter(), tab);
    view->setObjectName(name);
    tab->layout()->setContentsMargins(0, 0, 0, 0);
    tab->layout()->addWidget(view);
}

void HistoryWindow::scheduleHeaderUpdate()
{
    m_headerPending = true;
    if (m_tablePainted)
        m_headerTimer.start();
}

bool HistoryWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_tablePainted) {
        m_tablePainted = true;
        if (m_headerPending)
            m_headerTimer.start(); // fires after this paint is done
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryWindow::updateHeader()
{
    m_headerTimer.stop();
    m_headerPending = false;
    if (m_routinesPending)
        loadRoutines();
    const storage::Result<int> days = m_store->daysPractised(m_model->filter());
    if (days.ok())
        m_header->showDaysPractised(days.value());
    else
        m_header->showProblem(days.error());
    const storage::Result<bool> persists = m_store->painPersists(now());
    m_header->showPainNote(persists.ok() && persists.value());
}

void HistoryWindow::showSelected()
{
    const storage::SessionRecord* record = m_model->recordAt(m_table->currentIndex().row());
    m_details->showSession(record ? std::optional(*record) : std::nullopt);
}

void HistoryWindow::select(int row)
{
    if (row >= 0 && row < m_model->rowCount()) {
        const QModelIndex index = m_model->index(row, SessionTableModel::DateColumn);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    showSelected();
}

void HistoryWindow::saveGeometrySetting()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("historySplitter")))
        settings.setValue(kSplitterKey, splitter->saveState());
}

QDateTime HistoryWindow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

} // namespace unclutch::app
