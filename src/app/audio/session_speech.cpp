#include "session_speech.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "sound_mixer.h"
#include "speech_engine.h"
#include "speech_output.h"

namespace unclutch::app {

namespace {

const auto kStale = QStringLiteral("stale");
const auto kVoiceOff = QStringLiteral("voice off");
const auto kNoEngine = QStringLiteral("no engine");
const auto kSpeaking = QStringLiteral("speaking");
const auto kNothingToSay = QStringLiteral("nothing to say");

SessionSpeech::Clock::duration fromMs(double ms)
{
    return std::chrono::duration_cast<SessionSpeech::Clock::duration>(
        std::chrono::duration<double, std::milli>(ms));
}

double lengthMs(const QByteArray& samples)
{
    return static_cast<double>(samples.size() / 2) * 1000.0 / SoundMixer::kSampleRate;
}

} // namespace

SessionSpeech::SessionSpeech(SpeechOutput* output, QObject* parent)
    : QObject(parent)
    , m_output(output)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionSpeech::wake);
    m_output->setSpeechStartedHandler(
        [this](quint64 id, Clock::time_point handedAt) { onStarted(id, handedAt); });
}

SessionSpeech::~SessionSpeech()
{
    m_output->setSpeechStartedHandler({});
}

void SessionSpeech::setSession(QList<ScheduledSentence> sentences, const QString& language,
                               SessionTime time, std::int64_t openingEndMs)
{
    endSession();
    if (language != m_language)
        forgetSynthesis();
    m_language = language;
    m_time = std::move(time);
    m_openingEndMs = openingEndMs;
    m_openingReported = false;
    m_samples.clear();
    updateSentences(std::move(sentences));
}

void SessionSpeech::updateSentences(QList<ScheduledSentence> sentences)
{
    if (!m_time)
        return;
    m_output->cancelPendingSpeech();
    m_handed.removeIf([](const auto& handed) { return handed.value().item >= 0; });
    recountSpeechEnd();
    const double position = m_time().positionMs;
    m_items.clear();
    for (ScheduledSentence& sentence : sentences) {
        const State state =
            static_cast<double>(sentence.atMs) < position ? State::Done : State::Waiting;
        m_items.append({std::move(sentence), state});
    }
    wake();
}

void SessionSpeech::endSession()
{
    m_timer.stop();
    if (m_time)
        m_output->stopSpeech();
    m_time = {};
    m_items.clear();
    m_handed.clear();
    m_anchor.reset();
    m_speechEndsAtMs = 0;
    m_soundingEndsAtMs = 0;
    cancelRequests();
}

void SessionSpeech::setEngine(SpeechEngine* engine)
{
    if (engine == m_engine)
        return;
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
        m_engine->stop();
    }
    m_output->cancelPendingSpeech();
    takeBackHanded();
    forgetSynthesis();
    m_engine = engine;
    // A session not yet started waits for the new engine's opening sentences.
    if (!m_anchor)
        m_openingReported = false;
    if (m_engine) {
        connect(m_engine, &SpeechEngine::synthesized, this, &SessionSpeech::onSynthesized);
        // Loaded: what could not be asked before can be now.
        connect(m_engine, &SpeechEngine::ready, this, &SessionSpeech::wake);
    }
    wake();
}

void SessionSpeech::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!m_enabled)
        stop();
    wake();
}

void SessionSpeech::setRate(double rate)
{
    if (rate == m_rate)
        return;
    m_rate = rate;
    m_output->cancelPendingSpeech();
    takeBackHanded();
    forgetSynthesis();
    wake();
}

bool SessionSpeech::canSpeak() const
{
    return m_enabled && m_engine && m_engine->isWorking();
}

bool SessionSpeech::isOpeningReady() const
{
    if (!m_time || !canSpeak() || !m_engine->makesSamples() || !m_output->canSpeak())
        return true;
    return std::all_of(m_items.begin(), m_items.end(), [this](const Item& item) {
        return item.state != State::Waiting || item.sentence.atMs > m_openingEndMs ||
               m_samples.contains(item.sentence.text);
    });
}

void SessionSpeech::checkOpening()
{
    if (!m_openingReported && m_time && isOpeningReady()) {
        m_openingReported = true;
        emit openingReady();
    }
}

