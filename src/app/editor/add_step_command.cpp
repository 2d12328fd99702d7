#include "add_step_command.h"

namespace unclutch::app {

AddStepCommand::AddStepCommand(RoutineDocument* document, int index, const core::Step& step,
                               Kind kind)
    : QUndoCommand(kind == Kind::Add ? tr("Add step") : tr("Duplicate step"))
    , m_document(document)
    , m_index(index)
    , m_step(step)
{
}

void AddStepCommand::undo()
{
    m_document->takeStep(m_index);
}

void AddStepCommand::redo()
{
    m_document->insertStep(m_index, m_step);
}

} // namespace unclutch::app
