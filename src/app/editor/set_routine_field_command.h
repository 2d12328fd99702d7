#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include "routine_document.h"

namespace unclutch::app {

// Title, description, author, the default transition or the cautions of the routine.
class SetRoutineFieldCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetRoutineFieldCommand)

public:
    SetRoutineFieldCommand(RoutineDocument* document, RoutineField field, const QVariant& value);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RoutineDocument* m_document;
    RoutineField m_field;
    QVariant m_old;
    QVariant m_new;
};

} // namespace unclutch::app
