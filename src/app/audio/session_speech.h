#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

#include "speech_schedule.h"

namespace unclutch::app {

class SpeechEngine;
class SpeechOutput;

// Speaks a session's sentences on time: the speaking policy, behind the SpeechEngine interface.
//
// Ahead of time: the sentences of a session are known before it starts (SpeechSchedule). Those of
// the next kAheadMs are synthesised on the engine's worker, in order, and cached for the session;
// each is handed to the SpeechOutput (SoundPlayer's stream) kHandAheadMs before its moment, with
// that moment on the steady clock, and the mixer starts its first sample there, as it places the
// ticks. A session waits for its opening sentences before it starts (isOpeningReady()).
//
// The policy, one sentence per moment, none heard late:
// - a sentence that begins fades out the one still sounding: the newest moment matters most;
// - a sentence that yields (a phase name, "Halfway") is dropped when another is still sounding
//   at its moment, because a tone or the countdown already marks it;
// - a sentence not synthesised kStaleMs after its moment is dropped, never spoken late;
// - pause, stop, next and previous cut what sounds and drop what was handed for moments that no
//   longer come; what is due again (previous) is spoken again;
// - with the voice off, or no engine, each sentence is dropped at its moment.
// spoken() and dropped() report each sentence for the --event-log.
//
// An engine that speaks by itself (Qt's) cannot be asked ahead: it is asked at the moment, and a
// sentence that yields is dropped while it says it is speaking.
class SessionSpeech : public QObject {
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    // Where the session is at one instant.
    struct Moment {
        Clock::time_point steady;
        double positionMs = 0; // in the timeline
        double activeMs = 0;   // active time, pauses excluded
        bool running = false;
    };
    using SessionTime = std::function<Moment()>;

    static constexpr double kAheadMs = 30'000;
    static constexpr double kHandAheadMs = 500;
    static constexpr double kStaleMs = 1000;

    // `output` is where synthesised speech is heard; it must outlive this object.
    explicit SessionSpeech(SpeechOutput* output, QObject* parent = nullptr);
    ~SessionSpeech() override;

    // The session to speak: its sentences in `language`, where its time comes from, and up to
    // which moment the sentences must be ready before it starts (the first step's start).
    // Replaces any session; its cache too.
    void setSession(QList<ScheduledSentence> sentences, const QString& language, SessionTime time,
                    std::int64_t openingEndMs);
    // The same session with other sentences (a setting or a variant changed): the ones still to
    // come are replaced, what sounds goes on.
    void updateSentences(QList<ScheduledSentence> sentences);
    // No session: what sounds fades, nothing more is said or reported.
    void endSession();
    bool hasSession() const { return static_cast<bool>(m_time); }
    QString language() const { return m_language; }

    // The engine speaking the session's language (null: none, each sentence is dropped as
    // "no engine"). Not owned.
    void setEngine(SpeechEngine* engine);
    void setEnabled(bool enabled);
    void setRate(double rate);

    // Whether the sentences up to the opening's end are synthesised (or need not be).
    bool isOpeningReady() const;

    // The session's time went on or changed: hands out what is due, re-arms. Call it at the
    // start and at a resume; the timer calls it otherwise.
    void wake();
    // The session paused: what sounds fades out, what was handed waits for the resume.
    void pause();
    // The session jumped to another position: what sounds fades out, what is due again is said
    // again, what was passed over is forgotten.
    void jump();

    // Says `text` now, in the session's language (or the one last set), as an interactive
    // sentence: synthesised first in the queue. Reported when a session runs.
    void sayNow(const QString& text);
    // Stops what sounds and what is waiting to be said now.
    void stop();

signals:
    // A sentence's first sample was handed to the stream (or the engine was asked to say it):
    // `tMs` its moment, `firedMs` then, both in the session's active time.
    void spoken(double tMs, double firedMs, const QString& language, const QString& text);
    // A sentence of the session was not said: "stale", "voice off", "no engine", "speaking"
    // (another sentence was sounding at its moment) or "nothing to say".
    void dropped(double tMs, const QString& reason, const QString& text);
    // The opening sentences are ready (see isOpeningReady()).
    void openingReady();

private:
    enum class State { Waiting, Handed, Spoken, Done };
    struct Item {
        ScheduledSentence sentence;
        State state = State::Waiting;
    };
    // A sentence handed to the output, until its first sample is.
    struct Handed {
        qsizetype item = -1; // in m_items; -1 for an interactive sentence
        double tMs = 0;
        bool reported = true;
        QString text;
        double endsAtMs = 0; // where its speech ends, in position ms
    };

    void onSynthesized(quint64 id, const QByteArray& samples);
    void onStarted(quint64 id, Clock::time_point handedAt);
    // m_speechEndsAtMs again from what sounds and what is still handed.
    void recountSpeechEnd();
    // Asks the engine for what will be said within kAheadMs of `now`.
    void requestAhead(const Moment& now);
    void request(const QString& text, bool urgent);
    void hand(qsizetype index, const QByteArray& samples, const Moment& now);
    void sayDirect(qsizetype index, const Moment& now);
    void drop(qsizetype index, const QString& reason, const Moment& now);
    void handNow(const QString& text, const QByteArray& samples);
    // What was handed and has not begun goes back to waiting (the output dropped it).
    void takeBackHanded();
    // Drops the sentences asked of the engine and not yet made.
    void cancelRequests();
    void forgetSynthesis();
    void checkOpening();
    double activeAt(double positionMs, const Moment& now) const;
    bool canSpeak() const;

    SpeechOutput* m_output;
    QPointer<SpeechEngine> m_engine;
    SessionTime m_time;
    QString m_language;
    QList<Item> m_items;
    std::int64_t m_openingEndMs = 0;
    bool m_openingReported = false;
    bool m_enabled = true;
    double m_rate = 0.0;
    // Synthesised samples by text, for the session's language, engine and rate.
    QHash<QString, QByteArray> m_samples;
    // Requests sent to the engine and not answered: id → text.
    QHash<quint64, QString> m_requests;
    QHash<quint64, Handed> m_handed;
    // The interactive sentence waiting for its samples.
    QString m_interactive;
    // Where in the timeline the sentences handed so far stop sounding.
    double m_speechEndsAtMs = 0;
    // Where the speech that has begun to sound ends: what m_speechEndsAtMs comes back to when
    // sentences handed but not begun are taken back.
    double m_soundingEndsAtMs = 0;
    // The last moment seen while running: maps the steady clock to active time.
    std::optional<Moment> m_anchor;
    quint64 m_nextId = 0;
    QTimer m_timer;
};

} // namespace unclutch::app
