#include "main_window.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "duration_text.h"
#include "library_model.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

QString sideText(const core::Step& step)
{
    QStringList sides;
    for (core::Side side : step.sides)
        sides << (side == core::Side::Left ? MainWindow::tr("left") : MainWindow::tr("right"));
    return sides.join(QStringLiteral(", "));
}

QString detailsHtml(const core::Routine& routine)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(QString::fromStdString(routine.title).toHtmlEscaped());
    if (!routine.description.empty())
        html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(routine.description).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ol>")
                .arg(MainWindow::tr("%1 in all").arg(minutesSeconds(core::total_ms(routine))));
    for (const core::Step& step : routine.steps) {
        QString line = QString::fromStdString(step.pose).toHtmlEscaped() + QStringLiteral(" — ") +
                       minutesSeconds(core::step_length_ms(step));
        if (!step.sides.empty())
            line += QStringLiteral(" (%1)").arg(MainWindow::tr("each side: %1").arg(sideText(step)));
        if (step.pacing)
            line += QStringLiteral(" · ") +
                    MainWindow::tr("%n slow cycles", nullptr, static_cast<int>(step.pacing->cycles));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace

MainWindow::MainWindow(storage::RoutineLibrary& library, QWidget* parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_model(new LibraryModel(library, this))
    , m_view(new QTreeView)
    , m_details(new QLabel)
{
    setWindowTitle(tr("Unclutch"));
    setObjectName(QStringLiteral("mainWindow"));

    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Routine library"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LibraryModel::LengthColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LibraryModel::PosesColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LibraryModel::OriginColumn, QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("routineDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(12);
    auto* detailsScroll = new QScrollArea;
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_details);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto* disclaimer = new QLabel(
        tr("Unclutch is not medical advice. If pain is severe or lasts, see a health professional."));
    disclaimer->setObjectName(QStringLiteral("disclaimer"));
    disclaimer->setWordWrap(true);
    disclaimer->setMargin(6);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(splitter, 1);
    layout->addWidget(disclaimer);
    setCentralWidget(central);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        showDetails();
    });
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showDetails();
    resize(1100, 700);
}

void MainWindow::showDetails()
{
    const storage::RoutineEntry* entry = m_model->entryAt(m_view->currentIndex().row());
    if (!entry) {
        m_details->setText(tr("No routines found."));
        return;
    }
    if (!entry->routine) {
        QString html = QStringLiteral("<h3>%1</h3><ul>").arg(entry->path.toHtmlEscaped());
        for (const core::Diagnostic& diagnostic : entry->diagnostics)
            html += QStringLiteral("<li>%1</li>")
                        .arg(QString::fromStdString(diagnostic.format()).toHtmlEscaped());
        m_details->setText(html + QStringLiteral("</ul>"));
        return;
    }
    m_details->setText(detailsHtml(*entry->routine));
}

} // namespace unclutch::app
