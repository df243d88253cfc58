"""Share a case pack with another group as one .uacase file (a zip), and bring one in.

A .uacase comes from outside, so reading one trusts nothing: a member must be one of the pack's known
files (case.toml, briefing.md, source.txt, letters/<language>.j2; anything else is skipped and listed),
its name must stay inside the pack (no absolute path, no "..", no drive, no backslash), links and encrypted
members are refused, and sizes are bounded twice, by what the zip declares and by what decompressing
actually produces, so a zip bomb stops after a few megabytes. The pack is then checked by the loader
(schema version included) and its letters are compiled as rendering compiles them (core/letter/templates.py:
the sandbox, its limits on size, time and nesting), before anything reaches the case folder.
"""

from __future__ import annotations

import io
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ua_desktop.core.cases.draft import CaseDraft, replace_folder, write_pack
from ua_desktop.core.cases.leftovers import IMPORT, staging_prefix
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import (
    BRIEFING_FILE,
    CASE_FILE,
    LETTERS_DIR,
    MAX_FILE_BYTES,
    SOURCE_FILE,
    CaseLoadError,
    Problem,
    load_case,
    problem_listing,
)
from ua_desktop.core.cases.manage import ClashPolicy, resolve_clash
from ua_desktop.core.cases.messages import CaseMessage, PackMessage, ShareMessage
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import describe_os_error, ensure_private_dir, write_bytes_atomic
from ua_desktop.core.messages import Message, message

SUFFIX = ".uacase"
MAX_ARCHIVE_BYTES = 12_000_000
MAX_MEMBERS = 64
MAX_TOTAL_BYTES = 8_000_000
_CHUNK = 64 * 1024
_LETTER_RE = re.compile(r"^letters/[a-z]{2,3}(-[A-Za-z0-9]{2,8})?\.j2$")


class UnsafePackError(UserError):
    """The .uacase file is damaged or tries something a case pack never needs."""


class _RefusedError(Exception):
    """What the pack must not hold: the kind and its values, all but the pack's name (the caller's)."""

    def __init__(self, kind: ShareMessage, **values: object) -> None:
        super().__init__(kind)
        self.kind = kind
        self.values = values


@dataclass
class SharedPackImport:
    """What importing a .uacase did: the case as saved, and the members that were skipped."""

    case: Case
    folder: Path
    ignored: list[str] = field(default_factory=list)


def export_case(case: Case, target: Path) -> Path:
    """Write the case's pack as one .uacase file (written atomically); returns the file's path."""
    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    names = [CASE_FILE, BRIEFING_FILE, SOURCE_FILE]
    names += [f"{LETTERS_DIR}/{language}.j2" for language in sorted(case.letter_templates)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            path = case.folder / name
            if path.is_file() and not path.is_symlink():
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                info.external_attr = (stat.S_IFREG | 0o600) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())
    write_bytes_atomic(target, buffer.getvalue())
    return target


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name if it is safe to use inside the pack, else _RefusedError."""
    name = info.filename
    path = PurePosixPath(name)
    if (
        "\\" in name
        or name.startswith("/")
        or path.is_absolute()
        or ".." in path.parts
        or (path.parts and ":" in path.parts[0])
        or "\x00" in name
    ):
        raise _RefusedError(ShareMessage.OUTSIDE, member=name)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _RefusedError(ShareMessage.LINK, member=name)
    if info.flag_bits & 0x1:
        raise _RefusedError(ShareMessage.ENCRYPTED, member=name)
    return name.rstrip("/") if info.is_dir() else name


def _strip_folder(names: list[str]) -> str:
    """A pack zipped as a folder ("ua-1/case.toml") is read as if its files were at the top."""
    if CASE_FILE in names:
        return ""
    # macOS adds "__MACOSX/..." resource forks when it zips a folder; they never count as the pack's folder.
    tops = {name.split("/", 1)[0] for name in names if not name.startswith("__MACOSX")}
    if len(tops) == 1 and f"{next(iter(tops))}/{CASE_FILE}" in names:
        return next(iter(tops)) + "/"
    return ""


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The member's bytes, stopping as soon as it grows past its declared size or the limits."""
    limit = min(info.file_size, MAX_FILE_BYTES, budget)
    data = bytearray()
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            data += chunk
            if len(data) > limit:
                raise _RefusedError(ShareMessage.ZIP_BOMB, member=info.filename)
    return bytes(data)


