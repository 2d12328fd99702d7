#include "what_helps_widget.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "message_stack.h"
#include "storage/history_store.h"
#include "what_helps_text.h"

namespace unclutch::app {

WhatHelpsWidget::WhatHelpsWidget(const storage::HistoryStore& store,
                                 const storage::HistoryFilter& filter, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_filter(filter)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    auto* intro = new QLabel(
        tr("How your pain changed with each routine. The change is your rating after a session "
           "minus your rating before it: −2 means two points less pain afterwards, +1 one point "
           "more. Only sessions you rated both before and after count. These are your own "
           "ratings: they show how sessions felt, not what treats your back."),
        this);
    intro->setObjectName(QStringLiteral("whatHelpsIntro"));
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("whatHelpsTable"));
    m_table->setAccessibleName(tr("What helps, by routine"));
    m_table->setHorizontalHeaderLabels(
        {tr("Routine"), tr("Rated before and after"), tr("Change in pain, on average"),
         tr("Lowest to highest change"), tr("Minutes practised"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    // Rows as roomy as the sessions' table's; a wrapped caution makes its row taller.
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_table, 1);

    m_stack = new MessageStack(content, QStringLiteral("whatHelpsMessage"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    reload();
}

void WhatHelpsWidget::setFilter(const storage::HistoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void WhatHelpsWidget::reload()
{
    m_table->setRowCount(0);
    if (!m_store.isOpen()) {
        m_stack->showMessage(tr("The history could not be opened, so there is nothing to show."));
        return;
    }
    const storage::Result<QList<storage::RoutineEffect>> effects = m_store.whatHelps(m_filter);
    if (!effects) {
        m_stack->showMessage(effects.error());
        return;
    }
    if (effects->isEmpty()) {
        m_stack->showMessage(
            m_filter == storage::HistoryFilter()
                ? tr("No sessions yet. Once you have practised and rated your pain "
                     "before and after, you can see here how each routine went.")
                : tr("No sessions match the filter."));
        return;
    }
    m_table->setRowCount(int(effects->size()));
    for (int row = 0; row < effects->size(); ++row) {
        const storage::RoutineEffect& effect = effects->at(row);
        const QStringList cells{effect.title,
                                WhatHelpsText::rated(effect),
                                WhatHelpsText::meanChange(effect),
                                WhatHelpsText::range(effect),
                                WhatHelpsText::minutes(effect),
                                WhatHelpsText::caution(effect)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column != RoutineColumn && column != NoteColumn)
                item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_stack->showContent();
}

QString WhatHelpsWidget::message() const
{
    return m_stack->message();
}

} // namespace unclutch::app
