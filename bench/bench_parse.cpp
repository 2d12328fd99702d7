// Parse + validate of routine files against a plain nlohmann::json::parse of the same bytes:
// each bundled routine (found at run time in UNCLUTCH_ROUTINES_DIR, or in the folder
// named by the environment variable UNCLUTCH_BENCH_ROUTINES_DIR) and a generated valid routine
// of nearly 1 MiB. Targets: within 2x of the plain parse at 1 MiB; a bundled routine under 1 ms.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/routine_parser.h"

namespace {

namespace fs = std::filesystem;
using unclutch::core::RoutineParser;

std::string read_file(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string words(std::size_t length, std::size_t seed)
{
    static const char* const vocabulary[] = {"breathe",   "slowly", "let",  "the",  "spine",
                                             "lengthen",  "soften", "hips", "rest", "détente",
                                             "shoulders", "down",   "and",  "away", "from"};
    std::string out;
    for (std::size_t i = seed; out.size() < length; ++i) {
        if (!out.empty())
            out += ' ';
        out += vocabulary[(i * 7) % std::size(vocabulary)];
    }
    out.resize(length);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
        out.pop_back(); // do not leave half a character at the cut
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0)
        out.pop_back();
    return out;
}

// A valid routine as large as the format allows a plausible one to be, just under 1 MiB:
// 200 steps with long instructions and many cues, some paced, some with two sides.
std::string large_routine()
{
    std::string out = R"({"$schema": "routine.schema.json", "format": 1, "id": "large",)"
                      R"( "title": "A very long routine", "cautions": ["Go gently."], "steps": [)";
    for (int i = 0; i < 200; ++i) {
        out += i > 0 ? ",\n" : "\n";
        out += R"({"pose": "Pose )" + std::to_string(i) + R"(", "instructions": ")" +
               words(1990, static_cast<std::size_t>(i)) + "\"";
        if (i % 10 == 5) {
            out += R"(, "pacing": {"cycle": 15, "cycles": 4, "beat": 1, "phases": [)"
                   R"({"name": "In", "share": 0.4}, {"name": "Out", "share": 0.6}]})";
        } else {
            out += R"(, "duration": 60)";
        }
        if (i % 20 == 0)
            out += R"(, "sides": ["left", "right"])";
        out += R"(, "cues": [)";
        for (int c = 0; c < 20; ++c) {
            out += (c > 0 ? ", " : "") + std::string(R"({"at": )") + std::to_string(c * 2.9) +
                   R"(, "text": ")" + words(120, static_cast<std::size_t>(i + c)) + "\"}";
        }
        out += "]}";
    }
    out += "\n]}\n";
    return out;
}

void parse_and_validate(benchmark::State& state, const std::string& bytes)
{
    const auto check = RoutineParser::parse(bytes, "bench.json");
    if (!check.ok()) {
        state.SkipWithError("the routine is not valid");
        return;
    }
    for (auto _ : state) {
        auto result = RoutineParser::parse(bytes, "bench.json");
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

void plain_nlohmann_parse(benchmark::State& state, const std::string& bytes)
{
    for (auto _ : state) {
        auto json = nlohmann::json::parse(bytes);
        benchmark::DoNotOptimize(json);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

std::vector<fs::path> bundled_routines()
{
    const char* override_dir = std::getenv("UNCLUTCH_BENCH_ROUTINES_DIR");
    const fs::path folder = override_dir ? fs::path(override_dir) : fs::path(UNCLUTCH_ROUTINES_DIR);
    std::vector<fs::path> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".json" && !name.ends_with(".schema.json"))
            found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    if (found.empty())
        std::fprintf(stderr, "bench_parse: no bundled routines in %s yet; skipping them\n",
                     folder.string().c_str());
    return found;
}

// benchmark_main owns main(): register while statics are built, as BENCHMARK() does.
const bool registered = [] {
    for (const fs::path& path : bundled_routines()) {
        auto bytes = std::make_shared<std::string>(read_file(path));
        const std::string name = path.filename().string();
        benchmark::RegisterBenchmark(
            ("ParseAndValidate/" + name).c_str(),
            [bytes](benchmark::State& s) { parse_and_validate(s, *bytes); });
        benchmark::RegisterBenchmark(
            ("NlohmannParse/" + name).c_str(),
            [bytes](benchmark::State& s) { plain_nlohmann_parse(s, *bytes); });
    }
    auto large = std::make_shared<std::string>(large_routine());
    const std::string name = "generated-" + std::to_string(large->size()) + "-bytes";
    benchmark::RegisterBenchmark(("ParseAndValidate/" + name).c_str(), [large](
                                                                           benchmark::State& s) {
        parse_and_validate(s, *large);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("NlohmannParse/" + name).c_str(), [large](benchmark::State& s) {
        plain_nlohmann_parse(s, *large);
    })->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace
