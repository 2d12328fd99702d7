#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

class RemoveCueCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveCueCommand)

public:
    RemoveCueCommand(RoutineDocument* document, int step, int index);

    void undo() override;
    void redo() override;

private:
    RoutineDocument* m_document;
    int m_step;
    int m_index;
    core::Cue m_cue;
};

} // namespace unclutch::app
