#include <gtest/gtest.h>

#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include "../support/test_files.h"
#include "app/player/player_controller.h"
#include "app/ui/library_page.h"
#include "app/ui/main_window.h"
#include "app/ui/routine_menu.h"
#include "app/ui/routine_transfer.h"
#include "storage/paths.h"
#include "storage/routine_importer.h"
#include "storage/routine_library.h"

using namespace unclutch;
using test::writeFile;

namespace {

const QByteArray kHipOpeners = R"({"format": 1, "id": "hip-openers", "title": "Hip openers",
    "steps": [{"pose": "Figure four", "duration": 60, "image": "images/figure-four.png"}]})";

// The app's library over a data folder of its own, its main window and Routine menu, wired as
// Application wires them.
class RoutineTransferTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(m_mail.isValid());
        m_library.reload();
        m_window = std::make_unique<app::MainWindow>(m_library);
        m_menu = new app::RoutineMenu(m_window.get(), m_library, m_paths);
        QObject::connect(m_window.get(), &app::MainWindow::routineFilesDropped, m_menu->transfer(),
                         &app::RoutineTransfer::importFiles);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // A routine as someone would send it: the file and its picture.
    QString sent(const QByteArray& json = kHipOpeners,
                 const QString& name = QStringLiteral("hips.json"))
    {
        writeFile(m_mail.filePath(QStringLiteral("images/figure-four.png")), "a picture");
        writeFile(m_mail.filePath(name), json);
        return m_mail.filePath(name);
    }

    app::RoutineTransfer* transfer() const { return m_menu->transfer(); }
    QString selectedId() const
    {
        const storage::RoutineEntry* entry = m_window->libraryPage()->currentEntry();
        return entry && entry->routine ? QString::fromStdString(entry->routine->id) : QString();
    }
    QMessageBox* messageNamed(const QString& name) const
    {
        QMessageBox* box = transfer()->message();
        return box && box->objectName() == name ? box : nullptr;
    }

    QTemporaryDir m_data;
    QTemporaryDir m_mail;
    storage::Paths m_paths{m_data.filePath(QStringLiteral("data"))};
    storage::RoutineLibrary m_library{
        {{m_paths.bundledRoutinesDir(), storage::RoutineOrigin::Bundled},
         {m_paths.userRoutinesDir(), storage::RoutineOrigin::User}}};
    std::unique_ptr<app::MainWindow> m_window;
    app::RoutineMenu* m_menu = nullptr;
};

} // namespace

TEST_F(RoutineTransferTest, TheRoutineMenuOffersImportAndExport)
{
    auto* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("routineMenu"));
    ASSERT_NE(menu, nullptr);
    QStringList names;
    for (const QAction* action : menu->actions())
        names << action->objectName();
    EXPECT_TRUE(names.contains(QStringLiteral("importAction")));
    EXPECT_TRUE(names.contains(QStringLiteral("exportAction")));
}

TEST_F(RoutineTransferTest, AnImportedRoutineIsListedSelectedAndNamed)
{
    EXPECT_EQ(transfer()->importFiles({sent()}), 1);
    const storage::RoutineEntry* entry = m_library.findById(QStringLiteral("hip-openers"));
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->origin, storage::RoutineOrigin::User);
    EXPECT_TRUE(entry->diagnostics.empty()) << "its picture came along";
    EXPECT_EQ(selectedId(), QStringLiteral("hip-openers"));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("“Hip openers”")))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(transfer()->message(), nullptr);
}

TEST_F(RoutineTransferTest, AFileWithErrorsShowsItsProblemsAndIsNotCopied)
{
    QByteArray broken = kHipOpeners;
    broken.replace("\"duration\": 60", "\"duration\": -60");
    const QString file = sent(broken, QStringLiteral("broken.json"));
    EXPECT_EQ(transfer()->importFiles({file, sent()}), 1);
    QMessageBox* box = messageNamed(QStringLiteral("importProblems"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(file + QStringLiteral(":2:")))
        << box->informativeText().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("/steps/0/duration")));
    EXPECT_EQ(QDir(m_paths.userRoutinesDir()).entryList({QStringLiteral("*.json")}),
              QStringList(QStringLiteral("hip-openers.json")));
}

TEST_F(RoutineTransferTest, AFileDroppedOnTheWindowIsImported)
{
    const QString file = sent();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    // Dropped on the list of routines, as a person would: the window takes it.
    auto* list = m_window->findChild<QTreeView*>(QStringLiteral("libraryView"));
    ASSERT_NE(list, nullptr);
    QWidget* target = list->viewport();
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_NE(m_library.findById(QStringLiteral("hip-openers")), nullptr);
    EXPECT_EQ(selectedId(), QStringLiteral("hip-openers"));

    // Anything else is not taken.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_mail.filePath(QStringLiteral("images/figure-four.png")))});
    QDragEnterEvent other(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &other);
    EXPECT_FALSE(other.isAccepted());
}

