#pragma once

#include <optional>

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// Adds, removes or edits a step's easier variant.
class SetEasierCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetEasierCommand)

public:
    enum class Edit { Toggle, Pose, Instructions, Image };

    SetEasierCommand(RoutineDocument* document, int step,
                     const std::optional<core::Variant>& easier, Edit edit);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RoutineDocument* m_document;
    int m_step;
    Edit m_edit;
    std::optional<core::Variant> m_old;
    std::optional<core::Variant> m_new;
};

} // namespace unclutch::app
