# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định công tác 6 tháng đầu năm 2026 của Tòa án nhân dân tỉnh Thạch Bình (dữ liệu bịa, phục vụ
đánh giá).

Write tests/data/toa-an-tinh-thach-binh-6-thang-2026.docx: an invented half-year work report of a provincial People's
Court (Tòa án nhân dân tỉnh Thạch Bình: "Báo cáo công tác 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm 6 tháng cuối năm
2026"), written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/toa-an-tinh-thach-binh-6-thang-2026.json, eval/real/questions_tune22.jsonl).

Layouts: header table without borders (left "TÒA ÁN NHÂN DÂN / TỈNH THẠCH BÌNH" with the second line bold and
underlined, then "Số: 186/BC-TA"; right the national motto with the second line underlined and "Thạch Bình, ngày 10
tháng 4 năm 2026" in italic); "BÁO CÁO" and a two-line bold title; an untitled introductory paragraph that gives the
court's statistical period (số liệu từ ngày 01/10/2025 đến ngày 31/3/2026, the first half of the court's working year,
not the calendar half-year). No "Phần" parts: Roman I (results), II (assessment), III (tasks for the second half) at
the top level; Arabic "1." headings; decimal "2.1." ... "2.5." headings (bold italic) under I.2 and "6.1.", "6.2."
under I.6; lettered "a)" / "b)" headings under II.3 and III.3; numbered targets "(1)" ... "(6)" on their own lines
under III.1 (outline ids "III.1.(1)" ...) and "(1)", "(2)", "(3)" inline inside paragraphs (I.4, II.1; not
sections). '-' items, '+' items (criminal-judgment enforcement in I.5, tasks in III.2), tab-led paragraphs. After the
signature block and "Nơi nhận:", a page break and "PHỤ LỤC" as its own top-level section (outline id "Phụ lục"),
holding the table of cases by type for the TAND khu vực (sơ thẩm) and the TAND tỉnh (phúc thẩm): cũ chuyển sang /
thụ lý mới / tổng thụ lý / đã giải quyết / tỷ lệ / còn lại, with two merged group rows ("A. ..." / "B. ..."), a
"Cộng" row per group and a "Tổng cộng" row.

Two bordered data tables with captions: (1) in the body under I.3, the judgments and decisions annulled (hủy) and
amended (sửa) per kind of case, with the share attributable to the courts' own fault (nguyên nhân chủ quan) -- the
per-kind cells are found nowhere else; (2) the appendix table -- the per-level cells (e.g. phúc thẩm dân sự, sơ thẩm
hành chính, còn lại per kind) are found nowhere else (the text gives the combined figures per kind). Four real Word
footnotes carrying figures found nowhere else: 1 in I.1 (cases received per TAND khu vực 1-5), 2 in I.2.1 (mobile
trials by offence), 3 in I.4 (mediators and their fees), 4 in I.6.1 (judges by rank).

Confusable figures: tổng thụ lý 8.151 vụ việc vs cùng kỳ 2025 (7.496) vs thụ lý mới 6.042; tỷ lệ giải quyết chung
70,6% vs cùng kỳ 68,9%; TAND tỉnh (phúc thẩm, 503 thụ lý, 67,2%) vs TAND khu vực (7.648, 70,8%); hình sự vụ vs bị cáo,
đã giải quyết vs đưa ra xét xử; tỷ lệ giải quyết hình sự 80,9% vs cùng kỳ 78,6% vs target 6 tháng cuối "trên 92%"; dân
sự vs HNGĐ vs their sum; hành chính 48,8% vs chỉ tiêu 65%; xét xử lưu động 46 phiên (cùng kỳ 38) vs phiên tòa rút kinh
nghiệm 87 vs phiên tòa trực tuyến 134; Cơ quan THAHS đề nghị giảm án 428 phạm nhân vs Tòa án chấp nhận 412; VKS kháng
nghị vs đương sự kháng cáo; hòa giải thành 1.184 (69,8%) vs cùng kỳ 66,1% vs target 70%; án bị hủy 47 / sửa 112 vs
hủy, sửa do nguyên nhân chủ quan 58 (1,05%, cùng kỳ 1,21%) vs chỉ tiêu 1,5%; biên chế được giao 318 vs hiện có 297 vs
Thẩm phán 128 vs Hội thẩm nhân dân 186; đơn khởi kiện nhận trực tuyến (tiếp nhận) vs thụ lý. Abbreviations TAND,
TANDTC, VKSND, HNGĐ, KDTM, THAHS, BPXLHC, CNTT spelled out in some places only; wording varies (thụ lý / tiếp nhận /
nhận; giải quyết / xét xử / xử lý; tổ chức / mở). Vietnamese number format ("8.151 vụ việc", "70,6%", "06 vụ").
Signature "CHÁNH ÁN". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_toa_an.py [out.docx]
    .venv/bin/python scripts/make_test_report_toa_an.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_toa_an.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402
from scripts.docx_report_kit import outline_ids, ratio, run_cli, vi, vn_half_up  # noqa: E402

NAME = "toa-an-tinh-thach-binh-6-thang-2026"
ZIP_TIME = (2026, 4, 10, 8, 0, 0)
METADATA = {
    "issuer": "Tòa án nhân dân tỉnh Thạch Bình",
    "number": "186/BC-TA",
    "date": "ngày 10 tháng 4 năm 2026",
    "place": "Thạch Bình",
    "signer": "Lương Văn Khải",
    "signer_title": "CHÁNH ÁN",
    "title": "Công tác 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def heading(kind: str, fn, t: str):
    num, title = t.split(" ", 1)
    HEADINGS.append((kind, num.rstrip(".)"), title))
    return fn(t)


roman = partial(heading, "roman", R.roman)
arabic = partial(heading, "arabic", R.arabic)
dec = partial(heading, "dec", R.dec)
letter = partial(heading, "letter", R.letter)


def target(n: int, t: str):
    """'(1) …' on its own line: a numbered section of the outline, under the heading it follows."""
    HEADINGS.append(("paren", f"({n})", t))
    return R.target(n, t)


vn = vn_half_up
D = Decimal


def z(n: int) -> str:
    """Counts under ten with the leading zero the court writes ('06 vụ'), others with thousands dots."""
    return f"{n:02d}" if 0 <= n < 10 else vi(n)


caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=11, middle_rows=True, spacer=True, repeat_header=True)


# ----------------------------------------------------------------------------------------------- data
# Cases by kind: (cũ chuyển sang, thụ lý mới, đã giải quyết); sơ thẩm at the TAND khu vực, phúc thẩm at the TAND tỉnh
KINDS = ["Hình sự", "Dân sự", "Hôn nhân và gia đình", "Kinh doanh, thương mại", "Lao động", "Hành chính",
         "Áp dụng biện pháp xử lý hành chính"]
ST = {
    "Hình sự": (158, 812, 784),
    "Dân sự": (1_064, 1_712, 1_608),
    "Hôn nhân và gia đình": (452, 2_651, 2_487),
    "Kinh doanh, thương mại": (171, 219, 226),
    "Lao động": (18, 31, 30),
    "Hành chính": (81, 58, 64),
    "Áp dụng biện pháp xử lý hành chính": (9, 212, 214),
}
PT = {
    "Hình sự": (28, 90, 96),
    "Dân sự": (78, 164, 151),
    "Hôn nhân và gia đình": (16, 43, 41),
    "Kinh doanh, thương mại": (16, 27, 25),
    "Lao động": (3, 7, 6),
    "Hành chính": (15, 16, 19),
}


def tot(d: dict, k: str) -> tuple[int, int, int, int, int]:
    """(cũ, mới, thụ lý, giải quyết, còn lại) of one kind at one level."""
    cu, moi, gq = d.get(k, (0, 0, 0))
    return cu, moi, cu + moi, gq, cu + moi - gq


def both(k: str) -> tuple[int, int, int, int, int]:
    a, b = tot(ST, k), tot(PT, k)
    return tuple(x + y for x, y in zip(a, b))


def level_sum(d: dict) -> tuple[int, ...]:
    return tuple(sum(tot(d, k)[i] for k in d) for i in range(5))


ST_SUM, PT_SUM = level_sum(ST), level_sum(PT)
ALL = tuple(x + y for x, y in zip(ST_SUM, PT_SUM))
assert ALL == (2_109, 6_042, 8_151, 5_751, 2_400), ALL
TL, GQ = ALL[2], ALL[3]
assert ratio(GQ, TL) == "70,6"
assert PT_SUM[2] == 503 and PT_SUM[3] == 338 and ST_SUM[2] == 7_648 and ST_SUM[3] == 5_413
TL_25, GQ_RATE_25 = 7_496, "68,9"  # cùng kỳ năm 2025 (thụ lý; tỷ lệ giải quyết)
assert TL - TL_25 == 655 and ratio(TL - TL_25, TL_25) == "8,7"
# thụ lý per TAND khu vực (footnote 1)
KV = [1_762, 1_958, 1_394, 1_421, 1_113]
assert sum(KV) == ST_SUM[2]

HS = both("Hình sự")
assert HS == (186, 902, 1_088, 880, 208) and ratio(HS[3], HS[2]) == "80,9"
HS_BC = (1_809, 1_486)  # bị cáo thụ lý / đã giải quyết
HS_XX, HS_XX_BC = 842, 1_433
HS_TRA, HS_TRA_BC, HS_DC, HS_DC_BC = 21, 34, 17, 19
assert HS_XX + HS_TRA + HS_DC == HS[3] and HS_XX_BC + HS_TRA_BC + HS_DC_BC == HS_BC[1]
HINH_PHAT = {"tử hình": 2, "tù chung thân": 4, "tù có thời hạn": 1_058, "án treo": 241,
             "cải tạo không giam giữ": 39, "phạt tiền là hình phạt chính": 85, "miễn hình phạt": 4}
assert sum(HINH_PHAT.values()) == HS_XX_BC
HS_RATE_25 = "78,6"
LUU_DONG, LUU_DONG_25 = 46, 38
LUU_DONG_TOI = {"Trộm cắp tài sản": 14, "Mua bán trái phép chất ma túy": 9, "Cố ý gây thương tích": 8,
                "Đánh bạc": 6, "Lừa đảo chiếm đoạt tài sản": 5, "Vi phạm quy định về tham gia giao thông đường bộ": 4}
assert sum(LUU_DONG_TOI.values()) == LUU_DONG
RKN = {"hình sự": 52, "dân sự, hôn nhân và gia đình": 21, "hành chính": 6, "kinh doanh, thương mại, lao động": 8}
assert sum(RKN.values()) == 87

DS, HN = both("Dân sự"), both("Hôn nhân và gia đình")
DSHN_TL, DSHN_GQ = DS[2] + HN[2], DS[3] + HN[3]
assert (DS[2], DS[3], HN[2], HN[3]) == (3_018, 1_759, 3_162, 2_528)
assert (DSHN_TL, DSHN_GQ) == (6_180, 4_287) and ratio(DSHN_GQ, DSHN_TL) == "69,4"
assert ratio(DS[3], DS[2]) == "58,3" and ratio(HN[3], HN[2]) == "79,9"
KT, LD = both("Kinh doanh, thương mại"), both("Lao động")
assert (KT[2], KT[3], LD[2], LD[3]) == (433, 251, 59, 36)
assert ratio(KT[3], KT[2]) == "58,0" and ratio(LD[3], LD[2]) == "61,0"
assert ratio(266, 433) == "61,4"
HC = both("Hành chính")
assert (HC[2], HC[3]) == (170, 83) and ratio(HC[3], HC[2]) == "48,8"
XL = both("Áp dụng biện pháp xử lý hành chính")
XL_CN, XL_GD, XL_GDBB, XL_KHONG = 198, 6, 4, 6
assert XL[2] == 221 and XL_CN + XL_GD + XL_GDBB + XL_KHONG == XL[3] == 214 and ratio(XL[3], XL[2]) == "96,8"

# I.3 Hủy, sửa: per kind (hủy, sửa, trong đó do nguyên nhân chủ quan)
HUY_SUA = {
    "Hình sự": (6, 31, 9),
    "Dân sự": (21, 43, 27),
    "Hôn nhân và gia đình": (7, 18, 8),
    "Kinh doanh, thương mại": (5, 9, 6),
    "Lao động": (1, 2, 1),
    "Hành chính": (7, 9, 7),
}
HUY = sum(v[0] for v in HUY_SUA.values())
SUA = sum(v[1] for v in HUY_SUA.values())
CQ = sum(v[2] for v in HUY_SUA.values())
GQ_AN = GQ - XL[3]  # bản án, quyết định giải quyết vụ án (without the administrative measures)
assert (HUY, SUA, CQ, GQ_AN) == (47, 112, 58, 5_537)
assert ratio(HUY, GQ_AN, 2) == "0,85" and ratio(SUA, GQ_AN, 2) == "2,02" and ratio(CQ, GQ_AN, 2) == "1,05"
CQ_25 = "1,21"

# I.4 Hòa giải, đối thoại tại Tòa án
HG_NHAN, HG_TIENHANH, HG_THANH = 1_842, 1_697, 1_184
assert ratio(HG_THANH, HG_TIENHANH) == "69,8"
HG_PARTS = {"dân sự": 402, "hôn nhân và gia đình": 671, "kinh doanh, thương mại": 63, "lao động": 11, "hành chính": 9}
HG_DT_HC = 9
assert sum(HG_PARTS.values()) + 28 == HG_THANH  # 28 yêu cầu công nhận kết quả hòa giải ngoài Tòa án
HGV, HGV_TINH, HGV_KV = 52, 8, 44
assert HGV_TINH + HGV_KV == HGV

# I.5 Thi hành án hình sự
THA_BA, THA_QD = 1_372, 1_372
GIAM_DN, GIAM_CN = 428, 412
assert ratio(GIAM_CN, GIAM_DN) == "96,3"

# I.6 Tổ chức cán bộ
BC_GIAO, BC_CO, BC_TINH, BC_KV = 318, 297, 96, 201
assert BC_TINH + BC_KV == BC_CO and BC_GIAO - BC_CO == 21
TP, TP_TINH, TP_KV = 128, 41, 87
TP_RANK = {"Thẩm phán cao cấp": 3, "Thẩm phán trung cấp": 44, "Thẩm phán sơ cấp": 81}
assert TP_TINH + TP_KV == TP == sum(TP_RANK.values())
HTND, HTND_TINH, HTND_KV = 186, 35, 151
assert HTND_TINH + HTND_KV == HTND

# I.7 Chuyển đổi số
CB_BA, CB_DIEN = 6_184, 6_412  # bản án, quyết định đã công bố / thuộc diện công bố
assert ratio(CB_BA, CB_DIEN) == "96,4"
DON_TT, DON_ALL = 2_147, 7_253
assert ratio(DON_TT, DON_ALL) == "29,6"
TRUC_TUYEN = 134

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(7.0), Cm(9.0))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("TÒA ÁN NHÂN DÂN", False, False),
    ("TỈNH THẠCH BÌNH", True, False, True),
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
para("Công tác 6 tháng đầu năm 2026 và", bold=True, align=CENTER, indent=None)
para("nhiệm vụ trọng tâm 6 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Chỉ thị số 01/2026/CT-CA ngày 02/01/2026 của Chánh án Tòa án nhân dân tối cao về nhiệm vụ trọng "
       "tâm công tác năm 2026 của các Tòa án và Kế hoạch số 09/KH-TA ngày 15/01/2026 của Tòa án nhân dân tỉnh Thạch "
       "Bình, Tòa án nhân dân (TAND) tỉnh Thạch Bình báo cáo kết quả công tác 6 tháng đầu năm 2026 của các Tòa án "
       "nhân dân trên địa bàn tỉnh (gồm TAND tỉnh và 05 TAND khu vực; số liệu thống kê tính từ ngày 01/10/2025 đến "
       "ngày 31/3/2026) và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 như sau:")

