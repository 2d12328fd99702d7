#pragma once

#include <QByteArray>
#include <QLibrary>
#include <QString>
#include <QStringList>

#include "synthesizer.h"

struct cst_voice_struct;

namespace unclutch::app {

// CMU Flite, the synthesiser behind Qt's own flite plug-in, driven directly: the built-in
// English voice (its US English voice slt).
//
// Why not QTextToSpeech's flite engine: in Qt 6.4 it plays through a QAudioSink of its own that
// gives up a sentence whenever PulseAudio takes less than a whole chunk ("Audio streaming
// error.") and deletes that sink inside flite's callback, which crashed the app at the end of a
// session. Synthesising here and mixing into the one stream that already carries the ticks keeps
// every sentence and puts the voice on the same clock as the sounds.
//
// The library and its US English voice (cmu_us_slt) are loaded at run time from Debian's
// libflite1, so a machine without them still runs the app, only without this voice.
class FliteSynthesizer : public Synthesizer {
public:
    FliteSynthesizer() = default;
    FliteSynthesizer(const FliteSynthesizer&) = delete;
    FliteSynthesizer& operator=(const FliteSynthesizer&) = delete;

    QString load() override;
    bool isLoaded() const { return m_voice != nullptr; }
    // English only: "en".
    QStringList languages() const override { return {QStringLiteral("en")}; }
    QByteArray synthesize(const QString& text, const QString& language, double rate) override;

    // What flite can read: plain ASCII punctuation for typographic quotes, dashes and ellipses,
    // Latin-1 for the rest (flite reads bytes).
    static QByteArray plainText(const QString& text);

private:
    QByteArray synthesizeSentence(const QString& text, double rate);

    QLibrary m_flite;
    QLibrary m_voiceLibrary;
    cst_voice_struct* m_voice = nullptr;
    // flite_text_to_wave, delete_wave and feat_set_float, typed in the .cpp from flite's header.
    QFunctionPointer m_textToWave = nullptr;
    QFunctionPointer m_deleteWave = nullptr;
    QFunctionPointer m_setFloat = nullptr;
};

} // namespace unclutch::app
