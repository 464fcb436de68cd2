# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 của Bảo hiểm xã hội tỉnh Kim Sơn
(dữ liệu bịa, phục vụ đánh giá).

Write tests/data/bhxh-tinh-kim-son-6-thang-2026.docx: an invented half-year report of a provincial Social
Insurance agency (Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm
2026), written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/bhxh-tinh-kim-son-6-thang-2026.json, eval/real/questions_tune14.jsonl).

Layouts: state-agency header and signature tables without borders (left "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ
HỘI TỈNH KIM SƠN / Số: 1186/BC-BHXH", right "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" and
place/date; signer "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "Nơi nhận:" on the left). Two parts written on two centred lines
("PHẦN THỨ NHẤT" / title, ids "Phần thứ nhất", "Phần thứ hai"). Heading numbers mixed as in a real draft: in Part 1
the first two Roman sections and their items are written with a slash ("I/ ...", "1/ ..."), section III with dots
("III.", "1.", "a)"); Part 2 is written with dashes ("I- ...", "1- ..."); ids are the same as for dots
("Phần thứ nhất › II.3", "Phần thứ hai › III.2"). Under "1/" decimal headings "1.1." ... "1.4." in italic, not bold
(ids "Phần thứ nhất › II.1.1"); lettered "a)" headings and, under II.3.a, "(1)" ... "(3)" headings (ids
"Phần thứ nhất › II.3.a.(1)"); several Part 2 arabic headings not bold. Body paragraphs that begin with a bold lead
phrase and a colon ("Về cải cách thủ tục hành chính: ..."), which are not headings; '-' items with '+' sub-items;
tab-led and first-line-indented paragraphs mixed. A bordered indicators table "Bảng 1" (STT / Chỉ tiêu / Đơn vị
tính / Kế hoạch năm 2026 / Thực hiện 6 tháng / % so KH / Cùng kỳ 2025 / % so cùng kỳ) with Roman group rows
(BHXH bắt buộc, BHXH tự nguyện, BHYT, BHTN, thu, nợ, chi) and "Trong đó" rows, right under "II/" and before
"1/"; a "PHỤ LỤC" after the signature with a table by huyện, thành phố (dân số, số người tham gia BHYT, tỷ lệ bao phủ
BHYT (%), số nợ) and a "Tổng cộng" row. Figures for the same noun in different scopes (người tham gia toàn tỉnh vs
one huyện, vs phát triển mới, vs được hỗ trợ; thu vs chi; bắt buộc vs tự nguyện; 6 tháng 2026 vs cùng kỳ 2025 vs kế
hoạch; chi phí KCB đề nghị thanh toán vs đã thanh toán, tạm ứng); abbreviations BHXH, BHYT, BHTN, KCB, NLĐ, ĐVSDLĐ
used in places and spelled out in others; four real Word footnotes carrying figures found nowhere else; Vietnamese
number format ("1.412.530 người", "95,04%", "3.214,56 tỷ đồng"). Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_bhxh.py [out.docx]
    .venv/bin/python scripts/make_test_report_bhxh.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_bhxh.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from functools import partial
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402

NAME = "bhxh-tinh-kim-son-6-thang-2026"
OUT = ROOT / "tests" / "data" / f"{NAME}.docx"
ZIP_TIME = (2026, 7, 6, 8, 0, 0)
METADATA = {
    "issuer": "Bảo hiểm xã hội tỉnh Kim Sơn",
    "number": "1186/BC-BHXH",
    "date": "ngày 06 tháng 7 năm 2026",
    "place": "Kim Sơn",
    "signer": "Đỗ Mạnh Hùng",
    "signer_title": "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
    "title": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026",
}

R = DocxReport(space_after=3)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def part(first: str, title: str):
    """'PHẦN THỨ NHẤT' and its title on two centred bold lines."""
    HEADINGS.append(("part", first.capitalize(), title))
    R.part(first, title)


def _label(t: str) -> tuple[str, str]:
    num, title = t.split(" ", 1)
    return num.rstrip("./-)"), title


def heading(kind: str, t: str, *, bold: bool, italic: bool = False):
    num, title = _label(t) if kind != "paren" else (t.split(" ", 1)[0], t.split(" ", 1)[1])
    HEADINGS.append((kind, num, title))
    return para(t, bold=bold, italic=italic, keep_next=True)


roman = partial(heading, "roman", bold=True)
arabic = partial(heading, "arabic", bold=True)
arabic_plain = partial(heading, "arabic", bold=False, italic=True)  # a Part 2 item heading a drafter left unbolded
dec = partial(heading, "dec", bold=False, italic=True)
letter = partial(heading, "letter", bold=False, italic=True)
paren = partial(heading, "paren", bold=False, italic=True)


def lead(bold_text: str, *runs, tab: bool = False):
    """A body paragraph that starts with a bold lead phrase ("Về ...:") followed by plain runs (str or Fn)."""
    p = para(bold_text, bold=True, tab=tab)
    for item in runs:
        if isinstance(item, Fn):
            R.footnotes.append(item.text)
            p._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                f'<w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{len(R.footnotes)}"/></w:r>'))
        else:
            p.add_run(item)
    return p


