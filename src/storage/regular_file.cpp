#include "regular_file.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unclutch::storage {

namespace {

core::FileKind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return core::FileKind::regular;
    if (S_ISDIR(mode))
        return core::FileKind::folder;
    if (S_ISFIFO(mode))
        return core::FileKind::fifo;
    if (S_ISSOCK(mode))
        return core::FileKind::socket;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return core::FileKind::device;
    return core::FileKind::other;
}

QString notRegular(core::FileKind kind)
{
    return RegularFile::tr("it is %1, not a regular file").arg(RegularFile::describe(kind));
}

// Closes the descriptor on every way out.
class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

QString RegularFile::describe(core::FileKind kind)
{
    switch (kind) {
    case core::FileKind::regular:
        return tr("a regular file");
    case core::FileKind::missing:
        return tr("a file that does not exist");
    case core::FileKind::folder:
        return tr("a folder");
    case core::FileKind::fifo:
        return tr("a named pipe (FIFO)");
    case core::FileKind::socket:
        return tr("a socket");
    case core::FileKind::device:
        return tr("a device");
    case core::FileKind::other:
        break;
    }
    return tr("something that cannot be read as a file");
}

bool RegularFile::isUsablePath(const QString& path)
{
    return !path.isEmpty() && !path.contains(QChar(u'\0'));
}

core::FileKind RegularFile::kindOf(const QString& path)
{
    if (!isUsablePath(path))
        return core::FileKind::missing;
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return errno == ENOENT || errno == ENOTDIR ? core::FileKind::missing
                                                   : core::FileKind::other;
    return kindOfMode(status.st_mode);
}

Result<RegularFile::Contents> RegularFile::read(const QString& path, qint64 maxBytes)
{
    if (path.isEmpty())
        return Failure(tr("no file name was given"));
    if (!isUsablePath(path))
        return Failure(tr("the file name holds a NUL character"));
    const QByteArray name = QFile::encodeName(path);
    // Looked at before it is opened, so a device is never opened at all ...
    if (const core::FileKind kind = kindOf(path); kind != core::FileKind::regular &&
                                                  kind != core::FileKind::missing &&
                                                  kind != core::FileKind::other)
        return Failure(notRegular(kind));
    // ... and opened without waiting, then looked at again: it may have been replaced since.
    const Descriptor fd(::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return Failure(qt_error_string(errno));
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0)
        return Failure(qt_error_string(errno));
    if (!S_ISREG(status.st_mode))
        return Failure(notRegular(kindOfMode(status.st_mode)));

    QFile file;
    if (!file.open(fd.get(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return Failure(file.errorString());
    Contents contents;
    contents.bytes = file.read(maxBytes);
    if (file.error() != QFileDevice::NoError)
        return Failure(file.errorString());
    // A file that grew while it was read is at least as long as what was read.
    contents.size = std::max<qint64>(status.st_size, contents.bytes.size());
    return contents;
}

} // namespace unclutch::storage
