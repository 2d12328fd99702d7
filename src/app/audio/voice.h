#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "availability.h"
#include "speech_schedule.h"

class QMediaDevices;

namespace unclutch::app {

class SessionSpeech;
class SoundPlayer;
class SpeechEngine;
class QtSpeechEngine;

// The voice: which engine speaks which language, the settings of what is said, and whether it
// can speak at all. The speaking itself, ahead of time and by the policy, is SessionSpeech's.
//
// Engines (SpeechEngine): the built-in voices speak through the SoundPlayer's stream, on the
// clock of the ticks: CMU Flite's slt for English and eSpeak NG for every other language
// (engine setting "", the default), or eSpeak NG for every language ("espeak-ng"). Any of Qt's
// TextToSpeech engines (such as "speechd") can be chosen instead, by name. The language is the
// session's (setLanguage()): a German routine is spoken in German whatever the interface's.
//
// With no engine for the language, an engine that is not installed or fails, or (for the
// built-in voices) no audio output, the voice emits unavailable() once and every sentence is
// dropped as "no engine" until the engine, the language or the audio outputs change; it never
// retries per sentence, so a broken engine cannot produce a stream of errors.
//
// Owns its settings: "voice/enabled", "voice/rate" (−1..1), "voice/engine", and what is said
// (SpeechOptions): "voice/instructions", "voice/phaseNames", "voice/poseAtGetReady",
// "voice/sideChange", "voice/count", "voice/halfway".
class Voice : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    Q_PROPERTY(QString engine READ engine WRITE setEngine NOTIFY engineChanged)

public:
    // An engine a preferences list offers: its setting and what it is.
    struct EngineChoice {
        QString engine;
        QString label;
    };

    // `sound` carries the built-in voices; without it only Qt's engines can speak.
    explicit Voice(SoundPlayer* sound = nullptr, QObject* parent = nullptr);
    ~Voice() override;

    // Every engine installed, each once, named for what it is: the built-in voices first.
    static QList<EngineChoice> engineChoices();
    // Whether this build has the built-in voices.
    static bool hasBuiltInVoice();
    // How a preferences list names `engine` (a setting of engineChoices()).
    static QString engineDisplayName(const QString& engine);
    // Why `wanted` cannot be used among `installed` (settings of engineChoices()), or an empty
    // string when it can.
    static QString engineProblem(const QStringList& installed, const QString& wanted);
    static const QString kEspeakEngine;

    bool isEnabled() const { return m_enabled; }
    double rate() const { return m_rate; }
    // The chosen engine; empty means the built-in voices (Qt's default without them).
    QString engine() const { return m_engine; }
    SpeechOptions options() const { return m_options; }

    bool isAvailable() const { return m_availability.isAvailable(); }
    QString unavailableReason() const { return m_availability.reason(); }
    // True while a built-in voice is the one speaking.
    bool usesBuiltInVoice() const;

    // The language spoken now (a BCP 47 tag): the session's, or the interface's.
    QString language() const { return m_language; }
    // The session's language; empty for the interface's.
    void setLanguage(const QString& language);

    // Where the session's sentences are spoken.
    SessionSpeech* speech() const { return m_speech; }

public slots:
    // Says `text` now, interrupting (a test sentence, the easier variant chosen).
    void say(const QString& text);
    void stop();

    void setEnabled(bool enabled);
    // Clamped to −1..1 (slowest to fastest; 0 is the engine's normal pace).
    void setRate(double rate);
    // Switches engine at once.
    void setEngine(const QString& engine);
    void setOptions(const SpeechOptions& options);

signals:
    void enabledChanged(bool enabled);
    void rateChanged(double rate);
    void engineChanged(const QString& engine);
    void optionsChanged(const unclutch::app::SpeechOptions& options);
    // Each sentence say() was asked for, also while the voice is off or unavailable, so a view
    // can show it as a caption.
    void sentence(const QString& text);
    // Once per loss of the voice, from the event loop (so also after construction).
    void unavailable(const QString& reason);
    // The voice works again after unavailable().
    void available();

private:
    void chooseEngine();
    SpeechEngine* builtInEngine(const QString& name);
    void useEngine(SpeechEngine* engine);
    void dropEngine(const QString& reason);
    void onAudioOutputsChanged();

    QPointer<SoundPlayer> m_sound;
    QMediaDevices* m_mediaDevices = nullptr;
    SessionSpeech* m_speech = nullptr;
    // The built-in engines, made when first needed and kept; Qt's, made per choice.
    SpeechEngine* m_flite = nullptr;
    SpeechEngine* m_espeak = nullptr;
    QtSpeechEngine* m_qtEngine = nullptr;
    SpeechEngine* m_current = nullptr;
    // Why a built-in engine could not start, by its name.
    QHash<QString, QString> m_builtInProblems;
    Availability m_availability;
    QString m_language;
    QString m_engine;
    double m_rate = 0.0;
    bool m_enabled = true;
    SpeechOptions m_options;
};

} // namespace unclutch::app
