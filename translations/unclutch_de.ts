<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Logging</name>
    <message>
        <source>Cannot create the log folder %1</source>
        <translation>Der Protokollordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsWidget</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to move</source>
        <translation>An Bewegung erinnern</translation>
    </message>
    <message>
        <source>At these times of day</source>
        <translation>Zu diesen Uhrzeiten</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Hinzuzufügende Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>After long computer use</source>
        <translation>Nach langer Arbeit am Computer</translation>
    </message>
    <message>
        <source>Remind me &amp;after</source>
        <translation>Erinnern &amp;nach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Start again after a &amp;break of</source>
        <translation>Neu zählen nach einer &amp;Pause von</translation>
    </message>
    <message>
        <source>Time away from the computer (screen locked or asleep) that starts the count again</source>
        <translation>Zeit fern vom Computer (Bildschirm gesperrt oder im Ruhezustand), nach der die Zählung neu beginnt</translation>
    </message>
    <message>
        <source>&amp;Suggested routine</source>
        <translation>&amp;Vorgeschlagener Übungsablauf</translation>
    </message>
    <message>
        <source>S&amp;nooze for</source>
        <translation>&amp;Später erinnern nach</translation>
    </message>
    <message>
        <source>Reminders come only while Unclutch is running. Time with the session unlocked counts as computer use: Unclutch cannot see what you do in other programs.</source>
        <translation>Erinnerungen kommen nur, solange Unclutch läuft. Die Zeit mit entsperrter Sitzung zählt als Arbeit am Computer: Was Sie in anderen Programmen tun, kann Unclutch nicht sehen.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::AboutDialog</name>
    <message>
        <source>About Unclutch</source>
        <translation>Über Unclutch</translation>
    </message>
    <message>
        <source>Slow, timed routines to ease back pain.</source>
        <translation>Langsame, zeitgesteuerte Übungsabläufe gegen Rückenschmerzen.</translation>
    </message>
    <message>
        <source>Routines are plain JSON files you can write yourself: see the &lt;a href=&quot;%1&quot;&gt;routine format&lt;/a&gt;.</source>
        <translation>Übungsabläufe sind einfache JSON-Dateien, die Sie selbst schreiben können: siehe das &lt;a href=&quot;%1&quot;&gt;Format der Übungsabläufe&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Copyright © 2026 The Unclutch developers.</source>
        <translation>Freie Software unter der MIT-Lizenz. Copyright © 2026 The Unclutch developers.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>unclutch::app::SafetyBanner</name>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>Diesen Hinweis nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Unclutch is not medical advice. If pain is severe or lasts more than two weeks, see a health professional.</source>
        <translation>Unclutch ist keine medizinische Beratung. Wenn Schmerzen stark sind oder länger als zwei Wochen anhalten, wenden Sie sich an eine medizinische Fachkraft.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::TrayReminders</name>
    <message>
        <source>Open Unclutch</source>
        <translation>Unclutch öffnen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht mehr</translation>
    </message>
    <message>
        <source>No more reminders until tomorrow</source>
        <translation>Bis morgen keine Erinnerungen mehr</translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation>Erinnerungen einrichten …</translation>
    </message>
    <message>
        <source>Quit Unclutch</source>
        <translation>Unclutch beenden</translation>
    </message>
    <message>
        <source>Unclutch reminders</source>
        <translation>Unclutch-Erinnerungen</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Einen Übungsablauf starten</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>„%1“ starten</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute erneut erinnern</numerusform>
            <numerusform>In %n Minuten erneut erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to unclutch</source>
        <translation>Zeit, locker zu lassen</translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minute(s). A few slow minutes of movement will do your back good.</source>
        <translation>
            <numerusform>Sie sind seit %n Minute am Computer. Ein paar langsame Minuten Bewegung tun Ihrem Rücken gut.</numerusform>
            <numerusform>Sie sind seit %n Minuten am Computer. Ein paar langsame Minuten Bewegung tun Ihrem Rücken gut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your back routine</source>
        <translation>Zeit für Ihre Rückenübungen</translation>
    </message>
    <message>
        <source>A good moment for a few slow minutes of movement.</source>
        <translation>Ein guter Moment für ein paar langsame Minuten Bewegung.</translation>
    </message>
    <message>
        <source>Click to start “%1”.</source>
        <translation>Klicken Sie, um „%1“ zu starten.</translation>
    </message>
</context>
</TS>
