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
    : QUndoCommand(textFor(field))
    , m_document(document)
    , m_field(field)
    , m_old(document->routineField(field))
    , m_new(value)
{
}

void SetRoutineFieldCommand::undo()
{
    m_document->setRoutineField(m_field, m_old);
}

void SetRoutineFieldCommand::redo()
{
    m_document->setRoutineField(m_field, m_new);
}

int SetRoutineFieldCommand::id() const
{
    return SetRoutineFieldId;
}

bool SetRoutineFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetRoutineFieldCommand*>(other);
    if (next->m_field != m_field)
        return false;
    m_new = next->m_new;
    // Typed back to where it started: nothing left to undo.
    setObsolete(m_new == m_old);
    return true;
}

} // namespace unclutch::app
