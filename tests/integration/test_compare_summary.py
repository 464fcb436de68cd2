"""Summaries of whole sections and comparisons of the two sample reports."""
import json
import subprocess
import sys

import pytest

from assistant import Comparison, ReportNotFound, SectionNotFound
from index.figures import find_quantities
from tests.conftest import ROOT

H1, YEAR = "bao-cao-6-thang-dau-nam-2021", "bao-cao-nam-2021"


@pytest.fixture(scope="module")
def comparison(assistant):
    return assistant.compare(H1, YEAR)


def pairs(result):
    return {(r.a.value, r.b.value): r for r in result.rows}


def test_key_figures_line_up(comparison):
    got = pairs(comparison)
    expected = {
        (106, 214): "kỷ luật", (496, 1905): "kết nạp", (265, 612): "kiểm tra", (292, 540): "kiểm tra",
        (296, 588): "đơn", (38.9e9, 38.9e9): "xuân ấm",
    }
    for (a, b), word in expected.items():
        row = got[(a, b)]
        assert word in (row.a.quote + row.b.quote).lower()
        assert row.change == pytest.approx(b - a)
    assert got[(106, 214)].change_pct == pytest.approx(108 / 106 * 100)
    # each value comes from its own report, at the offsets given
    for row in comparison.rows:
        for f in (row.a, row.b):
            assert f.raw in f.quote
    # figures are never paired with a number of another kind
    assert all(r.a.unit == r.b.unit for r in comparison.rows)
    wrong = {(27, 214), (1059, 1240), (94e9, 231e9)}
    assert not wrong & set(got)


def test_quotes_are_exact_source_text(assistant, comparison):
    ra, rb = assistant.report(H1), assistant.report(YEAR)
    for row in comparison.rows:
        assert ra.text[row.a.start:row.a.end] == row.a.quote
        assert rb.text[row.b.start:row.b.end] == row.b.quote


def test_no_year_date_or_term_is_a_figure(assistant):
    for rid in (H1, YEAR):
        for f in assistant.store.catalog.figures(rid):
            assert not (1900 <= f.value <= 2100 and f.unit in ("", "năm")), f
            assert "/" not in f.raw and not f.raw.startswith(("khóa", "XV"))


def test_only_in_one_and_section_differences(comparison):
    only_a = {(f.value, f.unit) for f in comparison.only_a}
    assert (27, "đảng viên") in only_a  # the inspection committee's 27 has no counterpart
    # sections are matched by topic: the tasks for the next period are one topic under two titles
    # ('NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2021' / 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022'), and the youth
    # union is II.7 in one report and II.6 in the other
    assert comparison.sections_only_a == ["II.1. Công tác tuyên truyền, định hướng tư tưởng cho đoàn viên, hội viên"]
    assert not comparison.sections_only_b


def test_compare_from_chat_with_a_topic(assistant):
    ans = assistant.ask("So sánh số đảng viên bị kỷ luật giữa báo cáo 6 tháng đầu năm 2021 và báo cáo năm 2021")
    assert ans.found and isinstance(ans, Comparison) and ans.rows
    values = {(r.a.value, r.b.value) for r in ans.rows}
    assert (106, 214) in values and (31 in {b for _, b in values})
    assert (265, 612) not in values  # the topic keeps inspection figures out
    assert "106 đảng viên" in ans.answer and "214 đảng viên" in ans.answer
    for c in ans.citations:
        assert assistant.report(c.report).text[c.start:c.end] == c.quote


