<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCueCommand</name>
    <message>
        <source>Add cue</source>
        <translation>Hinweis hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddStepCommand</name>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Schritt duplizieren</translation>
    </message>
</context>
<context>
    <name>CueEditor</name>
    <message>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Spoken or shown during the step, at a time from the step&apos;s start</source>
        <translation>Während des Schritts gesprochen oder angezeigt, zu einer Zeit ab Beginn des Schritts</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add c&amp;ue</source>
        <translation>Hinweis hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Remo&amp;ve cue</source>
        <translation>Hinweis ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Der Ordner %1 für den Verlauf kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 is not a regular file.</source>
        <translation>Die Verlaufsdatei %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Cannot make the history file %1 private: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht vor anderen geschützt werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and cannot be moved aside: %2</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und kann nicht beiseitegelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>EasierEditor</name>
    <message>
        <source>Easier variant: a gentler pose to switch to, with the same timing</source>
        <translation>Leichtere Variante: eine sanftere Haltung zum Wechseln, mit demselben Zeitablauf</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>Pose:</source>
        <translation>Haltung:</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>FitControls</name>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>How long today&apos;s session lasts: every step is made longer or shorter in proportion</source>
        <translation>Wie lange die heutige Sitzung dauert: Jeder Schritt wird im gleichen Verhältnis länger oder kürzer</translation>
    </message>
    <message>
        <source>Length of the session</source>
        <translation>Dauer der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Seconds for each cycle of the slow movements</source>
        <translation>Sekunden für jeden Zyklus der langsamen Bewegungen</translation>
    </message>
    <message>
        <source>Pace of the slow movements</source>
        <translation>Tempo der langsamen Bewegungen</translation>
    </message>
    <message>
        <source>&amp;Easier throughout</source>
        <translation>Durchgehend &amp;leichter</translation>
    </message>
    <message>
        <source>Every step that has an easier variant starts with it (E still switches during the session)</source>
        <translation>Jeder Schritt mit einer leichteren Variante beginnt mit ihr (E wechselt weiterhin während der Sitzung)</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>No pain ratings in this period</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Pain before and after a session, weekly average</source>
        <translation>Schmerz vor und nach einer Sitzung, Wochendurchschnitt</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Schmerz vor und nach jeder Sitzung</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No practice in this period</source>
        <translation>In diesem Zeitraum nicht geübt</translation>
    </message>
    <message>
        <source>Minutes practised per week</source>
        <translation>Geübte Minuten pro Woche</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>A chart&apos;s date and time labels, in Qt&apos;s date format (d: day, MMM: short month name).</extracomment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A chart&apos;s date labels, in Qt&apos;s date format (d: day, MMM: short month name).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A chart&apos;s month labels, in Qt&apos;s date format (MMM: short month name, yyyy: year).</extracomment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>Cannot tell the format of %1: use a file name ending in .csv or .json.</source>
        <translation>Das Format von %1 ist unklar: Bitte einen Dateinamen verwenden, der auf .csv oder .json endet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Sitzung nach %1 exportiert.</numerusform>
            <numerusform>%n Sitzungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sessions yet; wrote an empty history to %1.</source>
        <translation>Es gibt noch keine Sitzungen; ein leerer Verlauf wurde nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That session is no longer in the history.</source>
        <translation>Diese Sitzung ist nicht mehr im Verlauf.</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 out of 10 (%n rating(s))</source>
        <translation>
            <numerusform>%1 von 10 (%n Bewertung)</numerusform>
            <numerusform>%1 von 10 (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Done / planned</source>
        <translation>Geübt / geplant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>Unclutch practice report</source>
        <translation>Unclutch-Übungsbericht</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>%1 (%2 completed)</source>
        <translation>%1 (%2 abgeschlossen)</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Geübte Zeit</translation>
    </message>
    <message>
        <source>Average pain before</source>
        <translation>Durchschnittlicher Schmerz vorher</translation>
    </message>
    <message>
        <source>Average pain after</source>
        <translation>Durchschnittlicher Schmerz nachher</translation>
    </message>
    <message>
        <source>Sessions (continued)</source>
        <translation>Sitzungen (Fortsetzung)</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Sessions as recorded in Unclutch by the person practising. This report is not medical advice.</source>
        <translation>Sitzungen, wie sie die übende Person in Unclutch erfasst hat. Dieser Bericht ist keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>The report&apos;s period must start on or before the day it ends.</source>
        <translation>Der Zeitraum des Berichts muss spätestens an dem Tag beginnen, an dem er endet.</translation>
    </message>
    <message>
        <source>The history could not be opened, so there is nothing to report.</source>
        <translation>Der Verlauf konnte nicht geöffnet werden; daher gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <source>The report could not be laid out as a PDF.</source>
        <translation>Der Bericht konnte nicht als PDF gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The minutes practised, then the same in hours and minutes: &quot;95 minutes (1 h 35 min)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Easier: %1</source>
        <translation>Leichter: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <source>What helps (continued)</source>
        <translation>Was hilft (Fortsetzung)</translation>
    </message>
    <message>
        <source>Change in pain: the rating after a session minus the one before it (−2: two points less pain after), over the sessions rated both before and after; fewer than %1 are too few to say anything. The person&apos;s own ratings: how sessions felt, not what eases pain.</source>
        <translation>Veränderung des Schmerzes: die Bewertung nach einer Sitzung minus die davor (−2: zwei Punkte weniger Schmerz danach), über die Sitzungen mit Bewertung vorher und nachher; weniger als %1 sind zu wenige, um etwas zu sagen. Die eigenen Bewertungen der Person: wie sich Sitzungen anfühlten, nicht was den Schmerz lindert.</translation>
    </message>
    <message>
        <source>Rated sessions</source>
        <translation>Bewertete Sitzungen</translation>
    </message>
    <message>
        <source>Average change</source>
        <translation>Mittlere Veränderung</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabw.</translation>
    </message>
    <message>
        <source>Range of changes</source>
        <translation>Spanne der Veränderungen</translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation>Geübte Minuten</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A date in the report, in Qt&apos;s date format (d: day, MMMM: month name, yyyy: year).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <extracomment>When the report was made, in Qt&apos;s date format (HH:mm: hours and minutes).</extracomment>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>Cannot bring the history database up to date: %1</source>
        <translation>Die Verlaufsdatenbank kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Unclutch (format %1; this version knows formats up to %2). It was left as it is; please update Unclutch.</source>
        <translation>Der Verlauf wurde von einer neueren Version von Unclutch geschrieben (Format %1; diese Version kennt Formate bis %2). Er bleibt unverändert; bitte aktualisieren Sie Unclutch.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history file was damaged and could not be read. It was kept as %1, and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt und konnte nicht gelesen werden. Sie wurde als %1 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file system does not support the write-ahead log</source>
        <translation>das Dateisystem unterstützt das Write-Ahead-Log nicht</translation>
    </message>
    <message>
        <source>Cannot save the new session in the history (%1).</source>
        <translation>Die neue Sitzung kann nicht im Verlauf gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot add sessions to the history (%1).</source>
        <translation>Dem Verlauf können keine Sitzungen hinzugefügt werden (%1).</translation>
    </message>
    <message>
        <source>A finished session needs an outcome and an end time.</source>
        <translation>Eine beendete Sitzung braucht ein Ergebnis und eine Endzeit.</translation>
    </message>
    <message>
        <source>Pain is rated from 0 to 10.</source>
        <translation>Schmerz wird von 0 bis 10 bewertet.</translation>
    </message>
    <message>
        <source>Cannot delete the session from the history (%1).</source>
        <translation>Die Sitzung kann nicht aus dem Verlauf gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>That session is no longer in the history.</source>
        <translation>Diese Sitzung ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Cannot close the interrupted sessions in the history (%1).</source>
        <translation>Die unterbrochenen Sitzungen im Verlauf können nicht abgeschlossen werden (%1).</translation>
    </message>
    <message>
        <source>Cannot save to the history (%1). Unclutch keeps the session&apos;s progress and saves it as soon as it can.</source>
        <translation>Im Verlauf kann nicht gespeichert werden (%1). Unclutch behält den Fortschritt der Sitzung und speichert ihn, sobald es geht.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>it was written by an older version of Unclutch and cannot be brought up to date here, since it cannot be written</source>
        <translation>sie wurde von einer älteren Version von Unclutch geschrieben und kann hier nicht aktualisiert werden, da sie nicht beschrieben werden kann</translation>
    </message>
    <message>
        <source>The history %1 cannot be written (its file or folder is read-only): nothing can be saved to it.</source>
        <translation>Der Verlauf %1 kann nicht beschrieben werden (seine Datei oder sein Ordner ist schreibgeschützt): Es kann nichts darin gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot resume the session in the history (%1).</source>
        <translation>Die Sitzung kann im Verlauf nicht fortgesetzt werden (%1).</translation>
    </message>
    <message>
        <source>That session is no longer in the history, or cannot be resumed.</source>
        <translation>Diese Sitzung ist nicht mehr im Verlauf oder kann nicht fortgesetzt werden.</translation>
    </message>
</context>
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
    <name>ModuleLoader</name>
    <message>
        <source>Unclutch&apos;s %1 module %2 could not be loaded: %3</source>
        <translation>Das Modul „%1“ von Unclutch (%2) konnte nicht geladen werden: %3</translation>
    </message>
    <message>
        <source>it is of another version</source>
        <translation>es gehört zu einer anderen Version</translation>
    </message>
    <message>
        <source>Unclutch&apos;s %1 module (%2) is not installed in %3.</source>
        <translation>Das Modul „%1“ von Unclutch (%2) ist nicht in %3 installiert.</translation>
    </message>
</context>
<context>
    <name>MoveStepCommand</name>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
</context>
<context>
    <name>PacingEditor</name>
    <message>
        <source>Pacing: a metronome for slow movement cycles</source>
        <translation>Taktgeber: ein Metronom für langsame Bewegungszyklen</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Zyklus:</translation>
    </message>
    <message>
        <source>One full movement cycle, 1 to 120 s</source>
        <translation>Ein ganzer Bewegungszyklus, 1 bis 120 s</translation>
    </message>
    <message>
        <source>How many cycles, 1 to 500</source>
        <translation>Wie viele Zyklen, 1 bis 500</translation>
    </message>
    <message>
        <source>&amp;Beat:</source>
        <translation>&amp;Schlag:</translation>
    </message>
    <message>
        <source>A tick every so often within a cycle; 0 for none</source>
        <translation>Ein Ticken in diesem Abstand innerhalb eines Zyklus; 0 für keines</translation>
    </message>
    <message>
        <source>No beats</source>
        <translation>Kein Ticken</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phasen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>Zyklen:</translation>
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
    <name>Player</name>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es ist %1, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>a file that does not exist</source>
        <translation>eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>something that cannot be read as a file</source>
        <translation>etwas, das sich nicht als Datei lesen lässt</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>the file name holds a NUL character</source>
        <translation>der Dateiname enthält ein NUL-Zeichen</translation>
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
    <name>RemoveCueCommand</name>
    <message>
        <source>Remove cue</source>
        <translation>Hinweis entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveStepCommand</name>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
</context>
<context>
    <name>ResumableSession</name>
    <message>
        <source>There is no session to resume.</source>
        <translation>Es gibt keine Sitzung zum Fortsetzen.</translation>
    </message>
    <message>
        <source>The routine %1 of the last session is gone: it cannot be resumed.</source>
        <translation>Die Routine %1 der letzten Sitzung ist nicht mehr da: Sie kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The routine %1 has changed since the last session: it cannot be resumed.</source>
        <translation>Die Routine %1 hat sich seit der letzten Sitzung geändert: Sie kann nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Resume the last session</source>
        <translation>Die letzte Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Resume (R)</source>
        <translation>Fortsetzen (R)</translation>
    </message>
    <message>
        <source>Go on at the get-ready of the step that was playing (R or Enter)</source>
        <translation>Bei der Vorbereitung des Schritts weitermachen, der gerade lief (R oder Eingabe)</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>Verwerfen (D)</translation>
    </message>
    <message>
        <source>Do not offer this session again (D or Esc)</source>
        <translation>Diese Sitzung nicht mehr anbieten (D oder Esc)</translation>
    </message>
</context>
<context>
    <name>RoutineEditorWindow</name>
    <message>
        <source>Routine editor</source>
        <translation>Routine-Editor</translation>
    </message>
    <message>
        <source>This routine comes with Unclutch and cannot be changed. Make your own copy to adapt it.</source>
        <translation>Diese Routine gehört zu Unclutch und kann nicht geändert werden. Legen Sie eine eigene Kopie an, um sie anzupassen.</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten kopieren</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Every get-ready and step as long as it lasts; click a step to select it</source>
        <translation>Jede Vorbereitung und jeder Schritt so lang, wie er dauert; klicken Sie auf einen Schritt, um ihn auszuwählen</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Weitere Probleme</translation>
    </message>
    <message>
        <source>Double-click a problem in another step to go to it</source>
        <translation>Doppelklicken Sie auf ein Problem in einem anderen Schritt, um dorthin zu springen</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the routine (only a routine without errors can be saved)</source>
        <translation>Routine speichern (nur eine Routine ohne Fehler kann gespeichert werden)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>Play the routine as it is now, from the selected step</source>
        <translation>Die Routine im jetzigen Stand abspielen, ab dem ausgewählten Schritt</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
</context>
<context>
    <name>RoutineExporter</name>
    <message>
        <source>Cannot export to %1: it is not a folder.</source>
        <translation>Export nach %1 nicht möglich: Das ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the picture %1: %2</source>
        <translation>Das Bild %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>These pictures are missing and were left out: %1</source>
        <translation>Diese Bilder fehlen und wurden weggelassen: %1</translation>
    </message>
</context>
<context>
    <name>RoutineFileReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has errors; fix them in a text editor first:
%2</source>
        <translation>%1 enthält Fehler; bitte beheben Sie sie zuerst in einem Texteditor:
%2</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Shown in the library and the player</source>
        <translation>Wird in der Bibliothek und im Player angezeigt</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Keeps the routine&apos;s history together; it does not change when you rename the routine</source>
        <translation>Hält den Verlauf der Routine zusammen; sie ändert sich nicht, wenn Sie die Routine umbenennen</translation>
    </message>
    <message>
        <source>What the routine is for and what it needs (a mat, a bolster)</source>
        <translation>Wofür die Routine gedacht ist und was sie braucht (eine Matte, ein Bolster)</translation>
    </message>
    <message>
        <source>Who wrote or prescribed it</source>
        <translation>Wer sie geschrieben oder verordnet hat</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Vorbereitung:</translation>
    </message>
    <message>
        <source>Time to get into position before every step</source>
        <translation>Zeit, um vor jedem Schritt in Position zu kommen</translation>
    </message>
    <message>
        <source>Default (5 s)</source>
        <translation>Standard (5 s)</translation>
    </message>
    <message>
        <source>&amp;Cautions:</source>
        <translation>&amp;Hinweise zur Vorsicht:</translation>
    </message>
    <message>
        <source>One caution per line, shown before the routine starts</source>
        <translation>Ein Vorsichtshinweis pro Zeile, angezeigt bevor die Routine beginnt</translation>
    </message>
    <message>
        <source>Descriptio&amp;n:</source>
        <translation>Beschreibu&amp;ng:</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>A&amp;utor:</translation>
    </message>
</context>
<context>
    <name>RoutineImporter</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>another routine in the library already has the id &quot;%1&quot;; this one is not loaded</source>
        <translation>eine andere Routine in der Bibliothek hat bereits die Kennung „%1“; diese wird nicht geladen</translation>
    </message>
</context>
<context>
    <name>SessionOutcome</name>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>The session&apos;s progress cannot be negative.</source>
        <translation>Der Fortschritt einer Sitzung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A step index cannot be negative.</source>
        <translation>Ein Schrittindex kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A session needs a routine and a start time.</source>
        <translation>Eine Sitzung braucht eine Routine und eine Startzeit.</translation>
    </message>
    <message>
        <source>A finished session needs an end time.</source>
        <translation>Eine beendete Sitzung braucht eine Endzeit.</translation>
    </message>
    <message>
        <source>A session cannot end before it starts.</source>
        <translation>Eine Sitzung kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The session&apos;s planned time cannot be negative.</source>
        <translation>Die geplante Dauer einer Sitzung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Pain is rated from 0 to 10.</source>
        <translation>Schmerz wird von 0 bis 10 bewertet.</translation>
    </message>
    <message>
        <source>Steps are numbered from 1, and their time cannot be negative.</source>
        <translation>Schritte werden ab 1 gezählt, und ihre Zeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A session&apos;s length and pace must be positive.</source>
        <translation>Länge und Tempo einer Sitzung müssen positiv sein.</translation>
    </message>
</context>
<context>
    <name>SetCueCommand</name>
    <message>
        <source>Change cue time</source>
        <translation>Zeit des Hinweises ändern</translation>
    </message>
    <message>
        <source>Change cue text</source>
        <translation>Text des Hinweises ändern</translation>
    </message>
</context>
<context>
    <name>SetEasierCommand</name>
    <message>
        <source>Add easier variant</source>
        <translation>Leichtere Variante hinzufügen</translation>
    </message>
    <message>
        <source>Remove easier variant</source>
        <translation>Leichtere Variante entfernen</translation>
    </message>
    <message>
        <source>Change easier pose</source>
        <translation>Leichtere Haltung ändern</translation>
    </message>
    <message>
        <source>Change easier instructions</source>
        <translation>Anleitung der leichteren Variante ändern</translation>
    </message>
    <message>
        <source>Change easier picture</source>
        <translation>Bild der leichteren Variante ändern</translation>
    </message>
</context>
<context>
    <name>SetPacingCommand</name>
    <message>
        <source>Add pacing</source>
        <translation>Taktgeber hinzufügen</translation>
    </message>
    <message>
        <source>Remove pacing</source>
        <translation>Taktgeber entfernen</translation>
    </message>
    <message>
        <source>Change cycle</source>
        <translation>Zyklus ändern</translation>
    </message>
    <message>
        <source>Change number of cycles</source>
        <translation>Anzahl der Zyklen ändern</translation>
    </message>
    <message>
        <source>Change beat</source>
        <translation>Schlag ändern</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Change phase share</source>
        <translation>Anteil der Phase ändern</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
</context>
<context>
    <name>SetRoutineFieldCommand</name>
    <message>
        <source>Change title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change author</source>
        <translation>Autor ändern</translation>
    </message>
    <message>
        <source>Change get-ready time</source>
        <translation>Vorbereitungszeit ändern</translation>
    </message>
    <message>
        <source>Change cautions</source>
        <translation>Vorsichtshinweise ändern</translation>
    </message>
</context>
<context>
    <name>SetSidesCommand</name>
    <message>
        <source>Change sides</source>
        <translation>Seiten ändern</translation>
    </message>
</context>
<context>
    <name>SetStepFieldCommand</name>
    <message>
        <source>Change pose</source>
        <translation>Haltung ändern</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>Anleitung ändern</translation>
    </message>
    <message>
        <source>Change picture</source>
        <translation>Bild ändern</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Change step get-ready time</source>
        <translation>Vorbereitungszeit des Schritts ändern</translation>
    </message>
</context>
<context>
    <name>SoundVoiceSettingsWidget</name>
    <message>
        <source>Sound and voice</source>
        <translation>Klang und Stimme</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Klänge</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>How loud the beats, tones and chimes are</source>
        <translation>Wie laut Takt, Töne und Gongs klingen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>No beats, tones or chimes; the voice still speaks (M in the player)</source>
        <translation>Kein Takt, keine Töne, keine Gongs; die Stimme spricht weiter (M im Player)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Klänge stumm schalten</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Klänge stu&amp;mm schalten</translation>
    </message>
    <message>
        <source>Plays the chime that starts a step, at this volume</source>
        <translation>Spielt den Gong, mit dem ein Schritt beginnt, in dieser Lautstärke</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>Testklang abspielen</translation>
    </message>
    <message>
        <source>&amp;Play a test sound</source>
        <translation>Test&amp;klang abspielen</translation>
    </message>
    <message>
        <source>In paced steps</source>
        <translation>In Schritten mit Takt</translation>
    </message>
    <message>
        <source>The voice names each phase of the movement as it begins</source>
        <translation>Die Stimme nennt jede Phase der Bewegung, wenn sie beginnt</translation>
    </message>
    <message>
        <source>In paced steps, say the phase names</source>
        <translation>In Schritten mit Takt die Phasennamen ansagen</translation>
    </message>
    <message>
        <source>Say the phase &amp;names (e.g. “tailbone up”)</source>
        <translation>&amp;Phasen ansagen (z. B. „Steißbein nach oben“)</translation>
    </message>
    <message>
        <source>A tone marks each phase and a tick each beat; the voice stays quiet</source>
        <translation>Ein Ton markiert jede Phase und ein Tick jeden Schlag; die Stimme schweigt</translation>
    </message>
    <message>
        <source>In paced steps, only tones and ticks</source>
        <translation>In Schritten mit Takt nur Töne und Ticks</translation>
    </message>
    <message>
        <source>&amp;Only tones and ticks</source>
        <translation>&amp;Nur Töne und Ticks</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>The voice names each pose and says the cues (V in the player)</source>
        <translation>Die Stimme nennt jede Haltung und sagt die Hinweise an (V im Player)</translation>
    </message>
    <message>
        <source>Speak the routine</source>
        <translation>Routine ansagen</translation>
    </message>
    <message>
        <source>&amp;Speak the routine</source>
        <translation>&amp;Routine ansagen</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>How fast the voice speaks; the middle is the engine&apos;s normal pace</source>
        <translation>Wie schnell die Stimme spricht; die Mitte ist das normale Tempo der Sprachausgabe</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechgeschwindigkeit</translation>
    </message>
    <message>
        <source>From slower to faster; the middle is the normal pace</source>
        <translation>Von langsamer bis schneller; die Mitte ist das normale Tempo</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>Sprach&amp;ausgabe</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Reads out a step&apos;s instructions as it begins</source>
        <translation>Liest die Anleitung eines Schritts vor, wenn er beginnt</translation>
    </message>
    <message>
        <source>Say the instructions when a step starts</source>
        <translation>Anleitung bei Schrittbeginn vorlesen</translation>
    </message>
    <message>
        <source>Say the &amp;instructions when a step starts</source>
        <translation>Anleitung bei Schritt&amp;beginn vorlesen</translation>
    </message>
    <message>
        <source>Says a sentence of a routine with this engine and rate</source>
        <translation>Sagt einen Satz einer Routine mit dieser Sprachausgabe und Geschwindigkeit</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>&amp;Test the voice</source>
        <translation>Stimme &amp;testen</translation>
    </message>
    <message>
        <source>The voice that speaks: the built-in voices (Flite slt for English, eSpeak NG for other languages), eSpeak NG for every language, or a speech engine of the system</source>
        <translation>Die Stimme, die spricht: die eingebauten Stimmen (Flite slt für Englisch, eSpeak NG für andere Sprachen), eSpeak NG für jede Sprache oder eine Sprachausgabe des Systems</translation>
    </message>
    <message>
        <source>Names the coming pose while you get ready; otherwise as the step starts</source>
        <translation>Nennt die kommende Pose, während Sie sich bereit machen; sonst zu Beginn des Schritts</translation>
    </message>
    <message>
        <source>Name the pose at each get-ready</source>
        <translation>Pose beim Bereitmachen nennen</translation>
    </message>
    <message>
        <source>Name the pose at each &amp;get-ready</source>
        <translation>P&amp;ose beim Bereitmachen nennen</translation>
    </message>
    <message>
        <source>Says “Now the right side” when a pose is done again on its other side</source>
        <translation>Sagt „Jetzt die rechte Seite“, wenn eine Pose auf der anderen Seite wiederholt wird</translation>
    </message>
    <message>
        <source>Announce the other side</source>
        <translation>Andere Seite ankündigen</translation>
    </message>
    <message>
        <source>Announce the other si&amp;de</source>
        <translation>An&amp;dere Seite ankündigen</translation>
    </message>
    <message>
        <source>Counts “3, 2, 1” at the end of every hold of 10 seconds or more</source>
        <translation>Zählt „3, 2, 1“ am Ende jeder Haltung von 10 Sekunden oder länger</translation>
    </message>
    <message>
        <source>Count down the end of a hold</source>
        <translation>Das Ende einer Haltung zählen</translation>
    </message>
    <message>
        <source>&amp;Count down the end of a hold</source>
        <translation>Das Ende einer Haltung &amp;zählen</translation>
    </message>
    <message>
        <source>Says “Halfway” in the middle of holds of a minute or more</source>
        <translation>Sagt „Halbzeit“ in der Mitte von Haltungen ab einer Minute</translation>
    </message>
    <message>
        <source>Say “Halfway” in long holds</source>
        <translation>„Halbzeit“ in langen Haltungen sagen</translation>
    </message>
    <message>
        <source>Say “&amp;Halfway” in long holds</source>
        <translation>„&amp;Halbzeit“ in langen Haltungen sagen</translation>
    </message>
</context>
<context>
    <name>SpokenText</name>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Bereit machen: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a pose announced at its start</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a pose, then its instructions</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The routine is complete. Well done.</source>
        <translation>Die Routine ist zu Ende. Gut gemacht.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The ISO 639 code of the language you translate into (de for German): the voice then knows which language these sentences are in.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Now the left side.</source>
        <translation>Jetzt die linke Seite.</translation>
    </message>
    <message>
        <source>Now the right side.</source>
        <translation>Jetzt die rechte Seite.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Easier: %1.</source>
        <translation>Leichter: %1.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>&amp;Pose:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <source>The name shown large in the player</source>
        <translation>Der Name, der im Player groß angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>How to get into the pose and what to notice</source>
        <translation>Wie Sie in die Haltung kommen und worauf Sie achten</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>How long the step lasts, more than 0 and at most 3600 s</source>
        <translation>Wie lange der Schritt dauert, mehr als 0 und höchstens 3600 s</translation>
    </message>
    <message>
        <source>Also write it (pacing sets the length)</source>
        <translation>Trotzdem eintragen (der Taktgeber legt die Länge fest)</translation>
    </message>
    <message>
        <source>Instead of the routine&apos;s get-ready time, before each instance of this step</source>
        <translation>Statt der Vorbereitungszeit der Routine, vor jedem Durchgang dieses Schritts</translation>
    </message>
    <message>
        <source>The step is played once per side, each side for the full duration</source>
        <translation>Der Schritt wird einmal pro Seite gespielt, jede Seite für die volle Dauer</translation>
    </message>
    <message>
        <source>None (once)</source>
        <translation>Keine (einmal)</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Rechts, dann links</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Get ready:</source>
        <translation>Vorbereitung:</translation>
    </message>
    <message>
        <source>O&amp;wn time:</source>
        <translation>&amp;Eigene Zeit:</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Seiten:</translation>
    </message>
</context>
<context>
    <name>StepLabel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A step and its side: &quot;Step 3 of 4 · left side&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>A step played on the left side, in a list of steps: &quot;3 left&quot;.</extracomment>
        <translation>%1 links</translation>
    </message>
    <message>
        <source>%1 right</source>
        <extracomment>A step played on the right side, in a list of steps: &quot;3 right&quot;.</extracomment>
        <translation>%1 rechts</translation>
    </message>
</context>
<context>
    <name>StepOutcome</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Drag a step, or press Ctrl+Up / Ctrl+Down, to change the order</source>
        <translation>Ziehen Sie einen Schritt oder drücken Sie Strg+↑ / Strg+↓, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Ctrl+Return)</source>
        <translation>Einen Schritt nach dem ausgewählten hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Duplicate the selected step (Ctrl+D)</source>
        <translation>Den ausgewählten Schritt duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Den ausgewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>Den ausgewählten Schritt nach oben verschieben (Strg+↑)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>Den ausgewählten Schritt nach unten verschieben (Strg+↓)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Schr&amp;itte</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;lizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>WhatHelpsText</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Sessions rated before and after, of all sessions of a routine: &quot;5 of 6&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>The smallest and largest change in pain: &quot;−4 to +1&quot;.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No session rated both before and after yet: nothing to say.</source>
        <translation>Noch keine Sitzung mit Bewertung vorher und nachher: nichts zu sagen.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n session(s) rated before and after: too few to say anything yet, as one good or bad day can swing these figures. Wait for at least %1.</source>
        <translation>
            <numerusform>Erst %n Sitzung mit Bewertung vorher und nachher: zu wenige, um schon etwas zu sagen, denn ein guter oder schlechter Tag kann diese Zahlen stark verschieben. Warten Sie mindestens %1 ab.</numerusform>
            <numerusform>Erst %n Sitzungen mit Bewertung vorher und nachher: zu wenige, um schon etwas zu sagen, denn ein guter oder schlechter Tag kann diese Zahlen stark verschieben. Warten Sie mindestens %1 ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routine:after-long-sitting</name>
    <message>
        <source>After long sitting</source>
        <extracomment>/title</extracomment>
        <translation>Nach langem Sitzen</translation>
    </message>
    <message>
        <source>A short break for after long periods of sitting, which shortens the hamstrings. It has a forward bend with soft knees, a smooth cat-cow and a short rest. Do it early, before the discomfort builds up over days.</source>
        <extracomment>/description</extracomment>
        <translation>Eine kurze Pause nach langem Sitzen, das die hintere Oberschenkelmuskulatur verkürzt. Sie besteht aus einer Vorbeuge mit weichen Knien, einer fließenden Katze-Kuh und einer kurzen Ruhe. Machen Sie sie früh, bevor sich die Beschwerden über Tage aufbauen.</translation>
    </message>
    <message>
        <source>Unclutch, after &apos;How to Release Back Pain at Home&apos; and &apos;Releasing the Clutch&apos;</source>
        <extracomment>/author</extracomment>
        <translation>Unclutch, nach ‚How to Release Back Pain at Home‘ und ‚Releasing the Clutch‘</translation>
    </message>
    <message>
        <source>If pain persists, see your preferred health practitioner.</source>
        <extracomment>/cautions/0</extracomment>
        <translation>Wenn die Schmerzen anhalten, wenden Sie sich an Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie.</translation>
    </message>
    <message>
        <source>Deal with back pain early, before it becomes serious. Don&apos;t let it run on past two weeks.</source>
        <extracomment>/cautions/1</extracomment>
        <translation>Kümmern Sie sich früh um Rückenschmerzen, bevor sie ernst werden. Lassen Sie sie nicht länger als zwei Wochen andauern.</translation>
    </message>
    <message>
        <source>If you get dizzy coming up from the forward bend, take a seat for a little while.</source>
        <extracomment>/cautions/2</extracomment>
        <translation>Wenn Ihnen beim Aufrichten aus der Vorbeuge schwindlig wird, setzen Sie sich eine Weile hin.</translation>
    </message>
    <message>
        <source>Standing forward bend, knees soft</source>
        <extracomment>/steps/0/pose</extracomment>
        <translation>Vorbeuge im Stehen, Knie weich</translation>
    </message>
    <message>
        <source>Stand up, bend your knees a little, and bend forward slowly. Let yourself dangle with your head dropped toward the floor. Use your breath to soften the tight areas along the back of your body.</source>
        <extracomment>/steps/0/instructions</extracomment>
        <translation>Stehen Sie auf, beugen Sie die Knie ein wenig und beugen Sie sich langsam nach vorn. Lassen Sie sich hängen, den Kopf Richtung Boden gesunken. Nutzen Sie Ihren Atem, um die festen Stellen an der Rückseite Ihres Körpers weich werden zu lassen.</translation>
    </message>
    <message>
        <source>Let your head drop toward the floor.</source>
        <extracomment>/steps/0/cues/0/text</extracomment>
        <translation>Lassen Sie den Kopf Richtung Boden sinken.</translation>
    </message>
    <message>
        <source>Breathe into the tight places and let them soften.</source>
        <extracomment>/steps/0/cues/1/text</extracomment>
        <translation>Atmen Sie in die festen Stellen und lassen Sie sie weich werden.</translation>
    </message>
    <message>
        <source>When the time is up, come back up slowly.</source>
        <extracomment>/steps/0/cues/2/text</extracomment>
        <translation>Wenn die Zeit um ist, richten Sie sich langsam wieder auf.</translation>
    </message>
    <message>
        <source>Tabletop</source>
        <extracomment>/steps/1/pose</extracomment>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Come down gently onto your hands and knees. Settle here before you start to move.</source>
        <extracomment>/steps/1/instructions</extracomment>
        <translation>Kommen Sie sanft auf Hände und Knie. Kommen Sie hier zur Ruhe, bevor Sie sich zu bewegen beginnen.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <extracomment>/steps/2/pose</extracomment>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>Move your spine smoothly up and down, ten times. You don&apos;t have to push to the edge of your range. Keep the movements smooth and flowing.</source>
        <extracomment>/steps/2/instructions</extracomment>
        <translation>Bewegen Sie die Wirbelsäule fließend auf und ab, zehnmal. Sie müssen nicht bis an Ihre Grenze gehen. Halten Sie die Bewegungen weich und fließend.</translation>
    </message>
    <message>
        <source>Smooth and flowing; no need to reach the edge.</source>
        <extracomment>/steps/2/cues/0/text</extracomment>
        <translation>Weich und fließend; Sie müssen nicht bis an die Grenze gehen.</translation>
    </message>
    <message>
        <source>Let the spine sink down</source>
        <extracomment>/steps/2/pacing/phases/0/name</extracomment>
        <translation>Wirbelsäule sinken lassen</translation>
    </message>
    <message>
        <source>Round the spine up</source>
        <extracomment>/steps/2/pacing/phases/1/name</extracomment>
        <translation>Wirbelsäule nach oben runden</translation>
    </message>
    <message>
        <source>Constructive rest</source>
        <extracomment>/steps/3/pose</extracomment>
        <translation>Konstruktive Ruhelage</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and your feet flat on the floor. Rest without bracing, and let gravity settle the weight of your pelvis.</source>
        <extracomment>/steps/3/instructions</extracomment>
        <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden. Ruhen Sie, ohne sich anzuspannen, und lassen Sie die Schwerkraft das Gewicht Ihres Beckens sinken lassen.</translation>
    </message>
    <message>
        <source>No gripping, no pressing: just rest.</source>
        <extracomment>/steps/3/cues/0/text</extracomment>
        <translation>Nicht festhalten, nicht drücken: einfach ruhen.</translation>
    </message>
