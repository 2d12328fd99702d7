#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include <csignal>

#include "app/signal_watcher.h"

using unclutch::app::SignalWatcher;

TEST(SignalWatcher, TurnsEachSignalIntoAQtSignalInTheEventLoop)
{
    SignalWatcher watcher;
    ASSERT_TRUE(watcher.isWatching());
    QSignalSpy received(&watcher, &SignalWatcher::received);
    for (int signalNumber : {SIGTERM, SIGHUP, SIGINT})
        ASSERT_EQ(std::raise(signalNumber), 0); // handled: the test process goes on
    // The handler only wrote to the socket pair: nothing is emitted until the loop runs.
    EXPECT_EQ(received.count(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.count() == 3; }, 5000));
    EXPECT_EQ(received.at(0).at(0).toInt(), SIGTERM);
    EXPECT_EQ(received.at(1).at(0).toInt(), SIGHUP);
    EXPECT_EQ(received.at(2).at(0).toInt(), SIGINT);
}

TEST(SignalWatcher, ASignalIgnoredAtTheStartStaysIgnoredAndHandlersComeBack)
{
    const auto previous = std::signal(SIGHUP, SIG_IGN);
    {
        SignalWatcher watcher;
        struct sigaction action {};
        ::sigaction(SIGHUP, nullptr, &action);
        EXPECT_EQ(action.sa_handler, SIG_IGN); // as `nohup unclutch` wants
        ::sigaction(SIGTERM, nullptr, &action);
        EXPECT_NE(action.sa_handler, SIG_DFL);
    }
    struct sigaction action {};
    ::sigaction(SIGTERM, nullptr, &action);
    EXPECT_EQ(action.sa_handler, SIG_DFL);
    std::signal(SIGHUP, previous);
}
