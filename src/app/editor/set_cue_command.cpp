#include "set_cue_command.h"

#include "command_ids.h"

namespace unclutch::app {

SetCueCommand::SetCueCommand(RoutineDocument* document, int step, int index, Field field,
                             const core::Cue& cue)
    : QUndoCommand(field == Field::At ? tr("Change cue time") : tr("Change cue text"))
    , m_document(document)
    , m_step(step)
    , m_index(index)
    , m_field(field)
    , m_old(document->step(step).cues.at(static_cast<std::size_t>(index)))
    , m_new(cue)
{
}

void SetCueCommand::undo()
{
    m_document->setCue(m_step, m_index, m_old);
}

void SetCueCommand::redo()
{
    m_document->setCue(m_step, m_index, m_new);
}

int SetCueCommand::id() const
{
    return SetCueId;
}

bool SetCueCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetCueCommand*>(other);
    if (next->m_step != m_step || next->m_index != m_index || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace unclutch::app
