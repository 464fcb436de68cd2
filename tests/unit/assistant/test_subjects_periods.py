"""Who a figure belongs to, what a question asks for, and which reports its period names."""
from assistant.periods import Span, order_key, parse, reports_for
from assistant.question import analyse
from assistant.scope import ReportInfo
from assistant.subjects import question_subject, same_body, subject_at


def test_body_names_are_read_from_the_head_of_a_clause():
    cases = {
        "Cấp ủy các cấp kiểm tra 265 đảng viên": "Cấp ủy các cấp",
        "Ủy ban kiểm tra các cấp đã kiểm tra 18 đảng viên": "Ủy ban kiểm tra các cấp",
        "Ban Thường vụ Tỉnh ủy đã họp 14 phiên": "Ban Thường vụ Tỉnh ủy",
        "Thường trực HĐND tỉnh tổ chức 06 phiên giải trình": "Thường trực HĐND tỉnh",
        "Các cấp Hội Cựu chiến binh chỉ đạo tổ chức đại hội": "Các cấp Hội Cựu chiến binh",
        # only a name's first syllable is capitalised: its lower words run up to the verb's marker
        "Lực lượng Quản lý thị trường đã kiểm tra 1.032 vụ": "Lực lượng Quản lý thị trường",
        "Ủy ban nhân dân tỉnh đang triển khai 12 dự án": "Ủy ban nhân dân tỉnh",
        # …and not over a verb that has no marker before it
        "Sở Công Thương tổ chức kiểm tra được 5 cơ sở": "Sở Công Thương",
    }
    for clause, name in cases.items():
        assert subject_at(clause).text == name, clause
    # a verb, a preposition or a common noun does not open a body's name
    for clause in ("Tiến hành kiểm tra 148 tổ chức đảng", "Ban hành 09 nghị quyết", "Phòng, chống tham nhũng",
                   "Hội phụ nữ kết nối tiêu thụ"):
        assert subject_at(clause) is None, clause
    assert subject_at("Toàn tỉnh kết nạp được 812 đảng viên").scope  # the whole area, no particular body


def test_a_different_body_never_answers():
    asked = question_subject("Ban Thường vụ Tỉnh ủy họp bao nhiêu phiên?")
    assert not same_body(asked, subject_at("Thường trực Tỉnh ủy họp 26 phiên"), set())
    assert same_body(asked, subject_at("Ban Thường vụ Tỉnh ủy đã họp 14 phiên"), set())
    ubkt = question_subject("Ủy ban kiểm tra các cấp tiếp nhận bao nhiêu lượt đơn thư?")
    assert not same_body(ubkt, subject_at("Cấp ủy các cấp kiểm tra 231 đảng viên"), set())
    # a scope-only subject takes its body from the heading
    hoi = question_subject("Hội Cựu chiến binh vận động hội viên trồng bao nhiêu cây xanh?")
    assert same_body(hoi, subject_at("Các cấp Hội vận động hội viên trồng 52.000 cây xanh"),
                     {"hội", "cựu", "chiến", "binh"})


def test_ordinary_question_words_are_not_topics():
    for text, gone in [("Tóm tắt những hạn chế của báo cáo 6 tháng đầu năm 2022", "tóm"),
                       ("Báo cáo năm 2021 ghi nhận bao nhiêu vụ án tham nhũng bị khởi tố?", "ghi"),
                       ("Thu ngân sách đạt bao nhiêu phần trăm dự toán?", "phần_trăm"),
                       ("Ủy ban kiểm tra các cấp tiếp nhận bao nhiêu lượt đơn thư trong mỗi báo cáo?", "mỗi")]:
        q = analyse(text)
        assert gone not in q.focus and gone not in q.words, text
    assert analyse("Ủy ban kiểm tra các cấp tiếp nhận bao nhiêu lượt đơn thư trong mỗi báo cáo?").per_report
    change = analyse("Số đảng viên bị thi hành kỷ luật thay đổi thế nào giữa hai báo cáo?")
    assert change.kind == "figure" and change.per_report


def test_what_a_figure_question_asks():
    q = analyse("Có bao nhiêu giấy phép xây dựng được cấp?")
    assert q.counted == ["giay", "phep", "xay", "dung"] and "cap" in q.asked
    q = analyse("Ủy ban kiểm tra các cấp đã giám sát bao nhiêu đảng viên trong năm 2021?")
    assert q.subject.text == "Ủy ban kiểm tra các cấp" and {"giam", "sat"} <= set(q.asked)
    assert analyse("Năm 2022 có bao nhiêu đảng viên bị khai trừ?").asked == ["dang", "vien", "khai", "tru"]


