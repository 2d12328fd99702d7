#include "editor_test_fixture.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>

using namespace unclutch;
using namespace unclutch::app;
using namespace unclutch::app::testing;

TEST_F(EditorWindowTest, AMinusSignInASecondsFieldIsRefusedSoTheFieldAndTheRoutineAgree)
{
    auto* duration = find<QDoubleSpinBox>("durationSpin");
    auto* message = find<QLabel>("durationMessage");
    // −5 typed over 30: seconds are never negative, so the minus is refused like a letter.
    typeInto(duration, QStringLiteral("-5"));
    EXPECT_EQ(duration->text(), QStringLiteral("5 s"));
    EXPECT_EQ(m_window->document()->routine().steps[0].duration, 5.0);
    EXPECT_FALSE(message->isVisible()) << message->text().toStdString();

    // A zero is shown as typed and the message quotes it.
    typeInto(duration, QStringLiteral("0"));
    EXPECT_EQ(duration->text(), QStringLiteral("0 s"));
    EXPECT_EQ(m_window->document()->routine().steps[0].duration, 0.0);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().endsWith(QStringLiteral("got 0"))) << message->text().toStdString();

    // The routine's own get-ready time refuses it too.
    auto* form = find<QWidget>("routineForm");
    auto* transition = form->findChild<QDoubleSpinBox*>(QStringLiteral("transitionSpin"));
    ASSERT_NE(transition, nullptr);
    find<QAbstractButton>("transitionDefaultCheck")->click();
    typeInto(transition, QStringLiteral("-3"));
    EXPECT_EQ(transition->text(), QStringLiteral("3 s"));
}

TEST_F(EditorWindowTest, TheTotalCountsStepsAndTimesInWords)
{
    auto* total = find<QLabel>("totalLabel");
    // Rest once, pigeon on each side: two steps, three counting each side.
    EXPECT_TRUE(total->text().contains(QStringLiteral(": 2 steps, 3 counting each side;")))
        << total->text().toStdString();

    // One step, and no sides to count.
    m_window->selectStep(1);
    auto* remove = find<QAbstractButton>("removeStepButton");
    remove->click();
    ASSERT_EQ(m_window->document()->stepCount(), 1);
    EXPECT_TRUE(total->text().contains(QStringLiteral(": 1 step;"))) << total->text().toStdString();
}
