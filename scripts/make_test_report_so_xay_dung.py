# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 và phương hướng, nhiệm vụ 3 tháng cuối năm
2026 của Sở Xây dựng tỉnh Hà Trung (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-xay-dung-ha-trung-9-thang-2026.docx: an invented nine-month report of a provincial Department of
Construction (Sở Xây dựng tỉnh Hà Trung: "Báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 và phương hướng,
nhiệm vụ 3 tháng cuối năm 2026"), written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/so-xay-dung-ha-trung-9-thang-2026.json, eval/real/questions_tune25.jsonl).

Layouts: header table without borders (left "UBND TỈNH HÀ TRUNG / SỞ XÂY DỰNG" with the body line underlined,
"Số: 1527/BC-SXD"; right the national motto, the second line underlined, and "Hà Trung, ngày 25 tháng 9 năm 2026"
in italic); "BÁO CÁO" and a two-line bold title; one untitled introductory paragraph. Two parts written as bare
capital letters, bold and indented like the Roman headings ("A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2026",
"B. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2026"; ids "Phần A", "Phần B"), the Roman numbering restarting under B.
Under A: Roman "I." ... "V.", Arabic "1." headings, decimal "1.1." ... "1.3." headings (bold italic) only under
A › II.1 (planning), lettered "a)" ... "c)" headings only under A › II.3 (construction quality: appraisal,
acceptance inspections, incidents). '-' and '+' items, tab-led and first-line-indented body paragraphs mixed. Two
bordered tables, each after a centred bold caption: building permits by area and issuing body under A › II.2
(Nhà ở riêng lẻ / Công trình khác / Tổng số / Cùng kỳ 2025 / So với cùng kỳ, bold "Tổng cộng" row, italic
"Trong đó" row) and inspection and sanction results under A › III.1 (Số cuộc / đối tượng / vi phạm / quyết định /
tiền phạt, Sở rows, a "Cộng" row, the communes' row, bold "Tổng cộng" row); the cells hold figures found nowhere
else (permits per former district area, the same-period 2025 figure per area, the planned-inspection row, the
whole-province fine total). Four real Word footnotes with figures found nowhere else: 1 in A › II.4 (the three
completed social-housing projects), 2 in A › II.6 (cement output by plant), 3 in A › III.2 (the communes'
violations by kind), 4 in A › IV (administrative files by field).

Confusable figures: building permits total (3.362) vs detached houses (3.202) vs other works (160) vs those granted
by the department (64) vs by the communes (3.298) vs the same period of 2025 (3.128); files received by the
department for permits (71) vs granted (64); acceptance inspections by the department (86 works, 71 accepted) vs by
the communes (112) vs the Bộ Xây dựng state council (02); fines by the department (52 decisions, 1.846,5 triệu
đồng) vs by the communes (118 decisions, 2.312,0 triệu đồng); violating works found by the department (58) vs by the
communes (137) vs demolished under enforcement (14); social housing completed in 9 months (1.248 căn) vs the same
period of 2025 (786 căn) vs the 2026 plan (2.500 căn) vs the Q4 target (1.050 căn) vs the 2030 target (21.400 căn)
vs units under way (9.860 căn) vs started (3.126 căn); urbanisation rate now (44,6%) vs end-2025 (43,1%) vs the 2026
plan and year-end target (45,0%); cement (million tonnes) vs bricks (million bricks); public investment disbursed by
the department (41,2%) vs the province-wide figure not given. Abbreviations NOXH, GPXD, TTHC, CCHC, UBND, HĐND,
VLXD spelled out in some places only. Vietnamese number format ("1.846,5 triệu đồng", "44,6%", "06 đồ án").
Signature "GIÁM ĐỐC" and "Nơi nhận:". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_so_xay_dung.py [out.docx]
    .venv/bin/python scripts/make_test_report_so_xay_dung.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_so_xay_dung.py --text     (plain text, footnotes last)
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
from scripts.docx_report_kit import change, outline_ids, ratio, recording, run_cli, vi, vn_half_up  # noqa: E402

NAME = "so-xay-dung-ha-trung-9-thang-2026"
ZIP_TIME = (2026, 9, 25, 9, 15, 0)
METADATA = {
    "issuer": "Sở Xây dựng tỉnh Hà Trung",
    "number": "1527/BC-SXD",
    "date": "ngày 25 tháng 9 năm 2026",
    "place": "Hà Trung",
    "signer": "Nguyễn Văn Thắng",
    "signer_title": "GIÁM ĐỐC",
    "title": "Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 và phương hướng, nhiệm vụ 3 tháng cuối năm 2026",
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
# Quy hoạch: đồ án thẩm định (phân khu, chi tiết), phê duyệt
QH_PK, QH_CT = 9, 14
assert QH_PK + QH_CT == 23

# Giấy phép xây dựng 9 tháng: (địa bàn, nhà ở riêng lẻ, công trình khác, cùng kỳ 2025 tổng số)
GP_XA = [
    ("Khu vực thành phố Hà Trung (cũ)", 1_126, 38, 1_052),
    ("Khu vực thị xã Bình Sơn (cũ)", 612, 21, 598),
    ("Khu vực huyện Tân Lạc (cũ)", 348, 9, 371),
    ("Khu vực huyện Đông Yên (cũ)", 402, 12, 356),
    ("Khu vực huyện Kim Hưng (cũ)", 287, 7, 264),
    ("Khu vực huyện Thạch Khê (cũ)", 231, 5, 248),
    ("Khu vực huyện Phú Lâm (cũ)", 196, 4, 182),
]
GP_SO, GP_SO_CK = 64, 57  # Sở cấp (chỉ công trình), cùng kỳ
GP_NORL = sum(r[1] for r in GP_XA)
GP_CT_XA = sum(r[2] for r in GP_XA)
GP_XA_TOT = GP_NORL + GP_CT_XA
GP_CT = GP_CT_XA + GP_SO
GP_TOT = GP_XA_TOT + GP_SO
GP_CK_XA = sum(r[3] for r in GP_XA)
GP_CK = GP_CK_XA + GP_SO_CK
assert (GP_NORL, GP_CT_XA, GP_XA_TOT, GP_CT, GP_TOT) == (3_202, 96, 3_298, 160, 3_362)
assert (GP_CK_XA, GP_CK) == (3_071, 3_128)
assert change(GP_TOT, GP_CK) == "tăng 7,5%" and ratio(GP_NORL, GP_TOT) == "95,2"
GP_SO_HS = 71  # hồ sơ Sở thụ lý
assert GP_SO_HS - GP_SO == 7

# Thẩm định dự án, thiết kế
TD_BCNCKT, TD_TKTK = 62, 56
TD_TMDT, TD_GIAM = D("8624.7"), D("213.4")
assert TD_BCNCKT + TD_TKTK == 118 and ratio(TD_GIAM, TD_TMDT) == "2,5"

# Kiểm tra công tác nghiệm thu
NT_SO, NT_SO_OK = 86, 71
assert NT_SO - NT_SO_OK == 15

# Nhà ở xã hội (căn)
NOXH_HT = {"Dự án nhà ở xã hội phường Đông Thành": 612, "Dự án nhà ở xã hội Khu công nghiệp Bắc Hà Trung": 428,
           "Dự án nhà ở xã hội phường Bình Sơn": 208}
NOXH_HT_9T = sum(NOXH_HT.values())
NOXH_CK, NOXH_KH, NOXH_Q4, NOXH_2030 = 786, 2_500, 1_050, 21_400
NOXH_DA, NOXH_CAN = 14, 9_860
NOXH_KC_DA, NOXH_KC_CAN = 4, 3_126
assert NOXH_HT_9T == 1_248 and ratio(NOXH_HT_9T, NOXH_KH) == "49,9"
assert ratio(NOXH_HT_9T + NOXH_Q4, NOXH_KH) == "91,9" and NOXH_HT_9T + NOXH_Q4 == 2_298
assert change(NOXH_HT_9T, NOXH_CK) == "tăng 58,8%"
NOXH_LUYKE = 5_316  # căn hoàn thành 2021 - 30/9/2026
assert ratio(NOXH_LUYKE, NOXH_2030) == "24,8"

# Vật liệu xây dựng: xi măng theo nhà máy (triệu tấn), gạch (triệu viên quy chuẩn)
XM = {"Nhà máy Xi măng Hà Trung": D("2.14"), "Nhà máy Xi măng Tân Lạc": D("1.58"),
      "Nhà máy Xi măng Đông Yên": D("1.14")}
XM_9T, XM_CK, XM_KH = sum(XM.values()), D("4.52"), D("6.80")
assert vn(XM_9T, 2) == "4,86" and ratio(XM_9T, XM_KH) == "71,5" and change(XM_9T, XM_CK) == "tăng 7,5%"
G_NUNG, G_KN = 312, 186
assert ratio(G_KN, G_NUNG + G_KN) == "37,3"

# Hạ tầng kỹ thuật: giải ngân vốn đầu tư công do Sở làm chủ đầu tư (tỷ đồng)
GN_9T, GN_KH = D("612.4"), D("1486.0")
assert ratio(GN_9T, GN_KH) == "41,2"

# Thanh tra, kiểm tra: (nội dung, số cuộc, đối tượng, vi phạm, quyết định, tiền phạt triệu đồng)
TT_SO = [
    ("Thanh tra, kiểm tra theo kế hoạch", "06", 24, 11, 9, D("486.0")),
    ("Thanh tra, kiểm tra đột xuất", "03", 9, 5, 4, D("212.5")),
    ("Kiểm tra trật tự xây dựng tại công trình", "-", 393, 42, 39, D("1148.0")),
]
TT_SO_TOT = tuple(sum(r[i] for r in TT_SO) for i in (2, 3, 4, 5))
TT_XA = ("UBND các xã, phường", "-", 2_846, 137, 118, D("2312.0"))
assert TT_SO_TOT == (426, 58, 52, D("1846.5"))
TT_ALL = tuple(a + b for a, b in zip(TT_SO_TOT, TT_XA[2:]))
assert TT_ALL == (3_272, 195, 170, D("4158.5"))
VP_XA = {"xây dựng không có giấy phép": 84, "xây dựng sai nội dung giấy phép được cấp": 39,
         "xây dựng công trình trên đất không đúng mục đích sử dụng": 14}
assert sum(VP_XA.values()) == TT_XA[3]
CC_THAO_DO = 14

# Thủ tục hành chính
HS = {"đường bộ": 1_384, "hoạt động xây dựng": 1_108, "nhà ở và kinh doanh bất động sản": 286,
      "quy hoạch - kiến trúc": 186}
HS_TN = sum(HS.values())
HS_GQ, HS_DH, HS_TT = 2_917, 2_905, 2_486
assert HS_TN == 2_964 and HS_TN - HS_GQ == 47
assert ratio(HS_DH, HS_GQ) == "99,6" and ratio(HS_TT, HS_TN) == "83,9"

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.8), Cm(9.2))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH HÀ TRUNG", False, False),
    ("SỞ XÂY DỰNG", True, False, True),
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
para("Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 và", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ 3 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Công văn số 3862/UBND-TH ngày 05/9/2026 của Ủy ban nhân dân tỉnh về việc báo cáo tình hình thực "
       "hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2026, Sở Xây "
       "dựng tỉnh Hà Trung báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 (số liệu tính đến ngày 15/9/2026, "
       "ước thực hiện đến ngày 30/9/2026) và phương hướng, nhiệm vụ 3 tháng cuối năm 2026 như sau:")

# ============================================================================================ PHẦN A
part("A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2026")

roman("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ XÂY DỰNG THỂ CHẾ")
tabbed("Năm 2026 là năm đầu tiên Sở Xây dựng vận hành trọn năm theo mô hình tổ chức mới sau khi hợp nhất với Sở Giao "
       "thông vận tải và tiếp nhận chức năng quản lý nhà nước về giao thông, hạ tầng kỹ thuật; đồng thời thực hiện "
       "nhiệm vụ trong bối cảnh chính quyền địa phương hai cấp, nhiều nhiệm vụ về cấp phép, quản lý trật tự xây dựng "
       "được phân cấp cho Ủy ban nhân dân (UBND) cấp xã. Bám sát sự chỉ đạo của Bộ Xây dựng, Tỉnh ủy, HĐND và UBND "
       "tỉnh, Sở đã tập trung hoàn thiện thể chế, hướng dẫn nghiệp vụ cho cơ sở và tháo gỡ vướng mắc cho các dự án.")
body("Trong 9 tháng, Sở đã tham mưu UBND tỉnh ban hành 37 văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành "
     "(04 quyết định quy phạm pháp luật, 19 quyết định cá biệt, 14 kế hoạch, chỉ thị); trình HĐND tỉnh thông qua 02 "
     "nghị quyết. Một số văn bản quan trọng:")
dash("Quyết định số 14/2026/QĐ-UBND ngày 18/3/2026 của UBND tỉnh quy định phân cấp, ủy quyền trong quản lý chất "
     "lượng công trình xây dựng và cấp giấy phép xây dựng trên địa bàn tỉnh Hà Trung;")
dash("Quyết định số 21/2026/QĐ-UBND ngày 24/4/2026 của UBND tỉnh ban hành Quy chế quản lý trật tự xây dựng trên địa "
     "bàn tỉnh;")
dash("Nghị quyết số 09/2026/NQ-HĐND ngày 15/7/2026 của HĐND tỉnh thông qua Chương trình phát triển nhà ở tỉnh Hà "
     "Trung giai đoạn 2026 - 2030, tầm nhìn đến năm 2035;")
dash("Kế hoạch số 118/KH-UBND ngày 02/6/2026 của UBND tỉnh thực hiện Đề án “Đầu tư xây dựng ít nhất 01 triệu căn "
     "hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp” năm 2026.")
body("Sở ban hành 214 văn bản hướng dẫn chuyên môn cho UBND các xã, phường; mở 06 lớp bồi dưỡng nghiệp vụ quản lý "
     "quy hoạch, cấp phép và trật tự xây dựng cho 542 lượt công chức địa chính - xây dựng cấp xã. Lãnh đạo Sở tổ "
     "chức 11 buổi làm việc trực tiếp với các địa phương để giải quyết vướng mắc sau phân cấp.")

# ---------------------------------------------------------------------------------------------- II
roman("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CHUYÊN MÔN")
arabic("1. Công tác quy hoạch xây dựng, kiến trúc")
dec("1.1. Quy hoạch chung")
tabbed("Quy hoạch chung đô thị Hà Trung đến năm 2045, tầm nhìn đến năm 2065 được UBND tỉnh phê duyệt tại Quyết định "
       "số 1187/QĐ-UBND ngày 22/5/2026, với quy mô khoảng 18.640 ha, dân số đến năm 2045 khoảng 520.000 người, định "
       "hướng phát triển đô thị Hà Trung là đô thị loại I, trung tâm kinh tế - dịch vụ của vùng. Sở đã tổ chức công "
       "bố công khai đồ án tại 12 phường trung tâm trong tháng 6/2026.")
body("Đang hoàn thiện hồ sơ điều chỉnh quy hoạch chung xây dựng Khu kinh tế cửa khẩu Tân Lạc và lập quy hoạch chung "
     "06 xã được định hướng lên đô thị loại V; dự kiến trình thẩm định trong quý IV/2026.")
dec("1.2. Quy hoạch phân khu, quy hoạch chi tiết")
tabbed(f"9 tháng đầu năm, Sở thẩm định {QH_PK + QH_CT} đồ án quy hoạch ({QH_PK:02d} đồ án quy hoạch phân khu, "
       f"{QH_CT} đồ án quy hoạch chi tiết) với tổng diện tích 4.286 ha; UBND tỉnh đã phê duyệt 19 đồ án. Tỷ lệ phủ "
       "kín quy hoạch phân khu tại các đô thị đạt 78,5% (cùng kỳ năm 2025 đạt 71,2%); tỷ lệ phủ kín quy hoạch chi "
       "tiết tại các khu vực phát triển đô thị đạt 46,3%.")
body("Cho ý kiến về quy hoạch tổng mặt bằng, phương án kiến trúc đối với 58 dự án; cung cấp thông tin quy hoạch cho "
     "134 lượt tổ chức, cá nhân có nhu cầu đầu tư.")
dec("1.3. Quản lý kiến trúc và năng lực hoạt động xây dựng")
tabbed("Quy chế quản lý kiến trúc đô thị Hà Trung được triển khai thống nhất; Sở thẩm định thiết kế đô thị riêng cho "
       "02 tuyến phố chính (đường Trần Hưng Đạo và đại lộ Hà Trung). Trong kỳ, Sở cấp 146 chứng chỉ hành nghề hoạt "
       "động xây dựng cho cá nhân (hạng II, hạng III) và 38 chứng chỉ năng lực hoạt động xây dựng cho tổ chức; thu "
       "hồi 03 chứng chỉ do kê khai không trung thực.")

arabic("2. Công tác cấp giấy phép xây dựng")
tabbed(f"Trong 9 tháng, Sở tiếp nhận, thụ lý {GP_SO_HS} hồ sơ đề nghị cấp giấy phép xây dựng (GPXD) thuộc thẩm quyền, "
       f"đã cấp {GP_SO} giấy phép đối với công trình cấp đặc biệt, cấp I, cấp II và công trình tôn giáo, di tích; trả "
       f"lại 0{GP_SO_HS - GP_SO} hồ sơ chưa đủ điều kiện. Thời gian giải quyết bình quân 11,5 ngày/hồ sơ, giảm 3,5 "
       "ngày so với quy định.")
body(f"UBND các xã, phường cấp {vi(GP_XA_TOT)} GPXD, trong đó {vi(GP_NORL)} giấy phép nhà ở riêng lẻ và {GP_CT_XA} "
     f"giấy phép công trình cấp III, cấp IV. Tính chung toàn tỉnh, 9 tháng đầu năm đã cấp {vi(GP_TOT)} giấy phép "
     f"xây dựng, {change(GP_TOT, GP_CK)} so với cùng kỳ năm 2025 ({vi(GP_CK)} giấy phép); nhà ở riêng lẻ chiếm "
     f"{ratio(GP_NORL, GP_TOT)}%. Tỷ lệ công trình xây dựng có phép khu vực đô thị đạt 97,2%, khu vực nông thôn "
     "đạt 68,4%. Kết quả cụ thể như sau:")
caption("KẾT QUẢ CẤP GIẤY PHÉP XÂY DỰNG 9 THÁNG ĐẦU NĂM 2026", unit="Đơn vị tính: giấy phép")
rows = [("group", "I. UBND cấp xã cấp (theo địa bàn)")]
for i, (name, n, ct, ck) in enumerate(GP_XA, 1):
    rows.append((str(i), name, vi(n), str(ct), vi(n + ct), vi(ck), ratio(n + ct, ck)))
rows.append(("", "Cộng UBND cấp xã", vi(GP_NORL), str(GP_CT_XA), vi(GP_XA_TOT), vi(GP_CK_XA),
             ratio(GP_XA_TOT, GP_CK_XA)))
rows.append(("group", "II. Sở Xây dựng cấp"))
rows.append(("8", "Sở Xây dựng", "-", str(GP_SO), str(GP_SO), str(GP_SO_CK), ratio(GP_SO, GP_SO_CK)))
rows.append(("", "Tổng cộng toàn tỉnh", vi(GP_NORL), str(GP_CT), vi(GP_TOT), vi(GP_CK), ratio(GP_TOT, GP_CK)))
rows.append(("", "Trong đó: khu vực đô thị", vi(1_946), str(118), vi(2_064), vi(1_893), ratio(2_064, 1_893)))
assert ratio(2_064, 1_893) == "109,0"
grid_table(["TT", "Địa bàn, cơ quan cấp phép", "Nhà ở riêng lẻ", "Công trình khác", "Tổng số",
            "Cùng kỳ năm 2025", "So với cùng kỳ (%)"],
           rows, [Cm(1.0), Cm(5.6), Cm(1.9), Cm(1.9), Cm(1.7), Cm(1.9), Cm(1.9)])
body("Nhìn chung, hồ sơ cấp phép nhà ở riêng lẻ được giải quyết đúng hạn; tuy nhiên tại một số xã thuộc khu vực huyện "
     "Tân Lạc và Thạch Khê (cũ) số giấy phép giảm so với cùng kỳ do chưa có quy hoạch chi tiết, người dân chưa làm "
     "thủ tục chuyển mục đích sử dụng đất.")

arabic("3. Quản lý chất lượng công trình xây dựng")
letter("a) Thẩm định dự án, thiết kế xây dựng")
tabbed(f"Sở tiếp nhận và giải quyết {TD_BCNCKT + TD_TKTK} hồ sơ thẩm định, gồm {TD_BCNCKT} báo cáo nghiên cứu khả "
       f"thi đầu tư xây dựng và {TD_TKTK} hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở; tổng mức đầu tư "
       f"sau thẩm định {vn(TD_TMDT)} tỷ đồng, cắt giảm {vn(TD_GIAM)} tỷ đồng (khoảng {ratio(TD_GIAM, TD_TMDT)}% giá "
       "trị đề nghị). 100% hồ sơ được giải quyết trước hạn hoặc đúng hạn.")
letter("b) Kiểm tra công tác nghiệm thu công trình")
tabbed(f"Sở tổ chức kiểm tra công tác nghiệm thu {NT_SO} công trình trong quá trình thi công và khi hoàn thành; đã có "
       f"văn bản chấp thuận kết quả nghiệm thu đưa vào sử dụng {NT_SO_OK} công trình, yêu cầu chủ đầu tư khắc phục "
       f"tồn tại đối với {NT_SO - NT_SO_OK} công trình trước khi nghiệm thu. Các tồn tại chủ yếu là hồ sơ quản lý chất "
       "lượng chưa đầy đủ, thiếu kết quả thí nghiệm vật liệu, hệ thống phòng cháy chưa được nghiệm thu.")
body("Hội đồng kiểm tra nhà nước về công tác nghiệm thu công trình xây dựng (Bộ Xây dựng) đã kiểm tra 02 công trình "
     "trên địa bàn tỉnh là cầu Vân Giang và Bệnh viện Đa khoa tỉnh (cơ sở 2). UBND cấp xã kiểm tra công tác nghiệm "
     "thu 112 công trình cấp III, cấp IV sử dụng vốn ngân sách cấp xã.")
letter("c) Sự cố công trình và an toàn trong thi công")
tabbed("Trong kỳ xảy ra 01 sự cố công trình cấp III (sập đổ một phần hệ giàn giáo tại công trình nhà văn hóa xã Kim "
       "Hưng ngày 12/7/2026), làm 02 người bị thương; Sở đã chủ trì giám định nguyên nhân sự cố và yêu cầu nhà thầu "
       "khắc phục. Tổ chức 04 đợt kiểm tra an toàn lao động tại 27 công trường trọng điểm, nhắc nhở 09 nhà thầu.")

arabic("4. Phát triển nhà ở, nhà ở xã hội và thị trường bất động sản")
tabbed(f"Đến nay, toàn tỉnh có {NOXH_DA} dự án nhà ở xã hội (NOXH) đang triển khai với quy mô {vi(NOXH_CAN)} căn. "
       f"Trong 9 tháng, đã hoàn thành, đưa vào sử dụng {len(NOXH_HT):02d} dự án với {vi(NOXH_HT_9T)} căn hộ",
       Fn("Gồm: " + "; ".join(f"{n} {vi(v)} căn" for n, v in NOXH_HT.items()) + ". Các dự án đều do doanh nghiệp "
          "tự bỏ vốn đầu tư, giá bán bình quân 15,8 triệu đồng/m² sàn."),
       f" (cùng kỳ năm 2025 hoàn thành {NOXH_CK} căn), đạt {ratio(NOXH_HT_9T, NOXH_KH)}% kế hoạch năm 2026 "
       f"({vi(NOXH_KH)} căn); khởi công mới 0{NOXH_KC_DA} dự án với {vi(NOXH_KC_CAN)} căn. Lũy kế từ năm 2021 đến "
       f"nay, toàn tỉnh hoàn thành {vi(NOXH_LUYKE)} căn NOXH, bằng {ratio(NOXH_LUYKE, NOXH_2030)}% chỉ tiêu được "
       f"Thủ tướng Chính phủ giao đến năm 2030 ({vi(NOXH_2030)} căn).")
body("Sở đã thẩm định, công bố danh mục 07 khu đất (tổng diện tích 42,6 ha) dành để phát triển nhà ở xã hội độc lập; "
     "xác nhận đối tượng được mua, thuê mua NOXH cho 1.186 hồ sơ. Ngân hàng Chính sách xã hội chi nhánh tỉnh giải "
     "ngân cho vay mua, thuê mua nhà ở xã hội 184,6 tỷ đồng cho 462 khách hàng.")
body("Về nhà ở thương mại, 9 tháng hoàn thành 1.872 căn nhà ở (chung cư, liền kề, biệt thự) với tổng diện tích sàn "
     "khoảng 0,31 triệu m²; diện tích nhà ở bình quân toàn tỉnh ước đạt 27,4 m² sàn/người (cuối năm 2025 là 26,9 m² "
     "sàn/người). Thực hiện Chương trình xóa nhà tạm, nhà dột nát, toàn tỉnh đã hoàn thành 1.064 căn, trong đó:")
plus("Hỗ trợ xây mới, sửa chữa nhà ở cho người có công với cách mạng: 312 căn;")
plus("Hỗ trợ hộ nghèo, hộ cận nghèo theo Chương trình mục tiêu quốc gia: 587 căn;")
plus("Hỗ trợ từ nguồn xã hội hóa, Quỹ Vì người nghèo: 165 căn.")
assert 312 + 587 + 165 == 1_064
body("Thị trường bất động sản từng bước phục hồi: trong kỳ có 2.846 giao dịch thành công qua sàn, tăng 21,6% so với "
     "cùng kỳ; Sở thông báo đủ điều kiện bán nhà ở hình thành trong tương lai cho 06 dự án với 1.428 sản phẩm.")

arabic("5. Phát triển đô thị")
tabbed("Tỷ lệ đô thị hóa toàn tỉnh ước đạt 44,6% (cuối năm 2025 đạt 43,1%; kế hoạch năm 2026 là 45,0%). Hệ thống đô "
       "thị gồm 14 đô thị: 01 đô thị loại I (thành phố Hà Trung cũ), 01 đô thị loại III (Bình Sơn) và 12 đô thị loại "
       "V. Sở đã hoàn thành đánh giá, đề nghị công nhận khu vực Đông Yên đạt tiêu chuẩn đô thị loại IV; Chương trình "
       "phát triển đô thị tỉnh Hà Trung giai đoạn 2026 - 2035 đang được lấy ý kiến các bộ, ngành.")
body("Toàn tỉnh có 27 dự án khu đô thị, khu dân cư đang triển khai, tổng diện tích 1.326 ha; trong 9 tháng UBND tỉnh "
     "chấp thuận chủ trương đầu tư 05 dự án mới (186,4 ha), nghiệm thu bàn giao hạ tầng kỹ thuật 03 dự án cho địa "
     "phương quản lý.")

arabic("6. Vật liệu xây dựng")
tabbed(f"Sản lượng xi măng 9 tháng ước đạt {vn(XM_9T, 2)} triệu tấn",
       Fn("Trong đó: " + "; ".join(f"{n} {vn(v, 2)} triệu tấn" for n, v in XM.items())
          + ". Nhà máy Xi măng Đông Yên dừng lò nung 23 ngày trong tháng 8/2026 để bảo dưỡng định kỳ."),
       f", {change(XM_9T, XM_CK)} so với cùng kỳ, bằng {ratio(XM_9T, XM_KH)}% kế hoạch năm ({vn(XM_KH, 1)} triệu "
       f"tấn). Gạch xây các loại đạt {G_NUNG + G_KN} triệu viên quy chuẩn, trong đó gạch không nung {G_KN} triệu "
       f"viên, chiếm {ratio(G_KN, G_NUNG + G_KN)}% tổng sản lượng gạch (mục tiêu năm 2026 là 40%); đá xây dựng 6,24 "
       "triệu m³; cát xây dựng 1,18 triệu m³.")
body("Sở đã kiểm tra 16 cơ sở sản xuất, kinh doanh VLXD; đề nghị UBND tỉnh đóng cửa 04 lò gạch thủ công còn hoạt "
     "động trái phép tại khu vực huyện Phú Lâm (cũ); công bố giá vật liệu xây dựng hằng tháng và chỉ số giá xây dựng "
     "hằng quý đúng quy định.")

arabic("7. Hạ tầng kỹ thuật và giao thông đô thị")
tabbed("Tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống cấp nước tập trung đạt 96,8%; tỷ lệ thất thoát, thất thu "
       "nước sạch giảm còn 17,2%. Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt 24,5%; tỷ lệ chiếu sáng "
       "đường phố chính đạt 98,0%, ngõ xóm đô thị đạt 72,6%; diện tích cây xanh công cộng bình quân 8,6 m²/người.")
body(f"Về đầu tư xây dựng, 9 tháng Sở (với vai trò chủ đầu tư) giải ngân {vn(GN_9T)} tỷ đồng/{vi(int(GN_KH))} tỷ "
     f"đồng kế hoạch vốn đầu tư công năm 2026, đạt {ratio(GN_9T, GN_KH)}%. Các dự án trọng điểm:")
dash("Dự án đường trục trung tâm đô thị Hà Trung (giai đoạn 1): hoàn thành thông xe kỹ thuật 4,2 km/6,8 km vào "
     "ngày 02/9/2026;")
dash("Dự án cải tạo, mở rộng Quốc lộ 21C đoạn qua phường Bình Sơn: đạt khoảng 62% khối lượng;")
dash("Dự án Nhà máy xử lý nước thải khu vực phía Bắc thành phố Hà Trung (cũ), công suất 18.000 m³/ngày đêm: đang "
     "thi công, đạt 38% khối lượng.")
body("Đã tổ chức lại 14 nút giao thông đô thị có nguy cơ mất an toàn, bổ sung 09 cụm đèn tín hiệu; cấp 318 giấy "
     "phép thi công công trình trên đường bộ đang khai thác và 46 giấy phép sử dụng tạm thời hè phố.")

# --------------------------------------------------------------------------------------------- III
roman("III. CÔNG TÁC THANH TRA, KIỂM TRA VÀ XỬ LÝ VI PHẠM")
arabic("1. Thanh tra, kiểm tra chuyên ngành")
tabbed(f"Sở đã triển khai 09 cuộc thanh tra, kiểm tra chuyên ngành (06 cuộc theo kế hoạch, 03 cuộc đột xuất) và kiểm "
       f"tra trật tự xây dựng tại công trình; tổng số đối tượng được kiểm tra là {TT_SO_TOT[0]} công trình, tổ chức. "
       f"Qua kiểm tra phát hiện {TT_SO_TOT[1]} công trình, đơn vị có vi phạm; ban hành {TT_SO_TOT[2]} quyết định xử "
       f"phạt vi phạm hành chính, tổng số tiền phạt {vn(TT_SO_TOT[3])} triệu đồng, đã thu nộp ngân sách nhà nước "
       "1.612,0 triệu đồng; kiến nghị thu hồi 2,84 tỷ đồng do sai khối lượng, đơn giá tại 05 dự án.")
body(f"Trên cơ sở phân cấp, UBND các xã, phường kiểm tra {vi(TT_XA[2])} lượt công trình, phát hiện {TT_XA[3]} công "
     f"trình vi phạm trật tự xây dựng, ban hành {TT_XA[4]} quyết định xử phạt với tổng số tiền "
     f"{vn(TT_XA[5])} triệu đồng. Kết quả cụ thể như sau:")
caption("KẾT QUẢ THANH TRA, KIỂM TRA, XỬ LÝ VI PHẠM 9 THÁNG ĐẦU NĂM 2026")


def _m(x):
    return vn(x) if isinstance(x, Decimal) else vi(x)


rows = [("group", "I. Sở Xây dựng")]
for i, (name, cuoc, dt_, vp, qd, tien) in enumerate(TT_SO, 1):
    rows.append((str(i), name, cuoc, vi(dt_), str(vp), str(qd), _m(tien)))
rows.append(("", "Cộng Sở Xây dựng", "09", *(_m(v) for v in TT_SO_TOT)))
rows.append(("group", "II. UBND cấp xã"))
rows.append(("4", TT_XA[0], TT_XA[1], *(_m(v) for v in TT_XA[2:])))
rows.append(("", "Tổng cộng", "09", *(_m(v) for v in TT_ALL)))
grid_table(["TT", "Nội dung", "Số cuộc", "Số công trình, đối tượng được kiểm tra", "Số công trình, đối tượng vi phạm",
            "Số quyết định xử phạt", "Số tiền phạt (triệu đồng)"],
           rows, [Cm(1.0), Cm(5.0), Cm(1.4), Cm(2.3), Cm(2.3), Cm(2.0), Cm(2.0)])
arabic("2. Quản lý trật tự xây dựng")
tabbed("Tình hình trật tự xây dựng cơ bản được kiểm soát; tuy nhiên tình trạng xây dựng không phép, sai phép vẫn còn "
       "xảy ra ở các xã ven đô và dọc các tuyến giao thông mới",
       Fn("Trong số " + str(TT_XA[3]) + " công trình vi phạm do UBND cấp xã phát hiện: "
          + "; ".join(f"{k} {v} công trình" for k, v in VP_XA.items())
          + ". Khu vực thành phố Hà Trung (cũ) chiếm 61 công trình."),
       f". Đối với các công trình vi phạm, UBND cấp xã đã tổ chức cưỡng chế tháo dỡ {CC_THAO_DO} công trình; 86 "
       "công trình đã tự khắc phục, tháo dỡ phần sai phạm; số còn lại đang được xử lý theo quy định.")
body("Sở đã chỉ đạo rà soát, đình chỉ thi công 07 công trình xây dựng sai phép trên các tuyến phố chính, yêu cầu chủ "
     "đầu tư tự tháo dỡ; phối hợp với Thanh tra tỉnh trong thanh tra trách nhiệm của UBND 04 xã trong quản lý trật "
     "tự xây dựng.")
arabic("3. Tiếp công dân, giải quyết khiếu nại, tố cáo")
tabbed("Sở tiếp 48 lượt công dân; nhận 73 đơn kiến nghị, phản ánh, khiếu nại, tố cáo, trong đó 09 đơn thuộc thẩm "
       "quyền (06 đơn khiếu nại, 03 đơn tố cáo), đã xử lý xong 08/09 đơn, 01 đơn đang xác minh; các đơn không thuộc "
       "thẩm quyền được chuyển cơ quan có thẩm quyền xem xét, giải quyết.")

# ---------------------------------------------------------------------------------------------- IV
roman("IV. CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ")
tabbed(f"Bộ thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của Sở gồm 168 thủ tục. Trong 9 tháng, Sở tiếp "
       f"nhận {vi(HS_TN)} hồ sơ",
       Fn("Theo lĩnh vực: " + "; ".join(f"{k} {vi(v)} hồ sơ" for k, v in HS.items()) + "."),
       f"; đã giải quyết {vi(HS_GQ)} hồ sơ, trong đó đúng và trước hạn {vi(HS_DH)} hồ sơ, đạt "
       f"{ratio(HS_DH, HS_GQ)}%; {HS_TN - HS_GQ} hồ sơ đang trong thời hạn giải quyết. Số hồ sơ nộp trực tuyến toàn "
       f"trình {vi(HS_TT)} hồ sơ, chiếm {ratio(HS_TT, HS_TN)}%.")
body("Chỉ số cải cách hành chính (CCHC) năm 2025 của Sở Xây dựng xếp thứ 6/17 sở, ban, ngành. Sở đã đưa vào vận hành "
     "Cơ sở dữ liệu về nhà ở và thị trường bất động sản tỉnh, cập nhật 2.136 dự án, công trình; số hóa 100% hồ sơ "
     "cấp giấy phép xây dựng của Sở từ năm 2020 đến nay.")

# ---------------------------------------------------------------------------------------------- V
roman("V. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả đạt được")
tabbed("9 tháng đầu năm 2026, ngành Xây dựng đã hoàn thành cơ bản các nhiệm vụ đề ra; việc phân cấp cấp phép, quản "
       "lý trật tự xây dựng cho cấp xã bước đầu vận hành thông suốt. Công tác quy hoạch có bước tiến rõ nét với việc "
       "phê duyệt Quy hoạch chung đô thị Hà Trung; số lượng nhà ở xã hội hoàn thành tăng mạnh so với cùng kỳ; tỷ lệ "
       "hồ sơ TTHC giải quyết đúng hạn đạt cao.")
arabic("2. Tồn tại, hạn chế")
dash("Tiến độ phát triển nhà ở xã hội còn chậm so với chỉ tiêu được giao; nhiều dự án vướng giải phóng mặt bằng, "
     "thủ tục giao đất, xác định giá đất.")
dash("Tỷ lệ công trình có phép ở khu vực nông thôn còn thấp; vi phạm trật tự xây dựng ở một số xã ven đô chưa được "
     "phát hiện, xử lý kịp thời.")
dash("Giải ngân vốn đầu tư công của các dự án do Sở làm chủ đầu tư chưa đạt yêu cầu, một số gói thầu chậm tiến độ.")
dash("Tỷ lệ nước thải đô thị được thu gom, xử lý còn thấp; hạ tầng thoát nước chưa theo kịp tốc độ đô thị hóa.")
arabic("3. Nguyên nhân")
dash("Khách quan: khối lượng công việc được phân cấp cho cấp xã lớn trong khi đội ngũ công chức làm công tác xây "
     "dựng cấp xã thiếu về số lượng, nhiều người chưa có chuyên môn phù hợp; giá vật liệu san lấp tăng cao, nguồn "
     "cát, đất đắp khan hiếm.")
dash("Chủ quan: sự phối hợp giữa các sở, ngành và địa phương trong giải phóng mặt bằng có lúc chưa chặt chẽ; năng "
     "lực một số nhà thầu, tư vấn còn hạn chế; công tác hậu kiểm sau cấp phép chưa thường xuyên.")

# ============================================================================================ PHẦN B
part("B. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2026")
roman("I. MỤC TIÊU, CHỈ TIÊU")
tabbed("Phấn đấu hoàn thành các chỉ tiêu kế hoạch năm 2026, trong đó:")
dash(f"Hoàn thành thêm ít nhất {vi(NOXH_Q4)} căn nhà ở xã hội, nâng tổng số cả năm lên "
     f"{vi(NOXH_HT_9T + NOXH_Q4)} căn;")
dash("Tỷ lệ đô thị hóa đạt 45,0% vào cuối năm 2026; tỷ lệ phủ kín quy hoạch phân khu đạt 80%;")
dash("Giải ngân 100% kế hoạch vốn đầu tư công năm 2026 được giao cho Sở làm chủ đầu tư;")
dash("Tỷ lệ hồ sơ TTHC nộp trực tuyến toàn trình đạt trên 85%, tỷ lệ gạch không nung đạt 40%.")
roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Về quy hoạch, kiến trúc và phát triển đô thị")
dash("Hoàn thành điều chỉnh quy hoạch chung xây dựng Khu kinh tế cửa khẩu Tân Lạc; đẩy nhanh lập quy hoạch phân khu "
     "các khu vực phát triển theo Quy hoạch chung đô thị Hà Trung.")
dash("Trình UBND tỉnh Chương trình phát triển đô thị tỉnh giai đoạn 2026 - 2035; hoàn thiện hồ sơ công nhận khu "
     "vực Đông Yên đạt tiêu chuẩn đô thị loại IV.")
arabic("2. Về nhà ở và thị trường bất động sản")
dash("Tập trung tháo gỡ vướng mắc về đất đai, thủ tục đầu tư cho các dự án nhà ở xã hội; đôn đốc chủ đầu tư hoàn "
     "thành Dự án nhà ở xã hội Khu công nghiệp Nam Hà Trung (giai đoạn 1) trong tháng 12/2026.")
dash("Đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát, bảo đảm hoàn thành trước ngày 31/12/2026.")
dash("Theo dõi chặt chẽ diễn biến thị trường bất động sản, công khai thông tin dự án đủ điều kiện kinh doanh.")
arabic("3. Về quản lý chất lượng công trình và trật tự xây dựng")
dash("Tăng cường kiểm tra công tác nghiệm thu các công trình trọng điểm, công trình sử dụng vốn đầu tư công hoàn "
     "thành trong năm.")
dash("Hướng dẫn, kiểm tra UBND cấp xã trong cấp phép và quản lý trật tự xây dựng; xử lý dứt điểm các công trình vi "
     "phạm đã có quyết định cưỡng chế.")
arabic("4. Về hạ tầng kỹ thuật, giao thông và cải cách hành chính")
dash("Đẩy nhanh tiến độ Dự án đường trục trung tâm đô thị Hà Trung và Dự án cải tạo, mở rộng Quốc lộ 21C; chuẩn bị "
     "phương án bảo đảm giao thông dịp Tết Nguyên đán Đinh Mùi 2027.")
dash("Tiếp tục rà soát, đơn giản hóa TTHC; tái cấu trúc quy trình cấp phép xây dựng trên môi trường điện tử.")
roman("III. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Bộ Xây dựng")
dash("Sớm ban hành hướng dẫn về tiêu chí phân loại đô thị đối với mô hình chính quyền địa phương hai cấp.")
dash("Bổ sung suất đầu tư, định mức dự toán cho các công trình hạ tầng kỹ thuật sử dụng vật liệu mới.")
arabic("2. Đối với UBND tỉnh")
dash("Chỉ đạo các sở, ngành, UBND cấp xã đẩy nhanh giải phóng mặt bằng, giao đất cho 05 dự án nhà ở xã hội đã có "
     "chủ trương đầu tư.")
dash("Bố trí bổ sung biên chế công chức làm công tác quản lý xây dựng tại các xã, phường có tốc độ đô thị hóa cao.")
dash("Cho phép điều chuyển 180 tỷ đồng vốn từ các dự án chậm giải ngân sang Dự án đường trục trung tâm đô thị Hà "
     "Trung.")

body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026 và phương hướng, nhiệm vụ 3 tháng cuối "
     "năm 2026 của Sở Xây dựng tỉnh Hà Trung./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ Xây dựng (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- UBND tỉnh: CT, các PCT;",
    "- Sở Tài chính;",
    "- Văn phòng UBND tỉnh;",
    "- UBND các xã, phường;",
    "- Lãnh đạo Sở; các phòng, đơn vị thuộc Sở;",
    "- Lưu: VT, VP.",
], [("GIÁM ĐỐC", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần A", "Phần A › II.1.2", "Phần A › II.3.b", "Phần B › III.1")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"],
                                           title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 9, 25, 9, 15, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
