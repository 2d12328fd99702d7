#include <gtest/gtest.h>

#include "app/command_line.h"

using unclutch::app::CommandLine;
using Mode = CommandLine::Mode;

namespace {

CommandLine parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("unclutch"));
    return CommandLine::parse(arguments);
}

} // namespace

TEST(CommandLine, NoArgumentsIsTheApp)
{
    const CommandLine line = parse({});
    EXPECT_EQ(line.mode, Mode::Gui);
    EXPECT_FALSE(line.isCommandLineMode());
}

TEST(CommandLine, ValidateTakesEveryPath)
{
    const CommandLine line =
        parse({QStringLiteral("--validate"), QStringLiteral("a.json"), QStringLiteral("dir/")});
    EXPECT_EQ(line.mode, Mode::Validate);
    EXPECT_EQ(line.paths, (QStringList{QStringLiteral("a.json"), QStringLiteral("dir/")}));
    EXPECT_TRUE(line.isCommandLineMode());
}

TEST(CommandLine, ImportTakesEveryFile)
{
    const CommandLine line =
        parse({QStringLiteral("--import"), QStringLiteral("a.json"), QStringLiteral("b.json"),
               QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")});
    EXPECT_EQ(line.mode, Mode::Import);
    EXPECT_EQ(line.paths, (QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}));
    EXPECT_EQ(line.dataDir, QStringLiteral("/tmp/x"));
    EXPECT_TRUE(line.isCommandLineMode());
    EXPECT_EQ(parse({QStringLiteral("--import")}).mode, Mode::UsageError);
}

TEST(CommandLine, OneFileAloneOpensTheAppOnIt)
{
    const CommandLine line = parse({QStringLiteral("/home/me/Downloads/hips.json")});
    EXPECT_EQ(line.mode, Mode::Gui);
    EXPECT_FALSE(line.isCommandLineMode());
    EXPECT_EQ(line.openFile, QStringLiteral("/home/me/Downloads/hips.json"));
    EXPECT_TRUE(line.paths.isEmpty());
    EXPECT_EQ(parse({QStringLiteral("a.json"), QStringLiteral("b.json")}).mode, Mode::UsageError);
    EXPECT_TRUE(parse({}).openFile.isEmpty());
}

TEST(CommandLine, DataDirGoesWithAnyMode)
{
    const CommandLine line =
        parse({QStringLiteral("--list"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")});
    EXPECT_EQ(line.mode, Mode::List);
    EXPECT_EQ(line.dataDir, QStringLiteral("/tmp/x"));
}

TEST(CommandLine, UsageErrors)
{
    EXPECT_EQ(parse({QStringLiteral("--validate")}).mode, Mode::UsageError);
    EXPECT_EQ(parse({QStringLiteral("--bogus")}).mode, Mode::UsageError);
    EXPECT_EQ(
        parse({QStringLiteral("--list"), QStringLiteral("--validate"), QStringLiteral("x")}).mode,
        Mode::UsageError);
    EXPECT_EQ(parse({QStringLiteral("--timeline")}).mode, Mode::UsageError);
    EXPECT_EQ(parse({QStringLiteral("--list"), QStringLiteral("stray")}).mode, Mode::UsageError);
    EXPECT_EQ(
        parse({QStringLiteral("--list"), QStringLiteral("--event-log"), QStringLiteral("l")}).mode,
        Mode::UsageError);
}

TEST(CommandLine, PlayWithEventLog)
{
    const CommandLine line = parse({QStringLiteral("--play"), QStringLiteral("slow-cat-cow"),
                                    QStringLiteral("--event-log"), QStringLiteral("log.jsonl")});
    EXPECT_EQ(line.mode, Mode::Play);
    EXPECT_EQ(line.file, QStringLiteral("slow-cat-cow"));
    EXPECT_EQ(line.eventLog, QStringLiteral("log.jsonl"));
    EXPECT_FALSE(line.isCommandLineMode());
}

TEST(CommandLine, HelpAndVersion)
{
    EXPECT_EQ(parse({QStringLiteral("--help")}).mode, Mode::Help);
    EXPECT_EQ(parse({QStringLiteral("-h")}).mode, Mode::Help);
    EXPECT_EQ(parse({QStringLiteral("--version")}).mode, Mode::Version);
    EXPECT_NE(parse({}).helpText.indexOf(QStringLiteral("--validate")), -1);
}

TEST(CommandLine, FitOptionsGoWithTimelineAndPlay)
{
    const CommandLine timeline =
        parse({QStringLiteral("--timeline"), QStringLiteral("r.json"), QStringLiteral("--minutes"),
               QStringLiteral("20"), QStringLiteral("--pace"), QStringLiteral("7.5"),
               QStringLiteral("--easier")});
    EXPECT_EQ(timeline.mode, Mode::Timeline);
    EXPECT_EQ(timeline.fit, (unclutch::core::FitChoices{20.0, 7.5, true}));

    const CommandLine play = parse({QStringLiteral("--play"), QStringLiteral("slow-cat-cow"),
                                    QStringLiteral("--minutes"), QStringLiteral("1e1")});
    EXPECT_EQ(play.mode, Mode::Play);
    EXPECT_EQ(play.fit, (unclutch::core::FitChoices{10.0, std::nullopt, false}));

    const CommandLine none = parse({QStringLiteral("--timeline"), QStringLiteral("r.json")});
    EXPECT_EQ(none.fit, unclutch::core::FitChoices{});
}

TEST(CommandLine, FitOptionsWithAnotherModeAreUsageErrors)
{
    const QStringList withValue[] = {{QStringLiteral("--minutes"), QStringLiteral("10")},
                                     {QStringLiteral("--pace"), QStringLiteral("5")},
                                     {QStringLiteral("--easier")}};
    const QStringList modes[] = {{QStringLiteral("--list")},
                                 {QStringLiteral("--validate"), QStringLiteral("a.json")},
                                 {QStringLiteral("--export-history"), QStringLiteral("h.csv")},
                                 {}};
    for (const QStringList& option : withValue) {
        for (const QStringList& mode : modes) {
            const CommandLine line = parse(mode + option);
            EXPECT_EQ(line.mode, Mode::UsageError)
                << (mode + option).join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(line.error,
                      option.first() + QStringLiteral(" goes with --play or --timeline"));
        }
    }
}

TEST(CommandLine, FitValuesOutOfRangeOrNotNumbersAreUsageErrorsNamingTheOptionAndRange)
{
    auto errorOf = [](const QString& option, const QString& value) {
        const CommandLine line =
            parse({QStringLiteral("--timeline"), QStringLiteral("r.json"), option, value});
        EXPECT_EQ(line.mode, Mode::UsageError) << value.toStdString();
        return line.error;
    };
    for (const char* bad : {"abc", "", "0", "0.99", "240.01", "-5", "nan", "inf", "1,5", "10min"})
        EXPECT_EQ(errorOf(QStringLiteral("--minutes"), QString::fromUtf8(bad)),
                  QStringLiteral("--minutes must be a number of minutes from 1 to 240, got \"") +
                      QString::fromUtf8(bad) + QLatin1Char('"'));
    for (const char* bad : {"abc", "0.999", "120.001", "-1", "1e3", "infinity"})
        EXPECT_EQ(errorOf(QStringLiteral("--pace"), QString::fromUtf8(bad)),
                  QStringLiteral("--pace must be a number of seconds from 1 to 120, got \"") +
                      QString::fromUtf8(bad) + QLatin1Char('"'));
    // The value goes back to the terminal: its control characters are escaped.
    EXPECT_EQ(errorOf(QStringLiteral("--pace"), QStringLiteral("\x1b]0;x\x07")),
              QStringLiteral(
                  R"(--pace must be a number of seconds from 1 to 120, got "\u001b]0;x\u0007")"));
    // The edges are in range; so are fractions.
    for (const char* good : {"1", "240", "7.5"})
        EXPECT_EQ(parse({QStringLiteral("--timeline"), QStringLiteral("r.json"),
                         QStringLiteral("--minutes"), QString::fromUtf8(good)})
                      .mode,
                  Mode::Timeline)
            << good;
    for (const char* good : {"1", "120", "2.5"})
        EXPECT_EQ(parse({QStringLiteral("--timeline"), QStringLiteral("r.json"),
                         QStringLiteral("--pace"), QString::fromUtf8(good)})
                      .mode,
                  Mode::Timeline)
            << good;
}
