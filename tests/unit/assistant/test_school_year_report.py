"""Question shapes read on a provincial education department's school-year report (written by a
helper who never saw the code, tests/data/so-gddt-quang-xuyen-nam-hoc-2025-2026.docx): a body named
by an abbreviation joined with '&' ('Sở GD&ĐT'), a list whose lead-in and items a footnote's text
stands between, a list heading with a qualifier ('Những kết quả nổi bật')."""
import re
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
SCHOOL = "so-gddt-quang-xuyen-nam-hoc-2025-2026"


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{SCHOOL}.docx", DATA / "thanh-tra-ha-nam-bac-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_an_abbreviation_joined_with_and_names_the_body(school):
    ans = school.ask("Các Phòng GD&ĐT cấp huyện đã tổ chức bao nhiêu lớp bồi dưỡng cán bộ quản lý, giáo viên?")
    assert ans.found and "126 lớp" in ans.answer.split("\n\n")[0], ans.answer
    both = school.ask("Sở GD&ĐT và các Phòng GD&ĐT huyện, thị xã, thành phố đã tổ chức bao nhiêu cuộc thanh tra, kiểm tra?")
    lead = both.answer.split("\n\n")[0]
    assert both.found and "12 cuộc thanh tra" in lead and "148 cuộc kiểm tra" in lead, both.answer


def test_a_lead_in_still_names_its_items_across_a_footnote(school):
    ans = school.ask("Thanh tra chuyên ngành của ngành giáo dục tập trung vào những nội dung nào?", [SCHOOL])
    assert ans.found and all(c.section == "Phần thứ nhất › II.5.c" for c in ans.citations), ans.answer
    for item in ("tuyển sinh đầu cấp", "dạy thêm, học thêm", "chế độ, chính sách đối với nhà giáo"):
        assert item in ans.answer


def test_a_qualified_list_heading_is_chosen_over_a_broader_one(school):
    ans = school.ask("Những kết quả nổi bật của năm học thể hiện ở những mặt nào?", [SCHOOL])
    assert ans.found and {c.section for c in ans.citations} == {"Phần thứ nhất › III.2"}, ans.answer
    assert len(ans.citations) == 5


def test_a_calendar_year_asked_reaches_the_school_year_that_ends_in_it(school):
    # 'năm 2026' names the other report's period exactly; the exams of 2026 are in the school year's report
    ans = school.ask("Tại kỳ thi chọn học sinh giỏi quốc gia THPT năm 2026, tỉnh Quảng Xuyên đạt bao nhiêu giải Nhì?")
    assert ans.found and "08 giải Nhì" in ans.answer, ans.answer
    assert ans.citations[0].report == SCHOOL


def test_a_table_asked_as_a_whole_is_reached_through_the_sentence_that_introduces_it(school):
    # the rows hold little of the question ('đơn vị cấp huyện', 'năm 2026' are in the lead-in '… như sau:')
    ans = school.ask("Đơn vị cấp huyện nào của Quảng Xuyên có tỷ lệ tốt nghiệp THPT năm 2026 thấp nhất?")
    assert ans.found and "Tả Lùng" in ans.answer and "95,82" in ans.answer, ans.answer
    assert [c.section for c in ans.citations] == ["Phần thứ nhất › II.1.4"]
    high = school.ask("Đơn vị cấp huyện nào của Quảng Xuyên có tỷ lệ tốt nghiệp THPT năm 2026 cao nhất?")
    assert high.found and "Tân Xuyên" in high.answer and "99,59" in high.answer, high.answer


def test_a_name_of_the_issuer_picks_whose_list(school):
    # the inspection report has a heading 'Thanh tra, kiểm tra chuyên ngành'; 'Quảng Xuyên' is only in
    # the education department's name, so the list is its own
    ans = school.ask("Thanh tra chuyên ngành của Sở GD&ĐT Quảng Xuyên năm học 2025 - 2026 tập trung vào những nội dung nào?")
    assert ans.found and {c.report for c in ans.citations} == {SCHOOL}, ans.answer
    assert "dạy thêm, học thêm" in ans.answer


def test_a_figure_under_a_heading_that_plans_another_period_gives_way(school):
    # 'Phần thứ hai. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2026 - 2027' states 33,5% plainly: a target
    ans = school.ask("Tỷ lệ huy động trẻ nhà trẻ và trẻ mẫu giáo ra lớp của tỉnh Quảng Xuyên năm học 2025 - 2026 "
                     "lần lượt là bao nhiêu?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "32,6%" in lead and "33,5%" not in lead and "96,4%" in ans.answer, ans.answer
    assert ans.citations[0].section == "Phần thứ nhất › II.1.1"


def test_a_body_named_by_name_is_searched_when_the_period_names_other_reports(tmp_path):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{SCHOOL}.docx", DATA / "thanh-tra-ha-nam-bac-2026.docx",
                       DATA / "cong-an-tinh-hai-thach-6-thang-2026.docx"])
    a = Assistant(Settings(store=tmp_path), store=store)
    # 'năm 2026' names the year reports (and the school year ending in it), which hold such figures of
    # their own; 'Công an tỉnh Hải Thạch' is the issuer of the half-year report
    ans = a.ask("Chỉ tiêu năm 2026 về tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến giao cho "
                "Công an tỉnh Hải Thạch là bao nhiêu, 6 tháng đầu năm đạt mấy phần trăm?")
    assert ans.found and ans.citations[0].report == "cong-an-tinh-hai-thach-6-thang-2026", ans.answer


def test_a_count_and_a_rate_of_one_row_each_quote_that_row(school):
    # 'năm 2026' of the school year 2025 - 2026 (one period, not a term); the rate, a second ask, is quoted
    # as its row, never as the report's opening lines
    ans = school.ask("Huyện Lộc Điền (Quảng Xuyên) có bao nhiêu thí sinh dự thi tốt nghiệp THPT năm 2026 và "
                     "tỷ lệ tốt nghiệp là bao nhiêu?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "1.838" in lead and "98,75" in lead, ans.answer
    # (the citations the lead refers to; further quotes may follow as context)
    used = {int(n) for n in re.findall(r"\[(\d+)\]", lead)}
    assert used and all(ans.citations[n - 1].quote.startswith("‣ Huyện Lộc Điền") for n in used), \
        [c.quote[:40] for c in ans.citations]
