#include "translation_loader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <spdlog/spdlog.h>

#include "logging.h"

namespace unclutch::app {

TranslationLoader::TranslationLoader(const QLocale& locale)
{
    // QTranslator::load walks the locale's UI languages (de_AT, de, …) and takes the first
    // file found, so a regional locale falls back to the language. A language without a file
    // gets English, whose file holds only the plural forms ("1 minute", "5 minutes").
    const QString dir = QStringLiteral(":/i18n");
    if (m_app.load(locale, QStringLiteral("unclutch"), QStringLiteral("_"), dir) ||
        m_app.load(QStringLiteral("unclutch_en"), dir))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    spdlog::debug("translations for {}: app {}, Qt {}", locale.name(), m_appInstalled,
                  m_qtInstalled);
}

TranslationLoader::~TranslationLoader()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace unclutch::app
