#pragma once

#include <QCoreApplication>
#include <QVariant>

#include "change_value.h"
#include "routine_document.h"

namespace unclutch::app {

// Pose, instructions, image, duration or transition of one step.
class SetStepFieldCommand : public ChangeValue<QVariant> {
    Q_DECLARE_TR_FUNCTIONS(SetStepFieldCommand)

public:
    SetStepFieldCommand(RoutineDocument* document, int step, StepField field,
                        const QVariant& value);

    int id() const override;

protected:
    QVariant get() const override;
    void set(const QVariant& value) const override;
    bool continuedBy(const ChangeValue& next) const override;

private:
    int m_step;
    StepField m_field;
};

} // namespace unclutch::app
