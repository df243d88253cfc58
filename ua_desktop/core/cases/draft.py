"""A case pack being made or edited: mutable, possibly incomplete, written to disk as a pack.

The importer fills a CaseDraft with what it found (and nothing else), the case editor changes it, and
write_pack() saves it in the pack format the loader reads. Validation is the loader's own: check_draft()
writes the draft into a scratch folder and loads it, so the editor and the loader can never disagree.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from ua_desktop.core.cases.leftovers import NEW, aside, staging_prefix
from ua_desktop.core.cases.loader import (
    BRIEFING_FILE,
    CASE_FILE,
    LETTERS_DIR,
    SOURCE_FILE,
    CaseLoadError,
    NestedTooDeeplyError,
    Problem,
    load_case,
    nested_too_deeply,
    parse_toml,
    read_origins,
    validate_case_dir,
)
from ua_desktop.core.cases.messages import CaseMessage, PackMessage
from ua_desktop.core.cases.model import SCHEMA_VERSION, Case, Recipient, RecipientRole, ReviewFlag
from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import describe_os_error, ensure_private_dir, write_text_atomic
from ua_desktop.core.messages import message

_RECIPIENT_KEYS = (
    "honorific",
    "name",
    "title",
    "organisation",
    "city",
    "region",
    "postal_code",
    "country",
    "salutation",
)
# Newer recipient keys, written only when they hold something, so packs without them read as before.
_RECIPIENT_OPTIONAL_KEYS = ("salutation_alternative", "email", "fax")


@dataclass
class CaseDraft:
    """Everything a case pack holds, editable; empty strings and None mean "not known yet"."""

    id: str = ""
    ua_number: str = ""
    follow_up: bool = False
    follows: str = ""
    follow_up_number: int = 0
    document_index: str = ""
    title: str = ""
    country: str = ""
    issue_date: dt.date | None = None
    deadline: dt.date | None = None
    preferred_language: str = ""
    accepted_languages: list[str] = field(default_factory=list)
    own_language_welcome: bool = False
    take_action: list[str] = field(default_factory=list)
    postage_notes: str = ""
    copies_instruction: str = ""
    recipients: list[Recipient] = field(default_factory=list)
    briefing_markdown: str = ""
    letters: dict[str, str] = field(default_factory=dict)  # language code -> letter body template
    closing: str = ""
    source_text: str = ""
    review: list[ReviewFlag] = field(default_factory=list)
    # field name (as in ReviewFlag.field) -> (start, end) offsets into source_text where it was found
    origins: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def from_case(cls, case: Case) -> CaseDraft:
        """A draft holding exactly what a loaded case holds."""
        return cls(
            id=case.id,
            ua_number=case.ua_number,
            follow_up=case.follow_up,
            follows=case.follows,
            follow_up_number=case.follow_up_number,
            document_index=case.document_index,
            title=case.title,
            country=case.country,
            issue_date=case.issue_date,
            deadline=case.deadline,
            preferred_language=case.preferred_language,
            accepted_languages=list(case.accepted_languages),
            own_language_welcome=case.own_language_welcome,
            take_action=list(case.take_action),
            postage_notes=case.postage_notes,
            copies_instruction=case.copies_instruction,
            recipients=list(case.recipients),
            briefing_markdown=case.briefing_markdown,
            letters=dict(case.letter_templates),
            closing=case.closing,
            source_text=case.source_text,
            review=list(case.review),
            origins=dict(case.origins),
        )

    def flagged(self, prefix: str) -> list[ReviewFlag]:
        """The review flags for a field, or for every field under prefix ("recipients.1")."""
        return [f for f in self.review if f.field == prefix or f.field.startswith(prefix + ".")]

    def toml_text(self) -> str:
        """case.toml for this draft; unknown values are left out rather than guessed."""
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": self.id, "ua_number": self.ua_number}
        data["follow_up"] = self.follow_up
        if self.follows:
            data["follows"] = self.follows
        if self.follow_up_number:
            data["follow_up_number"] = self.follow_up_number
        data["document_index"] = self.document_index
        data["title"] = self.title
        data["country"] = self.country
        if self.issue_date:
            data["issue_date"] = self.issue_date
        if self.deadline:
            data["deadline"] = self.deadline
        if self.preferred_language:
            data["preferred_language"] = self.preferred_language
        data["accepted_languages"] = list(self.accepted_languages)
        data["own_language_welcome"] = self.own_language_welcome
        data["take_action"] = list(self.take_action)
        data["postage_notes"] = self.postage_notes
        if self.copies_instruction:
            data["copies_instruction"] = self.copies_instruction
        data["letter"] = {"closing": self.closing}
        data["recipients"] = [_recipient_table(r) for r in self.recipients]
        if self.review:
            data["needs_review"] = [{"field": f.field, "note": f.note} for f in self.review]
        if self.origins:
            data["origins"] = {key: [start, end] for key, (start, end) in sorted(self.origins.items())}
        header = (
            f"# Case pack for {self.ua_number or 'an Urgent Action'}, written by ua-desktop.\n"
            "# Fields listed under [[needs_review]] were not found in the source document: check them.\n"
        )
        return header + tomli_w.dumps(data, multiline_strings=True)


def _recipient_table(recipient: Recipient) -> dict[str, Any]:
    table: dict[str, Any] = {"role": recipient.role.value}
    for key in _RECIPIENT_KEYS:
        table[key] = getattr(recipient, key)
    table["street"] = list(recipient.street)
    for key in _RECIPIENT_OPTIONAL_KEYS:
        if value := getattr(recipient, key):
            table[key] = value
    if recipient.social:
        table["social"] = list(recipient.social)
    return table


def write_pack_files(draft: CaseDraft, folder: Path) -> None:
    """Write the pack's files into an existing empty folder (private modes, UTF-8)."""
    write_text_atomic(folder / CASE_FILE, draft.toml_text())
    write_text_atomic(folder / BRIEFING_FILE, draft.briefing_markdown)
    if draft.source_text:
        write_text_atomic(folder / SOURCE_FILE, draft.source_text)
    ensure_private_dir(folder / LETTERS_DIR)
    for language, body in sorted(draft.letters.items()):
        write_text_atomic(folder / LETTERS_DIR / f"{language}.j2", body)


