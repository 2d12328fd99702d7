#include "set_step_field_command.h"

#include "command_ids.h"

namespace unclutch::app {

namespace {

QString textFor(StepField field)
{
    switch (field) {
    case StepField::Pose:
        return SetStepFieldCommand::tr("Change pose");
    case StepField::Instructions:
        return SetStepFieldCommand::tr("Change instructions");
    case StepField::Image:
        return SetStepFieldCommand::tr("Change picture");
    case StepField::Duration:
        return SetStepFieldCommand::tr("Change duration");
    case StepField::Transition:
        return SetStepFieldCommand::tr("Change step get-ready time");
    }
    return {};
}

} // namespace

SetStepFieldCommand::SetStepFieldCommand(RoutineDocument* document, int step, StepField field,
                                         const QVariant& value)
    : QUndoCommand(textFor(field))
    , m_document(document)
    , m_step(step)
    , m_field(field)
    , m_old(document->stepField(step, field))
    , m_new(value)
{
}

void SetStepFieldCommand::undo()
{
    m_document->setStepField(m_step, m_field, m_old);
}

void SetStepFieldCommand::redo()
{
    m_document->setStepField(m_step, m_field, m_new);
}

int SetStepFieldCommand::id() const
{
    return SetStepFieldId;
}

bool SetStepFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetStepFieldCommand*>(other);
    if (next->m_step != m_step || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace unclutch::app
