#include "fit_controls.h"

#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>
#include <cstdlib>
#include <set>

#include "app/duration_text.h"
#include "core/timeline.h"
#include "routine_fits.h"
#include "ui_fit_controls.h"

namespace unclutch::app {

namespace {

// Lengths people ask for most; the routine's own is the first choice, "As written".
constexpr double kPresetMinutes[] = {5, 10, 15, 20};
// Slower and faster than most routines' own cycle. 15 s is what the seed articles ask of the
// cat-cow: "a single cycle that lasts up to 15 seconds".
constexpr double kPresetPaces[] = {6, 8, 10, 12, 15, 18, 20};
constexpr double kArticlesPace = 15;
// A preset whose length the routine reaches this closely is shown as it is.
constexpr std::int64_t kNearEnoughMs = 30'000;

QString secondsText(double seconds)
{
    return QLocale().toString(seconds, 'g', 4);
}

} // namespace

FitControls::FitControls(RoutineFits* fits, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FitControls>())
    , m_fits(fits)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("fitControls"));
    connect(m_ui->fitLengthCombo, &QComboBox::activated, this, &FitControls::choose);
    connect(m_ui->fitPaceCombo, &QComboBox::activated, this, &FitControls::choose);
    connect(m_ui->fitEasierCheck, &QCheckBox::clicked, this, &FitControls::choose);
    setRoutine(nullptr);
}

FitControls::~FitControls() = default;

QWidget* FitControls::firstControl() const
{
    return m_ui->fitLengthCombo;
}

QWidget* FitControls::lastControl() const
{
    return m_ui->fitEasierCheck;
}

void FitControls::setRoutine(const core::Routine* routine)
{
    if (routine)
        m_routine = *routine;
    else
        m_routine.reset();
    setEnabled(routine != nullptr);
    fill();
}

void FitControls::fill()
{
    const core::FitChoices choices =
        m_routine ? m_fits->choicesFor(*m_routine) : core::FitChoices{};
    fillLength(choices);
    fillPace(choices);
    const bool hasEasier =
        m_routine && std::any_of(m_routine->steps.begin(), m_routine->steps.end(),
                                 [](const core::Step& step) { return step.easier.has_value(); });
    m_ui->fitEasierCheck->setVisible(hasEasier);
    m_ui->fitEasierSpacer->changeSize(hasEasier ? 12 : 0, 0);
    m_ui->fitEasierCheck->setChecked(hasEasier && choices.easier);
}

void FitControls::fillLength(const core::FitChoices& choices)
{
    QComboBox* combo = m_ui->fitLengthCombo;
    combo->clear();
    if (!m_routine) {
        combo->addItem(tr("As written"));
        return;
    }
    // As written, with the pace chosen: that is what the session lasts without a length.
    // choicesFor() keeps only a pace the routine can take, and any length fits with it.
    core::FitChoices paced = choices;
    paced.minutes.reset();
    const auto lengthWith = [this](const core::FitChoices& asked) {
        const core::FitResult fitted = core::fit(*m_routine, asked);
        return core::total_ms(fitted.ok() ? fitted.fitted->routine : *m_routine);
    };
    combo->addItem(tr("As written (%1)").arg(minutesSeconds(lengthWith(paced))));
    for (double minutes : kPresetMinutes) {
        core::FitChoices asked = paced;
        asked.minutes = minutes;
        const std::int64_t length = lengthWith(asked);
        const auto wanted = static_cast<std::int64_t>(minutes * 60'000);
        QString text = tr("%n min", nullptr, static_cast<int>(minutes));
        // The scale has its limits (a quarter to four times as written): say what it reaches.
        if (length < wanted - kNearEnoughMs)
            text = tr("%1 (reaches only %2)").arg(text, minutesSeconds(length));
        else if (length > wanted + kNearEnoughMs)
            text = tr("%1 (at least %2)").arg(text, minutesSeconds(length));
        combo->addItem(text, minutes);
    }
    const int current = choices.minutes ? combo->findData(*choices.minutes) : 0;
    if (current < 0) // a length chosen elsewhere (a hand-edited setting): shown as it is
        combo->addItem(tr("%1 min").arg(secondsText(*choices.minutes)), *choices.minutes);
    combo->setCurrentIndex(current < 0 ? combo->count() - 1 : current);
}

void FitControls::fillPace(const core::FitChoices& choices)
{
    QComboBox* combo = m_ui->fitPaceCombo;
    combo->clear();
    std::set<double> cycles; // seconds
    if (m_routine) {
        for (const core::Step& step : m_routine->steps) {
            if (step.pacing)
                cycles.insert(step.pacing->cycle);
        }
    }
    const bool paced = !cycles.empty();
    m_ui->fitPaceLabel->setVisible(paced);
    combo->setVisible(paced);
    m_ui->fitPaceSpacer->changeSize(paced ? 12 : 0, 0);
    if (!paced)
        return;
    if (cycles.size() == 1)
        combo->addItem(tr("As written (%1 s)").arg(secondsText(*cycles.begin())));
    else
        combo->addItem(tr("As written (%1–%2 s)")
                           .arg(secondsText(*cycles.begin()), secondsText(*cycles.rbegin())));
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    for (double pace : kPresetPaces) {
        combo->addItem(pace == kArticlesPace
                           ? tr("%1 s: “up to 15 s a cycle”").arg(secondsText(pace))
                           : tr("%1 s").arg(secondsText(pace)),
                       pace);
        const int index = combo->count() - 1;
        if (pace == kArticlesPace)
            combo->setItemData(index,
                               tr("The cat-cow article asks for a single cycle that lasts "
                                  "up to 15 seconds"),
                               Qt::ToolTipRole);
        core::FitChoices asked;
        asked.pace = pace;
        const core::FitResult fitted = core::fit(*m_routine, asked);
        if (fitted.ok())
            continue;
        // Refused by the fit (section 4): shown, so the list stays the same, but not chosen.
        items->item(index)->setEnabled(false);
        const core::FitError& error = *fitted.error;
        combo->setItemData(index,
                           error.kind == core::FitError::Kind::StepTooLong
                               ? tr("Step %1 would last %2; a step lasts at most an hour")
                                     .arg(error.step + 1)
                                     .arg(minutesSeconds(error.length_ms))
                               : tr("The routine would last over 4 hours"),
                           Qt::ToolTipRole);
    }
    const int current = choices.pace ? combo->findData(*choices.pace) : 0;
    if (current < 0)
        combo->addItem(tr("%1 s").arg(secondsText(*choices.pace)), *choices.pace);
    combo->setCurrentIndex(current < 0 ? combo->count() - 1 : current);
}

void FitControls::choose()
{
    if (!m_routine)
        return;
    core::FitChoices choices;
    if (const QVariant minutes = m_ui->fitLengthCombo->currentData(); minutes.isValid())
        choices.minutes = minutes.toDouble();
    if (const QVariant pace = m_ui->fitPaceCombo->currentData();
        m_ui->fitPaceCombo->isVisibleTo(this) && pace.isValid())
        choices.pace = pace.toDouble();
    choices.easier = m_ui->fitEasierCheck->isVisibleTo(this) && m_ui->fitEasierCheck->isChecked();
    m_fits->setChoices(*m_routine, choices);
    // What the presets reach depends on the pace.
    fill();
}

} // namespace unclutch::app
