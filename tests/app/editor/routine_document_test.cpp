#include <gtest/gtest.h>

#include <functional>
#include <string>

#include <QSignalSpy>

#include "app/editor/add_cue_command.h"
#include "app/editor/add_step_command.h"
#include "app/editor/move_step_command.h"
#include "app/editor/remove_cue_command.h"
#include "app/editor/remove_step_command.h"
#include "app/editor/routine_document.h"
#include "app/editor/set_cue_command.h"
#include "app/editor/set_easier_command.h"
#include "app/editor/set_pacing_command.h"
#include "app/editor/set_routine_field_command.h"
#include "app/editor/set_sides_command.h"
#include "app/editor/set_step_field_command.h"
#include "core/routine_writer.h"

using namespace unclutch;
using namespace unclutch::app;

namespace {

core::Routine sample()
{
    core::Routine routine;
    routine.id = "sample";
    routine.title = "Sample";
    routine.extras = {{"x-top", 1}};
    core::Step rest;
    rest.pose = "Rest";
    rest.duration = 60;
    rest.cues = {{10, "Soften.", {{"x-cue", "kept"}}}, {30, "Breathe.", {}}};
    rest.extras = {{"x-step", nlohmann::ordered_json::parse(R"({"a": [1, 2.0]})")}};
    core::Step catCow;
    catCow.pose = "Cat-cow";
    catCow.pacing = core::Pacing{10, 6, 1, {{"Up", 0.5, {}}, {"Down", 0.5, {}}}, {}};
    core::Step pigeon;
    pigeon.pose = "Pigeon";
    pigeon.duration = 90;
    pigeon.sides = {core::Side::Left, core::Side::Right};
    pigeon.easier = core::Variant{"Pigeon, toes tucked", "", std::nullopt, {}};
    routine.steps = {rest, catCow, pigeon};
    return routine;
}

std::string bytes(const RoutineDocument& document)
{
    return core::RoutineWriter::write(document.routine());
}

class RoutineDocumentTest : public ::testing::Test {
protected:
    void SetUp() override { m_document.load(sample(), QStringLiteral("/tmp/sample.json"), false); }

    // Pushes the command; undo must give back the exact bytes from before and redo the ones
    // from after.
    void expectUndoRedoExact(QUndoCommand* command)
    {
        const std::string before = bytes(m_document);
        m_document.push(command);
        const std::string after = bytes(m_document);
        EXPECT_NE(before, after) << "the command changed nothing";
        EXPECT_FALSE(m_document.isClean());
        m_document.undoStack()->undo();
        EXPECT_EQ(bytes(m_document), before);
        EXPECT_EQ(m_document.routine(), sample());
        EXPECT_TRUE(m_document.isClean());
        m_document.undoStack()->redo();
        EXPECT_EQ(bytes(m_document), after);
        m_document.undoStack()->undo();
    }

    RoutineDocument m_document;
};

} // namespace

TEST_F(RoutineDocumentTest, EveryKindOfEditIsUndoneAndRedoneExactly)
{
    RoutineDocument* d = &m_document;
    expectUndoRedoExact(new SetRoutineFieldCommand(d, RoutineField::Title, QStringLiteral("New")));
    expectUndoRedoExact(new SetRoutineFieldCommand(d, RoutineField::Transition, 8.5));
    expectUndoRedoExact(new SetRoutineFieldCommand(d, RoutineField::Cautions,
                                                   QStringList{QStringLiteral("Careful.")}));
    expectUndoRedoExact(new SetStepFieldCommand(d, 0, StepField::Duration, 45.25));
    expectUndoRedoExact(
        new SetStepFieldCommand(d, 0, StepField::Image, QStringLiteral("images/rest.svg")));
    expectUndoRedoExact(new SetStepFieldCommand(d, 1, StepField::Transition, 0.0));
    expectUndoRedoExact(new AddStepCommand(d, 3, core::Step{}));
    expectUndoRedoExact(new AddStepCommand(d, 1, d->step(0), AddStepCommand::Kind::Duplicate));
    expectUndoRedoExact(new RemoveStepCommand(d, 0));
    expectUndoRedoExact(new MoveStepCommand(d, 0, 2));
    expectUndoRedoExact(new AddCueCommand(d, 0, 1, core::Cue{20, "Hips down.", {}}));
    expectUndoRedoExact(new RemoveCueCommand(d, 0, 0));
    expectUndoRedoExact(new SetCueCommand(d, 0, 0, SetCueCommand::Field::At,
                                          core::Cue{12, "Soften.", {{"x-cue", "kept"}}}));
    core::Pacing faster = *d->step(1).pacing;
    faster.phases[0].share = 0.25;
    faster.phases[1].share = 0.75;
    expectUndoRedoExact(new SetPacingCommand(d, 1, faster, SetPacingCommand::Edit::PhaseShare, 0));
    expectUndoRedoExact(new SetPacingCommand(d, 1, std::nullopt, SetPacingCommand::Edit::Toggle));
    expectUndoRedoExact(new SetSidesCommand(d, 2, {core::Side::Right}));
    expectUndoRedoExact(new SetEasierCommand(d, 2, std::nullopt, SetEasierCommand::Edit::Toggle));
}

TEST_F(RoutineDocumentTest, TypingInOneFieldIsOneUndoStep)
{
    for (const char* text : {"P", "Pi", "Pig", "Pige"})
        m_document.push(
            new SetStepFieldCommand(&m_document, 2, StepField::Pose, QString::fromUtf8(text)));
    EXPECT_EQ(m_document.undoStack()->count(), 1);
    EXPECT_EQ(m_document.step(2).pose, "Pige");
    m_document.push(new SetStepFieldCommand(&m_document, 2, StepField::Instructions,
                                            QStringLiteral("Slowly.")));
    EXPECT_EQ(m_document.undoStack()->count(), 2);
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.step(2).pose, "Pigeon");
}

