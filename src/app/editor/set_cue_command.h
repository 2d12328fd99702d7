#pragma once

#include <QCoreApplication>

#include "change_value.h"
#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// A new time or text for one cue.
class SetCueCommand : public ChangeValue<core::Cue> {
    Q_DECLARE_TR_FUNCTIONS(SetCueCommand)

public:
    enum class Field { At, Text };

    SetCueCommand(RoutineDocument* document, int step, int index, Field field,
                  const core::Cue& cue);

    int id() const override;

protected:
    core::Cue get() const override;
    void set(const core::Cue& cue) const override;
    bool continuedBy(const ChangeValue& next) const override;

private:
    int m_step;
    int m_index;
    Field m_field;
};

} // namespace unclutch::app
