# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2026 của Cục Thống kê tỉnh Hà Sơn
(dữ liệu bịa, phục vụ đánh giá).

Write tests/data/cuc-thong-ke-ha-son-thang-10-2026.docx: an invented monthly socio-economic report of a provincial
statistics office (Cục Thống kê tỉnh Hà Sơn: "Báo cáo tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2026"),
written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/cuc-thong-ke-ha-son-thang-10-2026.json, eval/real/questions_tune16.jsonl).

Layouts: header table without borders (left "UBND TỈNH HÀ SƠN / CỤC THỐNG KÊ / Số: 512/BC-CTK", right the
national motto with the second line underlined and "Hà Sơn, ngày 31 tháng 10 năm 2026" in italic); the title in
two bold lines under "BÁO CÁO"; one untitled introductory paragraph before "I.". Roman sections "I." ... "VIII."
(no parts), Arabic "1." headings in every section, decimal "1.1." headings (bold italic) under I.1 and IV.3, and
lettered "a)" / "b)" headings in two places only (III.2, VI.3). '-' items and a few '+' sub-items (I.1.1, IV.4,
V.1); the transport sub-topics in IV.4 are '-' items led by a bold run-in label, not headings. Figure-dense
statistical prose: "ước tính", "tăng 9,7% so với cùng kỳ năm trước", "bằng 93,5% dự toán", "giảm 1,3 điểm phần
trăm", month and 10-month cumulative figures side by side, CPI against three base periods (tháng trước / tháng 12
năm trước / cùng kỳ) plus the 10-month average. Body text in 13 pt (the kit's default is 14 pt), tables in 11 pt.
Two bordered tables, each preceded by a centred bold caption (the first also by a right-aligned italic unit line
"Đơn vị tính: %"): the industrial production index by industry under II.1 (first column the industry, three
index columns "Tháng 10/2026 so với tháng 9/2026 (%)" / "Tháng 10/2026 so với cùng kỳ (%)" / "10 tháng 2026 so
với cùng kỳ (%)", a bold "Toàn ngành công nghiệp" first row and an italic "Trong đó:" row), and retail sales and
consumer-service revenue by sector under IV.1 (values in tỷ đồng and indices, bold "Tổng số" first row); several
cells of both tables hold figures found nowhere else. Two real Word footnotes carrying figures found nowhere
else: 1 in III.1 (projects with the largest 10-month investment), 2 in IV.3.1 (fuel price adjustments). The same
noun for different scopes: doanh nghiệp thành lập mới / quay trở lại / tạm ngừng / chờ giải thể / hoàn tất giải
thể, month vs 10 months; vốn đầu tư thực hiện (tháng 10 vs 10 tháng, cấp tỉnh vs cấp xã) vs giải ngân vốn đầu tư
công; tai nạn giao thông số vụ / người chết / người bị thương, month vs 10 months; thu NSNN nội địa vs thu từ hoạt
động xuất, nhập khẩu; doanh thu vận tải hành khách vs hàng hóa. Abbreviations IIP, CPI, NSNN, KCN, DN, TNGT,
FDI spelled out in some places only. Vietnamese number format ("14.286,5 tỷ đồng", "91,8%"). Signature "KT. CỤC
TRƯỞNG / PHÓ CỤC TRƯỞNG" and "Nơi nhận:". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_thong_ke.py [out.docx]
    .venv/bin/python scripts/make_test_report_thong_ke.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_thong_ke.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import sys
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402
from scripts.docx_report_kit import change, outline_ids, ratio, recording, run_cli, vi, vn_half_up  # noqa: E402

NAME = "cuc-thong-ke-ha-son-thang-10-2026"
ZIP_TIME = (2026, 10, 31, 8, 0, 0)
METADATA = {
    "issuer": "Cục Thống kê tỉnh Hà Sơn",
    "number": "512/BC-CTK",
    "date": "ngày 31 tháng 10 năm 2026",
    "place": "Hà Sơn",
    "signer": "Đỗ Thị Thanh Hương",
    "signer_title": "KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG",
    "title": "Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2026",
}

R = DocxReport(space_after=3)
doc = R.doc
doc.styles["Normal"].font.size = Pt(13)  # statistics offices write their dense monthly reports in 13 pt
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def _heading(kind: str, fn):
    return recording(HEADINGS, kind, fn)


roman, arabic, dec, letter = (_heading("roman", R.roman), _heading("arabic", R.arabic), _heading("dec", R.dec),
                              _heading("letter", R.letter))


def runin(label: str, text: str):
    """A '-' item led by a bold run-in label ('- Vận tải hành khách:') and continued in normal text: not a heading."""
    p = R.para("- ")
    r = p.add_run(label)
    r.bold = True
    p.add_run(" " + text)
    return p


vn = vn_half_up
chg = change
caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=11, middle_rows=True, spacer=True, repeat_header=True)
D = Decimal

# ----------------------------------------------------------------------------------------------- data
# Trồng trọt, vụ mùa (this year, last year)
VM_DT, VM_DT_25 = 58_742, 59_568  # diện tích gieo trồng cây hàng năm vụ mùa (ha)
LUA_DT, LUA_DT_25 = 41_236, 41_610  # lúa mùa (ha)
LUA_NS, LUA_NS_25 = D("54.8"), D("53.6")  # tạ/ha
LUA_SL = int((LUA_DT * LUA_NS / 10).quantize(D(1), rounding=ROUND_HALF_UP))
LUA_SL_25 = int((LUA_DT_25 * LUA_NS_25 / 10).quantize(D(1), rounding=ROUND_HALF_UP))
assert ratio(VM_DT, VM_DT_25) == "98,6" and VM_DT_25 - VM_DT == 826
assert ratio(LUA_DT, LUA_DT_25) == "99,1" and LUA_SL == 225_973 and chg(LUA_SL, LUA_SL_25) == "tăng 1,3%"
NGO_DT, NGO_NS = 6_852, D("46.2")
NGO_SL = int((NGO_DT * NGO_NS / 10).quantize(D(1), rounding=ROUND_HALF_UP))
assert NGO_SL == 31_656
VU_DONG = {"ngô": 2_860, "khoai lang": 1_124, "rau các loại": 2_031, "cây trồng khác": 400}
assert sum(VU_DONG.values()) == 6_415

# Thủy sản (tấn)
TS_T10 = {"nuôi trồng": 2_936, "khai thác": 348}
TS_10T = {"nuôi trồng": 26_140, "khai thác": 3_475}
assert sum(TS_T10.values()) == 3_284 and sum(TS_10T.values()) == 29_615
assert ratio(9_874, 10_800) == "91,4"

# Chỉ số sản xuất công nghiệp (%): tháng 10 so với tháng 9, tháng 10 so với cùng kỳ, 10 tháng so với cùng kỳ
IIP = [
    ("Toàn ngành công nghiệp", "102,4", "109,7", "108,6"),
    ("Khai khoáng", "98,1", "96,2", "97,4"),
    ("Công nghiệp chế biến, chế tạo", "102,9", "111,2", "109,8"),
    ("Trong đó:", "", "", ""),
    ("- Sản xuất, chế biến thực phẩm", "101,6", "106,3", "105,9"),
    ("- Sản xuất trang phục", "104,2", "112,8", "110,4"),
    ("- Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa", "101,2", "107,5", "106,8"),
    ("- Sản xuất sản phẩm từ khoáng phi kim loại khác", "97,8", "95,4", "96,1"),
    ("- Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học", "103,5", "118,6", "114,2"),
    ("Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí", "99,4", "104,5", "105,3"),
    ("Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải", "100,8", "106,1", "105,7"),
]

# Đăng ký doanh nghiệp: (tháng 10 hoặc 10 tháng năm 2026, cùng kỳ năm 2025)
DN_MOI_T10, DN_MOI_T10_25 = 86, 76
DN_VON_T10, DN_VON_T10_25 = D("742.5"), D("809.7")
DN_MOI, DN_MOI_25 = 812, 756
DN_VON, DN_VON_25 = D("8946.3"), D("8045.2")
DN_QUAY_LAI, DN_QUAY_LAI_25 = 214, 202
DN_TAM_NGUNG, DN_TAM_NGUNG_25 = 468, 427
DN_CHO_GT, DN_CHO_GT_25 = 173, 166
DN_GIAI_THE, DN_GIAI_THE_25 = 96, 103
assert chg(DN_MOI_T10, DN_MOI_T10_25) == "tăng 13,2%" and chg(DN_VON_T10, DN_VON_T10_25) == "giảm 8,3%"
assert chg(DN_MOI, DN_MOI_25) == "tăng 7,4%" and chg(DN_VON, DN_VON_25) == "tăng 11,2%"
assert vn(DN_VON / DN_MOI) == "11,0"
assert [chg(a, b) for a, b in ((DN_QUAY_LAI, DN_QUAY_LAI_25), (DN_TAM_NGUNG, DN_TAM_NGUNG_25),
                               (DN_CHO_GT, DN_CHO_GT_25), (DN_GIAI_THE, DN_GIAI_THE_25))] == [
    "tăng 5,9%", "tăng 9,6%", "tăng 4,2%", "giảm 6,8%"]

# Vốn đầu tư thực hiện từ nguồn NSNN do địa phương quản lý (tỷ đồng, chỉ số so với cùng kỳ)
VDT_T10 = {"tỉnh": (D("352.4"), D("116.8")), "xã": (D("134.3"), D("107.9"))}
VDT_10T = {"tỉnh": (D("2871.6"), D("113.4")), "xã": (D("1043.2"), D("106.6"))}
VDT_KH = D("6245.0")
GIAI_NGAN = D("3582.6")


def _total(parts):
    tot = sum(v for v, _ in parts.values())
    prev = sum(v * 100 / i for v, i in parts.values())
    return tot, tot / prev * 100 - 100


VDT_T10_TOT, VDT_T10_G = _total(VDT_T10)
VDT_10T_TOT, VDT_10T_G = _total(VDT_10T)
assert vn(VDT_T10_TOT) == "486,7" and vn(VDT_T10_G) == "14,2"
assert vn(VDT_10T_TOT) == "3.914,8" and vn(VDT_10T_G) == "11,5" and ratio(VDT_10T_TOT, VDT_KH) == "62,7"
assert ratio(GIAI_NGAN, VDT_KH) == "57,4"
FDI_MOI, FDI_TANG = D("386.4"), D("112.7")
assert vn(FDI_MOI + FDI_TANG) == "499,1"

# Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng: (tháng 10, chỉ số tháng 10 so với cùng kỳ,
# 10 tháng, chỉ số 10 tháng so với cùng kỳ); tỷ đồng, %
BL = [
    ("Bán lẻ hàng hóa", D("3794.6"), D("110.2"), D("36205.4"), D("109.4")),
    ("Dịch vụ lưu trú, ăn uống", D("598.2"), D("113.6"), D("5724.9"), D("112.1")),
    ("Du lịch lữ hành", D("21.4"), D("118.9"), D("236.8"), D("115.3")),
    ("Dịch vụ khác", D("448.1"), D("111.0"), D("4351.6"), D("109.8")),
]
BL_T10 = sum(r[1] for r in BL)
BL_10T = sum(r[3] for r in BL)
BL_T10_I = BL_T10 / sum(r[1] * 100 / r[2] for r in BL) * 100
BL_10T_I = BL_10T / sum(r[3] * 100 / r[4] for r in BL) * 100
assert vn(BL_T10) == "4.862,3" and vn(BL_10T) == "46.518,7"
assert vn(BL_T10_I) == "110,7" and vn(BL_10T_I) == "109,8"
assert ratio(BL[0][3], BL_10T) == "77,8"

# Xuất, nhập khẩu (triệu USD)
XK_FDI, XK_TN = D("4392.5"), D("1095.4")
XK = XK_FDI + XK_TN
XK_G = (XK / (XK_FDI * 100 / D("113.8") + XK_TN * 100 / D("106.7")) - 1) * 100
NK = D("4215.6")
assert vn(XK) == "5.487,9" and vn(XK_G) == "12,3" and ratio(XK_FDI, XK) == "80,0" and vn(XK - NK) == "1.272,3"

# Vận tải (tỷ đồng): hành khách, hàng hóa, kho bãi và dịch vụ hỗ trợ
VT_T10 = (D("118.6"), D("576.8"), D("129.1"))
VT_10T = (D("1142.7"), D("5528.4"), D("1242.7"))
assert vn(sum(VT_T10)) == "824,5" and vn(sum(VT_10T)) == "7.913,8"

# Thu NSNN trên địa bàn (tỷ đồng): (lũy kế 10 tháng, chỉ số so với cùng kỳ, dự toán năm)
THU_ND = (D("11952.3"), D("109.7"), D("12780.0"))
THU_XNK = (D("2334.2"), D("102.3"), D("2775.0"))
THU = THU_ND[0] + THU_XNK[0]
THU_G = (THU / (THU_ND[0] * 100 / THU_ND[1] + THU_XNK[0] * 100 / THU_XNK[1]) - 1) * 100
assert vn(THU) == "14.286,5" and vn(THU_G) == "8,4"
assert ratio(THU_ND[0], THU_ND[2]) == "93,5" and ratio(THU_XNK[0], THU_XNK[2]) == "84,1"
assert ratio(THU, THU_ND[2] + THU_XNK[2]) == "91,8"
assert vn(D("1096.5") + D("221.9")) == "1.318,4"
assert ratio(D("17634.9"), D("23140")) == "76,2"

# Lao động, giảm nghèo, giáo dục
assert ratio(19_842, 21_000) == "94,5"
assert D("6.12") - D("4.82") == D("1.30")
HS = {"mầm non": 78_230, "tiểu học": 121_640, "trung học cơ sở": 86_310, "trung học phổ thông": 32_270}
assert sum(HS.values()) == 318_450

# Tai nạn giao thông: (năm 2026, cùng kỳ năm 2025)
TNGT_T10 = {"vụ": (34, 39), "chết": (19, 17), "bị thương": (27, 33)}
TNGT_10T = {"vụ": (312, 340), "chết": (176, 184), "bị thương": (241, 271)}
assert [chg(a, b) for a, b in TNGT_T10.values()] == ["giảm 12,8%", "tăng 11,8%", "giảm 18,2%"]
assert [chg(a, b) for a, b in TNGT_10T.values()] == ["giảm 8,2%", "giảm 4,3%", "giảm 11,1%"]

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH HÀ SƠN", False, False),
    ("CỤC THỐNG KÊ", True, False, True),
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
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Tình hình kinh tế - xã hội tháng 10", bold=True, align=CENTER, indent=None)
para("và 10 tháng năm 2026", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

tabbed("Cục Thống kê tỉnh Hà Sơn báo cáo tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2026 (số liệu "
       "tháng 10 là số ước tính) như sau:")

# ==================================================================================================== I
roman("I. SẢN XUẤT NÔNG, LÂM NGHIỆP VÀ THỦY SẢN")
arabic("1. Nông nghiệp")
dec("1.1. Trồng trọt")
dash(f"Vụ mùa: tổng diện tích gieo trồng cây hàng năm vụ mùa năm 2026 toàn tỉnh ước tính đạt {vi(VM_DT)} ha, bằng "
     f"{ratio(VM_DT, VM_DT_25)}% so với vụ mùa năm trước (giảm {vi(VM_DT_25 - VM_DT)} ha). Trong đó:")
plus(f"Lúa mùa gieo cấy {vi(LUA_DT)} ha, bằng {ratio(LUA_DT, LUA_DT_25)}% cùng kỳ; đến ngày 25/10/2026 đã thu "
     f"hoạch được 96,5% diện tích. Năng suất lúa mùa ước đạt {vn(LUA_NS)} tạ/ha, tăng {vn(LUA_NS - LUA_NS_25)} "
     f"tạ/ha; sản lượng ước đạt {vi(LUA_SL)} tấn, {chg(LUA_SL, LUA_SL_25)} (tăng {vi(LUA_SL - LUA_SL_25)} tấn) so "
     "với vụ mùa năm 2025.")
plus(f"Ngô vụ mùa {vi(NGO_DT)} ha, năng suất ước đạt {vn(NGO_NS)} tạ/ha, sản lượng {vi(NGO_SL)} tấn, tăng 0,8%.")
dash(f"Vụ đông: tính đến ngày 25/10/2026, toàn tỉnh đã gieo trồng được {vi(sum(VU_DONG.values()))} ha cây vụ đông, "
     "bằng 94,2% cùng kỳ năm trước, trong đó: " + ", ".join(f"{k} {vi(v)} ha" for k, v in VU_DONG.items())
     + ". Tiến độ gieo trồng chậm hơn cùng kỳ do đất ruộng bị ngập úng sau mưa lớn đầu tháng.")
dash("Cây lâu năm: sản lượng chè búp tươi tháng 10 ước đạt 9.846 tấn, tăng 2,7% so với cùng kỳ năm trước; tính "
     "chung 10 tháng đạt 98.315 tấn, tăng 3,4%.")
dec("1.2. Chăn nuôi")
tabbed("Chăn nuôi trên địa bàn tỉnh cơ bản ổn định, giá lợn hơi duy trì ở mức có lãi cho người chăn nuôi. Ước tính "
       "tại thời điểm cuối tháng 10/2026, đàn trâu toàn tỉnh có 48.612 con, giảm 3,1% so với cùng thời điểm năm "
       "trước; đàn bò 36.905 con, tăng 1,4%; đàn lợn 512.340 con, tăng 4,6%; đàn gia cầm 7,85 triệu con, tăng "
       "3,2%.")
body("Sản lượng thịt hơi xuất chuồng 10 tháng năm 2026: thịt lợn ước đạt 86.420 tấn, tăng 5,1% so với cùng kỳ; thịt "
     "gia cầm 31.275 tấn, tăng 4,4%; thịt trâu 3.964 tấn, giảm 2,6%; thịt bò 2.118 tấn, tăng 1,9%.")
body("Về dịch bệnh: trong tháng, bệnh dịch tả lợn châu Phi phát sinh tại 3 xã (Tân Lập, Yên Thủy, Khe Mây), số lợn "
     "mắc bệnh buộc tiêu hủy 214 con; tính chung 10 tháng, toàn tỉnh có 19 ổ dịch tả lợn châu Phi, tiêu hủy 1.486 "
     "con. Bệnh viêm da nổi cục trên trâu, bò và bệnh cúm gia cầm không phát sinh.")
arabic("2. Lâm nghiệp")
tabbed("Tháng 10/2026, diện tích rừng trồng mới tập trung toàn tỉnh ước đạt 1.126 ha, tăng 4,8% so với cùng kỳ năm "
       f"trước; tính chung 10 tháng đạt {vi(9_874)} ha, tăng 3,5%, bằng {ratio(9_874, 10_800)}% kế hoạch năm. Sản "
       "lượng gỗ khai thác tháng 10 ước đạt 68.450 m3, tăng 6,2%; 10 tháng đạt 612.380 m3, tăng 5,7%.")
body("Tình hình thiệt hại rừng: 10 tháng năm 2026 xảy ra 7 vụ cháy rừng, diện tích rừng bị thiệt hại 12,6 ha (cùng "
     "kỳ năm trước xảy ra 9 vụ, thiệt hại 18,3 ha); phát hiện 41 vụ chặt phá rừng với diện tích 8,4 ha.")
arabic("3. Thủy sản")
tabbed(f"Tổng sản lượng thủy sản tháng 10/2026 ước đạt {vi(sum(TS_T10.values()))} tấn, tăng 3,9% so với cùng kỳ năm "
       f"trước, trong đó sản lượng nuôi trồng {vi(TS_T10['nuôi trồng'])} tấn, khai thác {vi(TS_T10['khai thác'])} "
       f"tấn. Tính chung 10 tháng, sản lượng thủy sản ước đạt {vi(sum(TS_10T.values()))} tấn, tăng 4,3%, bao gồm: "
       f"sản lượng nuôi trồng {vi(TS_10T['nuôi trồng'])} tấn, tăng 4,8%; sản lượng khai thác "
       f"{vi(TS_10T['khai thác'])} tấn, tăng 0,6%.")

# =================================================================================================== II
roman("II. SẢN XUẤT CÔNG NGHIỆP")
arabic("1. Chỉ số sản xuất công nghiệp")
tabbed("Chỉ số sản xuất "
       "toàn ngành công nghiệp (IIP) tháng 10/2026 ước tính tăng 2,4% so với tháng trước và tăng 9,7% so với cùng "
       "kỳ năm trước. Trong đó, ngành chế biến, chế tạo tăng 11,2% so với cùng kỳ; sản xuất và phân phối điện tăng "
       "4,5%; cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 6,1%; riêng ngành khai khoáng giảm "
       "3,8% do các mỏ đá, cát, sỏi tạm dừng khai thác vì mưa lớn.")
body("Tính chung 10 tháng năm 2026, IIP ước tính tăng 8,6% so với cùng kỳ năm trước (cùng kỳ năm 2025 tăng 7,6%). "
     "Ngành công nghiệp chế biến, chế tạo tăng 9,8%, đóng góp 7,9 điểm phần trăm vào mức tăng chung; ngành sản xuất "
     "và phân phối điện tăng 5,3%, đóng góp 0,5 điểm phần trăm; ngành cung cấp nước, hoạt động quản lý và xử lý rác "
     "thải, nước thải tăng 5,7%, đóng góp 0,3 điểm phần trăm; ngành khai khoáng giảm 2,6%, làm giảm 0,1 điểm phần "
     "trăm.")
body("Trong các ngành công nghiệp cấp II, ngành sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học có chỉ "
     "số 10 tháng tăng cao nhất (tăng 14,2%); chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa tăng 6,8%; ngành sản "
     "xuất trang phục tháng 10 tăng 12,8% so với cùng kỳ. Ngược lại, ngành sản xuất sản phẩm từ khoáng phi kim "
     "loại khác 10 tháng giảm 3,9% do thị trường bất động sản phục hồi chậm, sức tiêu thụ vật liệu xây dựng yếu.")
caption("Chỉ số sản xuất công nghiệp tháng 10 và 10 tháng năm 2026", unit="Đơn vị tính: %")
grid_table(["Ngành công nghiệp", "Tháng 10/2026 so với tháng 9/2026 (%)", "Tháng 10/2026 so với cùng kỳ (%)",
            "10 tháng 2026 so với cùng kỳ (%)"], IIP, [Cm(7.4), Cm(3.0), Cm(3.0), Cm(3.0)],
           label_col=0, totals=("Toàn ngành",))
arabic("2. Một số sản phẩm công nghiệp chủ yếu")
tabbed("Một số sản phẩm công nghiệp chủ yếu 10 tháng năm 2026 tăng khá so với cùng kỳ năm trước:")
dash("Tấm mạch điện tử đã lắp ráp ước đạt 184,3 triệu cái, tăng 15,8%; quần áo may sẵn 58,7 triệu cái, tăng 10,9%;")
dash("Gỗ dán, ván ép 412,5 nghìn m3, tăng 7,1%; thức ăn gia súc, gia cầm 286,4 nghìn tấn, tăng 5,3%;")
dash("Điện sản xuất 2.318,4 triệu kWh, tăng 5,6%; điện thương phẩm 3.106,2 triệu kWh, tăng 7,4%; nước máy thương "
     "phẩm 31,2 triệu m3, tăng 6,0%.")
body("Bên cạnh đó, một số sản phẩm giảm so với cùng kỳ: xi măng ước đạt 2,46 triệu tấn, giảm 4,2%; gạch xây dựng "
     "bằng đất nung 386,5 triệu viên, giảm 6,7%; đá xây dựng các loại 3,18 triệu m3, giảm 3,3%; phân lân nung chảy "
     "148,2 nghìn tấn, giảm 1,5%.")
body("Chỉ số tiêu thụ ngành chế biến, chế tạo tháng 10/2026 ước tăng 8,9% so với cùng kỳ năm trước; chỉ số tồn kho "
     "tại thời điểm 31/10/2026 tăng 5,4%.")
arabic("3. Tình hình đăng ký doanh nghiệp")
tabbed(f"Trong tháng 10/2026, toàn tỉnh có {DN_MOI_T10} doanh nghiệp thành lập mới với tổng vốn đăng ký "
       f"{vn(DN_VON_T10)} tỷ đồng, {chg(DN_MOI_T10, DN_MOI_T10_25)} về số doanh nghiệp và "
       f"{chg(DN_VON_T10, DN_VON_T10_25)} về vốn đăng ký so với cùng kỳ năm trước; 23 DN quay trở lại hoạt động; 41 "
       "DN đăng ký tạm ngừng kinh doanh có thời hạn; 18 DN ngừng hoạt động chờ làm thủ tục giải thể và 9 DN hoàn "
       "tất thủ tục giải thể.")
body(f"Tính chung 10 tháng năm 2026, toàn tỉnh có {DN_MOI} doanh nghiệp đăng ký thành lập mới với tổng vốn đăng ký "
     f"{vn(DN_VON)} tỷ đồng, {chg(DN_MOI, DN_MOI_25)} về số doanh nghiệp và {chg(DN_VON, DN_VON_25)} về số vốn so "
     f"với cùng kỳ năm trước; vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt {vn(DN_VON / DN_MOI)} tỷ "
     f"đồng. Bên cạnh đó, có "
     f"{DN_QUAY_LAI} DN quay trở lại hoạt động, {chg(DN_QUAY_LAI, DN_QUAY_LAI_25)}; {DN_TAM_NGUNG} DN đăng ký tạm "
     f"ngừng kinh doanh có thời hạn, {chg(DN_TAM_NGUNG, DN_TAM_NGUNG_25)}; {DN_CHO_GT} DN ngừng hoạt động chờ làm "
     f"thủ tục giải thể, {chg(DN_CHO_GT, DN_CHO_GT_25)}; {DN_GIAI_THE} doanh nghiệp hoàn tất thủ tục giải thể, "
     f"{chg(DN_GIAI_THE, DN_GIAI_THE_25)}.")

# ================================================================================================== III
roman("III. ĐẦU TƯ, XÂY DỰNG")
arabic("1. Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước")
tabbed(f"Vốn đầu tư thực hiện từ nguồn vốn ngân sách nhà nước do địa phương quản lý tháng 10/2026 ước tính đạt "
       f"{vn(VDT_T10_TOT)} tỷ đồng, tăng {vn(VDT_T10_G)}% so với cùng kỳ năm trước, bao gồm: vốn ngân sách nhà nước "
       f"cấp tỉnh {vn(VDT_T10['tỉnh'][0])} tỷ đồng, tăng {vn(VDT_T10['tỉnh'][1] - 100)}%; vốn ngân sách nhà nước "
       f"cấp xã {vn(VDT_T10['xã'][0])} tỷ đồng, tăng {vn(VDT_T10['xã'][1] - 100)}%.")
body(f"Tính chung 10 tháng năm 2026, vốn đầu tư thực hiện từ nguồn NSNN do địa phương quản lý ước đạt "
     f"{vn(VDT_10T_TOT)} tỷ đồng, bằng {ratio(VDT_10T_TOT, VDT_KH)}% kế hoạch năm và tăng {vn(VDT_10T_G)}% so với "
     f"cùng kỳ năm trước, trong đó vốn cấp tỉnh quản lý {vn(VDT_10T['tỉnh'][0])} tỷ đồng, tăng "
     f"{vn(VDT_10T['tỉnh'][1] - 100)}%; vốn cấp xã quản lý {vn(VDT_10T['xã'][0])} tỷ đồng, tăng "
     f"{vn(VDT_10T['xã'][1] - 100)}%. Các dự án trọng điểm về giao thông, y tế, phòng chống thiên tai được tập "
     "trung đẩy nhanh tiến độ thi công", Fn(
         "Một số dự án có giá trị vốn đầu tư thực hiện 10 tháng năm 2026 lớn: Dự án đường kết nối Khu công nghiệp "
         "Nam Hà Sơn với đường cao tốc Nội Bài - Lào Cai ước đạt 412,8 tỷ đồng; Dự án đầu tư xây dựng Bệnh viện Đa "
         "khoa tỉnh Hà Sơn (cơ sở 2) ước đạt 186,5 tỷ đồng; Dự án kè chống sạt lở bờ sông Ngân đoạn qua phường "
         "Đồng Mai ước đạt 97,3 tỷ đồng."), ".")
body(f"Đến ngày 25/10/2026, giải ngân kế hoạch vốn đầu tư công năm 2026 của tỉnh đạt {vn(GIAI_NGAN)} tỷ đồng, "
     f"bằng {ratio(GIAI_NGAN, VDT_KH)}% kế hoạch vốn được giao ({vn(VDT_KH)} tỷ đồng); một số dự án còn vướng mắc "
     "trong công tác bồi thường, giải phóng mặt bằng và nguồn vật liệu đất đắp.")
arabic("2. Thu hút đầu tư")
letter("a) Đầu tư trực tiếp nước ngoài")
tabbed(f"Tính từ đầu năm đến ngày 20/10/2026, toàn tỉnh cấp mới Giấy chứng nhận đăng ký đầu tư cho 14 dự án có vốn "
       f"đầu tư trực tiếp nước ngoài (FDI) với tổng vốn đăng ký {vn(FDI_MOI)} triệu USD, tăng 21,6% về vốn so với "
       f"cùng kỳ năm trước; điều chỉnh tăng vốn cho 9 lượt dự án với số vốn tăng thêm {vn(FDI_TANG)} triệu USD. "
       f"Tổng vốn FDI đăng ký cấp mới và tăng thêm đạt {vn(FDI_MOI + FDI_TANG)} triệu USD. Có 11/14 dự án cấp mới "
       "đầu tư vào các KCN; dự án có quy mô lớn nhất là dự án sản xuất linh kiện điện tử của Công ty TNHH Ha Son "
       "Precision (Hàn Quốc) tại KCN Nam Hà Sơn với vốn đăng ký 125 triệu USD.")
letter("b) Đầu tư trong nước")
tabbed("Trong 10 tháng, Ủy ban nhân dân tỉnh quyết định chấp thuận chủ trương đầu tư cho 37 dự án đầu tư trong nước "
       "với tổng vốn đăng ký 6.812,5 tỷ đồng, giảm 2 dự án nhưng tăng 18,4% về vốn so với cùng kỳ; điều chỉnh 26 "
       "lượt dự án với số vốn tăng thêm 945,3 tỷ đồng.")

# =================================================================================================== IV
roman("IV. THƯƠNG MẠI, GIÁ CẢ, DỊCH VỤ")
arabic("1. Bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng")
tabbed(f"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10/2026 ước đạt {vn(BL_T10)} tỷ đồng, tăng "
       f"1,6% so với tháng trước và tăng {vn(BL_T10_I - 100)}% so với cùng kỳ năm trước. Trong đó, doanh thu bán lẻ "
       f"hàng hóa đạt {vn(BL[0][1])} tỷ đồng, tăng 1,4% so với tháng trước và tăng {vn(BL[0][2] - 100)}% so với "
       f"cùng kỳ; doanh thu dịch vụ lưu trú, ăn uống đạt {vn(BL[1][1])} tỷ đồng, tăng 2,5% và tăng "
       f"{vn(BL[1][2] - 100)}%.")
body(f"Tính chung 10 tháng năm 2026, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
     f"{vn(BL_10T)} tỷ đồng, tăng {vn(BL_10T_I - 100)}% so với cùng kỳ năm trước. Doanh thu bán lẻ hàng hóa đạt "
     f"{vn(BL[0][3])} tỷ đồng, chiếm {ratio(BL[0][3], BL_10T)}% tổng mức, tăng {vn(BL[0][4] - 100)}%, trong đó "
     "nhóm lương thực, thực phẩm tăng 11,7%, nhóm ô tô các loại tăng 8,2%; "
     f"doanh thu dịch vụ lưu trú, ăn uống tăng {vn(BL[1][4] - 100)}%. Doanh thu du lịch lữ "
     "hành tuy chiếm tỷ trọng nhỏ nhưng có tốc độ tăng cao nhất nhờ các tour du lịch sinh thái, trải nghiệm mùa "
     "lúa chín thu hút đông du khách.")
caption("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 và 10 tháng năm 2026")
grid_table(["Ngành kinh doanh", "Ước tính tháng 10/2026 (tỷ đồng)", "Ước tính 10 tháng 2026 (tỷ đồng)",
            "Tháng 10/2026 so với cùng kỳ (%)", "10 tháng 2026 so với cùng kỳ (%)"],
           [("Tổng số", vn(BL_T10), vn(BL_10T), vn(BL_T10_I), vn(BL_10T_I))]
           + [(n, vn(a), vn(c), vn(b), vn(d)) for n, a, b, c, d in BL],
           [Cm(4.6), Cm(2.9), Cm(2.9), Cm(2.8), Cm(2.8)], label_col=0, totals=("Tổng số",))
arabic("2. Xuất, nhập khẩu hàng hóa")
tabbed(f"Kim ngạch xuất khẩu hàng hóa tháng 10/2026 ước đạt 612,4 triệu USD, tăng 3,1% so với tháng trước và tăng "
       f"14,6% so với cùng kỳ năm trước. Tính chung 10 tháng, kim ngạch xuất khẩu ước đạt {vn(XK)} triệu USD, tăng "
       f"{vn(XK_G)}% so với cùng kỳ, trong đó khu vực có vốn đầu tư nước ngoài đạt {vn(XK_FDI)} triệu USD, chiếm "
       f"{ratio(XK_FDI, XK)}%, tăng 13,8%; khu vực kinh tế trong nước đạt {vn(XK_TN)} triệu USD, tăng 6,7%. Mặt "
       "hàng xuất khẩu chủ lực là linh kiện điện tử đạt 2.614,8 triệu USD, tăng 16,2%; hàng dệt may 1.127,6 triệu "
       "USD, tăng 9,4%; gỗ và sản phẩm gỗ 418,3 triệu USD, tăng 7,9%.")
body(f"Kim ngạch nhập khẩu hàng hóa tháng 10/2026 ước đạt 468,7 triệu USD, tăng 2,2% so với tháng trước và tăng "
     f"12,1% so với cùng kỳ; 10 tháng ước đạt {vn(NK)} triệu USD, tăng 10,8%, chủ yếu là nguyên liệu, linh kiện "
     f"phục vụ sản xuất (chiếm 86,5%). Cán cân thương mại hàng hóa 10 tháng xuất siêu {vn(XK - NK)} triệu USD.")
arabic("3. Chỉ số giá")
dec("3.1. Chỉ số giá tiêu dùng")
tabbed("Chỉ số giá tiêu dùng (CPI) tháng 10/2026 trên địa bàn tỉnh tăng 0,28% so với tháng trước, tăng 2,94% so với "
       "tháng 12 năm trước và tăng 3,41% so với cùng kỳ năm trước. Bình quân 10 tháng năm 2026, CPI tăng 3,52% so "
       "với cùng kỳ năm 2025.")
body("So với tháng trước, trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính có 8 nhóm tăng giá, 2 nhóm giảm giá và "
     "1 nhóm ổn định. Nhóm giáo dục có mức tăng cao nhất (tăng 1,86%) do một số trường ngoài công lập điều chỉnh "
     "học phí năm học 2026 - 2027; nhóm thuốc và dịch vụ y tế tăng 0,42%; nhóm hàng ăn và dịch vụ ăn uống tăng "
     "0,37% (lương thực tăng 0,52%, thực phẩm tăng 0,31%) do giá thịt lợn, rau xanh tăng "
     "sau mưa lớn; nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng tăng 0,21%; nhóm may mặc, mũ "
     "nón, giày dép tăng 0,18%; nhóm hàng hóa và dịch vụ khác tăng 0,15%; nhóm thiết bị và đồ dùng gia đình tăng "
     "0,12%; nhóm văn hóa, giải trí và du lịch tăng 0,09%.")
body("Hai nhóm có chỉ số giá giảm là nhóm giao thông giảm 0,65% do giá xăng, dầu được điều chỉnh giảm theo giá thế "
     "giới", Fn("Trong tháng 10/2026, giá xăng, dầu trong nước được điều chỉnh vào các ngày 02/10, 09/10, 16/10 và "
                "23/10/2026; bình quân tháng, giá xăng E5 RON 92 giảm 2,17%, xăng RON 95 giảm 2,05%, dầu diesel "
                "giảm 1,84% so với tháng trước."),
     " và nhóm bưu chính, viễn thông giảm 0,07%; nhóm đồ uống và thuốc lá ổn định so với tháng trước.")
dec("3.2. Chỉ số giá vàng và chỉ số giá đô la Mỹ")
tabbed("Chỉ số giá vàng tháng 10/2026 tăng 4,12% so "
       "với tháng trước và tăng 38,65% so với cùng kỳ năm trước; bình quân 10 tháng tăng 41,27%. Chỉ số giá đô la "
       "Mỹ tháng 10/2026 tăng 0,21% so với tháng trước, tăng 1,87% so với cùng kỳ; bình quân 10 tháng tăng 2,46%.")
arabic("4. Vận tải hành khách và hàng hóa")
tabbed(f"Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải tháng 10/2026 ước đạt {vn(sum(VT_T10))} tỷ đồng, tăng "
       f"1,9% so với tháng trước và tăng 10,7% so với cùng kỳ năm trước; tính chung 10 tháng đạt "
       f"{vn(sum(VT_10T))} tỷ đồng, tăng 10,1%, trong đó doanh thu kho bãi và dịch vụ hỗ trợ vận tải "
       f"{vn(VT_10T[2])} tỷ đồng, tăng 9,2%.")
runin("Vận tải hành khách:", f"doanh thu tháng 10 ước đạt {vn(VT_T10[0])} tỷ đồng, tăng 9,4% so với cùng kỳ; "
      "vận chuyển 2,14 triệu lượt khách, tăng 7,8%.")
plus(f"10 tháng, doanh thu vận tải hành khách đạt {vn(VT_10T[0])} tỷ đồng, tăng 10,2%; vận chuyển 20,86 triệu lượt "
     "khách, tăng 8,5%; luân chuyển 1.036,4 triệu lượt khách.km, tăng 8,1%.")
runin("Vận tải hàng hóa:", f"doanh thu tháng 10 ước đạt {vn(VT_T10[1])} tỷ đồng, tăng 11,5% so với cùng kỳ; vận "
      "chuyển 5,72 triệu tấn hàng hóa, tăng 11,3%.")
plus(f"10 tháng, doanh thu vận tải hàng hóa đạt {vn(VT_10T[1])} tỷ đồng, tăng 10,9%; vận chuyển 54,38 triệu tấn, "
     "tăng 10,6%; luân chuyển 2.874,6 triệu tấn.km, tăng 9,8%.")
arabic("5. Hoạt động du lịch")
tabbed("Tháng 10/2026, các cơ sở lưu trú trên địa bàn tỉnh đón 412,3 nghìn lượt khách, tăng 11,8% so với cùng kỳ năm "
       "trước. Tính chung 10 tháng, toàn tỉnh đón 4,68 triệu lượt khách du lịch, tăng 13,5%, trong đó khách quốc tế "
       "86,4 nghìn lượt, tăng 22,7%; tổng thu từ khách du lịch ước đạt 3.968,2 tỷ đồng, tăng 15,1%.")

# ==================================================================================================== V
roman("V. THU, CHI NGÂN SÁCH")
arabic("1. Thu ngân sách nhà nước")
tabbed("Tổng thu ngân sách nhà nước trên địa bàn tháng 10/2026 ước đạt 1.318,4 tỷ đồng, trong đó thu nội địa "
       "1.096,5 tỷ đồng, thu từ hoạt động xuất, nhập khẩu 221,9 tỷ đồng. Lũy kế 10 tháng năm 2026, tổng thu NSNN "
       f"trên địa bàn ước đạt {vn(THU)} tỷ đồng, bằng {ratio(THU, THU_ND[2] + THU_XNK[2])}% dự toán năm và tăng "
       f"{vn(THU_G)}% so với cùng kỳ năm trước, trong đó:")
dash(f"Thu nội địa {vn(THU_ND[0])} tỷ đồng, bằng {ratio(THU_ND[0], THU_ND[2])}% dự toán, tăng "
     f"{vn(THU_ND[1] - 100)}% so với cùng kỳ. Một số khoản thu lớn:")
plus("Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài 2.865,4 tỷ đồng, tăng 14,1%;")
plus("Thu từ khu vực công thương nghiệp ngoài quốc doanh 2.214,7 tỷ đồng, tăng 8,8%;")
plus("Thuế thu nhập cá nhân 742,8 tỷ đồng, tăng 10,5%;")
plus("Thu tiền sử dụng đất 3.118,6 tỷ đồng, bằng 86,6% dự toán, giảm 3,4% so với cùng kỳ.")
dash(f"Thu từ hoạt động xuất, nhập khẩu {vn(THU_XNK[0])} tỷ đồng, bằng {ratio(THU_XNK[0], THU_XNK[2])}% dự toán, "
     f"tăng {vn(THU_XNK[1] - 100)}% so với cùng kỳ.")
arabic("2. Chi ngân sách địa phương")
tabbed("Tổng chi ngân sách địa phương tháng 10/2026 ước đạt 1.826,3 tỷ đồng. Lũy kế 10 tháng, tổng chi ngân sách "
       f"địa phương ước đạt 17.634,9 tỷ đồng, bằng {ratio(D('17634.9'), D('23140'))}% dự toán năm, tăng 6,9% so với "
       "cùng kỳ năm trước; trong đó chi đầu tư phát triển 5.218,7 tỷ đồng, bằng 69,3% dự toán, tăng 12,4%; chi "
       "thường xuyên 12.286,4 tỷ đồng, bằng 80,1% dự toán, tăng 4,8%.")

# =================================================================================================== VI
roman("VI. VĂN HÓA - XÃ HỘI")
arabic("1. Lao động, việc làm và an sinh xã hội")
tabbed(f"10 tháng năm 2026, toàn tỉnh giải quyết việc làm mới cho {vi(19_842)} lao động, bằng "
       f"{ratio(19_842, 21_000)}% kế hoạch năm, trong đó đưa 2.416 người đi làm việc ở nước ngoài theo hợp đồng.")
body("Công tác giảm nghèo tiếp tục đạt kết quả tích cực: theo kết quả rà soát sơ bộ, tỷ lệ hộ nghèo toàn tỉnh cuối "
     "năm 2026 ước còn 4,82%, giảm 1,3 điểm phần trăm so với cuối năm 2025 (6,12%); tỷ lệ hộ cận nghèo ước còn "
     "5,64%. Trong tháng, các cấp, các ngành chi trả trợ cấp xã hội hàng tháng cho 42.310 đối tượng bảo trợ xã hội "
     "với kinh phí 21,8 tỷ đồng; xuất cấp 186 tấn gạo hỗ trợ 12.400 nhân khẩu bị ảnh hưởng bởi hoàn lưu bão số 9.")
arabic("2. Giáo dục")
tabbed(f"Năm học 2026 - 2027, toàn tỉnh có 612 trường học với {vi(sum(HS.values()))} học sinh và trẻ mầm non, tăng "
       "1,8% so với năm học trước, trong đó: " + "; ".join(
           f"{k} {vi(v)} {'trẻ' if k == 'mầm non' else 'học sinh'}" for k, v in HS.items())
       + ". Tỷ lệ trường đạt chuẩn quốc gia đạt 82,4%, tăng 2,1 điểm phần trăm so với năm học trước.")
arabic("3. Y tế")
letter("a) Tình hình dịch bệnh")
tabbed("Trong tháng, toàn tỉnh ghi nhận 58 ca sốt xuất huyết, 47 ca tay chân miệng, 4 ca sởi; không có trường hợp "
       "tử vong. Tính chung 10 tháng năm 2026, có 436 ca sốt xuất huyết, tăng 18,2% so với cùng kỳ năm trước; 612 "
       "ca tay chân miệng, giảm 9,5%; 27 ca sởi; 3 ca tử vong do bệnh dại.")
letter("b) An toàn vệ sinh thực phẩm")
tabbed("10 tháng năm 2026, toàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm làm 57 người mắc, không có trường hợp tử vong; "
       "kiểm tra 3.146 cơ sở, phát hiện 287 cơ sở vi phạm, xử phạt 398,5 triệu đồng.")
arabic("4. Văn hóa, thể thao")
tabbed("Trong tháng, các hoạt động văn hóa, văn nghệ được tổ chức chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên "
       "hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026). Về thể thao thành tích cao, trong tháng các vận động viên "
       "của tỉnh giành 5 huy chương vàng, 7 huy chương bạc, 12 huy chương đồng tại các giải quốc gia; tính chung 10 "
       "tháng đạt 148 huy chương các loại.")

# ================================================================================================== VII
roman("VII. TRẬT TỰ AN TOÀN XÃ HỘI")
arabic("1. Tai nạn giao thông")
v, c, t = TNGT_T10["vụ"], TNGT_T10["chết"], TNGT_T10["bị thương"]
tabbed(f"Tháng 10/2026 (từ ngày 15/9 đến ngày 14/10/2026), trên địa bàn tỉnh xảy ra {v[0]} vụ tai nạn giao thông, "
       f"làm chết {c[0]} người, bị thương {t[0]} người. So với cùng kỳ năm trước, số vụ tai nạn giao thông giảm "
       f"{v[1] - v[0]} vụ ({chg(*v)}); số người chết tăng {c[0] - c[1]} người ({chg(*c)}); số người bị thương giảm "
       f"{t[1] - t[0]} người ({chg(*t)}).")
v, c, t = TNGT_10T["vụ"], TNGT_10T["chết"], TNGT_10T["bị thương"]
body(f"Tính chung 10 tháng năm 2026 (từ ngày 15/12/2025 đến ngày 14/10/2026), toàn tỉnh xảy ra {v[0]} vụ TNGT, làm "
     f"chết {c[0]} người, bị thương {t[0]} người; so với cùng kỳ năm trước, số vụ TNGT {chg(*v)}, số người chết "
     f"{chg(*c)}, số người bị thương {chg(*t)}. Lực lượng chức năng đã phát hiện, xử lý 38.640 trường hợp vi phạm "
     "trật tự an toàn giao thông, phạt tiền 46,2 tỷ đồng.")
arabic("2. Cháy, nổ và vi phạm môi trường")
tabbed("Tính chung 10 tháng năm 2026, trên địa bàn tỉnh xảy ra 23 vụ cháy và 1 vụ nổ, làm chết 1 người, bị thương 2 "
       "người, giá trị tài sản thiệt hại ước tính 6,84 tỷ đồng. Về môi trường, 10 tháng cơ quan chức năng phát hiện "
       "146 vụ vi phạm, đã xử lý 139 vụ với tổng số tiền xử phạt 2,37 tỷ đồng.")
arabic("3. Thiệt hại do thiên tai")
tabbed("Trong tháng, ảnh hưởng của hoàn lưu bão số 9 (từ ngày 06 đến ngày 08/10/2026) gây mưa to đến rất to trên "
       "diện rộng, làm 2 người chết; 412 ngôi nhà bị hư hỏng, tốc mái; 1.265 ha lúa và hoa màu bị ngập úng; 37 "
       "điểm sạt lở trên các tuyến giao thông. Giá trị thiệt hại ước tính 86,5 tỷ đồng. Tính chung 10 tháng năm "
       "2026, thiên tai làm 5 người chết, tổng giá trị thiệt hại ước tính 214,8 tỷ đồng, gấp 1,6 lần cùng kỳ năm "
       "trước.")

# ================================================================================================= VIII
roman("VIII. ĐÁNH GIÁ CHUNG")
tabbed("Tháng 10 và 10 tháng năm 2026, mặc dù chịu ảnh hưởng của hoàn lưu bão số 9, kinh tế - xã hội tỉnh Hà Sơn "
       "tiếp tục phục hồi và đạt mức tăng trưởng khá trên hầu hết các ngành, lĩnh vực.")
arabic("1. Kết quả đạt được")
dash("Sản xuất công nghiệp tăng trưởng khá, IIP 10 tháng tăng 8,6%, trong đó công nghiệp chế biến, chế tạo tiếp "
     "tục là động lực tăng trưởng chính.")
dash("Thương mại, dịch vụ sôi động; kim ngạch xuất khẩu tăng 12,3%, tiếp tục xuất siêu; thu hút đầu tư nước ngoài "
     "vào các KCN đạt khá.")
dash("Thu NSNN trên địa bàn bằng 91,8% dự toán năm; chỉ số giá tiêu dùng được kiểm soát; an sinh xã hội được bảo "
     "đảm.")
arabic("2. Khó khăn, hạn chế")
dash("Ngành khai khoáng và sản xuất vật liệu xây dựng tiếp tục giảm; một số sản phẩm như xi măng, gạch xây dựng "
     "tiêu thụ chậm, tồn kho tăng.")
dash("Giải ngân vốn đầu tư công mới đạt 57,4% kế hoạch, thấp so với yêu cầu; một số dự án còn vướng mắc về giải "
     "phóng mặt bằng.")
dash("Thu từ hoạt động xuất, nhập khẩu và thu tiền sử dụng đất đạt thấp so với dự toán; số doanh nghiệp tạm ngừng "
     "kinh doanh có thời hạn tăng 9,6% so với cùng kỳ.")
dash("Thiên tai gây thiệt hại lớn về người và tài sản, ảnh hưởng đến tiến độ gieo trồng vụ đông; dịch tả lợn châu "
     "Phi vẫn phát sinh rải rác; số ca sốt xuất huyết tăng 18,2%; số người chết do tai nạn giao thông trong tháng "
     "tăng so với cùng kỳ.")
arabic("3. Một số kiến nghị trong những tháng cuối năm")
dash("Tập trung tháo gỡ vướng mắc về bồi thường, giải phóng mặt bằng, đẩy nhanh tiến độ giải ngân, phấn đấu giải "
     "ngân 100% kế hoạch vốn đầu tư công năm 2026.")
dash("Hỗ trợ doanh nghiệp tiếp cận vốn tín dụng, mở rộng thị trường; đẩy mạnh xúc tiến đầu tư, hoàn thiện hạ tầng "
     "các KCN, cụm công nghiệp.")
dash("Tăng cường các biện pháp chống thất thu ngân sách, thu hồi nợ đọng thuế; đẩy nhanh tiến độ đấu giá quyền sử "
     "dụng đất.")
dash("Khắc phục hậu quả thiên tai, khôi phục sản xuất, hoàn thành kế hoạch gieo trồng vụ đông; chủ động phòng, "
     "chống dịch bệnh trên người và vật nuôi.")
dash("Bảo đảm cân đối cung cầu, bình ổn giá cả thị trường phục vụ Tết Nguyên đán Đinh Mùi năm 2027; chuẩn bị tốt "
     "các điều kiện triển khai Tổng điều tra kinh tế năm 2026 theo kế hoạch.")

body("Trên đây là báo cáo tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2026 trên địa bàn tỉnh Hà Sơn của Cục "
     "Thống kê tỉnh./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Cục Thống kê - Bộ Tài chính (b/c);",
    "- Thường trực Tỉnh ủy;",
    "- Thường trực HĐND tỉnh;",
    "- UBND tỉnh: CT, các PCT;",
    "- Văn phòng Tỉnh ủy, Văn phòng Đoàn ĐBQH và HĐND tỉnh, Văn phòng UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- Lãnh đạo Cục;",
    "- Lưu: VT, TKTH.",
], [("KT. CỤC TRƯỞNG", True, False), ("PHÓ CỤC TRƯỞNG", True, False)] + [("", False, False)] * 4
   + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "I", "I.1", "I.1.1", "III.2.a")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"], title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 10, 31, 8, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
