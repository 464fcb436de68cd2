"""Sinh báo cáo giả định tình hình thực hiện dự toán NSNN 9 tháng đầu năm 2026 của Sở Tài chính tỉnh Bình Khê (dữ liệu bịa).

Writes tests/data/so-tai-chinh-binh-khe-9-thang-2026.pdf: an invented report of the Department of Finance (Sở Tài
chính) of the fictional province of Bình Khê on how the 2026 state budget estimate was carried out in the first nine
months and on the tasks for the last quarter, written by a helper who never saw the assistant's code (held-out
labels: eval/real/outlines/so-tai-chinh-binh-khe-9-thang-2026.json, eval/real/questions_held8.jsonl).
Born-digital (reportlab, embedded DejaVu Serif): a two-column state header on the first page ("UBND TỈNH BÌNH KHÊ /
SỞ TÀI CHÍNH", "Số: 418/BC-STC" | national motto, place and date), a running header and page numbers on every page
after the first, five page-bottom footnotes whose markers are glued to the preceding word and whose figures appear
nowhere else, two parts ("Phần thứ nhất" / "Phần thứ hai", the title on the next line) whose Roman numbering
restarts in the second part, Arabic "1." headings, one section with decimal "2.1." … "2.5." headings, "a)" … "d)"
headings, one heading long enough to wrap over two lines, '-' and '+' items, and a bordered table "Biểu 01" (thu
NSNN: dự toán Trung ương giao / dự toán HĐND tỉnh giao / thực hiện 9 tháng / so dự toán / so cùng kỳ) with bold
group rows, an italic "Trong đó:" sub-row and cells wrapping over two lines. After the signature block with
"Nơi nhận:", on its own page, a "Phụ lục" table by huyện / thị xã / thành phố with a two-level column header,
grouped rows ("A." thành phố, thị xã / "B." huyện đồng bằng / "C." huyện miền núi, each with subtotals) and a
"Tổng cộng" row. Figures use the Vietnamese format (12.081,5 tỷ đồng; 77,1%); NSNN, NSĐP, XDCB, DNNN are
abbreviated in some places and spelled out in others; the same nouns recur for different periods (9 tháng,
cùng kỳ 2025, ước cả năm) and budgets (dự toán Trung ương giao, dự toán HĐND tỉnh giao).

Run: .venv/bin/python scripts/make_test_report_so_tai_chinh.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_so_tai_chinh.py --outline  (expected outline)
     .venv/bin/python scripts/make_test_report_so_tai_chinh.py --text     (plain text)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` finds the kit
# the kit must come before any other reportlab import: it switches reportlab to invariant mode
from scripts.pdf_report_kit import (FRAME_W, block_flowables, build_pdf as _build_pdf, clean,  # noqa: E402
                                    nfc, number_footnotes, report_main, signature, strip_markup,
                                    table_flowables, vn_int)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import CondPageBreak, HRFlowable, PageBreak, Paragraph, Spacer, Table, TableStyle  # noqa: E402

NAME = "so-tai-chinh-binh-khe-9-thang-2026"
PDF = ROOT / "tests" / "data" / f"{NAME}.pdf"

HEADER_TEXT = "Báo cáo tình hình thực hiện dự toán NSNN 9 tháng đầu năm 2026 - Sở Tài chính tỉnh Bình Khê"
TITLE_LINE = "BÁO CÁO"
SUBTITLE = ("Tình hình thực hiện dự toán ngân sách nhà nước 9 tháng\n"
            "đầu năm 2026, nhiệm vụ, giải pháp 3 tháng cuối năm")
METADATA = {"issuer": "Sở Tài chính tỉnh Bình Khê", "number": "418/BC-STC",
            "date": "ngày 12 tháng 10 năm 2026", "place": "Khê Thành", "signer": "Phạm Thị Thu Hà",
            "signer_title": "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
            "title": "Tình hình thực hiện dự toán ngân sách nhà nước 9 tháng đầu năm 2026, nhiệm vụ, giải pháp "
                     "3 tháng cuối năm"}


def v(tenths: int) -> str:
    """A figure kept in tenths (120815 -> "12.081,5")."""
    return f"{vn_int(tenths // 10)},{tenths % 10}"


def p(a: int, b: int) -> str:
    """a/b in per cent, one decimal, rounded half up with integers only."""
    t = (2000 * a + b) // (2 * b)
    return f"{t // 10},{t % 10}"


def up(a: int, b: int) -> str:
    """How much a is above b, in per cent ("tăng x%")."""
    t = (2000 * (a - b) + b) // (2 * b)
    return f"{t // 10},{t % 10}"


# --------------------------------------------------------------------------------------------------
# Phụ lục first: thu nội địa by huyện / thị xã / thành phố adds up to the province's thu nội địa.
# (STT, tên, dự toán HĐND tỉnh giao thu nội địa, thực hiện 9 tháng, trong đó tiền sử dụng đất,
#  dự toán chi ngân sách huyện, thực hiện chi 9 tháng, kế hoạch vốn đầu tư công huyện quản lý, đã giải ngân)
# all money in tenths of tỷ đồng
# --------------------------------------------------------------------------------------------------
GROUPS = [
    ("A", "Thành phố, thị xã", [
        ("1", "Thành phố Khê Thành", 64200, 48985, 14286, 23156, 14982, 9124, 5639),
        ("2", "Thị xã An Lạc", 19600, 15660, 5023, 11084, 7429, 3586, 2094),
    ]),
    ("B", "Các huyện đồng bằng", [
        ("3", "Huyện Phước Sơn", 10850, 8116, 1862, 9125, 6347, 2218, 1471),
        ("4", "Huyện Tân Hòa", 11420, 9296, 2148, 9683, 6881, 2364, 1690),
        ("5", "Huyện Đông Khê", 9680, 6824, 1480, 8746, 5703, 2015, 1062),
        ("6", "Huyện Vĩnh Bình", 8200, 6880, 1314, 8269, 5794, 1842, 1177),
    ]),
    ("C", "Các huyện miền núi", [
        ("7", "Huyện Hòa Mỹ", 5240, 4124, 386, 7421, 5248, 2436, 1174),
        ("8", "Huyện Trà Linh", 3760, 2767, 127, 6895, 4550, 2687, 1064),
        ("9", "Huyện Sơn Nguyên", 5050, 3742, 219, 7058, 4982, 2512, 1108),
    ]),
]
UNITS = [u for g in GROUPS for u in g[2]]


def col_sum(units, i: int) -> int:
    return sum(u[i] for u in units)


ND_DT, ND_TH, SDD_TH = col_sum(UNITS, 2), col_sum(UNITS, 3), col_sum(UNITS, 4)
assert (ND_DT, ND_TH, SDD_TH) == (138000, 106394, 26845), (ND_DT, ND_TH, SDD_TH)

APPX_LABEL = "Phụ lục"
APPX_TITLE = ("TÌNH HÌNH THU NGÂN SÁCH NHÀ NƯỚC, CHI NGÂN SÁCH VÀ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG 9 THÁNG ĐẦU NĂM 2026 "
              "CỦA CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ")
APPX_NOTE = "(Kèm theo Báo cáo số 418/BC-STC ngày 12/10/2026 của Sở Tài chính tỉnh Bình Khê)"
APPX_UNIT = "Đơn vị tính: tỷ đồng; %"
APPX_HEAD = [["STT", "Huyện, thị xã, thành phố", "Thu nội địa trên địa bàn", "", "", "",
              "Chi ngân sách huyện", "", "", "Giải ngân vốn đầu tư công do huyện quản lý (% kế hoạch)"],
             ["", "", "Dự toán HĐND tỉnh giao", "Thực hiện 9 tháng", "So dự toán (%)",
              "Trong đó: thu tiền sử dụng đất", "Dự toán năm 2026", "Thực hiện 9 tháng", "So dự toán (%)", ""]]
APPX_GROUPS = {2: (2, 5), 6: (6, 8)}  # group header cells spanning sub-columns


def appx_cells(u) -> list[str]:
    return [v(u[2]), v(u[3]), p(u[3], u[2]), v(u[4]), v(u[5]), v(u[6]), p(u[6], u[5]), p(u[8], u[7])]


def appx_rows() -> list[tuple[list[str], str]]:
    """Rows with their kind: "unit", "group" or "total"."""
    rows = []
    for label, name, units in GROUPS:
        sums = (label, name) + tuple(col_sum(units, i) for i in range(2, 9))
        rows.append(([label, name] + appx_cells(sums), "group"))
        rows += [([u[0], u[1]] + appx_cells(u), "unit") for u in units]
    tot = ("", "Tổng cộng") + tuple(col_sum(UNITS, i) for i in range(2, 9))
    rows.append((["", "Tổng cộng"] + appx_cells(tot), "total"))
    return rows


# --------------------------------------------------------------------------------------------------
# Biểu 01: thu NSNN (tenths of tỷ đồng): (STT, chỉ tiêu, dự toán TW giao, dự toán HĐND tỉnh giao,
# thực hiện 9 tháng 2026, thực hiện 9 tháng 2025 = cùng kỳ)
# --------------------------------------------------------------------------------------------------
ND_ROWS = [
    ("1", "Thu từ khu vực DNNN do trung ương quản lý", 11500, 11500, 8527, 8154),
    ("2", "Thu từ khu vực DNNN do địa phương quản lý", 4200, 4200, 3389, 3421),
    ("3", "Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", 23800, 24500, 19876, 17023),
    ("4", "Thu từ khu vực công thương nghiệp, dịch vụ ngoài quốc doanh", 26200, 27000, 22948, 20586),
    ("5", "Thuế thu nhập cá nhân", 7600, 7800, 7025, 6119),
    ("6", "Lệ phí trước bạ", 4800, 4800, 3412, 3560),
    ("7", "Thu phí, lệ phí", 3100, 3200, 2514, 2337),
    ("8", "Thu tiền sử dụng đất", 32000, 43000, 26845, 29435),
    ("9", "Thu tiền thuê đất, thuê mặt nước", 5200, 5500, 6243, 4872),
    ("10", "Thu từ hoạt động xổ số kiến thiết", 2100, 2300, 1867, 1710),
]
REST_TH = ND_TH - sum(r[4] for r in ND_ROWS)
ND_ROWS.append(("11", "Các khoản thu còn lại (thuế bảo vệ môi trường, thu khác ngân sách…)", 4000, 4200,
                REST_TH, 3385))
ND = ("I", "Thu nội địa") + tuple(sum(r[i] for r in ND_ROWS) for i in range(2, 6))
assert ND[3] == ND_DT and ND[4] == ND_TH and ND_ROWS[7][4] == SDD_TH
XNK = ("II", "Thu từ hoạt động xuất nhập khẩu", 18000, 18000, 14421, 13186)
TOTAL = ("", "Tổng thu NSNN trên địa bàn") + tuple(ND[i] + XNK[i] for i in range(2, 6))
# thu nội địa không kể tiền sử dụng đất và xổ số kiến thiết
CORE = ("", "Trong đó: thu nội địa không kể tiền sử dụng đất, xổ số kiến thiết") + tuple(
    ND[i] - ND_ROWS[7][i] - ND_ROWS[9][i] for i in range(2, 6))
assert (TOTAL[2], TOTAL[3], TOTAL[4], TOTAL[5]) == (142500, 156000, 120815, 113788), TOTAL
assert REST_TH == 3748, REST_TH

# the narrative quotes these
DNNN_TW, DNNN_DP, FDI, NQD, TNCN, LPTB, PHI, SDD, THUE_DAT, XSKT, REST = ND_ROWS
N_OVER_75 = sum(1 for r in ND_ROWS if 1000 * r[4] >= 750 * r[3])
assert N_OVER_75 == 8, N_OVER_75

NSDP_HUONG = (129800, 101546)  # thu NSĐP được hưởng theo phân cấp: dự toán HĐND tỉnh giao, thực hiện 9 tháng
BO_SUNG_TW = 58723  # thu bổ sung từ ngân sách trung ương 9 tháng

# chi NSĐP (tenths of tỷ đồng): (tên, dự toán HĐND tỉnh giao, thực hiện 9 tháng, cùng kỳ 2025)
CHI_DTPT = (69450, 39582, 36945)
TX = {"gd": (54126, 39864), "yt": (12684, 8425), "kt": (18369, 11048), "qlhc": (31047, 23580),
      "bdxh": (8562, 7023), "khac": (15065, 10651)}
CHI_TX = (sum(x[0] for x in TX.values()), sum(x[1] for x in TX.values()), 92416)
assert CHI_TX[:2] == (139853, 100591), CHI_TX
TRA_LAI, QUY_DT, DU_PHONG = (324, 216), (15, 15), 4326
CHI_TONG_DT = CHI_DTPT[0] + CHI_TX[0] + TRA_LAI[0] + QUY_DT[0] + DU_PHONG
CHI_TONG_TH = CHI_DTPT[1] + CHI_TX[1] + TRA_LAI[1] + QUY_DT[1]
CHI_CUNG_KY = 130869
assert (CHI_TONG_DT, CHI_TONG_TH) == (213968, 140404), (CHI_TONG_DT, CHI_TONG_TH)
DP_DA_DUNG = 1869
# giải ngân vốn đầu tư công: kế hoạch Thủ tướng giao, kế hoạch tỉnh giao, đã giải ngân đến 30/9/2026
KH_TTG, KH_TINH, GN = 65124, 71086, 40627
KEO_DAI, KEO_DAI_GN = 3865, 1482
CTMTQG, CTMTQG_GN = 6248, 2516

# ước thực hiện cả năm 2026
UOC_TONG, UOC_ND, UOC_SDD, UOC_XNK, TH_2025 = 160500, 140200, 36200, 20300, 150824
assert UOC_ND + UOC_XNK == UOC_TONG
UOC_CHI = 208465


def table_b01() -> dict:
    def row(r, bold=False, italic=False):
        name = r[1]
        if bold:
            name = f"<b>{name}</b>"
        if italic:
            name = f"<i>{name}</i>"
        return [r[0], name, v(r[2]), v(r[3]), v(r[4]), p(r[4], r[3]), p(r[4], r[5])]
    rows = [row(TOTAL, bold=True), row(ND, bold=True), row(CORE, italic=True)]
    rows += [row(r) for r in ND_ROWS]
    rows.append(row(XNK, bold=True))
    return {"unit": "Đơn vị tính: tỷ đồng",
            "head": ["STT", "Chỉ tiêu", "Dự toán Trung ương giao", "Dự toán HĐND tỉnh giao",
                     "Thực hiện 9 tháng năm 2026", "So dự toán HĐND tỉnh giao (%)", "So cùng kỳ năm 2025 (%)"],
            "widths": [1.0 * cm, 5.0 * cm, 2.05 * cm, 2.05 * cm, 2.1 * cm, 2.05 * cm, 2.05 * cm],
            "rows": rows, "bold_rows": {0, 1, len(rows) - 1}}


TABLE_CAPTION = "Biểu 01: Thu ngân sách nhà nước trên địa bàn 9 tháng đầu năm 2026"

# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   part (label, "<br/>TITLE"), roman / arabic / dec / letter (label, title), p / dash / plus (text,),
#   table (None,) = Biểu 01
# --------------------------------------------------------------------------------------------------
OPENING = [
    ("p", "Thực hiện Nghị quyết số 46/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh về dự toán thu ngân "
          "sách nhà nước trên địa bàn, thu, chi ngân sách địa phương và phương án phân bổ ngân sách cấp tỉnh năm "
          "2026; Quyết định số 3125/QĐ-UBND ngày 14/12/2025 của Ủy ban nhân dân tỉnh về việc giao dự toán thu, "
          "chi ngân sách nhà nước năm 2026; Công văn số 2874/UBND-KT ngày 25/9/2026 của Ủy ban nhân dân tỉnh về "
          "việc chuẩn bị nội dung phục vụ kỳ họp thường lệ cuối năm 2026 của Hội đồng nhân dân tỉnh, Sở Tài "
          "chính báo cáo tình hình thực hiện dự toán ngân sách nhà nước 9 tháng đầu năm 2026, nhiệm vụ, giải "
          "pháp 3 tháng cuối năm như sau:"),
]

BODY = [
    ("part", "Phần thứ nhất", "<br/>TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC 9 THÁNG ĐẦU NĂM 2026"),
    ("p", "Chín tháng đầu năm 2026, kinh tế - xã hội của tỉnh tiếp tục phục hồi và tăng trưởng khá; tổng sản "
          "phẩm trên địa bàn (GRDP) ước tăng 7,85% so với cùng kỳ; giá trị sản xuất công nghiệp tăng 11,2%; "
          "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 9,6%. Tuy nhiên, đợt mưa lũ lớn từ ngày "
          "18/8 đến ngày 23/8/2026 gây thiệt hại nặng tại các huyện miền núi, tổng giá trị thiệt hại ước khoảng "
          "1.350 tỷ đồng; thị trường bất động sản phục hồi chậm, ảnh hưởng trực tiếp đến nguồn thu tiền sử "
          "dụng đất. Trong bối cảnh đó, Ủy ban nhân dân tỉnh đã chỉ đạo quyết liệt công tác thu, điều hành chi "
          "ngân sách chặt chẽ, tiết kiệm, bảo đảm các nhiệm vụ chi theo dự toán và nhiệm vụ phát sinh cấp "
          "bách."),

    ("roman", "I.", "THU NGÂN SÁCH NHÀ NƯỚC"),
    ("p", f"Tổng thu ngân sách nhà nước (NSNN) trên địa bàn 9 tháng đầu năm 2026 đạt {v(TOTAL[4])} tỷ đồng, bằng "
          f"{p(TOTAL[4], TOTAL[2])}% dự toán Trung ương giao, bằng {p(TOTAL[4], TOTAL[3])}% dự toán HĐND tỉnh "
          f"giao, tăng {up(TOTAL[4], TOTAL[5])}% so với cùng kỳ năm 2025 (cùng kỳ đạt {v(TOTAL[5])} tỷ đồng). "
          f"Trong đó, thu nội địa {v(ND[4])} tỷ đồng, chiếm {p(ND[4], TOTAL[4])}% tổng thu; thu từ hoạt động "
          f"xuất nhập khẩu {v(XNK[4])} tỷ đồng. Thu ngân sách địa phương được hưởng theo phân cấp đạt "
          f"{v(NSDP_HUONG[1])} tỷ đồng, bằng {p(NSDP_HUONG[1], NSDP_HUONG[0])}% dự toán HĐND tỉnh giao; thu bổ "
          f"sung từ ngân sách trung ương {v(BO_SUNG_TW)} tỷ đồng. Kết quả thu theo từng khu vực, sắc thuế như "
          f"sau:"),
    ("table", None),
    ("arabic", "1.", "Thu nội địa"),
    ("p", f"Thu nội địa 9 tháng đạt {v(ND[4])} tỷ đồng, bằng {p(ND[4], ND[2])}% dự toán Trung ương giao, bằng "
          f"{p(ND[4], ND[3])}% dự toán HĐND tỉnh giao, tăng {up(ND[4], ND[5])}% so với cùng kỳ. Nếu không kể "
          f"thu tiền sử dụng đất và xổ số kiến thiết, thu nội địa đạt {v(CORE[4])} tỷ đồng, bằng "
          f"{p(CORE[4], CORE[3])}% dự toán HĐND tỉnh giao, tăng {up(CORE[4], CORE[5])}% so với cùng kỳ. Có "
          f"{N_OVER_75:02d}/11 khoản thu đạt từ 75% dự toán HĐND tỉnh giao trở lên; các khoản thu đạt thấp là "
          f"thu tiền sử dụng đất, lệ phí trước bạ và thu từ khu vực DNNN do trung ương quản lý."),
    ("letter", "a)", "Thu từ các khu vực doanh nghiệp"),
    ("dash", f"Thu từ khu vực doanh nghiệp nhà nước do trung ương quản lý đạt {v(DNNN_TW[4])} tỷ đồng, bằng "
             f"{p(DNNN_TW[4], DNNN_TW[3])}% dự toán, tăng {up(DNNN_TW[4], DNNN_TW[5])}% so với cùng kỳ; số thu "
             f"chủ yếu từ Công ty Thủy điện Sông Trà và Chi nhánh Tổng công ty Điện lực tại Bình Khê. Tiến độ "
             f"thu còn chậm do sản lượng điện thương phẩm quý II giảm vì thiếu nước."),
    ("dash", f"Thu từ khu vực DNNN do địa phương quản lý đạt {v(DNNN_DP[4])} tỷ đồng, bằng "
             f"{p(DNNN_DP[4], DNNN_DP[3])}% dự toán, bằng {p(DNNN_DP[4], DNNN_DP[5])}% cùng kỳ; là khu vực duy "
             f"nhất trong nhóm doanh nghiệp có số thu giảm so với cùng kỳ do Công ty TNHH MTV Khai thác công "
             f"trình thủy lợi Bình Khê được miễn, giảm tiền thuế theo chính sách."),
    ("dash", f"Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài đạt {v(FDI[4])} tỷ đồng, bằng "
             f"{p(FDI[4], FDI[3])}% dự toán, tăng {up(FDI[4], FDI[5])}% so với cùng kỳ, chủ yếu nhờ các doanh "
             f"nghiệp điện tử, linh kiện tại Khu công nghiệp Bắc Khê Thành mở rộng sản xuất."),
    ("dash", f"Thu từ khu vực công thương nghiệp, dịch vụ ngoài quốc doanh đạt {v(NQD[4])} tỷ đồng, bằng "
             f"{p(NQD[4], NQD[3])}% dự toán, tăng {up(NQD[4], NQD[5])}% so với cùng kỳ; đây là khoản thu có quy "
             f"mô lớn nhất trong thu nội địa (không kể tiền sử dụng đất)."),
    ("letter", "b)", "Thu tiền sử dụng đất"),
    ("p", f"Thu tiền sử dụng đất đạt {v(SDD[4])} tỷ đồng, bằng {p(SDD[4], SDD[2])}% dự toán Trung ương giao "
          f"nhưng chỉ bằng {p(SDD[4], SDD[3])}% dự toán HĐND tỉnh giao, bằng {p(SDD[4], SDD[5])}% so với cùng "
          f"kỳ. Trong đó, các dự án do cấp tỉnh tổ chức đấu giá, giao đất thu 1.158,2 tỷ đồng; cấp huyện thu "
          f"1.526,3 tỷ đồng. Nguyên nhân đạt thấp chủ yếu do thị trường bất động sản trầm lắng, một số dự án "
          f"có quy mô lớn chưa tổ chức đấu giá được theo kế hoạch[[Gồm: Khu đô thị mới Bắc Khê Thành, thành phố "
          f"Khê Thành (dự kiến thu 612,0 tỷ đồng); Khu dân cư Bến Đò, thị xã An Lạc (285,4 tỷ đồng); Khu đô thị "
          f"ven sông Trà, huyện Tân Hòa (340,0 tỷ đồng). Riêng Khu dân cư Bến Đò đã tổ chức đấu giá 02 lần "
          f"(tháng 5 và tháng 7/2026) nhưng không có người tham gia.]], giá khởi điểm một số khu đất cao hơn "
          f"giá giao dịch thực tế trên thị trường."),
    ("letter", "c)", "Thu từ hoạt động xổ số kiến thiết"),
    ("p", f"Thu từ hoạt động xổ số kiến thiết đạt {v(XSKT[4])} tỷ đồng, bằng {p(XSKT[4], XSKT[3])}% dự toán "
          f"HĐND tỉnh giao, tăng {up(XSKT[4], XSKT[5])}% so với cùng kỳ. Toàn bộ số thu xổ số kiến thiết được "
          f"bố trí cho đầu tư phát triển, trong đó ưu tiên lĩnh vực giáo dục - đào tạo, dạy nghề và y tế theo "
          f"quy định."),
    ("letter", "d)", "Các khoản thu từ thuế, phí và thu khác"),
    ("dash", f"Thuế thu nhập cá nhân đạt {v(TNCN[4])} tỷ đồng, bằng {p(TNCN[4], TNCN[3])}% dự toán, tăng "
             f"{up(TNCN[4], TNCN[5])}% so với cùng kỳ."),
    ("dash", f"Lệ phí trước bạ đạt {v(LPTB[4])} tỷ đồng, bằng {p(LPTB[4], LPTB[3])}% dự toán, giảm "
             f"{p(LPTB[5] - LPTB[4], LPTB[5])}% so với cùng kỳ do chính "
             f"sách giảm 50% lệ phí trước bạ đối với ô tô sản xuất, lắp ráp trong nước và số giao dịch nhà, đất "
             f"giảm."),
    ("dash", f"Thu tiền thuê đất, thuê mặt nước đạt {v(THUE_DAT[4])} tỷ đồng, bằng "
             f"{p(THUE_DAT[4], THUE_DAT[3])}% dự toán, tăng {up(THUE_DAT[4], THUE_DAT[5])}% so với cùng kỳ; "
             f"vượt dự toán năm do một số nhà đầu tư lựa chọn nộp tiền thuê đất một lần cho cả thời gian thuê."),
    ("dash", f"Thu phí, lệ phí đạt {v(PHI[4])} tỷ đồng, bằng {p(PHI[4], PHI[3])}% dự toán; các khoản thu còn "
             f"lại đạt {v(REST[4])} tỷ đồng, bằng {p(REST[4], REST[3])}% dự toán."),
    ("arabic", "2.", "Thu từ hoạt động xuất nhập khẩu"),
    ("p", f"Thu từ hoạt động xuất nhập khẩu đạt {v(XNK[4])} tỷ đồng, bằng {p(XNK[4], XNK[3])}% dự toán Trung "
          f"ương giao (dự toán HĐND tỉnh giao bằng dự toán Trung ương giao), tăng {up(XNK[4], XNK[5])}% so với "
          f"cùng kỳ năm 2025[[Chi tiết: thuế giá trị gia tăng hàng nhập khẩu 1.086,4 tỷ đồng; thuế nhập khẩu "
          f"301,5 tỷ đồng; thuế xuất khẩu 42,3 tỷ đồng; thuế bảo vệ môi trường hàng nhập khẩu 11,9 tỷ đồng. Số "
          f"hoàn thuế giá trị gia tăng hàng xuất khẩu 9 tháng là 214,6 tỷ đồng.]]. Kim ngạch xuất nhập khẩu qua "
          f"Cảng Trà Giang tăng khá, chủ yếu là nguyên liệu, linh kiện điện tử nhập khẩu phục vụ sản xuất của "
          f"các doanh nghiệp FDI."),
    ("arabic", "3.", "Công tác quản lý thu, chống thất thu và xử lý nợ đọng thuế"),
    ("p", "Sở Tài chính phối hợp với Thuế tỉnh, Hải quan khu vực và các địa phương tổ chức 04 đợt kiểm tra "
          "tiến độ thu; đẩy mạnh quản lý thu đối với hoạt động thương mại điện tử, kinh doanh trên nền tảng số, "
          "hộ kinh doanh chuyển sang khai thuế theo phương pháp kê khai. Qua thanh tra, kiểm tra đã kiến nghị "
          "truy thu, phạt và giảm khấu trừ thuế 186,4 tỷ đồng, đã nộp vào NSNN 142,7 tỷ đồng. Ngành thuế thu "
          "hồi được 428,5 tỷ đồng tiền nợ thuế của các năm trước; áp dụng biện pháp tạm hoãn xuất cảnh đối với "
          "37 người đại diện theo pháp luật của doanh nghiệp nợ thuế kéo dài."),

    ("roman", "II.", "CHI NGÂN SÁCH ĐỊA PHƯƠNG"),
    ("p", f"Tổng chi ngân sách địa phương (NSĐP) 9 tháng đầu năm 2026 đạt {v(CHI_TONG_TH)} tỷ đồng, bằng "
          f"{p(CHI_TONG_TH, CHI_TONG_DT)}% dự toán HĐND tỉnh giao ({v(CHI_TONG_DT)} tỷ đồng), tăng "
          f"{up(CHI_TONG_TH, CHI_CUNG_KY)}% so với cùng kỳ năm 2025. Trong đó, chi đầu tư phát triển chiếm "
          f"{p(CHI_DTPT[1], CHI_TONG_TH)}%, chi thường xuyên chiếm {p(CHI_TX[1], CHI_TONG_TH)}% tổng chi; chi trả "
          f"nợ lãi các khoản do chính quyền địa phương vay {v(TRA_LAI[1])} tỷ đồng, bằng "
          f"{p(TRA_LAI[1], TRA_LAI[0])}% dự toán; chi bổ sung quỹ dự trữ tài chính {v(QUY_DT[1])} tỷ đồng, đạt "
          f"100% dự toán. Việc điều hành chi cơ bản bám sát dự toán, bảo đảm kinh phí thực hiện các chế độ, "
          f"chính sách an sinh xã hội và tiền lương cho cán bộ, công chức, viên chức."),
    ("arabic", "1.", "Chi đầu tư phát triển và tình hình giải ngân kế hoạch vốn đầu tư công năm 2026 (bao gồm "
                     "vốn các chương trình mục tiêu quốc gia và vốn kế hoạch các năm trước kéo dài sang năm 2026)"),
    ("p", f"Chi đầu tư phát triển 9 tháng đạt {v(CHI_DTPT[1])} tỷ đồng, bằng {p(CHI_DTPT[1], CHI_DTPT[0])}% dự "
          f"toán HĐND tỉnh giao, tăng {up(CHI_DTPT[1], CHI_DTPT[2])}% so với cùng kỳ."),
    ("p", f"Tổng kế hoạch vốn đầu tư công năm 2026 tỉnh đã giao chi tiết là {v(KH_TINH)} tỷ đồng (trong đó kế "
          f"hoạch Thủ tướng Chính phủ giao {v(KH_TTG)} tỷ đồng, phần còn lại là vốn tỉnh bổ sung từ nguồn tăng "
          f"thu, tiết kiệm chi năm 2025). Giá trị giải ngân đến ngày 30/9/2026 là {v(GN)} tỷ đồng, đạt "
          f"{p(GN, KH_TINH)}% kế hoạch tỉnh giao và đạt {p(GN, KH_TTG)}% kế hoạch Thủ tướng Chính phủ giao, "
          f"cao hơn cùng kỳ năm 2025 (54,6%). Cụ thể:"),
    ("dash", f"Vốn các chương trình mục tiêu quốc gia: kế hoạch {v(CTMTQG)} tỷ đồng, giải ngân "
             f"{v(CTMTQG_GN)} tỷ đồng, đạt {p(CTMTQG_GN, CTMTQG)}%; trong đó vốn sự nghiệp giải ngân rất chậm "
             f"do vướng mắc trong lựa chọn dự án hỗ trợ phát triển sản xuất."),
    ("dash", f"Vốn kế hoạch các năm trước kéo dài sang năm 2026: kế hoạch {v(KEO_DAI)} tỷ đồng, giải ngân "
             f"{v(KEO_DAI_GN)} tỷ đồng, đạt {p(KEO_DAI_GN, KEO_DAI)}%."),
    ("dash", "Có 06/23 chủ đầu tư cấp tỉnh và 05/9 huyện, thị xã, thành phố có tỷ lệ giải ngân cao hơn bình quân "
             "chung của tỉnh; còn nhiều dự án giải ngân dưới 30% kế hoạch vốn[[Có 14 dự án giải ngân dưới 30% "
             "kế hoạch vốn với tổng kế hoạch vốn 1.126,8 tỷ đồng; trong đó 02 dự án chưa giải ngân: Dự án Đường "
             "ven biển đoạn Hòa Mỹ - Trà Linh (kế hoạch vốn 215,0 tỷ đồng) và Dự án Bệnh viện Sản - Nhi tỉnh "
             "giai đoạn 2 (kế hoạch vốn 96,5 tỷ đồng).]], tập trung ở các dự án giao thông, hạ tầng khu công "
             "nghiệp có vướng mắc về bồi thường, giải phóng mặt bằng."),
    ("p", "Ủy ban nhân dân tỉnh đã 02 lần điều chuyển kế hoạch vốn từ các dự án chậm giải ngân sang các dự án có "
          "khả năng giải ngân tốt với tổng số 312,4 tỷ đồng; thành lập 05 tổ công tác do các đồng chí Lãnh đạo "
          "Ủy ban nhân dân tỉnh làm tổ trưởng để đôn đốc giải ngân. Đến ngày 30/9/2026, nợ đọng XDCB trên địa "
          "bàn tỉnh còn 68,3 tỷ đồng, chủ yếu ở cấp xã."),
    ("arabic", "2.", "Chi thường xuyên"),
    ("p", f"Chi thường xuyên 9 tháng đạt {v(CHI_TX[1])} tỷ đồng, bằng {p(CHI_TX[1], CHI_TX[0])}% dự toán HĐND "
          f"tỉnh giao, tăng {up(CHI_TX[1], CHI_TX[2])}% so với cùng kỳ, chủ yếu do thực hiện chế độ tiền lương "
          f"mới và các chính sách an sinh xã hội. Các cấp ngân sách thực hiện tiết kiệm thêm 10% chi thường "
          f"xuyên tăng thêm so với dự toán năm 2025 theo chỉ đạo của Chính phủ, với số tiền 96,8 tỷ đồng. Chi "
          f"thường xuyên một số lĩnh vực như sau:"),
    ("dec", "2.1.", "Chi sự nghiệp giáo dục - đào tạo và dạy nghề"),
    ("p", f"Chi sự nghiệp giáo dục - đào tạo và dạy nghề đạt {v(TX['gd'][1])} tỷ đồng, bằng "
          f"{p(TX['gd'][1], TX['gd'][0])}% dự toán, là lĩnh vực có số chi lớn nhất, chiếm "
          f"{p(TX['gd'][1], CHI_TX[1])}% chi thường xuyên. Ngân sách đã bảo đảm kinh phí miễn học phí cho trẻ em "
          f"mầm non, học sinh phổ thông công lập từ năm học 2025 - 2026 (ngân sách tỉnh cấp bù 184,2 tỷ đồng) "
          f"và hỗ trợ tiền ăn trưa cho học sinh các trường phổ thông dân tộc bán trú."),
    ("dec", "2.2.", "Chi sự nghiệp y tế, dân số và gia đình"),
    ("p", f"Chi sự nghiệp y tế, dân số và gia đình đạt {v(TX['yt'][1])} tỷ đồng, bằng "
          f"{p(TX['yt'][1], TX['yt'][0])}% dự toán; bao gồm kinh phí mua thẻ bảo hiểm y tế cho người nghèo, "
          f"người dân tộc thiểu số vùng khó khăn, trẻ em dưới 6 tuổi (312,6 tỷ đồng) và kinh phí phòng, chống "
          f"dịch bệnh sau mưa lũ."),
    ("dec", "2.3.", "Chi sự nghiệp kinh tế"),
    ("p", f"Chi sự nghiệp kinh tế đạt {v(TX['kt'][1])} tỷ đồng, bằng {p(TX['kt'][1], TX['kt'][0])}% dự toán; "
          f"tiến độ chậm do nhiều nhiệm vụ duy tu, sửa chữa đường giao thông, công trình thủy lợi phải chờ hoàn "
          f"thành thủ tục đấu thầu và điều chỉnh sau đợt mưa lũ tháng 8."),
    ("dec", "2.4.", "Chi quản lý hành chính nhà nước, Đảng, đoàn thể"),
    ("p", f"Chi quản lý hành chính nhà nước, Đảng, đoàn thể đạt {v(TX['qlhc'][1])} tỷ đồng, bằng "
          f"{p(TX['qlhc'][1], TX['qlhc'][0])}% dự toán, bao gồm kinh phí chi trả chính sách, chế độ cho 1.246 "
          f"người nghỉ hưu trước tuổi, nghỉ thôi việc do sắp xếp tổ chức bộ máy (312,9 tỷ đồng)."),
    ("dec", "2.5.", "Chi bảo đảm xã hội"),
    ("p", f"Chi bảo đảm xã hội đạt {v(TX['bdxh'][1])} tỷ đồng, bằng {p(TX['bdxh'][1], TX['bdxh'][0])}% dự "
          f"toán, cao nhất trong các lĩnh vực chi thường xuyên do tăng chi hỗ trợ các hộ bị thiệt hại trong "
          f"đợt mưa lũ và hỗ trợ xóa nhà tạm, nhà dột nát."),
    ("arabic", "3.", "Chi dự phòng ngân sách"),
    ("p", f"Dự phòng ngân sách địa phương năm 2026 được HĐND tỉnh giao {v(DU_PHONG)} tỷ đồng (ngân sách cấp tỉnh "
          f"218,4 tỷ đồng, ngân sách cấp huyện và cấp xã 214,2 tỷ đồng). Đến ngày 30/9/2026, các cấp ngân sách "
          f"đã sử dụng {v(DP_DA_DUNG)} tỷ đồng, bằng {p(DP_DA_DUNG, DU_PHONG)}% dự toán[[Gồm: hỗ trợ khắc phục "
          f"hậu quả mưa lũ tháng 8/2026 tại các huyện Trà Linh, Sơn Nguyên, Hòa Mỹ 124,5 tỷ đồng; phòng, chống "
          f"dịch tả lợn châu Phi và cúm gia cầm 18,6 tỷ đồng; các nhiệm vụ cấp bách khác về quốc phòng, an "
          f"ninh 43,8 tỷ đồng.]], số còn lại là {v(DU_PHONG - DP_DA_DUNG)} tỷ đồng. Việc sử dụng dự phòng ngân "
          f"sách bảo đảm đúng mục đích, đúng thẩm quyền theo quy định của Luật Ngân sách nhà nước."),

    ("roman", "III.", "CÔNG TÁC QUẢN LÝ GIÁ, QUẢN LÝ TÀI SẢN CÔNG VÀ TÀI CHÍNH DOANH NGHIỆP"),
    ("arabic", "1.", "Công tác quản lý giá"),
    ("p", "Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng năm 2026 trên địa bàn tỉnh tăng 3,42% so với cùng kỳ, "
          "trong tầm kiểm soát. Sở Tài chính theo dõi chặt chẽ diễn biến giá cả thị trường, nhất là giá các mặt "
          "hàng thiết yếu trong và sau đợt mưa lũ; tham mưu UBND tỉnh ban hành giá dịch vụ sử dụng đò, phà, giá "
          "dịch vụ thu gom, vận chuyển rác thải sinh hoạt. Hội đồng thẩm định giá của Sở đã thẩm định 412 hồ sơ "
          "với tổng giá trị đề nghị 1.284,6 tỷ đồng, giá trị sau thẩm định 1.226,1 tỷ đồng, giảm 58,5 tỷ đồng "
          "(giảm 4,6%)."),
    ("arabic", "2.", "Công tác quản lý, sử dụng tài sản công"),
    ("p", "Thực hiện sắp xếp lại, xử lý nhà, đất của các cơ quan, tổ chức, đơn vị theo quy định: đã phê duyệt "
          "phương án đối với 286 cơ sở nhà, đất, trong đó giữ lại tiếp tục sử dụng 174 cơ sở, điều chuyển 58 "
          "cơ sở, bán tài sản trên đất và chuyển nhượng quyền sử dụng đất 21 cơ sở, thu hồi giao địa phương "
          "quản lý 33 cơ sở. Còn 47 cơ sở nhà, đất dôi dư chưa có phương án xử lý, chủ yếu là trụ sở cũ của các "
          "cơ quan, đơn vị sau hợp nhất. Sở Tài chính đã thẩm định mua sắm tập trung tài sản công với tổng giá "
          "trị 146,3 tỷ đồng, tiết kiệm 8,7 tỷ đồng so với dự toán mua sắm."),
    ("arabic", "3.", "Công tác quản lý tài chính doanh nghiệp"),
    ("p", "Toàn tỉnh có 09 doanh nghiệp nhà nước do UBND tỉnh làm đại diện chủ sở hữu (06 công ty TNHH một "
          "thành viên 100% vốn nhà nước và 03 công ty cổ phần nhà nước nắm giữ trên 50% vốn điều lệ). Theo báo "
          "cáo tài chính 6 tháng đầu năm 2026, tổng doanh thu của các DNNN đạt 1.862,4 tỷ đồng, lợi nhuận trước "
          "thuế 96,2 tỷ đồng, nộp ngân sách 148,5 tỷ đồng; có 01 doanh nghiệp lỗ là Công ty TNHH MTV Môi trường "
          "đô thị An Lạc (lỗ 3,4 tỷ đồng). Sở Tài chính đang hoàn thiện hồ sơ thoái toàn bộ phần vốn nhà nước "
          "tại Công ty cổ phần Cấp nước Bình Khê theo kế hoạch được phê duyệt."),

    ("roman", "IV.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Kết quả đạt được"),
    ("p", f"Tổng thu NSNN trên địa bàn 9 tháng đạt {p(TOTAL[4], TOTAL[3])}% dự toán HĐND tỉnh giao và tăng so "
          f"với cùng kỳ; thu nội địa không kể tiền sử dụng đất, xổ số kiến thiết đạt khá, phản ánh sự phục hồi "
          f"của sản xuất, kinh doanh. Chi ngân sách được điều hành chặt chẽ, bảo đảm các nhiệm vụ chính trị quan "
          f"trọng, chế độ chính sách cho con người và kịp thời hỗ trợ nhân dân khắc phục hậu quả thiên tai. Tỷ "
          f"lệ giải ngân vốn đầu tư công cao hơn cùng kỳ năm trước."),
    ("arabic", "2.", "Khó khăn, hạn chế"),
    ("dash", f"Thu tiền sử dụng đất đạt thấp ({p(SDD[4], SDD[3])}% dự toán HĐND tỉnh giao), ảnh hưởng đến khả "
             f"năng bố trí vốn cho các dự án đầu tư công sử dụng nguồn thu này."),
    ("dash", "Nợ đọng thuế còn lớn, có xu hướng tăng so với thời điểm đầu năm[[Tổng nợ thuế đến ngày 30/9/2026 "
             "là 1.248,7 tỷ đồng, tăng 9,8% so với thời điểm 31/12/2025; trong đó nợ có khả năng thu 786,2 tỷ "
             "đồng, nợ tiền sử dụng đất, tiền thuê đất 512,3 tỷ đồng.]]; một số doanh nghiệp gặp khó khăn về "
             "tài chính, chây ỳ nộp thuế."),
    ("dash", "Giải ngân vốn đầu tư công chưa đạt yêu cầu đề ra, nhất là:"),
    ("plus", "vốn các chương trình mục tiêu quốc gia và vốn kéo dài từ các năm trước;"),
    ("plus", "các dự án trọng điểm về giao thông còn vướng mắc giải phóng mặt bằng, thiếu vật liệu đắp nền;"),
    ("plus", "một số chủ đầu tư chưa quyết liệt, năng lực của một số ban quản lý dự án còn hạn chế."),
    ("dash", "Đợt mưa lũ tháng 8/2026 phát sinh nhiều nhiệm vụ chi ngoài dự toán, trong khi nguồn dự phòng ngân "
             "sách cấp huyện ở các huyện miền núi đã sử dụng gần hết."),
    ("dash", "Việc xử lý nhà, đất dôi dư sau sắp xếp còn chậm, gây lãng phí tài sản công."),
    ("arabic", "3.", "Nguyên nhân"),
    ("letter", "a)", "Nguyên nhân khách quan"),
    ("p", "Thị trường bất động sản phục hồi chậm; thiên tai, mưa lũ diễn biến phức tạp; chính sách miễn, giảm, "
          "gia hạn thuế, phí, lệ phí của Nhà nước để hỗ trợ doanh nghiệp làm giảm thu ngân sách; giá nguyên "
          "vật liệu xây dựng biến động; một số quy định về đất đai, đấu thầu mới có hiệu lực, các địa phương "
          "còn lúng túng trong tổ chức thực hiện."),
    ("letter", "b)", "Nguyên nhân chủ quan"),
    ("p", "Công tác phối hợp giữa các cơ quan trong quản lý thu, xử lý nợ đọng thuế có lúc chưa chặt chẽ; việc "
          "chuẩn bị quỹ đất, hồ sơ đấu giá quyền sử dụng đất của một số địa phương chậm; người đứng đầu một số "
          "chủ đầu tư chưa thực sự quyết liệt trong chỉ đạo giải ngân vốn; năng lực tham mưu của đội ngũ làm "
          "công tác tài chính - ngân sách cấp xã còn hạn chế."),

    ("part", "Phần thứ hai", "<br/>NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM 2026"),
    ("roman", "I.", "DỰ BÁO TÌNH HÌNH VÀ ƯỚC THỰC HIỆN DỰ TOÁN NGÂN SÁCH NĂM 2026"),
    ("arabic", "1.", "Ước thu ngân sách nhà nước cả năm"),
    ("p", f"Trên cơ sở kết quả thu 9 tháng và dự báo tình hình sản xuất, kinh doanh quý IV, tổng thu NSNN trên "
          f"địa bàn ước thực hiện cả năm 2026 đạt {v(UOC_TONG)} tỷ đồng, bằng {p(UOC_TONG, TOTAL[2])}% dự toán "
          f"Trung ương giao, bằng {p(UOC_TONG, TOTAL[3])}% dự toán HĐND tỉnh giao, tăng "
          f"{up(UOC_TONG, TH_2025)}% so với thực hiện năm 2025. Trong đó:"),
    ("dash", f"Thu nội địa ước {v(UOC_ND)} tỷ đồng, bằng {p(UOC_ND, ND[3])}% dự toán HĐND tỉnh giao; riêng thu "
             f"tiền sử dụng đất ước {v(UOC_SDD)} tỷ đồng, chỉ bằng {p(UOC_SDD, SDD[3])}% dự toán HĐND tỉnh giao, "
             f"hụt {v(SDD[3] - UOC_SDD)} tỷ đồng so với dự toán."),
    ("dash", f"Thu từ hoạt động xuất nhập khẩu ước {v(UOC_XNK)} tỷ đồng, bằng {p(UOC_XNK, XNK[3])}% dự toán."),
    ("arabic", "2.", "Ước chi ngân sách địa phương cả năm"),
    ("p", f"Tổng chi NSĐP ước thực hiện cả năm 2026 là {v(UOC_CHI)} tỷ đồng, bằng {p(UOC_CHI, CHI_TONG_DT)}% dự "
          f"toán HĐND tỉnh giao; giải ngân vốn đầu tư công phấn đấu đạt trên 95% kế hoạch Thủ tướng Chính phủ "
          f"giao. Do thu tiền sử dụng đất không đạt dự toán, các cấp ngân sách phải rà soát, giãn tiến độ hoặc "
          f"cắt giảm tương ứng phần chi đầu tư phát triển được bố trí từ nguồn thu này, bảo đảm cân đối ngân "
          f"sách từng cấp."),
    ("roman", "II.", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("arabic", "1.", "Về thu ngân sách"),
    ("dash", "Phối hợp với Thuế tỉnh, Hải quan khu vực rà soát các nguồn thu còn dư địa, nhất là thu từ khu vực "
             "ngoài quốc doanh, thương mại điện tử, cho thuê tài sản; phấn đấu thu nội địa không kể tiền sử dụng "
             "đất, xổ số kiến thiết vượt tối thiểu 5% dự toán HĐND tỉnh giao."),
    ("dash", "Đôn đốc các địa phương hoàn thành việc đấu giá quyền sử dụng đất các dự án đã đủ điều kiện trong "
             "quý IV; rà soát, điều chỉnh giá khởi điểm phù hợp với thị trường."),
    ("dash", "Đẩy mạnh thu hồi nợ đọng thuế, phấn đấu đến ngày 31/12/2026 tổng nợ thuế không vượt quá 8% tổng "
             "thu NSNN; công khai danh sách các doanh nghiệp nợ thuế kéo dài trên phương tiện thông tin đại "
             "chúng."),
    ("dash", "Tăng cường quản lý thu đối với hoạt động kinh doanh trên nền tảng thương mại điện tử và các sàn "
             "giao dịch số; phối hợp với các ngân hàng thương mại thu thập thông tin giao dịch của tổ chức, cá "
             "nhân có hoạt động kinh doanh nhưng chưa đăng ký thuế."),
    ("arabic", "2.", "Về chi ngân sách và giải ngân vốn đầu tư công"),
    ("dash", "Điều hành chi ngân sách chặt chẽ, trong phạm vi dự toán; không ban hành chính sách mới làm tăng chi "
             "khi chưa có nguồn bảo đảm; ưu tiên nguồn lực khắc phục hậu quả mưa lũ và bảo đảm an sinh xã hội "
             "dịp Tết Nguyên đán Bính Ngọ năm 2027."),
    ("dash", "Tham mưu UBND tỉnh điều chuyển kế hoạch vốn của các dự án giải ngân dưới 50% trước ngày 15/11/2026 "
             "sang các dự án có khả năng giải ngân và còn thiếu vốn."),
    ("dash", "Rút ngắn thời gian thẩm tra, phê duyệt quyết toán dự án hoàn thành; xử lý dứt điểm nợ đọng xây "
             "dựng cơ bản, không để phát sinh nợ mới."),
    ("dash", "Đôn đốc các chủ đầu tư vốn các chương trình mục tiêu quốc gia hoàn thành thủ tục phê duyệt dự án "
             "hỗ trợ phát triển sản xuất cộng đồng trước ngày 30/11/2026; định kỳ hằng tuần báo cáo tiến độ giải "
             "ngân về Sở Tài chính để tổng hợp, báo cáo UBND tỉnh."),
    ("arabic", "3.", "Về quản lý giá, tài sản công và tài chính doanh nghiệp"),
    ("dash", "Theo dõi diễn biến giá cả thị trường cuối năm, kiểm soát chặt chẽ giá các mặt hàng thiết yếu, "
             "không để xảy ra tình trạng tăng giá đột biến dịp cuối năm và Tết Nguyên đán."),
    ("dash", "Hoàn thành phương án xử lý 47 cơ sở nhà, đất dôi dư trong quý IV năm 2026; tổ chức bán đấu giá "
             "tài sản trên đất theo phương án đã được phê duyệt."),
    ("dash", "Hoàn thành thoái vốn nhà nước tại Công ty cổ phần Cấp nước Bình Khê; giám sát tài chính đối "
             "với doanh nghiệp nhà nước có dấu hiệu mất an toàn tài chính."),
    ("arabic", "4.", "Xây dựng dự toán ngân sách năm 2027"),
    ("p", "Tham mưu UBND tỉnh trình HĐND tỉnh quyết định dự toán thu NSNN trên địa bàn, thu, chi ngân sách địa "
          "phương năm 2027 tại kỳ họp thường lệ cuối năm 2026, bảo đảm tích cực, sát thực tế; dự toán thu tiền "
          "sử dụng đất phải căn cứ vào danh mục dự án, quỹ đất cụ thể có khả năng đấu giá trong năm 2027."),
    ("roman", "III.", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ("arabic", "1.", "Đối với Bộ Tài chính"),
    ("dash", "Xem xét, trình cấp có thẩm quyền hỗ trợ tỉnh 280,0 tỷ đồng từ nguồn dự phòng ngân sách trung ương "
             "để khắc phục hậu quả đợt mưa lũ tháng 8/2026."),
    ("dash", "Cho phép kéo dài thời gian thực hiện và giải ngân sang năm 2027 đối với vốn sự nghiệp các chương "
             "trình mục tiêu quốc gia năm 2026 chưa giải ngân hết."),
    ("dash", "Sớm có hướng dẫn thống nhất về việc xác định giá đất cụ thể để tính tiền sử dụng đất đối với các dự "
             "án chuyển tiếp, tháo gỡ vướng mắc cho các địa phương."),
    ("arabic", "2.", "Đối với Ủy ban nhân dân tỉnh"),
    ("dash", "Chỉ đạo các huyện, thị xã, thành phố tập trung hoàn thành đấu giá quyền sử dụng đất các dự án đã "
             "đủ điều kiện; giao chỉ tiêu thu cụ thể đến từng địa phương trong quý IV."),
    ("dash", f"Chỉ đạo rà soát, cắt giảm hoặc giãn tiến độ tương ứng phần chi đầu tư phát triển từ nguồn thu tiền "
             f"sử dụng đất dự kiến hụt thu ({v(SDD[3] - UOC_SDD)} tỷ đồng), bảo đảm không bội chi ngân sách "
             f"địa phương vượt mức HĐND tỉnh quyết định."),
    ("dash", "Xem xét trách nhiệm người đứng đầu các chủ đầu tư có tỷ lệ giải ngân vốn đầu tư công đến ngày "
             "31/12/2026 dưới 80% kế hoạch được giao."),
    ("p", "Trên đây là báo cáo tình hình thực hiện dự toán ngân sách nhà nước 9 tháng đầu năm 2026, nhiệm vụ, "
          "giải pháp 3 tháng cuối năm của Sở Tài chính, kính trình Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."),
]

RECIPIENTS = ["- Bộ Tài chính (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh (b/c);",
              "- UBND tỉnh (b/c);", "- Ban KT-NS HĐND tỉnh;", "- Thuế tỉnh, Kho bạc Nhà nước khu vực;",
              "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, QLNS."]
SIGNATURE = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Thu Hà"]


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    left = [Paragraph(nfc("UBND TỈNH BÌNH KHÊ"), st["hd_left_n"]), Paragraph(nfc("SỞ TÀI CHÍNH"), st["hd_left"]),
            HRFlowable(width=2.4 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=6),
            Paragraph(nfc("Số: " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph(nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), st["hd_right"]),
             Paragraph(nfc("Độc lập - Tự do - Hạnh phúc"), st["hd_motto"]),
             HRFlowable(width=5.2 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=8),
             Paragraph(nfc(METADATA["place"] + ", " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[6.0 * cm, FRAME_W - 6.0 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Paragraph(TITLE_LINE, st["title"]), Paragraph(nfc(SUBTITLE).replace("\n", "<br/>"), st["subtitle"]),
            HRFlowable(width=3.0 * cm, thickness=0.7, color=colors.black, spaceBefore=0, spaceAfter=8)]


def b01_flowables(st) -> list:
    cap = ParagraphStyle("cap", parent=st["part"], fontSize=12, leading=15, spaceBefore=4, spaceAfter=0)
    return [CondPageBreak(7 * cm), Paragraph(nfc(TABLE_CAPTION), cap)] + table_flowables(table_b01(), st, pad=3)


def appendix_flowables(st) -> list:
    cs = dict(fontName="Serif", fontSize=9, leading=11)
    c_c = ParagraphStyle("ax_c", alignment=TA_CENTER, **cs)
    c_l = ParagraphStyle("ax_l", alignment=TA_LEFT, **cs)
    c_cb = ParagraphStyle("ax_cb", alignment=TA_CENTER, **{**cs, "fontName": "Serif-Bold"})
    c_lb = ParagraphStyle("ax_lb", alignment=TA_LEFT, **{**cs, "fontName": "Serif-Bold"})
    head = [[Paragraph(nfc(h), c_cb) if h else "" for h in r] for r in APPX_HEAD]
    body = []
    for r, kind in appx_rows():
        b = kind != "unit"
        body.append([Paragraph(r[0], c_cb if b else c_c), Paragraph(nfc(r[1]), c_lb if b else c_l)]
                    + [Paragraph(c, c_cb if b else c_c) for c in r[2:]])
    widths = [0.95 * cm, 2.75 * cm, 1.7 * cm, 1.7 * cm, 1.25 * cm, 1.65 * cm, 1.65 * cm, 1.65 * cm, 1.25 * cm,
              1.9 * cm]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    for c in range(len(widths)):
        if c in APPX_GROUPS:
            style.append(("SPAN", (APPX_GROUPS[c][0], 0), (APPX_GROUPS[c][1], 0)))
        elif APPX_HEAD[1][c] == "" and APPX_HEAD[0][c]:
            style.append(("SPAN", (c, 0), (c, 1)))
    t = Table(head + body, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle(style))
    return [PageBreak(), Paragraph(nfc(APPX_LABEL), st["part"]),
            Paragraph(nfc(APPX_TITLE), ParagraphStyle("ax_t", parent=st["part"], spaceBefore=0, spaceAfter=2)),
            Paragraph(nfc(APPX_NOTE), st["hd_date"]), Spacer(1, 6), Paragraph(nfc(APPX_UNIT), st["unit"]), t]


HEADINGS = ("part", "roman", "arabic", "dec", "letter")


def flowables(st, blocks: list[tuple]) -> list:
    return (header_block(st)
            + block_flowables(blocks, st, HEADINGS, lambda: b01_flowables(st))
            + signature(st, RECIPIENTS, SIGNATURE, right_w=7.0 * cm)
            + appendix_flowables(st))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + BODY, flowables, header_text=HEADER_TEXT, title="Báo cáo " + METADATA["title"],
                      author=METADATA["issuer"], creator=f"scripts/make_test_report_{NAME}.py",
                      number_first_page=False, hd_right_size=11, title_size=14.5, subtitle_after=4,
                      cell_size=10, cell_lead=12)


# --------------------------------------------------------------------------------------------------
# Outline (ids: "Phần thứ nhất › II.2.1", "Phần thứ nhất › I.1.a", "Phần thứ hai › III.2") and text
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    items: list[dict] = []
    part = roman = arabic = dec = None
    for b in BODY:
        kind = b[0]
        if kind == "part":
            part, roman, arabic, dec = b[1], None, None, None
            items.append({"id": part, "title": clean(b[2])})
            continue
        if kind not in HEADINGS:
            continue
        label = b[1].rstrip(".").rstrip(")")
        if kind == "roman":
            roman, arabic, dec = label, None, None
            path = roman
        elif kind == "arabic":
            arabic, dec = label, None
            path = f"{roman}.{arabic}"
        elif kind == "dec":
            dec = label
            assert dec.split(".")[0] == arabic
            path = f"{roman}.{dec}"
        else:
            path = f"{roman}.{dec or arabic}.{label}"
        items.append({"id": f"{part} › {path}", "title": clean(b[2])})
    items.append({"id": APPX_LABEL, "title": APPX_TITLE})
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    blocks, notes = number_footnotes(OPENING + BODY)
    lines = ["UBND TỈNH BÌNH KHÊ", "SỞ TÀI CHÍNH", "Số: " + METADATA["number"],
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             METADATA["place"] + ", " + METADATA["date"], TITLE_LINE, SUBTITLE.replace("\n", " ")]
    for b in blocks:
        if b[0] in HEADINGS:
            lines.append(f"{b[1]} {clean(b[2])}")
        elif b[0] == "p":
            lines.append(strip_markup(b[1]))
        elif b[0] in ("dash", "plus"):
            lines.append(("- " if b[0] == "dash" else "+ ") + strip_markup(b[1]))
        elif b[0] == "table":
            tb = table_b01()
            lines += [TABLE_CAPTION, tb["unit"], " | ".join(tb["head"])]
            lines += [" | ".join(strip_markup(c) for c in r) for r in tb["rows"]]
    lines += ["Nơi nhận:"] + RECIPIENTS + SIGNATURE
    lines += [APPX_LABEL, APPX_TITLE, APPX_NOTE, APPX_UNIT]
    head = []
    for c in range(len(APPX_HEAD[0])):
        top = APPX_HEAD[0][c] or next(APPX_HEAD[0][g] for g, (a, z) in APPX_GROUPS.items() if a <= c <= z)
        head.append(f"{top} - {APPX_HEAD[1][c]}" if APPX_HEAD[1][c] else top)
    lines.append(" | ".join(head))
    lines += [" | ".join(r) for r, _ in appx_rows()]
    lines += [f"{n} {t}" for n, t in enumerate(notes, 1)]
    return nfc("\n".join(lines))


def main() -> int:
    return report_main(sys.argv, PDF, "heldout", METADATA, outline, plain_text, build_pdf)


if __name__ == "__main__":
    sys.exit(main())
