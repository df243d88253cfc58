"""make_job() hands back one typed ExportResult for every kind, read from the files it really wrote."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.export.envelopes import EnvelopeOptions, parse_envelope
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.export.request import ExportRequest, Kind, make_job
from ua_desktop.core.export.result import ExportResult
from ua_desktop.core.labels.catalogue import LabelCatalogue
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import Settings

SETTINGS = Settings(group_name="Amnesty-Gruppe Zürich", group_country="CH")


def request(kind: Kind, output: Path, **options: object) -> ExportRequest:
    paths = resolve_paths().ensure()
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    return dataclasses.replace(ExportRequest(kind, paths, SETTINGS, case, None, output), **options)


def run(export: ExportRequest) -> ExportResult:
    return make_job(export)(JobControl())


def test_envelopes_result(tmp_path: Path) -> None:
    out = tmp_path / "envelopes.pdf"
    result = run(request(Kind.ENVELOPES, out, envelope=EnvelopeOptions(parse_envelope("DL"))))
    assert result.files == (out,) and result.used_after is None
    assert result.pages == result.envelopes == len(PdfReader(out).pages) >= 1
    assert result.letters == result.labels == 0


def test_labels_result(tmp_path: Path) -> None:
    paths = resolve_paths().ensure()
    sheet = LabelCatalogue.load(paths.data_dir).sheets[0]
    out = tmp_path / "labels.pdf"
    result = run(request(Kind.LABELS, out, sheet=sheet))
    assert result.files == (out,) and result.pages == len(PdfReader(out).pages) == 1
    assert result.labels >= 1 and result.used_after is not None and len(result.used_after) == result.labels
