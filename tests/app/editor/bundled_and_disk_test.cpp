#include "editor_test_fixture.h"

#include <QDir>
#include <QFrame>
#include <QPushButton>
#include <QSignalSpy>

#include "../../support/fifo_watchdog.h"
#include "storage/file_change_watcher.h"

using namespace unclutch;
using namespace unclutch::app;
using namespace unclutch::app::testing;

TEST_F(EditorWindowTest, ABundledRoutineOpensReadOnlyWithDuplicateToEdit)
{
    const QString bundled = m_paths.bundledRoutinesDir() + QStringLiteral("/back-of-the-body.json");
    ASSERT_TRUE(m_window->openFile(bundled).ok());
    EXPECT_TRUE(m_window->document()->isReadOnly());
    EXPECT_TRUE(find<QFrame>("readOnlyBanner")->isVisible());
    EXPECT_FALSE(action("actionSave")->isEnabled());
    EXPECT_FALSE(find<QWidget>("stepEditor")->isEnabled());
    EXPECT_FALSE(find<QAction>("actionAddStep")->isEnabled());
    EXPECT_TRUE(action("actionTryIt")->isEnabled()) << "a bundled routine can still be tried";

    QSignalSpy created(m_window.get(), &RoutineEditorWindow::routineCreated);
    QTest::mouseClick(find<QPushButton>("duplicateButton"), Qt::LeftButton);
    ASSERT_EQ(created.count(), 1);
    const QString copy = created[0][0].toString();
    EXPECT_EQ(QFileInfo(copy).absolutePath(), QDir(m_paths.userRoutinesDir()).absolutePath());
    EXPECT_EQ(m_window->document()->path(), copy);
    EXPECT_FALSE(m_window->document()->isReadOnly());
    EXPECT_EQ(m_window->document()->routine().id, "back-of-the-body-copy");
    EXPECT_FALSE(find<QFrame>("readOnlyBanner")->isVisible());
    EXPECT_TRUE(find<QWidget>("stepEditor")->isEnabled());
    EXPECT_TRUE(m_window->diagnostics().empty()) << "its pictures came along";
}

TEST_F(EditorWindowTest, AFileWithErrorsIsNotOpenedAndSaysWhy)
{
    writeAll(m_path, R"({"format": 1, "title": "", "steps": []})");
    const storage::Status opened = m_window->openFile(m_path);
    EXPECT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("error:"))) << opened.error().toStdString();
}

TEST_F(EditorWindowTest, ANamedPipeIsRefusedAndNeverWaitedOn)
{
    const QString pipe = QFileInfo(m_path).dir().filePath(QStringLiteral("pipe.json"));
    test::FifoWatchdog watchdog(pipe);
    ASSERT_TRUE(watchdog.made());
    const storage::Status opened = m_window->openFile(pipe);
    EXPECT_FALSE(opened.ok());
    EXPECT_FALSE(watchdog.opened());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("named pipe")))
        << opened.error().toStdString();
}

TEST_F(EditorWindowTest, AFileReplacedByANamedPipeIsNotReadForChanges)
{
    QSignalSpy changed(m_window->fileWatcher(), &storage::FileChangeWatcher::changedOnDisk);
    ASSERT_TRUE(QFile::remove(m_path));
    test::FifoWatchdog watchdog(m_path);
    ASSERT_TRUE(watchdog.made());
    m_window->fileWatcher()->checkNow();
    EXPECT_FALSE(watchdog.opened());
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(EditorWindowTest, AChangeOnDiskReloadsSilentlyWithoutUnsavedChanges)
{
    writeAll(m_path, QByteArray(ownRoutine).replace("\"Rest\"", "\"Rest on the floor\""));
    m_window->fileWatcher()->checkNow();
    EXPECT_EQ(m_window->document()->step(0).pose, "Rest on the floor");
    EXPECT_EQ(m_answers->conflictAsked, 0);
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_FALSE(action("actionUndo")->isEnabled());
}

TEST_F(EditorWindowTest, AChangeOnDiskIsNoticedByItself)
{
    writeAll(m_path, QByteArray(ownRoutine).replace("\"Pigeon\"", "\"Half pigeon\""));
    EXPECT_TRUE(waitUntil([&] { return m_window->document()->step(1).pose == "Half pigeon"; }));
}

TEST_F(EditorWindowTest, AChangeOnDiskWithUnsavedChangesAsksWhichToKeep)
{
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("Mine"));
    writeAll(m_path, QByteArray(ownRoutine).replace("\"My hips\"", "\"Theirs\""));

    m_answers->conflict = EditorPrompts::ConflictChoice::KeepMine;
    m_window->fileWatcher()->checkNow();
    EXPECT_EQ(m_answers->conflictAsked, 1);
    EXPECT_EQ(m_window->document()->routine().title, "Mine");
    EXPECT_TRUE(find<QLabel>("diskNotice")->isVisible());
    // Even undoing back to what was saved is not what is on disk now.
    action("actionUndo")->trigger();
    EXPECT_TRUE(m_window->isWindowModified());

    writeAll(m_path, QByteArray(ownRoutine).replace("\"My hips\"", "\"Theirs again\""));
    m_answers->conflict = EditorPrompts::ConflictChoice::ReloadFromDisk;
    m_window->fileWatcher()->checkNow();
    EXPECT_EQ(m_window->document()->routine().title, "Theirs again");
    EXPECT_FALSE(m_window->isWindowModified());
}

TEST_F(EditorWindowTest, OwnSavesAreNotReportedAsChangesOnDisk)
{
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("Saved here"));
    ASSERT_TRUE(m_window->save());
    QSignalSpy changed(m_window->fileWatcher(), &storage::FileChangeWatcher::changedOnDisk);
    m_window->fileWatcher()->checkNow();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(find<QLabel>("diskNotice")->isVisible());
}

TEST_F(EditorWindowTest, ABrokenFileOnDiskIsNotLoadedAndSavingRepairsIt)
{
    writeAll(m_path, "{ broken");
    m_window->fileWatcher()->checkNow();
    EXPECT_EQ(m_window->document()->routine().title, "My hips");
    EXPECT_TRUE(find<QLabel>("diskNotice")->isVisible());
    EXPECT_TRUE(m_window->isWindowModified());
    ASSERT_TRUE(m_window->save());
    EXPECT_EQ(readAll(m_path).toStdString(), editorBytes());
}

TEST_F(EditorWindowTest, ASaveThatFailsSaysWhyAndStaysUnsaved)
{
    typeInto(find<QLineEdit>("titleEdit"), QStringLiteral("Read-only"));
    ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner));
    EXPECT_FALSE(m_window->save());
    ASSERT_EQ(m_answers->errors.size(), 1);
    EXPECT_TRUE(m_answers->errors[0].contains(QStringLiteral("read-only")));
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_EQ(readAll(m_path), QByteArray(ownRoutine));
}
