# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định 6 tháng đầu năm 2026 của Sở Y tế tỉnh Đông Hà (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-y-te-dong-ha-6-thang-2026.docx: an invented half-year report of a provincial Department of
Health (Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026),
written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/so-y-te-dong-ha-6-thang-2026.json, eval/real/questions_tune11.jsonl).

Layouts: header and signature tables without borders (issuing body "UBND TỈNH ĐÔNG HÀ / SỞ Y TẾ", signer
"GIÁM ĐỐC"); no "Phần thứ" parts: Roman top level (I. KẾT QUẢ ..., II. ĐÁNH GIÁ CHUNG, III. PHƯƠNG HƯỚNG ...,
IV. KIẾN NGHỊ ...), then Arabic "1.", decimal "1.1." and lettered "a)" headings, one decimal heading whose title
wraps over two lines; '-' items, some introducing '+' sub-items; tab-led paragraphs; a list introduced by a
sentence ending ':'; '(1) ... (7)' items run inline in a paragraph; two bordered tables (Bảng 1: khám, chữa bệnh
by bệnh viện / Trung tâm Y tế with merged group rows "Tuyến tỉnh", "Tuyến huyện", "Tuyến xã", "Cộng ..."
subtotals and a "Toàn tỉnh" total; Bảng 2: chỉ tiêu chủ yếu with Kế hoạch năm / Thực hiện 6 tháng / % so KH /
Cùng kỳ); the same kind of figure for several bodies or periods (plan vs 6-month result vs cùng kỳ 2025, tuyến
tỉnh vs tuyến huyện, ngân sách chi thường xuyên vs đầu tư công); abbreviations TTYT, BHYT, TCMR, ATTP, KCB used
in some places and spelled out in others; six real Word footnotes carrying figures found nowhere else. Shared
helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_so_y_te.py [out.docx]
    .venv/bin/python scripts/make_test_report_so_y_te.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_so_y_te.py --text     (plain text, footnotes last)
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

NAME = "so-y-te-dong-ha-6-thang-2026"
OUT = ROOT / "tests" / "data" / f"{NAME}.docx"
ZIP_TIME = (2026, 7, 8, 8, 0, 0)
METADATA = {
    "issuer": "Sở Y tế tỉnh Đông Hà",
    "number": "1427/BC-SYT",
    "date": "ngày 08 tháng 7 năm 2026",
    "place": "Hà Thanh",
    "signer": "Phạm Quốc Hưng",
    "signer_title": "GIÁM ĐỐC",
    "title": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str]] = []  # (kind, full heading text) in document order, for --outline


def _heading(kind: str, fn):
    def write(t: str):
        HEADINGS.append((kind, t))
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


# bordered tables: header repeated on each page, 'Cộng ...' / 'Toàn tỉnh' rows bold, an empty paragraph after each
grid_table = partial(R.grid_table, repeat_header=True, totals=("Cộng", "Toàn tỉnh"), spacer=True)

# ----------------------------------------------------------------------------------------------- data
POP = 1_286_400  # dân số trung bình năm 2026 (ước)
POP_VAN = POP / 10_000

# Bảng 1: (đơn vị; giường bệnh kế hoạch; lượt khám bệnh; lượt điều trị nội trú; công suất sử dụng giường bệnh %)
PROV = [
    ("Bệnh viện Đa khoa tỉnh", 1000, 186420, 31850, 112.4),
    ("Bệnh viện Sản - Nhi", 500, 98615, 18240, 104.6),
    ("Bệnh viện Y dược cổ truyền - Phục hồi chức năng", 250, 41280, 4915, 96.3),
    ("Bệnh viện Phổi", 180, 18940, 2126, 88.5),
    ("Bệnh viện Tâm thần", 150, 12365, 1048, 91.2),
    ("Bệnh viện Mắt", 80, 35710, 2860, 79.8),
]
DIST = [
    ("TTYT thành phố Hà Thanh", 260, 142560, 8912, 86.2),
    ("TTYT thị xã Bình Lãng", 240, 128340, 10275, 94.7),
    ("TTYT huyện Kim Hoa", 250, 135810, 12406, 101.3),
    ("TTYT huyện Thuận Khê", 230, 118925, 11082, 97.5),
    ("TTYT huyện Ngọc Lũng", 200, 96470, 8654, 89.6),
    ("TTYT huyện Mường Kha", 170, 72115, 7128, 83.4),
    ("TTYT huyện Đạ Vinh", 160, 64380, 6215, 78.9),
]
N_TRAM = 142
TRAM_KHAM = 412650


def _sum(rows):
    beds = sum(r[1] for r in rows)
    return beds, sum(r[2] for r in rows), sum(r[3] for r in rows), sum(r[1] * r[4] for r in rows) / beds


P_BEDS, P_KHAM, P_NT, P_CS = _sum(PROV)
D_BEDS, D_KHAM, D_NT, D_CS = _sum(DIST)
ALL_BEDS = P_BEDS + D_BEDS
ALL_KHAM = P_KHAM + D_KHAM + TRAM_KHAM
ALL_NT = P_NT + D_NT
ALL_CS = (P_BEDS * P_CS + D_BEDS * D_CS) / ALL_BEDS
assert (P_BEDS, D_BEDS, ALL_KHAM, ALL_NT) == (2160, 1510, 1564580, 125711), (P_BEDS, D_BEDS, ALL_KHAM, ALL_NT)
KHAM_CK = 1_462_318  # cùng kỳ năm 2025
KHAM_KH = 3_000_000  # kế hoạch năm 2026
NT_CK = 118_406
BHYT_KHAM = 1_318_642

PRIVATE_BEDS = 652
BEDS_TOTAL = ALL_BEDS + PRIVATE_BEDS  # giường bệnh kế hoạch toàn tỉnh, không tính giường trạm y tế xã
DOCTORS = 1351
assert vn(BEDS_TOTAL / POP_VAN) == "33,6" and vn(DOCTORS / POP_VAN) == "10,5"
BHYT_PEOPLE = 1_193_779
assert vn(100 * BHYT_PEOPLE / POP) == "92,8"

# dịch bệnh: (ca mắc 6 tháng 2026, ca mắc cùng kỳ 2025)
SXH, SXH_CK = 486, 673
TCM, TCM_CK = 318, 225
SOI, SOI_CK = 57, 112

