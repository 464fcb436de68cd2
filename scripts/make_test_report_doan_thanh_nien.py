# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2026 của Ban Chấp hành
Tỉnh Đoàn Phú An (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/tinh-doan-phu-an-6-thang-2026.docx: an invented half-year report of a provincial Youth Union
committee (Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Phú An: "Báo cáo kết quả công tác Đoàn và phong trào thanh
thiếu nhi 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026"), written by a helper who never saw
the assistant's code (tune split: eval/real/outlines/tinh-doan-phu-an-6-thang-2026.json,
eval/real/questions_tune15.jsonl).

Layouts: youth-union header table without borders (left "BCH ĐOÀN TNCS HỒ CHÍ MINH / TỈNH PHÚ AN / *** / Số:
146-BC/TĐTN-VP", right "ĐOÀN TNCS HỒ CHÍ MINH" underlined and place/date); the title in three bold lines under
"BÁO CÁO". Two parts written as a capital letter and a hyphen ("A- KẾT QUẢ ...", "B- PHƯƠNG HƯỚNG ...", ids
"Phần A", "Phần B") with untitled text right under "A-" and the Roman numbering restarting under "B-"; Roman "I."
... "VII." and Arabic "1." headings, lettered "a)" / "b)" headings in two sections only (A › V.1, A › VII.3); the
heading A › III.1 is long enough to wrap onto two lines. In A › II.1 the sub-topics are NOT numbered: bold run-in
lines ending with a colon, either alone on their line ("* Tháng Thanh niên năm 2026:") or leading the paragraph
("- Về tình nguyện vì an sinh xã hội: ..."); they are not headings, their text belongs to A › II.1. '-' items, a
few with '+' sub-items; tab-led and first-line-indented body paragraphs mixed. A bordered table of chỉ tiêu
(TT / Chỉ tiêu / Kế hoạch năm / Thực hiện 6 tháng / Tỷ lệ %) with merged bold group rows under A › VI; several of
its cells hold figures found nowhere else. Figures with the same noun for different scopes (đoàn viên toàn tỉnh vs
kết nạp mới vs đoàn viên nhập ngũ; lượt thanh niên tình nguyện vs đoàn viên; công trình thanh niên cấp tỉnh /
huyện / cơ sở; 6 tháng đầu năm 2026 vs cùng kỳ 2025 vs chỉ tiêu năm vs 6 tháng cuối năm); abbreviations ĐVTN,
TTN, TNTN, CTTN, HĐĐ, BCH used in some places and spelled out in others; three real Word footnotes carrying figures
found nowhere else; signature "TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ" and "Nơi nhận:". Vietnamese number format
("96.418 đoàn viên", "61,2%"). Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_doan_thanh_nien.py [out.docx]
    .venv/bin/python scripts/make_test_report_doan_thanh_nien.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_doan_thanh_nien.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import sys
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402
from scripts.docx_report_kit import nfc, recording, run_cli, vi, vn_half_up  # noqa: E402

NAME = "tinh-doan-phu-an-6-thang-2026"
ZIP_TIME = (2026, 6, 16, 8, 0, 0)
METADATA = {
    "issuer": "Ban Chấp hành Tỉnh Đoàn Phú An",
    "number": "146-BC/TĐTN-VP",
    "date": "ngày 16 tháng 6 năm 2026",
    "place": "Phú An",
    "signer": "Nguyễn Thị Hồng Vân",
    "signer_title": "TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ",
    "title": "Kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2026, phương hướng, nhiệm vụ "
             "6 tháng cuối năm 2026",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def part(t: str):
    """'A- TITLE': a capital letter and a hyphen, bold and indented like a Roman heading."""
    num, title = t.split(" ", 1)
    HEADINGS.append(("part", num.rstrip("-."), title))
    return R.para(t, bold=True, keep_next=True)


def _heading(kind: str, fn):
    return recording(HEADINGS, kind, fn)


roman, arabic, letter = _heading("roman", R.roman), _heading("arabic", R.arabic), _heading("letter", R.letter)


def subline(t: str):
    """An unnumbered bold line ending with a colon ('* Tháng Thanh niên năm 2026:'): not a heading."""
    return R.para(t, bold=True, keep_next=True)


def runin(label: str, text: str):
    """A paragraph led by a bold run-in label ('- Về ...:') and continued in normal text: not a heading."""
    p = R.para(label, bold=True)
    p.add_run(" " + text)
    return p



vn = vn_half_up


def pct(a: int, b: int, nd: int = 1) -> str:
    q = (Decimal(a) * 100 / Decimal(b)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return str(q).replace(".", ",")


_grid_table = partial(R.grid_table, totals=("Tổng",), middle_rows=True, spacer=True)


def grid_table(header, rows, widths, **kw):
    """The kit's bordered table, with the grid columns set to the cell widths too (as Word writes them)."""
    t = _grid_table(header, rows, widths, **kw)
    for col, w in zip(t.columns, widths):
        col.width = w
    return t


# ----------------------------------------------------------------------------------------------- data
TN = 284_650  # thanh niên 16 - 30 tuổi toàn tỉnh
DV = 96_418  # đoàn viên toàn tỉnh, 31/5/2026
APP = 91_735  # đoàn viên có tài khoản ứng dụng "Thanh niên Việt Nam"
assert pct(DV, TN) == "33,9" and pct(APP, DV) == "95,1" and DV - APP == 4_683
DOAN_CS, CHI_DOAN_CS, CHI_DOAN = 186, 226, 3_618
CO_SO = DOAN_CS + CHI_DOAN_CS
assert CO_SO == 412

KN, KN_2025, KN_KH = 4_286, 3_912, 7_000  # kết nạp đoàn viên mới: 6 tháng 2026, cùng kỳ 2025, chỉ tiêu năm
KN_CON = KN_KH - KN
assert pct(KN, KN_KH) == "61,2" and KN - KN_2025 == 374 and KN_CON == 2_714
KN_NU, KN_DTTS, KN_CN = 2_318, 647, 213  # footnote only

GT_DANG, KN_DANG, KN_DANG_KH = 1_364, 1_028, 2_000  # giới thiệu ĐVTN ưu tú / được kết nạp Đảng
assert pct(KN_DANG, KN_DANG_KH) == "51,4"

TNTN_LUOT = 18_540  # lượt ĐVTN tham gia hoạt động tình nguyện
TNTN_DH, TNTN_TX, TNTN_TX_DV = 236, 4_120, 3_365  # đội hình TNTN thường xuyên, thanh niên tình nguyện, đoàn viên
# công trình thanh niên: (số công trình, giá trị tỷ đồng)
CTTN = {"tỉnh": (4, Decimal("3.85")), "huyện": (37, Decimal("5.42")), "cơ sở": (526, Decimal("6.18"))}
CTTN_N = sum(v[0] for v in CTTN.values())
CTTN_GT = sum(v[1] for v in CTTN.values())
CTTN_2025 = 498
assert CTTN_N == 567 and CTTN_GT == Decimal("15.45") and CTTN_N - CTTN_2025 == 69
CTTN_TINH = [Decimal("0.94"), Decimal("1.36"), Decimal("0.72"), Decimal("0.83")]  # footnote only
assert len(CTTN_TINH) == CTTN["tỉnh"][0] and sum(CTTN_TINH) == CTTN["tỉnh"][1]

MAU_CND, MAU_XH = 3_214, 1_856  # Chủ nhật Đỏ, Lễ hội Xuân hồng
MAU = MAU_CND + MAU_XH
assert MAU == 5_070

NHAP_NGU, NHAP_NGU_DV = 1_648, 1_307
VIEC_LAM = 2_152
DOI_VIEN, KN_DOI, DAY_BOI = 148_256, 9_412, 6_820

# bảng chỉ tiêu: (chỉ tiêu, kế hoạch năm, thực hiện 6 tháng)
CHI_TIEU = [
    ("I. CÔNG TÁC ĐOÀN VÀ XÂY DỰNG TỔ CHỨC ĐOÀN", [
        ("Kết nạp đoàn viên mới (đoàn viên)", KN_KH, KN),
        ("Giới thiệu ĐVTN ưu tú cho Đảng xem xét kết nạp (người)", 2_600, GT_DANG),
        ("Đoàn viên được kết nạp vào Đảng (người)", KN_DANG_KH, KN_DANG),
    ]),
    ("II. PHONG TRÀO THANH NIÊN VÀ CÔNG TÁC HỘI", [
        ("Công trình thanh niên các cấp (công trình)", 950, CTTN_N),
        ("Thành lập mới câu lạc bộ, đội, nhóm (CLB, đội, nhóm)", 60, 38),
        ("Phát triển hội viên Hội LHTN Việt Nam mới (hội viên)", 5_000, 2_874),
        ("Hỗ trợ thanh niên khởi nghiệp (dự án)", 120, 71),
        ("Giới thiệu việc làm cho thanh niên (người)", 4_000, VIEC_LAM),
        ("Hiến máu tình nguyện (đơn vị máu)", 9_000, MAU),
    ]),
    ("III. CÔNG TÁC ĐỘI VÀ PHONG TRÀO THIẾU NHI", [
        ("Kết nạp đội viên mới (đội viên)", 18_000, KN_DOI),
        ("Công trình măng non (công trình)", 300, 187),
        ("Trẻ em được dạy bơi, kỹ năng an toàn trong môi trường nước (em)", 12_000, DAY_BOI),
    ]),
]
_rates = [pct(th, kh) for _, rows in CHI_TIEU for _, kh, th in rows]
assert _rates == ["61,2", "52,5", "51,4", "59,7", "63,3", "57,5", "59,2", "53,8", "56,3", "52,3", "62,3",
                  "56,8"], _rates

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(7.0), Cm(9.0))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("BCH ĐOÀN TNCS HỒ CHÍ MINH", False, False),
    ("TỈNH PHÚ AN", True, False),
    ("***", False, False),
    ("Số: " + METADATA["number"], False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("ĐOÀN TNCS HỒ CHÍ MINH", True, False, True),
    ("", False, False),
    ("", False, False),
    (f"{METADATA['place']}, {METADATA['date']}", False, True),
])
LAYOUT_TABLES = [ht._tbl]

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Kết quả công tác Đoàn và phong trào thanh thiếu nhi", bold=True, align=CENTER, indent=None)
para("6 tháng đầu năm 2026, phương hướng, nhiệm vụ", bold=True, align=CENTER, indent=None)
para("6 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

tabbed("Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026 ban hành kèm theo Nghị quyết số "
       "12-NQ/TĐTN ngày 26/12/2025 của Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 9 (khóa XVI) và Hướng dẫn số "
       "87-HD/TWĐTN-VP ngày 20/5/2026 của Văn phòng Trung ương Đoàn về việc báo cáo sơ kết công tác Đoàn 6 tháng đầu "
       "năm 2026, Ban Thường vụ Tỉnh đoàn Phú An báo cáo kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng "
       "đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026 như sau:")

# ============================================================================================ PHẦN A
part("A- KẾT QUẢ CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI 6 THÁNG ĐẦU NĂM 2026")
tabbed("6 tháng đầu năm 2026 diễn ra nhiều sự kiện chính trị quan trọng của đất nước và của tỉnh: Đại hội đại biểu "
       "toàn quốc lần thứ XIV của Đảng; cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
       "nhiệm kỳ 2026 - 2031; kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026) và 85 năm "
       "Ngày thành lập Đội TNTP Hồ Chí Minh (15/5/1941 - 15/5/2026). Tình hình kinh tế - xã hội của tỉnh tiếp tục "
       "phục hồi; tuy nhiên, thời tiết nắng hạn kéo dài ở các huyện phía Tây, giá cả một số mặt hàng tăng đã ảnh "
       "hưởng đến việc làm, thu nhập của một bộ phận thanh niên nông thôn.")
body(f"Tính đến ngày 31/5/2026, toàn tỉnh có {vi(TN)} thanh niên trong độ tuổi từ 16 đến 30; tổng số đoàn viên toàn "
     f"tỉnh là {vi(DV)} đoàn viên, chiếm {pct(DV, TN)}% tổng số thanh niên. Tỉnh đoàn có 14 đơn vị trực thuộc (9 "
     f"huyện, thị, thành đoàn và 5 đoàn trực thuộc), {CO_SO} cơ sở đoàn ({DOAN_CS} đoàn cơ sở, {CHI_DOAN_CS} chi "
     f"đoàn cơ sở) với {vi(CHI_DOAN)} chi đoàn. Được sự quan tâm lãnh đạo, chỉ đạo của Ban Bí thư Trung ương Đoàn, "
     "Ban Thường vụ Tỉnh ủy, sự phối hợp của các sở, ban, ngành và sự nỗ lực của các cấp bộ Đoàn, công tác Đoàn và "
     "phong trào thanh thiếu nhi 6 tháng đầu năm 2026 đạt được nhiều kết quả tích cực, cụ thể như sau:")

roman("I. CÔNG TÁC GIÁO DỤC CHÍNH TRỊ, TƯ TƯỞNG, ĐẠO ĐỨC, LỐI SỐNG CHO THANH THIẾU NHI")
arabic("1. Công tác tuyên truyền, giáo dục lý tưởng cách mạng, truyền thống")
tabbed("Các cấp bộ Đoàn tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Bộ Chính trị về tăng cường sự lãnh "
       "đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai "
       "đoạn 2015 - 2030. 6 tháng đầu năm, toàn tỉnh tổ chức 1.246 buổi tuyên truyền trực tiếp với 98.530 lượt ĐVTN "
       "tham gia; các trang thông tin điện tử, mạng xã hội của Tỉnh đoàn và các đơn vị trực thuộc được duy trì "
       "thường xuyên, trở thành kênh tuyên truyền hiệu quả đối với đoàn viên, thanh niên", Fn(
           "Trong 6 tháng đầu năm 2026, Trang fanpage \u201cTuổi trẻ Phú An\u201d đăng tải 1.126 tin, bài, video với "
           "hơn 4,3 triệu lượt tiếp cận; Zalo OA \u201cTỉnh Đoàn Phú An\u201d có 38.640 người quan tâm; kênh TikTok "
           "\u201cTuổi trẻ Phú An\u201d đăng 209 video ngắn, tổng cộng 6,8 triệu lượt xem."),
       ".")
dash("Tổ chức 587 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị "
     "quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 cho 78.412 lượt cán bộ, đoàn viên, "
     "thanh niên; 100% cơ sở đoàn tổ chức cho đoàn viên viết thu hoạch, đăng ký việc làm cụ thể sau học tập.")
dash("Tuyên truyền, vận động 21.640 cử tri trẻ lần đầu tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội "
     "đồng nhân dân các cấp nhiệm kỳ 2026 - 2031; tổ chức 228 hoạt động \u201cCử tri trẻ - Lá phiếu đầu tiên\u201d tại "
     "các khu dân cư, trường học.")
dash("Tổ chức chuỗi hoạt động kỷ niệm 95 năm Ngày thành lập Đoàn: Lễ mít tinh cấp tỉnh được tổ chức vào tối ngày "
     "25/3/2026 tại Nhà Văn hóa Thanh thiếu nhi tỉnh với sự tham dự của 800 đại biểu, ĐVTN; tuyên dương 95 cán bộ "
     "Đoàn, đoàn viên tiêu biểu và trao Giải thưởng \u201cTuổi trẻ Phú An\u201d năm 2026 cho 26 gương mặt trẻ tiêu "
     "biểu; Cuộc thi trực tuyến \u201cTuổi trẻ Phú An tự hào 95 năm truyền thống Đoàn\u201d thu hút 52.306 lượt thí "
     "sinh tham gia.")
dash("Hoạt động giáo dục truyền thống được gắn với các địa chỉ đỏ của tỉnh; tổ chức 193 buổi dâng hương, chăm sóc "
     "các công trình di tích lịch sử, nghĩa trang liệt sĩ, trong đó:")
plus("Hành trình \u201cTuổi trẻ Phú An - Theo dấu chân những người anh hùng\u201d tại Khu di tích Căn cứ Tỉnh ủy "
     "Phú An với 1.150 ĐVTN tham gia;")
plus("Chương trình \u201cThắp nến tri ân\u201d tại 9 nghĩa trang liệt sĩ huyện, thị xã, thành phố.")

arabic("2. Giáo dục đạo đức, lối sống, ý thức chấp hành pháp luật và nắm bắt tình hình tư tưởng")
tabbed("Triển khai cuộc vận động \u201cXây dựng giá trị hình mẫu thanh niên Việt Nam thời kỳ mới\u201d gắn với "
       "phong trào \u201cNgười tốt, việc tốt\u201d; các cơ sở đoàn đã giới thiệu 432 gương người tốt, việc tốt trong "
       "thanh thiếu nhi để biểu dương trên các phương tiện thông tin. Phối hợp với Công an tỉnh, Sở Tư pháp tổ chức "
       "94 buổi tuyên truyền pháp luật về an toàn giao thông, phòng, chống ma túy, phòng, chống lừa đảo trên không "
       "gian mạng cho 21.870 lượt TTN.")
body("Công tác nắm bắt, định hướng dư luận xã hội trong thanh niên được chú trọng; Ban Thường vụ Tỉnh đoàn duy trì "
     "mạng lưới 132 cộng tác viên dư luận xã hội, định kỳ hằng tháng tổng hợp tình hình tư tưởng của đoàn viên, "
     "thanh niên báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy. Trong 6 tháng, không có tình trạng ĐVTN tham gia khiếu "
     "kiện đông người hoặc vi phạm pháp luật nghiêm trọng.")

roman("II. TRIỂN KHAI CÁC PHONG TRÀO HÀNH ĐỘNG CÁCH MẠNG")
arabic("1. Phong trào \u201cThanh niên tình nguyện\u201d")
tabbed(f"Phong trào thanh niên tình nguyện tiếp tục được các cấp bộ Đoàn triển khai sâu rộng, gắn với nhiệm vụ phát "
       f"triển kinh tế - xã hội của địa phương. 6 tháng đầu năm 2026, toàn tỉnh có {vi(TNTN_LUOT)} lượt ĐVTN tham gia "
       f"các hoạt động tình nguyện; duy trì {TNTN_DH} đội hình thanh niên tình nguyện thường xuyên với {vi(TNTN_TX)} "
       f"thanh niên tình nguyện, trong đó có {vi(TNTN_TX_DV)} đoàn viên. Các hoạt động tập trung vào các nội dung sau:")
subline("* Tháng Thanh niên năm 2026:")
body("Với chủ đề \u201cThanh niên Phú An tiên phong, sáng tạo, vững bước vào kỷ nguyên mới\u201d, các cấp bộ Đoàn "
     "tổ chức 412 đợt ra quân \u201cNgày Chủ nhật xanh\u201d với 28.760 lượt đoàn viên, thanh niên tham gia, thu gom "
     "175 tấn rác thải, phát quang 231 km đường giao thông nông thôn; trồng mới 64.500 cây xanh hưởng ứng Chương "
     "trình trồng 1 tỷ cây xanh. Chủ tịch Ủy ban nhân dân tỉnh đối thoại với thanh niên ngày 24/3/2026 với hơn 350 "
     "ĐVTN tham dự, 27 ý kiến được trả lời trực tiếp tại hội nghị.")
subline("* Công trình, phần việc thanh niên:")
body(f"Toàn tỉnh thực hiện {CTTN_N} công trình thanh niên các cấp với tổng giá trị {vn(CTTN_GT, 2)} tỷ đồng, tăng "
     f"{CTTN_N - CTTN_2025} công trình so với cùng kỳ năm 2025 ({CTTN_2025} công trình). Trong đó: cấp tỉnh "
     f"{CTTN['tỉnh'][0]} công trình, trị giá {vn(CTTN['tỉnh'][1], 2)} tỷ đồng",
     Fn("04 công trình thanh niên cấp tỉnh gồm: (1) Tuyến điện \u201cThắp sáng đường quê\u201d dài 6,2 km tại xã "
        "Phước Lộc, huyện Đồng Cát, trị giá 0,94 tỷ đồng; (2) Cầu dân sinh thôn Suối Mây, xã Ea Tân, huyện Ea Rông, "
        "trị giá 1,36 tỷ đồng; (3) Điểm sinh hoạt thanh thiếu nhi kết hợp thư viện số tại phường Hòa Bình, thị xã "
        "Hòa Mỹ, trị giá 0,72 tỷ đồng; (4) Hệ thống lọc nước sạch cho 3 điểm trường tiểu học xã Vạn Lâm, huyện "
        "Thạch Bàn, trị giá 0,83 tỷ đồng."),
     f"; cấp huyện {CTTN['huyện'][0]} công trình, trị giá {vn(CTTN['huyện'][1], 2)} tỷ đồng; cấp cơ sở "
     f"{CTTN['cơ sở'][0]} công trình, trị giá {vn(CTTN['cơ sở'][1], 2)} tỷ đồng. Các CTTN chủ yếu tập trung vào "
     "xây dựng đường giao thông nông thôn, thắp sáng đường quê, sửa chữa nhà nhân ái, xây dựng sân chơi cho thiếu "
     "nhi.")
subline("* Hiến máu tình nguyện:")
body(f"Ban Thường vụ Tỉnh đoàn phối hợp với Hội Chữ thập đỏ tỉnh, Bệnh viện Đa khoa tỉnh tổ chức Lễ hội Xuân hồng "
     f"năm 2026, tiếp nhận {vi(MAU_XH)} đơn vị máu; Chương trình \u201cChủ nhật Đỏ\u201d lần thứ XVIII - năm 2026 "
     f"tiếp nhận {vi(MAU_CND)} đơn vị máu. Tổng cộng 6 tháng đầu năm, các cấp bộ Đoàn vận động được {vi(MAU)} đơn vị "
     "máu, góp phần bảo đảm nguồn máu điều trị cho người bệnh trong dịp Tết và mùa khô.")
runin("- Về tình nguyện vì an sinh xã hội:",
      "Chương trình \u201cXuân tình nguyện\u201d, \u201cTết sum vầy\u201d trao 2.148 suất quà cho thiếu nhi, gia đình "
      "chính sách, hộ nghèo với tổng trị giá 1,07 tỷ đồng; tổ chức khám bệnh, cấp thuốc miễn phí cho 3.460 người "
      "dân vùng đồng bào dân tộc thiểu số; xây dựng mới 12 \u201cNgôi nhà Khăn quàng đỏ\u201d, \u201cNhà nhân ái "
      "thanh niên\u201d tặng đoàn viên, thiếu nhi có hoàn cảnh khó khăn.")
runin("- Về tham gia chuyển đổi số:",
      "Các đội hình TNTN tham gia phong trào \u201cBình dân học vụ số\u201d, trực tiếp hướng dẫn 46.380 lượt người "
      "dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt; hỗ trợ 158 "
      "hộ sản xuất đưa sản phẩm nông sản lên sàn thương mại điện tử.")

arabic("2. Phong trào \u201cTuổi trẻ sáng tạo\u201d")
tabbed("Các cấp bộ Đoàn đẩy mạnh phong trào Tuổi trẻ sáng tạo trong học tập, lao động, sản xuất. Trong 6 tháng, "
       "toàn tỉnh có 1.412 sáng kiến, giải pháp của ĐVTN được đăng ký và áp dụng tại đơn vị; Cuộc thi Sáng tạo "
       "thanh thiếu niên nhi đồng tỉnh Phú An lần thứ 12 nhận 214 mô hình, sản phẩm dự thi, Ban Tổ chức đã chọn 6 "
       "sản phẩm tham dự Cuộc thi toàn quốc. Tỉnh đoàn phối hợp Sở Khoa học và Công nghệ tổ chức Diễn đàn \u201cThanh "
       "niên với chuyển đổi số và đổi mới sáng tạo\u201d với 420 đại biểu tham dự.")

arabic("3. Phong trào \u201cTuổi trẻ xung kích bảo vệ Tổ quốc\u201d")
tabbed(f"Công tác tuyên truyền, vận động thanh niên thực hiện nghĩa vụ quân sự được triển khai hiệu quả. Năm 2026, "
       f"toàn tỉnh có {vi(NHAP_NGU)} thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu, trong đó có {vi(NHAP_NGU_DV)} "
       "đoàn viên; các cấp bộ Đoàn tổ chức 162 buổi gặp mặt, tặng quà cho tân binh trước ngày nhập ngũ.")
dash("Duy trì 172 đội thanh niên xung kích tham gia bảo đảm an ninh trật tự, an toàn giao thông tại khu dân cư; "
     "phối hợp tuần tra, giải tán 34 vụ tụ tập đua xe trái phép, hỗ trợ lực lượng chức năng bảo đảm an ninh trật "
     "tự tại 1.208 điểm bỏ phiếu trong ngày bầu cử.")
dash("Các đoàn trực thuộc trong lực lượng vũ trang tổ chức tốt phong trào \u201cThanh niên quân đội thi đua rèn "
     "đức, luyện tài, xung kích, sáng tạo, xứng danh Bộ đội Cụ Hồ\u201d và phong trào \u201cTuổi trẻ Công an nhân "
     "dân vì an ninh Tổ quốc\u201d.")

roman("III. CÔNG TÁC ĐỒNG HÀNH VỚI THANH NIÊN VÀ CÔNG TÁC HỘI")
arabic("1. Đồng hành với thanh niên trong học tập, nghiên cứu khoa học, khởi nghiệp, lập nghiệp, phát triển kỹ năng "
       "xã hội và nâng cao thể chất, đời sống văn hóa tinh thần")
tabbed(f"Các cấp bộ Đoàn phối hợp với Trung tâm Dịch vụ việc làm tỉnh, các trường đại học, cao đẳng tổ chức 42 phiên "
       f"tư vấn hướng nghiệp, giới thiệu việc làm với 12.400 lượt thanh niên tham gia, qua đó giới thiệu việc làm cho "
       f"{vi(VIEC_LAM)} thanh niên, trong đó 418 thanh niên đi làm việc có thời hạn ở nước ngoài theo hợp đồng.")
body("Công tác hỗ trợ thanh niên vay vốn phát triển kinh tế được duy trì hiệu quả; đến ngày 31/5/2026, tổng dư nợ "
     "nguồn vốn vay ủy thác từ Ngân hàng Chính sách xã hội tỉnh do Đoàn Thanh niên quản lý đạt 612,8 tỷ đồng, tăng "
     "24,6 tỷ đồng so với ngày 31/12/2025, thông qua 218 tổ tiết kiệm và vay vốn với 12.930 hộ vay; tỷ lệ nợ quá hạn "
     "0,12%. Cuộc thi \u201cÝ tưởng khởi nghiệp thanh niên Phú An\u201d năm 2026 nhận 64 dự án dự thi; Ban Tổ chức "
     "đã trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba.")
dash("Hoạt động chăm lo đời sống tinh thần, rèn luyện thể chất cho thanh niên được tổ chức thường xuyên: Giải Bóng "
     "đá thanh niên tỉnh Phú An mở rộng năm 2026 với 24 đội bóng tham gia; Hội thi \u201cTiếng hát thanh niên công "
     "nhân\u201d tại các khu công nghiệp Tân Phú, Hòa Mỹ;")
dash("Tổ chức 46 lớp tập huấn kỹ năng sống, kỹ năng số cho 5.230 lượt thanh thiếu nhi; tiếp nhận và tư vấn 276 "
     "trường hợp qua Tổng đài tư vấn thanh niên của Tỉnh đoàn.")
arabic("2. Công tác Hội Liên hiệp Thanh niên Việt Nam và Hội Sinh viên Việt Nam tỉnh")
tabbed("Ủy ban Hội LHTN Việt Nam tỉnh tiếp tục đổi mới phương thức tập hợp thanh niên, phát triển các mô hình câu "
       "lạc bộ, đội, nhóm theo sở thích, nghề nghiệp. Toàn tỉnh hiện có 54.216 hội viên Hội LHTN Việt Nam sinh hoạt "
       "tại 204 cơ sở Hội; tổ chức Ngày hội \u201cThanh niên với văn hóa giao thông\u201d, chương trình \u201cTiếp "
       "sức người bệnh\u201d tại Bệnh viện Đa khoa tỉnh. Hội Sinh viên Việt Nam tỉnh triển khai phong trào \u201cSinh "
       "viên 5 tốt\u201d, tổ chức Ngày hội \u201cSinh viên với khởi nghiệp\u201d tại Trường Đại học Phú An và "
       "Trường Cao đẳng Kỹ thuật Phú An.")

roman("IV. CÔNG TÁC ĐỘI VÀ PHONG TRÀO THIẾU NHI")
tabbed(f"Hội đồng Đội tỉnh hướng dẫn các Liên đội triển khai Chương trình rèn luyện đội viên giai đoạn 2022 - 2027. "
       f"Toàn tỉnh hiện có {vi(DOI_VIEN)} đội viên sinh hoạt tại 612 liên đội; 6 tháng đầu năm kết nạp "
       f"{vi(KN_DOI)} đội viên mới, công nhận 7.840 em hoàn thành chương trình \u201cRèn luyện đội viên\u201d.")
dash("Tổ chức chuỗi hoạt động kỷ niệm 85 năm Ngày thành lập Đội TNTP Hồ Chí Minh; HĐĐ tỉnh tổ chức Liên hoan Chỉ "
     "huy Đội giỏi cấp tỉnh lần thứ VII với 142 chỉ huy Đội tham gia; tuyên dương 85 cháu ngoan Bác Hồ tiêu biểu.")
dash("Triển khai Tháng hành động vì trẻ em năm 2026; phối hợp Sở Giáo dục và Đào tạo mở các lớp dạy bơi, kỹ năng an "
     f"toàn trong môi trường nước cho {vi(DAY_BOI)} trẻ em; trao 1.360 suất học bổng \u201cThắp sáng ước mơ thiếu nhi "
     "Việt Nam\u201d trị giá 1,02 tỷ đồng.")
dash("Hội đồng Đội các huyện, thị xã, thành phố tổ chức tập huấn nghiệp vụ cho 1.024 giáo viên Tổng phụ trách Đội, "
     "chỉ huy Đội; chuẩn bị các điều kiện tổ chức hoạt động hè năm 2026 cho thiếu nhi tại địa bàn dân cư.")

roman("V. CÔNG TÁC XÂY DỰNG TỔ CHỨC ĐOÀN VỮNG MẠNH, THAM GIA XÂY DỰNG ĐẢNG, CHÍNH QUYỀN")
arabic("1. Công tác xây dựng tổ chức Đoàn")
letter("a) Công tác đoàn viên")
tabbed(f"6 tháng đầu năm 2026, toàn tỉnh kết nạp {vi(KN)} đoàn viên mới", Fn(
    f"Trong số {vi(KN)} đoàn viên mới kết nạp có {vi(KN_NU)} đoàn viên nữ, {KN_DTTS} đoàn viên là người dân tộc thiểu "
    f"số và {KN_CN} đoàn viên là công nhân lao động trong các doanh nghiệp ngoài nhà nước."),
    f", đạt {pct(KN, KN_KH)}% chỉ tiêu năm ({vi(KN_KH)} đoàn viên), tăng {KN - KN_2025} đoàn viên so với cùng kỳ năm "
    f"2025 ({vi(KN_2025)} đoàn viên). Các đơn vị có tỷ lệ kết nạp đạt cao là Huyện đoàn Đồng Cát (74,8% chỉ tiêu "
    "năm), Thị đoàn Hòa Mỹ (71,2%); một số đơn vị đạt thấp là Đoàn Khối Doanh nghiệp tỉnh (38,5%), Huyện đoàn Ea "
    "Rông (41,3%).")
body("Công tác quản lý đoàn viên được thực hiện nghiêm túc; 100% cơ sở đoàn sử dụng phần mềm Quản lý đoàn viên, "
     f"{vi(APP)} đoàn viên đã có tài khoản trên ứng dụng \u201cThanh niên Việt Nam\u201d, đạt {pct(APP, DV)}% tổng số "
     "đoàn viên. Tổ chức trao quyết định trưởng thành Đoàn cho 2.460 đoàn viên hết tuổi sinh hoạt Đoàn.")
letter("b) Công tác cán bộ Đoàn")
tabbed("Kiện toàn, bổ sung 3 ủy viên BCH Tỉnh đoàn khóa XVI, nhiệm kỳ 2022 - 2027 tại Hội nghị Ban Chấp hành Tỉnh "
       "đoàn lần thứ 10 ngày 14/4/2026; hiện BCH Tỉnh đoàn có 41 ủy viên, Ban Thường vụ có 11 ủy viên. Tổ chức 28 "
       "lớp tập huấn, bồi dưỡng nghiệp vụ cho 1.980 lượt cán bộ Đoàn cơ sở, bí thư chi đoàn; cử 4 đồng chí tham gia "
       "lớp bồi dưỡng cán bộ Đoàn chủ chốt do Trung ương Đoàn tổ chức.")
arabic("2. Công tác kiểm tra, giám sát")
tabbed("Ban Thường vụ Tỉnh đoàn tổ chức kiểm tra việc thực hiện Điều lệ Đoàn và các nghị quyết, chương trình công "
       "tác Đoàn tại 6 đơn vị trực thuộc; Ủy ban Kiểm tra Tỉnh đoàn giám sát chuyên đề tại 4 đơn vị về công tác quản "
       "lý đoàn viên, thu, nộp và sử dụng đoàn phí. Các huyện, thị, thành đoàn, đoàn trực thuộc kiểm tra 52 cơ sở "
       "đoàn. Qua kiểm tra, không phát hiện vi phạm phải xử lý kỷ luật.")
arabic("3. Tham gia xây dựng Đảng, xây dựng chính quyền")
tabbed(f"Các cấp bộ Đoàn đã giới thiệu {vi(GT_DANG)} đoàn viên ưu tú cho Đảng xem xét kết nạp; trong 6 tháng đầu năm "
       f"có {vi(KN_DANG)} đoàn viên được kết nạp vào Đảng, đạt {pct(KN_DANG, KN_DANG_KH)}% chỉ tiêu năm. Tổ chức "
       "thành công Diễn đàn \u201cTuổi trẻ Phú An chung tay xây dựng chính quyền số\u201d; 9/9 huyện, thị xã, thành "
       "phố tổ chức hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân cấp huyện với thanh niên.")

roman("VI. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÔNG TÁC ĐOÀN NĂM 2026")
tabbed("Kết quả thực hiện các chỉ tiêu chủ yếu của Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm "
       "2026 tính đến ngày 31/5/2026 như sau:")
para("Bảng: Kết quả thực hiện các chỉ tiêu chủ yếu 6 tháng đầu năm 2026", bold=True, align=CENTER, indent=None,
     size=13, keep_next=True)
ct_rows = []
n = 0
for group, rows in CHI_TIEU:
    ct_rows.append(("group", group))
    for label, kh, th in rows:
        n += 1
        ct_rows.append((str(n), label, vi(kh), vi(th), pct(th, kh)))
grid_table(("TT", "Chỉ tiêu", "Kế hoạch năm", "Thực hiện 6 tháng", "Tỷ lệ %"), ct_rows,
           [Cm(1.0), Cm(8.0), Cm(2.4), Cm(2.4), Cm(2.0)], size=12)
body("Nhìn chung, tất cả các chỉ tiêu đều đạt trên 50% kế hoạch năm; các chỉ tiêu về kết nạp đội viên, giới thiệu việc "
     "làm và kết nạp đoàn viên vào Đảng còn đạt thấp, cần tập trung thực hiện trong 6 tháng cuối năm.")

roman("VII. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
dash("Công tác giáo dục chính trị, tư tưởng được triển khai kịp thời, gắn với các sự kiện lớn của đất nước và của "
     "tỉnh; hoạt động kỷ niệm 95 năm Ngày thành lập Đoàn được tổ chức trang trọng, thiết thực, tạo dấu ấn tốt.")
dash("Các phong trào hành động cách mạng, nhất là phong trào TNTN và Tháng Thanh niên, được triển khai sâu rộng; số "
     "lượng và giá trị công trình thanh niên tăng so với cùng kỳ.")
dash("Công tác kết nạp đoàn viên, giới thiệu đoàn viên ưu tú cho Đảng có chuyển biến tích cực; việc ứng dụng công "
     "nghệ thông tin trong quản lý đoàn viên được đẩy mạnh.")
arabic("2. Hạn chế")
dash("Công tác nắm bắt tình hình tư tưởng của đoàn viên, thanh niên ở một số cơ sở còn chậm; nội dung tuyên truyền "
     "trên không gian mạng ở một số đơn vị chưa hấp dẫn, lượng tương tác thấp.")
dash("Việc tập hợp thanh niên và kết nạp đoàn viên trong khối doanh nghiệp ngoài nhà nước, thanh niên đi làm ăn xa "
     "còn khó khăn; tiến độ kết nạp ở một số đơn vị chưa đạt yêu cầu.")
dash("Một số công trình thanh niên cấp cơ sở quy mô nhỏ, thiếu tính bền vững; hoạt động ở một số chi đoàn nông thôn "
     "còn đơn điệu, sinh hoạt chi đoàn chưa thường xuyên.")
dash(f"Việc cập nhật dữ liệu đoàn viên trên phần mềm ở một số cơ sở chưa kịp thời; còn {vi(DV - APP)} đoàn viên "
     "chưa có tài khoản trên ứng dụng \u201cThanh niên Việt Nam\u201d.")
arabic("3. Nguyên nhân của hạn chế")
letter("a) Nguyên nhân khách quan")
dash("Thanh niên nông thôn đi làm ăn xa, lao động tự do chiếm tỷ lệ lớn, thường xuyên biến động nên khó tập hợp, "
     "quản lý.")
dash("Nguồn lực dành cho hoạt động Đoàn ở cơ sở còn hạn chế; một số chủ doanh nghiệp chưa tạo điều kiện cho hoạt "
     "động của tổ chức Đoàn.")
letter("b) Nguyên nhân chủ quan")
dash("Một bộ phận cán bộ Đoàn cơ sở còn kiêm nhiệm, thường xuyên thay đổi, thiếu kinh nghiệm trong công tác tập hợp "
     "thanh niên.")
dash("Một số cấp bộ Đoàn chưa chủ động đổi mới nội dung, phương thức hoạt động; công tác kiểm tra, đôn đốc của "
     "cấp trên đối với cơ sở có lúc chưa sát sao.")

# ============================================================================================ PHẦN B
part("B- PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026")
roman("I. PHƯƠNG HƯỚNG CHUNG")
tabbed("Tiếp tục đẩy mạnh công tác giáo dục chính trị, tư tưởng, đạo đức, lối sống cho thanh thiếu nhi; phát huy "
       "vai trò xung kích, sáng tạo của tuổi trẻ trong thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII; "
       "nâng cao chất lượng tổ chức Đoàn, Hội, Đội; phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu công "
       "tác Đoàn năm 2026, chuẩn bị tốt các điều kiện tiến tới Đại hội Đoàn các cấp nhiệm kỳ 2027 - 2032.")
roman("II. NHIỆM VỤ TRỌNG TÂM")
dash("Tổ chức học tập, tuyên truyền Nghị quyết Đại hội XIV của Đảng gắn với việc thực hiện Chỉ thị số 42-CT/TW; "
     "định hướng dư luận xã hội, đấu tranh phản bác các quan điểm sai trái trên không gian mạng.")
dash("Triển khai Chiến dịch Thanh niên tình nguyện hè năm 2026, phấn đấu huy động 25.000 lượt ĐVTN tham gia; tổ "
     "chức Chương trình \u201cTiếp sức mùa thi\u201d với 1.200 TNTN hỗ trợ thí sinh tại các điểm thi tốt nghiệp "
     "trung học phổ thông.")
dash(f"Phấn đấu kết nạp {vi(KN_CON)} đoàn viên mới trong 6 tháng cuối năm để hoàn thành chỉ tiêu năm; tập trung "
     "kết nạp đoàn viên trong thanh niên công nhân, thanh niên dân tộc thiểu số.")
dash("Tổ chức các hoạt động hè cho thiếu nhi, Trại hè thiếu nhi tỉnh Phú An năm 2026; phối hợp phòng, chống đuối "
     "nước trẻ em trong dịp hè.")
dash("Xây dựng kế hoạch, đề án nhân sự chuẩn bị Đại hội Đoàn các cấp tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí "
     "Minh tỉnh Phú An lần thứ XVII, nhiệm kỳ 2027 - 2032.")
roman("III. GIẢI PHÁP THỰC HIỆN")
dash("Nâng cao vai trò, trách nhiệm của người đứng đầu các cấp bộ Đoàn; phân công ủy viên BCH Tỉnh đoàn phụ trách, "
     "bám sát từng đơn vị trực thuộc, kịp thời tháo gỡ khó khăn cho cơ sở.")
dash("Đổi mới nội dung, hình thức tuyên truyền; xây dựng đội ngũ \u201cđại sứ số\u201d trong đoàn viên để lan tỏa "
     "thông tin tích cực trên mạng xã hội.")
dash("Tăng cường phối hợp với Sở Giáo dục và Đào tạo, Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Liên đoàn Lao động "
     "tỉnh trong tập hợp, giáo dục thanh thiếu nhi.")
dash("Đẩy mạnh xã hội hóa nguồn lực cho các công trình, phần việc thanh niên; tăng cường kiểm tra, giám sát, đánh "
     "giá thi đua theo sản phẩm cụ thể của từng đơn vị.")
roman("IV. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Trung ương Đoàn")
dash("Nâng cấp phần mềm Quản lý đoàn viên, cho phép đồng bộ dữ liệu với ứng dụng \u201cThanh niên Việt Nam\u201d, "
     "giảm việc nhập liệu trùng lặp ở cơ sở;")
dash("Sớm ban hành hướng dẫn về mô hình tổ chức Đoàn trong doanh nghiệp ngoài nhà nước có đông thanh niên công "
     "nhân;")
dash("Hỗ trợ kinh phí xây dựng công trình thanh niên tại các xã đặc biệt khó khăn vùng đồng bào dân tộc thiểu số.")
arabic("2. Đối với Tỉnh ủy, Ủy ban nhân dân tỉnh")
dash("Chỉ đạo các sở, ngành, địa phương tạo điều kiện để Đoàn Thanh niên tham gia các chương trình, dự án phát "
     "triển kinh tế - xã hội gắn với thanh niên;")
dash("Bố trí kinh phí thực hiện Đề án hỗ trợ thanh niên khởi nghiệp tỉnh Phú An giai đoạn 2026 - 2030 và quan tâm "
     "chế độ, chính sách đối với cán bộ Đoàn cơ sở.")

body("Trên đây là báo cáo kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2026, phương hướng, "
     "nhiệm vụ 6 tháng cuối năm 2026 của Ban Chấp hành Tỉnh đoàn Phú An./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Ban Bí thư Trung ương Đoàn (b/c),",
    "- Văn phòng Trung ương Đoàn (b/c),",
    "- Thường trực Tỉnh ủy (b/c),",
    "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),",
    "- Các đồng chí Ủy viên BCH Tỉnh đoàn,",
    "- Các huyện, thị, thành đoàn, đoàn trực thuộc,",
    "- Lưu VP, TĐTN.",
], [("TM. BAN THƯỜNG VỤ", True, False), ("PHÓ BÍ THƯ", True, False)] + [("", False, False)] * 4
   + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần A", "Phần A › II.1", "Phần A › V.1.a", "Phần B › IV.2")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    items: list[dict] = []
    scope = ""
    roman_id = arabic_id = None
    for kind, num, title in HEADINGS:
        if kind == "part":
            scope = "Phần " + num
            roman_id = arabic_id = None
            items.append({"id": scope, "title": title})
            continue
        if kind == "roman":
            roman_id, arabic_id = num.rstrip(".-"), None
            sid = roman_id
        elif kind == "arabic":
            arabic_id = f"{roman_id}.{num.rstrip('.-')}"
            sid = arabic_id
        else:
            sid = f"{arabic_id or roman_id}.{num.rstrip(')')}"
        items.append({"id": f"{scope} › {sid}", "title": title})
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), ids
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"], title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 6, 16, 8, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
