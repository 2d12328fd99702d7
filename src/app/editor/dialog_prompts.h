#pragma once

#include "editor_prompts.h"

namespace unclutch::app {

// The editor's questions as message boxes and a file dialog.
class DialogPrompts : public EditorPrompts {
public:
    CloseChoice askSaveBeforeClosing(QWidget* parent, const QString& title) override;
    ConflictChoice askChangedOnDisk(QWidget* parent, const QString& path) override;
    QString chooseImage(QWidget* parent, const QString& startFolder) override;
    void showError(QWidget* parent, const QString& message) override;
};

} // namespace unclutch::app
