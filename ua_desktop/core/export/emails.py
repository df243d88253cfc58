"""When the post is too late: the letters as e-mail drafts (.eml) and as a mailto: link, never sent from here.

One RFC 5322 draft per signer and primary recipient with an e-mail address, written into a folder the user
chooses; the user's mail program opens each one (X-Unsent: 1 marks it as a draft for Outlook and others)
and sends it. ua-desktop makes no network connection. The letter text comes from the one letter rendering
path (core/letter/plan.py and the isolated renderer the letters export uses), so the salutation and the
personal sentence are those of the printed letter.

The decisions made once, here:

* Subject: the case's title (the UA number means nothing to the official who reads it), else the UA
  number, else the case id (email_subject).
* To: the recipient's name and address(es); Cc: every "copy to" recipient with an address, as the letter's
  "Copy to:" lines promise.
* From: the signer's name and e-mail when the roster has a usable address and the signer did not ask for
  privacy; otherwise no From, and the mail program fills in the account that sends it (sender_address).
* No Date: the mail program sets it when the draft is sent.
* Body: salutation, letter, closing, then the signer's name and postal address as the letter prints them,
  and the "Copy to:" lines (email_body).
"""

from __future__ import annotations

import email.errors
import email.policy
import glob
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ua_desktop.core.cases.model import Case, Recipient
from ua_desktop.core.email_address import is_email, normalise_email, written_addresses
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.letters_job import stopped_part_way
from ua_desktop.core.export.messages import EmailMessage as Kind
from ua_desktop.core.export.ordering import safe_file_stem, unique_stems
from ua_desktop.core.export.progress import ExportCancelledError, JobControl
from ua_desktop.core.fileio import (
    describe_os_error,
    ensure_output_dir,
    remove_stale_temporaries,
    write_bytes_atomic,
)
from ua_desktop.core.letter.rendered import RenderedLetter
from ua_desktop.core.letter.signer import LetterSigner, printed_signer
from ua_desktop.core.messages import Message
from ua_desktop.core.messages import message as notice

if TYPE_CHECKING:
    from ua_desktop.core.letter.plan import LetterPlan
    from ua_desktop.core.paths import AppPaths

SUFFIX = ".eml"


# -- the rules ------------------------------------------------------------------------------------------
def email_subject(case: Case) -> str:
    """The subject of every e-mail about case: its title, else its UA number, else its id."""
    return case.title or case.ua_number or case.id


def mail_address(display_name: str, text: str) -> Address:
    """text ("name@example.org", "<name@example.org>", "mailto:…") as an address; ValueError if unusable.

    A domain in another script is written in its ASCII form (IDNA), which every mail program reads. A
    local part in another script (RFC 6532) is refused: few mail servers take it, and a draft holding one
    could not be written in the 7-bit form every mail program opens.
    """
    text = normalise_email(text)  # core/email_address.py: "mailto:", "<…>" and "Name <…>" as everywhere
    if not is_email(text):
        raise ValueError(text)
    local, _at, domain = text.rpartition("@")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
        return Address(display_name=display_name, addr_spec=f"{local}@{ascii_domain}")
    except (UnicodeError, IndexError, email.errors.HeaderParseError) as error:
        raise ValueError(text) from error


def recipient_addresses(recipient: Recipient) -> list[Address]:
    """The recipient's e-mail addresses (the field may hold several, separated by commas or spaces).

    Raises UserError BAD_ADDRESS naming the recipient when one of them cannot be used.
    """
    addresses = []
    for part in written_addresses(recipient.email):
        try:
            addresses.append(mail_address(recipient.display_name, part))
        except ValueError:
            raise UserError(Kind.BAD_ADDRESS, address=part, recipient=recipient.display_name) from None
    return addresses


def sender_address(signer: LetterSigner, roster_email: str) -> Address | None:
    """The From of a signer's drafts: their name and e-mail, or None (no address, privacy, unusable)."""
    if not roster_email or signer.privacy or signer.is_blank:
        return None
    try:
        return mail_address(signer.full_name, roster_email)
    except ValueError:
        return None


