#include "player_controller.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <utility>
#include <vector>

#include "core/timeline_fingerprint.h"

namespace unclutch::app {

namespace {

std::int64_t wholeMs(core::Session::Duration d)
{
    return std::chrono::floor<std::chrono::milliseconds>(d).count();
}

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PlayerController::PlayerController(QObject* parent)
    : QObject(parent)
{
}

PlayerController::~PlayerController() = default;

void PlayerController::load(core::Routine routine, const QString& file, SessionStart start)
{
    unload();
    m_file = file;
    // The real clock's runner sleeps out each deadline's final approach; a test's clock cannot.
    m_runner = m_clock ? std::make_unique<SessionRunner>(std::move(routine), m_clock)
                       : std::make_unique<SessionRunner>(std::move(routine));
    connect(m_runner.get(), &SessionRunner::eventFired, this, &PlayerController::onEvent);
    connect(m_runner.get(), &SessionRunner::stateChanged, this, &PlayerController::onStateChanged);
    connect(m_runner.get(), &SessionRunner::jumped, this, &PlayerController::onJumped);
    const auto& instances = m_runner->session().timeline().instances();
    const auto first = std::find_if(instances.begin(), instances.end(), [&](const auto& instance) {
        return static_cast<int>(instance.step) == start.step;
    });
    m_instance = first == instances.end() ? 0 : static_cast<std::size_t>(first - instances.begin());
    // Only a step that has an easier variant can show it ("easier throughout" may name them all).
    const auto& steps = m_runner->routine().steps;
    for (int step : std::as_const(start.easierSteps)) {
        if (step >= 0 && static_cast<std::size_t>(step) < steps.size() && steps[step].easier)
            m_runner->setEasier(static_cast<std::size_t>(step), true);
    }
    if (start.continuation &&
        m_runner->continueAt(start.continuation->instance, start.continuation->soFar))
        m_instance = start.continuation->instance;
    else if (m_instance > 0)
        m_runner->beginAt(m_instance);
    m_start = std::move(start);
    m_fingerprint =
        QString::fromStdString(core::timeline_fingerprint(m_runner->session().timeline()));
    emit loaded();
    emit changed();
}

void PlayerController::unload()
{
    m_runner.reset();
    m_file.clear();
    m_start = {};
    m_fingerprint.clear();
    m_latestCue.clear();
    m_painBefore.reset();
    m_painAfter.reset();
    m_startHeld = false;
    m_startWanted = false;
    m_startedAt = {};
    m_endedAt = {};
}

const core::Routine* PlayerController::routine() const
{
    return m_runner ? &m_runner->routine() : nullptr;
}

core::SessionState PlayerController::state() const
{
    return m_runner ? m_runner->session().state() : core::SessionState::Ready;
}

PlayerFrame PlayerController::frame() const
{
    PlayerFrame frame;
    if (!m_runner)
        return frame;
    const core::Session& session = m_runner->session();
    const auto& instances = session.timeline().instances();
    const auto now = m_runner->now();
    frame.state = session.state();
    frame.pauseReason = session.pause_reason();
    frame.instanceCount = static_cast<int>(instances.size());
    frame.stepCount = static_cast<int>(m_runner->routine().steps.size());
    frame.totalMs = session.timeline().total_ms();
    frame.positionMs = wholeMs(session.position(now));
    frame.activeMs = wholeMs(session.active_time(now));
    frame.completedMs = session.ledger(now).completed_ms();
    if (instances.empty())
        return frame;

    const core::Session::Progress where = session.progress(now);
    const core::Instance& instance = instances[where.instance];
    const core::Step& step = stepOf(where.instance);
    frame.instance = static_cast<int>(where.instance);
    frame.step = static_cast<int>(instance.step);
    frame.side = instance.side;
    frame.gettingReady = where.getting_ready;
    frame.remainingMs = std::chrono::ceil<std::chrono::milliseconds>(where.remaining).count();
    frame.lengthMs = where.getting_ready ? instance.prepare_ms : instance.duration_ms();
    frame.easierAvailable = step.easier.has_value();
    frame.easierShown = showsEasier(where.instance);
    frame.pose = poseOf(where.instance);
    frame.instructions = qt(frame.easierShown ? step.easier->instructions : step.instructions);
    frame.imagePath = imageOf(where.instance);
    if (m_instance == where.instance)
        frame.latestCue = m_latestCue;
    if (where.instance + 1 < instances.size()) {
        frame.hasNext = true;
        frame.nextPose = poseOf(where.instance + 1);
        frame.nextSide = instances[where.instance + 1].side;
    }
    frame.pace = paceNow();
    return frame;
}

std::optional<PaceFrame> PlayerController::paceNow() const
{
    if (!m_runner)
        return std::nullopt;
    const core::Session& session = m_runner->session();
    const auto now = m_runner->now();
    const auto pace = session.pace(now);
    if (!pace)
        return std::nullopt;
    const std::size_t index = session.progress(now).instance;
    const core::Instance& instance = session.timeline().instances()[index];
    const core::Step& step = stepOf(index);
    const auto cycle = static_cast<double>(instance.cycle_ms);

    PaceFrame frame;
    frame.cycle = static_cast<int>(pace->cycle) + 1;
    frame.cycles = static_cast<int>(instance.cycles);
    frame.phase = static_cast<int>(pace->phase);
    if (step.pacing && pace->phase < step.pacing->phases.size())
        frame.phaseName = qt(step.pacing->phases[pace->phase].name);
    const auto ms = [](core::Session::Duration d) {
        return std::chrono::duration<double, std::milli>(d).count();
    };
    frame.cycleFraction = ms(pace->into_cycle) / cycle;
    frame.phaseFraction =
        pace->phase_length.count() > 0 ? ms(pace->into_phase) / ms(pace->phase_length) : 0.0;
    for (std::int64_t offset : instance.phase_offsets_ms)
        frame.phaseStarts << static_cast<double>(offset) / cycle;
    if (instance.beat_ms > 0) {
        for (std::int64_t at = 0; at < instance.cycle_ms; at += instance.beat_ms)
            frame.beats << static_cast<double>(at) / cycle;
    }
    return frame;
}

PlayerSummary PlayerController::summary() const
{
    PlayerSummary summary;
    if (!m_runner)
        return summary;
    const core::Routine& routine = m_runner->routine();
    const core::Session& session = m_runner->session();
    const auto now = m_runner->now();
    const core::SessionLedger ledger = session.ledger(now);
    summary.routineId = qt(routine.id);
    summary.routineTitle = qt(routine.title);
    summary.routineFile = m_file;
    summary.start = m_startedAt;
    summary.end = m_endedAt;
    summary.finished = session.state() == core::SessionState::Finished;
    summary.stopped = session.state() == core::SessionState::Stopped;
    summary.isTry = m_start.isTry;
    summary.plannedActiveMs = ledger.planned_ms();
    summary.completedActiveMs = ledger.completed_ms();
    summary.stepCount = static_cast<int>(routine.steps.size());
    summary.steps = stepRecords(ledger.records());
    summary.stepsCompleted = storage::wholeSteps(summary.steps).done;
    const auto& instances = session.timeline().instances();
    summary.currentInstance =
        instances.empty() ? 0 : static_cast<int>(session.progress(now).instance);
    for (std::size_t step : ledger.easier_steps())
        summary.easierChosen << static_cast<int>(step);
    summary.fit = m_start.fit;
    summary.timelineFingerprint = m_fingerprint;
    if (m_start.continuation)
        summary.continuedRecord = m_start.continuation->record;
    summary.painBefore = m_painBefore;
    summary.painAfter = m_painAfter;
    return summary;
}

QList<storage::StepRecord>
PlayerController::stepRecords(const std::vector<core::InstanceRecord>& records) const
{
    const auto& instances = m_runner->session().timeline().instances();
    QList<storage::StepRecord> steps;
    steps.reserve(static_cast<qsizetype>(instances.size()));
    for (std::size_t i = 0; i < instances.size(); ++i) {
        storage::StepRecord step;
        step.step = static_cast<int>(instances[i].step) + 1;
        step.side = instances[i].side;
        step.pose = qt(m_runner->routine().steps[instances[i].step].pose);
        step.outcome = records[i].outcome;
        step.activeMs = records[i].active_ms;
        step.easier = records[i].easier;
        steps.append(step);
    }
    return steps;
}

void PlayerController::start()
{
    if (m_startHeld) {
        m_startWanted = true;
        return;
    }
    if (m_runner)
        m_runner->start();
}

void PlayerController::holdStart()
{
    m_startHeld = true;
}

void PlayerController::releaseStart()
{
    m_startHeld = false;
    if (std::exchange(m_startWanted, false))
        start();
}

void PlayerController::togglePause()
{
    if (m_runner)
        m_runner->togglePause();
}

void PlayerController::next()
{
    if (m_runner)
        m_runner->next();
}

void PlayerController::previous()
{
    if (m_runner)
        m_runner->previous();
}

void PlayerController::stop()
{
    if (m_runner)
        m_runner->stop();
}

void PlayerController::toggleEasier()
{
    if (!m_runner || m_runner->session().timeline().instances().empty())
        return;
    const core::SessionState state = m_runner->session().state();
    if (state == core::SessionState::Finished || state == core::SessionState::Stopped)
        return;
    const std::size_t instance = m_runner->session().progress(m_runner->now()).instance;
    const std::size_t step = m_runner->session().timeline().instances()[instance].step;
    if (!stepOf(instance).easier)
        return;
    m_runner->setEasier(step, !m_runner->session().easier(step));
    emit easierToggled(showsEasier(instance), poseOf(instance));
    emit changed();
}

void PlayerController::setPainBefore(int rating)
{
    if (rating < 0 || rating > 10)
        return;
    m_painBefore = rating;
    emit painBeforeRated(rating);
}

void PlayerController::setPainAfter(int rating)
{
    if (rating < 0 || rating > 10)
        return;
    m_painAfter = rating;
    emit painAfterRated(rating);
}

void PlayerController::onEvent(const core::Event& event, double scheduledMs, double firedMs)
{
    const std::size_t instance = event.instance;
    if (event.type != core::EventType::End && instance != m_instance)
        enterInstance(instance);
    emit eventFired(event, scheduledMs, firedMs);

    const core::Step& step = stepOf(instance);
    const core::Side side = m_runner->session().timeline().instances()[instance].side;
    switch (event.type) {
    case core::EventType::Prepare:
        emit getReadyStarted(poseOf(instance), side);
        break;
    case core::EventType::Step:
        emit stepStarted(poseOf(instance), side,
                         qt(showsEasier(instance) ? step.easier->instructions : step.instructions));
        emit changed();
        break;
    case core::EventType::Phase:
        emit phaseStarted(static_cast<int>(event.index),
                          step.pacing ? qt(step.pacing->phases[event.index].name) : QString());
        break;
    case core::EventType::Beat:
        emit beat(event.accent());
        break;
    case core::EventType::Cue:
        m_latestCue = qt(step.cues[event.index].text);
        emit cueFired(m_latestCue);
        emit changed();
        break;
    case core::EventType::End:
        break;
    }
}

void PlayerController::onStateChanged(core::SessionState state)
{
    if (state == core::SessionState::Running && !m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
    const bool over = state == core::SessionState::Finished || state == core::SessionState::Stopped;
    if (over)
        m_endedAt = QDateTime::currentDateTimeUtc();
    emit stateChanged(state);
    emit changed();
    if (state == core::SessionState::Finished)
        emit finished();
    else if (state == core::SessionState::Stopped)
        emit stopped();
}

void PlayerController::onJumped(std::size_t instance)
{
    enterInstance(instance);
}

void PlayerController::enterInstance(std::size_t instance)
{
    m_instance = instance;
    m_latestCue.clear();
    emit changed();
}

const core::Step& PlayerController::stepOf(std::size_t instance) const
{
    const core::Routine& routine = m_runner->routine();
    return routine.steps[m_runner->session().timeline().instances()[instance].step];
}

bool PlayerController::showsEasier(std::size_t instance) const
{
    const std::size_t step = m_runner->session().timeline().instances()[instance].step;
    return m_runner->session().easier(step) && stepOf(instance).easier.has_value();
}

QString PlayerController::poseOf(std::size_t instance) const
{
    const core::Step& step = stepOf(instance);
    return qt(showsEasier(instance) ? step.easier->pose : step.pose);
}

QString PlayerController::imageOf(std::size_t instance) const
{
    const core::Step& step = stepOf(instance);
    const std::optional<std::string>& image =
        showsEasier(instance) ? step.easier->image : step.image;
    if (!image)
        return {};
    const QDir dir = m_file.isEmpty() ? QDir::current() : QFileInfo(m_file).absoluteDir();
    return QDir::cleanPath(dir.absoluteFilePath(qt(*image)));
}

} // namespace unclutch::app
