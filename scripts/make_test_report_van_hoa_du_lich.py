# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả thực hiện nhiệm vụ văn hóa, thể thao và du lịch năm 2026 của Sở Văn hóa, Thể thao
và Du lịch tỉnh Kỳ Phong (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-vhttdl-ky-phong-nam-2026.docx: an invented year report of a provincial Department of Culture,
Sports and Tourism (Sở Văn hóa, Thể thao và Du lịch tỉnh Kỳ Phong: "Báo cáo kết quả thực hiện nhiệm vụ văn hóa, thể
thao và du lịch năm 2026; phương hướng, nhiệm vụ năm 2027"), written by a helper who never saw the assistant's code
(tune split: eval/real/outlines/so-vhttdl-ky-phong-nam-2026.json, eval/real/questions_tune20.jsonl).

Layouts: header table without borders (left "UBND TỈNH KỲ PHONG / SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH" with the
second body line underlined, "Số: 1846/BC-SVHTTDL"; right the national motto, the second line underlined, and
"Kỳ Phong, ngày 14 tháng 12 năm 2026" in italic); "BÁO CÁO" and a two-line bold title; one untitled introductory
paragraph. Two parts written as bare capital letters, bold and indented like the Roman headings ("A. KẾT QUẢ THỰC
HIỆN NHIỆM VỤ NĂM 2026", "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027"; ids "Phần A", "Phần B"), the Roman numbering
restarting under B. Under A: Roman "I." ... "VI.", Arabic "1." headings, decimal "1.1." ... "1.3." headings (bold
italic) only under A › II.1, lettered "a)" / "b)" headings only under A › VI.3 (causes). '-' items (lists of
documents, culture titles, limitations, causes, tasks, recommendations), tab-led and first-line-indented body
paragraphs mixed. Two bordered tables, each after a centred bold caption: medals by competition system under
A › III.2 (Số giải / HCV / HCB / HCĐ / Tổng số, bold "Tổng cộng" last row) and the main tourism indicators under
A › IV.1 (TH 2025 / KH 2026 / ƯTH 2026 / two ratio columns; italic "Trong đó:" rows); cells hold figures found
nowhere else (international-competition and youth-competition medals, overnight international guests, rooms, room
occupancy, direct tourism workers). Three real Word footnotes with figures found nowhere else: 1 in A › II.1.1 (the
relics with the largest restoration budgets), 2 in A › IV.1 (international source markets), 3 in A › V.1 (the
34 penalty decisions by kind of business).

Confusable figures: visitors 11 months (5,31 triệu) vs estimated whole year (5,84 triệu) vs November alone vs the
2027 target (6,3 triệu) vs the Đền Kỳ Sơn festival crowd (1,12 triệu) vs the tourism week (186.000); international
visitors (168.450) vs international overnight guests (table only); tourism receipts 11 months vs year vs plan;
sports medals (196, of which 14 at the national games) vs the provincial theatre's festival medals (02 Huy chương
Vàng); penalties by the department (318,5 triệu) vs the 814 inter-agency team (52,0 triệu) vs the communes (162,4
triệu); restoration money for relics (68,4 tỷ) vs money for village cultural houses (47,5 tỷ); library reader visits
vs digital uses vs books circulated vs books donated; culture-title rates 2026 vs plan vs 2025 vs the 2027 target;
province-level vs commune-level procedures. Abbreviations VHTTDL, TDTT, HCV/HCB/HCĐ, VĐV, HĐND, CCHC, TTHC spelled
out in some places only. Vietnamese number format ("9.246,8 tỷ đồng", "91,5%", "06 di tích"). Signature "GIÁM ĐỐC"
and "Nơi nhận:". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_van_hoa_du_lich.py [out.docx]
    .venv/bin/python scripts/make_test_report_van_hoa_du_lich.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_van_hoa_du_lich.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402
from scripts.docx_report_kit import outline_ids, ratio, recording, run_cli, vi, vn_half_up  # noqa: E402

NAME = "so-vhttdl-ky-phong-nam-2026"
ZIP_TIME = (2026, 12, 14, 8, 30, 0)
METADATA = {
    "issuer": "Sở Văn hóa, Thể thao và Du lịch tỉnh Kỳ Phong",
    "number": "1846/BC-SVHTTDL",
    "date": "ngày 14 tháng 12 năm 2026",
    "place": "Kỳ Phong",
    "signer": "Hà Quang Vinh",
    "signer_title": "GIÁM ĐỐC",
    "title": "Kết quả thực hiện nhiệm vụ văn hóa, thể thao và du lịch năm 2026; phương hướng, nhiệm vụ năm 2027",
}

R = DocxReport(space_after=4)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def part(t: str):
    """'A. TITLE': a bare capital letter, bold and indented like a Roman heading (id 'Phần A')."""
    num, title = t.split(" ", 1)
    HEADINGS.append(("part", "Phần " + num.rstrip("."), title))
    return R.para(t, bold=True, keep_next=True)


roman, arabic, dec, letter = (recording(HEADINGS, "roman", R.roman), recording(HEADINGS, "arabic", R.arabic),
                              recording(HEADINGS, "dec", R.dec), recording(HEADINGS, "letter", R.letter))

vn = vn_half_up
D = Decimal
caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=11, middle_rows=True, spacer=True)


# ----------------------------------------------------------------------------------------------- data
# Di tích
DT_QGDB, DT_QG, DT_TINH_CU, DT_TINH_MOI = 1, 31, 164, 6
assert DT_QGDB + DT_QG + DT_TINH_CU + DT_TINH_MOI == 202
TB_NSTW, TB_NST, TB_XHH = D("12.5"), D("28.7"), D("27.2")
assert vn(TB_NSTW + TB_NST) == "41,2" and vn(TB_NSTW + TB_NST + TB_XHH) == "68,4"
assert ratio(D("16.8"), D("20.0")) == "84,0"

# Danh hiệu văn hóa năm 2026
GDVH, HO = 251_418, 274_860
THON_VH, THON = 1_286, 1_402
NVH = 1_351
TT_CHUAN, XA = 71, 98
assert ratio(GDVH, HO) == "91,5" and ratio(THON_VH, THON) == "91,7" and ratio(NVH, THON) == "96,4"
assert ratio(TT_CHUAN, XA) == "72,4"

# Thể thao thành tích cao: (hệ thống giải, số giải, HCV, HCB, HCĐ)
HC = [
    ("Đại hội Thể thao toàn quốc lần thứ X", 1, 3, 4, 7),
    ("Giải vô địch quốc gia", 14, 11, 15, 22),
    ("Giải trẻ, vô địch trẻ quốc gia", 17, 24, 28, 36),
    ("Giải khu vực, giải mở rộng toàn quốc", 9, 9, 11, 14),
    ("Giải quốc tế", 3, 5, 3, 4),
]
HC_TOT = tuple(sum(r[i] for r in HC) for i in range(1, 5))
assert HC_TOT == (44, 52, 61, 83) and sum(HC_TOT[1:]) == 196
HC_KH, HC_2025 = 170, 178
assert ratio(196, HC_KH) == "115,3" and 196 - HC_2025 == 18

# Du lịch: (chỉ tiêu, ĐVT, TH 2025, KH 2026, ƯTH 2026)
KHACH_25, KHACH_KH, KHACH_26 = D("5184.6"), D("5500.0"), D("5842.3")  # nghìn lượt
QT_25, QT_KH, QT_26 = D("142.6"), D("155.0"), D("168.45")
ND_25, ND_KH, ND_26 = KHACH_25 - QT_25, KHACH_KH - QT_KH, KHACH_26 - QT_26
LT_25, LT_KH, LT_26 = D("1962.3"), D("2100.0"), D("2194.6")
LTQT_25, LTQT_26 = D("103.7"), D("121.4")
THU_25, THU_KH, THU_26 = D("7943.2"), D("8800.0"), D("9246.8")
CSLT_25, CSLT_KH, CSLT_26 = 986, 1_030, 1_064
BUONG_25, BUONG_26 = 13_108, 14_326
LD_25, LD_KH, LD_26 = 17_240, 18_000, 18_650
LDTT_25, LDTT_26 = 6_910, 7_420
assert ratio(KHACH_26, KHACH_KH) == "106,2" and ratio(KHACH_26, KHACH_25) == "112,7"
assert ratio(QT_26, QT_KH) == "108,7" and ratio(QT_26, QT_25) == "118,1"
assert vn(ND_26) == "5.673,9" and ratio(ND_26, ND_25) == "112,5" and ratio(ND_26, ND_KH) == "106,2"
assert ratio(LT_26, LT_25) == "111,8" and ratio(LT_26, LT_KH) == "104,5" and ratio(LTQT_26, LTQT_25) == "117,1"
assert ratio(THU_26, THU_KH) == "105,1" and ratio(THU_26, THU_25) == "116,4"
assert ratio(CSLT_26, CSLT_KH) == "103,3" and ratio(CSLT_26, CSLT_25) == "107,9" and CSLT_26 - CSLT_25 == 78
assert ratio(BUONG_26, BUONG_25) == "109,3"
assert ratio(LD_26, LD_KH) == "103,6" and ratio(LD_26, LD_25) == "108,2" and ratio(LDTT_26, LDTT_25) == "107,4"
QT_THI_TRUONG = {"Hàn Quốc": 41_260, "Trung Quốc": 28_930, "Pháp": 14_120, "Thái Lan": 11_480}
assert ratio(QT_THI_TRUONG["Hàn Quốc"], 168_450) == "24,5"

# Kiểm tra, xử phạt (quyết định, triệu đồng)
XP = [("kinh doanh dịch vụ karaoke", 12, D("146.0")), ("kinh doanh dịch vụ lưu trú du lịch", 8, D("62.5")),
      ("kinh doanh dịch vụ lữ hành, hướng dẫn du lịch", 5, D("51.0")), ("quảng cáo", 6, D("37.5")),
      ("cung cấp dịch vụ trò chơi điện tử công cộng", 3, D("21.5"))]
assert sum(r[1] for r in XP) == 34 and vn(sum(r[2] for r in XP)) == "318,5"

# Thủ tục hành chính
assert ratio(2_139, 2_146) == "99,7" and ratio(1_864, 2_146) == "86,9"

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.8), Cm(9.2))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH KỲ PHONG", False, False),
    ("SỞ VĂN HÓA, THỂ THAO", True, False),
    ("VÀ DU LỊCH", True, False, True),
    ("", False, False),
    ("Số: " + METADATA["number"], False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    ("", False, False),
    (f"{METADATA['place']}, {METADATA['date']}", False, True),
])
LAYOUT_TABLES = [ht._tbl]

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Kết quả thực hiện nhiệm vụ văn hóa, thể thao và du lịch năm 2026;", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ năm 2027", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Văn bản số 4127/UBND-KGVX ngày 18/11/2026 của Ủy ban nhân dân tỉnh về việc xây dựng báo cáo tình "
       "hình thực hiện nhiệm vụ năm 2026, kế hoạch năm 2027, Sở Văn hóa, Thể thao và Du lịch (VHTTDL) báo cáo kết quả "
       "thực hiện nhiệm vụ năm 2026 (số liệu thực hiện đến ngày 30/11/2026, ước thực hiện đến ngày 31/12/2026) và "
       "phương hướng, nhiệm vụ năm 2027 như sau:")

