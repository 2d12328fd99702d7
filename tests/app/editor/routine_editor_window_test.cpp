#include "editor_test_fixture.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

#include "app/editor/step_list_widget.h"
#include "app/editor/timeline_strip.h"
#include "core/routine_parser.h"

using namespace unclutch;
using namespace unclutch::app;
using namespace unclutch::app::testing;

namespace {

const core::Diagnostic* diagnosticAt(const RoutineEditorWindow& window, const std::string& pointer)
{
    for (const core::Diagnostic& d : window.diagnostics()) {
        if (d.pointer == pointer)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_F(EditorWindowTest, EditsAStepShowsTheValidationMessageBesideItAndSavesTheBytes)
{
    auto* duration = find<QAbstractSpinBox>("durationSpin");
    auto* durationMessage = find<QLabel>("durationMessage");
    QAction* save = action("actionSave");
    EXPECT_TRUE(m_window->isValid());
    EXPECT_TRUE(save->isEnabled());
    EXPECT_FALSE(m_window->isWindowModified());

    // An invalid value: the message --validate prints, beside the duration, and no saving.
    typeInto(duration, QStringLiteral("0"));
    const core::Diagnostic* problem = diagnosticAt(*m_window, "/steps/0/duration");
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->severity, core::Severity::Error);
    EXPECT_TRUE(durationMessage->isVisible());
    EXPECT_EQ(durationMessage->text(),
              QStringLiteral("error: ") + QString::fromStdString(problem->message));
    EXPECT_TRUE(durationMessage->toolTip().contains(QStringLiteral("/steps/0/duration")));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(m_window->isValid());
    EXPECT_TRUE(m_window->isWindowModified());

    // Fixed, with a new cue.
    typeInto(duration, QStringLiteral("45"));
    EXPECT_FALSE(durationMessage->isVisible());
    EXPECT_TRUE(save->isEnabled());
    QTest::mouseClick(find<QPushButton>("addCueButton"), Qt::LeftButton);
    auto* cueText = find<QLineEdit>("cueText_0");
    ASSERT_NE(cueText, nullptr);
    EXPECT_FALSE(save->isEnabled()) << "a cue without text is an error";
    EXPECT_TRUE(find<QLabel>("cuesMessage")->isVisible());
    typeInto(cueText, QStringLiteral("Let the back soften."));
    typeInto(find<QAbstractSpinBox>("cueAt_0"), QStringLiteral("15"));
    EXPECT_FALSE(find<QLabel>("cuesMessage")->isVisible());
    ASSERT_TRUE(save->isEnabled());

    save->trigger();
    EXPECT_TRUE(m_answers->errors.isEmpty()) << m_answers->errors.join(u'\n').toStdString();
    EXPECT_FALSE(m_window->isWindowModified());

    core::Routine expected = *core::RoutineParser::parse(ownRoutine, m_path.toStdString()).routine;
    expected.steps[0].duration = 45;
    expected.steps[0].cues = {{15, "Let the back soften.", {}}};
    EXPECT_EQ(readAll(m_path).toStdString(), core::RoutineWriter::write(expected));
    EXPECT_EQ(readAll(m_path + QStringLiteral(".bak")), QByteArray(ownRoutine));
    EXPECT_NE(readAll(m_path).indexOf("\"x-note\": \"kept\""), -1);
}

TEST_F(EditorWindowTest, UndoAndRedoRestoreTheExactBytes)
{
    const std::string original = editorBytes();
    typeInto(find<QLineEdit>("poseEdit"), QStringLiteral("Constructive rest"));
    typeInto(find<QAbstractSpinBox>("durationSpin"), QStringLiteral("90"));
    QTest::mouseClick(find<QPushButton>("addCueButton"), Qt::LeftButton);
    find<QAction>("actionDuplicateStep")->trigger();
    const std::string edited = editorBytes();
    ASSERT_NE(edited, original);

    QAction* undo = action("actionUndo");
    QAction* redo = action("actionRedo");
    int steps = 0;
    while (undo->isEnabled()) {
        undo->trigger();
        ++steps;
    }
    EXPECT_EQ(steps, 4) << "typing in one field is one undo step";
    EXPECT_EQ(editorBytes(), original);
    EXPECT_FALSE(m_window->isWindowModified());
    // The fields show the selected step as it is now, whichever it is.
    const int shown = find<StepListWidget>("stepList")->currentRow();
    EXPECT_EQ(find<QLineEdit>("poseEdit")->text().toStdString(),
              m_window->document()->step(shown).pose);
    find<StepListWidget>("stepList")->setCurrentRow(0);
    EXPECT_EQ(find<QLineEdit>("poseEdit")->text(), QStringLiteral("Rest"));
    while (redo->isEnabled())
        redo->trigger();
    EXPECT_EQ(editorBytes(), edited);
    EXPECT_TRUE(m_window->isWindowModified());
}

TEST_F(EditorWindowTest, CtrlZInATextFieldUndoesTheRoutine)
{
    auto* pose = find<QLineEdit>("poseEdit");
    typeInto(pose, QStringLiteral("Knees to chest"));
    ASSERT_EQ(m_window->document()->step(0).pose, "Knees to chest");
    QTest::keyClick(pose, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_window->document()->step(0).pose, "Rest");
    EXPECT_EQ(pose->text(), QStringLiteral("Rest"));
}

TEST_F(EditorWindowTest, TheTitleCarriesTheUnsavedMarker)
{
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("My hips[*]")));
    EXPECT_FALSE(m_window->isWindowModified());
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("My hips, slower"));
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("My hips, slower[*]")));
    action("actionUndo")->trigger();
    EXPECT_FALSE(m_window->isWindowModified());
}

