#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "storage/result.h"

namespace unclutch::app {

// Loads the parts of Unclutch that the first window does not need (the history, the sounds and
// voice: audio_module.h, history_module.h) on their first use. Each is a Qt plugin with its
// heavy Qt modules, so a start that shows the library loads only Core, Gui and Widgets.
//
// libunclutch_NAME.so is looked for where it is built and installed (moduleDirectories()); it
// uses the program's own code, which the program exports. A module that cannot be loaded is a
// value with the reason, to show. (The tests link the modules' code and make their objects
// directly.)
//
//     const storage::Result<HistoryModule*> history =
//         ModuleLoader::load<HistoryModule>(QStringLiteral("history"));
class ModuleLoader {
    Q_DECLARE_TR_FUNCTIONS(ModuleLoader)

public:
    template <typename Interface>
    static storage::Result<Interface*> load(const QString& name)
    {
        const storage::Result<QObject*> plugin =
            instance(name, qobject_interface_iid<Interface*>());
        if (!plugin)
            return storage::Result<Interface*>::failureOf(plugin);
        return qobject_cast<Interface*>(*plugin);
    }

    // Where a module is looked for, in order: the path from the program's folder to the modules
    // as installed (it holds in the build tree too, which mirrors it), then the absolute path of
    // the modules under the install prefix.
    static QStringList moduleDirectories();

private:
    static storage::Result<QObject*> instance(const QString& name, const char* iid);
};

} // namespace unclutch::app
