#pragma once

#include <QLocale>
#include <QTranslator>

namespace unclutch::app {

// Installs the translations for the user's language while it lives: Unclutch's own strings,
// embedded at :/i18n/unclutch_<lang>.qm (English plural forms for any language without one),
// and Qt's (qtbase_<lang>.qm from Qt's translations folder, for the standard dialog buttons and
// context menus).
// Create one right after the QApplication, before any widget; the GUI only, since the
// command-line modes speak the English of the routine-format contract.
class TranslationLoader {
public:
    explicit TranslationLoader(const QLocale& locale = QLocale::system());
    ~TranslationLoader();

    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    bool hasAppTranslation() const { return m_appInstalled; }
    bool hasQtTranslation() const { return m_qtInstalled; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace unclutch::app