def vn(x: float, nd: int = 2) -> str:
    """Vietnamese decimal: 1234.5 -> '1.234,50'."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pct(a: float, b: float, nd: int = 2) -> str:
    return vn(100.0 * a / b, nd)


def ty(x: float) -> str:  # money in tỷ đồng, two decimals
    return vn(x, 2)


# ----------------------------------------------------------------------------------------------- data
DAN_SO = 1_486_200  # dân số trung bình năm 2026 (ước)
LLLD = 842_600  # lực lượng lao động trong độ tuổi

# người tham gia: (kế hoạch 2026, thực hiện 30/6/2026, cùng kỳ 30/6/2025)
BB = (192_500, 186_742, 178_915)
DV_BB = (7_600, 7_358, 7_046)  # đơn vị tham gia BHXH bắt buộc
TN = (66_800, 58_364, 49_127)
YT = (1_419_300, 1_412_530, 1_389_476)
TNGH = (175_900, 171_208, 164_552)  # BHTN
YT_CK_RATE = "94,12"  # tỷ lệ bao phủ BHYT 30/6/2025
TN_MOI, TN_NSNN = 11_482, 41_905  # BHXH tự nguyện: phát triển mới; được NSNN hỗ trợ
TN_NGHEO, TN_CAN_NGHEO = 3_612, 2_847
TN_MINH_PHONG, TN_MINH_PHONG_TANG = 8_126, 1_532
DV_MOI, LD_MOI = 412, 5_906  # đơn vị, lao động tham gia BHXH bắt buộc mới
BB_NEW_GROUPS, BB_THON = 2_164, 1_375  # footnote only
# BHYT theo nhóm đối tượng
YT_NHOM = {"ld": 201_437, "bhxh": 104_882, "nsnn": 512_906, "hotro": 268_715, "hgd": 324_590}
assert sum(YT_NHOM.values()) == YT[1]
YT_HSSV, YT_HGD_GIAM = 246_308, 8_214

# thu (tỷ đồng): kế hoạch, thực hiện, cùng kỳ
THU = {
    "Thu BHXH bắt buộc": (4_318.60, 1_986.42, 1_812.35),
    "Thu BHXH tự nguyện": (224.50, 96.18, 79.64),
    "Thu BHYT": (2_196.40, 1_024.77, 948.21),
    "Thu BHTN": (233.70, 107.19, 98.46),
}
THU_KH, THU_TH, THU_CK = (round(sum(v[i] for v in THU.values()), 2) for i in range(3))
assert (THU_KH, THU_TH, THU_CK) == (6_973.20, 3_214.56, 2_938.66)
THU_KH_2025 = 6_452.80  # only behind the debt ratio of the same period 2025
NO, NO_CK = 142.37, 158.92
NO_3T, NO_3T_DV, NO_KHO, NO_KHO_DV = 87.65, 1_274, 23.14, 96
NO_KH_RATE = "1,80"

# chi (tỷ đồng)
CHI_NSNN, CHI_HT, CHI_OD, CHI_TNLD, CHI_BHTN, CHI_KCB = 612.48, 2_201.36, 162.05, 20.76, 143.92, 986.26
CHI_QUY = round(CHI_HT + CHI_OD + CHI_TNLD, 2)
CHI = round(CHI_NSNN + CHI_QUY + CHI_BHTN + CHI_KCB, 2)
CHI_CK = 3_795.83
assert (CHI_QUY, CHI) == (2_384.17, 4_126.83) and pct(CHI, CHI_CK) == "108,72"
HUONG, HUONG_CK, HUONG_NSNN, HUONG_TK = 98_416, 96_871, 31_208, 71_845  # hưởng hằng tháng
# giải quyết chế độ
HUU, TNLD_HT, TUAT_HT = 1_987, 23, 136
MOI_HT, MOI_HT_CK = HUU + TNLD_HT + TUAT_HT, 2_032
MOT_LAN, MOT_LAN_CK = 6_814, 7_770
OD, TS, DS = 71_436, 17_908, 7_238
TCTN_HS, TCTN, HOC_NGHE = 6_502, 6_127, 214
assert MOI_HT == 2_146 and OD + TS + DS == 96_582

# KCB BHYT
LUOT_NGOAI, LUOT_NOI = 1_447_260, 177_555
LUOT = LUOT_NGOAI + LUOT_NOI
CP_DNTT, DU_TOAN = 1_012.44, 2_034.50  # chi phí đề nghị thanh toán; dự toán chi KCB năm 2026
BQ_NGOAI = 342_600
BQ_NOI = round((CP_DNTT * 1e9 - LUOT_NGOAI * BQ_NGOAI) / LUOT_NOI, -2)
assert LUOT == 1_624_815 and pct(CP_DNTT, DU_TOAN) == "49,76"

# Phụ lục: (huyện, thành phố; dân số; người tham gia BHYT; số nợ, triệu đồng)
AREAS = [
    ("Thành phố Kim Sơn", 268_450, 262_925, 48_615),
    ("Thành phố Vân Khê", 176_320, 171_242, 27_342),
    ("Huyện An Khương", 162_870, 154_317, 11_908),
    ("Huyện Bảo Ninh", 148_960, 139_844, 9_518),
    ("Huyện Thạch Lâm", 171_540, 163_575, 14_287),
    ("Huyện Ngọc Trà", 139_210, 129_493, 7_153),
    ("Huyện Minh Phong", 158_730, 149_952, 10_624),
    ("Huyện Đồng Tâm", 131_480, 123_013, 6_832),
    ("Huyện Lương Điền", 128_640, 118_169, 6_091),
]
assert (sum(a[1] for a in AREAS), sum(a[2] for a in AREAS), sum(a[3] for a in AREAS)) == (DAN_SO, YT[1], 142_370)
_cov = {a[0]: a[2] / a[1] for a in AREAS}
assert max(_cov, key=_cov.get) == "Thành phố Kim Sơn" and min(_cov, key=_cov.get) == "Huyện Lương Điền"
assert max(AREAS, key=lambda a: a[3])[0] == "Thành phố Kim Sơn"
YT_RATE = pct(YT[1], DAN_SO)
assert YT_RATE == "95,04"
COV = {a[0]: pct(a[2], a[1]) for a in AREAS}

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, col, w in zip(ht.rows[0].cells, ht.columns, (Cm(7.9), Cm(9.4))):
    c.width = col.width = w
cell_lines(ht.rows[0].cells[0], [
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", False, False),
    ("BẢO HIỂM XÃ HỘI TỈNH KIM SƠN", True, False, True),
    ("", False, False),
    ("Số: " + METADATA["number"], False, False),
], size=12)
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    (f"{METADATA['place']}, {METADATA['date']}", False, True),
], size=12)
LAYOUT_TABLES = [ht._tbl]

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026,", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ 6 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("___________", align=CENTER, indent=None)

tabbed("Căn cứ Quyết định số 09/QĐ-BHXH ngày 05/01/2026 của Bảo hiểm xã hội Việt Nam về việc giao chỉ tiêu kế "
       "hoạch thực hiện nhiệm vụ năm 2026; Chương trình công tác năm 2026 của Bảo hiểm xã hội tỉnh, Bảo hiểm xã hội "
       "tỉnh Kim Sơn báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối "
       "năm 2026 như sau:")

# ===================================================================================== PHẦN THỨ NHẤT
part("PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026")
tabbed("Năm 2026 là năm đầu tiên thực hiện trọn năm Luật Bảo hiểm xã hội số 41/2024/QH15 và Luật số 51/2024/QH15 "
       "sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế; cũng là năm đầu hệ thống BHXH tỉnh hoạt động ổn định "
       "theo mô hình tổ chức mới với Văn phòng, 7 phòng nghiệp vụ và 9 BHXH cơ sở, phục vụ người tham gia, thụ hưởng "
       "trên địa bàn 96 xã, phường sau sắp xếp đơn vị hành chính. Mặc dù một số doanh nghiệp dệt may, da giày thiếu "
       "đơn hàng, cắt giảm lao động, với sự quan tâm lãnh đạo, chỉ đạo của Bảo hiểm xã hội Việt Nam, Tỉnh ủy, HĐND, "
       "UBND tỉnh và sự nỗ lực của toàn ngành, BHXH tỉnh Kim Sơn đã hoàn thành cơ bản các nhiệm vụ 6 tháng đầu năm "
       "2026, kết quả cụ thể như sau:")

roman("I/ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH")
arabic("1/ Công tác tham mưu cấp ủy, chính quyền địa phương")
tabbed("BHXH tỉnh đã chủ động tham mưu Tỉnh ủy, HĐND, UBND tỉnh ban hành các văn bản lãnh đạo, chỉ đạo thực hiện "
       "chính sách BHXH, BHYT, BHTN trên địa bàn", Fn(
           "6 tháng đầu năm 2026, BHXH tỉnh đã tham mưu ban hành 14 văn bản (Tỉnh ủy 2 văn bản, HĐND tỉnh 1 văn "
           "bản, UBND tỉnh 11 văn bản); tham gia ý kiến đối với 27 dự thảo văn bản của các sở, ngành có liên quan "
           "đến quyền lợi của người tham gia BHXH, BHYT."),
       ", trong đó có: Quyết định số 214/QĐ-UBND ngày 22/01/2026 của UBND tỉnh về giao chỉ tiêu phát triển người "
       "tham gia BHXH, BHYT năm 2026 cho UBND các xã, phường; Kế hoạch số 36/KH-UBND ngày 15/02/2026 của UBND tỉnh "
       "về thực hiện chỉ tiêu phát triển người tham gia BHXH, BHYT giai đoạn 2026 - 2030; Nghị quyết số "
       "07/2026/NQ-HĐND ngày 18/3/2026 của HĐND tỉnh quy định mức hỗ trợ thêm tiền đóng BHXH tự nguyện, BHYT cho "
       "một số nhóm đối tượng trên địa bàn tỉnh.")
body("Theo Nghị quyết số 07/2026/NQ-HĐND, ngoài mức hỗ trợ của Trung ương, ngân sách tỉnh hỗ trợ thêm 10% mức đóng "
     "BHXH tự nguyện cho người thuộc hộ nghèo, 5% cho người thuộc hộ cận nghèo và các đối tượng khác; hỗ trợ thêm 20% "
     "mức đóng BHYT cho người thuộc hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình. Tổng "
     "kinh phí ngân sách tỉnh bố trí để thực hiện trong năm 2026 là 18,6 tỷ đồng.")
body("Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh được kiện toàn tại Quyết định số 388/QĐ-UBND ngày 04/3/2026 "
     "do đồng chí Phó Chủ tịch UBND tỉnh làm Trưởng ban; 96/96 xã, phường đã kiện toàn ban chỉ đạo cấp xã và đưa chỉ "
     "tiêu bao phủ BHXH, BHYT vào nghị quyết phát triển kinh tế - xã hội năm 2026 của địa phương.")

arabic("2/ Công tác chỉ đạo, điều hành của BHXH tỉnh")
tabbed("Ngay từ đầu năm, Giám đốc BHXH tỉnh ban hành Quyết định số 35/QĐ-BHXH ngày 08/01/2026 giao chỉ tiêu kế "
       "hoạch năm 2026 cho các phòng nghiệp vụ và BHXH cơ sở; xây dựng chương trình công tác, kế hoạch thực hiện "
       "các nhiệm vụ trọng tâm theo từng tháng, quý; duy trì giao ban trực tuyến hằng tháng với BHXH cơ sở để kịp "
       "thời tháo gỡ khó khăn, vướng mắc.")
lead("Về phối hợp liên ngành: ", "BHXH tỉnh đã ký kết, sửa đổi quy chế phối hợp với Công an tỉnh, Sở Y tế, Sở Nội "
     "vụ, Thuế tỉnh, Liên đoàn Lao động tỉnh trong chia sẻ dữ liệu, đôn đốc thu nợ và xử lý vi phạm pháp luật về "
     "BHXH, BHYT; phối hợp với Thuế tỉnh rà soát 4.836 doanh nghiệp đang hoạt động nhưng chưa đăng ký tham gia BHXH "
     "cho người lao động.")
lead("Về thi đua, khen thưởng: ", "phát động đợt thi đua cao điểm \"100 ngày phát triển người tham gia BHXH tự "
     "nguyện, BHYT hộ gia đình\" từ ngày 01/4/2026 đến ngày 09/7/2026; kịp thời biểu dương, khen thưởng các tập thể, "
     "cá nhân có thành tích xuất sắc.")

roman("II/ KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU")
tabbed("Kết quả thực hiện một số chỉ tiêu chủ yếu 6 tháng đầu năm 2026 (số liệu người tham gia, nợ đóng tính đến "
       "ngày 30/6/2026; số thu, số chi lũy kế từ ngày 01/01/2026 đến ngày 30/6/2026) như sau:")
para("Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu 6 tháng đầu năm 2026", bold=True, align=CENTER,
     indent=None, size=13, keep_next=True)


def data_table(header, rows, widths, *, size=11, repeat_header=False):
    """A bordered data table: rows are ("I", label, ...) group rows in bold (Roman STT), ("", "Trong đó: ...")
    rows with the label in italic, ("", "Tổng cộng", ...) in bold, other rows plain."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if repeat_header:
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.width = widths[i]
        cell_lines(c, [(h, True, False)], size=size)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for r in rows:
        cells = t.add_row().cells
        strong = r[0] in ("I", "II", "III", "IV", "V", "VI", "VII") or r[1].startswith("Tổng cộng")
        for i, v in enumerate(r):
            cells[i].width = widths[i]
            italic = i == 1 and (r[1].startswith("Trong đó") or r[1].startswith("- "))
            cell_lines(cells[i], [(v, strong, italic)], align=LEFT if i == 1 else CENTER, size=size)
            cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for col, w in zip(t.columns, widths):
        col.width = w
    return t


