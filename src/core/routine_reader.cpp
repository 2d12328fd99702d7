#include "routine_reader.h"

#include <algorithm>
#include <array>

#include "default_id.h"
#include "time_text.h"
#include "utf8.h"

namespace unclutch::core {

namespace {

using Index = JsonDocument::Index;

constexpr std::array<std::string_view, 10> top_keys = {
    "$schema", "format",   "id",         "title",    "description",
    "author",  "cautions", "transition", "language", "steps"};

constexpr std::size_t max_id_length = 64;
constexpr std::size_t max_cautions = 10;
constexpr std::size_t max_steps = 200;
constexpr std::int64_t max_total_ms = 14'400'000;

constexpr SecondsRule transition_rule{0, false, 600'000,
                                      "must be a number of seconds from 0 to 600",
                                      "must be a number of seconds from 0 to 600"};

bool is_id(std::string_view id)
{
    // ^[a-z0-9]+(-[a-z0-9]+)*$
    if (id.empty() || id.front() == '-' || id.back() == '-')
        return false;
    char previous = 0;
    for (char c : id) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && (c != '-' || previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

bool is_lowercase_letters(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_language_tag(std::string_view tag)
{
    // ^[a-z]{2,3}(-[A-Z]{2})?$
    const std::size_t dash = tag.find('-');
    const std::string_view language = tag.substr(0, dash);
    if (language.size() < 2 || language.size() > 3 || !is_lowercase_letters(language))
        return false;
    if (dash == std::string_view::npos)
        return true;
    const std::string_view region = tag.substr(dash + 1);
    return region.size() == 2 &&
           std::all_of(region.begin(), region.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

RoutineReader::RoutineReader(const JsonDocument& document, DiagnosticList& diagnostics)
    : m_document(document)
    , m_diagnostics(diagnostics)
    , m_values(document, diagnostics)
{
}

void RoutineReader::read(std::string_view file_path, Routine& out, std::vector<ImageUse>& images)
{
    const PointerPath path;
    const Index root = m_document.root();
    if (m_document.kind(root) != JsonKind::Object) {
        if (m_document.kind(root) != JsonKind::Invalid)
            m_values.error(path, root,
                           "a routine file must hold one JSON object, got " +
                               m_values.describe(root));
        return;
    }
    std::array<Index, top_keys.size()> member{};
    m_values.members(root, path, top_keys, member, out.extras);
    const auto [schema, format, id, title, description, author, cautions, transition, language,
                steps] = member;
    const Index none = JsonDocument::none;

    if (schema != none &&
        m_values.expect(schema, JsonKind::String, path.key("$schema"), "must be a string"))
        out.schema = std::string(m_document.string(schema));

    if (format == none) {
        m_values.missing(path, root, "format");
    } else if (const auto value =
                   m_values.number(format, path.key("format"), "must be the whole number 1")) {
        if (!m_document.is_whole_number(format))
            m_values.error(path.key("format"), format,
                           "must be the whole number 1, got " + m_values.describe(format));
        else if (*value != 1)
            m_values.error(path.key("format"), format,
                           "must be 1, the only version of the format, got " +
                               m_values.describe(format));
    }

    read_id(id, root, file_path, out);

    if (title == none)
        m_values.missing(path, root, "title");
    else if (auto text = m_values.text(title, path.key("title"), {1, 120, true, false}))
        out.title = std::move(*text);
    if (description != none) {
        if (auto text = m_values.text(description, path.key("description"), {0, 2000, false, true}))
            out.description = std::move(*text);
    }
    if (author != none) {
        if (auto text = m_values.text(author, path.key("author"), {0, 120, false, true}))
            out.author = std::move(*text);
    }
    if (cautions != none)
        read_cautions(cautions, path.key("cautions"), out);

    bool transition_valid = true;
    if (transition != none) {
        const auto value = m_values.seconds(transition, path.key("transition"), transition_rule);
        transition_valid = value.has_value();
        out.transition = value.value_or(out.transition);
        out.transition_given = true;
    }

    if (language != none)
        read_language(language, path.key("language"), out);

    if (steps == none) {
        m_values.missing(path, root, "steps");
    } else {
        const PointerPath steps_path = path.key("steps");
        const auto timings = read_steps(steps, steps_path, out, images);
        check_total(steps, steps_path, timings, transition_valid, out);
    }
}

void RoutineReader::read_id(Index id, Index root, std::string_view file_path, Routine& out)
{
    const PointerPath top;
    const PointerPath path = top.key("id");
    if (id != JsonDocument::none) {
        if (!m_values.expect(id, JsonKind::String, path, "must be a string"))
            return;
        const std::string_view value = m_document.string(id);
        bool valid = true;
        if (!is_id(value)) {
            m_values.error(path, id,
                           "must be lowercase letters a-z and digits, in words joined by single "
                           "\"-\" (like \"slow-cat-cow\"), got " +
                               m_values.describe(id));
            valid = false;
        }
        if (const std::size_t length = Utf8::length(value); length > max_id_length) {
            m_values.error(path, id,
                           "must be at most 64 characters, got " + std::to_string(length));
            valid = false;
        }
        if (valid)
            out.id = std::string(value);
        return;
    }
    out.id = default_id(file_path);
    out.id_from_file_name = true;
    const std::size_t slash = file_path.find_last_of('/');
    const std::string name(slash == std::string_view::npos ? file_path
                                                           : file_path.substr(slash + 1));
    if (out.id.empty()) {
        m_diagnostics.error(path.str(), m_document.node(root).offset,
                            "the file name " + Utf8::quoted(name) +
                                " makes no id (it has no letter a-z or digit); give the "
                                "routine an explicit \"id\"");
    } else if (out.id.size() > max_id_length) {
        m_diagnostics.error(path.str(), m_document.node(root).offset,
                            "the id made from the file name is " + std::to_string(out.id.size()) +
                                " characters long, more than 64; give the routine an explicit "
                                "\"id\"");
    }
}

void RoutineReader::read_language(Index language, const PointerPath& path, Routine& out)
{
    if (!m_values.expect(language, JsonKind::String, path,
                         "must be a language tag like \"de\" or \"en-GB\""))
        return;
    const std::string_view tag = m_document.string(language);
    if (!is_language_tag(tag)) {
        m_values.error(path, language,
                       "must be a language tag of 2 or 3 lowercase letters a-z, optionally "
                       "followed by \"-\" and 2 capital letters A-Z (like \"de\" or \"en-GB\"), "
                       "got " +
                           m_values.describe(language));
        return;
    }
    out.language = std::string(tag);
}

void RoutineReader::read_cautions(Index cautions, const PointerPath& path, Routine& out)
{
    if (!m_values.expect(cautions, JsonKind::Array, path, "must be an array of strings"))
        return;
    if (const std::uint32_t count = m_document.size(cautions); count > max_cautions)
        m_values.error(path, cautions,
                       "must hold at most 10 cautions, got " + std::to_string(count));
    std::size_t i = 0;
    for (Index item = m_document.first_child(cautions); item != JsonDocument::none;
         item = m_document.next(item), ++i) {
        if (auto text = m_values.text(item, path.index(i), {1, 300, true, true}))
            out.cautions.push_back(std::move(*text));
    }
}

std::vector<StepTiming> RoutineReader::read_steps(Index steps, const PointerPath& path,
                                                  Routine& out, std::vector<ImageUse>& images)
{
    std::vector<StepTiming> timings;
    if (!m_values.expect(steps, JsonKind::Array, path, "must be an array of steps"))
        return timings;
    const std::uint32_t count = m_document.size(steps);
    if (count == 0)
        m_values.error(path, steps, "must hold 1 to 200 steps, got none");
    else if (count > max_steps)
        m_values.error(path, steps, "must hold at most 200 steps, got " + std::to_string(count));
    StepReader reader(m_values, images);
    // Steps past the limit are still checked, but not kept: the routine is invalid anyway, and
    // a hostile file could hold hundreds of thousands of them.
    out.steps.reserve(std::min<std::size_t>(count, max_steps));
    timings.reserve(count);
    std::size_t i = 0;
    for (Index item = m_document.first_child(steps); item != JsonDocument::none;
         item = m_document.next(item), ++i) {
        Step step;
        timings.push_back(reader.read(item, path.index(i), step));
        if (i < max_steps)
            out.steps.push_back(std::move(step));
    }
    return timings;
}

void RoutineReader::check_total(Index steps, const PointerPath& path,
                                const std::vector<StepTiming>& timings, bool transition_valid,
                                const Routine& routine)
{
    if (!transition_valid || timings.empty())
        return;
    const std::int64_t routine_transition = ms(routine.transition);
    std::int64_t total = 0;
    for (const StepTiming& timing : timings) {
        if (!timing.length_ms || !timing.instances || !timing.transition_valid)
            return;
        const std::int64_t transition = timing.transition_ms.value_or(routine_transition);
        total += static_cast<std::int64_t>(*timing.instances) * (transition + *timing.length_ms);
    }
    if (total > max_total_ms)
        m_values.error(path, steps,
                       "the routine lasts " + clock_text(total) + " (" + std::to_string(total) +
                           " ms, every transition and step); at most 4 hours is allowed");
}

} // namespace unclutch::core
