# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả công tác kiểm sát 6 tháng đầu năm 2026 của Viện kiểm sát nhân dân tỉnh Trà Giang
(dữ liệu bịa, phục vụ đánh giá).

Write tests/data/vks-tinh-tra-giang-6-thang-2026.docx: an invented half-year work report of a provincial People's
Procuracy (Viện kiểm sát nhân dân tỉnh Trà Giang: "Báo cáo kết quả công tác kiểm sát 6 tháng đầu năm 2026; nhiệm vụ
trọng tâm 6 tháng cuối năm 2026"), written by a helper who never saw the assistant's code (heldout split:
eval/real/outlines/vks-tinh-tra-giang-6-thang-2026.json, eval/real/questions_held11.jsonl).

Layouts: header table without borders (left "VIỆN KIỂM SÁT NHÂN DÂN / TỈNH TRÀ GIANG" with the second line bold and
underlined, then "Số: 412/BC-VKS"; right the national motto with the second line underlined and "Trà Giang, ngày 05
tháng 6 năm 2026" in italic); "BÁO CÁO" and a two-line bold title; an untitled introductory paragraph that gives
the procuracy's reporting period (số liệu từ ngày 01/12/2025 đến ngày 31/5/2026, not the calendar half-year).
Two parts "PHẦN THỨ NHẤT" (results, Roman I ... VIII) and "PHẦN THỨ HAI" (tasks and recommendations, Roman I, II),
both written as centred bold lines; Arabic "1." headings, decimal "1.1." headings (bold italic) under
Phần thứ nhất › III.1, lettered "a)" / "b)" headings (italic) under Phần thứ nhất › III.2 and VIII.3. Outline ids
are "Phần thứ nhất › III.1.2", "Phần thứ hai › II.1" ... '-' items, '+' sub-items, tab-led paragraphs, lists of
limitations, causes (objective / subjective), violations found, tasks and recommendations as '-' items.

Two bordered tables, each preceded by a centred bold caption: (1) under Phần thứ nhất › III.1.2 the criminal cases
handled at the investigation / prosecution stage per procuracy unit (VKSND tỉnh and VKSND khu vực 1-4: cases and
suspects under supervision, cases resolved by the investigation bodies with a resolution rate, cases and suspects
prosecuted, cases returned for additional investigation; totals row) -- the per-unit cells and rates are found
nowhere else; (2) under Phần thứ nhất › V.1 the movement of people in temporary custody (tạm giữ) and detention
(tạm giam): old / new / total / resolved with an italic "Trong đó:" breakdown (released, transferred to serve
prison sentences ...) / remaining -- the breakdown cells are found nowhere else. Three real Word footnotes carrying
figures found nowhere else: 1 in Phần thứ nhất › II.1 (sources of the new crime reports), 2 in V.3 (civil judgment
enforcement split between THADS tỉnh and the Phòng THADS khu vực), 3 in VII.1 (Kiểm sát viên by rank).

Confusable figures: khởi tố mới (486 vụ/776 bị can, I) vs thụ lý kiểm sát điều tra incl. old cases (694 vụ/1.163
bị can, III.1.1) vs the May-only figure (94 vụ); CQĐT đã giải quyết (512 vụ, 73,8%) vs VKS đã giải quyết (452 vụ,
96,0%) vs truy tố (441 vụ/812 bị can); bị can vs bị cáo vs người; tin báo totals for VKSND tỉnh vs VKSND khu vực;
kháng nghị phúc thẩm hình sự (09 vụ, 85,7%) vs dân sự (11 vụ, 87,5%) vs hành chính (02 vụ); sơ thẩm vs phúc
thẩm; THADS về việc (58,9%) vs về tiền (41,9%); biên chế được giao (286) vs hiện có (271) vs Kiểm sát viên (178);
kinh phí dự toán vs đã chi; chỉ tiêu 90% vs đạt 82,5%; this year vs cùng kỳ 2025. Abbreviations VKSND, VKS, CQĐT,
KSV, THADS, HNGĐ, KDTM, BLTTHS, TAND spelled out in some places only. Vietnamese number format ("298,6 tỷ đồng",
"82,5%", "06 tin"). Signature "VIỆN TRƯỞNG" and "Nơi nhận:". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_vien_kiem_sat.py [out.docx]
    .venv/bin/python scripts/make_test_report_vien_kiem_sat.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_vien_kiem_sat.py --text     (plain text, footnotes last)
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
from scripts.docx_report_kit import outline_ids, ratio, run_cli, vi, vn_half_up  # noqa: E402

NAME = "vks-tinh-tra-giang-6-thang-2026"
ZIP_TIME = (2026, 6, 5, 8, 0, 0)
METADATA = {
    "issuer": "Viện kiểm sát nhân dân tỉnh Trà Giang",
    "number": "412/BC-VKS",
    "date": "ngày 05 tháng 6 năm 2026",
    "place": "Trà Giang",
    "signer": "Phan Thanh Nghị",
    "signer_title": "VIỆN TRƯỞNG",
    "title": "Kết quả công tác kiểm sát 6 tháng đầu năm 2026; nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def part(first: str, title: str):
    """'PHẦN THỨ NHẤT' and its title on two centred bold lines."""
    HEADINGS.append(("part", first.capitalize(), title))
    R.part(first, title)


def heading(kind: str, fn, t: str):
    num, title = t.split(" ", 1)
    HEADINGS.append((kind, num.rstrip(".)"), title))
    return fn(t)


roman = partial(heading, "roman", R.roman)
arabic = partial(heading, "arabic", R.arabic)
dec = partial(heading, "dec", R.dec)
letter = partial(heading, "letter", R.letter)

vn = vn_half_up
D = Decimal


def z(n: int) -> str:
    """Counts under ten with the leading zero the procuracy writes ('05 vụ'), others with thousands dots."""
    return f"{n:02d}" if 0 <= n < 10 else vi(n)


caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=11, middle_rows=True, spacer=True, repeat_header=True)


# ----------------------------------------------------------------------------------------------- data
# I. Khởi tố mới (vụ, bị can) by kind of crime; cùng kỳ năm 2025 (vụ)
KT = {
    "trật tự xã hội": (214, 352, 202),
    "ma túy": (163, 241, 146),
    "kinh tế, buôn lậu": (38, 71, 40),
    "tham nhũng, chức vụ": (11, 39, 7),
    "môi trường": (19, 27, 20),
    "khác": (41, 46, 40),
}
KT_VU = sum(v[0] for v in KT.values())
KT_BC = sum(v[1] for v in KT.values())
KT_VU_25, KT_BC_25 = sum(v[2] for v in KT.values()), 731
assert (KT_VU, KT_BC, KT_VU_25) == (486, 776, 455)
assert ratio(KT_VU - KT_VU_25, KT_VU_25) == "6,8" and ratio(KT_BC - KT_BC_25, KT_BC_25) == "6,2"
assert ratio(214, KT_VU) == "44,0"

# II. Tố giác, tin báo về tội phạm và kiến nghị khởi tố (tin)
TB_CU, TB_MOI = 214, 1_172
TB = TB_CU + TB_MOI
TB_25 = 1_293
TB_KT, TB_KKT, TB_TDC = 402, 611, 130
TB_GQ = TB_KT + TB_KKT + TB_TDC
TB_TINH, TB_KV = 187, 1_199
NGUON = {"cá nhân tố giác": 684, "cơ quan, tổ chức báo tin": 312, "phương tiện thông tin đại chúng": 19,
         "cơ quan chức năng trực tiếp phát hiện": 150, "kiến nghị khởi tố": 7}
assert TB == 1_386 and TB_GQ == 1_143 and TB - TB_GQ == 243 and TB_TINH + TB_KV == TB
assert ratio(TB_GQ, TB) == "82,5" and ratio(TB - TB_25, TB_25) == "7,2" and sum(NGUON.values()) == TB_MOI

# III.1.1 Kiểm sát điều tra (vụ, bị can)
DT_CU, DT_MOI = (208, 387), (KT_VU, KT_BC)
DT = (DT_CU[0] + DT_MOI[0], DT_CU[1] + DT_MOI[1])
DT_DNTT, DT_DC, DT_TDC = (437, 806), (18, 29), (57, 39)
DT_GQ = tuple(a + b + c for a, b, c in zip(DT_DNTT, DT_DC, DT_TDC))
assert DT == (694, 1_163) and DT_GQ == (512, 874) and (DT[0] - DT_GQ[0], DT[1] - DT_GQ[1]) == (182, 289)
assert ratio(DT_GQ[0], DT[0]) == "73,8"

# III.1.2 Truy tố (vụ, bị can)
TT_CU = (34, 56)
TT = (TT_CU[0] + DT_DNTT[0], TT_CU[1] + DT_DNTT[1])
TT_TRUYTO, TT_DC, TT_TDC, TT_TRA = (441, 812), (2, 3), (1, 1), (8, 11)
TT_GQ = tuple(sum(x) for x in zip(TT_TRUYTO, TT_DC, TT_TDC, TT_TRA))
assert TT == (471, 862) and TT_GQ == (452, 827) and (TT[0] - TT_GQ[0], TT[1] - TT_GQ[1]) == (19, 35)
assert ratio(TT_GQ[0], TT[0]) == "96,0" and ratio(TT_TRA[0], TT[0]) == "1,7"

# Table 1: per unit (thụ lý KSĐT vụ, bị can; CQĐT giải quyết vụ, bị can; truy tố vụ, bị can; trả hồ sơ ĐTBS vụ)
UNITS = [
    ("VKSND tỉnh", 58, 161, 31, 97, 27, 88, 2),
    ("VKSND khu vực 1", 212, 331, 160, 252, 139, 236, 2),
    ("VKSND khu vực 2", 176, 284, 131, 219, 112, 201, 1),
    ("VKSND khu vực 3", 139, 218, 103, 168, 91, 152, 2),
    ("VKSND khu vực 4", 109, 169, 87, 138, 72, 135, 1),
]
TOT = tuple(sum(u[i] for u in UNITS) for i in range(1, 8))
assert TOT == (DT[0], DT[1], DT_GQ[0], DT_GQ[1], TT_TRUYTO[0], TT_TRUYTO[1], TT_TRA[0])
assert [ratio(u[3], u[1]) for u in UNITS] == ["53,4", "75,5", "74,4", "74,1", "79,8"]

# III.1.3 Tham nhũng, chức vụ
TN_TL, TN_MOI, TN_GQ, TN_TT = (23, 68), (11, 39), (12, 37), (9, 31)
assert TN_MOI == KT["tham nhũng, chức vụ"][:2]
TN_THIET_HAI, TN_THU_HOI = D("84.2"), D("21.4")
assert ratio(TN_THU_HOI, TN_THIET_HAI) == "25,4"

# III.2 Xét xử hình sự (vụ, bị cáo)
ST_CU, ST_MOI = (68, 127), (435, 804)
ST = (ST_CU[0] + ST_MOI[0], ST_CU[1] + ST_MOI[1])
ST_XX, ST_TRA, ST_DC = (402, 736), (5, 9), (1, 1)
ST_CON = tuple(a - b - c - d for a, b, c, d in zip(ST, ST_XX, ST_TRA, ST_DC))
assert ST == (503, 931) and ST_CON == (95, 185) and ratio(ST_XX[0], ST[0]) == "79,9"
PT, PT_XX = (96, 158), (71, 117)
assert ratio(PT_XX[0], PT[0]) == "74,0"
KN_HS, KN_HS_XX, KN_HS_CN = (9, 13), 7, 6
assert ratio(KN_HS_CN, KN_HS_XX) == "85,7"

# IV. Dân sự, hành chính
DS_ST = (1_204, 2_608)
DS_ST_TL = sum(DS_ST)
DS_XX, DS_CN, DS_DC = 548, 1_762, 387
DS_GQ = DS_XX + DS_CN + DS_DC
assert DS_ST_TL == 3_812 and DS_GQ == 2_697 and ratio(DS_GQ, DS_ST_TL) == "70,8"
assert ratio(92, 147) == "62,6" and ratio(7, 8) == "87,5"
HC = (71, 15)
assert sum(HC) == 86 and ratio(49, 86) == "57,0"

# V.1 Tạm giữ, tạm giam (người)
TG = {"cu": 14, "moi": 598, "chuyen_tam_giam": 541, "tra_tu_do": 37, "xu_ly_hc": 12, "bien_phap_khac": 6}
TGI = {"cu": 402, "moi": 635, "tra_tu_do": 9, "bien_phap_khac": 48, "thi_hanh_an": 523, "chuyen_noi_khac": 37,
       "chet": 1}
TG_TL, TGI_TL = TG["cu"] + TG["moi"], TGI["cu"] + TGI["moi"]
TG_GQ = TG["chuyen_tam_giam"] + TG["tra_tu_do"] + TG["xu_ly_hc"] + TG["bien_phap_khac"]
TGI_GQ = TGI["tra_tu_do"] + TGI["bien_phap_khac"] + TGI["thi_hanh_an"] + TGI["chuyen_noi_khac"] + TGI["chet"]
assert (TG_TL, TG_GQ, TG_TL - TG_GQ) == (612, 596, 16)
assert (TGI_TL, TGI_GQ, TGI_TL - TGI_GQ) == (1_037, 618, 419)

# V.3 THADS: (việc), (tỷ đồng)
THA_CU, THA_MOI = 4_512, 5_352
THA_DK, THA_XONG = 7_138, 4_206
THA_TIEN, THA_TIEN_DK, THA_TIEN_XONG = D("1846.3"), D("712.4"), D("298.6")
assert THA_CU + THA_MOI == 9_864 and ratio(THA_XONG, THA_DK) == "58,9" and ratio(THA_TIEN_XONG, THA_TIEN_DK) == "41,9"
assert 612 + 3_594 == THA_XONG and D("143.8") + D("154.8") == THA_TIEN_XONG

# VI. Khiếu nại, tố cáo (đơn)
DON = {"khiếu nại": 286, "tố cáo": 94, "kiến nghị, phản ánh": 762}
assert sum(DON.values()) == 1_142 and 78 + 26 == 104 and ratio(96, 104) == "92,3"

# VII. Xây dựng ngành
assert 98 + 173 == 271 and 286 - 271 == 15 and 9 + 61 + 108 == 178
assert D("52.18") + D("6.28") == D("58.46") and ratio(D("26.12"), D("58.46")) == "44,7"
assert vn(D("85.7") - 70) == "15,7"

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(7.0), Cm(9.0))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("VIỆN KIỂM SÁT NHÂN DÂN", False, False),
    ("TỈNH TRÀ GIANG", True, False, True),
    ("", False, False),
    ("Số: " + METADATA["number"], False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    (f"{METADATA['place']}, {METADATA['date']}", False, True),
])
LAYOUT_TABLES = [ht._tbl]

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None)
para("Kết quả công tác kiểm sát 6 tháng đầu năm 2026;", bold=True, align=CENTER, indent=None)
para("nhiệm vụ trọng tâm 6 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Chỉ thị số 01/CT-VKSTC ngày 12/12/2025 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác "
       "năm 2026 của ngành Kiểm sát nhân dân và Kế hoạch số 03/KH-VKS ngày 06/01/2026 của Viện kiểm sát nhân dân tỉnh "
       "Trà Giang về thực hiện nhiệm vụ công tác năm 2026, Viện kiểm sát nhân dân (VKSND) tỉnh Trà Giang báo cáo kết "
       "quả công tác kiểm sát 6 tháng đầu năm 2026 (số liệu tính từ ngày 01/12/2025 đến ngày 31/5/2026) và nhiệm vụ "
       "trọng tâm 6 tháng cuối năm 2026 như sau:")

