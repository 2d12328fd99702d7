#pragma once

#include <vector>

#include <QCoreApplication>

#include "change_value.h"
#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// None, left and right, right and left, left only or right only. A choice, not typing: each
// is an undo step of its own.
class SetSidesCommand : public ChangeValue<std::vector<core::Side>> {
    Q_DECLARE_TR_FUNCTIONS(SetSidesCommand)

public:
    SetSidesCommand(RoutineDocument* document, int step, const std::vector<core::Side>& sides);

protected:
    std::vector<core::Side> get() const override;
    void set(const std::vector<core::Side>& sides) const override;

private:
    int m_step;
};

} // namespace unclutch::app