TEST_F(EditorWindowTest, ClosingWithUnsavedChangesAsksSaveDiscardOrCancel)
{
    typeInto(find<QLineEdit>("authorEdit"), QStringLiteral("A teacher"));
    m_answers->close = EditorPrompts::CloseChoice::Cancel;
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(m_answers->closeAsked, 1);
    EXPECT_TRUE(m_window->isVisible());

    m_answers->close = EditorPrompts::CloseChoice::Save;
    EXPECT_TRUE(m_window->close());
    EXPECT_NE(readAll(m_path).indexOf("\"author\": \"A teacher\""), -1);
}

TEST_F(EditorWindowTest, DiscardingOnCloseLeavesTheFile)
{
    typeInto(find<QLineEdit>("authorEdit"), QStringLiteral("Someone"));
    m_answers->close = EditorPrompts::CloseChoice::Discard;
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(readAll(m_path), QByteArray(ownRoutine));
}

TEST_F(EditorWindowTest, OpeningAnotherRoutineAsksAboutUnsavedChangesFirst)
{
    typeInto(find<QLineEdit>("authorEdit"), QStringLiteral("Me"));
    const QString bundled = m_paths.bundledRoutinesDir() + QStringLiteral("/back-of-the-body.json");
    m_answers->close = EditorPrompts::CloseChoice::Cancel;
    EXPECT_FALSE(m_window->openFile(bundled).ok());
    EXPECT_EQ(m_answers->closeAsked, 1);
    EXPECT_EQ(m_window->document()->path(), m_path);
    EXPECT_EQ(m_window->document()->routine().author, "Me");

    m_answers->close = EditorPrompts::CloseChoice::Save;
    const storage::Status opened = m_window->openFile(bundled);
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_NE(readAll(m_path).indexOf("\"author\": \"Me\""), -1);
}

TEST_F(EditorWindowTest, MessagesWithoutAFieldOnScreenAreListedAtTheBottom)
{
    // A problem in a step that is not selected, and an unknown top-level key.
    writeAll(m_path, QByteArray(ownRoutine).replace("\"x-note\"", "\"colour\""));
    ASSERT_TRUE(m_window->openFile(m_path).ok());
    auto* list = find<QListWidget>("problemList");
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("warning: /colour: ")));
    EXPECT_TRUE(m_window->isValid()) << "warnings allow saving";

    find<StepListWidget>("stepList")->setCurrentRow(1);
    typeInto(find<QLineEdit>("poseEdit"), QString());
    find<StepListWidget>("stepList")->setCurrentRow(0);
    ASSERT_EQ(list->count(), 2);
    // In the order of the file as it would be saved: steps first, extras last.
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("error: /steps/1/pose: ")))
        << list->item(0)->text().toStdString();
    // Going there puts the message beside the field.
    emit list->itemActivated(list->item(0));
    EXPECT_EQ(find<StepListWidget>("stepList")->currentRow(), 1);
    EXPECT_TRUE(find<QLabel>("poseMessage")->isVisible());
    EXPECT_EQ(list->count(), 1);
}

