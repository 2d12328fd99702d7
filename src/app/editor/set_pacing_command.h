#pragma once

#include <optional>

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// Any edit of a step's pacing: turning it on or off, cycle, cycles, beat, and adding, removing,
// renaming or re-sharing phases. The whole pacing is kept before and after, which is small.
class SetPacingCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetPacingCommand)

public:
    enum class Edit { Toggle, Cycle, Cycles, Beat, PhaseName, PhaseShare, AddPhase, RemovePhase };

    // `phase` is the row for the phase edits, else ignored.
    SetPacingCommand(RoutineDocument* document, int step, const std::optional<core::Pacing>& pacing,
                     Edit edit, int phase = -1);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool isTyping() const;

    RoutineDocument* m_document;
    int m_step;
    Edit m_edit;
    int m_phase;
    std::optional<core::Pacing> m_old;
    std::optional<core::Pacing> m_new;
};

} // namespace unclutch::app