def irow(stt, label, unit, kh, th, ck, fmt=vi):
    return (stt, label, unit, fmt(kh), fmt(th), pct(th, kh), fmt(ck), pct(th, ck))


b1 = [
    ("I", "Bảo hiểm xã hội bắt buộc", "", "", "", "", "", ""),
    irow("1", "Số người tham gia BHXH bắt buộc", "Người", *BB),
    irow("2", "Số đơn vị tham gia BHXH bắt buộc", "Đơn vị", *DV_BB),
    ("II", "Bảo hiểm xã hội tự nguyện", "", "", "", "", "", ""),
    irow("3", "Số người tham gia BHXH tự nguyện", "Người", *TN),
    ("III", "Bảo hiểm y tế", "", "", "", "", "", ""),
    irow("4", "Số người tham gia BHYT", "Người", *YT),
    ("5", "Tỷ lệ bao phủ BHYT", "% dân số", "95,50", YT_RATE, "-", YT_CK_RATE, "-"),
    ("IV", "Bảo hiểm thất nghiệp", "", "", "", "", "", ""),
    irow("6", "Số người tham gia BHTN", "Người", *TNGH),
    ("V", "Thu BHXH, BHYT, BHTN", "", "", "", "", "", ""),
    irow("7", "Tổng số thu", "Tỷ đồng", THU_KH, THU_TH, THU_CK, fmt=ty),
    ("", "Trong đó:", "", "", "", "", "", ""),
]
b1 += [irow("", "- " + k, "Tỷ đồng", *v, fmt=ty) for k, v in THU.items()]
b1 += [
    ("VI", "Nợ BHXH, BHYT, BHTN", "", "", "", "", "", ""),
    ("8", "Số tiền chậm đóng", "Tỷ đồng", "-", ty(NO), "-", ty(NO_CK), pct(NO, NO_CK)),
    ("9", "Tỷ lệ nợ so với số phải thu", "%", "≤ " + NO_KH_RATE, pct(NO, THU_KH), "-", pct(NO_CK, THU_KH_2025),
     "-"),
    ("VII", "Chi các chế độ BHXH, BHYT, BHTN", "", "", "", "", "", ""),
    ("10", "Tổng số chi", "Tỷ đồng", "-", ty(CHI), "-", ty(CHI_CK), pct(CHI, CHI_CK)),
    ("11", "Số người hưởng lương hưu, trợ cấp BHXH hằng tháng", "Người", "-", vi(HUONG), "-", vi(HUONG_CK),
     pct(HUONG, HUONG_CK)),
]
data_table(("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện 6 tháng", "% so KH",
            "Cùng kỳ 2025", "% so cùng kỳ"), b1,
           [Cm(1.2), Cm(4.0), Cm(1.6), Cm(2.1), Cm(2.1), Cm(1.4), Cm(2.1), Cm(1.5)], size=11, repeat_header=True)