# ====================================================================================== PHẦN THỨ NHẤT
part("PHẦN THỨ NHẤT", "KẾT QUẢ CÔNG TÁC KIỂM SÁT 6 THÁNG ĐẦU NĂM 2026")

roman("I. TÌNH HÌNH TỘI PHẠM VÀ VI PHẠM PHÁP LUẬT")
tabbed("Trong 6 tháng đầu năm 2026, tình hình an ninh chính trị trên địa bàn tỉnh cơ bản ổn định; tuy nhiên, tình "
       "hình tội phạm có chiều hướng gia tăng, một số loại tội phạm diễn biến phức tạp, phương thức, thủ đoạn ngày "
       f"càng tinh vi. Các cơ quan có thẩm quyền điều tra trên địa bàn tỉnh đã khởi tố mới {KT_VU} vụ/{vi(KT_BC)} bị "
       f"can, tăng {KT_VU - KT_VU_25} vụ ({ratio(KT_VU - KT_VU_25, KT_VU_25)}%) và tăng {KT_BC - KT_BC_25} bị can "
       f"({ratio(KT_BC - KT_BC_25, KT_BC_25)}%) so với cùng kỳ năm 2025; riêng trong tháng 5/2026 khởi tố mới 94 "
       "vụ/151 bị can. Cụ thể:")
