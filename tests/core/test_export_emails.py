"""E-mail drafts, the mailto: link and the fax sheet: read back with Python's email package and pypdf.

Every draft is parsed again with email.policy.default: the headers (To, Cc, From, Subject, X-Unsent), the
body (the personalised salutation and letter of the printed letter, the signer's name and address) and
non-ASCII names in headers and body must come back exactly.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from pypdf import PdfReader

from ua_desktop.core.cases.draft import CaseDraft, write_pack
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.model import Case, Recipient, RecipientRole
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.emails import (
    EmailJob,
    email_body,
    email_subject,
    export_emails,
    letter_mailto,
    mail_address,
    mailto_url,
    recipient_addresses,
    roster_emails,
)
from ua_desktop.core.export.fax_sheet import export_fax_sheet
from ua_desktop.core.export.messages import EmailMessage as Kind
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.fileio import describe_os_error
from ua_desktop.core.letter.plan import LetterChoices, LetterPlan, plan_letters
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.resources import bundled_cases_dir
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.core.settings import Settings

CASE_ID = "ua-045-15"
LETTER = "I, {{ signer.first_name }}, write to you about {{ case.title }}.\n\nPlease release them now."
COPY = Recipient(
    name="Embajador Ejemplo",
    role=RecipientRole.COPY,
    organisation="Embajada de México",
    city="Bern",
    country="CH",
    email="embamex@example.ch",
)


def contact_case(paths: AppPaths, **changes: object) -> Case:
    """The bundled case as a follow-up with e-mail and fax, the prosecutor addressed with a template."""
    draft = CaseDraft.from_case(load_case(bundled_cases_dir() / "ua-034-25", bundled=True))
    draft.id = CASE_ID
    draft.title = "Free Zoë and Đorđe"
    draft.letters = {"en": LETTER}
    draft.recipients = [
        dataclasses.replace(
            draft.recipients[0],
            name="Álvaro Pérez",
            honorific="",
            salutation="Dear Prosecutor {{ recipient.name }},",
            salutation_alternative="Señor Fiscal",
            email="fiscal@fgr.example.mx",
            fax="+52 55 5346 0908",
        ),
        COPY,
    ]
    for key, value in changes.items():
        setattr(draft, key, value)
    write_pack(draft, paths.cases_dir)
    return CaseLibrary(paths.cases_dir).get(CASE_ID)


def roster(paths: AppPaths) -> list[LetterSigner]:
    people = [
        Signer("Đorđe", "Petrović", street=("Knez Mihailova 5",), postal_code="11000", city="Beograd",
               country="RS", email="djordje@example.rs"),
        Signer("Zoë", "Ångström", street=("Seestrasse 1a",), postal_code="6004", city="Luzern", country="CH",
               email="zoe@bücher.example"),
        Signer("Дмитрий", "Иванов", street=("ул. Ленина 1",), postal_code="101000", city="Москва",
               country="RU"),
        Signer("Priv", "Ate", city="Bern", country="CH", email="private@example.ch", privacy=True),
    ]  # fmt: skip
    with RosterStore.open(paths) as store:
        return [add_signer(store, person).to_letter_signer() for person in people]


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir).ensure()


def plan_for(paths: AppPaths, case: Case) -> LetterPlan:
    return plan_letters(paths, Settings(), case, LetterChoices(), locale_name="en_GB.UTF-8")


def read(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    return message


def test_one_draft_per_signer_and_primary_recipient(paths: AppPaths, tmp_path: Path) -> None:
    case = contact_case(paths)
    signers = roster(paths)
    plan = plan_for(paths, case)
    progress: list[tuple[int, int]] = []
    job = EmailJob(plan, signers, roster_emails(paths, signers))
    out = tmp_path / "drafts"
    result = export_emails(out, job, JobControl(progress=lambda d, t: progress.append((d, t))))
    assert result.drafts == 4 and len(result.files) == 4  # 4 signers x 1 primary recipient with e-mail
    assert progress[0] == (0, 4) and progress[-1] == (4, 4)
    assert [p.name for p in result.files] == [
        "ua-045-15 1 Đorđe Petrović - Álvaro Pérez.eml",
        "ua-045-15 2 Zoë Ångström - Álvaro Pérez.eml",
        "ua-045-15 3 Дмитрий Иванов - Álvaro Pérez.eml",
        "ua-045-15 4 P. A. - Álvaro Pérez.eml",  # privacy: initials, as on the letter
    ]
    assert all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in result.files)

    first, zoe, dmitry, private = (read(p) for p in result.files)
    for draft in (first, zoe, dmitry, private):
        assert draft["X-Unsent"] == "1"
        assert draft["Subject"] == "Free Zoë and Đorđe" == email_subject(case)
        assert draft["Date"] is None
        (to,) = draft["To"].addresses
        assert (to.display_name, to.addr_spec) == ("Álvaro Pérez", "fiscal@fgr.example.mx")
        (cc,) = draft["Cc"].addresses
        assert cc.addr_spec == "embamex@example.ch"
        body = draft.get_content()
        assert body.startswith("Dear Prosecutor Álvaro Pérez,\n\n")  # the salutation template, rendered
        assert "write to you about Free Zoë and Đorđe." in body
        assert "Copy to:\nEmbajador Ejemplo, Embajada de México" in body
    assert first["From"].addresses[0].display_name == "Đorđe Petrović"
    assert first["From"].addresses[0].addr_spec == "djordje@example.rs"
    assert "I, Đorđe, write" in first.get_content()
    assert "Yours sincerely,\n\nĐorđe Petrović\nKnez Mihailova 5\n11000 BEOGRAD" in first.get_content()
    assert zoe["From"].addresses[0].addr_spec == "zoe@xn--bcher-kva.example"  # IDNA
    assert "I, Zoë, write" in zoe.get_content() and "Zoë Ångström\nSeestrasse 1a" in zoe.get_content()
    assert dmitry["From"] is None  # no e-mail in the roster: the mail program fills in the account
    assert "I, Дмитрий, write" in dmitry.get_content() and "Дмитрий Иванов" in dmitry.get_content()
    assert private["From"] is None  # privacy: no name, no address
    assert "I, P., write" in private.get_content() and "Ate" not in private.get_content()


def test_the_body_is_the_printed_letter(paths: AppPaths, tmp_path: Path) -> None:
    case = contact_case(paths)
    signer = roster(paths)[0]
    plan = plan_for(paths, case)
    (path,) = export_emails(tmp_path / "out", EmailJob(plan, [signer])).files
    printed = plan.render(signer, case.primary_recipients[0])  # what the PDF export lays out
    assert read(path).get_content() == email_body(printed)
    assert printed.salutation in email_body(printed)
    assert all(paragraph in email_body(printed) for paragraph in printed.body_paragraphs)


def test_headers_are_encoded_for_transport(paths: AppPaths, tmp_path: Path) -> None:
    case = contact_case(paths)
    signers = roster(paths)
    job = EmailJob(plan_for(paths, case), signers[:2], roster_emails(paths, signers))
    path, _zoe = export_emails(tmp_path / "out", job).files
    raw = path.read_bytes()
    assert all(
        p.read_bytes().isascii() for p in (path, _zoe)
    )  # RFC 2047 words and quoted-printable: any mail program reads it
    assert b"\r\n" in raw and b"\nX-Unsent: 1\r\n" in raw
    assert "Petrović".encode() not in raw


def test_no_email_address_points_to_the_fax_sheet(paths: AppPaths, tmp_path: Path) -> None:
    case = contact_case(paths)
    without = dataclasses.replace(
        case, recipients=tuple(dataclasses.replace(r, email="") for r in case.recipients)
    )
    plan = dataclasses.replace(plan_for(paths, case), case=without)
    with pytest.raises(UserError) as caught:
        export_emails(tmp_path / "out", EmailJob(plan, roster(paths)))
    assert caught.value.message is not None and caught.value.message.kind is Kind.NO_EMAIL_BUT_FAX
    assert "1 recipient(s) have a fax number: print the fax sheet" in str(caught.value)
    no_fax = dataclasses.replace(
        without, recipients=tuple(dataclasses.replace(r, fax="") for r in without.recipients)
    )
    with pytest.raises(UserError, match="has no recipient with an e-mail address; add one"):
        export_emails(tmp_path / "out", EmailJob(dataclasses.replace(plan, case=no_fax), roster(paths)))
    assert not (tmp_path / "out").exists()


def test_blank_signers_and_bad_folder_are_refused(paths: AppPaths, tmp_path: Path) -> None:
    plan = plan_for(paths, contact_case(paths))
    with pytest.raises(UserError, match="blank letters to sign by hand are for paper only"):
        export_emails(tmp_path / "out", EmailJob(plan, [LetterSigner(), LetterSigner()]))
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(UserError, match="is a file; choose a folder"):
        export_emails(a_file, EmailJob(plan, roster(paths)[:1]))


def test_unwritable_folder_is_a_clear_error(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_for(paths, contact_case(paths))
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        if len(written) == limit:  # as the real write_bytes_atomic reports a fault: a worded UserError
            error = PermissionError(errno.EACCES, "Permission denied", str(path))
            raise UserError(describe_os_error(error, path)) from error
        written.append(path)

    monkeypatch.setattr("ua_desktop.core.export.emails.write_bytes_atomic", write)
    limit = 0
    with pytest.raises(UserError, match="permission denied or read-only medium"):
        export_emails(tmp_path / "out", EmailJob(plan, roster(paths)))
    limit = 1  # the second draft fails: the first is kept, and the error says so
    with pytest.raises(UserError, match="1 of 4 file"):
        export_emails(tmp_path / "out2", EmailJob(plan, roster(paths)))


def test_unusable_recipient_address_is_named(paths: AppPaths, tmp_path: Path) -> None:
    case = contact_case(paths)
    broken = dataclasses.replace(
        case, recipients=(dataclasses.replace(case.recipients[0], email="fiscal@@fgr"), *case.recipients[1:])
    )
    plan = dataclasses.replace(plan_for(paths, case), case=broken)
    with pytest.raises(UserError, match="'fiscal@@fgr' of Álvaro Pérez cannot be used"):
        export_emails(tmp_path / "out", EmailJob(plan, roster(paths)))


def test_several_addresses_in_one_field() -> None:
    recipient = Recipient("Oficina", email="a@example.org; <b@example.org>, mailto:c@example.org")
    case = load_case(bundled_cases_dir() / "ua-034-25", bundled=True)
    case = dataclasses.replace(case, recipients=(recipient,))
    url, whole = letter_mailto(case, recipient, _letter())  # type: ignore[arg-type]
    assert whole and url.startswith("mailto:a@example.org,b@example.org,c@example.org?")
    assert "&body=Dear%20Zo%C3%AB" in url


def test_a_letter_too_long_for_a_mail_link_is_left_out_of_it_not_cut_off() -> None:
    from ua_desktop.core.export.emails import WINDOWS_MAILTO_LIMIT
    from ua_desktop.core.letter.rendered import RenderedLetter

    recipient = Recipient("Oficina", email="a@example.org")
    case = dataclasses.replace(
        load_case(bundled_cases_dir() / "ua-034-25", bundled=True), recipients=(recipient,)
    )
    long_letter = RenderedLetter([], "", [], "Dear Sir,", ["I urge you to act. " * 150], "Yours,", "Đorđe")
    assert letter_mailto(case, recipient, long_letter)[1]  # no limit (Linux, macOS): the whole letter
    url, whole = letter_mailto(case, recipient, long_letter, WINDOWS_MAILTO_LIMIT)
    assert not whole and "body=" not in url and len(url) <= WINDOWS_MAILTO_LIMIT
    assert url.startswith("mailto:a@example.org?") and "subject=" in url


def _letter() -> object:
    from ua_desktop.core.letter.rendered import RenderedLetter

    return RenderedLetter(
        [], "", [], "Dear Zoë,", ["Ünïcode & more?", "Line one\nline two"], "Yours,", "Đorđe"
    )


def test_mailto_is_percent_encoded_utf8() -> None:
    to = [mail_address("Álvaro", "fiscal@fgr.example.mx")]
    url = mailto_url(
        to, "Free Zoë & Đorđe?", "Dear Zoë,\n\n100% sure & more = yes", [mail_address("", "c@x.ch")]
    )
    assert url == (
        "mailto:fiscal@fgr.example.mx?cc=c@x.ch"
        "&subject=Free%20Zo%C3%AB%20%26%20%C4%90or%C4%91e%3F"
        "&body=Dear%20Zo%C3%AB%2C%0D%0A%0D%0A100%25%20sure%20%26%20more%20%3D%20yes"
    )
    body = url.split("&body=")[1]
    assert unquote(body) == "Dear Zoë,\r\n\r\n100% sure & more = yes"


def test_mailto_of_a_recipient_without_address(paths: AppPaths) -> None:
    case = contact_case(paths)
    recipient = dataclasses.replace(case.primary_recipients[0], email="")
    with pytest.raises(UserError, match="Álvaro Pérez has no e-mail address in case ua-045-15"):
        letter_mailto(case, recipient, _letter())  # type: ignore[arg-type]


def test_idn_domain_is_written_in_ascii() -> None:
    assert mail_address("", "info@bücher.example").addr_spec == "info@xn--bcher-kva.example"
    for bad in ("noat", "a@", "@b", "a@b@c", "a b@c", "zoë@example.org"):
        with pytest.raises(ValueError):
            mail_address("", bad)


def test_fax_sheet_lists_numbers_and_the_letter(paths: AppPaths, tmp_path: Path) -> None:
    case = contact_case(paths)
    out = tmp_path / "fax.pdf"
    result = export_fax_sheet(out, plan_for(paths, case))
    assert result.recipients == 1
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages == 2
    listing, letter = (page.extract_text() for page in reader.pages)
    assert "Álvaro Pérez" in listing and "+52 55 5346 0908" in listing and "UA 034/25" in listing
    assert "Fax +52 55 5346 0908" in letter
    assert "Dear Prosecutor Álvaro Pérez," in letter and "Please release them now." in letter
    assert "I, , write" in letter  # a blank signer: the name is signed by hand
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)  # the letters' A4


def test_fax_sheet_without_fax_numbers(paths: AppPaths, tmp_path: Path) -> None:
    case = contact_case(paths)
    no_fax = dataclasses.replace(
        case, recipients=tuple(dataclasses.replace(r, fax="") for r in case.recipients)
    )
    plan = dataclasses.replace(plan_for(paths, case), case=no_fax)
    with pytest.raises(UserError, match="has no recipient with a fax number"):
        export_fax_sheet(tmp_path / "fax.pdf", plan)
    assert not (tmp_path / "fax.pdf").exists()


def test_a_recipients_field_with_names_and_several_addresses() -> None:
    recipient = Recipient(
        name="Minister", email="Office <office@Justice.example>; press@justice.example b@x.org"
    )
    assert [a.addr_spec for a in recipient_addresses(recipient)] == [
        "office@justice.example",
        "press@justice.example",
        "b@x.org",
    ]
    with pytest.raises(UserError, match="a@b"):  # the one address rule: a domain needs a dot
        recipient_addresses(Recipient(name="Minister", email="a@b"))


def test_drafts_of_an_earlier_run_left_in_the_folder_are_named(paths: AppPaths, tmp_path: Path) -> None:
    plan = plan_for(paths, contact_case(paths))
    everyone = roster(paths)
    first = export_emails(tmp_path / "out", EmailJob(plan, everyone))
    assert first.drafts == 4 and first.notices == ()
    again = export_emails(tmp_path / "out", EmailJob(plan, everyone))  # the same drafts, written over
    assert again.notices == ()
    fewer = export_emails(tmp_path / "out", EmailJob(plan, everyone[:1]))  # one draft written over, 3 left
    assert fewer.drafts == 1 and len(list((tmp_path / "out").glob("*.eml"))) == 4
    (notice,) = fewer.notices
    assert notice.kind is Kind.EARLIER_DRAFTS and notice.count == 3
