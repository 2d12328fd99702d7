#include <gtest/gtest.h>

#include <QCoreApplication>

// Storage code uses QtCore services (file system, translations) that want an application object;
// no GUI one, since the storage floor never needs a display.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
