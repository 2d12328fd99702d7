#include "set_routine_field_command.h"

#include "command_ids.h"

namespace unclutch::app {

namespace {

QString textFor(RoutineField field)
{
    switch (field) {
    case RoutineField::Title:
        return SetRoutineFieldCommand::tr("Change title");
    case RoutineField::Description:
        return SetRoutineFieldCommand::tr("Change description");
    case RoutineField::Author:
        return SetRoutineFieldCommand::tr("Change author");
    case RoutineField::Transition:
        return SetRoutineFieldCommand::tr("Change get-ready time");
    case RoutineField::Cautions:
        return SetRoutineFieldCommand::tr("Change cautions");
    }
    return {};
}

} // namespace

SetRoutineFieldCommand::SetRoutineFieldCommand(RoutineDocument* document, RoutineField field,
                                               const QVariant& value)
    : ChangeValue(document, textFor(field), value)
    , m_field(field)
{
}

int SetRoutineFieldCommand::id() const
{
    return SetRoutineFieldId;
}

QVariant SetRoutineFieldCommand::get() const
{
    return document()->routineField(m_field);
}

void SetRoutineFieldCommand::set(const QVariant& value) const
{
    document()->setRoutineField(m_field, value);
}

bool SetRoutineFieldCommand::continuedBy(const ChangeValue& next) const
{
    return static_cast<const SetRoutineFieldCommand&>(next).m_field == m_field;
}

} // namespace unclutch::app
