#include "duration_text.h"

namespace unclutch::app {

QString minutesSeconds(std::int64_t ms)
{
    const std::int64_t seconds = (std::max<std::int64_t>(ms, 0) + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace unclutch::app
