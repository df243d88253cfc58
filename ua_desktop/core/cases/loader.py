"""Load and validate a case pack folder, reporting every problem with its file and line.

Case packs arrive from other groups, so the loader trusts nothing: it reads only the known files, never
follows a name outside the folder, and collects all problems before giving up, so a coordinator can fix a
pack in one pass. An invalid pack raises CaseLoadError; it never crashes the program.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ua_desktop.core.cases.model import SCHEMA_VERSION, Case, Recipient, RecipientRole, ReviewFlag
from ua_desktop.core.errors import UserError

CASE_FILE = "case.toml"
BRIEFING_FILE = "briefing.md"
SOURCE_FILE = "source.txt"
LETTERS_DIR = "letters"
MAX_FILE_BYTES = 2_000_000  # a UA document is a few pages; anything larger is not a case pack
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: which file, which line (0 when unknown) and what."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class CaseLoadError(UserError):
    """The pack is invalid; .problems lists everything found."""

    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.problems = problems
        listing = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"The case pack in {folder} cannot be used:\n{listing}")


class _Reader:
    """Collects problems while reading one pack."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Problem] = []
        self.toml_text = ""

    def problem(self, file: str, message: str, line: int = 0) -> None:
        self.problems.append(Problem(file, line, message))

    def key_line(self, key: str) -> int:
        """Best-effort line number of `key = ...` in case.toml, for messages."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE)
        match = pattern.search(self.toml_text)
        return self.toml_text.count("\n", 0, match.start()) + 1 if match else 0

    def read_text(self, relative: str, required: bool = True) -> str | None:
        path = self.folder / relative
        if path.is_symlink() or (path.exists() and not path.is_file()):
            self.problem(relative, "is not a regular file (links are not followed)")
            return None
        if not path.exists():
            if required:
                self.problem(relative, "is missing")
            return None
        if path.stat().st_size > MAX_FILE_BYTES:
            self.problem(relative, f"is larger than {MAX_FILE_BYTES // 1_000_000} MB")
            return None
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            self.problem(relative, "is not UTF-8 text; save it as UTF-8 and try again", line)
            return None
        return text.replace("\r\n", "\n")

    def text_field(self, data: Mapping[str, object], key: str, required: bool = True, where: str = "") -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            self.problem(CASE_FILE, f"{where}{key} must be text", self.key_line(key))
            return ""
        if required and not value.strip():
            self.problem(CASE_FILE, f"{where}{key} is required", self.key_line(key))
        return value.strip()

    def date_field(self, data: Mapping[str, object], key: str, required: bool) -> dt.date | None:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(CASE_FILE, f"{key} is required (a date such as 2025-07-01)")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.problem(
            CASE_FILE,
            f"{key} must be a date written as YYYY-MM-DD without quotes, not {value!r}",
            self.key_line(key),
        )
        return None

    def string_list(self, data: Mapping[str, object], key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(CASE_FILE, f"{key} must be a list of texts", self.key_line(key))
            return ()
        return tuple(item.strip() for item in value if item.strip())

    def recipients(self, data: Mapping[str, object]) -> tuple[Recipient, ...]:
        raw = data.get("recipients", [])
        if not isinstance(raw, list) or not raw:
            self.problem(
                CASE_FILE, "at least one [[recipients]] entry is required", self.key_line("recipients")
            )
            return ()
        result = []
        for index, entry in enumerate(raw, start=1):
            where = f"recipient {index}: "
            if not isinstance(entry, dict):
                self.problem(CASE_FILE, f"{where}must be a table")
                continue
            role_text = entry.get("role", "primary")
            try:
                role = RecipientRole(role_text)
            except ValueError:
                self.problem(CASE_FILE, f"{where}role must be 'primary' or 'copy', not {role_text!r}")
                role = RecipientRole.PRIMARY
            street = entry.get("street", [])
            if isinstance(street, str):
                street = [street]
            if not isinstance(street, list) or not all(isinstance(s, str) for s in street):
                self.problem(CASE_FILE, f"{where}street must be a list of address lines")
                street = []
            country = self.text_field(entry, "country", where=where).upper()
            if country and not re.fullmatch(r"[A-Z]{2}", country):
                self.problem(CASE_FILE, f"{where}country must be an ISO 3166 code such as US or CH")
            result.append(
                Recipient(
                    name=self.text_field(entry, "name", where=where),
                    role=role,
                    honorific=self.text_field(entry, "honorific", required=False, where=where),
                    title=self.text_field(entry, "title", required=False, where=where),
                    organisation=self.text_field(entry, "organisation", required=False, where=where),
                    street=tuple(s.strip() for s in street if s.strip()),
                    city=self.text_field(entry, "city", where=where),
                    region=self.text_field(entry, "region", required=False, where=where),
                    postal_code=self.text_field(entry, "postal_code", required=False, where=where),
                    country=country,
                    salutation=self.text_field(entry, "salutation", required=False, where=where),
                )
            )
        if result and not any(r.role is RecipientRole.PRIMARY for r in result):
            self.problem(CASE_FILE, 'one recipient must have role = "primary"')
        return tuple(result)

    def review_flags(self, data: Mapping[str, object]) -> tuple[ReviewFlag, ...]:
        """The [[needs_review]] tables the importer writes: field and note, both text."""
        raw = data.get("needs_review", [])
        if not isinstance(raw, list):
            self.problem(CASE_FILE, "needs_review must be a list of tables", self.key_line("needs_review"))
            return ()
        flags = []
        for index, entry in enumerate(raw, start=1):
            if not isinstance(entry, dict) or not all(
                isinstance(entry.get(key, ""), str) for key in ("field", "note")
            ):
                self.problem(CASE_FILE, f"needs_review entry {index}: field and note must be text")
                continue
            flags.append(ReviewFlag(entry.get("field", "").strip(), entry.get("note", "").strip()))
        return tuple(flags)

    def letter_templates(self) -> dict[str, str]:
        folder = self.folder / LETTERS_DIR
        templates: dict[str, str] = {}
        if not folder.is_dir() or folder.is_symlink():
            self.problem(f"{LETTERS_DIR}/", "is missing: add the model letter as letters/<language>.j2")
            return templates
        for path in sorted(folder.glob("*.j2")):
            language = path.stem
            if not _LANGUAGE_RE.match(language):
                self.problem(f"{LETTERS_DIR}/{path.name}", "name must be a language code such as en.j2")
                continue
            text = self.read_text(f"{LETTERS_DIR}/{path.name}")
            if text is not None:
                templates[language] = text
        if not templates and not any(p.file.startswith(LETTERS_DIR) for p in self.problems):
            self.problem(f"{LETTERS_DIR}/", "holds no model letter (letters/<language>.j2)")
        return templates


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
        raise CaseLoadError(folder, [Problem(str(folder), 0, "is not a folder")])
    text = reader.read_text(CASE_FILE)
    if text is None:
        raise CaseLoadError(folder, reader.problems)
    reader.toml_text = text
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error).split(" (at ")[0]
        raise CaseLoadError(
            folder, [Problem(CASE_FILE, _toml_error_line(error), f"is not valid TOML: {message}")]
        ) from None

    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise CaseLoadError(
            folder,
            [
                Problem(
                    CASE_FILE,
                    reader.key_line("schema_version"),
                    f"schema_version {version!r} is not supported by this version of ua-desktop "
                    f"(it reads version {SCHEMA_VERSION}); update ua-desktop or ask the pack's author",
                )
            ],
        )

    case_id = reader.text_field(data, "id")
    if case_id and not _ID_RE.match(case_id):
        reader.problem(
            CASE_FILE, "id may use lower-case letters, digits, '.', '-' and '_' only", reader.key_line("id")
        )
    preferred = reader.text_field(data, "preferred_language") or "en"
    templates = reader.letter_templates()
    if templates and preferred not in templates:
        reader.problem(
            f"{LETTERS_DIR}/{preferred}.j2",
            f"is missing: the preferred language is {preferred!r}",
        )
    letter = data.get("letter", {})
    if not isinstance(letter, dict):
        reader.problem(CASE_FILE, "[letter] must be a table", reader.key_line("letter"))
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
        take_action=reader.string_list(data, "take_action"),
        postage_notes=reader.text_field(data, "postage_notes", required=False),
        recipients=reader.recipients(data),
        briefing_markdown=reader.read_text(BRIEFING_FILE) or "",
        letter_templates=templates,
        closing=reader.text_field(letter, "closing", required=False) or "Yours sincerely,",
        folder=folder,
        bundled=bundled,
        follow_up=bool(data.get("follow_up", False)),
        follows=reader.text_field(data, "follows", required=False),
        source_text=reader.read_text(SOURCE_FILE, required=False) or "",
        review=reader.review_flags(data),
    )
    if reader.problems:
        raise CaseLoadError(folder, reader.problems)
    return case


def validate_case_dir(folder: Path) -> list[Problem]:
    """Return the problems of the pack in folder (empty when it is valid)."""
    try:
        load_case(folder)
    except CaseLoadError as error:
        return error.problems
    return []
