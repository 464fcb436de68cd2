"""A topic across the reports (assistant.trends): series chained from report to report."""
from __future__ import annotations

from assistant import Trend

H1, YEAR, H2 = "bao-cao-6-thang-dau-nam-2021", "bao-cao-nam-2021", "bao-cao-6-thang-dau-nam-2022"


def test_a_series_follows_one_indicator_oldest_report_first(fake_assistant, fake_store):
    t = fake_assistant.trend("kỷ luật đảng viên")
    assert isinstance(t, Trend) and t.found and t.topic == "kỷ luật đảng viên"
    discipline = next(s for s in t.series if [p.figure.value for p in s.points][:2] == [106, 214])
    assert [p.report for p in discipline.points] == [H1, YEAR, H2][:len(discipline.points)]
    for s in t.series:
        assert len(s.points) >= 2 and len({p.report for p in s.points}) == len(s.points)
        assert all(p.figure.unit == s.unit for p in s.points)
        for p in s.points:
            c = t.citations[p.figure.n - 1]
            assert fake_store.report(p.report).text[c.start:c.end] == c.quote == p.figure.quote


def test_one_report_is_not_a_trend(fake_assistant):
    t = fake_assistant.trend("kỷ luật", [H1])
    assert not t.found and not t.series and "1" in t.answer


def test_an_unknown_report_is_an_error_not_left_out(fake_assistant):
    import pytest

    from assistant import ReportNotFound

    with pytest.raises(ReportNotFound):
        fake_assistant.trend("kỷ luật", [H1, "khong-co"])


def test_trend_json_shape_and_period_order(fake_assistant):
    t = fake_assistant.trend("kỷ luật đảng viên").table()
    assert t["topic"] == "kỷ luật đảng viên" and t["series"]
    labels = [s["label"] for s in t["series"]]
    assert len(labels) == len(set(labels))
    order = {H1: 0, YEAR: 1, H2: 2}  # by the end of the period: 6/2021 < 12/2021 < 6/2022
    for s in t["series"]:
        assert [order[p["report"]] for p in s["points"]] == sorted(order[p["report"]] for p in s["points"])
        for p in s["points"]:
            assert set(p) >= {"report", "period", "value", "quote", "section", "start", "end"}
    ubkt = next(s for s in t["series"] if s["label"].startswith("UBKT"))
    # the year report gives no committee figure: the series goes on from the report after it
    assert [p["value"] for p in ubkt["points"]] == [27, 31]


def test_a_trend_question_in_chat(fake_assistant):
    ans = fake_assistant.ask("Số đảng viên bị kỷ luật qua các kỳ báo cáo?")
    assert isinstance(ans, Trend) and ans.found
    first = ans.series[0]
    assert [p.figure.value for p in first.points] == [106, 214, 89]
