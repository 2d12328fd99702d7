#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include "app/application.h"
#include "app/command_line.h"
#include "app/first_paint_report.h"
#include "app/ui/main_window.h"

using namespace unclutch;

namespace {

// The Qt libraries of the history (QtSql, QtCharts and the OpenGL it brings) and of the sounds
// and voice (QtMultimedia, QtTextToSpeech), and QtSvg: what the first window does without.
const QStringList kDeferredLibraries{
    QStringLiteral("libQt6Sql.so"),           QStringLiteral("libQt6Charts.so"),
    QStringLiteral("libQt6OpenGLWidgets.so"), QStringLiteral("libQt6Multimedia.so"),
    QStringLiteral("libQt6TextToSpeech.so"),  QStringLiteral("libQt6Svg.so"),
};

QStringList loadedOf(const QStringList& libraries)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(no /proc/self/maps)")};
    const QString mapped = QString::fromUtf8(maps.readAll());
    QStringList loaded;
    for (const QString& library : libraries) {
        if (mapped.contains(QLatin1Char('/') + library))
            loaded << library;
    }
    return loaded;
}

app::MainWindow* shownMainWindow()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<app::MainWindow*>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

} // namespace

// Start-up is mostly the loading of libraries (issue 15): the library screen, up to its first
// paint, loads Qt's Core, Gui and Widgets and none of the libraries the modules bring. This
// program links what the unclutch program links, no module, as the program does.
TEST(Startup, TheFirstPaintOfTheLibraryLoadsNoneOfTheModulesLibraries)
{
    ASSERT_TRUE(loadedOf(kDeferredLibraries).isEmpty()) << "linked in already";
    QTemporaryDir data;
    const app::CommandLine commandLine = app::CommandLine::parse(
        {QStringLiteral("unclutch"), QStringLiteral("--data-dir"), data.path()});
    app::Application application(commandLine, std::nullopt);
    ASSERT_TRUE(application.start());
    app::MainWindow* window = shownMainWindow();
    ASSERT_NE(window, nullptr);

    // Before the app's own after-paint work, which loads the modules.
    std::optional<QStringList> loadedAtFirstPaint;
    app::callAfterFirstPaint(window, [&] { loadedAtFirstPaint = loadedOf(kDeferredLibraries); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return loadedAtFirstPaint.has_value(); }));
    EXPECT_TRUE(loadedAtFirstPaint->isEmpty()) << loadedAtFirstPaint->join(u' ').toStdString();
}
