#pragma once

#include <QString>

#include <spdlog/fmt/fmt.h>

#include "app/console.h"
#include "storage/result.h"

// The rule for every log line, ours and Qt's: NO PERSONAL DATA. Never log session notes, pain
// ratings, what a person wrote into a routine, or the contents of any file; log ids, counts,
// durations, settings keys, error messages and paths of the app's own files. Logs are pasted
// into bug reports, and what a person feels is theirs.

namespace unclutch::app {

// Where Unclutch's diagnostics go: DATA_DIR/logs/unclutch.log, rotating at 1 MiB through three
// files, and with --verbose also to standard error in colour. qDebug, qInfo, qWarning and
// qCritical are forwarded to the same place, so Qt's warnings land in the file too.
class Logging {
public:
    static constexpr std::size_t maxFileBytes = 1024 * 1024;
    static constexpr std::size_t maxFiles = 3;

    // Makes this the default spdlog logger and installs the Qt message handler. When the log
    // file cannot be opened it fails with the reason, and only warnings and worse go on to
    // standard error; the app can run without a log file.
    static storage::Status init(const QString& logDir, bool verbose);

    // Flushes, and gives back Qt's message handler and spdlog's previous default logger.
    static void shutdown();

    static QString logFilePath(const QString& logDir);
};

} // namespace unclutch::app

// Lets QString be logged directly: spdlog::info("saved {}", path). Control characters are
// escaped (\u001b): a log line is one line, and with --verbose it reaches the terminal.
template <>
struct fmt::formatter<QString> : fmt::formatter<fmt::string_view> {
    template <typename FormatContext>
    auto format(const QString& text, FormatContext& context) const
    {
        const QByteArray utf8 = unclutch::app::escapedControls(text).toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), context);
    }
};
