#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "app/audio/sound_player.h"

using unclutch::app::SoundPlayer;

namespace {

// What the tests need from a RIFF/WAVE file: its format chunk and its samples.
struct Wav {
    int format = 0;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    QByteArray data;

    int frames() const { return static_cast<int>(data.size()) / (channels * bitsPerSample / 8); }
    double seconds() const { return static_cast<double>(frames()) / sampleRate; }
    int sample(int i) const
    {
        std::int16_t value = 0;
        std::memcpy(&value, data.constData() + 2 * i, 2);
        return value;
    }
};

std::uint32_t le32(const QByteArray& bytes, qsizetype at)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<std::uint8_t>(bytes.at(at + i));
    return value;
}

std::uint16_t le16(const QByteArray& bytes, qsizetype at)
{
    return static_cast<std::uint16_t>(static_cast<std::uint8_t>(bytes.at(at)) |
                                      (static_cast<std::uint8_t>(bytes.at(at + 1)) << 8));
}

std::optional<Wav> readWav(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    Wav wav;
    bool haveFormat = false;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (body + size > bytes.size())
            return std::nullopt;
        if (id == "fmt " && size >= 16) {
            wav.format = le16(bytes, body);
            wav.channels = le16(bytes, body + 2);
            wav.sampleRate = static_cast<int>(le32(bytes, body + 4));
            wav.bitsPerSample = le16(bytes, body + 14);
            haveFormat = true;
        } else if (id == "data") {
            wav.data = bytes.mid(body, size);
        }
        at = body + size + (size & 1);
    }
    if (!haveFormat || wav.data.isEmpty())
        return std::nullopt;
    return wav;
}

} // namespace

TEST(SoundFiles, EverySoundIsCompiledInAsShortMono16Bit44kPcm)
{
    const QStringList files = SoundPlayer::resourceFiles();
    ASSERT_EQ(files.size(), 5 + SoundPlayer::kPhaseTones);
    for (const QString& path : files) {
        SCOPED_TRACE(path.toStdString());
        const std::optional<Wav> wav = readWav(path);
        ASSERT_TRUE(wav.has_value()) << "missing from the resource or not a WAV file";
        EXPECT_EQ(wav->format, 1) << "PCM";
        EXPECT_EQ(wav->channels, 1);
        EXPECT_EQ(wav->bitsPerSample, 16);
        EXPECT_EQ(wav->sampleRate, 44100);
        EXPECT_GT(wav->seconds(), 0.03);
        EXPECT_LE(wav->seconds(), 2.0);
    }
}

TEST(SoundFiles, BeatsAreShortEnoughForTheFastestBeat)
{
    // The format allows a beat every 250 ms: a tick must be over long before the next one.
    for (const char* name : {":/sounds/tick.wav", ":/sounds/accent.wav"}) {
        SCOPED_TRACE(name);
        const std::optional<Wav> wav = readWav(QString::fromLatin1(name));
        ASSERT_TRUE(wav.has_value());
        EXPECT_LE(wav->seconds(), 0.150);
    }
}

TEST(SoundFiles, BeatsStartSharplyAndNeverClip)
{
    // The onset is what the listener (and the sound check) takes as the beat: it must be there
    // at once, not after a slow swell. Half the peak within 3 ms; the first millisecond already
    // audible; a gentle level, well below full scale.
    for (const char* name : {":/sounds/tick.wav", ":/sounds/accent.wav"}) {
        SCOPED_TRACE(name);
        const std::optional<Wav> wav = readWav(QString::fromLatin1(name));
        ASSERT_TRUE(wav.has_value());
        int peak = 0;
        for (int i = 0; i < wav->frames(); ++i)
            peak = std::max(peak, std::abs(wav->sample(i)));
        EXPECT_LT(peak, 32767 / 2) << "louder than -6 dBFS";
        const int samplesPerMs = wav->sampleRate / 1000;
        int firstHalfPeak = -1;
        for (int i = 0; i < wav->frames() && firstHalfPeak < 0; ++i) {
            if (2 * std::abs(wav->sample(i)) >= peak)
                firstHalfPeak = i;
        }
        EXPECT_LE(firstHalfPeak, 3 * samplesPerMs);
        int earlyPeak = 0;
        for (int i = 0; i < samplesPerMs; ++i)
            earlyPeak = std::max(earlyPeak, std::abs(wav->sample(i)));
        EXPECT_GT(earlyPeak, peak / 10);
    }
}

TEST(SoundFiles, EverySoundIsDifferent)
{
    QSet<QByteArray> seen;
    for (const QString& path : SoundPlayer::resourceFiles()) {
        const std::optional<Wav> wav = readWav(path);
        ASSERT_TRUE(wav.has_value()) << path.toStdString();
        EXPECT_FALSE(seen.contains(wav->data)) << path.toStdString() << " repeats another sound";
        seen.insert(wav->data);
    }
}