# Bảng 2: chỉ tiêu chủ yếu (chỉ tiêu; đơn vị tính; kế hoạch năm 2026; thực hiện 6 tháng; % so KH or None; cùng kỳ)
INDICATORS = [
    ("Số bác sĩ/vạn dân", "Bác sĩ", "10,8", vn(DOCTORS / POP_VAN), True, "9,9"),
    ("Số giường bệnh/vạn dân (không tính giường trạm y tế xã)", "Giường", "34,0", vn(BEDS_TOTAL / POP_VAN),
     True, "32,5"),
    ("Tỷ lệ dân số tham gia BHYT", "%", "94,5", vn(100 * BHYT_PEOPLE / POP), True, "91,6"),
    ("Tổng số lượt khám bệnh", "Lượt", vn_int(KHAM_KH), vn_int(ALL_KHAM), True, vn_int(KHAM_CK)),
    ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", "97,0", "46,3", True, "45,1"),
    ("Tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên trong 3 thời kỳ", "%", "90,0", "88,7", True, "87,2"),
    ("Tỷ số giới tính khi sinh", "Bé trai/100 bé gái", "≤ 110,5", "111,2", False, "112,0"),
    ("Tỷ lệ mắc sốt xuất huyết/100.000 dân", "Ca", "< 90,0", vn(SXH / (POP / 100_000)), False, "52,4"),
    ("Tỷ lệ xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã", "%", "92,0", "90,1", True, "87,3"),
    ("Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử", "%", "90,0", "86,4", True, "78,5"),
    ("Tỷ lệ trạm y tế xã có bác sĩ làm việc", "%", "100", pct(138, N_TRAM), True, "95,1"),
]


def _num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH ĐÔNG HÀ", False, False),
    ("SỞ Y TẾ", True, False, True),
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
para("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 và phương hướng,", bold=True, align=CENTER, indent=None)
para("nhiệm vụ 6 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Công văn số 1185/UBND-KGVX ngày 02/6/2026 của Ủy ban nhân dân tỉnh về việc báo cáo kết quả thực "
       "hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026; Quyết định số 3562/QĐ-UBND ngày 26/12/2025 "
       "của Ủy ban nhân dân tỉnh về giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026, Sở Y tế tỉnh Đông Hà "
       "báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026 "
       "(số liệu tính đến ngày 20/6/2026, ước thực hiện đến hết tháng 6/2026) như sau:")

# ============================================================================================ I
roman("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026")
arabic("1. Công tác lãnh đạo, chỉ đạo, điều hành")
tabbed("Ngay từ đầu năm, Sở Y tế đã ban hành Kế hoạch số 126/KH-SYT ngày 08/01/2026 triển khai nhiệm vụ trọng tâm "
       "năm 2026 của ngành Y tế, giao chỉ tiêu chuyên môn cho các đơn vị trực thuộc và Trung tâm Y tế (TTYT) các "
       "huyện, thị xã, thành phố. Sở Y tế đã tham mưu Ủy ban nhân dân tỉnh ban hành 7 văn bản quan trọng, gồm: "
       "(1) Kế hoạch số 45/KH-UBND ngày 12/02/2026 về phòng, chống dịch bệnh truyền nhiễm năm 2026; (2) Kế hoạch số "
       "58/KH-UBND ngày 03/3/2026 triển khai chiến dịch tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi; (3) "
       "Quyết định số 412/QĐ-UBND ngày 10/3/2026 giao chỉ tiêu phát triển đối tượng tham gia bảo hiểm y tế năm 2026 "
       "cho các huyện, thị xã, thành phố; (4) Kế hoạch số 71/KH-UBND ngày 25/3/2026 triển khai Tháng hành động vì "
       "an toàn thực phẩm năm 2026; (5) Đề án phát triển Bệnh viện Đa khoa tỉnh thành trung tâm y tế chuyên sâu của "
       "tiểu vùng giai đoạn 2026 - 2030; (6) Kế hoạch số 96/KH-UBND ngày 22/4/2026 về chuyển đổi số ngành Y tế năm "
       "2026; (7) Quyết định số 865/QĐ-UBND ngày 28/5/2026 về phân bổ kinh phí mua sắm trang thiết bị y tế cho "
       "tuyến huyện. Công tác cải cách hành chính, chuyển đổi số được chú trọng; các cơ sở khám bệnh, chữa bệnh "
       "triển khai hiệu quả Đề án 06 của Chính phủ, sử dụng căn cước công dân gắn chip thay thẻ BHYT giấy.")

arabic("2. Công tác y tế dự phòng, phòng, chống dịch bệnh")
dec("2.1. Tình hình dịch bệnh truyền nhiễm")
body("Trong 6 tháng đầu năm 2026, tình hình dịch bệnh truyền nhiễm trên địa bàn tỉnh cơ bản được kiểm soát, không "
     "để xảy ra dịch lớn. Ngành Y tế duy trì hoạt động giám sát chủ động tại 142 trạm y tế xã, phường, thị trấn và "
     "tại các cửa khẩu; Trung tâm Kiểm soát bệnh tật tỉnh (CDC) duy trì đội đáp ứng nhanh phòng, chống dịch. Tình "
     "hình một số bệnh truyền nhiễm như sau:")
letter("a) Bệnh sốt xuất huyết")
body(f"Toàn tỉnh ghi nhận {SXH} ca mắc sốt xuất huyết Dengue, giảm {pct(SXH_CK - SXH, SXH_CK)}% so với cùng kỳ năm "
     f"2025 ({SXH_CK} ca); không có trường hợp tử vong (cùng kỳ năm 2025 có 01 trường hợp tử vong). Tỷ lệ mắc là "
     f"{vn(SXH / (POP / 100_000))} ca/100.000 dân. Số ca mắc tập trung chủ yếu tại thành phố Hà Thanh (214 ca) và thị "
     "xã Bình Lãng (97 ca). Đã xử lý 38 ổ dịch, tổ chức 2 đợt chiến dịch diệt lăng quăng, bọ gậy tại 64 xã, phường "
     "có nguy cơ cao với sự tham gia của hơn 92.000 hộ gia đình.")
