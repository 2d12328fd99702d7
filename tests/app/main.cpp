#include <QCoreApplication>

#include <gtest/gtest.h>

// Timers need an application object; the tests drive time themselves and never run its loop.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
