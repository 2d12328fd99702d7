#include "picture_importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "regular_file.h"

namespace unclutch::storage {

namespace {

// lupdate files the tr() calls of this file under the context it would give a member tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("unclutch::storage::PictureImporter", text);
}

bool sameBytes(const QString& a, const QString& b)
{
    QFile fa(a);
    QFile fb(b);
    return fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly) && fa.size() == fb.size() &&
           fa.readAll() == fb.readAll();
}

// The format forbids "\" in image paths, and a name starting like "c:" reads as a drive.
QString safeFileName(QString name)
{
    name.replace(u'\\', u'-').replace(u':', u'-');
    return name;
}

} // namespace

Result<QByteArray> PictureImporter::read(const QString& path)
{
    Result<RegularFile::Contents> file = RegularFile::read(path, maxBytes + 1);
    if (!file.ok())
        return Failure(file.error());
    if (file->size > maxBytes)
        return Failure(tr("%1 is larger than 64 MiB.").arg(QDir::toNativeSeparators(path)));
    return std::move(file).value().bytes;
}

Result<QString> PictureImporter::import(const QString& source, const QString& routineFolder)
{
    const QFileInfo picture(source);
    if (!picture.isFile())
        return Failure(tr("%1 is not a file.").arg(QDir::toNativeSeparators(source)));
    const QString canonicalFolder = QFileInfo(routineFolder).canonicalFilePath();
    const QString canonicalPicture = picture.canonicalFilePath();
    if (!canonicalFolder.isEmpty() && canonicalPicture.startsWith(canonicalFolder + u'/')) {
        const QString relative = QDir(canonicalFolder).relativeFilePath(canonicalPicture);
        if (!relative.contains(u'\\') && !relative.contains(u':'))
            return relative;
    }
    return copyAs(source, routineFolder,
                  QStringLiteral("images/") + safeFileName(picture.fileName()));
}

Result<QString> PictureImporter::copyAs(const QString& source, const QString& routineFolder,
                                        const QString& wantedRelative)
{
    const QDir folder(routineFolder);
    const QFileInfo wanted(wantedRelative);
    const QString subfolder = wanted.path();
    for (int n = 1;; ++n) {
        const QString name =
            n == 1 ? wanted.fileName()
                   : QStringLiteral("%1-%2%3")
                         .arg(wanted.completeBaseName())
                         .arg(n)
                         .arg(wanted.suffix().isEmpty() ? QString() : u'.' + wanted.suffix());
        const QString relative =
            QDir::cleanPath(subfolder == u'.' ? name : subfolder + u'/' + name);
        const QString target = folder.filePath(relative);
        if (QFileInfo::exists(target)) {
            if (sameBytes(source, target))
                return relative;
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Failure(tr("Cannot create the folder %1.")
                               .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
        QFile file(source);
        if (!file.copy(target))
            return Failure(tr("Cannot copy %1 to %2: %3")
                               .arg(QDir::toNativeSeparators(source),
                                    QDir::toNativeSeparators(target), file.errorString()));
        return relative;
    }
}

} // namespace unclutch::storage
