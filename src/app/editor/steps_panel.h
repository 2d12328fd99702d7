#pragma once

#include <memory>

#include <QMap>
#include <QWidget>

#include "core/diagnostic.h"
#include "field_messages.h"
#include "routine_document.h"

namespace Ui {
class StepsPanel;
}

namespace unclutch::app {

// The list of steps with add, duplicate, remove and reorder (buttons, Ctrl+Up/Down, drag and
// drop), each step marked when it has a problem.
class StepsPanel : public QWidget {
    Q_OBJECT

public:
    explicit StepsPanel(QWidget* parent = nullptr);
    ~StepsPanel() override;

    void setDocument(RoutineDocument* document);
    int currentStep() const;
    void setCurrentStep(int step);
    // The worst problem of each step, shown as an icon beside it.
    void setStepProblems(const QMap<int, core::Severity>& problems);
    // Shows the messages about the steps as a whole (e.g. the total length).
    void showDiagnostics(const FieldDiagnostics& diagnostics);

signals:
    void currentStepChanged(int step);

private:
    void refill();
    void refreshItem(int step);
    void updateActions();
    void addStep();
    void duplicateStep();
    void removeStep();
    void moveStep(int from, int to);

    std::unique_ptr<Ui::StepsPanel> m_ui;
    RoutineDocument* m_document = nullptr;
    QMap<int, core::Severity> m_problems;
};

} // namespace unclutch::app
