# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả thực hiện nhiệm vụ năm 2026 và phương hướng, nhiệm vụ năm 2027 của Sở Lao động -
Thương binh và Xã hội tỉnh Yên Thạch (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-ldtbxh-yen-thach-nam-2026.docx: an invented annual report of a provincial Department of Labour,
Invalids and Social Affairs (Sở Lao động - Thương binh và Xã hội tỉnh Yên Thạch: "Kết quả thực hiện nhiệm vụ năm
2026 và phương hướng, nhiệm vụ năm 2027 ngành Lao động - Thương binh và Xã hội"), written by a helper who never saw
the assistant's code (tune split: eval/real/outlines/so-ldtbxh-yen-thach-nam-2026.json,
eval/real/questions_tune18.jsonl).

Layouts: header table without borders (left "UBND TỈNH YÊN THẠCH / SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI / Số:
3125/BC-SLĐTBXH", right the national motto with the second line underlined and "Yên Thạch, ngày 14 tháng 12 năm
2026" in italic); "BÁO CÁO" and a two-line bold title; one tab-led introductory paragraph. Two parts "Phần thứ
nhất" / "Phần thứ hai", each with its title on the next line (ids "Phần thứ nhất › III.1.2"); Roman numbering
restarts in the second part. Roman "I." headings, Arabic "1." headings, decimal "1.1." ... "1.4." headings under
Phần thứ nhất › III.1 only, lettered "a)" / "b)" / "c)" headings under Phần thứ nhất › III.3 (người có công) and
IV.3 (nguyên nhân); Roman sections with no Arabic sub-heading (Phần thứ nhất › I, II). '-' items, '+' sub-items,
numbered targets "(1)" ... "(7)" in Phần thứ hai › I.2, tab-led paragraphs.

Two bordered tables: Bảng 1 (chỉ tiêu chủ yếu năm 2026: Kế hoạch / Ước thực hiện / So với KH / Thực hiện năm
2025) under Phần thứ nhất › II, whose cells alone hold the urban unemployment rate, the number of people insured
against unemployment, the share of social-protection beneficiaries paid without cash (a target NOT met), the
child-friendly commune rate and every 2025 column value; Bảng 2 (hộ nghèo, hộ cận nghèo by huyện, thị xã, thành
phố: households, poor households and rates at end 2025 / end 2026, near-poor at end 2026) under Phần thứ nhất
› III.4, whose district cells (except Mường Vân) appear nowhere else. Three real Word footnotes with figures found
nowhere else: 1 in III.1.2 (lao động xuất cảnh by thị trường), 2 in III.3.a (người có công hưởng trợ cấp hàng tháng
by category), 3 in III.8 (cai nghiện by form).

Confusable figures: giải quyết việc làm 11 tháng (22.486) vs ước cả năm (24.615) vs kế hoạch (23.500) vs năm 2025
vs chỉ tiêu 2027 (24.000); đi làm việc ở nước ngoài 3.283 (2026) vs KH 3.000 vs chỉ tiêu 2027 3.200, and 418 lao
động vay vốn vs 572 lao động hỗ trợ đào tạo; hồ sơ trợ cấp thất nghiệp tháng 11 vs cả năm, hồ sơ tiếp nhận vs
quyết định hưởng; TNLĐ số vụ / người bị nạn / vụ chết người / người chết; quà Tết and 27/7 of Chủ tịch nước vs of
the province (suất vs tỷ đồng); gạo cứu đói Tết vs giáp hạt; tỷ lệ hộ nghèo province vs huyện Mường Vân, end 2025
vs end 2026; Quỹ Bảo trợ trẻ em vs Tháng hành động vì trẻ em; người nghiện có hồ sơ quản lý vs lượt cai nghiện
vs học viên tại cơ sở; vốn CTMTQG giao vs giải ngân. Abbreviations (LĐTBXH, GDNN, BHTN, TCTN, NCC, BTXH,
CTMTQG, DTTS, TNLĐ, ATVSLĐ, HĐND, UBND) spelled out only in some places. Signature "GIÁM ĐỐC" and "Nơi nhận:".
Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_lao_dong_xa_hoi.py [out.docx]
    .venv/bin/python scripts/make_test_report_lao_dong_xa_hoi.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_lao_dong_xa_hoi.py --text     (plain text, footnotes last)
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
from scripts.docx_report_kit import change, outline_ids, ratio, recording, recording_part  # noqa: E402
from scripts.docx_report_kit import run_cli, vi, vn_half_up  # noqa: E402

NAME = "so-ldtbxh-yen-thach-nam-2026"
ZIP_TIME = (2026, 12, 14, 8, 0, 0)
METADATA = {
    "issuer": "Sở Lao động - Thương binh và Xã hội tỉnh Yên Thạch",
    "number": "3125/BC-SLĐTBXH",
    "date": "ngày 14 tháng 12 năm 2026",
    "place": "Yên Thạch",
    "signer": "Hoàng Văn Khiêm",
    "signer_title": "GIÁM ĐỐC",
    "title": "Kết quả thực hiện nhiệm vụ năm 2026 và phương hướng, nhiệm vụ năm 2027 ngành Lao động - Thương binh "
             "và Xã hội",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def target(n, t):
    """'(1) …', a numbered target: a numbered section of the outline like every '(N)' item (docs/SECTION_IDS.md)."""
    HEADINGS.append(("paren", f"({n})", t))
    return R.target(n, t)


def _heading(kind: str, fn):
    return recording(HEADINGS, kind, fn)


roman, arabic, dec, letter = (_heading("roman", R.roman), _heading("arabic", R.arabic), _heading("dec", R.dec),
                              _heading("letter", R.letter))


part = recording_part(HEADINGS, R)
vn = vn_half_up
D = Decimal
chg = change
caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=11, middle_rows=True, spacer=True, repeat_header=True)


# ----------------------------------------------------------------------------------------------- data
# Giải quyết việc làm (người)
VL_KH, VL_11T, VL_NAM, VL_25 = 23_500, 22_486, 24_615, 23_912
VL_TRONG_TINH, VL_NGOAI_TINH = 14_870, 6_462
XK_KH, XK_11T, XK_NAM, XK_25 = 3_000, 2_996, 3_283, 3_046
XK_THI_TRUONG = {"Nhật Bản": 1_740, "Đài Loan (Trung Quốc)": 718, "Hàn Quốc": 684,
                 "các thị trường khác (Singapore, Hungary, Rumani, Ả Rập Xê Út...)": 141}
XK_NU = 1_128
assert VL_TRONG_TINH + VL_NGOAI_TINH + XK_NAM == VL_NAM
assert ratio(VL_NAM, VL_KH) == "104,7" and chg(VL_NAM, VL_25) == "tăng 2,9%"
assert ratio(XK_NAM, XK_KH) == "109,4" and chg(XK_NAM, XK_25) == "tăng 7,8%"
assert sum(XK_THI_TRUONG.values()) == XK_NAM and ratio(XK_NU, XK_NAM) == "34,4"

# Bảo hiểm thất nghiệp
TCTN_HS, TCTN_HS_25, TCTN_QD = 9_742, 9_165, 9_581
assert chg(TCTN_HS, TCTN_HS_25) == "tăng 6,3%"
BHTN_KH, BHTN_TH, BHTN_25 = 97_000, 98_642, 93_875
assert ratio(BHTN_TH, BHTN_KH) == "101,7"

# Giáo dục nghề nghiệp (người)
GDNN_KH, GDNN_25 = 30_000, 30_518
GDNN = {"cao đẳng": 2_184, "trung cấp": 4_736, "sơ cấp": 9_862, "đào tạo thường xuyên dưới 3 tháng": 14_678}
GDNN_TH = sum(GDNN.values())
assert GDNN_TH == 31_460 and ratio(GDNN_TH, GDNN_KH) == "104,9"
CS_GDNN = {"trường cao đẳng": 4, "trường trung cấp": 6, "trung tâm GDNN - GDTX cấp huyện": 9,
           "cơ sở khác có đăng ký hoạt động GDNN": 8}
assert sum(CS_GDNN.values()) == 27

# Người có công hưởng trợ cấp ưu đãi hàng tháng
NCC = {"thân nhân liệt sĩ": 3_412, "thương binh, người hưởng chính sách như thương binh": 2_186, "bệnh binh": 1_642,
       "người hoạt động kháng chiến bị nhiễm chất độc hóa học": 1_918, "người có công khác": 716}
NCC_TONG = sum(NCC.values())
assert NCC_TONG == 9_874
DD_TAP_TRUNG, DD_GIA_DINH = 612, 2_252
assert DD_TAP_TRUNG + DD_GIA_DINH == 2_864
NHA_MOI, NHA_SUA = 58, 88

# Giảm nghèo: (đơn vị, hộ dân cư cuối 2025, hộ dân cư cuối 2026, hộ nghèo cuối 2025, hộ nghèo cuối 2026,
# hộ cận nghèo cuối 2026)
POV = [
    ("Thành phố Thạch Long", 47_980, 48_620, 412, 268, 596),
    ("Thị xã Bình Thạch", 21_120, 21_380, 486, 342, 712),
    ("Huyện Đông Phong", 31_790, 32_150, 1_046, 748, 1_428),
    ("Huyện Mỹ Thạch", 29_150, 29_460, 1_128, 812, 1_534),
    ("Huyện Yên Phú", 27_560, 27_840, 1_214, 906, 1_662),
    ("Huyện Kỳ Lâm", 24_080, 24_310, 1_532, 1_167, 1_896),
    ("Huyện Xuân Đài", 22_560, 22_780, 1_396, 1_058, 1_746),
    ("Huyện Mường Vân", 20_010, 20_260, 2_402, 1_913, 1_664),
]
POV_TOT = tuple(sum(p[i] for p in POV) for i in range(1, 6))
HO_25, HO_26, NGHEO_25, NGHEO_26, CAN_NGHEO_26 = POV_TOT
TL_25, TL_26 = ratio(NGHEO_25, HO_25, 2), ratio(NGHEO_26, HO_26, 2)
assert (TL_25, TL_26, ratio(CAN_NGHEO_26, HO_26, 2)) == ("4,29", "3,18", "4,96")
assert (vi(NGHEO_26), vi(CAN_NGHEO_26)) == ("7.214", "11.238")
GIAM = D(TL_25.replace(",", ".")) - D(TL_26.replace(",", "."))
assert vn(GIAM, 2) == "1,11"
MV = POV[-1]
assert ratio(MV[3], MV[1], 2) == "12,00" and ratio(MV[4], MV[2], 2) == "9,44"
CTMT_DT, CTMT_SN = D("112.8"), D("73.7")
CTMT, CTMT_GN = CTMT_DT + CTMT_SN, D("148.2")
assert vn(CTMT) == "186,5" and ratio(CTMT_GN, CTMT) == "79,5"

# Bảo trợ xã hội
TCXH = {"người cao tuổi": 22_148, "người khuyết tật": 16_972, "trẻ em mồ côi và đối tượng khác": 2_166}
assert sum(TCXH.values()) == 41_286
assert round(D("412.6") * 1000 / 15) == 27_507 and D("186.0") * 1000 / 15 == 12_400

# Phòng, chống tệ nạn xã hội
NGHIEN, NGHIEN_25 = 1_846, 1_773
assert chg(NGHIEN, NGHIEN_25) == "tăng 4,1%"
CAI = {"cai nghiện bắt buộc tại Cơ sở cai nghiện ma túy tỉnh": 426, "cai nghiện tự nguyện tại cơ sở": 48,
       "cai nghiện tự nguyện tại gia đình, cộng đồng": 138}
assert sum(CAI.values()) == 612

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(7.0), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH YÊN THẠCH", False, False),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH", True, False),
    ("VÀ XÃ HỘI", True, False, True),
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
para("Kết quả thực hiện nhiệm vụ năm 2026 và phương hướng, nhiệm vụ năm 2027", bold=True, align=CENTER, indent=None)
para("ngành Lao động - Thương binh và Xã hội", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

tabbed("Thực hiện Quyết định số 2468/QĐ-UBND ngày 12/12/2025 của UBND tỉnh về việc giao chỉ tiêu kế hoạch phát triển "
       "kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026; Văn bản số 1874/UBND-VX ngày 20/11/2026 của UBND "
       "tỉnh về việc xây dựng báo cáo tổng kết năm 2026, Sở Lao động - Thương binh và Xã hội (LĐTBXH) báo cáo kết "
       "quả thực hiện nhiệm vụ năm 2026 và phương hướng, nhiệm vụ năm 2027 như sau (số liệu năm 2026 là số ước "
       "thực hiện đến ngày 31/12/2026):")

# ======================================================================================= PHẦN THỨ NHẤT
part("Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026")

roman("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH")
tabbed("Năm 2026, Sở LĐTBXH đã tham mưu HĐND tỉnh ban hành 03 nghị quyết, UBND tỉnh ban hành 11 quyết định, 16 "
       "kế hoạch và nhiều văn bản chỉ đạo, điều hành trên các lĩnh vực của ngành, trong đó có:")
dash("Nghị quyết số 09/2026/NQ-HĐND ngày 15/7/2026 của HĐND tỉnh quy định mức chuẩn trợ giúp xã hội, mức trợ "
     "giúp xã hội đối với đối tượng bảo trợ xã hội trên địa bàn tỉnh Yên Thạch (mức chuẩn trợ giúp xã hội áp "
     "dụng trên địa bàn tỉnh là 550.000 đồng/tháng, cao hơn mức chuẩn chung của Chính phủ 50.000 đồng);")
dash("Kế hoạch số 86/KH-UBND ngày 24/3/2026 của UBND tỉnh về phát triển thị trường lao động, hỗ trợ người lao động "
     "mất việc làm giai đoạn 2026 - 2030;")
dash("Quyết định số 1136/QĐ-UBND ngày 08/6/2026 của UBND tỉnh phê duyệt Đề án nâng cao chất lượng giáo dục nghề "
     "nghiệp tỉnh Yên Thạch đến năm 2030, tầm nhìn đến năm 2035.")
body("Sở đã ban hành 214 văn bản chỉ đạo, hướng dẫn chuyên môn, nghiệp vụ; thường xuyên kiểm tra, đôn đốc Phòng "
     "LĐTBXH các huyện, thị xã, thành phố và các đơn vị trực thuộc tổ chức thực hiện nhiệm vụ được giao.")

roman("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU")
tabbed("Năm 2026, ngành LĐTBXH được UBND tỉnh giao thực hiện 08 chỉ tiêu chủ yếu; đến nay ước có 07/08 chỉ tiêu "
       "đạt và vượt kế hoạch, 01 chỉ tiêu chưa đạt. Kết quả cụ thể như sau:")
caption("Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026")
T1 = [
    ("1", "Số lao động được giải quyết việc làm", "Người", vi(VL_KH), vi(VL_NAM), ratio(VL_NAM, VL_KH), vi(VL_25)),
    ("", "Trong đó: đi làm việc ở nước ngoài theo hợp đồng", "Người", vi(XK_KH), vi(XK_NAM), ratio(XK_NAM, XK_KH),
     vi(XK_25)),
    ("2", "Tuyển sinh giáo dục nghề nghiệp", "Người", vi(GDNN_KH), vi(GDNN_TH), ratio(GDNN_TH, GDNN_KH),
     vi(GDNN_25)),
    ("3", "Tỷ lệ lao động qua đào tạo", "%", "71,0", "71,2", "Đạt", "69,8"),
    ("", "Trong đó: có bằng cấp, chứng chỉ", "%", "32,5", "32,6", "Đạt", "31,4"),
    ("4", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "≤ 3,0", "2,68", "Đạt", "2,81"),
    ("5", "Số người tham gia bảo hiểm thất nghiệp", "Người", vi(BHTN_KH), vi(BHTN_TH), ratio(BHTN_TH, BHTN_KH),
     vi(BHTN_25)),
    ("6", "Mức giảm tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "Điểm %", "1,0", vn(GIAM, 2), "Vượt", "1,24"),
    ("7", "Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em", "%", "88,0", "88,6", "Đạt",
     "86,9"),
    ("8", "Tỷ lệ đối tượng bảo trợ xã hội nhận trợ cấp không dùng tiền mặt", "%", "70,0", "68,4", "Không đạt",
     "57,2"),
]
grid_table(["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Ước thực hiện năm 2026", "So với KH (%)",
            "Thực hiện năm 2025"], T1,
           [Cm(0.9), Cm(5.6), Cm(1.6), Cm(1.9), Cm(1.9), Cm(1.7), Cm(1.9)])

roman("III. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC CÔNG TÁC")
arabic("1. Lĩnh vực lao động, việc làm")
dec("1.1. Giải quyết việc làm")
tabbed(f"Lũy kế 11 tháng năm 2026, toàn tỉnh đã giải quyết việc làm cho {vi(VL_11T)} lao động; ước cả năm giải "
       f"quyết việc làm cho {vi(VL_NAM)} lao động, đạt {ratio(VL_NAM, VL_KH)}% kế hoạch, {chg(VL_NAM, VL_25)} so "
       f"với năm 2025, trong đó: lao động có việc làm mới tại địa phương {vi(VL_TRONG_TINH)} người; đi làm việc tại "
       f"các tỉnh, thành phố khác {vi(VL_NGOAI_TINH)} người; đi làm việc ở nước ngoài theo hợp đồng {vi(XK_NAM)} "
       "người.")
dash("Quỹ quốc gia về việc làm: trong năm, Ngân hàng Chính sách xã hội tỉnh đã giải ngân cho vay mới 1.286 dự án "
     "với số tiền 171,5 tỷ đồng, hỗ trợ tạo việc làm, duy trì và mở rộng việc làm cho 2.937 lao động.")
dash("Hoạt động dịch vụ việc làm: Trung tâm Dịch vụ việc làm tỉnh tổ chức 48 phiên giao dịch việc làm (12 phiên "
     "định kỳ, 36 phiên lưu động và trực tuyến) với 1.184 lượt doanh nghiệp tham gia; tư vấn việc làm, học nghề "
     "cho 38.460 lượt người; giới thiệu, kết nối việc làm thành công cho 6.812 người.")
dec("1.2. Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng")
tabbed(f"Công tác xuất khẩu lao động (XKLĐ) tiếp tục được quan tâm chỉ đạo. Lũy kế 11 tháng có {vi(XK_11T)} lao "
       f"động xuất cảnh; ước cả năm 2026 toàn tỉnh có {vi(XK_NAM)} người đi làm việc ở nước ngoài theo hợp đồng",
       Fn("Số lao động xuất cảnh năm 2026 theo thị trường: " + "; ".join(
           f"{k} {vi(v)} người" for k, v in XK_THI_TRUONG.items()) + ". Riêng thị trường Hàn Quốc, số lao động "
           "đi theo Chương trình cấp phép việc làm cho lao động nước ngoài (EPS) là 412 người."),
       f", đạt {ratio(XK_NAM, XK_KH)}% kế hoạch, {chg(XK_NAM, XK_25)} so với năm 2025; trong đó lao động nữ "
       f"{vi(XK_NU)} người (chiếm {ratio(XK_NU, XK_NAM)}%).")
dash("Thực hiện chính sách hỗ trợ theo Nghị quyết số 15/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh, đã hỗ trợ chi "
     "phí đào tạo ngoại ngữ, bồi dưỡng kiến thức cần thiết cho 572 lao động với kinh phí 2,86 tỷ đồng.")
dash("Phối hợp Ngân hàng Chính sách xã hội tỉnh cho 418 lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc "
     "thiểu số (DTTS) vay vốn đi làm việc ở nước ngoài với số tiền 36,5 tỷ đồng.")
dash("Số lao động của tỉnh đang làm việc có thời hạn ở nước ngoài ước khoảng 21.400 người.")
dec("1.3. Bảo hiểm thất nghiệp")
tabbed(f"Tháng 11/2026, Trung tâm Dịch vụ việc làm tỉnh tiếp nhận 874 hồ sơ đề nghị hưởng trợ cấp thất nghiệp "
       f"(TCTN), tham mưu Sở ban hành quyết định hưởng cho 861 người. Ước cả năm 2026, tiếp nhận {vi(TCTN_HS)} hồ "
       f"sơ đề nghị hưởng TCTN, {chg(TCTN_HS, TCTN_HS_25)} so với năm 2025; ban hành quyết định hưởng TCTN cho "
       f"{vi(TCTN_QD)} người với tổng số tiền chi trả 246,8 tỷ đồng; tư vấn, giới thiệu việc làm cho 14.268 lượt "
       "người hưởng bảo hiểm thất nghiệp (BHTN); hỗ trợ học nghề cho 214 người; 1.026 người chấm dứt hưởng "
       "TCTN do có việc làm.")
dec("1.4. Quan hệ lao động, an toàn, vệ sinh lao động")
tabbed("Quan hệ lao động tại các doanh nghiệp cơ bản ổn định. Năm 2026, trên địa bàn tỉnh không xảy ra đình công; "
       "xảy ra 03 cuộc ngừng việc tập thể với khoảng 1.240 người lao động tham gia (giảm 02 cuộc so với năm 2025), "
       "tập trung tại các doanh nghiệp có vốn đầu tư nước ngoài ở Khu công nghiệp Bắc Đông Phong, chủ yếu liên "
       "quan đến tiền thưởng, chế độ bữa ăn ca; các cuộc ngừng việc đều được giải quyết dứt điểm.")
body("Về an toàn, vệ sinh lao động (ATVSLĐ): năm 2026 trên địa bàn tỉnh xảy ra 27 vụ tai nạn lao động (TNLĐ) làm "
     "29 người bị nạn, trong đó có 06 vụ TNLĐ chết người làm 07 người chết, giảm 02 vụ và 01 người chết so với "
     "năm 2025; lĩnh vực xảy ra nhiều TNLĐ chết người là xây dựng và khai thác khoáng sản.")

arabic("2. Lĩnh vực giáo dục nghề nghiệp")
tabbed(f"Toàn tỉnh hiện có {sum(CS_GDNN.values())} cơ sở giáo dục nghề nghiệp (GDNN), gồm: " + ", ".join(
    f"{v:02d} {k}" for k, v in CS_GDNN.items()) + ".")
body(f"Ước cả năm 2026, các cơ sở GDNN tuyển sinh, đào tạo cho {vi(GDNN_TH)} người, đạt "
     f"{ratio(GDNN_TH, GDNN_KH)}% kế hoạch, trong đó: " + "; ".join(f"{k} {vi(v)} người" for k, v in GDNN.items())
     + f". Số người tốt nghiệp trong năm là 29.874 người, tỷ lệ có việc làm sau đào tạo đạt khoảng 86,5%. Đào tạo "
       "nghề cho lao động nông thôn theo các chương trình mục tiêu quốc gia được 6.820 người. Tỷ lệ lao động qua "
       "đào tạo ước đạt 71,2%, trong đó có bằng cấp, chứng chỉ đạt 32,6%.")
body("Sở đã tổ chức thành công Hội thi Kỹ năng nghề tỉnh Yên Thạch lần thứ V năm 2026 tại Trường Cao đẳng Kỹ thuật - "
     "Công nghệ Yên Thạch (từ ngày 16 đến ngày 19/6/2026) với 126 thí sinh tham gia tranh tài ở 14 nghề; tuyển chọn "
     "đoàn tham dự Hội thi Kỹ năng nghề quốc gia, đạt 01 huy chương bạc, 02 huy chương đồng và 03 chứng chỉ kỹ "
     "năng nghề xuất sắc.")

arabic("3. Lĩnh vực người có công")
letter("a) Thực hiện chế độ, chính sách ưu đãi người có công")
tabbed(f"Hiện nay, Sở đang quản lý 31.508 hồ sơ người có công với cách mạng (NCC) và thân nhân; số người đang hưởng "
       f"trợ cấp, phụ cấp ưu đãi hàng tháng là {vi(NCC_TONG)} người",
       Fn("Gồm: " + ", ".join(f"{vi(v)} {k}" for k, v in NCC.items()) + "."),
       ". Tổng kinh phí chi trả trợ cấp ưu đãi năm 2026 ước thực hiện 418,6 tỷ đồng. Trong năm, đã thẩm định, "
       "giải quyết 1.284 hồ sơ NCC, đúng quy định, không để xảy ra sai sót, tồn đọng.")
letter("b) Công tác chăm sóc người có công")
dash("Dịp Tết Nguyên đán Bính Ngọ năm 2026: tổ chức tặng 31.208 suất quà của Chủ tịch nước với tổng kinh phí 9,43 "
     "tỷ đồng; UBND tỉnh tặng 33.650 suất quà với tổng kinh phí 17,86 tỷ đồng.")
dash("Nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026): tặng 12.486 suất quà của Chủ tịch "
     "nước với kinh phí 3,87 tỷ đồng; lãnh đạo tỉnh tặng 32.910 suất quà với kinh phí 16,98 tỷ đồng. Quỹ Đền ơn "
     "đáp nghĩa cấp tỉnh vận động được 5,62 tỷ đồng.")
dash(f"Tổ chức điều dưỡng phục hồi sức khỏe cho {vi(DD_TAP_TRUNG + DD_GIA_DINH)} lượt NCC, trong đó điều dưỡng tập "
     f"trung tại Trung tâm Điều dưỡng người có công tỉnh {vi(DD_TAP_TRUNG)} người, điều dưỡng tại gia đình "
     f"{vi(DD_GIA_DINH)} người.")
dash(f"Hỗ trợ cải thiện nhà ở cho {NHA_MOI + NHA_SUA} hộ NCC (xây mới {NHA_MOI} nhà, sửa chữa {NHA_SUA} nhà) với "
     "tổng kinh phí 8,36 tỷ đồng, bảo đảm 100% hộ NCC có nhà ở ổn định.")
letter("c) Công tác mộ, nghĩa trang liệt sĩ")
tabbed("Phối hợp Bộ Chỉ huy Quân sự tỉnh tìm kiếm, quy tập 14 hài cốt liệt sĩ; tiếp nhận, an táng 09 hài cốt liệt "
       "sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào tại Nghĩa trang liệt sĩ tỉnh; xác định danh tính "
       "06 hài cốt liệt sĩ thông qua giám định ADN. Tu bổ, nâng cấp 09 nghĩa trang liệt sĩ và 05 đài tưởng niệm "
       "với tổng kinh phí 12,4 tỷ đồng.")

arabic("4. Công tác giảm nghèo")
tabbed(f"Theo kết quả rà soát hộ nghèo, hộ cận nghèo năm 2026 (chuẩn nghèo đa chiều giai đoạn 2026 - 2030), toàn "
       f"tỉnh còn {vi(NGHEO_26)} hộ nghèo, chiếm {TL_26}%, giảm {vn(GIAM, 2)} điểm phần trăm so với cuối năm 2025 "
       f"({TL_25}%), vượt chỉ tiêu kế hoạch giao (giảm 1,0 điểm phần trăm); còn {vi(CAN_NGHEO_26)} hộ cận nghèo, "
       f"chiếm {ratio(CAN_NGHEO_26, HO_26, 2)}%. Huyện Mường Vân (huyện nghèo duy nhất của tỉnh) tỷ lệ hộ nghèo "
       f"còn {ratio(MV[4], MV[2], 2)}%, giảm "
       f"{vn(D(ratio(MV[3], MV[1], 2).replace(',', '.')) - D(ratio(MV[4], MV[2], 2).replace(',', '.')), 2)} điểm "
       "phần trăm, nhưng vẫn cao gần gấp ba lần mức bình quân chung của tỉnh.")
caption("Bảng 2. Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2026 theo đơn vị hành chính cấp huyện")
T2 = [(str(i), p[0], vi(p[2]), vi(p[3]), ratio(p[3], p[1], 2), vi(p[4]), ratio(p[4], p[2], 2), vi(p[5]))
      for i, p in enumerate(POV, 1)]
T2.append(("", "Tổng cộng", vi(HO_26), vi(NGHEO_25), TL_25, vi(NGHEO_26), TL_26, vi(CAN_NGHEO_26)))
grid_table(["TT", "Đơn vị", "Tổng số hộ dân cư cuối năm 2026", "Hộ nghèo cuối năm 2025 (hộ)", "Tỷ lệ (%)",
            "Hộ nghèo cuối năm 2026 (hộ)", "Tỷ lệ (%)", "Hộ cận nghèo cuối năm 2026 (hộ)"], T2,
           [Cm(0.9), Cm(3.8), Cm(2.0), Cm(1.9), Cm(1.5), Cm(1.9), Cm(1.5), Cm(1.9)])
body(f"Chương trình mục tiêu quốc gia (CTMTQG) giảm nghèo bền vững năm 2026 được giao tổng vốn {vn(CTMT)} tỷ đồng "
     f"(vốn đầu tư phát triển {vn(CTMT_DT)} tỷ đồng, vốn sự nghiệp {vn(CTMT_SN)} tỷ đồng); đến ngày 30/11/2026 đã "
     f"giải ngân {vn(CTMT_GN)} tỷ đồng, đạt {ratio(CTMT_GN, CTMT)}%, ước đến ngày 31/01/2027 giải ngân đạt 95% kế "
     "hoạch vốn. Các chính sách hỗ trợ người nghèo về y tế, giáo dục, tín dụng ưu đãi được thực hiện đầy đủ, kịp "
     "thời: cấp 52.486 thẻ bảo hiểm y tế cho người nghèo, người cận nghèo và người DTTS sống ở vùng khó khăn; Ngân "
     "hàng Chính sách xã hội tỉnh cho 3.146 lượt hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo vay vốn với tổng số "
     "tiền 204,7 tỷ đồng.")

arabic("5. Công tác bảo trợ xã hội")
tabbed(f"Năm 2026, toàn tỉnh thực hiện chi trả trợ cấp xã hội hàng tháng tại cộng đồng cho {vi(sum(TCXH.values()))} "
       "đối tượng bảo trợ xã hội (BTXH) với tổng kinh phí 271,6 tỷ đồng, trong đó: " + "; ".join(
           f"{k} {vi(v)} người" for k, v in TCXH.items()) + ". Ba cơ sở trợ giúp xã hội công lập trực thuộc Sở "
       "đang nuôi dưỡng, chăm sóc tập trung 468 đối tượng.")
body("Về cứu trợ đột xuất: dịp Tết Nguyên đán Bính Ngọ năm 2026, tiếp nhận và phân bổ kịp thời 412,6 tấn gạo do "
     "Chính phủ hỗ trợ cho 27.507 nhân khẩu; thời kỳ giáp hạt năm 2026, tiếp nhận 186,0 tấn gạo hỗ trợ cho 12.400 "
     "nhân khẩu tại 5 huyện vùng cao.")

arabic("6. Công tác bảo vệ, chăm sóc trẻ em")
tabbed("Toàn tỉnh hiện có 258.612 trẻ em dưới 16 tuổi, trong đó 3.146 trẻ em có hoàn cảnh đặc biệt; 2.984 trẻ em "
       "có hoàn cảnh đặc biệt được trợ giúp, chăm sóc (đạt 94,9%). Tháng hành động vì trẻ em năm 2026 vận động "
       "được 6,84 tỷ đồng, tặng 2.146 suất quà cho trẻ em có hoàn cảnh khó khăn; Quỹ Bảo trợ trẻ em tỉnh vận động "
       "được 4,27 tỷ đồng, hỗ trợ 1.380 lượt trẻ em.")
body("Năm 2026, toàn tỉnh xảy ra 17 vụ xâm hại trẻ em với 19 trẻ em bị xâm hại, giảm 04 vụ so với năm 2025; 100% "
     "trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời. Số trẻ em tử vong do đuối nước là 21 em, giảm 05 em so "
     "với năm trước.")

arabic("7. Công tác bình đẳng giới và vì sự tiến bộ của phụ nữ")
tabbed("Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ "
       "ngày 15/11 đến ngày 15/12/2026) với chủ đề \"Chung tay xóa bỏ định kiến giới\"; duy trì 96 địa chỉ tin "
       "cậy tại cộng đồng. Tỷ lệ lao động nữ trong tổng số lao động được giải quyết việc làm đạt 47,8%; tỷ lệ nữ "
       "được đào tạo nghề đạt 41,6%.")

arabic("8. Công tác phòng, chống tệ nạn xã hội")
tabbed(f"Toàn tỉnh hiện có {vi(NGHIEN)} người nghiện ma túy có hồ sơ quản lý, {chg(NGHIEN, NGHIEN_25)} so với "
       f"cuối năm 2025. Trong năm, đã tổ chức cai nghiện cho {vi(sum(CAI.values()))} lượt người",
       Fn("Trong đó: " + "; ".join(f"{k} {vi(v)} người" for k, v in CAI.items()) + "."),
       "; quản lý sau cai nghiện 724 người. Cơ sở cai nghiện ma túy tỉnh hiện đang quản lý 386 học viên.")
body("Công tác phòng, chống mại dâm: phối hợp phát hiện, xử lý 04 vụ với 13 đối tượng liên quan đến hoạt động mại "
     "dâm. Công tác phòng, chống mua bán người: tiếp nhận, hỗ trợ 07 nạn nhân bị mua bán trở về (chủ yếu từ "
     "Trung Quốc), hỗ trợ tư vấn tâm lý, học nghề và tái hòa nhập cộng đồng.")

arabic("9. Công tác thanh tra, cải cách hành chính và chuyển đổi số")
tabbed("Thanh tra Sở đã thực hiện 14 cuộc thanh tra, kiểm tra (09 cuộc thanh tra, 05 cuộc kiểm tra) tại 86 doanh "
       "nghiệp, đơn vị; ban hành 38 quyết định xử phạt vi phạm hành chính với tổng số tiền 486,5 triệu đồng; kiến "
       "nghị truy thu bảo hiểm xã hội, bảo hiểm y tế, BHTN cho người lao động 1,24 tỷ đồng. Tiếp nhận, giải quyết "
       "14.862 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 99,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt "
       "82,3%.")

roman("IV. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả đạt được")
tabbed("Năm 2026, ngành LĐTBXH đã hoàn thành cơ bản các nhiệm vụ được giao; 07/08 chỉ tiêu chủ yếu đạt và vượt kế "
       "hoạch. Công tác giải quyết việc làm, đưa người lao động đi làm việc ở nước ngoài vượt kế hoạch; chính sách "
       "ưu đãi người có công được thực hiện đầy đủ, kịp thời; tỷ lệ hộ nghèo giảm vượt chỉ tiêu; an sinh xã hội "
       "được bảo đảm, không để người dân bị đói, rét dịp Tết và giáp hạt.")
arabic("2. Tồn tại, hạn chế")
dash("Chất lượng nguồn nhân lực chưa đáp ứng yêu cầu; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ còn thấp "
     "so với bình quân chung của vùng; công tác phân luồng học sinh sau trung học cơ sở vào học nghề còn hạn chế.")
dash("Tình trạng lao động bỏ trốn, cư trú bất hợp pháp sau khi hết hạn hợp đồng tại Hàn Quốc vẫn còn (236 người), "
     "ảnh hưởng đến chỉ tiêu phân bổ lao động của tỉnh theo Chương trình EPS.")
dash("Tiến độ giải ngân vốn CTMTQG giảm nghèo bền vững còn chậm; kết quả giảm nghèo ở huyện Mường Vân chưa bền "
     "vững, tỷ lệ hộ tái nghèo, phát sinh nghèo mới còn cao.")
dash("Chỉ tiêu chi trả trợ cấp không dùng tiền mặt cho đối tượng BTXH chưa đạt kế hoạch; một bộ phận đối tượng là "
     "người cao tuổi, người khuyết tật ở vùng sâu chưa có tài khoản ngân hàng.")
dash("Số người nghiện ma túy có hồ sơ quản lý tăng; tai nạn đuối nước ở trẻ em vẫn xảy ra, nhất là trong dịp hè.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Thị trường lao động chịu tác động của suy giảm đơn hàng xuất khẩu trong những tháng đầu năm; nhiều doanh "
     "nghiệp dệt may, da giày cắt giảm lao động, giảm giờ làm.")
dash("Thiên tai, mưa lũ tháng 9/2026 gây thiệt hại lớn tại các huyện vùng cao, làm phát sinh hộ nghèo mới.")
dash("Một số văn bản hướng dẫn của Trung ương về CTMTQG giảm nghèo bền vững ban hành chậm, còn vướng mắc.")
letter("b) Nguyên nhân chủ quan")
dash("Sự phối hợp giữa các sở, ngành, địa phương trong một số nhiệm vụ chưa chặt chẽ, thiếu thường xuyên.")
dash("Đội ngũ công chức làm công tác LĐTBXH cấp xã còn kiêm nhiệm nhiều việc, thường xuyên biến động.")
dash("Một bộ phận người dân còn tâm lý trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước, chưa chủ động vươn lên thoát "
     "nghèo.")

# ======================================================================================== PHẦN THỨ HAI
part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
roman("I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU")
arabic("1. Mục tiêu tổng quát")
tabbed("Phát triển thị trường lao động linh hoạt, hiện đại; nâng cao chất lượng GDNN; thực hiện đầy đủ chính "
       "sách ưu đãi người có công; bảo đảm an sinh xã hội, giảm nghèo đa chiều, bền vững.")
arabic("2. Các chỉ tiêu chủ yếu")
target(1, "Giải quyết việc làm cho 24.000 lao động, trong đó đưa 3.200 người đi làm việc ở nước ngoài theo hợp "
          "đồng.")
target(2, "Tuyển sinh, đào tạo nghề cho 31.000 người.")
target(3, "Tỷ lệ lao động qua đào tạo đạt 72,5%, trong đó có bằng cấp, chứng chỉ đạt 33,5%.")
target(4, "Tỷ lệ thất nghiệp khu vực thành thị dưới 3%.")
target(5, "Tỷ lệ hộ nghèo giảm từ 0,8 - 1,0 điểm phần trăm; riêng huyện Mường Vân giảm từ 3,0 điểm phần trăm trở "
          "lên.")
target(6, "Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em đạt 90%.")
target(7, "Tỷ lệ đối tượng BTXH nhận trợ cấp không dùng tiền mặt đạt 80%.")
roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Về lao động, việc làm")
dash("Triển khai hiệu quả Kế hoạch phát triển thị trường lao động giai đoạn 2026 - 2030; nâng cao chất lượng hoạt "
     "động của Trung tâm Dịch vụ việc làm tỉnh, tăng số phiên giao dịch việc làm trực tuyến.")
dash("Mở rộng thị trường lao động ngoài nước có thu nhập cao như Nhật Bản, Hàn Quốc, các nước châu Âu; siết chặt "
     "quản lý doanh nghiệp dịch vụ, kiên quyết xử lý hành vi lừa đảo đưa người đi làm việc ở nước ngoài.")
dash("Thực hiện đầy đủ, kịp thời chính sách BHTN; tăng cường kiểm tra việc chấp hành pháp luật lao động, ATVSLĐ "
     "tại doanh nghiệp, nhất là trong lĩnh vực xây dựng, khai thác khoáng sản.")
arabic("2. Về giáo dục nghề nghiệp")
dash("Triển khai Đề án nâng cao chất lượng GDNN tỉnh Yên Thạch đến năm 2030; sắp xếp mạng lưới cơ sở GDNN theo "
     "hướng tinh gọn, hiệu quả.")
dash("Đẩy mạnh đào tạo theo đơn đặt hàng của doanh nghiệp, gắn đào tạo với giải quyết việc làm; đầu tư Trường "
     "Cao đẳng Kỹ thuật - Công nghệ Yên Thạch trở thành trường chất lượng cao.")
arabic("3. Về chính sách người có công")
dash("Thực hiện đầy đủ, kịp thời chế độ ưu đãi NCC; tổ chức chu đáo các hoạt động kỷ niệm 80 năm Ngày Thương binh "
     "- Liệt sĩ (27/7/1947 - 27/7/2027).")
arabic("4. Về giảm nghèo và bảo trợ xã hội")
dash("Đẩy nhanh tiến độ giải ngân vốn CTMTQG giảm nghèo bền vững; ưu tiên nguồn lực cho huyện Mường Vân và các xã "
     "đặc biệt khó khăn.")
dash("Thực hiện tốt chính sách trợ giúp xã hội; đẩy mạnh chi trả trợ cấp không dùng tiền mặt, phối hợp các ngân "
     "hàng mở tài khoản cho đối tượng BTXH.")
dash("Chủ động phương án cứu trợ đột xuất, bảo đảm không để người dân bị đói dịp Tết Nguyên đán Đinh Mùi năm 2027 "
     "và thời kỳ giáp hạt.")
arabic("5. Về trẻ em, bình đẳng giới và phòng, chống tệ nạn xã hội")
dash("Tăng cường các giải pháp phòng, chống xâm hại trẻ em, tai nạn đuối nước trẻ em; nâng cao hiệu quả hoạt động "
     "của Quỹ Bảo trợ trẻ em tỉnh.")
dash("Nâng cao chất lượng công tác cai nghiện ma túy, quản lý sau cai nghiện; đầu tư nâng cấp Cơ sở cai nghiện ma "
     "túy tỉnh.")
arabic("6. Về cải cách hành chính, thanh tra và chuyển đổi số")
dash("Đẩy mạnh cải cách thủ tục hành chính, tăng tỷ lệ hồ sơ trực tuyến toàn trình; hoàn thiện cơ sở dữ liệu về "
     "người có công, đối tượng BTXH, thị trường lao động.")
roman("III. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Bộ Lao động - Thương binh và Xã hội")
dash("Sớm ban hành hướng dẫn thực hiện các chính sách mới của Luật Việc làm (sửa đổi), nhất là chính sách BHTN.")
dash("Quan tâm phân bổ thêm chỉ tiêu tiếp nhận lao động theo Chương trình EPS cho tỉnh Yên Thạch; hỗ trợ tỉnh "
     "đầu tư Trường Cao đẳng Kỹ thuật - Công nghệ Yên Thạch thành trường chất lượng cao.")
dash("Hỗ trợ kinh phí nâng cấp Nghĩa trang liệt sĩ tỉnh và Trung tâm Điều dưỡng người có công tỉnh.")
arabic("2. Đối với HĐND, UBND tỉnh")
dash("Bố trí vốn đối ứng ngân sách địa phương để thực hiện CTMTQG giảm nghèo bền vững năm 2027 theo đúng tỷ lệ "
     "quy định.")
dash("Xem xét nâng mức hỗ trợ đối với người lao động thuộc hộ nghèo, hộ cận nghèo, người DTTS đi làm việc ở nước "
     "ngoài theo hợp đồng.")
dash("Bổ sung biên chế cho Cơ sở cai nghiện ma túy tỉnh và các cơ sở trợ giúp xã hội công lập.")

body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2026 và phương hướng, nhiệm vụ năm 2027 của Sở Lao động - "
     "Thương binh và Xã hội tỉnh Yên Thạch./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ LĐTBXH (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- UBND tỉnh: CT, các PCT (b/c);",
    "- Ban Văn hóa - Xã hội HĐND tỉnh;",
    "- Sở Kế hoạch và Đầu tư, Sở Tài chính;",
    "- UBND các huyện, thị xã, thành phố;",
    "- Phòng LĐTBXH các huyện, thị xã, thành phố;",
    "- Giám đốc, các PGĐ Sở;",
    "- Lưu: VT, VP.",
], [("GIÁM ĐỐC", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần thứ nhất", "Phần thứ nhất › III.1.2", "Phần thứ nhất › III.3.a",
# "Phần thứ hai › II.4")
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"], title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 12, 14, 8, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
