#include "json_document_builder.h"

#include <algorithm>
#include <bit>
#include <limits>

#include "json_syntax_error.h"
#include "key_index.h"
#include "pointer_path.h"
#include "publishing_iterator.h"

namespace unclutch::core {

namespace {

// Objects up to this many keys are searched for duplicates directly; larger ones get an index,
// so that a file of one huge object stays linear.
constexpr std::uint32_t linear_key_search = 8;

constexpr std::size_t max_shown_number = 40;

} // namespace

struct JsonDocumentBuilder::Frame {
    JsonDocument::Index node = JsonDocument::none;
    JsonDocument::Index last_child = JsonDocument::none;
    std::uint32_t index_in_parent = 0;
    bool in_extension = false; // inside the value of an "x-" key, at any depth
    std::unique_ptr<KeyIndex> keys;
};

JsonDocumentBuilder::JsonDocumentBuilder(std::string_view text, std::string_view input,
                                         const std::vector<NumberOverflow::Span>& overflows,
                                         DiagnosticList& diagnostics)
    : m_text(text)
    , m_input(input)
    , m_overflows(overflows)
    , m_diagnostics(diagnostics)
{
    m_document.m_text = text;
    // Decoded strings are never longer than the text that holds them.
    m_document.m_strings.reserve(text.size());
}

JsonDocumentBuilder::~JsonDocumentBuilder() = default;

std::optional<JsonDocument> JsonDocumentBuilder::build(std::string_view text,
                                                       DiagnosticList& diagnostics)
{
    std::vector<NumberOverflow::Span> overflows;
    std::string blanked;
    std::string_view input = text;
    for (;;) {
        DiagnosticList found(text);
        JsonDocumentBuilder builder(text, input, overflows, found);
        const bool parsed = builder.run();
        if (builder.m_overflow_seen && overflows.empty()) {
            overflows = NumberOverflow::find(text);
            if (!overflows.empty()) {
                // Same length, so every offset of the second reading is that of the file.
                blanked.assign(text);
                for (const auto& span : overflows) {
                    blanked[span.offset] = '0';
                    std::fill_n(blanked.begin() + span.offset + 1, span.size - 1, ' ');
                }
                input = blanked;
                continue;
            }
        }
        diagnostics = std::move(found);
        if (!parsed)
            return std::nullopt;
        return std::move(builder.m_document);
    }
}

bool JsonDocumentBuilder::run()
{
    const char* published = m_input.data();
    PublishingIterator begin(m_input.data(), &published);
    PublishingIterator end(m_input.data() + m_input.size(), &published);
    // The cursor is read through this pointer by callbacks while the parser advances it.
    m_published = &published;
    const bool ok = nlohmann::json::sax_parse(begin, end, this);
    if (!ok)
        return false;
    // nlohmann ends the text at a NUL byte; the contract has no such rule.
    const std::uint32_t read = consumed();
    if (read > 0 && m_input[read - 1] == '\0') {
        m_diagnostics.syntax_error(read - 1, "invalid JSON: expected the end of the file after "
                                             "the top-level value, got a NUL byte (U+0000)");
        return false;
    }
    return true;
}

std::uint32_t JsonDocumentBuilder::consumed() const
{
    return static_cast<std::uint32_t>(*m_published - m_input.data());
}

std::uint32_t JsonDocumentBuilder::next_token_start()
{
    // Between the end of the token a callback last saw and the start of this one there is only
    // white space and at most one ':' or ','. After a number the parser has read one byte too
    // many; that byte is white space, a separator or a closing bracket, whose position nobody
    // asks for, so the skip below still lands on the next value or key.
    std::uint32_t p = m_previous_end;
    while (p < m_input.size()) {
        const char c = m_input[p];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ':' && c != ',')
            break;
        ++p;
    }
    m_previous_end = consumed();
    return p;
}

JsonDocument::Index JsonDocumentBuilder::add(JsonNode node)
{
    const int depth = m_depth + 1;
    if (depth > max_depth + 1)
        return JsonDocument::none;
    if (depth == max_depth + 1) {
        // Its parent is kept: a placeholder stands for it, and what it holds is dropped.
        if (!m_depth_reported) {
            m_depth_reported = true;
            report_error(node.offset, "nested too deeply: this value is at depth " +
                                          std::to_string(depth) + "; at most " +
                                          std::to_string(max_depth) + " levels are allowed");
        }
        node.kind = JsonKind::Invalid;
    }
    auto& nodes = m_document.m_nodes;
    const auto index = static_cast<JsonDocument::Index>(nodes.size());
    if (!m_stack.empty()) {
        Frame& parent = m_stack.back();
        if (nodes[parent.node].kind == JsonKind::Object) {
            node.key_begin = m_key_begin;
            node.key_size = m_key_size;
            node.key_offset = m_key_offset;
            node.duplicate = m_key_duplicate;
        }
        if (parent.last_child == JsonDocument::none)
            nodes[parent.node].first = index;
        else
            nodes[parent.last_child].next = index;
        parent.last_child = index;
        ++nodes[parent.node].size;
    }
    nodes.push_back(node);
    return index;
}

