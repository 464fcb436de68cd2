"""Question shapes read on a five-year programme review (written by a helper who never saw the code,
tests/data/ubnd-tay-linh-giam-ngheo-2021-2025.docx: parts 'PHẦN I/II/III', a year-by-year table,
footnotes, a district appendix), held beside another report of the same term: a count and its rate
asked together, a target and its result asked together, 'có đạt mục tiêu … không', the tasks of the
next term listed under a heading that does not repeat the programme's name, a year before the term,
the whole province's figure beside one district's extreme."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
REVIEW = "ubnd-tay-linh-giam-ngheo-2021-2025"


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{REVIEW}.docx", DATA / "hdnd-tinh-bac-son-giam-sat-2026.pdf",
                       DATA / "huyen-uy-song-thao-nam-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def lead(ans) -> str:
    return ans.answer.split("\n\n")[0]


def test_a_count_and_its_rate_asked_together_are_two_rows_of_the_table(review):
    ans = review.ask("Năm 2023 toàn tỉnh Tây Lĩnh có bao nhiêu hộ nghèo, chiếm tỷ lệ bao nhiêu?")
    # 'Số hộ nghèo', not 'Số hộ nghèo phát sinh mới và tái nghèo trong năm'; 'Tỷ lệ hộ nghèo', not its DTTS row
    assert ans.found and "28.945" in lead(ans) and "13,32" in lead(ans), ans.answer
    assert "2.937" not in lead(ans) and "20,19" not in lead(ans)


def test_a_target_and_its_result_asked_together(review):
    ans = review.ask("Mục tiêu giảm tỷ lệ hộ nghèo DTTS hằng năm giai đoạn 2022 - 2025 là bao nhiêu "
                     "và thực tế tỉnh đạt được bao nhiêu?")
    assert ans.found and "3,5%/năm" in lead(ans) and "3,72%/năm" in lead(ans), ans.answer


def test_whether_a_target_was_reached_is_answered_by_the_result(review):
    ans = review.ask("Các huyện nghèo của Tây Lĩnh có đạt mục tiêu giảm tỷ lệ hộ nghèo 4 - 5%/năm không?")
    # the figure the question states is the target; the answer is what the poor districts achieved
    assert ans.found and "6,06%/năm" in lead(ans), ans.answer
    assert ans.citations[0].section == "Phần I › II.3.a"


def test_the_whole_provinces_figure_not_one_districts_extreme(review):
    ans = review.ask("Đến cuối năm 2025 tỷ lệ hộ nghèo của tỉnh Tây Lĩnh còn bao nhiêu?")
    assert ans.found and "8,21%" in lead(ans) and "1,08%" not in lead(ans), ans.answer


def test_the_tasks_of_the_next_term_under_a_heading_without_the_programmes_name(review):
    ans = review.ask("Giai đoạn 2026 - 2030 tỉnh đề ra những nhóm nhiệm vụ, giải pháp giảm nghèo nào?")
    # 'II. Nhiệm vụ, giải pháp' of 'PHẦN III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030', every item of it
    assert ans.found and {c.report for c in ans.citations} == {REVIEW}, ans.answer
    for item in ("chuỗi giá trị", "Huy động, lồng ghép nguồn lực", "chuyển đổi số"):
        assert item in ans.answer


def test_a_year_before_the_term_is_not_answered_with_the_terms_figures(review):
    ans = review.ask("Năm 2020 tỉnh Tây Lĩnh có bao nhiêu hộ nghèo?")
    assert not ans.found and "2020" in lead(ans), ans.answer


def test_the_lowest_row_of_an_appendix_table_when_the_programme_is_named_with_a_fall(review):
    # 'giảm nghèo' names the programme; the extreme asked is 'thấp nhất', not a fall ranked
    ans = review.ask("Đơn vị nào có tỷ lệ giải ngân vốn Chương trình giảm nghèo thấp nhất?")
    assert ans.found and "Thành phố Lĩnh Giang" in lead(ans) and "88,7" in lead(ans), ans.answer
    assert ans.citations[0].section == "Phụ lục"


def test_one_year_of_the_term_is_the_figure_that_names_that_year(review):
    # 'Ngân sách địa phương bố trí vốn đối ứng 235,2 tỷ đồng …. Theo từng năm, NSĐP bố trí: … năm 2024 là
    # 55,9 tỷ đồng …': the term's total is not 2024's, and the sentence that details it does its act;
    # 'cho Chương trình giảm nghèo' says what for, the act is 'bố trí đối ứng'
    ans = review.ask("Năm 2024 ngân sách địa phương bố trí đối ứng cho Chương trình giảm nghèo bao nhiêu tiền?")
    assert ans.found and "55,9 tỷ đồng" in lead(ans) and "235,2" not in lead(ans) and "516,8" not in lead(ans), ans.answer
    assert ans.citations[0].section == "Phần I › III.2"

