#include <gtest/gtest.h>

#include <QImage>
#include <QTemporaryDir>

#include "../../support/fifo_watchdog.h"
#include "app/player/pose_picture_widget.h"

using namespace unclutch;

// A picture checked when the routine loaded can be replaced by a named pipe before its step
// shows: opening that pipe for reading would stop the player until something writes to it.
TEST(PosePictureWidget, NeverOpensANamedPipeInAPicturesPlace)
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pose.png"));
    test::FifoWatchdog watchdog(pipe);
    ASSERT_TRUE(watchdog.made());
    app::PosePictureWidget widget;
    widget.setImageFile(pipe);
    EXPECT_FALSE(watchdog.opened());
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
