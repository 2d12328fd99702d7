#pragma once

#include <QString>

namespace unclutch::app {

// Writes whole lines to standard output or error as UTF-8, for the command-line modes.
void printOut(const QString& line);
void printErr(const QString& line);

} // namespace unclutch::app