</context>
<context>
    <name>routine:back-of-the-body</name>
    <message>
        <source>Back of the body</source>
        <extracomment>/title</extracomment>
        <translation>Rückseite des Körpers</translation>
    </message>
    <message>
        <source>Release the hamstrings and lengthen the whole back of the body. It starts with a rest pose for when your back is in pain or spasm. Then comes pigeon on each side, a long standing forward bend, and a smooth cat-cow.</source>
        <extracomment>/description</extracomment>
        <translation>Lösen Sie die hintere Oberschenkelmuskulatur und verlängern Sie die ganze Rückseite des Körpers. Zu Beginn steht eine Ruhehaltung für Zeiten, in denen Ihr Rücken schmerzt oder verkrampft ist. Dann folgen die Taube auf jeder Seite, eine lange Vorbeuge im Stehen und eine fließende Katze-Kuh.</translation>
    </message>
    <message>
        <source>Unclutch, after &apos;How to Release Back Pain at Home&apos;</source>
        <extracomment>/author</extracomment>
        <translation>Unclutch, nach ‚How to Release Back Pain at Home‘</translation>
    </message>
    <message>
        <source>If pain persists, see your preferred health practitioner.</source>
        <extracomment>/cautions/0</extracomment>
        <translation>Wenn die Schmerzen anhalten, wenden Sie sich an Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie.</translation>
    </message>
    <message>
        <source>Deal with back pain early, before it becomes serious. Don&apos;t let it run on past two weeks.</source>
        <extracomment>/cautions/1</extracomment>
        <translation>Kümmern Sie sich früh um Rückenschmerzen, bevor sie ernst werden. Lassen Sie sie nicht länger als zwei Wochen andauern.</translation>
    </message>
    <message>
        <source>Pigeon can be really intense if you haven&apos;t done it before, or not for a while. Take your time with it.</source>
        <extracomment>/cautions/2</extracomment>
        <translation>Die Taube kann sehr intensiv sein, wenn Sie sie noch nie oder lange nicht gemacht haben. Lassen Sie sich Zeit damit.</translation>
    </message>
    <message>
        <source>If you get dizzy coming up from the forward bend, take a seat for a little while.</source>
        <extracomment>/cautions/3</extracomment>
        <translation>Wenn Ihnen beim Aufrichten aus der Vorbeuge schwindlig wird, setzen Sie sich eine Weile hin.</translation>
    </message>
    <message>
        <source>Rest pose (pressure off the lower back)</source>
        <extracomment>/steps/0/pose</extracomment>
        <translation>Ruhehaltung (Entlastung des unteren Rückens)</translation>
    </message>
    <message>
        <source>Use this first when your back is in pain or spasm. Choose a resting position that takes the pressure off your lower back muscles so they can relax. Before you stretch, your back needs to feel safe enough to let go.</source>
        <extracomment>/steps/0/instructions</extracomment>
        <translation>Nutzen Sie diese Haltung zuerst, wenn Ihr Rücken schmerzt oder verkrampft ist. Wählen Sie eine Ruheposition, die die Muskeln des unteren Rückens entlastet, damit sie sich entspannen können. Bevor Sie dehnen, muss sich Ihr Rücken sicher genug fühlen, um loszulassen.</translation>
    </message>
    <message>
        <source>Let the lower back muscles relax.</source>
        <extracomment>/steps/0/cues/0/text</extracomment>
        <translation>Lassen Sie die Muskeln des unteren Rückens entspannen.</translation>
    </message>
    <message>
        <source>Let your back feel safe enough to release.</source>
        <extracomment>/steps/0/cues/1/text</extracomment>
        <translation>Lassen Sie Ihren Rücken sich sicher genug fühlen, um loszulassen.</translation>
    </message>
    <message>
        <source>Pigeon</source>
        <extracomment>/steps/1/pose</extracomment>
        <translation>Taube</translation>
    </message>
    <message>
        <source>Draw one knee up in front of your torso (the side shown is the front knee). Gently move that foot across your body to deepen the stretch. Bring both hips up and square, not leaning to one side or resting on one hip.</source>
        <extracomment>/steps/1/instructions</extracomment>
        <translation>Ziehen Sie ein Knie vor Ihren Oberkörper (die angezeigte Seite ist das vordere Knie). Bewegen Sie diesen Fuß sanft quer vor den Körper, um die Dehnung zu vertiefen. Heben Sie beide Hüften an und richten Sie sie gerade aus, ohne zu einer Seite zu kippen oder auf einer Hüfte zu ruhen.</translation>
    </message>
    <message>
        <source>Bring both hips up and square.</source>
        <extracomment>/steps/1/cues/0/text</extracomment>
        <translation>Heben Sie beide Hüften an und richten Sie sie gerade aus.</translation>
    </message>
    <message>
        <source>Don&apos;t rest on one hip.</source>
        <extracomment>/steps/1/cues/1/text</extracomment>
        <translation>Ruhen Sie nicht auf einer Hüfte.</translation>
    </message>
    <message>
        <source>No hurry: take your time with it.</source>
        <extracomment>/steps/1/cues/2/text</extracomment>
        <translation>Keine Eile: Lassen Sie sich Zeit.</translation>
    </message>
    <message>
        <source>Pigeon, back toe tucked</source>
        <extracomment>/steps/1/easier/pose</extracomment>
        <translation>Taube, hintere Zehen aufgestellt</translation>
    </message>
    <message>
        <source>Tuck the toes of the back foot under. Use this if you feel too much pressure in the back knee.</source>
        <extracomment>/steps/1/easier/instructions</extracomment>
        <translation>Stellen Sie die Zehen des hinteren Fußes auf. Nutzen Sie diese Variante, wenn Sie zu viel Druck im hinteren Knie spüren.</translation>
    </message>
    <message>
        <source>Standing forward bend</source>
        <extracomment>/steps/2/pose</extracomment>
        <translation>Vorbeuge im Stehen</translation>
    </message>
    <message>
        <source>Stand, then bend forward slowly and let yourself dangle. Drop your head toward the floor. Use your breath to soften the tight areas along the back of your body. You may feel it in your legs, lower back, or even neck and shoulders; that is fine.</source>
        <extracomment>/steps/2/instructions</extracomment>
        <translation>Stellen Sie sich hin, beugen Sie sich dann langsam nach vorn und lassen Sie sich hängen. Lassen Sie den Kopf Richtung Boden sinken. Nutzen Sie Ihren Atem, um die festen Stellen an der Rückseite Ihres Körpers weich werden zu lassen. Vielleicht spüren Sie es in den Beinen, im unteren Rücken oder sogar in Nacken und Schultern; das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Take your time here; stay a while.</source>
        <extracomment>/steps/2/cues/0/text</extracomment>
        <translation>Lassen Sie sich hier Zeit; bleiben Sie eine Weile.</translation>
    </message>
    <message>
        <source>Let your head drop toward the floor.</source>
        <extracomment>/steps/2/cues/1/text</extracomment>
        <translation>Lassen Sie den Kopf Richtung Boden sinken.</translation>
    </message>
    <message>
        <source>Breathe into the tight places and let them soften.</source>
        <extracomment>/steps/2/cues/2/text</extracomment>
        <translation>Atmen Sie in die festen Stellen und lassen Sie sie weich werden.</translation>
    </message>
    <message>
        <source>When the time is up, come back up slowly.</source>
        <extracomment>/steps/2/cues/3/text</extracomment>
        <translation>Wenn die Zeit um ist, richten Sie sich langsam wieder auf.</translation>
    </message>
    <message>
        <source>Forward bend, knees bent</source>
        <extracomment>/steps/2/easier/pose</extracomment>
        <translation>Vorbeuge mit gebeugten Knien</translation>
    </message>
    <message>
        <source>Bend your knees a little; it&apos;s OK. Use this if you are new to the pose or find it awkward.</source>
        <extracomment>/steps/2/easier/instructions</extracomment>
        <translation>Beugen Sie die Knie ein wenig; das ist in Ordnung. Nutzen Sie diese Variante, wenn die Haltung neu für Sie ist oder sich ungewohnt anfühlt.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <extracomment>/steps/3/pose</extracomment>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>On your hands and knees, move your spine smoothly up and down, at least ten times. You don&apos;t have to push to the edge of your range. Keep the movements smooth and flowing.</source>
        <extracomment>/steps/3/instructions</extracomment>
        <translation>Bewegen Sie auf Händen und Knien die Wirbelsäule fließend auf und ab, mindestens zehnmal. Sie müssen nicht bis an Ihre Grenze gehen. Halten Sie die Bewegungen weich und fließend.</translation>
    </message>
    <message>
        <source>No need to reach the edge of your range.</source>
        <extracomment>/steps/3/cues/0/text</extracomment>
        <translation>Sie müssen nicht bis an Ihre Grenze gehen.</translation>
    </message>
    <message>
        <source>Smooth and flowing, all the way through the spine.</source>
        <extracomment>/steps/3/cues/1/text</extracomment>
        <translation>Weich und fließend, durch die ganze Wirbelsäule.</translation>
    </message>
    <message>
        <source>Let the spine sink down</source>
        <extracomment>/steps/3/pacing/phases/0/name</extracomment>
        <translation>Wirbelsäule sinken lassen</translation>
    </message>
    <message>
        <source>Round the spine up</source>
        <extracomment>/steps/3/pacing/phases/1/name</extracomment>
        <translation>Wirbelsäule nach oben runden</translation>
    </message>