bool JsonDocumentBuilder::null()
{
    JsonNode node;
    node.kind = JsonKind::Null;
    node.offset = next_token_start();
    add(node);
    return true;
}

bool JsonDocumentBuilder::boolean(bool value)
{
    JsonNode node;
    node.kind = JsonKind::Boolean;
    node.boolean = value;
    node.offset = next_token_start();
    add(node);
    return true;
}

bool JsonDocumentBuilder::number_integer(std::int64_t value)
{
    return add_number(JsonNumberKind::Integer, std::bit_cast<std::uint64_t>(value));
}

bool JsonDocumentBuilder::number_unsigned(std::uint64_t value)
{
    return add_number(JsonNumberKind::Unsigned, value);
}

bool JsonDocumentBuilder::number_float(double value, const std::string& /*text*/)
{
    return add_number(JsonNumberKind::Float, std::bit_cast<std::uint64_t>(value));
}

bool JsonDocumentBuilder::add_number(JsonNumberKind kind, std::uint64_t bits)
{
    JsonNode node;
    node.kind = JsonKind::Number;
    node.number_kind = kind;
    node.bits = bits;
    node.offset = next_token_start();
    while (m_next_overflow < m_overflows.size() &&
           m_overflows[m_next_overflow].offset < node.offset)
        ++m_next_overflow;
    const bool overflow =
        m_next_overflow < m_overflows.size() && m_overflows[m_next_overflow].offset == node.offset;
    if (overflow && m_depth < max_depth && next_value_in_extension()) {
        // The contract checks nothing inside x- values beyond JSON itself. The value is kept
        // as the infinity it stands for, which the writer writes back as ±1e999.
        const bool negative = m_text[m_overflows[m_next_overflow].offset] == '-';
        node.number_kind = JsonNumberKind::Float;
        node.bits =
            std::bit_cast<std::uint64_t>(negative ? -std::numeric_limits<double>::infinity()
                                                  : std::numeric_limits<double>::infinity());
    } else if (overflow && m_depth < max_depth) {
        const auto& span = m_overflows[m_next_overflow];
        const std::string_view written = m_text.substr(span.offset, span.size);
        report_error(node.offset, "number out of range (too large to be finite), got " +
                                      std::string(written.substr(0, max_shown_number)) +
                                      (written.size() > max_shown_number ? "…" : ""));
        node.kind = JsonKind::Invalid;
    }
    add(node);
    return true;
}

bool JsonDocumentBuilder::string(std::string& value)
{
    JsonNode node;
    node.kind = JsonKind::String;
    node.offset = next_token_start();
    node.first = static_cast<std::uint32_t>(m_document.m_strings.size());
    node.size = static_cast<std::uint32_t>(value.size());
    if (m_depth < max_depth)
        m_document.m_strings.append(value);
    add(node);
    return true;
}

bool JsonDocumentBuilder::binary(nlohmann::json::binary_t& /*value*/)
{
    return true; // JSON text has no binary values
}

bool JsonDocumentBuilder::start_object(std::size_t /*elements*/)
{
    return start_container(JsonKind::Object);
}

bool JsonDocumentBuilder::start_array(std::size_t /*elements*/)
{
    return start_container(JsonKind::Array);
}

bool JsonDocumentBuilder::start_container(JsonKind kind)
{
    JsonNode node;
    node.kind = kind;
    node.offset = next_token_start();
    const std::uint32_t index_in_parent =
        m_stack.empty() ? 0 : m_document.m_nodes[m_stack.back().node].size;
    const JsonDocument::Index index = add(node);
    ++m_depth;
    if (m_depth <= max_depth) {
        Frame frame;
        frame.node = index;
        frame.index_in_parent = index_in_parent;
        frame.in_extension = next_value_in_extension();
        m_stack.push_back(std::move(frame));
    }
    return true;
}

bool JsonDocumentBuilder::end_object()
{
    return end_container();
}

bool JsonDocumentBuilder::end_array()
{
    return end_container();
}

bool JsonDocumentBuilder::end_container()
{
    m_previous_end = consumed();
    if (m_depth <= max_depth)
        m_stack.pop_back();
    --m_depth;
    return true;
}

