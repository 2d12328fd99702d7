#include "bundled_routine_text.h"

#include <QCoreApplication>

namespace unclutch::storage {

std::string BundledRoutineText::context(const std::string& routineId)
{
    return "routine:" + routineId;
}

void BundledRoutineText::translate(core::Routine& routine)
{
    // Keep this list in step with the texts cmake/RoutineStrings.cmake extracts.
    const std::string context = BundledRoutineText::context(routine.id);
    const auto translate = [&context](std::string& text) {
        if (!text.empty())
            text = QCoreApplication::translate(context.c_str(), text.c_str()).toStdString();
    };
    translate(routine.title);
    translate(routine.description);
    translate(routine.author);
    for (std::string& caution : routine.cautions)
        translate(caution);
    for (core::Step& step : routine.steps) {
        translate(step.pose);
        translate(step.instructions);
        for (core::Cue& cue : step.cues)
            translate(cue.text);
        if (step.pacing) {
            for (core::Phase& phase : step.pacing->phases)
                translate(phase.name);
        }
        if (step.easier) {
            translate(step.easier->pose);
            translate(step.easier->instructions);
        }
    }
}

} // namespace unclutch::storage