v = KT["trật tự xã hội"]
dash(f"Tội phạm về trật tự xã hội: khởi tố {v[0]} vụ/{v[1]} bị can, chiếm {ratio(v[0], KT_VU)}% tổng số vụ khởi tố "
     f"mới, tăng {v[0] - v[2]} vụ so với cùng kỳ; nổi lên là tội trộm cắp tài sản 71 vụ, cố ý gây thương tích 38 "
     "vụ, đánh bạc và tổ chức đánh bạc 29 vụ. Tội phạm lừa đảo chiếm đoạt tài sản qua không gian mạng tiếp tục gia "
     "tăng với 27 vụ (tăng 09 vụ), chiếm đoạt số tiền 46,8 tỷ đồng, phần lớn đối tượng ở ngoài tỉnh hoặc ở nước "
     "ngoài.")
v = KT["ma túy"]
dash(f"Tội phạm về ma túy: khởi tố {v[0]} vụ/{v[1]} bị can, tăng {v[0] - v[2]} vụ; thu giữ 3,84 kg heroin, 21,6 kg "
     "ma túy tổng hợp các loại. Xuất hiện tình trạng tổ chức sử dụng trái phép chất ma túy tại các cơ sở kinh doanh "
     "karaoke, quán bar ở phường Đông Thành và phường Vĩnh An.")
v = KT["kinh tế, buôn lậu"]
dash(f"Tội phạm về kinh tế, buôn lậu: khởi tố {v[0]} vụ/{v[1]} bị can, giảm {z(v[2] - v[0])} vụ; chủ yếu là buôn "
     "bán hàng cấm (thuốc lá điếu nhập lậu, pháo nổ), sản xuất, buôn bán hàng giả là thực phẩm, phân bón.")
v = KT["tham nhũng, chức vụ"]
dash(f"Tội phạm về tham nhũng, chức vụ: khởi tố {v[0]} vụ/{v[1]} bị can, tăng {z(v[0] - v[2])} vụ, tập trung ở "
     "lĩnh vực đất đai, đầu tư xây dựng cơ bản, quản lý tài chính tại quỹ tín dụng nhân dân.")
v = KT["môi trường"]
dash(f"Tội phạm về môi trường: khởi tố {v[0]} vụ/{v[1]} bị can, chủ yếu là vi phạm quy định về khai thác, bảo vệ "
     "rừng và lâm sản, vi phạm quy định về khai thác tài nguyên (cát, sỏi lòng sông).")
v = KT["khác"]
dash(f"Các loại tội phạm khác: khởi tố {v[0]} vụ/{v[1]} bị can, chủ yếu là tội vi phạm quy định về tham gia giao "
     "thông đường bộ.")

roman("II. CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ, KIỂM SÁT VIỆC GIẢI QUYẾT TỐ GIÁC, TIN BÁO VỀ TỘI PHẠM VÀ KIẾN NGHỊ "
      "KHỞI TỐ")
arabic("1. Kết quả thụ lý, giải quyết nguồn tin về tội phạm")
tabbed(f"Viện kiểm sát hai cấp đã thụ lý kiểm sát {vi(TB)} tin báo, tố giác về tội phạm và kiến nghị khởi tố (sau "
       f"đây gọi chung là tin báo), trong đó số cũ chuyển sang {TB_CU} tin, số mới {vi(TB_MOI)} tin",
       Fn(f"Nguồn tin mới tiếp nhận trong kỳ gồm: do cá nhân tố giác {NGUON['cá nhân tố giác']} tin; cơ quan, tổ "
          f"chức báo tin {NGUON['cơ quan, tổ chức báo tin']} tin; tin báo trên phương tiện thông tin đại chúng "
          f"{NGUON['phương tiện thông tin đại chúng']} tin; cơ quan chức năng trực tiếp phát hiện "
          f"{NGUON['cơ quan chức năng trực tiếp phát hiện']} tin; kiến nghị khởi tố của cơ quan nhà nước "
          f"{z(NGUON['kiến nghị khởi tố'])} tin."),
       f"; tăng {ratio(TB - TB_25, TB_25)}% so với cùng kỳ năm trước. Trong đó, VKSND tỉnh kiểm sát {TB_TINH} tin, "
       f"các VKSND khu vực kiểm sát {vi(TB_KV)} tin.")