void SessionSpeech::wake()
{
    m_timer.stop();
    if (!m_time)
        return;
    const Moment now = m_time();
    if (now.running)
        m_anchor = now;
    requestAhead(now);
    checkOpening();
    if (!now.running)
        return;

    const bool ahead = canSpeak() && m_engine->makesSamples();
    const double handAhead = ahead ? kHandAheadMs : 0.0;
    double nextWakeMs = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items.at(i);
        if (item.state != State::Waiting)
            continue;
        const double lead = static_cast<double>(item.sentence.atMs) - now.positionMs;
        if (lead > handAhead) {
            nextWakeMs = std::min(nextWakeMs, lead - handAhead);
            break;
        }
        if (!canSpeak()) {
            // Reported at its moment, as a sentence spoken would be.
            if (lead > 0) {
                nextWakeMs = std::min(nextWakeMs, lead);
                break;
            }
            drop(i, m_enabled ? kNoEngine : kVoiceOff, now);
            continue;
        }
        if (lead < -kStaleMs) {
            drop(i, kStale, now);
            continue;
        }
        if (!ahead) {
            sayDirect(i, now);
            continue;
        }
        const auto samples = m_samples.constFind(item.sentence.text);
        if (samples == m_samples.cend()) {
            // Still being made: handed when it comes, or dropped once stale.
            request(item.sentence.text, true);
            nextWakeMs = std::min(nextWakeMs, lead + kStaleMs);
            continue;
        }
        if (samples->isEmpty())
            drop(i, kNothingToSay, now);
        else
            hand(i, *samples, now);
    }
    if (std::isfinite(nextWakeMs))
        m_timer.start(static_cast<int>(std::ceil(std::max(0.0, nextWakeMs))));
}

void SessionSpeech::requestAhead(const Moment& now)
{
    if (!canSpeak() || !m_engine->makesSamples())
        return;
    for (const Item& item : std::as_const(m_items)) {
        if (item.state != State::Waiting)
            continue;
        const double lead = static_cast<double>(item.sentence.atMs) - now.positionMs;
        if (lead > kAheadMs)
            break;
        // Due to be handed to the stream now: ahead of the rest of the queue.
        request(item.sentence.text, lead <= kHandAheadMs);
    }
}

void SessionSpeech::request(const QString& text, bool urgent)
{
    if (m_samples.contains(text))
        return;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        if (it.value() == text)
            return;
    }
    const quint64 id = ++m_nextId;
    m_requests.insert(id, text);
    m_engine->synthesize(id, text, m_language, m_rate, urgent);
}

void SessionSpeech::onSynthesized(quint64 id, const QByteArray& samples)
{
    const auto request = m_requests.constFind(id);
    if (request == m_requests.cend())
        return; // given up since
    const QString text = request.value();
    m_requests.erase(request);
    m_samples.insert(text, samples);
    if (!m_interactive.isEmpty() && text == m_interactive) {
        m_interactive.clear();
        handNow(text, samples);
    }
    wake();
}

void SessionSpeech::hand(qsizetype index, const QByteArray& samples, const Moment& now)
{
    Item& item = m_items[index];
    const double atMs = static_cast<double>(item.sentence.atMs);
    if (item.sentence.yields && atMs < m_speechEndsAtMs) {
        drop(index, kSpeaking, now);
        return;
    }
    const quint64 id = ++m_nextId;
    const double endsAtMs = std::max(atMs, now.positionMs) + lengthMs(samples);
    m_handed.insert(id, {index, activeAt(atMs, now), true, item.sentence.text, endsAtMs});
    m_output->scheduleSpeech(id, samples, now.steady + fromMs(atMs - now.positionMs));
    m_speechEndsAtMs = endsAtMs;
    item.state = State::Handed;
}

void SessionSpeech::sayDirect(qsizetype index, const Moment& now)
{
    Item& item = m_items[index];
    if (item.sentence.yields && m_engine->isSpeaking()) {
        drop(index, kSpeaking, now);
        return;
    }
    m_engine->say(item.sentence.text, m_language, m_rate);
    item.state = State::Spoken;
    emit spoken(activeAt(static_cast<double>(item.sentence.atMs), now), now.activeMs, m_language,
                item.sentence.text);
}

void SessionSpeech::drop(qsizetype index, const QString& reason, const Moment& now)
{
    Item& item = m_items[index];
    item.state = State::Done;
    emit dropped(activeAt(static_cast<double>(item.sentence.atMs), now), reason,
                 item.sentence.text);
}

