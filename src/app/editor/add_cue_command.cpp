#include "add_cue_command.h"

namespace unclutch::app {

AddCueCommand::AddCueCommand(RoutineDocument* document, int step, int index, const core::Cue& cue)
    : QUndoCommand(tr("Add cue"))
    , m_document(document)
    , m_step(step)
    , m_index(index)
    , m_cue(cue)
{
}

void AddCueCommand::undo()
{
    m_document->takeCue(m_step, m_index);
}

void AddCueCommand::redo()
{
    m_document->insertCue(m_step, m_index, m_cue);
}

} // namespace unclutch::app
