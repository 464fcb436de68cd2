# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả thực hiện Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc
thiểu số và miền núi năm 2026 của Ủy ban nhân dân huyện Sơn Hà, tỉnh Cao Lâm (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/ubnd-huyen-son-ha-dtts-2026.docx: an invented year report of a district People's Committee on the
national target programme for ethnic-minority and mountain areas (Báo cáo kết quả thực hiện Chương trình mục tiêu
quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2026), written by a helper who
never saw the assistant's code (heldout split: eval/real/outlines/ubnd-huyen-son-ha-dtts-2026.json,
eval/real/questions_held10.jsonl).

Layouts: state header table without borders (left "ỦY BAN NHÂN DÂN / HUYỆN SƠN HÀ / Số: 486/BC-UBND", right
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" and place/date); "BÁO CÁO" and a three-line bold
title; a "Kính gửi:" line followed by two recipients. No parts: Roman "I." ... "VII.", Arabic "1.", decimal "1.1." /
"2.1." headings (only under III.1 and III.2) and lettered "a)" / "b)" headings (only under V.3). Inside IV.1 - IV.4
the programme's component projects are bold body lines "Dự án 1: ...", "Dự án 2: ..." (not outline headings), with
italic "Tiểu dự án 1: ..." / "Tiểu dự án 2: ..." lines under "Dự án 3"; '-' items, some with '+' sub-items;
tab-led and first-line-indented body paragraphs mixed. Figures of the same noun for different kinds, sources and
periods (kế hoạch vốn giao vs giải ngân đến 30/11/2026 vs ước giải ngân đến 31/01/2027 vs năm 2025; vốn đầu tư phát
triển vs vốn sự nghiệp; NSTW vs NSĐP; vốn năm 2025 kéo dài; hộ nghèo DTTS cuối năm 2025 vs cuối năm 2026; hộ được hỗ
trợ nhà ở vs nước sinh hoạt phân tán vs chuyển đổi nghề). A bordered table "Bảng 1" under III.2 (Dự án | Kế hoạch
vốn | Giải ngân | Tỷ lệ (%), a bold "Tổng cộng" row last) whose rows for Dự án 6, 7, 8, 10 are found only there; a
"PHỤ LỤC" after the signature with a bordered table by commune (ĐTPT and sự nghiệp, plan and disbursed, "Tổng cộng").
Abbreviations DTTS, MTQG, NSTW, NSĐP, ĐTPT used in places and spelled out in others; Vietnamese number format
("158.957 triệu đồng", "78,48%"); three real Word footnotes carrying figures found nowhere else. Signature block
"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" beside "Nơi nhận:". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_dan_toc.py [out.docx]
    .venv/bin/python scripts/make_test_report_dan_toc.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_dan_toc.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402
from scripts.docx_report_kit import nfc, recording, run_cli, vi  # noqa: E402

NAME = "ubnd-huyen-son-ha-dtts-2026"
SPLIT = "heldout"
ZIP_TIME = (2026, 12, 15, 8, 0, 0)
TITLE = ("Kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
         "số và miền núi năm 2026")
METADATA = {
    "issuer": "Ủy ban nhân dân huyện Sơn Hà",
    "number": "486/BC-UBND",
    "date": "ngày 15 tháng 12 năm 2026",
    "place": "Sơn Hà",
    "signer": "Sầm Văn Khiêm",
    "signer_title": "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
    "title": TITLE,
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def _heading(kind: str, fn):
    return recording(HEADINGS, kind, fn)


roman, arabic, dec, letter = (_heading("roman", R.roman), _heading("arabic", R.arabic), _heading("dec", R.dec),
                              _heading("letter", R.letter))


def project(t: str):
    """'Dự án 1: ...': a bold body line naming a component project; not an outline heading."""
    return para(t, bold=True, keep_next=True)


def subproject(t: str):
    """'Tiểu dự án 1: ...': a bold italic body line under a project; not an outline heading."""
    return para(t, bold=True, italic=True, keep_next=True)


def vn(x: float, nd: int = 2) -> str:
    """Vietnamese decimal: 1234.5 -> '1.234,50'."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")



def pct(a: float, b: float, nd: int = 2) -> str:
    return vn(100.0 * a / b, nd)


_grid_table = partial(R.grid_table, totals=("Tổng cộng",), middle_rows=True, spacer=True)


def grid_table(header, rows, widths, **kw):
    """The kit's bordered table, with the grid columns set to the cell widths too (as Word writes them)."""
    t = _grid_table(header, rows, widths, **kw)
    for col, w in zip(t.columns, widths):
        col.width = w
    return t


# ----------------------------------------------------------------------------------------------- data
# dân số, hộ nghèo
HO, KHAU = 19_356, 86_420
HO_DTTS, KHAU_DTTS = 15_872, 71_538
assert pct(KHAU_DTTS, KHAU, 1) == "82,8"
NGHEO_25, NGHEO_DTTS_25, CAN_NGHEO_25 = 3_412, 3_186, 2_148  # cuối năm 2025
NGHEO_26, NGHEO_DTTS_26 = 2_874, 2_705  # cuối năm 2026 (sơ bộ)
assert pct(NGHEO_25, HO) == "17,63" and pct(NGHEO_DTTS_25, HO_DTTS) == "20,07"
assert pct(NGHEO_26, HO) == "14,85" and pct(NGHEO_DTTS_26, HO_DTTS) == "17,04"

# vốn theo dự án thành phần (triệu đồng): (nhãn, KH ĐTPT, GN ĐTPT, KH sự nghiệp, GN sự nghiệp); GN đến 30/11/2026
PROJ = [
    ("Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt", 6_215, 5_482, 9_760, 8_615),
    ("Dự án 2: Quy hoạch, sắp xếp, bố trí, ổn định dân cư ở những nơi cần thiết", 14_380, 6_127, 0, 0),
    ("Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững, phát huy tiềm năng, thế mạnh của các vùng miền để "
     "sản xuất hàng hóa theo chuỗi giá trị", 0, 0, 18_460, 12_905),
    ("Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống trong vùng đồng bào DTTS và miền núi",
     79_436, 68_217, 3_972, 3_418),
    ("Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực", 6_850, 6_102, 9_146, 6_473),
    ("Dự án 6: Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số gắn với phát triển "
     "du lịch", 1_734, 1_560, 2_386, 1_812),
    ("Dự án 7: Chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm vóc người DTTS; phòng chống suy dinh dưỡng trẻ em",
     0, 0, 1_624, 1_118),
    ("Dự án 8: Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
     0, 0, 1_452, 1_007),
    ("Dự án 9: Đầu tư tạo sinh kế, phát triển kinh tế nhóm dân tộc thiểu số rất ít người và nhóm dân tộc còn nhiều "
     "khó khăn", 0, 0, 2_964, 1_736),
    ("Dự án 10: Truyền thông, tuyên truyền, vận động trong vùng đồng bào DTTS và miền núi; kiểm tra, giám sát đánh "
     "giá việc tổ chức thực hiện Chương trình", 0, 0, 2_478, 1_863),
]
KH_DT = sum(p[1] for p in PROJ)
GN_DT = sum(p[2] for p in PROJ)
KH_SN = sum(p[3] for p in PROJ)
GN_SN = sum(p[4] for p in PROJ)
KH, GN = KH_DT + KH_SN, GN_DT + GN_SN
assert (KH_DT, GN_DT, KH_SN, GN_SN, KH, GN) == (108_615, 87_488, 52_242, 38_947, 160_857, 126_435), (
    KH_DT, GN_DT, KH_SN, GN_SN, KH, GN)
assert all(p[2] <= p[1] and p[4] <= p[3] for p in PROJ)
# nguồn vốn
KH_DT_TW, KH_DT_TINH, KH_DT_HUYEN = 98_741, 7_406, 2_468
KH_DT_DP = KH_DT_TINH + KH_DT_HUYEN
assert KH_DT_TW + KH_DT_DP == KH_DT and KH_DT_DP == 9_874
KH_SN_TW, KH_SN_TINH, KH_SN_HUYEN = 47_493, 3_562, 1_187
KH_SN_DP = KH_SN_TINH + KH_SN_HUYEN
assert KH_SN_TW + KH_SN_DP == KH_SN and KH_SN_DP == 4_749
KH_TW, KH_DP = KH_DT_TW + KH_SN_TW, KH_DT_DP + KH_SN_DP
GN_DT_TW, GN_SN_TW = 79_612, 35_430
GN_DT_DP, GN_SN_DP = GN_DT - GN_DT_TW, GN_SN - GN_SN_TW
assert (GN_DT_DP, GN_SN_DP) == (7_876, 3_517)
# năm 2025; ước đến 31/01/2027
KH_25, GN_25_CK, GN_25 = 142_386, 101_952, 133_517  # KH 2025, GN đến 30/11/2025, GN đến 31/01/2026
UOC_GN = 153_612
# vốn năm 2025 kéo dài sang năm 2026
KD_DT, KD_SN = 6_310, 3_532
KD = KD_DT + KD_SN
KD_GN = 8_517
KD_HUY = KD - KD_GN
KD_HUY_DA3, KD_HUY_DA5 = 742, 583  # footnote only
assert KD_HUY == KD_HUY_DA3 + KD_HUY_DA5 == 1_325
# Dự án 3
TDA1_KH, TDA1_GN, TDA2_KH, TDA2_GN = 11_240, 9_876, 7_220, 3_029
assert (TDA1_KH + TDA2_KH, TDA1_GN + TDA2_GN) == PROJ[2][3:5]
# Dự án 1
NHA_KH, NHA_MOI, NHA_SUA = 204, 141, 47
NHA = NHA_MOI + NHA_SUA
NUOC_PT, NUOC_PT_KH, CDN = 518, 560, 96
# Dự án 4
CT_MOI, CT_CT = 29, 18
CT_HT = {"giao thông": 19, "cầu treo": 2, "thủy lợi": 4, "nhà sinh hoạt cộng đồng": 5, "điện": 1}
assert sum(CT_HT.values()) == 31
# Dự án 5
NGHE, NGHE_KH = 846, 800

# Phụ lục: (đơn vị, khu vực, KH ĐTPT, GN ĐTPT, KH SN, GN SN)
XA = [
    ("Thị trấn Na Lương", "I", 1_260, 1_187, 1_318, 1_102),
    ("Xã Nà Tăm", "I", 1_845, 1_692, 1_706, 1_354),
    ("Xã Bản Mạ", "II", 2_730, 2_486, 2_184, 1_713),
    ("Xã Thượng Sơn", "II", 2_415, 2_061, 2_012, 1_508),
    ("Xã Khuổi Hao", "II", 3_120, 2_874, 2_356, 1_826),
    ("Xã Nậm Cang", "III", 4_680, 3_915, 3_972, 2_864),
    ("Xã Khau Mòn", "III", 3_945, 3_402, 3_418, 2_637),
    ("Xã Pù Lìu", "III", 5_860, 3_284, 3_864, 2_410),
    ("Xã Tà Sáng", "III", 4_970, 3_126, 3_526, 2_298),
    ("Xã Phìn Hồ", "III", 4_215, 3_867, 3_247, 2_592),
    ("Xã Cốc Lầu", "III", 3_860, 3_541, 3_095, 2_456),
    ("Xã Suối Thầu", "III", 4_385, 3_736, 3_372, 2_315),
    ("Xã Làng Giàng", "III", 5_140, 3_528, 3_658, 2_184),
    ("Xã Hồng Ngài", "III", 4_525, 3_950, 3_614, 2_592),
]
HUYEN_ROW = ("Các cơ quan, đơn vị cấp huyện làm chủ đầu tư", "", KH_DT - sum(r[2] for r in XA),
             GN_DT - sum(r[3] for r in XA), KH_SN - sum(r[4] for r in XA), GN_SN - sum(r[5] for r in XA))
assert all(v > 0 for v in HUYEN_ROW[2:]) and HUYEN_ROW[3] <= HUYEN_ROW[2] and HUYEN_ROW[5] <= HUYEN_ROW[4], HUYEN_ROW
assert sum(1 for r in XA if r[1] == "III") == 9 and sum(1 for r in XA if r[1] == "II") == 3
_rate = {r[0]: (r[3] + r[5]) / (r[2] + r[4]) for r in XA}
assert min(_rate, key=_rate.get) == "Xã Pù Lìu", _rate

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, col, w in zip(ht.rows[0].cells, ht.columns, (Cm(5.8), Cm(10.2))):
    c.width = col.width = w
cell_lines(ht.rows[0].cells[0], [
    ("ỦY BAN NHÂN DÂN", True, False),
    ("HUYỆN SƠN HÀ", True, False, True),
    ("", False, False),
    ("Số: " + METADATA["number"], False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    (f"{METADATA['place']}, {METADATA['date']}", False, True),
], size=12)
LAYOUT_TABLES = [ht._tbl]

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Kết quả thực hiện Chương trình mục tiêu quốc gia", bold=True, align=CENTER, indent=None)
para("phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số", bold=True, align=CENTER, indent=None)
para("và miền núi năm 2026", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)
para("Kính gửi:", align=LEFT, indent=None, left=Cm(3.0), keep_next=True)
para("- Ủy ban nhân dân tỉnh Cao Lâm;", align=LEFT, indent=None, left=Cm(4.5), keep_next=True)
para("- Sở Dân tộc và Tôn giáo tỉnh Cao Lâm.", align=LEFT, indent=None, left=Cm(4.5))
para("", indent=None)

tabbed("Thực hiện Công văn số 1186/SDTTG-CSDT ngày 20/11/2026 của Sở Dân tộc và Tôn giáo tỉnh Cao Lâm về việc báo "
       "cáo kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
       "số và miền núi năm 2026 (sau đây gọi tắt là Chương trình MTQG), Ủy ban nhân dân huyện Sơn Hà báo cáo kết quả "
       "thực hiện như sau:")

# ================================================================================================== I
roman("I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ CỦA HUYỆN")
arabic("1. Đặc điểm tự nhiên, dân cư")
tabbed("Huyện Sơn Hà là huyện vùng cao của tỉnh Cao Lâm, có diện tích tự nhiên 112.846 ha, địa hình chia cắt mạnh "
       "bởi nhiều dãy núi cao và sông suối; toàn huyện có 13 xã và 01 thị trấn với 168 thôn, tổ dân phố. Theo Quyết "
       "định phân định vùng đồng bào DTTS và miền núi, huyện có 9 xã khu vực III, 3 xã khu vực II và 2 đơn vị khu vực "
       "I (xã Nà Tăm và thị trấn Na Lương); 64 thôn đặc biệt khó khăn.")
body(f"Dân số toàn huyện có {vi(HO)} hộ, {vi(KHAU)} nhân khẩu; trong đó đồng bào dân tộc thiểu số có {vi(HO_DTTS)} "
     f"hộ, {vi(KHAU_DTTS)} nhân khẩu, chiếm {pct(KHAU_DTTS, KHAU, 1)}% dân số. Trên địa bàn có 9 dân tộc cùng sinh "
     "sống, đông nhất là dân tộc Tày, Dao, Mông, Nùng; dân tộc Pà Thẻn có 1.046 nhân khẩu, sống tập trung tại xã "
     "Nậm Cang và xã Hồng Ngài.")
body(f"Theo kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2025, toàn huyện có {vi(NGHEO_25)} hộ nghèo, chiếm "
     f"{pct(NGHEO_25, HO)}% tổng số hộ và {vi(CAN_NGHEO_25)} hộ cận nghèo; trong đó hộ nghèo dân tộc thiểu số "
     f"{vi(NGHEO_DTTS_25)} hộ, chiếm {pct(NGHEO_DTTS_25, NGHEO_25)}% tổng số hộ nghèo, tỷ lệ hộ nghèo DTTS là "
     f"{pct(NGHEO_DTTS_25, HO_DTTS)}%.")
arabic("2. Thuận lợi, khó khăn")
dash("Thuận lợi: Chương trình tiếp tục nhận được sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh, sự hướng dẫn "
     "của các sở, ngành; cơ chế phân cấp, giao quyền chủ động cho cấp huyện, cấp xã ngày càng rõ ràng; đồng bào các "
     "dân tộc tin tưởng, đồng thuận và tích cực tham gia thực hiện.")
dash("Khó khăn: địa bàn rộng, giao thông đi lại khó khăn, nhất là vào mùa mưa; trình độ dân trí của một bộ phận "
     "đồng bào còn hạn chế, tập quán sản xuất lạc hậu; đợt mưa lũ từ ngày 14 đến ngày 18/7/2026 gây sạt lở, hư hỏng "
     "nhiều tuyến đường, làm chậm tiến độ thi công của nhiều công trình; văn bản hướng dẫn thực hiện giai đoạn "
     "2026 - 2030 ban hành chậm.")

# ================================================================================================= II
roman("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH")
arabic("1. Ban hành văn bản chỉ đạo, điều hành")
tabbed("Ngay từ đầu năm, Ủy ban nhân dân huyện đã ban hành Kế hoạch số 19/KH-UBND ngày 22/01/2026 thực hiện Chương "
       "trình MTQG năm 2026; chỉ đạo các phòng, ban chuyên môn, UBND các xã, thị trấn xây dựng kế hoạch, phân công "
       "nhiệm vụ cụ thể, gắn trách nhiệm người đứng đầu với tiến độ giải ngân vốn", Fn(
           "Năm 2026, Ủy ban nhân dân huyện đã ban hành 31 văn bản chỉ đạo, điều hành thực hiện Chương trình, gồm 03 "
           "kế hoạch, 11 quyết định và 17 công văn; Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện ban hành 8 "
           "thông báo kết luận."),
       ". Căn cứ Nghị quyết số 47/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân huyện, UBND huyện ban hành Quyết "
       "định số 3120/QĐ-UBND ngày 30/12/2025 giao chi tiết kế hoạch vốn thực hiện Chương trình năm 2026 cho các chủ "
       "đầu tư ngay sau khi UBND tỉnh giao kế hoạch vốn.")
body("Định kỳ hằng tháng, UBND huyện tổ chức họp giao ban đánh giá tiến độ; ban hành Công văn số 1472/UBND-TCKH "
     "ngày 12/8/2026 về đẩy nhanh tiến độ giải ngân vốn các chương trình mục tiêu quốc gia, yêu cầu các chủ đầu tư "
     "cam kết tiến độ giải ngân theo từng tháng.")
arabic("2. Kiện toàn bộ máy chỉ đạo, tổ chức thực hiện")
tabbed("Ủy ban nhân dân huyện ban hành Quyết định số 214/QĐ-UBND ngày 15/01/2026 kiện toàn Ban Chỉ đạo các chương "
       "trình mục tiêu quốc gia huyện do đồng chí Chủ tịch UBND huyện làm Trưởng ban; giao Phòng Dân tộc huyện là "
       "cơ quan thường trực giúp UBND huyện tổng hợp, theo dõi thực hiện Chương trình; Phòng Tài chính - Kế hoạch "
       "chủ trì tham mưu phân bổ, điều chỉnh kế hoạch vốn. 14/14 xã, thị trấn đã kiện toàn Ban Quản lý các chương "
       "trình mục tiêu quốc gia cấp xã.")
body("Thực hiện phân cấp, giao UBND các xã làm chủ đầu tư 38 công trình quy mô nhỏ, kỹ thuật không phức tạp; Ban "
     "Quản lý dự án đầu tư xây dựng huyện làm chủ đầu tư các công trình còn lại. Việc lồng ghép nguồn vốn Chương "
     "trình với các chương trình, dự án khác trên địa bàn được thực hiện theo đúng quy định, tránh chồng chéo.")

# ================================================================================================ III
roman("III. KẾT QUẢ PHÂN BỔ, GIAO KẾ HOẠCH VỐN VÀ GIẢI NGÂN")
arabic("1. Kế hoạch vốn được giao năm 2026")
tabbed("Căn cứ Quyết định số 2954/QĐ-UBND ngày 24/12/2025 của UBND tỉnh Cao Lâm về việc giao kế hoạch vốn thực hiện "
       f"các chương trình mục tiêu quốc gia năm 2026, tổng kế hoạch vốn Chương trình MTQG năm 2026 của huyện là "
       f"{vi(KH)} triệu đồng, tăng {vi(KH - KH_25)} triệu đồng ({pct(KH - KH_25, KH_25)}%) so với kế hoạch vốn năm "
       f"2025 ({vi(KH_25)} triệu đồng). Trong đó, vốn ngân sách trung ương {vi(KH_TW)} triệu đồng; vốn ngân sách địa "
       f"phương đối ứng {vi(KH_DP)} triệu đồng. Cơ cấu theo loại vốn như sau:")
dec("1.1. Vốn đầu tư phát triển")
body(f"Kế hoạch vốn ĐTPT năm 2026 là {vi(KH_DT)} triệu đồng, chiếm {pct(KH_DT, KH)}% tổng kế hoạch vốn, gồm:")
dash(f"Vốn NSTW: {vi(KH_DT_TW)} triệu đồng;")
dash(f"Vốn NSĐP: {vi(KH_DT_DP)} triệu đồng, trong đó ngân sách tỉnh {vi(KH_DT_TINH)} triệu đồng, ngân sách huyện "
     f"{vi(KH_DT_HUYEN)} triệu đồng.")
body(f"Vốn đầu tư phát triển được bố trí cho 60 danh mục công trình, dự án (khởi công mới 37 công trình, chuyển tiếp "
     "23 công trình), tập trung cho Dự án 4 về cơ sở hạ tầng thiết yếu và Dự án 2 về bố trí, ổn định dân cư.")
dec("1.2. Vốn sự nghiệp")
body(f"Kế hoạch vốn sự nghiệp năm 2026 là {vi(KH_SN)} triệu đồng, gồm vốn ngân sách trung ương {vi(KH_SN_TW)} triệu "
     f"đồng và vốn ngân sách địa phương {vi(KH_SN_DP)} triệu đồng (ngân sách tỉnh {vi(KH_SN_TINH)} triệu đồng, ngân "
     f"sách huyện {vi(KH_SN_HUYEN)} triệu đồng); được phân bổ cho 9 dự án thành phần có nội dung sử dụng vốn sự "
     "nghiệp, trong đó giao UBND các xã, thị trấn trực tiếp quản lý, sử dụng "
     f"{pct(KH_SN - HUYEN_ROW[4], KH_SN, 1)}% tổng số vốn.")
body("Ngoài ra, huyện đã lồng ghép 21.460 triệu đồng từ các chương trình, dự án khác và huy động Nhân dân đóng góp "
     "bằng ngày công lao động, hiến đất, vật liệu tại chỗ quy đổi khoảng 3.845 triệu đồng để thực hiện các công "
     "trình hạ tầng ở thôn, bản.")

arabic("2. Kết quả giải ngân")
tabbed(f"Tính đến ngày 30/11/2026, toàn huyện đã giải ngân {vi(GN)} triệu đồng, đạt {pct(GN, KH)}% kế hoạch vốn "
       f"năm 2026, cao hơn cùng kỳ năm 2025 ({pct(GN_25_CK, KH_25)}%). Ước đến hết ngày 31/01/2027, giải ngân "
       f"{vi(UOC_GN)} triệu đồng, đạt {pct(UOC_GN, KH)}% kế hoạch. Đối với kế hoạch vốn năm 2025, kết quả giải ngân "
       f"đến hết thời hạn (31/01/2026) là {vi(GN_25)} triệu đồng, đạt {pct(GN_25, KH_25)}%.")
body("Kết quả giải ngân theo từng dự án thành phần như sau:")
para("Bảng 1. Kế hoạch vốn và kết quả giải ngân năm 2026 theo dự án thành phần", bold=True, align=CENTER,
     indent=None, size=13, keep_next=True)
para("Đơn vị tính: triệu đồng", italic=True, align=LEFT, indent=None, size=12, keep_next=True)
tb_rows = [(p[0], vi(p[1] + p[3]), vi(p[2] + p[4]), pct(p[2] + p[4], p[1] + p[3])) for p in PROJ]
tb_rows.append(("Tổng cộng", vi(KH), vi(GN), pct(GN, KH)))
grid_table(("Dự án", "Kế hoạch vốn năm 2026", "Giải ngân đến 30/11/2026", "Tỷ lệ (%)"), tb_rows,
           [Cm(9.0), Cm(2.6), Cm(2.6), Cm(1.8)], size=12, label_col=0)
dec("2.1. Giải ngân vốn đầu tư phát triển")
body(f"Vốn đầu tư phát triển đã giải ngân {vi(GN_DT)} triệu đồng, đạt {pct(GN_DT, KH_DT)}% kế hoạch; trong đó vốn "
     f"NSTW giải ngân {vi(GN_DT_TW)} triệu đồng, đạt {pct(GN_DT_TW, KH_DT_TW)}%, vốn NSĐP giải ngân {vi(GN_DT_DP)} "
     f"triệu đồng, đạt {pct(GN_DT_DP, KH_DT_DP)}%. Dự án 4 có tỷ lệ giải ngân vốn ĐTPT cao "
     f"({pct(PROJ[3][2], PROJ[3][1])}%) do phần lớn công trình chuyển tiếp đã hoàn thành, nghiệm thu; Dự án 2 giải "
     "ngân chậm do vướng mắc trong công tác bồi thường, giải phóng mặt bằng.")
dec("2.2. Giải ngân vốn sự nghiệp")
body(f"Vốn sự nghiệp đã giải ngân {vi(GN_SN)} triệu đồng, đạt {pct(GN_SN, KH_SN)}% kế hoạch (vốn ngân sách trung "
     f"ương {vi(GN_SN_TW)} triệu đồng, vốn ngân sách địa phương {vi(GN_SN_DP)} triệu đồng). Tỷ lệ giải ngân vốn sự "
     "nghiệp thấp hơn vốn ĐTPT, chủ yếu ở các nội dung hỗ trợ phát triển sản xuất theo chuỗi giá trị, hỗ trợ sinh kế "
     "và đào tạo nghề do phải lựa chọn đối tượng, xây dựng và thẩm định dự án, phương án sản xuất theo nhiều bước.")
dec("2.3. Vốn năm 2025 kéo dài thời gian thực hiện sang năm 2026")
body(f"Tổng số vốn năm 2025 được phép kéo dài thời gian thực hiện, giải ngân sang năm 2026 là {vi(KD)} triệu đồng "
     f"(vốn đầu tư phát triển {vi(KD_DT)} triệu đồng, vốn sự nghiệp {vi(KD_SN)} triệu đồng). Đến ngày 30/11/2026 "
     f"đã giải ngân {vi(KD_GN)} triệu đồng, đạt {pct(KD_GN, KD)}%; trong đó vốn đầu tư phát triển giải ngân 100%", Fn(
         f"Số vốn sự nghiệp năm 2025 kéo dài không giải ngân hết phải hủy dự toán là {vi(KD_HUY)} triệu đồng, gồm "
         f"Dự án 3: {KD_HUY_DA3} triệu đồng (nội dung hỗ trợ phát triển sản xuất cộng đồng) và Dự án 5: "
         f"{KD_HUY_DA5} triệu đồng (nội dung đào tạo nghề), do không còn đối tượng đủ điều kiện thụ hưởng."),
     ".")

# ================================================================================================= IV
roman("IV. KẾT QUẢ THỰC HIỆN CÁC DỰ ÁN THÀNH PHẦN")
arabic("1. Nhóm dự án hỗ trợ đất ở, nhà ở, nước sinh hoạt, ổn định dân cư và cơ sở hạ tầng")
project("Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt")
dash(f"Hỗ trợ nhà ở: kế hoạch năm 2026 hỗ trợ {NHA_KH} hộ; đến ngày 30/11/2026 đã hoàn thành {NHA} hộ (xây mới "
     f"{NHA_MOI} hộ, sửa chữa {NHA_SUA} hộ), đạt {pct(NHA, NHA_KH, 1)}% kế hoạch; mức hỗ trợ từ ngân sách trung ương "
     "40 triệu đồng/hộ xây mới và 20 triệu đồng/hộ sửa chữa.")
dash(f"Hỗ trợ chuyển đổi nghề cho {CDN} hộ thiếu đất sản xuất; hỗ trợ nước sinh hoạt phân tán cho {NUOC_PT} hộ "
     f"(kế hoạch {NUOC_PT_KH} hộ) bằng hình thức hỗ trợ mua bồn chứa nước, đường ống dẫn nước.")
dash("Nước sinh hoạt tập trung: đầu tư 5 công trình (khởi công mới 3, chuyển tiếp 2), đã hoàn thành, bàn giao đưa "
     "vào sử dụng 4 công trình, cấp nước sinh hoạt hợp vệ sinh cho 537 hộ.")
project("Dự án 2: Quy hoạch, sắp xếp, bố trí, ổn định dân cư ở những nơi cần thiết")
body("Năm 2026 thực hiện 3 dự án bố trí, ổn định dân cư, gồm: Dự án bố trí ổn định dân cư tập trung thôn Lũng Phìn, "
     "xã Pù Lìu (48 hộ); Dự án ổn định dân cư tại chỗ thôn Nặm Khiêu, xã Tà Sáng (35 hộ) và Dự án bố trí dân cư vùng "
     "có nguy cơ sạt lở thôn Khuổi Sliến, xã Làng Giàng (29 hộ, khởi công mới). Đến nay đã bố trí, ổn định cho 41 "
     "hộ. Tiến độ thực hiện Dự án 2 chậm so với kế hoạch do phải điều chỉnh quy hoạch chi tiết điểm dân cư thôn Lũng "
     "Phìn sau đợt sạt lở tháng 7/2026 và còn 14 hộ chưa thống nhất phương án bồi thường, giải phóng mặt bằng.")
project("Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống trong vùng đồng bào dân tộc thiểu số "
        "và miền núi")
tabbed(f"Kế hoạch vốn đầu tư phát triển của Dự án 4 là {vi(PROJ[3][1])} triệu đồng, đã giải ngân {vi(PROJ[3][2])} "
       f"triệu đồng. Dự án đầu tư {CT_MOI + CT_CT} công trình (khởi công mới {CT_MOI}, chuyển tiếp {CT_CT}); đến nay "
       "đã hoàn thành, đưa vào sử dụng 31 công trình, gồm:")
plus(f"Đường giao thông nông thôn: {CT_HT['giao thông']} công trình, tổng chiều dài 36,8 km;")
plus(f"Cầu treo dân sinh: {CT_HT['cầu treo']} công trình; công trình thủy lợi: {CT_HT['thủy lợi']} công trình;")
plus(f"Nhà sinh hoạt cộng đồng thôn: {CT_HT['nhà sinh hoạt cộng đồng']} công trình; công trình điện sinh hoạt: "
     f"{CT_HT['điện']} công trình.")
body("Bằng nguồn vốn sự nghiệp, thực hiện duy tu, bảo dưỡng 22 công trình hạ tầng đã đầu tư giai đoạn trước. Các "
     "công trình cơ bản bảo đảm chất lượng, phát huy hiệu quả; tuy nhiên còn 4 công trình giao thông tại xã Pù Lìu và "
     "xã Làng Giàng phải tạm dừng thi công để khắc phục sạt lở sau mưa lũ.")

arabic("2. Nhóm dự án phát triển sản xuất, tạo sinh kế")
project("Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững, phát huy tiềm năng, thế mạnh của các vùng miền để "
        "sản xuất hàng hóa theo chuỗi giá trị")
subproject("Tiểu dự án 1: Phát triển kinh tế nông, lâm nghiệp bền vững gắn với bảo vệ rừng và nâng cao thu nhập cho "
           "người dân")
body(f"Kế hoạch vốn {vi(TDA1_KH)} triệu đồng, đã giải ngân {vi(TDA1_GN)} triệu đồng, đạt "
     f"{pct(TDA1_GN, TDA1_KH)}%. Thực hiện khoán bảo vệ rừng 18.642 ha cho 2.316 hộ gia đình và 27 cộng đồng dân cư "
     "thôn; hỗ trợ trồng rừng sản xuất 356 ha; hỗ trợ trồng cây dược liệu dưới tán rừng 42 ha tại xã Phìn Hồ, xã "
     "Cốc Lầu.")
subproject("Tiểu dự án 2: Hỗ trợ phát triển sản xuất theo chuỗi giá trị, vùng trồng dược liệu quý, thúc đẩy khởi "
           "sự kinh doanh, khởi nghiệp và thu hút đầu tư vùng đồng bào dân tộc thiểu số và miền núi")
body(f"Kế hoạch vốn {vi(TDA2_KH)} triệu đồng, đã giải ngân {vi(TDA2_GN)} triệu đồng, đạt "
     f"{pct(TDA2_GN, TDA2_KH)}%. Phê duyệt 6 dự án hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị (chuỗi "
     "chè Shan tuyết tại xã Khau Mòn, xã Hồng Ngài; chuỗi quế hữu cơ tại xã Khuổi Hao; chuỗi gà đen tại xã Suối "
     "Thầu; chuỗi dê núi tại xã Tà Sáng) và 9 dự án hỗ trợ phát triển sản xuất cộng đồng, với 1.126 hộ tham gia. "
     "Giải ngân của Tiểu dự án 2 thấp do các hợp tác xã, doanh nghiệp chủ trì liên kết còn thiếu vốn đối ứng.")
project("Dự án 9: Đầu tư tạo sinh kế, phát triển kinh tế nhóm dân tộc thiểu số rất ít người và nhóm dân tộc còn "
        "nhiều khó khăn")
dash("Hỗ trợ sinh kế cho 214 hộ đồng bào dân tộc Pà Thẻn tại xã Nậm Cang và xã Hồng Ngài (hỗ trợ giống bò sinh "
     "sản, giống dê, vật tư nông nghiệp).")
dash("Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống (Tiểu dự án 2): tổ chức 36 buổi tư vấn, can thiệp "
     "tại cộng đồng; năm 2026 trên địa bàn huyện xảy ra 17 cặp tảo hôn, giảm 9 cặp so với năm 2025; không phát "
     "sinh trường hợp hôn nhân cận huyết thống.")

arabic("3. Nhóm dự án phát triển giáo dục, văn hóa, y tế và bình đẳng giới")
project("Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực")
dash("Đầu tư cơ sở vật chất cho 2 trường phổ thông dân tộc bán trú (Trường PTDTBT THCS Phìn Hồ và Trường PTDTBT "
     "Tiểu học Cốc Lầu) với 16 phòng học, 12 phòng ở bán trú và công trình phụ trợ; mở 6 lớp xóa mù chữ với 148 học "
     "viên.")
dash(f"Đào tạo nghề cho {NGHE} lao động người DTTS, đạt {pct(NGHE, NGHE_KH, 1)}% kế hoạch ({NGHE_KH} lao động); tỷ "
     "lệ lao động có việc làm sau đào tạo đạt 78,4%. Bồi dưỡng kiến thức dân tộc cho 312 lượt cán bộ, công chức, "
     "viên chức.")
project("Dự án 6: Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số gắn với phát "
        "triển du lịch")
body("Đầu tư xây dựng 3 nhà văn hóa thôn gắn với bảo tồn kiến trúc nhà sàn truyền thống; hỗ trợ trang thiết bị cho "
     "8 đội văn nghệ truyền thống; phục dựng lễ Cấp sắc của người Dao tại xã Nậm Cang và lễ hội Lồng tồng của người "
     "Tày tại xã Bản Mạ; hỗ trợ xây dựng điểm du lịch cộng đồng thôn Nà Mon, xã Bản Mạ.")
project("Dự án 7: Chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm vóc người dân tộc thiểu số; phòng chống suy "
        "dinh dưỡng trẻ em")
body("Nâng cấp trang thiết bị cho 6 trạm y tế xã; tổ chức khám, tư vấn sức khỏe sinh sản cho 2.140 lượt phụ nữ. Tỷ "
     "lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi năm 2026 là 24,6%, giảm 1,8 điểm phần trăm so với năm 2025 "
     "(26,4%); tỷ lệ phụ nữ DTTS sinh con tại cơ sở y tế đạt 91,3%.")
project("Dự án 8: Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em")
body("Hội Liên hiệp Phụ nữ huyện chủ trì duy trì 12 mô hình \"Địa chỉ tin cậy\" và 28 tổ truyền thông cộng đồng; "
     "tổ chức 96 cuộc truyền thông thay đổi \"nếp nghĩ, cách làm\" với 4.860 lượt người tham dự; thành lập mới 4 câu "
     "lạc bộ \"Thủ lĩnh của sự thay đổi\" tại các trường THCS.")

arabic("4. Công tác truyền thông, ứng dụng công nghệ thông tin, kiểm tra, giám sát")
project("Dự án 10: Truyền thông, tuyên truyền, vận động trong vùng đồng bào dân tộc thiểu số và miền núi; kiểm tra, "
        "giám sát đánh giá việc tổ chức thực hiện Chương trình")
dash("Tổ chức 48 hội nghị tuyên truyền, phổ biến chính sách, pháp luật với 5.320 lượt người tham dự; phát huy vai "
     "trò của 142 người có uy tín trong vận động đồng bào tham gia thực hiện Chương trình.")
dash("Xây dựng 14 điểm hỗ trợ đồng bào ứng dụng công nghệ thông tin tại trụ sở UBND các xã, thị trấn.")
dash("Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện thành lập 4 đoàn kiểm tra tại 9 xã; Hội đồng nhân dân "
     "huyện tổ chức giám sát chuyên đề việc thực hiện Chương trình tại 5 xã. Qua kiểm tra, giám sát đã kiến nghị "
     "chấn chỉnh 11 tồn tại về hồ sơ, thủ tục thanh toán và lựa chọn đối tượng thụ hưởng.")

# ================================================================================================== V
roman("V. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả đạt được")
tabbed("Việc thực hiện Chương trình năm 2026 được các cấp, các ngành quan tâm, tập trung chỉ đạo; kế hoạch vốn "
       "được giao sớm, phân bổ đúng đối tượng, đúng quy định; kết quả giải ngân cao hơn cùng kỳ năm trước. Hạ tầng "
       "kinh tế - xã hội vùng đồng bào DTTS tiếp tục được cải thiện, đời sống vật chất và tinh thần của Nhân dân từng "
       "bước được nâng lên", Fn(
           "Thu nhập bình quân đầu người của đồng bào dân tộc thiểu số trên địa bàn huyện năm 2026 ước đạt 32,6 triệu "
           "đồng/người/năm, tăng 3,4 triệu đồng so với năm 2025."),
       ".")
body(f"Theo kết quả rà soát sơ bộ cuối năm 2026, toàn huyện còn {vi(NGHEO_26)} hộ nghèo, tỷ lệ {pct(NGHEO_26, HO)}%, "
     f"giảm {NGHEO_25 - NGHEO_26} hộ so với cuối năm 2025; số hộ nghèo dân tộc thiểu số còn {vi(NGHEO_DTTS_26)} hộ, "
     f"tỷ lệ hộ nghèo DTTS giảm từ {pct(NGHEO_DTTS_25, HO_DTTS)}% xuống còn {pct(NGHEO_DTTS_26, HO_DTTS)}% (giảm "
     f"{vn(float(pct(NGHEO_DTTS_25, HO_DTTS).replace(',', '.')) - float(pct(NGHEO_DTTS_26, HO_DTTS).replace(',', '.')))}"
     " điểm phần trăm), đạt mục tiêu giảm trên 3%/năm.")
arabic("2. Tồn tại, hạn chế")
dash(f"Tỷ lệ giải ngân vốn sự nghiệp đến ngày 30/11/2026 mới đạt {pct(GN_SN, KH_SN)}%; Tiểu dự án 2 của Dự án 3 và "
     "Dự án 9 giải ngân thấp.")
dash("Tiến độ thực hiện Dự án 2 về bố trí, ổn định dân cư chậm; còn 4 công trình giao thông phải tạm dừng thi công "
     "do sạt lở.")
dash("Một số dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị quy mô nhỏ, chưa gắn kết chặt chẽ với doanh nghiệp "
     "bao tiêu sản phẩm; hiệu quả của một số mô hình chưa bền vững.")
dash("Công tác lập hồ sơ, thanh quyết toán ở một số xã còn sai sót, phải điều chỉnh nhiều lần; chế độ thông tin, "
     "báo cáo chưa kịp thời.")
dash("Tình trạng tảo hôn vẫn còn xảy ra, tập trung ở các xã khu vực III.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Địa bàn rộng, chia cắt, thời tiết diễn biến phức tạp; mưa lũ tháng 7/2026 gây sạt lở, ảnh hưởng lớn đến tiến "
     "độ thi công.")
dash("Văn bản hướng dẫn thực hiện Chương trình giai đoạn 2026 - 2030 của các bộ, ngành trung ương ban hành chậm; "
     "một số định mức hỗ trợ thấp so với giá vật liệu, nhân công thực tế.")
dash("Nguồn lực của người dân và doanh nghiệp tham gia liên kết còn hạn chế, khó đáp ứng yêu cầu đối ứng.")
letter("b) Nguyên nhân chủ quan")
dash("Một số chủ đầu tư chưa quyết liệt trong chỉ đạo, đôn đốc; công tác chuẩn bị đầu tư, lựa chọn nhà thầu còn "
     "chậm.")
dash("Đội ngũ cán bộ làm công tác dân tộc ở cấp xã phần lớn kiêm nhiệm, năng lực còn hạn chế; sự phối hợp giữa các "
     "phòng, ban chuyên môn với UBND các xã có lúc chưa chặt chẽ.")
dash("Một bộ phận người dân còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.")

# ================================================================================================= VI
roman("VI. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2027")
arabic("1. Mục tiêu, chỉ tiêu chủ yếu")
dash("Giải ngân 100% kế hoạch vốn năm 2026 trước ngày 31/01/2027 và phấn đấu giải ngân trên 95% kế hoạch vốn năm "
     "2027;")
dash("Giảm tỷ lệ hộ nghèo dân tộc thiểu số từ 3% trở lên; hoàn thành hỗ trợ nhà ở cho 100% hộ nghèo DTTS thiếu nhà "
     "ở theo danh sách được phê duyệt;")
dash("Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi xuống dưới 23%.")
arabic("2. Nhiệm vụ, giải pháp")
dash("Tập trung hoàn thành thủ tục, giao kế hoạch vốn năm 2027 ngay từ đầu năm; rà soát, điều chuyển vốn từ các dự "
     "án giải ngân chậm sang dự án có khả năng giải ngân tốt.")
dash("Tháo gỡ dứt điểm vướng mắc về bồi thường, giải phóng mặt bằng tại điểm dân cư thôn Lũng Phìn; hoàn thành "
     "khắc phục sạt lở, thi công trở lại 4 công trình giao thông bị tạm dừng.")
dash("Nâng cao chất lượng các dự án liên kết chuỗi giá trị; ưu tiên hỗ trợ các hợp tác xã, doanh nghiệp có cam kết "
     "bao tiêu sản phẩm cho đồng bào.")
dash("Tăng cường tập huấn nghiệp vụ cho cán bộ cấp xã về quản lý, thanh quyết toán nguồn vốn Chương trình; đẩy mạnh "
     "kiểm tra, giám sát, xử lý nghiêm chủ đầu tư chậm giải ngân.")
dash("Đẩy mạnh tuyên truyền, phát huy vai trò người có uy tín trong phòng, chống tảo hôn và hôn nhân cận huyết "
     "thống.")

# ================================================================================================ VII
roman("VII. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với các bộ, ngành trung ương")
dash("Sớm ban hành đầy đủ văn bản hướng dẫn thực hiện các dự án thành phần giai đoạn 2026 - 2030, nhất là nội dung "
     "hỗ trợ phát triển sản xuất theo chuỗi giá trị;")
dash("Nghiên cứu điều chỉnh tăng định mức hỗ trợ xây dựng nhà ở lên 60 triệu đồng/hộ cho phù hợp với giá vật liệu "
     "xây dựng tại vùng cao.")
arabic("2. Đối với Ủy ban nhân dân tỉnh")
dash("Bố trí đủ vốn ngân sách tỉnh đối ứng theo tỷ lệ quy định; cho phép huyện điều chỉnh kế hoạch vốn giữa các dự "
     "án thành phần trong phạm vi tổng mức được giao;")
dash("Hỗ trợ kinh phí khắc phục sạt lở tại các công trình thuộc Chương trình bị ảnh hưởng bởi mưa lũ tháng 7/2026;")
dash("Chỉ đạo Sở Dân tộc và Tôn giáo tăng cường tập huấn, hướng dẫn nghiệp vụ cho cán bộ làm công tác dân tộc cấp "
     "huyện, cấp xã.")

tabbed("Trên đây là báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng "
       "bào dân tộc thiểu số và miền núi năm 2026 của Ủy ban nhân dân huyện Sơn Hà./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Như trên;",
    "- TT Huyện ủy, TT HĐND huyện;",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Thành viên BCĐ các CTMTQG huyện;",
    "- Phòng Dân tộc, Phòng TC-KH;",
    "- UBND các xã, thị trấn;",
    "- Lưu: VT, PDT.",
], [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False)]
   + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)

# ------------------------------------------------------------------------------------------ PHỤ LỤC
doc.add_page_break()
APPX_TITLE = "KẾT QUẢ GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI NĂM " \
             "2026 THEO ĐƠN VỊ"
HEADINGS.append(("appendix", "PHỤ LỤC", APPX_TITLE))
para("PHỤ LỤC", bold=True, align=CENTER, indent=None, keep_next=True)
para(APPX_TITLE, bold=True, align=CENTER, indent=None, keep_next=True)
para(f"(Kèm theo Báo cáo số {METADATA['number']} ngày 15/12/2026 của Ủy ban nhân dân huyện Sơn Hà)", italic=True,
     align=CENTER, indent=None, size=13, keep_next=True)
para("Số liệu giải ngân tính đến ngày 30/11/2026. Đơn vị tính: triệu đồng.", italic=True, align=LEFT, indent=None,
     size=12, keep_next=True)
pl_rows = []
for n, (name, kv, kdt, gdt, ksn, gsn) in enumerate(XA + [HUYEN_ROW], 1):
    pl_rows.append((str(n), name, kv, vi(kdt), vi(gdt), vi(ksn), vi(gsn), pct(gdt + gsn, kdt + ksn)))
pl_rows.append(("", "Tổng cộng", "", vi(KH_DT), vi(GN_DT), vi(KH_SN), vi(GN_SN), pct(GN, KH)))
grid_table(("STT", "Đơn vị", "Khu vực", "Kế hoạch vốn ĐTPT", "Giải ngân vốn ĐTPT", "Kế hoạch vốn sự nghiệp",
            "Giải ngân vốn sự nghiệp", "Tỷ lệ giải ngân chung (%)"), pl_rows,
           [Cm(1.2), Cm(4.0), Cm(1.3), Cm(2.0), Cm(2.0), Cm(2.0), Cm(2.0), Cm(1.5)], size=11, repeat_header=True)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "I", "III.2", "III.2.1", "V.3.a", "Phụ lục")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    items: list[dict] = []
    roman_id = arabic_id = None
    for kind, num, title in HEADINGS:
        if kind == "appendix":
            items.append({"id": "Phụ lục", "title": title})
            continue
        if kind == "roman":
            roman_id, arabic_id = num.rstrip("."), None
            sid = roman_id
        elif kind == "arabic":
            arabic_id = f"{roman_id}.{num.rstrip('.')}"
            sid = arabic_id
        elif kind == "dec":  # "2.1." under "III.2" -> "III.2.1"
            sid = f"{roman_id}.{num.rstrip('.')}"
        else:  # "a)" under "V.3" -> "V.3.a"
            sid = f"{arabic_id or roman_id}.{num.rstrip(')')}"
        items.append({"id": sid, "title": title})
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), ids
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split=SPLIT, metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"], title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 12, 15, 8, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
