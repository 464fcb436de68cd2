"""Sinh báo cáo giả định tổng kết công tác Hội và phong trào nông dân năm 2026 của Hội Nông dân tỉnh Lâm Hà (dữ liệu bịa).

Writes tests/data/hnd-tinh-lam-ha-nam-2026.pdf: an invented year-end report of the Executive Committee of the Farmers'
Union (Hội Nông dân) of the fictional province of Lâm Hà ("Báo cáo tổng kết công tác Hội và phong trào nông dân năm
2026, phương hướng, nhiệm vụ năm 2027"), written by a helper who never saw the assistant's code (held-out labels:
eval/real/outlines/hnd-tinh-lam-ha-nam-2026.json, eval/real/questions_held9.jsonl).
Born-digital (reportlab, embedded DejaVu Serif), about ten pages: a mass-organisation header on the first page (left
"BAN CHẤP HÀNH / HỘI NÔNG DÂN TỈNH LÂM HÀ / * / Số: 147-BC/HNDT", right "HỘI NÔNG DÂN VIỆT NAM" and place/date, no
national motto), a running header and page numbers on every page after the first, four page-bottom footnotes whose
markers are glued to the preceding word and whose figures appear nowhere else, two parts ("Phần thứ nhất" / "Phần
thứ hai", the title on the next line) whose Roman numbering restarts in the second part, Roman headings written with
a dash in the first part ("I- ", "II- " … "V- ", ids "Phần thứ nhất › III") and with a dot in the second ("I.",
"II.", "III."), Arabic "1." headings, one section (Phần thứ nhất › III.1) with decimal "1.1." … "1.3." headings,
"a)" … "d)" headings (under III.3 and V.3), an Arabic heading long enough to wrap over two lines, '-' items with
'+' sub-items, and a bordered table (hộ sản xuất, kinh doanh giỏi by cấp công nhận: năm 2025 / năm 2026 / tăng,
giảm / tỷ lệ / hộ có thu nhập từ 1 tỷ đồng trở lên) with header and row-label cells wrapping over two or three
lines. After the signature block ("TM. BAN THƯỜNG VỤ / CHỦ TỊCH") with "Nơi nhận:", on its own page, a "Phụ lục"
table by huyện / thị xã / thành phố with a "Tổng cộng" row that adds up to the figures quoted in the body.
Figures use the Vietnamese format (186.420 hội viên; 1.842,6 tỷ đồng; 96,8%); HND, SXKDG, QHTND / Quỹ HTND, HTX,
THT are abbreviated in some places and spelled out in others; the same nouns recur in different scopes (hội viên
toàn tỉnh vs kết nạp mới; hộ SXKD giỏi cấp Trung ương / tỉnh / huyện / cơ sở; Quỹ Hỗ trợ nông dân cấp tỉnh /
huyện / xã; 2025 vs 2026 vs chỉ tiêu 2027).

Run: .venv/bin/python scripts/make_test_report_hoi_nong_dan.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_hoi_nong_dan.py --outline  (expected outline)
     .venv/bin/python scripts/make_test_report_hoi_nong_dan.py --text     (plain text, footnotes last)
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
from reportlab.platypus import HRFlowable, PageBreak, Paragraph, Spacer, Table, TableStyle  # noqa: E402

NAME = "hnd-tinh-lam-ha-nam-2026"
PDF = ROOT / "tests" / "data" / f"{NAME}.pdf"

HEADER_TEXT = "Báo cáo tổng kết công tác Hội và phong trào nông dân năm 2026 - Hội Nông dân tỉnh Lâm Hà"
TITLE_LINE = "BÁO CÁO"
SUBTITLE = ("Tổng kết công tác Hội và phong trào nông dân năm 2026,\n"
            "phương hướng, nhiệm vụ năm 2027")
METADATA = {"issuer": "Hội Nông dân tỉnh Lâm Hà", "number": "147-BC/HNDT",
            "date": "ngày 15 tháng 12 năm 2026", "place": "Lâm Giang", "signer": "Trịnh Xuân Khải",
            "signer_title": "TM. BAN THƯỜNG VỤ CHỦ TỊCH",
            "title": "Tổng kết công tác Hội và phong trào nông dân năm 2026, phương hướng, nhiệm vụ năm 2027"}


def pct(a: int, b: int) -> str:
    """a/b in per cent, one decimal, rounded half up with integers only ("77,2")."""
    t = (2000 * a + b) // (2 * b)
    return f"{t // 10},{t % 10}"


def up(a: int, b: int) -> str:
    """How much a is above b, in per cent."""
    return pct(a - b, b)


def tenths(x: int) -> str:
    """A figure kept in tenths (18426 -> "1.842,6")."""
    return f"{vn_int(x // 10)},{x % 10}"


# --------------------------------------------------------------------------------------------------
# Phụ lục: by huyện / thị xã / thành phố; the totals are the province's figures quoted in the body.
# (STT, tên, cơ sở Hội, chi hội, hội viên, kết nạp mới 2026, hộ SXKDG các cấp 2026,
#  nguồn vốn Quỹ HTND cấp huyện quản lý (triệu đồng), dư nợ ủy thác NHCSXH (tenths of tỷ đồng))
# --------------------------------------------------------------------------------------------------
CO_SO, CHI_HOI, HOI_VIEN, KET_NAP, SXKDG, QUY_HUYEN, DU_NO_CS = 152, 1486, 186420, 4315, 31764, 30476, 18426
UNITS8 = [
    ("1", "Thành phố Lâm Giang", 16, 98, 9864, 192, 1425, 2150, 964),
    ("2", "Thị xã Hà Phong", 12, 104, 12318, 254, 2086, 2846, 1328),
    ("3", "Huyện Tân Lâm", 19, 186, 25742, 612, 4918, 4520, 2465),
    ("4", "Huyện Mỹ Hà", 18, 172, 23156, 528, 4136, 3985, 2287),
    ("5", "Huyện Đại Phú", 17, 168, 21487, 476, 3872, 3410, 2153),
    ("6", "Huyện Thanh Lâm", 18, 176, 22905, 541, 3964, 3628, 2241),
    ("7", "Huyện Yên Hà", 17, 189, 24316, 603, 4205, 3275, 2519),
    ("8", "Huyện Bắc Lâm", 16, 192, 23764, 584, 3946, 3312, 2426),
]
_TOT = (CO_SO, CHI_HOI, HOI_VIEN, KET_NAP, SXKDG, QUY_HUYEN, DU_NO_CS)
UNITS = UNITS8 + [("9", "Huyện Sơn Lâm") + tuple(t - sum(u[i] for u in UNITS8) for i, t in enumerate(_TOT, 2))]
assert UNITS[8][2:] == (19, 201, 22868, 525, 3212, 3350, 2043), UNITS[8]

APPX_LABEL = "Phụ lục"
APPX_TITLE = ("MỘT SỐ KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN NĂM 2026 CỦA CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ")
APPX_NOTE = "(Kèm theo Báo cáo số 147-BC/HNDT ngày 15/12/2026 của Ban Thường vụ Hội Nông dân tỉnh)"
APPX_UNIT = "Số liệu tính đến ngày 30/11/2026"
APPX_HEAD = ["STT", "Đơn vị", "Số cơ sở Hội", "Số chi hội", "Tổng số hội viên", "Kết nạp hội viên mới năm 2026",
             "Hộ đạt danh hiệu SXKDG các cấp năm 2026", "Nguồn vốn Quỹ HTND do cấp huyện quản lý (triệu đồng)",
             "Dư nợ ủy thác qua Ngân hàng CSXH (tỷ đồng)"]


def appx_cells(u) -> list[str]:
    return [vn_int(u[2]), vn_int(u[3]), vn_int(u[4]), vn_int(u[5]), vn_int(u[6]), vn_int(u[7]), tenths(u[8])]


def appx_rows() -> list[tuple[list[str], bool]]:
    rows = [([u[0], u[1]] + appx_cells(u), False) for u in UNITS]
    tot = ("", "Tổng cộng") + tuple(sum(u[i] for u in UNITS) for i in range(2, 9))
    assert tot[2:] == _TOT
    rows.append((["", "Tổng cộng"] + appx_cells(tot), True))
    return rows


# --------------------------------------------------------------------------------------------------
# Bảng: hộ SXKD giỏi by cấp công nhận (cấp, năm 2025, năm 2026, hộ có thu nhập từ 1 tỷ đồng/năm trở lên)
# --------------------------------------------------------------------------------------------------
SX_ROWS = [
    ("1", "Cấp Trung ương (Ban Chấp hành Trung ương Hội Nông dân Việt Nam công nhận)", 24, 28, 28),
    ("2", "Cấp tỉnh (Ban Thường vụ Hội Nông dân tỉnh công nhận)", 1096, 1152, 486),
    ("3", "Cấp huyện (Hội Nông dân huyện, thị xã, thành phố công nhận)", 9512, 9846, 1215),
    ("4", "Cấp cơ sở (xã, phường, thị trấn)", 19896, 20738, 2043),
]
SX_2025, SX_2026, SX_TY = (sum(r[i] for r in SX_ROWS) for i in (2, 3, 4))
assert (SX_2025, SX_2026, SX_TY) == (30528, SXKDG, 3772), (SX_2025, SX_2026, SX_TY)
SX_DANG_KY, SX_CHI_TIEU = 52480, 31000


def sx_table() -> dict:
    def signed(n: int) -> str:
        return ("+" if n > 0 else "-" if n < 0 else "") + vn_int(abs(n))

    rows = [[r[0], r[1], vn_int(r[2]), vn_int(r[3]), signed(r[3] - r[2]), pct(r[3], SX_2026), vn_int(r[4])]
            for r in SX_ROWS]
    rows.append(["", "<b>Tổng cộng</b>", vn_int(SX_2025), vn_int(SX_2026), signed(SX_2026 - SX_2025), "100",
                 vn_int(SX_TY)])
    return {"unit": "Đơn vị tính: hộ",
            "head": ["STT", "Cấp công nhận danh hiệu", "Số hộ đạt năm 2025", "Số hộ đạt năm 2026",
                     "Tăng (+), giảm (-) so với năm 2025", "Tỷ lệ trong tổng số hộ đạt năm 2026 (%)",
                     "Trong đó: hộ có thu nhập từ 1 tỷ đồng/năm trở lên"],
            "widths": [1.1 * cm, 4.9 * cm, 2.0 * cm, 2.0 * cm, 2.1 * cm, 2.1 * cm, 2.3 * cm],
            "rows": rows, "bold_rows": {len(rows) - 1}}


TABLE_CAPTION = "Bảng: Kết quả bình xét hộ nông dân sản xuất, kinh doanh giỏi các cấp năm 2026"
_pcts = [pct(r[3], SX_2026) for r in SX_ROWS]
assert _pcts == ["0,1", "3,6", "31,0", "65,3"], _pcts

# --------------------------------------------------------------------------------------------------
# Other figures quoted in the text
# --------------------------------------------------------------------------------------------------
HOI_VIEN_2025, HO_NONG_NGHIEP, KN_CHI_TIEU = 183947, 241350, 4000
# Quỹ Hỗ trợ nông dân (triệu đồng): cấp tỉnh (TW ủy thác + ngân sách tỉnh), cấp huyện, cấp xã
QUY_TW, QUY_NS_TINH, QUY_XA = 12000, 26520, 3850
QUY_TINH = QUY_TW + QUY_NS_TINH
QUY_TONG = QUY_TINH + QUY_HUYEN + QUY_XA
QUY_TANG = (3000, 2140, 1075)  # ngân sách tỉnh, ngân sách huyện, vận động
QUY_2025 = QUY_TONG - sum(QUY_TANG)
assert (QUY_TINH, QUY_TONG, QUY_2025) == (38520, 72846, 66631)
# dự án giải ngân năm 2026 by lĩnh vực (footnote): (dự án, hộ, triệu đồng)
GN_LV = {"cn": (79, 1214, 17860), "tt": (64, 998, 13540), "ts": (27, 446, 6420), "dv": (16, 290, 3440)}
GN = tuple(sum(x[i] for x in GN_LV.values()) for i in range(3))
assert GN == (186, 2948, 41260), GN
DU_NO_QUY, NQH_QUY = 70934, 428
# xếp loại (footnote): cơ sở Hội vững mạnh / khá / trung bình; chi hội
XL_CS, XL_CH = (118, 29, 5), (1132, 298, 56)
assert sum(XL_CS) == CO_SO and sum(XL_CH) == CHI_HOI
HOA_GIAI = (314, 287)
DOI_THOAI = (1426, 1358)

# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   part (label, "<br/>TITLE"), roman / arabic / dec / letter (label, title), p / dash / plus (text,),
#   table (None,) = the SXKDG table
# --------------------------------------------------------------------------------------------------
OPENING = [
    ("p", "Thực hiện Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Lâm Hà lần thứ XI, nhiệm kỳ 2023 - 2028; Nghị "
          "quyết số 08-NQ/HNDT ngày 20/01/2026 của Ban Chấp hành Hội Nông dân tỉnh về nhiệm vụ công tác Hội và "
          "phong trào nông dân năm 2026 và Hướng dẫn số 61-HD/HNDTW ngày 10/11/2026 của Ban Thường vụ Trung ương "
          "Hội Nông dân Việt Nam về tổng kết công tác Hội năm 2026, Ban Thường vụ Hội Nông dân tỉnh báo cáo kết "
          "quả công tác Hội và phong trào nông dân năm 2026, phương hướng, nhiệm vụ năm 2027 như sau:"),
]

BODY = [
    ("part", "Phần thứ nhất", "<br/>KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN NĂM 2026"),
    ("p", f"Năm 2026, kinh tế - xã hội của tỉnh tiếp tục phát triển ổn định; giá trị sản xuất nông, lâm nghiệp và "
          f"thủy sản ước tăng 3,8% so với năm 2025; thu nhập bình quân của người dân khu vực nông thôn đạt 58,6 "
          f"triệu đồng/người/năm. Toàn tỉnh có {vn_int(HO_NONG_NGHIEP)} hộ nông nghiệp; 112/138 xã đạt chuẩn nông "
          f"thôn mới, trong đó 37 xã đạt chuẩn nông thôn mới nâng cao. Bên cạnh những thuận lợi, sản xuất nông "
          f"nghiệp gặp không ít khó khăn: nắng hạn kéo dài đầu vụ Đông Xuân; cơn bão số 5 (tháng 9/2026) làm ngập, "
          f"đổ 2.860 ha lúa và hoa màu; dịch tả lợn châu Phi tái phát ở một số địa phương; giá vật tư nông nghiệp "
          f"ở mức cao trong khi giá nhiều loại nông sản không ổn định, ảnh hưởng đến đời sống, tâm lý của hội "
          f"viên, nông dân. Trong bối cảnh đó, được sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, Trung ương Hội "
          f"Nông dân Việt Nam, sự phối hợp của chính quyền, các sở, ngành, Ban Thường vụ Hội Nông dân tỉnh đã tập "
          f"trung chỉ đạo các cấp Hội thực hiện đồng bộ các nhiệm vụ; 12/13 chỉ tiêu Nghị quyết Ban Chấp hành "
          f"giao năm 2026 đạt và vượt. Kết quả cụ thể như sau:"),

    ("roman", "I-", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC CHÍNH TRỊ, TƯ TƯỞNG CHO CÁN BỘ, HỘI VIÊN, NÔNG DÂN"),
    ("arabic", "1.", "Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước"),
    ("p", "Các cấp Hội bám sát nhiệm vụ chính trị của địa phương, đổi mới nội dung, hình thức tuyên truyền, gắn "
          "với sinh hoạt chi hội, tổ hội. Trong năm, các cấp Hội tổ chức 3.842 buổi tuyên truyền cho 214.560 lượt "
          "cán bộ, hội viên, nông dân về Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp "
          "hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm "
          "2045, các chính sách mới về đất đai, bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình; phối hợp "
          "với các cơ quan báo chí của tỉnh thông tin về hoạt động của Hội và gương nông dân tiêu biểu[[Trong "
          "đó: Báo Lâm Hà đăng 86 tin, bài; Đài Phát thanh và Truyền hình tỉnh phát sóng 24 số chuyên mục “Nhà "
          "nông Lâm Hà”; Trang thông tin điện tử của Hội Nông dân tỉnh đăng tải 436 tin, bài, ảnh; các cơ sở Hội "
          "duy trì 1.640 nhóm Zalo của chi hội để trao đổi thông tin với hội viên.]]. Cụ thể:"),
    ("dash", "Phối hợp với Sở Tư pháp tổ chức 46 hội nghị tuyên truyền, phổ biến pháp luật cho 5.820 lượt hội "
             "viên, nông dân; duy trì 264 câu lạc bộ “Nông dân với pháp luật” với 7.918 thành viên, sinh hoạt "
             "định kỳ hằng quý."),
    ("dash", "Tổ chức học tập, quán triệt các nghị quyết, chỉ thị mới của Đảng cho 100% cán bộ Hội cấp tỉnh, cấp "
             "huyện; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với phong trào "
             "thi đua của Hội, qua đó biểu dương 216 tập thể, 1.048 cá nhân điển hình."),
    ("dash", "Tuyên truyền, vận động hội viên, nông dân tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế; "
             "trong năm có 2.415 hội viên tham gia bảo hiểm xã hội tự nguyện mới."),
    ("arabic", "2.", "Nắm bắt tình hình tư tưởng, tham gia hòa giải và giải quyết khiếu nại, tố cáo"),
    ("p", f"Các cấp Hội duy trì chế độ nắm bắt, tổng hợp tình hình tư tưởng hội viên, nông dân hằng tháng, kịp "
          f"thời phản ánh với cấp ủy, chính quyền những vấn đề nông dân quan tâm như bồi thường, giải phóng mặt "
          f"bằng các dự án giao thông, ô nhiễm môi trường trong chăn nuôi, giá nông sản. Các cấp Hội tham gia "
          f"hòa giải {HOA_GIAI[0]} vụ việc mâu thuẫn, tranh chấp trong nội bộ nông dân, hòa giải thành "
          f"{HOA_GIAI[1]} vụ việc, đạt {pct(HOA_GIAI[1], HOA_GIAI[0])}%; phối hợp với Trung tâm Trợ giúp pháp "
          f"lý nhà nước tỉnh tổ chức 48 đợt trợ giúp pháp lý lưu động cho 3.260 lượt nông dân; tiếp nhận, chuyển "
          f"37 đơn thư của nông dân đến cơ quan có thẩm quyền giải quyết. Trong năm, trên địa bàn tỉnh không xảy "
          f"ra khiếu kiện đông người, vượt cấp liên quan đến nông dân. Hội Nông dân tỉnh duy trì đường dây "
          f"nóng tiếp nhận phản ánh của nông dân về vật tư nông nghiệp giả, kém chất lượng."),

    ("roman", "II-", "CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI VỮNG MẠNH"),
    ("arabic", "1.", "Củng cố, kiện toàn tổ chức và phát triển hội viên"),
    ("p", f"Toàn tỉnh hiện có {CO_SO} cơ sở Hội, {vn_int(CHI_HOI)} chi hội và 3.904 tổ hội. Các cấp Hội tập trung "
          f"củng cố tổ chức, nâng cao chất lượng sinh hoạt chi hội; 100% chi hội sinh hoạt định kỳ ít nhất 01 "
          f"lần/quý, 68% chi hội tổ chức sinh hoạt chuyên đề. Năm 2026, các cấp Hội kết nạp mới "
          f"{vn_int(KET_NAP)} hội viên, đạt {pct(KET_NAP, KN_CHI_TIEU)}% chỉ tiêu năm (chỉ tiêu "
          f"{vn_int(KN_CHI_TIEU)} hội viên). Đến ngày 30/11/2026, tổng số hội viên toàn tỉnh là "
          f"{vn_int(HOI_VIEN)} hội viên, tăng {vn_int(HOI_VIEN - HOI_VIEN_2025)} hội viên so với năm 2025 "
          f"({vn_int(HOI_VIEN_2025)} hội viên), chiếm {pct(HOI_VIEN, HO_NONG_NGHIEP)}% tổng số hộ nông nghiệp; "
          f"tỷ lệ hội viên đóng hội phí đạt 96,8%."),
    ("p", f"Công tác xây dựng chi hội, tổ hội nông dân nghề nghiệp được quan tâm; trong năm thành lập mới 9 chi "
          f"hội và 57 tổ hội nghề nghiệp, nâng tổng số lên 38 chi hội, 412 tổ hội nông dân nghề nghiệp với 5.236 "
          f"hội viên tham gia, chủ yếu trong lĩnh vực trồng rau an toàn, cây ăn quả, chăn nuôi bò và nuôi trồng "
          f"thủy sản. Cuối năm, các cấp Hội tổ chức đánh giá, xếp loại chất lượng tổ chức Hội theo hướng dẫn của "
          f"Trung ương Hội[[Kết quả đánh giá, xếp loại năm 2026: {XL_CS[0]} cơ sở Hội vững mạnh "
          f"({pct(XL_CS[0], CO_SO)}%), {XL_CS[1]} cơ sở Hội khá ({pct(XL_CS[1], CO_SO)}%), 0{XL_CS[2]} cơ sở "
          f"Hội trung bình ({pct(XL_CS[2], CO_SO)}%), không có cơ sở Hội yếu; có {vn_int(XL_CH[0])} chi hội vững "
          f"mạnh, {XL_CH[1]} chi hội khá và {XL_CH[2]} chi hội trung bình.]]."),
    ("arabic", "2.", "Công tác đào tạo, bồi dưỡng cán bộ Hội"),
    ("p", "Ban Thường vụ HND tỉnh phối hợp với Trường Chính trị tỉnh mở 4 lớp bồi dưỡng nghiệp vụ công "
          "tác Hội cho 386 chủ tịch, phó chủ tịch Hội cấp xã; Hội Nông dân các huyện, thị xã, thành phố mở 28 lớp "
          "bồi dưỡng cho 2.168 chi hội trưởng, chi hội phó. Cử 45 cán bộ Hội đi đào tạo trung cấp lý luận chính "
          "trị và 6 cán bộ đi học cao cấp lý luận chính trị. Đến nay, 94,1% cán bộ chủ chốt Hội cấp xã có trình "
          "độ chuyên môn từ trung cấp trở lên, 88,6% có trình độ trung cấp lý luận chính trị trở lên. Trong năm, "
          "Ban Chấp hành Hội Nông dân tỉnh bầu bổ sung 02 ủy viên Ban Chấp hành, 01 Phó Chủ tịch; hiện Ban Chấp "
          "hành có 35 ủy viên, Ban Thường vụ có 11 ủy viên."),
    ("arabic", "3.", "Công tác kiểm tra, giám sát và thi đua, khen thưởng"),
    ("p", "Ban Thường vụ Hội Nông dân tỉnh tổ chức kiểm tra việc thực hiện Điều lệ Hội, nghị quyết của Hội tại 9/9 "
          "huyện, thị xã, thành phố và 27 cơ sở Hội; giám sát việc quản lý, sử dụng Quỹ Hỗ trợ nông dân tại 4 "
          "huyện. Ủy ban Kiểm tra Hội các cấp tiến hành 164 cuộc kiểm tra, giám sát; qua kiểm tra đã nhắc nhở, "
          "yêu cầu khắc phục đối với 12 tổ chức Hội chậm nộp hội phí, lưu trữ hồ sơ vay vốn chưa đầy đủ."),
    ("p", "Công tác thi đua, khen thưởng được thực hiện kịp thời, đúng quy định. Hội Nông dân huyện Tân Lâm được "
          "Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng Cờ thi đua xuất sắc năm 2026, là đơn vị dẫn đầu "
          "phong trào thi đua của Hội Nông dân tỉnh; Ban Thường vụ Hội Nông dân tỉnh tặng Bằng khen cho 42 tập "
          "thể, 126 cá nhân có thành tích xuất sắc trong công tác Hội và phong trào nông dân."),

    ("roman", "III-", "CHỈ ĐẠO CÁC PHONG TRÀO THI ĐUA, HỖ TRỢ NÔNG DÂN PHÁT TRIỂN SẢN XUẤT, KINH DOANH VÀ NÂNG "
                      "CAO ĐỜI SỐNG"),
    ("arabic", "1.", "Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm "
                     "nghèo bền vững"),
    ("p", "Phong trào nông dân thi đua SXKDG tiếp tục là phong trào trọng tâm, được đông đảo hội viên, nông dân "
          "hưởng ứng; nhiều hộ mạnh dạn chuyển đổi cơ cấu cây trồng, vật nuôi, ứng dụng công nghệ cao, liên kết "
          "sản xuất theo chuỗi giá trị, góp phần tăng thu nhập và xây dựng nông thôn mới."),
    ("dec", "1.1.", "Kết quả bình xét hộ nông dân sản xuất, kinh doanh giỏi các cấp"),
    ("p", f"Đầu năm 2026 có {vn_int(SX_DANG_KY)} hộ đăng ký thi đua sản xuất, kinh doanh giỏi. Kết quả bình xét "
          f"cuối năm có {vn_int(SX_2026)} hộ đạt danh hiệu hộ SXKD giỏi các cấp, bằng "
          f"{pct(SX_2026, SX_DANG_KY)}% số hộ đăng ký, đạt {pct(SX_2026, SX_CHI_TIEU)}% chỉ tiêu năm và tăng "
          f"{vn_int(SX_2026 - SX_2025)} hộ so với năm 2025 ({vn_int(SX_2025)} hộ). Trong đó: cấp Trung ương "
          f"{SX_ROWS[0][3]} hộ; cấp tỉnh {vn_int(SX_ROWS[1][3])} hộ; cấp huyện {vn_int(SX_ROWS[2][3])} hộ; cấp "
          f"cơ sở {vn_int(SX_ROWS[3][3])} hộ. Có {vn_int(SX_TY)} hộ đạt danh hiệu có thu nhập từ 1 tỷ đồng/năm "
          f"trở lên, tạo việc làm thường xuyên cho 21.450 lao động. Kết quả bình xét theo từng cấp như sau:"),
    ("table", None),
    ("p", "Hội Nông dân tỉnh đã lựa chọn, giới thiệu 12 nông dân tiêu biểu tham dự Chương trình tôn vinh “Nông dân "
          "Việt Nam xuất sắc”; có 02 nông dân được Trung ương Hội công nhận danh hiệu Nông dân Việt Nam xuất sắc "
          "năm 2026."),
    ("dec", "1.2.", "Giúp nhau giảm nghèo bền vững"),
    ("p", "Các cấp Hội vận động hội viên khá, giỏi giúp đỡ hộ nghèo, hộ cận nghèo bằng nhiều hình thức như hỗ "
          "trợ 2.136 con giống, 846 tấn phân bón trả chậm không tính lãi và hơn 24.600 ngày công lao động. Năm "
          "2026, có 1.385 hộ hội viên thoát nghèo; tỷ lệ hộ nghèo khu vực nông thôn giảm từ 4,12% xuống còn "
          "3,05%. Hưởng ứng phong trào “Chung tay xóa nhà tạm, nhà dột nát”, các cấp Hội vận động hỗ trợ xây "
          "mới, sửa chữa 214 nhà ở cho hội viên có hoàn cảnh khó khăn với tổng kinh phí 10,7 tỷ đồng, trong đó "
          "Hội Nông dân tỉnh trực tiếp hỗ trợ 36 nhà với số tiền 1,8 tỷ đồng."),
    ("dec", "1.3.", "Nông dân tham gia xây dựng nông thôn mới, bảo vệ môi trường và bảo đảm quốc phòng, an ninh"),
    ("p", "Hội viên, nông dân tích cực tham gia Chương trình mục tiêu quốc gia xây dựng nông thôn mới: hiến "
          "42,6 ha đất, đóng góp 18.450 ngày công và 36,8 tỷ đồng để làm mới, nâng cấp 312 km đường giao thông "
          "nông thôn, 96 km kênh mương nội đồng. Các cấp Hội duy trì 173 mô hình “Chi hội nông dân tự quản bảo "
          "vệ môi trường”, trồng 58 tuyến đường hoa, cây xanh; thu gom 34,5 tấn vỏ bao bì thuốc bảo vệ thực vật "
          "sau sử dụng. Phong trào nông dân tham gia bảo đảm quốc phòng, an ninh được duy trì với 1.126 tổ “Nông "
          "dân tự quản an ninh trật tự”; hội viên, nông dân cung cấp 395 tin báo có giá trị cho lực lượng công "
          "an."),
    ("arabic", "2.", "Phát triển kinh tế tập thể trong nông nghiệp"),
    ("p", "Thực hiện Đề án “Hội Nông dân Việt Nam tham gia phát triển kinh tế tập thể trong nông nghiệp”, năm 2026 "
          "các cấp Hội vận động, hướng dẫn thành lập mới 156 THT và 18 HTX, vượt chỉ tiêu đề ra (chỉ tiêu 130 "
          "THT, 15 HTX). Đến nay, toàn tỉnh có 1.248 tổ hợp tác và 94 hợp tác xã do Hội Nông dân vận động, hướng "
          "dẫn thành lập và tham gia hỗ trợ hoạt động. Nhiều hợp tác xã hoạt động hiệu quả như HTX Nông nghiệp "
          "Phú An (huyện Đại Phú) liên kết tiêu thụ bưởi cho 248 hộ thành viên, HTX Rau an toàn Yên Hà cung ứng "
          "bình quân 6 tấn rau/ngày cho các bếp ăn tập thể trong khu công nghiệp."),
    ("arabic", "3.", "Hoạt động dịch vụ, tư vấn, hỗ trợ nông dân"),
    ("letter", "a)", "Xây dựng, quản lý và sử dụng Quỹ Hỗ trợ nông dân"),
    ("p", f"Công tác xây dựng Quỹ HTND tiếp tục được các cấp Hội quan tâm. Đến ngày 30/11/2026, tổng nguồn vốn "
          f"Quỹ Hỗ trợ nông dân các cấp đạt {vn_int(QUY_TONG)} triệu đồng, tăng {vn_int(QUY_TONG - QUY_2025)} "
          f"triệu đồng ({up(QUY_TONG, QUY_2025)}%) so với năm 2025; trong đó: Quỹ cấp tỉnh quản lý "
          f"{vn_int(QUY_TINH)} triệu đồng (nguồn Trung ương Hội ủy thác {vn_int(QUY_TW)} triệu đồng, nguồn ngân "
          f"sách tỉnh {vn_int(QUY_NS_TINH)} triệu đồng); Quỹ cấp huyện quản lý {vn_int(QUY_HUYEN)} triệu đồng; "
          f"Quỹ cấp xã quản lý {vn_int(QUY_XA)} triệu đồng. Nguồn vốn tăng trưởng trong năm gồm: ngân sách tỉnh "
          f"cấp bổ sung {vn_int(QUY_TANG[0])} triệu đồng, ngân sách cấp huyện cấp bổ sung "
          f"{vn_int(QUY_TANG[1])} triệu đồng, các cấp Hội vận động {vn_int(QUY_TANG[2])} triệu đồng."),
    ("p", f"Năm 2026, các cấp Hội giải ngân {GN[0]} dự án QHTND cho {vn_int(GN[1])} hộ vay với số tiền "
          f"{vn_int(GN[2])} triệu đồng[[Theo lĩnh vực: chăn nuôi {GN_LV['cn'][0]} dự án, "
          f"{vn_int(GN_LV['cn'][1])} hộ, {vn_int(GN_LV['cn'][2])} triệu đồng; trồng trọt {GN_LV['tt'][0]} dự án, "
          f"{GN_LV['tt'][1]} hộ, {vn_int(GN_LV['tt'][2])} triệu đồng; nuôi trồng thủy sản {GN_LV['ts'][0]} dự "
          f"án, {GN_LV['ts'][1]} hộ, {vn_int(GN_LV['ts'][2])} triệu đồng; ngành nghề nông thôn, dịch vụ "
          f"{GN_LV['dv'][0]} dự án, {GN_LV['dv'][1]} hộ, {vn_int(GN_LV['dv'][2])} triệu đồng.]]. Tổng dư nợ "
          f"Quỹ HTND các cấp đến ngày 30/11/2026 là {vn_int(DU_NO_QUY)} triệu đồng với 417 dự án, 6.532 hộ vay. "
          f"Vốn Quỹ được sử dụng đúng mục đích, tập trung cho các mô hình sản xuất hàng hóa, liên kết theo chuỗi; "
          f"nhiều hộ vay vốn đã vươn lên trở thành hộ SXKDG cấp huyện, cấp tỉnh."),
    ("letter", "b)", "Phối hợp với các tổ chức tín dụng hỗ trợ vốn cho hội viên, nông dân"),
    ("p", f"Hội Nông dân tỉnh nhận ủy thác cho vay vốn của Ngân hàng Chính sách xã hội (NHCSXH) tỉnh thông qua "
          f"1.032 Tổ tiết kiệm và vay vốn; tổng dư nợ ủy thác đến ngày 30/11/2026 đạt {tenths(DU_NO_CS)} tỷ đồng "
          f"với 38.215 hộ vay, chiếm 34,2% tổng dư nợ ủy thác qua các tổ chức chính trị - xã hội của NHCSXH tỉnh; "
          f"tỷ lệ nợ quá hạn 0,08%. Phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) chi "
          f"nhánh tỉnh Lâm Hà bảo lãnh tín chấp cho 6.148 hộ vay 924,5 tỷ đồng thông qua 236 tổ vay vốn."),
    ("letter", "c)", "Dạy nghề, tập huấn, chuyển giao khoa học kỹ thuật và cung ứng vật tư nông nghiệp"),
    ("p", "Các cấp Hội phối hợp tổ chức 1.265 lớp tập huấn chuyển giao khoa học kỹ thuật (KHKT) cho 68.420 lượt "
          "hội viên. Trung tâm Hỗ trợ nông dân tỉnh phối hợp với các cơ sở giáo dục nghề nghiệp mở 78 lớp dạy "
          "nghề trình độ sơ cấp và dưới 3 tháng cho 2.340 lao động nông thôn; sau học nghề có 81,5% người học có "
          "việc làm mới hoặc tiếp tục làm nghề với năng suất, thu nhập cao hơn. Phối hợp với các doanh nghiệp "
          "cung ứng 4.850 tấn phân bón, 132 tấn giống cây trồng các loại theo phương thức trả chậm không tính "
          "lãi, tổng giá trị 63,7 tỷ đồng."),
    ("letter", "d)", "Hỗ trợ tiêu thụ nông sản, xây dựng sản phẩm OCOP và chuyển đổi số"),
    ("p", "Các cấp Hội hỗ trợ hội viên xây dựng 27 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên; phối "
          "hợp tổ chức 06 phiên chợ nông sản an toàn; hướng dẫn 1.420 hộ hội viên mở gian hàng trên các sàn "
          "thương mại điện tử; kết nối tiêu thụ 12.480 tấn nông sản cho nông dân, trong đó có 3.600 tấn vải thiều "
          "và 2.270 tấn bưởi. Triển khai Đề án chuyển đổi số của Hội, 100% cơ sở Hội ứng dụng phần mềm quản lý "
          "hội viên; xây dựng 72 mô hình “Chi hội nông dân số”."),

    ("roman", "IV-", "THAM GIA XÂY DỰNG ĐẢNG, CHÍNH QUYỀN; THỰC HIỆN GIÁM SÁT, PHẢN BIỆN XÃ HỘI"),
    ("arabic", "1.", "Tham gia xây dựng Đảng, chính quyền"),
    ("p", "Các cấp Hội tham gia góp ý xây dựng Đảng, chính quyền thông qua các hội nghị lấy ý kiến đối với dự "
          "thảo văn kiện, đề án của cấp ủy, chính quyền; giới thiệu 642 hội viên ưu tú cho tổ chức đảng xem xét "
          "bồi dưỡng, kết nạp, trong năm đã có 518 hội viên được kết nạp vào Đảng. HND tỉnh tham gia Tổ "
          "công tác của UBND tỉnh thẩm định, trình công nhận xã đạt chuẩn nông thôn mới, nông thôn mới nâng "
          "cao."),
    ("arabic", "2.", "Giám sát, phản biện xã hội và đối thoại với nông dân"),
    ("p", f"Thực hiện Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị "
          f"- xã hội, các cấp Hội chủ trì 28 cuộc giám sát, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cùng "
          f"cấp tham gia 64 cuộc giám sát, tập trung vào việc thực hiện chính sách hỗ trợ sản xuất nông nghiệp, "
          f"bồi thường, hỗ trợ tái định cư và quản lý chất lượng vật tư nông nghiệp; tham gia phản biện 11 dự "
          f"thảo văn bản. Các cấp Hội phối hợp tổ chức 18 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính "
          f"quyền với nông dân, tiếp nhận {vn_int(DOI_THOAI[0])} ý kiến, kiến nghị; đến nay đã giải quyết, trả "
          f"lời {vn_int(DOI_THOAI[1])} ý kiến, đạt {pct(DOI_THOAI[1], DOI_THOAI[0])}%."),

    ("roman", "V-", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Ưu điểm"),
    ("p", "Năm 2026, công tác Hội và phong trào nông dân của tỉnh tiếp tục có nhiều chuyển biến tích cực; 12/13 "
          "chỉ tiêu Nghị quyết đạt và vượt kế hoạch, chỉ tiêu chưa đạt là tỷ lệ cơ sở Hội xếp loại vững mạnh "
          "(chỉ tiêu Nghị quyết 80%). Tổ chức Hội các cấp được củng cố; số lượng hội viên tăng, chất lượng sinh "
          "hoạt chi hội có chuyển biến. Phong trào thi đua SXKDG đi vào chiều sâu, số hộ đạt danh hiệu các cấp "
          "và số hộ có thu nhập cao tăng so với năm trước; nguồn vốn Quỹ Hỗ trợ nông dân tăng trưởng khá, phát "
          "huy hiệu quả. Vai trò của Hội trong tham gia xây dựng nông thôn mới, giám sát, phản biện xã hội ngày "
          "càng rõ nét."),
    ("arabic", "2.", "Hạn chế, khuyết điểm"),
    ("dash", "Nội dung, hình thức sinh hoạt của một số chi hội còn đơn điệu, chưa hấp dẫn hội viên trẻ; việc nắm "
             "bắt tư tưởng hội viên ở một số cơ sở chưa kịp thời."),
    ("dash", "Chất lượng hoạt động của chi hội, tổ hội nông dân nghề nghiệp chưa đồng đều, nhất là:"),
    ("plus", "một số tổ hội nghề nghiệp thành lập nhưng không duy trì sinh hoạt, chưa xây dựng quy chế hoạt động;"),
    ("plus", "liên kết giữa tổ hội nghề nghiệp với doanh nghiệp, hợp tác xã trong tiêu thụ sản phẩm còn lỏng lẻo."),
    ("dash", "Phong trào SXKDG phát triển chưa đều giữa các địa bàn; số hộ đạt danh hiệu ở các xã vùng cao của "
             "huyện Sơn Lâm còn thấp, quy mô sản xuất nhỏ lẻ."),
    ("dash", f"Nguồn vốn Quỹ HTND còn nhỏ so với nhu cầu vay vốn của hội viên; một số dự án chậm trả nợ, phát "
             f"sinh nợ quá hạn[[Đến ngày 30/11/2026, nợ quá hạn Quỹ Hỗ trợ nông dân toàn tỉnh là {NQH_QUY} triệu "
             f"đồng ({pct(NQH_QUY, DU_NO_QUY)}% dư nợ), tập trung ở huyện Yên Hà 186 triệu đồng và huyện Bắc Lâm "
             f"121 triệu đồng; có 04 dự án phải gia hạn nợ do thiệt hại bởi dịch tả lợn châu Phi.]]."),
    ("dash", "Tỷ lệ cơ sở Hội xếp loại vững mạnh chưa đạt chỉ tiêu Nghị quyết đề ra; công tác kiểm tra, giám sát "
             "ở một số cơ sở còn hình thức."),
    ("arabic", "3.", "Nguyên nhân của hạn chế"),
    ("letter", "a)", "Nguyên nhân khách quan"),
    ("p", "Thời tiết diễn biến bất thường, thiên tai, dịch bệnh trên cây trồng, vật nuôi gây thiệt hại cho sản "
          "xuất; giá vật tư đầu vào tăng, thị trường tiêu thụ nông sản không ổn định; lao động trẻ ở nông thôn "
          "chuyển dịch sang khu vực công nghiệp, dịch vụ, ảnh hưởng đến công tác phát triển hội viên."),
    ("letter", "b)", "Nguyên nhân chủ quan"),
    ("dash", "Một số cấp ủy, chính quyền cơ sở chưa quan tâm đúng mức đến việc bố trí kinh phí, tạo điều kiện cho "
             "Hội hoạt động; nhiều xã chưa cấp ngân sách bổ sung cho Quỹ Hỗ trợ nông dân cấp xã."),
    ("dash", "Năng lực của một bộ phận cán bộ Hội cơ sở, nhất là chi hội trưởng còn hạn chế; cán bộ chi hội kiêm "
             "nhiệm nhiều việc, thường xuyên biến động."),
    ("dash", "Công tác kiểm tra, đôn đốc của Hội cấp trên đối với cơ sở có lúc chưa thường xuyên; việc thẩm định "
             "dự án vay vốn Quỹ ở một số nơi chưa chặt chẽ."),
    ("arabic", "4.", "Bài học kinh nghiệm"),
    ("dash", "Bám sát sự lãnh đạo của cấp ủy, chủ động tham mưu, phối hợp với chính quyền, các sở, ngành để triển "
             "khai nhiệm vụ."),
    ("dash", "Lấy chi hội làm địa bàn, hội viên làm đối tượng trọng tâm; hoạt động của Hội phải gắn với lợi ích "
             "thiết thực của hội viên, nông dân."),
    ("dash", "Phát huy vai trò gương mẫu của người đứng đầu; coi trọng sơ kết, nhân rộng mô hình, điển hình tiên "
             "tiến."),

    ("part", "Phần thứ hai", "<br/>PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN NĂM 2027"),
    ("roman", "I.", "MỤC TIÊU, CHỈ TIÊU"),
    ("arabic", "1.", "Mục tiêu chung"),
    ("p", "Tiếp tục đổi mới nội dung, phương thức hoạt động, xây dựng tổ chức Hội vững mạnh; phát huy vai trò chủ "
          "thể của nông dân trong phát triển nông nghiệp, xây dựng nông thôn mới; nâng cao chất lượng các phong "
          "trào thi đua, hoạt động dịch vụ, tư vấn, hỗ trợ nông dân; góp phần thực hiện thắng lợi nghị quyết đại "
          "hội đảng bộ tỉnh và Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI."),
    ("arabic", "2.", "Các chỉ tiêu chủ yếu"),
    ("dash", "Kết nạp mới 4.200 hội viên; tỷ lệ hội viên đóng hội phí đạt từ 97% trở lên."),
    ("dash", "Có từ 80% cơ sở Hội và 78% chi hội trở lên được xếp loại vững mạnh."),
    ("dash", "Có 32.500 hộ đạt danh hiệu hộ SXKDG các cấp; giúp đỡ 1.200 hộ hội viên thoát nghèo."),
    ("dash", "Vận động, hướng dẫn thành lập mới 140 THT, 16 HTX; thành lập mới 10 chi hội, 60 tổ hội nông dân nghề "
             "nghiệp."),
    ("dash", "Tăng trưởng nguồn vốn Quỹ Hỗ trợ nông dân các cấp 5.500 triệu đồng, trong đó nguồn vận động của các "
             "cấp Hội 1.200 triệu đồng; tỷ lệ nợ quá hạn dưới 0,5%."),
    ("dash", "Phối hợp mở 80 lớp dạy nghề cho lao động nông thôn; 100% cơ sở Hội tổ chức ít nhất 02 buổi tập huấn "
             "chuyển giao KHKT cho hội viên."),
    ("roman", "II.", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("arabic", "1.", "Đổi mới nội dung, phương thức tuyên truyền, giáo dục chính trị, tư tưởng"),
    ("dash", "Tuyên truyền sâu rộng các nghị quyết của Đảng về nông nghiệp, nông dân, nông thôn, Nghị quyết Đại "
             "hội Hội Nông dân các cấp; ứng dụng mạng xã hội trong tuyên truyền, nắm bắt dư luận."),
    ("dash", "Nâng cao chất lượng hoạt động các câu lạc bộ “Nông dân với pháp luật”; chủ động tham gia hòa giải "
             "mâu thuẫn, tranh chấp ngay từ cơ sở."),
    ("arabic", "2.", "Xây dựng tổ chức Hội vững mạnh, nâng cao chất lượng cán bộ, hội viên"),
    ("dash", "Tập trung củng cố các cơ sở Hội, chi hội xếp loại trung bình; sắp xếp chi hội phù hợp với việc sáp "
             "nhập thôn, tổ dân phố."),
    ("dash", "Đẩy mạnh phát triển hội viên gắn với nâng cao chất lượng; ưu tiên kết nạp nông dân trẻ, chủ trang "
             "trại, thành viên hợp tác xã."),
    ("dash", "Xây dựng chi hội, tổ hội nông dân nghề nghiệp gắn với các vùng sản xuất hàng hóa tập trung và các "
             "sản phẩm OCOP."),
    ("dash", "Đổi mới đào tạo, bồi dưỡng cán bộ Hội theo phương châm “cầm tay chỉ việc”, chú trọng kỹ năng vận "
             "động quần chúng và chuyển đổi số cho chi hội trưởng."),
    ("arabic", "3.", "Nâng cao chất lượng các phong trào thi đua của Hội"),
    ("dash", "Đổi mới tiêu chí bình xét hộ SXKD giỏi theo hướng sản xuất hàng hóa, an toàn, liên kết chuỗi; tôn "
             "vinh, nhân rộng các mô hình có thu nhập cao."),
    ("dash", "Vận động hội viên tham gia xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu; thực hiện mô "
             "hình “Chi hội nông dân tự quản bảo vệ môi trường” tại 100% cơ sở Hội."),
    ("arabic", "4.", "Nâng cao hiệu quả hoạt động dịch vụ, tư vấn, hỗ trợ nông dân"),
    ("dash", "Tham mưu UBND tỉnh, UBND các huyện tiếp tục bổ sung ngân sách cho Quỹ HTND; đẩy mạnh vận động nguồn "
             "vốn từ doanh nghiệp, cá nhân và hội viên."),
    ("dash", "Nâng cao chất lượng thẩm định, giải ngân dự án Quỹ; ưu tiên cho vay các mô hình liên kết chuỗi, "
             "hợp tác xã, tổ hội nghề nghiệp; kiên quyết xử lý nợ quá hạn."),
    ("dash", "Phối hợp với NHCSXH, Agribank nâng cao chất lượng tín dụng ủy thác; củng cố các Tổ tiết kiệm và vay "
             "vốn hoạt động yếu kém."),
    ("dash", "Mở rộng kết nối tiêu thụ nông sản qua sàn thương mại điện tử; hỗ trợ nông dân xây dựng mã số vùng "
             "trồng, truy xuất nguồn gốc sản phẩm."),
    ("arabic", "5.", "Tham gia xây dựng Đảng, chính quyền; giám sát, phản biện xã hội"),
    ("p", "Tích cực giới thiệu hội viên ưu tú cho Đảng xem xét kết nạp; thực hiện tốt chức năng giám sát, phản "
          "biện xã hội, tập trung vào chính sách đất đai, bồi thường, giải phóng mặt bằng và quản lý vật tư "
          "nông nghiệp; duy trì hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nông dân."),
    ("roman", "III.", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ("arabic", "1.", "Đối với Trung ương Hội Nông dân Việt Nam"),
    ("dash", "Tăng nguồn vốn Quỹ Hỗ trợ nông dân Trung ương ủy thác cho tỉnh lên 15.000 triệu đồng để đáp ứng "
             "nhu cầu vay vốn của hội viên."),
    ("dash", "Nâng mức cho vay tối đa đối với dự án Quỹ HTND do tổ hợp tác, hợp tác xã làm chủ; sớm hướng dẫn "
             "quy trình cho vay Quỹ trên nền tảng số."),
    ("dash", "Tăng cường mở các lớp bồi dưỡng nghiệp vụ cho chủ tịch Hội cấp xã sau sắp xếp đơn vị hành chính."),
    ("arabic", "2.", "Đối với Tỉnh ủy, Ủy ban nhân dân tỉnh"),
    ("dash", "Bố trí 5.000 triệu đồng từ ngân sách tỉnh năm 2027 bổ sung cho Quỹ HTND tỉnh; chỉ đạo UBND các "
             "huyện, thị xã, thành phố bố trí ngân sách bổ sung cho Quỹ cấp huyện."),
    ("dash", "Ban hành cơ chế hỗ trợ kinh phí hoạt động cho chi hội nông dân nghề nghiệp và hợp tác xã do Hội "
             "hướng dẫn thành lập."),
    ("dash", "Giao Hội Nông dân tỉnh chủ trì tổ chức Hội chợ nông sản và sản phẩm OCOP tỉnh Lâm Hà năm 2027."),
    ("p", "Trên đây là báo cáo tổng kết công tác Hội và phong trào nông dân năm 2026, phương hướng, nhiệm vụ năm "
          "2027 của Ban Thường vụ Hội Nông dân tỉnh Lâm Hà./."),
]

RECIPIENTS = ["- BCH Trung ương Hội NDVN (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Ban Dân vận Tỉnh ủy;",
              "- UBND tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các ban, đơn vị thuộc Hội ND tỉnh;",
              "- Hội ND các huyện, thị xã, thành phố;", "- Lưu: VP."]
SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trịnh Xuân Khải"]


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    hd = ParagraphStyle("hd_org", parent=st["hd_left"], fontSize=11.5, leading=14.5)
    left = [Paragraph(nfc("BAN CHẤP HÀNH<br/>HỘI NÔNG DÂN TỈNH LÂM HÀ"), hd),
            Paragraph("*", st["hd_left_n"]), Spacer(1, 2),
            Paragraph(nfc("Số: " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph(nfc("HỘI NÔNG DÂN VIỆT NAM"), st["hd_right"]),
             HRFlowable(width=5.6 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=22),
             Paragraph(nfc(METADATA["place"] + ", " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[7.4 * cm, FRAME_W - 7.4 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Paragraph(TITLE_LINE, st["title"]), Paragraph(nfc(SUBTITLE).replace("\n", "<br/>"), st["subtitle"]),
            HRFlowable(width=3.0 * cm, thickness=0.7, color=colors.black, spaceBefore=0, spaceAfter=8)]


def sx_flowables(st) -> list:
    cap = ParagraphStyle("cap", parent=st["part"], fontSize=12, leading=15, spaceBefore=4, spaceAfter=0)
    return [Paragraph(nfc(TABLE_CAPTION), cap)] + table_flowables(sx_table(), st, pad=3)


def appendix_flowables(st) -> list:
    cs = dict(fontName="Serif", fontSize=9.5, leading=11.5)
    c_c = ParagraphStyle("ax_c", alignment=TA_CENTER, **cs)
    c_l = ParagraphStyle("ax_l", alignment=TA_LEFT, **cs)
    c_cb = ParagraphStyle("ax_cb", alignment=TA_CENTER, **{**cs, "fontName": "Serif-Bold"})
    c_lb = ParagraphStyle("ax_lb", alignment=TA_LEFT, **{**cs, "fontName": "Serif-Bold"})
    head = [[Paragraph(nfc(h), c_cb) for h in APPX_HEAD]]
    body = []
    for r, bold in appx_rows():
        body.append([Paragraph(r[0], c_cb if bold else c_c), Paragraph(nfc(r[1]), c_lb if bold else c_l)]
                    + [Paragraph(c, c_cb if bold else c_c) for c in r[2:]])
    widths = [0.9 * cm, 3.1 * cm, 1.45 * cm, 1.45 * cm, 1.8 * cm, 1.9 * cm, 2.0 * cm, 2.05 * cm, 1.85 * cm]
    assert abs(sum(widths) - FRAME_W) < 1
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    t = Table(head + body, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return [PageBreak(), Paragraph(nfc(APPX_LABEL), st["part"]),
            Paragraph(nfc(APPX_TITLE), ParagraphStyle("ax_t", parent=st["part"], spaceBefore=0, spaceAfter=2)),
            Paragraph(nfc(APPX_NOTE), st["hd_date"]), Spacer(1, 6), Paragraph(nfc(APPX_UNIT), st["unit"]), t]


HEADINGS = ("part", "roman", "arabic", "dec", "letter")


def flowables(st, blocks: list[tuple]) -> list:
    return (header_block(st)
            + block_flowables(blocks, st, HEADINGS, lambda: sx_flowables(st))
            + signature(st, RECIPIENTS, SIGNATURE, right_w=7.0 * cm)
            + appendix_flowables(st))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + BODY, flowables, header_text=HEADER_TEXT, title="Báo cáo " + METADATA["title"],
                      author=METADATA["issuer"], creator=f"scripts/make_test_report_{NAME}.py",
                      number_first_page=False, hd_right_size=12, title_size=14.5, subtitle_after=4,
                      cell_size=10.5, cell_lead=12.5)


# --------------------------------------------------------------------------------------------------
# Outline (ids: "Phần thứ nhất › III.1.2", "Phần thứ nhất › III.3.a", "Phần thứ hai › II.4") and text
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
        label = b[1].rstrip(".-)")  # "I-" has the id "I" like "I."
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
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), ids
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    blocks, notes = number_footnotes(OPENING + BODY)
    lines = ["BAN CHẤP HÀNH", "HỘI NÔNG DÂN TỈNH LÂM HÀ", "*", "Số: " + METADATA["number"],
             "HỘI NÔNG DÂN VIỆT NAM", METADATA["place"] + ", " + METADATA["date"], TITLE_LINE,
             SUBTITLE.replace("\n", " ")]
    for b in blocks:
        if b[0] in HEADINGS:
            lines.append(f"{b[1]} {clean(b[2])}")
        elif b[0] == "p":
            lines.append(strip_markup(b[1]))
        elif b[0] in ("dash", "plus"):
            lines.append(("- " if b[0] == "dash" else "+ ") + strip_markup(b[1]))
        elif b[0] == "table":
            tb = sx_table()
            lines += [TABLE_CAPTION, tb["unit"], " | ".join(tb["head"])]
            lines += [" | ".join(strip_markup(c) for c in r) for r in tb["rows"]]
    lines += ["Nơi nhận:"] + RECIPIENTS + SIGNATURE
    lines += [APPX_LABEL, APPX_TITLE, APPX_NOTE, APPX_UNIT, " | ".join(APPX_HEAD)]
    lines += [" | ".join(r) for r, _ in appx_rows()]
    lines += [f"{n} {t}" for n, t in enumerate(notes, 1)]
    return nfc("\n".join(lines))


def main() -> int:
    return report_main(sys.argv, PDF, "heldout", METADATA, outline, plain_text, build_pdf)


if __name__ == "__main__":
    sys.exit(main())