</context>
<context>
    <name>routine:release-the-clutch</name>
    <message>
        <source>Release the clutch</source>
        <extracomment>/title</extracomment>
        <translation>Die Kupplung lösen</translation>
    </message>
    <message>
        <source>Three calm stages. First, find a neutral base in constructive rest. Then let the deep muscles of the belly and glutes lead a very slow cat-cow, so the lower back is not used as a hinge. Finally, rest so your body can take in the changes. Have a bolster or a rolled blanket within reach for the last pose.</source>
        <extracomment>/description</extracomment>
        <translation>Drei ruhige Abschnitte. Zuerst finden Sie in der konstruktiven Ruhelage eine neutrale Basis. Dann führen die tiefen Muskeln von Bauch und Gesäß eine sehr langsame Katze-Kuh an, damit der untere Rücken nicht als Scharnier dient. Zum Schluss ruhen Sie, damit Ihr Körper die Veränderungen aufnehmen kann. Legen Sie für die letzte Haltung ein Bolster oder eine gerollte Decke bereit.</translation>
    </message>
    <message>
        <source>Unclutch, after &apos;Releasing the Clutch: Three Steps to Negotiate Back Pain&apos;</source>
        <extracomment>/author</extracomment>
        <translation>Unclutch, nach ‚Releasing the Clutch: Three Steps to Negotiate Back Pain‘</translation>
    </message>
    <message>
        <source>Don&apos;t aggressively stretch the area that hurts. Move gently.</source>
        <extracomment>/cautions/0</extracomment>
        <translation>Dehnen Sie die schmerzende Stelle nicht mit Kraft. Bewegen Sie sich sanft.</translation>
    </message>
    <message>
        <source>If pain persists, see your preferred health practitioner.</source>
        <extracomment>/cautions/1</extracomment>
        <translation>Wenn die Schmerzen anhalten, wenden Sie sich an Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie.</translation>
    </message>
    <message>
        <source>Deal with back pain early, before it becomes serious. Don&apos;t let it run on past two weeks.</source>
        <extracomment>/cautions/2</extracomment>
        <translation>Kümmern Sie sich früh um Rückenschmerzen, bevor sie ernst werden. Lassen Sie sie nicht länger als zwei Wochen andauern.</translation>
    </message>
    <message>
        <source>Constructive rest</source>
        <extracomment>/steps/0/pose</extracomment>
        <translation>Konstruktive Ruhelage</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and your feet flat on the floor. Notice how your pelvis naturally sits. Rest without bracing, and let gravity settle the weight of your pelvis.</source>
        <extracomment>/steps/0/instructions</extracomment>
        <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden. Spüren Sie, wie Ihr Becken von selbst liegt. Ruhen Sie, ohne sich anzuspannen, und lassen Sie die Schwerkraft das Gewicht Ihres Beckens sinken lassen.</translation>
    </message>
    <message>
        <source>If you are gripping your glutes, let them go.</source>
        <extracomment>/steps/0/cues/0/text</extracomment>
        <translation>Wenn Sie das Gesäß festhalten, lassen Sie es los.</translation>
    </message>
    <message>
        <source>No need to press your lower back flat.</source>
        <extracomment>/steps/0/cues/1/text</extracomment>
        <translation>Sie müssen den unteren Rücken nicht flach an den Boden drücken.</translation>
    </message>
    <message>
        <source>Let gravity settle the weight of your pelvis.</source>
        <extracomment>/steps/0/cues/2/text</extracomment>
        <translation>Lassen Sie die Schwerkraft das Gewicht Ihres Beckens sinken lassen.</translation>
    </message>
    <message>
        <source>Tabletop</source>
        <extracomment>/steps/1/pose</extracomment>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Move gently onto your hands and knees. Get ready for a slow cat-cow. The movement will start deep in your belly and glutes, not in your lower back.</source>
        <extracomment>/steps/1/instructions</extracomment>
        <translation>Kommen Sie sanft auf Hände und Knie. Machen Sie sich bereit für eine langsame Katze-Kuh. Die Bewegung beginnt tief in Bauch und Gesäß, nicht im unteren Rücken.</translation>
    </message>
    <message>
        <source>Don&apos;t use your lower back like a hinge.</source>
        <extracomment>/steps/1/cues/0/text</extracomment>
        <translation>Benutzen Sie den unteren Rücken nicht wie ein Scharnier.</translation>
    </message>
    <message>
        <source>Slow cat-cow</source>
        <extracomment>/steps/2/pose</extracomment>
        <translation>Langsame Katze-Kuh</translation>
    </message>
    <message>
        <source>Start each movement deep in your abdominal wall and glutes, like stirring a thick stew from the bottom of the bowl. Slowly tip the tailbone up, then down. Let the movement ripple through the lower back last. Keep it excruciatingly slow.</source>
        <extracomment>/steps/2/instructions</extracomment>
        <translation>Beginnen Sie jede Bewegung tief in der Bauchwand und im Gesäß, als würden Sie einen dicken Eintopf vom Boden der Schüssel her umrühren. Kippen Sie das Steißbein langsam nach oben, dann nach unten. Lassen Sie die Bewegung zuletzt durch den unteren Rücken wandern. Bleiben Sie dabei quälend langsam.</translation>
    </message>
    <message>
        <source>Stir from the bottom of the bowl, not the handle.</source>
        <extracomment>/steps/2/cues/0/text</extracomment>
        <translation>Rühren Sie vom Boden der Schüssel her, nicht am Griff.</translation>
    </message>
    <message>
        <source>Let the lower back move last.</source>
        <extracomment>/steps/2/cues/1/text</extracomment>
        <translation>Lassen Sie den unteren Rücken zuletzt mitgehen.</translation>
    </message>
    <message>
        <source>Let your deep support muscles share the work.</source>
        <extracomment>/steps/2/cues/2/text</extracomment>
        <translation>Lassen Sie Ihre tiefen Stützmuskeln mitarbeiten.</translation>
    </message>
    <message>
        <source>Tip the tailbone up</source>
        <extracomment>/steps/2/pacing/phases/0/name</extracomment>
        <translation>Steißbein nach oben</translation>
    </message>
    <message>
        <source>Tip the tailbone down</source>
        <extracomment>/steps/2/pacing/phases/1/name</extracomment>
        <translation>Steißbein nach unten</translation>
    </message>
    <message>
        <source>Savasana, knees supported</source>
        <extracomment>/steps/3/pose</extracomment>
        <translation>Savasana, Knie unterstützt</translation>
    </message>
    <message>
        <source>Lie on your back with a bolster or rolled blanket under your knees. This slight lift lets the hip flexors soften. Rest here and give your body time to take in the gentle changes.</source>
        <extracomment>/steps/3/instructions</extracomment>
        <translation>Legen Sie sich auf den Rücken, mit einem Bolster oder einer gerollten Decke unter den Knien. Diese leichte Erhöhung lässt die Hüftbeuger weich werden. Ruhen Sie hier und geben Sie Ihrem Körper Zeit, die sanften Veränderungen aufzunehmen.</translation>
    </message>
    <message>
        <source>Let the hip flexors soften.</source>
        <extracomment>/steps/3/cues/0/text</extracomment>
        <translation>Lassen Sie die Hüftbeuger weich werden.</translation>
    </message>
    <message>
        <source>Nothing to do now: let it simmer.</source>
        <extracomment>/steps/3/cues/1/text</extracomment>
        <translation>Jetzt gibt es nichts zu tun: Lassen Sie es nachwirken.</translation>
    </message>
