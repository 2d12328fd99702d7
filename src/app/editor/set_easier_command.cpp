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
    : ChangeValue(document, textFor(edit, easier.has_value()), easier)
    , m_step(step)
    , m_edit(edit)
{
}

int SetEasierCommand::id() const
{
    return SetEasierId;
}

std::optional<core::Variant> SetEasierCommand::get() const
{
    return document()->step(m_step).easier;
}

void SetEasierCommand::set(const std::optional<core::Variant>& easier) const
{
    document()->setEasier(m_step, easier);
}

bool SetEasierCommand::continuedBy(const ChangeValue& next) const
{
    // Adding or removing the variant is a step of its own; typing in one of its fields is not.
    const auto& other = static_cast<const SetEasierCommand&>(next);
    return m_edit != Edit::Toggle && other.m_step == m_step && other.m_edit == m_edit;
}

} // namespace unclutch::app
