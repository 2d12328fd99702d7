#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QWidget>

#include "field_messages.h"
#include "routine_document.h"

namespace Ui {
class StepEditor;
}

namespace unclutch::app {

// Every field of the selected step (section 1 of the routine format): pose, instructions,
// picture, duration, get-ready time, sides, cues, pacing and the easier variant.
class StepEditor : public QWidget {
    Q_OBJECT

public:
    using ImageChooser = std::function<std::optional<QString>()>;

    explicit StepEditor(QWidget* parent = nullptr);
    ~StepEditor() override;

    void setDocument(RoutineDocument* document);
    // Asks for a picture and returns its path relative to the routine, or nothing.
    void setImageChooser(ImageChooser chooser);
    void setBaseFolder(const QString& folder);
    int step() const { return m_step; }
    void setStep(int step);
    void refresh();
    // `diagnostics` are relative to the step; those with no field here are returned.
    FieldDiagnostics showDiagnostics(FieldDiagnostics diagnostics);

private:
    void pushField(StepField field, const QVariant& value);
    void pushSides(int choice);

    std::unique_ptr<Ui::StepEditor> m_ui;
    RoutineDocument* m_document = nullptr;
    ImageChooser m_chooseImage;
    int m_step = -1;
};

} // namespace unclutch::app