</context>
<context>
    <name>unclutch::app</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>→ or N</source>
        <translation>→ oder N</translation>
    </message>
    <message>
        <source>← or P</source>
        <translation>← oder P</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 bis 9</translation>
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
    <name>unclutch::app::CautionsPage</name>
    <message>
        <source>Before you start, please read:</source>
        <translation>Bitte lesen Sie dies, bevor Sie beginnen:</translation>
    </message>
    <message>
        <source>I understand — start</source>
        <translation>Verstanden – los geht’s</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>I understand the cautions; start the routine</source>
        <translation>Ich habe die Vorsichtshinweise verstanden; Routine starten</translation>
    </message>
    <message>
        <source>I have read the cautions (Enter)</source>
        <translation>Ich habe die Vorsichtshinweise gelesen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Zurück zu den Routinen (Esc)</translation>
    </message>
</context>
<context>
    <name>unclutch::app::CliCommands</name>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>no routine file (*.json) in this folder</source>
        <translation>keine Routine-Datei (*.json) in diesem Ordner</translation>
    </message>
    <message>
        <source>unclutch: cannot tell the format of %1: use a file name ending in .csv or .json</source>
        <translation>unclutch: das Format von %1 ist unklar: verwenden Sie einen Dateinamen, der auf .csv oder .json endet</translation>
    </message>
