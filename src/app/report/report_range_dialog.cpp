#include "report_range_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace unclutch::app {

namespace {

QDateEdit* dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    //: The report period's dates, in Qt's date format (d: day, MMMM: month name, yyyy: year).
    edit->setDisplayFormat(ReportRangeDialog::tr("d MMMM yyyy"));
    return edit;
}

} // namespace

int ReportRangeDialog::titleBarWidth(const QWidget* window)
{
    QFont font = window->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    const QFontMetrics metrics(font);
    QString title = window->windowTitle();
    const QString application = QGuiApplication::applicationDisplayName();
    if (!application.isEmpty() && application != title)
        title += QStringLiteral(" \u2014 ") + application;
    return metrics.horizontalAdvance(title) + 2 * kTitleBarButtons * 2 * metrics.height();
}

ReportRangeDialog::ReportRangeDialog(const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_first(dateEdit(QStringLiteral("firstDate"), this))
    , m_last(dateEdit(QStringLiteral("lastDate"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Report for a physiotherapist"));
    auto* intro = new QLabel(
        tr("A printable PDF of your sessions in this period: a summary, your pain ratings "
           "and minutes per week, and every session with its note."),
        this);
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("rangeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_first);
    form->addRow(tr("&To:"), m_last);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Choose file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_first, &QDateEdit::dateChanged, this, &ReportRangeDialog::check);
    connect(m_last, &QDateEdit::dateChanged, this, &ReportRangeDialog::check);
    setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 60, titleBarWidth(this)));
    setRange(today.addMonths(-3).addDays(1), today);
}

QDate ReportRangeDialog::first() const
{
    return m_first->date();
}

QDate ReportRangeDialog::last() const
{
    return m_last->date();
}

void ReportRangeDialog::setRange(const QDate& first, const QDate& last)
{
    m_first->setDate(first);
    m_last->setDate(last);
    check();
}

void ReportRangeDialog::check()
{
    const bool ok = first() <= last();
    m_ok->setEnabled(ok);
    m_problem->setText(ok ? QString() : tr("The period must start on or before the day it ends."));
}

} // namespace unclutch::app