body(f"Các cơ quan có thẩm quyền đã giải quyết {vi(TB_GQ)} tin, đạt tỷ lệ {ratio(TB_GQ, TB)}%, trong đó: ra quyết "
     f"định khởi tố vụ án hình sự {TB_KT} tin; quyết định không khởi tố vụ án hình sự {TB_KKT} tin; tạm đình chỉ "
     f"giải quyết {TB_TDC} tin. Hiện còn {TB - TB_GQ} tin đang giải quyết, trong đó có 06 tin quá thời hạn giải "
     "quyết theo quy định tại Điều 147 Bộ luật Tố tụng hình sự (BLTTHS), đều thuộc địa bàn VKSND khu vực 1.")
arabic("2. Công tác kiểm sát việc tiếp nhận, giải quyết nguồn tin về tội phạm")
tabbed("VKS hai cấp đã phân công Kiểm sát viên (KSV) kiểm sát ngay từ khi tiếp nhận nguồn tin; ban hành 218 văn bản "
       "yêu cầu kiểm tra, xác minh nguồn tin; trực tiếp kiểm sát 11 cuộc việc tiếp nhận, giải quyết nguồn tin tại "
       "Cơ quan Cảnh sát điều tra Công an tỉnh và Công an cấp xã, ban hành 11 kết luận, 07 kiến nghị yêu cầu khắc "
       "phục vi phạm. Thông qua công tác kiểm sát, VKS đã hủy 03 quyết định không khởi tố vụ án hình sự và 02 quyết "
       "định tạm đình chỉ giải quyết nguồn tin không có căn cứ.")
body("Tiếp nhận 07 kiến nghị khởi tố của cơ quan thanh tra, kiểm toán chuyển đến; Cơ quan điều tra (CQĐT) đã khởi tố "
     "04 vụ án, 03 kiến nghị còn lại đang trong thời hạn xác minh.")

roman("III. CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ, KIỂM SÁT ĐIỀU TRA, KIỂM SÁT XÉT XỬ CÁC VỤ ÁN HÌNH SỰ")
arabic("1. Thực hành quyền công tố, kiểm sát điều tra và truy tố")
dec("1.1. Kiểm sát việc khởi tố, điều tra vụ án hình sự")
tabbed(f"VKS hai cấp đã thụ lý kiểm sát điều tra {DT[0]} vụ/{vi(DT[1])} bị can (số cũ {DT_CU[0]} vụ/{DT_CU[1]} bị "
       f"can; số mới {DT_MOI[0]} vụ/{DT_MOI[1]} bị can). Các CQĐT đã giải quyết {DT_GQ[0]} vụ/{DT_GQ[1]} bị can, "
       f"đạt tỷ lệ {ratio(DT_GQ[0], DT[0])}%, trong đó:")
dash(f"Kết thúc điều tra, chuyển hồ sơ đề nghị truy tố {DT_DNTT[0]} vụ/{DT_DNTT[1]} bị can;")
dash(f"Đình chỉ điều tra {DT_DC[0]} vụ/{DT_DC[1]} bị can (chủ yếu do người bị hại rút yêu cầu khởi tố);")
dash(f"Tạm đình chỉ điều tra {DT_TDC[0]} vụ/{DT_TDC[1]} bị can (chủ yếu do chưa xác định được bị can hoặc bị can bỏ "
     "trốn chưa bắt được).")
body(f"Hiện còn {DT[0] - DT_GQ[0]} vụ/{DT[1] - DT_GQ[1]} bị can đang điều tra trong thời hạn; không có vụ án quá "
     "hạn điều tra.")
body("Trong kỳ, VKS đã phê chuẩn quyết định khởi tố bị can đối với 768 bị can; không phê chuẩn 03 bị can; hủy 02 "
     "quyết định khởi tố bị can không có căn cứ; yêu cầu CQĐT khởi tố 06 vụ án, khởi tố 09 bị can, đến nay CQĐT đã "
     "thực hiện đầy đủ các yêu cầu khởi tố của VKS. KSV đã ban hành 1.748 văn bản yêu cầu điều tra; trực tiếp hỏi "
     "cung 597 lượt bị can, tham gia 1.236 hoạt động điều tra khác; ban hành 14 kiến nghị yêu cầu CQĐT khắc phục vi "
     "phạm trong hoạt động điều tra.")
dec("1.2. Công tác truy tố")
tabbed(f"VKS hai cấp thụ lý giải quyết {TT[0]} vụ/{TT[1]} bị can (số cũ {TT_CU[0]} vụ/{TT_CU[1]} bị can; số mới "
       f"{DT_DNTT[0]} vụ/{DT_DNTT[1]} bị can). Đã giải quyết {TT_GQ[0]} vụ/{TT_GQ[1]} bị can, đạt "
       f"{ratio(TT_GQ[0], TT[0])}%, trong đó: truy tố {TT_TRUYTO[0]} vụ/{TT_TRUYTO[1]} bị can; đình chỉ "
       f"{z(TT_DC[0])} vụ/{z(TT_DC[1])} bị can; tạm đình chỉ {z(TT_TDC[0])} vụ/{z(TT_TDC[1])} bị can; trả hồ sơ để "
       f"điều tra bổ sung {z(TT_TRA[0])} vụ/{TT_TRA[1]} bị can. Còn {TT[0] - TT_GQ[0]} vụ/{TT[1] - TT_GQ[1]} bị "
       "can đang trong thời hạn nghiên cứu, giải quyết.")
body(f"Tỷ lệ truy tố đúng thời hạn đạt 100%; tỷ lệ vụ án VKS trả hồ sơ cho CQĐT để điều tra bổ sung là "
     f"{ratio(TT_TRA[0], TT[0])}%. Áp dụng thủ tục rút gọn truy tố 38 vụ/41 bị can (cùng kỳ năm 2025 là 29 vụ). "
     "Tòa án trả hồ sơ cho VKS để điều tra bổ sung 05 vụ/09 bị can, VKS chấp nhận 03 vụ.")
caption("Kết quả thụ lý, giải quyết án hình sự giai đoạn điều tra, truy tố theo đơn vị",
        "(từ ngày 01/12/2025 đến ngày 31/5/2026)")
grid_table(
    ["Đơn vị", "Thụ lý KSĐT (vụ)", "Thụ lý KSĐT (bị can)", "CQĐT đã giải quyết (vụ)", "Tỷ lệ giải quyết (%)",
     "Truy tố (vụ)", "Truy tố (bị can)", "Trả hồ sơ ĐTBS (vụ)"],
    [(u[0], vi(u[1]), vi(u[2]), vi(u[3]), ratio(u[3], u[1]), vi(u[5]), vi(u[6]), z(u[7])) for u in UNITS]
    + [("Tổng cộng", vi(TOT[0]), vi(TOT[1]), vi(TOT[2]), ratio(TOT[2], TOT[0]), vi(TOT[4]), vi(TOT[5]),
        z(TOT[6]))],
    [Cm(3.4), Cm(1.8), Cm(1.9), Cm(2.0), Cm(1.8), Cm(1.6), Cm(1.8), Cm(1.8)], label_col=0, totals=("Tổng cộng",))
