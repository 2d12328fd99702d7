#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "routine.h"

namespace unclutch::core {

// An image path of a routine that passed the path rules. The core does no I/O, so whoever
// reads the file from disk checks that it exists (check_images).
struct ImageReference {
    std::string path;    // as written, relative to the routine file's folder
    std::string pointer; // e.g. "/steps/0/image" or "/steps/2/easier/image"
    int line = 0;
    int column = 0;
};

// What the disk holds at a path, as whoever reads the disk found it (the core does no I/O).
// Only regular files are read: anything else at a routine's or a picture's path is an error
// at once, since opening a named pipe, say, waits for a writer that may never come.
enum class FileKind { regular, missing, folder, fifo, socket, device, other };

// "a named pipe (FIFO)", "a folder", …: how messages name a kind of file that is not regular.
std::string describe(FileKind kind);

struct ParseResult {
    std::optional<Routine> routine;      // set when there is no error (warnings allowed)
    std::vector<Diagnostic> diagnostics; // errors and warnings, in file order
    std::vector<ImageReference> images;  // in file order, also when there are errors

    bool ok() const { return routine.has_value(); }
};

// Bytes of a routine file → a Routine, or every problem found in it
// (shared/docs/routine-format.md, section 1). No I/O: the caller reads the file.
class RoutineParser {
public:
    static constexpr std::size_t max_file_bytes = 1024 * 1024;
    static constexpr int max_depth = 64;

    // `path` is used for the diagnostics' file field and, when the routine has no `id`,
    // its final component makes the default id.
    static ParseResult parse(std::string_view bytes, const std::string& path);

    // The diagnostic for a file of `size` bytes, over max_file_bytes: what parse() reports when
    // given more bytes than that, for a reader that knows the whole size without reading it all.
    static Diagnostic too_large(const std::string& path, std::uintmax_t size);

    // Adds a warning for every image of `result` whose `kind_of(image.path)` is missing, and an
    // error (the routine is then dropped) for every one that is there but not a regular file,
    // keeping the diagnostics in file order. `path` is the routine file, as given to parse().
    static void check_images(ParseResult& result, const std::string& path,
                             const std::function<FileKind(const std::string&)>& kind_of);
};

} // namespace unclutch::core
