"""Question shapes read on a provincial social insurance agency's half-year report (written by a helper who
never saw the code, tests/data/bhxh-tinh-kim-son-6-thang-2026.docx): headings numbered 'I/', '1/', 'I-', '1-';
an indicators table whose groups are rows numbered 'I' holding only their name, with a 'Trong đó:' group
inside one; a city named like its province; figures of the base period ('cùng kỳ năm 2025')."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
AGENCY = "bhxh-tinh-kim-son-6-thang-2026"


def lead(ans) -> str:
    return ans.answer.split("\n\n")[0]


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{AGENCY}.docx", DATA / "so-y-te-dong-ha-6-thang-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_table_rows_carry_their_numbered_group_and_the_part_within_it(agency):
    text = agency.store.report(AGENCY).text
    assert "‣ Nợ BHXH, BHYT, BHTN › Số tiền chậm đóng | " in text
    assert "‣ Thu BHXH, BHYT, BHTN › Trong đó: › - Thu BHYT | " in text
    assert "‣ Thu BHXH, BHYT, BHTN › Tổng số thu | " in text  # 'Tổng số …' inside a group stays in it


def test_the_figure_of_the_base_period_asked(agency):
    # the table's 'Cùng kỳ 2025' column, and a bracket right after 'so với cùng kỳ năm 2025'
    ans = agency.ask("Tổng số chi các chế độ BHXH, BHYT, BHTN cùng kỳ 6 tháng đầu năm 2025 ở tỉnh Kim Sơn là bao nhiêu?")
    assert ans.found and "3.795,83" in lead(ans) and "Cùng kỳ 2025" in lead(ans), ans.answer
    ans = agency.ask("Cùng kỳ năm 2025, số tiền chậm đóng BHXH, BHYT, BHTN của tỉnh Kim Sơn là bao nhiêu?")
    assert ans.found and "158,92" in lead(ans) and "4,87" not in lead(ans), ans.answer
    # asked as a change, the base year is no period asked
    from assistant.figure_answer import base_year
    assert base_year("Số tiền chậm đóng giảm bao nhiêu so với cùng kỳ năm 2025?") is None


def test_the_whole_province_is_not_its_city_of_the_same_name(agency):
    ans = agency.ask("Tỷ lệ bao phủ BHYT toàn tỉnh Kim Sơn đến 30/6/2026 đạt bao nhiêu phần trăm dân số?")
    assert ans.found and "95,04" in lead(ans) and "Thành phố Kim Sơn" not in lead(ans), ans.answer


def test_the_reports_number_asked_before_the_report_is_named(agency):
    ans = agency.ask("Số hiệu báo cáo sơ kết 6 tháng 2026 của Bảo hiểm xã hội tỉnh Kim Sơn là gì?")
    assert ans.found and "1186/BC-BHXH" in ans.answer and "1427/BC-SYT" not in ans.answer, ans.answer


def test_a_list_owned_by_the_reports_body_is_the_whole_list(agency):
    # '… của BHXH tỉnh Kim Sơn' names whose list it is (the issuer, by initials); nor does the period asked
    # choose among the items: all five tasks of 'Phần thứ hai › II'
    ans = agency.ask("Nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2026 của BHXH tỉnh Kim Sơn gồm những gì?")
    items = [line for line in lead(ans).splitlines() if line.startswith("- ")]
    assert ans.found and len(items) == 5, ans.answer
    assert "phối hợp liên ngành" in ans.answer and "kiểm soát chi phí KCB" in ans.answer
