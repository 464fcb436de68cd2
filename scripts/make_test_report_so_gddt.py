# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định của Sở Giáo dục và Đào tạo tỉnh Quảng Xuyên (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-gddt-quang-xuyen-nam-hoc-2025-2026.docx: an invented school-year review of a provincial
Department of Education and Training (tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027),
written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/so-gddt-quang-xuyen-nam-hoc-2025-2026.json, eval/real/questions_tune10.jsonl).

Layouts: header and signature tables without borders (issuing body over two lines, "KT. GIÁM ĐỐC / PHÓ GIÁM
ĐỐC"); "Phần thứ nhất" / "Phần thứ hai" with their titles on the next line; Roman / Arabic / decimal (1.1.) /
lettered headings with title lines; '-' items, some introducing '+' sub-items; tab-led paragraphs; three
bordered tables in the body (Bảng 1: trường đạt chuẩn quốc gia and tốt nghiệp THPT by huyện, thị xã, thành phố;
Bảng 2: đội ngũ giáo viên công lập by cấp học; Bảng 3: chỉ tiêu chủ yếu with Kế hoạch / Thực hiện / Đánh giá);
the same kind of figure for several bodies (cấp học, Sở vs Phòng GD&ĐT cấp huyện, công lập vs ngoài công lập,
hệ THPT vs hệ GDTX); broken-down totals (giải quốc gia nhất/nhì/ba/khuyến khích, giáo viên tuyển mới by cấp học,
phòng học xây mới / sửa chữa); six real Word footnotes carrying figures found nowhere else. Shared helpers in
docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_so_gddt.py [out.docx]
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
from scripts.docx_report_kit import CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders  # noqa: E402

OUT = ROOT / "tests" / "data" / "so-gddt-quang-xuyen-nam-hoc-2025-2026.docx"
ZIP_TIME = (2026, 7, 24, 8, 0, 0)

R = DocxReport(space_after=3)
doc = R.doc
para, part, roman, arabic, dec, letter, body, tabbed, dash, plus = (
    R.para, R.part, R.roman, R.arabic, R.dec, R.letter, R.body, R.tabbed, R.dash, R.plus)


def vn(x: float, nd: int = 1) -> str:
    """Vietnamese decimal: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pct(a: int, b: int, nd: int = 1) -> str:
    return vn(100.0 * a / b, nd)


# bordered tables: header repeated on each page, 'Tổng ...' / 'Toàn tỉnh' rows bold, an empty paragraph after each
grid_table = partial(R.grid_table, repeat_header=True, totals=("Tổng", "Toàn tỉnh"), spacer=True)

# ----------------------------------------------------------------------------------------------- data
# Bảng 1: (huyện, thị xã, thành phố; trường công lập; đạt chuẩn quốc gia; thí sinh dự thi TN THPT; tốt nghiệp)
DISTRICTS = [
    ("Thành phố Tân Xuyên", 98, 85, 3412, 3398),
    ("Thị xã Phước Hòa", 64, 53, 1786, 1775),
    ("Huyện Đồng Lạc", 86, 80, 2105, 2086),
    ("Huyện Thạch Kiều", 82, 67, 1964, 1941),
    ("Huyện Lộc Điền", 79, 63, 1838, 1815),
    ("Huyện Hòa Vân", 75, 58, 1652, 1628),
    ("Huyện Na Khoang", 72, 46, 1168, 1129),
    ("Huyện Tả Lùng", 69, 43, 982, 941),
    ("Huyện Phìn Sáng", 69, 46, 1015, 978),
]
SCH = sum(d[1] for d in DISTRICTS)
STD = sum(d[2] for d in DISTRICTS)
CAND = sum(d[3] for d in DISTRICTS)
PASS = sum(d[4] for d in DISTRICTS)
assert (SCH, STD) == (694, 541), (SCH, STD)
GDTX_CAND, GDTX_PASS = 1246, 1168  # hệ giáo dục thường xuyên (included in the totals above)
THPT_CAND, THPT_PASS = CAND - GDTX_CAND, PASS - GDTX_PASS

# Bảng 2: (cấp học; định mức; biên chế được giao; hiện có; tuyển mới trong năm học)
TEACHERS = [
    ("Mầm non", 5862, 5310, 5124, 120),
    ("Tiểu học", 7130, 6402, 6318, 95),
    ("Trung học cơ sở", 5236, 4980, 4892, 64),
    ("Trung học phổ thông", 2298, 2240, 2214, 28),
]
T_TOT = [sum(r[i] for r in TEACHERS) for i in range(1, 5)]
assert T_TOT[3] == 307, T_TOT

# học sinh by cấp học
PUPILS = {"mn": 68940, "th": 112356, "thcs": 82614, "thpt": 34555}
assert sum(PUPILS.values()) == 298465

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH QUẢNG XUYÊN", False, False),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True, False, True),
    ("", False, False),
    ("Số: 1846/BC-SGDĐT", False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    ("Tân Xuyên, ngày 24 tháng 7 năm 2026", False, True),
])

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027", bold=True, align=CENTER,
     indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Chỉ thị số 1128/CT-BGDĐT ngày 18/8/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ và giải "
       "pháp năm học 2025 - 2026 của ngành Giáo dục; Kế hoạch số 2315/KH-SGDĐT ngày 05/9/2025 của Sở Giáo dục và Đào "
       "tạo về thực hiện nhiệm vụ năm học 2025 - 2026 trên địa bàn tỉnh; trên cơ sở báo cáo của các Phòng Giáo dục và "
       "Đào tạo huyện, thị xã, thành phố và các đơn vị trực thuộc, Sở Giáo dục và Đào tạo tỉnh Quảng Xuyên báo cáo "
       "tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027 như sau:")

# ==================================================================================== PHẦN THỨ NHẤT
part("Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2025 - 2026")

roman("I. ĐẶC ĐIỂM TÌNH HÌNH")
tabbed("Năm học 2025 - 2026 được triển khai theo Quyết định số 1974/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân tỉnh "
       "ban hành Kế hoạch thời gian năm học 2025 - 2026 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục "
       "thường xuyên trên địa bàn tỉnh Quảng Xuyên; ngày tựu trường sớm nhất là ngày 25/8/2025, ngày khai giảng là "
       "ngày 05/9/2025, kết thúc năm học trước ngày 31/5/2026. Đây là năm học ngành Giáo dục tỉnh tiếp tục thực hiện "
       "Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện giáo dục "
       "và đào tạo, thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp và triển khai chính sách "
       "miễn học phí đối với trẻ em mầm non, học sinh phổ thông công lập.")
arabic("1. Thuận lợi")
body("Ngành Giáo dục tỉnh nhận được sự quan tâm lãnh đạo, chỉ đạo sát sao của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân "
     "dân tỉnh, sự hướng dẫn của Bộ Giáo dục và Đào tạo và sự phối hợp của các sở, ngành, địa phương. Hội đồng nhân "
     "dân tỉnh đã ban hành các nghị quyết về chính sách hỗ trợ giáo viên công tác tại vùng đặc biệt khó khăn, hỗ "
     "trợ học sinh bán trú và đầu tư cơ sở vật chất trường học giai đoạn 2026 - 2030. Đội ngũ nhà giáo, cán bộ quản "
     "lý giáo dục cơ bản đủ về số lượng ở cấp trung học phổ thông, tâm huyết, có trách nhiệm với nghề; công tác xã "
     "hội hóa giáo dục nhận được sự đồng thuận của cha mẹ học sinh và Nhân dân.")
arabic("2. Khó khăn")
body("Địa bàn tỉnh rộng, địa hình chia cắt, ba huyện vùng cao Na Khoang, Tả Lùng, Phìn Sáng còn nhiều điểm trường lẻ "
     "ở thôn, bản xa trung tâm, giao thông đi lại khó khăn. Đợt mưa lũ từ ngày 07 đến ngày 11/10/2025 đã làm 37 "
     "trường học bị ngập, hư hỏng cơ sở vật chất, trong đó 9 điểm trường phải tạm dừng dạy học từ 3 đến 7 ngày. "
     "Tình trạng thiếu giáo viên mầm non, tiểu học chưa được khắc phục; cơ sở vật chất ở một số nơi chưa đáp ứng "
     "yêu cầu dạy học 2 buổi/ngày và yêu cầu của Chương trình giáo dục phổ thông 2018. Đời sống của một bộ phận "
     "Nhân dân vùng đồng bào dân tộc thiểu số còn khó khăn, ảnh hưởng đến việc duy trì sĩ số học sinh.")

roman("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM")
arabic("1. Phát triển mạng lưới trường, lớp; thực hiện phổ cập giáo dục")
dec("1.1. Quy mô trường, lớp, học sinh")
tabbed("Năm học 2025 - 2026, toàn tỉnh có 737 trường mầm non, phổ thông (694 trường công lập, 43 trường ngoài công "
       "lập), 9 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện và 01 Trung tâm Giáo dục thường "
       "xuyên tỉnh, với tổng số ", vn_int(sum(PUPILS.values())), " trẻ em, học sinh, tăng 1.872 trẻ em, học sinh so "
       "với năm học trước. Cụ thể:")
dash("Giáo dục mầm non: 248 trường (216 trường công lập, 32 trường ngoài công lập) và 67 nhóm, lớp độc lập tư thục; "
     "tổng số 3.215 nhóm, lớp với ", vn_int(PUPILS["mn"]), " trẻ, trong đó nhà trẻ 9.870 cháu, mẫu giáo 59.070 cháu. "
     "Số trẻ học tại các cơ sở giáo dục mầm non ngoài công lập là 8.126 trẻ, chiếm 11,8%. Tỷ lệ huy động trẻ nhà "
     "trẻ ra lớp đạt 32,6%, trẻ mẫu giáo ra lớp đạt 96,4%, riêng trẻ mẫu giáo 5 tuổi ra lớp đạt 99,8%.")
dash("Giáo dục tiểu học: 221 trường (218 trường công lập, 3 trường ngoài công lập) với 4.108 lớp, ",
     vn_int(PUPILS["th"]), " học sinh; tỷ lệ học sinh được học 2 buổi/ngày đạt 94,7%; bình quân 27,4 học sinh/lớp.")
dash("Giáo dục trung học cơ sở: 164 trường trung học cơ sở (163 trường công lập, 01 trường ngoài công lập) và 46 "
     "trường tiểu học và trung học cơ sở; tổng số 2.317 lớp với ", vn_int(PUPILS["thcs"]), " học sinh.")
dash("Giáo dục trung học phổ thông: 52 trường trung học phổ thông (45 trường công lập, 7 trường ngoài công lập) và 6 "
     "trường trung học cơ sở và trung học phổ thông; tổng số 836 lớp với ", vn_int(PUPILS["thpt"]), " học sinh",
     Fn("Trong đó có 4.218 học sinh học tại 7 trường trung học phổ thông ngoài công lập, tập trung tại thành phố "
        "Tân Xuyên (5 trường) và thị xã Phước Hòa (2 trường); quy mô bình quân 603 học sinh/trường."),
     ". Hệ thống trường chuyên biệt gồm Trường Trung học phổ thông Chuyên Quảng Xuyên, 8 trường phổ thông dân tộc nội "
     "trú với 3.186 học sinh và 142 trường phổ thông dân tộc bán trú với 31.540 học sinh.")
dash("Giáo dục thường xuyên: các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện có 3.912 học viên "
     "theo học chương trình giáo dục thường xuyên cấp trung học phổ thông, trong đó 2.735 học viên đồng thời học "
     "trung cấp nghề; Trung tâm Giáo dục thường xuyên tỉnh có 612 học viên.")

dec("1.2. Sắp xếp, tổ chức lại các cơ sở giáo dục")
body("Thực hiện Nghị quyết số 19/NQ-HĐND ngày 10/7/2025 của Hội đồng nhân dân tỉnh về sắp xếp, tổ chức lại các đơn vị "
     "sự nghiệp công lập lĩnh vực giáo dục giai đoạn 2025 - 2030, Sở Giáo dục và Đào tạo đã hướng dẫn, phối hợp với "
     "Ủy ban nhân dân các huyện, thị xã, thành phố rà soát, xây dựng phương án sắp xếp bảo đảm nguyên tắc thuận lợi "
     "cho người học, không để học sinh bỏ học do sắp xếp. Trong năm học, đã sáp nhập 14 trường thành 7 trường",
     Fn("Gồm: Trường Tiểu học Na Khoang 1 và Trường Trung học cơ sở Na Khoang thành Trường Tiểu học và Trung học cơ "
        "sở Na Khoang; Trường Mầm non Hoa Ban và Trường Mầm non Sơn Ca (huyện Tả Lùng) thành Trường Mầm non Hoa Ban; "
        "và 5 trường hợp khác tại các huyện Phìn Sáng, Hòa Vân, Lộc Điền. Sau sắp xếp, số cán bộ quản lý dôi dư là "
        "11 người, đã bố trí làm giáo viên 6 người, điều động sang đơn vị khác 5 người."),
     ", giảm 7 đầu mối đơn vị sự nghiệp; thu gọn 58 điểm trường lẻ về điểm trường chính, nâng tỷ lệ học sinh tiểu "
     "học học tại điểm trường chính lên 81,6%. Việc sắp xếp được thực hiện đúng quy trình, được cha mẹ học sinh và "
     "Nhân dân đồng thuận.")

dec("1.3. Công tác phổ cập giáo dục, xóa mù chữ")
body("Toàn tỉnh duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi ở 9/9 huyện, thị xã, thành phố và "
     "168/168 xã, phường, thị trấn. Có 162/168 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; "
     "151/168 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2, trong đó 63 xã, phường, thị "
     "trấn đạt mức độ 3; 160/168 xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2. Trong năm, mở 46 lớp xóa mù "
     "chữ cho 1.024 học viên tại các huyện vùng cao.")

dec("1.4. Xây dựng trường đạt chuẩn quốc gia")
tabbed("Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch số 86/KH-UBND ngày 14/10/2025 về xây "
       "dựng trường đạt chuẩn quốc gia giai đoạn 2026 - 2030. Trong năm học, đã kiểm tra, công nhận 76 trường đạt "
       "chuẩn quốc gia, trong đó công nhận mới 29 trường, công nhận lại 47 trường; nâng tổng số trường đạt chuẩn "
       "quốc gia lên ", f"{STD}/{SCH}", " trường công lập, đạt ", pct(STD, SCH, 2), "%. Theo cấp học: mầm non "
       "158/216 trường (73,1%); tiểu học 186/218 trường (85,3%); trung học cơ sở và tiểu học và trung học cơ sở "
       "162/209 trường (77,5%); trung học phổ thông và trung học cơ sở và trung học phổ thông 35/51 trường (68,6%). "
       "Có 18 trường đạt chuẩn quốc gia mức độ 2. Kết quả theo đơn vị cấp huyện và kết quả tốt nghiệp trung học phổ "
       "thông năm 2026 (xem điểm c mục 2.2 dưới đây) như sau:")
para("Bảng 1. Trường đạt chuẩn quốc gia và kết quả tốt nghiệp THPT năm 2026 theo huyện, thị xã, thành phố",
     bold=True, align=CENTER, indent=None, size=12, keep_next=True)
rows = []
for i, (name, sch, std, cand, ok) in enumerate(DISTRICTS, 1):
    rows.append((str(i), name, vn_int(sch), vn_int(std), pct(std, sch), vn_int(cand), vn_int(ok), pct(ok, cand, 2)))
rows.append(("", "Toàn tỉnh", vn_int(SCH), vn_int(STD), pct(STD, SCH, 2), vn_int(CAND), vn_int(PASS),
             pct(PASS, CAND, 2)))
grid_table(
    ("STT", "Huyện, thị xã, thành phố", "Số trường công lập", "Số trường đạt chuẩn quốc gia",
     "Tỷ lệ đạt chuẩn (%)", "Số thí sinh dự thi tốt nghiệp THPT", "Số thí sinh tốt nghiệp",
     "Tỷ lệ tốt nghiệp THPT (%)"),
    rows,
    [Cm(1.0), Cm(3.8), Cm(1.7), Cm(1.9), Cm(1.7), Cm(2.0), Cm(1.9), Cm(2.0)],
    size=11,
)
body("Các huyện vùng cao Na Khoang, Tả Lùng, Phìn Sáng có tỷ lệ trường đạt chuẩn quốc gia thấp hơn mức bình quân "
     "chung của tỉnh do thiếu phòng học bộ môn, nhà đa năng và diện tích đất của nhiều trường chưa bảo đảm theo quy "
     "định.")

arabic("2. Nâng cao chất lượng giáo dục toàn diện")
dec("2.1. Giáo dục mầm non")
body("Các cơ sở giáo dục mầm non thực hiện nghiêm túc Chương trình giáo dục mầm non; tiếp tục triển khai chuyên đề "
     "\"Xây dựng trường mầm non lấy trẻ làm trung tâm\" giai đoạn 2021 - 2025 và chuẩn bị các điều kiện thực hiện "
     "thí điểm Chương trình giáo dục mầm non mới. Tỷ lệ trẻ được ăn bán trú tại trường đạt 99,2%; 100% trẻ được "
     "khám sức khỏe định kỳ, được theo dõi bằng biểu đồ tăng trưởng. Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân là 4,2%, "
     "thể thấp còi là 5,1%, giảm lần lượt 0,3 và 0,4 điểm phần trăm so với năm học trước. Có 99,7% trẻ 5 tuổi hoàn "
     "thành Chương trình giáo dục mầm non; tổ chức 312 lớp tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số "
     "trước khi vào lớp 1.")
body("Công tác quản lý các cơ sở giáo dục mầm non ngoài công lập được tăng cường; Phòng Giáo dục và Đào tạo các "
     "huyện, thị xã, thành phố đã kiểm tra 67 nhóm, lớp độc lập tư thục, đình chỉ hoạt động 3 nhóm trẻ không bảo "
     "đảm điều kiện an toàn tại thành phố Tân Xuyên.")

dec("2.2. Giáo dục phổ thông")
letter("a) Thực hiện Chương trình giáo dục phổ thông 2018")
body("Các nhà trường xây dựng và thực hiện kế hoạch giáo dục theo hướng phát triển phẩm chất, năng lực học sinh; đổi "
     "mới phương pháp dạy học, kiểm tra, đánh giá; tăng cường giáo dục STEM với 1.248 bài học STEM được tổ chức trong "
     "năm học. Việc lựa chọn sách giáo khoa được thực hiện theo quy định, bảo đảm 100% học sinh có đủ sách giáo khoa "
     "trước khi vào năm học.")
dash("Cấp tiểu học: 99,2% học sinh hoàn thành chương trình lớp học; 100% học sinh lớp 5 hoàn thành chương trình "
     "tiểu học; 100% học sinh lớp 3, lớp 4, lớp 5 được học Tiếng Anh, Tin học theo chương trình.")
dash("Cấp trung học cơ sở: kết quả học tập mức Tốt đạt 24,6%, mức Khá 41,3%, mức Đạt 32,4%, mức Chưa đạt 1,7%; "
     "kết quả rèn luyện mức Tốt và Khá đạt 96,8%. Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp trung học cơ sở đạt "
     "99,5%.")
dash("Cấp trung học phổ thông: kết quả học tập mức Tốt đạt 29,8%, mức Khá 48,2%, mức Đạt 21,1%, mức Chưa đạt 0,9%; "
     "kết quả rèn luyện mức Tốt và Khá đạt 98,3%.")
dash("Tỷ lệ học sinh bỏ học: tiểu học 0,04%, trung học cơ sở 0,62%, trung học phổ thông 0,91%; học sinh bỏ học tập "
     "trung ở các huyện vùng cao, chủ yếu do hoàn cảnh gia đình khó khăn, đi làm ăn xa hoặc tảo hôn.")

letter("b) Giáo dục hướng nghiệp và phân luồng học sinh sau trung học cơ sở")
body("Các trường trung học cơ sở, trung học phổ thông đã tổ chức hoạt động trải nghiệm, hướng nghiệp gắn với nhu cầu "
     "nhân lực của địa phương; phối hợp với 14 cơ sở giáo dục nghề nghiệp tư vấn tuyển sinh cho học sinh lớp 9, lớp "
     "12. Sau tốt nghiệp trung học cơ sở, có 71,6% học sinh vào học lớp 10 trung học phổ thông, 12,4% học chương "
     "trình giáo dục thường xuyên cấp trung học phổ thông, 10,8% học trình độ sơ cấp, trung cấp. Kỳ thi tuyển sinh "
     "vào lớp 10 trung học phổ thông năm học 2026 - 2027 tổ chức trong 02 ngày 04 và 05/6/2026 với 24.318 thí sinh, "
     "bảo đảm an toàn, nghiêm túc, đúng quy chế.")

letter("c) Công tác thi, kiểm tra, đánh giá")
tabbed("Kỳ thi tốt nghiệp trung học phổ thông năm 2026 được tổ chức trong các ngày 11 và 12/6/2026 tại 38 điểm thi "
       "với ", vn_int(CAND), " thí sinh dự thi. Ban Chỉ đạo cấp tỉnh đã chỉ đạo các sở, ngành, địa phương phối hợp "
       "chặt chẽ, bảo đảm an ninh, an toàn tuyệt đối cho kỳ thi; không có cán bộ, thí sinh vi phạm quy chế phải xử lý "
       "kỷ luật. Tỷ lệ tốt nghiệp trung học phổ thông toàn tỉnh đạt ", pct(PASS, CAND, 2), "%, trong đó hệ trung học "
       "phổ thông đạt ", pct(THPT_PASS, THPT_CAND, 2), "%, hệ giáo dục thường xuyên đạt ", pct(GDTX_PASS, GDTX_CAND, 2),
       "%. Điểm trung bình các bài thi của tỉnh đạt 6,58 điểm, tăng 0,12 điểm so với năm 2025; số bài thi đạt điểm "
       "10 tăng so với năm trước", Fn(
           "Toàn tỉnh có 46 bài thi đạt điểm 10, gồm: môn Toán 3 bài, Hóa học 2 bài, Lịch sử 13 bài, Địa lí 12 bài, "
           "Giáo dục kinh tế và pháp luật 16 bài."),
       ". Kết quả tốt nghiệp theo từng huyện, thị xã, thành phố tại Bảng 1.")

dec("2.3. Giáo dục mũi nhọn và các cuộc thi")
body("Công tác bồi dưỡng học sinh giỏi được quan tâm đầu tư, tập trung tại Trường Trung học phổ thông Chuyên Quảng "
     "Xuyên. Tại Kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông năm 2026, tỉnh có 78 thí sinh dự thi, 45 "
     "thí sinh đạt giải (03 giải Nhất, 08 giải Nhì, 15 giải Ba, 19 giải Khuyến khích), tỷ lệ đạt giải 57,7%, là năm "
     "có số giải cao nhất từ trước đến nay", Fn(
         "03 giải Nhất thuộc các môn Hóa học, Tin học và Tiếng Anh; 02 học sinh được triệu tập tham dự Kỳ thi chọn "
         "đội tuyển quốc gia dự thi Olympic quốc tế năm 2026."),
     ". Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 có 1.126 học sinh đạt giải; Cuộc thi khoa học, kỹ thuật cấp quốc "
     "gia dành cho học sinh trung học có 02 dự án đạt giải (01 giải Nhì, 01 giải Ba). Hội khỏe Phù Đổng tỉnh lần thứ "
     "XII được tổ chức thành công với 2.460 vận động viên tham gia.")

dec("2.4. Giáo dục thường xuyên, giáo dục dân tộc và công tác học sinh")
body("Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện tiếp tục đổi mới nội dung, hình thức hoạt "
     "động, gắn dạy văn hóa với dạy nghề; Trung tâm Giáo dục thường xuyên tỉnh tổ chức 26 lớp bồi dưỡng ngoại ngữ, "
     "tin học cho 1.085 học viên. Toàn tỉnh có 168 trung tâm học tập cộng đồng duy trì hoạt động.")
body("Các trường phổ thông dân tộc nội trú, phổ thông dân tộc bán trú thực hiện tốt việc nuôi dưỡng, chăm sóc học sinh; "
     "100% học sinh thuộc đối tượng được hưởng chính sách hỗ trợ tiền ăn, gạo và nhà ở theo quy định. Công tác y tế "
     "trường học, giáo dục thể chất, bảo đảm an toàn trường học được quan tâm; tỷ lệ học sinh tham gia bảo hiểm y tế "
     "đạt 99,1%. Trong năm học không để xảy ra vụ ngộ độc thực phẩm trong trường học.")

arabic("3. Phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục")
tabbed("Năm học 2025 - 2026, toàn ngành có 21.846 cán bộ quản lý, giáo viên, nhân viên trong các cơ sở giáo dục công "
       "lập, trong đó có ", vn_int(T_TOT[2]), " giáo viên (mầm non 5.124 người, tiểu học 6.318 người, trung học cơ "
       "sở 4.892 người, trung học phổ thông 2.214 người). Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo "
       "dục năm 2019: mầm non 96,8%, tiểu học 91,2%, trung học cơ sở 93,5%, trung học phổ thông 100%.")
body("Sở Giáo dục và Đào tạo đã phối hợp với Sở Nội vụ hướng dẫn các địa phương tuyển dụng giáo viên trong biên chế "
     "được giao. Trong năm học, toàn ngành tuyển dụng mới ", str(T_TOT[3]), " giáo viên (mầm non 120 giáo viên, tiểu "
     "học 95 giáo viên, trung học cơ sở 64 giáo viên, trung học phổ thông 28 giáo viên), trong đó Sở Giáo dục và Đào "
     "tạo tuyển dụng 28 giáo viên trung học phổ thông, Ủy ban nhân dân các huyện, thị xã, thành phố tuyển dụng 279 "
     "giáo viên mầm non, tiểu học, trung học cơ sở. Tuy nhiên, số giáo viên thôi việc, chuyển công tác ra ngoài tỉnh "
     "vẫn còn", Fn("Trong năm học có 96 giáo viên thôi việc, chuyển công tác ra ngoài tỉnh (mầm non 41 người, tiểu "
                  "học 29 người, trung học cơ sở 18 người, trung học phổ thông 8 người), chủ yếu ở các huyện Na "
                  "Khoang, Tả Lùng, Phìn Sáng."),
     "; đến cuối năm học, toàn tỉnh còn thiếu ", vn_int(T_TOT[0] - T_TOT[2]), " giáo viên so với định mức, cụ thể:")
para("Bảng 2. Đội ngũ giáo viên công lập năm học 2025 - 2026", bold=True, align=CENTER, indent=None, size=12,
     keep_next=True)
rows = [(str(i), lvl, vn_int(dm), vn_int(bc), vn_int(hc), vn_int(dm - hc), vn_int(tm))
        for i, (lvl, dm, bc, hc, tm) in enumerate(TEACHERS, 1)]
rows.append(("", "Tổng cộng", vn_int(T_TOT[0]), vn_int(T_TOT[1]), vn_int(T_TOT[2]), vn_int(T_TOT[0] - T_TOT[2]),
             vn_int(T_TOT[3])))
grid_table(
    ("STT", "Cấp học", "Định mức theo quy định", "Biên chế được giao", "Giáo viên hiện có",
     "Thiếu so với định mức", "Tuyển mới trong năm học"),
    rows,
    [Cm(1.1), Cm(4.3), Cm(2.2), Cm(2.2), Cm(2.2), Cm(2.0), Cm(2.0)],
    size=12,
)
body("Công tác bồi dưỡng thường xuyên, bồi dưỡng thực hiện Chương trình giáo dục phổ thông 2018 được triển khai "
     "theo kế hoạch. Sở Giáo dục và Đào tạo tổ chức 14 lớp bồi dưỡng cho 2.615 lượt cán bộ quản lý, giáo viên; Phòng "
     "Giáo dục và Đào tạo các huyện, thị xã, thành phố tổ chức 126 lớp bồi dưỡng cho 11.480 lượt cán bộ quản lý, "
     "giáo viên. Kết quả đánh giá theo chuẩn nghề nghiệp: 92,6% giáo viên và 95,4% cán bộ quản lý đạt mức khá trở "
     "lên. Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2025, Ủy ban nhân dân tỉnh tặng Bằng khen cho 45 nhà giáo "
     "có thành tích xuất sắc.")

arabic("4. Cơ sở vật chất, thiết bị dạy học và tài chính")
tabbed("Toàn tỉnh hiện có 17.482 phòng học, tỷ lệ phòng học kiên cố đạt 91,4%. Trong năm học, các nguồn vốn đầu tư "
       "cho cơ sở vật chất trường học đạt 684,5 tỷ đồng", Fn(
           "Gồm: ngân sách trung ương (bao gồm vốn các chương trình mục tiêu quốc gia) 214,6 tỷ đồng; ngân sách tỉnh "
           "318,2 tỷ đồng; ngân sách cấp huyện 109,4 tỷ đồng; nguồn xã hội hóa 42,3 tỷ đồng."),
       ", đã xây mới 412 phòng học, sửa chữa, cải tạo 638 phòng học; xây mới 96 phòng học bộ môn, 23 nhà đa năng và "
       "152 phòng ở bán trú cho học sinh; xóa 84 phòng học tạm, phòng học nhờ. Mua sắm thiết bị dạy học tối thiểu "
       "lớp 5, lớp 9 và lớp 12 với kinh phí 156,8 tỷ đồng; 100% phòng học trung học phổ thông được trang bị màn hình "
       "tương tác hoặc máy chiếu.")
body("Dự toán chi ngân sách nhà nước cho sự nghiệp giáo dục và đào tạo năm 2026 của tỉnh là 5.846,3 tỷ đồng, chiếm "
     "32,7% tổng chi thường xuyên của ngân sách địa phương. Các chế độ, chính sách đối với nhà giáo, người học được "
     "chi trả đầy đủ, kịp thời; kinh phí thực hiện chính sách miễn học phí năm học 2025 - 2026 là 198,4 tỷ đồng; "
     "kinh phí hỗ trợ học sinh bán trú, học sinh dân tộc thiểu số là 126,9 tỷ đồng. Việc thu, chi đầu năm học tại "
     "các cơ sở giáo dục cơ bản thực hiện đúng quy định, không để xảy ra tình trạng lạm thu.")

arabic("5. Chuyển đổi số, cải cách hành chính, thanh tra, kiểm tra")
letter("a) Chuyển đổi số trong giáo dục")
dash("Hoàn thành cập nhật cơ sở dữ liệu ngành Giáo dục, kết nối, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư; 100% "
     "cơ sở giáo dục sử dụng phần mềm quản lý trường học và hồ sơ điện tử.")
dash("Triển khai học bạ số: cấp tiểu học đạt 100%, cấp trung học cơ sở đạt 98,4%, cấp trung học phổ thông đạt 100%.")
dash("Tổ chức tuyển sinh đầu cấp trực tuyến: tỷ lệ hồ sơ đăng ký trực tuyến vào lớp 1 đạt 78,5%, vào lớp 6 đạt "
     "81,3%, vào lớp 10 đạt 100%.")
dash("Có 96,2% cơ sở giáo dục thực hiện thu phí dịch vụ không dùng tiền mặt; xây dựng kho học liệu số dùng chung "
     "với 12.650 bài giảng điện tử, học liệu số.")
dash("Trường Trung học cơ sở Nguyễn Khuyến, thành phố Tân Xuyên được Bộ Giáo dục và Đào tạo chọn thí điểm mô hình "
     "trường học số.")
letter("b) Cải cách hành chính")
body("Sở Giáo dục và Đào tạo tiếp tục rà soát, đơn giản hóa thủ tục hành chính; tiếp nhận, giải quyết 3.846 hồ sơ thủ "
     "tục hành chính, 100% hồ sơ được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt 92,8%. Chỉ số cải "
     "cách hành chính năm 2025 của Sở xếp thứ 3/19 sở, ban, ngành của tỉnh.")
letter("c) Công tác thanh tra, kiểm tra, tiếp công dân")
tabbed("Sở Giáo dục và Đào tạo tổ chức 12 cuộc thanh tra (09 cuộc thanh tra chuyên ngành, 03 cuộc thanh tra hành "
       "chính) và 36 cuộc kiểm tra tại 214 đơn vị; Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố tổ chức 148 "
       "cuộc kiểm tra tại 596 cơ sở giáo dục", Fn(
           "Qua thanh tra, kiểm tra, kiến nghị thu hồi 612,4 triệu đồng, đã thu hồi 548,7 triệu đồng (đạt 89,6%); "
           "kiến nghị kiểm điểm trách nhiệm 9 tập thể, 23 cá nhân; xử phạt vi phạm hành chính 6 trường hợp vi phạm "
           "quy định về dạy thêm, học thêm."),
       ". Thanh tra chuyên ngành tập trung vào các nội dung:")
dash("Việc thu, chi đầu năm học và quản lý, sử dụng các khoản thu thỏa thuận, tài trợ;")
dash("Công tác tuyển sinh đầu cấp và quản lý hồ sơ học sinh;")
dash("Việc thực hiện quy định về dạy thêm, học thêm;")
dash("Công tác quản lý tài chính, tài sản, mua sắm thiết bị dạy học;")
dash("Việc thực hiện chế độ, chính sách đối với nhà giáo và người học.")
body("Trong năm học, Sở tiếp 46 lượt công dân; tiếp nhận 138 đơn (12 đơn khiếu nại, 9 đơn tố cáo, 117 đơn kiến nghị, "
     "phản ánh); đã giải quyết dứt điểm các vụ việc thuộc thẩm quyền, chuyển 21 đơn đến cơ quan có thẩm quyền giải "
     "quyết theo quy định.")

arabic("6. Công tác xã hội hóa giáo dục, khuyến học, khuyến tài")
body("Công tác xã hội hóa giáo dục tiếp tục được đẩy mạnh. Hội Khuyến học tỉnh vận động Quỹ Khuyến học được 38,6 tỷ "
     "đồng, trao 24.615 suất học bổng cho học sinh, sinh viên có hoàn cảnh khó khăn vượt khó học giỏi. Công đoàn "
     "Giáo dục tỉnh hỗ trợ xây dựng 12 \"Mái ấm Công đoàn\" cho đoàn viên có hoàn cảnh khó khăn với tổng kinh phí "
     "1,2 tỷ đồng. Các doanh nghiệp, nhà hảo tâm tài trợ 4.860 bộ bàn ghế, 2.150 bộ quần áo ấm và 37 công trình nước "
     "sạch, nhà vệ sinh cho các trường vùng cao.")

roman("III. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả thực hiện các chỉ tiêu chủ yếu")
INDICATORS = [
    ("1", "Tỷ lệ huy động trẻ nhà trẻ ra lớp", "%", "32,0", "32,6", "Đạt"),
    ("2", "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "%", "96,0", "96,4", "Đạt"),
    ("3", "Tỷ lệ trẻ mầm non suy dinh dưỡng thể thấp còi", "%", "Dưới 5,0", "5,1", "Không đạt"),
    ("4", "Tỷ lệ học sinh tiểu học học 2 buổi/ngày", "%", "95,0", "94,7", "Không đạt"),
    ("5", "Tỷ lệ học sinh lớp 9 tốt nghiệp trung học cơ sở", "%", "99,0", "99,5", "Đạt"),
    ("6", "Tỷ lệ học sinh tốt nghiệp trung học phổ thông", "%", "98,0", pct(PASS, CAND, 2), "Đạt"),
    ("7", "Số giải học sinh giỏi quốc gia", "Giải", "40", "45", "Đạt"),
    ("8", "Số trường công nhận mới đạt chuẩn quốc gia", "Trường", "25", "29", "Đạt"),
    ("9", "Tỷ lệ trường công lập đạt chuẩn quốc gia", "%", "77,0", pct(STD, SCH, 2), "Đạt"),
    ("10", "Tỷ lệ phòng học kiên cố", "%", "92,0", "91,4", "Không đạt"),
    ("11", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", "%", "94,0", "94,4", "Đạt"),
    ("12", "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình", "%", "90,0", "92,8", "Đạt"),
]
ok = sum(r[5] == "Đạt" for r in INDICATORS)
assert ok == 9, ok
tabbed(f"Năm học 2025 - 2026, có {ok}/{len(INDICATORS)} chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra; "
       f"{len(INDICATORS) - ok:02d} chỉ tiêu chưa đạt. Kết quả cụ thể:")
para("Bảng 3. Kết quả thực hiện các chỉ tiêu chủ yếu năm học 2025 - 2026", bold=True, align=CENTER, indent=None,
     size=12, keep_next=True)
grid_table(
    ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Đánh giá"),
    INDICATORS,
    [Cm(1.1), Cm(7.0), Cm(1.9), Cm(2.0), Cm(2.0), Cm(2.0)],
)

arabic("2. Những kết quả nổi bật")
body("Nhìn chung, năm học 2025 - 2026 ngành Giáo dục tỉnh đã hoàn thành tốt các nhiệm vụ trọng tâm, nhiều chỉ tiêu "
     "đạt và vượt kế hoạch. Những kết quả nổi bật thể hiện ở các mặt sau:")
dash("Việc sắp xếp, tổ chức lại mạng lưới trường, lớp được thực hiện thận trọng, hiệu quả, giảm 7 đầu mối đơn vị sự "
     "nghiệp mà không làm gián đoạn việc học tập của học sinh.")
dash("Chất lượng giáo dục mũi nhọn có bước đột phá, số giải học sinh giỏi quốc gia cao nhất từ trước đến nay; tỷ lệ "
     "tốt nghiệp trung học phổ thông vượt kế hoạch.")
dash("Kết quả phổ cập giáo dục, xóa mù chữ được duy trì vững chắc; tỷ lệ huy động trẻ em ra lớp tiếp tục tăng.")
dash("Cơ sở vật chất trường học được tăng cường, có thêm 29 trường được công nhận mới đạt chuẩn quốc gia; xóa 84 "
     "phòng học tạm, phòng học nhờ.")
dash("Chuyển đổi số, cải cách hành chính có chuyển biến rõ nét; học bạ số và tuyển sinh trực tuyến được triển khai "
     "rộng khắp.")

arabic("3. Hạn chế, tồn tại")
dash("Tình trạng thiếu giáo viên mầm non, tiểu học chưa được khắc phục, nhất là giáo viên Tiếng Anh, Tin học, Âm "
     "nhạc, Mĩ thuật ở cấp tiểu học; một số giáo viên thôi việc, chuyển công tác ra ngoài tỉnh.")
dash("Một số chỉ tiêu chưa đạt kế hoạch: tỷ lệ trẻ suy dinh dưỡng thể thấp còi, tỷ lệ học sinh tiểu học học 2 buổi/"
     "ngày và tỷ lệ phòng học kiên cố.")
dash("Chất lượng giáo dục giữa các vùng còn chênh lệch; tỷ lệ tốt nghiệp trung học phổ thông và tỷ lệ trường đạt "
     "chuẩn quốc gia ở các huyện vùng cao thấp hơn nhiều so với vùng thấp.")
dash("Tỷ lệ học sinh bỏ học ở cấp trung học phổ thông tại các huyện vùng cao còn cao; tình trạng tảo hôn vẫn xảy "
     "ra.")
dash("Việc thực hiện quy định về dạy thêm, học thêm ở một số cơ sở giáo dục chưa nghiêm; công tác quản lý nhóm, "
     "lớp độc lập tư thục ở một số địa phương còn lỏng lẻo.")

arabic("4. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Điều kiện kinh tế - xã hội của tỉnh còn khó khăn, nguồn lực đầu tư cho giáo dục còn hạn chế so với nhu cầu.")
dash("Thiên tai, mưa lũ diễn biến bất thường, gây hư hỏng cơ sở vật chất trường học ở các huyện vùng cao.")
dash("Chính sách tiền lương, thu hút giáo viên chưa đủ sức hấp dẫn; biên chế được giao thấp hơn định mức theo quy "
     "định.")
letter("b) Nguyên nhân chủ quan")
dash("Công tác tham mưu, dự báo nhu cầu giáo viên của một số địa phương chưa sát với thực tế; việc tuyển dụng giáo "
     "viên trong biên chế được giao còn chậm.")
dash("Một bộ phận cán bộ quản lý chưa quyết liệt, chưa chủ động trong đổi mới quản trị nhà trường.")
dash("Sự phối hợp giữa nhà trường, gia đình và chính quyền cơ sở trong vận động học sinh ra lớp, duy trì sĩ số ở một "
     "số nơi chưa chặt chẽ.")

arabic("5. Bài học kinh nghiệm")
dash("Bám sát sự lãnh đạo, chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh và hướng dẫn của Bộ Giáo dục và Đào tạo; chủ "
     "động tham mưu cơ chế, chính sách đặc thù cho giáo dục vùng khó khăn.")
dash("Phát huy vai trò, trách nhiệm của người đứng đầu cơ sở giáo dục; gắn kết quả thực hiện nhiệm vụ với thi đua, "
     "khen thưởng.")
dash("Làm tốt công tác truyền thông, tạo đồng thuận của cha mẹ học sinh và Nhân dân đối với các chủ trương lớn của "
     "ngành, nhất là việc sắp xếp trường, lớp.")
dash("Tăng cường kiểm tra, giám sát, kịp thời chấn chỉnh các sai phạm; huy động tối đa các nguồn lực xã hội cho giáo "
     "dục.")

# ===================================================================================== PHẦN THỨ HAI
part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP NĂM HỌC 2026 - 2027")
roman("I. MỤC TIÊU CHUNG")
body("Tiếp tục thực hiện đổi mới căn bản, toàn diện giáo dục và đào tạo; nâng cao chất lượng giáo dục toàn diện, "
     "chú trọng giáo dục đạo đức, lối sống, kỹ năng cho học sinh; thu hẹp khoảng cách chất lượng giáo dục giữa các "
     "vùng; phát triển đội ngũ nhà giáo, cán bộ quản lý đủ về số lượng, đồng bộ về cơ cấu; đẩy mạnh chuyển đổi số "
     "và tăng cường kỷ cương, nền nếp trong các cơ sở giáo dục.")
roman("II. MỘT SỐ CHỈ TIÊU CHỦ YẾU")
dash("Giáo dục mầm non:")
plus("Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 33,5%; trẻ mẫu giáo ra lớp đạt 96,8%.")
plus("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm xuống dưới 4,8%.")
dash("Giáo dục phổ thông:")
plus("Tỷ lệ học sinh tiểu học học 2 buổi/ngày đạt 96%.")
plus("Tỷ lệ tốt nghiệp trung học phổ thông đạt từ 98,5% trở lên.")
plus("Có từ 42 giải học sinh giỏi quốc gia trở lên.")
plus("Tỷ lệ học sinh bỏ học cấp trung học phổ thông dưới 0,8%.")
dash("Đội ngũ, cơ sở vật chất:")
plus("Có thêm ít nhất 27 trường được công nhận mới đạt chuẩn quốc gia.")
plus("Tỷ lệ phòng học kiên cố đạt 93%.")
plus("Tuyển dụng đủ 100% số biên chế giáo viên được giao.")

roman("III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU")
arabic("1. Hoàn thiện mạng lưới trường, lớp; nâng cao hiệu lực quản lý nhà nước")
dash("Tiếp tục rà soát, sắp xếp các cơ sở giáo dục theo Nghị quyết số 19/NQ-HĐND của Hội đồng nhân dân tỉnh; thu "
     "gọn các điểm trường lẻ ở những nơi có điều kiện, bảo đảm quyền lợi học tập của học sinh.")
dash("Tham mưu Ủy ban nhân dân tỉnh ban hành Đề án phát triển giáo dục mầm non ngoài công lập tại thành phố Tân "
     "Xuyên và thị xã Phước Hòa giai đoạn 2026 - 2030.")
dash("Tăng cường quản lý các nhóm, lớp độc lập tư thục; kiên quyết đình chỉ các cơ sở không bảo đảm điều kiện.")
arabic("2. Phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục")
dash("Phối hợp với Sở Nội vụ tham mưu tuyển dụng đủ số giáo viên trong biên chế được giao, ưu tiên giáo viên mầm "
     "non, tiểu học và giáo viên các môn Tiếng Anh, Tin học, Nghệ thuật.")
dash("Thực hiện có hiệu quả chính sách thu hút, hỗ trợ giáo viên công tác tại các xã đặc biệt khó khăn; điều động, "
     "biệt phái giáo viên giữa các địa phương để khắc phục tình trạng thừa, thiếu cục bộ.")
dash("Bồi dưỡng nâng cao năng lực cho đội ngũ theo chuẩn nghề nghiệp; tiếp tục thực hiện lộ trình nâng trình độ "
     "chuẩn được đào tạo của giáo viên.")
arabic("3. Nâng cao chất lượng giáo dục toàn diện")
dash("Đối với giáo dục mầm non:")
plus("Triển khai thí điểm Chương trình giáo dục mầm non mới theo hướng dẫn của Bộ Giáo dục và Đào tạo.")
plus("Thực hiện các giải pháp phòng, chống suy dinh dưỡng, ưu tiên trẻ em vùng đồng bào dân tộc thiểu số.")
dash("Đối với giáo dục phổ thông:")
plus("Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; đẩy mạnh giáo dục STEM, giáo dục kỹ năng số.")
plus("Nâng cao chất lượng dạy học ngoại ngữ, từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học.")
plus("Đổi mới công tác bồi dưỡng học sinh giỏi, phát triển Trường Trung học phổ thông Chuyên Quảng Xuyên thành trường "
     "chất lượng cao.")
plus("Chuẩn bị chu đáo Kỳ thi tốt nghiệp trung học phổ thông năm 2027, bảo đảm an toàn, nghiêm túc.")
dash("Đẩy mạnh giáo dục hướng nghiệp, phân luồng học sinh sau trung học cơ sở; thực hiện các giải pháp giảm tỷ lệ "
     "học sinh bỏ học, phòng ngừa tảo hôn.")
arabic("4. Tăng cường cơ sở vật chất, thiết bị dạy học; huy động nguồn lực")
dash("Ưu tiên bố trí vốn xây dựng phòng học, phòng học bộ môn, nhà đa năng cho các trường chưa đạt chuẩn quốc gia "
     "ở các huyện vùng cao; xóa hết phòng học tạm, phòng học nhờ.")
dash("Mua sắm đủ thiết bị dạy học tối thiểu theo lộ trình; sử dụng hiệu quả thiết bị hiện có.")
dash("Đẩy mạnh xã hội hóa giáo dục, thu hút các doanh nghiệp đầu tư phát triển trường ngoài công lập.")
arabic("5. Đẩy mạnh chuyển đổi số, cải cách hành chính; tăng cường kỷ cương, nền nếp")
dash("Hoàn thiện cơ sở dữ liệu ngành, triển khai học bạ số và văn bằng số; nhân rộng mô hình trường học số.")
dash("Tăng cường thanh tra, kiểm tra việc thu, chi, dạy thêm, học thêm; xử lý nghiêm các vi phạm.")
dash("Bảo đảm an toàn trường học, phòng, chống bạo lực học đường, đuối nước và tai nạn thương tích cho học sinh.")

roman("IV. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Bộ Giáo dục và Đào tạo")
dash("Sớm ban hành hướng dẫn về định mức số lượng giáo viên đối với các trường có nhiều điểm trường lẻ ở vùng đặc "
     "biệt khó khăn.")
dash("Quan tâm phân bổ nguồn vốn Chương trình mục tiêu quốc gia để đầu tư phòng học, phòng ở bán trú cho các huyện "
     "Na Khoang, Tả Lùng, Phìn Sáng.")
dash("Hỗ trợ tỉnh tập huấn, bồi dưỡng giáo viên dạy tiếng Anh, Tin học cấp tiểu học và giáo viên dạy môn Nghệ "
     "thuật cấp trung học phổ thông.")
arabic("2. Đối với Ủy ban nhân dân tỉnh")
dash("Giao bổ sung 420 biên chế giáo viên mầm non, tiểu học cho năm học 2026 - 2027 để khắc phục tình trạng thiếu "
     "giáo viên.")
dash("Bố trí kinh phí khoảng 260 tỷ đồng để kiên cố hóa phòng học và xây dựng trường đạt chuẩn quốc gia ở các huyện "
     "vùng cao.")
dash("Chỉ đạo các sở, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố phối hợp với ngành Giáo dục trong vận "
     "động học sinh ra lớp, phòng ngừa tảo hôn.")

body("Trên đây là báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027 của Sở Giáo dục "
     "và Đào tạo tỉnh Quảng Xuyên./.")

# ------------------------------------------------------------------------------------- signature table
sg = doc.add_table(rows=1, cols=2)
no_borders(sg)
for c, w in zip(sg.rows[0].cells, (Cm(8.0), Cm(8.0))):
    c.width = w
cell_lines(sg.rows[0].cells[0], [
    ("Nơi nhận:", True, True),
    ("- Bộ Giáo dục và Đào tạo (b/c);", False, False),
    ("- UBND tỉnh (b/c);", False, False),
    ("- Ban Tuyên giáo và Dân vận Tỉnh ủy;", False, False),
    ("- Giám đốc, các PGĐ Sở;", False, False),
    ("- Phòng GD&ĐT các huyện, thị xã, thành phố;", False, False),
    ("- Các đơn vị trực thuộc Sở;", False, False),
    ("- Lưu: VT, KHTC.", False, False),
], align=LEFT, size=11)
cell_lines(sg.rows[0].cells[1], [
    ("KT. GIÁM ĐỐC", True, False),
    ("PHÓ GIÁM ĐỐC", True, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("Đinh Thị Hồng Vân", True, False),
])


def main(argv: list[str]) -> Path:
    import datetime as dt
    out = Path(argv[1]) if len(argv) > 1 else OUT
    return R.save(out, ZIP_TIME, author="Sở Giáo dục và Đào tạo tỉnh Quảng Xuyên",
                  title="Báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027",
                  created=dt.datetime(2026, 7, 24, 8, 0, 0))


if __name__ == "__main__":
    path = main(sys.argv)
    print(f"saved {path} ({path.stat().st_size} bytes)")
