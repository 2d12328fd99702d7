#pragma once

#include <optional>

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace unclutch::app {

// A picture of a pose: its relative path (typed, or chosen with a file dialog by whoever
// handles chooseRequested()), a Clear button and a small preview resolved against the
// routine's folder.
class ImagePicker : public QWidget {
    Q_OBJECT

public:
    explicit ImagePicker(QWidget* parent = nullptr);

    void setPath(const std::optional<QString>& path);
    void setBaseFolder(const QString& folder);
    // Names the parts `<stem>Path`, `<stem>Choose` and `<stem>Clear`, for tests and styling.
    void setObjectNames(const QString& stem);

signals:
    // The path as typed; an empty text means no picture.
    void pathEdited(const std::optional<QString>& path);
    void chooseRequested();

private:
    void updatePreview();

    QLineEdit* m_edit;
    QToolButton* m_choose;
    QToolButton* m_clear;
    QLabel* m_preview;
    QString m_baseFolder;
};

} // namespace unclutch::app