def test_compare_cli_json(store_copy):
    out = subprocess.run([sys.executable, "-m", "assistant", "compare", H1, YEAR, "--topic", "kết nạp đảng viên",
                          "--json", "--store", str(store_copy)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    data = json.loads(out.stdout)
    assert {"a", "b", "rows", "only_a", "only_b"} <= set(data) and (data["a"], data["b"]) == (H1, YEAR)
    row = next(r for r in data["rows"] if r["a"]["value"] == 496)
    assert set(row) >= {"indicator", "a", "b", "change"} and row["b"]["value"] == 1905
    assert set(row["a"]) >= {"value", "unit", "quote", "section"}


@pytest.mark.parametrize("ask,section", [
    ("Tóm tắt mục 3 phần I báo cáo 6 tháng đầu năm 2021", "I.3"),
    ("Tóm tắt phần II mục 4 báo cáo 6 tháng đầu năm 2021", "II.4"),
    ("tom tat muc 3 phan I bao cao 6 thang dau nam 2021", "I.3"),
    ("Tóm tắt I.3 báo cáo năm 2021", "I.3"),
    ("Tóm tắt phần hạn chế báo cáo năm 2021", "III.2"),
    ("Tóm tắt hoạt động của Hội Cựu chiến binh báo cáo 6 tháng đầu năm 2021", "II.3"),
    ("Tóm tắt nhiệm vụ 6 tháng cuối năm", "IV"),
])
def test_summary_section_resolution(assistant, ask, section):
    ans = assistant.ask(ask)
    assert ans.found and ans.answer.startswith(f"Tóm tắt mục {section}."), ans.answer[:120]


def test_ambiguous_section_asks_back(assistant):
    ans = assistant.ask("Tóm tắt mục 3 báo cáo 6 tháng đầu năm 2021")
    assert not ans.found and "I.3." in ans.answer and "II.3." in ans.answer and "IV.3." in ans.answer


def test_summary_sentences_are_source_sentences_in_order(assistant):
    for rid, sec in ((H1, "I"), (H1, "II.2"), (YEAR, "III.2"), (H1, "I.3")):
        res = assistant.summarize(rid, sec)
        rep = assistant.report(rid)
        assert res.parts[0].section == sec and 3 <= len(res.citations) <= 8
        starts = [c.start for c in res.citations]
        assert starts == sorted(starts)
        s = rep.section(sec)
        for c in res.citations:
            assert rep.text[c.start:c.end] == c.quote and s.start <= c.start < s.end
            assert c.quote in res.answer
        # the items are the cited sentences, each under the section that holds it
        assert [i.n for i in res.items] == [c.n for c in res.citations]
        assert [i.section for i in res.items] == [c.section for c in res.citations]
    # a part is covered across its subsections, not only its first one
    part = assistant.summarize(H1, "I")
    assert {c.section for c in part.citations} >= {"I.1", "I.2", "I.3", "I.4", "I.5"}
    # the key figures of the section are kept
    assert "106 đảng viên" in assistant.summarize(H1, "I.3").answer


def test_missing_report_or_section_is_a_typed_error(assistant):
    with pytest.raises(ReportNotFound) as exc:
        assistant.compare(H1, "khong-co-bao-cao-nay")
    assert exc.value.report_id == "khong-co-bao-cao-nay"
    with pytest.raises(ReportNotFound):
        assistant.summarize("khong-co-bao-cao-nay", "I.3")
    with pytest.raises(SectionNotFound) as exc:
        assistant.summarize(H1, "mục 3")  # I.3, II.3, IV.3 all fit
    assert {"I.3", "II.3", "IV.3"} <= {n for n, _ in exc.value.candidates} and "I.3." in exc.value.message
    with pytest.raises(SectionNotFound) as exc:
        assistant.summarize(H1, "mục 99 phần IX")
    assert not exc.value.candidates


def test_summary_length_follows_the_request(assistant):
    short = assistant.ask("Tóm tắt ngắn mục II.2 báo cáo 6 tháng đầu năm 2021")
    detailed = assistant.ask("Tóm tắt chi tiết mục II.2 báo cáo 6 tháng đầu năm 2021")
    assert len(short.citations) == 3 < len(detailed.citations)
    figures_kept = [q.text for c in detailed.citations for q in find_quantities(c.quote)]
    assert "1.059" in figures_kept


def test_trend_cli_json_and_export(store_copy, tmp_path):
    run = lambda *args: subprocess.run([sys.executable, "-m", "assistant", *args, "--store", str(store_copy)],  # noqa: E731
                                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    out = run("trend", "kỷ luật đảng viên", "--json")
    data = json.loads(out.stdout)
    assert data["topic"] == "kỷ luật đảng viên" and data["series"]
    first = data["series"][0]
    assert first["label"] == "Cấp ủy các cấp thi hành kỷ luật đảng viên" and first["unit"] == "đảng viên"
    assert [p["period"] for p in first["points"]] == ["6 tháng đầu năm 2021", "năm 2021", "6 tháng đầu năm 2022"]
    assert [p["value"] for p in first["points"]] == [106, 214, 89]
    for p in first["points"]:
        assert set(p) >= {"report", "period", "value", "quote", "section", "start", "end"}
    xlsx = tmp_path / "dien-bien.xlsx"
    assert run("trend", "kỷ luật đảng viên", "--export", str(xlsx)).returncode == 0 and xlsx.stat().st_size > 0
    bad = run("compare", H1, YEAR, "--export", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "chỉ hỗ trợ" in bad.stderr


@pytest.fixture(scope="module")
def series_store(tmp_path_factory):
    """The district committee's quarter, half-year and nine-month reports, embedded for real (the
    alignment scores with the real model's vectors)."""
    from assistant import Assistant, Settings

    a = Assistant(Settings(store=tmp_path_factory.mktemp("series")))
    a.index(sorted((ROOT / "tests" / "data" / "series_tune").glob("huyen-uy-*.md")), progress=False)
    return a


def test_a_stock_is_one_series_whatever_its_wording(series_store):
    # 'toàn Đảng bộ có 6.781 đảng viên', 'tổng số đảng viên của Đảng bộ là 6.842 đồng chí',
    # 'hiện Đảng bộ có 6.897 đảng viên': one count held, three phrasings, a member counted as 'đồng chí'
    q1, h1, m9 = "huyen-uy-dong-lam-quy-1-2025", "huyen-uy-dong-lam-6-thang-2025", "huyen-uy-dong-lam-9-thang-2025"
    t = series_store.trend("tổng số đảng viên")
    members = [s for s in t.series if {p.figure.value for p in s.points} & {6781, 6842, 6897}]
    assert len(members) == 1, [(s.indicator, [p.figure.raw for p in s.points]) for s in members]
    assert [(p.report, p.figure.value) for p in members[0].points] == [(q1, 6781), (h1, 6842), (m9, 6897)]
