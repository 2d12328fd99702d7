#include "pain_rating_widget.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace unclutch::app {

PainRatingWidget::PainRatingWidget(QWidget* parent)
    : QWidget(parent)
    , m_question(new QLabel)
    , m_answer(new QLabel)
    , m_buttons(new QButtonGroup(this))
    , m_skip(new QPushButton(tr("Skip")))
{
    setObjectName(QStringLiteral("painRating"));
    setAccessibleName(tr("Pain rating"));
    setAccessibleDescription(tr("Rate your pain from 0, none, to 10, the worst imaginable. "
                                "Press a digit; 1 then 0 for 10."));
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };

    m_question->setObjectName(QStringLiteral("painQuestion"));
    m_question->setWordWrap(true);
    m_answer->setObjectName(QStringLiteral("painAnswer"));
    m_answer->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    auto* none = new QLabel(tr("none"));
    none->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(none);
    m_buttons->setExclusive(true);
    for (int value = 0; value <= 10; ++value) {
        auto* button = new QPushButton(QString::number(value));
        button->setObjectName(QStringLiteral("painButton%1").arg(value));
        button->setAccessibleName(tr("Pain %1 of 10").arg(value));
        button->setToolTip(value == 10 ? tr("10: press 1 then 0") : tr("%1: press %1").arg(value));
        button->setCheckable(true);
        // Styles give a text button 80 px at least; eleven of those do not fit a small screen.
        button->setMinimumWidth(28);
        button->setAutoDefault(true);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        m_buttons->addButton(button, value);
        row->addWidget(button);
    }
    auto* worst = new QLabel(tr("worst"));
    worst->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(worst);
    row->addSpacing(12);
    m_skip->setObjectName(QStringLiteral("painSkip"));
    m_skip->setAccessibleName(tr("Skip the pain rating"));
    m_skip->setToolTip(tr("Skip: the rating is optional"));
    m_skip->setAutoDefault(true);
    row->addWidget(m_skip);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addLayout(row);
    layout->addWidget(m_answer);

    connect(m_buttons, &QButtonGroup::idClicked, this, &PainRatingWidget::rate);
    connect(m_skip, &QPushButton::clicked, this, &PainRatingWidget::skip);
    showAnswer();
}

void PainRatingWidget::setQuestion(const QString& question)
{
    m_question->setText(question);
}

void PainRatingWidget::reset()
{
    m_rating.reset();
    m_oneAt.reset();
    m_skipped = false;
    m_buttons->setExclusive(false);
    for (QAbstractButton* button : m_buttons->buttons())
        button->setChecked(false);
    m_buttons->setExclusive(true);
    showAnswer();
}

void PainRatingWidget::setCompact(bool compact)
{
    m_answer->setVisible(!compact);
}

void PainRatingWidget::handleDigit(int digit)
{
    if (digit < 0 || digit > 9)
        return;
    const qint64 now = m_clock();
    if (digit == 0 && m_oneAt && now - *m_oneAt <= kTenWindowMs) {
        m_oneAt.reset();
        rate(10);
        return;
    }
    m_oneAt = digit == 1 ? std::optional<qint64>(now) : std::nullopt;
    rate(digit);
}

void PainRatingWidget::rate(int rating)
{
    if (rating < 0 || rating > 10)
        return;
    m_rating = rating;
    m_skipped = false;
    if (QAbstractButton* button = m_buttons->button(rating))
        button->setChecked(true);
    showAnswer();
    emit rated(rating);
}

void PainRatingWidget::skip()
{
    m_skipped = true;
    showAnswer();
    emit skipped();
}

void PainRatingWidget::showAnswer()
{
    if (m_rating)
        m_answer->setText(tr("Noted: %1 of 10. Thank you.").arg(*m_rating));
    else if (m_skipped)
        m_answer->setText(tr("Skipped."));
    else
        m_answer->setText(tr("Press a digit: 0 for none up to 9; 1 then 0 for 10."));
}

} // namespace unclutch::app