dec("1.3. Thực hành quyền công tố, kiểm sát điều tra các vụ án tham nhũng, kinh tế, chức vụ")
tabbed(f"VKS hai cấp thụ lý kiểm sát điều tra {TN_TL[0]} vụ/{TN_TL[1]} bị can về tội phạm tham nhũng, chức vụ (số "
       f"mới {TN_MOI[0]} vụ/{TN_MOI[1]} bị can); CQĐT đã giải quyết {TN_GQ[0]} vụ/{TN_GQ[1]} bị can; VKS đã truy tố "
       f"{z(TN_TT[0])} vụ/{TN_TT[1]} bị can. Tổng số tiền, tài sản thiệt hại được xác định trong các vụ án tham "
       f"nhũng là {vn(TN_THIET_HAI)} tỷ đồng; đã thu hồi {vn(TN_THU_HOI)} tỷ đồng, đạt "
       f"{ratio(TN_THU_HOI, TN_THIET_HAI)}%; VKS đã yêu cầu CQĐT áp dụng biện pháp kê biên, phong tỏa tài sản trị "
       "giá 37,6 tỷ đồng để bảo đảm thu hồi.")
body("Đối với 03 vụ án thuộc diện Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh theo dõi, chỉ đạo, "
     "VKS đã cử Lãnh đạo Viện trực tiếp chỉ đạo, phối hợp chặt chẽ với CQĐT ngay từ đầu:")
dash("Vụ án \"Tham ô tài sản\" xảy ra tại Quỹ tín dụng nhân dân xã Tân Phước: VKSND tỉnh đã truy tố 07 bị can vào "
     "ngày 14/4/2026; số tiền chiếm đoạt 18,9 tỷ đồng, đã thu hồi 11,2 tỷ đồng.")
dash("Vụ án \"Vi phạm quy định về đấu thầu gây hậu quả nghiêm trọng\" xảy ra tại Ban Quản lý dự án đầu tư xây dựng "
     "các công trình dân dụng và công nghiệp tỉnh: CQĐT đã khởi tố bổ sung 04 bị can, đang tiếp tục điều tra, trưng "
     "cầu giám định thiệt hại.")
dash("Vụ án \"Lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ\" liên quan đến việc cấp giấy chứng nhận quyền "
     "sử dụng đất tại phường Đông Thành: VKS đã trả hồ sơ để điều tra bổ sung, làm rõ trách nhiệm của các cá nhân "
     "có liên quan.")
arabic("2. Thực hành quyền công tố, kiểm sát xét xử các vụ án hình sự")
letter("a) Xét xử sơ thẩm")
tabbed(f"Tòa án nhân dân (TAND) hai cấp thụ lý sơ thẩm {ST[0]} vụ/{ST[1]} bị cáo (số cũ {ST_CU[0]} vụ/{ST_CU[1]} "
       f"bị cáo; số mới {ST_MOI[0]} vụ/{ST_MOI[1]} bị cáo); đã giải quyết xét xử {ST_XX[0]} vụ/{ST_XX[1]} bị cáo, "
       f"đạt {ratio(ST_XX[0], ST[0])}%; trả hồ sơ cho VKS để điều tra bổ sung {z(ST_TRA[0])} vụ/{z(ST_TRA[1])} bị "
       f"cáo; đình chỉ {z(ST_DC[0])} vụ/{z(ST_DC[1])} bị cáo do bị cáo chết. Còn {ST_CON[0]} vụ/{ST_CON[1]} bị cáo "
       "chưa xét xử.")
body("Qua thực hành quyền công tố tại phiên tòa, không có trường hợp Tòa án tuyên bị cáo không phạm tội; không có "
     "vụ án nào xét xử quá thời hạn. VKS hai cấp phối hợp với Tòa án tổ chức 64 phiên tòa rút kinh nghiệm (trong đó "
     "21 phiên tòa xét xử trực tuyến, 17 phiên tòa có số hóa hồ sơ và trình chiếu chứng cứ), 12 phiên tòa xét xử "
     "lưu động tại địa bàn xảy ra tội phạm. Qua kiểm sát bản án, quyết định của Tòa án, phát hiện 16 bản án có vi "
     "phạm, VKS đã ban hành 04 kiến nghị yêu cầu Tòa án khắc phục.")
letter("b) Xét xử phúc thẩm")
tabbed(f"TAND tỉnh thụ lý phúc thẩm {PT[0]} vụ/{PT[1]} bị cáo; đã xét xử {PT_XX[0]} vụ/{PT_XX[1]} bị cáo, đạt "
       f"{ratio(PT_XX[0], PT[0])}%. VKS hai cấp ban hành {z(KN_HS[0])} kháng nghị phúc thẩm đối với "
       f"{KN_HS[1]} bị cáo (VKSND tỉnh kháng nghị 03 vụ/05 bị cáo; VKSND khu vực kháng nghị 06 vụ/08 bị cáo), "
       "chủ yếu kháng nghị về áp dụng hình phạt và án treo chưa đúng quy định; Tòa án đã xét xử "
       f"{z(KN_HS_XX)} vụ, chấp nhận {z(KN_HS_CN)} vụ, đạt tỷ lệ {ratio(KN_HS_CN, KN_HS_XX)}%. VKSND tỉnh đã đề nghị "
       "VKSND cấp cao kháng nghị theo thủ tục giám đốc thẩm 02 vụ án hình sự.")

roman("IV. CÔNG TÁC KIỂM SÁT VIỆC GIẢI QUYẾT CÁC VỤ, VIỆC DÂN SỰ, HÔN NHÂN VÀ GIA ĐÌNH, VỤ ÁN HÀNH CHÍNH, KINH "
      "DOANH, THƯƠNG MẠI, LAO ĐỘNG")
arabic("1. Kiểm sát việc giải quyết các vụ, việc dân sự, hôn nhân và gia đình")
tabbed(f"Kiểm sát thụ lý sơ thẩm {vi(DS_ST_TL)} vụ, việc (dân sự {vi(DS_ST[0])}; hôn nhân và gia đình "
       f"{vi(DS_ST[1])}); Tòa án đã giải quyết {vi(DS_GQ)} vụ, việc, đạt {ratio(DS_GQ, DS_ST_TL)}%, trong đó đưa ra "
       f"xét xử {DS_XX} vụ, công nhận sự thỏa thuận của các đương sự và công nhận thuận tình ly hôn {vi(DS_CN)} vụ, "
       f"việc, đình chỉ giải quyết {DS_DC} vụ, việc. Kiểm sát thụ lý phúc thẩm 147 vụ, việc; đã giải quyết 92 vụ, "
       f"việc, đạt {ratio(92, 147)}%. KSV đã tham gia 641 phiên tòa và 1.935 phiên họp giải quyết việc dân sự.")