# ============================================================================================== I.
roman("I. KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2026")
arabic("1. Tình hình thụ lý và kết quả giải quyết các loại vụ việc")
tabbed(f"Trong kỳ, các Tòa án hai cấp tỉnh Thạch Bình đã thụ lý tổng số {vi(TL)} vụ việc các loại (số cũ chuyển "
       f"sang {vi(ALL[0])} vụ việc, thụ lý mới {vi(ALL[1])} vụ việc), tăng {TL - TL_25} vụ việc "
       f"({ratio(TL - TL_25, TL_25)}%) so với cùng kỳ năm 2025 ({vi(TL_25)} vụ việc); đã giải quyết {vi(GQ)} vụ "
       f"việc, đạt tỷ lệ {ratio(GQ, TL)}% (cùng kỳ năm 2025 đạt {GQ_RATE_25}%); còn lại {vi(ALL[4])} vụ việc đang "
       "trong thời hạn giải quyết, không có vụ việc nào quá hạn luật định do nguyên nhân chủ quan.")
body(f"Trong đó, TAND tỉnh thụ lý theo thủ tục phúc thẩm {PT_SUM[2]} vụ việc, đã giải quyết {PT_SUM[3]} vụ việc, "
     f"đạt {ratio(PT_SUM[3], PT_SUM[2])}%; các TAND khu vực thụ lý theo thủ tục sơ thẩm {vi(ST_SUM[2])} vụ việc",
     Fn(f"TAND khu vực 1 thụ lý {vi(KV[0])} vụ việc; TAND khu vực 2 thụ lý {vi(KV[1])} vụ việc; TAND khu vực 3 "
        f"thụ lý {vi(KV[2])} vụ việc; TAND khu vực 4 thụ lý {vi(KV[3])} vụ việc; TAND khu vực 5 thụ lý "
        f"{vi(KV[4])} vụ việc."),
     f", đã giải quyết {vi(ST_SUM[3])} vụ việc, đạt {ratio(ST_SUM[3], ST_SUM[2])}%. Số liệu chi tiết theo từng "
     "loại án và từng cấp xét xử tại Phụ lục kèm theo Báo cáo này.")
