#include "routine_transfer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

#include "documents_folder.h"
#include "library_page.h"
#include "main_window.h"
#include "storage/routine_exporter.h"
#include "storage/routine_importer.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

// A title as the person reads it in a sentence.
QString quoted(const QString& title)
{
    return RoutineTransfer::tr("“%1”").arg(title);
}

} // namespace

RoutineTransfer::RoutineTransfer(MainWindow* window, storage::RoutineLibrary& library,
                                 const storage::Paths& paths)
    : QObject(window)
    , m_window(window)
    , m_library(library)
    , m_paths(paths)
{
}

QMessageBox* RoutineTransfer::message() const
{
    return m_window->findChild<QMessageBox*>(QString(), Qt::FindDirectChildrenOnly);
}

QMessageBox* RoutineTransfer::showMessage(QMessageBox::Icon icon, const QString& objectName,
                                          const QString& text, const QString& details)
{
    // One at a time: a new message replaces one still open.
    if (QMessageBox* open = message())
        delete open;
    auto* box = new QMessageBox(icon, tr("Unclutch"), text, QMessageBox::Close, m_window);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->open();
    return box;
}

void RoutineTransfer::chooseAndImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import routines"), documentsFolder(), tr("Routine files (*.json)"));
    if (!files.isEmpty())
        importFiles(files);
}

int RoutineTransfer::importFiles(const QStringList& files)
{
    const storage::RoutineImporter importer(m_paths);
    QStringList titles;
    QStringList problems;
    QString selected;
    for (const QString& file : files) {
        const QString shown = QDir::toNativeSeparators(file);
        const storage::Result<storage::ImportedRoutine> imported = importer.importFile(file, shown);
        if (!imported) {
            problems << tr("%1 was not imported:").arg(shown) << imported.error();
            continue;
        }
        titles << quoted(imported->title);
        selected = imported->path;
    }
    if (!titles.isEmpty()) {
        m_library.reload();
        m_window->libraryPage()->select(selected);
        m_window->statusBar()->showMessage(
            tr("Added to your routines: %1").arg(titles.join(QStringLiteral(", "))));
    }
    if (!problems.isEmpty()) {
        showMessage(QMessageBox::Warning, QStringLiteral("importProblems"),
                    tr("%n file(s) could not be imported: they have errors and were not copied.",
                       nullptr, int(files.size() - titles.size())),
                    problems.join(u'\n'));
    }
    return int(titles.size());
}

void RoutineTransfer::chooseAndExportSelected()
{
    const QString path = m_window->libraryPage()->selectedPath();
    if (path.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Export to which folder?"), documentsFolder());
    if (!folder.isEmpty())
        exportTo(path, folder);
}

bool RoutineTransfer::exportTo(const QString& path, const QString& folder)
{
    const storage::Result<QString> exported =
        storage::RoutineExporter(m_paths).exportTo(path, folder);
    if (!exported) {
        showMessage(QMessageBox::Warning, QStringLiteral("exportProblem"),
                    tr("The routine was not exported."), exported.error());
        return false;
    }
    const storage::RoutineEntry* entry = m_library.findByPath(path);
    const QString title = entry && entry->routine ? QString::fromStdString(entry->routine->title)
                                                  : QFileInfo(path).completeBaseName();
    QString text = tr("%1 is ready to send: the folder %2 holds the routine and its pictures. "
                      "Send the whole folder; whoever receives it opens the routine file with "
                      "Unclutch.")
                       .arg(quoted(title), QDir::toNativeSeparators(*exported));
    QMessageBox* box =
        showMessage(exported.warning().isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    QStringLiteral("exported"), text, exported.warning());
    QPushButton* show = box->addButton(tr("&Show folder"), QMessageBox::ActionRole);
    show->setObjectName(QStringLiteral("showFolder"));
    const QUrl url = QUrl::fromLocalFile(*exported);
    connect(show, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
    return true;
}

void RoutineTransfer::offerFile(const QString& file)
{
    if (const storage::RoutineEntry* listed = m_library.findByPath(file)) {
        m_window->libraryPage()->select(listed->path);
        return;
    }
    const QString shown = QDir::toNativeSeparators(file);
    const storage::RoutineEntry entry = storage::RoutineImporter::check(file, shown);
    if (!entry.isValid()) {
        showMessage(QMessageBox::Warning, QStringLiteral("openProblems"),
                    tr("%1 is not a routine Unclutch can play. Its problems:").arg(shown),
                    entry.problemLines().join(u'\n'));
        return;
    }

    const QString title = QString::fromStdString(entry.routine->title);
    QString from = tr("From %1").arg(shown);
    if (!entry.routine->author.empty())
        from = tr("By %1, from %2").arg(QString::fromStdString(entry.routine->author), shown);
    QMessageBox* box = showMessage(
        QMessageBox::Question, QStringLiteral("openRoutine"),
        tr("Add %1 to your routines, or play it once without adding it?").arg(quoted(title)), from);
    box->setStandardButtons(QMessageBox::Cancel);
    QPushButton* add = box->addButton(tr("&Add to my routines"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addRoutine"));
    QPushButton* play = box->addButton(tr("&Play it once"), QMessageBox::ActionRole);
    play->setObjectName(QStringLiteral("playOnce"));
    box->setDefaultButton(add);
    const core::Routine routine = *entry.routine;
    const QString path = QFileInfo(file).absoluteFilePath();
    connect(add, &QPushButton::clicked, this, [this, file] { importFiles({file}); });
    connect(play, &QPushButton::clicked, this,
            [this, routine, path] { m_window->play(routine, path); });
}

} // namespace unclutch::app