# ============================================================================================ PHẦN A
part("A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026")

roman("I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO, ĐIỀU HÀNH")
tabbed("Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và Kế "
       "hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030; cũng là năm đầu tiên ngành vận hành trọn năm theo mô hình "
       "chính quyền địa phương hai cấp. Bám sát sự lãnh đạo, chỉ đạo của Bộ VHTTDL, Tỉnh ủy, HĐND, UBND tỉnh, Sở đã "
       "chủ động tham mưu, triển khai đồng bộ các nhiệm vụ trên các lĩnh vực văn hóa, gia đình, thể dục thể thao và du "
       "lịch.")
body("Sở đã tham mưu cấp có thẩm quyền ban hành 23 văn bản, gồm: 02 nghị quyết của HĐND tỉnh, 07 quyết định, 11 kế "
     "hoạch và 03 văn bản chỉ đạo khác của UBND tỉnh; trong đó nổi bật là:")
dash("Nghị quyết số 18/2026/NQ-HĐND ngày 10/7/2026 của HĐND tỉnh quy định chính sách hỗ trợ phát triển du lịch cộng "
     "đồng trên địa bàn tỉnh Kỳ Phong giai đoạn 2026 - 2030;")
dash("Nghị quyết số 24/2026/NQ-HĐND ngày 10/7/2026 của HĐND tỉnh quy định mức chi chế độ dinh dưỡng đối với huấn "
     "luyện viên, vận động viên thể thao thành tích cao của tỉnh;")
