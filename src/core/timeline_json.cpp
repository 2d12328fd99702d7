#include "timeline_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace unclutch::core {

namespace {

nlohmann::ordered_json side_json(Side side)
{
    if (side == Side::None)
        return nullptr;
    return to_string(side);
}

nlohmann::ordered_json event_json(const Routine& routine, const Timeline& timeline,
                                  const Event& event)
{
    nlohmann::ordered_json out;
    out["t_ms"] = event.t_ms;
    out["type"] = to_string(event.type);
    if (event.type == EventType::End)
        return out;
    const Instance& instance = timeline.instances()[event.instance];
    const Step& step = routine.steps[instance.step];
    out["step"] = instance.step;
    out["side"] = side_json(instance.side);
    switch (event.type) {
    case EventType::Prepare:
        out["pose"] = step.pose;
        out["duration_ms"] = instance.prepare_ms;
        break;
    case EventType::Step:
        out["pose"] = step.pose;
        out["duration_ms"] = instance.duration_ms();
        break;
    case EventType::Phase:
        out["cycle"] = event.cycle + 1;
        out["phase"] = event.index;
        out["name"] = step.pacing->phases[event.index].name;
        break;
    case EventType::Beat:
        out["cycle"] = event.cycle + 1;
        out["beat"] = event.index;
        out["accent"] = event.accent();
        break;
    case EventType::Cue:
        out["text"] = step.cues[event.index].text;
        break;
    case EventType::End:
        break;
    }
    return out;
}

// A number as people write it: 10, not 10.0.
nlohmann::ordered_json number_json(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return static_cast<std::int64_t>(value);
    return value;
}

nlohmann::ordered_json fit_json(const FittedRoutine& fitted)
{
    const FitChoices& choices = fitted.choices;
    if (!choices.minutes && !choices.pace)
        return nullptr;
    nlohmann::ordered_json out;
    out["minutes"] = choices.minutes ? number_json(*choices.minutes) : nullptr;
    out["pace"] = choices.pace ? number_json(*choices.pace) : nullptr;
    out["scale"] = fitted.scale_percent % 100 == 0
                       ? nlohmann::ordered_json(fitted.scale_percent / 100)
                       : nlohmann::ordered_json(fitted.scale_percent / 100.0);
    return out;
}

} // namespace

std::string timeline_to_json(const FittedRoutine& fitted, const Timeline& timeline)
{
    const Routine& routine = fitted.routine;
    nlohmann::ordered_json out;
    out["id"] = routine.id;
    out["title"] = routine.title;
    out["total_ms"] = timeline.total_ms();
    out["fit"] = fit_json(fitted);
    auto& events = out["events"] = nlohmann::ordered_json::array();
    for (const Event& event : timeline.events())
        events.push_back(event_json(routine, timeline, event));
    // Replacement keeps a routine with broken UTF-8 from throwing here; the parser rejects
    // such files, so this only matters for routines built in code.
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace unclutch::core