bool JsonDocumentBuilder::key(std::string& value)
{
    const std::uint32_t offset = next_token_start();
    if (m_depth > max_depth)
        return true;
    auto& store = m_document.m_strings;
    m_key_begin = static_cast<std::uint32_t>(store.size());
    m_key_size = static_cast<std::uint32_t>(value.size());
    m_key_offset = offset;
    store.append(value);
    Frame& frame = m_stack.back();
    const auto first = first_offset_of_key(frame, m_key_begin, m_key_size, offset);
    m_key_duplicate = first.has_value();
    if (m_key_duplicate) {
        report_error(offset, "duplicate key; it was first given on line " +
                                 std::to_string(m_diagnostics.line_of(*first)));
    }
    return true;
}

std::optional<std::uint32_t> JsonDocumentBuilder::first_offset_of_key(Frame& frame,
                                                                      std::uint32_t begin,
                                                                      std::uint32_t size,
                                                                      std::uint32_t offset)
{
    const auto& nodes = m_document.m_nodes;
    const JsonNode& object = nodes[frame.node];
    if (!frame.keys && object.size < linear_key_search) {
        const std::string_view wanted = std::string_view(m_document.m_strings).substr(begin, size);
        for (auto child = object.first; child != JsonDocument::none; child = nodes[child].next) {
            if (m_document.key(child) == wanted)
                return nodes[child].key_offset;
        }
        return std::nullopt;
    }
    if (!frame.keys) {
        frame.keys = std::make_unique<KeyIndex>(m_document.m_strings, object.size * 2);
        for (auto child = object.first; child != JsonDocument::none; child = nodes[child].next)
            frame.keys->add(nodes[child].key_begin, nodes[child].key_size, nodes[child].key_offset);
    }
    return frame.keys->add(begin, size, offset);
}

bool JsonDocumentBuilder::next_value_in_extension() const
{
    // Called while the next value's container is not yet (or no longer) on the stack: the
    // frame on top is its parent.
    if (m_stack.empty())
        return false;
    const Frame& parent = m_stack.back();
    if (parent.in_extension)
        return true;
    return m_document.m_nodes[parent.node].kind == JsonKind::Object &&
           std::string_view(m_document.m_strings).substr(m_key_begin, m_key_size).starts_with("x-");
}

void JsonDocumentBuilder::report_error(std::uint32_t offset, std::string message)
{
    // The pointer can be long (up to 64 keys of any length), so it is not built for a problem
    // that would only be counted.
    if (m_diagnostics.full())
        m_diagnostics.count_dropped(Severity::Error);
    else
        m_diagnostics.error(pointer_of_next_value(), offset, std::move(message));
}

std::string JsonDocumentBuilder::pointer_of_next_value() const
{
    std::string pointer;
    const auto& nodes = m_document.m_nodes;
    for (std::size_t i = 1; i < m_stack.size(); ++i) {
        if (nodes[m_stack[i - 1].node].kind == JsonKind::Object)
            PointerPath::append_token(pointer, m_document.key(m_stack[i].node));
        else
            pointer += '/' + std::to_string(m_stack[i].index_in_parent);
    }
    if (!m_stack.empty()) {
        if (nodes[m_stack.back().node].kind == JsonKind::Object)
            PointerPath::append_token(
                pointer, std::string_view(m_document.m_strings).substr(m_key_begin, m_key_size));
        else
            pointer += '/' + std::to_string(nodes[m_stack.back().node].size);
    }
    return pointer;
}

bool JsonDocumentBuilder::parse_error(std::size_t position, const std::string& last_token,
                                      const nlohmann::detail::exception& error)
{
    if (error.id == 406) {
        // Only when the scan that finds overflows disagrees with nlohmann's lexer: still an
        // error at the number, but without its pointer.
        m_overflow_seen = true;
        const auto end = static_cast<std::uint32_t>(std::min(position, m_input.size()));
        std::uint32_t start = end;
        while (start > 0 && m_input[start - 1] != ' ' && m_input[start - 1] != ':' &&
               m_input[start - 1] != ',' && m_input[start - 1] != '[' &&
               m_input[start - 1] != '\n' && m_input[start - 1] != '\t' &&
               m_input[start - 1] != '\r')
            --start;
        m_diagnostics.syntax_error(start, "number out of range (too large to be finite), got " +
                                              std::string(m_text.substr(start, end - start)));
        return false;
    }
    const JsonSyntaxError syntax =
        JsonSyntaxError::describe(m_input, position, last_token, error.what());
    m_diagnostics.syntax_error(syntax.offset, syntax.message);
    return false;
}

} // namespace unclutch::core
