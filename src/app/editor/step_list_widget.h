#pragma once

#include <QListWidget>

namespace unclutch::app {

// The steps of the routine. Dragging a step does not move the item itself: the drop asks for
// the move (moveRequested), the document does it as an undoable command, and the list is
// refilled from the document, which stays the only place the order lives.
class StepListWidget : public QListWidget {
    Q_OBJECT

public:
    explicit StepListWidget(QWidget* parent = nullptr);

    // The row a step dragged from `from` ends up in when dropped at `position`.
    int dropRow(int from, const QPoint& position) const;
    // What a drop at `position` (viewport coordinates) does: asks, shortly after, to move the
    // current step there. Public because a drop cannot be simulated without a real drag.
    void requestMoveTo(const QPoint& position);

signals:
    void moveRequested(int from, int to);

protected:
    void dropEvent(QDropEvent* event) override;
};

} // namespace unclutch::app
