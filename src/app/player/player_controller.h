#pragma once

#include <QObject>
#include <QString>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "app/session_runner.h"
#include "core/event.h"
#include "core/routine.h"
#include "core/session.h"
#include "player_frame.h"
#include "player_summary.h"
#include "session_start.h"

namespace unclutch::app {

// The player's model: plays one routine through a SessionRunner and keeps what the session
// itself does not know: the latest cue, how the session was started and the pain ratings. What
// was played of each step instance, and which variant each step shows, is the session's
// (core::SessionLedger). Views read frame() and paceNow() and call the slots; the sounds
// connect to the signals of the moments they mark, one to one: getReadyStarted to
// SoundPlayer::playGetReady, stepStarted to playStepStart, phaseStarted to playPhase, beat to
// playBeat, finished to playEnd. The voice speaks from the session's timeline instead
// (SessionSpeech), ahead of these moments.
class PlayerController : public QObject {
    Q_OBJECT

public:
    explicit PlayerController(QObject* parent = nullptr);
    ~PlayerController() override;

    // Where the runners get "now"; tests pass a fake and call runner()->wake() themselves.
    void setClock(SessionRunner::Clock clock) { m_clock = std::move(clock); }

    // Replaces any session with a new one, ready to start at `start`'s step (the first one when
    // there is no such step), or to go on where a resumed session left off (`start`'s
    // continuation), with `start`'s easier choices. `file` resolves the routine's images.
    void load(core::Routine routine, const QString& file, SessionStart start = {});
    // Ends the session, if any, without a record: the view goes back to the library.
    void unload();

    bool hasSession() const { return m_runner != nullptr; }
    SessionRunner* runner() const { return m_runner.get(); }
    const core::Routine* routine() const;
    QString routineFile() const { return m_file; }
    // The session is a try from the editor: nothing of it goes into the history.
    bool isTry() const { return m_start.isTry; }
    core::SessionState state() const;

    PlayerFrame frame() const;
    // The pacer's frame: cheap, called at every animation frame.
    std::optional<PaceFrame> paceNow() const;
    PlayerSummary summary() const;

    // Whether step instance `instance` shows its easier variant.
    bool showsEasier(std::size_t instance) const;

    // Makes start() wait until releaseStart(): for the voice to make its opening sentences
    // (SessionAudio, which gives up waiting after a few seconds). Cleared by load().
    void holdStart();
    void releaseStart();

    std::optional<int> painBefore() const { return m_painBefore; }
    std::optional<int> painAfter() const { return m_painAfter; }

public slots:
    void start();
    void togglePause();
    void next();
    void previous();
    void stop();
    // Shows the easier variant of the current step, or the step again; the choice holds for
    // the step's other side too.
    void toggleEasier();
    void setPainBefore(int rating);
    void setPainAfter(int rating);

signals:
    // Something the view shows changed other than the passing of time.
    void changed();
    // A new session is ready to start: runner() is the new one.
    void loaded();
    void stateChanged(unclutch::core::SessionState state);
    // Every fired event as the runner reports it, for the --event-log.
    void eventFired(const unclutch::core::Event& event, double scheduledMs, double firedMs);

    // The moments sounds and voice mark, with the pose as shown (easier variant included).
    void getReadyStarted(const QString& pose, unclutch::core::Side side);
    void stepStarted(const QString& pose, unclutch::core::Side side, const QString& instructions);
    void phaseStarted(int phase, const QString& name);
    void beat(bool accent);
    void cueFired(const QString& text);
    void easierToggled(bool shown, const QString& pose);
    // The session finished (played to the end, or skipped past its last step) or was stopped.
    void finished();
    void stopped();
    void painBeforeRated(int rating);
    void painAfterRated(int rating);

private:
    void onEvent(const core::Event& event, double scheduledMs, double firedMs);
    void onStateChanged(core::SessionState state);
    void onJumped(std::size_t instance);
    void enterInstance(std::size_t instance);
    // Each instance's record (the ledger's, in timeline order) with its step, side and pose.
    QList<storage::StepRecord> stepRecords(const std::vector<core::InstanceRecord>& records) const;
    const core::Step& stepOf(std::size_t instance) const;
    QString poseOf(std::size_t instance) const;
    QString imageOf(std::size_t instance) const;

    SessionRunner::Clock m_clock;
    std::unique_ptr<SessionRunner> m_runner;
    QString m_file;
    SessionStart m_start;
    QString m_fingerprint;      // of the timeline played
    std::size_t m_instance = 0; // the instance whose events fire now
    QString m_latestCue;
    std::optional<int> m_painBefore;
    std::optional<int> m_painAfter;
    bool m_startHeld = false;
    bool m_startWanted = false; // start() came while held
    QDateTime m_startedAt;
    QDateTime m_endedAt;
};

} // namespace unclutch::app