dash("Quyết định số 2315/QĐ-UBND ngày 12/9/2026 của UBND tỉnh phê duyệt Đề án bảo tồn và phát huy giá trị di sản văn "
     "hóa các dân tộc thiểu số tỉnh Kỳ Phong gắn với phát triển du lịch giai đoạn 2026 - 2030, tầm nhìn đến năm "
     "2035;")
dash("Kế hoạch số 96/KH-UBND ngày 14/3/2026 của UBND tỉnh tổ chức Tuần Văn hóa - Du lịch hồ Vân Tiêu lần thứ III "
     "năm 2026.")
body("Trong phạm vi thẩm quyền, Sở ban hành 168 văn bản hướng dẫn chuyên môn, nghiệp vụ đối với UBND các xã, phường "
     "và các đơn vị trực thuộc; tổ chức 09 lớp tập huấn nghiệp vụ văn hóa, thể thao, du lịch cho 1.126 lượt công "
     "chức văn hóa - xã hội cấp xã.")

# ---------------------------------------------------------------------------------------------- II
roman("II. LĨNH VỰC VĂN HÓA")
arabic("1. Công tác quản lý, bảo tồn và phát huy giá trị di sản văn hóa")
dec("1.1. Di sản văn hóa vật thể")
tabbed(f"Toàn tỉnh hiện có 1.214 di tích đã được kiểm kê, trong đó {DT_QGDB + DT_QG + DT_TINH_CU + DT_TINH_MOI} di "
       f"tích được xếp hạng (01 di tích quốc gia đặc biệt là Khu di tích Đền Kỳ Sơn, {DT_QG} di tích quốc gia và "
       f"{DT_TINH_CU + DT_TINH_MOI} di tích cấp tỉnh). Năm 2026, Sở tham mưu UBND tỉnh quyết định xếp hạng "
       f"0{DT_TINH_MOI} di tích cấp tỉnh; hoàn thiện hồ sơ trình Bộ VHTTDL đề nghị xếp hạng di tích quốc gia đối với "
       "Đình Thạch Lãng (xã Thạch Lãng) và Hang Bó Khoang (xã Phiêng Cọ).")
body("Công tác tu bổ, tôn tạo, chống xuống cấp di tích tiếp tục được quan tâm. Trong năm có 23 di tích được tu bổ, "
     f"tôn tạo, chống xuống cấp với tổng kinh phí {vn(TB_NSTW + TB_NST + TB_XHH)} tỷ đồng",
     Fn("Các di tích có kinh phí tu bổ, tôn tạo lớn trong năm 2026 (ngoài Khu di tích quốc gia đặc biệt Đền Kỳ Sơn): "
        "Đình Nà Lương (xã Nà Lương) 6,2 tỷ đồng; Chùa Vân Tiêu (xã Vân Tiêu) 4,9 tỷ đồng; Đền Mẫu Thạch Lãng (xã "
        "Thạch Lãng) 3,75 tỷ đồng; Thành cổ Kỳ Thành (phường Kỳ Thành) 3,4 tỷ đồng."),
     f", trong đó ngân sách nhà nước {vn(TB_NSTW + TB_NST)} tỷ đồng (ngân sách Trung ương {vn(TB_NSTW)} tỷ đồng, "
     f"ngân sách tỉnh {vn(TB_NST)} tỷ đồng), nguồn xã hội hóa {vn(TB_XHH)} tỷ đồng. Riêng Dự án tu bổ, tôn tạo Khu "
     "di tích quốc gia đặc biệt Đền Kỳ Sơn (giai đoạn 2) đã giải ngân 16,8 tỷ đồng, đạt 84,0% kế hoạch vốn năm 2026.")
body("Bảo tàng tỉnh sưu tầm, bổ sung 286 hiện vật; tổ chức 05 cuộc trưng bày chuyên đề và 02 cuộc trưng bày lưu "
     "động; đón 94.300 lượt khách tham quan, tăng 9,6% so với năm 2025. Trống đồng Thạch Lãng (hiện lưu giữ tại Bảo "
     "tàng tỉnh) được Thủ tướng Chính phủ công nhận là Bảo vật quốc gia tại Quyết định số 1462/QĐ-TTg ngày "
     "26/6/2026, nâng tổng số bảo vật quốc gia của tỉnh lên 03 hiện vật, nhóm hiện vật.")
dec("1.2. Di sản văn hóa phi vật thể")
tabbed("Hoàn thành kiểm kê di sản văn hóa phi vật thể tại 24 xã vùng đồng bào dân tộc thiểu số, bổ sung 37 di sản "
       "vào danh mục kiểm kê của tỉnh (nâng tổng số lên 412 di sản). “Lễ hội Lồng tồng xã Nà Lương” được Bộ trưởng "
       "Bộ VHTTDL đưa vào Danh mục di sản văn hóa phi vật thể quốc gia tại Quyết định số 2184/QĐ-BVHTTDL ngày "
       "18/8/2026; đến nay toàn tỉnh có 09 di sản được ghi danh vào Danh mục di sản văn hóa phi vật thể quốc gia.")
body("Duy trì hoạt động của 46 câu lạc bộ hát Then, đàn tính và 18 câu lạc bộ dân ca của đồng bào Dao, Mông; mở 12 "
     "lớp truyền dạy hát Then, thêu thổ cẩm, làm nhạc cụ dân tộc cho 486 học viên. Năm 2026, có 05 cá nhân được Chủ "
     "tịch nước phong tặng danh hiệu “Nghệ nhân ưu tú” trong lĩnh vực di sản văn hóa phi vật thể.")
dec("1.3. Quản lý và tổ chức lễ hội")
tabbed("Trên địa bàn tỉnh hiện có 236 lễ hội, gồm 204 lễ hội truyền thống, 21 lễ hội văn hóa - du lịch và 11 lễ hội "
       "tôn giáo. Năm 2026 có 218 lễ hội được tổ chức; Sở phối hợp thành lập 17 đoàn kiểm tra tại các lễ hội lớn, đã "
       "nhắc nhở 23 trường hợp, không phát hiện vi phạm nghiêm trọng. Tình trạng đặt hòm công đức, rải tiền lẻ tràn "
       "lan tại di tích, lễ hội cơ bản được khắc phục.")
