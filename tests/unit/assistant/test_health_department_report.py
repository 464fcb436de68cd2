"""Question shapes read on a provincial health department's half-year report (written by a helper who
never saw the code, tests/data/so-y-te-dong-ha-6-thang-2026.docx): a table of units grouped by level
('A. Tuyến tỉnh', 'B. Tuyến huyện (Trung tâm Y tế …)'), a body asked in full and written by its
initials ('Trung tâm Y tế' / 'TTYT'), 'lượt người', a plan stated before what was done in one
sentence, a bullet that introduces its own '+' items, a data table whose rows begin 'Số …/…'."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
HEALTH = "so-y-te-dong-ha-6-thang-2026"


@pytest.fixture(scope="module")
def health(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{HEALTH}.docx", DATA / "ubnd-phuong-an-binh-9-thang-2026.pdf"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_the_lowest_row_of_a_table_with_the_period_after_the_extreme(health):
    # 'thấp nhất 6 tháng đầu năm': the figure after 'nhất' is the period's, not 'ít nhất 95%'
    ans = health.ask("Trung tâm Y tế nào của tỉnh Đông Hà có công suất sử dụng giường bệnh thấp nhất 6 tháng đầu năm 2026?")
    assert ans.found and "Đạ Vinh" in ans.answer and "78,9" in ans.answer, ans.answer
    assert {c.section for c in ans.citations} == {"I.3.1"}


def test_visits_by_people_are_the_column_of_visits(health):
    ans = health.ask("TTYT huyện Kim Hoa đã khám bệnh cho bao nhiêu lượt người trong 6 tháng đầu năm 2026?")
    assert ans.found and "135.810" in ans.answer.split("\n\n")[0], ans.answer


def test_a_body_asked_in_full_is_found_by_its_initials_in_a_parallel_clause(health):
    # '… bình quân của các bệnh viện tuyến tỉnh là 104,1%, của các TTYT tuyến huyện là 91,1%'
    ans = health.ask("Công suất sử dụng giường bệnh bình quân của các Trung tâm Y tế tuyến huyện tỉnh Đông Hà "
                     "6 tháng đầu năm 2026 là bao nhiêu?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "91,1%" in lead and "104,1%" not in lead, ans.answer


def test_what_was_done_after_the_plan_in_one_sentence(health):
    # 'Kế hoạch vốn … là 342,5 tỷ đồng …; giá trị giải ngân 6 tháng là 112,7 tỷ đồng, đạt 32,9% kế hoạch'
    ans = health.ask("Vốn đầu tư công của ngành Y tế Đông Hà đã giải ngân được bao nhiêu trong 6 tháng đầu năm 2026, "
                     "đạt bao nhiêu phần trăm kế hoạch?", [HEALTH])
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "112,7 tỷ đồng" in lead and "32,9%" in lead, ans.answer
    assert ans.citations[0].section == "I.9"


def test_a_name_is_held_whole_not_syllable_by_syllable(health):
    # the health report holds 'dự án' and 'bình quân', never 'An Bình': its disbursement is not the ward's
    ans = health.ask("Đến giữa tháng 9/2026, phường An Bình đã giải ngân được bao nhiêu vốn đầu tư công, "
                     "bằng bao nhiêu phần trăm kế hoạch vốn?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "9.187 triệu đồng" in lead and "112,7" not in lead, ans.answer
    assert ans.citations[0].report == "ubnd-phuong-an-binh-9-thang-2026"


def test_a_bullet_that_introduces_its_own_items_gives_them(health):
    ans = health.ask("Bệnh viện Đa khoa tỉnh Đông Hà đã triển khai những kỹ thuật mới nổi bật nào trong 6 tháng đầu năm 2026?")
    assert ans.found, ans.answer
    for item in ("Can thiệp mạch vành qua da", "cắt khối tá tụy", "Lọc máu liên tục"):
        assert item in ans.answer, ans.answer


def test_a_data_table_whose_rows_begin_with_so_is_read_as_rows():
    from index.loaders import read_document
    from index.parse import parse_document

    report = parse_document(read_document(DATA / f"{HEALTH}.docx"))
    # 'Số bác sĩ/vạn dân' looks like a document number ('Số 12/BC-…') but starts a data row
    assert "‣ Số bác sĩ/vạn dân | Đơn vị tính: Bác sĩ | Kế hoạch năm 2026: 10,8 | Thực hiện 6 tháng: 10,5" in report.text


def test_a_second_ask_with_its_own_unit_is_answered_from_the_same_section(health):
    ans = health.ask("Bệnh sởi ở Đông Hà 6 tháng đầu năm 2026: có bao nhiêu ca sốt phát ban nghi sởi và mấy trường hợp tử vong?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "57 ca" in lead and "01 trường hợp tử vong" in lead, ans.answer
    assert {c.section for c in ans.citations} <= {"I.2.1.c", "I.2.1.c › chú thích 1"}


def test_a_paragraph_that_ends_announcing_is_quoted_with_its_items(health):
    # '… xảy ra 03 vụ ngộ độc thực phẩm … . Cụ thể:' then one '-' item per case
    ans = health.ask("Các vụ ngộ độc thực phẩm xảy ra ở Đông Hà trong 6 tháng đầu năm 2026 gồm những vụ nào?")
    assert ans.found, ans.answer
    for item in ("Thuận Khê", "Công ty TNHH May Hòa Phong", "nấm rừng"):
        assert item in ans.answer, ans.answer


def test_the_same_period_of_last_year_is_a_base_stated_in_this_years_report(health):
    from assistant.periods import stated

    assert stated("So với cùng kỳ năm 2025, số ca mắc quý III năm 2026 tăng hay giảm?") == ["quý III năm 2026"]
    ans = health.ask("Cùng kỳ năm 2025, tỷ lệ dân số tỉnh Đông Hà được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử là bao nhiêu?")
    assert ans.found and "78,5" in ans.answer.split("\n\n")[0], ans.answer


def test_a_range_whose_year_is_written_once_answers_from_when_to_when(health):
    ans = health.ask("Tháng hành động vì an toàn thực phẩm năm 2026 ở tỉnh Đông Hà diễn ra từ ngày nào đến ngày nào?")
    assert ans.found and "từ ngày 15/4 đến ngày 15/5/2026" in ans.answer.split("\n\n")[0], ans.answer
    assert ans.citations[0].section == "I.6"


def test_where_is_answered_by_a_sentence_that_names_a_place(health):
    # 'không có trường hợp tử vong' shares the question's words; 'tại huyện Mường Kha' answers it
    ans = health.ask("Trường hợp tử vong do sởi ở tỉnh Đông Hà năm 2026 xảy ra ở đâu và là ai?")
    assert ans.found and ans.citations[0].section == "I.2.1.c", ans.answer
    assert "Mường Kha" in ans.answer and "14 tháng tuổi" in ans.answer
