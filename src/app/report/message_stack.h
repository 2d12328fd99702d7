#pragma once

#include <QStackedWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace unclutch::app {

// A history view's content, or in its place a sentence saying why there is none (no sessions
// yet, none that match, a history that cannot be read): larger type, centred and wrapped, so
// an empty view never shows empty axes or an empty table.
class MessageStack : public QStackedWidget {
    Q_OBJECT

public:
    // `messageName` is the sentence's object name, for tests.
    MessageStack(QWidget* content, const QString& messageName, QWidget* parent = nullptr);

    void showMessage(const QString& text);
    void showContent();
    // The sentence on show; empty while the content is shown.
    QString message() const;

private:
    QLabel* m_message;
    QWidget* m_content;
};

} // namespace unclutch::app
