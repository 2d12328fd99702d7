#pragma once

#include <QListWidget>

#include "field_messages.h"

namespace unclutch::app {

// The validation messages that have no field on screen, one `--validate` line each.
// Activating one that belongs to another step asks to go there.
class ProblemList : public QListWidget {
    Q_OBJECT

public:
    explicit ProblemList(QWidget* parent = nullptr);

    // `messages` carry their whole pointer path (e.g. {"steps", "2", "pose"}).
    void setProblems(const FieldDiagnostics& messages);

signals:
    void stepRequested(int step);
};

} // namespace unclutch::app
