"""Reading a CSV file as people really have it: from Excel, LibreOffice, Google Sheets or a phone.

Encoding: byte order marks first (Excel's "CSV UTF-8" and "Unicode text" = UTF-16), then UTF-8, which is
strict enough that a file that decodes is almost surely UTF-8, then Windows-1252, what Excel writes
elsewhere in Western Europe. A statistical detector is not used: on the short files groups have it guesses
wrong more often than this rule. Delimiter: the candidate that gives the most consistent column count over
the first lines (semicolons in European locales, tabs in "Unicode text"). Parsing is strict: Python's csv
silently merges malformed rows unless strict=True, and every bad record is reported with its line number.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import Message, message
from ua_desktop.core.roster.messages import ImportFileMessage, RowMessage
from ua_desktop.core.roster.text import clean_document

DELIMITERS = (",", ";", "\t", "|")
MAX_FILE_BYTES = 200 * 1024 * 1024
_SNIFF_CHARS = 64 * 1024
_OTHER_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines() breaks there too
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what a text file does not hold, bar a few


@dataclass(frozen=True)
class RowProblem:
    """A record that cannot be imported: its first line in the file and why."""

    line: int
    problems: tuple[Message, ...]

    def message(self) -> Message:
        return message(RowMessage.ROW, line=self.line, problems=self.problems)

    def __str__(self) -> str:
        return self.message().english()


@dataclass
class SourceTable:
    """A decoded file: its header and its records (line number, fields), read lazily."""

    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    header_line: int
    text: str = field(repr=False)
    kind: str = "csv"
    vcard_records: list[tuple[int, list[str]]] | None = field(default=None, repr=False)

    def records(self) -> Iterator[tuple[int, list[str]] | RowProblem]:
        """Every record after the header, or a RowProblem where a record cannot be parsed."""
        if self.vcard_records is not None:
            yield from self.vcard_records
            return
        yield from _parse(self.text, self.delimiter, skip_until=self.header_line)

    def fast_rows(self) -> list[list[str]] | None:
        """All records after the header in one C-level pass, without line numbers; None if one is bad.

        The same records, in the same order, as records() yields when no record is bad; line numbers are
        only worked out (by records()) when a report needs them.
        """
        if self.vcard_records is not None:
            return [row for _line, row in self.vcard_records]
        reader = csv.reader(_physical_lines(self.text), delimiter=self.delimiter, strict=True)
        try:
            for _row in reader:
                if reader.line_num >= self.header_line:
                    break
            rows = list(reader)
        except csv.Error:
            return None
        # Drop blank records (empty lines, or only separators) without a Python step for ordinary rows.
        rows = list(filter(None, rows))
        if all(map(str.strip, map(itemgetter(0), rows))):
            return rows  # every record starts with a value: none is blank
        maybe_blank = [i for i, first in enumerate(map(str.strip, map(itemgetter(0), rows))) if not first]
        if maybe_blank:
            blank = {i for i in maybe_blank if not "".join(rows[i]).strip()}
            rows = [row for i, row in enumerate(rows) if i not in blank]
        return rows

    def fast_columns(self, width: int) -> tuple[list[list[str]], int] | None:
        """The records after the header as width columns, for a plain file, and the length of its longest
        line (no field is longer); None when the file is not plain.

        Plain: no quote character, one record per line, no blank line, every line with width - 1
        delimiters and a first field that is not blank. For such a file csv.reader can only split each
        line at its delimiters, so splitting the whole body at once gives the same fields as records(),
        in the same order, and saves parsing row by row and turning rows into columns.
        """
        text = self.text
        if self.vcard_records is not None or '"' in text or width < 1:
            return None
        ending = "\r\n" if "\r" in text else "\n"  # Excel and Python's csv end lines with CR LF
        lines = text.split(ending)
        if ending == "\r\n" and not len(lines) - 1 == text.count("\r") == text.count("\n"):
            return None  # some line ends otherwise: every CR and LF must belong to a CR LF
        del lines[: self.header_line]
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or "" in lines or (longest := max(map(len, lines))) > csv.field_size_limit():
            return None
        if set(map(str.count, lines, itertools.repeat(self.delimiter))) != {width - 1}:
            return None
        cells = self.delimiter.join(lines).split(self.delimiter)
        del lines
        columns = [cells[index::width] for index in range(width)]
        if not all(map(str.strip, columns[0])):  # maybe a blank record (only separators): the csv path
            return None
        return columns, longest

    def preview(self, limit: int = 20) -> list[list[str]]:
        rows: list[list[str]] = []
        for item in self.records():
            if isinstance(item, RowProblem):
                continue
            rows.append(item[1])
            if len(rows) >= limit:
                break
        return rows

    def estimated_lines(self) -> int:
        if self.vcard_records is not None:
            return len(self.vcard_records)
        return self.text.count("\n") + 1


def _physical_lines(text: str) -> Iterable[str]:
    """The lines of text with their endings (LF, CR LF or CR), as a text stream reads them for csv.

    str.splitlines() makes them without the four-byte-per-character copy a StringIO makes, but it also
    breaks at characters no CSV line ends with (clean_document removes most of them anyway).
    """
    if any(mark in text for mark in _OTHER_LINE_BREAKS):
        return io.StringIO(text, newline="")
    return text.splitlines(keepends=True)


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read with; UserError for binary or unknown encodings."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise UserError(
                    ImportFileMessage.DAMAGED_TEXT, path=path, encoding=encoding.upper(), detail=str(error)
                ) from error
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(ImportFileMessage.WORKBOOK, path=path)
    sample = data[:4096]
    if b"\x00" in sample:
        odd_zeros, even_zeros = sample[1::2].count(0), sample[0::2].count(0)
        half = len(sample) // 2
        for zeros, other, encoding in (
            (odd_zeros, even_zeros, "utf-16-le"),
            (even_zeros, odd_zeros, "utf-16-be"),
        ):
            if zeros > half * 0.3 and other == 0:
                try:
                    return data.decode(encoding), encoding
                except UnicodeDecodeError:
                    break
        raise _not_text(path)
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding
    raise _not_text(path)


def _not_text(path: Path) -> UserError:
    return UserError(ImportFileMessage.NOT_TEXT, path=path)


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_CHARS]
    controls = len(_CONTROLS.findall(sample))
    return controls > max(8, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent, widest columns."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS:  # do not judge a cut-off last line
        sample = sample[: sample.rfind("\n") + 1] or sample
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            rows = list(itertools.islice(filter(any, reader), 50))  # only as far as the 50 lines judged
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistency = sum(1 for r in rows if len(r) == width) / len(rows)
        score = (consistency, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _parse(text: str, delimiter: str, skip_until: int = 0) -> Iterator[tuple[int, list[str]] | RowProblem]:
    """Strict parsing that resumes after a bad record, so every bad record is reported, not just the first."""
    stream = io.StringIO(text, newline="")
    consumed = 0  # physical lines read by earlier readers
    while True:
        reader = csv.reader(stream, delimiter=delimiter, strict=True)
        previous = 0
        try:
            for row in reader:
                first_line = consumed + previous + 1
                previous = reader.line_num
                if first_line <= skip_until or not (row and (row[0].strip() or "".join(row).strip())):
                    continue  # the header, or a blank line
                yield first_line, row
        except csv.Error as error:
            yield RowProblem(consumed + previous + 1, (message(RowMessage.NOT_CSV, detail=error),))
            consumed += reader.line_num
            continue
        return


def read_source(path: Path) -> SourceTable:
    """Open a CSV (or .vcf) file for import: decoded, delimiter found, header read. UserError if unusable."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(ImportFileMessage.TOO_LARGE, path=path)
        data = path.read_bytes()
    except IsADirectoryError as error:
        raise UserError(ImportFileMessage.FOLDER, path=path) from error
    except FileNotFoundError as error:
        raise UserError(ImportFileMessage.NO_FILE, path=path) from error
    except OSError as error:
        raise UserError(
            ImportFileMessage.CANNOT_READ, path=path, reason=error.strerror or str(error)
        ) from error
    if not data.strip():
        raise UserError(ImportFileMessage.EMPTY, path=path)
    text, encoding = decode(data, path)
    del data
    if _looks_binary(text):
        raise _not_text(path)
    text = clean_document(text)
    if path.suffix.lower() in (".vcf", ".vcard") or text[:200].lstrip()[:11].upper() == "BEGIN:VCARD":
        from ua_desktop.core.roster.vcard import read_vcards

        headers, records = read_vcards(path, text)
        return SourceTable(path, encoding, "", headers, 0, "", kind="vcard", vcard_records=records)
    delimiter = sniff_delimiter(text)
    head = text[: _SNIFF_CHARS * 4]  # the header is near the top; parsing a slice spares copying 10 MB
    for item in _parse(head if len(text) > len(head) and "\n" in head[:_SNIFF_CHARS] else text, delimiter):
        if isinstance(item, RowProblem):
            raise UserError(ImportFileMessage.BAD_HEADER, path=path, problem=item.message())
        line, headers = item
        headers = [" ".join(h.split()) or f"Column {i + 1}" for i, h in enumerate(headers)]
        return SourceTable(path, encoding, delimiter, headers, line, text)
    raise UserError(ImportFileMessage.EMPTY, path=path)
