#include "step_editor.h"

#include <QSignalBlocker>

#include "set_sides_command.h"
#include "set_step_field_command.h"
#include "timeline_strip.h"
#include "ui_step_editor.h"

namespace unclutch::app {

namespace {

using core::Side;

// The sides combo box's entries, in its order.
const std::vector<std::vector<Side>> sideChoices = {
    {}, {Side::Left, Side::Right}, {Side::Right, Side::Left}, {Side::Left}, {Side::Right}};

void setValueQuietly(QDoubleSpinBox* spin, double value)
{
    if (spin->value() != value) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
}

} // namespace

StepEditor::StepEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StepEditor>())
{
    m_ui->setupUi(this);
    m_ui->imagePicker->setObjectNames(QStringLiteral("image"));
    m_ui->instructionsEdit->setUndoRedoEnabled(false);

    connect(m_ui->poseEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) { pushField(StepField::Pose, text); });
    connect(m_ui->instructionsEdit, &QPlainTextEdit::textChanged, this,
            [this] { pushField(StepField::Instructions, m_ui->instructionsEdit->toPlainText()); });
    connect(m_ui->imagePicker, &ImagePicker::pathEdited, this,
            [this](const std::optional<QString>& path) {
                pushField(StepField::Image, path ? QVariant(*path) : QVariant());
            });
    connect(m_ui->imagePicker, &ImagePicker::chooseRequested, this, [this] {
        if (!m_chooseImage)
            return;
        if (const std::optional<QString> path = m_chooseImage())
            pushField(StepField::Image, *path);
    });
    connect(m_ui->durationSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { pushField(StepField::Duration, value); });
    connect(m_ui->durationGivenCheck, &QCheckBox::toggled, this, [this](bool given) {
        pushField(StepField::Duration, given ? QVariant(m_ui->durationSpin->value()) : QVariant());
    });
    connect(m_ui->transitionSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { pushField(StepField::Transition, value); });
    connect(m_ui->transitionOwnCheck, &QCheckBox::toggled, this, [this](bool own) {
        pushField(StepField::Transition,
                  own ? QVariant(m_ui->transitionSpin->value()) : QVariant());
    });
    connect(m_ui->sidesCombo, &QComboBox::activated, this, &StepEditor::pushSides);
}

StepEditor::~StepEditor() = default;

void StepEditor::setDocument(RoutineDocument* document)
{
    m_document = document;
    m_ui->cueEditor->setDocument(document);
    m_ui->pacingEditor->setDocument(document);
    m_ui->easierEditor->setDocument(document);
}

void StepEditor::setImageChooser(ImageChooser chooser)
{
    m_chooseImage = chooser;
    m_ui->easierEditor->setImageChooser(std::move(chooser));
}

void StepEditor::setBaseFolder(const QString& folder)
{
    m_ui->imagePicker->setBaseFolder(folder);
    m_ui->easierEditor->setBaseFolder(folder);
}

void StepEditor::setStep(int step)
{
    m_step = step;
    m_ui->cueEditor->setStep(step);
    m_ui->pacingEditor->setStep(step);
    m_ui->easierEditor->setStep(step);
    refresh();
}

void StepEditor::pushField(StepField field, const QVariant& value)
{
    if (!m_document || m_step < 0 || m_document->stepField(m_step, field) == value)
        return;
    m_document->push(new SetStepFieldCommand(m_document, m_step, field, value));
}

void StepEditor::pushSides(int choice)
{
    if (!m_document || m_step < 0 || choice < 0 ||
        m_document->step(m_step).sides == sideChoices[static_cast<std::size_t>(choice)])
        return;
    m_document->push(
        new SetSidesCommand(m_document, m_step, sideChoices[static_cast<std::size_t>(choice)]));
}

void StepEditor::refresh()
{
    if (!m_document || m_step < 0 || m_step >= m_document->stepCount())
        return;
    const core::Routine& routine = m_document->routine();
    const core::Step& step = m_document->step(m_step);
    m_ui->stepGroup->setTitle(tr("Step %1 of %2").arg(m_step + 1).arg(m_document->stepCount()));

    const QString pose = QString::fromStdString(step.pose);
    if (m_ui->poseEdit->text() != pose)
        m_ui->poseEdit->setText(pose);
    const QString instructions = QString::fromStdString(step.instructions);
    if (m_ui->instructionsEdit->toPlainText() != instructions) {
        const QSignalBlocker blocker(m_ui->instructionsEdit);
        m_ui->instructionsEdit->setPlainText(instructions);
    }
    m_ui->imagePicker->setPath(step.image ? std::optional(QString::fromStdString(*step.image))
                                          : std::nullopt);

    // With pacing the step's length is cycles × cycle and the duration may be left out.
    {
        const QSignalBlocker blocker(m_ui->durationGivenCheck);
        m_ui->durationGivenCheck->setVisible(step.pacing.has_value());
        m_ui->durationGivenCheck->setChecked(step.duration.has_value());
        m_ui->durationSpin->setEnabled(step.duration.has_value() || !step.pacing);
        const double shown =
            step.duration.value_or(static_cast<double>(core::step_length_ms(step)) / 1000.0);
        setValueQuietly(m_ui->durationSpin, shown);
    }
    {
        const QSignalBlocker blocker(m_ui->transitionOwnCheck);
        m_ui->transitionOwnCheck->setChecked(step.transition.has_value());
        m_ui->transitionSpin->setEnabled(step.transition.has_value());
        setValueQuietly(m_ui->transitionSpin, step.transition.value_or(routine.transition));
    }
    const auto choice = std::find(sideChoices.begin(), sideChoices.end(), step.sides);
    // A list the combo box has no entry for (e.g. a repeated side) shows as "None" until chosen;
    // validation reports it.
    m_ui->sidesCombo->setCurrentIndex(
        choice == sideChoices.end() ? 0 : static_cast<int>(choice - sideChoices.begin()));

    m_ui->cueEditor->refresh();
    m_ui->pacingEditor->refresh();
    m_ui->easierEditor->refresh();
}

FieldDiagnostics StepEditor::showDiagnostics(FieldDiagnostics diagnostics)
{
    showMessages(m_ui->poseMessage, takeUnder(diagnostics, {QStringLiteral("pose")}));
    showMessages(m_ui->instructionsMessage,
                 takeUnder(diagnostics, {QStringLiteral("instructions")}));
    showMessages(m_ui->imageMessage, takeUnder(diagnostics, {QStringLiteral("image")}));
    showMessages(m_ui->durationMessage, takeUnder(diagnostics, {QStringLiteral("duration")}));
    showMessages(m_ui->transitionMessage, takeUnder(diagnostics, {QStringLiteral("transition")}));
    showMessages(m_ui->sidesMessage, takeUnder(diagnostics, {QStringLiteral("sides")}));
    m_ui->cueEditor->showDiagnostics(takeUnder(diagnostics, {QStringLiteral("cues")}));
    m_ui->pacingEditor->showDiagnostics(takeUnder(diagnostics, {QStringLiteral("pacing")}));
    m_ui->easierEditor->showDiagnostics(takeUnder(diagnostics, {QStringLiteral("easier")}));
    // What is left is about the step itself: unknown keys, a missing pose or duration.
    FieldDiagnostics own;
    for (auto it = diagnostics.begin(); it != diagnostics.end();) {
        if (it->path.size() <= 1) {
            own.append(*it);
            it = diagnostics.erase(it);
        } else {
            ++it;
        }
    }
    showMessages(m_ui->stepMessage, own);
    return diagnostics;
}

} // namespace unclutch::app
