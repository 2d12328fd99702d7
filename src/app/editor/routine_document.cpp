#include "routine_document.h"

#include <cassert>

#include <QDir>
#include <QFileInfo>

namespace unclutch::app {

namespace {

std::optional<double> toOptionalDouble(const QVariant& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

std::optional<std::string> toOptionalString(const QVariant& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toString().toStdString();
}

QVariant fromOptional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant fromOptional(const std::optional<std::string>& value)
{
    return value ? QVariant(QString::fromStdString(*value)) : QVariant();
}

} // namespace

RoutineDocument::RoutineDocument(QObject* parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &RoutineDocument::cleanChanged);
}

void RoutineDocument::load(const core::Routine& routine, const QString& path, bool readOnly)
{
    m_routine = routine;
    m_path = path;
    m_folder.clear();
    m_offerId = nullptr;
    m_readOnly = readOnly;
    // clear() also makes the stack clean, and says so if it was not.
    m_undoStack.clear();
    emit loaded();
    emit changed();
}

void RoutineDocument::loadNew(const core::Routine& routine, const QString& folder, IdOffer offerId)
{
    m_routine = routine;
    m_routine.id = offerId(QString::fromStdString(routine.title));
    m_path.clear();
    m_folder = folder;
    m_offerId = std::move(offerId);
    m_readOnly = false;
    m_undoStack.clear();
    emit loaded();
    emit changed();
}

QString RoutineDocument::folder() const
{
    return isNew() ? m_folder : QFileInfo(m_path).absolutePath();
}

QString RoutineDocument::pictureBase() const
{
    if (!isNew())
        return m_path;
    return QDir(m_folder).filePath(QString::fromStdString(m_routine.id) + QStringLiteral(".json"));
}

void RoutineDocument::markCreated(const QString& path, const std::string& id)
{
    m_path = path;
    m_folder.clear();
    m_offerId = nullptr;
    m_routine.id = id;
    m_undoStack.setClean();
    emit routineFieldChanged(RoutineField::Title);
}

const core::Step& RoutineDocument::step(int index) const
{
    assert(index >= 0 && index < stepCount());
    return m_routine.steps[static_cast<std::size_t>(index)];
}

core::Step& RoutineDocument::mutableStep(int index)
{
    assert(index >= 0 && index < stepCount());
    return m_routine.steps[static_cast<std::size_t>(index)];
}

void RoutineDocument::push(QUndoCommand* command)
{
    if (m_readOnly) {
        delete command;
        return;
    }
    m_undoStack.push(command);
}

void RoutineDocument::markSaved()
{
    m_undoStack.setClean();
}

void RoutineDocument::markDiverged()
{
    m_undoStack.resetClean();
}

QVariant RoutineDocument::routineField(RoutineField field) const
{
    switch (field) {
    case RoutineField::Title:
        return QString::fromStdString(m_routine.title);
    case RoutineField::Description:
        return QString::fromStdString(m_routine.description);
    case RoutineField::Author:
        return QString::fromStdString(m_routine.author);
    case RoutineField::Transition:
        return m_routine.transition_given ? QVariant(m_routine.transition) : QVariant();
    case RoutineField::Cautions: {
        QStringList cautions;
        for (const std::string& caution : m_routine.cautions)
            cautions << QString::fromStdString(caution);
        return cautions;
    }
    }
    return {};
}

void RoutineDocument::setRoutineField(RoutineField field, const QVariant& value)
{
    switch (field) {
    case RoutineField::Title:
        m_routine.title = value.toString().toStdString();
        // Until a new routine is saved, its id is the one its title offers; then it stays.
        if (isNew())
            m_routine.id = m_offerId(value.toString());
        break;
    case RoutineField::Description:
        m_routine.description = value.toString().toStdString();
        break;
    case RoutineField::Author:
        m_routine.author = value.toString().toStdString();
        break;
    case RoutineField::Transition:
        // Absent means the contract's default, which the model holds as the value.
        m_routine.transition_given = value.isValid();
        m_routine.transition = value.isValid() ? value.toDouble() : 5.0;
        break;
    case RoutineField::Cautions:
        m_routine.cautions.clear();
        for (const QString& caution : value.toStringList())
            m_routine.cautions.push_back(caution.toStdString());
        break;
    }
    emit routineFieldChanged(field);
    emit changed();
}

QVariant RoutineDocument::stepField(int index, StepField field) const
{
    const core::Step& s = step(index);
    switch (field) {
    case StepField::Pose:
        return QString::fromStdString(s.pose);
    case StepField::Instructions:
        return QString::fromStdString(s.instructions);
    case StepField::Image:
        return fromOptional(s.image);
    case StepField::Duration:
        return fromOptional(s.duration);
    case StepField::Transition:
        return fromOptional(s.transition);
    }
    return {};
}

void RoutineDocument::setStepField(int index, StepField field, const QVariant& value)
{
    core::Step& s = mutableStep(index);
    switch (field) {
    case StepField::Pose:
        s.pose = value.toString().toStdString();
        break;
    case StepField::Instructions:
        s.instructions = value.toString().toStdString();
        break;
    case StepField::Image:
        s.image = toOptionalString(value);
        break;
    case StepField::Duration:
        s.duration = toOptionalDouble(value);
        break;
    case StepField::Transition:
        s.transition = toOptionalDouble(value);
        break;
    }
    stepEdited(index);
}

void RoutineDocument::insertStep(int index, const core::Step& step)
{
    assert(index >= 0 && index <= stepCount());
    m_routine.steps.insert(m_routine.steps.begin() + index, step);
    emit stepInserted(index);
    emit changed();
}

core::Step RoutineDocument::takeStep(int index)
{
    core::Step taken = std::move(mutableStep(index));
    m_routine.steps.erase(m_routine.steps.begin() + index);
    emit stepRemoved(index);
    emit changed();
    return taken;
}

void RoutineDocument::moveStep(int from, int to)
{
    assert(from >= 0 && from < stepCount() && to >= 0 && to < stepCount());
    core::Step moving = std::move(mutableStep(from));
    m_routine.steps.erase(m_routine.steps.begin() + from);
    m_routine.steps.insert(m_routine.steps.begin() + to, std::move(moving));
    emit stepMoved(from, to);
    emit changed();
}

void RoutineDocument::insertCue(int step, int index, const core::Cue& cue)
{
    std::vector<core::Cue>& cues = mutableStep(step).cues;
    assert(index >= 0 && index <= static_cast<int>(cues.size()));
    cues.insert(cues.begin() + index, cue);
    stepEdited(step);
}

core::Cue RoutineDocument::takeCue(int step, int index)
{
    std::vector<core::Cue>& cues = mutableStep(step).cues;
    assert(index >= 0 && index < static_cast<int>(cues.size()));
    core::Cue taken = std::move(cues[static_cast<std::size_t>(index)]);
    cues.erase(cues.begin() + index);
    stepEdited(step);
    return taken;
}

void RoutineDocument::setCue(int step, int index, const core::Cue& cue)
{
    mutableStep(step).cues.at(static_cast<std::size_t>(index)) = cue;
    stepEdited(step);
}

void RoutineDocument::setPacing(int step, const std::optional<core::Pacing>& pacing)
{
    mutableStep(step).pacing = pacing;
    stepEdited(step);
}

void RoutineDocument::setSides(int step, const std::vector<core::Side>& sides)
{
    mutableStep(step).sides = sides;
    stepEdited(step);
}

void RoutineDocument::setEasier(int step, const std::optional<core::Variant>& easier)
{
    mutableStep(step).easier = easier;
    stepEdited(step);
}

void RoutineDocument::stepEdited(int step)
{
    emit stepChanged(step);
    emit changed();
}

} // namespace unclutch::app
