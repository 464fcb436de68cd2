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


def test_a_count_of_another_thing_named_with_the_same_first_syllable_is_no_answer(board):
    # '… toàn Đảng bộ tỉnh có 82 đảng bộ trực thuộc Tỉnh ủy' holds most of the question's words, but it counts
    # đảng bộ; the members are '… toàn Đảng bộ có 96.741 đảng viên' and the appendix's 'Tổng cộng' row
    for q in ("Toàn Đảng bộ tỉnh Hà Lĩnh có bao nhiêu đảng viên?",
              "Hiện nay Đảng bộ tỉnh Hà Lĩnh có tổng cộng bao nhiêu đảng viên?"):
        ans = board.ask(q)
        lead = ans.answer.split("\n\n")[0]
        assert ans.found and "96.741" in lead and "82 đảng bộ" not in lead, (q, ans.answer)


def test_a_count_beside_a_rate_in_brackets_is_the_value_of_the_words_before_it(board):
    # 'kết nạp 2.756 đảng viên, đạt 106,0% chỉ tiêu … giao (2.600 đảng viên)': the target, not a part of 2.756
    from assistant.figure_answer import _structure
    from index.sentences import Span
    text = ("Năm 2026, toàn Đảng bộ kết nạp 2.756 đảng viên, đạt 106,0% chỉ tiêu Ban Thường vụ Tỉnh ủy giao "
            "(2.600 đảng viên), giảm 162 đảng viên so với năm 2025.")
    parts = {c.text.strip(): p for c, p, _ in _structure(Span(text, 0, len(text)))}
    target = next(k for k in parts if k.startswith("2.600"))
    assert parts[target] is None


def test_people_counted_by_their_kind_and_a_part_of_them_named(board):
    # 'bao nhiêu người là nữ' is answered by '1.108 đảng viên nữ' (người counts any people) …
    ans = board.ask("Trong số đảng viên mới kết nạp năm 2026 có bao nhiêu người là nữ?")
    assert ans.found and "1.108" in ans.answer.split("\n\n")[0], ans.answer
    # … but that part ('Trong số đảng viên mới kết nạp …') does not answer the whole, nor does a figure
    # that does not say 'nữ'
    ans = board.ask("Tỷ lệ đảng viên nữ trong toàn Đảng bộ tỉnh Hà Lĩnh hiện nay là bao nhiêu?")
    assert not ans.found, ans.answer


def test_a_column_header_abbreviates_what_the_question_spells_out_and_subtotals_are_not_ranked(board):
    # appendix columns 'ĐV bị kỷ luật'; rows 'Cộng các đảng bộ xã, phường' and group rows are sums
    ans = board.ask("Địa bàn hay đảng bộ nào có số đảng viên bị kỷ luật nhiều nhất năm 2026?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "Lĩnh Thành" in lead and "41" in lead and "ĐV bị kỷ luật" in lead, ans.answer


def test_this_year_negation_and_an_initialism_for_the_unit(board):
    # 'Năm nay' is the newest reports' year; 'không hoàn thành' is not 'Hoàn thành nhiệm vụ: 121 TCCS' (nor the
    # table row of that name inside the asked one); '17 TCCS' counts 'tổ chức cơ sở đảng'; its rate is said once
    ans = board.ask("Năm nay có bao nhiêu tổ chức cơ sở đảng bị xếp loại không hoàn thành nhiệm vụ, chiếm mấy phần trăm?")
    assert ans.found and "17 TCCS" in lead_of(ans) and "1,49%" in lead_of(ans) and "121" not in lead_of(ans), ans.answer
    assert lead_of(ans).count("1,49%") == 1, ans.answer
    from assistant.periods import this_year
    assert this_year("Năm nay kết nạp bao nhiêu đảng viên?", ["năm 2026", "giai đoạn 2021-2025", None]) == \
        "Năm 2026 kết nạp bao nhiêu đảng viên?"
    assert this_year("Kết nạp bao nhiêu đảng viên?", ["năm 2026"]) == "Kết nạp bao nhiêu đảng viên?"


def lead_of(ans) -> str:
    return ans.answer.split("\n\n")[0]
