#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include "core/fit.h"

namespace unclutch::app {

// The fit choices a person made for each routine (shared/docs/routine-format.md, section 4),
// remembered by routine id. Owns the settings "fit/<id>/minutes", "fit/<id>/pace" and
// "fit/<id>/easier"; a routine played as written has none.
//
// Read for every row of the library at its first paint: a routine with no choices costs one
// settings look-up and no fitting. A choice is written a moment after it is made (and at the
// latest when this is destroyed): writing the settings file takes longer than the library
// takes to show the choice, and the choice shows at once.
class RoutineFits : public QObject {
    Q_OBJECT

public:
    explicit RoutineFits(QObject* parent = nullptr);
    ~RoutineFits() override;

    // What was chosen for this routine, as far as it can take it: a pace remembered from before
    // the routine was edited so that it makes a step too long is not kept.
    core::FitChoices choicesFor(const core::Routine& routine) const;
    void setChoices(const core::Routine& routine, const core::FitChoices& choices);

    // The routine fitted to choicesFor(routine).
    core::FittedRoutine fitted(const core::Routine& routine) const;
    // Its length with the get-ready times, as the library shows it.
    std::int64_t fittedLengthMs(const core::Routine& routine) const;

signals:
    // The choices for the routine with this id changed.
    void changed(const QString& routineId);

private:
    // As remembered, before checking them against the routine.
    core::FitChoices remembered(const QString& id) const;
    // Writes the choices made since the last time.
    void save();

    mutable QHash<QString, core::FitChoices> m_remembered;
    QSet<QString> m_unsaved; // ids
    QTimer m_saveTimer;
};

} // namespace unclutch::app
