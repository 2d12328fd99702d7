#include "speech_schedule.h"

#include <algorithm>

#include "spoken_text.h"

namespace unclutch::app {

namespace {

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QList<ScheduledSentence> SpeechSchedule::build(const core::Routine& routine,
                                               const core::Timeline& timeline,
                                               const SpeechOptions& options, const SpokenText& text,
                                               const ShowsEasier& showsEasier)
{
    QList<ScheduledSentence> sentences;
    const auto add = [&sentences](std::int64_t atMs, const QString& said, bool yields = false) {
        if (!said.isEmpty())
            sentences.append({atMs, said, yields});
    };
    const auto& instances = timeline.instances();
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const core::Instance& instance = instances[i];
        const core::Step& step = routine.steps[instance.step];
        const bool easier = step.easier && showsEasier && showsEasier(i);
        const QString pose = qt(easier ? step.easier->pose : step.pose);
        const QString instructions = qt(easier ? step.easier->instructions : step.instructions);
        // The same pose again, on its other side: the listener knows it already.
        const bool sideChange =
            options.sideChange && i > 0 && instances[i - 1].step == instance.step &&
            instance.side != core::Side::None && instances[i - 1].side != instance.side;

        bool poseHeard = false;
        if (instance.prepare_ms > 0) {
            if (sideChange) {
                add(instance.start_ms, text.sideChange(instance.side));
                poseHeard = true;
            } else if (options.poseAtGetReady) {
                add(instance.start_ms, text.getReady(pose, instance.side));
                poseHeard = true;
            }
        }
        QString atStart;
        if (sideChange && !poseHeard) {
            atStart =
                text.stepStart(pose, instance.side, instructions, false, options.instructions);
            atStart = atStart.isEmpty()
                          ? text.sideChange(instance.side)
                          : text.sideChange(instance.side) + QLatin1Char(' ') + atStart;
        } else {
            atStart =
                text.stepStart(pose, instance.side, instructions, !poseHeard, options.instructions);
        }
        add(instance.step_start_ms, atStart);

        // The events of the instance: phases and cues, in timeline order.
        for (std::size_t e = instance.first_event; e < instance.end_event; ++e) {
            const core::Event& event = timeline.events()[e];
            if (event.type == core::EventType::Phase && options.phaseNames && step.pacing)
                add(event.t_ms, SpokenText::phase(qt(step.pacing->phases[event.index].name)), true);
            else if (event.type == core::EventType::Cue)
                add(event.t_ms, SpokenText::cue(qt(step.cues[event.index].text)));
        }
        const std::int64_t length = instance.duration_ms();
        if (!instance.paced()) {
            if (options.halfway && length >= kHalfwayHoldMs)
                add(instance.step_start_ms + length / 2, text.halfway(), true);
            if (options.count && length >= kCountedHoldMs) {
                for (int second = kCountFrom; second >= 1; --second)
                    add(instance.end_ms - second * std::int64_t{1000}, text.count(second));
            }
        }
    }
    if (!instances.empty())
        add(timeline.total_ms(), text.end());
    // Stable: at equal moments the order above, which is the events' order.
    std::stable_sort(
        sentences.begin(), sentences.end(),
        [](const ScheduledSentence& a, const ScheduledSentence& b) { return a.atMs < b.atMs; });
    return sentences;
}

} // namespace unclutch::app
