"""Label geometry, position planning, text fitting and used positions: pure functions, no ReportLab."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.labels.catalogue import load_bundled_sheets
from ua_desktop.core.labels.fitting import ELLIPSIS, LEADING, fit_text, shorten_line, wrap_line
from ua_desktop.core.labels.geometry import Rect, label_rects, plan_positions, positions_used_after
from ua_desktop.core.labels.used_positions import UsedPositionsStore

SHEETS = {sheet.id: sheet for sheet in load_bundled_sheets()}


def fake_measure(text: str, size: float) -> float:
    return len(text) * size * 0.5


@pytest.mark.parametrize("sheet_id", sorted(SHEETS))
def test_labels_stay_on_the_page_and_never_overlap(sheet_id: str) -> None:
    sheet = SHEETS[sheet_id]
    rects = label_rects(sheet)
    page = Rect(0, 0, sheet.page_width, sheet.page_height)
    assert len(rects) == sheet.labels_per_sheet
    assert all(page.contains(rect, tolerance=0.06) for rect in rects)
    for index, rect in enumerate(rects):
        inner = rect.inset(0.001)  # neighbours may touch (zero gap) but never overlap
        assert not any(inner.overlaps(other) for other in rects[index + 1 :])


def test_l7160_positions_run_along_the_rows() -> None:
    rects = label_rects(SHEETS["L7160"])
    assert rects[0] == Rect(7.21, 15.15, 63.5, 38.1)
    assert rects[1].x == pytest.approx(7.21 + 66.04) and rects[1].y == pytest.approx(15.15)
    assert rects[3].x == pytest.approx(7.21) and rects[3].y == pytest.approx(15.15 + 38.1)
    assert rects[-1].bottom == pytest.approx(15.15 + 7 * 38.1)


def test_start_at_label_n_and_skip_used_positions() -> None:
    sheet = SHEETS["L7160"]
    placements = plan_positions(sheet, 5, start=4, used={5, 7})
    assert [p.position for p in placements] == [4, 6, 8, 9, 10]
    assert {p.page for p in placements} == {0}


def test_later_sheets_are_fresh() -> None:
    sheet = SHEETS["L7160"]
    placements = plan_positions(sheet, 25, start=19, used={1, 2})
    assert [(p.page, p.position) for p in placements[:4]] == [(0, 19), (0, 20), (0, 21), (1, 1)]
    assert (placements[-1].page, placements[-1].position) == (2, 1)
    assert positions_used_after(placements, {1, 2}, 21) == {1}
    assert positions_used_after(placements[:5], {1, 2}, 21) == {1, 2}


def test_a_completely_used_sheet_is_skipped_without_an_empty_page() -> None:
    sheet = SHEETS["L7163"]
    placements = plan_positions(sheet, 2, start=1, used=set(range(1, 15)))
    assert [(p.page, p.position) for p in placements] == [(0, 1), (0, 2)]


@pytest.mark.parametrize("start", [0, 22, 100])
def test_start_beyond_the_sheet_is_refused(start: int) -> None:
    with pytest.raises(UserError, match="21 labels"):
        plan_positions(SHEETS["L7160"], 3, start=start)


def test_a_full_last_sheet_leaves_a_fresh_one() -> None:
    sheet = SHEETS["L7163"]
    placements = plan_positions(sheet, 14)
    assert positions_used_after(placements, set(), sheet.labels_per_sheet) == set()


def test_fitting_keeps_the_largest_size_that_fits() -> None:
    fitted = fit_text(["short", "lines"], width=100, height=100, measure=fake_measure, max_size=11)
    assert fitted.fits and fitted.size == 11


def test_fitting_wraps_then_shrinks() -> None:
    line = "2707 Martin Luther King Jr. Avenue, SE"
    fitted = fit_text([line, "WASHINGTON DC 20528"], width=120, height=60, measure=fake_measure)
    assert fitted.fits
    assert len(fitted.lines) > 2  # wrapped
    assert fitted.height <= 60
    assert all(fake_measure(piece, fitted.size) <= 120 for piece in fitted.lines)


def test_fitting_reports_text_that_cannot_fit() -> None:
    fitted = fit_text(["x" * 10] * 12, width=40, height=30, measure=fake_measure, min_size=6)
    assert not fitted.fits
    assert fitted.size == 6
    assert fitted.height > 30 or any(fake_measure(p, 6) > 40 for p in fitted.lines)
    assert LEADING > 1


def test_fitting_shrinks_before_it_abbreviates() -> None:
    fitted = fit_text(["x" * 20], width=60, height=100, measure=fake_measure, max_size=11, min_size=6)
    assert fitted.fits and fitted.size == 6 and fitted.lines == ("x" * 20,) and fitted.shortened == ()


def test_a_word_too_long_at_the_smallest_size_is_cut_with_an_ellipsis() -> None:
    town = "LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLLANTYSILIOGOGOGOCH"
    fitted = fit_text(
        ["Gwen Jones", town, "LL61 5UJ"], width=100, height=100, measure=fake_measure, min_size=6
    )
    assert fitted.fits and fitted.size == 6
    assert fitted.lines[0] == "Gwen Jones" and fitted.lines[2] == "LL61 5UJ"
    cut = fitted.lines[1]
    assert cut.endswith(ELLIPSIS) and town.startswith(cut[:-1]) and fake_measure(cut, 6) <= 100
    assert len(cut) == 100 // 3  # as much of the name as fits
    assert fitted.shortened == (cut,)


def test_a_cut_town_keeps_its_postcode_on_its_line() -> None:
    town = "TAUMATAWHAKATANGIHANGAKOAUAUOTAMATEATURIPUKAKAPIKIMAUNGAHORONUKUPOKAIWHENUAKITANATAHU"
    fitted = fit_text(
        [f"{town} 4273", "NEW ZEALAND"], width=120, height=100, measure=fake_measure, min_size=6
    )
    assert fitted.fits and fitted.lines[1] == "NEW ZEALAND"
    assert fitted.lines[0].endswith(f"{ELLIPSIS} 4273") and fake_measure(fitted.lines[0], 6) <= 120
    assert fitted.shortened == (fitted.lines[0],)


def test_too_many_wrapped_lines_put_the_longest_back_on_one_line_abbreviated() -> None:
    line_height = 6 * LEADING
    lines = ["aaaaaa bbbbbbb", "cccccc dddddd", "ee"]  # 10 characters fit a line at 6 pt
    fitted = fit_text(lines, width=30, height=4 * line_height, measure=fake_measure, min_size=6)
    assert fitted.fits
    assert fitted.lines == ("aaaaaa bb" + ELLIPSIS, "cccccc", "  dddddd", "ee")
    assert fitted.shortened == ("aaaaaa bb" + ELLIPSIS,)


def test_shorten_line_gives_up_below_a_recognisable_part() -> None:
    assert shorten_line("short", width=100, size=6, measure=fake_measure) == "short"
    assert shorten_line("Zürichberg", width=12, size=6, measure=fake_measure) is None  # 3 characters + …
    assert shorten_line("Zürichberg", width=15, size=6, measure=fake_measure) == "Züri" + ELLIPSIS


def test_wrapped_continuation_lines_are_indented() -> None:
    assert wrap_line("aaa bbb ccc", width=20, size=4, measure=fake_measure) == ["aaa bbb", "  ccc"]


def test_used_positions_are_remembered_per_sheet(tmp_path: Path) -> None:
    store = UsedPositionsStore(tmp_path / "positions.json")
    assert store.used("L7160") == frozenset()
    store.set_used("L7160", {1, 2, 3})
    assert store.first_free("l7160", 21) == 4
    assert store.used("5160") == frozenset()
    store.clear("L7160")
    assert store.used("L7160") == frozenset()


def test_a_damaged_positions_file_means_fresh_sheets(tmp_path: Path) -> None:
    path = tmp_path / "positions.json"
    path.write_text("{not json", encoding="utf-8")
    assert UsedPositionsStore(path).used("L7160") == frozenset()
