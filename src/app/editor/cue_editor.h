#pragma once

#include <memory>

#include <QWidget>

#include "field_messages.h"
#include "routine_document.h"

namespace Ui {
class CueEditor;
}

namespace unclutch::app {

// A step's cues as a table of time and text, in file order. The cells are named cueAt_N and
// cueText_N.
class CueEditor : public QWidget {
    Q_OBJECT

public:
    explicit CueEditor(QWidget* parent = nullptr);
    ~CueEditor() override;

    void setDocument(RoutineDocument* document);
    void setStep(int step);
    void refresh();
    // `diagnostics` are relative to the step's "cues"; all of them are shown here.
    void showDiagnostics(const FieldDiagnostics& diagnostics);

private:
    void rebuildRows(int count);
    void addCue();
    void removeCue();
    void editCue(int row, bool text);

    std::unique_ptr<Ui::CueEditor> m_ui;
    RoutineDocument* m_document = nullptr;
    int m_step = -1;
};

} // namespace unclutch::app
