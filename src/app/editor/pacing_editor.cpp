#include "pacing_editor.h"

#include <cmath>

#include <QLineEdit>
#include <QSignalBlocker>

#include "app/duration_text.h"
#include "seconds_spin_box.h"
#include "set_step_field_command.h"
#include "timeline_strip.h"
#include "ui_pacing_editor.h"

namespace unclutch::app {

namespace {

const QString problemStyle = QStringLiteral("border: 1px solid #b00020;");

core::Pacing defaultPacing(const core::Step& step)
{
    // Ten-second cycles filling the step's current duration, breathing in and out.
    core::Pacing pacing;
    pacing.cycle = 10;
    pacing.cycles = std::max<std::int64_t>(1, std::llround(step.duration.value_or(60) / 10.0));
    pacing.beat = 1;
    pacing.phases = {{PacingEditor::tr("In").toStdString(), 0.5, {}},
                     {PacingEditor::tr("Out").toStdString(), 0.5, {}}};
    return pacing;
}

void setValueQuietly(QDoubleSpinBox* spin, double value)
{
    if (spin->value() != value) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
}

} // namespace

PacingEditor::PacingEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PacingEditor>())
{
    m_ui->setupUi(this);
    m_ui->phaseTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The cells are spin boxes, which ResizeToContents does not measure.
    m_ui->phaseTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_ui->phaseTable->setColumnWidth(
        1, fontMetrics().horizontalAdvance(QStringLiteral("100.000 %")) + 40);

    connect(m_ui->pacingGroup, &QGroupBox::toggled, this, &PacingEditor::toggle);
    connect(m_ui->cycleSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (auto pacing = current()) {
            pacing->cycle = value;
            push(*pacing, SetPacingCommand::Edit::Cycle);
        }
    });
    connect(m_ui->cyclesSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (auto pacing = current()) {
            pacing->cycles = value;
            push(*pacing, SetPacingCommand::Edit::Cycles);
        }
    });
    connect(m_ui->beatSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (auto pacing = current()) {
            pacing->beat = value;
            push(*pacing, SetPacingCommand::Edit::Beat);
        }
    });
    connect(m_ui->addPhaseButton, &QPushButton::clicked, this, &PacingEditor::addPhase);
    connect(m_ui->removePhaseButton, &QPushButton::clicked, this, &PacingEditor::removePhase);
}

PacingEditor::~PacingEditor() = default;

void PacingEditor::setDocument(RoutineDocument* document)
{
    m_document = document;
}

void PacingEditor::setStep(int step)
{
    m_step = step;
    refresh();
}

std::optional<core::Pacing> PacingEditor::current() const
{
    if (!m_document || m_step < 0 || m_step >= m_document->stepCount())
        return std::nullopt;
    return m_document->step(m_step).pacing;
}

void PacingEditor::push(const core::Pacing& pacing, SetPacingCommand::Edit edit, int phase)
{
    if (current() == pacing)
        return;
    m_document->push(new SetPacingCommand(m_document, m_step, pacing, edit, phase));
}

void PacingEditor::toggle(bool on)
{
    if (!m_document || current().has_value() == on)
        return;
    const core::Step& step = m_document->step(m_step);
    // One undo step: pacing sets the step's length, so the duration goes or comes with it.
    QUndoStack* stack = m_document->undoStack();
    if (on) {
        stack->beginMacro(tr("Add pacing"));
        const core::Pacing pacing = defaultPacing(step);
        m_document->push(
            new SetPacingCommand(m_document, m_step, pacing, SetPacingCommand::Edit::Toggle));
        m_document->push(new SetStepFieldCommand(m_document, m_step, StepField::Duration, {}));
    } else {
        stack->beginMacro(tr("Remove pacing"));
        const double length = static_cast<double>(core::step_length_ms(step)) / 1000.0;
        if (!step.duration)
            m_document->push(
                new SetStepFieldCommand(m_document, m_step, StepField::Duration, length));
        m_document->push(
            new SetPacingCommand(m_document, m_step, std::nullopt, SetPacingCommand::Edit::Toggle));
    }
    stack->endMacro();
}

void PacingEditor::rebuildPhaseRows(int count)
{
    QTableWidget* table = m_ui->phaseTable;
    table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        auto* name = new QLineEdit(table);
        name->setObjectName(QStringLiteral("phaseName_%1").arg(row));
        name->setFrame(false);
        // Shares use the same tidy number display as seconds, in percent.
        auto* share = new SecondsSpinBox(table);
        share->setObjectName(QStringLiteral("phaseShare_%1").arg(row));
        share->setFrame(false);
        share->setRange(0, 100);
        share->setSuffix(tr(" %"));
        table->setCellWidget(row, 0, name);
        table->setCellWidget(row, 1, share);
        connect(name, &QLineEdit::textEdited, this, [this, row](const QString& text) {
            if (auto pacing = current()) {
                pacing->phases.at(static_cast<std::size_t>(row)).name = text.toStdString();
                push(*pacing, SetPacingCommand::Edit::PhaseName, row);
            }
        });
        connect(share, &QDoubleSpinBox::valueChanged, this, [this, row](double percent) {
            if (auto pacing = current()) {
                pacing->phases.at(static_cast<std::size_t>(row)).share = percent / 100.0;
                push(*pacing, SetPacingCommand::Edit::PhaseShare, row);
            }
        });
    }
}

