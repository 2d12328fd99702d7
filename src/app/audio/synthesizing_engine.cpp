#include "synthesizing_engine.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <deque>
#include <utility>

#include "synthesizer.h"

namespace unclutch::app {

// The requests not yet taken by the worker, shared with it: the main thread adds and clears,
// the worker takes one at each work() it is sent.
struct SynthesisQueue {
    struct Job {
        quint64 id = 0;
        QString text;
        QString language;
        double rate = 0.0;
        bool urgent = false;
    };
    QMutex mutex;
    std::deque<Job> jobs;
};

// Owns the synthesiser on the worker thread: loads it first, then makes one request per work().
class SynthesisWorker : public QObject {
    Q_OBJECT

public:
    SynthesisWorker(std::unique_ptr<Synthesizer> synthesizer, std::shared_ptr<SynthesisQueue> queue)
        : m_synthesizer(std::move(synthesizer))
        , m_queue(std::move(queue))
    {
    }

    void load()
    {
        const QString error = m_synthesizer->load();
        emit loaded(error, error.isEmpty() ? m_synthesizer->languages() : QStringList());
    }

    void work()
    {
        SynthesisQueue::Job job;
        {
            const QMutexLocker locker(&m_queue->mutex);
            if (m_queue->jobs.empty())
                return; // cancelled
            job = std::move(m_queue->jobs.front());
            m_queue->jobs.pop_front();
        }
        emit synthesized(job.id, m_synthesizer->synthesize(job.text, job.language, job.rate));
    }

signals:
    void loaded(const QString& error, const QStringList& languages);
    void synthesized(quint64 id, const QByteArray& samples);

private:
    std::unique_ptr<Synthesizer> m_synthesizer;
    std::shared_ptr<SynthesisQueue> m_queue;
};

SynthesizingEngine::SynthesizingEngine(const QString& name,
                                       std::unique_ptr<Synthesizer> synthesizer,
                                       const QStringList& languages, QObject* parent)
    : SpeechEngine(parent)
    , m_name(name)
    , m_languages(languages)
    , m_queue(std::make_shared<SynthesisQueue>())
{
    m_thread.setObjectName(name);
    m_worker = new SynthesisWorker(std::move(synthesizer), m_queue);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SynthesisWorker::synthesized, this, &SpeechEngine::synthesized);
    connect(m_worker, &SynthesisWorker::loaded, this, &SynthesizingEngine::onLoaded);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SynthesisWorker::load, Qt::QueuedConnection);
}

SynthesizingEngine::~SynthesizingEngine()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

bool SynthesizingEngine::speaks(const QString& language) const
{
    return !m_failed && covers(m_languages, language);
}

bool SynthesizingEngine::covers(const QStringList& languages, const QString& language)
{
    if (languages.contains(QStringLiteral("*")))
        return true;
    const QString tag = language.toLower();
    return languages.contains(tag) || languages.contains(tag.section(QLatin1Char('-'), 0, 0));
}

void SynthesizingEngine::synthesize(quint64 id, const QString& text, const QString& language,
                                    double rate, bool urgent)
{
    if (m_failed)
        return;
    {
        const QMutexLocker locker(&m_queue->mutex);
        SynthesisQueue::Job job{id, text, language, rate, urgent};
        if (urgent) {
            // Before the rest, after what is already urgent: sentences due together are made in
            // the order they are due.
            auto& jobs = m_queue->jobs;
            const auto firstNotUrgent =
                std::find_if(jobs.begin(), jobs.end(),
                             [](const SynthesisQueue::Job& queued) { return !queued.urgent; });
            jobs.insert(firstNotUrgent, std::move(job));
        } else {
            m_queue->jobs.push_back(std::move(job));
        }
    }
    QMetaObject::invokeMethod(m_worker, &SynthesisWorker::work, Qt::QueuedConnection);
}

void SynthesizingEngine::cancel()
{
    const QMutexLocker locker(&m_queue->mutex);
    m_queue->jobs.clear();
}

void SynthesizingEngine::onLoaded(const QString& error, const QStringList& languages)
{
    if (!error.isEmpty()) {
        m_failed = true;
        cancel();
        emit failed(error);
        return;
    }
    m_languages = languages;
    emit ready();
}

} // namespace unclutch::app

#include "synthesizing_engine.moc"
