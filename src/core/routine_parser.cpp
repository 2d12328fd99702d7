#include "routine_parser.h"

#include <algorithm>
#include <tuple>

#include "diagnostic_list.h"
#include "json_document_builder.h"
#include "json_syntax_error.h"
#include "routine_reader.h"
#include "utf8.h"

namespace unclutch::core {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

} // namespace

std::string describe(FileKind kind)
{
    switch (kind) {
    case FileKind::regular:
        return "a regular file";
    case FileKind::missing:
        return "missing";
    case FileKind::folder:
        return "a folder";
    case FileKind::fifo:
        return "a named pipe (FIFO)";
    case FileKind::socket:
        return "a socket";
    case FileKind::device:
        return "a device";
    case FileKind::other:
        break;
    }
    return "something that cannot be read as a file";
}

ParseResult RoutineParser::parse(std::string_view bytes, const std::string& path)
{
    static_assert(max_depth == JsonDocumentBuilder::max_depth);
    ParseResult result;
    if (bytes.size() > max_file_bytes) {
        result.diagnostics.push_back(too_large(path, bytes.size()));
        return result;
    }
    std::string_view text = bytes;
    if (text.starts_with(byte_order_mark))
        text.remove_prefix(byte_order_mark.size());

    DiagnosticList diagnostics(text);
    std::vector<ImageUse> images;
    if (text.empty()) {
        diagnostics.syntax_error(0, "invalid JSON: the file is empty");
    } else if (text.front() == byte_order_mark.front()) {
        // nlohmann would skip a second byte-order mark, or stop at a broken one with its own
        // message; either way no JSON text starts with this byte.
        const auto error = JsonSyntaxError::describe(
            text, 1, text.substr(0, 1), "syntax error while parsing value - invalid literal");
        diagnostics.syntax_error(0, error.message);
    } else if (const auto document = JsonDocumentBuilder::build(text, diagnostics)) {
        Routine routine;
        RoutineReader(*document, diagnostics).read(path, routine, images);
        if (!diagnostics.has_errors())
            result.routine = std::move(routine);
    }

    result.images.reserve(images.size());
    for (ImageUse& use : images) {
        ImageReference image;
        image.path = std::move(use.path);
        image.pointer = std::move(use.pointer);
        std::tie(image.line, image.column) = diagnostics.position_of(use.offset);
        result.images.push_back(std::move(image));
    }
    result.diagnostics = diagnostics.finish(path);
    return result;
}

Diagnostic RoutineParser::too_large(const std::string& path, std::uintmax_t size)
{
    Diagnostic d;
    d.file = path;
    d.message = "the file is " + std::to_string(size) + " bytes, more than 1 MiB (1048576 bytes)";
    return d;
}

void RoutineParser::check_images(ParseResult& result, const std::string& path,
                                 const std::function<FileKind(const std::string&)>& kind_of)
{
    bool added = false;
    for (const ImageReference& image : result.images) {
        const FileKind kind = kind_of(image.path);
        if (kind == FileKind::regular)
            continue;
        Diagnostic d;
        d.file = path;
        d.pointer = image.pointer;
        d.line = image.line;
        d.column = image.column;
        if (kind == FileKind::missing) {
            d.severity = Severity::Warning;
            d.message =
                "image file not found: " + Utf8::quoted(image.path) + " (next to the routine file)";
        } else {
            d.message = "image is not a regular file: " + Utf8::quoted(image.path) + " is " +
                        describe(kind) + " (next to the routine file)";
            result.routine.reset();
        }
        result.diagnostics.push_back(std::move(d));
        added = true;
    }
    if (!added)
        return;
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if ((a.line > 0) != (b.line > 0))
                             return a.line > 0;
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
}

} // namespace unclutch::core
