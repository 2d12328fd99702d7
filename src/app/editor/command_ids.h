#pragma once

namespace unclutch::app {

// QUndoCommand::id() values of the commands that merge successive edits of one field (typing),
// so that one undo takes back a whole word or number rather than a single keystroke.
enum CommandId {
    SetRoutineFieldId = 1,
    SetStepFieldId,
    SetCueId,
    SetPacingId,
    SetEasierId,
};

} // namespace unclutch::app