letter("b) Bệnh tay chân miệng")
body(f"Ghi nhận {TCM} ca mắc tay chân miệng, tăng {pct(TCM - TCM_CK, TCM_CK)}% so với cùng kỳ năm 2025 ({TCM_CK} ca); "
     "không có trường hợp tử vong. Có 41 ca bệnh nặng độ 2b trở lên phải điều trị nội trú tại Bệnh viện Sản - Nhi. "
     "Bệnh xuất hiện rải rác tại 7/7 huyện, thị xã, thành phố, chủ yếu ở trẻ dưới 5 tuổi tại các nhóm, lớp mầm non; "
     "đã phối hợp với ngành Giáo dục triển khai vệ sinh, khử khuẩn tại 312 trường mầm non và nhóm trẻ.")
letter("c) Bệnh sởi")
body(f"Ghi nhận {SOI} ca sốt phát ban nghi sởi, trong đó 23 ca được xét nghiệm khẳng định dương tính với sởi",
     Fn("Số ca sốt phát ban nghi sởi theo địa bàn: huyện Mường Kha 21 ca, huyện Đạ Vinh 14 ca, huyện Ngọc Lũng 9 ca, "
        "các địa phương còn lại 13 ca; có 38/57 ca (66,7%) chưa tiêm hoặc không rõ tiền sử tiêm vắc xin có thành "
        "phần sởi."),
     f"; số ca mắc giảm {pct(SOI_CK - SOI, SOI_CK)}% so với cùng kỳ năm 2025 ({SOI_CK} ca). Có 01 trường hợp tử "
     "vong là trẻ 14 tháng tuổi chưa được tiêm vắc xin sởi tại huyện Mường Kha (cùng kỳ năm 2025 không có tử vong). "
     "Ngay sau khi ghi nhận ổ dịch, Sở Y tế đã chỉ đạo khoanh vùng, xử lý ổ dịch và tổ chức tiêm vắc xin phòng chống "
     "dịch cho trẻ trong vùng có ca bệnh.")
letter("d) Các bệnh truyền nhiễm khác")
body("Ghi nhận 1.284 ca cúm mùa, 146 ca thủy đậu, 12 ca viêm não vi rút; 02 trường hợp tử vong do bệnh dại tại các "
     "huyện Ngọc Lũng và Thuận Khê, đều là người bị chó cắn nhưng không đi tiêm vắc xin phòng dại. Không ghi nhận "
     "ca mắc COVID-19 nặng, cúm A(H5N1), bạch hầu, ho gà. Số người bị động vật nghi dại cắn phải điều trị dự phòng "
     "là 3.612 người.")

dec("2.2. Công tác tiêm chủng mở rộng")
tabbed("Chương trình Tiêm chủng mở rộng (TCMR) được triển khai thường xuyên tại 100% xã, phường, thị trấn. Trong 6 "
       "tháng, có 9.214 trẻ dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin, đạt 46,3% kế hoạch năm (kế hoạch năm "
       "là 19.900 trẻ; cùng kỳ năm 2025 đạt 45,1%); tỷ lệ trẻ 18 tháng tuổi được tiêm vắc xin sởi - rubella đạt "
       "44,8%; tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên đạt 44,2% kế hoạch năm. Tình trạng "
       "thiếu vắc xin TCMR trong quý I/2026 (vắc xin bại liệt tiêm IPV và vắc xin 5 trong 1) đã ảnh hưởng đến tiến "
       "độ tiêm chủng của một số địa phương", Fn(
           "Sau khi được Bộ Y tế cấp bổ sung vắc xin trong tháng 4/2026, ngành Y tế đã tổ chức tiêm vét cho 1.126 trẻ "
           "bị bỏ sót mũi tiêm tại 27 xã vùng sâu, vùng xa thuộc các huyện Mường Kha, Đạ Vinh và Ngọc Lũng."),
       ".")
body("Chiến dịch tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại 46 xã có nguy cơ cao được triển khai từ "
     "ngày 15/3 đến ngày 30/4/2026 với 24.615 trẻ được tiêm, đạt tỷ lệ 96,8% số trẻ trong diện. Không ghi nhận "
     "trường hợp tai biến nặng sau tiêm chủng. Hoạt động tiêm chủng dịch vụ được quản lý chặt chẽ; 100% điểm tiêm "
     "chủng cập nhật dữ liệu lên Hệ thống thông tin tiêm chủng quốc gia.")

dec("2.3. Phòng, chống HIV/AIDS và các bệnh không lây nhiễm")
dash("Phòng, chống HIV/AIDS: phát hiện mới 37 người nhiễm HIV, nâng tổng số người nhiễm HIV còn sống được quản lý "
     "lên 1.648 người; số bệnh nhân đang điều trị thuốc kháng vi rút (ARV) là 1.412 người; số người được điều trị "
     "nghiện các chất dạng thuốc phiện bằng thuốc Methadone là 528 người tại 4 cơ sở điều trị.")
dash("Phòng, chống bệnh không lây nhiễm: quản lý, điều trị 68.420 người bệnh tăng huyết áp và 24.175 người bệnh đái "
     "tháo đường tại các trạm y tế xã; 100% trạm y tế xã triển khai dự phòng, quản lý bệnh không lây nhiễm.")
dash("Phòng, chống lao: phát hiện và điều trị 412 bệnh nhân lao các thể, tỷ lệ điều trị thành công đạt 91,2%.")

