#pragma once

#include <QWidget>

#include <memory>
#include <optional>

#include "core/fit.h"
#include "core/routine.h"

namespace Ui {
class FitControls;
}

namespace unclutch::app {

class RoutineFits;

// Beside Start: how today's session of the selected routine is fitted to the day
// (shared/docs/routine-format.md, section 4): its length (as written, or 5 to 20 minutes), the
// pace of its slow movements (shown only when it has some) and easier throughout (shown only
// when a step has an easier variant). Every choice is kept in RoutineFits at once; a pace the
// routine cannot take is shown disabled, with why.
class FitControls : public QWidget {
    Q_OBJECT

public:
    explicit FitControls(RoutineFits* fits, QWidget* parent = nullptr);
    ~FitControls() override;

    // The routine the choices are for; none (nothing selected, or a broken file) disables them.
    void setRoutine(const core::Routine* routine);

    // The ends of the controls' tab chain, for the page to link with its own.
    QWidget* firstControl() const;
    QWidget* lastControl() const;

private:
    // Fills the controls for m_routine and its choices: the lengths a preset reaches depend on
    // the pace chosen.
    void fill();
    void fillLength(const core::FitChoices& choices);
    void fillPace(const core::FitChoices& choices);
    void choose();

    std::unique_ptr<Ui::FitControls> m_ui;
    RoutineFits* m_fits;
    std::optional<core::Routine> m_routine;
};

} // namespace unclutch::app
