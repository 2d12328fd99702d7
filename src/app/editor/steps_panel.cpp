#include "steps_panel.h"

#include <QSignalBlocker>
#include <QStyle>

#include "add_step_command.h"
#include "app/duration_text.h"
#include "move_step_command.h"
#include "remove_step_command.h"
#include "timeline_strip.h"
#include "ui_steps_panel.h"

namespace unclutch::app {

StepsPanel::StepsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StepsPanel>())
{
    m_ui->setupUi(this);
    addActions(
        {m_ui->actionAddStep, m_ui->actionDuplicateStep, m_ui->actionMoveUp, m_ui->actionMoveDown});
    m_ui->stepList->addAction(m_ui->actionRemoveStep);
    m_ui->addStepButton->setDefaultAction(m_ui->actionAddStep);
    m_ui->duplicateStepButton->setDefaultAction(m_ui->actionDuplicateStep);
    m_ui->removeStepButton->setDefaultAction(m_ui->actionRemoveStep);
    m_ui->moveUpButton->setDefaultAction(m_ui->actionMoveUp);
    m_ui->moveDownButton->setDefaultAction(m_ui->actionMoveDown);
    m_ui->moveUpButton->setArrowType(Qt::UpArrow);
    m_ui->moveDownButton->setArrowType(Qt::DownArrow);

    connect(m_ui->actionAddStep, &QAction::triggered, this, &StepsPanel::addStep);
    connect(m_ui->actionDuplicateStep, &QAction::triggered, this, &StepsPanel::duplicateStep);
    connect(m_ui->actionRemoveStep, &QAction::triggered, this, &StepsPanel::removeStep);
    connect(m_ui->actionMoveUp, &QAction::triggered, this,
            [this] { moveStep(currentStep(), currentStep() - 1); });
    connect(m_ui->actionMoveDown, &QAction::triggered, this,
            [this] { moveStep(currentStep(), currentStep() + 1); });
    connect(m_ui->stepList, &StepListWidget::moveRequested, this, &StepsPanel::moveStep);
    connect(m_ui->stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        updateActions();
        emit currentStepChanged(row);
    });
}

StepsPanel::~StepsPanel() = default;

void StepsPanel::setDocument(RoutineDocument* document)
{
    m_document = document;
    connect(document, &RoutineDocument::loaded, this, [this] {
        refill();
        setCurrentStep(0);
    });
    connect(document, &RoutineDocument::stepChanged, this, &StepsPanel::refreshItem);
    connect(document, &RoutineDocument::stepInserted, this, [this](int step) {
        refill();
        setCurrentStep(step);
    });
    connect(document, &RoutineDocument::stepRemoved, this, [this](int step) {
        refill();
        setCurrentStep(std::min(step, m_document->stepCount() - 1));
    });
    connect(document, &RoutineDocument::stepMoved, this, [this](int, int to) {
        refill();
        setCurrentStep(to);
    });
    // The get-ready time shown in each item depends on the routine's default.
    connect(document, &RoutineDocument::routineFieldChanged, this, [this](RoutineField field) {
        if (field == RoutineField::Transition)
            refill();
    });
    refill();
    setCurrentStep(0);
}

int StepsPanel::currentStep() const
{
    return m_ui->stepList->currentRow();
}

void StepsPanel::setCurrentStep(int step)
{
    if (step >= 0 && step < m_ui->stepList->count() && step != currentStep())
        m_ui->stepList->setCurrentRow(step);
    updateActions();
}

void StepsPanel::refill()
{
    const int current = currentStep();
    {
        // The current row is set by the caller; the intermediate rows are noise.
        const QSignalBlocker blocker(m_ui->stepList);
        m_ui->stepList->clear();
        for (int i = 0; i < m_document->stepCount(); ++i) {
            auto* item = new QListWidgetItem(m_ui->stepList);
            item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
            item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        }
        for (int i = 0; i < m_document->stepCount(); ++i)
            refreshItem(i);
        if (current >= 0 && current < m_ui->stepList->count())
            m_ui->stepList->setCurrentRow(current);
    }
    if (currentStep() != current)
        emit currentStepChanged(currentStep());
    updateActions();
}

void StepsPanel::refreshItem(int step)
{
    QListWidgetItem* item = m_ui->stepList->item(step);
    if (!item)
        return;
    const core::Step& s = m_document->step(step);
    QString text = tr("%1. %2").arg(step + 1).arg(QString::fromStdString(s.pose));
    QString details = minutesSecondsTenths(core::step_length_ms(s));
    if (s.sides.size() > 1)
        details = tr("%1 × %2 sides").arg(details).arg(s.sides.size());
    if (s.pacing)
        details = tr("%1, paced").arg(details);
    item->setText(tr("%1 — %2").arg(text, details));
    const auto problem = m_problems.find(step);
    if (problem == m_problems.end())
        item->setIcon({});
    else
        item->setIcon(style()->standardIcon(*problem == core::Severity::Error
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning));
}

void StepsPanel::setStepProblems(const QMap<int, core::Severity>& problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    for (int i = 0; i < m_ui->stepList->count(); ++i)
        refreshItem(i);
}

void StepsPanel::showDiagnostics(const FieldDiagnostics& diagnostics)
{
    showMessages(m_ui->stepsMessage, diagnostics);
}

void StepsPanel::updateActions()
{
    const int step = currentStep();
    const int count = m_document ? m_document->stepCount() : 0;
    const bool editable = m_document && !m_document->isReadOnly();
    m_ui->actionAddStep->setEnabled(editable);
    m_ui->actionDuplicateStep->setEnabled(editable && step >= 0);
    // A routine needs at least one step; the last one stays.
    m_ui->actionRemoveStep->setEnabled(editable && step >= 0 && count > 1);
    m_ui->actionMoveUp->setEnabled(editable && step > 0);
    m_ui->actionMoveDown->setEnabled(editable && step >= 0 && step + 1 < count);
    m_ui->stepList->setDragEnabled(editable);
}

void StepsPanel::addStep()
{
    core::Step step;
    step.pose = tr("New pose").toStdString();
    step.duration = 30;
    m_document->push(new AddStepCommand(m_document, currentStep() + 1, step));
}

void StepsPanel::duplicateStep()
{
    const int step = currentStep();
    if (step < 0)
        return;
    m_document->push(new AddStepCommand(m_document, step + 1, m_document->step(step),
                                        AddStepCommand::Kind::Duplicate));
}

void StepsPanel::removeStep()
{
    const int step = currentStep();
    if (step >= 0 && m_document->stepCount() > 1)
        m_document->push(new RemoveStepCommand(m_document, step));
}

void StepsPanel::moveStep(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_document->stepCount() || to >= m_document->stepCount() ||
        from == to)
        return;
    m_document->push(new MoveStepCommand(m_document, from, to));
}

} // namespace unclutch::app