para("(Kế hoạch năm 2026 theo Quyết định số 09/QĐ-BHXH của Bảo hiểm xã hội Việt Nam; tỷ lệ bao phủ BHYT theo chỉ "
     "tiêu Nghị quyết của HĐND tỉnh.)", italic=True, indent=None, size=12)

arabic("1/ Công tác phát triển người tham gia BHXH, BHYT, BHTN")
tabbed(f"Tính đến ngày 30/6/2026, toàn tỉnh có {vi(BB[1] + TN[1])} người tham gia BHXH, chiếm "
       f"{pct(BB[1] + TN[1], LLLD)}% lực lượng lao động trong độ tuổi (bắt buộc {pct(BB[1], LLLD)}%, tự nguyện "
       f"{pct(TN[1], LLLD)}%); {vi(TNGH[1])} người tham gia bảo hiểm thất nghiệp, chiếm {pct(TNGH[1], LLLD)}% lực "
       f"lượng lao động trong độ tuổi; {vi(YT[1])} người tham gia BHYT.")
dec("1.1. Bảo hiểm xã hội bắt buộc")
body(f"Số người tham gia BHXH bắt buộc là {vi(BB[1])} người", Fn(
    f"Trong số người tham gia BHXH bắt buộc có {vi(BB_NEW_GROUPS)} người thuộc các nhóm đối tượng mới theo Luật Bảo "
    "hiểm xã hội năm 2024 (người làm việc không trọn thời gian, người quản lý doanh nghiệp không hưởng tiền lương, "
    f"người hoạt động không chuyên trách ở thôn, tổ dân phố), trong đó người hoạt động không chuyên trách ở thôn, tổ "
    f"dân phố {vi(BB_THON)} người."),
     f", đạt {pct(BB[1], BB[0])}% kế hoạch, tăng {vi(BB[1] - BB[2])} người ({pct(BB[1] - BB[2], BB[2])}%) so với "
     f"cùng kỳ năm 2025. Số đơn vị sử dụng lao động đang tham gia là {vi(DV_BB[1])} đơn vị; 6 tháng đầu năm phát "
     f"triển mới {DV_MOI} đơn vị với {vi(LD_MOI)} lao động, chủ yếu là doanh nghiệp nhỏ và vừa, hợp tác xã mới "
     "thành lập.")
body("Qua rà soát dữ liệu do Thuế tỉnh cung cấp, BHXH tỉnh đã gửi văn bản đôn đốc, hướng dẫn 2.917 đơn vị, kết quả "
     "có 268 đơn vị đăng ký tham gia với 1.934 lao động.")
dec("1.2. Bảo hiểm xã hội tự nguyện")
body(f"Số người tham gia BHXH tự nguyện là {vi(TN[1])} người, đạt {pct(TN[1], TN[0])}% kế hoạch BHXH Việt Nam "
     f"giao, tăng {vi(TN[1] - TN[2])} người ({pct(TN[1] - TN[2], TN[2])}%) so với cùng kỳ năm 2025; 6 tháng đầu "
     f"năm phát triển mới {vi(TN_MOI)} người. Số người được ngân sách nhà nước hỗ trợ tiền đóng là {vi(TN_NSNN)} "
     f"người, trong đó người thuộc hộ nghèo {vi(TN_NGHEO)} người, hộ cận nghèo {vi(TN_CAN_NGHEO)} người, đối tượng "
     f"khác {vi(TN_NSNN - TN_NGHEO - TN_CAN_NGHEO)} người.")
body(f"Địa bàn huyện Minh Phong (cũ) tiếp tục dẫn đầu toàn tỉnh với {vi(TN_MINH_PHONG)} người tham gia BHXH tự "
     f"nguyện, tăng {vi(TN_MINH_PHONG_TANG)} người so với cùng kỳ; các địa bàn huyện Lương Điền, Đồng Tâm có kết "
     "quả phát triển thấp, chưa đạt 80% chỉ tiêu giao 6 tháng. Tỷ lệ người tham gia BHXH tự nguyện dừng đóng trong "
     "6 tháng còn cao (khoảng 14% số người tham gia), chủ yếu là lao động tự do, thu nhập không ổn định.")
dec("1.3. Bảo hiểm y tế")
tabbed(f"Số người tham gia BHYT là {vi(YT[1])} người, tăng {vi(YT[1] - YT[2])} người so với cùng kỳ năm 2025; tỷ "
       f"lệ bao phủ BHYT đạt {YT_RATE}% dân số (chỉ tiêu Nghị quyết HĐND tỉnh giao năm 2026 là 95,5%). Cơ cấu người "
       "tham gia theo nhóm đối tượng:")
dash(f"Nhóm do người lao động và người sử dụng lao động đóng: {vi(YT_NHOM['ld'])} người;")
dash(f"Nhóm do tổ chức BHXH đóng: {vi(YT_NHOM['bhxh'])} người;")
dash(f"Nhóm do ngân sách nhà nước đóng: {vi(YT_NHOM['nsnn'])} người;")
dash(f"Nhóm được ngân sách nhà nước hỗ trợ mức đóng: {vi(YT_NHOM['hotro'])} người, trong đó học sinh, sinh viên "
     f"{vi(YT_HSSV)} người;")
