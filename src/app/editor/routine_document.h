#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <QVariant>

#include "core/routine.h"

namespace unclutch::app {

// Fields of the routine that a SetRoutineFieldCommand changes. Values travel as QVariant:
// QString for text, double for seconds, QStringList for cautions, and an invalid QVariant for
// an optional key that is absent (the routine's transition when not given).
enum class RoutineField { Title, Description, Author, Transition, Cautions };

// Fields of a step that a SetStepFieldCommand changes (absent optional keys: invalid QVariant).
enum class StepField { Pose, Instructions, Image, Duration, Transition };

// The routine being edited: the model, where it lives, and its undo history. All changes go
// through undo commands, which call the setters below; the setters emit the signals views
// listen to. Clean (saved) is the undo stack's clean index.
class RoutineDocument : public QObject {
    Q_OBJECT

public:
    explicit RoutineDocument(QObject* parent = nullptr);

    // Gives a new routine the id its title offers (storage::RoutineFiles::offeredId).
    using IdOffer = std::function<std::string(const QString& title)>;

    // Replaces the whole routine, e.g. on opening or reloading from disk: the undo history
    // belongs to the previous content, so it is cleared, and the document is clean.
    void load(const core::Routine& routine, const QString& path, bool readOnly);
    // A new routine, which lives only here until its first save: no file yet, only the folder
    // it will be saved in (for its pictures), and an id that follows its title until then
    // (`offerId`, which must be set: a document is new while it has one). Clean, so closing it
    // unchanged leaves nothing behind.
    void loadNew(const core::Routine& routine, const QString& folder, IdOffer offerId);

    const core::Routine& routine() const { return m_routine; }
    const core::Step& step(int index) const;
    int stepCount() const { return static_cast<int>(m_routine.steps.size()); }
    QString path() const { return m_path; } // empty for a new routine
    bool isNew() const { return static_cast<bool>(m_offerId); }
    // Where the routine's file is, or will be when it is new.
    QString folder() const;
    // The file pictures are found beside: its own, or where a new one would be saved now.
    QString pictureBase() const;
    bool isReadOnly() const { return m_readOnly; }
    bool isClean() const { return m_undoStack.isClean(); }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Pushes `command` unless the document is read-only (then the command is deleted).
    void push(QUndoCommand* command);
    void markSaved();
    // A new routine's first save wrote it to `path` with `id`: from now on it is that file's.
    void markCreated(const QString& path, const std::string& id);
    // The file on disk no longer matches the clean state (changed or removed elsewhere and the
    // user kept the editor's version): nothing in the history is "saved" any more.
    void markDiverged();

    QVariant routineField(RoutineField field) const;
    QVariant stepField(int step, StepField field) const;

    // Setters for undo commands.
    void setRoutineField(RoutineField field, const QVariant& value);
    void setStepField(int step, StepField field, const QVariant& value);
    void insertStep(int index, const core::Step& step);
    core::Step takeStep(int index);
    void moveStep(int from, int to);
    void insertCue(int step, int index, const core::Cue& cue);
    core::Cue takeCue(int step, int index);
    void setCue(int step, int index, const core::Cue& cue);
    void setPacing(int step, const std::optional<core::Pacing>& pacing);
    void setSides(int step, const std::vector<core::Side>& sides);
    void setEasier(int step, const std::optional<core::Variant>& easier);

signals:
    // Any change of content; views that show derived state (validation, totals) refresh.
    void changed();
    void loaded();
    void routineFieldChanged(RoutineField field);
    void stepChanged(int step);
    void stepInserted(int step);
    void stepRemoved(int step);
    void stepMoved(int from, int to);
    void cleanChanged(bool clean);

private:
    core::Step& mutableStep(int index);
    void stepEdited(int step);

    core::Routine m_routine;
    QString m_path;
    QString m_folder; // of a new routine
    IdOffer m_offerId;
    bool m_readOnly = false;
    QUndoStack m_undoStack;
};

} // namespace unclutch::app
