"""A case field's name in the window ("Deadline", "Recipient 2: e-mail") from its key ("deadline",
"recipients.2.email", the keys of [[needs_review]] and [origins]): the one list of names the assisted import,
the import summary, the case editor's banner and the case library's review column all use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _case_field(key: str) -> str | None:
    names = {
        "ua_number": QCoreApplication.translate("CaseFieldNames", "UA number"),
        "follow_up": QCoreApplication.translate("CaseFieldNames", "Follow-up"),
        "follow_up_number": QCoreApplication.translate("CaseFieldNames", "Follow-up number"),
        "document_index": QCoreApplication.translate("CaseFieldNames", "Document index"),
        "issue_date": QCoreApplication.translate("CaseFieldNames", "Issue date"),
        "title": QCoreApplication.translate("CaseFieldNames", "Title"),
        "country": QCoreApplication.translate("CaseFieldNames", "Country"),
        "briefing": QCoreApplication.translate("CaseFieldNames", "Briefing"),
        "take_action": QCoreApplication.translate("CaseFieldNames", "Action steps"),
        "deadline": QCoreApplication.translate("CaseFieldNames", "Deadline"),
        "preferred_language": QCoreApplication.translate("CaseFieldNames", "Preferred language"),
        "accepted_languages": QCoreApplication.translate("CaseFieldNames", "Preferred language"),
        "postage_notes": QCoreApplication.translate("CaseFieldNames", "Postage notes"),
        "copies_instruction": QCoreApplication.translate("CaseFieldNames", "Copies instruction"),
        "letter": QCoreApplication.translate("CaseFieldNames", "Model letter"),
        "closing": QCoreApplication.translate("CaseFieldNames", "Closing"),
        "follows": QCoreApplication.translate("CaseFieldNames", "Follows case"),
        "recipients": QCoreApplication.translate("CaseFieldNames", "Recipients"),
    }
    return names.get(key)


def _recipient_part(part: str) -> str:
    names = {
        "salutation": QCoreApplication.translate("CaseFieldNames", "salutation"),
        "email": QCoreApplication.translate("CaseFieldNames", "e-mail"),
        "fax": QCoreApplication.translate("CaseFieldNames", "fax"),
        "social": QCoreApplication.translate("CaseFieldNames", "social media"),
        "name": QCoreApplication.translate("CaseFieldNames", "name"),
        "honorific": QCoreApplication.translate("CaseFieldNames", "honorific"),
        "title": QCoreApplication.translate("CaseFieldNames", "title"),
        "organisation": QCoreApplication.translate("CaseFieldNames", "organisation"),
        "street": QCoreApplication.translate("CaseFieldNames", "street"),
        "city": QCoreApplication.translate("CaseFieldNames", "town"),
        "region": QCoreApplication.translate("CaseFieldNames", "region"),
        "postal_code": QCoreApplication.translate("CaseFieldNames", "postcode"),
        "country": QCoreApplication.translate("CaseFieldNames", "country"),
        "role": QCoreApplication.translate("CaseFieldNames", "role"),
    }
    return names.get(part, part)


def field_name(key: str, recipients: int | None = None) -> str:
    """key's name in the interface language; recipients: how many the case has (a higher number is the next
    new one), None when that does not matter."""
    named = _case_field(key)
    if named is not None:
        return named
    parts = key.split(".")
    if parts[0] == "recipients" and len(parts) >= 2 and parts[1].isdigit():
        number = int(parts[1])
        if recipients is not None and number > recipients:
            return QCoreApplication.translate("CaseFieldNames", "New recipient: address")
        if len(parts) == 2:
            return QCoreApplication.translate("CaseFieldNames", "Recipient {number}: address").format(
                number=number
            )
        return QCoreApplication.translate("CaseFieldNames", "Recipient {number}: {part}").format(
            number=number, part=_recipient_part(parts[2])
        )
    return key
