#include <gtest/gtest.h>

#include <QApplication>

// The editor tests drive real widgets, so they need a QApplication; the tests run with
// QT_QPA_PLATFORM=offscreen (set by CTest) and need no display.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
