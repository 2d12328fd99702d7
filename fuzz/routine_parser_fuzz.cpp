// libFuzzer target: any bytes through RoutineParser::parse, checking the promises of its API
// beyond "does not crash" (sanitizers catch the rest).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string_view>

#include "core/diagnostic_list.h"
#include "core/fit.h"
#include "core/json_document_builder.h"
#include "core/routine_parser.h"
#include "core/routine_writer.h"
#include "core/timeline.h"
#include "core/utf8.h"

namespace {

using namespace unclutch::core;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Every value starts with the byte its kind says, every key with a quote: the positions that
// diagnostics carry are derived from the parser's reading, so they are checked on any input.
void require_positions(const JsonDocument& document, std::string_view text,
                       JsonDocument::Index index, bool member)
{
    const JsonNode& node = document.node(index);
    require(node.offset < text.size());
    const char first = text[node.offset];
    switch (node.kind) {
    case JsonKind::Object:
        require(first == '{');
        break;
    case JsonKind::Array:
        require(first == '[');
        break;
    case JsonKind::String:
        require(first == '"');
        break;
    case JsonKind::Number:
        require(first == '-' || (first >= '0' && first <= '9'));
        break;
    case JsonKind::Boolean:
        require(first == (node.boolean ? 't' : 'f'));
        break;
    case JsonKind::Null:
        require(first == 'n');
        break;
    case JsonKind::Invalid:
        break;
    }
    if (member)
        require(node.key_offset < text.size() && text[node.key_offset] == '"');
    for (auto child = document.first_child(index); child != JsonDocument::none;
         child = document.next(child))
        require_positions(document, text, child, node.kind == JsonKind::Object);
}

void check_document(std::string_view bytes)
{
    if (bytes.size() > RoutineParser::max_file_bytes)
        return;
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    if (bytes.empty() || bytes.front() == '\xEF')
        return;
    DiagnosticList diagnostics(bytes);
    if (const auto document = JsonDocumentBuilder::build(bytes, diagnostics))
        require_positions(*document, bytes, document->root(), false);
}

// No control character reaches a terminal: every message escapes them.
void require_no_raw_control(std::string_view text)
{
    require(Utf8::escape_controls(text) == text);
}

// Fitting any valid routine gives a routine the player can play, or an error value.
void check_fit(const Routine& routine, std::string_view bytes)
{
    // The choices come from the input itself, so that the fuzzer steers them too.
    const std::size_t hash = std::hash<std::string_view>{}(bytes);
    FitChoices choices;
    if ((hash & 1) != 0)
        choices.minutes = 1 + static_cast<double>((hash >> 2) % 239'001) / 1000.0;
    if ((hash & 2) != 0)
        choices.pace = 1 + static_cast<double>((hash >> 24) % 119'001) / 1000.0;
    const FitResult result = fit(routine, choices);
    require(result.ok() != result.error.has_value());
    if (!result.ok()) {
        require(!result.error->message().empty());
        return;
    }
    const FittedRoutine& fitted = *result.fitted;
    require(fitted.choices == choices);
    require(fitted.scale_percent >= 25 && fitted.scale_percent <= 400);
    require(choices.minutes || fitted.scale_percent == 100);
    require(fitted.routine.steps.size() == routine.steps.size());
    for (const Step& step : fitted.routine.steps) {
        const std::int64_t length = step_length_ms(step);
        require(length > 0 && length <= 3'600'000);
        for (const Cue& cue : step.cues)
            require(ms(cue.at) >= 0 && ms(cue.at) < length);
        if (choices.pace && step.pacing)
            require(ms(step.pacing->cycle) == ms(*choices.pace));
        if (step.pacing)
            require(step.pacing->cycles >= 1 && step.pacing->cycles <= 500);
    }
    const Timeline timeline(fitted.routine);
    require(timeline.total_ms() <= 14'400'000);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    check_document(bytes);
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
        require_no_raw_control(d.message);
        require_no_raw_control(d.pointer);
        require_no_raw_control(d.format());
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
    // Short texts hold no control character at all.
    require(Utf8::escape_controls(routine.title) == routine.title);
    for (const Step& step : routine.steps)
        require(Utf8::escape_controls(step.pose) == step.pose);
    // What the editor saves reads back as the same routine.
    const ParseResult again = RoutineParser::parse(RoutineWriter::write(routine), "fuzz.json");
    require(again.ok() && *again.routine == routine);
    check_fit(routine, bytes);
    return 0;
}
