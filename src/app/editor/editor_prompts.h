#pragma once

#include <QString>

class QWidget;

namespace unclutch::app {

// Every question the editor window asks the user. The window asks through this interface so
// that tests can answer without a modal dialog (DialogPrompts is the real one).
class EditorPrompts {
public:
    enum class CloseChoice { Save, Discard, Cancel };
    enum class ConflictChoice { ReloadFromDisk, KeepMine };

    virtual ~EditorPrompts() = default;

    virtual CloseChoice askSaveBeforeClosing(QWidget* parent, const QString& title) = 0;
    virtual ConflictChoice askChangedOnDisk(QWidget* parent, const QString& path) = 0;
    // The picture file the user picked, or an empty string.
    virtual QString chooseImage(QWidget* parent, const QString& startFolder) = 0;
    virtual void showError(QWidget* parent, const QString& message) = 0;
};

} // namespace unclutch::app