arabic("3. Công tác khám bệnh, chữa bệnh")
dec("3.1. Kết quả khám bệnh, chữa bệnh")
tabbed("Tổng số lượt khám bệnh tại các cơ sở khám bệnh, chữa bệnh công lập toàn tỉnh đạt ", vn_int(ALL_KHAM),
       " lượt, tăng ", pct(ALL_KHAM - KHAM_CK, KHAM_CK), "% so với cùng kỳ năm 2025 và đạt ", pct(ALL_KHAM, KHAM_KH),
       "% kế hoạch năm; tổng số lượt điều trị nội trú là ", vn_int(ALL_NT), " lượt, tăng ",
       pct(ALL_NT - NT_CK, NT_CK), "% so với cùng kỳ", Fn(
           "Số liệu trên chưa bao gồm các cơ sở KCB ngoài công lập. Trong 6 tháng, 5 bệnh viện và 318 phòng khám "
           "ngoài công lập đã khám cho 286.450 lượt người, điều trị nội trú 9.874 lượt người bệnh."),
       ". Số lượt KCB có thẻ BHYT là ", vn_int(BHYT_KHAM), " lượt, chiếm ", pct(BHYT_KHAM, ALL_KHAM),
       "% tổng số lượt khám. Công suất sử dụng giường bệnh bình quân của các bệnh viện tuyến tỉnh là ",
       vn(P_CS), "%, của các TTYT tuyến huyện là ", vn(D_CS), "%; bình quân chung toàn tỉnh ", vn(ALL_CS),
       "%. Tình trạng quá tải vẫn diễn ra ở một số bệnh viện tuyến tỉnh, nhất là khoa Nhi, khoa Hồi sức tích cực và "
       "khoa Ung bướu. Tuyến xã với ", str(N_TRAM), " trạm y tế đã khám cho ", vn_int(TRAM_KHAM),
       " lượt người, chiếm ", pct(TRAM_KHAM, ALL_KHAM), "% tổng số lượt khám toàn tỉnh. Kết quả cụ thể theo từng "
       "đơn vị như sau:")
para("Bảng 1. Kết quả khám bệnh, chữa bệnh 6 tháng đầu năm 2026 theo tuyến", bold=True, align=CENTER, indent=None,
     size=12, keep_next=True)
rows = [("group", "A. Tuyến tỉnh")]
for i, (name, beds, kham, nt, cs) in enumerate(PROV, 1):
    rows.append((str(i), name, vn_int(beds), vn_int(kham), vn_int(nt), vn(cs)))
rows.append(("", "Cộng tuyến tỉnh", vn_int(P_BEDS), vn_int(P_KHAM), vn_int(P_NT), vn(P_CS)))
rows.append(("group", "B. Tuyến huyện (Trung tâm Y tế huyện, thị xã, thành phố)"))
for i, (name, beds, kham, nt, cs) in enumerate(DIST, 1):
    rows.append((str(i), name, vn_int(beds), vn_int(kham), vn_int(nt), vn(cs)))
rows.append(("", "Cộng tuyến huyện", vn_int(D_BEDS), vn_int(D_KHAM), vn_int(D_NT), vn(D_CS)))
rows.append(("group", "C. Tuyến xã"))
rows.append(("1", f"Trạm y tế xã, phường, thị trấn ({N_TRAM} trạm)", "-", vn_int(TRAM_KHAM), "-", "-"))
rows.append(("", "Toàn tỉnh", vn_int(ALL_BEDS), vn_int(ALL_KHAM), vn_int(ALL_NT), vn(ALL_CS)))
grid_table(
    ("STT", "Đơn vị", "Giường bệnh kế hoạch", "Lượt khám bệnh", "Lượt điều trị nội trú",
     "Công suất sử dụng giường bệnh (%)"),
    rows,
    [Cm(1.1), Cm(6.4), Cm(2.1), Cm(2.3), Cm(2.3), Cm(2.3)],
    size=11,
)

dec("3.2. Nâng cao chất lượng khám bệnh, chữa bệnh, phát triển kỹ thuật chuyên sâu, thực hiện Đề án "
    "bệnh viện vệ tinh và chuyển đổi số trong các cơ sở khám bệnh, chữa bệnh")
body("Các bệnh viện tiếp tục triển khai Bộ tiêu chí chất lượng bệnh viện Việt Nam và các giải pháp đổi mới phong cách, "
     "thái độ phục vụ hướng tới sự hài lòng của người bệnh; kết quả khảo sát cho thấy tỷ lệ hài lòng của người bệnh "
     "nội trú đạt 92,6%, người bệnh ngoại trú đạt 88,9%. Trong 6 tháng, các bệnh viện đã triển khai 46 kỹ thuật mới, "
     "kỹ thuật cao, trong đó:")
dash("Bệnh viện Đa khoa tỉnh triển khai 24 kỹ thuật mới, nổi bật là:")
plus("Can thiệp mạch vành qua da cấp cứu 24/7, thực hiện được 186 ca;")
plus("Phẫu thuật nội soi cắt khối tá tụy và phẫu thuật thay khớp háng toàn phần không xi măng;")
plus("Lọc máu liên tục cho người bệnh hồi sức nặng và tán sỏi thận qua da bằng laser.")
dash("Bệnh viện Sản - Nhi triển khai 11 kỹ thuật mới, trong đó có thụ tinh trong ống nghiệm (IVF) với 64 chu kỳ, tỷ "
     "lệ có thai lâm sàng 48,4%; hồi sức sơ sinh non tháng dưới 1.000 gram.")
dash("Các TTYT huyện triển khai 11 kỹ thuật mới theo phân tuyến, chủ yếu là phẫu thuật nội soi ổ bụng, chạy thận "
     "nhân tạo và nội soi tiêu hóa.")
body("Đề án bệnh viện vệ tinh tiếp tục được thực hiện với các bệnh viện hạt nhân tuyến trung ương (Bệnh viện Bạch Mai, "
     "Bệnh viện Nhi Trung ương, Bệnh viện K); đã tiếp nhận chuyển giao 18 gói kỹ thuật, giảm tỷ lệ chuyển tuyến của "
     "Bệnh viện Đa khoa tỉnh lên tuyến trung ương còn 2,1% (cùng kỳ năm 2025 là 3,4%). Về chuyển đổi số, 100% cơ sở "
     "khám bệnh, chữa bệnh công lập kết nối liên thông dữ liệu với Cổng tiếp nhận dữ liệu Hệ thống thông tin giám "
     "định BHYT và liên thông đơn thuốc điện tử; Bệnh viện Đa khoa tỉnh và Bệnh viện Sản - Nhi đã triển khai bệnh "
     "án điện tử, không sử dụng phim X-quang in; có 312.480 giấy khám sức khỏe lái xe và giấy chứng sinh, giấy báo "
     "tử được liên thông điện tử.")

