#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

#include <memory>

#include "core/routine.h"

namespace unclutch::app {

// The sentences the voice speaks for the session's events, in one language: plain functions of
// their inputs, so they are tested without a speech engine. Every sentence is translated
// through the app's Qt Linguist files (context "SpokenText"); the side phrases are whole
// sentences for translators because word order differs between languages.
//
// The language is the session's, not necessarily the interface's: a German routine played with
// an English interface is spoken in German, its "Get ready" too (forLanguage()).
class SpokenText {
    Q_DECLARE_TR_FUNCTIONS(SpokenText)

public:
    // In the interface's language, through the translators installed.
    SpokenText();
    // In `language`: the interface's translators when it is the interface's language, else the
    // app's own translation for it (:/i18n/unclutch_<language>.qm), else English.
    static SpokenText forLanguage(const QString& language);

    // The language of the interface's sentences, as an ISO 639 code: "en", or the translation's
    // own.
    static QString interfaceLanguage();
    // The language these sentences are written in.
    QString language() const { return m_language; }

    // "Pigeon, left side"; the pose alone when the step has no side.
    QString poseWithSide(const QString& pose, core::Side side) const;
    // "Get ready: Pigeon, left side"
    QString getReady(const QString& pose, core::Side side) const;
    // At a step's start: its pose when the listener has not just heard it in a get-ready
    // (a step with no transition), then its instructions when they are wanted. Empty when
    // there is nothing to say: the step-start chime already marks the moment.
    QString stepStart(const QString& pose, core::Side side, const QString& instructions,
                      bool withPose, bool withInstructions) const;
    // "Now the right side": the same pose again, on its other side.
    QString sideChange(core::Side side) const;
    // The count of the last seconds of a hold: "3", "2", "1".
    QString count(int seconds) const;
    // Halfway through a long hold.
    QString halfway() const;
    // The easier variant chosen ("Easier: Supported pigeon"), or the pose again.
    QString easierToggled(bool easier, const QString& pose) const;
    // A cue or a phase is spoken as written, without surrounding white space.
    static QString cue(const QString& text);
    static QString phase(const QString& name);
    QString end() const;

private:
    struct Source {
        const char* text;
        const char* disambiguation;
    };
    SpokenText(QString language, std::shared_ptr<const QTranslator> translator);
    QString translated(Source source) const;

    QString m_language;
    // Null: the installed translators (the interface's language), or English when m_language
    // is another.
    std::shared_ptr<const QTranslator> m_translator;
    bool m_interface = true;
};

} // namespace unclutch::app
