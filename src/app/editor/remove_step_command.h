#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

class RemoveStepCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveStepCommand)

public:
    RemoveStepCommand(RoutineDocument* document, int index);

    void undo() override;
    void redo() override;

private:
    RoutineDocument* m_document;
    int m_index;
    core::Step m_step; // the removed step, with its extras, for undo
};

} // namespace unclutch::app
