#pragma once

#include <QString>

#include <optional>

namespace unclutch::app {

// A session's pain ratings as the history table and the report both show them: "6 → 4", a dash
// for a rating not given ("6 → —"), and a lone dash when neither was.
QString painBeforeAfterText(std::optional<int> before, std::optional<int> after);

} // namespace unclutch::app
