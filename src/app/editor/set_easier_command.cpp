#include "set_easier_command.h"

#include "command_ids.h"

namespace unclutch::app {

namespace {

QString textFor(SetEasierCommand::Edit edit, bool on)
{
    using Edit = SetEasierCommand::Edit;
    switch (edit) {
    case Edit::Toggle:
        return on ? SetEasierCommand::tr("Add easier variant")
                  : SetEasierCommand::tr("Remove easier variant");
    case Edit::Pose:
        return SetEasierCommand::tr("Change easier pose");
    case Edit::Instructions:
        return SetEasierCommand::tr("Change easier instructions");
    case Edit::Image:
        return SetEasierCommand::tr("Change easier picture");
    }
    return {};
}

} // namespace

SetEasierCommand::SetEasierCommand(RoutineDocument* document, int step,
                                   const std::optional<core::Variant>& easier, Edit edit)
    : QUndoCommand(textFor(edit, easier.has_value()))
    , m_document(document)
    , m_step(step)
    , m_edit(edit)
    , m_old(document->step(step).easier)
    , m_new(easier)
{
}

void SetEasierCommand::undo()
{
    m_document->setEasier(m_step, m_old);
}

void SetEasierCommand::redo()
{
    m_document->setEasier(m_step, m_new);
}

int SetEasierCommand::id() const
{
    return SetEasierId;
}

bool SetEasierCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetEasierCommand*>(other);
    if (m_edit == Edit::Toggle || next->m_step != m_step || next->m_edit != m_edit)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace unclutch::app
