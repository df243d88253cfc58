"""Reading a CSV file as people really have it: from Excel, LibreOffice, Google Sheets or a phone.

Encoding: byte order marks first (Excel's "CSV UTF-8" and "Unicode text" = UTF-16), then UTF-8, which is
strict enough that a file that decodes is almost surely UTF-8, then Windows-1252, what Excel writes
elsewhere in Western Europe. A file that is neither as a whole (two people edited one list, one saving
UTF-8, the other Windows-1252) is decoded line by line, each line as UTF-8 where it is valid UTF-8 and as
Windows-1252 where not, and the lines that needed Windows-1252 are reported. A statistical detector is not
used: on the short files groups have it guesses wrong more often than this rule.

A file that is no text at all is named for what it is (a PDF, a workbook, a photo); a NUL byte in an
otherwise readable file makes its line a bad row, not the file a bad file, and other control characters
are removed with their lines reported.

Delimiter: Excel's "sep=;" first line when there is one, else the candidate that gives the most consistent
column count over the first lines (semicolons in European locales, tabs in "Unicode text"). The first record
is the header unless the person importing says the file has none (then the columns are "Column 1", …).
Parsing is strict: Python's csv silently merges malformed rows unless strict=True, and every bad record is
reported with its line number.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import dataclasses
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
from ua_desktop.core.roster.text import clean_document_checked, control_lines

DELIMITERS = (",", ";", "\t", "|")
MAX_FILE_BYTES = 200 * 1024 * 1024
_SNIFF_CHARS = 64 * 1024
_OTHER_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines() breaks there too
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what a text file does not hold, bar a few
_ZERO_BLOCK = re.compile(
    "\x00{8,}"
)  # a block of zero bytes: a damaged stretch of a text file, not binary data
# Excel's delimiter hint on the first line: sep=; (also quoted, as some programs write it back).
_SEP_LINE = re.compile(r'"?sep=([^"\r\n])"?[,;\t|]*\r?\n?', re.IGNORECASE)


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
    has_header: bool = True  # False: the first record is a person, and the columns are "Column 1", …
    first_row: list[str] = field(default_factory=list, repr=False)  # the first record as the file has it
    first_row_line: int = 0  # its line (after an Excel "sep=" line and blank lines)
    fallback_lines: list[int] = field(default_factory=list)  # lines of a UTF-8 file read as Windows-1252
    control_lines: list[int] = field(default_factory=list)  # lines whose control characters were removed
    damaged_lines: list[int] = field(default_factory=list)  # lines that held a NUL byte: bad rows
    suspects: frozenset[str] | None = None  # text.SUSPECT_* the file holds at all (None: not known)

    def with_header(self, has_header: bool) -> SourceTable:
        """This file read with its first record as the header (True), or as the first person (False)."""
        if self.vcard_records is not None or has_header == self.has_header:
            return self
        if has_header:
            headers, header_line = _header_names(self.first_row), self.first_row_line
        else:
            headers = [_column_name(i) for i in range(len(self.first_row))]
            header_line = self.first_row_line - 1  # records start at the first one
        return dataclasses.replace(self, headers=headers, header_line=header_line, has_header=has_header)

    def first_row_looks_like_data(self) -> bool:
        """Whether the header the file seems to have is rather a person: no column name is one the import
        knows, and a cell holds an e-mail address or a number (a postcode, a house number, a phone)."""
        from ua_desktop.core.roster.mapping import auto_mapping

        if self.vcard_records is not None or not self.has_header:
            return False
        if any(auto_mapping(self.first_row)):
            return False
        return any("@" in cell or any(c.isdigit() for c in cell) for cell in self.first_row)

    def records(self) -> Iterator[tuple[int, list[str]] | RowProblem]:
        """Every record after the header, or a RowProblem where a record cannot be parsed."""
        if self.vcard_records is not None:
            if not self.damaged_lines:
                yield from self.vcard_records
                return
            # a card runs to the line before the next card; the last one to the end of the file
            ends = [line - 1 for line, _row in self.vcard_records[1:]] + [max(self.damaged_lines)]
            for (line, row), end in zip(self.vcard_records, ends, strict=True):
                if _touches(self.damaged_lines, line, end):
                    yield RowProblem(line, (message(RowMessage.NUL_BYTE),))
                else:
                    yield line, row
            return
        yield from _parse(self.text, self.delimiter, skip_until=self.header_line, damaged=self.damaged_lines)

    def fast_rows(self) -> list[list[str]] | None:
        """All records after the header in one C-level pass, without line numbers; None if one is bad.

        The same records, in the same order, as records() yields when no record is bad; line numbers are
        only worked out (by records()) when a report needs them.
        """
        if self.damaged_lines:
            return None
        if self.vcard_records is not None:
            return [row for _line, row in self.vcard_records]
        reader = csv.reader(_physical_lines(self.text), delimiter=self.delimiter, strict=True)
        try:
            if self.header_line > 0:  # a header (or a "sep=" line) to pass over
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
        if self.vcard_records is not None or self.damaged_lines or '"' in text or width < 1:
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
    """The file's text and the encoding it was read with; UserError for binary or unknown encodings.

    A file in UTF-8 with some lines in Windows-1252 reads as "utf-8+cp1252"; decode_lines() says which.
    """
    text, encoding, _fallback = decode_lines(data, path)
    return text, encoding


def decode_lines(data: bytes, path: Path) -> tuple[str, str, list[int]]:
    """decode(), and the lines of a mixed file that were read as Windows-1252 (numbered as csv numbers
    lines: LF, CR LF and CR end one)."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as error:
                if encoding == "utf-8-sig":  # Excel's "CSV UTF-8", with lines added in Windows-1252
                    return _decode_mixed(data[len(bom) :], utf8=True)
                raise UserError(
                    ImportFileMessage.DAMAGED_TEXT, path=path, encoding=encoding.upper(), detail=str(error)
                ) from error
    not_a_table = binary_file_error(data, path)
    if not_a_table is not None:
        raise not_a_table
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
                    return data.decode(encoding), encoding, []
                except UnicodeDecodeError:
                    break
        if not data.replace(b"\x00", b"").strip():
            raise _not_text(path)  # nothing but zero bytes: a file lost before it was written
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    return _decode_mixed(data)


