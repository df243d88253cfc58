"""Which column is which: column headers people use, in English, German, French, Italian and Spanish.

Headers are compared folded (case, accents, spaces and punctuation ignored), so "E-Mail", "e mail" and
"EMAIL" are one header. The export writes HEADERS, which this table reads back.
"""

from __future__ import annotations

import functools
import re

from ua_desktop.core.messages import Message, message
from ua_desktop.core.roster.messages import MappingMessage
from ua_desktop.core.roster.text import fold

# Import targets: the signer's columns plus two helpers ("full_name" is split into first and last name,
# "street2" becomes the second street line).
HEADERS: dict[str, str] = {
    "title": "Title",
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Name",
    "organisation": "Organisation",
    "street": "Street",
    "street2": "Street line 2",
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
EXPORT_TARGETS = tuple(t for t in TARGETS if t not in ("full_name", "street2"))

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
    ),
    "country": ("country", "land", "staat", "pays", "paese", "nazione", "stato", "pais"),
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
    ),
    "language": ("language", "lang", "letter language", "sprache", "langue", "lingua", "idioma", "lengua"),
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
    """Folded header: "E-Mail-Adresse" → "e mail adresse"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


@functools.cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for target, names in _SYNONYMS.items():
        for name in names:
            table.setdefault(header_key(name), target)
    for target, label in HEADERS.items():
        table[header_key(label)] = target
    return table


def auto_mapping(headers: list[str]) -> list[str | None]:
    """The import target of each column (None: not imported). Each target is used at most once.

    A lone "Name" column is the full name; next to a first-name column it is the last name, as in German
    sheets with "Name" and "Vorname".
    """
    targets: list[str | None] = [_lookup().get(header_key(h)) for h in headers]
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
        if header_key(header) not in by_key:
            raise MappingError(message(MappingMessage.NO_COLUMN, header=header, columns=", ".join(headers)))
        if target not in (None, "") and target not in TARGETS:
            raise MappingError(message(MappingMessage.NOT_A_FIELD, target=target, fields=", ".join(TARGETS)))
        index = by_key[header_key(header)]
        new = target or None
        if new is not None:
            result = [None if t == new else t for t in result]
        result[index] = new
    return result
