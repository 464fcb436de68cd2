# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định của Ủy ban nhân dân huyện Ngọc Khê, tỉnh Hà Lĩnh (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/ubnd-huyen-ngoc-khe-nam-2026.docx: an invented year-end report of a district People's Committee
(tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026, phương hướng, nhiệm vụ năm 2027), written
by a helper who never saw the assistant's code (tune split: eval/real/outlines/ubnd-huyen-ngoc-khe-nam-2026.json,
eval/real/questions_tune7.jsonl).

Layouts: header and signature tables without borders (issuing body over two lines); "Phần thứ nhất" /
"Phần thứ hai" with their titles on the next line; Roman / Arabic / decimal (1.1.) / lettered headings; '-' and
'+' items; tab-led paragraphs; a key-indicator table with merged group rows (Kế hoạch / Thực hiện / Đánh giá)
and a budget-revenue table (Dự toán / Thực hiện / So với dự toán) in the body; two appendices (Phụ lục 1: hộ
nghèo, hộ cận nghèo by commune, with merged group rows; Phụ lục 2: tiêm chủng, BHYT by commune); figures of
several bodies in running text; two real Word footnotes carrying figures found nowhere else. Shared helpers
in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_ubnd_huyen.py [out.docx]
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
from scripts.docx_report_kit import CENTER, LEFT, RIGHT, DocxReport, Fn, cell_lines, no_borders  # noqa: E402

OUT = ROOT / "tests" / "data" / "ubnd-huyen-ngoc-khe-nam-2026.docx"
ZIP_TIME = (2026, 12, 4, 8, 0, 0)

R = DocxReport(space_after=3)
doc = R.doc
para, part, roman, arabic, dec, letter, body, tabbed, dash, plus, target = (
    R.para, R.part, R.roman, R.arabic, R.dec, R.letter, R.body, R.tabbed, R.dash, R.plus, R.target)