body("Lễ hội Đền Kỳ Sơn năm 2026 (từ mùng 6 tháng Giêng đến hết tháng 3 âm lịch) đón khoảng 1,12 triệu lượt khách "
     "thập phương; tiền công đức, tài trợ thu được 21,6 tỷ đồng, được quản lý, sử dụng công khai theo hướng dẫn của "
     "Bộ Tài chính.")

arabic("2. Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và thiết chế văn hóa cơ sở")
tabbed("Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tiếp tục được triển khai sâu rộng, gắn với Cuộc vận "
       "động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Việc bình xét các danh hiệu văn hóa được "
       "thực hiện theo Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ. Kết quả bình xét năm 2026:")
dash(f"Gia đình văn hóa: {vi(GDVH)}/{vi(HO)} hộ gia đình đạt danh hiệu, tỷ lệ {ratio(GDVH, HO)}% (kế hoạch 91,0%; "
     "năm 2025 đạt 90,8%);")
dash(f"Thôn, tổ dân phố văn hóa: {vi(THON_VH)}/{vi(THON)} thôn, tổ dân phố đạt danh hiệu, tỷ lệ "
     f"{ratio(THON_VH, THON)}% (năm 2025 đạt 90,9%);")
dash("Cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa: 1.874 đơn vị, tỷ lệ 96,2%;")
dash("Đề nghị UBND tỉnh tặng danh hiệu “Xã, phường tiêu biểu” cho 14 xã, phường.")
body(f"Về thiết chế văn hóa, thể thao: sau sắp xếp đơn vị hành chính, {XA}/{XA} xã, phường có trung tâm văn hóa - thể "
     f"thao (trong đó {TT_CHUAN} trung tâm đạt chuẩn theo quy định của Bộ VHTTDL); {vi(NVH)}/{vi(THON)} thôn, tổ dân "
     f"phố có nhà văn hóa, đạt {ratio(NVH, THON)}%. Năm 2026 xây mới 38 nhà văn hóa thôn và sửa chữa, nâng cấp 64 "
     "nhà văn hóa với tổng kinh phí 47,5 tỷ đồng, trong đó nhân dân đóng góp 18,3 tỷ đồng.")

arabic("3. Công tác thư viện")
tabbed("Thư viện tỉnh hiện có 214.680 bản sách, báo, tạp chí; năm 2026 bổ sung 6.420 bản sách mới, cấp mới 2.846 "
       "thẻ bạn đọc; phục vụ 436.200 lượt bạn đọc, trong đó 267.700 lượt truy cập, sử dụng tài liệu số qua Cổng thông "
       "tin điện tử Thư viện tỉnh; luân chuyển 21.400 bản sách tới 56 thư viện, tủ sách cơ sở; xe thư viện lưu động "
       "thực hiện 42 chuyến phục vụ học sinh các trường vùng sâu, vùng xa.")
body("Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam (21/4), Thư viện tỉnh phối hợp tổ chức Hội sách tỉnh Kỳ Phong năm "
     "2026 thu hút trên 32.000 lượt người tham quan, trao tặng 8.600 cuốn sách cho các trường học, thư viện cơ sở. "
     "Hoàn thành số hóa 1.280 tài liệu địa chí (khoảng 312.000 trang), đưa vào khai thác trên hệ thống thư viện số "
     "dùng chung.")

arabic("4. Nghệ thuật biểu diễn, điện ảnh và văn hóa quần chúng")
tabbed("Nhà hát Nghệ thuật truyền thống tỉnh dàn dựng mới 04 chương trình nghệ thuật; tổ chức 172 buổi biểu diễn (kế "
       "hoạch 160 buổi), trong đó 118 buổi phục vụ miễn phí đồng bào vùng sâu, vùng xa, biên giới và 54 buổi biểu "
       "diễn có thu, doanh thu đạt 3,14 tỷ đồng. Tại Liên hoan Ca múa nhạc chuyên nghiệp toàn quốc năm 2026, Nhà hát "
       "đoạt 02 Huy chương Vàng và 03 Huy chương Bạc.")
body("Trung tâm Văn hóa - Điện ảnh tỉnh tổ chức 648 buổi chiếu phim lưu động phục vụ khoảng 152.000 lượt người xem; "
     "186 buổi tuyên truyền lưu động phục vụ các nhiệm vụ chính trị; tổ chức Hội diễn nghệ thuật quần chúng tỉnh Kỳ "
     "Phong lần thứ VIII với 34 đơn vị tham gia. Sở tiếp nhận 64 hồ sơ thông báo tổ chức biểu diễn nghệ thuật, chưa "
     "phát hiện trường hợp vi phạm.")

arabic("5. Quản lý hoạt động quảng cáo")
tabbed("Triển khai Luật sửa đổi, bổ sung một số điều của Luật Quảng cáo (có hiệu lực từ ngày 01/01/2026), Sở đã tham "
       "mưu UBND tỉnh ban hành Quyết định số 1527/QĐ-UBND ngày 24/6/2026 phê duyệt Đề án quảng cáo ngoài trời tỉnh Kỳ "
       "Phong giai đoạn 2026 - 2030. Năm 2026, Sở tiếp nhận 138 hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng "
       "cáo, băng-rôn; có văn bản không đồng ý đối với 07 hồ sơ do vị trí không phù hợp.")
body("Phối hợp với UBND các xã, phường rà soát, tháo dỡ 1.268 biển quảng cáo, băng-rôn, áp phích treo, dựng sai quy "
     "định; yêu cầu chủ đầu tư khắc phục 37 bảng quảng cáo tấm lớn ngoài trời hết thời hạn hoặc không bảo đảm an "
     "toàn. Đối với quảng cáo trên môi trường mạng, Sở phát hiện, đề nghị gỡ bỏ 24 nội dung quảng cáo thực phẩm bảo "
     "vệ sức khỏe, mỹ phẩm sai sự thật của người có ảnh hưởng trên mạng xã hội.")

