"""Answers from reports as they are published: the test PDF (parts, footnotes, appendix tables,
page numbers) and the test .docx (footnotes, merged-cell tables), indexed in a real store together
with the samples, as a user with several reports has them."""
from pathlib import Path

import pytest

from tests.integration.test_answers import grounded

pytestmark = pytest.mark.integration
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    from assistant.service import Assistant
    from assistant.settings import Settings
    from tests.conftest import SAMPLES

    a = Assistant(Settings(store=tmp_path_factory.mktemp("published")))
    results, failures = a.index([SAMPLES, DATA / "bao-cao-chinh-tri-mau.pdf", DATA / "bao-cao-so-cong-thuong-mau.docx"],
                                progress=False)
    assert not failures and len(results) == 5
    return a


def test_table_cell_answer_names_row_and_column(published):
    ans = published.ask("Chỉ tiêu số bác sĩ trên một vạn dân nhiệm kỳ 2020 - 2025 thực hiện được bao nhiêu?")
    lead = ans.answer.splitlines()[0]
    assert ans.found and "dòng Số bác sĩ trên một vạn dân" in lead and "cột Thực hiện 2020-2025: 11,6" in lead
    first = ans.citations[0]
    assert (first.report, first.section, first.page) == ("bao-cao-chinh-tri-mau", "Phụ lục 1", 10)
    assert grounded(ans)


def test_rate_in_a_docx_table(published):
    ans = published.ask("Tỷ lệ lấp đầy của Cụm công nghiệp Bắc Sơn là bao nhiêu?")
    assert ans.found and "41,60" in ans.answer.splitlines()[0]
    assert ans.citations[0].section == "Phụ lục 1" and ans.citations[0].page is None


def test_figure_only_in_a_footnote(published):
    ans = published.ask("Toàn nhiệm kỳ 2020 - 2025, cấp ủy các cấp đã thi hành kỷ luật bao nhiêu đảng viên?")
    assert ans.found and "1.236" in ans.answer.splitlines()[0]
    first = ans.citations[0]
    assert first.section == "Phần thứ nhất › II.3 › chú thích 7" and first.page == 5
    assert "⁽" not in ans.answer.splitlines()[0]  # the marker stays in the quote, not in the lead
    assert "trang 5" in ans.answer  # the quote line says where it stands
    assert grounded(ans)


def test_money_from_a_word_footnote(published):
    ans = published.ask("Các cơ sở kinh doanh xăng dầu vi phạm bị xử phạt tổng số tiền bao nhiêu?")
    assert ans.found and "45.500.000 đồng" in ans.answer.splitlines()[0]
    assert ans.citations[0].section == "I.3.a.(2) › chú thích 5"


def test_section_of_a_part_summarised_among_many_reports(published):
    ans = published.ask("Tóm tắt mục III.4 phần thứ nhất")
    assert ans.found and ans.citations and {c.section for c in ans.citations} == {"Phần thứ nhất › III.4"}


def test_a_year_in_the_question_does_not_hide_a_term_report(published):
    # 'năm 2025' names no report of that period here: the term report that holds 2025 answers
    ans = published.ask("Quy mô nền kinh tế tỉnh Bình An năm 2025 ước đạt bao nhiêu?")
    assert ans.found and "85.320 tỷ đồng" in ans.answer.splitlines()[0]


def test_signer_of_a_report_named_by_its_title(published):
    ans = published.ask("Ai ký Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh Bình An?")
    assert ans.found and "Trần Quốc Hưng" in ans.answer and len({c.report for c in ans.citations}) == 1


def test_figure_in_a_footnote_read_with_the_sentence_that_carries_its_marker(published):
    # the footnote names the market, the sentence with its marker names what is counted
    ans = published.ask("6 tháng đầu năm 2026 kim ngạch xuất khẩu của Bình An sang thị trường Hoa Kỳ đạt bao nhiêu?")
    assert ans.found and "412,8 triệu USD" in ans.answer.splitlines()[0]
    assert ans.citations[0].section == "I.2.2 › chú thích 3"
    assert grounded(ans)


def test_figure_of_another_named_thing_is_no_answer(published):
    # the reports give the area of all industrial zones of Bình An, not of one zone they never name
    ans = published.ask("Khu công nghiệp Tằng Loỏng có tổng diện tích bao nhiêu ha?")
    assert not ans.found


def test_a_number_in_the_question_picks_the_figure(published):
    # '5 sao' is in a footnote; the sentence that carries the marker counts '3 sao trở lên'
    ans = published.ask("Trong số sản phẩm OCOP từ 3 sao trở lên của tỉnh Bình An, có bao nhiêu sản phẩm đạt 5 sao?")
    assert ans.found and "9 sản phẩm đạt 5 sao" in ans.answer.splitlines()[0]
    assert ans.citations[0].section.endswith("chú thích 2")


def test_source_phrase_names_the_report_not_the_topic(published):
    # 'Theo báo cáo … của Sở Công Thương tỉnh Bình An,' picks the report; its words are not search terms
    ans = published.ask("Theo báo cáo 6 tháng đầu năm 2026 của Sở Công Thương tỉnh Bình An, chỉ số sản xuất "
                        "công nghiệp tăng bao nhiêu?")
    assert ans.found and "8,65%" in ans.answer.splitlines()[0]
    assert ans.citations[0].report == "bao-cao-so-cong-thuong-mau"


def test_a_list_asked_with_another_name_of_its_heading(published):
    # 'đề nghị' for a heading 'Kiến nghị'
    ans = published.ask("Sở Công Thương tỉnh Bình An đề nghị Bộ Công Thương những gì?")
    assert ans.found and ans.citations and all(c.section.startswith("III.3") for c in ans.citations)
    assert len(ans.citations) >= 3
