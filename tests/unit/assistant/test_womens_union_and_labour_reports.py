"""Question shapes read on two year reports written by helpers who never saw the code (a provincial women's
union, tests/data/hlhpn-tinh-vinh-hoa-nam-2026.docx, and a provincial labour department,
tests/data/so-ldtbxh-yen-thach-nam-2026.docx), loaded with two more reports of 2026 that plan 2027 and
speak of 'Hội', 'hội viên' and 'kết nạp' too: a stock asked 'đến hết tháng 11' of a report dated by its
as-of date ('Đến ngày 30/11/2026, toàn tỉnh có … hội viên'); the body asked about named with its place and
by its initials ('Hội LHPN tỉnh …', 'ngành LĐTBXH'); 'giúp được' said 'hỗ trợ' beside the target set for it
and next year's target; the year before asked as 'năm trước'; one month of a year's report; a header whose
body's name wraps onto a line opening with 'VÀ'."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
WOMEN = "hlhpn-tinh-vinh-hoa-nam-2026"
LABOUR = "so-ldtbxh-yen-thach-nam-2026"


def lead(ans) -> str:
    return ans.answer.split("\n\n")[0]


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{WOMEN}.docx", DATA / f"{LABOUR}.docx", DATA / "hnd-tinh-lam-ha-nam-2026.pdf",
                       DATA / "mttq-phu-lac-nam-2026.pdf"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_a_stock_asked_up_to_a_month_of_a_report_dated_by_its_as_of_day(year):
    # 'đến hết tháng 11/2026' is the months to 30/11, which 'Đến ngày 30/11/2026, toàn tỉnh có …' states
    ans = year.ask("Tính đến hết tháng 11/2026, Hội LHPN tỉnh Vĩnh Hòa có tổng cộng bao nhiêu hội viên?")
    assert ans.found and "313.240 hội viên" in lead(ans), ans.answer
    assert ans.citations[0].report == WOMEN and ans.citations[0].section == "Phần thứ nhất › II.6.b", ans.citations


def test_what_was_achieved_is_not_the_target_set_for_it_nor_next_years(year):
    # 'giúp được' is 'đã hỗ trợ 1.184 hộ', not 'giao chỉ tiêu hỗ trợ 1.000 hộ' nor the 2027 target '(5) Hỗ trợ 900 hộ'
    ans = year.ask("Năm 2026 Hội giúp được bao nhiêu hộ nghèo do phụ nữ làm chủ hộ thoát nghèo, so với chỉ tiêu?")
    assert ans.found and "1.184 hộ" in lead(ans) and "118,4%" in lead(ans), ans.answer
    assert "900" not in lead(ans) and "giao chỉ tiêu" not in lead(ans), ans.answer


def test_the_year_before_asked_as_nam_truoc_and_an_initialism_spelled_out(year):
    ans = year.ask("Số vụ BLGĐ phát hiện được trong năm 2026 là bao nhiêu, năm trước bao nhiêu vụ?")
    assert ans.found and "74 vụ" in lead(ans) and "91 vụ" in lead(ans), ans.answer
    # '(năm 2025: 91 vụ)' gives the year before's value: no part of the 74
    assert "trong đó" not in lead(ans), ans.answer


def test_an_initialism_joined_to_the_next_word_is_no_missing_topic(year):
    # pyvi reads 'NHCSXH ủy thác' as one word 'nhcsxh_ủy', which no report writes: that proves nothing
    ans = year.ask("Dư nợ vốn NHCSXH ủy thác qua Hội phụ nữ tỉnh đến 30/11/2026 là bao nhiêu, tăng thêm bao nhiêu "
                   "so với thời điểm 31/12/2025?")
    assert ans.found and "4.862,7 tỷ đồng" in lead(ans) and "318,4 tỷ đồng" in lead(ans), ans.answer


def test_one_month_of_a_years_report_and_an_initialism_of_the_question_written_out(year):
    # 'tháng 11/2026' is in the year's report, not a plan for November; 'DVVL' is 'Dịch vụ việc làm'
    ans = year.ask("Riêng tháng 11/2026 Trung tâm DVVL tỉnh nhận bao nhiêu hồ sơ đề nghị hưởng trợ cấp thất nghiệp?")
    assert ans.found and "874 hồ sơ" in lead(ans) and "9.742" not in lead(ans), ans.answer
    assert ans.citations[0].report == LABOUR, ans.citations


def test_a_body_named_by_its_initials_picks_its_report_for_a_list(year):
    # 'ngành LĐTBXH' (Lao động - Thương binh và Xã hội, the 'và' left out) names the labour department's report
    ans = year.ask("Năm 2026 ngành LĐTBXH tỉnh còn những tồn tại, hạn chế gì?")
    assert ans.found and all(c.report == LABOUR for c in ans.citations), ans.citations
    assert ans.citations[0].section.startswith("Phần thứ nhất › IV.2"), ans.citations


def test_the_issuer_wrapped_over_a_line_opening_with_va(year):
    rep = year.store.report(LABOUR)
    assert rep.issuer.endswith("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), rep.issuer


def test_numbered_targets_are_sections_under_their_heading(year):
    rep = year.store.report(LABOUR)
    targets = [s for s in rep.sections if s.number.startswith("Phần thứ hai › I.2.(")]
    assert [s.number for s in targets] == [f"Phần thứ hai › I.2.({i})" for i in range(1, 8)], [s.number for s in targets]


def test_an_act_asked_in_another_word_of_administrative_writing(year):
    # 'đưa … lao động sang Đài Loan' is what a footnote of 'Số lao động xuất cảnh … theo thị trường' counts
    ans = year.ask("Năm 2026 tỉnh Yên Thạch đưa được bao nhiêu lao động sang Đài Loan?")
    assert ans.found and "718 người" in lead(ans), ans.answer
    assert ans.citations[0].report == LABOUR, ans.citations
    # the act's kin is not any act: 'tiêu hủy' is still no 'xuất cảnh'
    other = year.ask("Năm 2026 tỉnh Yên Thạch tiêu hủy bao nhiêu lao động sang Đài Loan?")
    assert "718" not in lead(other), other.answer
