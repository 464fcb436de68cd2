"""Question shapes read on a provincial statistics office's monthly report (written by a helper who never saw
the code, tests/data/cuc-thong-ke-ha-son-thang-10-2026.docx: 'Tình hình kinh tế - xã hội tháng 10 và 10
tháng năm 2026'), loaded with a trade union's October report and a health department's half-year report:
the month and the ten months beside each other, periods typed without 'năm' or as 'tháng 10 vừa rồi', the
base of an index ('so với tháng 9/2026'), a head asked by its initials ('DN') and written out."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
STATS = "cuc-thong-ke-ha-son-thang-10-2026"


def lead(ans) -> str:
    return ans.answer.split("\n\n")[0]


@pytest.fixture(scope="module")
def stats(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{STATS}.docx", DATA / "ldld-khanh-nam-thang-10-2026.md",
                       DATA / "so-y-te-dong-ha-6-thang-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_a_title_that_reports_on_the_months_asked_is_their_report(stats):
    # its period is its month; its title reports on the ten months too
    assert stats.store.report(STATS).period == "tháng 10 năm 2026"
    ans = stats.ask("Báo cáo KT-XH 10 tháng 2026 của tỉnh Hà Sơn có số hiệu là gì?")
    assert "512/BC-CTK" in ans.answer and {c.report for c in ans.citations} == {STATS}, ans.answer


def test_the_ten_months_figure_beside_the_months_one(stats):
    ans = stats.ask("Kim ngạch xuất khẩu 10 tháng 2026 của tỉnh Hà Sơn ước bao nhiêu?")
    assert ans.found and "5.487,9 triệu USD" in lead(ans), ans.answer
    # 'DN' asked, 'doanh nghiệp' written; October's '9 DN' is no answer for the ten months
    ans = stats.ask("Số DN hoàn tất thủ tục giải thể trong 10 tháng năm 2026 là bao nhiêu?")
    assert ans.found and "96 doanh nghiệp" in lead(ans) and "173" not in lead(ans), ans.answer


def test_last_month_is_the_newest_reports_month(stats):
    ans = stats.ask("Tháng 10 vừa rồi tai nạn giao thông trên địa bàn tỉnh làm chết bao nhiêu người?")
    assert ans.found and "19 người" in lead(ans) and {c.report for c in ans.citations} == {STATS}, ans.answer


def test_the_base_of_an_index_is_not_the_period_asked(stats):
    ans = stats.ask("Ngành sản xuất sản phẩm điện tử, máy vi tính tháng 10 so với tháng 9/2026 có chỉ số là bao nhiêu?")
    assert ans.found and "103,5" in lead(ans), ans.answer
    assert "Trong đó" not in lead(ans) and "dòng Sản xuất sản phẩm điện tử" in lead(ans)  # the row as a reader names it



def test_a_body_opening_the_question_and_a_verb_that_names_the_list(stats):
    # 'Cục Thống kê …' opens the question with the body's name; 'kiến nghị những giải pháp gì' is answered
    # by 'Một số kiến nghị trong những tháng cuối năm' when no heading names 'giải pháp'
    ans = stats.ask("Cục Thống kê tỉnh kiến nghị những giải pháp gì cho những tháng cuối năm 2026?")
    assert ans.found and {c.section for c in ans.citations} == {"VIII.3"}, ans.answer
    assert "giải phóng mặt bằng" in ans.answer
