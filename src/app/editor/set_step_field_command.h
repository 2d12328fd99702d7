#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include "routine_document.h"

namespace unclutch::app {

// Pose, instructions, image, duration or transition of one step.
class SetStepFieldCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetStepFieldCommand)

public:
    SetStepFieldCommand(RoutineDocument* document, int step, StepField field,
                        const QVariant& value);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RoutineDocument* m_document;
    int m_step;
    StepField m_field;
    QVariant m_old;
    QVariant m_new;
};

} // namespace unclutch::app
