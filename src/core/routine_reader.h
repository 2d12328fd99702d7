#pragma once

#include <string_view>
#include <vector>

#include "diagnostic_list.h"
#include "json_document.h"
#include "routine.h"
#include "step_reader.h"

namespace unclutch::core {

// Checks a JsonDocument against section 1 of the routine format and fills a Routine; every
// problem goes to the DiagnosticList. The Routine is only meaningful when there is no error.
class RoutineReader {
public:
    RoutineReader(const JsonDocument& document, DiagnosticList& diagnostics);

    // `file_path` gives the default id when the routine has none.
    void read(std::string_view file_path, Routine& out, std::vector<ImageUse>& images);

private:
    void read_id(JsonDocument::Index id, JsonDocument::Index root, std::string_view file_path,
                 Routine& out);
    void read_language(JsonDocument::Index language, const PointerPath& path, Routine& out);
    void read_cautions(JsonDocument::Index cautions, const PointerPath& path, Routine& out);
    std::vector<StepTiming> read_steps(JsonDocument::Index steps, const PointerPath& path,
                                       Routine& out, std::vector<ImageUse>& images);
    void check_total(JsonDocument::Index steps, const PointerPath& path,
                     const std::vector<StepTiming>& timings, bool transition_valid,
                     const Routine& routine);

    const JsonDocument& m_document;
    DiagnosticList& m_diagnostics;
    ValueReader m_values;
};

} // namespace unclutch::core
