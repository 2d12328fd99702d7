#include "remove_step_command.h"

namespace unclutch::app {

RemoveStepCommand::RemoveStepCommand(RoutineDocument* document, int index)
    : QUndoCommand(tr("Remove step"))
    , m_document(document)
    , m_index(index)
{
}

void RemoveStepCommand::undo()
{
    m_document->insertStep(m_index, m_step);
}

void RemoveStepCommand::redo()
{
    m_step = m_document->takeStep(m_index);
}

} // namespace unclutch::app
