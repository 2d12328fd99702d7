#pragma once

#include <optional>

#include <QCoreApplication>

#include "change_value.h"
#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// Any edit of a step's pacing: turning it on or off, cycle, cycles, beat, and adding, removing,
// renaming or re-sharing phases. The whole pacing is kept, which is small.
class SetPacingCommand : public ChangeValue<std::optional<core::Pacing>> {
    Q_DECLARE_TR_FUNCTIONS(SetPacingCommand)

public:
    enum class Edit { Toggle, Cycle, Cycles, Beat, PhaseName, PhaseShare, AddPhase, RemovePhase };

    // `phase` is the row for the phase edits, else ignored.
    SetPacingCommand(RoutineDocument* document, int step, const std::optional<core::Pacing>& pacing,
                     Edit edit, int phase = -1);

    int id() const override;

protected:
    std::optional<core::Pacing> get() const override;
    void set(const std::optional<core::Pacing>& pacing) const override;
    bool continuedBy(const ChangeValue& next) const override;

private:
    bool isTyping() const;

    int m_step;
    Edit m_edit;
    int m_phase;
};

} // namespace unclutch::app
