"""Question shapes read on a provincial party organisation board's year report (written by a helper who
never saw the code, tests/data/btc-tinh-uy-ha-linh-nam-2026.docx): a party body's header ('Số 312-BC/BTCTU',
no colon) and signature ('K/T TRƯỞNG BAN'), the report asked for its own number and date."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
BOARD = "btc-tinh-uy-ha-linh-nam-2026"


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{BOARD}.docx", DATA / "ubnd-tay-linh-giam-ngheo-2021-2025.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_a_signature_opened_by_k_t_is_the_signers(board):
    ans = board.ask("Ai ký báo cáo công tác tổ chức xây dựng Đảng năm 2026 của Ban Tổ chức Tỉnh ủy Hà Lĩnh?")
    assert ans.found and "Hoàng Thị Minh Hạnh" in ans.answer and "K/T TRƯỞNG BAN" in ans.answer, ans.answer


def test_the_report_asked_for_its_own_number_and_date(board):
    ans = board.ask("Báo cáo tổng kết công tác tổ chức năm 2026 của Ban Tổ chức Tỉnh ủy có số hiệu gì, ký ngày nào?")
    assert ans.found and "312-BC/BTCTU" in ans.answer and "ngày 18 tháng 12 năm 2026" in ans.answer, ans.answer
    assert {c.report for c in ans.citations} == {BOARD}
    # a document the report cites is not the report: its number is read from the text
    from assistant.question import kind_of
    assert kind_of("Luật Hóa chất mới được nhắc trong báo cáo là luật số bao nhiêu?") != "document"
    assert kind_of("Theo báo cáo, kế hoạch thực hiện là kế hoạch số mấy?") != "document"


def test_the_year_before_the_reports_is_the_bracket_after_that_year_not_the_terms_total(board):
    # '… 225 đồng chí, giảm 37 đồng chí so với năm 2025 (262 đồng chí)⁽⁴⁾' and the footnote '⁽⁴⁾ Trong nhiệm kỳ
    # 2020 - 2025, … thi hành kỷ luật … 1.347 đảng viên': a term ending in 2025 is not the year 2025
    ans = board.ask("Năm 2025 toàn Đảng bộ tỉnh có bao nhiêu đảng viên bị kỷ luật?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "262 đồng chí" in lead and "1.347" not in lead, ans.answer
