#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

#include "core/routine.h"
#include "core/session.h"

namespace unclutch::app {

// Where a paced step is, for the pacer: everything it draws, read from the session at one
// instant. Fractions are of one cycle.
struct PaceFrame {
    int cycle = 1; // 1-based
    int cycles = 1;
    int phase = 0; // 0-based
    QString phaseName;
    double cycleFraction = 0.0;
    double phaseFraction = 0.0; // how far into the current phase
    QList<double> phaseStarts;  // where each phase begins
    QList<double> beats;        // where each beat falls
};

// What the player shows at one instant, read from the session by PlayerController so that
// views only show it.
struct PlayerFrame {
    core::SessionState state = core::SessionState::Ready;
    core::PauseReason pauseReason = core::PauseReason::None;
    bool gettingReady = false;
    int instance = 0; // 0-based, each side being one
    int instanceCount = 0;
    int step = 0; // index into the routine's steps: "Step 3 of 4 · left side" (stepLabel())
    int stepCount = 0;
    core::Side side = core::Side::None;
    QString pose; // the easier variant's when that is shown
    QString instructions;
    QString imagePath; // absolute; empty for none
    bool easierAvailable = false;
    bool easierShown = false;
    std::int64_t remainingMs = 0; // of the get-ready or the step
    std::int64_t lengthMs = 0;    // of the get-ready or the step
    std::int64_t positionMs = 0;  // in the routine
    std::int64_t totalMs = 0;
    std::int64_t activeMs = 0;    // since the start, get-ready included, pauses excluded
    std::int64_t completedMs = 0; // played in steps, as the record keeps it (core::SessionLedger)
    QString latestCue;            // of the current instance; empty before its first cue
    bool hasNext = false;
    QString nextPose;
    core::Side nextSide = core::Side::None;
    std::optional<PaceFrame> pace; // in a paced step (not during its get-ready)
};

} // namespace unclutch::app
