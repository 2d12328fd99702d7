#include "session_detail_pane.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app/duration_text.h"
#include "app/step_label.h"
#include "storage/history_store.h"

namespace unclutch::app {

namespace {

QString timeText(const QTime& time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

// "Saturday 5 December 2026, 07:45"; only the time when it is on the day `sameDayAs` started.
QString momentText(const QDateTime& instant, const QDateTime& sameDayAs = {})
{
    if (!instant.isValid())
        return SessionDetailPane::tr("Not ended");
    const QDateTime local = instant.toLocalTime();
    if (sameDayAs.isValid() && sameDayAs.toLocalTime().date() == local.date())
        return timeText(local.time());
    //: A day and a time in the session details, e.g. "Saturday, 5 December 2026, 07:45".
    return SessionDetailPane::tr("%1, %2").arg(
        QLocale().toString(local.date(), QLocale::LongFormat), timeText(local.time()));
}

QString painText(std::optional<int> pain)
{
    return pain ? SessionDetailPane::tr("%1 of 10").arg(*pain) : SessionDetailPane::tr("Not rated");
}

// A session from before per-step records knows only where the easier variant was used.
QString olderStepsText(const QList<storage::StepRecord>& steps)
{
    if (steps.isEmpty())
        return SessionDetailPane::tr("Recorded before Unclutch kept each step.");
    QStringList numbers;
    for (const storage::StepRecord& step : steps)
        numbers << stepNumber(step.step - 1, step.side);
    return SessionDetailPane::tr("Recorded before Unclutch kept each step; the easier variant was "
                                 "used in step(s) %1.",
                                 nullptr, int(steps.size()))
        .arg(QLocale().createSeparatedList(numbers));
}

// Steps all of whose sides were played to their end, of the routine's steps (one numbering: a
// step with sides is one step); a session from before per-step records knows only its count.
QString stepsCompletedText(const storage::SessionRecord& record)
{
    if (!record.hasStepRecords())
        return QLocale().toString(record.stepsCompleted);
    const storage::WholeSteps steps = storage::wholeSteps(record.steps);
    //: Steps completed of the routine's steps: "3 of 4".
    return SessionDetailPane::tr("%1 of %2")
        .arg(QLocale().toString(steps.done), QLocale().toString(steps.count));
}

} // namespace

SessionDetailPane::SessionDetailPane(storage::HistoryStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("sessionDetails"));
    auto* empty = new QLabel(tr("Choose a session to see its details and note."), m_pages);
    empty->setObjectName(QStringLiteral("noSessionLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages->addWidget(empty);

    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_file = addRow(form, tr("File:"), QStringLiteral("sessionFile"));
    m_file->setWordWrap(true);
    m_started = addRow(form, tr("Started:"), QStringLiteral("sessionStarted"));
    m_ended = addRow(form, tr("Ended:"), QStringLiteral("sessionEnded"));
    m_planned = addRow(form, tr("Planned active time:"), QStringLiteral("sessionPlanned"));
    m_completed = addRow(form, tr("Completed active time:"), QStringLiteral("sessionCompleted"));
    m_steps = addRow(form, tr("Steps completed:"), QStringLiteral("sessionSteps"));
    m_outcome = addRow(form, tr("Outcome:"), QStringLiteral("sessionOutcome"));
    m_painBefore = addRow(form, tr("Pain before:"), QStringLiteral("sessionPainBefore"));
    m_painAfter = addRow(form, tr("Pain after:"), QStringLiteral("sessionPainAfter"));
    layout->addLayout(form);

    m_stepList = new QTreeWidget(page);
    m_stepList->setObjectName(QStringLiteral("sessionStepList"));
    m_stepList->setAccessibleName(tr("Steps of the session"));
    m_stepList->setHeaderLabels(
        {tr("Step"), tr("Pose"), tr("How it ended"), tr("Time"), tr("Easier")});
    m_stepList->setRootIsDecorated(false);
    m_stepList->setUniformRowHeights(true);
    m_stepList->setSelectionMode(QAbstractItemView::NoSelection);
    m_stepList->setFocusPolicy(Qt::TabFocus);
    m_stepList->header()->setStretchLastSection(false);
    m_stepList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stepList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_stepList, 2);
    m_olderSteps = new QLabel(page);
    m_olderSteps->setObjectName(QStringLiteral("sessionOlderSteps"));
    m_olderSteps->setWordWrap(true);
    m_olderSteps->setTextFormat(Qt::PlainText);
    layout->addWidget(m_olderSteps);

    auto* noteLabel = new QLabel(tr("&Note:"), page);
    layout->addWidget(noteLabel);
    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("sessionNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("How did it feel? Anything to remember next time?"));
    m_note->setTabChangesFocus(true);
    m_note->installEventFilter(this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note, 1);
    m_noteStatus = new QLabel(page);
    m_noteStatus->setObjectName(QStringLiteral("noteStatus"));
    m_noteStatus->setWordWrap(true);
    layout->addWidget(m_noteStatus);

    m_delete = new QPushButton(tr("&Delete session…"), page);
    m_delete->setObjectName(QStringLiteral("deleteSessionButton"));
    m_delete->setToolTip(tr("Delete this session from the history (Delete)"));
    layout->addWidget(m_delete, 0, Qt::AlignLeft);
    m_pages->addWidget(page);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    m_idle.setSingleShot(true);
    m_idle.setInterval(kSaveAfterIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &SessionDetailPane::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || !m_record)
            return;
        m_dirty = true;
        m_idle.start();
    });
    connect(m_delete, &QPushButton::clicked, this, &SessionDetailPane::deleteRequested);
}

SessionDetailPane::~SessionDetailPane()
{
    saveNote();
}

QLabel* SessionDetailPane::addRow(QFormLayout* form, const QString& label,
                                  const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* name = new QLabel(label, this);
    name->setBuddy(value);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(name, value);
    return value;
}

void SessionDetailPane::showSession(const std::optional<storage::SessionRecord>& record)
{
    const bool sameSession = record && m_record && record->id == m_record->id;
    if (!sameSession) {
        saveNote();
        // A failure stays in the store's pending writes; the message belonged to that session.
        m_noteStatus->clear();
    }
    m_record = record;
    if (!record) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    m_title->setText(record->routineTitle.isEmpty() ? record->routineId : record->routineTitle);
    m_file->setText(record->routineFile.isEmpty() ? tr("Unknown") : record->routineFile);
    m_started->setText(momentText(record->start));
    m_ended->setText(momentText(record->end, record->start));
    m_planned->setText(minutesSeconds(record->plannedActiveMs));
    m_completed->setText(minutesSeconds(record->completedActiveMs));
    m_steps->setText(stepsCompletedText(*record));
    showSteps(*record);
    m_outcome->setText(storage::outcomeDisplayName(record->outcome));
    m_painBefore->setText(painText(record->painBefore));
    m_painAfter->setText(painText(record->painAfter));
    // The same session shown again (a refresh) keeps what is being typed.
    if (!(sameSession && m_dirty)) {
        m_loading = true;
        m_note->setPlainText(record->note);
        m_loading = false;
        m_dirty = false;
    }
}

std::optional<storage::SessionId> SessionDetailPane::sessionId() const
{
    return m_record ? std::optional(m_record->id) : std::nullopt;
}

bool SessionDetailPane::saveNote()
{
    m_idle.stop();
    if (!m_dirty || !m_record)
        return true;
    const QString note = m_note->toPlainText();
    m_dirty = false;
    m_record->note = note;
    const storage::Status status = m_store->setNote(m_record->id, note);
    emit noteSaved(m_record->id, note);
    if (!status.ok()) {
        showStatus(tr("The note could not be saved: %1").arg(status.error()), true);
        return false;
    }
    showStatus(tr("Note saved."), false);
    return true;
}

bool SessionDetailPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        saveNote();
    return QWidget::eventFilter(watched, event);
}

void SessionDetailPane::showSteps(const storage::SessionRecord& record)
{
    m_stepList->clear();
    const bool recorded = record.hasStepRecords();
    m_stepList->setVisible(recorded);
    m_olderSteps->setVisible(!recorded);
    if (!recorded) {
        m_olderSteps->setText(olderStepsText(record.steps));
        return;
    }
    // The record lists every instance in timeline order, so the last one is the last step.
    const int stepCount = record.steps.last().step;
    QList<QTreeWidgetItem*> items;
    for (const storage::StepRecord& step : record.steps) {
        items << new QTreeWidgetItem(
            QStringList{stepLabel(step.step - 1, stepCount, step.side), step.pose,
                        storage::stepOutcomeDisplayName(step.outcome),
                        minutesSeconds(step.activeMs), step.easier ? tr("Yes") : QString()});
    }
    m_stepList->addTopLevelItems(items);
}

void SessionDetailPane::showStatus(const QString& text, bool problem)
{
    m_noteStatus->setText(text);
    m_noteStatus->setProperty("problem", problem);
    QFont font = m_noteStatus->font();
    font.setBold(problem);
    m_noteStatus->setFont(font);
}

} // namespace unclutch::app