def read_pack_files(path: Path) -> tuple[dict[str, bytes], list[str]]:
    """The known files of the .uacase at path and the names that were skipped; UnsafePackError otherwise."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UserError(CaseMessage.CANNOT_READ, path=path, reason=error.strerror or str(error)) from error
    if size > MAX_ARCHIVE_BYTES:
        raise UnsafePackError(
            ShareMessage.ARCHIVE_TOO_LARGE, pack=path.name, megabytes=MAX_ARCHIVE_BYTES // 1_000_000
        )
    files: dict[str, bytes] = {}
    ignored: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _RefusedError(ShareMessage.TOO_MANY_FILES, files=len(infos))
            names = [_member_name(info) for info in infos]
            declared = sum(info.file_size for info in infos)
            if declared > MAX_TOTAL_BYTES:
                raise _RefusedError(ShareMessage.UNPACKS_TOO_LARGE, megabytes=declared // 1_000_000)
            prefix = _strip_folder(names)
            budget = MAX_TOTAL_BYTES
            for info, name in zip(infos, names, strict=True):
                relative = name[len(prefix) :] if name.startswith(prefix) else name
                if info.is_dir() or relative in ("", LETTERS_DIR):
                    continue
                if relative not in (CASE_FILE, BRIEFING_FILE, SOURCE_FILE) and not _LETTER_RE.match(relative):
                    ignored.append(name)
                    continue
                if relative in files:
                    raise _RefusedError(ShareMessage.TWICE, member=relative)
                if info.file_size > MAX_FILE_BYTES:
                    raise _RefusedError(
                        ShareMessage.MEMBER_TOO_LARGE, member=name, megabytes=MAX_FILE_BYTES // 1_000_000
                    )
                files[relative] = _read_member(archive, info, budget)
                budget -= len(files[relative])
    except _RefusedError as refusal:
        raise UnsafePackError(message(refusal.kind, None, pack=path.name, **refusal.values)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as error:
        raise UnsafePackError(ShareMessage.NOT_A_ZIP, pack=path.name, error=str(error)) from None
    if CASE_FILE not in files:
        raise UnsafePackError(ShareMessage.NO_CASE_FILE, pack=path.name)
    return files, ignored


def check_templates(case: Case) -> list[Problem]:
    """Problems found by compiling each letter as rendering would (core/letter/templates.py).

    Nothing is rendered. A syntax error, a letter nested too deeply or one too long is refused before the
    pack is saved.
    """
    from ua_desktop.core.letter.templates import template_error

    problems = []
    for language, template in sorted(case.letter_templates.items()):
        error = template_error(template)
        if error is not None:
            problem = error.problem  # typed, or the text Jinja2 wrote (a syntax error)
            if isinstance(problem, Message):
                detail = problem
            else:
                detail = message(PackMessage.TEMPLATE_SYNTAX, error=problem)
            problems.append(Problem(f"{LETTERS_DIR}/{language}.j2", error.line or 0, detail))
    return problems


def import_shared_case(
    path: Path, library: CaseLibrary, policy: ClashPolicy = ClashPolicy.ASK
) -> SharedPackImport:
    """Check the .uacase at path and add its case to the user's cases (id clash resolved by policy)."""
    files, ignored = read_pack_files(Path(path))
    cases_dir = library.user_cases_dir
    try:
        ensure_private_dir(cases_dir)
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(IMPORT), dir=cases_dir))
    except OSError as error:
        raise UserError(describe_os_error(error, cases_dir)) from error
    try:
        for relative, data in files.items():
            if relative.startswith(LETTERS_DIR + "/"):
                ensure_private_dir(staging / LETTERS_DIR)
            write_bytes_atomic(staging / relative, data)
        try:
            case = load_case(staging)
        except CaseLoadError as error:
            listing = problem_listing(error.problems)
            raise UserError(ShareMessage.INVALID, pack=Path(path).name, problems=listing) from None
        problems = check_templates(case)
        if problems:
            raise UserError(
                ShareMessage.BAD_LETTERS, pack=Path(path).name, problems=problem_listing(problems)
            )
        new_id = resolve_clash(library, case.id, policy)
        if new_id != case.id:
            draft = CaseDraft.from_case(case)
            draft.id = new_id
            folder = write_pack(draft, cases_dir)
        else:
            folder = cases_dir / new_id
            replace_folder(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SharedPackImport(load_case(folder), folder, ignored)