void SessionSpeech::onStarted(quint64 id, Clock::time_point handedAt)
{
    const auto handed = m_handed.constFind(id);
    if (handed == m_handed.cend())
        return;
    const Handed sentence = handed.value();
    m_handed.erase(handed);
    m_soundingEndsAtMs = std::max(m_soundingEndsAtMs, sentence.endsAtMs);
    if (sentence.item >= 0 && sentence.item < m_items.size())
        m_items[sentence.item].state = State::Spoken;
    if (!sentence.reported || !m_anchor)
        return;
    const double firedMs =
        m_anchor->activeMs +
        std::chrono::duration<double, std::milli>(handedAt - m_anchor->steady).count();
    emit spoken(sentence.tMs, firedMs, m_language, sentence.text);
}

void SessionSpeech::sayNow(const QString& text)
{
    if (text.isEmpty())
        return;
    const std::optional<Moment> now = m_time ? std::optional<Moment>(m_time()) : std::nullopt;
    const bool reported = now && now->running;
    if (!canSpeak()) {
        if (reported)
            emit dropped(now->activeMs, m_enabled ? kNoEngine : kVoiceOff, text);
        return;
    }
    if (!m_engine->makesSamples()) {
        m_engine->say(text, m_language, m_rate);
        if (reported)
            emit spoken(now->activeMs, now->activeMs, m_language, text);
        return;
    }
    if (const auto samples = m_samples.constFind(text); samples != m_samples.cend()) {
        handNow(text, *samples);
        return;
    }
    m_interactive = text;
    request(text, true);
}

void SessionSpeech::handNow(const QString& text, const QByteArray& samples)
{
    if (samples.isEmpty() || !m_output->canSpeak())
        return;
    const std::optional<Moment> now = m_time ? std::optional<Moment>(m_time()) : std::nullopt;
    const bool reported = now && now->running;
    const quint64 id = ++m_nextId;
    const double endsAtMs = now ? now->positionMs + lengthMs(samples) : 0.0;
    m_handed.insert(id, {-1, reported ? now->activeMs : 0.0, reported, text, endsAtMs});
    const Clock::time_point steady = now ? now->steady : Clock::now();
    m_output->scheduleSpeech(id, samples, steady);
    if (now)
        m_speechEndsAtMs = endsAtMs;
}

void SessionSpeech::stop()
{
    m_interactive.clear();
    m_output->stopSpeech();
    if (m_engine)
        m_engine->stop();
    takeBackHanded();
    if (m_time)
        m_speechEndsAtMs = m_soundingEndsAtMs = m_time().positionMs;
}

void SessionSpeech::pause()
{
    m_timer.stop();
    stop();
}

void SessionSpeech::jump()
{
    if (!m_time)
        return;
    stop();
    // What was being made for the old position would be made before what is due at the new one.
    cancelRequests();
    const double position = m_time().positionMs;
    for (Item& item : m_items) {
        item.state =
            static_cast<double>(item.sentence.atMs) < position ? State::Done : State::Waiting;
    }
    m_speechEndsAtMs = m_soundingEndsAtMs = position;
    wake();
}

void SessionSpeech::takeBackHanded()
{
    for (const Handed& handed : std::as_const(m_handed)) {
        if (handed.item >= 0 && handed.item < m_items.size() &&
            m_items.at(handed.item).state == State::Handed)
            m_items[handed.item].state = State::Waiting;
    }
    m_handed.clear();
    recountSpeechEnd();
}

void SessionSpeech::recountSpeechEnd()
{
    m_speechEndsAtMs = m_soundingEndsAtMs;
    for (const Handed& handed : std::as_const(m_handed))
        m_speechEndsAtMs = std::max(m_speechEndsAtMs, handed.endsAtMs);
}

void SessionSpeech::cancelRequests()
{
    if (m_engine)
        m_engine->cancel();
    m_requests.clear();
}

void SessionSpeech::forgetSynthesis()
{
    cancelRequests();
    m_samples.clear();
    m_interactive.clear();
}

double SessionSpeech::activeAt(double positionMs, const Moment& now) const
{
    return now.activeMs + (positionMs - now.positionMs);
}

} // namespace unclutch::app