body("VKS hai cấp ban hành 11 kháng nghị phúc thẩm đối với các vụ án dân sự, hôn nhân và gia đình (VKSND tỉnh 02 vụ, "
     f"VKSND khu vực 09 vụ); Tòa án đã xét xử 08 vụ, chấp nhận 07 vụ, đạt {ratio(7, 8)}%. VKSND tỉnh đã báo cáo, đề "
     "nghị VKSND cấp cao kháng nghị giám đốc thẩm 03 vụ án dân sự. Thông qua công tác kiểm sát, VKS đã ban hành 14 "
     "kiến nghị yêu cầu Tòa án khắc phục vi phạm, chủ yếu về thời hạn chuẩn bị xét xử, thời hạn gửi bản án, quyết "
     "định cho VKS.")
arabic("2. Kiểm sát việc giải quyết các vụ án hành chính, vụ việc kinh doanh, thương mại, lao động")
tabbed(f"Kiểm sát thụ lý {sum(HC)} vụ án hành chính (sơ thẩm {HC[0]} vụ, phúc thẩm {HC[1]} vụ); đã giải quyết 49 "
       f"vụ, đạt {ratio(49, 86)}%; KSV tham gia 31 phiên tòa. Các vụ án hành chính chủ yếu là khiếu kiện quyết định "
       "hành chính về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất. VKS đã ban hành 02 kháng nghị phúc "
       "thẩm vụ án hành chính và 01 kiến nghị với Ủy ban nhân dân tỉnh về việc người bị kiện chậm cung cấp tài liệu, "
       "chứng cứ, vắng mặt tại phiên đối thoại, phiên tòa.")
body("Đối với các vụ việc kinh doanh, thương mại (KDTM), kiểm sát thụ lý 124 vụ việc, đã giải quyết 77 vụ việc; "
     "lĩnh vực lao động thụ lý 18 vụ việc, đã giải quyết 11 vụ việc. Tranh chấp KDTM chủ yếu là tranh chấp hợp đồng "
     "tín dụng, hợp đồng mua bán hàng hóa.")

roman("V. CÔNG TÁC KIỂM SÁT TẠM GIỮ, TẠM GIAM VÀ THI HÀNH ÁN")
arabic("1. Kiểm sát việc tạm giữ, tạm giam")
tabbed(f"Tổng số người bị tạm giữ VKS thụ lý kiểm sát là {TG_TL} người, đã giải quyết {TG_GQ} người, hiện còn "
       f"{TG_TL - TG_GQ} người; tổng số người bị tạm giam là {vi(TGI_TL)} người, đã giải quyết {TGI_GQ} người, hiện "
       f"còn {TGI_TL - TGI_GQ} người (trong đó 03 người đã có bản án tử hình đang chờ thi hành). Không có trường hợp "
       "nào tạm giữ, tạm giam quá hạn hoặc trốn khỏi nơi giam giữ.")
caption("Tình hình tạm giữ, tạm giam 6 tháng đầu năm 2026")
grid_table(
    ["Nội dung", "Tạm giữ (người)", "Tạm giam (người)"],
    [("Số cũ chuyển sang", z(TG["cu"]), vi(TGI["cu"])),
     ("Số mới", vi(TG["moi"]), vi(TGI["moi"])),
     ("Tổng số thụ lý", vi(TG_TL), vi(TGI_TL)),
     ("Đã giải quyết", vi(TG_GQ), vi(TGI_GQ)),
     ("Trong đó:", "", ""),
     ("- Chuyển tạm giam", vi(TG["chuyen_tam_giam"]), "-"),
     ("- Trả tự do", vi(TG["tra_tu_do"]), z(TGI["tra_tu_do"])),
     ("- Chuyển xử lý hành chính", vi(TG["xu_ly_hc"]), "-"),
     ("- Thay đổi biện pháp ngăn chặn khác", z(TG["bien_phap_khac"]), vi(TGI["bien_phap_khac"])),
     ("- Chuyển đi chấp hành án phạt tù", "-", vi(TGI["thi_hanh_an"])),
     ("- Chuyển nơi giam giữ khác", "-", vi(TGI["chuyen_noi_khac"])),
     ("- Chết (do bệnh lý)", "-", z(TGI["chet"])),
     ("Tổng số còn lại", vi(TG_TL - TG_GQ), vi(TGI_TL - TGI_GQ))],
    [Cm(8.0), Cm(3.5), Cm(3.5)], label_col=0, totals=("Tổng số",))
body("VKS hai cấp đã trực tiếp kiểm sát 08 cuộc tại Trại tạm giam số 1, Trại tạm giam số 2 Công an tỉnh và các nhà "
     "tạm giữ; ban hành 02 kháng nghị, 05 kiến nghị yêu cầu khắc phục vi phạm. Các vi phạm chủ yếu được phát hiện "
     "gồm:")
dash("Việc phân loại, bố trí giam giữ chưa đúng quy định, còn để người bị tạm giữ chung buồng với người bị tạm giam;")
dash("Lập, quản lý hồ sơ tạm giữ, tạm giam chưa đầy đủ, một số lệnh trích xuất không ghi rõ mục đích, thời hạn;")
dash("Chậm thông báo cho cơ quan thụ lý vụ án trước khi hết thời hạn tạm giam;")
dash("Chế độ ăn, chăm sóc y tế đối với người bị tạm giam có bệnh nền chưa kịp thời; cơ sở vật chất một số buồng giam "
     "xuống cấp.")
arabic("2. Kiểm sát thi hành án hình sự")
tabbed("Kiểm sát việc thi hành án treo, cải tạo không giam giữ đối với 1.524 người tại Ủy ban nhân dân cấp xã (án "
       "treo 1.437 người, cải tạo không giam giữ 87 người); trực tiếp kiểm sát 18 Ủy ban nhân dân cấp xã, ban hành "
       "18 kết luận, 06 kiến nghị. KSV tham gia phiên họp xét giảm thời hạn chấp hành án phạt tù cho 389 phạm nhân, "
       "xét tha tù trước thời hạn có điều kiện cho 27 phạm nhân; không có trường hợp ra quyết định thi hành án chậm "
       "hoặc bỏ lọt bản án chưa đưa ra thi hành.")
arabic("3. Kiểm sát thi hành án dân sự, thi hành án hành chính")
tabbed(f"Tổng số việc phải thi hành án dân sự (THADS) là {vi(THA_CU + THA_MOI)} việc (số cũ {vi(THA_CU)} việc, số "
       f"mới {vi(THA_MOI)} việc); số có điều kiện thi hành {vi(THA_DK)} việc, đã thi hành xong {vi(THA_XONG)} việc, "
       f"đạt {ratio(THA_XONG, THA_DK)}%",
       Fn("Trong đó: Thi hành án dân sự tỉnh thi hành xong 612 việc với số tiền 143,8 tỷ đồng; các Phòng Thi hành "
          "án dân sự khu vực thi hành xong 3.594 việc với số tiền 154,8 tỷ đồng."),
       f". Về tiền: tổng số tiền phải thi hành {vn(THA_TIEN)} tỷ đồng; số có điều kiện thi hành {vn(THA_TIEN_DK)} "
       f"tỷ đồng, đã thi hành xong {vn(THA_TIEN_XONG)} tỷ đồng, đạt {ratio(THA_TIEN_XONG, THA_TIEN_DK)}%.")
