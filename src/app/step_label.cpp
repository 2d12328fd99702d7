#include "step_label.h"

#include <QCoreApplication>
#include <QLocale>

#include "app/player/side_text.h"

namespace unclutch::app {

QString stepLabel(int step, int stepCount, core::Side side)
{
    const QLocale locale;
    const QString label = QCoreApplication::translate("StepLabel", "Step %1 of %2")
                              .arg(locale.toString(step + 1), locale.toString(stepCount));
    if (side == core::Side::None)
        return label;
    //: A step and its side: "Step 3 of 4 · left side".
    return QCoreApplication::translate("StepLabel", "%1 · %2").arg(label, sideText(side));
}

QString stepNumber(int step, core::Side side)
{
    const QString number = QLocale().toString(step + 1);
    switch (side) {
    case core::Side::Left:
        //: A step played on the left side, in a list of steps: "3 left".
        return QCoreApplication::translate("StepLabel", "%1 left").arg(number);
    case core::Side::Right:
        //: A step played on the right side, in a list of steps: "3 right".
        return QCoreApplication::translate("StepLabel", "%1 right").arg(number);
    case core::Side::None:
        break;
    }
    return number;
}

} // namespace unclutch::app
