#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// Inserts a step: a new one, or a copy of an existing one (duplicate).
class AddStepCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddStepCommand)

public:
    enum class Kind { Add, Duplicate };

    AddStepCommand(RoutineDocument* document, int index, const core::Step& step,
                   Kind kind = Kind::Add);

    void undo() override;
    void redo() override;

private:
    RoutineDocument* m_document;
    int m_index;
    core::Step m_step;
};

} // namespace unclutch::app
