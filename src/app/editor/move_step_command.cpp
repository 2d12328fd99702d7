#include "move_step_command.h"

namespace unclutch::app {

MoveStepCommand::MoveStepCommand(RoutineDocument* document, int from, int to)
    : QUndoCommand(tr("Move step"))
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
}

void MoveStepCommand::undo()
{
    m_document->moveStep(m_to, m_from);
}

void MoveStepCommand::redo()
{
    m_document->moveStep(m_from, m_to);
}

} // namespace unclutch::app