def test_list_questions():
    for text in ("Những hạn chế chủ yếu là gì?", "Nhiệm vụ trọng tâm 6 tháng cuối năm 2021 là gì?",
                 "Bài học kinh nghiệm rút ra là gì?", "Các đề xuất, kiến nghị của báo cáo là gì?"):
        assert analyse(text).listing, text
    assert not analyse("Có bao nhiêu đảng viên bị thi hành kỷ luật?").listing


def test_periods_as_spans_of_months():
    assert parse("6 tháng đầu năm 2022") == Span(2022, 1, 6)
    assert parse("quý II năm 2021") == Span(2021, 4, 6)
    assert parse("năm 2021") == Span(2021, 1, 12)
    assert parse("6 tháng đầu năm 2022").within(parse("năm 2022"))
    assert order_key("6 tháng đầu năm 2021") < order_key("năm 2021") < order_key("6 tháng đầu năm 2022")


def test_reports_named_by_a_period():
    reports = [ReportInfo("h1", "6 tháng đầu năm 2021", "… 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2021"),
               ReportInfo("y", "năm 2021", "… năm 2021, phương hướng, nhiệm vụ năm 2022"),
               ReportInfo("h2", "6 tháng đầu năm 2022", "… 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2022")]
    ids = lambda text: [r.id for r in reports_for(text, reports) or []]
    assert ids("Năm 2021 có bao nhiêu đảng viên bị khai trừ?") == ["y"]  # the period itself
    assert ids("Năm 2022 có bao nhiêu đảng viên bị khai trừ?") == ["h2"]  # a part of the year asked
    assert ids("Phương hướng, nhiệm vụ năm 2022 là gì?") == ["y"]  # the report that plans that year
    assert ids("Nhiệm vụ trọng tâm 6 tháng cuối năm 2021 là gì?") == ["h1"]
    assert ids("How many party members were expelled in 2021?") == ["y"]
    assert reports_for("Có bao nhiêu đảng viên bị khai trừ?", reports) is None


def test_a_horizon_names_no_report():
    reports = [ReportInfo("chien-luoc", "tháng 1 năm 2026", "Báo cáo triển khai Chiến lược phát triển ngành đến năm 2030",
                          True),
               ReportInfo("chinh-tri", "nhiệm kỳ 2025-2030", "Báo cáo chính trị"),
               ReportInfo("6t-2021", "6 tháng đầu năm 2021", "Báo cáo 6 tháng đầu năm 2021, phương hướng nhiệm vụ "
                          "6 tháng cuối năm 2021")]
    # 'đến năm 2030' is the date targets are set for: any report may set them
    assert reports_for("Đến năm 2030, tỉnh đặt mục tiêu kinh tế số chiếm bao nhiêu phần trăm GRDP?", reports) is None
    # a period the question plans for still names the report whose title plans it
    assert [r.id for r in reports_for("Nhiệm vụ trọng tâm 6 tháng cuối năm 2021 là gì?", reports)] == ["6t-2021"]


def test_a_period_written_another_way_names_its_report():
    reports = [ReportInfo("9t", "9 tháng đầu năm 2026", "Báo cáo 9 tháng đầu năm 2026"),
               ReportInfo("6t", "6 tháng đầu năm 2026", "Báo cáo 6 tháng đầu năm 2026"),
               ReportInfo("t4", "tháng 4 năm 2026", "Báo cáo kiểm tra", True)]
    # '9 tháng năm 2026' is the nine-month report, not every report within those months
    assert [r.id for r in reports_for("Ai ký báo cáo 9 tháng năm 2026?", reports)] == ["9t"]


def test_what_an_estimate_question_counts():
    q = analyse("Tổng chi ngân sách phường An Bình 9 tháng năm 2026 ước bao nhiêu, trong đó chi thường xuyên là bao nhiêu?")
    assert q.counted == ["chi", "ngan", "sach"] and not q.action  # 'phường An Bình' is where, 'ước' no act
    q = analyse("Tổng thu ngân sách nhà nước 9 tháng ước đạt bao nhiêu và tăng thế nào so với cùng kỳ?")
    assert q.counted[:3] == ["thu", "ngan", "sach"] and not q.action