dec("3.3. Y tế cơ sở và chăm sóc sức khỏe ban đầu")
body(f"Toàn tỉnh có {N_TRAM}/{N_TRAM} trạm y tế xã, phường, thị trấn hoạt động, trong đó 138/{N_TRAM} trạm có bác sĩ "
     f"làm việc (đạt {pct(138, N_TRAM)}%); 128/{N_TRAM} xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã "
     f"(đạt {pct(128, N_TRAM)}%). Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử đạt 86,4%. Các trạm "
     "y tế xã thực hiện khám, chữa bệnh BHYT với 315 hoạt chất thuốc; 100% thôn, bản có nhân viên y tế thôn, bản "
     "hoặc cô đỡ thôn, bản hoạt động.")

dec("3.4. Chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ và trẻ em")
body("Mạng lưới chăm sóc sức khỏe sinh sản được duy trì từ tỉnh đến cơ sở. Tỷ lệ phụ nữ đẻ được khám thai từ 4 lần "
     "trở lên trong 3 thời kỳ đạt 88,7%; tỷ lệ phụ nữ đẻ tại cơ sở y tế đạt 98,9%; tỷ lệ bà mẹ và trẻ sơ sinh được "
     "chăm sóc sau sinh trong 42 ngày đạt 91,4%. Trong 6 tháng, ghi nhận 01 trường hợp tử vong mẹ tại huyện Đạ Vinh "
     "do băng huyết sau đẻ tại nhà và 14 trường hợp tử vong trẻ em dưới 1 tuổi. Tỷ lệ trẻ em từ 6 đến 60 tháng tuổi "
     "được uống vitamin A liều cao đợt 1 năm 2026 đạt 97,6%. Đợt cân, đo trẻ em dưới 5 tuổi tháng 6/2026 đã hoàn "
     "thành, kết quả đánh giá tình trạng dinh dưỡng đang được Trung tâm Kiểm soát bệnh tật tỉnh tổng hợp.")

arabic("4. Công tác bảo hiểm y tế")
tabbed("Sở Y tế phối hợp với Bảo hiểm xã hội tỉnh đẩy mạnh tuyên truyền, vận động người dân tham gia bảo hiểm y tế "
       "hộ gia đình, học sinh, sinh viên. Đến ngày 20/6/2026, toàn tỉnh có ", vn_int(BHYT_PEOPLE), " người tham gia "
       "BHYT, tỷ lệ bao phủ đạt ", vn(100 * BHYT_PEOPLE / POP), "% dân số, tăng 1,2 điểm phần trăm so với cùng kỳ "
       "năm 2025 nhưng chưa đạt chỉ tiêu 94,5% Ủy ban nhân dân tỉnh giao cho năm 2026. Chi phí khám bệnh, chữa bệnh "
       "BHYT 6 tháng là 742,6 tỷ đồng, bằng 53,4% dự toán chi năm được giao; một số bệnh viện tuyến tỉnh có nguy cơ "
       "vượt dự toán chi KCB BHYT. Tổng số tiền từ chối thanh toán qua giám định là 4,82 tỷ đồng, chủ yếu do chỉ định "
       "xét nghiệm, chẩn đoán hình ảnh chưa phù hợp và áp giá dịch vụ kỹ thuật chưa đúng quy định.")

arabic("5. Công tác dân số")
body("Công tác dân số tiếp tục chuyển trọng tâm từ kế hoạch hóa gia đình sang dân số và phát triển. Trong 6 tháng, "
     "toàn tỉnh có 9.487 trẻ được sinh ra; tỷ lệ sinh con thứ 3 trở lên là 14,6% (cùng kỳ năm 2025 là 15,1%). Tỷ số "
     "giới tính khi sinh là 111,2 bé trai/100 bé gái, giảm so với cùng kỳ (112,0 bé trai/100 bé gái) nhưng vẫn cao "
     "hơn mức kế hoạch đề ra", Fn("Tỷ số giới tính khi sinh cao nhất tại thị xã Bình Lãng (116,3 bé trai/100 bé gái) "
                                  "và huyện Kim Hoa (114,8 bé trai/100 bé gái); thấp nhất tại huyện Mường Kha (105,8 bé "
                                  "trai/100 bé gái)."),
     ". Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh đạt 68,4%, tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh đạt 81,2%; "
     "số cặp nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn là 2.946 cặp. Đã tổ chức các hoạt động "
     "chăm sóc sức khỏe người cao tuổi, lập hồ sơ theo dõi sức khỏe cho 118.620 người cao tuổi.")

arabic("6. Công tác bảo đảm an toàn thực phẩm")
tabbed("Ban Chỉ đạo liên ngành về an toàn thực phẩm (ATTP) tỉnh đã tổ chức Tháng hành động vì ATTP năm 2026 từ "
       "ngày 15/4 đến ngày 15/5/2026 và kiểm tra ATTP dịp Tết Nguyên đán Bính Ngọ. Các đoàn kiểm tra liên ngành các "
       "cấp đã kiểm tra 1.246 cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống; có 1.093 cơ sở đạt yêu cầu "
       "(chiếm 87,7%); xử phạt vi phạm hành chính 58 cơ sở với tổng số tiền 236,5 triệu đồng; tiêu hủy 1.420 kg thực "
       "phẩm không rõ nguồn gốc", Fn("Các đoàn đã thực hiện 2.148 mẫu xét nghiệm nhanh tại thực địa, có 37 mẫu không "
                                     "đạt (chiếm 1,7%), chủ yếu là dư lượng hàn the, phẩm màu và hóa chất bảo vệ "
                                     "thực vật."),
       ".")
body("Trong 6 tháng đầu năm 2026, trên địa bàn tỉnh xảy ra 03 vụ ngộ độc thực phẩm với 87 người mắc, không có "
     "trường hợp tử vong (cùng kỳ năm 2025 xảy ra 02 vụ với 41 người mắc, 01 người tử vong). Cụ thể:")
dash("Vụ ngộ độc tại đám cưới ở xã Phú Cát, huyện Thuận Khê ngày 14/02/2026 làm 52 người mắc;")
dash("Vụ ngộ độc tại bếp ăn tập thể Công ty TNHH May Hòa Phong, Khu công nghiệp Bình Lãng ngày 09/4/2026 làm 29 "
     "người mắc;")