# --------------------------------------------------------------------------------------------- III
roman("III. LĨNH VỰC THỂ DỤC, THỂ THAO")
arabic("1. Thể dục, thể thao quần chúng")
tabbed("Cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” tiếp tục được hưởng ứng rộng rãi. Ước "
       "năm 2026, tỷ lệ người tập luyện thể dục, thể thao thường xuyên đạt 38,6% dân số (kế hoạch 38,0%; năm 2025 đạt "
       "37,2%); tỷ lệ gia đình thể thao đạt 27,4% tổng số hộ (năm 2025 đạt 26,5%); toàn tỉnh có 1.642 câu lạc bộ thể "
       "dục, thể thao cơ sở.")
body("Đại hội Thể dục thể thao tỉnh Kỳ Phong lần thứ X năm 2026 được tổ chức từ ngày 16/5 đến ngày 25/5/2026 với "
     "2.148 vận động viên của 26 đoàn tranh tài ở 14 môn thi đấu; đoàn phường Kỳ Thành dẫn đầu toàn đoàn. Trước đó, "
     "98/98 xã, phường đã tổ chức xong Đại hội TDTT cấp xã.")
body("Ngành tổ chức 22 giải thể thao cấp tỉnh với 5.960 lượt vận động viên tham gia; các xã, phường tổ chức 412 giải "
     "cấp xã. Lễ phát động Ngày chạy Olympic vì sức khỏe toàn dân và Giải Việt dã truyền thống năm 2026 thu hút trên "
     "18.500 người tham gia. Thể thao cho người cao tuổi, người khuyết tật và các môn thể thao dân tộc (đẩy gậy, kéo "
     "co, bắn nỏ, ném còn) được duy trì.")
arabic("2. Thể thao thành tích cao")
tabbed("Năm 2026, ngành đào tạo, huấn luyện 318 vận động viên, trong đó 86 vận động viên đội tuyển tỉnh, 232 vận động "
       "viên năng khiếu, trẻ; 07 vận động viên được triệu tập lên đội tuyển quốc gia và 04 vận động viên lên đội tuyển "
       f"trẻ quốc gia. Các đội tuyển của tỉnh tham gia {HC_TOT[0]} giải thể thao quốc tế, quốc gia và khu vực, giành "
       f"tổng số {sum(HC_TOT[1:])} huy chương ({HC_TOT[1]} Huy chương Vàng, {HC_TOT[2]} Huy chương Bạc, {HC_TOT[3]} "
       f"Huy chương Đồng), vượt {vn(D(196) * 100 / HC_KH - 100)}% kế hoạch (kế hoạch {HC_KH} huy chương) và tăng "
       f"{196 - HC_2025} huy chương so với năm 2025; có 05 vận động viên đạt đẳng cấp Kiện tướng, 21 vận động viên "
       "đạt đẳng cấp I.")
body(f"Tại vòng chung kết Đại hội Thể thao toàn quốc lần thứ X năm 2026, đoàn tỉnh Kỳ Phong tham gia 12 môn, giành "
     f"{sum(HC[0][2:])} huy chương (0{HC[0][2]} HCV, 0{HC[0][3]} HCB, 0{HC[0][4]} HCĐ), xếp thứ 19 toàn đoàn, là "
     "thành tích cao nhất của tỉnh tại các kỳ Đại hội. Pencak silat, vật dân tộc và karate tiếp tục là các môn thế "
     "mạnh. Kết quả cụ thể như sau:")
caption("KẾT QUẢ HUY CHƯƠNG THỂ THAO THÀNH TÍCH CAO NĂM 2026")
grid_table(["TT", "Hệ thống giải", "Số giải tham gia", "HCV", "HCB", "HCĐ", "Tổng số huy chương"],
           [(str(i), n, str(g), str(a), str(b), str(c), str(a + b + c)) for i, (n, g, a, b, c) in enumerate(HC, 1)]
           + [("", "Tổng cộng", *(str(v) for v in HC_TOT), str(sum(HC_TOT[1:])))],
           [Cm(1.0), Cm(6.4), Cm(2.2), Cm(1.5), Cm(1.5), Cm(1.5), Cm(2.2)])
arabic("3. Cơ sở vật chất và xã hội hóa thể dục, thể thao")
tabbed("Dự án Nhà thi đấu đa năng tỉnh (tổng mức đầu tư 186 tỷ đồng) được khởi công tháng 4/2026, đến nay đạt "
       "khoảng 35% khối lượng. Công tác xã hội hóa tiếp tục phát huy hiệu quả: toàn tỉnh có 146 sân bóng đá cỏ nhân "
       "tạo, 58 bể bơi và 212 sân pickleball (tăng gấp 2,4 lần so với cuối năm 2025), chủ yếu do tư nhân đầu tư, "
       "khai thác.")

# ---------------------------------------------------------------------------------------------- IV
roman("IV. LĨNH VỰC DU LỊCH")
arabic("1. Kết quả thu hút khách du lịch và doanh thu")
tabbed("Hoạt động du lịch năm 2026 tiếp tục tăng trưởng khá. Lũy kế 11 tháng năm 2026, toàn tỉnh đón 5,31 triệu "
       "lượt khách, trong đó khách quốc tế 151.820 lượt; tổng thu từ khách du lịch đạt 8.372,5 tỷ đồng. Riêng tháng "
       "11/2026 đón 412.600 lượt khách, tăng 8,4% so với cùng kỳ.")
body(f"Ước cả năm 2026, toàn tỉnh đón {vn(KHACH_26 / 1000, 2)} triệu lượt khách du lịch, bằng "
     f"{ratio(KHACH_26, KHACH_KH)}% kế hoạch, tăng {vn(KHACH_26 * 100 / KHACH_25 - 100)}% so với năm 2025; trong đó "
     f"khách quốc tế {vi(int(QT_26 * 1000))} lượt, tăng {vn(QT_26 * 100 / QT_25 - 100)}%",
     Fn(f"Thị trường khách quốc tế chủ yếu năm 2026: Hàn Quốc {vi(QT_THI_TRUONG['Hàn Quốc'])} lượt (chiếm "
        f"{ratio(QT_THI_TRUONG['Hàn Quốc'], 168_450)}%), Trung Quốc {vi(QT_THI_TRUONG['Trung Quốc'])} lượt, Pháp "
        f"{vi(QT_THI_TRUONG['Pháp'])} lượt, Thái Lan {vi(QT_THI_TRUONG['Thái Lan'])} lượt; khách đến từ các nước "
        "châu Âu khác chiếm 17,8%."),
     f"; khách nội địa {vn(ND_26 / 1000, 2)} triệu lượt, tăng {vn(ND_26 * 100 / ND_25 - 100)}%. Khách lưu trú đạt "
     f"{vn(LT_26 / 1000, 2)} triệu lượt, tăng {vn(LT_26 * 100 / LT_25 - 100)}%; thời gian lưu trú bình quân 1,86 "
     f"ngày/khách. Tổng thu từ khách du lịch ước đạt {vn(THU_26)} tỷ đồng, bằng {ratio(THU_26, THU_KH)}% kế hoạch, "
     f"tăng {vn(THU_26 * 100 / THU_25 - 100)}% so với năm 2025.")
