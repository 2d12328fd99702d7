#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTextToSpeech>

#include "core/routine.h"

class QMediaDevices;

namespace unclutch::app {

class FliteSpeech;
class SoundPlayer;

// Speaks the session's events: with the built-in voice (FliteSpeech, engine "flite") through the
// SoundPlayer's stream, or with another QTextToSpeech engine (such as "speechd").
//
// Queue policy: nothing ever waits. Every utterance belongs to a moment of the routine, and a
// sentence heard late is wrong (a get-ready after the step began, a cue for a position already
// left), so there is no queue at all:
// - a get-ready, a step start, a cue and the end interrupt whatever is being said, even a long
//   instruction: the newest event is the one that matters;
// - a phase name never interrupts: it is dropped while anything is being said, because the
//   phase tone already marks the moment and the next phase comes a few seconds later.
//
// With no engine, an engine that is not installed, or an engine that fails (state Error, or an
// error at start such as no audio output), the voice emits unavailable() once and says nothing
// until the engine is changed or the audio outputs change; it never retries per sentence, so a
// broken engine cannot produce a stream of errors.
//
// The engine "flite" is the built-in voice whenever Unclutch is built with it
// (UNCLUTCH_BUILTIN_VOICE) and has a SoundPlayer; Qt's own flite plug-in is used in its place
// only without, and refused on Qt 6.4, where it can crash the app while speaking. The built-in
// voice speaks English only: it is the default engine for English sentences
// (SpokenText::language()), Qt's default engine speaks the others, and chosen by name for
// sentences in another language it is unavailable, and says so. It is as available as the
// sound: no audio output, no voice.
//
// One failure is not fatal: an engine may give up a single sentence with a Playback error (Qt's
// flite plug-in does whenever PulseAudio takes less than a whole chunk of speech at once). That
// sentence is lost, the next one is usually heard, so the engine is kept until
// kPlaybackFailuresTolerated sentences in a row fail that way (see isFatal()).
//
// Owns its settings: "voice/enabled", "voice/rate" (−1..1), "voice/engine" (empty: Qt's default),
// "voice/instructions" (speak a step's instructions at its start) and "voice/phaseNames" (speak
// phase names in paced steps; off: only the tones and ticks mark the phases).
class Voice : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    Q_PROPERTY(QString engine READ engine WRITE setEngine NOTIFY engineChanged)
    Q_PROPERTY(bool speaksInstructions READ speaksInstructions WRITE setSpeaksInstructions NOTIFY
                   speaksInstructionsChanged)
    Q_PROPERTY(bool speaksPhaseNames READ speaksPhaseNames WRITE setSpeaksPhaseNames NOTIFY
                   speaksPhaseNamesChanged)

public:
    // Without a SoundPlayer only QTextToSpeech's engines can speak.
    explicit Voice(QObject* parent = nullptr);
    // `sound` carries the built-in voice.
    explicit Voice(SoundPlayer* sound, QObject* parent = nullptr);
    ~Voice() override;

    // The engines installed, by name, for a preferences list: QTextToSpeech's plug-ins and the
    // built-in "flite".
    static QStringList availableEngines();
    // Whether this build has the built-in voice.
    static bool hasBuiltInVoice();
    // How a preferences list names `engine` (a name of availableEngines()).
    static QString engineDisplayName(const QString& engine);
    // Why `wanted` cannot be used among `installed` (empty `wanted`: the default engine), or an
    // empty string when it can.
    static QString engineProblem(const QStringList& installed, const QString& wanted);

    bool isEnabled() const { return m_enabled; }
    double rate() const { return m_rate; }
    // The chosen engine; empty means Qt's default.
    QString engine() const { return m_engine; }
    bool speaksInstructions() const { return m_speaksInstructions; }
    bool speaksPhaseNames() const { return m_speaksPhaseNames; }

    // Playback errors in a row that still keep the engine; one more drops it.
    static constexpr int kPlaybackFailuresTolerated = 2;
    // Whether an engine error ends the voice, given the sentences that failed in a row before it.
    static bool isFatal(QTextToSpeech::ErrorReason reason, int failuresBefore);

    bool isAvailable() const { return m_speech != nullptr || m_flite != nullptr; }
    // True while the built-in voice is the one speaking.
    bool usesBuiltInVoice() const { return m_flite != nullptr; }
    QString unavailableReason() const { return m_reason; }
    bool isSpeaking() const;

public slots:
    // Interrupts whatever is being said. Nothing happens while disabled or unavailable.
    void say(const QString& text);

    // The session's events, in the sentences of SpokenText.
    void sayGetReady(const QString& pose, unclutch::core::Side side);
    void sayStepStart(const QString& pose, unclutch::core::Side side, const QString& instructions);
    void sayCue(const QString& text);
    void sayPhase(const QString& name);
    void sayEnd();
    void stop();

    void setEnabled(bool enabled);
    // Clamped to −1..1 (slowest to fastest; 0 is the engine's normal pace).
    void setRate(double rate);
    // Switches engine at once; an empty name selects Qt's default.
    void setEngine(const QString& engine);
    void setSpeaksInstructions(bool speaks);
    void setSpeaksPhaseNames(bool speaks);

signals:
    void enabledChanged(bool enabled);
    void rateChanged(double rate);
    void engineChanged(const QString& engine);
    void speaksInstructionsChanged(bool speaks);
    void speaksPhaseNamesChanged(bool speaks);
    // Every sentence the voice says or would say, also while it is disabled or unavailable, so a
    // view can show it as a caption.
    void sentence(const QString& text);
    // Once per loss of the voice, from the event loop (so also after construction).
    void unavailable(const QString& reason);
    // The voice works again after unavailable().
    void available();

private:
    void createEngine();
    // The built-in voice in place of `engine` ("" for the default), when it should be.
    bool wantsBuiltInVoice(const QString& engine) const;
    // The QTextToSpeech engine to make for the default: Qt's own choice, except Qt 6.4's flite
    // (refused, see createEngine()) when another engine is installed.
    static QString defaultQtEngine();
    void createBuiltInVoice();
    // An engine is set up: the voice is available (again).
    void engineReady();
    void dropEngine(const QString& reason);
    void onStateChanged(QTextToSpeech::State state);
    void onErrorOccurred(QTextToSpeech::ErrorReason reason, const QString& message);
    // After a state Error with no errorOccurred() to say why (checked from the event loop).
    void checkErrorState();
    void onAudioOutputsChanged();
    void reportUnavailable();

    QTextToSpeech* m_speech = nullptr;
    FliteSpeech* m_flite = nullptr;
    QPointer<SoundPlayer> m_sound;
    QMediaDevices* m_mediaDevices = nullptr;
    QString m_reason;
    QString m_engine;
    double m_rate = 0.0;
    bool m_enabled = true;
    bool m_speaksInstructions = true;
    bool m_speaksPhaseNames = false;
    // unavailable() has been emitted for the current loss of the voice.
    bool m_reported = false;
    // Sentences in a row that failed to play, and whether the current one did.
    int m_playbackFailures = 0;
    bool m_sentenceFailed = false;
    // The pose and side of the last get-ready, so a step start does not name them again.
    QString m_readyPose;
    core::Side m_readySide = core::Side::None;
    bool m_readyPending = false;
};

} // namespace unclutch::app
