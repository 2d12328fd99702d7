#pragma once

#include <QSaveFile>

#include "file_sink.h"

namespace unclutch::storage {

// The real FileSink: QSaveFile writes a temporary file beside the target, syncs it to disk
// and renames it over the target on commit.
class SaveFileSink : public FileSink {
public:
    explicit SaveFileSink(const QString& path);

    // `bytes` as the whole file at `path`, all or nothing (FileSink::writeAll()).
    static Status writeFile(const QString& path, const QByteArray& bytes);

    bool open() override;
    bool write(const QByteArray& bytes) override;
    bool commit() override;
    QString errorString() const override;

private:
    QSaveFile m_file;
    QString m_error;
};

} // namespace unclutch::storage