dash(f"Nhóm tham gia BHYT theo hộ gia đình: {vi(YT_NHOM['hgd'])} người, giảm {vi(YT_HGD_GIAM)} người so với cùng kỳ "
     "do một số nhóm đối tượng chuyển sang nhóm được ngân sách đóng, hỗ trợ đóng theo Luật Bảo hiểm y tế sửa đổi.")
body("Tỷ lệ bao phủ BHYT không đồng đều giữa các địa bàn: cao nhất là thành phố Kim Sơn "
     f"({COV['Thành phố Kim Sơn']}%), thấp nhất là huyện Lương Điền ({COV['Huyện Lương Điền']}%) (chi tiết tại Phụ "
     "lục kèm theo).")
dec("1.4. Bảo hiểm thất nghiệp")
body(f"Số người tham gia BHTN là {vi(TNGH[1])} người, đạt {pct(TNGH[1], TNGH[0])}% kế hoạch, tăng "
     f"{pct(TNGH[1] - TNGH[2], TNGH[2])}% so với cùng kỳ năm 2025. Số người tham gia BHTN thấp hơn số người tham "
     "gia BHXH bắt buộc do cán bộ, công chức và một số nhóm đối tượng không thuộc diện tham gia BHTN.")

arabic("2/ Công tác thu và quản lý nợ")
letter("a) Kết quả thu")
tabbed(f"Tổng số thu BHXH, BHYT, BHTN 6 tháng đầu năm 2026 là {ty(THU_TH)} tỷ đồng, đạt {pct(THU_TH, THU_KH)}% kế "
       f"hoạch thu năm ({ty(THU_KH)} tỷ đồng), tăng {ty(THU_TH - THU_CK)} tỷ đồng ({pct(THU_TH - THU_CK, THU_CK)}%) "
       "so với cùng kỳ năm 2025, trong đó:")
for k, v in THU.items():
    dash(f"{k}: {ty(v[1])} tỷ đồng;" if k != "Thu BHTN" else f"{k}: {ty(v[1])} tỷ đồng.")
body("Số thu BHXH tự nguyện tăng cao nhờ kết quả phát triển người tham gia và chính sách hỗ trợ thêm của tỉnh; số "
     "thu BHYT tăng chủ yếu do điều chỉnh mức lương cơ sở và mở rộng nhóm đối tượng được ngân sách nhà nước đóng.")
letter("b) Tình hình nợ đóng, chậm đóng")
tabbed(f"Tính đến ngày 30/6/2026, số tiền chậm đóng BHXH, BHYT, BHTN là {ty(NO)} tỷ đồng, chiếm {pct(NO, THU_KH)}% "
       f"số phải thu, giảm {ty(NO_CK - NO)} tỷ đồng so với cùng kỳ năm 2025 ({ty(NO_CK)} tỷ đồng); trong đó nợ từ 3 "
       f"tháng trở lên {ty(NO_3T)} tỷ đồng của {vi(NO_3T_DV)} đơn vị", Fn(
           "Đơn vị có số tiền chậm đóng lớn nhất là Công ty TNHH May mặc Hưng Phát Kim Sơn với 4,87 tỷ đồng (chậm "
           "đóng 19 tháng, ảnh hưởng đến quyền lợi của 1.146 người lao động); BHXH tỉnh đã chuyển hồ sơ đề nghị Cơ "
           "quan Cảnh sát điều tra Công an tỉnh xem xét, xử lý theo Điều 216 Bộ luật Hình sự."),
       f"; nợ khó thu {ty(NO_KHO)} tỷ đồng của {NO_KHO_DV} đơn vị (doanh nghiệp đã giải thể, phá sản, chủ doanh "
       "nghiệp bỏ trốn, không còn hoạt động tại địa chỉ đăng ký).")
body("Để giảm số nợ, BHXH tỉnh đã triển khai đồng bộ các giải pháp:")
dash("Hằng tháng gửi thông báo kết quả đóng BHXH, BHYT, BHTN đến 100% ĐVSDLĐ; gửi văn bản đôn đốc, mời làm việc "
     "trực tiếp với 1.532 đơn vị chậm đóng;")
dash("Thành lập 4 tổ công tác liên ngành đôn đốc thu nợ (BHXH tỉnh, Sở Nội vụ, Liên đoàn Lao động tỉnh, Công an "
     "tỉnh), trong đó:")
plus("Làm việc trực tiếp tại 186 đơn vị nợ từ 3 tháng trở lên, thu hồi 31,42 tỷ đồng;")
plus("Đề nghị Thuế tỉnh, Sở Tài chính phối hợp cung cấp thông tin về tình trạng hoạt động của 96 đơn vị nợ khó thu;")
dash("Công khai danh sách đơn vị chậm đóng trên Cổng thông tin điện tử của tỉnh và các phương tiện thông tin đại "
     "chúng (6 tháng công khai 3 đợt với 437 đơn vị);")
dash("Chuyển hồ sơ đề nghị cơ quan công an điều tra, xử lý đối với các đơn vị có dấu hiệu trốn đóng BHXH, BHYT, "
     "BHTN cho người lao động.")

arabic("3/ Công tác giải quyết và chi trả các chế độ bảo hiểm xã hội, bảo hiểm thất nghiệp")
letter("a) Giải quyết các chế độ")
paren("(1) Chế độ hưu trí, tử tuất và tai nạn lao động, bệnh nghề nghiệp")
body(f"Giải quyết hưởng lương hưu, trợ cấp BHXH hằng tháng cho {vi(MOI_HT)} người (lương hưu {vi(HUU)} người, trợ "
     f"cấp tai nạn lao động, bệnh nghề nghiệp hằng tháng {TNLD_HT} người, trợ cấp tuất hằng tháng {TUAT_HT} người), "
     f"tăng {pct(MOI_HT - MOI_HT_CK, MOI_HT_CK, 1)}% so với cùng kỳ năm 2025. Giải quyết hưởng BHXH một lần cho "
     f"{vi(MOT_LAN)} người, giảm {pct(MOT_LAN_CK - MOT_LAN, MOT_LAN_CK, 1)}% so với cùng kỳ; trợ cấp tuất một lần "
     "cho 512 người; trợ cấp mai táng cho 1.458 người.")
paren("(2) Chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe")
body(f"Giải quyết cho {vi(OD + TS + DS)} lượt người hưởng chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe (ốm "
     f"đau {vi(OD)} lượt, thai sản {vi(TS)} lượt, DSPHSK {vi(DS)} lượt). Qua kiểm tra hồ sơ, đã từ chối giải quyết "
     "hoặc thu hồi 146 trường hợp hưởng chế độ ốm đau không đúng quy định do giấy chứng nhận nghỉ việc hưởng BHXH "
     "không hợp lệ.")
