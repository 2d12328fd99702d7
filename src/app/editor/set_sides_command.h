#pragma once

#include <vector>

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// None, left and right, right and left, left only or right only.
class SetSidesCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetSidesCommand)

public:
    SetSidesCommand(RoutineDocument* document, int step, const std::vector<core::Side>& sides);

    void undo() override;
    void redo() override;

private:
    RoutineDocument* m_document;
    int m_step;
    std::vector<core::Side> m_old;
    std::vector<core::Side> m_new;
};

} // namespace unclutch::app
