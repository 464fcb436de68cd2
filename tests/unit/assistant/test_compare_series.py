"""Comparisons and trends over a series of reports of one body (tests/data/series_tune: a district
party committee's quarter, half-year and nine-month reports, and the district government's own
half-year report), written with wording varied on purpose."""
from __future__ import annotations

import pytest

from assistant import Comparison, Trend
from tests.conftest import ROOT
from tests.fakes import FakeStore

SERIES = ROOT / "tests" / "data" / "series_tune"
Q1, H1, M9, GOV = ("huyen-uy-dong-lam-quy-1-2025", "huyen-uy-dong-lam-6-thang-2025", "huyen-uy-dong-lam-9-thang-2025",
                   "ubnd-huyen-dong-lam-6-thang-2025")


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([SERIES / f"{rid}.md" for rid in (Q1, H1, M9, GOV)])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def values(c: Comparison) -> set[tuple[float, float]]:
    return {(r.a.value, r.b.value) for r in c.rows}


def test_two_bodies_of_one_period_disagree_and_both_are_cited(series):
    c = series.compare(H1, GOV)
    assert c.a_label != c.b_label
    flagged = [r for r in c.rows if r.disagree]
    assert flagged and all(r.a.value != r.b.value for r in flagged)
    assert not any(r.disagree for r in c.rows if r.a.value == r.b.value)
    # 'Giải quyết việc làm' is 1.420 for one body and 1.452 for the other: shown as such, both cited
    jobs = next(r for r in flagged if {r.a.value, r.b.value} == {1420, 1452})
    assert jobs.a.n and jobs.b.n and jobs.a.n != jobs.b.n
    assert "nêu số liệu khác nhau" in c.answer
    # same value in other words ('1,5 tỷ đồng' / '1.500 triệu đồng') is no disagreement
    assert (1.5e9, 1.5e9) in values(c)


def test_consecutive_periods_never_pair_two_bodies(series):
    c = series.compare(Q1, H1)
    labels = [r.indicator for r in c.rows]
    assert len(labels) == len(set(labels))
    # the party committees' and the inspection committee's discipline are two rows, never crossed
    cap = next(r for r in c.rows if r.indicator.startswith("Cấp ủy các cấp thi hành kỷ luật đảng viên"))
    ubkt = next(r for r in c.rows if r.indicator.startswith("UBKT Huyện ủy thi hành kỷ luật đảng viên"))
    assert cap.a.quote != ubkt.a.quote or cap.a.value != ubkt.a.value
    assert "Ủy ban Kiểm tra" not in cap.a.quote[:cap.a.quote.find(str(int(cap.a.value)))][-40:]


def test_a_trend_over_three_periods_in_order(series):
    t = series.trend("kết nạp đảng viên", [M9, Q1, H1])  # asked in any order
    assert isinstance(t, Trend) and t.found and t.reports == [Q1, H1, M9]
    s = t.series[0]
    assert [p.report for p in s.points] == [Q1, H1, M9]
    assert all(p.figure.unit == "đảng viên" for p in s.points)


def test_a_topic_that_names_a_body_keeps_that_body(series):
    t = series.trend("Ủy ban kiểm tra kỷ luật đảng viên", [Q1, H1, M9])
    assert t.found and all(s.indicator.startswith("UBKT") for s in t.series)


def test_one_season_is_never_paired_with_another(series):
    # quarter I reports the winter-spring crop; the nine-month report both crops: Đông Xuân to Đông Xuân
    c = series.compare(Q1, M9)
    for r in c.rows:
        qa, qb = r.a.quote, r.b.quote
        for season, other in (("Đông Xuân", "Hè Thu"), ("Hè Thu", "Đông Xuân")):
            if season in qa and other in qb and season not in qb:
                raise AssertionError(f"{r.indicator}: {r.a.raw} ↔ {r.b.raw}")


def test_a_report_against_itself_and_a_rate_only_topic(series):
    same = series.compare(H1, H1)
    assert not same.found and not same.rows and "khác nhau" in same.answer
    rates = series.compare(Q1, H1, "tỷ lệ")
    assert rates.rows and all(r.a.unit == "%" for r in rates.rows)


def test_trend_export_keeps_the_period_order_and_the_disagreements(series, tmp_path):
    from openpyxl import load_workbook

    from assistant import export_result

    t = series.trend("giải quyết việc làm", [M9, GOV, Q1, H1])
    path = export_result(t, tmp_path / "t.xlsx")
    sheet = load_workbook(path)["Diễn biến"]
    header = [c.value for c in sheet[1]]
    assert [h.split(" (")[-1].rstrip(")") for h in header[2:-1]] == [rid for rid in t.reports
                                                                    if any(p.report == rid for s in t.series for p in s.points)]
    assert header[-1] == "Ghi chú"
    notes = [row[-1].value for row in sheet.iter_rows(min_row=2)]
    assert any(n and "khác nhau" in n for n in notes)  # 1.420 (Huyện ủy) and 1.452 (UBND) for one half-year
