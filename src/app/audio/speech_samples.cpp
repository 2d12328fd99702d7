#include "speech_samples.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace unclutch::app {

QStringList SpeechSamples::sentences(const QString& text)
{
    static const QRegularExpression kAfterEnd(QStringLiteral("(?<=[.!?;:])\\s+"));
    QStringList pieces;
    for (const QString& piece : text.split(kAfterEnd, Qt::SkipEmptyParts)) {
        const QString trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            pieces << trimmed;
    }
    return pieces;
}

QByteArray SpeechSamples::resample(const qint16* samples, qsizetype count, int fromRate, int toRate)
{
    if (count <= 0 || fromRate <= 0 || toRate <= 0)
        return {};
    const qsizetype outCount =
        static_cast<qsizetype>(static_cast<double>(count) * toRate / fromRate + 0.5);
    QByteArray out(outCount * 2, Qt::Uninitialized);
    const auto at = [&](qsizetype i) {
        return static_cast<double>(samples[std::clamp<qsizetype>(i, 0, count - 1)]);
    };
    const double step = static_cast<double>(fromRate) / toRate;
    for (qsizetype i = 0; i < outCount; ++i) {
        const double t = static_cast<double>(i) * step;
        const auto k = static_cast<qsizetype>(t);
        const double f = t - static_cast<double>(k);
        const double p0 = at(k - 1);
        const double p1 = at(k);
        const double p2 = at(k + 1);
        const double p3 = at(k + 2);
        const double value =
            p1 + 0.5 * f *
                     (p2 - p0 +
                      f * (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3 + f * (3.0 * (p1 - p2) + p3 - p0)));
        const auto sample = static_cast<qint16>(std::clamp(std::lround(value), -32768L, 32767L));
        std::memcpy(out.data() + 2 * i, &sample, 2);
    }
    return out;
}

QByteArray SpeechSamples::trimSilence(const QByteArray& samples, qsizetype leadFrames,
                                      qsizetype tailFrames)
{
    const qsizetype frames = samples.size() / 2;
    const auto loud = [&](qsizetype frame) {
        qint16 sample = 0;
        std::memcpy(&sample, samples.constData() + 2 * frame, 2);
        return sample > kSilence || sample < -kSilence;
    };
    qsizetype first = 0;
    while (first < frames && !loud(first))
        ++first;
    if (first == frames)
        return {};
    qsizetype last = frames - 1;
    while (!loud(last))
        --last;
    const qsizetype from = std::max<qsizetype>(0, first - leadFrames);
    const qsizetype to = std::min(frames, last + 1 + tailFrames);
    return samples.mid(2 * from, 2 * (to - from));
}

} // namespace unclutch::app
