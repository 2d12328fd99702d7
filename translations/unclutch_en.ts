<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HistoryExporter</name>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message numerus="yes">
        <source>%1 out of 10 (%n rating(s))</source>
        <translation>
            <numerusform>%1 out of 10 (%n rating)</numerusform>
            <numerusform>%1 out of 10 (%n ratings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatHelpsText</name>
    <message numerus="yes">
        <source>Only %n session(s) rated before and after: too few to say anything yet, as one good or bad day can swing these figures. Wait for at least %1.</source>
        <translation>
            <numerusform>Only %n session rated before and after: too few to say anything yet, as one good or bad day can swing these figures. Wait for at least %1.</numerusform>
            <numerusform>Only %n sessions rated before and after: too few to say anything yet, as one good or bad day can swing these figures. Wait for at least %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::FitControls</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::HistoryHeader</name>
    <message numerus="yes">
        <source>You practised on %n day(s).</source>
        <translation>
            <numerusform>You practised on %n day.</numerusform>
            <numerusform>You practised on %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::LibraryPage</name>
    <message numerus="yes">
        <source>%n slow cycles</source>
        <translation>
            <numerusform>%n slow cycle</numerusform>
            <numerusform>%n slow cycles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::RoutineEditorWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::RoutineTransfer</name>
    <message numerus="yes">
        <source>%n file(s) could not be imported: they have errors and were not copied.</source>
        <translation>
            <numerusform>%n file could not be imported: it has errors and was not copied.</numerusform>
            <numerusform>%n files could not be imported: they have errors and were not copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::SessionDetailPane</name>
    <message numerus="yes">
        <source>Recorded before Unclutch kept each step; the easier variant was used in step(s) %1.</source>
        <translation>
            <numerusform>Recorded before Unclutch kept each step; the easier variant was used in step %1.</numerusform>
            <numerusform>Recorded before Unclutch kept each step; the easier variant was used in steps %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::TimelineStrip</name>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n cue</numerusform>
            <numerusform>%n cues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase change(s)</source>
        <translation>
            <numerusform>%n phase change</numerusform>
            <numerusform>%n phase changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beat(s)</source>
        <translation>
            <numerusform>%n beat</numerusform>
            <numerusform>%n beats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::TrayReminders</name>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>Snooze for %n minute</numerusform>
            <numerusform>Snooze for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minute(s). A few slow minutes of movement will do your back good.</source>
        <translation>
            <numerusform>You have been at the computer for %n minute. A few slow minutes of movement will do your back good.</numerusform>
            <numerusform>You have been at the computer for %n minutes. A few slow minutes of movement will do your back good.</numerusform>
        </translation>
    </message>
</context>
</TS>
