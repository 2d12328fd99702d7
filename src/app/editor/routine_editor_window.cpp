#include "routine_editor_window.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QScreen>
#include <QUndoStack>

#include "app/duration_text.h"
#include "dialog_prompts.h"
#include "routine_validation.h"
#include "storage/picture_importer.h"
#include "storage/regular_file.h"
#include "storage/routine_file_reader.h"
#include "ui_routine_editor_window.h"

namespace unclutch::app {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

RoutineEditorWindow::RoutineEditorWindow(const storage::Paths& paths, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::RoutineEditorWindow>())
    , m_paths(paths)
    , m_files(paths)
    , m_prompts(std::make_unique<DialogPrompts>())
{
    m_ui->setupUi(this);
    // The .ui's 1200×760 fits a large screen; a laptop's gets nine tenths of itself.
    if (const QScreen* screen = this->screen())
        resize(size().boundedTo(screen->availableSize() * 0.9));
    m_ui->horizontalSplitter->setStretchFactor(0, 2);
    m_ui->horizontalSplitter->setStretchFactor(1, 3);
    m_ui->verticalSplitter->setStretchFactor(0, 1);
    m_ui->verticalSplitter->setStretchFactor(1, 0);

    QUndoStack* stack = m_document.undoStack();
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(undo);
    m_ui->mainToolBar->addAction(redo);

    m_ui->routineForm->setDocument(&m_document);
    m_ui->stepEditor->setDocument(&m_document);
    m_ui->stepEditor->setImageChooser([this] { return chooseImage(); });
    m_ui->stepsPanel->setDocument(&m_document);

    connect(m_ui->actionSave, &QAction::triggered, this, &RoutineEditorWindow::save);
    connect(m_ui->actionClose, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionTryIt, &QAction::triggered, this, [this] {
        if (m_valid)
            emit tryRoutine(m_document.routine(), m_document.pictureBase(),
                            std::max(0, m_ui->stepsPanel->currentStep()));
    });
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, [this] {
        if (const storage::Status copied = duplicateToEdit(m_document.path()); !copied)
            m_prompts->showError(this, copied.error());
    });
    connect(m_ui->stepsPanel, &StepsPanel::currentStepChanged, this,
            &RoutineEditorWindow::selectStep);
    connect(m_ui->timelineStrip, &TimelineStrip::stepClicked, this,
            &RoutineEditorWindow::selectStep);
    connect(m_ui->problemList, &ProblemList::stepRequested, this, &RoutineEditorWindow::selectStep);

    connect(&m_document, &RoutineDocument::changed, this, &RoutineEditorWindow::revalidate);
    connect(&m_document, &RoutineDocument::routineFieldChanged, this,
            [this] { m_ui->routineForm->refresh(); });
    connect(&m_document, &RoutineDocument::routineFieldChanged, this,
            &RoutineEditorWindow::updateTitle);
    connect(&m_document, &RoutineDocument::stepChanged, this, [this](int step) {
        if (step == m_ui->stepEditor->step())
            m_ui->stepEditor->refresh();
    });
    // After the steps panel has refilled and picked a row: the step shown may be another one
    // even when the row number stays the same.
    auto showCurrentStep = [this] { selectStep(m_ui->stepsPanel->currentStep()); };
    connect(&m_document, &RoutineDocument::stepInserted, this, showCurrentStep);
    connect(&m_document, &RoutineDocument::stepRemoved, this, showCurrentStep);
    connect(&m_document, &RoutineDocument::stepMoved, this, showCurrentStep);
    connect(&m_document, &RoutineDocument::cleanChanged, this, &RoutineEditorWindow::updateTitle);
    connect(&m_watcher, &storage::FileChangeWatcher::changedOnDisk, this,
            &RoutineEditorWindow::changedOnDisk);
    connect(&m_watcher, &storage::FileChangeWatcher::removedFromDisk, this,
            &RoutineEditorWindow::removedFromDisk);