void PacingEditor::refresh()
{
    const std::optional<core::Pacing> pacing = current();
    {
        const QSignalBlocker blocker(m_ui->pacingGroup);
        m_ui->pacingGroup->setChecked(pacing.has_value());
    }
    if (!pacing) {
        rebuildPhaseRows(0);
        m_ui->shareSumLabel->clear();
        m_ui->pacedLengthLabel->clear();
        return;
    }
    setValueQuietly(m_ui->cycleSpin, pacing->cycle);
    setValueQuietly(m_ui->beatSpin, pacing->beat);
    if (m_ui->cyclesSpin->value() != pacing->cycles) {
        const QSignalBlocker blocker(m_ui->cyclesSpin);
        m_ui->cyclesSpin->setValue(static_cast<int>(pacing->cycles));
    }
    m_ui->pacedLengthLabel->setText(
        tr("= %1 in all").arg(minutesSecondsTenths(pacing->cycles * core::ms(pacing->cycle))));

    const int count = static_cast<int>(pacing->phases.size());
    if (m_ui->phaseTable->rowCount() != count)
        rebuildPhaseRows(count);
    double sum = 0;
    for (int row = 0; row < count; ++row) {
        const core::Phase& phase = pacing->phases[static_cast<std::size_t>(row)];
        sum += phase.share;
        auto* name = static_cast<QLineEdit*>(m_ui->phaseTable->cellWidget(row, 0));
        const QString text = QString::fromStdString(phase.name);
        if (name->text() != text)
            name->setText(text);
        auto* share = static_cast<QDoubleSpinBox*>(m_ui->phaseTable->cellWidget(row, 1));
        // Only when it shows a different percentage: 1/3 stays 1/3 until the author edits it.
        if (std::abs(share->value() - phase.share * 100.0) > 0.0005)
            setValueQuietly(share, phase.share * 100.0);
    }
    const bool adds = std::abs(sum - 1.0) <= 0.001 + 1e-9;
    m_ui->shareSumLabel->setText(adds
                                     ? tr("Total %1 %").arg(sum * 100.0, 0, 'g', 6)
                                     : tr("Total %1 %, must be 100 %").arg(sum * 100.0, 0, 'g', 6));
    m_ui->shareSumLabel->setStyleSheet(adds ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->removePhaseButton->setEnabled(count > 1);
}

void PacingEditor::addPhase()
{
    std::optional<core::Pacing> pacing = current();
    if (!pacing)
        return;
    // The new phase takes half of the last one's share, so the total stays 100 %.
    core::Phase phase;
    phase.name = tr("Phase %1").arg(pacing->phases.size() + 1).toStdString();
    if (!pacing->phases.empty()) {
        core::Phase& last = pacing->phases.back();
        last.share /= 2.0;
        phase.share = last.share;
    } else {
        phase.share = 1.0;
    }
    pacing->phases.push_back(phase);
    push(*pacing, SetPacingCommand::Edit::AddPhase);
}

void PacingEditor::removePhase()
{
    std::optional<core::Pacing> pacing = current();
    const int row = std::max(0, m_ui->phaseTable->currentRow());
    if (!pacing || pacing->phases.size() < 2 || row >= static_cast<int>(pacing->phases.size()))
        return;
    // Its share goes to a neighbour, so the total stays 100 %.
    const double share = pacing->phases[static_cast<std::size_t>(row)].share;
    pacing->phases.erase(pacing->phases.begin() + row);
    pacing->phases[static_cast<std::size_t>(row > 0 ? row - 1 : 0)].share += share;
    push(*pacing, SetPacingCommand::Edit::RemovePhase);
}

void PacingEditor::showDiagnostics(FieldDiagnostics diagnostics)
{
    showMessages(m_ui->cycleMessage, takeUnder(diagnostics, {QStringLiteral("cycle")}));
    showMessages(m_ui->cyclesMessage, takeUnder(diagnostics, {QStringLiteral("cycles")}));
    showMessages(m_ui->beatMessage, takeUnder(diagnostics, {QStringLiteral("beat")}));

    QTableWidget* table = m_ui->phaseTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column)
            table->cellWidget(row, column)->setStyleSheet({});
    }
    FieldDiagnostics phases = takeUnder(diagnostics, {QStringLiteral("phases")});
    for (FieldDiagnostic& message : phases) {
        bool isRow = false;
        const int row = message.path.value(0).toInt(&isRow);
        if (!isRow)
            continue;
        const int column = message.path.value(1) == QLatin1String("share") ? 1 : 0;
        if (QWidget* cell = table->cellWidget(row, column))
            cell->setStyleSheet(problemStyle);
        message.diagnostic.message = tr("phase %1: %2")
                                         .arg(row + 1)
                                         .arg(QString::fromStdString(message.diagnostic.message))
                                         .toStdString();
    }
    showMessages(m_ui->phasesMessage, phases);
    showMessages(m_ui->pacingMessage, diagnostics);
}

} // namespace unclutch::app
