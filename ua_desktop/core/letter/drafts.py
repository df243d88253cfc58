"""The group's own version of a model letter, autosaved per case and language in the drafts folder.

The bundled model letter is never modified: a draft lives beside the roster in the data folder as
`drafts/<case id>.<language>.j2`, and saving the unchanged model letter removes the draft, so "Reset to
model letter" also brings back later corrections of the case pack.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import describe_os_error, write_text_atomic
from ua_desktop.core.letter.messages import LetterMessage

log = logging.getLogger(__name__)
_SAFE_PART = re.compile(r"^[A-Za-z0-9._-]+$")


def draft_path(drafts_dir: Path, case_id: str, language: str) -> Path:
    """drafts/<case id>.<language>.j2 (ids and language codes are checked: no path can leave the folder)."""
    for part in (case_id, language):
        if not _SAFE_PART.match(part) or part.startswith("."):
            raise UserError(LetterMessage.BAD_DRAFT_NAME, part=part)
    return drafts_dir / f"{case_id}.{language}.j2"


def load_draft(drafts_dir: Path, case: Case, language: str) -> str | None:
    """The group's saved version, or None when there is none (or it cannot be read; then it is logged)."""
    path = draft_path(drafts_dir, case.id, language)
    try:
        return path.read_text(encoding="utf-8-sig")  # without a byte order mark an editor may have added
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        log.warning("letter draft %s unreadable: %s", path, error)
        return None


def save_draft(drafts_dir: Path, case: Case, language: str, text: str) -> Path | None:
    """Save text as the group's version; the unchanged model letter removes the draft instead."""
    path = draft_path(drafts_dir, case.id, language)
    if text == case.letter_template(language):
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            raise UserError(describe_os_error(error, path)) from error
        return None
    write_text_atomic(path, text)
    return path


def letter_source(drafts_dir: Path, case: Case, language: str) -> str:
    """What the letter editor and the CLI start from: the group's draft, else the model letter."""
    draft = load_draft(drafts_dir, case, language)
    return draft if draft is not None else case.letter_template(language)
