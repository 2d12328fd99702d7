#pragma once

#include <QStringList>
#include <QThread>

#include <memory>

#include "speech_engine.h"

namespace unclutch::app {

class Synthesizer;
class SynthesisWorker;
struct SynthesisQueue;

// A built-in voice: a Synthesizer (flite, eSpeak NG) on a worker thread of its own, making the
// samples of each sentence asked for, in order, the urgent ones (a sentence wanted now) first.
// SessionSpeech asks ahead of each sentence's moment and hands the samples to SoundPlayer's
// stream, so the voice is heard on the same clock as the ticks.
//
// The synthesiser is loaded on the worker when the engine is made: ready() follows, or failed()
// with the loader's reason, and every call does nothing after that.
//
// Deleting it waits for the sentence the worker is making, if any (tens of milliseconds, a long
// sentence a few hundred): neither library can be interrupted within one.
class SynthesizingEngine : public SpeechEngine {
    Q_OBJECT

public:
    // `languages`: those it is expected to speak before it has loaded and can tell ("*": any).
    SynthesizingEngine(const QString& name, std::unique_ptr<Synthesizer> synthesizer,
                       const QStringList& languages, QObject* parent = nullptr);
    ~SynthesizingEngine() override;

    QString name() const override { return m_name; }
    bool makesSamples() const override { return true; }
    bool speaks(const QString& language) const override;
    bool isWorking() const override { return !m_failed; }

    void synthesize(quint64 id, const QString& text, const QString& language, double rate,
                    bool urgent) override;
    void cancel() override;

    // Whether `language` (a BCP 47 tag) is among `languages` (lower case), itself or by its
    // primary language; "*" takes any.
    static bool covers(const QStringList& languages, const QString& language);

private:
    void onLoaded(const QString& error, const QStringList& languages);

    QString m_name;
    QStringList m_languages;
    std::shared_ptr<SynthesisQueue> m_queue;
    QThread m_thread;
    SynthesisWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    bool m_failed = false;
};

} // namespace unclutch::app
