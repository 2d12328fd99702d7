#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

#include "synthesizer.h"

namespace unclutch::app {

// eSpeak NG (Debian's libespeak-ng1 and espeak-ng-data) driven directly: the built-in voice for
// every language but English, German first among them, heard through SoundPlayer's stream as
// flite is.
//
// Linked rather than loaded at run time as flite is: the library is one of the package's
// dependencies, so it is there whenever the app is, and dpkg-shlibdeps names it for the .deb.
// Its data (the voices and dictionaries) is loaded by load(), on the worker thread.
//
// eSpeak NG keeps its state in globals: at most one EspeakSynthesizer may exist at a time.
class EspeakSynthesizer : public Synthesizer {
public:
    EspeakSynthesizer() = default;
    ~EspeakSynthesizer() override;
    EspeakSynthesizer(const EspeakSynthesizer&) = delete;
    EspeakSynthesizer& operator=(const EspeakSynthesizer&) = delete;

    QString load() override;
    QStringList languages() const override { return m_languages; }
    QByteArray synthesize(const QString& text, const QString& language, double rate) override;

    // The voice eSpeak NG has for the BCP 47 tag `language` among `languages`: the tag itself in
    // lower case ("en-gb"), else its primary language ("de" for "de-AT"); empty when neither.
    static QString voiceFor(const QString& language, const QStringList& languages);
    // eSpeak NG's words per minute for `rate` (−1 … 1): half to twice its normal 175.
    static int wordsPerMinute(double rate);

private:
    static int collect(short* samples, int count, void* events);

    QStringList m_languages;
    QString m_voice; // the voice set now
    int m_sampleRate = 0;
    std::vector<qint16> m_collected; // the samples of the text being synthesised
};

} // namespace unclutch::app
