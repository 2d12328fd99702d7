#include "step_list_widget.h"

#include <QDropEvent>

namespace unclutch::app {

StepListWidget::StepListWidget(QWidget* parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
}

int StepListWidget::dropRow(int from, const QPoint& position) const
{
    const QModelIndex target = indexAt(position);
    // Below the last item: to the end.
    int insertBefore = count();
    if (target.isValid()) {
        const QRect rect = visualRect(target);
        insertBefore = position.y() < rect.center().y() ? target.row() : target.row() + 1;
    }
    // Taking the step out first shifts the rows after it up by one.
    return insertBefore > from ? insertBefore - 1 : insertBefore;
}

void StepListWidget::requestMoveTo(const QPoint& position)
{
    const int from = currentRow();
    if (from < 0)
        return;
    const int to = dropRow(from, position);
    // Queued: the move refills this list, which must not happen inside its own drop handling.
    if (to != from)
        QMetaObject::invokeMethod(
            this, [this, from, to] { emit moveRequested(from, to); }, Qt::QueuedConnection);
}

void StepListWidget::dropEvent(QDropEvent* event)
{
    if (currentRow() < 0) {
        event->ignore();
        return;
    }
    // Accepted with no action, so the view deletes nothing when the drag finishes.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    viewport()->update();
    requestMoveTo(event->position().toPoint());
}

} // namespace unclutch::app