def _decode_mixed(data: bytes, utf8: bool = False) -> tuple[str, str, list[int]]:
    """Each line as UTF-8 where it is valid UTF-8, else as Windows-1252 (bytes it lacks become U+FFFD,
    which the import flags): the file's text, its encoding, and the lines read as Windows-1252 when the
    file also has UTF-8 lines or says it is UTF-8 (utf8: a byte order mark). A file in Windows-1252 alone
    is just that, with nothing to report."""
    parts: list[str] = []
    fallback: list[int] = []
    utf8_lines = 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        try:
            parts.append(line.decode("utf-8"))
            utf8_lines += 1
        except UnicodeDecodeError:
            parts.append(line.decode("cp1252", errors="replace"))
            fallback.append(number)
    if not (utf8_lines or utf8):
        return "".join(parts), "cp1252", []
    return "".join(parts), "utf-8+cp1252", fallback


# Files people pick by mistake, by their first bytes: (signature, offset, kind, format name).
_SIGNATURES: tuple[tuple[bytes, int, ImportFileMessage, str], ...] = (
    (b"%PDF-", 0, ImportFileMessage.PDF, ""),
    (b"\x89PNG\r\n\x1a\n", 0, ImportFileMessage.IMAGE, "PNG"),
    (b"\xff\xd8\xff", 0, ImportFileMessage.IMAGE, "JPEG"),
    (b"GIF87a", 0, ImportFileMessage.IMAGE, "GIF"),
    (b"GIF89a", 0, ImportFileMessage.IMAGE, "GIF"),
    (b"II*\x00", 0, ImportFileMessage.IMAGE, "TIFF"),
    (b"MM\x00*", 0, ImportFileMessage.IMAGE, "TIFF"),
    (b"ftypheic", 4, ImportFileMessage.IMAGE, "HEIC"),
    (b"ftypheix", 4, ImportFileMessage.IMAGE, "HEIC"),
    (b"ftypmif1", 4, ImportFileMessage.IMAGE, "HEIF"),
    (b"SQLite format 3\x00", 0, ImportFileMessage.DATABASE, "SQLite"),
    (b"\x1f\x8b", 0, ImportFileMessage.ARCHIVE, "gzip"),
    (b"7z\xbc\xaf\x27\x1c", 0, ImportFileMessage.ARCHIVE, "7-Zip"),
    (b"Rar!\x1a\x07", 0, ImportFileMessage.ARCHIVE, "RAR"),
    (b"{\\rtf", 0, ImportFileMessage.DOCUMENT, "RTF"),
)


def binary_file_error(data: bytes, path: Path) -> UserError | None:
    """The error that names what a file is when it is a known kind of file other than text (a PDF, a
    workbook, a photo renamed to .csv); None for anything else."""
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return UserError(ImportFileMessage.IMAGE, path=path, format="WebP")
    for signature, offset, kind, name in _SIGNATURES:
        if data.startswith(signature, offset):
            return UserError(kind, path=path, format=name) if name else UserError(kind, path=path)
    if data.startswith(b"PK\x03\x04"):  # a ZIP archive: Office and OpenDocument files are ZIP archives
        head = data[:4096]
        if b"word/" in head or b"opendocument.text" in head:
            return UserError(ImportFileMessage.DOCUMENT, path=path, format="Word / OpenDocument")
        if b"xl/" in head or b"opendocument.spreadsheet" in head or b"[Content_Types].xml" in head:
            return UserError(ImportFileMessage.WORKBOOK, path=path)
        names = re.findall(rb"PK\x03\x04.{26}([^\x00/]{1,100})", head, re.DOTALL)
        if any(name.lower().endswith((b".csv", b".vcf", b".txt")) for name in names):
            return UserError(ImportFileMessage.ARCHIVE, path=path, format="ZIP")
        return UserError(ImportFileMessage.WORKBOOK, path=path)  # most likely a workbook
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # the older Office format: .xls (or .doc)
        if b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t" in data[: 1 << 16]:
            return UserError(ImportFileMessage.DOCUMENT, path=path, format="Word")
        return UserError(ImportFileMessage.WORKBOOK, path=path)
    return None