def write_pack(draft: CaseDraft, cases_dir: Path) -> Path:
    """Save draft as cases_dir/<id>, replacing an older version of the same folder in one step.

    The new pack is written completely into a hidden sibling folder first and then renamed into place, so
    a full disk or a crash leaves either the old pack or the new one, never a mixture.
    """
    if not draft.id:
        raise UserError(CaseMessage.NO_ID)
    target = cases_dir / draft.id
    try:
        ensure_private_dir(cases_dir)
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(NEW), dir=cases_dir))
    except OSError as error:
        raise UserError(describe_os_error(error, cases_dir)) from error
    try:
        write_pack_files(draft, staging)
        replace_folder(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def replace_folder(new: Path, target: Path) -> None:
    """Rename new over target; an existing target is moved aside first and removed afterwards.

    Killed between the two renames, the old case waits in its hidden folder beside the cases until the
    library is next opened, which puts it back (leftovers.recover).
    """
    old = None
    try:
        if target.is_symlink() or target.is_file():
            raise UserError(CaseMessage.NOT_A_CASE_FOLDER, target=target)
        if target.exists():
            old = aside(target)
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
        os.replace(new, target)
    except OSError as error:
        if old is not None and not target.exists():
            os.replace(old, target)
        raise UserError(describe_os_error(error, target)) from error
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def check_draft(draft: CaseDraft) -> list[Problem]:
    """The loader's problems for this draft, exactly as `cases validate` would report them."""
    with tempfile.TemporaryDirectory(prefix="ua-desktop-check-") as scratch:
        folder = Path(scratch) / (draft.id or "case")
        folder.mkdir()
        write_pack_files(draft, folder)
        return validate_case_dir(folder)


def read_draft(folder: Path) -> CaseDraft:
    """Open a pack for editing even when it does not load (missing deadline, no recipient, ...).

    Only valid TOML is required; values of the wrong type are dropped (the editor shows them empty and
    the loader's problems say what to enter). Raises CaseLoadError when case.toml cannot be parsed.
    """
    try:
        case = load_case(folder)
    except CaseLoadError:
        pass
    else:
        return CaseDraft.from_case(case)
    path = folder / CASE_FILE
    try:
        if path.is_symlink():
            raise CaseLoadError(folder, [Problem(CASE_FILE, 0, message(PackMessage.NOT_REGULAR))])
        data = parse_toml(path.read_text(encoding="utf-8-sig"))
    except NestedTooDeeplyError:
        raise nested_too_deeply(folder) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        detail = message(PackMessage.UNREADABLE, error=str(error))
        raise CaseLoadError(folder, [Problem(CASE_FILE, 0, detail)]) from None
    draft = CaseDraft(
        id=_text(data, "id") or folder.name,
        ua_number=_text(data, "ua_number"),
        follow_up=data.get("follow_up") is True,
        follows=_text(data, "follows"),
        follow_up_number=_count(data.get("follow_up_number")),
        document_index=_text(data, "document_index"),
        title=_text(data, "title"),
        country=_text(data, "country").upper(),
        issue_date=_date(data.get("issue_date")),
        deadline=_date(data.get("deadline")),
        preferred_language=_text(data, "preferred_language"),
        accepted_languages=_texts(data.get("accepted_languages")),
        own_language_welcome=data.get("own_language_welcome") is True,
        take_action=_texts(data.get("take_action")),
        postage_notes=_text(data, "postage_notes"),
        copies_instruction=_text(data, "copies_instruction"),
        closing=_text(letter if isinstance(letter := data.get("letter"), dict) else {}, "closing"),
    )
    for entry in data.get("recipients", []) if isinstance(data.get("recipients"), list) else []:
        if isinstance(entry, dict):
            draft.recipients.append(_recipient(entry))
    for entry in data.get("needs_review", []) if isinstance(data.get("needs_review"), list) else []:
        if isinstance(entry, dict):
            draft.review.append(ReviewFlag(_text(entry, "field"), _text(entry, "note")))
    draft.briefing_markdown = _read_optional(folder / BRIEFING_FILE)
    draft.source_text = _read_optional(folder / SOURCE_FILE)
    draft.origins = read_origins(data.get("origins"), len(draft.source_text))
    letters = folder / LETTERS_DIR
    if letters.is_dir() and not letters.is_symlink():
        for template in sorted(letters.glob("*.j2")):
            if template.is_file() and not template.is_symlink():
                draft.letters[template.stem] = _read_optional(template)
    return draft


def _text(data: Mapping[str, object], key: str) -> str:
    value = data.get(key, "")
    return value.strip() if isinstance(value, str) else ""


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _recipient(entry: Mapping[str, object]) -> Recipient:
    role_text = entry.get("role", "primary")
    try:
        role = RecipientRole(role_text) if isinstance(role_text, str) else RecipientRole.PRIMARY
    except ValueError:
        role = RecipientRole.PRIMARY
    values = {key: _text(entry, key) for key in (*_RECIPIENT_KEYS, *_RECIPIENT_OPTIONAL_KEYS)}
    values["country"] = values["country"].upper()
    street, social = tuple(_texts(entry.get("street"))), tuple(_texts(entry.get("social")))
    return Recipient(role=role, street=street, social=social, **values)


def _read_optional(path: Path) -> str:
    try:
        if path.is_symlink() or not path.is_file():
            return ""
        return path.read_bytes().decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    except OSError:
        return ""