dash("Vụ ngộ độc do ăn nấm rừng tại xã Nậm Pồ, huyện Mường Kha ngày 21/5/2026 làm 6 người mắc.")
body("Các vụ ngộ độc được phát hiện, cấp cứu, điều trị kịp thời; các cơ sở vi phạm đã bị đình chỉ hoạt động và xử "
     "phạt theo quy định.")

arabic("7. Công tác dược, trang thiết bị y tế")
letter("a) Công tác dược")
body("Công tác cung ứng thuốc, vật tư y tế cơ bản đáp ứng nhu cầu khám bệnh, chữa bệnh. Sở Y tế đã tổ chức đấu thầu "
     "tập trung cấp địa phương năm 2026 - 2027, lựa chọn nhà thầu cung ứng 1.382 mặt hàng thuốc với tổng giá trị "
     "trúng thầu 586,4 tỷ đồng, tiết kiệm 41,7 tỷ đồng so với giá kế hoạch. Tuy nhiên, vẫn còn tình trạng thiếu cục "
     "bộ một số thuốc, vật tư y tế do nhà thầu không cung ứng đủ theo hợp đồng. Trong 6 tháng, Sở Y tế đã cấp 86 "
     "chứng chỉ hành nghề dược, 124 giấy chứng nhận đủ điều kiện kinh doanh dược; kiểm tra 214 cơ sở kinh doanh "
     "dược, xử phạt 12 cơ sở với số tiền 96,5 triệu đồng. Trung tâm Kiểm nghiệm tỉnh đã lấy 412 mẫu thuốc, mỹ phẩm để "
     "kiểm tra chất lượng, phát hiện 04 mẫu không đạt tiêu chuẩn chất lượng.")
letter("b) Trang thiết bị y tế")
body("Các đơn vị đã thực hiện mua sắm trang thiết bị y tế từ nguồn ngân sách nhà nước, nguồn quỹ phát triển hoạt động "
     "sự nghiệp và nguồn xã hội hóa với tổng giá trị 128,6 tỷ đồng. Bệnh viện Đa khoa tỉnh đưa vào sử dụng hệ thống "
     "chụp cộng hưởng từ 1,5 Tesla và hệ thống chụp mạch số hóa xóa nền (DSA); 14 hệ thống X-quang kỹ thuật số và 9 "
     "máy siêu âm màu được trang bị cho các TTYT tuyến huyện theo Quyết định số 865/QĐ-UBND của Ủy ban nhân dân tỉnh. "
     "Công tác kiểm định, hiệu chuẩn, bảo dưỡng trang thiết bị được thực hiện định kỳ.")

arabic("8. Phát triển nguồn nhân lực y tế")
body(f"Toàn tỉnh hiện có {vn_int(DOCTORS)} bác sĩ (kể cả bác sĩ làm việc tại cơ sở ngoài công lập), đạt "
     f"{vn(DOCTORS / POP_VAN)} bác sĩ/vạn dân; 362 dược sĩ đại học, đạt 2,8 dược sĩ/vạn dân; số giường bệnh kế hoạch "
     f"(không tính giường trạm y tế xã) là {vn_int(BEDS_TOTAL)} giường, trong đó {vn_int(PRIVATE_BEDS)} giường của "
     f"các bệnh viện ngoài công lập, đạt {vn(BEDS_TOTAL / POP_VAN)} giường bệnh/vạn dân. Tổng số người làm việc tại "
     "các đơn vị sự nghiệp y tế công lập là 5.126 người. Trong 6 tháng, các đơn vị đã tuyển dụng 64 viên chức, trong "
     "đó có 37 bác sĩ; tuy nhiên có 21 viên chức là bác sĩ thôi việc, chuyển công tác ra ngoài tỉnh hoặc sang cơ "
     "sở y tế tư nhân. Công tác đào tạo tiếp tục được quan tâm với các nội dung:")
dash("Cử 58 bác sĩ đi đào tạo chuyên khoa cấp I, 14 bác sĩ đào tạo chuyên khoa cấp II và 6 bác sĩ đào tạo bác sĩ "
     "nội trú tại các trường đại học y;")
dash("Đào tạo liên tục cho 1.846 lượt cán bộ y tế về cấp cứu, hồi sức, kiểm soát nhiễm khuẩn và kỹ năng giao tiếp;")
dash("Tiếp nhận 12 bác sĩ trẻ tình nguyện về công tác tại các huyện Mường Kha, Đạ Vinh, Ngọc Lũng theo Dự án thí "
     "điểm đưa bác sĩ trẻ tình nguyện về công tác tại miền núi, vùng sâu, vùng xa.")

arabic("9. Công tác tài chính, đầu tư")
body("Dự toán ngân sách nhà nước năm 2026 giao cho ngành Y tế là 1.246,8 tỷ đồng; đến ngày 20/6/2026, các đơn vị đã "
     "giải ngân 598,3 tỷ đồng, đạt 48,0% dự toán. Có 5 đơn vị tự bảo đảm chi thường xuyên (Bệnh viện Đa khoa tỉnh, "
     "Bệnh viện Sản - Nhi, Bệnh viện Mắt, TTYT thành phố Hà Thanh, TTYT thị xã Bình Lãng). Kế hoạch vốn đầu tư công "
     "năm 2026 của ngành là 342,5 tỷ đồng cho 11 dự án; giá trị giải ngân 6 tháng là 112,7 tỷ đồng, đạt 32,9% kế "
     "hoạch, thấp hơn mức bình quân chung của tỉnh. Các dự án trọng điểm gồm: Dự án đầu tư xây dựng Bệnh viện Ung "
     "bướu tỉnh (quy mô 300 giường), Dự án cải tạo, nâng cấp TTYT huyện Mường Kha và Dự án xây dựng 18 trạm y tế xã "
     "từ nguồn vốn Chương trình phục hồi và phát triển kinh tế - xã hội.")

