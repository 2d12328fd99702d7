#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include "routine_document.h"

namespace unclutch::app {

// Moves a step from one position to another (by keyboard, buttons or drag and drop).
class MoveStepCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveStepCommand)

public:
    MoveStepCommand(RoutineDocument* document, int from, int to);

    void undo() override;
    void redo() override;

private:
    RoutineDocument* m_document;
    int m_from;
    int m_to;
};

} // namespace unclutch::app
