#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <utility>
#include <vector>

#include "core/session.h"

namespace unclutch::core::session_fixture {

using TimePoint = Session::TimePoint;

// Instances (T, S, end): 0 plain (0, 2000, 12000); 1 paced (12000, 14000, 22000);
// 2 left (22000, 22000, 25000); 3 right (25000, 25000, 28000). The paced step has 4-second
// cycles of two phases (at 0 and 2000), a beat every second and a cue at 19000.
inline Routine test_routine()
{
    Routine routine;
    routine.title = "Session test";
    routine.transition = 2;
    Step plain;
    plain.pose = "Plain";
    plain.duration = 10;
    Step paced;
    paced.pose = "Paced";
    paced.pacing = Pacing{};
    paced.pacing->cycle = 4;
    paced.pacing->cycles = 2;
    paced.pacing->beat = 1;
    paced.pacing->phases = {{"Up", 0.5, {}}, {"Down", 0.5, {}}};
    paced.cues = {{5, "Half way", {}}};
    Step sided;
    sided.pose = "Sided";
    sided.duration = 3;
    sided.transition = 0;
    sided.sides = {Side::Left, Side::Right};
    routine.steps = {plain, paced, sided};
    return routine;
}

inline const TimePoint base = TimePoint{} + std::chrono::hours(1);

inline TimePoint at(std::chrono::nanoseconds t)
{
    return base + t;
}

inline TimePoint at_ms(std::int64_t t_ms)
{
    return at(std::chrono::milliseconds(t_ms));
}

// Starts `session` at 0 if it is ready and takes every event on time up to and including
// `t_ms`, as the runner would.
inline void play_until(Session& session, std::int64_t t_ms)
{
    if (session.state() == SessionState::Ready)
        session.start(at_ms(0));
    while (auto deadline = session.next_deadline()) {
        if (*deadline > at_ms(t_ms))
            break;
        session.due(*deadline);
    }
}

// A fresh session over test_routine(), with helpers to drive it on a fake clock.
class SessionTest : public ::testing::Test {
protected:
    SessionTest()
        : session(Timeline(test_routine()))
    {
    }

    const Event& event(const Session::Fired& fired) const
    {
        return session.timeline().events()[fired.event];
    }

    // (time, type) of what due() hands out.
    std::vector<std::pair<std::int64_t, EventType>> due(TimePoint now)
    {
        std::vector<std::pair<std::int64_t, EventType>> out;
        for (const Session::Fired& fired : session.due(now))
            out.emplace_back(event(fired).t_ms, event(fired).type);
        return out;
    }

    void play_until(std::int64_t t_ms) { session_fixture::play_until(session, t_ms); }

    Session session;
};

using Fired = std::vector<std::pair<std::int64_t, EventType>>;
constexpr auto Prepare = EventType::Prepare;
constexpr auto StepE = EventType::Step;
constexpr auto PhaseE = EventType::Phase;
constexpr auto Beat = EventType::Beat;
constexpr auto CueE = EventType::Cue;
constexpr auto End = EventType::End;

} // namespace unclutch::core::session_fixture