paren("(3) Chế độ bảo hiểm thất nghiệp")
body(f"Tiếp nhận {vi(TCTN_HS)} hồ sơ đề nghị hưởng trợ cấp thất nghiệp; đến ngày 30/6/2026, Sở Nội vụ đã ban hành "
     f"quyết định hưởng trợ cấp thất nghiệp cho {vi(TCTN)} người, hỗ trợ học nghề cho {HOC_NGHE} người; BHXH tỉnh "
     "thực hiện chi trả và cấp thẻ BHYT kịp thời cho người hưởng trợ cấp thất nghiệp theo quy định.")
letter("b) Công tác chi trả")
tabbed(f"Tổng số chi các chế độ BHXH, BHYT, BHTN 6 tháng đầu năm 2026 là {ty(CHI)} tỷ đồng, tăng "
       f"{vn(100 * CHI / CHI_CK - 100)}% so với cùng kỳ năm 2025, trong đó:")
dash(f"Chi từ nguồn ngân sách nhà nước: {ty(CHI_NSNN)} tỷ đồng;")
dash(f"Chi từ quỹ BHXH: {ty(CHI_QUY)} tỷ đồng, gồm:")
plus(f"Quỹ hưu trí, tử tuất: {ty(CHI_HT)} tỷ đồng;")
plus(f"Quỹ ốm đau, thai sản: {ty(CHI_OD)} tỷ đồng;")
plus(f"Quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp: {ty(CHI_TNLD)} tỷ đồng;")
dash(f"Chi bảo hiểm thất nghiệp: {ty(CHI_BHTN)} tỷ đồng;")
dash(f"Chi khám bệnh, chữa bệnh BHYT (thanh toán, tạm ứng cho cơ sở KCB): {ty(CHI_KCB)} tỷ đồng.")
body(f"Số người hưởng lương hưu, trợ cấp BHXH hằng tháng đang quản lý là {vi(HUONG)} người (hưởng từ nguồn ngân "
     f"sách nhà nước {vi(HUONG_NSNN)} người, từ quỹ BHXH {vi(HUONG - HUONG_NSNN)} người). Số người nhận lương hưu, "
     f"trợ cấp qua tài khoản cá nhân là {vi(HUONG_TK)} người, chiếm {pct(HUONG_TK, HUONG)}% (khu vực đô thị đạt "
     "89,4%); việc chi trả bảo đảm đúng đối tượng, đầy đủ, kịp thời, an toàn.")

arabic("4/ Thực hiện chính sách BHYT; giám định, thanh toán chi phí khám bệnh, chữa bệnh BHYT")
tabbed("BHXH tỉnh đã ký hợp đồng KCB BHYT năm 2026 với 214 cơ sở khám bệnh, chữa bệnh (168 cơ sở công lập, 46 cơ sở "
       "ngoài công lập), trong đó 96 trạm y tế xã, phường; liên thông giấy chuyển tuyến, giấy hẹn khám lại điện tử "
       "tại 100% bệnh viện.")
body(f"6 tháng đầu năm 2026, toàn tỉnh có {vi(LUOT)} lượt khám bệnh, chữa bệnh BHYT (ngoại trú {vi(LUOT_NGOAI)} "
     f"lượt, nội trú {vi(LUOT_NOI)} lượt), tăng 7,9% so với cùng kỳ; chi phí KCB BHYT đề nghị thanh toán là "
     f"{ty(CP_DNTT)} tỷ đồng, tăng 11,6% so với cùng kỳ, bằng {pct(CP_DNTT, DU_TOAN)}% dự toán chi KCB BHYT năm 2026 "
     f"được giao ({ty(DU_TOAN)} tỷ đồng). Chi phí bình quân một lượt khám ngoại trú là {vi(BQ_NGOAI)} đồng, một "
     f"đợt điều trị nội trú là {vi(int(BQ_NOI))} đồng.")
tabbed("Công tác giám định được tăng cường, chú trọng giám định điện tử trên Hệ thống thông tin giám định BHYT và "
       "giám định chuyên đề đối với các dịch vụ kỹ thuật có tần suất chỉ định cao", Fn(
           "Tổng số tiền từ chối thanh toán qua công tác giám định 6 tháng đầu năm 2026 là 7,14 tỷ đồng, trong đó "
           "qua giám định tập trung 2,41 tỷ đồng; ngoài ra thu hồi 1,19 tỷ đồng theo kết luận thanh tra, kiểm tra "
           "của Sở Y tế."),
       ". Qua giám định phát hiện một số cơ sở KCB chỉ định xét nghiệm, chẩn đoán hình ảnh chưa phù hợp, kéo dài "
       "ngày điều trị nội trú; BHXH tỉnh đã thông báo để các cơ sở điều chỉnh và đề nghị Sở Y tế chấn chỉnh.")
body("Có 3 cơ sở khám bệnh, chữa bệnh có chi phí KCB BHYT 6 tháng vượt trên 60% dự toán năm được thông báo; BHXH "
     "tỉnh đã báo cáo UBND tỉnh, phối hợp với Sở Y tế làm việc với các đơn vị để kiểm soát chi phí, không để vượt "
     "dự toán cả năm.")

arabic("5/ Cải cách thủ tục hành chính, chuyển đổi số")
lead("Về cải cách thủ tục hành chính: ", "6 tháng đầu năm 2026, toàn ngành tiếp nhận 412.638 hồ sơ, trong đó giao "
     "dịch điện tử chiếm 98,7%; tỷ lệ hồ sơ trả kết quả đúng hạn đạt 99,86%. BHXH tỉnh tiếp tục thực hiện liên "
     "thông điện tử nhóm thủ tục hành chính \"Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ BHYT cho trẻ em dưới "
     "6 tuổi\" và \"Đăng ký khai tử - Xóa đăng ký thường trú - Hỗ trợ chi phí mai táng, hưởng trợ cấp mai táng\".")
lead("Về chuyển đổi số: ", "đã xác thực thông tin của 1.462.019 người tham gia BHXH, BHYT với Cơ sở dữ liệu quốc "
     "gia về dân cư, đạt 98,37% tổng số người có trong cơ sở dữ liệu ngành quản lý; 86,4% lượt KCB BHYT sử dụng căn "
     "cước công dân gắn chip hoặc ứng dụng VNeID; ứng dụng VssID có 612.345 tài khoản được cài đặt, sử dụng.")

arabic("6/ Công tác thanh tra, kiểm tra")
body("BHXH tỉnh đã thực hiện thanh tra chuyên ngành đóng BHXH, BHYT, BHTN tại 38 đơn vị, kiểm tra 112 đơn vị sử dụng "
     "lao động và 23 cơ sở khám bệnh, chữa bệnh BHYT. Qua thanh tra, kiểm tra phát hiện 1.236 NLĐ chưa được đóng "
     "hoặc đóng chưa đủ BHXH, BHYT, BHTN; đã yêu cầu các đơn vị truy đóng, truy thu 9,82 tỷ đồng; ban hành 9 quyết "
     "định xử phạt vi phạm hành chính với tổng số tiền phạt 612 triệu đồng.")
