#include "duration_text.h"

namespace unclutch::app {

QString clockText(std::int64_t seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString minutesSeconds(std::int64_t ms)
{
    return clockText((std::max<std::int64_t>(ms, 0) + 500) / 1000);
}

} // namespace unclutch::app
