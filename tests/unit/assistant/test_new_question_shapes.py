"""Question shapes read on two documents written by a helper who never saw the code (a district
People's Committee's year report in .docx, a provincial party committee's mass-mobilisation report
as a PDF), parsed by the indexer's code and held beside the samples and two other year-2026 reports:
rows an assessment column marks 'Không đạt', two rows named in one question, bodies asked together,
a list of causes 'dẫn tới' the shortcomings, a list placed by its lead-in, a signer among several
reports of one period, a period no loaded report covers, 'nhiều … nhất'."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
DISTRICT = "ubnd-huyen-ngoc-khe-nam-2026"
PROVINCE = "tinh-uy-van-linh-dan-van-6-thang-2026"
POLICE = "cong-an-tinh-hai-thach-6-thang-2026"


@pytest.fixture(scope="module")
def shapes(tmp_path_factory):
    from assistant import Assistant, Settings
    from tests.conftest import H1, H2, YEAR

    store = FakeStore([H1, YEAR, H2, DATA / f"{DISTRICT}.docx", DATA / f"{PROVINCE}.pdf",
                       DATA / "huyen-uy-song-thao-nam-2026.docx", DATA / "thanh-tra-ha-nam-bac-2026.docx",
                       DATA / f"{POLICE}.docx", DATA / "ubkt-tinh-uy-quy-3-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_rows_an_assessment_column_marks_as_not_met(shapes):
    ans = shapes.ask("Huyện Ngọc Khê có những chỉ tiêu chủ yếu nào chưa đạt kế hoạch năm 2026?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "được đánh giá chưa đạt" in lead
    for row in ("lương thực có hạt", "vốn đầu tư toàn xã hội", "bảo hiểm y tế"):
        assert row in lead
    assert all(c.report == DISTRICT for c in ans.citations) and all("Không đạt" in c.quote for c in ans.citations)


def test_two_rows_named_in_one_question(shapes):
    ans = shapes.ask("Cuối năm 2026 tỷ lệ hộ nghèo của xã Bản Chiêu và xã Khê Thượng huyện Ngọc Khê lần lượt là bao nhiêu?")
    lead = ans.answer.split("\n\n")[0]
    assert "Bản Chiêu" in lead and "9,59" in lead and "Khê Thượng" in lead and "6,77" in lead
    assert ans.citations[0].section == "Phụ lục 1"


def test_bodies_asked_together_each_get_their_figure(shapes):
    ans = shapes.ask("Thanh tra huyện và Phòng Tài nguyên và Môi trường huyện Ngọc Khê đã tiến hành bao nhiêu cuộc "
                     "thanh tra, kiểm tra trong năm 2026?")
    lead = ans.answer.split("\n\n")[0]
    assert "9 cuộc thanh tra hành chính" in lead and "6 cuộc thanh tra, kiểm tra chuyên ngành" in lead


def test_a_list_of_causes_is_not_chosen_by_what_they_lead_to(shapes):
    # 'dẫn tới hạn chế' says what the causes are of; 'hướng dẫn' in one item must not choose it alone
    ans = shapes.ask("Những nguyên nhân khách quan nào dẫn tới hạn chế của huyện Ngọc Khê năm 2026?")
    assert ans.found and ans.citations[0].section.startswith("Phần thứ nhất › III.3.a")
    for item in ("Thiên tai, mưa lũ", "Giá vật tư đầu vào", "chưa có hướng dẫn kịp thời"):
        assert item in ans.answer


def test_a_generic_list_placed_by_its_lead_in(shapes):
    # '… Nội dung giám sát tập trung vào:' introduces '+' items under a heading that names no list
    ans = shapes.ask("Trong 6 tháng đầu năm 2026, Mặt trận tỉnh Vân Lĩnh giám sát chuyên đề những nội dung gì?")
    assert ans.found and {c.section for c in ans.citations} <= {"I.3.3"} | {f"I.3.3.-{i}" for i in range(1, 6)}
    for item in ("bảo hiểm xã hội, bảo hiểm y tế", "bồi thường, hỗ trợ, tái định cư", "kiến nghị của cử tri"):
        assert item in ans.answer


def test_the_signer_of_the_report_the_body_names_among_reports_of_one_year(shapes):
    ans = shapes.ask("Ai ký báo cáo năm 2026 của Ủy ban nhân dân huyện Ngọc Khê?")
    assert ans.found and "Hoàng Minh Tuấn" in ans.answer
    assert {c.report for c in ans.citations} == {DISTRICT}


def test_a_half_year_no_loaded_report_covers_is_refused(shapes):
    ans = shapes.ask("6 tháng đầu năm 2025, Ban Thường vụ Tỉnh ủy Vân Lĩnh đã công nhận bao nhiêu mô hình "
                     "“Dân vận khéo” cấp tỉnh?")
    assert not ans.found and "68" not in ans.answer.split("\n")[0]


def test_the_most_of_a_counted_noun(shapes):
    ans = shapes.ask("Đoàn thể nào của tỉnh Vân Lĩnh có nhiều mô hình “Dân vận khéo” được công nhận nhất trong "
                     "6 tháng đầu năm 2026?")
    lead = ans.answer.split("\n\n")[0]
    assert "Hội Nông dân" in lead and "23" in lead and ans.citations[0].report == PROVINCE


def test_two_asks_in_one_question(shapes):
    # 'bao nhiêu tiền và bao nhiêu ngày công': the first ask counts money, the second days of work
    ans = shapes.ask("Năm 2026 Hội Nông dân huyện Ngọc Khê vận động hội viên đóng góp bao nhiêu tiền và bao nhiêu "
                     "ngày công?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "1.372 triệu đồng" in lead and "4.860 ngày công" in lead


def test_bodies_listed_after_a_colon_each_own_their_rate(shapes):
    # '… được nâng lên: Hội Nông dân đạt 76,4% …, Hội Cựu chiến binh đạt 94,2% …'
    ans = shapes.ask("Tỷ lệ tập hợp hội viên của Hội Nông dân và Hội Cựu chiến binh tỉnh Vân Lĩnh lần lượt là bao nhiêu?")
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "76,4%" in lead and "94,2%" in lead


def test_half_a_year_said_as_nua_dau_nam(shapes):
    ans = shapes.ask("Nửa đầu năm 2026 Hải Thạch xảy ra mấy vụ cháy cơ sở sản xuất, kinh doanh?")
    assert ans.found and "9 vụ cháy cơ sở sản xuất, kinh doanh" in ans.answer.split("\n\n")[0]


def test_rows_the_question_leaves_out_are_not_ranked(shapes):
    ans = shapes.ask("Không kể Công an các xã, phường, đơn vị nào của Công an tỉnh Hải Thạch phát hiện nhiều vụ nhất "
                     "trong 6 tháng đầu năm 2026?")
    lead = ans.answer.split("\n\n")[0]
    assert "Phòng Cảnh sát hình sự" in lead and "96" in lead and "Công an các xã" not in lead


def test_a_row_of_another_body_is_no_answer(shapes):
    # the table names 'Phòng Cảnh sát hình sự', 'Phòng Cảnh sát kinh tế' …, not 'Phòng Cảnh sát cơ động'
    ans = shapes.ask("Phòng Cảnh sát cơ động Công an tỉnh Hải Thạch đã khởi tố bao nhiêu vụ án trong 6 tháng đầu năm 2026?")
    assert not ans.found


def test_a_question_about_the_months_ahead_reads_the_plan_of_the_report_that_sets_it(shapes):
    # '6 tháng cuối năm 2026' + 'dự báo': the half-year report's plan part, not a third-quarter report
    ans = shapes.ask("Dự báo 6 tháng cuối năm 2026, tình hình an ninh, trật tự ở Hải Thạch có những vấn đề gì nổi lên?")
    assert ans.found and ans.citations[0].report == POLICE and ans.citations[0].section.startswith("Phần thứ hai › I")


def test_two_rows_of_one_column_named_by_its_brackets(shapes):
    # 'khởi tố bao nhiêu bị can' names the column 'Khởi tố (bị can)', not 'Khởi tố (vụ)'
    ans = shapes.ask("Phòng Cảnh sát kinh tế và Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao của "
                     "Công an tỉnh Hải Thạch đã khởi tố bao nhiêu bị can trong 6 tháng đầu năm 2026?")
    lead = ans.answer.split("\n\n")[0]
    assert "Khởi tố (bị can): 33" in lead and "Khởi tố (bị can): 16" in lead and "Khởi tố (vụ)" not in lead


def test_each_body_gets_the_figure_of_the_act_asked(shapes):
    # the Inspection Commissions' 'thi hành kỷ luật 27 đảng viên' stands in a sentence holding less of the
    # question than 'Qua kiểm tra kết luận 14 đảng viên …': each body's figure is chosen among its own
    ans = shapes.ask("Ủy ban kiểm tra các cấp và cấp ủy các cấp thi hành kỷ luật bao nhiêu đảng viên trong 6 tháng "
                     "đầu năm 2021?")
    lead = ans.answer.split("\n\n")[0]
    assert "thi hành kỷ luật 27 đảng viên" in lead and "thi hành kỷ luật 106 đảng viên" in lead
    assert "kết luận 14" not in lead


def test_lessons_asked_by_gi_are_the_whole_list(shapes):
    ans = shapes.ask("Qua 6 tháng đầu năm 2026, Công an tỉnh Hải Thạch rút ra những bài học gì?")
    assert ans.found
    lessons = [c for c in ans.citations if c.section.endswith("IV.4")]
    assert len(lessons) == 4, ans.answer
    ans2 = shapes.ask("Công an tỉnh Hải Thạch rút ra bài học kinh nghiệm gì?")
    assert len([c for c in ans2.citations if c.section.endswith("IV.4")]) == 4, ans2.answer


def test_a_plan_list_placed_by_the_abbreviation_of_its_introducing_bullet(shapes):
    # the items sit under '- … phấn đấu kéo giảm TNGT trên cả 3 tiêu chí, trong đó:' of the plan part;
    # 'tai nạn giao thông' is spelled 'TNGT' there, and the asking body is the report's issuer
    ans = shapes.ask("Trong 6 tháng cuối năm 2026, để kéo giảm tai nạn giao thông, Công an tỉnh Hải Thạch "
                     "sẽ thực hiện những biện pháp nào?", [POLICE])
    assert ans.found and all(c.section == "Phần thứ hai › II.3" for c in ans.citations), ans.answer
    assert "120 điểm camera" in ans.answer and "đua xe trái phép" in ans.answer
    # the figure of the introducing words ('3 tiêu chí') stands in a quote too
    assert any("3 tiêu chí" in c.quote for c in ans.citations)


def test_a_target_and_its_result_asked_together_read_one_row(shapes):
    ans = shapes.ask("Chỉ tiêu năm 2026 về tỷ lệ xã, phường đạt tiêu chuẩn “An toàn về an ninh, trật tự” là bao nhiêu, "
                     "6 tháng đầu năm thực hiện được bao nhiêu?", [POLICE])
    lead = ans.answer.split("\n\n")[0]
    assert ans.found and "Trên 80%" in lead and "83,6%" in lead, ans.answer
    assert len(ans.citations) == 1 and "An toàn về an ninh, trật tự" in ans.citations[0].quote


def test_the_kind_of_thing_asked_stands_by_the_figure(shapes):
    # 'Tai nạn đường sắt … làm chết bao nhiêu người?': the report gives 2 accidents on the railway and the
    # deaths of all traffic accidents (58) and of fires (2), none of them the railway's
    ans = shapes.ask("Tai nạn đường sắt ở Hải Thạch 6 tháng đầu năm 2026 làm chết bao nhiêu người?", [POLICE])
    assert not ans.found and "58" not in ans.answer.split("\n\n")[0], ans.answer
    ans = shapes.ask("Tai nạn giao thông ở Hải Thạch 6 tháng đầu năm 2026 làm chết bao nhiêu người?", [POLICE])
    assert ans.found and "58 người" in ans.answer.split("\n\n")[0], ans.answer


def test_a_consequence_is_of_the_incident_its_sentence_opens_with(shapes):
    # 'Xảy ra 287 vụ phạm pháp hình sự …, làm chết 9 người, bị thương 64 người': the act asked in the
    # figure's own clause decides between the consequences
    ans = shapes.ask("Phạm pháp hình sự ở Hải Thạch 6 tháng đầu năm 2026 làm bị thương bao nhiêu người?", [POLICE])
    assert ans.found and "64 người" in ans.answer.split("\n\n")[0] and "9 người" not in ans.answer.split("\n\n")[0], \
        ans.answer
    # the period's damage, not the one fire a footnote tells of ('xảy ra ngày 23/4/2026')
    ans = shapes.ask("Cháy nổ 6 tháng đầu năm 2026 ở Hải Thạch gây thiệt hại bao nhiêu tiền?", [POLICE])
    assert ans.found and "7,8 tỷ đồng" in ans.answer.split("\n\n")[0], ans.answer


def test_two_bodies_joined_by_va_act_together(shapes):
    # 'Lực lượng PCCC và CNCH đã tham gia 34 vụ cứu nạn, cứu hộ, cứu được 19 người …'
    ans = shapes.ask("Lực lượng PCCC ở Hải Thạch cứu được bao nhiêu người trong 6 tháng đầu năm 2026?", [POLICE])
    assert ans.found and "19 người" in ans.answer.split("\n\n")[0], ans.answer
