"""Load and validate a case pack folder, reporting every problem with its file and line.

Case packs arrive from other groups, so the loader trusts nothing: it reads only the known files, never
follows a name outside the folder, and collects all problems before giving up, so a coordinator can fix a
pack in one pass. An invalid pack raises CaseLoadError; it never crashes the program.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections.abc import Mapping, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ua_desktop.core.cases.messages import PackMessage
from ua_desktop.core.cases.model import SCHEMA_VERSION, Case, Recipient, RecipientRole, ReviewFlag
from ua_desktop.core.email_address import is_email, normalise_email, written_addresses
from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import Message, message

CASE_FILE = "case.toml"
BRIEFING_FILE = "briefing.md"
SOURCE_FILE = "source.txt"
LETTERS_DIR = "letters"
MAX_FILE_BYTES = 2_000_000  # a UA document is a few pages; anything larger is not a case pack
# Sizes of the values in case.toml. A pack may come from anyone, and its texts end up in every letter's
# address field, the window and the labels: a name of a million characters is refused here, with the field
# and the limit named, rather than found later by a letter that takes minutes to lay out.
MAX_LINE = 300  # one line: a name, a title, an address line, a salutation, the closing, an id or code
MAX_TEXT = 5_000  # a paragraph: a Take Action step, the postage notes, a note on a field to check
MAX_ENTRIES = 50  # recipients, address lines, Take Action steps, languages
MAX_REVIEW = 200  # [[needs_review]] tables: a few per recipient
MAX_ORIGINS = 500  # [origins] entries: one per field, a few per recipient
MAX_FOLLOW_UP = 99  # "SECOND UA", "THIRD UA", ...: far fewer in practice
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")  # the one rule for a case id (a folder name)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: which file, which line (0 when unknown) and what (`detail`)."""

    file: str
    line: int
    detail: Message

    def message(self) -> Message:
        """The problem with its place ("case.toml:3: deadline is required"), as each surface words it."""
        if self.line:
            # The line is a position, written as editors show it (no thousands separator).
            return message(PackMessage.AT_LINE, file=self.file, line=str(self.line), problem=self.detail)
        return message(PackMessage.IN_FILE, file=self.file, problem=self.detail)

    def __str__(self) -> str:
        """The problem in English (logs, tests, `cases validate`)."""
        return self.message().english()


def problem_listing(problems: Sequence[Problem]) -> Message | tuple[()]:
    """The problems as one value of a message, one per line (indented like the first by the wording)."""
    if not problems:
        return ()
    if len(problems) == 1:
        return problems[0].message()
    half = len(problems) // 2  # nested in halves: the wording stays shallow however many problems there are
    return message(
        PackMessage.LIST, first=problem_listing(problems[:half]), then=problem_listing(problems[half:])
    )


class CaseLoadError(UserError):
    """The pack is invalid; .problems lists everything found."""

    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.problems = problems
        super().__init__(PackMessage.UNUSABLE, folder=folder, problems=problem_listing(problems))


