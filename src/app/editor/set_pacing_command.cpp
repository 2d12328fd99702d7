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
    : QUndoCommand(textFor(edit, pacing.has_value()))
    , m_document(document)
    , m_step(step)
    , m_edit(edit)
    , m_phase(phase)
    , m_old(document->step(step).pacing)
    , m_new(pacing)
{
}

void SetPacingCommand::undo()
{
    m_document->setPacing(m_step, m_old);
}

void SetPacingCommand::redo()
{
    m_document->setPacing(m_step, m_new);
}

int SetPacingCommand::id() const
{
    return SetPacingId;
}

bool SetPacingCommand::isTyping() const
{
    return m_edit != Edit::Toggle && m_edit != Edit::AddPhase && m_edit != Edit::RemovePhase;
}

bool SetPacingCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetPacingCommand*>(other);
    if (!isTyping() || next->m_step != m_step || next->m_edit != m_edit || next->m_phase != m_phase)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace unclutch::app
