#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace unclutch::app {

// A setter's common part for SoundPlayer and Voice, which own their settings: sets `member` to
// `value` and saves it under `key` when it differs. Returns whether it changed, so the caller
// emits its change signal only then.
template <typename T>
bool storeSetting(T& member, const T& value, const QString& key)
{
    if (member == value)
        return false;
    member = value;
    QSettings().setValue(key, QVariant::fromValue(value));
    return true;
}

} // namespace unclutch::app
