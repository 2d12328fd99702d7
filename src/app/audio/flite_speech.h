#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace unclutch::app {

class SoundPlayer;
class FliteWorker;

// The built-in voice: FliteSynthesizer on a worker thread of its own, heard through SoundPlayer's
// stream (see flite_synthesizer.h for why not Qt's flite plug-in).
//
// say() interrupts: whatever is being said fades out and the new text is synthesised a sentence
// at a time, each queued behind the one before as soon as it is ready, so the first words come
// after one sentence's synthesis (tens of milliseconds), not the whole text's. Sentences of an
// interrupted text that are still being made are thrown away; the worker skips the rest.
//
// The library and the voice are loaded on the worker when the object is made; if they cannot be,
// failed() says why (once) and every call does nothing.
//
// Deleting it waits for the sentence the worker is making, if any (tens of milliseconds, a long
// sentence a few hundred): flite cannot be interrupted within one.
class FliteSpeech : public QObject {
    Q_OBJECT

public:
    // `sound` plays the speech; without it (deleted first) nothing is heard.
    explicit FliteSpeech(SoundPlayer* sound, QObject* parent = nullptr);
    ~FliteSpeech() override;

    // The language the voice speaks, as an ISO 639 code.
    static QString language() { return QStringLiteral("en"); }

    // `rate` as Voice's: −1 slowest … 0 normal … 1 fastest.
    void say(const QString& text, double rate);
    void stop();
    // True while a text is being synthesised or heard.
    bool isSpeaking() const;

signals:
    // libflite or its voice could not be loaded; `reason` is the loader's message.
    void failed(const QString& reason);

private:
    void onSentence(quint64 serial, const QByteArray& samples, bool last);
    void onLoadFailed(const QString& reason);

    QPointer<SoundPlayer> m_sound;
    QThread m_thread;
    FliteWorker* m_worker; // lives on m_thread, deleted when it finishes
    // The text now wanted, shared with the worker so it can skip work on an interrupted one.
    std::shared_ptr<std::atomic<quint64>> m_wanted;
    quint64 m_serial = 0;
    // The wanted text's last sentence has not arrived yet.
    bool m_synthesising = false;
    bool m_failed = false;
};

} // namespace unclutch::app
