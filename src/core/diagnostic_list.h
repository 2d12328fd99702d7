#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"

namespace unclutch::core {

// Collects the problems of one file with byte offsets, and turns them into Diagnostics in file
// order with line and column once the file has been read.
class DiagnosticList {
public:
    // Past this many, or this many bytes of pointers and messages, further problems are only
    // counted: a hostile 1 MiB file could otherwise make hundreds of thousands of messages,
    // each with a pointer made of long keys.
    static constexpr std::size_t max_kept = 1000;
    static constexpr std::size_t max_kept_bytes = 4 * 1024 * 1024;

    // `text` is the file after any byte-order mark; offsets are into it.
    explicit DiagnosticList(std::string_view text);

    void error(std::string pointer, std::optional<std::uint32_t> offset, std::string message);
    void warning(std::string pointer, std::optional<std::uint32_t> offset, std::string message);
    void syntax_error(std::uint32_t offset, std::string message);

    // Whether further problems are only counted; callers check it before building a costly
    // pointer, and then call count_dropped instead.
    bool full() const { return m_entries.size() >= max_kept || m_kept_bytes >= max_kept_bytes; }
    void count_dropped(Severity severity);

    bool has_errors() const { return m_errors > 0; }

    // The 1-based line of `offset`, for messages that point back at an earlier place.
    int line_of(std::uint32_t offset);
    // The 1-based line and column (in bytes) of `offset`.
    std::pair<int, int> position_of(std::uint32_t offset);

    std::vector<Diagnostic> finish(const std::string& file);

private:
    struct Entry {
        Diagnostic diagnostic;
        std::optional<std::uint32_t> offset;
    };

    void add(Severity severity, std::string pointer, std::optional<std::uint32_t> offset,
             std::string message, bool syntax);
    void index_lines();

    std::string_view m_text;
    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_line_starts; // built on first need
    std::size_t m_errors = 0;
    std::size_t m_kept_bytes = 0;
    std::size_t m_dropped = 0;
    std::size_t m_dropped_errors = 0;
};

} // namespace unclutch::core
