#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/routine.h"
#include "routine_document.h"

namespace unclutch::app {

// A new time or text for one cue.
class SetCueCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetCueCommand)

public:
    enum class Field { At, Text };

    SetCueCommand(RoutineDocument* document, int step, int index, Field field,
                  const core::Cue& cue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RoutineDocument* m_document;
    int m_step;
    int m_index;
    Field m_field;
    core::Cue m_old;
    core::Cue m_new;
};

} // namespace unclutch::app
