# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả công tác tổ chức xây dựng Đảng năm 2026 của Ban Tổ chức Tỉnh ủy Hà Lĩnh
(dữ liệu bịa, phục vụ đánh giá).

Write tests/data/btc-tinh-uy-ha-linh-nam-2026.docx: an invented year report of a provincial Party Committee's
Organisation Board (Báo cáo kết quả công tác tổ chức xây dựng Đảng năm 2026, phương hướng, nhiệm vụ năm 2027),
written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/btc-tinh-uy-ha-linh-nam-2026.json, eval/real/questions_tune13.jsonl).

Layouts: party-style header and signature tables without borders (left "TỈNH ỦY HÀ LĨNH / BAN TỔ CHỨC / * / Số
312-BC/BTCTU", right "ĐẢNG CỘNG SẢN VIỆT NAM" and place/date; signer "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
the title in two bold lines starting in lower case ("kết quả công tác ..."). Two lettered parts written as bare
capital letters, bold and indented like the Roman headings ("A. KẾT QUẢ ...", "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
ids "Phần A", "Phần B"), with untitled text right under "A." and the Roman numbering restarting under "B." (ids
"Phần A › II.4.b", "Phần B › III.2"). Under Part A: Roman "I." ... "IV.", Arabic "1.", lettered "a)" headings and, in
one section only (A › II.1), decimal "1.1." / "1.2." / "1.3." headings; the heading A › III.2 is long enough to wrap
onto two lines. '-' items, some with '+' sub-items; tab-led and first-line-indented body paragraphs mixed. A bordered
table "Bảng 1. Kết quả xếp loại chất lượng đảng viên năm 2026" (Số lượng / Tỷ lệ (%) / So với năm 2025, a bold
total row first) under A › II.4.b; a "PHỤ LỤC" after the signature with a table by đảng bộ trực thuộc (merged group
rows "I. Các đảng bộ cấp tỉnh" / "II. Các đảng bộ xã, phường", "Cộng ..." subtotals and a "Tổng cộng" row). Figures
with the same noun for different bodies or periods (kỷ luật by cấp ủy, tổ chức đảng vs by ủy ban kiểm tra; 2026 vs
2025; xếp loại of đảng bộ trực thuộc vs tổ chức cơ sở đảng vs chi bộ vs đảng viên; the whole term 2020 - 2025 in a
footnote); Vietnamese number format ("96.741 đảng viên", "14,42%"); abbreviations BTV, UBKT, TCCS, ĐV, HTXSNV, LLCT,
DNTN used in some places and spelled out in others; five real Word footnotes carrying figures found nowhere else.
Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_ban_to_chuc.py [out.docx]
    .venv/bin/python scripts/make_test_report_ban_to_chuc.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_ban_to_chuc.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402

NAME = "btc-tinh-uy-ha-linh-nam-2026"
OUT = ROOT / "tests" / "data" / f"{NAME}.docx"
ZIP_TIME = (2026, 12, 18, 8, 0, 0)
METADATA = {
    "issuer": "Ban Tổ chức Tỉnh ủy Hà Lĩnh",
    "number": "312-BC/BTCTU",
    "date": "ngày 18 tháng 12 năm 2026",
    "place": "Hà Lĩnh",
    "signer": "Hoàng Thị Minh Hạnh",
    "signer_title": "K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
    "title": "Kết quả công tác tổ chức xây dựng Đảng năm 2026, phương hướng, nhiệm vụ năm 2027",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def part(t: str):
    """'A. TITLE': a bare capital letter, bold and indented like a Roman heading."""
    num, title = t.split(" ", 1)
    HEADINGS.append(("part", num.rstrip("."), title))
    return R.para(t, bold=True, keep_next=True)


def _heading(kind: str, fn):
    def write(t: str):
        num, title = t.split(" ", 1)
        HEADINGS.append((kind, num, title))
        return fn(t)
    return write


roman, arabic, dec, letter = (_heading("roman", R.roman), _heading("arabic", R.arabic), _heading("dec", R.dec),
                              _heading("letter", R.letter))


def vn(x: float, nd: int = 2) -> str:
    """Vietnamese decimal: 1234.5 -> '1.234,50'."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pct(a: float, b: float, nd: int = 2) -> str:
    return vn(100.0 * a / b, nd)


_grid_table = partial(R.grid_table, totals=("Cộng", "Tổng"), middle_rows=True, spacer=True)


def grid_table(header, rows, widths, **kw):
    """The kit's bordered table, with the grid columns set to the cell widths too (as Word writes them)."""
    t = _grid_table(header, rows, widths, **kw)
    for col, w in zip(t.columns, widths):
        col.width = w
    return t

# ----------------------------------------------------------------------------------------------- data
# đảng viên: 30/11/2025 -> 30/11/2026
DV_2025 = 94_915
KN, KN_2025, KN_TARGET = 2_756, 2_918, 2_600  # kết nạp
CHUYEN_DEN, CHUYEN_DI, TU_TRAN, XOA_TEN, CHO_RA, KHAI_TRU = 318, 246, 912, 54, 17, 19
DV = DV_2025 + KN + CHUYEN_DEN - CHUYEN_DI - TU_TRAN - XOA_TEN - CHO_RA - KHAI_TRU
assert DV == 96_741, DV
DU_BI = 5_284
# kết nạp theo đối tượng (không loại trừ nhau)
KN_DOAN, KN_DTTS, KN_CN, KN_DNTN, KN_CHU_DN = 1_984, 1_126, 214, 97, 6
KN_HS, KN_SV, KN_TON_GIAO, KN_LLVT = 64, 62, 48, 402
KN_NU, KN_DH = 1_108, 1_297  # footnote only

# tổ chức đảng
TCCS_2025 = 1_233
TCCS_MERGED_FROM, TCCS_MERGED_TO, TCCS_DISSOLVED, TCCS_NEW = 164, 85, 15, 7
TCCS = TCCS_2025 - (TCCS_MERGED_FROM - TCCS_MERGED_TO) - TCCS_DISSOLVED + TCCS_NEW
DBCS, CBCS = 392, 754
assert TCCS == DBCS + CBCS == 1_146, TCCS
CHI_BO = 5_318

# xếp loại chất lượng: (HTXSNV, HTTNV, HTNV, KHTNV)
DB_TT = (14, 61, 7, 0)  # đảng bộ trực thuộc Tỉnh ủy
TC_26 = (189, 812, 121, 17)  # tổ chức cơ sở đảng 2026
TC_25 = (196, 846, 161, 23)
CB_26 = (904, 3_921, 431, 46)  # chi bộ trực thuộc đảng ủy cơ sở
DV_26 = (12_184, 66_913, 4_962, 457)  # đảng viên
DV_25 = (12_047, 65_801, 5_498, 556)
assert sum(DB_TT) == 82 and sum(TC_26) == TCCS - TCCS_NEW and sum(CB_26) == 5_302
N26, N25 = sum(DV_26), sum(DV_25)
assert (N26, N25) == (84_516, 83_902) and DV_26[0] <= 0.2 * (DV_26[0] + DV_26[1])
KHONG_XL = DV - N26
P26 = [pct(x, N26) for x in DV_26]
P25 = [pct(x, N25) for x in DV_25]
assert P26 == ["14,42", "79,17", "5,87", "0,54"] and P25 == ["14,36", "78,43", "6,55", "0,66"], (P26, P25)
GOOD26, GOOD25 = pct(DV_26[0] + DV_26[1], N26), pct(DV_25[0] + DV_25[1], N25)


def _pp(a: str, b: str) -> float:  # difference of two displayed percentages, in points
    return float(a.replace(",", ".")) - float(b.replace(",", "."))


# kỷ luật năm 2026: (khiển trách, cảnh cáo, cách chức, khai trừ)
KL_CU = (94, 38, 3, 11)  # cấp ủy, tổ chức đảng các cấp
KL_UBKT = (41, 26, 4, 8)  # ủy ban kiểm tra các cấp
KL = sum(KL_CU) + sum(KL_UBKT)
KL_2025 = 262
assert (sum(KL_CU), sum(KL_UBKT), KL) == (146, 79, 225) and KL_CU[3] + KL_UBKT[3] == KHAI_TRU
KL_TERM = (786, 372, 58, 131)  # nhiệm kỳ 2020 - 2025, footnote only

# Huy hiệu Đảng
HH = {30: 1_406, 40: 892, 45: 574, 50: 431, 55: 296, 60: 148, 65: 97, 70: 36, 75: 9}
HH_TOTAL, HH_2025 = sum(HH.values()), 3_675
assert HH_TOTAL == 3_889
THE = (1_134, 834, 517, 376)  # phát thẻ đảng viên: đợt 03/02, 19/5, 02/9, 07/11
CHINH_THUC = 2_873
assert sum(THE) == 2_861

# Phụ lục: (đảng bộ, tổng số ĐV, kết nạp 2026, ĐV được xếp loại, ĐV HTXSNV, ĐV bị kỷ luật)
KHOI = [
    ("Đảng bộ các cơ quan Đảng tỉnh", 2_184, 38, 2_061, 391, 3),
    ("Đảng bộ Ủy ban nhân dân tỉnh", 6_927, 142, 6_583, 1_122, 14),
    ("Đảng bộ Công an tỉnh", 4_318, 226, 4_102, 783, 9),
    ("Đảng bộ Quân sự tỉnh", 2_946, 176, 2_811, 517, 2),
]
XA = [
    ("Các đảng bộ phường khu vực Lĩnh Thành (14 phường)", 17_862, 398, 15_104, 2_311, 41),
    ("Các đảng bộ xã khu vực Ngọc Khê (11 xã)", 12_406, 312, 10_652, 1_419, 27),
    ("Các đảng bộ xã khu vực Yên Sơn (13 xã)", 13_958, 401, 12_037, 1_687, 36),
    ("Các đảng bộ xã khu vực Phù Vân (12 xã)", 11_734, 297, 10_118, 1_352, 24),
    ("Các đảng bộ xã khu vực Khe Lau (15 xã)", 13_215, 438, 11_402, 1_498, 39),
    ("Các đảng bộ xã khu vực Đồng Mây (13 xã)", 11_191, 328, 9_646, 1_104, 30),
]
ALL = KHOI + XA
assert tuple(sum(r[i] for r in ALL) for i in range(1, 6)) == (DV, KN, N26, DV_26[0], KL)
assert sum(r[2] for r in KHOI[2:]) == KN_LLVT
_rate = {r[0]: r[4] / r[3] for r in ALL}
assert max(_rate, key=_rate.get) == "Đảng bộ Công an tỉnh"
assert min(_rate, key=_rate.get).startswith("Các đảng bộ xã khu vực Đồng Mây")
assert max(ALL, key=lambda r: r[2])[0].startswith("Các đảng bộ xã khu vực Khe Lau")
assert max(ALL, key=lambda r: r[5])[0].startswith("Các đảng bộ phường khu vực Lĩnh Thành")

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("TỈNH ỦY HÀ LĨNH", False, False),
    ("BAN TỔ CHỨC", True, False),
    ("*", False, False),
    ("Số " + METADATA["number"], False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True),
    ("", False, False),
    ("", False, False),
    (f"{METADATA['place']}, {METADATA['date']}", False, True),
])
LAYOUT_TABLES = [ht._tbl]

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("kết quả công tác tổ chức xây dựng Đảng năm 2026,", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ năm 2027", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

tabbed("Thực hiện Hướng dẫn số 31-HD/BTCTW ngày 22/10/2026 của Ban Tổ chức Trung ương về tổng kết công tác tổ chức "
       "xây dựng Đảng năm 2026 và Chương trình công tác năm 2026 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy báo "
       "cáo kết quả công tác tổ chức xây dựng Đảng năm 2026, phương hướng, nhiệm vụ năm 2027 như sau:")

# ============================================================================================ PHẦN A
part("A. KẾT QUẢ CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM 2026")
tabbed("Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết Đại "
       "hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030; cũng là năm đầu tiên hệ thống chính trị của tỉnh "
       "vận hành trọn năm theo mô hình tổ chức mới sau sắp xếp. Từ ngày 01/7/2025, Đảng bộ tỉnh kết thúc hoạt động "
       "của 9 đảng bộ huyện, thị xã, thành phố và Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh; đến nay có 82 đảng bộ "
       "trực thuộc Tỉnh ủy, gồm 4 đảng bộ cấp tỉnh (Đảng bộ các cơ quan Đảng tỉnh, Đảng bộ Ủy ban nhân dân tỉnh, "
       "Đảng bộ Công an tỉnh, Đảng bộ Quân sự tỉnh) và 78 đảng bộ xã, phường (64 xã, 14 phường).")
body("Khối lượng công việc lớn, nhiều nhiệm vụ mới, yêu cầu cao về tiến độ; đội ngũ cán bộ làm công tác tổ chức ở "
     "cấp xã phần lớn mới được bố trí, chưa có nhiều kinh nghiệm. Được sự quan tâm lãnh đạo, chỉ đạo sát sao của Ban "
     "Chấp hành, Ban Thường vụ, Thường trực Tỉnh ủy và sự hướng dẫn của Ban Tổ chức Trung ương, ngành tổ chức xây "
     "dựng Đảng của tỉnh đã đoàn kết, chủ động, hoàn thành toàn diện các nhiệm vụ được giao, nhiều chỉ tiêu đạt và "
     "vượt kế hoạch.")

roman("I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN VÀ TỔ CHỨC BỘ MÁY")
arabic("1. Tham mưu ban hành văn bản lãnh đạo, chỉ đạo")
tabbed("Ban Tổ chức Tỉnh ủy đã tham mưu Ban Chấp hành, Ban Thường vụ Tỉnh ủy ban hành kịp thời, đồng bộ các văn bản "
       "về công tác tổ chức xây dựng Đảng", Fn(
           "Năm 2026, Ban Tổ chức Tỉnh ủy đã tham mưu Ban Chấp hành, Ban Thường vụ Tỉnh ủy ban hành 63 văn bản (4 quy "
           "định, 11 quy chế, 29 quyết định, 19 hướng dẫn và kế hoạch); thẩm định 218 đề án, tờ trình về tổ chức bộ "
           "máy, cán bộ của các cơ quan, đơn vị trước khi trình Thường trực Tỉnh ủy."),
       ", trọng tâm là: Quy định số 05-QĐi/TU ngày 16/01/2026 về phân cấp quản lý cán bộ; Quyết định số 1142-QĐ/TU "
       "ngày 20/02/2026 ban hành Quy chế làm việc mẫu của đảng ủy xã, phường; Kết luận số 27-KL/TU ngày 14/4/2026 "
       "của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ sau sắp xếp thôn, tổ dân phố. Ban Tổ chức "
       "Tỉnh ủy ban hành Hướng dẫn số 19-HD/BTCTU ngày 06/11/2026 về kiểm điểm, đánh giá, xếp loại chất lượng tổ "
       "chức đảng, đảng viên năm 2026.")
body("Công tác hướng dẫn nghiệp vụ được tăng cường; Ban đã tổ chức 4 hội nghị tập huấn nghiệp vụ công tác tổ chức "
     "xây dựng Đảng cho 1.460 lượt cán bộ làm công tác tổ chức, văn phòng cấp ủy ở các đảng bộ xã, phường; thành lập "
     "6 tổ công tác trực tiếp hướng dẫn, tháo gỡ vướng mắc cho cơ sở trong những tháng đầu năm.")

arabic("2. Công tác tổ chức bộ máy và quản lý biên chế")
tabbed("Tiếp tục rà soát, hoàn thiện tổ chức bộ máy của các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị "
       "- xã hội cấp tỉnh, cấp xã sau sắp xếp. Trong năm, tham mưu BTV Tỉnh ủy ban hành quyết định quy định chức "
       "năng, nhiệm vụ, tổ chức bộ máy của 6 cơ quan tham mưu, giúp việc Tỉnh ủy; kiện toàn 27 ban chỉ đạo, hội đồng "
       "của Tỉnh ủy, giảm 9 ban chỉ đạo so với năm 2025.")
dash("Về biên chế: tổng biên chế khối đảng, Mặt trận, đoàn thể được giao năm 2026 là 4.326 biên chế (cấp tỉnh "
     "1.118, cấp xã 3.208); đã sử dụng 4.187 biên chế, còn 139 biên chế chưa sử dụng để thực hiện lộ trình tinh "
     "giản.")
dash("Về chính sách đối với người dôi dư: đã giải quyết chế độ cho 1.342 cán bộ, công chức, viên chức và người lao "
     "động nghỉ việc theo Nghị định số 178/2024/NĐ-CP của Chính phủ (được sửa đổi, bổ sung tại Nghị định số "
     "67/2025/NĐ-CP), trong đó khối đảng, Mặt trận, đoàn thể 386 người.")

roman("II. XÂY DỰNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ NÂNG CAO CHẤT LƯỢNG ĐẢNG VIÊN")
arabic("1. Củng cố, kiện toàn tổ chức cơ sở đảng")
body("Các cấp ủy tập trung củng cố, kiện toàn tổ chức cơ sở đảng gắn với sắp xếp thôn, tổ dân phố và đơn vị sự "
     "nghiệp, doanh nghiệp; bảo đảm tổ chức đảng bao quát toàn diện các lĩnh vực, địa bàn.")
dec("1.1. Về số lượng tổ chức đảng")
tabbed(f"Tính đến ngày 30/11/2026, toàn Đảng bộ tỉnh có 82 đảng bộ trực thuộc Tỉnh ủy; {vi(TCCS)} tổ chức cơ sở "
       f"đảng ({DBCS} đảng bộ cơ sở, {CBCS} chi bộ cơ sở), giảm {TCCS_2025 - TCCS} TCCS đảng so với ngày 30/11/2025; "
       f"{vi(CHI_BO)} chi bộ trực thuộc đảng ủy cơ sở. Toàn tỉnh còn 2 thôn chưa có đảng viên (thôn Phìn Sáng, xã "
       "Khe Lau và thôn Nà Chạc, xã Đồng Mây), đang sinh hoạt ghép với chi bộ thôn liền kề.")
dec("1.2. Về sắp xếp, hợp nhất tổ chức đảng")
body(f"Thực hiện Kế hoạch số 46-KH/TU ngày 09/01/2026 của Ban Thường vụ Tỉnh ủy, các đảng ủy trực thuộc đã hợp nhất "
     f"{TCCS_MERGED_FROM} tổ chức cơ sở đảng thành {TCCS_MERGED_TO} tổ chức cơ sở đảng; hợp nhất 312 chi bộ thôn, "
     f"tổ dân phố thành 151 chi bộ do sáp nhập thôn, tổ dân phố; giải thể {TCCS_DISSOLVED} tổ chức cơ sở đảng (11 "
     "tổ chức đảng trong doanh nghiệp giải thể, cổ phần hóa, thoái vốn nhà nước và 4 tổ chức đảng ở đơn vị sự "
     f"nghiệp sáp nhập); thành lập mới {TCCS_NEW} tổ chức cơ sở đảng.")
body("Sau sắp xếp, 100% đảng bộ xã, phường được kiện toàn đủ bí thư, phó bí thư; có 31/78 đồng chí bí thư đảng ủy "
     "xã, phường không là người địa phương (chiếm 39,7%); 100% bí thư chi bộ thôn, tổ dân phố đồng thời là trưởng "
     "thôn, tổ trưởng tổ dân phố.")
dec("1.3. Về xây dựng tổ chức đảng trong doanh nghiệp khu vực kinh tế tư nhân")
body("Toàn tỉnh có 103 tổ chức đảng trong doanh nghiệp khu vực kinh tế tư nhân với 1.142 đảng viên; trong năm thành "
     "lập mới 5 tổ chức cơ sở đảng trong DNTN (Công ty cổ phần May Lĩnh Thành, Công ty TNHH Gỗ Phù Vân, Công ty cổ "
     "phần Chè Khe Lau, Công ty TNHH Cơ khí Yên Sơn, Hợp tác xã Dược liệu Đồng Mây). Còn 214 doanh nghiệp có từ 50 "
     "lao động trở lên chưa có tổ chức đảng, chủ yếu do chưa có đảng viên hoặc chủ doanh nghiệp chưa quan tâm.")

arabic("2. Công tác phát triển đảng viên")
letter("a) Kết quả chung")
tabbed(f"Năm 2026, toàn Đảng bộ kết nạp {vi(KN)} đảng viên", Fn(
    f"Trong số đảng viên mới kết nạp năm 2026 có {vi(KN_NU)} đảng viên nữ (chiếm {pct(KN_NU, KN, 1)}%); tuổi đời "
    f"bình quân 27,4 tuổi; {vi(KN_DH)} đảng viên có trình độ đại học trở lên (chiếm {pct(KN_DH, KN, 1)}%)."),
    f", đạt {pct(KN, KN_TARGET, 1)}% chỉ tiêu Ban Thường vụ Tỉnh ủy giao ({vi(KN_TARGET)} đảng viên), giảm "
    f"{KN_2025 - KN} đảng viên so với năm 2025 ({vi(KN_2025)} đảng viên); tỷ lệ kết nạp so với tổng số đảng viên "
    f"đầu năm đạt {pct(KN, DV_2025, 1)}%. Có 18/82 đảng bộ trực thuộc không đạt chỉ tiêu kết nạp được giao, chủ "
    "yếu là các đảng bộ phường và đảng bộ xã mới hợp nhất.")
letter("b) Kết nạp đảng viên theo đối tượng")
dash(f"Đoàn viên Đoàn Thanh niên Cộng sản Hồ Chí Minh: {vi(KN_DOAN)} đồng chí, chiếm {pct(KN_DOAN, KN, 1)}%;")
dash(f"Người dân tộc thiểu số: {vi(KN_DTTS)} đồng chí, chiếm {pct(KN_DTTS, KN, 1)}%;")
dash(f"Công nhân, người lao động trực tiếp sản xuất: {KN_CN} đồng chí (chiếm {pct(KN_CN, KN, 1)}%), trong đó "
     f"kết nạp trong doanh nghiệp tư nhân {KN_DNTN} đồng chí, có {KN_CHU_DN} đồng chí là chủ doanh nghiệp tư nhân;")
dash(f"Học sinh, sinh viên: {KN_HS + KN_SV} đồng chí, trong đó:")
plus(f"Học sinh trung học phổ thông: {KN_HS} đồng chí;")
plus(f"Sinh viên các trường đại học, cao đẳng trên địa bàn: {KN_SV} đồng chí;")
dash(f"Người có đạo: {KN_TON_GIAO} đồng chí (Công giáo 31, Phật giáo 17);")
dash(f"Trong lực lượng vũ trang (Đảng bộ Công an tỉnh, Đảng bộ Quân sự tỉnh): {KN_LLVT} đồng chí.")
body("Chất lượng đảng viên mới từng bước được nâng lên; quy trình, thủ tục kết nạp bảo đảm chặt chẽ, đúng quy định. "
     "Tuy nhiên, tỷ lệ kết nạp đảng viên là công nhân, người lao động trong doanh nghiệp còn thấp, chưa tương xứng "
     "với số lượng lao động trên địa bàn.")

arabic("3. Quản lý đảng viên, phát thẻ đảng viên và xét tặng Huy hiệu Đảng")
letter("a) Quản lý đảng viên")
tabbed(f"Tính đến ngày 30/11/2026, toàn Đảng bộ có {vi(DV)} đảng viên (đảng viên dự bị {vi(DU_BI)} đồng chí), tăng "
       f"{vi(DV - DV_2025)} đảng viên so với cùng kỳ năm 2025. Trong năm, tiếp nhận {CHUYEN_DEN} đảng viên từ ngoài "
       f"tỉnh chuyển sinh hoạt đảng chính thức đến, giới thiệu {CHUYEN_DI} đảng viên chuyển đi; {TU_TRAN} đảng viên "
       f"từ trần; xóa tên {XOA_TEN} đảng viên, cho ra khỏi Đảng {CHO_RA} đảng viên và khai trừ {KHAI_TRU} đảng viên.")
dash("Miễn công tác và sinh hoạt đảng cho 1.037 đảng viên cao tuổi, sức khỏe yếu; quản lý 2.418 đảng viên tạm vắng, "
     "đi làm ăn xa, trong đó 1.153 đảng viên đi làm việc ngoài tỉnh có xác nhận của chi bộ nơi tạm trú.")
dash("Cơ sở dữ liệu đảng viên được cập nhật thường xuyên, 100% đảng bộ xã, phường sử dụng phần mềm Quản lý cơ sở dữ "
     f"liệu đảng viên; {vi(71_306)} đảng viên (chiếm {pct(71_306, DV, 1)}%) đã cài đặt và sử dụng ứng dụng Sổ tay "
     "đảng viên điện tử.")
letter("b) Phát thẻ đảng viên")
body(f"Trong năm, công nhận đảng viên chính thức cho {vi(CHINH_THUC)} đồng chí; tổ chức phát {vi(sum(THE))} thẻ đảng "
     f"viên vào các dịp kỷ niệm 03/02, 19/5, 02/9 và 07/11 (đợt 03/02: {vi(THE[0])} thẻ; đợt 19/5: {THE[1]} thẻ; "
     f"đợt 02/9: {THE[2]} thẻ; đợt 07/11: {THE[3]} thẻ); {CHINH_THUC - sum(THE)} trường hợp chưa phát thẻ do đang "
     "bổ sung, hoàn thiện hồ sơ. Cấp lại 63 thẻ đảng viên bị mất, hỏng; không có trường hợp sử dụng thẻ đảng viên "
     "sai quy định.")
letter("c) Xét tặng Huy hiệu Đảng")
tabbed(f"Ban Thường vụ Tỉnh ủy đã xét, tặng Huy hiệu Đảng cho {vi(HH_TOTAL)} đảng viên", Fn(
    "Ngoài ra, Tỉnh ủy đã trao Huy hiệu 80 năm tuổi Đảng cho 2 đồng chí đảng viên lão thành (đồng chí Hà Văn Khuê, "
    "xã Yên Sơn và đồng chí Đinh Thị Lụa, phường Lĩnh Thành); tổng kinh phí tặng quà kèm theo Huy hiệu Đảng năm "
    "2026 là 9,46 tỷ đồng."),
    f", tăng {HH_TOTAL - HH_2025} huy hiệu so với năm 2025 ({vi(HH_2025)} huy hiệu), gồm:")
dash(f"Huy hiệu 30 năm tuổi Đảng: {vi(HH[30])} đồng chí; 40 năm tuổi Đảng: {HH[40]} đồng chí; 45 năm tuổi Đảng: "
     f"{HH[45]} đồng chí;")
dash(f"Huy hiệu 50 năm tuổi Đảng: {HH[50]} đồng chí; 55 năm tuổi Đảng: {HH[55]} đồng chí; 60 năm tuổi Đảng: "
     f"{HH[60]} đồng chí;")
dash(f"Huy hiệu 65 năm tuổi Đảng: {HH[65]} đồng chí; 70 năm tuổi Đảng: {HH[70]} đồng chí; 75 năm tuổi Đảng: "
     f"{HH[75]} đồng chí.")
body("Lễ trao tặng được tổ chức trang trọng, đúng quy định; các đảng ủy xã, phường trao tận nhà đối với các đồng chí "
     "đảng viên cao tuổi, ốm đau không thể đến dự lễ.")

arabic("4. Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026")
tabbed("Việc kiểm điểm, đánh giá, xếp loại chất lượng được thực hiện theo Quy định số 124-QĐ/TW ngày 04/10/2023 của "
       "Bộ Chính trị và Hướng dẫn số 19-HD/BTCTU của Ban Tổ chức Tỉnh ủy, hoàn thành trước ngày 15/12/2026; các cấp "
       "ủy gắn đánh giá với kết quả thực hiện nhiệm vụ, sản phẩm cụ thể, khắc phục một bước tình trạng nể nang, "
       "\"dĩ hòa vi quý\".")
letter("a) Đối với tổ chức đảng")
dash(f"Các đảng bộ trực thuộc Tỉnh ủy: Ban Thường vụ Tỉnh ủy đánh giá, xếp loại 82 đảng bộ, trong đó hoàn thành xuất "
     f"sắc nhiệm vụ {DB_TT[0]} đảng bộ ({pct(DB_TT[0], 82)}%), hoàn thành tốt nhiệm vụ {DB_TT[1]} đảng bộ "
     f"({pct(DB_TT[1], 82)}%), hoàn thành nhiệm vụ {DB_TT[2]} đảng bộ ({pct(DB_TT[2], 82)}%); không có đảng bộ "
     "không hoàn thành nhiệm vụ.")
n_tc = sum(TC_26)
dash(f"Tổ chức cơ sở đảng: có {vi(n_tc)}/{vi(TCCS)} TCCS đảng được đánh giá, xếp loại ({TCCS_NEW} TCCS đảng mới "
     "thành lập chưa đủ 6 tháng không xếp loại), trong đó:")
plus(f"Hoàn thành xuất sắc nhiệm vụ: {TC_26[0]} TCCS, chiếm {pct(TC_26[0], n_tc)}% (năm 2025: "
     f"{pct(TC_25[0], sum(TC_25))}%);")
plus(f"Hoàn thành tốt nhiệm vụ: {TC_26[1]} TCCS, chiếm {pct(TC_26[1], n_tc)}%;")
plus(f"Hoàn thành nhiệm vụ: {TC_26[2]} TCCS, chiếm {pct(TC_26[2], n_tc)}%;")
plus(f"Không hoàn thành nhiệm vụ: {TC_26[3]} TCCS, chiếm {pct(TC_26[3], n_tc)}%, giảm {TC_25[3] - TC_26[3]} tổ "
     "chức so với năm 2025.")
n_cb = sum(CB_26)
dash(f"Chi bộ trực thuộc đảng ủy cơ sở: xếp loại {vi(n_cb)} chi bộ; hoàn thành xuất sắc nhiệm vụ {CB_26[0]} chi bộ "
     f"({pct(CB_26[0], n_cb)}%), hoàn thành tốt nhiệm vụ {vi(CB_26[1])} chi bộ ({pct(CB_26[1], n_cb)}%), hoàn "
     f"thành nhiệm vụ {CB_26[2]} chi bộ ({pct(CB_26[2], n_cb)}%), không hoàn thành nhiệm vụ {CB_26[3]} chi bộ "
     f"({pct(CB_26[3], n_cb)}%).")
letter("b) Đối với đảng viên")
tabbed(f"Tổng số đảng viên được đánh giá, xếp loại là {vi(N26)} đồng chí; không đánh giá, xếp loại {vi(KHONG_XL)} "
       "đồng chí (đảng viên được miễn công tác và sinh hoạt đảng, ốm đau dài ngày, nghỉ chế độ thai sản). Số đảng "
       f"viên hoàn thành xuất sắc nhiệm vụ là {vi(DV_26[0])} đồng chí, chiếm {P26[0]}% (năm 2025 là {P25[0]}%); "
       f"tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt {GOOD26}%, tăng {vn(_pp(GOOD26, GOOD25))} điểm phần "
       f"trăm so với năm 2025; số đảng viên không hoàn thành nhiệm vụ là {DV_26[3]} đồng chí, giảm "
       f"{DV_25[3] - DV_26[3]} đồng chí. Kết quả cụ thể như sau:")
para("Bảng 1. Kết quả xếp loại chất lượng đảng viên năm 2026", bold=True, align=CENTER, indent=None, size=13,
     keep_next=True)


def _cmp(a: str, b: str) -> str:
    d = _pp(a, b)
    return f"{'Tăng' if d > 0 else 'Giảm'} {vn(abs(d))} điểm %"


LEVELS = ("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
          "Không hoàn thành nhiệm vụ")
b1_rows = [("", "Tổng số đảng viên được đánh giá, xếp loại", vi(N26), "100", f"Tăng {N26 - N25} đảng viên")]
b1_rows += [(str(i + 1), LEVELS[i], vi(DV_26[i]), P26[i], _cmp(P26[i], P25[i])) for i in range(4)]
b1_rows.append(("", "Trong đó: hoàn thành tốt nhiệm vụ trở lên", vi(DV_26[0] + DV_26[1]), GOOD26,
                _cmp(GOOD26, GOOD25)))
grid_table(("STT", "Mức xếp loại", "Số lượng (đảng viên)", "Tỷ lệ (%)", "So với năm 2025"), b1_rows,
           [Cm(1.3), Cm(6.2), Cm(2.8), Cm(2.0), Cm(3.6)], size=12)
body("Đối với đảng viên là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý: 412 đồng chí được xếp loại, trong đó "
     "hoàn thành xuất sắc nhiệm vụ 71 đồng chí (chiếm 17,23%); không có đồng chí nào không hoàn thành nhiệm vụ.")

arabic("5. Công tác xử lý, thi hành kỷ luật đảng viên vi phạm")
tabbed("Năm 2026, cấp ủy, tổ chức đảng các cấp đã thi hành kỷ luật 2 tổ chức đảng (khiển trách 1, cảnh cáo 1) và "
       f"{sum(KL_CU)} đảng viên (khiển trách {KL_CU[0]}, cảnh cáo {KL_CU[1]}, cách chức {KL_CU[2]}, khai trừ "
       f"{KL_CU[3]}). Ủy ban kiểm tra các cấp thi hành kỷ luật 1 tổ chức đảng (khiển trách) và {sum(KL_UBKT)} đảng "
       f"viên (khiển trách {KL_UBKT[0]}, cảnh cáo {KL_UBKT[1]}, cách chức {KL_UBKT[2]}, khai trừ {KL_UBKT[3]}).")
tabbed(f"Tổng số đảng viên bị kỷ luật trong toàn Đảng bộ là {KL} đồng chí, giảm {KL_2025 - KL} đồng chí so với năm "
       f"2025 ({KL_2025} đồng chí)", Fn(
           f"Trong nhiệm kỳ 2020 - 2025, cấp ủy, tổ chức đảng và ủy ban kiểm tra các cấp trong Đảng bộ tỉnh đã thi "
           f"hành kỷ luật 27 tổ chức đảng và {vi(sum(KL_TERM))} đảng viên (khiển trách {KL_TERM[0]}, cảnh cáo "
           f"{KL_TERM[1]}, cách chức {KL_TERM[2]}, khai trừ {KL_TERM[3]})."),
       "; trong đó 6 đảng viên là cán bộ thuộc diện BTV Tỉnh ủy quản lý, 34 đảng viên vi phạm liên quan đến tham "
       "nhũng, lãng phí, tiêu cực. Việc xem xét, thi hành kỷ luật bảo đảm nguyên tắc, thủ tục, khách quan, chính "
       "xác; có 4 đảng viên khiếu nại kỷ luật, UBKT Tỉnh ủy đã giải quyết xong 3 trường hợp (giữ nguyên hình thức "
       "kỷ luật), 1 trường hợp đang xem xét.")

roman("III. CÔNG TÁC CÁN BỘ")
arabic("1. Công tác quy hoạch cán bộ")
tabbed("Ban Thường vụ Tỉnh ủy đã phê duyệt quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2030 - 2035 gồm 118 đồng "
       "chí", Fn("Cơ cấu quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2030 - 2035: nữ 29 đồng chí (chiếm 24,6%); "
                 "dưới 45 tuổi 45 đồng chí (chiếm 38,1%); người dân tộc thiểu số 25 đồng chí (chiếm 21,2%)."),
       ", quy hoạch Ban Thường vụ Tỉnh ủy 31 đồng chí và quy hoạch các chức danh lãnh đạo, quản lý thuộc diện Ban "
       "Thường vụ Tỉnh ủy quản lý 476 lượt đồng chí. Các đảng ủy trực thuộc hoàn thành rà soát, bổ sung quy hoạch "
       "cấp ủy nhiệm kỳ 2030 - 2035 với 2.964 lượt đồng chí. Công tác quy hoạch bảo đảm phương châm \"mở\" và "
       "\"động\", gắn với đánh giá cán bộ qua kết quả, sản phẩm cụ thể.")
arabic("2. Công tác bổ nhiệm, giới thiệu cán bộ ứng cử; điều động, luân chuyển cán bộ và bố trí, sắp xếp đội ngũ "
       "cán bộ lãnh đạo, quản lý sau sắp xếp tổ chức bộ máy, đơn vị hành chính các cấp")
body("Ban Thường vụ Tỉnh ủy đã xem xét, quyết định bổ nhiệm, bổ nhiệm lại, giới thiệu ứng cử 87 lượt cán bộ thuộc "
     "diện BTV Tỉnh ủy quản lý (bổ nhiệm mới 41, bổ nhiệm lại 19, giới thiệu ứng cử 27). Quy trình được thực hiện "
     "chặt chẽ, công khai, dân chủ, không có trường hợp khiếu nại, tố cáo liên quan đến nhân sự được bổ nhiệm.")
dash("Điều động 36 cán bộ, luân chuyển 14 cán bộ diện Ban Thường vụ Tỉnh ủy quản lý, trong đó luân chuyển từ tỉnh "
     "về giữ chức bí thư đảng ủy xã, phường 11 đồng chí, luân chuyển từ cơ sở về tỉnh 3 đồng chí;")
dash("Cấp ủy các cấp điều động, luân chuyển 412 lượt cán bộ thuộc thẩm quyền quản lý; tăng cường 58 công chức cấp "
     "tỉnh về công tác tại các xã có khối lượng công việc lớn, thiếu cán bộ chuyên môn (đất đai, tài chính, xây "
     "dựng, chuyển đổi số);")
dash("Cho thôi giữ chức vụ, bố trí công tác khác đối với 9 cán bộ lãnh đạo, quản lý do hạn chế về năng lực, không "
     "hoàn thành nhiệm vụ được giao.")
arabic("3. Công tác đào tạo, bồi dưỡng cán bộ")
dash("Cử 146 đồng chí đi học cao cấp lý luận chính trị (hệ tập trung 52, hệ không tập trung 94), tăng 23 đồng chí so "
     "với năm 2025;")
dash("Trường Chính trị tỉnh mở 28 lớp trung cấp lý luận chính trị với 2.214 học viên, trong đó 9 lớp mở tại các "
     "cụm xã với 716 học viên;")
dash("Đào tạo sau đại học 37 đồng chí (tiến sĩ 4, thạc sĩ 33); bồi dưỡng, cập nhật kiến thức cho 5.860 lượt cán "
     "bộ, công chức cấp xã sau sắp xếp, trong đó:")
plus("Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 3, đối tượng 4: 1.248 lượt;")
plus("Bồi dưỡng kỹ năng, nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ: 4.612 lượt.")
body("Nhìn chung, công tác đào tạo LLCT gắn với quy hoạch và yêu cầu chuẩn hóa chức danh; tuy nhiên một số cán bộ "
     "cấp xã sau sắp xếp chưa được bồi dưỡng kịp thời về quản lý nhà nước ở chính quyền địa phương 2 cấp.")
arabic("4. Thực hiện chính sách cán bộ và công tác bảo vệ chính trị nội bộ")
body("Thẩm định tiêu chuẩn chính trị 3.102 hồ sơ (kết nạp đảng 2.874 hồ sơ; cán bộ bổ nhiệm, quy hoạch 228 hồ sơ); "
     "giải quyết kịp thời chế độ nghỉ hưu cho 64 cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý; tổ chức khám sức "
     "khỏe định kỳ cho 1.286 lượt cán bộ đương chức và nghỉ hưu thuộc diện Tỉnh ủy quản lý.")

roman("IV. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
dash("Công tác tham mưu về tổ chức xây dựng Đảng được thực hiện chủ động, kịp thời, bám sát chủ trương của Trung "
     "ương và tình hình thực tiễn của tỉnh; hệ thống văn bản sau sắp xếp được ban hành tương đối đồng bộ.")
dash("Tổ chức bộ máy mới của hệ thống chính trị cấp tỉnh, cấp xã cơ bản vận hành thông suốt; tổ chức cơ sở đảng được "
     "sắp xếp gọn, phù hợp với đơn vị hành chính mới.")
dash("Công tác phát triển đảng viên vượt chỉ tiêu; chất lượng đánh giá, xếp loại tổ chức đảng, đảng viên thực chất "
     "hơn, số tổ chức đảng và đảng viên không hoàn thành nhiệm vụ giảm so với năm 2025.")
dash("Công tác cán bộ được thực hiện đúng nguyên tắc, quy trình; việc điều động, luân chuyển cán bộ về cơ sở góp "
     "phần tăng cường đội ngũ lãnh đạo cấp xã.")
arabic("2. Hạn chế, khuyết điểm")
dash("Một số đảng ủy xã, phường mới hợp nhất còn lúng túng trong xây dựng quy chế làm việc, phân công nhiệm vụ; chất "
     "lượng sinh hoạt ở một số chi bộ thôn, tổ dân phố sau sáp nhập chưa cao, nội dung sinh hoạt còn chung chung.")
dash("Kết nạp đảng viên trong công nhân, doanh nghiệp tư nhân còn thấp; còn 2 thôn chưa có đảng viên và 214 doanh "
     "nghiệp có từ 50 lao động trở lên chưa có tổ chức đảng.")
dash("Việc đánh giá, xếp loại chất lượng ở một số nơi còn hình thức:")
plus("Tỷ lệ tổ chức đảng, đảng viên hoàn thành xuất sắc nhiệm vụ ở một số đảng bộ xã cao nhưng chưa tương xứng với "
     "kết quả thực hiện nhiệm vụ chính trị;")
plus("Còn tình trạng nể nang, né tránh trong tự phê bình và phê bình.")
dash("Đội ngũ cán bộ làm công tác tổ chức ở cấp xã còn thiếu về số lượng, hạn chế về kinh nghiệm; việc ứng dụng công "
     "nghệ thông tin trong quản lý đảng viên chưa đồng đều, dữ liệu ở một số nơi cập nhật chậm.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Khối lượng công việc sau sắp xếp tổ chức bộ máy, đơn vị hành chính rất lớn, nhiều nhiệm vụ mới chưa có tiền "
     "lệ; một số văn bản hướng dẫn của Trung ương ban hành chậm hoặc chưa cụ thể.")
dash("Địa bàn rộng, nhiều xã miền núi, giao thông khó khăn; lao động trẻ đi làm ăn xa nhiều, nguồn phát triển đảng "
     "viên tại chỗ hạn chế.")
letter("b) Nguyên nhân chủ quan")
dash("Một số cấp ủy, người đứng đầu chưa thật sự quan tâm đến công tác xây dựng tổ chức đảng, phát triển đảng viên "
     "trong doanh nghiệp tư nhân.")
dash("Công tác hướng dẫn, kiểm tra của một số cơ quan tham mưu chưa sâu sát; việc phối hợp giữa tổ chức đảng với "
     "Đoàn Thanh niên, Công đoàn trong tạo nguồn kết nạp đảng chưa chặt chẽ.")
dash("Năng lực của một bộ phận cán bộ làm công tác tổ chức cấp xã chưa đáp ứng yêu cầu; chưa mạnh dạn đổi mới "
     "phương pháp đánh giá cán bộ theo kết quả, sản phẩm.")
arabic("4. Bài học kinh nghiệm")
dash("Phải bám sát chỉ đạo của Trung ương, Tỉnh ủy, chủ động tham mưu sớm, từ xa; kịp thời hướng dẫn, tháo gỡ vướng "
     "mắc cho cơ sở ngay khi vận hành mô hình tổ chức mới.")
dash("Phát huy vai trò, trách nhiệm nêu gương của người đứng đầu cấp ủy trong công tác tổ chức, cán bộ.")
dash("Đánh giá cán bộ, tổ chức đảng phải lấy kết quả, sản phẩm cụ thể làm thước đo; kiên quyết thay thế cán bộ yếu "
     "kém, không đợi hết nhiệm kỳ, hết thời hạn bổ nhiệm.")
dash("Tăng cường phối hợp giữa các cơ quan tham mưu của cấp ủy và ứng dụng chuyển đổi số trong công tác tổ chức xây "
     "dựng Đảng.")

# ============================================================================================ PHẦN B
part("B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
roman("I. MỤC TIÊU, CHỈ TIÊU")
tabbed("Tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và chất lượng đội ngũ đảng viên; hoàn "
       "thiện tổ chức bộ máy của hệ thống chính trị sau sắp xếp hoạt động hiệu lực, hiệu quả; xây dựng đội ngũ cán "
       "bộ các cấp, nhất là cấp xã, đủ phẩm chất, năng lực, uy tín. Phấn đấu năm 2027:")
dash("Kết nạp từ 2.700 đảng viên trở lên, trong đó kết nạp trong doanh nghiệp tư nhân từ 120 ĐV trở lên;")
dash("Tỷ lệ TCCS đảng xếp loại hoàn thành tốt nhiệm vụ trở lên đạt từ 88% trở lên; tỷ lệ đảng viên hoàn thành tốt "
     "nhiệm vụ trở lên đạt từ 94% trở lên;")
dash("Phát thẻ đảng viên kịp thời cho 100% đảng viên được công nhận chính thức; xóa 2 thôn chưa có đảng viên;")
dash("Thành lập tổ chức đảng ở 100% doanh nghiệp tư nhân có đủ 3 đảng viên chính thức trở lên;")
dash("Cử 150 đồng chí đi học cao cấp lý luận chính trị; 100% bí thư, phó bí thư đảng ủy xã, phường có trình độ cao "
     "cấp hoặc cử nhân lý luận chính trị.")
roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Tiếp tục hoàn thiện tổ chức bộ máy của hệ thống chính trị sau sắp xếp")
body("Rà soát, sửa đổi quy chế làm việc của các đảng ủy xã, phường; đánh giá một năm vận hành mô hình chính quyền "
     "địa phương 2 cấp, kịp thời đề xuất điều chỉnh chức năng, nhiệm vụ, biên chế phù hợp; thực hiện tinh giản biên "
     "chế gắn với cơ cấu lại đội ngũ.")
arabic("2. Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đảng viên")
body("Nâng cao chất lượng sinh hoạt chi bộ, nhất là chi bộ thôn, tổ dân phố sau sáp nhập; đẩy mạnh phát triển đảng "
     "viên trong công nhân, doanh nghiệp tư nhân, vùng đồng bào dân tộc thiểu số; đổi mới đánh giá, xếp loại chất "
     "lượng theo hướng lượng hóa tiêu chí, gắn với sản phẩm cụ thể.")
arabic("3. Đổi mới, nâng cao chất lượng công tác cán bộ")
body("Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2030 - 2035; đẩy mạnh luân chuyển cán bộ trẻ về cơ sở; thực hiện "
     "nghiêm việc thay thế cán bộ không hoàn thành nhiệm vụ; bồi dưỡng kỹ năng quản lý, điều hành cho cán bộ cấp xã.")
arabic("4. Đẩy mạnh chuyển đổi số trong công tác tổ chức xây dựng Đảng")
body("Hoàn thiện cơ sở dữ liệu đảng viên, cơ sở dữ liệu cán bộ, kết nối với cơ sở dữ liệu quốc gia về dân cư; phấn "
     "đấu 90% đảng viên sử dụng ứng dụng Sổ tay đảng viên điện tử; thí điểm quản lý hồ sơ đảng viên điện tử tại 10 "
     "đảng bộ xã, phường.")
arabic("5. Xây dựng cơ quan tổ chức cấp ủy các cấp thực sự trong sạch, vững mạnh")
body("Kiện toàn đội ngũ cán bộ làm công tác tổ chức ở cấp xã; tăng cường tập huấn nghiệp vụ, kiểm tra, hướng dẫn "
     "cơ sở; giữ nghiêm kỷ luật, kỷ cương, nguyên tắc bảo mật trong công tác tổ chức, cán bộ.")
roman("III. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Ban Tổ chức Trung ương")
dash("Sớm ban hành hướng dẫn thống nhất về chức năng, nhiệm vụ, mối quan hệ công tác của đảng ủy xã, phường và các "
     "chi bộ trực thuộc sau sắp xếp;")
dash("Hướng dẫn bộ tiêu chí lượng hóa đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên phù hợp với từng loại "
     "hình tổ chức cơ sở đảng;")
dash("Nâng cấp phần mềm Quản lý cơ sở dữ liệu đảng viên, cho phép kết nối, đồng bộ với cơ sở dữ liệu quốc gia về "
     "dân cư.")
arabic("2. Đối với Ban Thường vụ Tỉnh ủy")
dash("Chỉ đạo các đảng ủy xã, phường xây dựng kế hoạch cụ thể xóa thôn chưa có đảng viên và phát triển tổ chức "
     "đảng trong doanh nghiệp tư nhân;")
dash("Bố trí kinh phí mở các lớp bồi dưỡng nghiệp vụ công tác đảng cho cán bộ cấp xã và hỗ trợ sinh hoạt phí cho "
     "bí thư chi bộ thôn, tổ dân phố sau sáp nhập.")

body("Trên đây là báo cáo kết quả công tác tổ chức xây dựng Đảng năm 2026, phương hướng, nhiệm vụ năm 2027 của Ban "
     "Tổ chức Tỉnh ủy Hà Lĩnh./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Ban Tổ chức Trung ương (b/c),",
    "- Thường trực Tỉnh ủy (b/c),",
    "- Các đồng chí Ủy viên BTV Tỉnh ủy,",
    "- Ủy ban Kiểm tra Tỉnh ủy,",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Lãnh đạo Ban, các phòng,",
    "- Lưu Văn phòng Ban.",
], [("K/T TRƯỞNG BAN", True, False), ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", True, False)] + [("", False, False)] * 4
   + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)

# ------------------------------------------------------------------------------------------ PHỤ LỤC
doc.add_page_break()
HEADINGS.append(("appendix", "PHỤ LỤC", "MỘT SỐ KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2026 THEO ĐẢNG BỘ TRỰC THUỘC"))
para("PHỤ LỤC", bold=True, align=CENTER, indent=None, keep_next=True)
para("MỘT SỐ KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2026 THEO ĐẢNG BỘ TRỰC THUỘC", bold=True, align=CENTER, indent=None,
     keep_next=True)
para(f"(Kèm theo Báo cáo số {METADATA['number']} ngày 18/12/2026 của Ban Tổ chức Tỉnh ủy)", italic=True,
     align=CENTER, indent=None, size=13, keep_next=True)
para("Số liệu đảng viên, kết nạp, kỷ luật tính đến ngày 30/11/2026; kết quả xếp loại tính đến ngày 15/12/2026. "
     "Các đảng bộ xã, phường được tổng hợp theo khu vực (địa bàn các huyện, thị xã, thành phố trước ngày 01/7/2025).",
     italic=True, align=LEFT, indent=None, size=12, keep_next=True)
pl_rows = []
n = 0
for group, subtotal, rows in (("I. Các đảng bộ cấp tỉnh", "Cộng các đảng bộ cấp tỉnh", KHOI),
                              ("II. Các đảng bộ xã, phường", "Cộng các đảng bộ xã, phường", XA)):
    pl_rows.append(("group", group))
    for name, dv, kn, xl, xs, kl in rows:
        n += 1
        pl_rows.append((str(n), name, vi(dv), vi(kn), vi(xl), vi(xs), pct(xs, xl), str(kl)))
    s = [sum(r[i] for r in rows) for i in range(1, 6)]
    pl_rows.append(("", subtotal, vi(s[0]), vi(s[1]), vi(s[2]), vi(s[3]), pct(s[3], s[2]), str(s[4])))
pl_rows.append(("", "Tổng cộng", vi(DV), vi(KN), vi(N26), vi(DV_26[0]), P26[0], str(KL)))
grid_table(("STT", "Đảng bộ", "Tổng số đảng viên", "Kết nạp năm 2026", "ĐV được xếp loại", "ĐV HTXSNV",
            "Tỷ lệ HTXSNV (%)", "ĐV bị kỷ luật"), pl_rows,
           [Cm(1.1), Cm(4.7), Cm(1.9), Cm(1.7), Cm(1.9), Cm(1.7), Cm(1.6), Cm(1.5)], size=11, repeat_header=True)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần A", "Phần A › II.1.2", "Phần A › II.4.b", "Phần B › III.1", "Phụ lục")
# --------------------------------------------------------------------------------------------------
def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def outline() -> list[dict]:
    items: list[dict] = []
    scope = ""
    roman_id = arabic_id = dec_id = None
    for kind, num, title in HEADINGS:
        if kind == "part":
            scope = "Phần " + num
            roman_id = arabic_id = dec_id = None
            items.append({"id": scope, "title": title})
            continue
        if kind == "appendix":
            scope = "Phụ lục"
            items.append({"id": scope, "title": title})
            continue
        if kind == "roman":
            roman_id, arabic_id, dec_id = num.rstrip("."), None, None
            sid = roman_id
        elif kind == "arabic":
            arabic_id, dec_id = f"{roman_id}.{num.rstrip('.')}", None
            sid = arabic_id
        elif kind == "dec":  # "1.2." under "II.1" -> "II.1.2"
            dec_id = f"{roman_id}.{num.rstrip('.')}"
            sid = dec_id
        else:
            sid = f"{arabic_id or roman_id}.{num.rstrip(')')}"
        items.append({"id": f"{scope} › {sid}", "title": title})
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    if "--outline" in argv[1:]:
        print(json.dumps({"report": NAME, "file": f"tests/data/{NAME}.docx", "split": "tune",
                          "metadata": {k: nfc(v) for k, v in METADATA.items()}, "outline": outline()},
                         ensure_ascii=False, indent=1))
        return 0
    if "--text" in argv[1:]:
        print(plain_text())
        return 0
    out = Path(argv[1]) if len(argv) > 1 else OUT
    R.save(out, ZIP_TIME, author=METADATA["issuer"], title="Báo cáo " + METADATA["title"],
           created=dt.datetime(2026, 12, 18, 8, 0, 0))
    print(f"saved {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
