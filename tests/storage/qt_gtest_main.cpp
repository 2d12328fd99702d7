#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt SQL and translations want an application object; command-line code never needs a GUI one.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