body("Án thụ lý mới tăng chủ yếu ở các loại tranh chấp hợp đồng vay tài sản, hợp đồng tín dụng, tranh chấp quyền sử "
     "dụng đất và ly hôn; số vụ án phức tạp, có yếu tố nước ngoài, đương sự ở nhiều địa phương khác nhau tăng, gây "
     "áp lực lớn cho đội ngũ Thẩm phán, nhất là tại TAND khu vực 1 và TAND khu vực 2.")

arabic("2. Công tác giải quyết, xét xử các loại vụ án")
dec("2.1. Giải quyết, xét xử các vụ án hình sự")
tabbed(f"Thụ lý {vi(HS[2])} vụ/{vi(HS_BC[0])} bị cáo (cũ chuyển sang {HS[0]} vụ, mới {HS[1]} vụ); đã giải quyết "
       f"{HS[3]} vụ/{vi(HS_BC[1])} bị cáo, đạt {ratio(HS[3], HS[2])}% (cùng kỳ năm 2025 đạt {HS_RATE_25}%), trong đó: "
       f"đưa ra xét xử {HS_XX} vụ/{vi(HS_XX_BC)} bị cáo; trả hồ sơ cho Viện kiểm sát để điều tra bổ sung {HS_TRA} "
       f"vụ/{HS_TRA_BC} bị cáo; đình chỉ, tạm đình chỉ {HS_DC} vụ/{HS_DC_BC} bị cáo. Còn lại {HS[4]} vụ chưa giải "
       "quyết, đều trong thời hạn chuẩn bị xét xử.")
