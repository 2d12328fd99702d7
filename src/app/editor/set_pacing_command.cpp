#include "set_pacing_command.h"

#include "command_ids.h"

namespace unclutch::app {

namespace {

QString textFor(SetPacingCommand::Edit edit, bool on)
{
    using Edit = SetPacingCommand::Edit;
    switch (edit) {
    case Edit::Toggle:
        return on ? SetPacingCommand::tr("Add pacing") : SetPacingCommand::tr("Remove pacing");
    case Edit::Cycle:
        return SetPacingCommand::tr("Change cycle");
    case Edit::Cycles:
        return SetPacingCommand::tr("Change number of cycles");
    case Edit::Beat:
        return SetPacingCommand::tr("Change beat");
    case Edit::PhaseName:
        return SetPacingCommand::tr("Rename phase");
    case Edit::PhaseShare:
        return SetPacingCommand::tr("Change phase share");
    case Edit::AddPhase:
        return SetPacingCommand::tr("Add phase");
    case Edit::RemovePhase:
        return SetPacingCommand::tr("Remove phase");
    }
    return {};
}

} // namespace

SetPacingCommand::SetPacingCommand(RoutineDocument* document, int step,
                                   const std::optional<core::Pacing>& pacing, Edit edit, int phase)
    : ChangeValue(document, textFor(edit, pacing.has_value()), pacing)
    , m_step(step)
    , m_edit(edit)
    , m_phase(phase)
{
}

int SetPacingCommand::id() const
{
    return SetPacingId;
}

std::optional<core::Pacing> SetPacingCommand::get() const
{
    return document()->step(m_step).pacing;
}

void SetPacingCommand::set(const std::optional<core::Pacing>& pacing) const
{
    document()->setPacing(m_step, pacing);
}

bool SetPacingCommand::isTyping() const
{
    return m_edit != Edit::Toggle && m_edit != Edit::AddPhase && m_edit != Edit::RemovePhase;
}

bool SetPacingCommand::continuedBy(const ChangeValue& next) const
{
    const auto& other = static_cast<const SetPacingCommand&>(next);
    return isTyping() && other.m_step == m_step && other.m_edit == m_edit &&
           other.m_phase == m_phase;
}

} // namespace unclutch::app