body(f"Toàn tỉnh hiện có {vi(CSLT_26)} cơ sở lưu trú du lịch (tăng {CSLT_26 - CSLT_25} cơ sở so với cuối năm 2025), "
     "trong đó 21 khách sạn được xếp hạng từ 3 sao trở lên và 312 cơ sở lưu trú tại nhà dân (homestay) phục vụ du "
     "lịch cộng đồng. Một số chỉ tiêu chủ yếu như sau:")
caption("MỘT SỐ CHỈ TIÊU CHỦ YẾU VỀ DU LỊCH NĂM 2026")


def _r(x, nd=1):
    return vn(x, nd) if isinstance(x, Decimal) else vi(x)


TOUR = [
    ("1", "Tổng lượt khách du lịch", "Nghìn lượt", KHACH_25, KHACH_KH, KHACH_26),
    ("", "- Khách quốc tế", "Nghìn lượt", QT_25, QT_KH, QT_26),
    ("", "- Khách nội địa", "Nghìn lượt", ND_25, ND_KH, ND_26),
    ("2", "Khách lưu trú", "Nghìn lượt", LT_25, LT_KH, LT_26),
    ("", "Trong đó: khách quốc tế lưu trú", "Nghìn lượt", LTQT_25, None, LTQT_26),
    ("3", "Tổng thu từ khách du lịch", "Tỷ đồng", THU_25, THU_KH, THU_26),
    ("4", "Cơ sở lưu trú du lịch", "Cơ sở", CSLT_25, CSLT_KH, CSLT_26),
    ("", "Trong đó: số buồng", "Buồng", BUONG_25, None, BUONG_26),
    ("5", "Công suất sử dụng buồng bình quân", "%", D("55.1"), D("57.0"), D("58.4")),
    ("6", "Lao động trong lĩnh vực du lịch", "Người", LD_25, LD_KH, LD_26),
    ("", "Trong đó: lao động trực tiếp", "Người", LDTT_25, None, LDTT_26),
]
rows = []
for tt, name, unit, a, k, c in TOUR:
    pct = unit == "%"
    rows.append((tt, name, unit, _r(a), _r(k) if k is not None else "-", _r(c),
                 ratio(c, k) if k is not None and not pct else "-", ratio(c, a) if not pct else "-"))
grid_table(["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Ước thực hiện năm 2026",
            "So với KH năm 2026 (%)", "So với năm 2025 (%)"],
           rows, [Cm(0.9), Cm(4.4), Cm(1.8), Cm(1.8), Cm(1.8), Cm(1.8), Cm(1.7), Cm(1.7)])

arabic("2. Phát triển sản phẩm, điểm đến du lịch")
tabbed("Triển khai Nghị quyết số 18/2026/NQ-HĐND, năm 2026 ngân sách tỉnh hỗ trợ 8,6 tỷ đồng cho 23 thôn, bản phát "
       "triển du lịch cộng đồng (cải tạo nhà ở làm homestay, vệ sinh môi trường, đào tạo kỹ năng phục vụ khách). UBND "
       "tỉnh công nhận mới 05 điểm du lịch, nâng tổng số lên 27 điểm du lịch và 03 khu du lịch cấp tỉnh; hồ sơ đề "
       "nghị công nhận Khu du lịch quốc gia hồ Vân Tiêu đang được Bộ VHTTDL thẩm định.")
body("Hình thành một số sản phẩm mới như: tour trải nghiệm mùa lúa chín trên ruộng bậc thang Phiêng Cọ, du thuyền "
     "đêm trên hồ Vân Tiêu, tuyến đi bộ xuyên rừng Bản Hon - đỉnh Khau Mạ; 06 sản phẩm dịch vụ du lịch cộng đồng "
     "được công nhận sản phẩm OCOP từ 3 sao trở lên.")
arabic("3. Xúc tiến, quảng bá du lịch")
tabbed("Tổ chức thành công Tuần Văn hóa - Du lịch hồ Vân Tiêu lần thứ III năm 2026 (từ ngày 28/4 đến ngày "
       "03/5/2026) với 26 hoạt động chính, đón khoảng 186.000 lượt khách. Tham gia Hội chợ Du lịch quốc tế Việt Nam "
       "(VITM Hà Nội 2026) và Hội chợ Du lịch quốc tế TP. Hồ Chí Minh (ITE HCMC 2026); đón 04 đoàn famtrip, presstrip "
       "với 86 doanh nghiệp lữ hành, phóng viên trong và ngoài nước; ký kết chương trình hợp tác phát triển du lịch "
       "với 03 tỉnh, thành phố.")
body("Ứng dụng du lịch thông minh “Kỳ Phong Travel” đạt 64.300 lượt tải, tích hợp thuyết minh tự động tại 412 điểm "
     "tham quan; các trang mạng xã hội du lịch của tỉnh thu hút trên 2,3 triệu lượt tiếp cận.")
arabic("4. Quản lý hoạt động kinh doanh du lịch")
tabbed("Toàn tỉnh có 67 doanh nghiệp kinh doanh dịch vụ lữ hành (19 doanh nghiệp lữ hành quốc tế, 48 doanh nghiệp "
       "lữ hành nội địa); năm 2026 Sở cấp mới 07 giấy phép kinh doanh dịch vụ lữ hành nội địa, thu hồi 02 giấy phép. "
       "Cấp mới, cấp đổi 128 thẻ hướng dẫn viên du lịch (34 thẻ quốc tế, 61 thẻ nội địa, 33 thẻ tại điểm), nâng tổng "
       "số hướng dẫn viên có thẻ còn hiệu lực lên 486 người. Thẩm định, công nhận hạng cho 09 cơ sở lưu trú du lịch "
       "(04 khách sạn 3 sao, 03 khách sạn 2 sao, 02 khách sạn 1 sao).")
