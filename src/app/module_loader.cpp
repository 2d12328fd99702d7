#include "module_loader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPluginLoader>

namespace unclutch::app {

QStringList ModuleLoader::moduleDirectories()
{
    QStringList directories;
    const QString programDir = QCoreApplication::applicationDirPath();
    if (!programDir.isEmpty())
        directories << QDir::cleanPath(programDir +
                                       QStringLiteral("/" UNCLUTCH_MODULE_DIR_FROM_PROGRAM));
    directories << QStringLiteral(UNCLUTCH_INSTALLED_MODULE_DIR);
    directories.removeDuplicates();
    return directories;
}

storage::Result<QObject*> ModuleLoader::instance(const QString& name, const char* iid)
{
    // Loaded once for the life of the process: QPluginLoader keeps the instance.
    static QHash<QString, QObject*> loaded;
    if (QObject* plugin = loaded.value(name))
        return plugin;
    const QString fileName = QStringLiteral("libunclutch_%1.so").arg(name);
    const QStringList directories = moduleDirectories();
    for (const QString& directory : directories) {
        const QString path = QDir(directory).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QPluginLoader loader(path);
        // Every symbol now: a module that does not fit this program fails here, with the
        // reason, instead of in the middle of a session.
        loader.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        QObject* plugin = loader.instance();
        if (!plugin || !plugin->qt_metacast(iid))
            return storage::Failure(
                tr("Unclutch's %1 module %2 could not be loaded: %3")
                    .arg(name, QDir::toNativeSeparators(path),
                         plugin ? tr("it is of another version") : loader.errorString()));
        loaded.insert(name, plugin);
        return plugin;
    }
    return storage::Failure(tr("Unclutch's %1 module (%2) is not installed in %3.")
                                .arg(name, fileName, directories.join(QStringLiteral(", "))));
}

} // namespace unclutch::app
