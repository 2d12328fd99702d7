#include "console.h"

#include <algorithm>
#include <cstdio>

#include "core/utf8.h"

namespace unclutch::app {

namespace {

void printTo(std::FILE* stream, const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QString quotedForMessage(const QString& text)
{
    return QString::fromStdString(core::Utf8::quoted(text.toStdString()));
}

QString escapedControls(const QString& text)
{
    const auto isControl = [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
    };
    if (std::none_of(text.begin(), text.end(), isControl))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c))
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

void printOut(const QString& line)
{
    printTo(stdout, line);
}

void printErr(const QString& line)
{
    printTo(stderr, escapedControls(line));
}

void printQtMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    printErr(message);
}

} // namespace unclutch::app
