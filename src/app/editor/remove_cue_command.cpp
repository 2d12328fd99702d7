#include "remove_cue_command.h"

namespace unclutch::app {

RemoveCueCommand::RemoveCueCommand(RoutineDocument* document, int step, int index)
    : QUndoCommand(tr("Remove cue"))
    , m_document(document)
    , m_step(step)
    , m_index(index)
{
}

void RemoveCueCommand::undo()
{
    m_document->insertCue(m_step, m_index, m_cue);
}

void RemoveCueCommand::redo()
{
    m_cue = m_document->takeCue(m_step, m_index);
}

} // namespace unclutch::app
