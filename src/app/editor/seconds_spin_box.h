#pragma once

#include <QDoubleSpinBox>

namespace unclutch::app {

// Seconds as a routine file holds them: to the millisecond, but shown without trailing zeros
// ("30 s", "2.5 s"), so a value reads the way the file will have it. No time in a routine is
// negative, so a minus sign is refused as a letter would be: the field never shows "-" while the
// routine holds something else.
class SecondsSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit SecondsSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
    QValidator::State validate(QString& text, int& position) const override;
};

} // namespace unclutch::app
