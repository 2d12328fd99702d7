#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace unclutch::app {

// Help → About: what Unclutch is, its version, where the routine format is described, the
// licence, and the same not-medical-advice statement as the safety banner.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QUrl routineFormatUrl();

private:
    QPlainTextEdit* m_license = nullptr;
};

} // namespace unclutch::app