</context>
<context>
    <name>unclutch::app::CommandLine</name>
    <message>
        <source>Unclutch guides you through slow, timed routines for back pain.</source>
        <translation>Unclutch führt Sie durch langsame, zeitlich geführte Routinen bei Rückenschmerzen.</translation>
    </message>
    <message>
        <source>Check routine files or folders and report every problem.</source>
        <translation>Routinedateien oder -ordner prüfen und jedes Problem melden.</translation>
    </message>
    <message>
        <source>Print the timed events of a routine as JSON.</source>
        <translation>Die zeitlichen Ereignisse einer Routine als JSON ausgeben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>List the routine library: id, title, length, path.</source>
        <translation>Die Routinenbibliothek auflisten: Kennung, Titel, Länge, Pfad.</translation>
    </message>
    <message>
        <source>Start a routine at once.</source>
        <translation>Eine Routine sofort starten.</translation>
    </message>
    <message>
        <source>FILE|ID</source>
        <translation>DATEI|KENNUNG</translation>
    </message>
    <message>
        <source>Export the session history as CSV or JSON.</source>
        <translation>Den Sitzungsverlauf als CSV oder JSON exportieren.</translation>
    </message>
    <message>
        <source>Keep history and own routines in DIR.</source>
        <translation>Verlauf und eigene Routinen in ORDNER ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Log to the terminal too.</source>
        <translation>Auch im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>[PATH…]</source>
        <translation>[PFAD…]</translation>
    </message>
    <message>
        <source>--validate needs at least one routine file or folder</source>
        <translation>--validate braucht mindestens eine Routinedatei oder einen Ordner</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>With --play or --timeline: fit the routine to about M minutes (1 to 240).</source>
        <translation>Mit --play oder --timeline: die Routine auf etwa M Minuten anpassen (1 bis 240).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>With --play or --timeline: S seconds for every slow movement cycle (1 to 120).</source>
        <translation>Mit --play oder --timeline: S Sekunden für jeden langsamen Bewegungszyklus (1 bis 120).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>With --play or --timeline: play every easier variant from the start.</source>
        <translation>Mit --play oder --timeline: jede leichtere Variante von Anfang an spielen.</translation>
    </message>
    <message>
        <source>--%1 goes with --play or --timeline</source>
        <translation>--%1 gehört zu --play oder --timeline</translation>
    </message>
    <message>
        <source>--minutes must be a number of minutes from 1 to 240, got %1</source>
        <translation>--minutes muss eine Zahl von Minuten von 1 bis 240 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>--pace must be a number of seconds from 1 to 120, got %1</source>
        <translation>--pace muss eine Zahl von Sekunden von 1 bis 120 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Resume the latest session cut short at once.</source>
        <translation>Die letzte abgebrochene Sitzung sofort fortsetzen.</translation>
    </message>
    <message>
        <source>With --play or --resume: write one JSON line per fired event.</source>
        <translation>Mit --play oder --resume: eine JSON-Zeile pro ausgelöstem Ereignis schreiben.</translation>
    </message>
    <message>
        <source>--event-log goes with --play or --resume</source>
        <translation>--event-log gehört zu --play oder --resume</translation>
    </message>
    <message>
        <source>Check routine files and copy them, with their pictures, into your routines.</source>
        <translation>Routinendateien prüfen und mit ihren Bildern zu Ihren Routinen kopieren.</translation>
    </message>
    <message>
        <source>With --validate: routine files or folders. With --import: routine files. Alone: a routine file to add or play.</source>
        <translation>Mit --validate: Routinendateien oder Ordner. Mit --import: Routinendateien. Allein: eine Routinendatei zum Hinzufügen oder Abspielen.</translation>
    </message>
    <message>
        <source>choose one of --validate, --import, --timeline, --list, --play, --resume, --export-history</source>
        <translation>wählen Sie eines von --validate, --import, --timeline, --list, --play, --resume, --export-history</translation>
    </message>
    <message>
        <source>--import needs at least one routine file</source>
        <translation>--import braucht mindestens eine Routinendatei</translation>
    </message>
