// GoogleTest main for suites that need a Qt event loop: a QApplication when the suite tests
// widgets (UNCLUTCH_TEST_WIDGETS), else a QCoreApplication.
#include <gtest/gtest.h>

#ifdef UNCLUTCH_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    TestApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
