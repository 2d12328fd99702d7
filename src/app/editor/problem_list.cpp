#include "problem_list.h"

namespace unclutch::app {

ProblemList::ProblemList(QWidget* parent)
    : QListWidget(parent)
{
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int step = item->data(Qt::UserRole).toInt();
        if (step >= 0)
            emit stepRequested(step);
    });
}

void ProblemList::setProblems(const FieldDiagnostics& messages)
{
    clear();
    for (const FieldDiagnostic& message : messages) {
        auto* item = new QListWidgetItem(QString::fromStdString(message.diagnostic.format()), this);
        const bool inStep =
            message.path.value(0) == QLatin1String("steps") && message.path.size() > 1;
        item->setData(Qt::UserRole, inStep ? message.path.value(1).toInt() : -1);
        item->setForeground(message.diagnostic.severity == core::Severity::Error
                                ? QColor(0xb0, 0x00, 0x20)
                                : QColor(0x8a, 0x5a, 0x00));
    }
}

} // namespace unclutch::app