body(f"Về hình phạt đã tuyên: tử hình {z(HINH_PHAT['tử hình'])} bị cáo; tù chung thân "
     f"{z(HINH_PHAT['tù chung thân'])} bị cáo; tù có thời hạn {vi(HINH_PHAT['tù có thời hạn'])} bị cáo; cho hưởng án "
     f"treo {HINH_PHAT['án treo']} bị cáo; cải tạo không giam giữ {HINH_PHAT['cải tạo không giam giữ']} bị cáo; "
     f"phạt tiền là hình phạt chính {HINH_PHAT['phạt tiền là hình phạt chính']} bị cáo; miễn hình phạt "
     f"{z(HINH_PHAT['miễn hình phạt'])} bị cáo. Việc cho hưởng án treo, cải tạo không giam giữ được xem xét chặt "
     "chẽ, đúng hướng dẫn của Hội đồng Thẩm phán TANDTC; không có trường hợp kết án oan người không có tội hoặc bỏ "
     "lọt tội phạm.")
body("Các TAND khu vực đã đưa ra xét xử 06 vụ/19 bị cáo phạm tội tham nhũng, chức vụ, trong đó có 02 vụ thuộc diện "
     "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh theo dõi; tuyên buộc các bị cáo bồi hoàn 14,7 tỷ "
     "đồng. Xét xử nghiêm các vụ án ma túy, lừa đảo chiếm đoạt tài sản trên không gian mạng, xâm hại tình dục trẻ em.")
tabbed(f"Ở cấp phúc thẩm, TAND tỉnh thụ lý {PT['Hình sự'][0] + PT['Hình sự'][1]} vụ/176 bị cáo do có kháng cáo, "
       "kháng nghị; đã giải quyết 96 vụ/141 bị cáo, trong đó đình chỉ xét xử phúc thẩm do người kháng cáo rút toàn "
       "bộ kháng cáo 17 vụ. Viện kiểm sát nhân dân (VKSND) hai cấp kháng nghị phúc thẩm 09 vụ; Tòa án đã xét xử "
       "07 vụ, chấp nhận kháng nghị 05 vụ. Tòa án đã trả hồ sơ yêu cầu điều tra bổ sung 21 vụ, Viện kiểm sát chấp "
       "nhận 17 vụ, tỷ lệ trả hồ sơ được chấp nhận đạt 81,0%.")
assert ratio(17, 21) == "81,0"
body(f"Các Tòa án đã phối hợp với Viện kiểm sát cùng cấp mở {sum(RKN.values())} phiên tòa rút kinh nghiệm (hình sự "
     f"{RKN['hình sự']} phiên; dân sự, hôn nhân và gia đình {RKN['dân sự, hôn nhân và gia đình']} phiên; hành chính "
     f"{z(RKN['hành chính'])} phiên; kinh doanh, thương mại, lao động {z(RKN['kinh doanh, thương mại, lao động'])} "
     f"phiên), bình quân mỗi Thẩm phán 0,68 phiên. Tổ chức {LUU_DONG} phiên tòa xét xử lưu động",
     Fn("Gồm các vụ án về tội: " + "; ".join(f"{k} {z(v)} vụ" for k, v in LUU_DONG_TOI.items()) + "."),
     f" tại các xã, phường nơi xảy ra tội phạm (cùng kỳ năm 2025 là {LUU_DONG_25} phiên), thu hút khoảng 9.600 lượt "
     "người dự, góp phần tuyên truyền, giáo dục pháp luật.")

dec("2.2. Giải quyết các vụ việc dân sự, hôn nhân và gia đình")
tabbed(f"Tổng số thụ lý {vi(DSHN_TL)} vụ việc, đã giải quyết {vi(DSHN_GQ)} vụ việc, đạt {ratio(DSHN_GQ, DSHN_TL)}%. "
       f"Cụ thể: các vụ việc dân sự thụ lý {vi(DS[2])}, đã giải quyết {vi(DS[3])}, đạt {ratio(DS[3], DS[2])}%; các vụ "
       f"việc hôn nhân và gia đình (HNGĐ) thụ lý {vi(HN[2])}, đã giải quyết {vi(HN[3])}, đạt {ratio(HN[3], HN[2])}%.")
body("Trong số các vụ việc đã giải quyết, Tòa án đã hòa giải thành, công nhận sự thỏa thuận của các đương sự 1.962 "
     "vụ việc (trong đó công nhận thuận tình ly hôn 1.386 việc); đình chỉ do đương sự rút đơn 804 vụ việc; đưa ra "
     "xét xử 1.521 vụ việc. Tranh chấp dân sự chủ yếu là tranh chấp hợp đồng vay tài sản, quyền sử dụng đất, thừa "
     "kế; nhiều vụ án phải xem xét, thẩm định tại chỗ, định giá tài sản nhưng đương sự không hợp tác, kéo dài thời "
     "gian giải quyết.")
assert 1_962 + 804 + 1_521 == DSHN_GQ

