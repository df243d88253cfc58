"""A case as plain text, for the CLI and for "copy as text"."""

from __future__ import annotations

import datetime as dt
import re
import textwrap

from ua_desktop.core.address import PostalAddress, format_postal_address
from ua_desktop.core.cases.model import Case, Recipient
from ua_desktop.core.deadline import deadline_status, describe_deadline_en, format_date_en


def markdown_paragraphs(markdown: str) -> list[str]:
    """Split simple Markdown into plain paragraphs (emphasis markers and headings removed)."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        text = " ".join(line.strip() for line in block.splitlines())
        text = re.sub(r"^#+\s*", "", text)
        text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
        if text:
            paragraphs.append(text)
    return paragraphs


def recipient_address(recipient: Recipient) -> PostalAddress:
    """The recipient as a postal address for the shared formatter."""
    name_lines = tuple(line for line in (recipient.display_name, recipient.title) if line)
    return PostalAddress(
        name_lines=name_lines,
        organisation=recipient.organisation,
        street=recipient.street,
        postal_code=recipient.postal_code,
        city=recipient.city,
        region=recipient.region,
        country=recipient.country,
    )


def case_as_text(case: Case, today: dt.date | None = None, width: int = 78) -> str:
    """The briefing of case as plain text, deadline status included."""
    status = deadline_status(case.deadline, today)
    out = [f"{case.ua_number} — {case.title}"]
    facts = [
        ("Case id", case.id),
        ("Index", case.document_index),
        ("Country", case.country),
        ("Issued", format_date_en(case.issue_date) if case.issue_date else ""),
        ("Deadline", describe_deadline_en(status)),
        ("Preferred language", case.preferred_language),
    ]
    out += [f"{label}: {value}" for label, value in facts if value]
    out.append("")
    for paragraph in markdown_paragraphs(case.briefing_markdown):
        out += [*textwrap.wrap(paragraph, width), ""]
    if case.take_action:
        out.append("TAKE ACTION")
        for number, step in enumerate(case.take_action, start=1):
            out += textwrap.wrap(step, width, initial_indent=f"{number}. ", subsequent_indent="   ")
        out.append("")
    if case.postage_notes:
        out.append("POSTAGE")
        for line in case.postage_notes.splitlines():
            out += textwrap.wrap(line, width)
        out.append("")
    for recipient in case.recipients:
        out.append("WRITE TO" if recipient.role.value == "primary" else "COPY TO")
        out += format_postal_address(recipient_address(recipient))
        if recipient.salutation:
            out.append(f"Salutation: {recipient.salutation}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
