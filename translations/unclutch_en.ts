<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