dec("2.3. Giải quyết các vụ việc kinh doanh, thương mại và lao động")
tabbed(f"Các vụ việc kinh doanh, thương mại (KDTM) thụ lý {KT[2]} vụ việc, đã giải quyết {KT[3]} vụ việc, đạt "
       f"{ratio(KT[3], KT[2])}%; tranh chấp hợp đồng tín dụng 266 vụ, chiếm {ratio(266, 433)}% số thụ lý, chủ yếu do "
       "các tổ chức tín dụng khởi kiện đòi nợ cá nhân, hộ kinh doanh. Các vụ việc lao động thụ lý "
       f"{LD[2]} vụ việc, đã giải quyết {LD[3]} vụ việc, đạt {ratio(LD[3], LD[2])}%, chủ yếu là tranh chấp về đơn "
       "phương chấm dứt hợp đồng lao động và bảo hiểm xã hội tại các khu công nghiệp Bắc Thạch Bình, Tân Hưng.")

dec("2.4. Giải quyết các vụ án hành chính")
tabbed(f"Thụ lý {HC[2]} vụ (sơ thẩm {ST['Hành chính'][0] + ST['Hành chính'][1]} vụ, phúc thẩm "
       f"{PT['Hành chính'][0] + PT['Hành chính'][1]} vụ); đã giải quyết {HC[3]} vụ, đạt {ratio(HC[3], HC[2])}%, thấp "
       "hơn nhiều so với chỉ tiêu 65% TANDTC giao cho cả năm. Khiếu kiện tập trung vào quyết định hành chính về bồi "
       "thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và cấp giấy chứng nhận quyền sử dụng đất. Tỷ lệ người "
       "đứng đầu hoặc cấp phó của người bị kiện tham gia đối thoại, phiên tòa đạt 71,2%, tăng 8,5 điểm phần trăm "
       "so với cùng kỳ; Tòa án đã ban hành 04 kiến nghị đối với Ủy ban nhân dân cấp xã, sở, ngành về việc chậm cung "
       "cấp tài liệu, chứng cứ.")

dec("2.5. Xem xét, quyết định áp dụng các biện pháp xử lý hành chính tại Tòa án")
tabbed(f"Các TAND khu vực đã tiếp nhận {XL[1]} hồ sơ đề nghị áp dụng biện pháp xử lý hành chính (BPXLHC), cùng với "
       f"{z(XL[0])} hồ sơ kỳ trước chuyển sang, tổng số {XL[2]} hồ sơ; đã xử lý {XL[3]} hồ sơ, đạt "
       f"{ratio(XL[3], XL[2])}%, trong đó quyết định đưa vào cơ sở cai nghiện bắt buộc {XL_CN} người, đưa vào "
       f"trường giáo dưỡng {z(XL_GD)} người, đưa vào cơ sở giáo dục bắt buộc {z(XL_GDBB)} người; không chấp nhận đề "
       f"nghị, đình chỉ {z(XL_KHONG)} hồ sơ do không đủ điều kiện áp dụng.")

arabic("3. Chất lượng giải quyết, xét xử")
tabbed(f"Tổng số bản án, quyết định bị hủy là {HUY} vụ việc, chiếm {ratio(HUY, GQ_AN, 2)}%; bị sửa {SUA} vụ việc, "
       f"chiếm {ratio(SUA, GQ_AN, 2)}% số vụ việc đã giải quyết. Trong đó, số bản án, quyết định bị hủy, sửa do nguyên "
       f"nhân chủ quan của Thẩm phán là {CQ} vụ việc, chiếm {ratio(CQ, GQ_AN, 2)}% (cùng kỳ năm 2025 là {CQ_25}%), "
       "thấp hơn chỉ tiêu không quá 1,5% theo Nghị quyết số 96/2019/QH14 của Quốc hội. Số bản án bị hủy, sửa tập "
       "trung ở loại án dân sự, chủ yếu do đánh giá chứng cứ chưa toàn diện, xác định sai tư cách tham gia tố tụng, "
       "tính toán sai giá trị tài sản.")
caption("Số bản án, quyết định bị hủy, sửa theo loại án",
        "(từ ngày 01/10/2025 đến ngày 31/3/2026)")
hs_rows = []
for k, (h, s, cq) in HUY_SUA.items():
    gq = both(k)[3]
    hs_rows.append((k, vi(gq), z(h), z(s), z(cq), ratio(cq, gq, 2)))
hs_rows.append(("Tổng cộng", vi(GQ_AN), z(HUY), vi(SUA), z(CQ), ratio(CQ, GQ_AN, 2)))
grid_table(
    ["Loại án", "Số đã giải quyết", "Bị hủy", "Bị sửa", "Hủy, sửa do nguyên nhân chủ quan",
     "Tỷ lệ hủy, sửa do nguyên nhân chủ quan (%)"],
    hs_rows, [Cm(4.4), Cm(2.3), Cm(1.6), Cm(1.6), Cm(3.0), Cm(3.1)], label_col=0, totals=("Tổng cộng",))
assert [r[5] for r in hs_rows] == ["1,02", "1,53", "0,32", "2,39", "2,78", "8,43", "1,05"], [r[5] for r in hs_rows]
body("Qua giám đốc việc xét xử, TAND tỉnh đã phát hiện 11 bản án, quyết định sơ thẩm có vi phạm, báo cáo đề nghị "
     "Chánh án TAND cấp cao tại Hà Nội xem xét kháng nghị giám đốc thẩm 03 vụ; tổ chức 02 hội nghị rút kinh nghiệm "
     "nghiệp vụ đối với các bản án bị hủy, sửa.")