def test_bodies_joined_by_va_are_each_asked_about():
    from assistant.subjects import coordinated, subject_at

    first = subject_at("Thanh tra huyện và Phòng Tài nguyên và Môi trường huyện Ngọc Khê đã tiến hành")
    assert first.text == "Thanh tra huyện"
    # 'và' inside a name joins its capitalised parts; before a body's head it joins two bodies
    assert [s.text for s in coordinated("Thanh tra huyện và Phòng Tài nguyên và Môi trường huyện Ngọc Khê đã", first)] \
        == ["Phòng Tài nguyên và Môi trường huyện Ngọc Khê"]
    assert subject_at("Phòng Tài nguyên và Môi trường chủ trì 6 cuộc").text == "Phòng Tài nguyên và Môi trường"
    lone = subject_at("Hội Nông dân tỉnh đã vận động")
    assert coordinated("Hội Nông dân tỉnh đã vận động", lone) == []


def test_a_light_verb_asks_no_action():
    from assistant.question import analyse

    # 'tiến hành', 'thực hiện' only say something was done: the sentence may say 'chủ trì 6 cuộc'
    assert analyse("Thanh tra huyện đã tiến hành bao nhiêu cuộc thanh tra?").action == []
    assert analyse("Ủy ban kiểm tra các cấp đã giám sát bao nhiêu đảng viên?").action == ["giam", "sat"]


def test_a_school_year_is_a_period_over_two_calendar_years():
    assert parse("năm học 2025 - 2026") == Span(2026, 1, 8)  # it ends in summer
    reports = [ReportInfo("gd", "năm học 2025-2026", "Báo cáo tổng kết năm học 2025 - 2026"),
               ReportInfo("y26", "năm 2026", "Báo cáo năm 2026"),
               ReportInfo("y24", "năm 2024", "Báo cáo năm 2024")]
    ids = lambda text, rs=reports: [r.id for r in reports_for(text, rs) or []]
    # the report of that school year first, however the dash is written, then the year it ends in
    # (a district's year report also states its school year's results)
    assert ids("Tỷ lệ tốt nghiệp THPT năm học 2025 – 2026 là bao nhiêu?") == ["gd", "y26"]
    # without it, the reports of the calendar years the school year spans
    assert ids("Tỷ lệ tốt nghiệp THPT năm học 2025 - 2026 là bao nhiêu?", reports[1:]) == ["y26"]
    assert ids("Tỷ lệ tốt nghiệp THPT năm học 2023 - 2024 là bao nhiêu?", reports[1:]) == ["y24"]
    # a calendar year asked reaches the school year that ends in it, after its own reports
    assert ids("Năm 2026 có bao nhiêu thí sinh đỗ tốt nghiệp THPT?") == ["y26", "gd"]


def test_a_proper_name_written_with_capitals_names_the_one_report_that_bears_it():
    from assistant.scope import named_by_name
    from index.models import Report

    rep = lambda rid, title, issuer: Report(id=rid, title=title, period="năm 2026", issuer=issuer,
                                            source_name=f"{rid}.docx", content_hash=rid, text="", sections=[])
    reports = [rep("nk", "Báo cáo kinh tế - xã hội năm 2026", "Ủy ban nhân dân huyện Ngọc Khê"),
               rep("sl", "Báo cáo năm 2026", "Ủy ban nhân dân huyện Sơn Lâm")]
    assert named_by_name(reports, "Kết quả nổi bật năm 2026 của huyện Ngọc Khê thể hiện ở những mặt nào?") == "nk"
    # a capital that opens the question is no name; a name no report bears, or both bear, names none
    assert named_by_name(reports, "Kết quả nổi bật năm 2026 thể hiện ở những mặt nào?") is None
    assert named_by_name(reports, "Huyện Hòa Bình có bao nhiêu xã?") is None