TEST_F(RoutineTransferTest, AFileOpenedFromTheFileManagerIsAddedAfterAsking)
{
    transfer()->offerFile(sent());
    QMessageBox* box = messageNamed(QStringLiteral("openRoutine"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("“Hip openers”"))) << box->text().toStdString();
    EXPECT_EQ(m_library.findById(QStringLiteral("hip-openers")), nullptr) << "not before asking";
    auto* add = box->findChild<QPushButton*>(QStringLiteral("addRoutine"));
    ASSERT_NE(add, nullptr);
    EXPECT_EQ(box->defaultButton(), add);
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_NE(m_library.findById(QStringLiteral("hip-openers")), nullptr);
    EXPECT_EQ(selectedId(), QStringLiteral("hip-openers"));
}

TEST_F(RoutineTransferTest, AFileOpenedFromTheFileManagerCanBePlayedOnceWithoutAddingIt)
{
    transfer()->offerFile(sent());
    QMessageBox* box = messageNamed(QStringLiteral("openRoutine"));
    ASSERT_NE(box, nullptr);
    auto* play = box->findChild<QPushButton*>(QStringLiteral("playOnce"));
    ASSERT_NE(play, nullptr);
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_TRUE(m_window->isPlayerShown());
    ASSERT_NE(m_window->playerController()->routine(), nullptr);
    EXPECT_EQ(m_window->playerController()->routine()->title, "Hip openers");
    EXPECT_EQ(m_library.findById(QStringLiteral("hip-openers")), nullptr);
    EXPECT_FALSE(
        QFileInfo::exists(m_paths.userRoutinesDir() + QStringLiteral("/hip-openers.json")));
}

TEST_F(RoutineTransferTest, CancelLeavesEverythingAsItWas)
{
    transfer()->offerFile(sent());
    QMessageBox* box = messageNamed(QStringLiteral("openRoutine"));
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    EXPECT_FALSE(m_window->isPlayerShown());
    EXPECT_EQ(m_library.findById(QStringLiteral("hip-openers")), nullptr);
}

TEST_F(RoutineTransferTest, AFileWithErrorsOpenedFromTheFileManagerOffersNothingToPlay)
{
    const QString file =
        sent(R"({"format": 1, "title": "Bad", "steps": []})", QStringLiteral("bad.json"));
    transfer()->offerFile(file);
    QMessageBox* box = messageNamed(QStringLiteral("openProblems"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().startsWith(file + QStringLiteral(":")))
        << box->informativeText().toStdString();
    EXPECT_EQ(box->findChild<QPushButton*>(QStringLiteral("playOnce")), nullptr);
    EXPECT_EQ(box->findChild<QPushButton*>(QStringLiteral("addRoutine")), nullptr);
    EXPECT_EQ(box->buttons().size(), 1);
}

TEST_F(RoutineTransferTest, AFileAlreadyInTheLibraryIsJustSelected)
{
    const QString bundled = m_paths.bundledRoutinesDir() + QStringLiteral("/back-of-the-body.json");
    transfer()->offerFile(bundled);
    EXPECT_EQ(transfer()->message(), nullptr);
    EXPECT_EQ(selectedId(), QStringLiteral("back-of-the-body"));
}

TEST_F(RoutineTransferTest, AnExportedRoutineIsReadyToSendAndSaysWhere)
{
    QTemporaryDir out;
    const QString bundled = m_paths.bundledRoutinesDir() + QStringLiteral("/back-of-the-body.json");
    EXPECT_TRUE(transfer()->exportTo(bundled, out.path()));
    QMessageBox* box = messageNamed(QStringLiteral("exported"));
    ASSERT_NE(box, nullptr);
    const QString folder = out.filePath(QStringLiteral("back-of-the-body"));
    EXPECT_TRUE(box->text().contains(QDir::toNativeSeparators(folder)))
        << box->text().toStdString();
    EXPECT_NE(box->findChild<QPushButton*>(QStringLiteral("showFolder")), nullptr);
    EXPECT_TRUE(QFileInfo::exists(folder + QStringLiteral("/back-of-the-body.json")));

    // Imported on another computer (another data folder), it is the same routine.
    QTemporaryDir elsewhere;
    const storage::Paths theirs(elsewhere.filePath(QStringLiteral("data")));
    const storage::RoutineImporter importer(theirs);
    const storage::Result<storage::ImportedRoutine> imported =
        importer.importFile(folder + QStringLiteral("/back-of-the-body.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    // The bundled routine is there too, so the copy gets a fresh id.
    EXPECT_EQ(imported->id, QStringLiteral("back-of-the-body-2"));
    EXPECT_TRUE(imported.warning().isEmpty()) << imported.warning().toStdString();
}
