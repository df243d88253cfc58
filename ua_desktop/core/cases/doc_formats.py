"""The text of an Urgent Action saved as a Word file, a web page or an e-mail, laid out for the parser.

Each reader gives plain text with one line per paragraph (or per line of an address), a blank line where the
document has a visible break (between paragraphs of a web page, between table cells of a Word file), and
list items marked "- " so that action steps stay steps. Nothing here reaches the network: a web page's
scripts, styles, navigation and footer are dropped, images and links are never fetched.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

_DROPPED = frozenset(
    {
        "head",
        "script",
        "style",
        "nav",
        "noscript",
        "template",
        "svg",
        "footer",
        "aside",
        "form",
        "button",
        "iframe",
    }
)
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source"})
_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "blockquote", "pre", "table", "ul", "ol", "dl", "hr"}
)
_LINES = frozenset(
    {"div", "section", "article", "main", "header", "li", "tr", "td", "th", "dd", "dt", "caption", "figure"}
)


class _TextOfPage(HTMLParser):
    """Collects the visible text of a page with its block structure as line breaks and blank lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0  # depth inside <script>, <nav>, ...
        self.preformatted = 0

    def _break(self, blank: bool) -> None:
        self.parts.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            if tag not in _VOID:
                self.dropping += 1
            return
        if self.dropping:
            return
        if tag == "br":
            self._break(False)
        elif tag in _PARAGRAPHS:
            self._break(True)
            self.preformatted += tag == "pre"
        elif tag in _LINES:
            self._break(False)
            if tag == "li":
                self.parts.append("- ")
            elif tag in ("td", "th"):
                self._break(True)  # table cells of a laid-out page are separate blocks

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping:
            return
        if tag in _PARAGRAPHS:
            self._break(True)
            if tag == "pre":
                self.preformatted = max(0, self.preformatted - 1)
        elif tag in _LINES:
            self._break(False)

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        self.parts.append(data if self.preformatted else re.sub(r"[ \t\r\n\f]+", " ", data))

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [line.strip(" \t") for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def html_text(markup: str) -> str:
    """The visible text of an HTML page or fragment, paragraphs separated by blank lines."""
    parser = _TextOfPage()
    parser.feed(markup)
    parser.close()
    return parser.text()


def decode_html(data: bytes) -> str:
    """HTML bytes as text, in the charset the page declares (UTF-8 when it declares none)."""
    declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.IGNORECASE)
    for encoding in (declared.group(1).decode("ascii") if declared else "utf-8", "utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<!-- saved from")) or b"<html" in head


def docx_text(data: bytes) -> str:
    """The text of a Word (.docx) file: paragraphs and table cells in the order of the document."""
    import docx  # imported here: only a Word import needs it

    document = docx.Document(io.BytesIO(data))
    return "\n".join(_docx_lines(document)) + "\n"


def _docx_lines(document: DocxDocument) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []

    def paragraph(item: Paragraph) -> None:
        text = item.text
        properties = item._p.pPr
        listed = properties is not None and properties.numPr is not None
        style = item.style.name if item.style is not None and item.style.name else ""
        if text.strip() and (listed or style.startswith("List")):
            text = "- " + text
        lines.extend(text.split("\n"))

    def table(item: Table) -> None:
        seen: set[int] = set()
        for row in item.rows:
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell is listed once per column it spans
                    continue
                seen.add(id(cell._tc))
                lines.append("")
                for child in cell.iter_inner_content():
                    if isinstance(child, Paragraph):
                        paragraph(child)
                    else:
                        table(child)
        lines.append("")

    for child in document.iter_inner_content():
        if isinstance(child, Paragraph):
            paragraph(child)
        else:
            table(child)
    return lines


def eml_text(data: bytes) -> str:
    """The body of a saved e-mail (.eml): its plain-text part, or its HTML part as text."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None or not isinstance(body, email.message.EmailMessage):
        return ""
    content = body.get_content()
    text = content if isinstance(content, str) else bytes(content).decode("utf-8", errors="replace")
    return html_text(text) if body.get_content_type() == "text/html" else text
