#include <gtest/gtest.h>

#include <QString>
#include <QStringList>

#include "storage/result.h"

namespace unclutch::storage {
namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return Failure(QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}

Status check(bool fine)
{
    if (!fine)
        return Failure(QStringLiteral("not fine"), QStringLiteral("looked twice"));
    return {};
}

TEST(ResultTest, AValueIsASuccessWithNoError)
{
    const Result<int> result = half(8);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(static_cast<bool>(result));
    EXPECT_EQ(*result, 4);
    EXPECT_EQ(result.value(), 4);
    EXPECT_TRUE(result.error().isEmpty());
    EXPECT_TRUE(result.warning().isEmpty());
}

TEST(ResultTest, AFailureHasItsMessageAndNoValue)
{
    const Result<int> result = half(7);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error(), QStringLiteral("7 is odd"));
    EXPECT_EQ(result.valueOr(-1), -1);
}

TEST(ResultTest, AWarningTravelsWithASuccessOrAFailure)
{
    Result<int> fine = half(2);
    fine.withWarning(QStringLiteral("moved aside"));
    EXPECT_TRUE(fine.ok());
    EXPECT_EQ(fine.warning(), QStringLiteral("moved aside"));

    const Status failed = check(false);
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error(), QStringLiteral("not fine"));
    EXPECT_EQ(failed.warning(), QStringLiteral("looked twice"));

    const Status told = Status::successWithWarning(QStringLiteral("note"));
    EXPECT_TRUE(told.ok());
    EXPECT_EQ(told.warning(), QStringLiteral("note"));
}

TEST(ResultTest, AFailurePassesToAResultOfAnotherType)
{
    const Status failed = check(false);
    const Result<QStringList> passed = Result<QStringList>::failureOf(failed);
    EXPECT_FALSE(passed.ok());
    EXPECT_EQ(passed.error(), failed.error());
    EXPECT_EQ(passed.warning(), failed.warning());
}

TEST(ResultTest, ATemporaryGivesItsValueAway)
{
    const QStringList taken = Result<QStringList>(QStringList{QStringLiteral("a")}).value();
    EXPECT_EQ(taken, QStringList{QStringLiteral("a")});
    EXPECT_TRUE(check(true).ok());
}

} // namespace
} // namespace unclutch::storage
