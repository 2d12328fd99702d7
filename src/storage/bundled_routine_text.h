#pragma once

#include <string>

#include "core/routine.h"

namespace unclutch::storage {

// The bundled routines in the user's language. cmake/RoutineStrings.cmake hands every text of
// each bundled routine to lupdate in the context "routine:<id>"; translate() looks the texts up
// in the installed translators (app::TranslationLoader), so a text keeps the file's English
// when it has no translation, or has changed since it was translated. Only the words change:
// timing, ids and images stay as the file has them. Own routines are the user's words and never
// go through here; neither do the command-line modes, which install no translator.
class BundledRoutineText {
public:
    static std::string context(const std::string& routineId);
    static void translate(core::Routine& routine);
};

} // namespace unclutch::storage
