"""A ward People's Committee's nine-month report published as a PDF (two-column header and
signature, an estimate-heavy style: 'ước đạt', 'bằng …% kế hoạch', targets for the next quarter),
indexed in a real store beside the samples and a provincial Inspection Commission's quarterly report."""
from pathlib import Path

import pytest

from tests.integration.test_answers import grounded

pytestmark = pytest.mark.integration
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def ward(tmp_path_factory):
    from assistant.service import Assistant
    from assistant.settings import Settings
    from tests.conftest import SAMPLES

    a = Assistant(Settings(store=tmp_path_factory.mktemp("ward")))
    results, failures = a.index([SAMPLES, DATA / "ubnd-phuong-an-binh-9-thang-2026.pdf",
                                 DATA / "ubkt-tinh-uy-quy-3-2026.docx"], progress=False)
    assert not failures
    return a


def test_what_was_done_not_the_target(ward):
    ans = ward.ask("Đến giữa tháng 9/2026, phường An Bình đã giải ngân được bao nhiêu vốn đầu tư công, "
                   "bằng bao nhiêu phần trăm kế hoạch vốn?")
    lead = ans.answer.splitlines()[0]
    # the rate is said with the amount it measures; 'phấn đấu giải ngân 100%' is next quarter's target
    assert ans.found and "9.187 triệu đồng, bằng 58,0% kế hoạch vốn" in lead and "100%" not in lead
    assert ans.citations[0].section == "Phần A › I.4" and grounded(ans)


def test_an_estimate_named_by_its_own_noun_phrase(ward):
    ans = ward.ask("Tổng chi ngân sách phường An Bình 9 tháng năm 2026 ước bao nhiêu, trong đó chi thường xuyên "
                   "là bao nhiêu?")
    assert ans.found and "10.915 triệu đồng" in ans.answer.splitlines()[0]
    assert ans.citations[0].section == "Phần A › I.1.b" and grounded(ans)


def test_the_signer_of_the_report_its_period_names(ward):
    ans = ward.ask("Ai ký báo cáo tình hình kinh tế - xã hội 9 tháng năm 2026 của UBND phường An Bình?")
    assert ans.found and "Nguyễn Đức Minh" in ans.answer
    assert {c.report for c in ans.citations} == {"ubnd-phuong-an-binh-9-thang-2026"}


def test_the_act_asked_word_for_word(ward):
    ans = ward.ask("Qua kiểm tra tài chính đảng quý III năm 2026, Ủy ban kiểm tra các cấp tỉnh Lâm Bắc đã kiến nghị "
                   "thu hồi bao nhiêu tiền?")
    # 'kiến nghị thu hồi 1,25 tỷ đồng', not the 214 triệu 'đã thu hồi' in its footnote
    assert ans.found and "1,25 tỷ đồng" in ans.answer.splitlines()[0] and grounded(ans)


def test_an_amount_and_its_rate_asked_together(ward):
    ans = ward.ask("Đến ngày 30/9/2026, các đơn vị đã nộp trả bao nhiêu tiền theo kiến nghị thu hồi sau kiểm tra "
                   "tài chính đảng, đạt bao nhiêu phần trăm?")
    lead = ans.answer.splitlines()[0]
    assert ans.found and "968 triệu đồng" in lead and "77,4%" in lead
    assert ans.citations[0].section == "I.2.c › chú thích 2"
