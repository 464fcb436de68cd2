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


H2 = "bao-cao-6-thang-dau-nam-2022"


def test_an_indicator_is_read_as_body_act_and_object(fake_store):
    from assistant.indicators import read_indicator

    r = fake_store.report(H1)
    by_value = {(f.value, f.section): read_indicator(r, f) for f in extract_figures(r)}
    cap = by_value[(106, "I.3")]  # 'Cấp ủy các cấp … thi hành kỷ luật 106 đảng viên'
    assert cap.subject == "Cấp ủy các cấp" and cap.action == "thi hành kỷ luật" and cap.object == "đảng viên"
    ubkt = by_value[(27, "I.3")]  # a later sentence of the paragraph opened by 'Ủy ban kiểm tra các cấp'
    assert ubkt.subject == "Ủy ban kiểm tra các cấp" and ubkt.label() == "UBKT các cấp thi hành kỷ luật đảng viên"
    item = by_value[(96, "I.3")]  # '(Khiển trách 96 đảng viên, …)': a breakdown of the 106
    assert item.part_of == "thi hành kỷ luật" and item.label().endswith("– khiển trách")


def test_two_bodies_or_a_total_and_its_item_never_pair(fake_store, fake_assistant):
    ra, rb = fake_store.report(H1), fake_store.report(H2)
    got = {(p.a.value, p.b.value) for p in fake_assistant.comparer.align(ra, rb)[0]}
    assert (106, 89) in got and (27, 31) in got  # each body with itself
    assert (106, 31) not in got and (27, 89) not in got
    assert (96, 71) in got and (1, 4) in got  # khiển trách, khai trừ ('khai trừ 04' inherits 'đảng viên')
    assert (96, 89) not in got and (106, 71) not in got


def test_row_labels_are_short_and_unique(fake_assistant):
    c = fake_assistant.compare(H1, H2)
    labels = [r.indicator for r in c.rows]
    assert len(labels) == len(set(labels))
    assert "Cấp ủy các cấp thi hành kỷ luật đảng viên" in labels and "UBKT các cấp thi hành kỷ luật đảng viên" in labels
    assert all(len(label.split()) <= 16 for label in labels)


def test_sections_are_matched_by_topic_not_number(fake_store):
    ra, rb = fake_store.report(H1), fake_store.report(H2)
    pairs = {(x.number, y.number) for x, y, _ in cmp.align_sections(ra, rb)}
    assert ("II.7", "III.5") in pairs  # Đoàn Thanh niên, renumbered
    assert ("I.3", "I.4") in pairs  # kiểm tra, giám sát, kỷ luật
    only_a, only_b = cmp.section_differences(ra, rb)
    assert not any("Đoàn Thanh niên" in s for s in only_a + only_b)
    assert any(s.startswith("II.1. Về phát triển kinh tế") for s in only_b)  # no economy section in 2021


def test_a_topic_keeps_its_rows_and_only_those(fake_assistant):
    c = fake_assistant.compare(H1, YEAR, "kết nạp đảng viên")
    assert [(r.a.value, r.b.value) for r in c.rows] == [(496, 1905)]
    c = fake_assistant.compare(H1, H2, "đảng viên bị khai trừ")
    assert [(r.a.value, r.b.value) for r in c.rows] == [(1, 4)]


def test_comparison_questions_in_their_usual_shapes(fake_assistant):
    # three reports loaded, 'hai báo cáo' named by no period: the two of the same kind of period
    c = fake_assistant.ask("So sánh số đảng viên bị khai trừ trong hai báo cáo")
    assert isinstance(c, Comparison) and {c.a, c.b} == {H1, H2}
    # '6 tháng đầu năm 2021 và 2022' names two half-year reports
    ans = fake_assistant.ask("Số đảng viên bị kỷ luật thay đổi thế nào giữa hai báo cáo 6 tháng đầu năm 2021 và 2022?")
    assert ans.found and {c.report for c in ans.citations} >= {H1, H2}
    assert "106" in ans.answer and "89" in ans.answer and "214" not in ans.answer


def test_two_of_three_reports_are_picked_by_their_kind_of_period_and_the_user_is_told(fake_assistant):
    c = fake_assistant.ask("So sánh hai báo cáo")
    assert isinstance(c, Comparison) and {c.a, c.b} == {H1, H2}
    assert c.notice and "năm 2021" in c.notice  # the year report, left out, is named


def test_a_target_is_not_paired_with_a_result(tmp_path):
    """'Phấn đấu đạt 13,2 bác sĩ/vạn dân' in a year report's plan is no result to set against the
    half-year's '12,4 bác sĩ/vạn dân'; its result ('đạt 12,9 bác sĩ/vạn dân') is."""
    from assistant.compare import align, is_target
    from index.figure_table import extract_figures
    from index.loaders import read_document
    from index.parse import parse_document

    def report(name, body):
        path = tmp_path / name
        path.write_text(f"BÁO CÁO\n\nKết quả công tác y tế {name[:-3]}\n\n{body}", encoding="utf-8")
        return parse_document(read_document(path))

    half = report("6-thang-dau-nam-2026.md", "I. KẾT QUẢ\n\n1. Nhân lực\n\nToàn tỉnh bình quân 12,4 bác sĩ/vạn dân.\n")
    year = report("nam-2026.md", "I. KẾT QUẢ\n\n1. Nhân lực\n\nToàn tỉnh bình quân đạt 12,9 bác sĩ/vạn dân.\n\n"
                                 "II. NHIỆM VỤ NĂM 2027\n\n1. Nhân lực\n\nPhấn đấu đạt 13,2 bác sĩ/vạn dân.\n")
    fh, fy = extract_figures(half), extract_figures(year)
    assert [is_target(year, f) for f in fy] == [False, True]
    pairs, _, _ = align(half, fh, year, fy)
    assert [(p.a.value, p.b.value) for p in pairs] == [(12.4, 12.9)]
