#include "flite_speech.h"

#include <QMetaObject>

#include "flite_synthesizer.h"
#include "sound_player.h"

namespace unclutch::app {

// Owns the synthesiser on the worker thread: loads it first, then makes the sentences of each
// text asked for, as long as that text is still the one wanted.
class FliteWorker : public QObject {
    Q_OBJECT

public:
    explicit FliteWorker(std::shared_ptr<std::atomic<quint64>> wanted)
        : m_wanted(std::move(wanted))
    {
    }

public slots:
    void load()
    {
        QString error;
        if (!m_synthesizer.load(&error))
            emit loadFailed(error);
    }

    void speak(quint64 serial, const QString& text, double rate)
    {
        const QStringList sentences = FliteSynthesizer::sentences(text);
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            if (m_wanted->load() != serial)
                return;
            const bool last = i + 1 == sentences.size();
            emit sentence(serial, m_synthesizer.synthesize(sentences.at(i), rate), last);
        }
        if (sentences.isEmpty())
            emit sentence(serial, {}, true);
    }

signals:
    void loadFailed(const QString& reason);
    void sentence(quint64 serial, const QByteArray& samples, bool last);

private:
    FliteSynthesizer m_synthesizer;
    std::shared_ptr<std::atomic<quint64>> m_wanted;
};

FliteSpeech::FliteSpeech(SoundPlayer* sound, QObject* parent)
    : QObject(parent)
    , m_sound(sound)
    , m_worker(nullptr)
    , m_wanted(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("flite"));
    m_worker = new FliteWorker(m_wanted);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FliteWorker::sentence, this, &FliteSpeech::onSentence);
    connect(m_worker, &FliteWorker::loadFailed, this, &FliteSpeech::onLoadFailed);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &FliteWorker::load, Qt::QueuedConnection);
}

FliteSpeech::~FliteSpeech()
{
    // The worker gives up the rest of its text at the next sentence.
    m_wanted->store(0);
    m_thread.quit();
    m_thread.wait();
}

void FliteSpeech::say(const QString& text, double rate)
{
    if (m_failed)
        return;
    // Drops the old text (its sound, and whatever the worker still makes of it) and takes a new
    // serial for this one.
    stop();
    m_synthesising = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, serial = m_serial, text, rate] { worker->speak(serial, text, rate); },
        Qt::QueuedConnection);
}

void FliteSpeech::stop()
{
    // Whatever the worker still makes for the old text is thrown away when it arrives.
    m_wanted->store(++m_serial);
    m_synthesising = false;
    if (m_sound)
        m_sound->stopSpeech();
}

bool FliteSpeech::isSpeaking() const
{
    return m_synthesising || (m_sound && m_sound->isSpeaking());
}

void FliteSpeech::onSentence(quint64 serial, const QByteArray& samples, bool last)
{
    if (serial != m_serial)
        return;
    if (last)
        m_synthesising = false;
    if (m_sound)
        m_sound->queueSpeech(samples);
}

void FliteSpeech::onLoadFailed(const QString& reason)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(reason);
}

} // namespace unclutch::app

#include "flite_speech.moc"
