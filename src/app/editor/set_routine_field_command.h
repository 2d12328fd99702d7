#pragma once

#include <QCoreApplication>
#include <QVariant>

#include "change_value.h"
#include "routine_document.h"

namespace unclutch::app {

// Title, description, author, the default transition or the cautions of the routine.
class SetRoutineFieldCommand : public ChangeValue<QVariant> {
    Q_DECLARE_TR_FUNCTIONS(SetRoutineFieldCommand)

public:
    SetRoutineFieldCommand(RoutineDocument* document, RoutineField field, const QVariant& value);

    int id() const override;

protected:
    QVariant get() const override;
    void set(const QVariant& value) const override;
    bool continuedBy(const ChangeValue& next) const override;

private:
    RoutineField m_field;
};

} // namespace unclutch::app
