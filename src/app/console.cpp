#include "console.h"

#include <cstdio>

namespace unclutch::app {

namespace {

void printTo(std::FILE* stream, const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString& line)
{
    printTo(stdout, line);
}

void printErr(const QString& line)
{
    printTo(stderr, line);
}

} // namespace unclutch::app