body("Tiếp nhận, giải quyết 74 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh, đạt 100%; không có đơn thư tồn "
     "đọng, kéo dài.")

arabic("7/ Công tác tuyên truyền và tổ chức cán bộ")
lead("Công tác tuyên truyền: ", "phối hợp với Bưu điện tỉnh, UBND các xã, phường tổ chức 126 hội nghị tuyên truyền, "
     "đối thoại trực tiếp với 9.480 người tham dự; qua hội nghị có 3.215 người đăng ký tham gia BHXH tự nguyện, "
     "BHYT hộ gia đình; vận động tặng 2.460 sổ BHXH và 5.318 thẻ BHYT cho người có hoàn cảnh khó khăn.")
lead("Tổ chức cán bộ: ", "toàn ngành hiện có 386 công chức, viên chức và người lao động (BHXH tỉnh 142 người, BHXH "
     "cơ sở 244 người); đã sắp xếp, bố trí công chức phù hợp với mô hình tổ chức mới; cử 58 lượt công chức tham dự "
     "các lớp bồi dưỡng nghiệp vụ do BHXH Việt Nam tổ chức.")

roman("III. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
dash("Công tác tham mưu cấp ủy, chính quyền địa phương được chú trọng; chỉ tiêu phát triển người tham gia BHXH, "
     "BHYT tiếp tục được giao đến từng xã, phường, tạo chuyển biến trong chỉ đạo thực hiện ở cơ sở.")
dash("Số người tham gia BHXH, BHYT, BHTN đều tăng so với cùng kỳ; BHXH tự nguyện tăng cao; số thu tăng, tỷ lệ nợ "
     "giảm so với cùng kỳ năm 2025.")
dash("Giải quyết, chi trả các chế độ kịp thời, đúng quy định; cải cách thủ tục hành chính, chuyển đổi số đạt "
     "nhiều kết quả.")
arabic("2. Tồn tại, hạn chế")
dash("Tỷ lệ bao phủ BHYT chưa đạt chỉ tiêu Nghị quyết HĐND tỉnh giao; số người tham gia BHYT hộ gia đình giảm; "
     "còn chênh lệch lớn về tỷ lệ bao phủ giữa các địa bàn.")
dash("Số tiền chậm đóng còn lớn, tỷ lệ nợ chưa đạt kế hoạch BHXH Việt Nam giao; còn nhiều doanh nghiệp chưa đăng "
     "ký tham gia BHXH cho người lao động, tình trạng trốn đóng chưa được xử lý triệt để.")
dash("Số người tham gia BHXH tự nguyện dừng đóng còn cao; kết quả phát triển ở một số địa bàn miền núi thấp.")
dash("Chi phí KCB BHYT tăng nhanh, một số cơ sở có nguy cơ vượt dự toán; tình trạng lạm dụng, trục lợi quỹ BHYT "
     "vẫn còn xảy ra.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Tình hình sản xuất, kinh doanh của một số doanh nghiệp còn khó khăn, thiếu đơn hàng, phải thu hẹp sản xuất, "
     "cắt giảm lao động, dẫn đến chậm đóng, nợ đóng BHXH.")
dash("Thu nhập của người dân ở khu vực nông thôn, miền núi chưa ổn định; một bộ phận người lao động chưa nhận thức "
     "đầy đủ về quyền lợi khi tham gia BHXH, BHYT.")
dash("Chế tài xử lý hành vi chậm đóng, trốn đóng chưa đủ sức răn đe; việc khởi tố hình sự đối với hành vi trốn đóng "
     "còn khó khăn do vướng mắc trong chứng minh.")
letter("b) Nguyên nhân chủ quan")
dash("Một số cấp ủy, chính quyền cấp xã chưa quan tâm đúng mức đến công tác phát triển người tham gia; công chức cấp "
     "xã được giao theo dõi lĩnh vực BHXH, BHYT thường xuyên thay đổi.")
dash("Công tác phối hợp giữa cơ quan BHXH với các sở, ngành trong chia sẻ dữ liệu, đôn đốc thu nợ có lúc chưa kịp "
     "thời; hoạt động của một số tổ chức dịch vụ thu hiệu quả chưa cao.")
dash("Năng lực của một bộ phận công chức, viên chức chưa đáp ứng yêu cầu nhiệm vụ trong giai đoạn chuyển đổi số.")

# ===================================================================================== PHẦN THỨ HAI
part("PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026")
roman("I- MỤC TIÊU, CHỈ TIÊU")
tabbed("Phấn đấu hoàn thành toàn diện các chỉ tiêu kế hoạch năm 2026 được Bảo hiểm xã hội Việt Nam, UBND tỉnh giao, "
       "cụ thể đến ngày 31/12/2026:")
dash(f"Số người tham gia BHXH bắt buộc đạt {vi(BB[0])} người; BHXH tự nguyện đạt {vi(TN[0])} người; số người tham "
     "gia bảo hiểm thất nghiệp đạt 100% kế hoạch giao;")
dash("Tỷ lệ bao phủ BHYT đạt 95,5% dân số trở lên;")
dash(f"Thu BHXH, BHYT, BHTN đạt 100% kế hoạch ({ty(THU_KH)} tỷ đồng); tỷ lệ nợ dưới {NO_KH_RATE}% so với số phải "
     "thu;")
dash("Giải quyết, chi trả đầy đủ, kịp thời các chế độ; 100% người hưởng lương hưu, trợ cấp hằng tháng ở khu vực đô "
     "thị nhận qua tài khoản cá nhân.")
roman("II- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1- Tăng cường tham mưu cấp ủy, chính quyền và phối hợp liên ngành")
body("Tham mưu UBND tỉnh tổ chức sơ kết 6 tháng thực hiện chỉ tiêu phát triển người tham gia BHXH, BHYT; đề nghị "
     "đưa kết quả thực hiện chỉ tiêu vào tiêu chí đánh giá, xếp loại thi đua đối với UBND các xã, phường; phát huy "
     "vai trò của Ban Chỉ đạo thực hiện chính sách BHXH, BHYT các cấp.")
arabic_plain("2- Đẩy mạnh phát triển người tham gia BHXH, BHYT")
body("Tập trung khai thác dữ liệu doanh nghiệp, hộ kinh doanh từ cơ quan thuế để phát triển người tham gia BHXH bắt "
     "buộc; đổi mới hình thức tuyên truyền, đối thoại trực tiếp; vận động người tham gia BHXH tự nguyện dừng đóng "
     "quay lại tham gia; tổ chức chiến dịch cao điểm cấp thẻ BHYT cho học sinh, sinh viên năm học 2026 - 2027.")
arabic_plain("3- Tập trung đôn đốc thu, giảm nợ đóng, chậm đóng")
body("Phân loại đơn vị nợ để có biện pháp phù hợp; tăng cường thanh tra chuyên ngành đột xuất đối với đơn vị nợ kéo "
     "dài; kiên quyết chuyển hồ sơ đến cơ quan công an đối với các trường hợp có dấu hiệu trốn đóng; công khai danh "
     "sách đơn vị chậm đóng trên các phương tiện thông tin đại chúng.")
arabic_plain("4- Quản lý chặt chẽ quỹ BHYT, kiểm soát chi phí KCB")
body("Tăng cường giám định điện tử, giám định chuyên đề; theo dõi chặt chẽ chi phí KCB BHYT của từng cơ sở so với "
     "dự toán được giao; phối hợp với Sở Y tế chấn chỉnh tình trạng chỉ định dịch vụ không phù hợp, phát hiện và "
     "xử lý kịp thời các hành vi lạm dụng, trục lợi quỹ BHYT.")
arabic("5- Đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số")
body("Tiếp tục làm sạch, đồng bộ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư; mở rộng chi trả không dùng tiền mặt; "
     "nâng cao chất lượng phục vụ tại bộ phận một cửa; đẩy mạnh sử dụng ứng dụng VssID, VNeID trong giao dịch với "
     "cơ quan BHXH.")
roman("III- KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1- Đối với Bảo hiểm xã hội Việt Nam")
dash("Sớm hướng dẫn thống nhất quy trình thu, cấp sổ BHXH đối với các nhóm đối tượng mới tham gia BHXH bắt buộc theo "
     "Luật Bảo hiểm xã hội năm 2024;")
dash("Xem xét điều chỉnh, bổ sung dự toán chi KCB BHYT năm 2026 cho tỉnh Kim Sơn phù hợp với thực tế sử dụng;")
dash("Nâng cấp phần mềm nghiệp vụ để kết nối, khai thác dữ liệu đăng ký kinh doanh, dữ liệu thuế phục vụ phát triển "
     "người tham gia.")
arabic("2- Đối với Ủy ban nhân dân tỉnh")
dash("Chỉ đạo UBND các xã, phường đưa chỉ tiêu phát triển người tham gia BHXH, BHYT vào đánh giá mức độ hoàn thành "
     "nhiệm vụ của người đứng đầu;")
dash("Chỉ đạo Công an tỉnh đẩy nhanh tiến độ điều tra, xử lý các vụ việc có dấu hiệu tội trốn đóng BHXH, BHYT, "
     "BHTN do BHXH tỉnh chuyển đến;")
dash("Bố trí kịp thời kinh phí ngân sách tỉnh đóng, hỗ trợ đóng BHYT cho các nhóm đối tượng theo quy định.")

tabbed("Trên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối "
       "năm 2026 của Bảo hiểm xã hội tỉnh Kim Sơn./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- BHXH Việt Nam (để b/c);",
    "- Thường trực Tỉnh ủy (để b/c);",
    "- Thường trực HĐND tỉnh (để b/c);",
    "- UBND tỉnh (để b/c);",
    "- Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh;",
    "- Giám đốc, các Phó Giám đốc;",
    "- Các phòng nghiệp vụ, BHXH cơ sở;",
    "- Lưu: VT, VP.",
], [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False)] + [("", False, False)] * 4
   + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)

