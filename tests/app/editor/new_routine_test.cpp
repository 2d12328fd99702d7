#include "editor_test_fixture.h"

#include <QDir>
#include <QSignalSpy>

#include "storage/routine_file_reader.h"

using namespace unclutch;
using namespace unclutch::app;
using namespace unclutch::app::testing;

namespace {

// A new routine in the editor, from the fixture's folder that holds only my-hips.json.
class NewRoutineTest : public EditorWindowTest {
protected:
    void SetUp() override
    {
        EditorWindowTest::SetUp();
        m_created =
            std::make_unique<QSignalSpy>(m_window.get(), &RoutineEditorWindow::routineCreated);
        ASSERT_TRUE(m_window->newRoutine());
    }

    QStringList ownFiles() const
    {
        return QDir(m_paths.userRoutinesDir()).entryList(QDir::Files, QDir::Name);
    }

    std::string id() const { return m_window->document()->routine().id; }

    std::unique_ptr<QSignalSpy> m_created;
};

} // namespace

TEST_F(NewRoutineTest, NothingReachesTheDiskBeforeTheFirstSave)
{
    EXPECT_TRUE(m_window->document()->isNew());
    EXPECT_TRUE(m_window->isValid());
    EXPECT_TRUE(action("actionSave")->isEnabled());
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_EQ(ownFiles(), QStringList{QStringLiteral("my-hips.json")});
    EXPECT_EQ(m_created->count(), 0);

    // Closed without an edit: nothing asked, nothing written.
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(m_answers->closeAsked, 0);
    EXPECT_EQ(ownFiles(), QStringList{QStringLiteral("my-hips.json")});
}

TEST_F(NewRoutineTest, ClosingAfterAnEditAsksAndDiscardingWritesNothing)
{
    typeInto(find<QLineEdit>("poseEdit"), QStringLiteral("Constructive rest"));
    EXPECT_TRUE(m_window->isWindowModified());
    m_answers->close = EditorPrompts::CloseChoice::Cancel;
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(m_answers->closeAsked, 1);
    m_answers->close = EditorPrompts::CloseChoice::Discard;
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(ownFiles(), QStringList{QStringLiteral("my-hips.json")});
}

TEST_F(NewRoutineTest, TheIdFollowsTheTitleUntilTheFirstSaveAndThenStays)
{
    auto* idLabel = find<QLabel>("idLabel");
    EXPECT_EQ(id(), "new-routine");
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("Evening unwind"));
    EXPECT_EQ(id(), "evening-unwind");
    EXPECT_TRUE(idLabel->text().startsWith(QStringLiteral("evening-unwind (from the title")))
        << idLabel->text().toStdString();
    // A title whose id is taken is offered the next free one.
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("My hips"));
    EXPECT_EQ(id(), "my-hips-2");
    // Undo takes the id back with the title (typing in the title is one step).
    action("actionUndo")->trigger();
    EXPECT_EQ(m_window->document()->routine().title, "New routine");
    EXPECT_EQ(id(), "new-routine");
    action("actionRedo")->trigger();
    EXPECT_EQ(id(), "my-hips-2");
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("Evening unwind"));

    ASSERT_TRUE(m_window->save());
    EXPECT_TRUE(m_answers->errors.isEmpty()) << m_answers->errors.join(u'\n').toStdString();
    const QString path = m_paths.userRoutinesDir() + QStringLiteral("/evening-unwind.json");
    ASSERT_EQ(m_created->count(), 1);
    EXPECT_EQ((*m_created)[0][0].toString(), path);
    EXPECT_EQ(m_window->document()->path(), path);
    EXPECT_FALSE(m_window->document()->isNew());
    EXPECT_FALSE(m_window->isWindowModified());
    const storage::RoutineEntry saved =
        storage::RoutineFileReader::read(path, storage::RoutineOrigin::User);
    ASSERT_TRUE(saved.isValid()) << saved.firstError().toStdString();
    EXPECT_EQ(saved.routine->id, "evening-unwind");
    EXPECT_EQ(saved.routine->title, "Evening unwind");
    EXPECT_EQ(idLabel->text(), QStringLiteral("evening-unwind"));

    // Saved, the id keeps the routine's history together: a new title does not change it.
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("Evening"));
    EXPECT_EQ(id(), "evening-unwind");
    ASSERT_TRUE(m_window->save());
    EXPECT_EQ(m_created->count(), 1);
    EXPECT_EQ(ownFiles(), (QStringList{QStringLiteral("evening-unwind.json"),
                                       QStringLiteral("evening-unwind.json.bak"),
                                       QStringLiteral("my-hips.json")}));
}

TEST_F(NewRoutineTest, AnIdTakenSinceItWasOfferedIsReplacedAtTheSave)
{
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("Morning"));
    EXPECT_EQ(id(), "morning");
    writeAll(m_paths.userRoutinesDir() + QStringLiteral("/other.json"),
             R"({"format": 1, "id": "morning", "title": "Someone else's",
                 "steps": [{"pose": "Stand", "duration": 30}]})");
    ASSERT_TRUE(m_window->save());
    EXPECT_EQ(id(), "morning-2");
    EXPECT_EQ(QFileInfo(m_window->document()->path()).fileName(), QStringLiteral("morning-2.json"));
}
