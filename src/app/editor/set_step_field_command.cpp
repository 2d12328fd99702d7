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
    : ChangeValue(document, textFor(field), value)
    , m_step(step)
    , m_field(field)
{
}

int SetStepFieldCommand::id() const
{
    return SetStepFieldId;
}

QVariant SetStepFieldCommand::get() const
{
    return document()->stepField(m_step, m_field);
}

void SetStepFieldCommand::set(const QVariant& value) const
{
    document()->setStepField(m_step, m_field, value);
}

bool SetStepFieldCommand::continuedBy(const ChangeValue& next) const
{
    const auto& other = static_cast<const SetStepFieldCommand&>(next);
    return other.m_step == m_step && other.m_field == m_field;
}

} // namespace unclutch::app