    // Undo and redo belong to the routine, not to the text field that has the focus.
    qApp->installEventFilter(this);
    updateActions();
}

RoutineEditorWindow::~RoutineEditorWindow()
{
    qApp->removeEventFilter(this);
}

void RoutineEditorWindow::setPrompts(std::unique_ptr<EditorPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

storage::Status RoutineEditorWindow::openFile(const QString& path)
{
    // Another routine replaces this one: its unsaved changes are asked about first.
    if (path != m_document.path() && !maybeSave())
        return storage::Failure(tr("The routine open in the editor has unsaved changes."));
    const storage::Result<storage::EditableRoutine> read =
        storage::RoutineFileReader::readForEditing(path, m_paths.isBundledRoutine(path)
                                                             ? storage::RoutineOrigin::Bundled
                                                             : storage::RoutineOrigin::User);
    if (!read)
        return storage::Status::failureOf(read);
    load(read->routine, path, read->bytes);
    return {};
}

void RoutineEditorWindow::load(const core::Routine& routine, const QString& path,
                               const QByteArray& bytes)
{
    m_document.load(routine, path, m_paths.isBundledRoutine(path));
    m_watcher.watch(path, bytes);
    showDocument();
}

void RoutineEditorWindow::showDocument()
{
    const bool readOnly = m_document.isReadOnly();
    m_ui->stepEditor->setBaseFolder(m_document.folder());
    m_ui->readOnlyBanner->setVisible(readOnly);
    m_ui->routineForm->setEnabled(!readOnly);
    m_ui->stepEditor->setEnabled(!readOnly);
    m_ui->diskNotice->hide();
    m_ui->routineForm->refresh();
    selectStep(std::max(0, m_ui->stepsPanel->currentStep()));
    updateTitle();
}

storage::Status RoutineEditorWindow::duplicateToEdit(const QString& path)
{
    const storage::Result<QString> copy = m_files.duplicate(path);
    if (!copy)
        return storage::Status::failureOf(copy);
    emit routineCreated(*copy);
    return openFile(*copy);
}

storage::Status RoutineEditorWindow::newRoutine(const std::optional<core::Step>& firstStep)
{
    if (!maybeSave())
        return storage::Failure(tr("The routine open in the editor has unsaved changes."));
    // Nothing reaches the disk before the first save. Until then the id follows the title,
    // offered against the ids taken now (the save checks again).
    m_document.loadNew(storage::RoutineFiles::blank(tr("New routine"), firstStep),
                       m_paths.userRoutinesDir(),
                       [taken = m_files.takenIds()](const QString& title) {
                           return storage::RoutineFiles::offeredId(title, taken).toStdString();
                       });
    m_watcher.watch(QString(), QByteArray());
    showDocument();
    return {};
}

bool RoutineEditorWindow::saveNew()
{
    core::Routine routine = m_document.routine();
    // Every routine file is read for the ids in use: once.
    const QSet<QString> taken = m_files.takenIds();
    routine.id = storage::RoutineFiles::offeredId(QString::fromStdString(routine.title), taken)
                     .toStdString();
    const storage::Result<QString> made = m_files.create(routine, taken);
    if (!made) {
        statusBar()->showMessage(tr("Not saved."));
        m_prompts->showError(this, made.error());
        return false;
    }
    m_document.markCreated(*made, routine.id);
    m_watcher.watch(*made, storage::RoutineFileWriter::bytes(m_document.routine()));
    statusBar()->showMessage(made.warning().isEmpty() ? tr("Saved %1.").arg(shown(*made))
                                                      : made.warning());
    updateActions();
    emit routineCreated(*made);
    return true;
}

bool RoutineEditorWindow::save()
{
    if (!isEditable())
        return false;
    if (!m_valid) {
        m_prompts->showError(this, tr("The routine has errors; fix the ones marked in red before "
                                      "saving."));
        return false;
    }
    if (m_document.isNew())
        return saveNew();
    const QByteArray bytes = storage::RoutineFileWriter::bytes(m_document.routine());
    const storage::Result<QString> saved = m_writer.saveBytes(m_document.path(), bytes);
    if (!saved) {
        statusBar()->showMessage(tr("Not saved."));
        m_prompts->showError(this, saved.error());
        return false;
    }
    m_document.markSaved();
    m_watcher.setKnownBytes(bytes);
    m_ui->diskNotice->hide();
    statusBar()->showMessage(saved.warning().isEmpty() ? tr("Saved %1.").arg(shown(*saved))
                                                       : saved.warning());
    emit routineSaved(*saved);
    return true;
}

void RoutineEditorWindow::selectStep(int step)
{
    if (step < 0 || step >= m_document.stepCount())
        return;
    m_ui->stepsPanel->setCurrentStep(step);
    if (m_ui->stepEditor->step() != step)
        m_ui->stepEditor->setStep(step);
    else
        m_ui->stepEditor->refresh();
    m_ui->timelineStrip->setCurrentStep(step);
    route();
}

void RoutineEditorWindow::revalidate()
{
    const RoutineValidation validation =
        RoutineValidation::of(m_document.routine(), m_document.pictureBase());
    m_diagnostics = validation.diagnostics;
    m_valid = validation.valid;

    m_ui->timelineStrip->setRoutine(m_document.routine(), m_valid);
    const core::Routine& routine = m_document.routine();
    std::size_t instances = 0;
    std::int64_t getReady = 0;
    for (const core::Step& step : routine.steps) {
        instances += core::instance_count(step);
        getReady += static_cast<std::int64_t>(core::instance_count(step)) *
                    core::transition_ms(routine, step);
    }
    // Sides are counted only when there are any ("2 steps, 3 counting each side"), and then
    // there are at least two.
    const int stepCount = static_cast<int>(routine.steps.size());
    QString steps = tr("%n step(s)", nullptr, stepCount);
    if (instances != routine.steps.size())
        steps = tr("%1, %2 counting each side").arg(steps).arg(instances);
    m_ui->totalLabel->setText(tr("Total %1: %2; %3 of it getting ready (hatched)")
                                  .arg(minutesSecondsTenths(core::total_ms(routine)), steps,
                                       minutesSecondsTenths(getReady)));
    const int errors = validation.count(core::Severity::Error);
    const int warnings = validation.count(core::Severity::Warning);
    statusBar()->showMessage(errors == 0 && warnings == 0
                                 ? tr("No problems.")
                                 : tr("%n error(s)", nullptr, errors) + tr(", ") +
                                       tr("%n warning(s)", nullptr, warnings));
    route();
    updateActions();
}

void RoutineEditorWindow::route()
{
    // Each message goes beside the field its pointer names; what has no field on screen (other
    // steps, the whole document, unknown top-level keys) goes to the list at the bottom.
    FieldDiagnostics all;
    for (const core::Diagnostic& d : m_diagnostics)
        all.append({pointerTokens(d.pointer), d});
    FieldDiagnostics routineLevel;
    FieldDiagnostics stepsLevel;
    FieldDiagnostics current;
    FieldDiagnostics elsewhere;
    QMap<int, core::Severity> stepProblems;
    const int selected = m_ui->stepEditor->step();
    for (const FieldDiagnostic& message : all) {
        const QStringList& path = message.path;
        if (path.value(0) == QLatin1String("steps") && path.size() == 1) {
            stepsLevel.append(message);
        } else if (path.value(0) == QLatin1String("steps")) {
            const int step = path.value(1).toInt();
            auto& worst = stepProblems[step];
            if (message.diagnostic.severity == core::Severity::Error)
                worst = core::Severity::Error;
            if (step == selected)
                current.append({path.mid(2), message.diagnostic});
            else
                elsewhere.append(message);
        } else {
            routineLevel.append(message);
        }
    }
    // A step with only warnings is marked as such (the map's default is Warning).
    m_ui->stepsPanel->setStepProblems(stepProblems);
    m_ui->stepsPanel->showDiagnostics(stepsLevel);
    elsewhere += m_ui->routineForm->showDiagnostics(routineLevel);
    for (const FieldDiagnostic& left : m_ui->stepEditor->showDiagnostics(current))
        elsewhere.append(
            {QStringList{QStringLiteral("steps"), QString::number(selected)} + left.path,
             left.diagnostic});

    m_ui->problemList->setProblems(elsewhere);
    m_ui->problemsGroup->setVisible(!elsewhere.isEmpty());
}

void RoutineEditorWindow::updateTitle()
{
    const QString title = QString::fromStdString(m_document.routine().title);
    setWindowTitle(m_document.isReadOnly() ? tr("%1 (read-only) — Routine editor").arg(title)
                                           : tr("%1[*] — Routine editor").arg(title));
    setWindowModified(!m_document.isClean());
}

bool RoutineEditorWindow::isEditable() const
{
    return !m_document.isReadOnly() && (m_document.isNew() || !m_document.path().isEmpty());
}

void RoutineEditorWindow::updateActions()
{
    m_ui->actionSave->setEnabled(isEditable() && m_valid);
    m_ui->actionTryIt->setEnabled(m_valid);
}

void RoutineEditorWindow::showNotice(const QString& text)
{
    m_ui->diskNotice->setText(text);
    m_ui->diskNotice->setVisible(!text.isEmpty());
}

std::optional<QString> RoutineEditorWindow::chooseImage()
{
    const QString folder = m_document.folder();
    const QString picked = m_prompts->chooseImage(this, folder);
    if (picked.isEmpty())
        return std::nullopt;
    const storage::Result<QString> imported = storage::PictureImporter::import(picked, folder);
    if (!imported) {
        m_prompts->showError(this, imported.error());
        return std::nullopt;
    }
    return *imported;
}

void RoutineEditorWindow::changedOnDisk(const QByteArray& bytes)
{
    const QString path = m_document.path();
    storage::RoutineEntry entry =
        storage::RoutineFileReader::parse(bytes, path, storage::RoutineOrigin::User);
    const bool keepMine = !m_document.isClean() && m_prompts->askChangedOnDisk(this, path) ==
                                                       EditorPrompts::ConflictChoice::KeepMine;
    if (keepMine) {
        m_document.markDiverged();
        showNotice(tr("%1 was changed on disk; you kept your version. Saving replaces the "
                      "file on disk.")
                       .arg(shown(path)));
        return;
    }
    if (!entry.isValid()) {
        // Nothing to reload into the editor: keep what is here and let a save repair the file.
        m_document.markDiverged();
        showNotice(tr("%1 was changed on disk and now has errors, so it was not reloaded:\n%2\n"
                      "Saving replaces it with the version shown here.")
                       .arg(shown(path), entry.firstError()));
        return;
    }
    load(*entry.routine, path, bytes);
    showNotice(tr("Reloaded %1: it was changed on disk. The undo history starts again here.")
                   .arg(shown(path)));
}

void RoutineEditorWindow::removedFromDisk()
{
    m_document.markDiverged();
    showNotice(tr("%1 was removed or renamed on disk. Saving writes it again.")
                   .arg(shown(m_document.path())));
}

bool RoutineEditorWindow::maybeSave()
{
    if (m_document.isClean() || !isEditable())
        return true;
    switch (
        m_prompts->askSaveBeforeClosing(this, QString::fromStdString(m_document.routine().title))) {
    case EditorPrompts::CloseChoice::Save:
        return save();
    case EditorPrompts::CloseChoice::Discard:
        return true;
    case EditorPrompts::CloseChoice::Cancel:
        break;
    }
    return false;
}

void RoutineEditorWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

bool RoutineEditorWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Text fields would take Ctrl+Z for their own undo; let it reach the window's actions.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && isAncestorOf(widget) &&
            (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace unclutch::app
