#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/routine_parser.h"

namespace unclutch::core::testing {

inline ParseResult parse(std::string_view json, const std::string& path = "routine.json")
{
    return RoutineParser::parse(json, path);
}

// A valid routine around one step.
inline std::string with_step(const std::string& step)
{
    return R"({"format": 1, "title": "T", "steps": [)" + step + "]}";
}

// A valid routine with extra top-level members (not format, title or steps).
inline std::string with_top(const std::string& members)
{
    return R"({"format": 1, "title": "T", "steps": [{"pose": "P", "duration": 10}], )" + members +
           "}";
}

// A valid routine whose one step is paced by `pacing`.
inline std::string with_pacing(const std::string& pacing)
{
    return with_step(R"({"pose": "P", "pacing": )" + pacing + "}");
}

inline std::string repeat(std::string_view piece, std::size_t times)
{
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

inline std::string describe(const std::vector<Diagnostic>& diagnostics)
{
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += "\n  " + d.format();
    return out.empty() ? "\n  (no diagnostics)" : out;
}

inline std::size_t error_count(const ParseResult& result)
{
    return static_cast<std::size_t>(
        std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

// The diagnostic of `severity` at `pointer` whose message holds `fragment`, or nullptr.
inline const Diagnostic* find(const ParseResult& result, Severity severity,
                              std::string_view pointer, std::string_view fragment)
{
    for (const Diagnostic& d : result.diagnostics) {
        if (d.severity == severity && d.pointer == pointer &&
            d.message.find(fragment) != std::string::npos)
            return &d;
    }
    return nullptr;
}

inline ::testing::AssertionResult is_valid(std::string_view json)
{
    const ParseResult result = parse(json);
    if (result.ok() && error_count(result) == 0)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "expected valid, got:" << describe(result.diagnostics)
                                         << "\nfor: " << json.substr(0, 300);
}

// The file is invalid and has exactly one error, at `pointer`, saying `fragment`.
inline ::testing::AssertionResult has_only_error(std::string_view json, std::string_view pointer,
                                                 std::string_view fragment)
{
    const ParseResult result = parse(json);
    if (!result.ok() && error_count(result) == 1 &&
        find(result, Severity::Error, pointer, fragment))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected one error at \"" << pointer << "\" saying \"" << fragment
           << "\", got:" << describe(result.diagnostics) << "\nfor: " << json.substr(0, 300);
}

inline ::testing::AssertionResult has_error(std::string_view json, std::string_view pointer,
                                            std::string_view fragment)
{
    const ParseResult result = parse(json);
    if (!result.ok() && find(result, Severity::Error, pointer, fragment))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected an error at \"" << pointer << "\" saying \"" << fragment
           << "\", got:" << describe(result.diagnostics) << "\nfor: " << json.substr(0, 300);
}

inline ::testing::AssertionResult has_warning(std::string_view json, std::string_view pointer,
                                              std::string_view fragment)
{
    const ParseResult result = parse(json);
    if (find(result, Severity::Warning, pointer, fragment))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected a warning at \"" << pointer << "\" saying \"" << fragment
           << "\", got:" << describe(result.diagnostics) << "\nfor: " << json.substr(0, 300);
}

} // namespace unclutch::core::testing
