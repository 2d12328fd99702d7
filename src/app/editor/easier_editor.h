#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QWidget>

#include "core/routine.h"
#include "field_messages.h"
#include "routine_document.h"
#include "set_easier_command.h"

namespace Ui {
class EasierEditor;
}

namespace unclutch::app {

// A step's easier variant: pose, instructions and picture.
class EasierEditor : public QWidget {
    Q_OBJECT

public:
    // Asks for a picture and returns its path relative to the routine, or nothing.
    using ImageChooser = std::function<std::optional<QString>()>;

    explicit EasierEditor(QWidget* parent = nullptr);
    ~EasierEditor() override;

    void setDocument(RoutineDocument* document);
    void setImageChooser(ImageChooser chooser);
    void setBaseFolder(const QString& folder);
    void setStep(int step);
    void refresh();
    // `diagnostics` are relative to the step's "easier"; all of them are shown here.
    void showDiagnostics(FieldDiagnostics diagnostics);

private:
    void toggle(bool on);
    void push(const core::Variant& variant, SetEasierCommand::Edit edit);
    std::optional<core::Variant> current() const;

    std::unique_ptr<Ui::EasierEditor> m_ui;
    RoutineDocument* m_document = nullptr;
    ImageChooser m_chooseImage;
    int m_step = -1;
};

} // namespace unclutch::app
