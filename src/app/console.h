#pragma once

#include <QString>
#include <QtGlobal>

namespace unclutch::app {

// `text` with every control character (U+0000–U+001F, U+007F–U+009F) written as `\u001b`, so
// that words from a file (a title, a file name) cannot drive a terminal: a shared routine must
// not be able to retitle it, move its cursor or hide a line.
QString escapedControls(const QString& text);

// `text` in double quotes for a message that may reach a terminal (core::Utf8::quoted): quotes
// and backslashes escaped, and control and invisible characters written as escapes.
QString quotedForMessage(const QString& text);

// Writes whole lines to standard output or error as UTF-8, for the command-line modes.
// printOut writes what it is given: the caller escapes what came from a file. printErr writes
// one line with every control character escaped, since what it reports often quotes a file.
void printOut(const QString& line);
void printErr(const QString& line);

// A Qt message handler that prints Qt's own warnings as printErr does: they may quote a file.
void printQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message);

} // namespace unclutch::app
