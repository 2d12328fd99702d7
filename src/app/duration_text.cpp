#include "duration_text.h"

#include <QLocale>

#include <algorithm>

namespace unclutch::app {

QString clockText(std::int64_t seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString minutesSeconds(std::int64_t ms)
{
    return clockText((std::max<std::int64_t>(ms, 0) + 500) / 1000);
}

QString minutesSecondsTenths(std::int64_t ms)
{
    const std::int64_t tenths = (std::max<std::int64_t>(ms, 0) + 50) / 100;
    QString text = clockText(tenths / 10);
    if (tenths % 10 != 0)
        text += QLocale().decimalPoint() + QString::number(tenths % 10);
    return text;
}

} // namespace unclutch::app
