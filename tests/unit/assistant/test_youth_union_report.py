"""Question shapes read on a provincial youth union's half-year report (written by a helper who never saw
the code, tests/data/tinh-doan-phu-an-6-thang-2026.docx), loaded with two other reports of the same half
year: a title whose period is on its own lines; the body named with its place ('Tỉnh Đoàn Phú An'); a
breakdown by level ('Trong đó: cấp tỉnh …; cấp huyện …; cấp cơ sở …') beside a footnote that lists items
'(1) …, (2) …'; an indicators table whose rows carry their unit in brackets; a figure owned by the body
named after what it counts ('54.216 hội viên Hội LHTN Việt Nam')."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
UNION = "tinh-doan-phu-an-6-thang-2026"


def lead(ans) -> str:
    return ans.answer.split("\n\n")[0]


@pytest.fixture(scope="module")
def union(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{UNION}.docx", DATA / "bhxh-tinh-kim-son-6-thang-2026.docx",
                       DATA / "so-y-te-dong-ha-6-thang-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_the_period_on_the_title_lines_after_its_subject(union):
    # 'Kết quả công tác Đoàn …' / '6 tháng đầu năm 2026, phương hướng, nhiệm vụ' / '6 tháng cuối năm 2026'
    rep = union.store.report(UNION)
    assert rep.period == "6 tháng đầu năm 2026"
    assert rep.title.endswith("6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026")


def test_the_body_named_with_its_place_picks_its_report_among_the_periods(union):
    ans = union.ask("Ai ký báo cáo sơ kết công tác Đoàn 6 tháng đầu năm 2026 của Tỉnh Đoàn Phú An?")
    assert "Nguyễn Thị Hồng Vân" in ans.answer, ans.answer
    assert {c.report for c in ans.citations} == {UNION}, ans.answer


def test_the_place_of_a_count_is_not_what_it_counts(union):
    ans = union.ask("Tổng số đoàn viên toàn tỉnh Phú An tính đến 31/5/2026 là bao nhiêu?")
    assert ans.found and "96.418 đoàn viên" in lead(ans), ans.answer
    ans = union.ask("Bao nhiêu phần trăm đoàn viên tỉnh Phú An đã có tài khoản trên ứng dụng Thanh niên Việt Nam?")
    assert ans.found and "95,1%" in lead(ans), ans.answer


def test_a_level_asked_is_that_levels_item_of_the_breakdown(union):
    # 'CTTN' abbreviates the thing counted ('công trình'), it is no body; the items after 'Trong đó:'
    # are each their own statement
    ans = union.ask("CTTN cấp cơ sở của tỉnh đoàn Phú An 6 tháng đầu 2026 là bao nhiêu công trình?")
    assert ans.found and "526 công trình" in lead(ans) and "cấp tỉnh" not in lead(ans), ans.answer
    # 'cấp huyện' is not the footnote's '04 công trình thanh niên cấp tỉnh … huyện Đồng Cát'
    ans = union.ask("Công trình thanh niên cấp huyện ở Phú An 6 tháng đầu năm 2026 có bao nhiêu công trình?")
    assert ans.found and "37 công trình" in lead(ans) and "04" not in lead(ans), ans.answer


def test_a_table_cell_takes_the_unit_its_row_names(union):
    ans = union.ask("Chỉ tiêu kết nạp đoàn viên mới cả năm 2026 của Tỉnh Đoàn Phú An là bao nhiêu?")
    assert ans.found and "7.000 đoàn viên" in lead(ans), ans.answer


def test_rows_of_different_indicators_are_not_ranked(union):
    # the indicators table's 'Tỷ lệ %' compares clubs with members: the sentence names the unit
    ans = union.ask("Đơn vị nào của Đoàn Phú An đạt tỷ lệ kết nạp đoàn viên cao nhất trong 6 tháng đầu năm 2026?")
    assert ans.found and "Huyện đoàn Đồng Cát" in ans.answer and "câu lạc bộ" not in lead(ans), ans.answer


def test_members_counted_of_another_body_are_not_the_answer(union):
    ans = union.ask("Hội Sinh viên Việt Nam tỉnh Phú An hiện có bao nhiêu hội viên?")
    assert not ans.found, ans.answer
    assert "54.216" in ans.answer and "không phải câu trả lời" in ans.answer  # shown as context, labelled
    ans = union.ask("Hội LHTN Việt Nam tỉnh Phú An có bao nhiêu hội viên?")
    assert ans.found and "54.216 hội viên" in lead(ans), ans.answer


def test_what_is_proposed_to_a_body_is_the_list_addressed_to_it(union):
    # 'đề xuất gì với …' asks for a list without 'những'; the closing 'Trên đây là báo cáo …' that ends the
    # last section is neither an item nor evidence
    ans = union.ask("Tỉnh Đoàn Phú An đề xuất gì với Tỉnh ủy, UBND tỉnh?")
    assert "Bố trí kinh phí thực hiện Đề án hỗ trợ thanh niên khởi nghiệp" in ans.answer, ans.answer
    assert "Trên đây" not in ans.answer and "Phần B › IV.2" in ans.answer
    # the report's own body opening the question says whose the list is; it chooses no part of it
    ans = union.ask("Tỉnh Đoàn Phú An kiến nghị những gì?")
    assert {c.section for c in ans.citations} == {"Phần B › IV.1", "Phần B › IV.2"}, ans.answer
