# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định tổng kết 5 năm Chương trình MTQG giảm nghèo bền vững 2021 - 2025 của UBND tỉnh Tây Lĩnh
(dữ liệu bịa, phục vụ đánh giá).

Write tests/data/ubnd-tay-linh-giam-ngheo-2021-2025.docx: an invented five-year review report of a provincial People's
Committee (Báo cáo tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025),
written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/ubnd-tay-linh-giam-ngheo-2021-2025.json, eval/real/questions_tune12.jsonl).

Layouts: header and signature tables without borders (issuing body "ỦY BAN NHÂN DÂN / TỈNH TÂY LĨNH", number
45/BC-UBND, signer "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); three uppercase parts "PHẦN I. ..." (label and title on one line),
"PHẦN II" / "ĐÁNH GIÁ CHUNG" (label and title on two centred lines), "PHẦN III. ..." with the numbering restarted
under each part (ids "Phần I › IV.1.2"); inside Part I Roman "I." ... "V.", Arabic "1.", lettered "a)" headings and,
in one place only (Dự án 1), decimal "1.1." / "1.2." headings; the Dự án 1 heading is long enough to wrap onto two
lines; Part II has sentence-case Roman items ("I. Kết quả nổi bật" ... "IV. Bài học kinh nghiệm") made only of '-'
items, the causes split into '-' items with '+' sub-items; Part III has "I. Mục tiêu", "II. Nhiệm vụ, giải pháp"
(1. ... 6.) and "III. Đề xuất, kiến nghị" (1. Đối với Trung ương, 2. Đối với các bộ, ngành); tab-led and
first-line-indented body paragraphs mixed; a "PHỤ LỤC" after the signature. Two bordered tables: "Biểu 1: Kết quả
giảm nghèo qua các năm" (indicators x 2021 ... 2025 and "Cả giai đoạn", an italic "Trong đó" row) under Phần I ›
II.1, and the Phụ lục table of vốn NSTW / NSĐP / tổng / tỷ lệ giải ngân by huyện with merged group rows (huyện nghèo,
huyện khác, cấp tỉnh), "Cộng ..." subtotals and a "Tổng cộng" row. Figures year by year (2021 ... 2025), by source
(NSTW / NSĐP / vốn huy động), for the seven component projects (Dự án 1 ... Dự án 7), for several subjects (huyện
nghèo vs xã ĐBKK vùng bãi ngang, Trung ương vs địa phương, kế hoạch vs kết quả, đầu kỳ 2021 vs cuối kỳ 2025), some
at two levels (a total and its breakdown in parentheses); Vietnamese number format ("2.540,4 tỷ đồng", "8,21%");
abbreviations MTQG, DTTS, ĐBKK, NSTW, NSĐP used in some places and spelled out in others; five real Word footnotes
carrying figures found nowhere else. Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_giam_ngheo.py [out.docx]
    .venv/bin/python scripts/make_test_report_giam_ngheo.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_giam_ngheo.py --text     (plain text, footnotes last)
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

NAME = "ubnd-tay-linh-giam-ngheo-2021-2025"
OUT = ROOT / "tests" / "data" / f"{NAME}.docx"
ZIP_TIME = (2026, 1, 16, 8, 0, 0)
METADATA = {
    "issuer": "Ủy ban nhân dân tỉnh Tây Lĩnh",
    "number": "45/BC-UBND",
    "date": "ngày 16 tháng 01 năm 2026",
    "place": "Lĩnh Giang",
    "signer": "Vi Đức Toàn",
    "signer_title": "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
    "title": "Tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def part(label: str, title: str, two_lines: bool = False):
    """'PHẦN I. TITLE' on one centred line, or 'PHẦN II' and 'TITLE' on two."""
    HEADINGS.append(("part", label, title))
    if two_lines:
        R.part(label, title)
    else:
        R.part(f"{label}. {title}")


def _heading(kind: str, fn):
    def write(t: str):
        num, title = t.split(" ", 1)
        HEADINGS.append((kind, num, title))
        return fn(t)
    return write


roman, arabic, dec, letter = (_heading("roman", R.roman), _heading("arabic", R.arabic), _heading("dec", R.dec),
                              _heading("letter", R.letter))


def vn(x: float, nd: int = 1) -> str:
    """Vietnamese decimal: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pct(a: float, b: float, nd: int = 1) -> str:
    return vn(100.0 * a / b, nd)


def ty(tenths: int) -> str:
    """Money kept in tenths of a billion đồng (exact sums): 25404 -> '2.540,4'."""
    return vn(tenths / 10, 1)


grid_table = partial(R.grid_table, repeat_header=True, totals=("Cộng", "Tổng cộng"), middle_rows=True, spacer=True)

# ----------------------------------------------------------------------------------------------- data
YEARS = (2021, 2022, 2023, 2024, 2025)
HOUSEHOLDS = (212_480, 214_905, 217_362, 219_640, 221_870)  # tổng số hộ dân cư (cuối năm)
POOR = (39_418, 34_120, 28_945, 23_580, 18_214)  # hộ nghèo theo chuẩn nghèo đa chiều (Nghị định 07/2021/NĐ-CP)
NEAR = (21_630, 20_845, 19_702, 18_115, 16_438)  # hộ cận nghèo
DTTS_HH = (123_640, 124_580, 125_410, 126_250, 127_030)  # tổng số hộ dân tộc thiểu số
DTTS_POOR = (34_126, 29_780, 25_318, 20_742, 16_135)  # hộ nghèo DTTS
OUT_OF_POVERTY = (None, 8_046, 8_112, 7_985, 7_419)  # hộ thoát nghèo trong năm
NEW_POOR = (None, 2_748, 2_937, 2_620, 2_053)  # hộ nghèo phát sinh mới và tái nghèo trong năm
for i in range(1, 5):
    assert POOR[i - 1] - OUT_OF_POVERTY[i] + NEW_POOR[i] == POOR[i], i
OUT_TOTAL, NEW_TOTAL = sum(OUT_OF_POVERTY[1:]), sum(NEW_POOR[1:])
RELAPSED = 1_284  # of NEW_TOTAL: hộ tái nghèo
assert (OUT_TOTAL, NEW_TOTAL) == (31_562, 10_358)


def rate(a, b) -> float:
    return 100.0 * a / b


POOR_R = [rate(p, h) for p, h in zip(POOR, HOUSEHOLDS)]
NEAR_R = [rate(p, h) for p, h in zip(NEAR, HOUSEHOLDS)]
DTTS_R = [rate(p, h) for p, h in zip(DTTS_POOR, DTTS_HH)]
POOR_AVG = (POOR_R[0] - POOR_R[-1]) / 4  # bình quân giảm mỗi năm 2022 - 2025
NEAR_AVG = (NEAR_R[0] - NEAR_R[-1]) / 4
DTTS_AVG = (DTTS_R[0] - DTTS_R[-1]) / 4
assert [vn(r, 2) for r in POOR_R] == ["18,55", "15,88", "13,32", "10,74", "8,21"], [vn(r, 2) for r in POOR_R]
assert vn(POOR_AVG, 2) == "2,59" and vn(DTTS_AVG, 2) == "3,72", (POOR_AVG, DTTS_AVG)

# vốn (tenths of a billion đồng) by year 2021 ... 2025
NSTW = (426, 5984, 5127, 4863, 4558)
NSDP = (64, 625, 581, 559, 523)
HUY_DONG = (182, 416, 473, 528, 495)
YEAR_TOTAL = tuple(a + b + c for a, b, c in zip(NSTW, NSDP, HUY_DONG))
S_NSTW, S_NSDP, S_HD = sum(NSTW), sum(NSDP), sum(HUY_DONG)
S_ALL = S_NSTW + S_NSDP + S_HD
assert (S_NSTW, S_NSDP, S_HD, S_ALL) == (20958, 2352, 2094, 25404)

# NSTW by component project (tenths of a billion)
D1_TDA1, D1_TDA2 = 12621, 1143
D1 = D1_TDA1 + D1_TDA2
D2 = 964
D3_TDA1, D3_TDA2 = 2126, 183
D3 = D3_TDA1 + D3_TDA2
D4, D4_DTPT = 1857, 362
D5, D6, D7 = 1754, 142, 168
assert D1 + D2 + D3 + D4 + D5 + D6 + D7 == S_NSTW
DTPT = D1 + D4_DTPT  # vốn đầu tư phát triển
SN = S_NSTW - DTPT  # vốn sự nghiệp
HOUSES_NEW, HOUSES_FIX = 3_960, 852
assert HOUSES_NEW * 40 + HOUSES_FIX * 20 == 175_440  # triệu đồng, ~ D5

# Phụ lục: (đơn vị, NSTW, NSĐP, tỷ lệ giải ngân đích %) in tenths of a billion; giải ngân rounded to 0,1 tỷ
POOR_DISTRICTS = [
    ("Huyện Sìn Lũng", 5624, 412, 91.8),
    ("Huyện Nậm Khao", 4873, 386, 94.6),
    ("Huyện Phong Nậm", 4318, 354, 96.2),
]
OTHER_DISTRICTS = [
    ("Huyện Hòa Mỹ", 1562, 248, 97.4),
    ("Huyện Yên Thượng", 1186, 206, 95.1),
    ("Huyện Đồng Tiến", 924, 178, 98.3),
    ("Thị xã Bảo An", 418, 132, 99.2),
    ("Thành phố Lĩnh Giang", 206, 96, 88.7),
]
PROVINCE_LEVEL = [("Các sở, ngành cấp tỉnh", None, None, 90.5)]


def _rows(src):
    out = []
    for name, a, b, r in src:
        out.append((name, a, b, a + b, round((a + b) * r / 100)))
    return out


def _fill_province():
    a = S_NSTW - sum(x[1] for x in POOR_DISTRICTS + OTHER_DISTRICTS)
    b = S_NSDP - sum(x[2] for x in POOR_DISTRICTS + OTHER_DISTRICTS)
    return [(PROVINCE_LEVEL[0][0], a, b, PROVINCE_LEVEL[0][3])]


PL_GROUPS = [("I. Các huyện nghèo", "Cộng các huyện nghèo", _rows(POOR_DISTRICTS)),
             ("II. Các huyện, thị xã, thành phố khác", "Cộng các huyện, thị xã, thành phố khác",
              _rows(OTHER_DISTRICTS)),
             ("III. Cấp tỉnh", None, _rows(_fill_province()))]  # one row: no subtotal
ALL_ROWS = [r for g in PL_GROUPS for r in g[2]]
DISB = sum(r[4] for r in ALL_ROWS)
DISB_NS = S_NSTW + S_NSDP
assert sum(r[1] for r in ALL_ROWS) == S_NSTW and sum(r[2] for r in ALL_ROWS) == S_NSDP
DISB_PCT = pct(DISB, DISB_NS)
_rates = {r[0]: 100 * r[4] / r[3] for r in ALL_ROWS}
assert min(_rates, key=_rates.get) == "Thành phố Lĩnh Giang" and max(_rates, key=_rates.get) == "Thị xã Bảo An"

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("ỦY BAN NHÂN DÂN", True, False),
    ("TỈNH TÂY LĨNH", True, False, True),
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
para("Tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững", bold=True, align=CENTER,
     indent=None)
para("giai đoạn 2021 - 2025", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu "
       "quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 (sau đây gọi là Chương trình) và Công văn số 3864/BNNMT-"
       "VPQGGN ngày 25/11/2025 của Bộ Nông nghiệp và Môi trường về việc tổng kết Chương trình, Ủy ban nhân dân tỉnh "
       "Tây Lĩnh báo cáo kết quả thực hiện giai đoạn 2021 - 2025 như sau:")

# ============================================================================================ PHẦN I
part("PHẦN I", "KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025")
tabbed("Tây Lĩnh là tỉnh miền núi, biên giới, có 8 đơn vị hành chính cấp huyện (trước ngày 01/7/2025), trong đó 3 "
       "huyện nghèo (Sìn Lũng, Nậm Khao, Phong Nậm) theo Quyết định số 353/QĐ-TTg ngày 15/3/2022 của Thủ tướng Chính "
       "phủ và 6 xã đặc biệt khó khăn vùng bãi ngang ven biển thuộc huyện Hòa Mỹ; đồng bào dân tộc thiểu số chiếm "
       f"{pct(DTTS_HH[0], HOUSEHOLDS[0])}% tổng số hộ dân cư. Đầu giai đoạn, theo kết quả rà soát cuối năm 2021 theo "
       "chuẩn nghèo đa chiều quy định tại Nghị định số 07/2021/NĐ-CP, toàn tỉnh có "
       f"{vn_int(POOR[0])} hộ nghèo, chiếm {vn(POOR_R[0], 2)}%, là một trong những tỉnh có tỷ lệ hộ nghèo cao của "
       "cả nước.")

roman("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH VÀ TỔ CHỨC THỰC HIỆN")
arabic("1. Ban hành văn bản chỉ đạo, cơ chế, chính sách")
tabbed("Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU ngày 12/4/2022 về giảm nghèo bền vững giai đoạn 2021 - "
       "2025, định hướng đến năm 2030; Hội đồng nhân dân tỉnh ban hành Nghị quyết số 12/2022/NQ-HĐND ngày 15/7/2022 "
       "quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách Trung ương và tỷ lệ vốn đối ứng của ngân sách "
       "địa phương thực hiện Chương trình, Nghị quyết số 05/2023/NQ-HĐND ngày 14/4/2023 quy định nội dung, mức hỗ trợ "
       "phát triển sản xuất. Ủy ban nhân dân tỉnh ban hành Kế hoạch số 118/KH-UBND ngày 06/6/2022 thực hiện Chương "
       "trình giai đoạn 2021 - 2025 và các quyết định giao vốn, giao chỉ tiêu giảm nghèo hằng năm cho các huyện, thị "
       "xã, thành phố", Fn("Giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh đã ban hành 57 văn bản chỉ đạo, điều hành "
                           "Chương trình, gồm 14 quyết định, 21 kế hoạch và 22 công văn chỉ đạo; Ban Chỉ đạo các "
                           "chương trình MTQG tỉnh tổ chức 9 hội nghị sơ kết, chuyên đề và 23 đợt kiểm tra tại cơ sở."),
       ".")
body("Các văn bản được ban hành kịp thời, tạo hành lang pháp lý để các địa phương triển khai; đặc biệt cơ chế phân "
     "cấp cho cấp huyện, cấp xã làm chủ đầu tư các công trình quy mô nhỏ, kỹ thuật không phức tạp đã đẩy nhanh tiến "
     "độ thực hiện các dự án hạ tầng.")

arabic("2. Kiện toàn bộ máy chỉ đạo, điều hành")
body("Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh được kiện toàn theo Quyết định số 1126/QĐ-UBND ngày "
     "20/5/2022 của Ủy ban nhân dân tỉnh, do đồng chí Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban; 100% huyện, xã "
     "thành lập hoặc kiện toàn Ban Chỉ đạo cấp mình. Từ ngày 01/3/2025, nhiệm vụ cơ quan thường trực Chương trình "
     "được chuyển từ Sở Lao động - Thương binh và Xã hội sang Sở Nông nghiệp và Môi trường; sau khi sắp xếp đơn vị "
     "hành chính và tổ chức chính quyền địa phương 2 cấp từ ngày 01/7/2025, nhiệm vụ của cấp huyện được bàn giao "
     "cho Ủy ban nhân dân cấp xã và các sở, ngành, bảo đảm không gián đoạn việc thực hiện Chương trình.")

roman("II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU GIẢM NGHÈO")
arabic("1. Kết quả giảm hộ nghèo, hộ cận nghèo toàn tỉnh")
tabbed("Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy đặt mục tiêu giai đoạn 2022 - 2025 tỷ lệ hộ nghèo toàn tỉnh "
       "giảm bình quân từ 2,5%/năm trở lên, tỷ lệ hộ nghèo dân tộc thiểu số giảm bình quân từ 3,5%/năm trở lên; tỷ "
       "lệ hộ nghèo tại các huyện nghèo giảm bình quân từ 4 - 5%/năm. Kết quả cụ thể qua các năm như sau:")
para("Biểu 1: Kết quả giảm nghèo qua các năm", bold=True, align=CENTER, indent=None, size=12, keep_next=True)


def _yr(vals, f):
    return tuple(f(v) if v is not None else "-" for v in vals)


b1_rows = [
    ("1", "Tổng số hộ dân cư", "Hộ") + _yr(HOUSEHOLDS, vn_int)
    + (f"Tăng {vn_int(HOUSEHOLDS[-1] - HOUSEHOLDS[0])}",),
    ("2", "Số hộ nghèo", "Hộ") + _yr(POOR, vn_int) + (f"Giảm {vn_int(POOR[0] - POOR[-1])}",),
    ("3", "Tỷ lệ hộ nghèo", "%") + _yr(POOR_R, lambda r: vn(r, 2)) + (f"Bình quân giảm {vn(POOR_AVG, 2)}%/năm",),
    ("4", "Số hộ cận nghèo", "Hộ") + _yr(NEAR, vn_int) + (f"Giảm {vn_int(NEAR[0] - NEAR[-1])}",),
    ("5", "Tỷ lệ hộ cận nghèo", "%") + _yr(NEAR_R, lambda r: vn(r, 2)) + (f"Bình quân giảm {vn(NEAR_AVG, 2)}%/năm",),
    ("6", "Số hộ nghèo dân tộc thiểu số", "Hộ") + _yr(DTTS_POOR, vn_int)
    + (f"Giảm {vn_int(DTTS_POOR[0] - DTTS_POOR[-1])}",),
    ("7", "Tỷ lệ hộ nghèo DTTS (so với tổng số hộ DTTS)", "%") + _yr(DTTS_R, lambda r: vn(r, 2))
    + (f"Bình quân giảm {vn(DTTS_AVG, 2)}%/năm",),
    ("8", "Số hộ thoát nghèo trong năm", "Hộ") + _yr(OUT_OF_POVERTY, vn_int) + (vn_int(OUT_TOTAL),),
    ("9", "Số hộ nghèo phát sinh mới và tái nghèo trong năm", "Hộ") + _yr(NEW_POOR, vn_int) + (vn_int(NEW_TOTAL),),
    ("10", "Tổng vốn thực hiện Chương trình", "Tỷ đồng") + _yr(YEAR_TOTAL, ty) + (ty(S_ALL),),
    ("", "Trong đó: vốn NSTW", "Tỷ đồng") + _yr(NSTW, ty) + (ty(S_NSTW),),
]
grid_table(("STT", "Chỉ tiêu", "ĐVT", "2021", "2022", "2023", "2024", "2025", "Cả giai đoạn"), b1_rows,
           [Cm(0.9), Cm(4.2), Cm(1.4), Cm(1.5), Cm(1.5), Cm(1.5), Cm(1.5), Cm(1.5), Cm(2.0)], size=10)

letter("a) Về hộ nghèo")
tabbed(f"Đến cuối năm 2025, toàn tỉnh còn {vn_int(POOR[-1])} hộ nghèo, tỷ lệ hộ nghèo còn {vn(POOR_R[-1], 2)}%, "
       f"giảm {vn_int(POOR[0] - POOR[-1])} hộ và {vn(POOR_R[0] - POOR_R[-1], 2)} điểm phần trăm so với đầu giai "
       f"đoạn; bình quân mỗi năm giảm {vn(POOR_AVG, 2)}%, đạt mục tiêu Nghị quyết đề ra", Fn(
           "Theo kết quả rà soát cuối năm 2025, thành phố Lĩnh Giang có tỷ lệ hộ nghèo thấp nhất tỉnh (1,08%), huyện "
           "Sìn Lũng có tỷ lệ hộ nghèo cao nhất (27,46%); có 41 xã, phường, thị trấn (trước sắp xếp) có tỷ lệ hộ "
           "nghèo dưới 5%."),
       f". Trong giai đoạn có {vn_int(OUT_TOTAL)} hộ thoát nghèo; tuy nhiên số hộ nghèo phát sinh mới và tái nghèo "
       f"là {vn_int(NEW_TOTAL)} hộ (trong đó {vn_int(RELAPSED)} hộ tái nghèo, {vn_int(NEW_TOTAL - RELAPSED)} hộ nghèo "
       "phát sinh mới), chủ yếu do thiên tai, ốm đau, tai nạn và tách hộ.")
letter("b) Về hộ cận nghèo")
body(f"Số hộ cận nghèo giảm từ {vn_int(NEAR[0])} hộ ({vn(NEAR_R[0], 2)}%) năm 2021 xuống còn {vn_int(NEAR[-1])} hộ "
     f"({vn(NEAR_R[-1], 2)}%) năm 2025, tức là giảm {vn_int(NEAR[0] - NEAR[-1])} hộ so với năm 2021. Số hộ cận nghèo "
     "giảm chậm hơn hộ nghèo do một bộ phận hộ thoát nghèo chuyển sang hộ cận nghèo; nguy cơ tái nghèo ở nhóm hộ này "
     "còn cao.")
letter("c) Về hộ nghèo dân tộc thiểu số")
tabbed(f"Tỷ lệ hộ nghèo dân tộc thiểu số giảm từ {vn(DTTS_R[0], 2)}% (năm 2021) xuống còn {vn(DTTS_R[-1], 2)}% "
       f"(năm 2025), bình quân giảm {vn(DTTS_AVG, 2)}%/năm, vượt mục tiêu đề ra (từ 3,5%/năm trở lên). Tuy vậy, hộ "
       f"nghèo DTTS vẫn chiếm {pct(DTTS_POOR[-1], POOR[-1])}% tổng số hộ nghèo toàn tỉnh.")

arabic("2. Kết quả giảm mức độ thiếu hụt các dịch vụ xã hội cơ bản")
body("Giai đoạn 2021 - 2025, mức độ thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo, hộ cận nghèo giảm rõ rệt. Tỷ "
     "lệ hộ nghèo, hộ cận nghèo thiếu hụt chỉ số nhà ở giảm từ 31,6% xuống 9,8%; thiếu hụt nước sinh hoạt hợp vệ "
     "sinh giảm từ 27,4% xuống 11,2%; thiếu hụt chỉ số việc làm giảm từ 18,9% xuống 7,5%. 100% người thuộc hộ "
     "nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế.")

arabic("3. Kết quả giảm nghèo tại các huyện nghèo và xã đặc biệt khó khăn")
letter("a) Các huyện nghèo")
body("Tỷ lệ hộ nghèo bình quân của 3 huyện nghèo giảm từ 48,62% năm 2021 xuống còn 24,37% năm 2025, bình quân giảm "
     "6,06%/năm, vượt mục tiêu giảm 4 - 5%/năm. Huyện Phong Nậm đạt các tiêu chí thoát khỏi tình trạng huyện nghèo "
     "vào cuối năm 2025 (tỷ lệ hộ nghèo còn 14,85%); các huyện Sìn Lũng và Nậm Khao tuy giảm nhanh nhưng tỷ lệ hộ "
     "nghèo vẫn ở mức trên 20%.")
letter("b) Các xã ĐBKK vùng bãi ngang ven biển")
body("Tỷ lệ hộ nghèo của 6 xã đặc biệt khó khăn vùng bãi ngang ven biển huyện Hòa Mỹ giảm từ 26,85% năm 2021 xuống "
     "còn 11,42% năm 2025; có 4/6 xã đủ điều kiện thoát khỏi tình trạng đặc biệt khó khăn (các xã Hòa Hải, Hòa "
     "Thạch, Mỹ Lộc, Mỹ Đông).")

roman("III. KẾT QUẢ HUY ĐỘNG, PHÂN BỔ VÀ GIẢI NGÂN NGUỒN VỐN")
tabbed(f"Tổng nguồn vốn thực hiện Chương trình giai đoạn 2021 - 2025 là {ty(S_ALL)} tỷ đồng, gồm: ngân sách Trung "
       f"ương {ty(S_NSTW)} tỷ đồng (chiếm {pct(S_NSTW, S_ALL)}%), ngân sách địa phương {ty(S_NSDP)} tỷ đồng (chiếm "
       f"{pct(S_NSDP, S_ALL)}%) và vốn huy động hợp pháp khác {ty(S_HD)} tỷ đồng (chiếm {pct(S_HD, S_ALL)}%). Chi "
       "tiết phân bổ theo từng huyện, thị xã, thành phố tại Phụ lục kèm theo.")
arabic("1. Vốn ngân sách Trung ương")
tabbed(f"Tổng vốn NSTW được giao {ty(S_NSTW)} tỷ đồng (vốn đầu tư phát triển {ty(DTPT)} tỷ đồng; vốn sự nghiệp "
       f"{ty(SN)} tỷ đồng). Theo từng năm: năm 2021 là {ty(NSTW[0])} tỷ đồng (vốn chuẩn bị đầu tư và vốn sự nghiệp "
       "bố trí tạm ứng do Chương trình chưa được phê duyệt); năm 2022 là "
       f"{ty(NSTW[1])} tỷ đồng; năm 2023 là {ty(NSTW[2])} tỷ đồng; năm 2024 là {ty(NSTW[3])} tỷ đồng; năm 2025 là "
       f"{ty(NSTW[4])} tỷ đồng. Vốn được phân bổ cho các huyện nghèo chiếm "
       f"{pct(sum(r[1] for r in PL_GROUPS[0][2]), S_NSTW)}% tổng vốn ngân sách Trung ương.")
arabic("2. Vốn ngân sách địa phương và vốn huy động")
body(f"Ngân sách địa phương bố trí vốn đối ứng {ty(S_NSDP)} tỷ đồng, bằng {pct(S_NSDP, S_NSTW)}% vốn NSTW, đạt tỷ "
     "lệ đối ứng tối thiểu theo quy định đối với tỉnh nhận hỗ trợ trên 60% từ NSTW. Theo từng năm, NSĐP bố trí: "
     f"năm 2021 là {ty(NSDP[0])} tỷ đồng, năm 2022 là {ty(NSDP[1])} tỷ đồng, năm 2023 là {ty(NSDP[2])} tỷ đồng, năm "
     f"2024 là {ty(NSDP[3])} tỷ đồng, năm 2025 là {ty(NSDP[4])} tỷ đồng.")
tabbed(f"Vốn huy động hợp pháp khác đạt {ty(S_HD)} tỷ đồng", Fn(
    "Trong đó: doanh nghiệp, tổ chức tài trợ 86,3 tỷ đồng; Quỹ Vì người nghèo các cấp 54,7 tỷ đồng; người dân đóng "
    "góp bằng tiền, ngày công, hiến đất quy đổi 68,4 tỷ đồng."),
    f", tăng dần qua các năm (năm 2021 là {ty(HUY_DONG[0])} tỷ đồng, năm 2025 là {ty(HUY_DONG[4])} tỷ đồng). Ngoài "
    "ra, Ngân hàng Chính sách xã hội chi nhánh tỉnh giải ngân cho vay ưu đãi đối với hộ nghèo, hộ cận nghèo, hộ "
    "mới thoát nghèo, lồng ghép với các dự án của Chương trình.")
arabic("3. Kết quả giải ngân")
body(f"Đến ngày 31/12/2025, tổng vốn NSTW và NSĐP đã giải ngân {ty(DISB)} tỷ đồng, đạt {DISB_PCT}% kế hoạch vốn giao "
     "cả giai đoạn; trong đó vốn đầu tư phát triển đạt tỷ lệ giải ngân cao hơn vốn sự nghiệp. Một số dự án, tiểu dự "
     "án có tỷ lệ giải ngân thấp như Tiểu dự án 2 (Cải thiện dinh dưỡng) thuộc Dự án 3 và nội dung hỗ trợ việc làm "
     "bền vững thuộc Dự án 4. Số vốn không giải ngân hết được hủy dự toán hoặc chuyển nguồn theo quy định.")

roman("IV. KẾT QUẢ THỰC HIỆN CÁC DỰ ÁN THÀNH PHẦN")
arabic("1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn "
       "vùng bãi ngang, ven biển và hải đảo")
body(f"Tổng vốn NSTW thực hiện Dự án 1 là {ty(D1)} tỷ đồng, chiếm {pct(D1, S_NSTW)}% tổng vốn ngân sách Trung ương "
     "của Chương trình; đã đầu tư 286 công trình, trong đó 271 công trình đã hoàn thành, đưa vào sử dụng.")
dec("1.1. Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo")
body(f"Vốn NSTW {ty(D1_TDA1)} tỷ đồng, đầu tư 251 công trình tại 3 huyện nghèo, gồm:")
dash("148 công trình giao thông với tổng chiều dài 412,6 km đường;")
dash("42 công trình trường học, 31 công trình thủy lợi, nước sinh hoạt;")
dash("30 công trình khác (trạm y tế, nhà văn hóa, chợ dân sinh), trong đó:")
plus("Xây mới, cải tạo 12 trạm y tế xã;")
plus("Xây dựng 18 nhà văn hóa xã, thôn và chợ dân sinh.")
dec("1.2. Tiểu dự án 2: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các xã đặc biệt khó khăn vùng bãi ngang "
    "ven biển")
body(f"Vốn NSTW {ty(D1_TDA2)} tỷ đồng, đầu tư 35 công trình tại 6 xã ĐBKK vùng bãi ngang ven biển huyện Hòa Mỹ, chủ "
     "yếu là đường giao thông nội đồng, kè chống sạt lở bờ biển và hệ thống cấp nước sinh hoạt tập trung.")

arabic("2. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
tabbed(f"Vốn NSTW {ty(D2)} tỷ đồng. Đã triển khai 74 mô hình, dự án giảm nghèo với 3.126 hộ tham gia (2.418 hộ "
       "nghèo, hộ cận nghèo và 708 hộ mới thoát nghèo), chủ yếu là mô hình chăn nuôi bò sinh sản, trồng quế, trồng "
       "dược liệu dưới tán rừng và nuôi trồng thủy sản ven biển. Sau 2 năm tham gia mô hình, có 1.152 hộ thoát nghèo.")

arabic("3. Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng")
letter("a) Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp")
body(f"Vốn NSTW {ty(D3_TDA1)} tỷ đồng; hỗ trợ 418 dự án phát triển sản xuất theo chuỗi giá trị và cộng đồng với "
     "14.652 hộ hưởng lợi; cấp 9.870 con bò, dê giống, 1,26 triệu cây giống quế, sơn tra, cây ăn quả và vật tư "
     "nông nghiệp.")
letter("b) Tiểu dự án 2: Cải thiện dinh dưỡng")
body(f"Vốn NSTW {ty(D3_TDA2)} tỷ đồng; hỗ trợ dinh dưỡng cho 9.840 trẻ em dưới 16 tuổi thuộc hộ nghèo, hộ cận "
     "nghèo. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi tại các huyện nghèo giảm từ 31,2% năm 2021 xuống "
     "còn 26,4% năm 2025.")

arabic("4. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững")
body(f"Vốn NSTW {ty(D4)} tỷ đồng (trong đó vốn đầu tư phát triển {ty(D4_DTPT)} tỷ đồng để nâng cấp cơ sở vật chất "
     "Trường Cao đẳng Cộng đồng Tây Lĩnh và 2 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên huyện).")
letter("a) Giáo dục nghề nghiệp")
body("Đào tạo nghề cho 12.480 người (trong đó người DTTS 8.915 người), tỷ lệ có việc làm sau đào tạo đạt 82,6%.")
letter("b) Hỗ trợ việc làm bền vững")
tabbed("Tổ chức 96 phiên giao dịch việc làm, kết nối việc làm cho 6.350 lao động; hỗ trợ 1.246 người đi làm việc ở "
       "nước ngoài theo hợp đồng", Fn("Thị trường Nhật Bản 684 người, Hàn Quốc 327 người (theo Chương trình EPS), "
                                      "Đài Loan (Trung Quốc) 235 người; 512 người thuộc hộ nghèo, hộ cận nghèo được "
                                      "hỗ trợ chi phí trước khi xuất cảnh."), ".")

arabic("5. Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo")
tabbed(f"Vốn NSTW {ty(D5)} tỷ đồng. Đã hỗ trợ {vn_int(HOUSES_NEW + HOUSES_FIX)} căn nhà (xây mới "
       f"{vn_int(HOUSES_NEW)} căn, sửa chữa {vn_int(HOUSES_FIX)} căn) với mức hỗ trợ 40 triệu đồng/căn xây mới và 20 "
       "triệu đồng/căn sửa chữa; 100% hộ được hỗ trợ đã có nhà ở ổn định, bảo đảm tiêu chuẩn \"3 cứng\"", Fn(
           "Ngoài Dự án 5, thực hiện Chương trình phát động xóa nhà tạm, nhà dột nát năm 2024 - 2025, tỉnh đã hỗ trợ "
           "thêm 2.937 căn nhà cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn từ Quỹ Vì người nghèo và nguồn "
           "xã hội hóa, với tổng kinh phí 146,9 tỷ đồng."), ".")

arabic("6. Dự án 6: Truyền thông và giảm nghèo về thông tin")
body(f"Vốn NSTW {ty(D6)} tỷ đồng; sản xuất 1.860 tin, bài, phóng sự và 42 chuyên mục \"Chung tay vì người nghèo\" "
     "trên Báo và Đài Phát thanh - Truyền hình tỉnh; hỗ trợ 126 đài truyền thanh cấp xã ứng dụng công nghệ thông "
     "tin - viễn thông; cấp 2.350 thiết bị thu xem truyền hình cho hộ nghèo.")

arabic("7. Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình")
body(f"Vốn NSTW {ty(D7)} tỷ đồng; tổ chức tập huấn cho 9.430 lượt cán bộ làm công tác giảm nghèo các cấp; xây dựng "
     "phần mềm quản lý cơ sở dữ liệu hộ nghèo, hộ cận nghèo của tỉnh, kết nối với hệ thống của Bộ.")

roman("V. THỰC HIỆN CÁC CHÍNH SÁCH GIẢM NGHÈO KHÁC")
dash("Chính sách tín dụng ưu đãi: Ngân hàng Chính sách xã hội cho vay 48.936 lượt hộ nghèo, hộ cận nghèo, hộ mới "
     "thoát nghèo với doanh số cho vay 2.874,3 tỷ đồng.")
dash("Chính sách hỗ trợ y tế, giáo dục:")
plus("Cấp 1.586.420 lượt thẻ bảo hiểm y tế cho người nghèo, người cận nghèo và người DTTS vùng khó khăn;")
plus("Miễn, giảm học phí, hỗ trợ chi phí học tập cho 186.240 lượt học sinh, sinh viên thuộc hộ nghèo, hộ cận "
     "nghèo.")
dash("Hỗ trợ tiền điện cho hộ nghèo, hộ chính sách xã hội với tổng kinh phí 96,8 tỷ đồng; trợ giúp pháp lý miễn phí "
     "cho 3.240 lượt người nghèo.")

# ============================================================================================ PHẦN II
part("PHẦN II", "ĐÁNH GIÁ CHUNG", two_lines=True)
roman("I. Kết quả nổi bật")
dash(f"Hoàn thành và vượt mục tiêu giảm nghèo: tỷ lệ hộ nghèo bình quân giảm {vn(POOR_AVG, 2)}%/năm; tỷ lệ hộ "
     f"nghèo dân tộc thiểu số giảm {vn(DTTS_AVG, 2)}%/năm; 1 huyện thoát khỏi tình trạng huyện nghèo.")
dash("Hạ tầng kinh tế - xã hội các huyện nghèo được đầu tư đồng bộ; diện mạo nông thôn vùng đồng bào DTTS có nhiều "
     "đổi mới.")
dash("Nhận thức của người dân về giảm nghèo có chuyển biến; nhiều hộ chủ động đăng ký thoát nghèo.")
roman("II. Tồn tại, hạn chế")
dash("Kết quả giảm nghèo chưa thật sự bền vững; số hộ tái nghèo, phát sinh nghèo còn lớn, chênh lệch giàu nghèo "
     "giữa các vùng còn cao (huyện Sìn Lũng vẫn là huyện có tỷ lệ hộ nghèo cao nhất tỉnh).")
dash("Tiến độ giải ngân vốn sự nghiệp chậm, nhất là năm 2022 và năm 2023; một số nội dung như cải thiện dinh dưỡng, "
     "hỗ trợ việc làm bền vững đạt thấp.")
dash("Nhiều mô hình hỗ trợ phát triển sản xuất quy mô nhỏ, manh mún, thiếu liên kết tiêu thụ sản phẩm; một bộ phận "
     "hộ nghèo còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.")
dash("Đội ngũ cán bộ làm công tác giảm nghèo cấp xã thường xuyên thay đổi, kiêm nhiệm nhiều việc.")
roman("III. Nguyên nhân")
dash("Nguyên nhân khách quan:")
plus("Hệ thống văn bản hướng dẫn của Trung ương ban hành chậm, nhiều lần sửa đổi (Thông tư hướng dẫn quản lý, sử "
     "dụng kinh phí sự nghiệp được sửa đổi 3 lần);")
plus("Thiên tai, bão lũ năm 2024 gây thiệt hại nặng tại các huyện nghèo; địa hình chia cắt, suất đầu tư lớn;")
plus("Việc sắp xếp đơn vị hành chính năm 2025 làm gián đoạn một phần công tác quản lý, điều hành ở cơ sở.")
dash("Nguyên nhân chủ quan:")
plus("Một số cấp ủy, chính quyền cơ sở chưa quyết liệt, còn tâm lý muốn duy trì danh hiệu xã nghèo để hưởng chính "
     "sách;")
plus("Công tác phối hợp giữa các sở, ngành trong hướng dẫn thực hiện dự án chưa chặt chẽ; năng lực chủ đầu tư cấp "
     "xã còn hạn chế.")
roman("IV. Bài học kinh nghiệm")
dash("Phải có sự lãnh đạo, chỉ đạo thống nhất, quyết liệt của cấp ủy, chính quyền các cấp; người đứng đầu trực tiếp "
     "chỉ đạo và chịu trách nhiệm về kết quả giảm nghèo.")
dash("Phân cấp mạnh cho cơ sở gắn với trao quyền cho cộng đồng; người dân được bàn bạc, quyết định và giám sát việc "
     "thực hiện.")
dash("Lồng ghép hiệu quả các nguồn lực của 3 chương trình mục tiêu quốc gia và huy động sự chung tay của doanh "
     "nghiệp, toàn xã hội.")
dash("Khơi dậy ý chí tự lực, tự cường của người nghèo, lấy hỗ trợ có điều kiện thay cho cho không.")

# ============================================================================================ PHẦN III
part("PHẦN III", "PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030")
roman("I. Mục tiêu")
tabbed("Thực hiện giảm nghèo đa chiều, bao trùm, bền vững; hạn chế tái nghèo và phát sinh nghèo. Phấn đấu giai "
       "đoạn 2026 - 2030:")
dash("Tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2026 - 2030 giảm bình quân từ 1,5%/năm trở lên; tỷ lệ hộ nghèo "
     "dân tộc thiểu số giảm bình quân từ 3%/năm trở lên;")
dash("Huyện Sìn Lũng và huyện Nậm Khao (nay là các xã thuộc địa bàn) thoát khỏi tình trạng đặc biệt khó khăn;")
dash("100% hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận vốn tín dụng chính sách.")
roman("II. Nhiệm vụ, giải pháp")
arabic("1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền")
body("Gắn trách nhiệm người đứng đầu với kết quả giảm nghèo; đưa chỉ tiêu giảm nghèo vào nghị quyết, kế hoạch phát "
     "triển kinh tế - xã hội hằng năm của các cấp.")
arabic("2. Đầu tư hạ tầng thiết yếu cho vùng nghèo, vùng khó khăn")
body("Ưu tiên đầu tư hạ tầng giao thông, thủy lợi, nước sinh hoạt, trường học cho các xã khu vực III, thôn đặc biệt "
     "khó khăn; chú trọng duy tu, bảo dưỡng công trình sau đầu tư.")
arabic("3. Phát triển sản xuất theo chuỗi giá trị, đa dạng hóa sinh kế")
body("Nhân rộng các mô hình giảm nghèo hiệu quả (chăn nuôi bò sinh sản, trồng quế, dược liệu); gắn hỗ trợ sản xuất "
     "với liên kết tiêu thụ sản phẩm, sản phẩm OCOP.")
arabic("4. Đào tạo nghề, giải quyết việc làm bền vững")
body("Nâng cao chất lượng đào tạo nghề cho lao động nông thôn, lao động DTTS; đẩy mạnh đưa người lao động đi làm việc "
     "ở nước ngoài theo hợp đồng.")
arabic("5. Huy động, lồng ghép nguồn lực")
body("Lồng ghép nguồn lực các chương trình MTQG (giảm nghèo bền vững, xây dựng nông thôn mới, phát triển kinh tế "
     "- xã hội vùng đồng bào DTTS và miền núi); tăng tỷ lệ vốn đối ứng của ngân sách địa phương và huy "
     "động doanh nghiệp tham gia.")
arabic("6. Nâng cao năng lực, đẩy mạnh chuyển đổi số trong giảm nghèo")
body("Số hóa cơ sở dữ liệu hộ nghèo, hộ cận nghèo; tập huấn cho đội ngũ cán bộ làm công tác giảm nghèo ở cấp xã sau "
     "sắp xếp.")
roman("III. Đề xuất, kiến nghị")
arabic("1. Đối với Trung ương")
dash("Sớm phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030 và giao vốn ngay từ "
     "đầu giai đoạn;")
dash("Nâng mức hỗ trợ nhà ở lên 60 triệu đồng/căn xây mới; bỏ quy định vốn đối ứng đối với các tỉnh nhận hỗ trợ "
     "trên 60% từ ngân sách Trung ương.")
arabic("2. Đối với các bộ, ngành")
dash("Bộ Nông nghiệp và Môi trường ban hành hướng dẫn thống nhất về quản lý, sử dụng kinh phí sự nghiệp, tránh sửa "
     "đổi nhiều lần;")
dash("Bộ Tài chính cho phép kéo dài thời gian giải ngân vốn sự nghiệp năm 2025 sang năm 2026;")
dash("Ngân hàng Chính sách xã hội nâng mức cho vay tối đa đối với hộ mới thoát nghèo lên 150 triệu đồng/hộ.")

body("Trên đây là báo cáo tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 "
     "- 2025 của Ủy ban nhân dân tỉnh Tây Lĩnh./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ Nông nghiệp và Môi trường;",
    "- Văn phòng Quốc gia về giảm nghèo;",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở: NN&MT, TC, DTTG;",
    "- NHCSXH chi nhánh tỉnh;",
    "- UBND các xã, phường;",
    "- Lưu: VT, KTN.",
], [("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False)] + [("", False, False)] * 4
   + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)

# ------------------------------------------------------------------------------------------ PHỤ LỤC
doc.add_page_break()
HEADINGS.append(("appendix", "PHỤ LỤC", "KẾT QUẢ HUY ĐỘNG, PHÂN BỔ VỐN THEO HUYỆN GIAI ĐOẠN 2021 - 2025"))
para("PHỤ LỤC", bold=True, align=CENTER, indent=None, keep_next=True)
para("KẾT QUẢ HUY ĐỘNG, PHÂN BỔ VỐN THEO HUYỆN GIAI ĐOẠN 2021 - 2025", bold=True, align=CENTER, indent=None,
     keep_next=True)
para(f"(Kèm theo Báo cáo số {METADATA['number']} ngày 16/01/2026 của Ủy ban nhân dân tỉnh Tây Lĩnh)", italic=True,
     align=CENTER, indent=None, size=13, keep_next=True)
para("Đơn vị tính: tỷ đồng; số liệu tổng hợp theo đơn vị hành chính cấp huyện trước ngày 01/7/2025", italic=True,
     align=LEFT, indent=None, size=12, keep_next=True)
pl_rows = []
n = 0
for group, subtotal, rows in PL_GROUPS:
    pl_rows.append(("group", group))
    for name, a, b, t, d in rows:
        n += 1
        pl_rows.append((str(n), name, ty(a), ty(b), ty(t), pct(d, t)))
    if subtotal:
        a, b = sum(r[1] for r in rows), sum(r[2] for r in rows)
        t, d = a + b, sum(r[4] for r in rows)
        pl_rows.append(("", subtotal, ty(a), ty(b), ty(t), pct(d, t)))
pl_rows.append(("", "Tổng cộng", ty(S_NSTW), ty(S_NSDP), ty(DISB_NS), DISB_PCT))
grid_table(("STT", "Đơn vị", "Vốn ngân sách Trung ương", "Vốn ngân sách địa phương", "Tổng vốn",
            "Tỷ lệ giải ngân (%)"), pl_rows, [Cm(1.1), Cm(5.6), Cm(2.4), Cm(2.4), Cm(2.2), Cm(2.3)], size=12)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần I", "Phần I › II.1.a", "Phần I › IV.1.2", "Phần III › III.2", "Phụ lục")
# --------------------------------------------------------------------------------------------------
def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def outline() -> list[dict]:
    items: list[dict] = []
    scope = ""
    roman_id = arabic_id = dec_id = None
    for kind, num, title in HEADINGS:
        if kind == "part":
            scope = "Phần " + num.split()[1]
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
        elif kind == "dec":  # "1.2." under "IV.1" -> "IV.1.2"
            dec_id = f"{roman_id}.{num.rstrip('.')}"
            sid = dec_id
        else:
            sid = f"{dec_id or arabic_id or roman_id}.{num.rstrip(')')}"
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
           created=dt.datetime(2026, 1, 16, 8, 0, 0))
    print(f"saved {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
