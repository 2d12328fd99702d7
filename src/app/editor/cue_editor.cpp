#include "cue_editor.h"

#include <cmath>

#include <QLineEdit>
#include <QSignalBlocker>

#include "add_cue_command.h"
#include "remove_cue_command.h"
#include "seconds_spin_box.h"
#include "set_cue_command.h"
#include "ui_cue_editor.h"

namespace unclutch::app {

namespace {

const QString problemStyle = QStringLiteral("border: 1px solid #b00020;");

} // namespace

CueEditor::CueEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CueEditor>())
{
    m_ui->setupUi(this);
    // The cells are spin boxes, which ResizeToContents does not measure.
    m_ui->cueTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    m_ui->cueTable->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("3600.5 s")) +
                                          40);
    connect(m_ui->addCueButton, &QPushButton::clicked, this, &CueEditor::addCue);
    connect(m_ui->removeCueButton, &QPushButton::clicked, this, &CueEditor::removeCue);
    connect(m_ui->cueTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->removeCueButton->setEnabled(row >= 0); });
}

CueEditor::~CueEditor() = default;

void CueEditor::setDocument(RoutineDocument* document)
{
    m_document = document;
}

void CueEditor::setStep(int step)
{
    m_step = step;
    refresh();
}

void CueEditor::rebuildRows(int count)
{
    QTableWidget* table = m_ui->cueTable;
    table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        auto* at = new SecondsSpinBox(table);
        at->setObjectName(QStringLiteral("cueAt_%1").arg(row));
        at->setFrame(false);
        auto* text = new QLineEdit(table);
        text->setObjectName(QStringLiteral("cueText_%1").arg(row));
        text->setFrame(false);
        text->setPlaceholderText(tr("What to say or show"));
        table->setCellWidget(row, 0, at);
        table->setCellWidget(row, 1, text);
        connect(at, &QDoubleSpinBox::valueChanged, this, [this, row] { editCue(row, false); });
        connect(text, &QLineEdit::textEdited, this, [this, row] { editCue(row, true); });
    }
}

void CueEditor::refresh()
{
    if (!m_document || m_step < 0 || m_step >= m_document->stepCount())
        return;
    const std::vector<core::Cue>& cues = m_document->step(m_step).cues;
    const int count = static_cast<int>(cues.size());
    if (m_ui->cueTable->rowCount() != count)
        rebuildRows(count);
    for (int row = 0; row < count; ++row) {
        auto* at = static_cast<SecondsSpinBox*>(m_ui->cueTable->cellWidget(row, 0));
        auto* text = static_cast<QLineEdit*>(m_ui->cueTable->cellWidget(row, 1));
        const core::Cue& cue = cues[static_cast<std::size_t>(row)];
        if (at->value() != cue.at) {
            const QSignalBlocker blocker(at);
            at->setValue(cue.at);
        }
        const QString written = QString::fromStdString(cue.text);
        if (text->text() != written)
            text->setText(written);
    }
    m_ui->removeCueButton->setEnabled(m_ui->cueTable->currentRow() >= 0 && count > 0);
}

void CueEditor::editCue(int row, bool text)
{
    if (!m_document)
        return;
    core::Cue cue = m_document->step(m_step).cues.at(static_cast<std::size_t>(row));
    if (text)
        cue.text =
            static_cast<QLineEdit*>(m_ui->cueTable->cellWidget(row, 1))->text().toStdString();
    else
        cue.at = static_cast<SecondsSpinBox*>(m_ui->cueTable->cellWidget(row, 0))->value();
    if (cue == m_document->step(m_step).cues.at(static_cast<std::size_t>(row)))
        return;
    m_document->push(new SetCueCommand(m_document, m_step, row,
                                       text ? SetCueCommand::Field::Text : SetCueCommand::Field::At,
                                       cue));
}

void CueEditor::addCue()
{
    const core::Step& step = m_document->step(m_step);
    // Halfway between the last cue and the end of the step: inside the step, after the others;
    // halfway into the step when a shortened step has left the last cue past its end.
    const double length = static_cast<double>(core::step_length_ms(step)) / 1000.0;
    double after = step.cues.empty() ? 0.0 : step.cues.back().at;
    if (after >= length)
        after = 0.0;
    core::Cue cue;
    cue.at = std::max(0.0, std::floor((after + length) / 2.0));
    const int row = static_cast<int>(step.cues.size());
    m_document->push(new AddCueCommand(m_document, m_step, row, cue));
    m_ui->cueTable->setCurrentCell(row, 1);
    if (QWidget* text = m_ui->cueTable->cellWidget(row, 1))
        text->setFocus();
}

void CueEditor::removeCue()
{
    const int row = m_ui->cueTable->currentRow();
    if (row >= 0 && row < static_cast<int>(m_document->step(m_step).cues.size()))
        m_document->push(new RemoveCueCommand(m_document, m_step, row));
}

void CueEditor::showDiagnostics(const FieldDiagnostics& diagnostics)
{
    QTableWidget* table = m_ui->cueTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            QWidget* cell = table->cellWidget(row, column);
            cell->setStyleSheet({});
            cell->setToolTip({});
        }
    }
    FieldDiagnostics shown;
    for (FieldDiagnostic message : diagnostics) {
        bool isRow = false;
        const int row = message.path.value(0).toInt(&isRow);
        if (isRow) {
            const int column = message.path.value(1) == QLatin1String("text") ? 1 : 0;
            if (QWidget* cell = table->cellWidget(row, column)) {
                cell->setStyleSheet(problemStyle);
                cell->setToolTip(QString::fromStdString(message.diagnostic.message));
            }
            // Which cue, then the message exactly as --validate words it.
            message.diagnostic.message =
                tr("cue %1: %2")
                    .arg(row + 1)
                    .arg(QString::fromStdString(message.diagnostic.message))
                    .toStdString();
        }
        shown.append(message);
    }
    showMessages(m_ui->cuesMessage, shown);
}

} // namespace unclutch::app