</context>
<context>
    <name>unclutch::app::CountdownWidget</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>unclutch::app::CueEditor</name>
    <message>
        <source>What to say or show</source>
        <translation>Was gesagt oder angezeigt wird</translation>
    </message>
    <message>
        <source>cue %1: %2</source>
        <translation>Hinweis %1: %2</translation>
    </message>
</context>
<context>
    <name>unclutch::app::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes here.</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben hier ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Which version do you want to keep?</source>
        <translation>Welche Fassung möchten Sie behalten?</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Routine-Editor</translation>
    </message>
</context>
<context>
    <name>unclutch::app::EasierEditor</name>
    <message>
        <source>%1, easier</source>
        <translation>%1, leichter</translation>
    </message>
</context>
<context>
    <name>unclutch::app::EndPage</name>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>And now: how is your pain? (optional)</source>
        <translation>Und jetzt: Wie stark sind Ihre Schmerzen? (freiwillig)</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Zurück zu den Routinen (Esc)</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Time practised: %1</source>
        <translation>Geübte Zeit: %1</translation>
    </message>
    <message>
        <source>Steps completed: %1 of %2</source>
        <translation>Abgeschlossene Schritte: %1 von %2</translation>
    </message>
</context>
<context>
    <name>unclutch::app::FitControls</name>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>As written (%1)</source>
        <translation>Wie geschrieben (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (reaches only %2)</source>
        <translation>%1 (erreicht nur %2)</translation>
    </message>
    <message>
        <source>%1 (at least %2)</source>
        <translation>%1 (mindestens %2)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>As written (%1 s)</source>
        <translation>Wie geschrieben (%1 s)</translation>
    </message>
    <message>
        <source>As written (%1–%2 s)</source>
        <translation>Wie geschrieben (%1–%2 s)</translation>
    </message>
    <message>
        <source>%1 s: “up to 15 s a cycle”</source>
        <translation>%1 s: „bis zu 15 s pro Zyklus“</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The cat-cow article asks for a single cycle that lasts up to 15 seconds</source>
        <translation>Der Artikel zur Katze-Kuh empfiehlt einen Zyklus von bis zu 15 Sekunden</translation>
    </message>
    <message>
        <source>Step %1 would last %2; a step lasts at most an hour</source>
        <translation>Schritt %1 würde %2 dauern; ein Schritt dauert höchstens eine Stunde</translation>
    </message>
    <message>
        <source>The routine would last over 4 hours</source>
        <translation>Die Routine würde über 4 Stunden dauern</translation>
    </message>
</context>
<context>
    <name>unclutch::app::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Unclutch</source>
        <translation>&amp;Über Unclutch</translation>
    </message>
</context>
<context>
    <name>unclutch::app::HistoryFilterBar</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Days from … to …</source>
        <translation>Tage von … bis …</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
</context>
<context>
    <name>unclutch::app::HistoryHeader</name>
    <message>
        <source>Your pain ratings have stayed at %1 or more for %2 days. Pain that lasts is worth a closer look: consider seeing a health professional, such as a physiotherapist or a doctor, who can help you find out what is going on.</source>
        <translation>Ihre Schmerzbewertungen liegen seit %2 Tagen bei %1 oder mehr. Anhaltende Schmerzen sind einen genaueren Blick wert: Erwägen Sie, sich an eine medizinische Fachkraft zu wenden, etwa an eine Physiotherapeutin, einen Physiotherapeuten oder eine Ärztin bzw. einen Arzt. Dort kann man Ihnen helfen herauszufinden, was dahintersteckt.</translation>
    </message>
    <message>
        <source>A note about lasting pain</source>
        <translation>Ein Hinweis zu anhaltenden Schmerzen</translation>
    </message>
    <message>
        <source>No practice recorded here yet.</source>
        <translation>Hier wurde noch keine Übung erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>You practised on %n day(s).</source>
        <translation>
            <numerusform>Sie haben an %n Tag geübt.</numerusform>
            <numerusform>Sie haben an %n Tagen geübt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unclutch::app::HistoryMenu</name>
    <message>
        <source>The history has not been opened.</source>
        <translation>Der Verlauf wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show &amp;history…</source>
        <translation>&amp;Verlauf anzeigen…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Report for a physiotherapist…</source>
        <translation>&amp;Bericht für die Physiotherapie…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Der Verlauf kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Unclutch</source>
        <translation>Unclutch</translation>
    </message>
    <message>
        <source>There are no sessions to export or report: %1</source>
        <translation>Es gibt keine Sitzungen zum Exportieren oder für einen Bericht: %1</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>The report is in %1.

Open it now?</source>
        <translation>Der Bericht liegt unter %1.

Jetzt öffnen?</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Kein Programm konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>unclutch::app::HistoryPlotsWidget</name>
    <message>
        <source>The history could not be opened, so there is nothing to plot.</source>
        <translation>Der Verlauf konnte nicht geöffnet werden; daher gibt es nichts darzustellen.</translation>
    </message>
    <message>
        <source>No sessions yet. Once you have practised a routine, your pain ratings and minutes per week appear here.</source>
        <translation>Noch keine Sitzungen. Sobald Sie eine Routine geübt haben, erscheinen hier Ihre Schmerzbewertungen und Minuten pro Woche.</translation>
    </message>
    <message>
        <source>No sessions match the filter.</source>
        <translation>Keine Sitzung passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sitzungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>P&amp;lots</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Delete the session of “%1” on %2? Its note and pain ratings go with it. This cannot be undone.</source>
        <translation>Die Sitzung von „%1“ am %2 löschen? Ihre Notiz und ihre Schmerzbewertungen werden mit gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This session is still going on; it can be deleted once it has ended.</source>
        <translation>Diese Sitzung läuft noch; sie kann gelöscht werden, sobald sie beendet ist.</translation>
    </message>
    <message>
        <source>&amp;What helps</source>
        <translation>&amp;Was hilft</translation>
    </message>
</context>
<context>
    <name>unclutch::app::ImagePicker</name>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Pick a picture; it is copied into the images folder beside the routine</source>
        <translation>Wählen Sie ein Bild; es wird in den Bilderordner neben der Routine kopiert</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
</context>
<context>
    <name>unclutch::app::KeyHelpOverlay</name>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Press ? or Esc to close. Tab moves between buttons, Enter presses one.</source>
        <translation>Mit ? oder Esc schließen. Tab wechselt zwischen den Schaltflächen, die Eingabetaste drückt eine.</translation>
    </message>
    <message>
        <source>Start, pause, go on</source>
        <translation>Starten, anhalten, weitermachen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Stop (asks first once you have begun)</source>
        <translation>Beenden (fragt vorher nach, sobald Sie begonnen haben)</translation>
    </message>
    <message>
        <source>Easier variant of the pose, and back</source>
        <translation>Leichtere Variante der Haltung, und zurück</translation>
    </message>
    <message>
        <source>Sounds on or off</source>
        <translation>Klänge ein oder aus</translation>
    </message>
    <message>
        <source>Voice on or off</source>
        <translation>Stimme ein oder aus</translation>
    </message>
    <message>
        <source>Floor mode: full screen, bigger type</source>
        <translation>Bodenmodus: Vollbild, größere Schrift</translation>
    </message>
    <message>
        <source>Rate your pain when asked (1 then 0 for 10)</source>
        <translation>Schmerz bewerten, wenn gefragt (1, dann 0 für 10)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Media keys</source>
        <translation>Medientasten</translation>
    </message>
    <message>
        <source>Play/pause, next, previous, stop</source>
        <translation>Wiedergabe/Pause, weiter, zurück, Stopp</translation>
    </message>
    <message>
        <source>Back to this step&apos;s get-ready; again for the one before</source>
        <translation>Zurück zur Vorbereitung dieses Schritts; noch einmal für den vorigen</translation>
    </message>
</context>
<context>
    <name>unclutch::app::LibraryModel</name>
    <message>
        <source>Bundled</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>%1 today, %2 as written</source>
        <translation>%1 heute, %2 wie geschrieben</translation>
    </message>
</context>
<context>
    <name>unclutch::app::LibraryPage</name>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>insgesamt %1</translation>
    </message>
    <message>
        <source>each side: %1</source>
        <translation>je Seite: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slow cycles</source>
        <translation>
            <numerusform>%n langsamer Zyklus</numerusform>
            <numerusform>%n langsame Zyklen</numerusform>
        </translation>
    </message>
    <message>
        <source>easier: %1</source>
        <translation>leichter: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Routine library</source>
        <translation>Routinenbibliothek</translation>
    </message>
    <message>
        <source>Choose a routine; Enter starts it.</source>
        <translation>Wählen Sie eine Routine; die Eingabetaste startet sie.</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Details der Routine</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Die ausgewählte Routine starten</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation>Die ausgewählte Routine starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Keine Routinen gefunden.</translation>
    </message>
    <message>
        <source>This file cannot be played until it is fixed:</source>
        <translation>Diese Datei kann erst abgespielt werden, wenn sie korrigiert ist:</translation>
    </message>
    <message>
        <source>%1 in all today (%2 as written)</source>
        <translation>%1 insgesamt heute (%2 wie geschrieben)</translation>
    </message>
</context>
<context>
    <name>unclutch::app::MainWindow</name>
    <message>
        <source>Unclutch</source>
        <translation>Unclutch</translation>
    </message>
    <message>
        <source>%1 — Unclutch</source>
        <translation>%1 – Unclutch</translation>
    </message>
    <message>
        <source>Trying %1 — Unclutch</source>
        <translation>Probelauf: %1 – Unclutch</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PacerWidget</name>
    <message>
        <source>Pace</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>%1, cycle %2 of %3</source>
        <translation>%1, Zyklus %2 von %3</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PacingEditor</name>
    <message>
        <source>Add pacing</source>
        <translation>Taktgeber hinzufügen</translation>
    </message>
    <message>
        <source>Remove pacing</source>
        <translation>Taktgeber entfernen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>= %1 in all</source>
        <translation>= %1 insgesamt</translation>
    </message>
    <message>
        <source>Total %1 %</source>
        <translation>Summe %1 %</translation>
    </message>
    <message>
        <source>Total %1 %, must be 100 %</source>
        <translation>Summe %1 %, muss 100 % sein</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PainRatingWidget</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Pain rating</source>
        <translation>Schmerzbewertung</translation>
    </message>
    <message>
        <source>Rate your pain from 0, none, to 10, the worst imaginable. Press a digit; 1 then 0 for 10.</source>
        <translation>Bewerten Sie Ihre Schmerzen von 0 (keine) bis 10 (die stärksten vorstellbaren). Drücken Sie eine Ziffer; 1, dann 0 für 10.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>10: press 1 then 0</source>
        <translation>10: 1, dann 0 drücken</translation>
    </message>
    <message>
        <source>%1: press %1</source>
        <translation>%1: %1 drücken</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>am stärksten</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Schmerzbewertung überspringen</translation>
    </message>
    <message>
        <source>Skip: the rating is optional</source>
        <translation>Überspringen: die Bewertung ist freiwillig</translation>
    </message>
    <message>
        <source>Noted: %1 of 10. Thank you.</source>
        <translation>Notiert: %1 von 10. Danke.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>Press a digit: 0 for none up to 9; 1 then 0 for 10.</source>
        <translation>Drücken Sie eine Ziffer: 0 für keine bis 9; 1, dann 0 für 10.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PainText</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>Pain before and after a session on the 0–10 scale, e.g. &quot;6 → 4&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PlayRequest</name>
    <message>
        <source>unclutch: %1 is not a valid routine; nothing to play</source>
        <translation>unclutch: %1 ist keine gültige Routine; nichts abzuspielen</translation>
    </message>
    <message>
        <source>unclutch: no routine file or library id &quot;%1&quot;</source>
        <translation>unclutch: keine Routinedatei und keine Bibliothekskennung „%1“</translation>
    </message>
    <message>
        <source>Routines in the library: %1</source>
        <translation>Routinen in der Bibliothek: %1</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PlayerControls</name>
    <message>
        <source>Player controls</source>
        <translation>Player-Steuerung</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starten, anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Sitzung beenden</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Easier variant</source>
        <translation>Leichtere Variante</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>Klang ein oder aus</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Voice on or off</source>
        <translation>Stimme ein oder aus</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Floor mode</source>
        <translation>Bodenmodus</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>Die Tasten anzeigen</translation>
    </message>
    <message>
        <source>Start, pause or go on</source>
        <translation>Starten, anhalten oder weitermachen</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Switch to the easier variant of this pose and back</source>
        <translation>Zur leichteren Variante dieser Haltung wechseln und zurück</translation>
    </message>
    <message>
        <source>Sounds on or off</source>
        <translation>Klänge ein oder aus</translation>
    </message>
    <message>
        <source>Spoken guidance on or off</source>
        <translation>Gesprochene Anleitung ein oder aus</translation>
    </message>
    <message>
        <source>Floor mode: full screen, even bigger type</source>
        <translation>Bodenmodus: Vollbild, noch größere Schrift</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Alle Tasten anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. Key: %2</source>
        <translation>%1. Taste: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Klang aus</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Klang an</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Stimme aus</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Klang</translation>
    </message>
    <message>
        <source>Sounds on or off (%1)</source>
        <translation>Klänge ein oder aus (%1)</translation>
    </message>
    <message>
        <source>Sound is not available</source>
        <translation>Klang ist nicht verfügbar</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>Keine Stimme</translation>
    </message>
    <message>
        <source>Spoken guidance on or off (%1)</source>
        <translation>Gesprochene Anleitung ein oder aus (%1)</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>Sprachausgabe ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Back to this step&apos;s get-ready, or the step before</source>
        <translation>Zurück zur Vorbereitung dieses Schritts oder zum vorigen Schritt</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PlayerView</name>
    <message>
        <source>Session player</source>
        <translation>Sitzungs-Player</translation>
    </message>
    <message>
        <source>A try from the editor: not kept in the history.</source>
        <translation>Ein Ausprobieren im Editor: wird nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>This session won&apos;t be kept: the history could not be opened for writing.</source>
        <translation>Diese Sitzung wird nicht gespeichert: Der Verlauf konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::PosePictureWidget</name>
    <message>
        <source>Pose picture</source>
        <translation>Bild der Haltung</translation>
    </message>
</context>
<context>
    <name>unclutch::app::QtSpeechEngine</name>
    <message>
        <source>The flite speech engine of Qt 6.4 is not reliable, so the routine is not spoken. Install the speech-dispatcher engine (qt6-speech-speechd-plugin) for a voice.</source>
        <translation>Die Sprachausgabe flite von Qt 6.4 ist nicht zuverlässig, deshalb wird die Routine nicht vorgelesen. Installieren Sie für eine Stimme die Sprachausgabe speech-dispatcher (qt6-speech-speechd-plugin).</translation>
    </message>
    <message>
        <source>The speech engine could not start.</source>
        <translation>Die Sprachausgabe konnte nicht starten.</translation>
    </message>
    <message>
        <source>The speech engine could not start: %1</source>
        <translation>Die Sprachausgabe konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The speech engine stopped working: %1</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr: %1</translation>
    </message>
</context>
<context>
    <name>unclutch::app::ReportRangeDialog</name>
    <message>
        <source>Report for a physiotherapist</source>
        <translation>Bericht für die Physiotherapie</translation>
    </message>
    <message>
        <source>A printable PDF of your sessions in this period: a summary, your pain ratings and minutes per week, and every session with its note.</source>
        <translation>Ein druckbares PDF Ihrer Sitzungen in diesem Zeitraum: eine Zusammenfassung, Ihre Schmerzbewertungen und Minuten pro Woche sowie jede Sitzung mit ihrer Notiz.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>Der Zeitraum muss spätestens an dem Tag beginnen, an dem er endet.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The report period&apos;s dates, in Qt&apos;s date format (d: day, MMMM: month name, yyyy: year).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>unclutch::app::ResumeOffer</name>
    <message>
        <source>Resume &lt;b&gt;%1&lt;/b&gt; at step %2, %3?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; bei Schritt %2, %3, fortsetzen?</translation>
    </message>
</context>
<context>
    <name>unclutch::app::RoutineEditorWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>The routine open in the editor has unsaved changes.</source>
        <translation>Die im Editor geöffnete Routine hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>The routine has errors; fix the ones marked in red before saving.</source>
        <translation>Die Routine enthält Fehler; beheben Sie die rot markierten vor dem Speichern.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only) — Routine editor</source>
        <translation>%1 (schreibgeschützt) – Routine-Editor</translation>
    </message>
    <message>
        <source>%1[*] — Routine editor</source>
        <translation>%1[*] – Routine-Editor</translation>
    </message>
    <message>
        <source>%1 was changed on disk; you kept your version. Saving replaces the file on disk.</source>
        <translation>%1 wurde auf der Festplatte geändert; Sie haben Ihre Fassung behalten. Speichern ersetzt die Datei auf der Festplatte.</translation>
    </message>
    <message>
        <source>%1 was changed on disk and now has errors, so it was not reloaded:
