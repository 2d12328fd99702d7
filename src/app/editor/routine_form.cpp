#include "routine_form.h"

#include <QSignalBlocker>

#include "set_routine_field_command.h"
#include "ui_routine_form.h"

namespace unclutch::app {

namespace {

constexpr double defaultTransition = 5.0;

void setTextIfDifferent(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

} // namespace

RoutineForm::RoutineForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoutineForm>())
{
    m_ui->setupUi(this);
    // Undo belongs to the document, so Ctrl+Z undoes the same thing wherever the focus is.
    m_ui->descriptionEdit->setUndoRedoEnabled(false);
    m_ui->cautionsEdit->setUndoRedoEnabled(false);

    connect(m_ui->titleEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) { push(RoutineField::Title, text); });
    connect(m_ui->authorEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) { push(RoutineField::Author, text); });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this,
            [this] { push(RoutineField::Description, m_ui->descriptionEdit->toPlainText()); });
    connect(m_ui->cautionsEdit, &QPlainTextEdit::textChanged, this,
            [this] { push(RoutineField::Cautions, cautionsFromText()); });
    connect(m_ui->transitionSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { push(RoutineField::Transition, value); });
    connect(m_ui->transitionDefaultCheck, &QCheckBox::toggled, this, [this](bool useDefault) {
        push(RoutineField::Transition,
             useDefault ? QVariant() : QVariant(m_ui->transitionSpin->value()));
    });
}

RoutineForm::~RoutineForm() = default;

void RoutineForm::setDocument(RoutineDocument* document)
{
    m_document = document;
    refresh();
}

QStringList RoutineForm::cautionsFromText() const
{
    // Blank lines are the space between cautions while typing, not empty cautions.
    QStringList cautions;
    for (const QString& line : m_ui->cautionsEdit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            cautions << line;
    }
    return cautions;
}

void RoutineForm::push(RoutineField field, const QVariant& value)
{
    if (!m_document || m_document->routineField(field) == value)
        return;
    m_document->push(new SetRoutineFieldCommand(m_document, field, value));
}

void RoutineForm::refresh()
{
    if (!m_document)
        return;
    const core::Routine& routine = m_document->routine();
    const QString title = QString::fromStdString(routine.title);
    if (m_ui->titleEdit->text() != title)
        m_ui->titleEdit->setText(title);
    const QString author = QString::fromStdString(routine.author);
    if (m_ui->authorEdit->text() != author)
        m_ui->authorEdit->setText(author);
    setTextIfDifferent(m_ui->descriptionEdit, QString::fromStdString(routine.description));
    const QStringList cautions = m_document->routineField(RoutineField::Cautions).toStringList();
    if (cautionsFromText() != cautions)
        setTextIfDifferent(m_ui->cautionsEdit, cautions.join(u'\n'));

    const QString id = QString::fromStdString(routine.id);
    if (m_document->isNew())
        m_ui->idLabel->setText(tr("%1 (from the title, until the first save)").arg(id));
    else if (routine.id_from_file_name)
        m_ui->idLabel->setText(tr("%1 (from the file name)").arg(id));
    else
        m_ui->idLabel->setText(id);
    {
        const QSignalBlocker spinBlocker(m_ui->transitionSpin);
        const QSignalBlocker checkBlocker(m_ui->transitionDefaultCheck);
        m_ui->transitionDefaultCheck->setChecked(!routine.transition_given);
        m_ui->transitionSpin->setEnabled(routine.transition_given);
        const double shown = routine.transition_given ? routine.transition : defaultTransition;
        if (m_ui->transitionSpin->value() != shown)
            m_ui->transitionSpin->setValue(shown);
    }
}

FieldDiagnostics RoutineForm::showDiagnostics(FieldDiagnostics diagnostics)
{
    showMessages(m_ui->titleMessage, takeUnder(diagnostics, {QStringLiteral("title")}));
    showMessages(m_ui->descriptionMessage, takeUnder(diagnostics, {QStringLiteral("description")}));
    showMessages(m_ui->authorMessage, takeUnder(diagnostics, {QStringLiteral("author")}));
    showMessages(m_ui->transitionMessage, takeUnder(diagnostics, {QStringLiteral("transition")}));
    showMessages(m_ui->cautionsMessage, takeUnder(diagnostics, {QStringLiteral("cautions")}));
    return diagnostics;
}

} // namespace unclutch::app
