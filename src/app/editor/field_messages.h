#pragma once

#include <string_view>

#include <QList>
#include <QStringList>

#include "core/diagnostic.h"

class QLabel;

namespace unclutch::app {

// A validation message on its way to the field it concerns: `path` is what is left of its JSON
// pointer below the widget it was handed to (e.g. {"cues", "2", "at"} for the step editor).
struct FieldDiagnostic {
    QStringList path;
    core::Diagnostic diagnostic;
};

using FieldDiagnostics = QList<FieldDiagnostic>;

// The reference tokens of an RFC 6901 pointer ("/steps/0/a~1b" → {"steps", "0", "a/b"}).
QStringList pointerTokens(std::string_view pointer);

// The messages whose path starts with `head` (one or more tokens), with `head` removed.
FieldDiagnostics takeUnder(FieldDiagnostics& from, const QStringList& head);

// Shows the messages beside a field in the words --validate prints them ("error: …"), the
// whole --validate line as the tooltip, and hides the label when there are none.
void showMessages(QLabel* label, const FieldDiagnostics& messages);

} // namespace unclutch::app