%2
Saving replaces it with the version shown here.</source>
        <translation>%1 wurde auf der Festplatte geändert und enthält jetzt Fehler, daher wurde sie nicht neu geladen:
%2
Speichern ersetzt sie durch die hier angezeigte Fassung.</translation>
    </message>
    <message>
        <source>Reloaded %1: it was changed on disk. The undo history starts again here.</source>
        <translation>%1 neu geladen: Die Datei wurde auf der Festplatte geändert. Der Rückgängig-Verlauf beginnt hier neu.</translation>
    </message>
    <message>
        <source>%1 was removed or renamed on disk. Saving writes it again.</source>
        <translation>%1 wurde auf der Festplatte entfernt oder umbenannt. Speichern schreibt sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 counting each side</source>
        <translation>%1, %2 mit jeder Seite einzeln</translation>
    </message>
    <message>
        <source>Total %1: %2; %3 of it getting ready (hatched)</source>
        <translation>Insgesamt %1: %2; davon %3 Vorbereitung (schraffiert)</translation>
    </message>
</context>
<context>
    <name>unclutch::app::RoutineForm</name>
    <message>
        <source>%1 (from the file name)</source>
        <translation>%1 (aus dem Dateinamen)</translation>
    </message>
    <message>
        <source>%1 (from the title, until the first save)</source>
        <translation>%1 (aus dem Titel, bis zum ersten Speichern)</translation>
    </message>
</context>
<context>
    <name>unclutch::app::RoutineMenu</name>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Duplicate to edit</source>
        <translation>Zum Bearbeiten &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Unclutch</source>
        <translation>Unclutch</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>unclutch::app::RoutineTransfer</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Unclutch</source>
        <translation>Unclutch</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Routinen importieren</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinendateien (*.json)</translation>
    </message>
    <message>
        <source>%1 was not imported:</source>
        <translation>%1 wurde nicht importiert:</translation>
    </message>
    <message>
        <source>Added to your routines: %1</source>
        <translation>Zu Ihren Routinen hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported: they have errors and were not copied.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden: Sie enthält Fehler und wurde nicht kopiert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden: Sie enthalten Fehler und wurden nicht kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to which folder?</source>
        <translation>In welchen Ordner exportieren?</translation>
    </message>
    <message>
        <source>The routine was not exported.</source>
        <translation>Die Routine wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>%1 is ready to send: the folder %2 holds the routine and its pictures. Send the whole folder; whoever receives it opens the routine file with Unclutch.</source>
        <translation>%1 ist bereit zum Versenden: Der Ordner %2 enthält die Routine und ihre Bilder. Senden Sie den ganzen Ordner; wer ihn bekommt, öffnet die Routinendatei mit Unclutch.</translation>
    </message>
    <message>
        <source>&amp;Show folder</source>
        <translation>Ordner &amp;zeigen</translation>
    </message>
    <message>
        <source>%1 is not a routine Unclutch can play. Its problems:</source>
        <translation>%1 ist keine Routine, die Unclutch abspielen kann. Ihre Probleme:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>By %1, from %2</source>
        <translation>Von %1, aus %2</translation>
    </message>
    <message>
        <source>Add %1 to your routines, or play it once without adding it?</source>
        <translation>%1 zu Ihren Routinen hinzufügen oder einmal abspielen, ohne sie hinzuzufügen?</translation>
    </message>
    <message>
        <source>&amp;Add to my routines</source>
        <translation>Zu meinen Routinen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Play it once</source>
        <translation>&amp;Einmal abspielen</translation>
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
    <name>unclutch::app::SecondsSpinBox</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>unclutch::app::SessionDetailPane</name>
    <message>
        <source>Not ended</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A day and a time in the session details, e.g. &quot;Saturday, 5 December 2026, 07:45&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Choose a session to see its details and note.</source>
        <translation>Wählen Sie eine Sitzung, um ihre Details und ihre Notiz zu sehen.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Planned active time:</source>
        <translation>Geplante aktive Zeit:</translation>
    </message>
    <message>
        <source>Completed active time:</source>
        <translation>Absolvierte aktive Zeit:</translation>
    </message>
    <message>
        <source>Steps completed:</source>
        <translation>Abgeschlossene Schritte:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Pain before:</source>
        <translation>Schmerz vorher:</translation>
    </message>
    <message>
        <source>Pain after:</source>
        <translation>Schmerz nachher:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time?</source>
        <translation>Wie hat es sich angefühlt? Gibt es etwas, das Sie sich für das nächste Mal merken möchten?</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete this session from the history (Delete)</source>
        <translation>Diese Sitzung aus dem Verlauf löschen (Entf)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Recorded before Unclutch kept each step.</source>
        <translation>Aufgezeichnet, bevor Unclutch jeden Schritt festhielt.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded before Unclutch kept each step; the easier variant was used in step(s) %1.</source>
        <translation>
            <numerusform>Aufgezeichnet, bevor Unclutch jeden Schritt festhielt; die leichtere Variante wurde in Schritt %1 genutzt.</numerusform>
            <numerusform>Aufgezeichnet, bevor Unclutch jeden Schritt festhielt; die leichtere Variante wurde in den Schritten %1 genutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Steps completed of the routine&apos;s steps: &quot;3 of 4&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Schritte der Sitzung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie er endete</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>unclutch::app::SessionPage</name>
    <message>
        <source>Where you are</source>
        <translation>Wo Sie gerade sind</translation>
    </message>
    <message>
        <source>Time done and left</source>
        <translation>Vergangene und verbleibende Zeit</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Zustand der Sitzung</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Latest cue</source>
        <translation>Letzter Hinweis</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt in der Routine</translation>
    </message>
    <message>
        <source>Before you start: how is your pain now? (optional)</source>
        <translation>Bevor Sie beginnen: Wie stark sind Ihre Schmerzen jetzt? (freiwillig)</translation>
    </message>
    <message>
        <source>Get ready · %1</source>
        <translation>Bereit machen · %1</translation>
    </message>
    <message>
        <source>%1 done · %2 left</source>
        <translation>%1 geschafft · %2 übrig</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Zum Starten die Leertaste drücken</translation>
    </message>
    <message>
        <source>Paused because the computer slept · Space to go on</source>
        <translation>Angehalten, weil der Computer geschlafen hat · Leertaste zum Weitermachen</translation>
    </message>
    <message>
        <source>Paused · Space to go on</source>
        <translation>Angehalten · Leertaste zum Weitermachen</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Bereit machen: %1</translation>
    </message>
    <message>
        <source>Time until the step starts</source>
        <translation>Zeit bis zum Beginn des Schritts</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Zyklus %1 von %2</translation>
    </message>
    <message>
        <source>Not kept in the history</source>
        <translation>Nicht im Verlauf gespeichert</translation>
    </message>