class _Reader:
    """Collects problems while reading one pack."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Problem] = []
        self.toml_text = ""

    def problem(self, file: str, detail: Message, line: int = 0) -> None:
        self.problems.append(Problem(file, line, detail))

    def key_line(self, key: str) -> int:
        """Best-effort line number of `key = ...` in case.toml, for messages."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE)
        match = pattern.search(self.toml_text)
        return self.toml_text.count("\n", 0, match.start()) + 1 if match else 0

    def read_text(self, relative: str, required: bool = True) -> str | None:
        path = self.folder / relative
        if path.is_symlink() or (path.exists() and not path.is_file()):
            self.problem(relative, message(PackMessage.LINK))
            return None
        if not path.exists():
            if required:
                self.problem(relative, message(PackMessage.MISSING))
            return None
        if path.stat().st_size > MAX_FILE_BYTES:
            self.problem(relative, message(PackMessage.TOO_LARGE, megabytes=MAX_FILE_BYTES // 1_000_000))
            return None
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            self.problem(relative, message(PackMessage.NOT_UTF8), line)
            return None
        return text.replace("\r\n", "\n")

    def text_field(
        self,
        data: Mapping[str, object],
        key: str,
        required: bool = True,
        recipient: int = 0,
        limit: int = MAX_LINE,
    ) -> str:
        """The text at key; recipient is the number of the [[recipients]] entry it belongs to, if any.

        Text longer than limit characters is a problem (and read as empty).
        """
        value = data.get(key, "")
        if not isinstance(value, str):
            self.problem(
                CASE_FILE,
                _in_recipient(recipient, message(PackMessage.NOT_TEXT, key=key)),
                self.key_line(key),
            )
            return ""
        if len(value.strip()) > limit:
            too_long = message(PackMessage.TOO_LONG, key=key, limit=limit, length=len(value.strip()))
            self.problem(CASE_FILE, _in_recipient(recipient, too_long), self.key_line(key))
            return ""
        if required and not value.strip():
            self.problem(
                CASE_FILE,
                _in_recipient(recipient, message(PackMessage.REQUIRED, key=key)),
                self.key_line(key),
            )
        return value.strip()

    def date_field(self, data: Mapping[str, object], key: str, required: bool) -> dt.date | None:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(CASE_FILE, message(PackMessage.DATE_REQUIRED, key=key))
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.problem(
            CASE_FILE,
            message(PackMessage.NOT_A_DATE, key=key, value=repr(value)),
            self.key_line(key),
        )
        return None

    def string_list(self, data: Mapping[str, object], key: str, limit: int = MAX_LINE) -> tuple[str, ...]:
        """The texts at key (one text is a list of one); see limited()."""
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(CASE_FILE, message(PackMessage.NOT_TEXTS, key=key), self.key_line(key))
            return ()
        return self.limited(value, key, limit)

    def limited(self, texts: list[str], key: str, limit: int, recipient: int = 0) -> tuple[str, ...]:
        """The texts stripped, blank ones left out: at most MAX_ENTRIES, each at most limit long."""
        kept = [text.strip() for text in texts if text.strip()]
        if not self.within(kept, key, MAX_ENTRIES, recipient):
            return ()
        for index, text in enumerate(kept, start=1):
            if len(text) > limit:
                too_long = message(
                    PackMessage.ENTRY_TOO_LONG, key=key, index=index, limit=limit, length=len(text)
                )
                self.problem(CASE_FILE, _in_recipient(recipient, too_long), self.key_line(key))
                return ()
        return tuple(kept)

    def within(self, entries: Sized, key: str, limit: int, recipient: int = 0) -> bool:
        """True when entries has at most limit entries; else a problem naming key and the limit."""
        if len(entries) <= limit:
            return True
        too_many = message(PackMessage.TOO_MANY, key=key, limit=limit, entries=len(entries))
        self.problem(CASE_FILE, _in_recipient(recipient, too_many), self.key_line(key))
        return False

    def recipients(self, data: Mapping[str, object]) -> tuple[Recipient, ...]:
        raw = data.get("recipients", [])
        if not isinstance(raw, list) or not raw:
            self.problem(CASE_FILE, message(PackMessage.NO_RECIPIENTS), self.key_line("recipients"))
            return ()
        if not self.within(raw, "recipients", MAX_ENTRIES):
            return ()
        result = []
        for index, entry in enumerate(raw, start=1):
            if not isinstance(entry, dict):
                self.problem(CASE_FILE, _in_recipient(index, message(PackMessage.NOT_A_TABLE)))
                continue
            role_text = entry.get("role", "primary")
            try:
                role = RecipientRole(role_text)
            except ValueError:
                self.problem(
                    CASE_FILE, _in_recipient(index, message(PackMessage.BAD_ROLE, role=repr(role_text)))
                )
                role = RecipientRole.PRIMARY
            street = entry.get("street", [])
            if isinstance(street, str):
                street = [street]
            if not isinstance(street, list) or not all(isinstance(s, str) for s in street):
                self.problem(CASE_FILE, _in_recipient(index, message(PackMessage.BAD_STREET)))
                street = []
            social = entry.get("social", [])
            if isinstance(social, str):
                social = [social]
            if not isinstance(social, list) or not all(isinstance(s, str) for s in social):
                self.problem(CASE_FILE, _in_recipient(index, message(PackMessage.NOT_TEXTS, key="social")))
                social = []
            email = self.text_field(entry, "email", required=False, recipient=index)
            if email and not all(is_email(normalise_email(a)) for a in written_addresses(email)):
                self.problem(
                    CASE_FILE, _in_recipient(index, message(PackMessage.BAD_EMAIL)), self.key_line("email")
                )
            country = self.text_field(entry, "country", recipient=index).upper()
            if country and not re.fullmatch(r"[A-Z]{2}", country):
                self.problem(CASE_FILE, _in_recipient(index, message(PackMessage.BAD_COUNTRY)))
            result.append(
                Recipient(
                    name=self.text_field(entry, "name", recipient=index),
                    role=role,
                    honorific=self.text_field(entry, "honorific", required=False, recipient=index),
                    title=self.text_field(entry, "title", required=False, recipient=index),
                    organisation=self.text_field(entry, "organisation", required=False, recipient=index),
                    street=self.limited(street, "street", MAX_LINE, index),
                    city=self.text_field(entry, "city", recipient=index),
                    region=self.text_field(entry, "region", required=False, recipient=index),
                    postal_code=self.text_field(entry, "postal_code", required=False, recipient=index),
                    country=country,
                    salutation=self.text_field(entry, "salutation", required=False, recipient=index),
                    salutation_alternative=self.text_field(
                        entry, "salutation_alternative", required=False, recipient=index
                    ),
                    email=email,
                    fax=self.text_field(entry, "fax", required=False, recipient=index),
                    social=self.limited(social, "social", MAX_LINE, index),
                )
            )
        if result and not any(r.role is RecipientRole.PRIMARY for r in result):
            self.problem(CASE_FILE, message(PackMessage.NO_PRIMARY))
        return tuple(result)

    def review_flags(self, data: Mapping[str, object]) -> tuple[ReviewFlag, ...]:
        """The [[needs_review]] tables the importer writes: field and note, both text."""
        raw = data.get("needs_review", [])
        if not isinstance(raw, list):
            self.problem(CASE_FILE, message(PackMessage.REVIEW_NOT_A_LIST), self.key_line("needs_review"))
            return ()
        if not self.within(raw, "needs_review", MAX_REVIEW):
            return ()
        flags = []
        for index, entry in enumerate(raw, start=1):
            if not isinstance(entry, dict) or not all(
                isinstance(entry.get(key, ""), str) for key in ("field", "note")
            ):
                self.problem(CASE_FILE, message(PackMessage.REVIEW_ENTRY, index=index))
                continue
            field, note = entry.get("field", "").strip(), entry.get("note", "").strip()
            if len(field) > MAX_LINE or len(note) > MAX_TEXT:
                limit, length = (MAX_LINE, len(field)) if len(field) > MAX_LINE else (MAX_TEXT, len(note))
                too_long = message(
                    PackMessage.ENTRY_TOO_LONG, key="needs_review", index=index, limit=limit, length=length
                )
                self.problem(CASE_FILE, too_long, self.key_line("needs_review"))
                continue
            flags.append(ReviewFlag(field, note))
        return tuple(flags)

    def follow_up_number(self, data: Mapping[str, object]) -> int:
        """Which follow-up this is (2 for "SECOND UA"); 0 when absent."""
        value = data.get("follow_up_number", 0)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FOLLOW_UP:
            self.problem(
                CASE_FILE,
                message(PackMessage.BAD_FOLLOW_UP_NUMBER, limit=MAX_FOLLOW_UP),
                self.key_line("follow_up_number"),
            )
            return 0
        return value

    def letter_templates(self) -> dict[str, str]:
        folder = self.folder / LETTERS_DIR
        templates: dict[str, str] = {}
        if not folder.is_dir() or folder.is_symlink():
            self.problem(f"{LETTERS_DIR}/", message(PackMessage.NO_LETTERS_FOLDER))
            return templates
        for path in sorted(folder.glob("*.j2")):
            language = path.stem
            if not _LANGUAGE_RE.match(language):
                self.problem(f"{LETTERS_DIR}/{path.name}", message(PackMessage.LETTER_NAME))
                continue
            text = self.read_text(f"{LETTERS_DIR}/{path.name}")
            if text is not None:
                templates[language] = text
        if not templates and not any(p.file.startswith(LETTERS_DIR) for p in self.problems):
            self.problem(f"{LETTERS_DIR}/", message(PackMessage.NO_LETTER))
        return templates


def _in_recipient(index: int, detail: Message) -> Message:
    """detail, placed in the index-th [[recipients]] entry (as it is when index is 0: not in one)."""
    return message(PackMessage.IN_RECIPIENT, index=index, problem=detail) if index else detail


def read_origins(value: object, source_length: int) -> dict[str, tuple[int, int]]:
    """The [origins] table: field name -> (start, end) offsets into source.txt.

    Where a field came from is a help, not part of the case, so a bad entry (not two whole numbers, or
    outside the source text of source_length characters) is left out without a problem, as are entries
    beyond MAX_ORIGINS.
    """
    if not isinstance(value, dict):
        return {}
    origins: dict[str, tuple[int, int]] = {}
    for key, span in value.items():
        if len(origins) >= MAX_ORIGINS:
            break
        if not isinstance(key, str) or not key.strip() or len(key) > MAX_LINE:
            continue
        if not isinstance(span, list) or len(span) != 2:
            continue
        start, end = span
        if isinstance(start, bool) or isinstance(end, bool):
            continue
        if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= source_length:
            origins[key.strip()] = (start, end)
    return origins


class NestedTooDeeplyError(ValueError):
    """case.toml nests arrays or tables deeper than the TOML parser can follow (it recurses per level)."""


def parse_toml(text: str) -> dict[str, Any]:
    """tomllib.loads(text), with nesting too deep for Python's stack raised as NestedTooDeeplyError.

    A few thousand "[" in a shared pack would otherwise end every command in a RecursionError traceback.
    """
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise NestedTooDeeplyError(CASE_FILE) from None


def nested_too_deeply(folder: Path) -> CaseLoadError:
    """The error for a case.toml that NestedTooDeeplyError refused."""
    return CaseLoadError(folder, [Problem(CASE_FILE, 0, message(PackMessage.NESTED_TOO_DEEPLY))])


def _toml_error_line(error: tomllib.TOMLDecodeError) -> int:
    lineno = getattr(error, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else 0


def load_case(folder: Path, bundled: bool = False) -> Case:
    """Load and validate the pack in folder; raise CaseLoadError listing every problem."""
    folder = Path(folder)
    reader = _Reader(folder)
    if not folder.is_dir():
        raise CaseLoadError(folder, [Problem(str(folder), 0, message(PackMessage.NOT_A_FOLDER))])
    text = reader.read_text(CASE_FILE)
    if text is None:
        raise CaseLoadError(folder, reader.problems)
    reader.toml_text = text
    try:
        data = parse_toml(text)
    except tomllib.TOMLDecodeError as error:
        detail = message(PackMessage.NOT_TOML, error=str(error).split(" (at ")[0])
        raise CaseLoadError(folder, [Problem(CASE_FILE, _toml_error_line(error), detail)]) from None
    except NestedTooDeeplyError:
        raise nested_too_deeply(folder) from None

    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise CaseLoadError(
            folder,
            [
                Problem(
                    CASE_FILE,
                    reader.key_line("schema_version"),
                    message(PackMessage.SCHEMA_VERSION, version=repr(version), supported=SCHEMA_VERSION),
                )
            ],
        )

    case_id = reader.text_field(data, "id")
    if case_id and not ID_RE.match(case_id):
        reader.problem(CASE_FILE, message(PackMessage.BAD_ID), reader.key_line("id"))
    preferred = reader.text_field(data, "preferred_language") or "en"
    templates = reader.letter_templates()  # none in the preferred language is fine: default_letter_language
    letter = data.get("letter", {})
    if not isinstance(letter, dict):
        reader.problem(CASE_FILE, message(PackMessage.LETTER_NOT_A_TABLE), reader.key_line("letter"))
        letter = {}
    case = Case(
        id=case_id,
        ua_number=reader.text_field(data, "ua_number"),
        title=reader.text_field(data, "title"),
        country=reader.text_field(data, "country", required=False).upper(),
        document_index=reader.text_field(data, "document_index", required=False),
        issue_date=reader.date_field(data, "issue_date", required=False),
        deadline=reader.date_field(data, "deadline", required=True),
        preferred_language=preferred,
        accepted_languages=reader.string_list(data, "accepted_languages") or (preferred,),
        own_language_welcome=bool(data.get("own_language_welcome", False)),
        take_action=reader.string_list(data, "take_action", limit=MAX_TEXT),
        postage_notes=reader.text_field(data, "postage_notes", required=False, limit=MAX_TEXT),
        recipients=reader.recipients(data),
        briefing_markdown=reader.read_text(BRIEFING_FILE) or "",
        letter_templates=templates,
        closing=reader.text_field(letter, "closing", required=False) or "Yours sincerely,",
        folder=folder,
        bundled=bundled,
        follow_up=bool(data.get("follow_up", False)),
        follows=reader.text_field(data, "follows", required=False),
        follow_up_number=reader.follow_up_number(data),
        copies_instruction=reader.text_field(data, "copies_instruction", required=False, limit=MAX_TEXT),
        source_text=reader.read_text(SOURCE_FILE, required=False) or "",
        review=reader.review_flags(data),
    )
    if reader.problems:
        raise CaseLoadError(folder, reader.problems)
    # The offsets are checked against source.txt, which is read last.
    return dataclasses.replace(case, origins=read_origins(data.get("origins"), len(case.source_text)))


def validate_case_dir(folder: Path) -> list[Problem]:
    """Return the problems of the pack in folder (empty when it is valid)."""
    try:
        load_case(folder)
    except CaseLoadError as error:
        return error.problems
    return []
