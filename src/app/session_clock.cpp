#include "session_clock.h"

#include <chrono>
#include <ctime>

namespace unclutch::app {

namespace {

bool readBootTime(core::Session::TimePoint* now)
{
#ifdef CLOCK_BOOTTIME
    timespec ts{};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) != 0)
        return false;
    const auto since = std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
    *now = core::Session::TimePoint(
        std::chrono::duration_cast<core::Session::TimePoint::duration>(since));
    return true;
#else
    (void)now;
    return false;
#endif
}

} // namespace

core::Session::TimePoint sessionClockNow()
{
    // Decided once: the two clocks have different epochs and must never be mixed.
    static const bool bootTimeWorks = [] {
        core::Session::TimePoint probe;
        return readBootTime(&probe);
    }();
    core::Session::TimePoint now;
    if (bootTimeWorks && readBootTime(&now))
        return now;
    return std::chrono::steady_clock::now();
}

} // namespace unclutch::app
