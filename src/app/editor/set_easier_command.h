#pragma once

#include <optional>

#include <QCoreApplication>

#include "change_value.h"
#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// Adds, removes or edits a step's easier variant.
class SetEasierCommand : public ChangeValue<std::optional<core::Variant>> {
    Q_DECLARE_TR_FUNCTIONS(SetEasierCommand)

public:
    enum class Edit { Toggle, Pose, Instructions, Image };

    SetEasierCommand(RoutineDocument* document, int step,
                     const std::optional<core::Variant>& easier, Edit edit);

    int id() const override;

protected:
    std::optional<core::Variant> get() const override;
    void set(const std::optional<core::Variant>& easier) const override;
    bool continuedBy(const ChangeValue& next) const override;

private:
    int m_step;
    Edit m_edit;
};

} // namespace unclutch::app