arabic("4. Công tác hòa giải, đối thoại tại Tòa án")
tabbed(f"Thực hiện Luật Hòa giải, đối thoại tại Tòa án, trong kỳ các Tòa án đã nhận {vi(HG_NHAN)} đơn khởi kiện, đơn "
       f"yêu cầu chuyển sang hòa giải, đối thoại; Hòa giải viên đã tiến hành hòa giải, đối thoại {vi(HG_TIENHANH)} "
       f"vụ việc; hòa giải, đối thoại thành {vi(HG_THANH)} vụ việc, đạt {ratio(HG_THANH, HG_TIENHANH)}% (cùng kỳ năm "
       f"2025 đạt 66,1%), gồm: dân sự {HG_PARTS['dân sự']} vụ việc; hôn nhân và gia đình "
       f"{HG_PARTS['hôn nhân và gia đình']} vụ việc; kinh doanh, thương mại {HG_PARTS['kinh doanh, thương mại']} vụ "
       f"việc; lao động {HG_PARTS['lao động']} vụ việc; đối thoại thành các khiếu kiện hành chính "
       f"{z(HG_PARTS['hành chính'])} vụ việc; công nhận kết quả hòa giải thành ngoài Tòa án 28 việc. Toàn tỉnh hiện "
       f"có {HGV} Hòa giải viên",
       Fn(f"TAND tỉnh {z(HGV_TINH)} Hòa giải viên, các TAND khu vực {HGV_KV} Hòa giải viên; trong kỳ đã chi trả thù "
          "lao, hỗ trợ Hòa giải viên 1,14 tỷ đồng từ nguồn kinh phí TANDTC cấp."),
       ", phần lớn là Thẩm phán, Thư ký Tòa án đã nghỉ hưu, luật sư và người có uy tín ở cơ sở.")
body("Kết quả hòa giải, đối thoại đã mang lại ba tác động rõ nét: (1) giảm áp lực thụ lý cho Thẩm phán, tiết kiệm chi "
     "phí tố tụng của Nhà nước và người dân; (2) hàn gắn quan hệ gia đình, giữ gìn đoàn kết trong cộng đồng dân cư; "
     "(3) các quyết định công nhận kết quả hòa giải thành được các bên tự nguyện thi hành, hạn chế phát sinh khiếu "
     "nại.")

arabic("5. Công tác thi hành án hình sự")
tabbed(f"Các Tòa án đã ra quyết định thi hành án hình sự đối với {vi(THA_QD)} bị án, đạt 100% số bị án phải thi hành, "
       "không có trường hợp chậm ra quyết định thi hành án hoặc bỏ sót bản án. Kết quả xem xét các đề nghị liên quan "
       "đến việc chấp hành án như sau:")
plus("Hoãn chấp hành án phạt tù: 38 trường hợp, chủ yếu do bị án đang mắc bệnh hiểm nghèo, phụ nữ có thai hoặc đang "
     "nuôi con dưới 36 tháng tuổi;")
plus("Tạm đình chỉ chấp hành án phạt tù: 05 trường hợp;")
plus("Miễn chấp hành hình phạt: 03 trường hợp; miễn, giảm nghĩa vụ nộp tiền phạt, án phí: 117 trường hợp;")
plus(f"Giảm thời hạn chấp hành án phạt tù: Cơ quan thi hành án hình sự (THAHS) Công an tỉnh và Trại giam Thạch Lâm "
     f"đề nghị {GIAM_DN} phạm nhân, các TAND khu vực nơi có trại giam, trại tạm giam đã chấp nhận giảm cho "
     f"{GIAM_CN} phạm nhân ({ratio(GIAM_CN, GIAM_DN)}%) trong đợt xét giảm dịp Tết Nguyên đán Bính Ngọ năm 2026;")
plus("Rút ngắn thời gian thử thách của án treo: 96 người;")
plus("Tha tù trước thời hạn có điều kiện: 31 phạm nhân (cùng kỳ năm 2025 là 24 phạm nhân); hủy quyết định tha tù "
     "trước thời hạn có điều kiện 01 trường hợp do vi phạm nghĩa vụ;")
plus("Xóa án tích: 147 người.")
body("Tòa án đã phối hợp chặt chẽ với VKSND và Cơ quan THAHS trong việc lập hồ sơ đề nghị, mở phiên họp xét giảm "
     "thời hạn, tha tù trước thời hạn có điều kiện bảo đảm công khai, đúng đối tượng, không để xảy ra sai sót.")

arabic("6. Công tác tổ chức cán bộ")
dec("6.1. Kiện toàn tổ chức bộ máy, đội ngũ Thẩm phán, Hội thẩm")
tabbed(f"Tổng biên chế TANDTC giao năm 2026 cho các Tòa án tỉnh Thạch Bình là {BC_GIAO} biên chế; hiện có {BC_CO} "
       f"người (TAND tỉnh {BC_TINH} người, các TAND khu vực {BC_KV} người), còn thiếu {BC_GIAO - BC_CO} biên chế. "
       f"Đội ngũ Thẩm phán có {TP} người (TAND tỉnh {TP_TINH}, TAND khu vực {TP_KV})",
       Fn("Theo ngạch: " + "; ".join(f"{k} {z(v)} người" for k, v in TP_RANK.items())
          + "; có 17 Thẩm phán là nữ, 09 Thẩm phán là người dân tộc thiểu số."),
       f", 104 Thư ký Tòa án và 19 Thẩm tra viên. Hội đồng nhân dân tỉnh đã bầu {HTND} Hội thẩm nhân dân nhiệm kỳ "
       f"2026 - 2031 (TAND tỉnh {HTND_TINH} Hội thẩm, các TAND khu vực {HTND_KV} Hội thẩm).")
body("Trong kỳ, Chánh án TANDTC đã bổ nhiệm 01 Phó Chánh án TAND tỉnh, 02 Chánh án và 03 Phó Chánh án TAND khu vực; "
     "Chủ tịch nước bổ nhiệm 06 Thẩm phán sơ cấp; điều động, luân chuyển 09 công chức giữa các đơn vị. Có 01 Thư ký "
     "Tòa án bị xử lý kỷ luật bằng hình thức khiển trách do vi phạm quy trình tống đạt văn bản tố tụng.")
dec("6.2. Đào tạo, bồi dưỡng và công tác thi đua, khen thưởng")
tabbed("Cử 37 lượt công chức tham gia các lớp bồi dưỡng nghiệp vụ do Học viện Tòa án tổ chức; tổ chức 01 lớp tập huấn "
       "trực tuyến về kỹ năng hòa giải, đối thoại cho 52 Hòa giải viên và 02 lớp bồi dưỡng kỹ năng xét xử cho 186 "
       "Hội thẩm nhân dân. Phát động phong trào thi đua \"Phụng công, thủ pháp, chí công, vô tư\" gắn với kỷ niệm 81 "
       "năm Ngày truyền thống TAND (13/9/1945 - 13/9/2026).")