arabic("10. Công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo")
tabbed("Thanh tra Sở Y tế đã tiến hành 8 cuộc thanh tra (3 cuộc thanh tra hành chính, 5 cuộc thanh tra chuyên "
       "ngành) và kiểm tra 186 cơ sở hành nghề khám bệnh, chữa bệnh, dược tư nhân; đã xử phạt vi phạm hành chính 27 "
       "cơ sở với tổng số tiền 312,6 triệu đồng, đình chỉ hoạt động 4 cơ sở hành nghề không có giấy phép. Thanh tra "
       "hành chính tập trung vào công tác đấu thầu mua sắm thuốc, trang thiết bị và việc quản lý, sử dụng nguồn thu "
       "dịch vụ tại 3 TTYT huyện", Fn("Qua thanh tra hành chính tại TTYT huyện Kim Hoa, TTYT huyện Ngọc Lũng và TTYT "
                                       "huyện Đạ Vinh, đã kiến nghị thu hồi nộp ngân sách nhà nước 1,28 tỷ đồng, đến "
                                       "ngày 20/6/2026 đã thu hồi 0,86 tỷ đồng; kiến nghị kiểm điểm trách nhiệm 2 tập "
                                       "thể và 7 cá nhân."),
       ". Trong 6 tháng, Sở Y tế đã tiếp 14 lượt công dân; tiếp nhận 37 đơn (3 đơn khiếu nại, 2 đơn tố cáo, 32 đơn "
       "kiến nghị, phản ánh), đã giải quyết 34/37 đơn, đạt 91,9%; các đơn còn lại đang trong thời hạn giải quyết.")

arabic("11. Công tác cải cách hành chính, chuyển đổi số")
body("Sở Y tế tiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết. Trong 6 tháng, Sở đã "
     "tiếp nhận 2.864 hồ sơ thủ tục hành chính, giải quyết đúng hạn 100% hồ sơ; tỷ lệ hồ sơ được nộp trực tuyến toàn "
     "trình đạt 87,5%. Chỉ số cải cách hành chính năm 2025 của Sở Y tế xếp thứ 6/20 sở, ban, ngành của tỉnh. Các "
     "kết quả chuyển đổi số nổi bật gồm:")
dash("100% cơ sở khám bệnh, chữa bệnh công lập triển khai thanh toán viện phí không dùng tiền mặt;")
dash("Cấp 1.248 giấy phép lái xe có dữ liệu giấy khám sức khỏe điện tử liên thông qua Cổng dịch vụ công quốc gia;")
dash("Đưa vào vận hành Hệ thống quản lý sức khỏe điện tử tỉnh Đông Hà, kết nối với ứng dụng định danh điện tử "
     "VNeID.")

# ============================================================================================ II
roman("II. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả thực hiện các chỉ tiêu chủ yếu")
ind_rows = []
for i, (name, unit, kh, th, ratio, ck) in enumerate(INDICATORS, 1):
    r = pct(_num(th), _num(kh)) if ratio else "-"
    ind_rows.append((str(i), name, unit, kh, th, r, ck))
assert ind_rows[0][5] == "97,2" and ind_rows[2][5] == "98,2", ind_rows
tabbed("Nhìn chung, 6 tháng đầu năm 2026 ngành Y tế tỉnh Đông Hà đã hoàn thành khá toàn diện các nhiệm vụ đề ra; "
       "các chỉ tiêu chủ yếu cơ bản bảo đảm tiến độ; dịch bệnh được kiểm soát, chất lượng khám bệnh, chữa bệnh "
       "tiếp tục được nâng lên. Kết quả thực hiện các chỉ tiêu chủ yếu như sau:")
para("Bảng 2. Kết quả thực hiện các chỉ tiêu chủ yếu 6 tháng đầu năm 2026", bold=True, align=CENTER, indent=None,
     size=12, keep_next=True)
grid_table(
    ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện 6 tháng", "% so KH", "Cùng kỳ 2025"),
    ind_rows,
    [Cm(1.0), Cm(5.6), Cm(2.0), Cm(2.0), Cm(2.0), Cm(1.6), Cm(2.0)],
    size=11,
)

arabic("2. Hạn chế, tồn tại")
dash("Dịch bệnh truyền nhiễm còn diễn biến phức tạp: bệnh tay chân miệng tăng so với cùng kỳ; vẫn còn trường hợp tử "
     "vong do sởi, do bệnh dại; tỷ lệ tiêm chủng ở một số xã vùng sâu, vùng xa chưa bảo đảm miễn dịch cộng đồng.")
dash("Tình trạng quá tải vẫn diễn ra tại Bệnh viện Đa khoa tỉnh và Bệnh viện Sản - Nhi; trong khi công suất sử dụng "
     "giường bệnh ở một số TTYT huyện vùng cao còn thấp.")
dash("Tỷ lệ bao phủ bảo hiểm y tế, tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã chưa bảo đảm tiến độ; tỷ số giới "
     "tính khi sinh còn cao hơn mức kế hoạch.")
dash("Tình trạng thiếu cục bộ thuốc, vật tư y tế và vắc xin TCMR vẫn xảy ra; việc mua sắm trang thiết bị ở một số "
     "đơn vị còn chậm.")
dash("Nhân lực y tế còn thiếu, nhất là bác sĩ ở tuyến y tế cơ sở và các chuyên khoa khó thu hút như Lao, Tâm thần, "
     "Giải phẫu bệnh; tình trạng bác sĩ thôi việc chưa được khắc phục.")
dash("Giải ngân vốn đầu tư công của ngành đạt thấp (32,9% kế hoạch).")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Thời tiết diễn biến bất thường, thuận lợi cho các tác nhân gây bệnh phát triển; giao lưu, đi lại của người dân "
     "với các tỉnh có dịch tăng.")
dash("Nguồn cung ứng vắc xin TCMR từ trung ương chậm, không đủ số lượng trong quý I; một số quy định về đấu thầu, mua "
     "sắm thuốc, trang thiết bị còn vướng mắc.")
dash("Chế độ đãi ngộ đối với nhân lực y tế chưa tương xứng, chưa đủ sức thu hút bác sĩ về công tác tại tuyến cơ sở.")
letter("b) Nguyên nhân chủ quan")
dash("Một số địa phương chưa quyết liệt trong công tác phòng, chống dịch, chưa huy động được sự vào cuộc của cả hệ "
     "thống chính trị.")
dash("Công tác chuẩn bị đầu tư, lập hồ sơ dự án của một số chủ đầu tư còn chậm, chất lượng chưa cao.")
dash("Công tác tham mưu, dự báo nhu cầu thuốc, vật tư y tế của một số đơn vị chưa sát với thực tế.")

