// libFuzzer target: any bytes through RoutineParser::parse, checking the promises of its API
// beyond "does not crash" (sanitizers catch the rest).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/routine_parser.h"

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace unclutch::core;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ParseResult result = RoutineParser::parse(bytes, "fuzz.json");

    // A routine exactly when there is no error.
    require(result.ok() == !has_errors(result.diagnostics));
    // Diagnostics in file order, those without a position last.
    bool seen_positionless = false;
    int line = 0;
    int column = 0;
    for (const Diagnostic& d : result.diagnostics) {
        require(!d.message.empty());
        require(!d.format().empty());
        if (d.line == 0) {
            seen_positionless = true;
            continue;
        }
        require(!seen_positionless);
        require(d.line > 0 && d.column > 0);
        require(d.line > line || (d.line == line && d.column >= column));
        line = d.line;
        column = d.column;
    }
    if (!result.ok())
        return 0;

    const Routine& routine = *result.routine;
    require(!routine.steps.empty() && routine.steps.size() <= 200);
    std::int64_t total = 0;
    for (const Step& step : routine.steps) {
        const std::int64_t length = step_length_ms(step);
        require(length > 0 && length <= 3'600'000);
        for (const Cue& cue : step.cues)
            require(ms(cue.at) >= 0 && ms(cue.at) < length);
        total += static_cast<std::int64_t>(instance_count(step)) *
                 (transition_ms(routine, step) + length);
    }
    require(total <= 14'400'000);
    // Whatever was kept for writing the file back must be writable: strings are valid UTF-8.
    for (const auto& [key, value] : routine.extras)
        require(!value.dump().empty());
    return 0;
}