def email_body(letter: RenderedLetter) -> str:
    """The letter as the text of an e-mail: no address block or date line, the sender's address at the end."""
    blocks = [letter.salutation, *letter.body_paragraphs]
    signature = list(letter.sender_lines)
    if letter.signer_name and (not signature or signature[0] != letter.signer_name):
        signature.insert(0, letter.signer_name)
    blocks.append("\n".join([letter.closing, "", *signature]) if signature else letter.closing)
    if letter.copy_to_lines:
        blocks.append("\n".join([letter.copy_to_heading, *letter.copy_to_lines]))
    return "\n\n".join(block for block in blocks if block) + "\n"


def copy_addresses(case: Case) -> list[Address]:
    """Every "copy to" recipient's addresses, for Cc."""
    return [address for r in case.copy_recipients for address in recipient_addresses(r)]


def draft_message(
    case: Case,
    to: Sequence[Address],
    letter: RenderedLetter,
    sender: Address | None = None,
    cc: Sequence[Address] = (),
) -> EmailMessage:
    """One unsent e-mail: the letter to the addresses in `to`."""
    message = EmailMessage(policy=email.policy.default)
    if sender is not None:
        message["From"] = sender
    message["To"] = list(to)
    if cc:
        message["Cc"] = list(cc)
    message["Subject"] = email_subject(case)
    message["X-Unsent"] = "1"
    message.set_content(email_body(letter), cte="quoted-printable")  # 7-bit clean, long lines wrapped
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as 7-bit text with CRLF line ends (RFC 5322): names as RFC 2047 words, body QP."""
    return message.as_bytes(policy=email.policy.SMTP)


def mailto_url(to: Sequence[Address], subject: str, body: str, cc: Sequence[Address] = ()) -> str:
    """A mailto: URL (RFC 6068): addresses, subject and body percent-encoded as UTF-8, lines ending CRLF."""

    def encoded(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    url = "mailto:" + ",".join(quote(a.addr_spec, safe="@") for a in to)
    fields = []
    if cc:
        fields.append("cc=" + ",".join(quote(a.addr_spec, safe="@") for a in cc))
    fields.append("subject=" + encoded(subject))
    if body:
        fields.append("body=" + encoded(body))
    return url + "?" + "&".join(fields)


#: The longest URL Windows hands whole to a mail program (INTERNET_MAX_URL_LENGTH: 2,083; Outlook cuts there).
WINDOWS_MAILTO_LIMIT = 2000


def letter_mailto(
    case: Case, recipient: Recipient, letter: RenderedLetter, limit: int | None = None
) -> tuple[str, bool]:
    """The mailto: URL that opens letter (as rendered for recipient) in the user's mail program, and whether
    the letter is in it: where the desktop cuts URLs at limit characters (WINDOWS_MAILTO_LIMIT), a longer
    letter would arrive cut off, so the URL then opens the addressed message without it (the caller hands
    the letter over another way)."""
    to = recipient_addresses(recipient)
    if not to:
        raise UserError(Kind.LETTER_RECIPIENT_NO_EMAIL, recipient=recipient.display_name, case_id=case.id)
    subject, cc = email_subject(case), copy_addresses(case)
    url = mailto_url(to, subject, email_body(letter), cc)
    if limit is None or len(url) <= limit:
        return url, True
    return mailto_url(to, subject, "", cc), False


def email_recipients(case: Case) -> list[tuple[Recipient, list[Address]]]:
    """The primary recipients with an e-mail address and their addresses.

    Raises UserError when there is none (NO_EMAIL_BUT_FAX pointing to the fax sheet when recipients have
    fax numbers) or when an address cannot be used.
    """
    found = [(r, addresses) for r in case.primary_recipients if (addresses := recipient_addresses(r))]
    if not found:
        with_fax = sum(1 for r in case.recipients if r.fax)
        if with_fax:
            raise UserError(Kind.NO_EMAIL_BUT_FAX, with_fax, case_id=case.id)
        raise UserError(Kind.NO_RECIPIENT_EMAIL, case_id=case.id)
    return found


# -- the export -----------------------------------------------------------------------------------------
def roster_emails(paths: AppPaths, signers: Sequence[LetterSigner]) -> dict[int, str]:
    """The roster's e-mail address of each signer that has one (roster id -> address), read-only."""
    ids = [s.signer_id for s in signers if s.signer_id is not None]
    if not ids or not paths.roster_db.exists():
        return {}
    from ua_desktop.core.roster.records import get_signers
    from ua_desktop.core.roster.store import RosterStore

    store = RosterStore.open(paths, read_only=True)
    try:
        found = get_signers(store.conn, ids)
    finally:
        store.close()
    return {signer_id: signer.email for signer_id, signer in found.items() if signer.email}


