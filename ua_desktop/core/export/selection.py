"""Which signers an export is for: all, a list of roster ids, everyone with a tag, or N blank letters.

Parses the CLI's --signers/--tag/--blank and reads the roster (core/roster) read-only; the GUI passes the
signers it has selected directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ua_desktop.core.errors import UserError
from ua_desktop.core.export.messages import SelectionMessage
from ua_desktop.core.export.ordering import blank_signers
from ua_desktop.core.letter.signer import LetterSigner, printed_signer
from ua_desktop.core.paths import AppPaths


class SelectionMode(StrEnum):
    ALL = "all"
    IDS = "ids"
    TAG = "tag"
    BLANK = "blank"


@dataclass(frozen=True)
class SignerSelection:
    mode: SelectionMode = SelectionMode.ALL
    ids: tuple[int, ...] = ()
    tag: str = ""
    blank: int = 0


def parse_signer_ids(text: str) -> SignerSelection:
    """ "all", or ids and ranges such as "3,7,10-12" (in that order, duplicates dropped)."""
    text = text.strip()
    if text.lower() == "all":
        return SignerSelection(SelectionMode.ALL)
    ids: list[int] = []
    try:
        for part in filter(None, (p.strip() for p in text.split(","))):
            if "-" in part:
                first, last = (int(x) for x in part.split("-", 1))
                if last < first or last - first > 100_000:
                    raise ValueError(part)
                ids.extend(range(first, last + 1))
            else:
                ids.append(int(part))
    except ValueError:
        raise UserError(SelectionMessage.BAD_IDS, text=text) from None
    if not ids:
        raise UserError(SelectionMessage.NO_IDS)
    return SignerSelection(SelectionMode.IDS, tuple(dict.fromkeys(ids)))


def resolve_signers(paths: AppPaths, selection: SignerSelection, privacy: bool = False) -> list[LetterSigner]:
    """The selected signers as the letter sees them, in roster order (ids: in the order given).

    privacy: print every one of them with initials and town only (core/letter/signer.py printed_signer);
    signers who asked for it themselves are printed so anyway.
    """
    if selection.mode is SelectionMode.BLANK:
        return blank_signers(selection.blank)
    from ua_desktop.core.roster.records import get_signers
    from ua_desktop.core.roster.search import Query, list_signers
    from ua_desktop.core.roster.store import RosterStore

    if not paths.roster_db.exists():
        raise UserError(SelectionMessage.EMPTY_ROSTER)
    store = RosterStore.open(paths, read_only=True)
    try:
        if selection.mode is SelectionMode.IDS:
            found = get_signers(store.conn, list(selection.ids))
            missing = [str(i) for i in selection.ids if i not in found]
            if missing:
                raise UserError(SelectionMessage.NO_SUCH_IDS, ids=", ".join(missing))
            signers = [found[i] for i in selection.ids]
        else:
            signers = list_signers(store.conn, Query(tag=selection.tag))
    finally:
        store.close()
    if not signers:
        if selection.mode is SelectionMode.TAG:
            raise UserError(SelectionMessage.NONE_WITH_TAG, tag=selection.tag)
        raise UserError(SelectionMessage.NONE_IN_ROSTER)
    return [printed_signer(signer.to_letter_signer(), privacy) for signer in signers]
