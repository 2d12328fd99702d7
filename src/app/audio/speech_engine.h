#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace unclutch::app {

// One way of speaking, behind which Voice and SessionSpeech do not care which: the built-in
// voices (SynthesizingEngine over flite or eSpeak NG), which make samples for Unclutch's own
// stream ahead of their moment, and Qt's TextToSpeech engines (QtSpeechEngine), which speak by
// themselves when asked.
class SpeechEngine : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // The name Voice's settings keep for it ("flite", "espeak-ng", "speechd", …).
    virtual QString name() const = 0;
    // Whether it makes samples ahead (synthesize()) or speaks itself at once (say()).
    virtual bool makesSamples() const = 0;
    // Whether it has a voice for `language`, a BCP 47 tag ("de", "en-GB").
    virtual bool speaks(const QString& language) const = 0;
    // Whether it can speak at all; failed() says why not.
    virtual bool isWorking() const = 0;

    // An engine that makes samples: makes those of `text`, later, and emits synthesized() with
    // them (empty when there is nothing to say). `urgent` requests go before the others.
    virtual void synthesize(quint64 id, const QString& text, const QString& language, double rate,
                            bool urgent);
    // Forgets the requests whose samples have not been made yet.
    virtual void cancel();

    // An engine that speaks itself: says `text` at once, interrupting what it was saying.
    virtual void say(const QString& text, const QString& language, double rate);
    virtual void stop();
    virtual bool isSpeaking() const;

signals:
    // The samples of request `id`: 16-bit mono at SoundMixer::kSampleRate.
    void synthesized(quint64 id, const QByteArray& samples);
    // The engine is ready after a load (languages known).
    void ready();
    // The engine cannot speak (any more): its library or voice is missing, or it broke.
    void failed(const QString& reason);
};

} // namespace unclutch::app
