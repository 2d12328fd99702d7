#include "set_sides_command.h"

namespace unclutch::app {

SetSidesCommand::SetSidesCommand(RoutineDocument* document, int step,
                                 const std::vector<core::Side>& sides)
    : ChangeValue(document, tr("Change sides"), sides)
    , m_step(step)
{
}

std::vector<core::Side> SetSidesCommand::get() const
{
    return document()->step(m_step).sides;
}

void SetSidesCommand::set(const std::vector<core::Side>& sides) const
{
    document()->setSides(m_step, sides);
}

} // namespace unclutch::app
