#include "qt_speech_engine.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QMetaObject>
#include <QVersionNumber>

#include <algorithm>

namespace unclutch::app {

namespace {

const auto kQtFlite = QStringLiteral("flite");

bool fliteIsRefused()
{
    return QLibraryInfo::version() < QVersionNumber(6, 5);
}

} // namespace

QtSpeechEngine::QtSpeechEngine(const QString& engine, QObject* parent)
    : SpeechEngine(parent)
{
    QString wanted = engine;
    if (wanted.isEmpty() && fliteIsRefused()) {
        const QStringList usable = usableEngines();
        wanted = usable.isEmpty() ? QString() : usable.first();
    }
    auto* speech = wanted.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(wanted, this);
    if (fliteIsRefused() && speech->engine() == kQtFlite) {
        delete speech;
        m_problem = tr("The flite speech engine of Qt 6.4 is not reliable, so the routine is not "
                       "spoken. Install the speech-dispatcher engine "
                       "(qt6-speech-speechd-plugin) for a voice.");
        return;
    }
    // An engine can fail while it starts (no audio output) and still say Ready, with an error
    // reason and message. A reason without a message is no failure: Qt 6.4's flite engine
    // starts with the reason Initialization and never clears it, working all the same.
    if (speech->state() == QTextToSpeech::Error ||
        (speech->errorReason() != QTextToSpeech::ErrorReason::NoError &&
         !speech->errorString().isEmpty())) {
        const QString message = speech->errorString();
        delete speech;
        m_problem = message.isEmpty() ? tr("The speech engine could not start.")
                                      : tr("The speech engine could not start: %1").arg(message);
        return;
    }
    m_speech = speech;
    connect(m_speech, &QTextToSpeech::stateChanged, this, &QtSpeechEngine::onStateChanged);
    connect(m_speech, &QTextToSpeech::errorOccurred, this, &QtSpeechEngine::onErrorOccurred);
}

QString QtSpeechEngine::name() const
{
    return m_speech ? m_speech->engine() : QString();
}

bool QtSpeechEngine::speaks(const QString& language) const
{
    if (!m_speech)
        return false;
    const QList<QLocale> locales = m_speech->availableLocales();
    // An engine that lists no locales is taken at its word for any.
    if (locales.isEmpty())
        return true;
    const QLocale wanted(language);
    return std::any_of(locales.begin(), locales.end(), [&](const QLocale& locale) {
        return locale.language() == wanted.language();
    });
}

QStringList QtSpeechEngine::usableEngines()
{
    QStringList engines = QTextToSpeech::availableEngines();
    if (fliteIsRefused())
        engines.removeAll(kQtFlite);
    return engines;
}

bool QtSpeechEngine::isFatal(QTextToSpeech::ErrorReason reason, int failuresBefore)
{
    if (reason == QTextToSpeech::ErrorReason::NoError)
        return false;
    return reason != QTextToSpeech::ErrorReason::Playback ||
           failuresBefore >= kPlaybackFailuresTolerated;
}

void QtSpeechEngine::say(const QString& text, const QString& language, double rate)
{
    if (!m_speech)
        return;
    const QLocale locale(language);
    if (m_speech->locale().language() != locale.language())
        m_speech->setLocale(locale);
    m_speech->setRate(rate);
    m_sentenceFailed = false;
    m_speech->say(text);
}

void QtSpeechEngine::stop()
{
    if (m_speech)
        m_speech->stop();
}

bool QtSpeechEngine::isSpeaking() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}

void QtSpeechEngine::drop(const QString& reason)
{
    m_speech->disconnect(this);
    // It may be inside one of its own signals right now.
    m_speech->deleteLater();
    m_speech = nullptr;
    emit failed(reason);
}

void QtSpeechEngine::onStateChanged(QTextToSpeech::State state)
{
    if (!m_speech)
        return;
    if (state == QTextToSpeech::Ready && !m_sentenceFailed)
        m_playbackFailures = 0;
    // Engines say Error before errorOccurred() gives the reason (flite then goes back to Ready):
    // the reason decides, so look again once this signal is over.
    if (state == QTextToSpeech::Error)
        QMetaObject::invokeMethod(this, &QtSpeechEngine::checkErrorState, Qt::QueuedConnection);
}

void QtSpeechEngine::checkErrorState()
{
    if (!m_speech || m_speech->state() != QTextToSpeech::Error || m_sentenceFailed)
        return;
    onErrorOccurred(m_speech->errorReason(), m_speech->errorString());
}

void QtSpeechEngine::onErrorOccurred(QTextToSpeech::ErrorReason reason, const QString& message)
{
    if (!m_speech)
        return;
    // An engine in state Error that gives no reason has still failed.
    if (reason == QTextToSpeech::ErrorReason::NoError)
        reason = QTextToSpeech::ErrorReason::Configuration;
    if (!isFatal(reason, m_playbackFailures)) {
        ++m_playbackFailures;
        m_sentenceFailed = true;
        return;
    }
    drop(message.isEmpty() ? tr("The speech engine stopped working.")
                           : tr("The speech engine stopped working: %1").arg(message));
}

} // namespace unclutch::app