body("VKS hai cấp trực tiếp kiểm sát 06 cuộc tại cơ quan THADS (Thi hành án dân sự tỉnh 01 cuộc, các Phòng Thi hành "
     "án dân sự khu vực 05 cuộc); ban hành 04 kháng nghị, 09 kiến nghị yêu cầu khắc phục vi phạm trong việc xác minh "
     "điều kiện thi hành án, kê biên, bán đấu giá tài sản. Kiểm sát việc thi hành 07 bản án, quyết định hành chính, "
     "đã thi hành xong 04 bản án, quyết định.")

roman("VI. CÔNG TÁC GIẢI QUYẾT VÀ KIỂM SÁT VIỆC GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO TRONG HOẠT ĐỘNG TƯ PHÁP")
tabbed(f"VKS hai cấp đã tiếp 318 lượt công dân (Lãnh đạo Viện trực tiếp tiếp 42 lượt); tiếp nhận, xử lý "
       f"{vi(sum(DON.values()))} đơn (khiếu nại {DON['khiếu nại']} đơn, tố cáo {DON['tố cáo']} đơn, kiến nghị, phản "
       f"ánh {DON['kiến nghị, phản ánh']} đơn). Số đơn thuộc thẩm quyền giải quyết của VKS là 104 đơn (khiếu nại 78 "
       f"đơn, tố cáo 26 đơn); đã giải quyết 96 đơn, đạt {ratio(96, 104)}%, số còn lại đang trong thời hạn giải "
       "quyết.")
body("Kiểm sát việc giải quyết 312 đơn khiếu nại, tố cáo thuộc thẩm quyền của các cơ quan tư pháp khác; trực tiếp "
     "kiểm sát 03 cuộc tại CQĐT, Tòa án và cơ quan THADS, ban hành 04 kiến nghị yêu cầu khắc phục vi phạm về thời "
     "hạn giải quyết và việc gửi văn bản giải quyết cho VKS.")

roman("VII. CÔNG TÁC XÂY DỰNG NGÀNH VÀ CÁC MẶT CÔNG TÁC KHÁC")
arabic("1. Công tác tổ chức cán bộ")
tabbed("Tổng biên chế công chức được giao năm 2026 của VKSND hai cấp tỉnh Trà Giang là 286 biên chế; hiện có 271 "
       "người (VKSND tỉnh 98 người, các VKSND khu vực 173 người), trong đó có 178 Kiểm sát viên",
       Fn("Gồm: Kiểm sát viên cao cấp 09 người, Kiểm sát viên trung cấp 61 người, Kiểm sát viên sơ cấp 108 "
          "người; có 112 Kiểm sát viên đang công tác tại các VKSND khu vực."),
       " và 41 Kiểm tra viên. Trong kỳ, đã bổ nhiệm 02 Phó Viện trưởng VKSND khu vực; đề nghị Viện trưởng VKSND tối "
       "cao bổ nhiệm 06 Kiểm sát viên sơ cấp; cử 23 lượt công chức tham gia các lớp đào tạo, bồi dưỡng nghiệp vụ và "
       "lý luận chính trị. Có 01 công chức bị xử lý kỷ luật bằng hình thức khiển trách.")
arabic("2. Công tác thanh tra, kiểm tra và thi đua, khen thưởng")
tabbed("Năm 2026, VKSND tỉnh xác định khâu công tác đột phá là \"Nâng cao chất lượng tranh tụng của Kiểm sát viên "
       "tại phiên tòa hình sự gắn với số hóa hồ sơ vụ án\". VKSND tỉnh đã tiến hành 04 cuộc kiểm tra toàn diện tại "
       "các VKSND khu vực và 02 cuộc kiểm tra chuyên đề về công tác kiểm sát tạm giữ, tạm giam; qua kiểm tra đã chỉ "
       "ra các thiếu sót, yêu cầu đơn vị khắc phục. Tổ chức phát động phong trào thi đua đặc biệt lập thành tích chào "
       "mừng kỷ niệm 66 năm Ngày thành lập VKSND (26/7/1960 - 26/7/2026).")
arabic("3. Công tác ứng dụng công nghệ thông tin, tài chính, hậu cần")
tabbed("100% văn bản đi, đến được xử lý trên hệ thống quản lý văn bản và điều hành; đã số hóa 436 hồ sơ vụ án hình "
       "sự phục vụ công bố chứng cứ tại phiên tòa. Dự toán kinh phí năm 2026 được giao 58,46 tỷ đồng (kinh phí thực "
       "hiện chế độ tự chủ 52,18 tỷ đồng, kinh phí không thực hiện chế độ tự chủ 6,28 tỷ đồng); đến ngày 31/5/2026 "
       f"đã chi 26,12 tỷ đồng, bằng {ratio(D('26.12'), D('58.46'))}% dự toán.")

