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
