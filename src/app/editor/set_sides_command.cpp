#include "set_sides_command.h"

namespace unclutch::app {

SetSidesCommand::SetSidesCommand(RoutineDocument* document, int step,
                                 const std::vector<core::Side>& sides)
    : QUndoCommand(tr("Change sides"))
    , m_document(document)
    , m_step(step)
    , m_old(document->step(step).sides)
    , m_new(sides)
{
}

void SetSidesCommand::undo()
{
    m_document->setSides(m_step, m_old);
}

void SetSidesCommand::redo()
{
    m_document->setSides(m_step, m_new);
}

} // namespace unclutch::app
