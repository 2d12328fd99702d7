#include "diagnostic_list.h"

#include <algorithm>
#include <cstring>
#include <tuple>

#include "utf8.h"

namespace unclutch::core {

DiagnosticList::DiagnosticList(std::string_view text)
    : m_text(text)
{
}

void DiagnosticList::error(std::string pointer, std::optional<std::uint32_t> offset,
                           std::string message)
{
    add(Severity::Error, std::move(pointer), offset, std::move(message), false);
}

void DiagnosticList::warning(std::string pointer, std::optional<std::uint32_t> offset,
                             std::string message)
{
    add(Severity::Warning, std::move(pointer), offset, std::move(message), false);
}

void DiagnosticList::syntax_error(std::uint32_t offset, std::string message)
{
    add(Severity::Error, {}, offset, std::move(message), true);
}

void DiagnosticList::add(Severity severity, std::string pointer,
                         std::optional<std::uint32_t> offset, std::string message, bool syntax)
{
    if (full()) {
        count_dropped(severity);
        return;
    }
    if (severity == Severity::Error)
        ++m_errors;
    Diagnostic d;
    d.severity = severity;
    // Pointers hold keys and messages quote values: text from the file, which must not reach a
    // terminal raw. Values are quoted escaped already; this also covers everything else.
    d.pointer = Utf8::escape_controls(pointer);
    d.message = Utf8::escape_controls(message);
    m_kept_bytes += d.pointer.size() + d.message.size();
    d.syntax = syntax;
    m_entries.push_back({std::move(d), offset});
}

void DiagnosticList::count_dropped(Severity severity)
{
    ++m_dropped;
    if (severity == Severity::Error) {
        ++m_errors;
        ++m_dropped_errors;
    }
}

void DiagnosticList::index_lines()
{
    if (!m_line_starts.empty())
        return;
    m_line_starts.push_back(0);
    const char* begin = m_text.data();
    const char* end = begin + m_text.size();
    for (const char* p = begin; p < end;) {
        const void* found = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!found)
            break;
        p = static_cast<const char*>(found) + 1;
        m_line_starts.push_back(static_cast<std::uint32_t>(p - begin));
    }
}

int DiagnosticList::line_of(std::uint32_t offset)
{
    index_lines();
    const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    return static_cast<int>(after - m_line_starts.begin());
}

std::pair<int, int> DiagnosticList::position_of(std::uint32_t offset)
{
    const int line = line_of(offset);
    const auto start = m_line_starts[static_cast<std::size_t>(line - 1)];
    return {line, static_cast<int>(offset - start) + 1};
}

std::vector<Diagnostic> DiagnosticList::finish(const std::string& file)
{
    // File order; problems without a position (the whole file) last; ties keep the order in
    // which they were found, which follows the contract's tables.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.offset.has_value() != b.offset.has_value())
            return a.offset.has_value();
        return a.offset.value_or(0) < b.offset.value_or(0);
    });
    std::vector<Diagnostic> out;
    out.reserve(m_entries.size() + 1);
    for (Entry& entry : m_entries) {
        Diagnostic d = std::move(entry.diagnostic);
        d.file = file;
        if (entry.offset)
            std::tie(d.line, d.column) = position_of(*entry.offset);
        out.push_back(std::move(d));
    }
    if (m_dropped > 0) {
        Diagnostic d;
        d.file = file;
        d.message = std::to_string(m_dropped) + " more problems not shown";
        d.severity = m_dropped_errors > 0 ? Severity::Error : Severity::Warning;
        out.push_back(std::move(d));
    }
    m_entries.clear();
    return out;
}

} // namespace unclutch::core
