#pragma once

#include <QString>
#include <QTextToSpeech>

#include "speech_engine.h"

namespace unclutch::app {

// One of Qt's TextToSpeech engines (such as "speechd", Speech Dispatcher), which speaks by
// itself through an audio stream of its own: it is asked at each sentence's moment and heard
// after its own delay, and cannot be made ahead.
//
// Qt 6.4's own flite plug-in is refused: it plays through a QAudioSink of its own that gives up
// a sentence whenever PulseAudio takes less than a whole chunk ("Audio streaming error."), and
// deletes that sink inside flite's callback, which crashed the app at the end of a session.
// Unclutch speaks with flite itself instead (SynthesizingEngine).
//
// One failure is not fatal: an engine may give up a single sentence with a Playback error. That
// sentence is lost, the next one is usually heard, so the engine is kept until
// kPlaybackFailuresTolerated sentences in a row fail that way (see isFatal()); then, or at any
// other error, failed() is emitted and the engine says nothing more.
class QtSpeechEngine : public SpeechEngine {
    Q_OBJECT

public:
    // `engine` is a QTextToSpeech plug-in's name; empty for Qt's default choice (never its
    // flite on Qt 6.4 when another is installed). problem() tells whether it started.
    explicit QtSpeechEngine(const QString& engine, QObject* parent = nullptr);

    // Why the engine could not start; empty when it did.
    QString problem() const { return m_problem; }

    QString name() const override;
    bool makesSamples() const override { return false; }
    bool speaks(const QString& language) const override;
    bool isWorking() const override { return m_speech != nullptr; }

    void say(const QString& text, const QString& language, double rate) override;
    void stop() override;
    bool isSpeaking() const override;

    // Playback errors in a row that still keep the engine; one more drops it.
    static constexpr int kPlaybackFailuresTolerated = 2;
    // Whether an engine error ends the voice, given the sentences that failed in a row before it.
    static bool isFatal(QTextToSpeech::ErrorReason reason, int failuresBefore);
    // Qt's TextToSpeech plug-ins worth offering: all but Qt 6.4's flite.
    static QStringList usableEngines();

private:
    void drop(const QString& reason);
    void onStateChanged(QTextToSpeech::State state);
    void onErrorOccurred(QTextToSpeech::ErrorReason reason, const QString& message);
    // After a state Error with no errorOccurred() to say why (checked from the event loop).
    void checkErrorState();

    QTextToSpeech* m_speech = nullptr;
    QString m_problem;
    // Sentences in a row that failed to play, and whether the current one did.
    int m_playbackFailures = 0;
    bool m_sentenceFailed = false;
};

} // namespace unclutch::app
