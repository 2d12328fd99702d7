#include "set_cue_command.h"

#include "command_ids.h"

namespace unclutch::app {

SetCueCommand::SetCueCommand(RoutineDocument* document, int step, int index, Field field,
                             const core::Cue& cue)
    : ChangeValue(document, field == Field::At ? tr("Change cue time") : tr("Change cue text"), cue)
    , m_step(step)
    , m_index(index)
    , m_field(field)
{
}

int SetCueCommand::id() const
{
    return SetCueId;
}

core::Cue SetCueCommand::get() const
{
    return document()->step(m_step).cues.at(static_cast<std::size_t>(m_index));
}

void SetCueCommand::set(const core::Cue& cue) const
{
    document()->setCue(m_step, m_index, cue);
}

bool SetCueCommand::continuedBy(const ChangeValue& next) const
{
    const auto& other = static_cast<const SetCueCommand&>(next);
    return other.m_step == m_step && other.m_index == m_index && other.m_field == m_field;
}

} // namespace unclutch::app