# ------------------------------------------------------------------------------------------ PHỤ LỤC
doc.add_page_break()
PL_TITLE = ("SỐ NGƯỜI THAM GIA BHYT, TỶ LỆ BAO PHỦ BHYT VÀ SỐ NỢ BHXH, BHYT, BHTN THEO HUYỆN, THÀNH PHỐ ĐẾN NGÀY "
            "30/6/2026")
HEADINGS.append(("appendix", "PHỤ LỤC", PL_TITLE))
para("PHỤ LỤC", bold=True, align=CENTER, indent=None, keep_next=True)
para(PL_TITLE, bold=True, align=CENTER, indent=None, keep_next=True)
para(f"(Kèm theo Báo cáo số {METADATA['number']} ngày 06/7/2026 của Bảo hiểm xã hội tỉnh Kim Sơn)", italic=True,
     align=CENTER, indent=None, size=13, keep_next=True)
para("Số liệu tổng hợp theo địa bàn các huyện, thành phố trước ngày 01/7/2025 (mỗi địa bàn do một BHXH cơ sở quản "
     "lý); dân số là dân số trung bình năm 2026 do Thống kê tỉnh cung cấp.", italic=True, align=LEFT, indent=None,
     size=12, keep_next=True)
pl = [(str(i), name, vi(ds), vi(yt), COV[name], vi(no)) for i, (name, ds, yt, no) in enumerate(AREAS, 1)]
pl.append(("", "Tổng cộng", vi(DAN_SO), vi(YT[1]), YT_RATE, vi(sum(a[3] for a in AREAS))))
data_table(("STT", "Huyện, thành phố", "Dân số (người)", "Số người tham gia BHYT (người)", "Tỷ lệ bao phủ BHYT (%)",
            "Số nợ BHXH, BHYT, BHTN (triệu đồng)"), pl,
           [Cm(1.3), Cm(4.2), Cm(2.5), Cm(2.8), Cm(2.4), Cm(2.8)], size=12)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần thứ nhất", "Phần thứ nhất › II.1.3", "Phần thứ nhất › II.3.a.(2)",
# "Phần thứ hai › III.2", "Phụ lục")
# --------------------------------------------------------------------------------------------------
def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def outline() -> list[dict]:
    items: list[dict] = []
    scope = ""
    rid = aid = did = lid = None
    for kind, num, title in HEADINGS:
        if kind in ("part", "appendix"):
            scope = num if kind == "part" else "Phụ lục"
            rid = aid = did = lid = None
            items.append({"id": scope, "title": title})
            continue
        if kind == "roman":
            rid, aid, did, lid = num, None, None, None
            sid = rid
        elif kind == "arabic":
            aid, did, lid = (f"{rid}.{num}" if rid else num), None, None
            sid = aid
        elif kind == "dec":  # "1.2" under "II.1" -> "II.1.2"
            head, rest = num.split(".", 1)
            assert aid and aid.rsplit(".", 1)[-1] == head, (aid, num)
            did, lid = f"{aid}.{rest}", None
            sid = did
        elif kind == "letter":
            lid = f"{did or aid or rid}.{num}"
            sid = lid
        else:  # "(1)"
            sid = f"{lid or did or aid}.{num}"
        items.append({"id": f"{scope} › {sid}", "title": title})
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), ids
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
           created=dt.datetime(2026, 7, 6, 8, 0, 0))
    print(f"saved {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