roman("VIII. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
tabbed("Trong 6 tháng đầu năm 2026, VKSND hai cấp tỉnh Trà Giang đã bám sát Chỉ thị công tác của Viện trưởng VKSND "
       "tối cao, triển khai đồng bộ các mặt công tác và đạt nhiều kết quả tích cực. Tỷ lệ giải quyết án của VKS đạt "
       f"{ratio(TT_GQ[0], TT[0])}%, truy tố đúng thời hạn 100%; không có trường hợp Tòa án tuyên bị cáo không phạm "
       f"tội; tỷ lệ kháng nghị phúc thẩm hình sự được chấp nhận đạt {ratio(KN_HS_CN, KN_HS_XX)}%, vượt 15,7 điểm "
       "phần trăm so với chỉ tiêu (70%). Công tác kiểm sát các lĩnh vực dân sự, hành chính, thi hành án có chuyển "
       "biến; công tác xây dựng ngành được quan tâm, nhất là sau khi sắp xếp tổ chức bộ máy.")
arabic("2. Hạn chế, tồn tại")
dash(f"Tỷ lệ giải quyết tố giác, tin báo về tội phạm mới đạt {ratio(TB_GQ, TB)}%, thấp hơn chỉ tiêu 90% theo Nghị "
     "quyết số 96/2019/QH14 của Quốc hội; còn 06 tin báo quá thời hạn giải quyết.")
dash("Một số vụ án tham nhũng, kinh tế phức tạp giải quyết còn kéo dài; kết quả thu hồi tài sản bị chiếm đoạt, thất "
     f"thoát mới đạt {ratio(TN_THU_HOI, TN_THIET_HAI)}%.")
dash("Còn 05 vụ án bị Tòa án trả hồ sơ để điều tra bổ sung, trong đó 03 vụ có trách nhiệm của VKS; chất lượng tranh "
     "tụng của một số KSV tại phiên tòa chưa đáp ứng yêu cầu.")
dash(f"Tỷ lệ giải quyết các vụ án hành chính còn thấp ({ratio(49, 86)}%); số lượng kháng nghị, kiến nghị trong lĩnh "
     "vực dân sự, hành chính chưa tương xứng với vi phạm của Tòa án.")
dash(f"Tỷ lệ thi hành án dân sự xong về tiền chỉ đạt {ratio(THA_TIEN_XONG, THA_TIEN_DK)}%; số việc, số tiền chuyển "
     "kỳ sau còn lớn.")
dash("Ứng dụng công nghệ thông tin, số hóa hồ sơ chưa đồng đều giữa các VKSND khu vực; còn thiếu 15 biên chế so với "
     "chỉ tiêu được giao.")
arabic("3. Nguyên nhân của hạn chế, tồn tại")
letter("a) Nguyên nhân khách quan")
dash("Tổ chức bộ máy mới sau sắp xếp, các VKSND khu vực chính thức đi vào hoạt động từ ngày 01/7/2025 với địa bàn "
     "quản lý rộng, việc bàn giao, tiếp nhận hồ sơ còn mất nhiều thời gian.")
dash("Tội phạm sử dụng công nghệ cao, tội phạm lừa đảo qua không gian mạng có yếu tố xuyên quốc gia, việc xác minh, "
     "truy vết dòng tiền gặp nhiều khó khăn.")
dash("Số lượng án thụ lý tăng trong khi biên chế còn thiếu; trụ sở làm việc, trang thiết bị của một số VKSND khu vực "
     "chưa đáp ứng yêu cầu.")
dash("Nhiều quy định pháp luật mới về tố tụng có hiệu lực nhưng chưa có văn bản hướng dẫn thống nhất.")
letter("b) Nguyên nhân chủ quan")
dash("Một số lãnh đạo đơn vị chưa sâu sát trong chỉ đạo, điều hành; việc kiểm tra, đôn đốc có lúc chưa thường xuyên.")
dash("Năng lực, kinh nghiệm của một số KSV, nhất là KSV mới được bổ nhiệm, còn hạn chế; chưa chủ động nghiên cứu hồ "
     "sơ, đề ra yêu cầu điều tra sát với từng vụ án.")
dash("Quan hệ phối hợp giữa VKS với CQĐT, Tòa án ở một số địa bàn chưa chặt chẽ, còn tình trạng chậm chuyển tài "
     "liệu.")
dash("Chưa quan tâm đúng mức công tác kiểm sát lĩnh vực dân sự, hành chính; còn tư tưởng \"trọng hình sự, nhẹ dân "
     "sự\".")

# ======================================================================================= PHẦN THỨ HAI
part("PHẦN THỨ HAI", "NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026")
roman("I. NHIỆM VỤ TRỌNG TÂM")
arabic("1. Công tác thực hành quyền công tố, kiểm sát hoạt động tư pháp trong lĩnh vực hình sự")
dash("Tăng cường kiểm sát việc tiếp nhận, giải quyết nguồn tin về tội phạm ngay từ đầu, phấn đấu tỷ lệ giải quyết "
     "tố giác, tin báo về tội phạm đạt trên 90%, không để tồn đọng, quá hạn.")
dash("Nâng cao chất lượng tranh tụng tại phiên tòa; phấn đấu tổ chức ít nhất 02 phiên tòa rút kinh nghiệm/KSV/năm.")
dash("Tập trung giải quyết dứt điểm các vụ án tham nhũng, kinh tế thuộc diện Ban Chỉ đạo tỉnh theo dõi; áp dụng kịp "
     "thời các biện pháp kê biên, phong tỏa để thu hồi tài sản.")
dash("Hạn chế thấp nhất số vụ án trả hồ sơ để điều tra bổ sung có trách nhiệm của VKS.")
arabic("2. Công tác kiểm sát các lĩnh vực dân sự, hành chính, thi hành án và khiếu nại, tố cáo")
dash("Nâng cao chất lượng kháng nghị phúc thẩm, kiến nghị trong lĩnh vực dân sự, hành chính; phát hiện vi phạm để "
     "đề nghị kháng nghị giám đốc thẩm, tái thẩm.")
dash("Tăng cường kiểm sát trực tiếp việc tạm giữ, tạm giam, thi hành án hình sự tại Ủy ban nhân dân cấp xã và việc "
     "xác minh điều kiện thi hành án, kê biên, bán đấu giá tài sản trong THADS.")
dash("Giải quyết đơn khiếu nại, tố cáo thuộc thẩm quyền đúng thời hạn, không để phát sinh điểm nóng.")
arabic("3. Công tác xây dựng ngành")
dash("Hoàn thiện tổ chức bộ máy các VKSND khu vực; tuyển dụng bổ sung biên chế còn thiếu, đề nghị bổ nhiệm Kiểm sát "
     "viên đủ tiêu chuẩn.")
dash("Đẩy mạnh chuyển đổi số, số hóa hồ sơ vụ án; đưa vào sử dụng phần mềm quản lý án hình sự thống nhất toàn "
     "ngành.")
dash("Tổ chức sơ kết 6 tháng thực hiện khâu công tác đột phá năm 2026; thực hiện tốt công tác thi đua, khen thưởng.")
roman("II. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Viện kiểm sát nhân dân tối cao")
dash("Sớm ban hành hướng dẫn nghiệp vụ thống nhất về thực hành quyền công tố, kiểm sát điều tra các vụ án lừa đảo "
     "chiếm đoạt tài sản qua không gian mạng.")
dash("Bổ sung chỉ tiêu biên chế và quan tâm đầu tư xây dựng trụ sở làm việc cho các VKSND khu vực 3 và 4.")
dash("Tăng cường tập huấn kỹ năng tranh tụng, kỹ năng kiểm sát án hành chính cho Kiểm sát viên cấp khu vực.")
arabic("2. Đối với Tỉnh ủy, Ủy ban nhân dân tỉnh")
dash("Chỉ đạo các sở, ngành, Ủy ban nhân dân cấp xã thực hiện nghiêm việc cung cấp tài liệu, chứng cứ và tham gia "
     "đối thoại, phiên tòa trong các vụ án hành chính.")
dash("Quan tâm bố trí kinh phí hỗ trợ VKS hai cấp trang bị thiết bị phục vụ phiên tòa trực tuyến và số hóa hồ sơ.")

body("Trên đây là báo cáo kết quả công tác kiểm sát 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm 6 tháng cuối năm "
     "2026 của Viện kiểm sát nhân dân tỉnh Trà Giang./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- VKSND tối cao (Văn phòng, Vụ 14) (để b/c);",
    "- VKSND cấp cao tại Hà Nội (để b/c);",
    "- Thường trực Tỉnh ủy (để b/c);",
    "- Thường trực HĐND tỉnh;",
    "- UBND tỉnh;",
    "- Ban Nội chính Tỉnh ủy;",
    "- Lãnh đạo Viện;",
    "- Các phòng nghiệp vụ, Văn phòng;",
    "- VKSND khu vực 1, 2, 3, 4;",
    "- Lưu: VT, VP.",
], [("VIỆN TRƯỞNG", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần thứ nhất", "Phần thứ nhất › III.1.2", "Phần thứ nhất › VIII.3.a", ...)
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="heldout", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"],
                                           title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 6, 5, 8, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