TEST_F(RoutineDocumentTest, EditsMergeOnlyWithTheSameThing)
{
    RoutineDocument* d = &m_document;
    QUndoStack* stack = d->undoStack();
    const auto cue = [d](int index, const char* text) {
        core::Cue edited = d->step(0).cues.at(static_cast<std::size_t>(index));
        edited.text = text;
        return edited;
    };
    d->push(new SetCueCommand(d, 0, 0, SetCueCommand::Field::Text, cue(0, "S")));
    d->push(new SetCueCommand(d, 0, 0, SetCueCommand::Field::Text, cue(0, "Sl")));
    EXPECT_EQ(stack->count(), 1);
    d->push(new SetCueCommand(d, 0, 1, SetCueCommand::Field::Text, cue(1, "B")));
    EXPECT_EQ(stack->count(), 2) << "another cue is another step";

    core::Pacing pacing = *d->step(1).pacing;
    pacing.cycle = 12;
    d->push(new SetPacingCommand(d, 1, pacing, SetPacingCommand::Edit::Cycle));
    pacing.cycle = 15;
    d->push(new SetPacingCommand(d, 1, pacing, SetPacingCommand::Edit::Cycle));
    EXPECT_EQ(stack->count(), 3);
    d->push(new SetPacingCommand(d, 1, std::nullopt, SetPacingCommand::Edit::Toggle));
    d->push(new SetPacingCommand(d, 1, pacing, SetPacingCommand::Edit::Toggle));
    EXPECT_EQ(stack->count(), 5) << "turning pacing off and on are steps of their own";

    d->push(new SetSidesCommand(d, 2, {core::Side::Left}));
    d->push(new SetSidesCommand(d, 2, {core::Side::Right}));
    EXPECT_EQ(stack->count(), 7);

    core::Variant easier = *d->step(2).easier;
    easier.pose = "P";
    d->push(new SetEasierCommand(d, 2, easier, SetEasierCommand::Edit::Pose));
    easier.pose = "Pi";
    d->push(new SetEasierCommand(d, 2, easier, SetEasierCommand::Edit::Pose));
    EXPECT_EQ(stack->count(), 8);

    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(d->routine(), sample());
}

TEST_F(RoutineDocumentTest, TypingBackToTheStartLeavesNothingToUndo)
{
    m_document.push(new SetStepFieldCommand(&m_document, 0, StepField::Duration, 6.0));
    m_document.push(new SetStepFieldCommand(&m_document, 0, StepField::Duration, 60.0));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    EXPECT_TRUE(m_document.isClean());
}

TEST_F(RoutineDocumentTest, CleanFollowsTheUndoStacksCleanIndex)
{
    QSignalSpy cleanChanged(&m_document, &RoutineDocument::cleanChanged);
    m_document.push(
        new SetRoutineFieldCommand(&m_document, RoutineField::Author, QStringLiteral("Me")));
    EXPECT_FALSE(m_document.isClean());
    m_document.markSaved();
    EXPECT_TRUE(m_document.isClean());
    // Typing on in the same field after a save must not merge into the saved state.
    m_document.push(
        new SetRoutineFieldCommand(&m_document, RoutineField::Author, QStringLiteral("Me2")));
    EXPECT_FALSE(m_document.isClean());
    m_document.undoStack()->undo();
    EXPECT_TRUE(m_document.isClean());
    m_document.undoStack()->undo();
    EXPECT_FALSE(m_document.isClean());
    EXPECT_EQ(cleanChanged.count(), 5);
    m_document.markDiverged();
    m_document.undoStack()->redo();
    EXPECT_FALSE(m_document.isClean());
}

TEST_F(RoutineDocumentTest, AStepRemovedAndRestoredKeepsItsExtensions)
{
    m_document.push(new RemoveStepCommand(&m_document, 0));
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.step(0).extras, sample().steps[0].extras);
    EXPECT_EQ(m_document.step(0).cues[0].extras, sample().steps[0].cues[0].extras);
}

TEST_F(RoutineDocumentTest, AReadOnlyDocumentTakesNoEdits)
{
    m_document.load(sample(), QStringLiteral("/bundled/sample.json"), true);
    m_document.push(new RemoveStepCommand(&m_document, 0));
    EXPECT_EQ(m_document.routine(), sample());
    EXPECT_EQ(m_document.undoStack()->count(), 0);
}

TEST_F(RoutineDocumentTest, LoadingClearsTheHistory)
{
    m_document.push(new RemoveStepCommand(&m_document, 0));
    QSignalSpy loaded(&m_document, &RoutineDocument::loaded);
    m_document.load(sample(), m_document.path(), false);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_TRUE(m_document.isClean());
    EXPECT_FALSE(m_document.undoStack()->canUndo());
}

TEST_F(RoutineDocumentTest, MovesAreReportedForTheViews)
{
    QSignalSpy moved(&m_document, &RoutineDocument::stepMoved);
    m_document.push(new MoveStepCommand(&m_document, 2, 0));
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved[0][0].toInt(), 2);
    EXPECT_EQ(moved[0][1].toInt(), 0);
    EXPECT_EQ(m_document.step(0).pose, "Pigeon");
    m_document.undoStack()->undo();
    EXPECT_EQ(moved[1][0].toInt(), 0);
    EXPECT_EQ(moved[1][1].toInt(), 2);
}