def _not_text(path: Path) -> UserError:
    return UserError(ImportFileMessage.NOT_TEXT, path=path)


def _looks_binary(text: str) -> bool:
    """Control characters all over the start: binary data. A block of zero bytes (a stretch of a text
    file lost in a crash) does not count; its lines are reported as damaged."""
    sample = text[:_SNIFF_CHARS]
    if "\x00" in sample:
        sample = _ZERO_BLOCK.sub("", sample)
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


def _touches(lines: list[int], first: int, last: int) -> bool:
    """Whether a line of the sorted list lines lies between first and last."""
    index = bisect.bisect_left(lines, first)
    return index < len(lines) and lines[index] <= last


def _parse(
    text: str, delimiter: str, skip_until: int = 0, damaged: list[int] | None = None
) -> Iterator[tuple[int, list[str]] | RowProblem]:
    """Strict parsing that resumes after a bad record, so every bad record is reported, not just the first.

    damaged: the sorted lines that held a NUL byte; a record on one of them is a bad record.
    """
    stream = io.StringIO(text, newline="")
    consumed = 0  # physical lines read by earlier readers
    while True:
        reader = csv.reader(stream, delimiter=delimiter, strict=True)
        previous = 0
        try:
            for row in reader:
                first_line = consumed + previous + 1
                previous = reader.line_num
                if first_line <= skip_until:
                    continue  # the header
                if damaged and _touches(damaged, first_line, consumed + previous):
                    # even a line that is blank without its NUL bytes: a person may have been there
                    yield RowProblem(first_line, (message(RowMessage.NUL_BYTE),))
                    continue
                if not (row and (row[0].strip() or "".join(row).strip())):
                    continue  # a blank line
                yield first_line, row
        except csv.Error as error:
            yield RowProblem(consumed + previous + 1, (message(RowMessage.NOT_CSV, detail=error),))
            consumed += reader.line_num
            continue
        return


def _column_name(index: int) -> str:
    return f"Column {index + 1}"


def _header_names(cells: list[str]) -> list[str]:
    return [" ".join(h.split()) or _column_name(i) for i, h in enumerate(cells)]


def _sep_line(text: str) -> tuple[str, int] | None:
    """Excel's delimiter hint ("sep=;" as the first line): the delimiter and the length of that line."""
    match = _SEP_LINE.match(text)
    if match is None or not match.group(0).endswith("\n"):
        return None
    return match.group(1), match.end()


def read_source(path: Path, *, has_header: bool = True) -> SourceTable:
    """Open a CSV (or .vcf) file for import: decoded, delimiter found, header read. UserError if unusable.

    has_header=False: the file has no header row; its first record is a person (SourceTable.with_header).
    """
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
    if not data or data.isspace():  # strip() would copy the whole file to find out
        raise UserError(ImportFileMessage.EMPTY, path=path)
    text, encoding, fallback = decode_lines(data, path)
    del data
    if _looks_binary(text):
        raise _not_text(path)
    raw, (text, changed, suspects) = text, clean_document_checked(text)
    nul_lines, other_control_lines = control_lines(raw) if changed else ([], [])
    del raw
    if path.suffix.lower() in (".vcf", ".vcard") or text[:200].lstrip()[:11].upper() == "BEGIN:VCARD":
        from ua_desktop.core.roster.vcard import read_vcards

        headers, records = read_vcards(path, text)
        return SourceTable(
            path,
            encoding,
            "",
            headers,
            0,
            "",
            kind="vcard",
            vcard_records=records,
            fallback_lines=fallback,
            control_lines=other_control_lines,
            damaged_lines=nul_lines,
            suspects=suspects,
        )
    sep = _sep_line(text)
    delimiter = sep[0] if sep else sniff_delimiter(text)
    preamble = 1 if sep else 0
    head = text[: _SNIFF_CHARS * 4]  # the header is near the top; parsing a slice spares copying 10 MB
    first_lines = head if len(text) > len(head) and "\n" in head[:_SNIFF_CHARS] else text
    for item in _parse(first_lines, delimiter, preamble):
        if isinstance(item, RowProblem):
            raise UserError(ImportFileMessage.BAD_HEADER, path=path, problem=item.message())
        line, first_row = item
        source = SourceTable(
            path,
            encoding,
            delimiter,
            _header_names(first_row),
            line,
            text,
            first_row=first_row,
            first_row_line=line,
            fallback_lines=fallback,
            control_lines=other_control_lines,
            damaged_lines=nul_lines,  # a NUL in the header line is only cleaned: no person is lost
            suspects=suspects,
        )
        return source if has_header else source.with_header(False)
    raise UserError(ImportFileMessage.EMPTY, path=path)