arabic("7. Công tác chuyển đổi số, ứng dụng công nghệ thông tin")
tabbed(f"Các Tòa án đã công bố {vi(CB_BA)} bản án, quyết định trên Cổng thông tin điện tử của TANDTC, đạt "
       f"{ratio(CB_BA, CB_DIEN)}% số bản án, quyết định thuộc diện phải công bố; tổ chức {TRUC_TUYEN} phiên tòa xét "
       "xử trực tuyến (tăng 52 phiên so với cùng kỳ), chủ yếu là các vụ án hình sự có bị cáo đang bị tạm giam tại "
       "Trại tạm giam Công an tỉnh. Hệ thống tiếp nhận đơn khởi kiện, đơn yêu cầu trực tuyến đã tiếp nhận "
       f"{vi(DON_TT)} đơn, chiếm {ratio(DON_TT, DON_ALL)}% tổng số {vi(DON_ALL)} đơn nhận được trong kỳ.")
body("Triển khai phần mềm số hóa hồ sơ vụ án, đến ngày 31/3/2026 đã số hóa 3.820 hồ sơ; 100% phòng xử án được lắp "
     "đặt thiết bị ghi âm, ghi hình; ứng dụng trợ lý ảo hỗ trợ Thẩm phán tra cứu văn bản pháp luật được thí điểm tại "
     "TAND tỉnh và TAND khu vực 1. Tuy nhiên, đường truyền tại một số điểm cầu trực tuyến thuộc TAND khu vực 4, "
     "TAND khu vực 5 chưa ổn định.")

arabic("8. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo")
tabbed("Các Tòa án đã tiếp 426 lượt công dân; nhận 318 đơn khiếu nại, tố cáo, trong đó thuộc thẩm quyền 74 đơn, đã "
       "giải quyết 69 đơn, đạt 93,2%; số còn lại đang trong thời hạn giải quyết. Không có đơn khiếu nại, tố cáo "
       "phức tạp, kéo dài, vượt cấp liên quan đến hoạt động của Tòa án.")
assert ratio(69, 74) == "93,2"

