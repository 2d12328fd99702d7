#include "easier_editor.h"

#include <QSignalBlocker>

#include "ui_easier_editor.h"

namespace unclutch::app {

EasierEditor::EasierEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EasierEditor>())
{
    m_ui->setupUi(this);
    m_ui->easierImagePicker->setObjectNames(QStringLiteral("easierImage"));
    m_ui->easierInstructionsEdit->setUndoRedoEnabled(false);

    connect(m_ui->easierGroup, &QGroupBox::toggled, this, &EasierEditor::toggle);
    connect(m_ui->easierPoseEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (auto variant = current()) {
            variant->pose = text.toStdString();
            push(*variant, SetEasierCommand::Edit::Pose);
        }
    });
    connect(m_ui->easierInstructionsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (auto variant = current()) {
            variant->instructions = m_ui->easierInstructionsEdit->toPlainText().toStdString();
            push(*variant, SetEasierCommand::Edit::Instructions);
        }
    });
    connect(m_ui->easierImagePicker, &ImagePicker::pathEdited, this,
            [this](const std::optional<QString>& path) {
                if (auto variant = current()) {
                    variant->image = path ? std::optional(path->toStdString()) : std::nullopt;
                    push(*variant, SetEasierCommand::Edit::Image);
                }
            });
    connect(m_ui->easierImagePicker, &ImagePicker::chooseRequested, this, [this] {
        auto variant = current();
        if (!variant || !m_chooseImage)
            return;
        if (const std::optional<QString> path = m_chooseImage()) {
            variant->image = path->toStdString();
            push(*variant, SetEasierCommand::Edit::Image);
        }
    });
}

EasierEditor::~EasierEditor() = default;

void EasierEditor::setDocument(RoutineDocument* document)
{
    m_document = document;
}

void EasierEditor::setImageChooser(ImageChooser chooser)
{
    m_chooseImage = std::move(chooser);
}

void EasierEditor::setBaseFolder(const QString& folder)
{
    m_ui->easierImagePicker->setBaseFolder(folder);
}

void EasierEditor::setStep(int step)
{
    m_step = step;
    refresh();
}

std::optional<core::Variant> EasierEditor::current() const
{
    if (!m_document || m_step < 0 || m_step >= m_document->stepCount())
        return std::nullopt;
    return m_document->step(m_step).easier;
}

void EasierEditor::push(const core::Variant& variant, SetEasierCommand::Edit edit)
{
    if (current() == variant)
        return;
    m_document->push(new SetEasierCommand(m_document, m_step, variant, edit));
}

void EasierEditor::toggle(bool on)
{
    if (!m_document || current().has_value() == on)
        return;
    std::optional<core::Variant> variant;
    if (on) {
        variant = core::Variant{};
        variant->pose = tr("%1, easier")
                            .arg(QString::fromStdString(m_document->step(m_step).pose))
                            .toStdString();
    }
    m_document->push(
        new SetEasierCommand(m_document, m_step, variant, SetEasierCommand::Edit::Toggle));
}

void EasierEditor::refresh()
{
    const std::optional<core::Variant> variant = current();
    {
        const QSignalBlocker blocker(m_ui->easierGroup);
        m_ui->easierGroup->setChecked(variant.has_value());
    }
    const core::Variant shown = variant.value_or(core::Variant{});
    const QString pose = QString::fromStdString(shown.pose);
    if (m_ui->easierPoseEdit->text() != pose)
        m_ui->easierPoseEdit->setText(pose);
    const QString instructions = QString::fromStdString(shown.instructions);
    if (m_ui->easierInstructionsEdit->toPlainText() != instructions) {
        const QSignalBlocker blocker(m_ui->easierInstructionsEdit);
        m_ui->easierInstructionsEdit->setPlainText(instructions);
    }
    m_ui->easierImagePicker->setPath(
        shown.image ? std::optional(QString::fromStdString(*shown.image)) : std::nullopt);
}

void EasierEditor::showDiagnostics(FieldDiagnostics diagnostics)
{
    showMessages(m_ui->easierPoseMessage, takeUnder(diagnostics, {QStringLiteral("pose")}));
    showMessages(m_ui->easierInstructionsMessage,
                 takeUnder(diagnostics, {QStringLiteral("instructions")}));
    showMessages(m_ui->easierImageMessage, takeUnder(diagnostics, {QStringLiteral("image")}));
    showMessages(m_ui->easierMessage, diagnostics);
}

} // namespace unclutch::app
