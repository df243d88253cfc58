"""One rule for e-mail addresses: the roster, the case importer and the e-mail drafts read them alike."""

from __future__ import annotations

import pytest

from ua_desktop.core.cases.ua_parser import parse_ua_text
from ua_desktop.core.email_address import find_email, is_email, normalise_email
from ua_desktop.core.export.emails import mail_address
from ua_desktop.core.roster.cleaning import clean_value

WRITTEN = [
    ("mailto:Anna@Example.ORG", "Anna@example.org"),
    ("Anna Muster <anna@Example.org>", "anna@example.org"),
    ("<press@judiciary.example.ir>", "press@judiciary.example.ir"),
    (" info@x.org ", "info@x.org"),
]


@pytest.mark.parametrize(("written", "address"), WRITTEN)
def test_every_part_tidies_a_written_address_alike(written: str, address: str) -> None:
    assert normalise_email(written) == address and is_email(address)
    assert clean_value("email", written) == address  # the roster's cleaning table
    assert mail_address("", written).addr_spec == address  # the e-mail drafts
    assert find_email(f"Write to {written}.") == address  # a selection in the assisted import


def test_an_email_line_of_an_urgent_action_is_read_by_the_same_rule() -> None:
    text = (
        "URGENT ACTION\nUA 112/26\nTitle of the case\n\nDear Minister,\nPlease act.\nYours sincerely,\n\n"
        "Minister of Justice\nJohn Example\nMinistry of Justice\n1 Main Street\nTehran\nIran\n"
        "Email: Minister <Office@Justice.Example.IR>\n"
    )
    emails = [r.email for r in parse_ua_text(text).recipients]
    assert "Office@justice.example.ir" in emails, emails


@pytest.mark.parametrize(
    ("text", "found"), [("a@b", None), ("no address", None), ("@x.org", None), ("a b@c.org d", "b@c.org")]
)
def test_what_is_no_address(text: str, found: str | None) -> None:
    assert not is_email(text)
    assert find_email(text) == found
