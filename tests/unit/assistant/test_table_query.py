"""Questions read over a whole table (assistant.table_query): the lowest/highest row of a column,
the rows an assessment column marks as failing, two named columns of one row — on the ward's PDF
report and the Inspection Commission's .docx report of tests/data, parsed by the indexer's code."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    from assistant import Assistant, Settings

    from tests.conftest import H1, H2, YEAR

    # beside the samples, as a user's store would hold them (word weights are read over all reports)
    store = FakeStore([H1, YEAR, H2, DATA / "ubnd-phuong-an-binh-9-thang-2026.pdf", DATA / "ubkt-tinh-uy-quy-3-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_the_lowest_row_of_the_column_the_question_names(tables):
    ans = tables.ask("Trong các nguồn thu ngân sách 9 tháng của phường An Bình, khoản nào đạt tỷ lệ thấp nhất "
                     "so với dự toán?")
    lead = ans.answer.splitlines()[0]
    assert ans.found and "Thuế sử dụng đất phi nông nghiệp" in lead and "54,6" in lead
    assert "thấp nhất" in lead and ans.citations[0].quote.startswith("‣ Thuế sử dụng đất phi nông nghiệp")
    assert ans.citations[0].section == "Phần A › I.1.a"


def test_the_highest_row_reads_past_a_page_break_and_skips_the_total(tables):
    # the table goes on over a page break (its header repeated); 'Tổng thu …' sums the others
    ans = tables.ask("Khoản thu ngân sách nào của phường An Bình có số thực hiện 9 tháng lớn nhất?")
    lead = ans.answer.splitlines()[0]
    assert "Thuế công thương nghiệp ngoài quốc doanh" in lead and "15.846" in lead
    assert "Tổng thu" not in lead


def test_two_named_columns_of_the_total_row(tables):
    ans = tables.ask("Trong quý III năm 2026, tổng số đảng viên bị kỷ luật do cấp ủy các cấp và do Ủy ban kiểm tra "
                     "các cấp quyết định lần lượt là bao nhiêu?")
    lead = ans.answer.splitlines()[0]
    assert "Cấp ủy các cấp: 16" in lead and "Ủy ban kiểm tra các cấp: 11" in lead
    assert ans.citations[0].section == "I.3"


def test_a_rate_under_the_year_plan_is_not_read_as_failing(tables):
    # nine months against a year's estimate: every row is under 100%, and none is marked 'Không đạt'
    ans = tables.ask("Phường An Bình có khoản thu nào chưa đạt dự toán năm 2026?")
    assert ans.found and "được đánh giá chưa đạt" not in ans.answer


def test_words_that_are_no_superlative():
    from assistant.table_query import _EXTREME
    from index.textnorm import fold

    # 'ít nhất 95%' is 'at least'; 'thống nhất' and 'thứ nhất' are words of their own
    assert not _EXTREME.search(fold("Những xã nào có tỷ lệ tiêm chủng đạt ít nhất 95%?"))
    assert not _EXTREME.search(fold("Nội dung nào được nhiều đại biểu thống nhất?"))
    assert _EXTREME.search(fold("Đơn vị nào huy động được ít quỹ nhất?")).group("few")
    assert _EXTREME.search(fold("Xã nào có tỷ lệ hộ nghèo cao nhất?")).group("high")


def test_a_total_is_told_by_its_whole_label():
    from index.tables import is_total, sums_others

    assert is_total("Tổng cộng") and is_total("Toàn huyện") and is_total("Cộng")
    assert not is_total("Tổng sản lượng lương thực có hạt") and not is_total("Cộng đồng dân cư")
    assert sums_others("Tổng thu ngân sách nhà nước trên địa bàn") and not sums_others("Cộng đồng dân cư")


def test_a_fall_or_rows_in_different_units_are_not_ranked(tmp_path):
    # the district's key indicators are in tấn, tỷ đồng, % …: no row is 'lowest'
    from assistant import Assistant, Settings

    district = Assistant(Settings(store=tmp_path), store=FakeStore([DATA / "ubnd-huyen-ngoc-khe-nam-2026.docx"]))
    ans = district.ask("Chỉ tiêu chủ yếu nào của huyện Ngọc Khê có kết quả thực hiện năm 2026 thấp nhất?")
    assert "so sánh các dòng của bảng" not in ans.answer
    ans = district.ask("Chỉ tiêu nào của huyện Ngọc Khê giảm mạnh nhất trong năm 2026?")
    assert "so sánh các dòng của bảng" not in ans.answer
