import pytest

from index.figures import answer_figures, find_quantities, parse_number


@pytest.mark.parametrize("text,expected", [
    ("thi hành kỷ luật 106 đảng viên (khiển trách 96, cảnh cáo 08)", [106, 96, 8]),
    ("kết nạp được 1.905 đảng viên, đạt 86,6% chỉ tiêu", [1905, 86.6]),
    ("huy động 38,9 tỷ đồng", [38.9]),
    ("gần 4.000 đoàn viên và 10.000 USD", [4000, 10000]),
    ("tỷ lệ thực tế là 23%", [23]),
    ("nhiệm kỳ 2021 - 2026 và giai đoạn 2019-2020", []),
    ("ngày 31/10/2016 và (26/3/1931-26/3/2021)", []),
    ("Chỉ thị số 05-CT/TW, Đề án số 02-ĐA/TU, Quy định 212-QĐ/TW", []),
    ("phòng, chống dịch Covid-19 và Covid - 19", []),
    ("Đại hội lần thứ 3; khóa XV", []),
    ("trong 6 tháng đầu năm còn thấp", []),
    ("báo cáo tháng 8 năm 2024, ngày 15 và quý 3", []),
    # an age names who is counted, it is no count
    ("tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 22,7%", [22.7]),
    ("kết nạp 12 đảng viên dưới 30 tuổi", [12]),
    ("tuổi đời bình quân của cán bộ là 45 tuổi", [45]),
    # an item's number in a list is no count; a count in brackets is
    ("04 công trình gồm: (1) Tuyến điện dài 6,2 km; (2) Cầu dân sinh", [4, 6.2]),
    ("(3) Điểm sinh hoạt trị giá 0,72 tỷ đồng", [0.72]),
    ("có 12 xã (3 xã) đạt chuẩn", [12, 3]),
])
def test_quantities(text, expected):
    assert [q.value for q in find_quantities(text)] == expected


def test_parse_number():
    assert parse_number("1.059") == 1059 and parse_number("38,9") == 38.9 and parse_number("86,6%") == 86.6


def test_answer_figures_ignore_citation_markers():
    assert [q.value for q in answer_figures("Thi hành kỷ luật 106 đảng viên [1], [12].")] == [106]
    # a section id with a bracketed number is a place, not a figure
    said = "Theo báo cáo 6 tháng đầu năm 2026 (mục Phần thứ nhất › II.3.a.(1)), giải quyết cho 6.814 người [1]."
    assert [q.text for q in answer_figures(said)] == ["6.814"]
    assert [q.text for q in answer_figures("(mục I.2.(ii)), thu 3 tỷ đồng")] == ["3"]


def test_bases_of_rates_and_month_ranges_are_no_figures(tmp_path):
    from index.figure_table import extract_figures
    from index.loaders import read_document
    from index.parse import parse_document

    text = ("BÁO CÁO\n\nI. KẾT QUẢ\n\n- Số bác sĩ trên 10.000 dân đạt 12,9; toàn tỉnh có 33,6 giường bệnh trên vạn dân.\n"
            "- Dịch bùng phát mạnh trong các tháng 7 - 10; lũy kế 9 tháng toàn tỉnh có 2.315 ca mắc.\n"
            "- Bình quân 12,6 bác sĩ/vạn dân.\n")
    (tmp_path / "x.md").write_text(text, encoding="utf-8")
    found = {(f.value, f.unit) for f in extract_figures(parse_document(read_document(tmp_path / "x.md")))}
    assert found == {(12.9, "bác sĩ/vạn dân"), (33.6, "giường bệnh/vạn dân"), (2315, "ca"), (12.6, "bác sĩ/vạn dân")}
    assert [q.text for q in find_quantities("hỗ trợ trên 1.000 người dân")] == ["1.000"]  # 'trên' = more than