def vn(x: float, nd: int = 1) -> str:
    """Vietnamese decimal: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pct(a: int, b: int, nd: int = 1) -> str:
    return vn(100.0 * a / b, nd)


# bordered tables: header repeated on each page, 'Tổng ...' / 'Toàn huyện' rows bold, an empty
# paragraph after each
grid_table = partial(R.grid_table, repeat_header=True, totals=("Tổng", "Toàn huyện"), spacer=True)


# ------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.0), Cm(10.0))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UỶ BAN NHÂN DÂN", True, False),
    ("HUYỆN NGỌC KHÊ", True, False, True),
    ("", False, False),
    ("Số: 486/BC-UBND", False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    ("Ngọc Khê, ngày 04 tháng 12 năm 2026", False, True),
])

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026,", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ năm 2027", bold=True, align=CENTER, indent=None)
para("(Trình kỳ họp thứ Ba, Hội đồng nhân dân huyện khóa XXII, nhiệm kỳ 2026 - 2031)", italic=True,
     align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2025 - 2030 và Kế "
       "hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030. Bên cạnh những thuận lợi cơ bản, huyện Ngọc Khê gặp "
       "không ít khó khăn: mưa lớn kéo dài trong tháng 7 và tháng 9 gây sạt lở, thiệt hại về nhà ở, đường giao "
       "thông và sản xuất ở các xã vùng cao; giá vật tư nông nghiệp ở mức cao; nguồn thu ngân sách phụ thuộc lớn "
       "vào thu tiền sử dụng đất. Được sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh Hà Lĩnh, "
       "sự lãnh đạo trực tiếp của Huyện ủy, sự giám sát của Hội đồng nhân dân huyện, Ủy ban nhân dân huyện đã tập "
       "trung chỉ đạo các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai đồng bộ các nhiệm vụ, giải "
       "pháp; tình hình kinh tế - xã hội của huyện tiếp tục phát triển ổn định. Ủy ban nhân dân huyện báo cáo kết "
       "quả cụ thể như sau:")

# =================================================================================== PHẦN THỨ NHẤT
part("Phần thứ nhất", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026")

roman("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU")
tabbed("Thực hiện Nghị quyết số 48/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân huyện về kế hoạch phát triển kinh "
       "tế - xã hội năm 2026, Ủy ban nhân dân huyện đã ban hành Quyết định số 2915/QĐ-UBND ngày 25/12/2025 giao "
       "chỉ tiêu kế hoạch cho các cơ quan, đơn vị và các xã, thị trấn. Ước đến hết năm 2026, có 12/15 chỉ tiêu "
       "chủ yếu đạt và vượt kế hoạch; 03 chỉ tiêu chưa đạt kế hoạch. Tốc độ tăng giá trị sản xuất (giá so sánh "
       "năm 2010) ước đạt 8,9%, cao hơn mức tăng của năm 2025 (8,1%); cơ cấu kinh tế tiếp tục chuyển dịch theo "
       "hướng tích cực: nông, lâm nghiệp, thủy sản chiếm 31,4%; công nghiệp - xây dựng chiếm 36,2%; thương mại - "
       "dịch vụ chiếm 32,4%. Kết quả cụ thể như sau:")

grid_table(
    ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện năm 2026", "Đánh giá"),
    [
        ("group", "A. Chỉ tiêu kinh tế"),
        ("1", "Tốc độ tăng giá trị sản xuất (giá so sánh năm 2010)", "%", "8,5", "8,9", "Đạt"),
        ("2", "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản", "Tỷ đồng", "1.540", "1.562,4", "Đạt"),
        ("3", "Tổng sản lượng lương thực có hạt", "Tấn", "61.500", "60.870", "Không đạt"),
        ("4", "Thu nhập bình quân đầu người", "Triệu đồng", "58,0", "58,6", "Đạt"),
        ("5", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "286,0", "318,4", "Đạt"),
        ("6", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "2.150", "2.084", "Không đạt"),
        ("group", "B. Chỉ tiêu xã hội"),
        ("7", "Mức giảm tỷ lệ hộ nghèo", "Điểm %", "1,5", "1,62", "Đạt"),
        ("8", "Số lao động được giải quyết việc làm mới", "Người", "1.800", "1.936", "Đạt"),
        ("9", "Tỷ lệ lao động qua đào tạo", "%", "66,0", "66,8", "Đạt"),
        ("10", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94,5", "93,7", "Không đạt"),
        ("11", "Số trường học đạt chuẩn quốc gia tăng thêm", "Trường", "3", "4", "Đạt"),
        ("12", "Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm", "Xã", "2", "2", "Đạt"),
        ("group", "C. Chỉ tiêu môi trường"),
        ("13", "Tỷ lệ che phủ rừng", "%", "57,2", "57,3", "Đạt"),
        ("14", "Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn", "%", "52,0", "52,4", "Đạt"),
        ("15", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "85,0", "86,1", "Đạt"),
    ],
    [Cm(1.1), Cm(6.4), Cm(2.2), Cm(2.1), Cm(2.1), Cm(2.1)],
)

roman("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRÊN CÁC LĨNH VỰC")
arabic("1. Phát triển kinh tế")
dec("1.1. Sản xuất nông, lâm nghiệp, thủy sản và xây dựng nông thôn mới")
body("Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản (giá so sánh năm 2010) ước đạt 1.562,4 tỷ đồng, tăng 3,8% so "
     "với năm 2025. Huyện tiếp tục thực hiện Đề án cơ cấu lại ngành nông nghiệp giai đoạn 2026 - 2030, hình thành "
     "các vùng sản xuất hàng hóa tập trung gắn với liên kết tiêu thụ sản phẩm.")
letter("a) Trồng trọt")
dash("Tổng diện tích gieo trồng cây hằng năm đạt 15.486 ha, bằng 99,1% kế hoạch; trong đó diện tích lúa cả năm "
     "9.812 ha (vụ Xuân 4.906 ha, vụ Mùa 4.906 ha), năng suất bình quân 58,3 tạ/ha; diện tích ngô 1.645 ha. Tổng "
     "sản lượng lương thực có hạt đạt 60.870 tấn, giảm 1.130 tấn so với năm 2025 do khoảng 386 ha lúa vụ Mùa tại "
     "các xã Khê Thượng, Nà Lừu, Bản Chiêu bị ảnh hưởng bởi mưa lớn trong tháng 9.")
dash("Cây công nghiệp, cây ăn quả tiếp tục phát triển theo hướng hàng hóa: diện tích chè 2.318 ha, sản lượng chè búp "
     "tươi 19.650 tấn; diện tích cây ăn quả 3.104 ha (cam, bưởi 1.268 ha; nhãn, vải 942 ha; cây ăn quả khác 894 ha). "
     "Trong năm, toàn huyện chuyển đổi 214 ha đất trồng lúa kém hiệu quả sang trồng cây hằng năm và cây ăn quả.")
letter("b) Chăn nuôi, thủy sản")
dash("Tổng đàn trâu 12.640 con, đàn bò 8.215 con, đàn lợn 68.400 con, đàn gia cầm 1,24 triệu con; sản lượng thịt hơi "
     "xuất chuồng các loại ước đạt 14.820 tấn, tăng 4,2%. Trong năm, trên địa bàn phát sinh 3 ổ dịch tả lợn châu "
     "Phi tại xã Đồng Quế và xã Mỹ Hưng, buộc tiêu hủy 137 con với tổng trọng lượng 9.860 kg; dịch đã được khống "
     "chế, không lây lan diện rộng.")
dash("Diện tích nuôi trồng thủy sản 612 ha, sản lượng thủy sản ước đạt 2.046 tấn, tăng 3,5% so với năm 2025.")
letter("c) Lâm nghiệp")
dash("Trồng mới 1.128 ha rừng tập trung (trong đó trồng rừng gỗ lớn 312 ha), đạt 102,5% kế hoạch; trồng 86.000 cây "
     "phân tán. Sản lượng gỗ khai thác ước đạt 96.500 m³. Tỷ lệ che phủ rừng đạt 57,3%.")
letter("d) Xây dựng nông thôn mới và Chương trình mỗi xã một sản phẩm (OCOP)")
dash("Năm 2026, xã Vĩnh Khang và xã Hồng Phong được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt "
     "chuẩn nông thôn mới nâng cao lên 5 xã; bình quân toàn huyện đạt 18,4 tiêu chí/xã. Xã Tân Mỹ đã hoàn thiện hồ "
     "sơ đề nghị xét công nhận đạt chuẩn nông thôn mới kiểu mẫu.")
dash("Có thêm 7 sản phẩm được công nhận đạt chuẩn OCOP (6 sản phẩm 3 sao, 1 sản phẩm 4 sao là Chè Shan tuyết Lũng "
     "Tiên của Hợp tác xã Chè Lũng Tiên), nâng tổng số sản phẩm OCOP của huyện lên 41 sản phẩm.")

dec("1.2. Công nghiệp, tiểu thủ công nghiệp và xây dựng")
tabbed("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (giá so sánh năm 2010) ước đạt 2.148,6 tỷ đồng, tăng "
       "12,4% so với năm 2025. Một số sản phẩm chủ yếu tăng khá như gạch không nung, chè chế biến, đồ gỗ gia dụng và "
       "may mặc xuất khẩu. Cụm công nghiệp Khê Thượng có tỷ lệ lấp đầy đạt 78,5%; đã thu hút thêm 3 dự án với tổng "
       "vốn đăng ký 264 tỷ đồng. Cụm công nghiệp Đồng Quế (quy mô 48,6 ha) được khởi công xây dựng hạ tầng ngày "
       "26/3/2026 do Công ty cổ phần Đầu tư hạ tầng Phú Khang làm chủ đầu tư, khối lượng thực hiện đến nay ước đạt "
       "42%.")

dec("1.3. Thương mại, dịch vụ, du lịch")
body("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 5.426 tỷ đồng, tăng 10,8% so với năm 2025. "
     "Chợ trung tâm huyện được cải tạo, nâng cấp và đưa vào sử dụng từ ngày 15/8/2026.")
body("Đội Quản lý thị trường số 6 kiểm tra 96 vụ, xử lý 72 vụ vi phạm, phạt tiền 428 triệu đồng, tập trung vào kinh "
     "doanh hàng hóa không rõ nguồn gốc, hàng giả, vi phạm về ghi nhãn hàng hóa. Phòng Kinh tế và Hạ tầng chủ trì "
     "kiểm tra việc chấp hành quy định về kinh doanh xăng dầu, khí dầu mỏ hóa lỏng tại 23 cửa hàng, nhắc nhở 5 "
     "cửa hàng chưa niêm yết giá đúng quy định.")
body("Du lịch có bước phát triển; tổng lượt khách đến tham quan, nghỉ dưỡng ước đạt 186.500 lượt (khách quốc tế "
     "4.120 lượt), tăng 14,2%; doanh thu từ hoạt động du lịch ước đạt 212 tỷ đồng.")
body("Năm 2026, toàn huyện có 46 doanh nghiệp thành lập mới (31 công ty trách nhiệm hữu hạn, 9 công ty cổ phần, 6 "
     "doanh nghiệp tư nhân) với tổng vốn đăng ký 412 tỷ đồng; nâng tổng số doanh nghiệp đang hoạt động trên địa "
     "bàn lên 384 doanh nghiệp.")

dec("1.4. Tài chính, ngân sách")
BUDGET = [
    ("1", "Thu từ doanh nghiệp nhà nước", 6800, 5912, "92,4"),
    ("2", "Thu từ khu vực công thương nghiệp, dịch vụ ngoài quốc doanh", 64500, 68730, "108,3"),
    ("3", "Lệ phí trước bạ", 21000, 23415, "104,6"),
    ("4", "Thuế thu nhập cá nhân", 9200, 10126, "107,8"),
    ("5", "Thuế sử dụng đất phi nông nghiệp", 1100, 1047, "98,6"),
    ("6", "Thu tiền sử dụng đất", 150000, 172860, "121,7"),
    ("7", "Thu tiền thuê đất", 8400, 9318, "103,2"),
    ("8", "Thu phí, lệ phí", 7600, 7954, "101,9"),
    ("9", "Thu khác ngân sách", 17400, 19038, "112,5"),
]
B_PLAN = sum(r[2] for r in BUDGET)
B_DONE = sum(r[3] for r in BUDGET)
assert (B_PLAN, B_DONE) == (286000, 318400), (B_PLAN, B_DONE)
tabbed("Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện ", vn_int(B_DONE), " triệu đồng, đạt ",
       pct(B_DONE, B_PLAN), "% dự toán tỉnh giao, tăng 14,1% so với năm 2025; trong đó thu tiền sử dụng đất 172.860 "
       "triệu đồng", Fn(
           "Trong đó: thu từ đấu giá quyền sử dụng đất 11 khu đất với 236 lô, số tiền 128.540 triệu đồng; thu từ "
           "giao đất tái định cư và chuyển mục đích sử dụng đất của hộ gia đình, cá nhân 44.320 triệu đồng. Khu "
           "đất đấu giá có giá trúng cao nhất là khu dân cư số 2 thị trấn Ngọc Khê, bình quân 9,86 triệu đồng/m²."),
       ", chiếm 54,3% tổng thu; thu ngân sách không kể tiền sử dụng đất đạt 145.540 triệu đồng, đạt 106,4% dự toán. "
       "Kết quả thu theo từng nguồn như sau:")

rows = []
for stt, name, plan, done, yoy in BUDGET:
    rows.append((stt, name, vn_int(plan), vn_int(done), pct(done, plan), yoy))
rows.insert(0, ("", "Tổng thu ngân sách nhà nước trên địa bàn", vn_int(B_PLAN), vn_int(B_DONE), pct(B_DONE, B_PLAN),
                "114,1"))
para("Đơn vị tính: triệu đồng", italic=True, align=RIGHT, indent=None, size=12)
grid_table(
    ("STT", "Nội dung thu", "Dự toán", "Thực hiện", "So với dự toán (%)", "So với năm 2025 (%)"),
    rows,
    [Cm(1.1), Cm(6.3), Cm(2.3), Cm(2.3), Cm(2.0), Cm(2.0)],
)
body("Tổng thu ngân sách địa phương ước đạt 1.046.782 triệu đồng, trong đó thu bổ sung từ ngân sách cấp trên "
     "684.215 triệu đồng. Tổng chi ngân sách địa phương ước thực hiện 982.540 triệu đồng, bằng 104,8% dự toán; "
     "trong đó chi đầu tư phát triển 214.360 triệu đồng, chi thường xuyên 742.915 triệu đồng.")

dec("1.5. Đầu tư công, phát triển kết cấu hạ tầng")
body("Tổng vốn đầu tư công năm 2026 do huyện quản lý là 386.420 triệu đồng; ước giải ngân đến ngày 31/01/2027 đạt "
     "342.180 triệu đồng, bằng 88,6% kế hoạch. Trong năm, khởi công mới 27 công trình, hoàn thành đưa vào sử dụng "
     "34 công trình (gồm 19 công trình giao thông, 8 công trình trường học, 4 công trình thủy lợi, 3 công trình "
     "văn hóa - thể thao). Cầu Khê Hạ nối trung tâm huyện với xã Nà Lừu được khánh thành ngày 02/9/2026, với tổng "
     "mức đầu tư 68,5 tỷ đồng.")
body("Công tác bồi thường, giải phóng mặt bằng được tập trung chỉ đạo quyết liệt; đã thu hồi 124,6 ha đất để thực hiện "
     "31 dự án, chi trả bồi thường, hỗ trợ 186,3 tỷ đồng cho 1.048 hộ gia đình, cá nhân. Tuy nhiên, dự án đường "
     "tránh thị trấn Ngọc Khê còn 17 hộ chưa nhận tiền bồi thường, ảnh hưởng đến tiến độ thi công.")

arabic("2. Quản lý tài nguyên và bảo vệ môi trường")
body("Hoàn thành lập, trình phê duyệt kế hoạch sử dụng đất năm 2027 của huyện. Cấp 2.186 giấy chứng nhận quyền sử dụng "
     "đất lần đầu cho hộ gia đình, cá nhân với diện tích 418,6 ha; giải quyết 3.412 hồ sơ đăng ký biến động đất đai.")
body("Công tác quản lý khoáng sản được tăng cường; đã đóng cửa mỏ 2 điểm khai thác đá hết thời hạn giấy phép tại xã "
     "Thạch Bàn. Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 86,1%; tỷ lệ dân số nông thôn sử dụng nước "
     "sạch đạt quy chuẩn đạt 52,4%. Lò đốt rác thải sinh hoạt xã Tân Mỹ (công suất 30 tấn/ngày) được đưa vào vận "
     "hành từ tháng 6/2026.")

arabic("3. Văn hóa - xã hội")
dec("3.1. Giáo dục và đào tạo")
body("Năm học 2025 - 2026, toàn huyện có 68 trường học (21 trường mầm non, 24 trường tiểu học, 3 trường tiểu học và "
     "trung học cơ sở, 17 trường trung học cơ sở, 3 trường trung học phổ thông) với 26.840 học sinh. Tỷ lệ học sinh "
     "tốt nghiệp trung học cơ sở đạt 99,6%; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 98,9%. Kỳ thi chọn "
     "học sinh giỏi cấp tỉnh, huyện có 58 học sinh đạt giải (4 giải nhất, 11 giải nhì, 19 giải ba, 24 giải khuyến "
     "khích).")
body("Có thêm 4 trường được công nhận đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 52/68 trường, đạt 76,5%.")
dec("3.2. Y tế, dân số")
body("Công tác y tế dự phòng được quan tâm; không để xảy ra dịch bệnh lớn trên địa bàn. Tỷ lệ trẻ em dưới 1 tuổi được "
     "tiêm chủng đầy đủ các loại vắc xin toàn huyện đạt 95,8% (chi tiết theo từng xã, thị trấn tại Phụ lục 2). "
     "Trung tâm Y tế huyện khám, chữa bệnh cho 68.420 lượt người (trong đó điều trị nội trú 7.315 lượt), công suất "
     "sử dụng giường bệnh đạt 92,4%; các trạm y tế xã, thị trấn khám, chữa bệnh cho 54.180 lượt người. Có 11/12 "
     "xã, thị trấn duy trì đạt Bộ tiêu chí quốc gia về y tế xã.")
body("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,7%, thấp hơn kế hoạch do việc điều chỉnh đối tượng được ngân sách "
     "hỗ trợ đóng bảo hiểm y tế tại một số xã ra khỏi vùng đặc biệt khó khăn. Tỷ lệ sinh con thứ ba trở lên giảm "
     "0,4 điểm phần trăm; tỷ số giới tính khi sinh là 109 bé trai/100 bé gái.")
dec("3.3. Lao động, việc làm, giảm nghèo và an sinh xã hội")
body("Giải quyết việc làm mới cho 1.936 lao động (việc làm trong nước 1.642 lao động, đi làm việc ở nước ngoài theo "
     "hợp đồng 294 lao động); mở 38 lớp đào tạo nghề cho 1.215 lao động nông thôn. Tỷ lệ lao động qua đào tạo đạt "
     "66,8%, trong đó có bằng cấp, chứng chỉ đạt 29,5%.")
tabbed("Đầu năm 2026, toàn huyện có 1.435 hộ nghèo và 1.402 hộ cận nghèo. Trong năm có 451 hộ thoát nghèo, 48 hộ "
       "nghèo phát sinh mới; đến cuối năm 2026 toàn huyện còn 1.032 hộ nghèo, chiếm 4,15%, giảm 1,62 điểm phần trăm "
       "so với đầu năm; còn 1.287 hộ cận nghèo, chiếm 5,18% (tỷ lệ hộ nghèo, hộ cận nghèo của từng xã, thị trấn tại "
       "Phụ lục 1). Các chính sách hỗ trợ hộ nghèo về y tế, giáo dục, nhà ở, tín dụng ưu đãi được thực hiện đầy đủ, "
       "kịp thời; Ngân hàng Chính sách xã hội huyện giải ngân 168,4 tỷ đồng cho 3.126 lượt hộ vay.")
body("Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động Quỹ Vì người nghèo được 2.146 triệu đồng; phối hợp hỗ trợ xây "
     "dựng 55 nhà Đại đoàn kết cho hộ nghèo (xây mới 38 nhà, sửa chữa 17 nhà) với tổng kinh phí 2.870 triệu đồng. "
     "Hội Nông dân huyện vận động hội viên đóng góp 1.372 triệu đồng và 4.860 ngày công làm đường giao thông nông "
     "thôn, kênh mương nội đồng; nguồn Quỹ Hỗ trợ nông dân hiện quản lý 3.450 triệu đồng, cho 126 hộ hội viên vay "
     "phát triển sản xuất. Hội Liên hiệp Phụ nữ huyện vận động hội viên tiết kiệm được 968 triệu đồng, giúp 84 hộ "
     "phụ nữ nghèo vay vốn không lãi; Huyện đoàn huy động 415 triệu đồng thực hiện các công trình thanh niên.")
dec("3.4. Văn hóa, thông tin, thể thao")
body("Tổ chức thành công Lễ hội Xuống đồng Bản Chiêu năm 2026 và các hoạt động kỷ niệm các ngày lễ lớn. Tỷ lệ hộ gia "
     "đình đạt danh hiệu \"Gia đình văn hóa\" đạt 88,6%; tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa đạt 81,2%. "
     "Phòng Văn hóa và Thông tin kiểm tra 38 cơ sở kinh doanh dịch vụ văn hóa, nhắc nhở 6 cơ sở vi phạm.")

arabic("4. Cải cách hành chính, chuyển đổi số; thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, "
       "chống tham nhũng, lãng phí")
letter("a) Cải cách hành chính, chuyển đổi số")
dash("Kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện theo hướng tinh gọn; giảm 2 đầu mối "
     "phòng chuyên môn và 4 đơn vị sự nghiệp công lập; tinh giản 37 biên chế theo lộ trình.")
dash("Bộ phận Một cửa huyện và các xã, thị trấn tiếp nhận 28.640 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ giải quyết "
     "trước và đúng hạn đạt 98,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,3%. Chỉ số hài lòng của người dân, "
     "doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt 91,8%.")
dash("Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư; 100% văn bản giữa các cơ quan hành chính được gửi, "
     "nhận dưới dạng điện tử có ký số (trừ văn bản mật); xây dựng 12 điểm Wi-Fi công cộng tại trung tâm các xã.")
dash("Tỷ lệ người dân trưởng thành có tài khoản thanh toán điện tử đạt 71,4%; hoàn thành số hóa 96% hồ sơ hộ tịch "
     "lưu trữ từ năm 2008 đến nay.")
letter("b) Công tác thanh tra")
tabbed("Thanh tra huyện triển khai 9 cuộc thanh tra hành chính (7 cuộc theo kế hoạch, 2 cuộc đột xuất) tại 14 đơn "
       "vị, đã ban hành kết luận 8 cuộc; qua thanh tra phát hiện sai phạm về kinh tế 1.284 triệu đồng, kiến nghị thu "
       "hồi nộp ngân sách nhà nước toàn bộ số tiền trên", Fn(
           "Đến ngày 30/11/2026, đã thu hồi nộp ngân sách 1.036 triệu đồng, đạt 80,7% số tiền kiến nghị thu hồi; "
           "riêng cuộc thanh tra việc quản lý, sử dụng kinh phí sự nghiệp giáo dục tại xã Phúc Sơn đã thu hồi 312 "
           "triệu đồng."),
       "; kiến nghị kiểm điểm rút kinh nghiệm 6 tập thể, 14 cá nhân. Nội dung thanh tra tập trung vào quản lý, sử "
       "dụng ngân sách, đầu tư xây dựng cơ bản và thực hiện chính sách hỗ trợ giảm nghèo ở cấp xã.")
body("Phòng Tài nguyên và Môi trường chủ trì 6 cuộc thanh tra, kiểm tra chuyên ngành (4 cuộc về khai thác khoáng sản, "
     "2 cuộc về bảo vệ môi trường) đối với 17 tổ chức, cá nhân; xử phạt vi phạm hành chính 9 trường hợp với số tiền "
     "486,5 triệu đồng, buộc khắc phục hậu quả môi trường tại 2 cơ sở khai thác cát sỏi. Phòng Kinh tế và Hạ tầng "
     "kiểm tra 5 cuộc về trật tự xây dựng, chất lượng công trình; xử phạt 7 trường hợp với số tiền 93 triệu đồng, "
     "đình chỉ thi công 2 công trình xây dựng sai phép.")
letter("c) Tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, lãng phí")
body("Các cơ quan hành chính nhà nước trên địa bàn huyện tiếp 214 lượt công dân (Chủ tịch Ủy ban nhân dân huyện tiếp "
     "định kỳ 12 kỳ, đột xuất 3 kỳ). Tiếp nhận 186 đơn (42 đơn khiếu nại, 11 đơn tố cáo, 133 đơn kiến nghị, phản "
     "ánh), giảm 23 đơn so với năm 2025; nội dung chủ yếu liên quan đến bồi thường, giải phóng mặt bằng và tranh "
     "chấp đất đai. Số vụ việc thuộc thẩm quyền là 39 vụ; đã giải quyết 36 vụ, đạt 92,3%; còn 3 vụ đang trong thời "
     "hạn giải quyết.")
body("Công tác phòng, chống tham nhũng, lãng phí được triển khai đồng bộ; đã thực hiện kê khai tài sản, thu nhập "
     "lần đầu, hằng năm đối với 486 người; xác minh tài sản, thu nhập của 12 người, kết quả không phát hiện vi "
     "phạm. Trong năm không phát hiện vụ việc tham nhũng trên địa bàn.")

arabic("5. Quốc phòng, an ninh và trật tự an toàn xã hội")
body("Hoàn thành 100% chỉ tiêu giao quân năm 2026 với 186 thanh niên lên đường thực hiện nghĩa vụ (180 thanh niên "
     "nhập ngũ quân đội, 6 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân). Tổ chức diễn tập khu vực phòng "
     "thủ huyện năm 2026 đạt loại giỏi; huấn luyện dân quân tự vệ đạt 100% kế hoạch.")
body("Tình hình an ninh chính trị ổn định. Công an huyện phát hiện 64 vụ phạm pháp hình sự, điều tra làm rõ 58 vụ, "
     "đạt 90,6%; bắt, xử lý 97 đối tượng. Phát hiện, bắt giữ 31 vụ với 46 đối tượng phạm tội về ma túy. Tai nạn "
     "giao thông xảy ra 14 vụ, làm chết 9 người, bị thương 11 người; so với năm 2025 giảm 3 vụ, giảm 2 người chết, "
     "giảm 4 người bị thương. Xảy ra 5 vụ cháy, thiệt hại tài sản ước khoảng 1,35 tỷ đồng.")

roman("III. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả đạt được")
body("Năm 2026, trong bối cảnh còn nhiều khó khăn, kinh tế - xã hội của huyện tiếp tục phát triển, hầu hết các "
     "chỉ tiêu chủ yếu đạt và vượt kế hoạch. Những kết quả nổi bật thể hiện ở các mặt sau:")
dash("Tốc độ tăng giá trị sản xuất đạt 8,9%, cao nhất trong 5 năm gần đây; cơ cấu kinh tế chuyển dịch đúng hướng, tỷ "
     "trọng công nghiệp - xây dựng tăng 1,6 điểm phần trăm.")
dash("Thu ngân sách nhà nước trên địa bàn vượt dự toán tỉnh giao, tạo nguồn lực quan trọng cho đầu tư phát triển kết "
     "cấu hạ tầng, nhất là hạ tầng giao thông kết nối các xã vùng cao.")
dash("Xây dựng nông thôn mới tiếp tục đạt kết quả vững chắc, có thêm 2 xã đạt chuẩn nông thôn mới nâng cao; sản phẩm "
     "OCOP từng bước khẳng định thương hiệu trên thị trường.")
dash("An sinh xã hội được bảo đảm, giảm nghèo vượt kế hoạch; chất lượng giáo dục, y tế có chuyển biến.")
dash("Cải cách hành chính, chuyển đổi số có tiến bộ rõ nét, tỷ lệ hồ sơ trực tuyến toàn trình tăng mạnh; quốc phòng, "
     "an ninh được giữ vững.")
arabic("2. Hạn chế, yếu kém")
dash("Một số chỉ tiêu chủ yếu chưa đạt kế hoạch; sản xuất nông nghiệp còn phụ thuộc nhiều vào thời tiết, liên kết "
     "sản xuất theo chuỗi giá trị còn ít, quy mô nhỏ.")
dash("Thu ngân sách chưa bền vững, phụ thuộc lớn vào nguồn thu tiền sử dụng đất; một số khoản thu thường xuyên chưa "
     "đạt dự toán.")
dash("Tiến độ giải phóng mặt bằng một số dự án trọng điểm còn chậm, nhất là dự án đường tránh thị trấn Ngọc Khê; giải "
     "ngân vốn đầu tư công chưa đạt yêu cầu đề ra.")
dash("Tỷ lệ hộ nghèo ở các xã vùng cao còn cao, nguy cơ tái nghèo lớn; chất lượng đào tạo nghề chưa gắn với nhu cầu "
     "thị trường lao động.")
dash("Tình trạng khai thác cát sỏi trái phép trên sông Khê, vi phạm trật tự xây dựng ở một số xã chưa được xử lý dứt "
     "điểm; tội phạm về ma túy và trộm cắp tài sản còn diễn biến phức tạp.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Thiên tai, mưa lũ diễn biến bất thường, gây thiệt hại lớn về sản xuất và hạ tầng ở các xã vùng cao.")
dash("Giá vật tư đầu vào, nguyên vật liệu xây dựng tăng cao; thị trường tiêu thụ một số nông sản chủ lực gặp khó khăn.")
dash("Một số cơ chế, chính sách về đất đai, đầu tư sau khi sửa đổi chưa có hướng dẫn kịp thời, ảnh hưởng đến tiến độ "
     "thực hiện dự án.")
letter("b) Nguyên nhân chủ quan")
dash("Sự phối hợp giữa một số cơ quan chuyên môn và Ủy ban nhân dân cấp xã chưa chặt chẽ; công tác tham mưu ở một số "
     "lĩnh vực chưa kịp thời.")
dash("Năng lực của một bộ phận cán bộ, công chức cấp xã còn hạn chế, nhất là trong lĩnh vực quản lý đất đai, xây dựng.")
dash("Người đứng đầu một số cơ quan, đơn vị chưa quyết liệt trong chỉ đạo, đôn đốc thực hiện nhiệm vụ được giao.")

# =================================================================================== PHẦN THỨ HAI
part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
roman("I. MỤC TIÊU TỔNG QUÁT")
body("Tiếp tục thực hiện hiệu quả Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII; huy động, sử dụng hiệu quả các nguồn "
     "lực cho phát triển; đẩy mạnh cơ cấu lại ngành nông nghiệp gắn với xây dựng nông thôn mới nâng cao, phát triển "
     "công nghiệp, dịch vụ, du lịch; nâng cao chất lượng các lĩnh vực văn hóa - xã hội, bảo đảm an sinh xã hội; đẩy "
     "mạnh cải cách hành chính, chuyển đổi số; giữ vững quốc phòng, an ninh và trật tự an toàn xã hội.")
roman("II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027")
dash("Chỉ tiêu kinh tế:")
plus("Tốc độ tăng giá trị sản xuất (giá so sánh năm 2010) đạt từ 9,0% trở lên.")
plus("Thu ngân sách nhà nước trên địa bàn đạt 305 tỷ đồng trở lên.")
plus("Thu nhập bình quân đầu người đạt 63 triệu đồng.")
plus("Tổng vốn đầu tư toàn xã hội đạt 2.300 tỷ đồng.")
dash("Chỉ tiêu xã hội:")
plus("Tỷ lệ hộ nghèo giảm từ 1,5 điểm phần trăm trở lên.")
plus("Giải quyết việc làm mới cho 1.850 lao động.")
plus("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.")
plus("Có thêm 3 trường học đạt chuẩn quốc gia.")
dash("Chỉ tiêu môi trường:")
plus("Tỷ lệ che phủ rừng đạt 57,5%.")
plus("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 88%.")

roman("III. NHIỆM VỤ, GIẢI PHÁP NĂM 2027")
arabic("1. Tập trung phát triển kinh tế nông nghiệp, xây dựng nông thôn mới")
dash("Tiếp tục thực hiện Đề án cơ cấu lại ngành nông nghiệp; mở rộng vùng sản xuất chè, cây ăn quả đạt tiêu chuẩn "
     "VietGAP, hữu cơ; phát triển thêm 5 mã số vùng trồng.")
dash("Chủ động phòng, chống thiên tai, dịch bệnh trên cây trồng, vật nuôi; không để dịch tả lợn châu Phi lây lan diện "
     "rộng.")
dash("Phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, xã Tân Mỹ đạt chuẩn nông thôn mới kiểu mẫu; có thêm ít "
     "nhất 5 sản phẩm OCOP.")
arabic("2. Phát triển công nghiệp, thương mại, dịch vụ và du lịch")
dash("Hoàn thành đầu tư hạ tầng Cụm công nghiệp Đồng Quế; kêu gọi, thu hút các dự án chế biến nông, lâm sản vào Cụm "
     "công nghiệp Khê Thượng.")
dash("Phát triển du lịch sinh thái, du lịch cộng đồng tại Lũng Tiên, Bản Chiêu; phấn đấu đón 210.000 lượt khách.")
arabic("3. Quản lý tài chính, ngân sách, đầu tư công và tài nguyên")
dash("Tăng cường các biện pháp chống thất thu, nuôi dưỡng nguồn thu; đẩy nhanh tiến độ đấu giá quyền sử dụng đất các "
     "khu dân cư đã có hạ tầng.")
dash("Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn; tập trung giải phóng mặt "
     "bằng dự án đường tránh thị trấn Ngọc Khê.")
dash("Xử lý nghiêm các trường hợp khai thác khoáng sản trái phép, vi phạm trật tự xây dựng, lấn chiếm đất công.")
arabic("4. Phát triển văn hóa - xã hội, bảo đảm an sinh xã hội")
dash("Nâng cao chất lượng giáo dục toàn diện; tiếp tục sắp xếp mạng lưới trường lớp, tuyển dụng đủ giáo viên theo "
     "định mức.")
dash("Tăng cường công tác y tế dự phòng; vận động người dân tham gia bảo hiểm y tế, phấn đấu đạt chỉ tiêu 95%.")
dash("Thực hiện đồng bộ các chính sách giảm nghèo, ưu tiên nguồn lực cho 5 xã vùng cao; ngăn chặn tình trạng tái "
     "nghèo.")
arabic("5. Đẩy mạnh cải cách hành chính, chuyển đổi số; giữ vững quốc phòng, an ninh")
dash("Nâng cao chất lượng giải quyết thủ tục hành chính, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%.")
dash("Làm tốt công tác tiếp công dân, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo ngay từ cơ sở.")
dash("Hoàn thành chỉ tiêu tuyển quân năm 2027; tấn công, trấn áp các loại tội phạm, nhất là tội phạm ma túy.")

roman("IV. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Ủy ban nhân dân tỉnh")
dash("Quan tâm bố trí vốn ngân sách tỉnh để đầu tư tuyến đường tỉnh 291 đoạn từ xã Khê Thượng đi xã Lũng Tiên bị sạt "
     "lở nghiêm trọng trong đợt mưa lũ tháng 9/2026.")
dash("Hỗ trợ kinh phí di dời 68 hộ dân vùng có nguy cơ sạt lở cao tại các xã Nà Lừu và Bản Chiêu đến nơi ở an toàn.")
dash("Xem xét điều chỉnh, bổ sung quy hoạch Cụm công nghiệp Khê Thượng thêm 25 ha để đáp ứng nhu cầu thu hút đầu tư.")
arabic("2. Đối với các sở, ngành của tỉnh")
dash("Sở Tài nguyên và Môi trường sớm hướng dẫn thủ tục giao đất, cho thuê đất theo quy định mới của pháp luật đất "
     "đai.")
dash("Sở Y tế bổ sung biên chế bác sĩ cho Trung tâm Y tế huyện và hỗ trợ trang thiết bị cho các trạm y tế xã vùng cao.")

body("Trên đây là báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026, phương hướng, nhiệm vụ "
     "năm 2027 của Ủy ban nhân dân huyện Ngọc Khê./.")

# ----------------------------------------------------------------------------- signature table
sg = doc.add_table(rows=1, cols=2)
no_borders(sg)
for c, w in zip(sg.rows[0].cells, (Cm(8.0), Cm(8.0))):
    c.width = w
cell_lines(sg.rows[0].cells[0], [
    ("Nơi nhận:", True, True),
    ("- UBND tỉnh Hà Lĩnh (b/c);", False, False),
    ("- Sở Tài chính tỉnh Hà Lĩnh;", False, False),
    ("- TT Huyện ủy, TT HĐND huyện;", False, False),
    ("- Chủ tịch, các PCT UBND huyện;", False, False),
    ("- Các đại biểu HĐND huyện;", False, False),
    ("- Các cơ quan, đơn vị thuộc huyện;", False, False),
    ("- UBND các xã, thị trấn;", False, False),
    ("- Lưu: VT, TCKH.", False, False),
], align=LEFT, size=11)
cell_lines(sg.rows[0].cells[1], [
    ("TM. ỦY BAN NHÂN DÂN", True, False),
    ("CHỦ TỊCH", True, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("Hoàng Minh Tuấn", True, False),
])

# ----------------------------------------------------------------------------- Phụ lục 1
POOR = [
    ("group", "Các xã, thị trấn vùng thấp"),
    ("Thị trấn Ngọc Khê", 3420, 21, 48, 12),
    ("Xã Đồng Quế", 2615, 58, 92, 24),
    ("Xã Tân Mỹ", 2380, 64, 101, 27),
    ("Xã Phúc Sơn", 2204, 71, 96, 29),
    ("Xã Vĩnh Khang", 2510, 49, 87, 22),
    ("Xã Mỹ Hưng", 2156, 55, 90, 25),
    ("Xã Hồng Phong", 1985, 62, 84, 26),
    ("group", "Các xã vùng cao"),
    ("Xã Khê Thượng", 1742, 118, 142, 52),
    ("Xã Nà Lừu", 1316, 149, 131, 57),
    ("Xã Bản Chiêu", 1428, 137, 139, 61),
    ("Xã Thạch Bàn", 1560, 96, 128, 48),
    ("Xã Lũng Tiên", 1544, 152, 149, 68),
]
data = [r for r in POOR if r[0] != "group"]
tot = [sum(r[i] for r in data) for i in range(1, 5)]
assert tot == [24860, 1032, 1287, 451], tot

pb = doc.add_paragraph()
pb.add_run().add_break(WD_BREAK.PAGE)
para("Phụ lục 1", bold=True, align=CENTER, indent=None)
para("HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2026 THEO XÃ, THỊ TRẤN", bold=True, align=CENTER, indent=None)
para("(Kèm theo Báo cáo số 486/BC-UBND ngày 04/12/2026 của Ủy ban nhân dân huyện Ngọc Khê)", italic=True,
     align=CENTER, indent=None)
rows, n = [], 0
for r in POOR:
    if r[0] == "group":
        rows.append(r)
        continue
    n += 1
    name, hh, poor, near, out = r
    rows.append((str(n), name, vn_int(hh), vn_int(poor), pct(poor, hh, 2), vn_int(near), pct(near, hh, 2),
                 vn_int(out)))
rows.append(("", "Toàn huyện", vn_int(tot[0]), vn_int(tot[1]), pct(tot[1], tot[0], 2), vn_int(tot[2]),
             pct(tot[2], tot[0], 2), vn_int(tot[3])))
grid_table(
    ("STT", "Xã, thị trấn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ cận nghèo",
     "Tỷ lệ hộ cận nghèo (%)", "Số hộ thoát nghèo trong năm"),
    rows,
    [Cm(1.0), Cm(3.6), Cm(1.9), Cm(1.7), Cm(1.8), Cm(1.8), Cm(1.9), Cm(2.1)],
    size=11,
)

# ----------------------------------------------------------------------------- Phụ lục 2
VAX = [
    ("Thị trấn Ngọc Khê", 182, 180, "96,8"),
    ("Xã Đồng Quế", 141, 138, "94,2"),
    ("Xã Tân Mỹ", 127, 124, "93,5"),
    ("Xã Phúc Sơn", 118, 115, "92,6"),
    ("Xã Vĩnh Khang", 136, 134, "93,9"),
    ("Xã Mỹ Hưng", 112, 109, "92,1"),
    ("Xã Hồng Phong", 104, 101, "91,8"),
    ("Xã Khê Thượng", 109, 102, "94,7"),
    ("Xã Nà Lừu", 93, 84, "95,3"),
    ("Xã Bản Chiêu", 97, 86, "94,9"),
    ("Xã Thạch Bàn", 98, 93, "90,4"),
    ("Xã Lũng Tiên", 102, 94, "95,6"),
]
born, vac = sum(r[1] for r in VAX), sum(r[2] for r in VAX)
assert (born, vac) == (1419, 1360) and pct(vac, born) == "95,8", (born, vac)
para("", indent=None)
para("Phụ lục 2", bold=True, align=CENTER, indent=None)
para("KẾT QUẢ TIÊM CHỦNG MỞ RỘNG VÀ BẢO HIỂM Y TẾ NĂM 2026 THEO XÃ, THỊ TRẤN", bold=True, align=CENTER,
     indent=None)
para("(Kèm theo Báo cáo số 486/BC-UBND ngày 04/12/2026 của Ủy ban nhân dân huyện Ngọc Khê)", italic=True,
     align=CENTER, indent=None)
rows = [(str(i), name, vn_int(b), vn_int(v), pct(v, b), bh) for i, (name, b, v, bh) in enumerate(VAX, 1)]
rows.append(("", "Toàn huyện", vn_int(born), vn_int(vac), pct(vac, born), "93,7"))
grid_table(
    ("STT", "Xã, thị trấn", "Số trẻ em dưới 1 tuổi", "Số trẻ được tiêm chủng đầy đủ",
     "Tỷ lệ tiêm chủng đầy đủ (%)", "Tỷ lệ dân số tham gia BHYT (%)"),
    rows,
    [Cm(1.1), Cm(4.2), Cm(2.6), Cm(2.8), Cm(2.6), Cm(2.6)],
    size=11,
)


def main(argv: list[str]) -> Path:
    import datetime as dt
    out = Path(argv[1]) if len(argv) > 1 else OUT
    return R.save(out, ZIP_TIME, author="Ủy ban nhân dân huyện Ngọc Khê",
                  title=("Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026, phương hướng, "
                         "nhiệm vụ năm 2027"),
                  created=dt.datetime(2026, 12, 4, 8, 0, 0))


if __name__ == "__main__":
    path = main(sys.argv)
    print(f"saved {path} ({path.stat().st_size} bytes)")
