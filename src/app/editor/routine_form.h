#pragma once

#include <memory>

#include <QWidget>

#include "field_messages.h"
#include "routine_document.h"

namespace Ui {
class RoutineForm;
}

namespace unclutch::app {

// The routine's own fields: title, description, author, the get-ready time before every step
// and the cautions. Edits become undo commands; the document's changes come back as values.
class RoutineForm : public QWidget {
    Q_OBJECT

public:
    explicit RoutineForm(QWidget* parent = nullptr);
    ~RoutineForm() override;

    void setDocument(RoutineDocument* document);
    void refresh();
    // Shows the messages for the routine's fields; returns the ones that have none here.
    FieldDiagnostics showDiagnostics(FieldDiagnostics diagnostics);

private:
    void push(RoutineField field, const QVariant& value);
    QStringList cautionsFromText() const;

    std::unique_ptr<Ui::RoutineForm> m_ui;
    RoutineDocument* m_document = nullptr;
};

} // namespace unclutch::app
