#include "fitted_start.h"

namespace unclutch::app {

SessionStart fittedStart(const core::FittedRoutine& fitted)
{
    SessionStart start;
    const core::FitChoices& choices = fitted.choices;
    const storage::SessionFit fit{choices.minutes, choices.pace, choices.easier};
    // A session played as written has no fit in its record.
    if (!fit.isEmpty())
        start.fit = fit;
    if (choices.easier) {
        const auto& steps = fitted.routine.steps;
        for (std::size_t step = 0; step < steps.size(); ++step) {
            if (steps[step].easier)
                start.easierSteps << static_cast<int>(step);
        }
    }
    return start;
}

} // namespace unclutch::app
