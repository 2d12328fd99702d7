#include "what_helps_text.h"

#include <QLocale>

#include <cmath>

namespace unclutch::app {

namespace {

const QString kNone = QStringLiteral("—");

} // namespace

QString WhatHelpsText::signedChange(double change, int decimals)
{
    const QLocale locale;
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(change * scale) / scale;
    const QString magnitude = locale.toString(std::abs(rounded), 'f', decimals);
    if (rounded < 0)
        return QStringLiteral("\u2212") + magnitude; // the minus sign, wider than a hyphen
    if (rounded > 0)
        return locale.positiveSign() + magnitude;
    return magnitude;
}

QString WhatHelpsText::rated(const storage::RoutineEffect& effect)
{
    //: Sessions rated before and after, of all sessions of a routine: "5 of 6".
    return tr("%1 of %2")
        .arg(QLocale().toString(effect.rated), QLocale().toString(effect.sessions));
}

QString WhatHelpsText::meanChange(const storage::RoutineEffect& effect)
{
    return effect.meanChange ? signedChange(*effect.meanChange, 1) : kNone;
}

QString WhatHelpsText::standardDeviation(const storage::RoutineEffect& effect)
{
    return effect.standardDeviation ? QLocale().toString(*effect.standardDeviation, 'f', 1) : kNone;
}

QString WhatHelpsText::range(const storage::RoutineEffect& effect)
{
    if (!effect.smallestChange || !effect.largestChange)
        return kNone;
    const QString smallest = signedChange(*effect.smallestChange, 0);
    if (*effect.smallestChange == *effect.largestChange)
        return smallest;
    //: The smallest and largest change in pain: "−4 to +1".
    return tr("%1 to %2").arg(smallest, signedChange(*effect.largestChange, 0));
}

QString WhatHelpsText::minutes(const storage::RoutineEffect& effect)
{
    return QLocale().toString((effect.activeMs + 30000) / 60000);
}

QString WhatHelpsText::caution(const storage::RoutineEffect& effect)
{
    if (effect.enoughToSay())
        return {};
    if (effect.rated == 0)
        return tr("No session rated both before and after yet: nothing to say.");
    return tr("Only %n session(s) rated before and after: too few to say anything yet, as one "
              "good or bad day can swing these figures. Wait for at least %1.",
              nullptr, effect.rated)
        .arg(storage::HistoryStatistics::kWhatHelpsMinimumRated);
}

} // namespace unclutch::app
