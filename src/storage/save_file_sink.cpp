#include "save_file_sink.h"

namespace unclutch::storage {

SaveFileSink::SaveFileSink(const QString& path)
    : m_file(path)
{
    // Writing in place would leave a half-written routine after a crash or a full disk.
    m_file.setDirectWriteFallback(false);
}

Status SaveFileSink::writeFile(const QString& path, const QByteArray& bytes)
{
    SaveFileSink sink(path);
    return sink.writeAll(bytes);
}

bool SaveFileSink::open()
{
    // Unbuffered, so that a write that fails (a full disk) fails at once with errno's message;
    // through the buffer the error surfaces at commit() as "Unknown error".
    return m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool SaveFileSink::write(const QByteArray& bytes)
{
    // A file system that fills up first accepts part of a write; only the next write reports
    // the error, so keep writing until everything is written or the error is known.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = m_file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            // cancelWriting() replaces the error string; the user needs the real one.
            m_error = m_file.errorString();
            m_file.cancelWriting();
            return false;
        }
        written += n;
    }
    return true;
}

bool SaveFileSink::commit()
{
    return m_file.commit();
}

QString SaveFileSink::errorString() const
{
    return m_error.isEmpty() ? m_file.errorString() : m_error;
}

} // namespace unclutch::storage
