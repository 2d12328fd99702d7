#pragma once

#include <memory>
#include <optional>

#include <QWidget>

#include "core/routine.h"
#include "field_messages.h"
#include "routine_document.h"
#include "set_pacing_command.h"

namespace Ui {
class PacingEditor;
}

namespace unclutch::app {

// A step's pacing: cycle, cycles, beat, and the phases of a cycle with their shares edited as
// percentages that must add up to 100. Phase cells are named phaseName_N and phaseShare_N.
class PacingEditor : public QWidget {
    Q_OBJECT

public:
    explicit PacingEditor(QWidget* parent = nullptr);
    ~PacingEditor() override;

    void setDocument(RoutineDocument* document);
    void setStep(int step);
    void refresh();
    // `diagnostics` are relative to the step's "pacing"; all of them are shown here.
    void showDiagnostics(FieldDiagnostics diagnostics);

private:
    void toggle(bool on);
    void rebuildPhaseRows(int count);
    void push(const core::Pacing& pacing, SetPacingCommand::Edit edit, int phase = -1);
    void addPhase();
    void removePhase();
    std::optional<core::Pacing> current() const;

    std::unique_ptr<Ui::PacingEditor> m_ui;
    RoutineDocument* m_document = nullptr;
    int m_step = -1;
};

} // namespace unclutch::app
