"""Alignment of two reports' figures (assistant.compare) and the Comparison built from it
(assistant.comparison), on the sample reports held in memory."""
from __future__ import annotations

import pytest

from assistant import Comparison, ReportNotFound
from assistant import compare as cmp
from index.figure_table import extract_figures

H1, YEAR = "bao-cao-6-thang-dau-nam-2021", "bao-cao-nam-2021"


def test_alignment_pairs_the_same_indicator_and_never_different_units(fake_store, fake_assistant):
    ra, rb = fake_store.report(H1), fake_store.report(YEAR)
    fa, fb = extract_figures(ra), extract_figures(rb)
    pairs, only_a, only_b = fake_assistant.comparer.align(ra, rb)
    got = {(p.a.value, p.b.value) for p in pairs}
    assert (106, 214) in got and (496, 1905) in got  # kỷ luật, kết nạp
    assert (27, 214) not in got  # the inspection committee's 27 is not the party committees' 214
    assert all(p.a.unit == p.b.unit for p in pairs)
    assert {id(f) for f in only_a}.isdisjoint({id(p.a) for p in pairs})
    assert len(pairs) + len(only_a) == len(fa) and len(pairs) + len(only_b) == len(fb)
    starts = [p.a.start for p in pairs]
    assert starts == sorted(starts)


def test_alignment_keeps_one_partner_per_figure(fake_store):
    ra = fake_store.report(H1)
    fa = extract_figures(ra)
    pairs, only_a, only_b = cmp.align(ra, fa, ra, fa)
    assert len({id(p.a) for p in pairs}) == len(pairs) == len({id(p.b) for p in pairs})


def test_change_and_its_format():
    ra_fig = type("F", (), {"value": 106.0})()
    rb_fig = type("F", (), {"value": 214.0})()
    diff, pct = cmp.change(ra_fig, rb_fig)
    assert diff == 108 and pct == pytest.approx(108 / 106 * 100)
    assert cmp.format_value(1905, "đảng viên") == "1.905 đảng viên"


def test_comparison_is_typed_and_its_text_holds_every_row(fake_assistant):
    c = fake_assistant.compare(H1, YEAR, "kỷ luật đảng viên")
    assert isinstance(c, Comparison) and c.found and (c.a, c.b) == (H1, YEAR)
    assert (106, 214) in {(r.a.value, r.b.value) for r in c.rows}
    assert c.lead == [c.intro] + c.lead[1:len(c.rows) + 1] + c.notes and c.answer == "\n".join(c.lead)
    for r in c.rows:
        for f in (r.a, r.b):
            cite = c.citations[f.n - 1]
            assert cite.quote == f.quote and (cite.start, cite.end) == (f.start, f.end)
    table = c.table()
    assert set(table) == {"a", "b", "a_label", "b_label", "topic", "rows", "only_a", "only_b", "sections_only_a",
                          "sections_only_b"}
    assert "n" in table["rows"][0]["a"] and "n" not in table["only_a"][0]


def test_a_missing_report_is_a_typed_error_not_a_key_error(fake_assistant):
    with pytest.raises(ReportNotFound) as exc:
        fake_assistant.compare(H1, "khong-co")
    assert exc.value.report_id == "khong-co" and not isinstance(exc.value, KeyError)