# ============================================================================================= II.
roman("II. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
tabbed(f"Trong 6 tháng đầu năm 2026, mặc dù số án thụ lý tăng {ratio(TL - TL_25, TL_25)}% trong khi biên chế còn "
       "thiếu, các Tòa án tỉnh Thạch Bình đã nỗ lực hoàn thành cơ bản các chỉ tiêu công tác. Nổi bật là: (1) tỷ lệ "
       f"giải quyết chung đạt {ratio(GQ, TL)}%, cao hơn cùng kỳ; (2) tỷ lệ bản án, quyết định bị hủy, sửa do nguyên "
       f"nhân chủ quan chỉ {ratio(CQ, GQ_AN, 2)}%; (3) không có án quá hạn do nguyên nhân chủ quan, không kết án oan "
       "người không có tội; công tác hòa giải, đối thoại, chuyển đổi số có nhiều chuyển biến tích cực.")
arabic("2. Hạn chế, tồn tại")
dash(f"Tỷ lệ giải quyết các vụ án hành chính mới đạt {ratio(HC[3], HC[2])}%, còn {HC[4]} vụ chuyển kỳ sau; một số vụ "
     "án phải hoãn phiên tòa nhiều lần do người bị kiện vắng mặt.")
dash(f"Tỷ lệ giải quyết án dân sự mới đạt {ratio(DS[3], DS[2])}%; còn tình trạng vụ án để kéo dài, tạm đình chỉ chưa "
     "có căn cứ vững chắc.")
dash("Vẫn còn bản án bị hủy, sửa do nguyên nhân chủ quan ở loại án hành chính và kinh doanh, thương mại vượt mức "
     "bình quân chung; chất lượng tranh tụng tại một số phiên tòa chưa cao.")
dash("Việc tống đạt, niêm yết văn bản tố tụng ở một số địa bàn còn chậm, chưa đúng quy định.")
dash("Hạ tầng CNTT, đường truyền phục vụ xét xử trực tuyến chưa đồng bộ; trụ sở TAND khu vực 3 và TAND khu vực 5 "
     "còn phải thuê, mượn.")
arabic("3. Nguyên nhân của hạn chế, tồn tại")
letter("a) Nguyên nhân khách quan")
dash("Số lượng án thụ lý tăng nhanh, tính chất ngày càng phức tạp, nhiều vụ án liên quan đến đất đai có nguồn gốc "
     "sử dụng qua nhiều thời kỳ.")
dash("Các TAND khu vực mới đi vào hoạt động sau khi sắp xếp tổ chức bộ máy, địa bàn quản lý rộng, việc bàn giao hồ "
     "sơ, ổn định tổ chức cần có thời gian.")
dash("Sự phối hợp của một số cơ quan, tổ chức trong việc cung cấp tài liệu, chứng cứ, định giá tài sản còn chậm.")
letter("b) Nguyên nhân chủ quan")
dash("Một số Thẩm phán chưa chủ động xây dựng kế hoạch giải quyết án, còn tâm lý ngại va chạm với các vụ án hành "
     "chính.")
dash("Công tác kiểm tra, giám đốc việc xét xử của lãnh đạo một số đơn vị chưa thường xuyên.")
dash("Năng lực, kinh nghiệm của một bộ phận Thư ký Tòa án mới tuyển dụng còn hạn chế.")

# ============================================================================================ III.
roman("III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026")
arabic("1. Các chỉ tiêu phấn đấu")
target(1, "Tỷ lệ giải quyết, xét xử các vụ án hình sự đạt trên 92%, không để án quá hạn luật định.")
target(2, "Tỷ lệ giải quyết các vụ việc dân sự, hôn nhân và gia đình đạt từ 90% trở lên.")
target(3, "Tỷ lệ giải quyết các vụ án hành chính đạt từ 65% trở lên.")
target(4, "Tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan không quá 1,5%.")
target(5, "Mỗi Thẩm phán tổ chức ít nhất 01 phiên tòa rút kinh nghiệm trong năm; mở ít nhất 30 phiên tòa xét xử "
          "lưu động.")
target(6, "Tỷ lệ hòa giải, đối thoại thành tại Tòa án đạt từ 70% trở lên; công khai 100% bản án, quyết định thuộc "
          "diện phải công bố.")
arabic("2. Nhiệm vụ, giải pháp chủ yếu")
dash("Tập trung giải quyết, xét xử các loại vụ án, ưu tiên các vụ án tham nhũng, kinh tế, các vụ án thuộc diện Ban "
     "Chỉ đạo tỉnh theo dõi; giải quyết dứt điểm các vụ án hành chính tồn đọng trên 12 tháng.")
dash("Nâng cao chất lượng tranh tụng tại phiên tòa gắn với tổ chức phiên tòa rút kinh nghiệm và phiên tòa trực tuyến; "
     "thực hiện nghiêm chế độ kiểm tra, giám đốc việc xét xử:")
plus("Định kỳ hằng tháng rà soát án sắp hết thời hạn chuẩn bị xét xử;")
plus("Rút kinh nghiệm kịp thời các bản án bị hủy, sửa do nguyên nhân chủ quan.")
dash("Đẩy mạnh hòa giải, đối thoại tại Tòa án; bổ nhiệm bổ sung Hòa giải viên cho các TAND khu vực có số án HNGĐ "
     "lớn.")
dash("Hoàn thiện tổ chức bộ máy các TAND khu vực; đề nghị tuyển dụng đủ số biên chế còn thiếu, bồi dưỡng Hội thẩm "
     "nhân dân nhiệm kỳ mới.")
dash("Đẩy mạnh chuyển đổi số: mở rộng tiếp nhận đơn và tống đạt văn bản tố tụng bằng phương tiện điện tử, số hóa "
     "toàn bộ hồ sơ vụ án thụ lý mới từ ngày 01/7/2026.")
arabic("3. Kiến nghị, đề xuất")
letter("a) Đối với Tòa án nhân dân tối cao")
dash("Sớm ban hành Nghị quyết của Hội đồng Thẩm phán hướng dẫn áp dụng pháp luật về tranh chấp quyền sử dụng đất "
     "có nguồn gốc từ nông, lâm trường.")
dash("Bổ sung 21 biên chế còn thiếu và bố trí kinh phí xây dựng trụ sở TAND khu vực 3, TAND khu vực 5.")
dash("Nâng cấp đường truyền, trang bị thiết bị phục vụ phiên tòa trực tuyến cho các TAND khu vực.")
letter("b) Đối với Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh")
dash("Chỉ đạo các sở, ngành, Ủy ban nhân dân cấp xã cung cấp kịp thời tài liệu, chứng cứ và cử người có thẩm quyền "
     "tham gia đối thoại, phiên tòa hành chính.")
dash("Hỗ trợ kinh phí cho Hội thẩm nhân dân và bố trí quỹ đất xây dựng trụ sở các TAND khu vực.")

body("Trên đây là báo cáo công tác 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 của Tòa án nhân "
     "dân tỉnh Thạch Bình./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- TANDTC (Văn phòng, Vụ Tổng hợp) (để b/c);",
    "- TAND cấp cao tại Hà Nội (để b/c);",
    "- Thường trực Tỉnh ủy (để b/c);",
    "- Thường trực HĐND tỉnh;",
    "- UBND tỉnh;",
    "- Ban Nội chính Tỉnh ủy;",
    "- VKSND tỉnh;",
    "- Lãnh đạo TAND tỉnh;",
    "- Các TAND khu vực 1, 2, 3, 4, 5;",
    "- Lưu: VT, VP.",
], [("CHÁNH ÁN", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)

# ------------------------------------------------------------------------------------------ PHỤ LỤC
pb = doc.add_paragraph()
pb.add_run().add_break(WD_BREAK.PAGE)
PL_TITLE = "SỐ LIỆU THỤ LÝ, GIẢI QUYẾT CÁC LOẠI VỤ VIỆC 6 THÁNG ĐẦU NĂM 2026"
HEADINGS.append(("part", "Phụ lục", PL_TITLE))
para("PHỤ LỤC", bold=True, align=CENTER, indent=None, keep_next=True)
para(PL_TITLE, bold=True, align=CENTER, indent=None, keep_next=True)
para(f"(Kèm theo Báo cáo số {METADATA['number']} ngày 10/4/2026 của Tòa án nhân dân tỉnh Thạch Bình)", italic=True,
     align=CENTER, indent=None, size=13, keep_next=True)
para("Đơn vị tính: vụ việc; số liệu từ ngày 01/10/2025 đến ngày 31/3/2026", italic=True, align=LEFT, indent=None,
     size=12, keep_next=True)


def pl_row(n, k, t):
    cu, moi, tl, gq, con = t
    return (n, k, vi(cu), vi(moi), vi(tl), vi(gq), ratio(gq, tl), vi(con))


pl = [("group", "A. CÁC TÒA ÁN NHÂN DÂN KHU VỰC (SƠ THẨM)")]
pl += [pl_row(str(i), k, tot(ST, k)) for i, k in enumerate(KINDS, 1)]
pl.append(("", "Cộng A", *pl_row("", "", ST_SUM)[2:]))
pl.append(("group", "B. TÒA ÁN NHÂN DÂN TỈNH (PHÚC THẨM)"))
pl += [pl_row(str(i), k, tot(PT, k)) for i, k in enumerate(KINDS[:6], 1)]
pl.append(("", "Cộng B", *pl_row("", "", PT_SUM)[2:]))
pl.append(("", "Tổng cộng (A + B)", *pl_row("", "", ALL)[2:]))
grid_table(("STT", "Loại vụ việc", "Cũ chuyển sang", "Thụ lý mới", "Tổng số thụ lý", "Đã giải quyết",
            "Tỷ lệ giải quyết (%)", "Còn lại"), pl,
           [Cm(1.0), Cm(4.6), Cm(1.7), Cm(1.6), Cm(1.7), Cm(1.8), Cm(1.8), Cm(1.6)], label_col=1,
           totals=("Tổng cộng", "Cộng"))


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "I", "I.2.1", "II.3.a", "III.1.(4)", "Phụ lục")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"],
                                           title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 4, 10, 8, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
