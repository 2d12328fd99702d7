// libFuzzer target: any bytes through RoutineParser::parse, checking the promises of its API
// beyond "does not crash" (sanitizers catch the rest).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/diagnostic_list.h"
#include "core/json_document_builder.h"
#include "core/routine_parser.h"

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