TEST_F(EditorWindowTest, StepsReorderWithTheKeyboardAndByDragAndDrop)
{
    auto* list = find<StepListWidget>("stepList");
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(m_window->document()->step(1).pose, "Rest");
    EXPECT_EQ(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(m_window->document()->step(0).pose, "Rest");

    // Drop "Rest" below "Pigeon". (Qt delivers drops only during a real drag, so the test
    // starts where the list's dropEvent() hands over.)
    list->setCurrentRow(0);
    const QRect last = list->visualItemRect(list->item(1));
    const QPoint below(last.center().x(), last.bottom() - 1);
    EXPECT_EQ(list->dropRow(0, below), 1);
    EXPECT_EQ(list->dropRow(0, last.topLeft() + QPoint(2, 1)), 0) << "upper half: before it";
    list->requestMoveTo(below);
    EXPECT_TRUE(waitUntil([&] { return m_window->document()->step(1).pose == "Rest"; }));
    EXPECT_EQ(list->count(), 2);
    EXPECT_EQ(list->currentRow(), 1);
    action("actionUndo")->trigger();
    EXPECT_EQ(m_window->document()->step(0).pose, "Rest");
}

TEST_F(EditorWindowTest, TheTimelinePreviewFollowsTheEdits)
{
    auto* strip = find<TimelineStrip>("timelineStrip");
    auto* total = find<QLabel>("totalLabel");
    // 5 + 30, then 2 × (5 + 60).
    EXPECT_EQ(strip->totalMs(), 165000);
    EXPECT_TRUE(total->text().contains(QStringLiteral("2:45"))) << total->text().toStdString();
    ASSERT_EQ(strip->segments().size(), 6u);
    // From core::Timeline: Pigeon's left side is the fourth block, with its one cue.
    const TimelineStrip::Segment& pigeonLeft = strip->segments()[3];
    EXPECT_EQ(pigeonLeft.side, core::Side::Left);
    EXPECT_EQ(pigeonLeft.startMs, 40000);
    EXPECT_EQ(pigeonLeft.cues, 1);
    typeInto(find<QAbstractSpinBox>("durationSpin"), QStringLiteral("90"));
    EXPECT_EQ(strip->totalMs(), 225000);
    EXPECT_EQ(strip->totalMs(), core::total_ms(m_window->document()->routine()));
    EXPECT_TRUE(total->text().contains(QStringLiteral("3:45")));

    // An invalid routine is laid out from lengths alone: 100000 cycles would be millions of
    // events.
    find<QGroupBox>("pacingGroup")->setChecked(true);
    typeInto(find<QAbstractSpinBox>("cyclesSpin"), QStringLiteral("100000"));
    EXPECT_FALSE(m_window->isValid());
    EXPECT_TRUE(find<QLabel>("cyclesMessage")->isVisible());
    EXPECT_EQ(strip->totalMs(), core::total_ms(m_window->document()->routine()));
    EXPECT_EQ(strip->segments()[1].cues, -1);
}

TEST_F(EditorWindowTest, PhaseSharesAreEditedAsPercentagesThatMustAddUpTo100)
{
    auto* pacing = find<QGroupBox>("pacingGroup");
    pacing->setChecked(true);
    const core::Step& step = m_window->document()->step(0);
    ASSERT_TRUE(step.pacing.has_value());
    EXPECT_FALSE(step.duration.has_value()) << "pacing sets the length";
    EXPECT_EQ(core::step_length_ms(step), 30000) << "the default pacing keeps the length";
    EXPECT_TRUE(m_window->isValid());

    typeInto(find<QAbstractSpinBox>("phaseShare_0"), QStringLiteral("60"));
    EXPECT_FALSE(m_window->isValid());
    EXPECT_TRUE(find<QLabel>("phasesMessage")->isVisible());
    EXPECT_FALSE(action("actionSave")->isEnabled());
    typeInto(find<QAbstractSpinBox>("phaseShare_1"), QStringLiteral("40"));
    EXPECT_TRUE(m_window->isValid());
    EXPECT_FALSE(find<QLabel>("phasesMessage")->isVisible());
    EXPECT_DOUBLE_EQ(m_window->document()->step(0).pacing->phases[0].share, 0.6);

    // Turning pacing on was one undo step, duration included.
    action("actionUndo")->trigger();
    action("actionUndo")->trigger();
    action("actionUndo")->trigger();
    EXPECT_FALSE(m_window->document()->step(0).pacing.has_value());
    EXPECT_EQ(m_window->document()->step(0).duration, 30.0);
}

TEST_F(EditorWindowTest, SidesAndOwnGetReadyTime)
{
    auto* sides = find<QComboBox>("sidesCombo");
    sides->setCurrentIndex(2);
    emit sides->activated(2);
    EXPECT_EQ(m_window->document()->step(0).sides,
              (std::vector<core::Side>{core::Side::Right, core::Side::Left}));
    find<QCheckBox>("transitionOwnCheck")->setChecked(true);
    typeInto(find<QAbstractSpinBox>("transitionSpin"), QStringLiteral("12"));
    EXPECT_EQ(m_window->document()->step(0).transition, 12.0);
    find<QCheckBox>("transitionOwnCheck")->setChecked(false);
    EXPECT_FALSE(m_window->document()->step(0).transition.has_value());
}

TEST_F(EditorWindowTest, APickedPictureIsCopiedBesideTheRoutine)
{
    QTemporaryDir elsewhere;
    m_answers->image = elsewhere.filePath(QStringLiteral("rest.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::green);
    ASSERT_TRUE(image.save(m_answers->image));
    QTest::mouseClick(find<QWidget>("imageChoose"), Qt::LeftButton);
    EXPECT_EQ(m_window->document()->step(0).image, "images/rest.png");
    EXPECT_TRUE(QFile::exists(m_paths.userRoutinesDir() + QStringLiteral("/images/rest.png")));
    EXPECT_EQ(find<QLineEdit>("imagePath")->text(), QStringLiteral("images/rest.png"));
    EXPECT_FALSE(find<QLabel>("imageMessage")->isVisible());

    // A path typed by hand to a missing picture gets --validate's warning.
    typeInto(find<QLineEdit>("imagePath"), QStringLiteral("images/none.png"));
    EXPECT_TRUE(find<QLabel>("imageMessage")->isVisible());
    EXPECT_TRUE(find<QLabel>("imageMessage")->text().startsWith(QStringLiteral("warning: ")));
    EXPECT_TRUE(m_window->isValid());
}

TEST_F(EditorWindowTest, TryItHandsOverTheRoutineAsEditedAndTheSelectedStep)
{
    QSignalSpy tried(m_window.get(), &RoutineEditorWindow::tryRoutine);
    find<StepListWidget>("stepList")->setCurrentRow(1);
    typeInto(find<QLineEdit>("poseEdit"), QStringLiteral("Half pigeon"));
    action("actionTryIt")->trigger();
    ASSERT_EQ(tried.count(), 1);
    const auto routine = tried[0][0].value<core::Routine>();
    EXPECT_EQ(routine.steps[1].pose, "Half pigeon");
    EXPECT_EQ(tried[0][1].toString(), m_path);
    EXPECT_EQ(tried[0][2].toInt(), 1);
}

// Shortened below its last cue, a step still gets its new cue inside it: halfway into the step.
TEST_F(EditorWindowTest, ACueAddedToAShortenedStepLandsInsideIt)
{
    find<StepListWidget>("stepList")->setCurrentRow(1);
    typeInto(find<QAbstractSpinBox>("durationSpin"), QStringLiteral("16"));
    QTest::mouseClick(find<QPushButton>("addCueButton"), Qt::LeftButton);
    const std::vector<core::Cue>& cues = m_window->document()->routine().steps[1].cues;
    ASSERT_EQ(cues.size(), 2u);
    EXPECT_EQ(cues[1].at, 8.0);
    EXPECT_EQ(QApplication::focusWidget(), find<QWidget>("cueText_1"));
}
