#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

class AddCueCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddCueCommand)

public:
    AddCueCommand(RoutineDocument* document, int step, int index, const core::Cue& cue);

    void undo() override;
    void redo() override;

private:
    RoutineDocument* m_document;
    int m_step;
    int m_index;
    core::Cue m_cue;
};

} // namespace unclutch::app