body("Duy trì đường dây nóng hỗ trợ khách du lịch; trong năm tiếp nhận, xử lý 17 phản ánh của du khách (chủ yếu về "
     "giá dịch vụ, vệ sinh môi trường), không để xảy ra vụ việc phức tạp.")

# ----------------------------------------------------------------------------------------------- V
roman("V. CÔNG TÁC KIỂM TRA, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO VÀ CẢI CÁCH HÀNH CHÍNH")
arabic("1. Công tác kiểm tra, xử lý vi phạm")
tabbed("Thực hiện chức năng kiểm tra chuyên ngành, Sở thành lập 06 đoàn kiểm tra, kiểm tra 286 cơ sở kinh doanh dịch "
       "vụ karaoke, vũ trường, lưu trú du lịch, lữ hành, quảng cáo và điểm cung cấp dịch vụ trò chơi điện tử công "
       f"cộng; phát hiện 41 cơ sở vi phạm, ban hành {sum(r[1] for r in XP)} quyết định xử phạt vi phạm hành chính với "
       f"tổng số tiền {vn(sum(r[2] for r in XP))} triệu đồng",
       Fn("Trong đó: " + "; ".join(f"{n} {q:02d} quyết định, {vn(t)} triệu đồng" for n, q, t in XP) + "."),
       "; nhắc nhở, yêu cầu khắc phục đối với 07 cơ sở.")
body("Đoàn kiểm tra liên ngành 814 của tỉnh kiểm tra 64 cơ sở kinh doanh dịch vụ văn hóa, lễ hội dịp Tết Nguyên đán "
     "Bính Ngọ 2026, xử phạt 09 cơ sở với số tiền 52,0 triệu đồng. Tại cấp xã, UBND các xã, phường kiểm tra 1.126 "
     "lượt cơ sở, xử phạt 47 trường hợp với số tiền 162,4 triệu đồng, chủ yếu là vi phạm về quảng cáo, biển hiệu và "
     "thời gian hoạt động karaoke.")
arabic("2. Tiếp công dân, giải quyết khiếu nại, tố cáo")
tabbed("Sở tiếp 26 lượt công dân; tiếp nhận 31 đơn thư, trong đó 04 đơn thuộc thẩm quyền (02 đơn khiếu nại, 02 đơn "
       "tố cáo) đã được giải quyết dứt điểm 4/4 đơn; các đơn không thuộc thẩm quyền được hướng dẫn, chuyển cơ quan có "
       "thẩm quyền theo quy định.")
arabic("3. Cải cách hành chính, chuyển đổi số")
tabbed("Bộ thủ tục hành chính (TTHC) của ngành gồm 152 thủ tục (128 thủ tục cấp tỉnh, 24 thủ tục cấp xã). Năm 2026, "
       f"Sở tiếp nhận {vi(2_146)} hồ sơ, đã giải quyết đúng hạn {vi(2_139)} hồ sơ, đạt {ratio(2_139, 2_146)}%; số hồ "
       f"sơ nộp trực tuyến toàn trình {vi(1_864)} hồ sơ, chiếm {ratio(1_864, 2_146)}%. Chỉ số cải cách hành chính năm "
       "2025 của Sở xếp thứ 4/14 sở, ban, ngành.")

# ---------------------------------------------------------------------------------------------- VI
roman("VI. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả đạt được")
tabbed("Năm 2026, ngành VHTTDL hoàn thành và vượt 9/10 chỉ tiêu chủ yếu được giao; chỉ tiêu chưa đạt là tỷ lệ trung "
       f"tâm văn hóa - thể thao cấp xã đạt chuẩn ({ratio(TT_CHUAN, XA)}%, kế hoạch 80%). Các hoạt động văn hóa, nghệ "
       "thuật phục vụ tốt nhiệm vụ chính trị; di sản văn hóa được bảo tồn, phát huy; du lịch tiếp tục là điểm sáng "
       "với lượng khách và doanh thu vượt kế hoạch; thể thao thành tích cao đạt kết quả cao nhất từ trước đến nay tại "
       "Đại hội Thể thao toàn quốc.")
arabic("2. Tồn tại, hạn chế")
dash("Nhiều di tích xuống cấp nhưng chưa được bố trí kinh phí tu bổ kịp thời; tình trạng lấn chiếm đất di tích còn "
     "xảy ra ở một số nơi.")
dash("Sau sắp xếp đơn vị hành chính, một số thiết chế văn hóa, thể thao cấp xã và nhà văn hóa thôn sau sáp nhập hoạt "
     "động kém hiệu quả, sử dụng chưa đúng mục đích; tỷ lệ trung tâm văn hóa - thể thao cấp xã đạt chuẩn chưa đạt kế "
     "hoạch.")
dash("Sản phẩm du lịch còn trùng lặp, thiếu sản phẩm đặc thù; chi tiêu bình quân của khách chưa cao; khách quốc tế "
     "chủ yếu đến từ một số ít thị trường; tính mùa vụ còn rõ nét.")
dash("Cơ sở vật chất, trang thiết bị tập luyện thể thao xuống cấp, ảnh hưởng đến công tác tuyển chọn, đào tạo vận "
     "động viên.")
dash("Vi phạm trong hoạt động quảng cáo, nhất là quảng cáo trên mạng xã hội, treo biển hiệu, băng-rôn sai quy định "
     "vẫn diễn ra; lực lượng kiểm tra chuyên ngành mỏng.")
arabic("3. Nguyên nhân của tồn tại, hạn chế")
letter("a) Nguyên nhân khách quan")
dash("Việc sắp xếp tổ chức bộ máy, đơn vị hành chính và vận hành mô hình chính quyền địa phương hai cấp làm thay đổi "
     "đầu mối quản lý; đội ngũ công chức văn hóa - xã hội cấp xã có nhiều biến động.")
dash("Thời tiết cực đoan, mưa lũ trong tháng 7 và tháng 9/2026 ảnh hưởng đến hoạt động du lịch và gây hư hại một số "
     "công trình di tích.")
letter("b) Nguyên nhân chủ quan")
dash("Nguồn lực đầu tư cho văn hóa, thể thao còn hạn chế, chưa tương xứng với yêu cầu; việc huy động nguồn lực xã "
     "hội hóa chưa đồng đều giữa các địa phương.")
