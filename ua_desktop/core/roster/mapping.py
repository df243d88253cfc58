"""Which column is which: column headers people use, in English, German, French, Italian and Spanish, and
the Dutch, Polish and Nordic ones, and those of Google Contacts and Outlook exports.

Headers are compared folded (case, accents, spaces and punctuation ignored), so "E-Mail", "e mail" and
"EMAIL" are one header. The export writes HEADERS, which this table reads back.

Google Contacts ("Address 1 - Street", "E-mail 1 - Value", "Labels") and Outlook ("Home Street", "E-mail
Address", "Categories") are recognised by these headers; of Outlook's home and business addresses the home
one is imported. Helper targets (HELPER_TARGETS) are joined into a signer's field: a middle name after the
first name, a Dutch "tussenvoegsel" before the last name, a second surname after it, a house number to the
street in the country's order (core/roster/import_plan.py).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ua_desktop.core.messages import Message, message
from ua_desktop.core.roster.messages import MappingMessage

# Import targets: the signer's columns plus helpers (HELPER_TARGETS: "full_name" is split into first and
# last name, "street2" becomes the second street line, the others are joined into a name or the street).
HEADERS: dict[str, str] = {
    "title": "Title",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "last_name_prefix": "Surname prefix",
    "second_last_name": "Second surname",
    "full_name": "Name",
    "organisation": "Organisation",
    "street": "Street",
    "street2": "Street line 2",
    "house_number": "House number",
    "postal_code": "Postcode",
    "city": "City",
    "region": "Region",
    "country": "Country",
    "email": "E-mail",
    "phone": "Phone",
    "language": "Language",
    "tags": "Tags",
    "notes": "Notes",
    "consent_date": "Consent date",
    "consent_method": "Consent how",
    "privacy": "Initials only",
}
TARGETS = tuple(HEADERS)
# Targets an import joins into a signer's own fields; the export never writes them.
HELPER_TARGETS = frozenset(
    {"full_name", "street2", "middle_name", "last_name_prefix", "second_last_name", "house_number"}
)
EXPORT_TARGETS = tuple(t for t in TARGETS if t not in HELPER_TARGETS)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": (
        "title",
        "salutation",
        "prefix",
        "anrede",
        "titel",
        "civilite",
        "titre",
        "titolo",
        "tratamiento",
        "titulo",
        "name prefix",
        "aanhef",
        "tytuł",
        "tittel",
    ),
    "first_name": (
        "first name",
        "firstname",
        "first",
        "given name",
        "forename",
        "vorname",
        "prenom",
        "nome",
        "nombre",
        "given",
        "vornamen",
        "vorname(n)",
        "first names",
        "voornaam",
        "voornamen",
        "roepnaam",
        "imię",
        "förnamn",
        "fornavn",
        "etunimi",
        "nombre de pila",
    ),
    "last_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "nachname",
        "familienname",
        "nom",
        "nom de famille",
        "cognome",
        "apellido",
        "apellidos",
        "last",
        "apellido(s)",
        "primer apellido",
        "apellido paterno",
        "nachname(n)",
        "achternaam",
        "nazwisko",
        "efternamn",
        "etternavn",
        "efternavn",
        "sukunimi",
    ),
    "full_name": (
        "name",
        "full name",
        "display name",
        "contact",
        "vollstandiger name",
        "nom complet",
        "nome completo",
        "nombre completo",
        "volledige naam",
        "imię i nazwisko",
        "fullständigt namn",
        "fullt navn",
        "fulde navn",
        "koko nimi",
    ),
    "organisation": (
        "organisation",
        "organization",
        "company",
        "org",
        "firma",
        "institution",
        "societe",
        "entreprise",
        "azienda",
        "organizzazione",
        "ente",
        "empresa",
        "organizacion",
        "organization name",
        "organization 1 name",
        "organisatie",
        "bedrijf",
        "organizacja",
        "företag",
        "bedrift",
        "virksomhed",
        "yritys",
        "organisasjon",
        "organisaatio",
    ),
    "street": (
        "street",
        "address",
        "street address",
        "address 1",
        "address line 1",
        "strasse",
        "str",
        "strasse und nr",
        "strasse nr",
        "adresse",
        "anschrift",
        "rue",
        "adresse postale",
        "via",
        "indirizzo",
        "calle",
        "direccion",
        "domicilio",
        "address 1 street",
        "home street",
        "straße privat",
        "rue (domicile)",
        "str. + hausnr.",
        "straße + hausnummer",
        "straße und hausnummer",
        "straße/hausnummer",
        "straße u. nr.",
        "street and number",
        "street and house number",
        "calle y número",
        "direccion postal",
        "via e numero civico",
        "straat",
        "straatnaam",
        "adres",
        "ulica",
        "ulica i numer",
        "gatuadress",
        "gateadresse",
        "vejnavn",
        "katuosoite",
        "osoite",
        "lähiosoite",
    ),
    "street2": (
        "street 2",
        "street line 2",
        "address 2",
        "address line 2",
        "adresszusatz",
        "zusatz",
        "complement d adresse",
        "complement",
        "indirizzo 2",
        "direccion 2",
        "address 1 extended address",
        "home street 2",
        "straße privat 2",
        "adres 2",
        "adresregel 2",
        "adresse 2",
    ),
    "postal_code": (
        "postcode",
        "post code",
        "postal code",
        "zip",
        "zip code",
        "plz",
        "postleitzahl",
        "npa",
        "code postal",
        "cp",
        "cap",
        "codice postale",
        "codigo postal",
        "address 1 postal code",
        "home postal code",
        "home zip code",
        "zip/postal code",
        "postleitzahl privat",
        "code postal (domicile)",
        "kod pocztowy",
        "postnummer",
        "postnr",
        "postinumero",
    ),
    "city": (
        "city",
        "town",
        "place",
        "ort",
        "stadt",
        "wohnort",
        "ortschaft",
        "ville",
        "localite",
        "commune",
        "citta",
        "localita",
        "comune",
        "ciudad",
        "localidad",
        "poblacion",
        "municipio",
        "address 1 city",
        "home city",
        "ort privat",
        "ville (domicile)",
        "ort/stadt",
        "stadt/ort",
        "plaats",
        "woonplaats",
        "miejscowość",
        "miasto",
        "postort",
        "poststed",
        "by",
        "postitoimipaikka",
        "kaupunki",
        "paikkakunta",
    ),
    "region": (
        "region",
        "state",
        "county",
        "province",
        "kanton",
        "bundesland",
        "canton",
        "etat",
        "departement",
        "provincia",
        "regione",
        "estado",
        "address 1 region",
        "home state",
        "bundesland/kanton privat",
        "provincie",
        "województwo",
        "län",
        "fylke",
        "maakunta",
    ),
    "country": (
        "country",
        "land",
        "staat",
        "pays",
        "paese",
        "nazione",
        "stato",
        "pais",
        "address 1 country",
        "home country",
        "home country/region",
        "land/region privat",
        "pays/région (domicile)",
        "kraj",
        "maa",
    ),
    "email": (
        "e mail",
        "email",
        "e mail address",
        "email address",
        "mail",
        "e mail adresse",
        "courriel",
        "adresse e mail",
        "adresse mail",
        "posta elettronica",
        "indirizzo e mail",
        "correo",
        "correo electronico",
        "e-mail 1 - value",
        "email 1",
        "e-mail 1",
        "primary e-mail",
        "adresse de messagerie",
        "e-mailadres",
        "emailadres",
        "adres e-mail",
        "e-post",
        "e-postadress",
        "e-postadresse",
        "sähköposti",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "phone number",
        "mobile",
        "cell",
        "telefon",
        "handy",
        "natel",
        "mobil",
        "telefonnummer",
        "portable",
        "numero de telephone",
        "telefono",
        "cellulare",
        "movil",
        "phone 1 - value",
        "home phone",
        "mobile phone",
        "telefoon",
        "telefon privat",
        "telefoonnummer",
        "mobiel",
        "telefon komórkowy",
        "numer telefonu",
        "mobilnummer",
        "mobiltelefon",
        "puhelin",
        "puhelinnumero",
        "matkapuhelin",
    ),
    "language": (
        "language",
        "lang",
        "letter language",
        "sprache",
        "langue",
        "lingua",
        "idioma",
        "lengua",
        "taal",
        "język",
        "språk",
        "sprog",
        "kieli",
    ),
    "tags": (
        "tags",
        "tag",
        "groups",
        "group",
        "labels",
        "categories",
        "gruppe",
        "gruppen",
        "schlagworte",
        "kategorie",
        "etiquettes",
        "groupe",
        "gruppo",
        "etichette",
        "categoria",
        "grupo",
        "etiquetas",
        "group membership",
        "kategorien",
        "categorieën",
        "groep",
        "groepen",
        "tagi",
        "grupa",
        "grupy",
        "grupp",
        "grupper",
        "taggar",
        "etiketter",
        "ryhmä",
        "tunnisteet",
    ),
    "notes": (
        "notes",
        "note",
        "comment",
        "comments",
        "remarks",
        "bemerkung",
        "bemerkungen",
        "notiz",
        "notizen",
        "kommentar",
        "remarque",
        "remarques",
        "commentaire",
        "osservazioni",
        "commento",
        "notas",
        "nota",
        "comentario",
        "comentarios",
        "observaciones",
        "opmerkingen",
        "notities",
        "uwagi",
        "notatki",
        "anteckningar",
        "notater",
        "merknader",
        "noter",
        "bemærkninger",
        "huomautukset",
        "lisätiedot",
        "muistiinpanot",
    ),
    "consent_date": (
        "consent date",
        "consent given",
        "consent",
        "date of consent",
        "einwilligung",
        "einwilligungsdatum",
        "datum einwilligung",
        "consentement",
        "date du consentement",
        "consenso",
        "data consenso",
        "consentimiento",
        "fecha consentimiento",
        "fecha de consentimiento",
        "consentement le",
        "date de consentement",
        "consenti le",
        "einwilligung am",
        "einwilligung erteilt am",
        "datum der einwilligung",
        "consent on",
        "consented on",
        "consent given on",
        "data del consenso",
        "consenso il",
        "datum toestemming",
        "toestemming op",
        "data zgody",
        "samtyckesdatum",
        "samtykkedato",
        "suostumuspäivä",
    ),
    "consent_method": (
        "consent how",
        "consent method",
        "how consent",
        "consent via",
        "einwilligung wie",
        "art der einwilligung",
        "einwilligung per",
        "mode de consentement",
        "consentement comment",
        "modalita consenso",
        "consenso come",
        "como consentimiento",
        "metodo consentimiento",
    ),
    "middle_name": (
        "middle name",
        "middle names",
        "additional name",
        "weitere vornamen",
        "zweiter vorname",
        "deuxième prénom",
        "autres prénoms",
        "secondo nome",
        "segundo nombre",
        "tweede voornaam",
        "drugie imię",
        "mellannamn",
        "mellomnavn",
        "mellemnavn",
        "toinen nimi",
    ),
    "last_name_prefix": ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels"),
    "second_last_name": (
        "segundo apellido",
        "apellido materno",
        "second surname",
        "second last name",
    ),
    "house_number": (
        "house number",
        "house no",
        "house nr",
        "hausnummer",
        "hausnr",
        "haus nr",
        "numéro de rue",
        "numéro de voie",
        "numero civico",
        "n. civico",
        "civico",
        "número de calle",
        "número exterior",
        "huisnummer",
        "huisnr",
        "nr domu",
        "numer domu",
        "husnummer",
        "husnr",
        "talonumero",
    ),
    "privacy": (
        "privacy",
        "private",
        "initials only",
        "only initials",
        "print initials only",
        "initials and town only",
        "anonymous",
        "privatsphare",
        "privat",
        "nur initialen",
        "initialen",
        "anonym",
        "confidentialite",
        "vie privee",
        "initiales seulement",
        "initiales uniquement",
        "seulement les initiales",
        "anonyme",
        "riservatezza",
        "solo iniziali",
        "anonimo",
        "privacidad",
        "solo iniciales",
        "solo las iniciales",
    ),
}


def header_key(header: str) -> str:
    """Folded header: "E-Mail-Adresse" → "e mail adresse", "Miejscowość" → "miejscowosc".

    Folded as text.fold() folds, one character at a time, so that the few hundred headers of the table do
    not build fold()'s pattern of every combining mark (a tenth of a second) for an ASCII file.
    """
    if not header.isascii():
        decomposed = unicodedata.normalize("NFKD", header)
        header = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", header.casefold()).split())


@functools.cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for target, names in _SYNONYMS.items():
        for name in names:
            table.setdefault(header_key(name), target)
    for target, label in HEADERS.items():
        table[header_key(label)] = target
    return table


# Headers only a Google Contacts or an Outlook export has (folded by header_key).
_GOOGLE_MARKS = ("e mail 1 value", "address 1 street", "phone 1 value", "group membership")
_OUTLOOK_MARKS = ("e mail display name", "e mail angezeigter name", "nom complet de l adresse de messagerie")
_OUTLOOK_PAIRS = (("business street", "home street"), ("strasse geschaftlich", "strasse privat"))


def contacts_export(headers: list[str]) -> str | None:
    """ "google" or "outlook" when the headers are those of a Google Contacts or an Outlook CSV export."""
    keys = {header_key(h) for h in headers}
    if any(mark in keys for mark in _GOOGLE_MARKS):
        return "google"
    if any(mark in keys for mark in _OUTLOOK_MARKS) or any(
        a in keys and b in keys for a, b in _OUTLOOK_PAIRS
    ):
        return "outlook"
    return None


def auto_mapping(headers: list[str]) -> list[str | None]:
    """The import target of each column (None: not imported). Each target is used at most once.

    A lone "Name" column is the full name; next to a first-name column it is the last name, as in German
    sheets with "Name" and "Vorname".
    """
    targets: list[str | None] = [_lookup().get(header_key(h)) for h in headers]
    if contacts_export(headers) is not None:
        # Outlook's "Private" and "Initials" columns are Outlook's own flag and the person's initials, not
        # the roster's "print initials only"; Google has no such column either.
        targets = [None if t == "privacy" else t for t in targets]
    if "first_name" in targets:
        targets = ["last_name" if t == "full_name" and "last_name" not in targets else t for t in targets]
    seen: set[str] = set()
    result: list[str | None] = []
    for target in targets:
        if target is None or target in seen:
            result.append(None)
        else:
            seen.add(target)
            result.append(target)
    return result


def _position(header: str, width: int) -> int | None:
    """A column given by its position ("1" is the first), for files without a header row."""
    text = header.strip()
    if text.isascii() and text.isdigit() and 1 <= int(text) <= width:
        return int(text) - 1
    return None


def mapping_from_positions(headers: list[str], chosen: list[str | None]) -> list[str | None]:
    """A user's mapping by position (the first entry for the first column, None: not imported); columns
    after the list keep their automatic mapping. MappingError (a ValueError) when invalid."""
    if len(chosen) > len(headers):
        raise MappingError(message(MappingMessage.TOO_MANY_POSITIONS, len(chosen), columns=len(headers)))
    result = auto_mapping(headers)
    for index, target in enumerate(chosen):
        if target not in (None, "") and target not in TARGETS:
            raise MappingError(message(MappingMessage.NOT_A_FIELD, target=target, fields=", ".join(TARGETS)))
        new = target or None
        if new is not None:
            result = [None if t == new else t for t in result]
        result[index] = new
    return result


class MappingError(ValueError):
    """A mapping the user gave names a column the file lacks or a field the roster lacks."""

    def __init__(self, what: Message) -> None:
        super().__init__(what)  # str(error) is the English wording
        self.message = what


def mapping_from_names(headers: list[str], chosen: dict[str, str | None]) -> list[str | None]:
    """Apply a user's mapping {header: target or None} over the automatic one; MappingError (a ValueError)
    when invalid."""
    result = auto_mapping(headers)
    by_key = {header_key(h): i for i, h in enumerate(headers)}
    for header, target in chosen.items():
        index = by_key.get(header_key(header), _position(header, len(headers)))
        if index is None:
            raise MappingError(message(MappingMessage.NO_COLUMN, header=header, columns=", ".join(headers)))
        if target not in (None, "") and target not in TARGETS:
            raise MappingError(message(MappingMessage.NOT_A_FIELD, target=target, fields=", ".join(TARGETS)))
        new = target or None
        if new is not None:
            result = [None if t == new else t for t in result]
        result[index] = new
    return result
