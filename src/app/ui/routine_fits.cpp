#include "routine_fits.h"

#include <QSettings>

#include <chrono>

#include "core/timeline.h"

namespace unclutch::app {

namespace {

// Long enough to write a few choices made in a row at once, short enough not to lose one.
constexpr std::chrono::milliseconds kSaveDelay{500};

QString groupOf(const QString& id)
{
    return QStringLiteral("fit/") + id;
}

} // namespace

RoutineFits::RoutineFits(QObject* parent)
    : QObject(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, &RoutineFits::save);
}

RoutineFits::~RoutineFits()
{
    save();
}

core::FitChoices RoutineFits::remembered(const QString& id) const
{
    if (const auto found = m_remembered.constFind(id); found != m_remembered.cend())
        return *found;
    QSettings settings;
    settings.beginGroup(groupOf(id));
    core::FitChoices choices;
    bool ok = false;
    // Only a value in range is a choice: a hand-edited settings file may hold anything.
    if (const double minutes = settings.value(QStringLiteral("minutes")).toDouble(&ok);
        ok && core::FitLimits::minutes_in_range(minutes))
        choices.minutes = minutes;
    if (const double pace = settings.value(QStringLiteral("pace")).toDouble(&ok);
        ok && core::FitLimits::pace_in_range(pace))
        choices.pace = pace;
    choices.easier = settings.value(QStringLiteral("easier"), false).toBool();
    m_remembered.insert(id, choices);
    return choices;
}

core::FitChoices RoutineFits::choicesFor(const core::Routine& routine) const
{
    core::FitChoices choices = remembered(QString::fromStdString(routine.id));
    if (choices == core::FitChoices{})
        return choices;
    // Only a pace can make a routine refuse a fit (section 4): without it, any length fits.
    if (!core::fit(routine, choices).ok())
        choices.pace.reset();
    return choices;
}

void RoutineFits::setChoices(const core::Routine& routine, const core::FitChoices& choices)
{
    const QString id = QString::fromStdString(routine.id);
    if (remembered(id) == choices)
        return;
    m_remembered.insert(id, choices);
    m_unsaved.insert(id);
    m_saveTimer.start();
    emit changed(id);
}

void RoutineFits::save()
{
    m_saveTimer.stop();
    if (m_unsaved.isEmpty())
        return;
    QSettings settings;
    for (const QString& id : std::as_const(m_unsaved)) {
        const core::FitChoices& choices = m_remembered[id];
        settings.remove(groupOf(id));
        if (choices == core::FitChoices{})
            continue; // as written: nothing kept
        settings.beginGroup(groupOf(id));
        if (choices.minutes)
            settings.setValue(QStringLiteral("minutes"), *choices.minutes);
        if (choices.pace)
            settings.setValue(QStringLiteral("pace"), *choices.pace);
        if (choices.easier)
            settings.setValue(QStringLiteral("easier"), true);
        settings.endGroup();
    }
    m_unsaved.clear();
}

core::FittedRoutine RoutineFits::fitted(const core::Routine& routine) const
{
    // As choicesFor() decides, with one fit where the remembered choices fit (the usual case).
    core::FitChoices choices = remembered(QString::fromStdString(routine.id));
    core::FitResult result = core::fit(routine, choices);
    if (!result.ok()) {
        // Only a pace can make a routine refuse a fit (section 4): without it, any length fits.
        choices.pace.reset();
        result = core::fit(routine, choices);
    }
    if (!result.ok()) // with no choices every routine that passed the parser fits
        result = core::fit(routine, {});
    return std::move(*result.fitted);
}

std::int64_t RoutineFits::fittedLengthMs(const core::Routine& routine) const
{
    const core::FitChoices choices = remembered(QString::fromStdString(routine.id));
    if (choices.minutes || choices.pace)
        return core::total_ms(fitted(routine).routine);
    return core::total_ms(routine);
}

} // namespace unclutch::app
