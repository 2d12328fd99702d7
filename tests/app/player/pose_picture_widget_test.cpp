#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "player/pose_picture_widget.h"

using namespace unclutch;

// A picture checked when the routine loaded can be replaced by a named pipe before its step
// shows: opening that pipe for reading would stop the player until something writes to it.
TEST(PosePictureWidget, NeverOpensANamedPipeInAPicturesPlace)
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pose.png"));
    const QByteArray name = QFile::encodeName(pipe);
    ASSERT_EQ(::mkfifo(name.constData(), 0600), 0);

    // A watchdog: a writer can open the pipe without waiting only while a reader has it open.
    // If the widget ever opens it, the watchdog's open succeeds, which also ends the widget's
    // wait, so a broken widget fails this test instead of hanging it.
    std::atomic<bool> done{false};
    std::atomic<bool> opened{false};
    std::thread watchdog([&] {
        while (!done) {
            const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) {
                opened = true;
                ::close(fd);
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });

    app::PosePictureWidget widget;
    widget.setImageFile(pipe);
    done = true;
    watchdog.join();
    EXPECT_FALSE(opened);
    EXPECT_FALSE(widget.hasPicture());
}

TEST(PosePictureWidget, ShowsAPictureReadFromAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pose.png"));
    QImage image(8, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    ASSERT_TRUE(image.save(path));
    app::PosePictureWidget widget;
    widget.setImageFile(path);
    EXPECT_TRUE(widget.hasPicture());
}
