"""Questions typed the way an official types them, not the way the report words them, read on reports written
by helpers who never saw the code: a commune party congress report (born-digital PDF:
tests/data/dang-bo-xa-tan-hoa-nhiem-ky-2025-2030.pdf), a provincial court's half-year report and a provincial
home-affairs department's year report (.docx), with three earlier reports (a women's union, a district, a
provincial party congress) so that a question must pick its report. Everyday words ('bà con', 'chị em', 'mở',
'nhận'), an initialism beside a name ('HLHPN' for 'Hội LHPN'), the base period asked ('cùng kỳ năm 2025'), a
school year asked of another school year's report, a list asked
of a body by its common name ('ngành tòa án tỉnh')."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
COMMUNE = "dang-bo-xa-tan-hoa-nhiem-ky-2025-2030"
COURT = "toa-an-tinh-thach-binh-6-thang-2026"
HOME = "so-noi-vu-dong-linh-nam-2026"
WOMEN = "hlhpn-tinh-vinh-hoa-nam-2026"
DISTRICT = "ubnd-huyen-ngoc-khe-nam-2026"
PROVINCE = "bao-cao-chinh-tri-mau"
SCHOOLS = "so-gddt-quang-xuyen-nam-hoc-2025-2026"


def lead(ans) -> str:
    return ans.answer.split("\n\n")[0]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{COMMUNE}.pdf", DATA / f"{COURT}.docx", DATA / f"{HOME}.docx", DATA / f"{WOMEN}.docx",
                       DATA / f"{DISTRICT}.docx", DATA / f"{PROVINCE}.pdf", DATA / f"{SCHOOLS}.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_a_party_congress_pdf_is_read_with_its_issuer_and_term(reports):
    # the header's two lines ('ĐẢNG BỘ HUYỆN KIM BẢNG' wrapped before 'ĐÔNG', then 'ĐẢNG ỦY XÃ TÂN HÒA'), the
    # title's third line ('Đảng bộ xã Tân Hòa lần thứ XV, nhiệm kỳ 2025 - 2030'), and a sentence wrapped
    # before 'XIV. Kinh tế …' that is no heading
    rep = reports.report(COMMUNE)
    assert rep.issuer == "ĐẢNG BỘ HUYỆN KIM BẢNG ĐÔNG – ĐẢNG ỦY XÃ TÂN HÒA"
    assert rep.period == "nhiệm kỳ 2025-2030" and "Tân Hòa" in rep.title
    assert not any("XIV" in s.number for s in rep.sections)


def test_the_place_named_in_capitals_picks_one_of_two_congress_reports(reports):
    ans = reports.ask("Ai ký Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh Bình An?")
    assert ans.found and ans.citations[0].report == PROVINCE, ans.answer


@pytest.mark.parametrize("q,must,report", [
    # 'HLHPN' is 'Hội LHPN' spelled with its head word; 'các cấp Hội' of its report are that body
    ("Năm nay HLHPN tỉnh Vĩnh Hòa tự đứng ra giám sát bao nhiêu cuộc?", "46 cuộc", WOMEN),
    # 'X chiếm mấy phần trăm': X is what is counted, no act is asked
    ("Nợ quá hạn vốn NHCSXH ủy thác qua Hội phụ nữ tỉnh chiếm mấy phần trăm?", "0,09%", WOMEN),
    # only a unit after 'bao nhiêu': the table row's unit is in its caption ('Đơn vị tính: triệu đồng')
    ("Năm 2024 xã Tân Hòa thu tiền sử dụng đất được bao nhiêu triệu?", "6.418", COMMUNE),
])
def test_everyday_wording_is_answered_from_the_report_that_words_it_otherwise(reports, q, must, report):
    ans = reports.ask(q)
    assert ans.found and ans.citations[0].report == report and must in lead(ans), ans.answer


def test_a_class_asked_with_an_everyday_verb_is_the_one_the_report_holds(reports):
    ans = reports.ask("Các tòa đã đưa bao nhiêu phiên xử lưu động về xã, phường?")
    assert ans.found and "46 phiên" in lead(ans), ans.answer


@pytest.mark.parametrize("q", [
    # the base period asked: the report gives only this half-year's rate
    "Tỷ lệ giải quyết án hình sự của các Tòa án tỉnh Thạch Bình cùng kỳ năm 2024 là bao nhiêu?",
    # another school year than the report's own
    "Tỷ lệ học sinh THPT bỏ học của Quảng Xuyên năm học 2024 - 2025 là bao nhiêu?",
])
def test_a_figure_of_another_period_or_kind_is_context_never_the_answer(reports, q):
    ans = reports.ask(q)
    assert not ans.found and "không phải câu trả lời" in ans.answer, ans.answer


def test_the_base_period_figure_is_answered_when_the_report_states_it(reports):
    ans = reports.ask("Số phiên tòa xét xử lưu động cùng kỳ năm 2025 là bao nhiêu?")
    assert ans.found and "38 phiên" in lead(ans), ans.answer


@pytest.mark.parametrize("q,report,section", [
    # every report has 'Nguyên nhân chủ quan': the body named by its common name issued one of them
    ("Những nguyên nhân chủ quan nào dẫn tới các hạn chế của ngành tòa án tỉnh?", COURT, "II.3.b"),
    # 'chính' ranks the list ('Nhiệm vụ, giải pháp chủ yếu' under 'NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026')
    ("Các giải pháp chính trong 6 tháng cuối năm 2026 của TAND tỉnh là gì?", COURT, "III.2"),
    ("Vì sao ngành nội vụ tỉnh còn những yếu kém đó, nguyên nhân khách quan và chủ quan là gì?", HOME, "Phần I › III.3"),
    # what a body 'xin' its superior is what it 'kiến nghị', the item addressed to that superior
    ("Ngành giáo dục Quảng Xuyên xin UBND tỉnh những gì cho năm học tới?", SCHOOLS, "Phần thứ hai › IV.2"),
])
def test_a_list_of_a_body_named_by_its_common_name(reports, q, report, section):
    ans = reports.ask(q)
    assert ans.found and ans.citations[0].report == report, ans.answer
    assert ans.citations[0].section == section or ans.citations[0].section.startswith(section + "."), ans.answer


def test_a_named_kind_of_what_is_counted_is_held_as_one_word(reports):
    # 'Công giáo' is not 'công nhận … tôn giáo': the report gives only all believers
    ans = reports.ask("Tỉnh Đông Lĩnh có bao nhiêu tín đồ Công giáo?")
    assert not ans.found, ans.answer
