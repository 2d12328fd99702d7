#pragma once

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

#include "core/routine.h"
#include "core/timeline.h"

namespace unclutch::app {

class SpokenText;

// What the voice says besides the cues, as Voice's settings choose.
struct SpeechOptions {
    bool instructions = true;   // a step's instructions as it starts
    bool phaseNames = false;    // phase names in paced steps (else tones and ticks only)
    bool poseAtGetReady = true; // the pose at its get-ready (else as the step starts)
    bool sideChange = true;     // "Now the right side" when a pose is done on its other side
    bool count = true;          // "3, 2, 1" at the end of a hold
    bool halfway = false;       // "Halfway" in holds of kHalfwayHoldMs and more
};

// One sentence of a session: what is said, at which moment of the timeline.
struct ScheduledSentence {
    std::int64_t atMs = 0; // position in the timeline
    QString text;
    // Dropped rather than heard over another sentence (phase names, halfway): a tone or the
    // countdown already marks its moment, and the next one comes soon.
    bool yields = false;

    friend bool operator==(const ScheduledSentence&, const ScheduledSentence&) = default;
};

// The sentences of a session, made at once from its timeline: a pure function of the routine,
// the timeline, the settings and which variant each step shows, so that every sentence can be
// synthesised ahead of its moment (SessionSpeech) and this is tested without a voice.
class SpeechSchedule {
public:
    // Whether step instance `instance` shows its easier variant.
    using ShowsEasier = std::function<bool(std::size_t instance)>;

    // A hold (a step without pacing) at least this long gets its last seconds counted.
    static constexpr std::int64_t kCountedHoldMs = 10'000;
    static constexpr int kCountFrom = 3;
    static constexpr std::int64_t kHalfwayHoldMs = 60'000;

    // In timeline order (equal moments: in the order of the events they belong to).
    static QList<ScheduledSentence> build(const core::Routine& routine,
                                          const core::Timeline& timeline,
                                          const SpeechOptions& options, const SpokenText& text,
                                          const ShowsEasier& showsEasier);
};

} // namespace unclutch::app
