# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định của Sở Nông nghiệp và Môi trường tỉnh Thanh Giang (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-nong-nghiep-thanh-giang-9-thang-2026.docx: an invented report of a provincial department
(kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026; nhiệm vụ trọng tâm quý IV năm 2026), written by a helper who
never saw the assistant's code (held-out split: eval/real/outlines/so-nong-nghiep-thanh-giang-9-thang-2026.json,
eval/real/questions_held4.jsonl).

Layouts: header and signature tables without borders (UBND TỈNH THANH GIANG over SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG);
Roman / Arabic / decimal (1.1.) / lettered headings; '-' and '+' items, a lead-in ending with ':' followed by '+'
items; figures of several units of the same kind (Thanh tra Sở, chi cục) with breakdowns in parentheses; a table
per forest owner with a 'Tổng cộng' row and a key-indicator table (Kế hoạch / Thực hiện 9 tháng / So với kế hoạch /
Đánh giá, some rows 'Chưa đạt'); two real Word footnotes carrying figures found nowhere else. Shared helpers
in docx_report_kit.py. Output is deterministic (fixed zip times and core properties).

    .venv/bin/python scripts/make_test_report_so_9_thang.py [out.docx]
"""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
from scripts.docx_report_kit import CENTER, LEFT, RIGHT, DocxReport, Fn, cell_lines, no_borders  # noqa: E402

OUT = ROOT / "tests" / "data" / "so-nong-nghiep-thanh-giang-9-thang-2026.docx"
ZIP_TIME = (2026, 10, 6, 8, 0, 0)

R = DocxReport()
doc = R.doc
para, part, roman, arabic, dec, letter, body, tabbed, dash, plus, target = (
    R.para, R.part, R.roman, R.arabic, R.dec, R.letter, R.body, R.tabbed, R.dash, R.plus, R.target)


def vn(x, d: int = 1) -> str:
    """Vietnamese number: thousands '.', decimals ','; x may be int, float or str."""
    q = Decimal(str(x)).quantize(Decimal(1) if d == 0 else Decimal("1." + "0" * d), rounding=ROUND_HALF_UP)
    s = f"{q:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pct(a, b) -> str:
    return vn(Decimal(str(a)) * 100 / Decimal(str(b)), 1)


# bordered tables with the body cells centred vertically
grid = partial(R.grid_table, middle_rows=True)


def caption(t):
    return para(t, bold=True, align=CENTER, indent=None, keep_next=True, size=13)


def unit_note(t):
    return para(t, italic=True, align=RIGHT, indent=None, keep_next=True, size=12)


# ------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.8), Cm(9.4))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH THANH GIANG", False, False),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False, True),
    ("", False, False),
    ("Số: 412/BC-SNNMT", False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    ("Thanh Giang, ngày 06 tháng 10 năm 2026", False, True),
])

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026;", bold=True, align=CENTER, indent=None)
para("nhiệm vụ trọng tâm quý IV năm 2026", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

body("Thực hiện Quyết định số 38/QĐ-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh Thanh Giang về giao chỉ tiêu kế "
     "hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026; Văn bản số 2874/UBND-TH ngày "
     "18/9/2026 của Ủy ban nhân dân tỉnh về việc báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm, Sở Nông "
     "nghiệp và Môi trường báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 và nhiệm vụ trọng tâm quý IV "
     "năm 2026 như sau:")

# ----------------------------------------------------------------------------- I
roman("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2026")

arabic("1. Công tác chỉ đạo, điều hành và tham mưu")
body("Ngay từ đầu năm, Sở đã ban hành Kế hoạch số 27/KH-SNNMT ngày 15/01/2026 triển khai các nhiệm vụ, giải pháp "
     "chủ yếu của ngành năm 2026, giao chỉ tiêu cụ thể đến từng phòng chuyên môn, chi cục và đơn vị sự nghiệp "
     "trực thuộc; định kỳ hằng tháng tổ chức giao ban để kiểm điểm tiến độ, kịp thời tháo gỡ khó khăn, vướng mắc "
     "phát sinh trong sản xuất nông nghiệp và quản lý tài nguyên, môi trường.")
body("Trong 9 tháng, Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành 64 văn bản (gồm 9 quyết định quy phạm pháp luật, "
     "37 quyết định cá biệt, 11 kế hoạch và 7 chỉ thị, công văn chỉ đạo); tham mưu Ủy ban nhân dân tỉnh trình Hội "
     "đồng nhân dân tỉnh ban hành 4 nghị quyết, trong đó có Nghị quyết số 12/2026/NQ-HĐND ngày 17/7/2026 quy định "
     "chính sách hỗ trợ phát triển vùng nguyên liệu tập trung gắn với chế biến và tiêu thụ nông sản giai đoạn "
     "2026 - 2030. Sở ban hành 318 văn bản chỉ đạo, hướng dẫn chuyên môn đối với Ủy ban nhân dân các xã, phường "
     "và các đơn vị trực thuộc.")
body("Tổ chức bộ máy của Sở sau hợp nhất tiếp tục được kiện toàn, đi vào hoạt động ổn định. Hiện nay Sở có 7 phòng "
     "chuyên môn, Thanh tra Sở, Văn phòng Sở, 5 chi cục và 9 đơn vị sự nghiệp công lập trực thuộc với tổng số "
     "1.246 công chức, viên chức và người lao động. Sở đã hoàn thành việc bàn giao nhiệm vụ quản lý nhà nước về "
     "nông nghiệp, đất đai, môi trường cho 78 xã, phường (72 xã, 6 phường) theo mô hình chính quyền địa phương "
     "hai cấp; tổ chức 6 lớp tập huấn cho 512 công chức địa chính, nông nghiệp và môi trường cấp xã.")

arabic("2. Lĩnh vực nông nghiệp")
body("Giá trị sản xuất nông, lâm nghiệp và thủy sản 9 tháng (theo giá so sánh năm 2010) ước đạt 14.862 tỷ đồng, tăng "
     "3,4% so với cùng kỳ năm 2025; trong đó nông nghiệp 10.518 tỷ đồng, lâm nghiệp 2.976 tỷ đồng, thủy sản 1.368 "
     "tỷ đồng. Cơ cấu sản xuất tiếp tục chuyển dịch theo hướng tăng tỷ trọng chăn nuôi, cây ăn quả và lâm nghiệp "
     "gỗ lớn; nhiều mô hình liên kết theo chuỗi giá trị được duy trì và nhân rộng.")

dec("2.1. Trồng trọt và bảo vệ thực vật")
body("Tổng diện tích gieo trồng cây hằng năm 9 tháng đạt 118.640 ha, bằng 99,1% cùng kỳ. Vụ Đông Xuân 2025 - 2026 "
     "gieo cấy 31.250 ha lúa, năng suất bình quân 62,4 tạ/ha, sản lượng 195.000 tấn; vụ Mùa gieo cấy 29.870 ha "
     "lúa, năng suất ước đạt 54,8 tạ/ha, đến ngày 25/9/2026 đã thu hoạch khoảng 29% diện tích, sản lượng lúa "
     "Mùa đã thu hoạch ước 47.330 tấn. Cây ngô gieo trồng 18.460 ha (ngô xuân 10.120 ha, ngô hè thu 8.340 ha), "
     "sản lượng ước 96.230 tấn. Tổng sản lượng lương thực có hạt 9 tháng ước đạt 338.560 tấn, bằng 82,2% kế "
     "hoạch năm.")
body("Diện tích cây ăn quả toàn tỉnh đạt 21.560 ha, trong đó trồng mới 1.184 ha (cam, bưởi 436 ha; chuối 512 ha; cây "
     "ăn quả khác 236 ha). Diện tích chè 8.920 ha, sản lượng chè búp tươi 9 tháng ước 61.450 tấn. Công tác cấp mã "
     "số vùng trồng được đẩy mạnh, đã cấp mới 46 mã số vùng trồng (phục vụ xuất khẩu 28 mã, tiêu thụ nội địa 18 "
     "mã) với tổng diện tích 2.315 ha, tập trung cho cây chuối, bưởi, chè và quế.")
body("Tình hình sinh vật gây hại trên cây trồng diễn biến ở mức trung bình; tổng diện tích lúa bị nhiễm sâu bệnh "
     "6.840 ha (rầy nâu 2.120 ha, bệnh đạo ôn 3.460 ha, sâu cuốn lá nhỏ 1.260 ha), đã chỉ đạo phòng trừ 6.315 ha, "
     "không để xảy ra mất trắng. Chi cục Trồng trọt và Bảo vệ thực vật ban hành 38 thông báo tình hình sinh vật "
     "gây hại, hướng dẫn người dân phòng trừ kịp thời.")

dec("2.2. Chăn nuôi, thú y")
body("Chăn nuôi phát triển ổn định, tổng đàn trâu 118.450 con, đàn bò 86.320 con, đàn lợn 612.800 con, đàn gia cầm "
     "6,85 triệu con. Sản lượng thịt hơi xuất chuồng 9 tháng ước đạt 86.940 tấn, tăng 4,2% so với cùng kỳ. Toàn "
     "tỉnh có 214 trang trại chăn nuôi quy mô lớn và vừa, tăng 17 trang trại so với cuối năm 2025.")
body("Bệnh Dịch tả lợn châu Phi phát sinh tại 23 hộ thuộc 7 xã, buộc tiêu hủy 386 con lợn", Fn(
         "Các xã có dịch gồm: Nà Sơn, Khau Lừa, Tà Mung, Cổ Lãm, Lạc Điền, Bản Chiềng và Phù Vân. Tổng trọng lượng "
         "lợn bị tiêu hủy 21.340 kg; kinh phí ngân sách tỉnh hỗ trợ các hộ có lợn buộc phải tiêu hủy 1.067 triệu "
         "đồng."),
     "; bệnh viêm da nổi cục trên trâu, bò xảy ra tại 2 xã với 14 con mắc, đã chết và tiêu hủy 3 con; bệnh lở mồm "
     "long móng và cúm gia cầm không phát sinh. Đến nay các ổ dịch đã qua 21 ngày không phát sinh ca bệnh mới. "
     "Tiêm phòng vụ Xuân Hè được 1.124.600 liều vắc xin các loại (lở mồm long móng 148.200 liều, tụ huyết trùng "
     "trâu, bò 132.500 liều, dịch tả lợn 286.400 liều, cúm gia cầm 557.500 liều); tiêu độc, khử trùng 1,86 triệu "
     "m² chuồng trại và khu vực có nguy cơ cao.")

dec("2.3. Lâm nghiệp")
body("Lễ phát động Tết trồng cây \"Đời đời nhớ ơn Bác Hồ\" Xuân Bính Ngọ năm 2026 của tỉnh được tổ chức ngày "
     "12/02/2026 tại xã Lạc Điền; hưởng ứng phong trào, toàn tỉnh trồng được 1,26 triệu cây phân tán các loại.")
body("Trồng rừng tập trung 9 tháng đạt 5.412 ha, bằng 87,3% kế hoạch (rừng sản xuất 4.818 ha; rừng phòng hộ, đặc "
     "dụng 594 ha); chăm sóc rừng trồng 15.850 ha; khai thác rừng trồng 6.047 ha, sản lượng gỗ khai thác 488.000 "
     "m³. Tỷ lệ che phủ rừng ước đạt 61,2%. Chi trả tiền dịch vụ môi trường rừng 9 tháng được 86,4 tỷ đồng cho "
     "212 chủ rừng và cộng đồng dân cư thôn, bản nhận khoán bảo vệ rừng.")
body("Kết quả trồng, chăm sóc và khai thác rừng trồng của các chủ rừng như sau:")
caption("Bảng 1. Kết quả trồng, chăm sóc và khai thác rừng trồng 9 tháng năm 2026 theo chủ rừng")
FOREST = [  # name, plan, planted, cared, harvested ha, timber m3
    ("Ban Quản lý rừng phòng hộ Nậm Khoan", 420, "356.5", 1240, 42, 3150),
    ("Ban Quản lý rừng phòng hộ Tà Mung", 380, "402.0", 1065, 35, 2590),
    ("Ban Quản lý Khu bảo tồn thiên nhiên Pù Lang", 150, "96.0", 310, None, None),
    ("Công ty TNHH MTV Lâm nghiệp Lạc Điền", 1250, "1185.4", 3420, 1146, 98420),
    ("Công ty TNHH MTV Lâm nghiệp Hòa Xuyên", 1100, "812.6", 2980, 968, 81360),
    ("Hộ gia đình, cá nhân, cộng đồng dân cư", 2900, "2559.5", 6835, 3856, 302480),
]
rows = []
for k, (name, plan, done, care, cut, wood) in enumerate(FOREST, start=1):
    rows.append((str(k), name, vn(plan, 0), vn(done, 1), pct(done, plan), vn(care, 0),
                 "-" if cut is None else vn(cut, 0), "-" if wood is None else vn(wood, 0)))
tot = [sum(Decimal(str(r[i] or 0)) for r in FOREST) for i in range(1, 6)]
assert tot == [6200, Decimal("5412.0"), 15850, 6047, 488000], tot
rows.append(("", "Tổng cộng", vn(tot[0], 0), vn(tot[1], 1), pct(tot[1], tot[0]), vn(tot[2], 0), vn(tot[3], 0),
             vn(tot[4], 0)))
grid(("TT", "Chủ rừng", "Kế hoạch trồng rừng năm 2026 (ha)", "Trồng rừng tập trung 9 tháng (ha)",
      "So với kế hoạch (%)", "Chăm sóc rừng trồng (ha)", "Khai thác rừng trồng (ha)", "Sản lượng gỗ khai thác (m³)"),
     rows, [Cm(0.9), Cm(4.6), Cm(1.8), Cm(1.8), Cm(1.6), Cm(1.8), Cm(1.7), Cm(1.9)], size=11)
para("", indent=None)
body("Công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng được tăng cường, nhất là trong cao điểm nắng nóng. "
     "Trong 9 tháng xảy ra 9 vụ cháy rừng, diện tích thiệt hại 14,6 ha (rừng trồng 12,1 ha, rừng tự nhiên 2,5 ha), "
     "giảm 4 vụ so với cùng kỳ; các vụ cháy đều được phát hiện, khống chế kịp thời, không gây thiệt hại về người.")

dec("2.4. Thủy sản")
body("Tổng diện tích nuôi trồng thủy sản 6.320 ha (ao, hồ nhỏ 4.150 ha; mặt nước lớn 2.170 ha); số lồng nuôi cá trên "
     "các hồ chứa và sông đạt 3.480 lồng, tăng 260 lồng so với cùng kỳ. Sản lượng thủy sản 9 tháng ước đạt 20.940 "
     "tấn, bằng 73,5% kế hoạch (nuôi trồng 18.710 tấn, khai thác 2.230 tấn). Sản xuất giống thủy sản đạt 186 "
     "triệu con các loại, đáp ứng khoảng 70% nhu cầu giống của tỉnh. Tổ chức thả 12,5 tấn cá giống tái tạo nguồn "
     "lợi thủy sản trên hồ Khe Bưởi và sông Nậm Khoan.")

dec("2.5. Thủy lợi, đê điều và phòng, chống thiên tai")
body("Hệ thống công trình thủy lợi cơ bản bảo đảm tưới cho 58.300 ha lúa và rau màu. Trong 9 tháng, đã hoàn thành sửa "
     "chữa, nâng cấp 27 công trình thủy lợi (hồ chứa 9, đập dâng 11, trạm bơm và kênh chính 7); kiên cố hóa 64,8 "
     "km kênh mương nội đồng. Công tác kiểm tra an toàn hồ, đập trước mùa mưa lũ được thực hiện đối với 142 hồ "
     "chứa, phát hiện 12 hồ xung yếu và đã có phương án bảo vệ.")
body("Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 14 đợt thiên tai (mưa lớn, lũ quét, sạt lở đất, dông lốc, mưa "
     "đá), đặc biệt là hoàn lưu bão số 3 (từ ngày 21 đến ngày 24/7/2026) gây mưa lớn diện rộng. Thiên tai làm 4 "
     "người chết, 7 người bị thương; 1.236 nhà bị thiệt hại (sập đổ hoàn toàn 38 nhà, hư hỏng nặng 214 nhà, tốc "
     "mái, hư hỏng một phần 984 nhà); 3.415 ha lúa, hoa màu bị ngập úng, vùi lấp", Fn(
         "Ước tổng giá trị thiệt hại do thiên tai 9 tháng năm 2026 khoảng 184,6 tỷ đồng, trong đó thiệt hại về sản "
         "xuất nông nghiệp 96,2 tỷ đồng, về công trình giao thông, thủy lợi 61,8 tỷ đồng."),
     ". Sở đã tham mưu Ủy ban nhân dân tỉnh xuất 210 tấn gạo dự trữ quốc gia và 4,5 tỷ đồng từ Quỹ Phòng, chống "
     "thiên tai tỉnh hỗ trợ người dân khắc phục hậu quả, sớm ổn định đời sống và khôi phục sản xuất.")

arabic("3. Lĩnh vực tài nguyên và môi trường")
dec("3.1. Quản lý đất đai")
body("Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 21/2026/QĐ-UBND ngày 28/02/2026 quy định bảng giá đất "
     "lần đầu trên địa bàn tỉnh, áp dụng từ ngày 01/3/2026; hoàn thành điều chỉnh quy hoạch sử dụng đất cấp tỉnh "
     "phù hợp với phạm vi địa giới hành chính mới. Tham mưu giao đất, cho thuê đất cho 46 tổ chức với diện tích "
     "318,7 ha; cho phép chuyển mục đích sử dụng đất 132,4 ha; thu hồi đất 486,2 ha để thực hiện 58 dự án.")
body("Toàn tỉnh cấp 8.964 giấy chứng nhận quyền sử dụng đất lần đầu, diện tích 2.146 ha, bằng 74,7% kế hoạch năm. "
     "Văn phòng Đăng ký đất đai tỉnh và các chi nhánh đã giải quyết 41.580 hồ sơ đăng ký biến động, cấp đổi, cấp "
     "lại giấy chứng nhận (trong đó cấp đổi 6.210 giấy, cấp lại 1.134 giấy). Thu ngân sách từ đất đai 9 tháng đạt "
     "804,6 tỷ đồng, bằng 64,4% dự toán (tiền sử dụng đất 652,3 tỷ đồng; tiền thuê đất 152,3 tỷ đồng). Cơ sở dữ "
     "liệu đất đai đã được xây dựng hoàn thành tại 41/78 xã, phường, đạt 52,6%.")

dec("3.2. Tài nguyên nước, khoáng sản")
body("Cấp 23 giấy phép tài nguyên nước (khai thác nước mặt 11, khai thác nước dưới đất 8, xả nước thải vào nguồn nước "
     "4). Cấp 6 giấy phép khai thác khoáng sản (đá làm vật liệu xây dựng thông thường 4, cát, sỏi lòng sông 2), 3 "
     "giấy phép thăm dò khoáng sản và điều chỉnh 2 giấy phép khai thác. Tổ chức đấu giá thành công quyền khai thác "
     "5 mỏ khoáng sản làm vật liệu xây dựng thông thường với tổng số tiền trúng đấu giá 68,75 tỷ đồng; phê duyệt "
     "tiền cấp quyền khai thác khoáng sản 42,3 tỷ đồng.")

dec("3.3. Bảo vệ môi trường")
body("Thẩm định, trình phê duyệt kết quả thẩm định 18 báo cáo đánh giá tác động môi trường; cấp 57 giấy phép môi "
     "trường thuộc thẩm quyền của Ủy ban nhân dân tỉnh. Chương trình quan trắc môi trường năm 2026 được triển khai "
     "đúng kế hoạch; kết quả quan trắc 2 đợt đầu năm cho thấy:")
plus("Môi trường không khí tại 32 điểm quan trắc cơ bản đạt quy chuẩn cho phép; riêng 2 điểm tại khu vực mỏ đá Lũng "
     "Phầy (xã Hòa Xuyên) có nồng độ bụi tổng số vượt từ 1,3 đến 1,6 lần quy chuẩn.")
plus("Chất lượng nước mặt tại 26 điểm trên sông Nậm Khoan và các hồ chứa chủ yếu ở mức tốt đến trung bình (chỉ số WQI "
     "từ 51 đến 92); 3 điểm ở hạ lưu đoạn chảy qua phường Đông Giang có chỉ số WQI dưới 50.")
plus("Nước dưới đất tại 14 giếng quan trắc cơ bản đạt quy chuẩn; một số giếng khu vực xã Bến Đá có hàm lượng sắt, "
     "mangan cao hơn giới hạn cho phép.")
body("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 93,6%; khu vực nông thôn đạt 66,8%. Khu xử lý chất "
     "thải rắn tập trung Bến Đá (công suất 300 tấn/ngày) đã đưa lò đốt giai đoạn 1 vào vận hành từ tháng 6/2026. "
     "Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý đạt 92%.")

arabic("4. Xây dựng nông thôn mới và Chương trình mỗi xã một sản phẩm (OCOP)")
body("Lũy kế đến ngày 30/9/2026, toàn tỉnh có 61/72 xã đạt chuẩn nông thôn mới, trong đó có 11 xã đạt chuẩn nông thôn "
     "mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu; bình quân đạt 17,6 tiêu chí/xã. Trong 9 tháng có thêm "
     "3 xã được công nhận đạt chuẩn nông thôn mới (Cổ Lãm, Bản Chiềng, Tà Mung) và 2 xã đạt chuẩn nông thôn mới "
     "nâng cao (Lạc Điền, Phù Vân). Tổng vốn ngân sách trung ương và địa phương bố trí thực hiện Chương trình năm "
     "2026 là 412,5 tỷ đồng, đã giải ngân 248,9 tỷ đồng, đạt 60,3%.")
body("Chương trình OCOP tiếp tục được triển khai hiệu quả: đã đánh giá, phân hạng 43 sản phẩm OCOP mới (4 sao 9 sản "
     "phẩm, 3 sao 34 sản phẩm), nâng tổng số sản phẩm OCOP toàn tỉnh lên 286 sản phẩm; sản phẩm Chè shan tuyết Pù "
     "Lang đã được đề nghị Hội đồng Trung ương đánh giá, phân hạng 5 sao. Tỷ lệ dân số nông thôn được sử dụng nước "
     "sạch đáp ứng quy chuẩn đạt 58,4%; đưa vào sử dụng 6 công trình cấp nước sinh hoạt tập trung.")

arabic("5. Công tác thanh tra, kiểm tra và xử lý vi phạm")
body("Toàn ngành đã triển khai 52 cuộc thanh tra, kiểm tra hành chính và chuyên ngành; qua đó xử phạt vi phạm hành "
     "chính và thu nộp ngân sách tổng số 3.753 triệu đồng. Kết quả cụ thể của từng đơn vị như sau:")
letter("a) Thanh tra Sở")
body("Thanh tra Sở chủ trì 14 cuộc thanh tra, kiểm tra (8 cuộc theo kế hoạch, 6 cuộc đột xuất) đối với 96 tổ chức, "
     "cá nhân; phát hiện 31 trường hợp vi phạm, xử phạt vi phạm hành chính 1.286 triệu đồng (lĩnh vực đất đai 612 "
     "triệu đồng, môi trường 498 triệu đồng, tài nguyên nước và khoáng sản 176 triệu đồng); kiến nghị thu hồi 12,6 "
     "ha đất sử dụng không đúng mục đích. Đoàn thanh tra do đồng chí Hoàng Minh Tâm, Phó Giám đốc Sở làm Trưởng "
     "đoàn đã thanh tra việc chấp hành pháp luật về khoáng sản đối với 7 doanh nghiệp khai thác đá tại xã Hòa "
     "Xuyên và xã Khau Lừa, xử phạt 2 doanh nghiệp khai thác vượt công suất được cấp phép.")
letter("b) Chi cục Kiểm lâm")
body("Chi cục Kiểm lâm phối hợp tổ chức 16 cuộc kiểm tra; phát hiện, lập hồ sơ 118 vụ vi phạm pháp luật về lâm nghiệp "
     "(phá rừng trái pháp luật 27 vụ; vận chuyển, buôn bán lâm sản trái pháp luật 41 vụ; vi phạm quy định về phòng "
     "cháy, chữa cháy rừng 9 vụ; vi phạm khác 41 vụ), giảm 22 vụ so với cùng kỳ. Đã xử phạt hành chính 104 vụ, "
     "chuyển cơ quan điều tra 6 vụ; tịch thu 73,8 m³ gỗ các loại; thu nộp ngân sách 2.145 triệu đồng.")
letter("c) Các chi cục quản lý chuyên ngành")
body("Chi cục Trồng trọt và Bảo vệ thực vật tổ chức 9 cuộc kiểm tra đối với 186 cơ sở kinh doanh vật tư nông nghiệp "
     "(phân bón 104 cơ sở, thuốc bảo vệ thực vật 82 cơ sở), phát hiện 14 cơ sở vi phạm, xử phạt 167,5 triệu đồng. "
     "Chi cục Chăn nuôi, Thú y và Thủy sản tổ chức 7 cuộc kiểm tra đối với 142 cơ sở (82 cơ sở kinh doanh thuốc thú "
     "y, 60 cơ sở kinh doanh thức ăn chăn nuôi), phát hiện 9 cơ sở vi phạm, xử phạt 96 triệu đồng. Chi cục Quản lý "
     "chất lượng nông lâm sản và thủy sản tổ chức 6 cuộc kiểm tra đối với 124 cơ sở sản xuất, kinh doanh nông lâm "
     "thủy sản, phát hiện 11 cơ sở vi phạm, xử phạt 58,5 triệu đồng; lấy 312 mẫu giám sát an toàn thực phẩm, phát "
     "hiện 7 mẫu không đạt.")
letter("d) Tiếp công dân, giải quyết khiếu nại, tố cáo")
body("Sở đã tiếp 214 lượt công dân; tiếp nhận 386 đơn (khiếu nại 47 đơn, tố cáo 9 đơn, kiến nghị, phản ánh 330 đơn), "
     "nội dung chủ yếu liên quan đến bồi thường, hỗ trợ, tái định cư và cấp giấy chứng nhận quyền sử dụng đất. Số "
     "đơn thuộc thẩm quyền là 38 đơn, đã giải quyết 31 đơn, đạt 81,6%; các đơn còn lại đang trong thời hạn giải "
     "quyết.")

arabic("6. Cải cách hành chính, chuyển đổi số")
body("Bộ thủ tục hành chính thuộc phạm vi quản lý của Sở gồm 296 thủ tục. Trong 9 tháng, Sở và các đơn vị trực thuộc "
     "tiếp nhận 58.420 hồ sơ; đã giải quyết 57.574 hồ sơ, trong đó đúng và trước hạn 56.728 hồ sơ, đạt 98,5%, quá "
     "hạn 846 hồ sơ (chủ yếu thuộc lĩnh vực đất đai). Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến toàn "
     "trình đạt 72,4%. Chỉ số cải cách hành chính năm 2025 của Sở xếp thứ 6/19 sở, ban, ngành của tỉnh.")
body("Sở tiếp tục vận hành Hệ thống thông tin đất đai dùng chung, cơ sở dữ liệu quan trắc môi trường tự động và bản "
     "đồ số hiện trạng rừng; hoàn thành kết nối, chia sẻ dữ liệu đất đai với cơ sở dữ liệu quốc gia về dân cư "
     "phục vụ giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính.")

arabic("7. Kết quả thực hiện các chỉ tiêu chủ yếu")
body("Trong 12 chỉ tiêu chủ yếu của ngành năm 2026, có 1 chỉ tiêu vượt kế hoạch, 7 chỉ tiêu đạt tiến độ và 4 chỉ tiêu "
     "chưa đạt tiến độ đề ra, cụ thể tại bảng sau:")
caption("Bảng 2. Kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2026")
KPI = [  # name, unit, plan, done, decimals, verdict
    ("Tổng sản lượng lương thực có hạt", "Tấn", 412000, 338560, 0, "Đạt tiến độ"),
    ("Sản lượng thủy sản", "Tấn", 28500, 20940, 0, "Chưa đạt"),
    ("Diện tích trồng rừng tập trung", "Ha", 6200, 5412, 0, "Đạt tiến độ"),
    ("Tỷ lệ che phủ rừng", "%", "61.5", "61.2", 1, "Đạt tiến độ"),
    ("Số xã đạt chuẩn nông thôn mới (lũy kế)", "Xã", 64, 61, 0, "Đạt tiến độ"),
    ("Số xã đạt chuẩn nông thôn mới nâng cao (lũy kế)", "Xã", 18, 11, 0, "Chưa đạt"),
    ("Tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn", "%", "62.0", "58.4", 1, "Đạt tiến độ"),
    ("Số sản phẩm OCOP đạt 3 sao trở lên công nhận mới", "Sản phẩm", 40, 43, 0, "Vượt kế hoạch"),
    ("Số giấy chứng nhận quyền sử dụng đất cấp lần đầu", "Giấy", 12000, 8964, 0, "Chưa đạt"),
    ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", "95.0", "93.6", 1, "Đạt tiến độ"),
    ("Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý", "%", "72.0", "66.8", 1, "Đạt tiến độ"),
    ("Thu ngân sách từ đất đai", "Tỷ đồng", 1250, "804.6", 1, "Chưa đạt"),
]
rows = []
for k, (name, unit, plan, done, d, verdict) in enumerate(KPI, start=1):
    dp = d if unit != "Tỷ đồng" else 0
    rows.append((str(k), name, unit, vn(plan, dp), vn(done, d), pct(done, plan), verdict))
assert [r[6] for r in rows].count("Chưa đạt") == 4
grid(("TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện 9 tháng", "So với kế hoạch (%)", "Đánh giá"),
     rows, [Cm(0.9), Cm(5.6), Cm(1.8), Cm(1.9), Cm(1.9), Cm(1.7), Cm(2.3)], size=11)
para("", indent=None)

# ----------------------------------------------------------------------------- II
roman("II. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả đạt được")
body("Trong bối cảnh thời tiết diễn biến bất thường, thiên tai và dịch bệnh trên vật nuôi xảy ra tại nhiều địa phương, "
     "toàn ngành đã bám sát sự lãnh đạo, chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh, chủ động triển khai đồng bộ các "
     "nhiệm vụ, giải pháp. Sản xuất nông nghiệp tiếp tục tăng trưởng khá; sản lượng lương thực, diện tích trồng rừng "
     "đạt tiến độ; Chương trình OCOP vượt kế hoạch năm. Công tác quản lý đất đai, tài nguyên, môi trường có chuyển "
     "biến tích cực, bảng giá đất lần đầu được ban hành đúng thời hạn; bộ máy sau hợp nhất vận hành thông suốt, "
     "giải quyết thủ tục hành chính cho người dân, doanh nghiệp ngày càng thuận lợi.")
arabic("2. Tồn tại, hạn chế")
dash("Sản lượng thủy sản và số xã đạt chuẩn nông thôn mới nâng cao chưa đạt tiến độ; giải ngân vốn Chương trình mục "
     "tiêu quốc gia xây dựng nông thôn mới còn chậm.")
dash("Tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu và thu ngân sách từ đất đai thấp so với kế hoạch; còn 846 "
     "hồ sơ thủ tục hành chính giải quyết quá hạn.")
dash("Dịch tả lợn châu Phi vẫn xảy ra rải rác, nguy cơ tái phát cao; tình trạng phá rừng, vận chuyển lâm sản trái "
     "pháp luật chưa được ngăn chặn triệt để.")
dash("Ô nhiễm bụi tại một số khu vực khai thác khoáng sản và ô nhiễm nước mặt cục bộ ở hạ lưu sông Nậm Khoan chưa "
     "được khắc phục dứt điểm; tỷ lệ thu gom chất thải rắn sinh hoạt khu vực nông thôn còn thấp.")
dash("Việc xây dựng cơ sở dữ liệu đất đai mới hoàn thành tại 41/78 xã, phường; năng lực đội ngũ công chức chuyên môn "
     "cấp xã sau sắp xếp chưa đồng đều.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Thời tiết cực đoan, hoàn lưu bão số 3 và mưa lũ kéo dài gây thiệt hại lớn đến sản xuất và cơ sở hạ tầng nông "
     "nghiệp, nông thôn.")
dash("Thị trường bất động sản trầm lắng, việc đấu giá quyền sử dụng đất tại nhiều dự án không thành công, ảnh hưởng "
     "đến thu ngân sách từ đất đai.")
dash("Một số văn bản hướng dẫn thi hành Luật Đất đai năm 2024 và việc phân cấp, phân quyền sau khi tổ chức chính "
     "quyền địa phương hai cấp còn thay đổi, chưa đồng bộ.")
letter("b) Nguyên nhân chủ quan")
dash("Công tác phối hợp giữa Sở với Ủy ban nhân dân cấp xã trong cấp giấy chứng nhận, giải phóng mặt bằng có lúc chưa "
     "chặt chẽ, kịp thời.")
dash("Một số đơn vị trực thuộc chưa quyết liệt trong chỉ đạo, đôn đốc; việc kiểm tra, giám sát sau cấp phép khai thác "
     "khoáng sản, xả thải còn hạn chế.")
dash("Đội ngũ công chức làm công tác địa chính, nông nghiệp cấp xã còn thiếu và yếu, nhiều người mới được bố trí, "
     "chưa có kinh nghiệm.")

# ----------------------------------------------------------------------------- III
roman("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026")
arabic("1. Lĩnh vực nông nghiệp và phát triển nông thôn")
dash("Chỉ đạo thu hoạch nhanh gọn lúa vụ Mùa, triển khai sản xuất vụ Đông với diện tích phấn đấu đạt 9.500 ha; chuẩn "
     "bị giống, vật tư cho vụ Đông Xuân 2026 - 2027.")
dash("Tăng cường giám sát, kiểm soát dịch bệnh trên đàn vật nuôi; triển khai tiêm phòng vụ Thu Đông đạt tỷ lệ trên 80% "
     "tổng đàn thuộc diện tiêm.")
dash("Hoàn thành kế hoạch trồng rừng tập trung năm 2026; chủ động phương án phòng cháy, chữa cháy rừng mùa hanh khô "
     "2026 - 2027.")
dash("Đẩy nhanh giải ngân vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới; hoàn thiện hồ sơ đề nghị công "
     "nhận 3 xã đạt chuẩn nông thôn mới và 5 xã đạt chuẩn nông thôn mới nâng cao trong năm 2026.")
arabic("2. Lĩnh vực tài nguyên và môi trường")
dash("Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu, phấn đấu cấp thêm ít nhất 3.100 giấy trong quý "
     "IV.")
dash("Phối hợp với Sở Tài chính và Ủy ban nhân dân các xã, phường tổ chức đấu giá quyền sử dụng đất các khu đất đã đủ "
     "điều kiện, bảo đảm hoàn thành dự toán thu ngân sách từ đất đai.")
dash("Hoàn thành xây dựng cơ sở dữ liệu đất đai tại các xã, phường còn lại theo Kế hoạch của Ủy ban nhân dân tỉnh.")
dash("Thực hiện quan trắc môi trường đợt 3, đợt 4 năm 2026; kiểm tra, xử lý dứt điểm ô nhiễm bụi tại khu vực mỏ đá "
     "Lũng Phầy.")
arabic("3. Công tác thanh tra, cải cách hành chính và các nhiệm vụ khác")
dash("Hoàn thành các cuộc thanh tra, kiểm tra theo kế hoạch năm; giải quyết dứt điểm 7 đơn thuộc thẩm quyền còn lại.")
dash("Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai; không để phát sinh hồ sơ quá hạn.")
dash("Tổng kết công tác năm 2026, xây dựng kế hoạch phát triển ngành nông nghiệp và môi trường năm 2027.")

# ----------------------------------------------------------------------------- IV
roman("IV. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Bộ Nông nghiệp và Môi trường")
dash("Sớm ban hành hướng dẫn thống nhất về phân cấp thẩm quyền cấp giấy chứng nhận quyền sử dụng đất cho cấp xã.")
dash("Hỗ trợ tỉnh kinh phí xây dựng cơ sở dữ liệu đất đai và nâng cấp hệ thống quan trắc môi trường tự động.")
dash("Bổ sung nguồn vắc xin dự trữ phòng, chống bệnh Dịch tả lợn châu Phi và viêm da nổi cục cho các tỉnh miền núi.")
arabic("2. Đối với Ủy ban nhân dân tỉnh")
dash("Chỉ đạo Ủy ban nhân dân các xã, phường bố trí đủ công chức địa chính, nông nghiệp và môi trường theo vị trí việc "
     "làm.")
dash("Bố trí 35 tỷ đồng kinh phí sự nghiệp để khắc phục hậu quả thiên tai đối với các công trình thủy lợi bị hư hỏng.")
dash("Giao Sở Tài chính phối hợp tháo gỡ vướng mắc trong xác định giá đất cụ thể để đẩy nhanh đấu giá quyền sử dụng "
     "đất.")

body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 và nhiệm vụ trọng tâm quý IV năm 2026 của "
     "Sở Nông nghiệp và Môi trường tỉnh Thanh Giang./.")

# ----------------------------------------------------------------------------- signature table
sg = doc.add_table(rows=1, cols=2)
no_borders(sg)
for c, w in zip(sg.rows[0].cells, (Cm(7.5), Cm(8.5))):
    c.width = w
cell_lines(sg.rows[0].cells[0], [
    ("Nơi nhận:", True, True),
    ("- Bộ Nông nghiệp và Môi trường (b/c);", False, False),
    ("- Thường trực Tỉnh ủy, HĐND tỉnh (b/c);", False, False),
    ("- Chủ tịch, các PCT UBND tỉnh (b/c);", False, False),
    ("- Sở Tài chính;", False, False),
    ("- Giám đốc, các PGĐ Sở;", False, False),
    ("- Các phòng, đơn vị thuộc Sở;", False, False),
    ("- Lưu: VT, VP.", False, False),
], align=LEFT, size=11)
cell_lines(sg.rows[0].cells[1], [
    ("GIÁM ĐỐC", True, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("Lương Thế Bảo", True, False),
])


def main(argv: list[str]) -> Path:
    import datetime as dt
    out = Path(argv[1]) if len(argv) > 1 else OUT
    return R.save(out, ZIP_TIME, author="Sở Nông nghiệp và Môi trường tỉnh Thanh Giang",
                  title="Báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026; nhiệm vụ trọng tâm quý IV năm 2026",
                  created=dt.datetime(2026, 10, 6, 8, 0, 0))


if __name__ == "__main__":
    path = main(sys.argv)
    print(f"saved {path} ({path.stat().st_size} bytes)")