</context>
<context>
    <name>unclutch::app::SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Done / planned</source>
        <translation>Geübt / geplant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>unclutch::app::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation>&amp;Klang und Stimme…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Klang und Stimme</translation>
    </message>
</context>
<context>
    <name>unclutch::app::SoundPlayer</name>
    <message>
        <source>No audio output was found, so the routine plays without sounds.</source>
        <translation>Es wurde keine Audioausgabe gefunden; die Routine läuft daher ohne Klänge.</translation>
    </message>
    <message>
        <source>The audio output “%1” cannot play the routine&apos;s sounds.</source>
        <translation>Die Audioausgabe „%1“ kann die Klänge der Routine nicht abspielen.</translation>
    </message>
    <message>
        <source>The audio output “%1” could not be opened, so the routine plays without sounds.</source>
        <translation>Die Audioausgabe „%1“ konnte nicht geöffnet werden; die Routine läuft daher ohne Klänge.</translation>
    </message>
    <message>
        <source>The audio output “%1” stopped working, so the routine plays without sounds.</source>
        <translation>Die Audioausgabe „%1“ funktioniert nicht mehr; die Routine läuft daher ohne Klänge.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::SoundVoiceSettingsWidget</name>
    <message>
        <source>%1 The settings here apply as soon as it works.</source>
        <translation>%1 Die Einstellungen hier gelten, sobald es funktioniert.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pigeon</source>
        <translation>Taube</translation>
    </message>
    <message>
        <source>There is no sound right now.</source>
        <translation>Gerade gibt es keinen Klang.</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>There is no voice right now.</source>
        <translation>Gerade gibt es keine Stimme.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::StepEditor</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>unclutch::app::StepsPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 × %2 sides</source>
        <translation>%1 × %2 Seiten</translation>
    </message>
    <message>
        <source>%1, paced</source>
        <translation>%1, im Takt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New pose</source>
        <translation>Neue Haltung</translation>
    </message>
</context>
<context>
    <name>unclutch::app::StopConfirmBar</name>
    <message>
        <source>Stop the session? Press Esc again to stop. It keeps playing until you do.</source>
        <translation>Sitzung beenden? Drücken Sie noch einmal Esc. Bis dahin läuft sie weiter.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Sitzung beenden</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Die Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>Keep going: the session has not stopped</source>
        <translation>Weitermachen: Die Sitzung wurde nicht beendet</translation>
    </message>
</context>
<context>
    <name>unclutch::app::TimelineStrip</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Get ready for step %1, %2: %3, from %4</source>
        <translation>Vorbereitung auf Schritt %1, %2: %3, ab %4</translation>
    </message>
    <message>
        <source>Step %1, %2: %3, from %4</source>
        <translation>Schritt %1, %2: %3, ab %4</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase change(s)</source>
        <translation>
            <numerusform>%n Phasenwechsel</numerusform>
            <numerusform>%n Phasenwechsel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beat(s)</source>
        <translation>
            <numerusform>%n Schlag</numerusform>
            <numerusform>%n Schläge</numerusform>
        </translation>
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
<context>
    <name>unclutch::app::UnsavedHistoryGuard</name>
    <message>
        <source>Unclutch</source>
        <translation>Unclutch</translation>
    </message>
    <message>
        <source>The last session is not saved in the history yet.</source>
        <translation>Die letzte Sitzung ist noch nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>%1

Free some space on the disk, then try again. If you quit now, what was not saved is lost.</source>
        <translation>%1

Geben Sie etwas Speicherplatz frei und versuchen Sie es dann erneut. Wenn Sie jetzt beenden, geht verloren, was nicht gespeichert wurde.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Quit Without Saving</source>
        <translation>Beenden &amp;ohne Speichern</translation>
    </message>
</context>
<context>
    <name>unclutch::app::Voice</name>
    <message>
        <source>No speech engine is installed, so the routine is not spoken.</source>
        <translation>Es ist keine Sprachausgabe installiert; die Routine wird daher nicht gesprochen.</translation>
    </message>
    <message>
        <source>The speech engine “%1” is not installed, so the routine is not spoken.</source>
        <translation>Die Sprachausgabe „%1“ ist nicht installiert; die Routine wird daher nicht gesprochen.</translation>
    </message>
    <message>
        <source>There is no working audio output, so the routine is not spoken.</source>
        <translation>Es gibt keine funktionierende Audioausgabe; die Routine wird daher nicht gesprochen.</translation>
    </message>
    <message>
        <source>Speech Dispatcher</source>
        <translation>Speech Dispatcher</translation>
    </message>
    <message>
        <source>The built-in voice could not start: %1</source>
        <translation>Die eingebaute Stimme konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Flite and eSpeak NG (built in)</source>
        <translation>Flite und eSpeak NG (eingebaut)</translation>
    </message>
    <message>
        <source>The system&apos;s speech engine</source>
        <translation>Die Sprachausgabe des Systems</translation>
    </message>
    <message>
        <source>eSpeak NG only (built in)</source>
        <translation>Nur eSpeak NG (eingebaut)</translation>
    </message>
    <message>
        <source>The built-in voice has no voice for the language “%1”, so the routine is not spoken.</source>
        <translation>Die eingebaute Stimme hat keine Stimme für die Sprache „%1“, daher wird die Routine nicht angesagt.</translation>
    </message>
    <message>
        <source>The speech engine “%1” has no voice for the language “%2”, so the routine is not spoken.</source>
        <translation>Die Sprachausgabe „%1“ hat keine Stimme für die Sprache „%2“, daher wird die Routine nicht angesagt.</translation>
    </message>
</context>
<context>
    <name>unclutch::app::WhatHelpsWidget</name>
    <message>
        <source>How your pain changed with each routine. The change is your rating after a session minus your rating before it: −2 means two points less pain afterwards, +1 one point more. Only sessions you rated both before and after count. These are your own ratings: they show how sessions felt, not what treats your back.</source>
        <translation>Wie sich Ihr Schmerz mit jeder Routine verändert hat. Die Veränderung ist Ihre Bewertung nach einer Sitzung minus Ihre Bewertung davor: −2 heißt zwei Punkte weniger Schmerz danach, +1 einen Punkt mehr. Es zählen nur Sitzungen, die Sie vorher und nachher bewertet haben. Es sind Ihre eigenen Bewertungen: Sie zeigen, wie sich Sitzungen angefühlt haben, nicht, was Ihren Rücken behandelt.</translation>
    </message>
    <message>
        <source>What helps, by routine</source>
        <translation>Was hilft, nach Routine</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Rated before and after</source>
        <translation>Vorher und nachher bewertet</translation>
    </message>
    <message>
        <source>Change in pain, on average</source>
        <translation>Veränderung des Schmerzes, im Mittel</translation>
    </message>
    <message>
        <source>Lowest to highest change</source>
        <translation>Kleinste bis größte Veränderung</translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation>Geübte Minuten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The history could not be opened, so there is nothing to show.</source>
        <translation>Der Verlauf konnte nicht geöffnet werden; daher gibt es nichts zu zeigen.</translation>
    </message>
    <message>
        <source>No sessions yet. Once you have practised and rated your pain before and after, you can see here how each routine went.</source>
        <translation>Noch keine Sitzungen. Sobald Sie geübt und Ihren Schmerz vorher und nachher bewertet haben, sehen Sie hier, wie jede Routine verlaufen ist.</translation>
    </message>
    <message>
        <source>No sessions match the filter.</source>
        <translation>Keine Sitzung passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>unclutch::storage::PictureImporter</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 ist größer als 64 MiB.</translation>
    </message>
</context>
<context>
    <name>unclutch::storage::RoutineFileReader</name>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>ein Verweis auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>%1, not a regular file</source>
        <translation>%1, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>a hidden file</source>
        <translation>eine versteckte Datei</translation>
    </message>
</context>
<context>
    <name>unclutch::storage::RoutineFileWriter</name>
    <message>
        <source>Cannot save: %1 is a folder.</source>
        <translation>Speichern nicht möglich: %1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot save: %1 is read-only. Nothing was changed.</source>
        <translation>Speichern nicht möglich: %1 ist schreibgeschützt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot save: %1 could not be read to keep it as the previous version: %2. Nothing was changed.</source>
        <translation>Speichern nicht möglich: %1 konnte nicht gelesen werden, um sie als vorherige Fassung aufzubewahren: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot save %1: the previous version could not be kept as %2: %3. Nothing was changed.</source>
        <translation>%1 kann nicht gespeichert werden: Die vorherige Fassung konnte nicht als %2 aufbewahrt werden: %3. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The file on disk was left as it was.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Die Datei auf der Festplatte bleibt unverändert.</translation>
    </message>
    <message>
        <source>Saved %1, but its folder could not be synced to disk (%2); a power cut now could undo the save.</source>
        <translation>%1 gespeichert, aber der Ordner konnte nicht auf die Festplatte geschrieben werden (%2); ein Stromausfall könnte das Speichern jetzt noch rückgängig machen.</translation>
    </message>
    <message>
        <source>Cannot save: %1 is not a regular file. Nothing was changed.</source>
        <translation>Speichern nicht möglich: %1 ist keine gewöhnliche Datei. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>unclutch::storage::RoutineFiles</name>
    <message>
        <source>%1 has errors and cannot be copied or changed here:
%2</source>
        <translation>%1 enthält Fehler und kann hier weder kopiert noch geändert werden:
%2</translation>
    </message>
    <message>
        <source>First pose</source>
        <translation>Erste Haltung</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot rename %1: it could not be removed. Nothing was changed.</source>
        <translation>%1 kann nicht umbenannt werden: Die Datei konnte nicht entfernt werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash (there may be none here). It was not deleted.</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden (vielleicht gibt es hier keinen). Die Datei wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
</TS>
