#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <string_view>
#include <vector>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unclutch::app {

namespace {

QtMessageHandler g_previousHandler = nullptr;
std::shared_ptr<spdlog::logger> g_previousLogger;

constexpr QFile::Permissions kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ExeOwner | QFile::ReadUser |
                                                QFile::WriteUser | QFile::ExeUser;

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The QString formatter escapes control characters: Qt's warnings may quote a file.
    const std::string_view category = context.category ? context.category : "default";
    if (category == "default")
        spdlog::log(levelOf(type), "{}", message);
    else
        spdlog::log(levelOf(type), "[{}] {}", category, message);
    // Qt aborts right after a fatal message returns; what led to it must be on disk by then.
    if (type == QtFatalMsg)
        spdlog::default_logger_raw()->flush();
}

} // namespace

storage::Status Logging::init(const QString& logDir, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString problem;
    const QString path = logFilePath(logDir);
    const bool folderMade =
        QFileInfo(logDir).isDir() ||
        (QDir().mkpath(QFileInfo(logDir).absolutePath()) && QDir().mkdir(logDir, kOwnerOnlyFolder));
    if (!folderMade) {
        problem = QCoreApplication::translate("Logging", "Cannot create the log folder %1")
                      .arg(QDir::toNativeSeparators(logDir));
    } else {
        try {
            // Each file the sink opens, the first and every one after a rotation, is the
            // owner's alone from the moment it exists (the log names the routines a person
            // plays); a file an older version left open to others is closed to them.
            spdlog::file_event_handlers privateFiles;
            privateFiles.before_open = [](const spdlog::filename_t& name) {
                const int fd =
                    ::open(name.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
                if (fd >= 0)
                    ::close(fd);
            };
            privateFiles.after_open = [](const spdlog::filename_t&, std::FILE* file) {
                ::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
            };
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), maxFileBytes, maxFiles, false, privateFiles);
            file->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
            sinks.push_back(std::move(file));
        } catch (const spdlog::spdlog_ex& e) {
            problem = QCoreApplication::translate("Logging", "Cannot open the log file %1: %2")
                          .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(e.what()));
        }
    }
    const bool fileOpen = problem.isEmpty();
    if (verbose || !fileOpen) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_pattern("%^[%l]%$ %v");
        // Without a file, problems still need somewhere to go; chatter does not.
        if (!verbose)
            console->set_level(spdlog::level::warn);
        sinks.push_back(std::move(console));
    }

    auto logger = std::make_shared<spdlog::logger>("unclutch", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    // Few lines, and the ones before a crash matter most: flush each, not every few seconds.
    logger->flush_on(spdlog::level::info);
    if (!g_previousLogger)
        g_previousLogger = spdlog::default_logger();
    spdlog::set_default_logger(std::move(logger));

    QtMessageHandler previous = qInstallMessageHandler(forwardQtMessage);
    if (previous != forwardQtMessage)
        g_previousHandler = previous;
    if (!fileOpen)
        return storage::Failure(problem);
    return {};
}

void Logging::shutdown()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    spdlog::default_logger_raw()->flush();
    if (g_previousLogger) {
        spdlog::set_default_logger(std::move(g_previousLogger));
        g_previousLogger.reset();
    }
}

QString Logging::logFilePath(const QString& logDir)
{
    return logDir + QStringLiteral("/unclutch.log");
}

} // namespace unclutch::app
