"""E-mail addresses: the one rule for what is an address and how a written one is tidied.

The roster (import, `roster add`, the signer dialog, sign-in), the case importer (an "Email:" line, a
selection assigned in the window) and the e-mail drafts all read addresses through here, so an address one
part accepts is accepted by all of them.
"""

from __future__ import annotations

import re

#: An address: a local part, "@", and a domain of at least two dot-separated labels, no spaces.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# Between addresses: a comma or semicolon, or a space before another address (not inside "Name <…>").
_SEPARATORS = re.compile(r"\s*[,;]\s*|\s+(?=[^\s<>]*@)(?![^<]*>)")
_MAILTO_RE = re.compile(r"mailto:", re.IGNORECASE)
_ANGLE_RE = re.compile(r"<([^<>]*)>")
# What surrounds an address inside a sentence or a list: quotes, brackets, commas, a full stop after it.
_AROUND = "<>\"'()[],;:."


def is_email(text: str) -> bool:
    """Whether text is one address (as normalise_email leaves it)."""
    return EMAIL_RE.match(text) is not None


def normalise_email(value: str) -> str:
    """An address as written in a file or typed: "mailto:Anna@Example.ORG" → "Anna@example.org",
    "Anna Muster <anna@x.org>" → "anna@x.org"; what is not an address comes back trimmed, for the check."""
    text = value.strip()
    if "<" in text:
        inside = _ANGLE_RE.findall(text)
        if inside:
            text = inside[-1].strip()
    if ":" in text:
        text = _MAILTO_RE.sub("", text, count=1).strip() if text[:7].casefold() == "mailto:" else text
        text = text.split("?", 1)[0]  # mailto:a@b?subject=…
    local, at, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}" if at and local else text


def find_email(text: str) -> str | None:
    """The first address in text ("Please write to info@x.org.", "Email: <a@b.org>"), tidied; None if none."""
    for word in text.split():
        if "@" in word:
            candidate = normalise_email(word.strip(_AROUND)).strip(_AROUND)
            if is_email(candidate):
                return candidate
    return None


def written_addresses(text: str) -> list[str]:
    """The addresses of a field that may hold several ("a@x.org, b@y.org", "Office <o@x.org>; p@x.org"),
    each as written; normalise_email() and is_email() say which are usable."""
    return [part for part in _SEPARATORS.split(text.strip()) if part]
