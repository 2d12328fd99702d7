#include "wav_file.h"

#include <QFile>
#include <QtEndian>

namespace unclutch::app {

QByteArray WavFile::monoSamples(const QString& path, int sampleRate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return {};
    bool pcmMono16 = false;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (size > bytes.size() - body)
            break;
        if (id == "fmt " && size >= 16) {
            const char* fmt = bytes.constData() + body;
            pcmMono16 = qFromLittleEndian<quint16>(fmt) == 1 &&
                        qFromLittleEndian<quint16>(fmt + 2) == 1 &&
                        qFromLittleEndian<quint32>(fmt + 4) == static_cast<quint32>(sampleRate) &&
                        qFromLittleEndian<quint16>(fmt + 14) == 16;
        } else if (id == "data" && pcmMono16) {
            return bytes.mid(body, size / 2 * 2);
        }
        at = body + size + (size & 1);
    }
    return {};
}

} // namespace unclutch::app
