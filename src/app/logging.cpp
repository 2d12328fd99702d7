#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>
#include <string_view>
#include <vector>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace unclutch::app {

namespace {

QtMessageHandler g_previousHandler = nullptr;
std::shared_ptr<spdlog::logger> g_previousLogger;

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

bool Logging::init(const QString& logDir, bool verbose, QString* error)
{
    std::vector<spdlog::sink_ptr> sinks;
    bool fileOpen = false;
    const QString path = logFilePath(logDir);
    if (!QDir().mkpath(logDir)) {
        if (error)
            *error = QCoreApplication::translate("Logging", "Cannot create the log folder %1")
                         .arg(QDir::toNativeSeparators(logDir));
    } else {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), maxFileBytes, maxFiles);
            file->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
            sinks.push_back(std::move(file));
            fileOpen = true;
        } catch (const spdlog::spdlog_ex& e) {
            if (error)
                *error = QCoreApplication::translate("Logging", "Cannot open the log file %1: %2")
                             .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(e.what()));
        }
    }
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
    return fileOpen;
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