def test_the_months_a_question_asks_apart_from_the_reports_own():
    from assistant.periods import asked_part, spans_in

    # 'đến hết tháng 6' runs from January; a month written with a slash is that month
    assert spans_in("Lũy kế đến hết tháng 6 năm 2026, toàn tỉnh …") == [Span(2026, 1, 6)]
    assert spans_in("trong tháng 10/2026") == [Span(2026, 10, 10)]
    # 'cùng kỳ năm 2025' compares, it states no period of its own
    assert spans_in("tăng 5% so với cùng kỳ năm 2025") == []
    # a bare 'N tháng' (a table's column) is the first N months only when asked to read loosely
    assert spans_in("Thực hiện 9 tháng", 2026) == [] and spans_in("Thực hiện 9 tháng", 2026, loose=True) == [Span(2026, 1, 9)]
    # nine months asked of the report of October, the first half asked of the year's report
    assert asked_part("10 tháng năm 2026 toàn tỉnh thu được bao nhiêu?", "tháng 10 năm 2026") == Span(2026, 1, 10)
    assert asked_part("Đến hết tháng 6 năm 2026 có bao nhiêu hộ?", "năm 2026") == Span(2026, 1, 6)
    # the report's own period, the whole year, a plan, a term: nothing asked apart
    assert asked_part("Tháng 10 năm 2026 thu được bao nhiêu?", "tháng 10 năm 2026") is None
    assert asked_part("Năm 2026 có bao nhiêu hộ?", "6 tháng đầu năm 2026") is None
    assert asked_part("Kế hoạch 6 tháng cuối năm 2026 phấn đấu bao nhiêu?", "6 tháng đầu năm 2026") is None
    assert asked_part("Năm 2023 giảm bao nhiêu hộ nghèo?", "giai đoạn 2021 - 2025") is None


def test_a_term_asked_is_a_span_of_years_not_its_first_year():
    reports = [ReportInfo("dh", "nhiệm kỳ 2025-2030", "Báo cáo chính trị Đại hội đại biểu Đảng bộ tỉnh"),
               ReportInfo("gn", "giai đoạn 2021-2025", "Báo cáo tổng kết chương trình giảm nghèo"),
               ReportInfo("y23", "năm 2023", "Báo cáo kinh tế - xã hội năm 2023"),
               ReportInfo("y21", "năm 2021", "Báo cáo kinh tế - xã hội năm 2021")]
    ids = lambda text, rs=reports: [r.id for r in reports_for(text, rs) or []]
    # the term's own report, and the congress report that opens the next term (it reviews this one)
    assert ids("Giai đoạn 2021 - 2025 giảm được bao nhiêu hộ nghèo?") == ["gn", "dh"]
    # a plan for a term: the report of that term and the review of the term just ended
    assert ids("Mục tiêu giai đoạn 2026 - 2030 là gì?") == ["dh", "gn"]
    # no report of the term: the reports of the years inside it
    assert ids("Nhiệm kỳ 2020 - 2024 có bao nhiêu đảng viên mới?", reports[2:]) == ["y23", "y21"]


def test_a_stock_counted_at_a_months_end_is_of_the_months_up_to_it():
    from assistant.periods import asked_part, spans_in, stated

    # 'Đến 30/6/2026' is the first half-year; 'đến hết ngày 31/12/2025' the year; a day mid-month dates nothing
    assert stated("Đến 30/6/2026 tỉnh có bao nhiêu người tham gia BHXH tự nguyện?") == ["6 tháng đầu năm 2026"]
    assert stated("Tính đến hết ngày 31/12/2025 còn bao nhiêu hộ nghèo?") == ["năm 2025"]
    assert stated("Đến 15/6/2026 có bao nhiêu hồ sơ?") == []
    # a sentence dated so ('Đến ngày 30/11/2026, toàn tỉnh có …') states the months a question asks up to
    assert spans_in("Đến ngày 30/11/2026, toàn tỉnh có 313.240 hội viên") == [Span(2026, 1, 11)]
    assert asked_part("Tính đến hết tháng 11/2026 có tổng cộng bao nhiêu hội viên?", "năm 2026") == Span(2026, 1, 11)


def test_a_month_a_base_and_a_later_period_in_a_title():
    reports = [ReportInfo("t10", "tháng 10 năm 2026", "Báo cáo kết quả tháng 10, phương hướng, nhiệm vụ tháng 11 năm 2026"),
               ReportInfo("nam", "năm 2026", "Báo cáo kết quả năm 2026, phương hướng, nhiệm vụ năm 2027"),
               ReportInfo("mt", "năm 2026", "Kết quả công tác Mặt trận năm 2026 và chương trình phối hợp, thống nhất "
                          "hành động năm 2027")]
    ids = lambda text: [r.id for r in reports_for(text, reports) or []]
    # what was done in a month is in the reports of the year around it (the plan for it after them)
    assert ids("Riêng tháng 11/2026 Trung tâm tiếp nhận bao nhiêu hồ sơ?")[:2] == ["nam", "mt"]
    assert ids("Nhiệm vụ tháng 11 năm 2026 là gì?") == ["t10"]
    # the base after 'so với' names no report
    assert reports_for("Chỉ số tháng 10 so với tháng 9/2026 là bao nhiêu?", reports) is None
    # a later period in a title is planned there, whatever the words before it: every report that plans it
    assert sorted(ids("Chỉ tiêu kết nạp hội viên mới năm 2027 là bao nhiêu?")) == ["mt", "nam"]


