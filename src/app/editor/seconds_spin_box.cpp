#include "seconds_spin_box.h"

namespace unclutch::app {

SecondsSpinBox::SecondsSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(3);
    setRange(0, 100000);
    setSuffix(tr(" s"));
    setAccelerated(true);
    // Wheel changes while scrolling the form past a spin box would silently edit the routine.
    setFocusPolicy(Qt::StrongFocus);
}

QString SecondsSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    const QChar point = locale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QValidator::State SecondsSpinBox::validate(QString& text, int& position) const
{
    if (minimum() >= 0 &&
        (text.contains(u'-') || text.contains(locale().negativeSign(), Qt::CaseInsensitive)))
        return QValidator::Invalid;
    return QDoubleSpinBox::validate(text, position);
}

} // namespace unclutch::app