# ============================================================================================ III
roman("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026")
arabic("1. Các chỉ tiêu phấn đấu đến hết năm 2026")
body("Ngành Y tế phấn đấu hoàn thành các chỉ tiêu kế hoạch năm 2026 đã được Ủy ban nhân dân tỉnh giao:")
dash("Đạt 10,8 bác sĩ/vạn dân và 34,0 giường bệnh/vạn dân (không tính giường trạm y tế xã);")
dash("Tỷ lệ dân số tham gia BHYT đạt 94,5%;")
dash("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt từ 97% trở lên;")
dash("Tỷ số giới tính khi sinh không vượt quá 110,5 bé trai/100 bé gái;")
dash("Có thêm ít nhất 3 xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã, nâng tỷ lệ lên 92%;")
dash("100% trạm y tế xã có bác sĩ làm việc; 90% dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử.")
arabic("2. Nhiệm vụ, giải pháp trọng tâm")
dec("2.1. Chủ động phòng, chống dịch bệnh")
dash("Tăng cường giám sát, phát hiện sớm, xử lý kịp thời các ổ dịch, không để dịch lớn xảy ra; tập trung phòng, "
     "chống sốt xuất huyết, tay chân miệng trong mùa cao điểm từ tháng 7 đến tháng 11.")
dash("Bảo đảm cung ứng đủ vắc xin, tổ chức tiêm bù, tiêm vét cho trẻ, phấn đấu tỷ lệ tiêm chủng đầy đủ đạt trên 97%; "
     "triển khai tiêm vắc xin phế cầu cho trẻ theo lộ trình của Chương trình TCMR.")
dec("2.2. Nâng cao chất lượng khám bệnh, chữa bệnh")
dash("Triển khai Đề án phát triển Bệnh viện Đa khoa tỉnh thành trung tâm y tế chuyên sâu; giảm quá tải bệnh viện "
     "tuyến tỉnh thông qua việc phát triển kỹ thuật ở tuyến huyện.")
dash("Hoàn thành triển khai bệnh án điện tử tại tất cả các bệnh viện tuyến tỉnh và ít nhất 3 TTYT tuyến huyện trước "
     "ngày 31/12/2026.")
dash("Củng cố mạng lưới y tế cơ sở; nâng cao chất lượng khám, chữa bệnh BHYT tại trạm y tế xã.")
dec("2.3. Bảo hiểm y tế, dân số, an toàn thực phẩm")
dash("Phối hợp với Bảo hiểm xã hội tỉnh phát triển đối tượng tham gia BHYT, tập trung nhóm hộ gia đình; kiểm soát "
     "chi phí KCB BHYT, không để vượt dự toán.")
dash("Triển khai các biện pháp giảm thiểu mất cân bằng giới tính khi sinh, nhất là tại thị xã Bình Lãng và huyện "
     "Kim Hoa.")
dash("Tăng cường thanh tra, kiểm tra an toàn thực phẩm dịp Tết Trung thu; phòng ngừa ngộ độc tại bếp ăn tập thể "
     "khu công nghiệp và ngộ độc do thực phẩm có độc tố tự nhiên.")
dec("2.4. Nhân lực, tài chính, đầu tư")
dash("Thực hiện chính sách thu hút, hỗ trợ bác sĩ về công tác tại tuyến cơ sở và các chuyên khoa khó tuyển dụng.")
dash("Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến hết năm 2026 giải ngân trên 95% kế hoạch vốn; khởi "
     "công Dự án đầu tư xây dựng Bệnh viện Ung bướu tỉnh trong quý III/2026.")
dash("Hoàn thành đấu thầu, mua sắm trang thiết bị y tế cho tuyến huyện theo kế hoạch được phê duyệt.")

# ============================================================================================ IV
roman("IV. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Bộ Y tế")
dash("Bảo đảm cung ứng đầy đủ, kịp thời các loại vắc xin trong Chương trình Tiêm chủng mở rộng cho địa phương.")
dash("Sớm ban hành hướng dẫn về cơ chế đấu thầu, mua sắm thuốc, vật tư y tế để khắc phục tình trạng thiếu thuốc cục "
     "bộ.")
arabic("2. Đối với Ủy ban nhân dân tỉnh")
dash("Bố trí 36,5 tỷ đồng kinh phí phòng, chống dịch bệnh và mua sắm vắc xin ngoài TCMR cho 6 tháng cuối năm 2026.")
dash("Ban hành chính sách hỗ trợ thu hút bác sĩ về công tác tại các huyện Mường Kha, Đạ Vinh, Ngọc Lũng giai đoạn "
     "2026 - 2030.")
dash("Chỉ đạo Ủy ban nhân dân các huyện, thị xã, thành phố bảo đảm hoàn thành chỉ tiêu bao phủ BHYT được giao.")

body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm "
     "2026 của Sở Y tế tỉnh Đông Hà./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ Y tế (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- UBND tỉnh (b/c);",
    "- Sở Tài chính;",
    "- Bảo hiểm xã hội tỉnh;",
    "- Giám đốc, các PGĐ Sở;",
    "- Các đơn vị trực thuộc Sở;",
    "- Lưu: VT, KHTC.",
], [("GIÁM ĐỐC", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "I", "I.2", "I.2.1", "I.2.1.c", "II.3.a") and plain text
# --------------------------------------------------------------------------------------------------
def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def outline() -> list[dict]:
    items: list[dict] = []
    roman_id = arabic_id = dec_id = None
    for kind, text in HEADINGS:
        num, title = text.split(" ", 1)
        if kind == "roman":
            roman_id, arabic_id, dec_id = num.rstrip("."), None, None
            items.append({"id": roman_id, "title": title})
        elif kind == "arabic":
            arabic_id, dec_id = f"{roman_id}.{num.rstrip('.')}", None
            items.append({"id": arabic_id, "title": title})
        elif kind == "dec":
            dec_id = f"{roman_id}.{num.rstrip('.')}"
            items.append({"id": dec_id, "title": title})
        else:
            items.append({"id": f"{dec_id or arabic_id}.{num.rstrip(')')}", "title": title})
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
           created=dt.datetime(2026, 7, 8, 8, 0, 0))
    print(f"saved {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
