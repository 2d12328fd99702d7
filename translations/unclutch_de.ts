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
</TS>