def test_a_body_named_by_its_initials_after_the_noun_of_its_kind():
    from types import SimpleNamespace

    from assistant.scope import named_by_name

    reports = [SimpleNamespace(id="ld", title="Kết quả năm 2026 ngành Lao động - Thương binh và Xã hội",
                               issuer="UBND TỈNH YÊN THẠCH – SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
               SimpleNamespace(id="gd", title="Tổng kết năm học", issuer="UBND TỈNH QUẢNG XUYÊN – SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
               SimpleNamespace(id="pn", title="Kết quả công tác Hội", issuer="HỘI LHPN TỈNH VĨNH HÒA – BAN THƯỜNG VỤ")]
    assert named_by_name(reports, "Năm 2026 ngành LĐTBXH tỉnh còn những hạn chế gì?") == "ld"  # 'và' left out
    assert named_by_name(reports, "Sở GD&ĐT có bao nhiêu trường?") == "gd"
    assert named_by_name(reports, "Hội LHPN tỉnh kiến nghị những gì?") == "pn"
    # initials alone, not after a body's noun, name what is counted as often as a body
    assert named_by_name(reports, "BHXH tự nguyện có bao nhiêu người tham gia?") is None


def test_the_issuers_name_leaves_the_search_text_not_the_question():
    from assistant.source import issuer_out_of_search

    women = [{"issuer": "HỘI LHPN TỈNH VĨNH HÒA – BAN THƯỜNG VỤ"}]
    q = analyse("Tính đến hết tháng 11/2026, Hội LHPN tỉnh Vĩnh Hòa có tổng cộng bao nhiêu hội viên?")
    out = issuer_out_of_search(q, women)
    assert out.standalone == "Tính đến hết tháng 11/2026, tỉnh có tổng cộng bao nhiêu hội viên?", out.standalone
    assert out.focus == q.focus and out.text == q.text
    # the name's words as a topic, or a capital only opening the question, are no name
    for text in ("Có bao nhiêu phụ nữ khởi nghiệp?", "Hội viên mới năm 2026 là bao nhiêu?"):
        assert issuer_out_of_search(analyse(text), women).standalone == analyse(text).standalone


def test_a_stretch_of_days_and_a_day_mid_month_date_no_months():
    from assistant.periods import stated

    assert stated("Từ ngày 15/10/2026 đến 31/10/2026 tiếp nhận bao nhiêu hồ sơ?") == []
    assert stated("Đến 28/6/2026 có bao nhiêu?") == []  # (June ends on the 30th)
    assert stated("Đến 28/2/2026 có bao nhiêu?") == ["2 tháng năm 2026"]


def test_an_issuers_name_keeps_its_place_and_a_level_said_apart():
    from assistant.source import issuer_out_of_search

    out = lambda text, issuer: issuer_out_of_search(analyse(text), [{"issuer": issuer}]).standalone
    # 'Thanh' of 'Thanh Hóa' is the place's name, 'tỉnh' the level, which stays
    assert out("UBND tỉnh Thanh Hóa có bao nhiêu xã?", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA") == "tỉnh có bao nhiêu xã?"
    assert out("UBND thành phố Hải Đông giao bao nhiêu chỉ tiêu?", "UBND THÀNH PHỐ HẢI ĐÔNG") == \
        "thành phố giao bao nhiêu chỉ tiêu?"
    # 'Ban Thường vụ Tỉnh ủy' without its place is a body of many a report; capitals typed throughout write no initials
    assert out("Ban Thường vụ Tỉnh ủy công nhận bao nhiêu mô hình?", "TỈNH ỦY VÂN LĨNH – BAN THƯỜNG VỤ") == \
        "Ban Thường vụ Tỉnh ủy công nhận bao nhiêu mô hình?"
    assert out("CÓ BAO NHIÊU HỘI VIÊN HỘI LHPN TỈNH?", "HỘI LHPN TỈNH VĨNH HÒA") == "CÓ BAO NHIÊU HỘI VIÊN HỘI LHPN TỈNH?"
