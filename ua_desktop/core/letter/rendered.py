"""A letter with every template filled in: plain text pieces the layout puts on paper."""

from __future__ import annotations

from dataclasses import dataclass, field

# The few words the layout itself prints, in the letter's language (English when the language is unknown).
_WORDS: dict[str, dict[str, str]] = {
    "en": {"copy_to": "Copy to:", "page": "Page {page} of {pages}", "dear": "Dear Sir or Madam,"},
    "de": {
        "copy_to": "Kopie an:",
        "page": "Seite {page} von {pages}",
        "dear": "Sehr geehrte Damen und Herren,",
    },
    "fr": {"copy_to": "Copie à :", "page": "Page {page} sur {pages}", "dear": "Madame, Monsieur,"},
    "it": {"copy_to": "Copia a:", "page": "Pagina {page} di {pages}", "dear": "Egregi Signori,"},
    "es": {"copy_to": "Copia a:", "page": "Página {page} de {pages}", "dear": "Estimados señores:"},
    "pt": {"copy_to": "Cópia para:", "page": "Página {page} de {pages}", "dear": "Exmos. Senhores,"},
    "nl": {"copy_to": "Kopie aan:", "page": "Pagina {page} van {pages}", "dear": "Geachte heer, mevrouw,"},
}


def letter_word(language: str, key: str) -> str:
    """A word the layout prints (e.g. "Copy to:") in language, English as the fallback."""
    return _WORDS.get(language.split("-")[0].split("_")[0].lower(), _WORDS["en"])[key]


@dataclass(frozen=True)
class RenderedLetter:
    """One letter for one signer, ready for the layout or for "Copy letter as text".

    An empty sender_lines with sender_blank set means "print ruled lines to fill in by hand"; likewise an
    empty signer_name prints a line for the name.
    """

    sender_lines: list[str]
    place_date_line: str
    recipient_lines: list[str]
    salutation: str
    body_paragraphs: list[str]  # line breaks inside a paragraph are kept as "\n"
    closing: str
    signer_name: str
    copy_to_lines: list[str] = field(default_factory=list)
    language: str = "en"
    sender_blank: bool = False
    return_line: str = ""  # the one-line sender address printed above a window address (may be empty)
    header_name: str = ""  # the sender's name on later pages
    date_text: str = ""  # the date at the end of place_date_line, kept whole when a long town name wraps

    @property
    def copy_to_heading(self) -> str:
        return letter_word(self.language, "copy_to")

    def page_label(self, page: int, pages: int) -> str:
        return letter_word(self.language, "page").format(page=page, pages=pages)

    def all_text(self) -> str:
        """Every character the layout will draw (for the missing-glyph check)."""
        parts = [
            *self.sender_lines,
            self.place_date_line,
            *self.recipient_lines,
            self.salutation,
            *self.body_paragraphs,
            self.closing,
            self.signer_name,
            *self.copy_to_lines,
            self.return_line,
            self.header_name,
        ]
        if self.copy_to_lines:
            parts.append(self.copy_to_heading)
        return "\n".join(parts)

    def to_text(self) -> str:
        """The letter as plain text, for e-mail, web forms and .txt files."""
        blocks: list[str] = []
        if self.sender_lines:
            blocks.append("\n".join(self.sender_lines))
        if self.place_date_line:
            blocks.append(self.place_date_line)
        if self.recipient_lines:
            blocks.append("\n".join(self.recipient_lines))
        if self.salutation:
            blocks.append(self.salutation)
        blocks.extend(self.body_paragraphs)
        ending = [line for line in (self.closing, "", self.signer_name) if line or self.signer_name]
        if any(ending):
            blocks.append("\n".join(ending))
        if self.copy_to_lines:
            blocks.append("\n".join([self.copy_to_heading, *self.copy_to_lines]))
        return "\n\n".join(blocks) + "\n"