@dataclass(frozen=True)
class EmailJob:
    """Drafts of plan's letter for signers; sender_emails maps roster ids to the addresses for From."""

    plan: LetterPlan
    signers: Sequence[LetterSigner]
    sender_emails: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EmailResult:
    drafts: int
    files: tuple[Path, ...]
    folder: Path
    notices: tuple[Message, ...] = ()  # drafts of an earlier run left beside these, that would be sent twice


def draft_file_stems(case: Case, pairs: Sequence[tuple[LetterSigner, Recipient]]) -> list[str]:
    """File names of the drafts: case id, running number, signer, recipient; unique, safe everywhere."""
    width = len(str(len(pairs)))
    stems = [
        safe_file_stem(f"{case.id} {n:0{width}d} {s.full_name} - {r.name}", fallback=case.id)
        for n, (s, r) in enumerate(pairs, start=1)
    ]
    return unique_stems(stems)


def export_emails(folder: Path, job: EmailJob, control: JobControl | None = None) -> EmailResult:
    """Write one .eml draft per signer and primary recipient with an e-mail into folder (atomic, 0600).

    Nothing is written when the case has no usable address or no signer is selected. A run that stops
    part-way (a cancel, a full disk) keeps the drafts already complete and says how many they are.
    """
    control = control or JobControl()
    case = job.plan.case
    recipients = email_recipients(case)
    cc = copy_addresses(case)
    signers = [printed_signer(s) for s in job.signers if not s.is_blank]  # privacy: as on the letter
    if not signers:
        raise UserError(Kind.NO_SIGNERS)
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UserError(Kind.FOLDER_IS_FILE, folder=folder)
    try:
        ensure_output_dir(folder)
    except OSError as error:
        raise UserError(describe_os_error(error, folder)) from error
    prefix = safe_file_stem(case.id, fallback=case.id)
    remove_stale_temporaries(folder, lambda name: name.startswith(prefix) and name.endswith(SUFFIX))
    pairs = [(signer, recipient) for signer in signers for recipient, _to in recipients]
    addresses = [to for _signer in signers for _recipient, to in recipients]  # the To of each pair
    control.start(len(pairs))

    from ua_desktop.core.letter.isolation import BATCH, IsolatedRenderer, RenderCancelledError

    plan = job.plan
    files: list[Path] = []
    stems = draft_file_stems(case, pairs)
    try:
        renderer = IsolatedRenderer(case, plan.template_text, plan.language, cancelled=control.cancel.is_set)
    except RenderCancelledError:
        raise ExportCancelledError() from None
    try:
        for start in range(0, len(pairs), BATCH):
            batch = pairs[start : start + BATCH]
            try:
                letters = renderer.render_many(batch, plan.today, plan.place, plan.style)
            except RenderCancelledError:
                raise ExportCancelledError() from None
            for offset, ((signer, _recipient), letter) in enumerate(zip(batch, letters, strict=True)):
                number = start + offset
                sender = sender_address(signer, job.sender_emails.get(signer.signer_id or -1, ""))
                draft = draft_message(case, addresses[number], letter, sender, cc)
                target = folder / f"{stems[number]}{SUFFIX}"
                try:
                    if number:
                        control.step(number)  # a cancel stops before the next draft
                    write_bytes_atomic(target, message_bytes(draft))  # a disk fault: UserError (fileio)
                except UserError as error:  # ExportCancelledError too
                    if not files:
                        raise
                    raise stopped_part_way(error, target, folder, len(files), len(pairs)) from error
                files.append(target)
        control.step(len(pairs))
    finally:
        renderer.close()
    earlier = [
        path
        for path in folder.glob(f"{glob.escape(prefix)} *{SUFFIX}")
        if path not in files and path.is_file()
    ]
    notices = (notice(Kind.EARLIER_DRAFTS, len(earlier), folder=folder),) if earlier else ()
    return EmailResult(len(files), tuple(files), folder, notices)