dash("Công tác phối hợp giữa các cấp, các ngành trong quản lý di tích, quảng cáo có lúc chưa chặt chẽ; năng lực một "
     "bộ phận cán bộ cơ sở còn hạn chế.")

# ============================================================================================ PHẦN B
part("B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
roman("I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU")
tabbed("Năm 2027, ngành VHTTDL phấn đấu đạt các chỉ tiêu chủ yếu sau:")
dash("Đón 6,3 triệu lượt khách du lịch, trong đó khách quốc tế 190.000 lượt; tổng thu từ khách du lịch đạt 10.200 tỷ "
     "đồng.")
dash("Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” đạt 92%; tỷ lệ thôn, tổ dân phố văn hóa đạt 92,5%; tỷ lệ "
     "trung tâm văn hóa - thể thao cấp xã đạt chuẩn đạt 80%.")
dash("Tỷ lệ người tập luyện TDTT thường xuyên đạt 39,5%; gia đình thể thao đạt 28,5%; phấn đấu giành 180 huy chương "
     "tại các giải thể thao quốc gia, quốc tế.")
dash("Tu bổ, tôn tạo 20 di tích; xếp hạng thêm 05 di tích cấp tỉnh và 01 di tích quốc gia.")
roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Lĩnh vực văn hóa")
dash("Triển khai hiệu quả Đề án bảo tồn và phát huy giá trị di sản văn hóa các dân tộc thiểu số gắn với phát triển du "
     "lịch giai đoạn 2026 - 2030; đẩy nhanh tiến độ Dự án tu bổ, tôn tạo Khu di tích quốc gia đặc biệt Đền Kỳ Sơn "
     "(giai đoạn 2), hoàn thành trong quý III/2027.")
dash("Nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, khắc phục bệnh thành tích trong "
     "bình xét danh hiệu; rà soát, sắp xếp, sử dụng hiệu quả thiết chế văn hóa cấp xã, nhà văn hóa thôn sau sáp nhập.")
dash("Đẩy mạnh chuyển đổi số trong thư viện, bảo tàng; nâng cao chất lượng các chương trình nghệ thuật phục vụ nhiệm "
     "vụ chính trị, các ngày lễ lớn năm 2027.")
arabic("2. Lĩnh vực thể dục, thể thao")
dash("Phát triển phong trào TDTT quần chúng gắn với Cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ "
     "đại”; tổ chức tốt các giải thể thao cấp tỉnh năm 2027.")
dash("Rà soát, tuyển chọn, đào tạo vận động viên theo hướng tập trung vào các môn thế mạnh (Pencak silat, vật, điền "
     "kinh, karate); thực hiện đầy đủ chế độ dinh dưỡng theo Nghị quyết số 24/2026/NQ-HĐND.")
dash("Đôn đốc nhà thầu bảo đảm tiến độ, chất lượng Dự án Nhà thi đấu đa năng tỉnh.")
arabic("3. Lĩnh vực du lịch")
dash("Tổ chức Năm Du lịch tỉnh Kỳ Phong 2027 với chủ đề “Kỳ Phong - Sắc màu đại ngàn”, trọng tâm là Tuần Văn hóa - "
     "Du lịch hồ Vân Tiêu lần thứ IV.")
dash("Hoàn thiện các tiêu chí công nhận Khu du lịch quốc gia hồ Vân Tiêu; thực hiện hiệu quả chính sách hỗ trợ du "
     "lịch cộng đồng theo Nghị quyết số 18/2026/NQ-HĐND.")
dash("Đẩy mạnh xúc tiến du lịch tại các thị trường Hàn Quốc, Trung Quốc, Tây Âu, đồng thời mở rộng sang thị trường "
     "Ấn Độ và Úc; ứng dụng chuyển đổi số trong quảng bá điểm đến.")
arabic("4. Công tác quản lý nhà nước khác")
dash("Tăng cường kiểm tra hoạt động kinh doanh dịch vụ văn hóa, lễ hội, quảng cáo, nhất là dịp Tết Nguyên đán Đinh "
     "Mùi 2027; xử lý nghiêm vi phạm quảng cáo trên môi trường mạng.")
dash("Đẩy mạnh cải cách hành chính (CCHC), phấn đấu 100% hồ sơ được giải quyết đúng hạn, tỷ lệ hồ sơ trực tuyến toàn "
     "trình đạt trên 90%.")
roman("III. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Bộ Văn hóa, Thể thao và Du lịch")
dash("Sớm thẩm định, xếp hạng di tích quốc gia đối với Đình Thạch Lãng và Hang Bó Khoang; xem xét công nhận Khu du "
     "lịch quốc gia hồ Vân Tiêu.")
dash("Hỗ trợ kinh phí từ Chương trình mục tiêu quốc gia phát triển văn hóa giai đoạn 2025 - 2035 để tu bổ di tích, "
     "xây dựng thiết chế văn hóa cấp xã.")
dash("Ban hành hướng dẫn về tiêu chí trung tâm văn hóa - thể thao cấp xã phù hợp với mô hình chính quyền địa phương "
     "hai cấp.")
arabic("2. Đối với UBND tỉnh")
dash("Bố trí 25,0 tỷ đồng vốn đối ứng năm 2027 cho Dự án tu bổ, tôn tạo Khu di tích quốc gia đặc biệt Đền Kỳ Sơn "
     "(giai đoạn 2).")
dash("Chỉ đạo UBND các xã, phường bố trí công chức phụ trách văn hóa - xã hội có chuyên môn phù hợp; tăng cường "
     "kiểm tra, xử lý vi phạm về quảng cáo trên địa bàn.")
dash("Quan tâm bố trí quỹ đất, kêu gọi đầu tư các dự án du lịch trọng điểm tại khu vực hồ Vân Tiêu.")

body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2026, phương hướng, nhiệm vụ năm 2027 của Sở Văn hóa, Thể "
     "thao và Du lịch tỉnh Kỳ Phong./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ VHTTDL (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- UBND tỉnh: CT, các PCT;",
    "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
    "- Văn phòng UBND tỉnh;",
    "- Các sở, ban, ngành liên quan;",
    "- UBND các xã, phường;",
    "- Lãnh đạo Sở; các phòng, đơn vị thuộc Sở;",
    "- Lưu: VT, VP.",
], [("GIÁM ĐỐC", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần A", "Phần A › II.1.2", "Phần A › VI.3.b", "Phần B › III.1")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"],
                                           title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 12, 14, 8, 30, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
