<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>unclutch::app::SessionDetailPane</name>
    <message numerus="yes">
        <source>Steps %1</source>
        <translation>
            <numerusform>Step %1</numerusform>
            <numerusform>Steps %1</numerusform>
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
