#pragma once

#include <QFrame>

namespace unclutch::app {

// A plain, non-modal note for the top of the main window: Unclutch is not medical advice, and
// pain that is severe or lasts past two weeks belongs with a health professional (the advice of
// the articles the routines come from). "Got it" hides it for good; the choice is kept under
// this widget's own settings key.
class SafetyBanner : public QFrame {
    Q_OBJECT

public:
    explicit SafetyBanner(QWidget* parent = nullptr);

    // The statement itself, also shown in the About dialog and the package descriptions.
    static QString notice();

    // True once "Got it" was pressed; the main window need not create the banner at all then.
    static bool isDismissed();

signals:
    void dismissed();

private:
    void dismiss();
};

} // namespace unclutch::app
