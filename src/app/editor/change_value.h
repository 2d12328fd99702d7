#pragma once

#include <QUndoCommand>

#include <utility>

#include "routine_document.h"

namespace unclutch::app {

// The undo command of every edit that sets one value of the routine: a field, a cue, the
// pacing, the sides, the easier variant. It keeps a single value and swaps it with the
// document's on undo and redo, so the old value is read when the edit is done, not when the
// command is made. Successive edits of the same thing (typing) merge into one undo step, and
// typing back to where it started leaves nothing to undo. After Tiled's ChangeValue<T>.
//
// A subclass says what it changes (get, set) and, with an id() of its own, which later edit
// continues it.
template <typename Value>
class ChangeValue : public QUndoCommand {
public:
    void undo() override { swap(); }
    void redo() override { swap(); }

    bool mergeWith(const QUndoCommand* other) override
    {
        // QUndoStack only offers commands with this one's id(), so `other` is of this class.
        if (!continuedBy(*static_cast<const ChangeValue*>(other)))
            return false;
        // The document already holds the later value, and this command the first old one.
        setObsolete(get() == m_value);
        return true;
    }

protected:
    ChangeValue(RoutineDocument* document, const QString& text, Value value)
        : QUndoCommand(text)
        , m_document(document)
        , m_value(std::move(value))
    {
    }

    RoutineDocument* document() const { return m_document; }

    virtual Value get() const = 0;
    virtual void set(const Value& value) const = 0;
    // Whether `next`, pushed right after this command with the same id(), edits the same
    // thing, so that the two are one undo step. Only asked when id() is not -1.
    virtual bool continuedBy(const ChangeValue& next) const
    {
        Q_UNUSED(next);
        return false;
    }

private:
    void swap() { set(std::exchange(m_value, get())); }

    RoutineDocument* m_document;
    Value m_value;
};

} // namespace unclutch::app
