#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/routine.h"

namespace unclutch::app {

// The sentences the voice speaks for the session's events. Plain functions of their inputs, so
// they are tested without a speech engine; every word goes through tr(), and the side phrases
// are whole sentences for translators because word order differs between languages.
class SpokenText {
    Q_DECLARE_TR_FUNCTIONS(SpokenText)

public:
    // The language of these sentences, as an ISO 639 code: "en", or the translation's own, so a
    // voice that speaks one language can tell whether it can say them.
    static QString language();
    // "Pigeon, left side"; the pose alone when the step has no side.
    static QString poseWithSide(const QString& pose, core::Side side);
    // "Get ready: Pigeon, left side"
    static QString getReady(const QString& pose, core::Side side);
    // At a step's start: its pose when the listener has not just heard it in a get-ready
    // (a step with no transition), then its instructions when they are wanted. Empty when
    // there is nothing to say: the step-start chime already marks the moment.
    static QString stepStart(const QString& pose, core::Side side, const QString& instructions,
                             bool withPose, bool withInstructions);
    // A cue or a phase is spoken as written, without surrounding white space.
    static QString cue(const QString& text);
    static QString phase(const QString& name);
    static QString end();
};

} // namespace unclutch::app
