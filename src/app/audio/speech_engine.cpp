#include "speech_engine.h"

namespace unclutch::app {

// Each engine implements the half that fits how it speaks; the other half does nothing.

void SpeechEngine::synthesize(quint64, const QString&, const QString&, double, bool) {}

void SpeechEngine::cancel() {}

void SpeechEngine::say(const QString&, const QString&, double) {}

void SpeechEngine::stop() {}

bool SpeechEngine::isSpeaking() const
{
    return false;
}

} // namespace unclutch::app
