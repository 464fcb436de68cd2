"""Sinh báo cáo giả định kết quả giám sát chuyên đề của Đoàn giám sát HĐND tỉnh Bắc Sơn năm 2026 (dữ liệu bịa).

Writes tests/data/hdnd-tinh-bac-son-giam-sat-2026.pdf: an invented report of the supervision delegation of the
Standing Committee of the People's Council (Đoàn giám sát của Thường trực Hội đồng nhân dân) of the fictional
province of Bắc Sơn on how the policies supporting agricultural production and the new-countryside programme
(nông thôn mới) were carried out in 2021 - 2025, written by a helper who never saw the assistant's code
(held-out labels: eval/real/outlines/hdnd-tinh-bac-son-giam-sat-2026.json, eval/real/questions_held6.jsonl).
Born-digital (reportlab, embedded DejaVu Serif): a two-column state header on the first page, a running header
and page numbers on every page after the first, page-bottom footnotes, three parts ("Phần thứ nhất" /
"Phần thứ hai" / "Phần thứ ba", the title on the next line) with Roman, Arabic, "1.1." decimal and "a)"
headings; the third part (kiến nghị) has numbered subsections addressed to several bodies and no Roman level.
One heading wraps over two lines; '(1) … (n)' items run inline in a paragraph; '-'/'+' items; a funding table
with group rows ("I." / "II.") and a total row; a signature block with "Nơi nhận:"; and, on its own page after
the signature, a "Phụ lục" table by district (huyện / thành phố) with a two-level column header (spanned group
cells), wrapping cells and a "Toàn tỉnh" total row.

Run: .venv/bin/python scripts/make_test_report_hdnd_giam_sat.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_hdnd_giam_sat.py --outline  (expected outline)
     .venv/bin/python scripts/make_test_report_hdnd_giam_sat.py --text     (plain text)
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

NAME = "hdnd-tinh-bac-son-giam-sat-2026"
PDF = ROOT / "tests" / "data" / f"{NAME}.pdf"

HEADER_TEXT = "Báo cáo kết quả giám sát chuyên đề giai đoạn 2021 - 2025 - Đoàn giám sát HĐND tỉnh Bắc Sơn"
TITLE_LINE = "BÁO CÁO"
SUBTITLE = ("Kết quả giám sát chuyên đề về việc thực hiện chính sách hỗ trợ\nphát triển sản xuất nông nghiệp và "
            "xây dựng nông thôn mới\ngiai đoạn 2021 - 2025 trên địa bàn tỉnh")
METADATA = {"issuer": "Đoàn giám sát của Thường trực Hội đồng nhân dân tỉnh Bắc Sơn", "number": "152/BC-ĐGS",
            "date": "ngày 20 tháng 11 năm 2026", "place": "Sơn Thành", "signer": "Lục Văn Tường",
            "signer_title": "TM. ĐOÀN GIÁM SÁT TRƯỞNG ĐOÀN",
            "title": "Kết quả giám sát chuyên đề về việc thực hiện chính sách hỗ trợ phát triển sản xuất nông "
                     "nghiệp và xây dựng nông thôn mới giai đoạn 2021 - 2025 trên địa bàn tỉnh"}


def vn1(tenths: int) -> str:
    """A figure kept in tenths (12864 -> "1.286,4")."""
    return f"{vn_int(tenths // 10)},{tenths % 10}"


def pct1(a: int, b: int) -> str:
    """a/b in per cent, one decimal, rounded half up on exact integers (no float drift)."""
    t = (2000 * a + b) // (2 * b)  # round(1000 * a / b)
    return f"{t // 10},{t % 10}"


# --------------------------------------------------------------------------------------------------
# Funding table (tỷ đồng, kept in tenths): (STT, nguồn vốn, kế hoạch vốn giao or None, đã giải ngân / huy động)
# --------------------------------------------------------------------------------------------------
NSNN_ROWS = [("1", "Ngân sách trung ương", 12864, 11987),
             ("2", "Ngân sách tỉnh", 8425, 8113),
             ("3", "Ngân sách huyện, thành phố", 5168, 4682),
             ("4", "Vốn lồng ghép các chương trình mục tiêu quốc gia, dự án khác", 10542, 10026)]
OTHER_ROWS = [("5", "Vốn tín dụng", None, 24685),
              ("6", "Doanh nghiệp, hợp tác xã", None, 3869),
              ("7", "Nhân dân đóng góp (tiền, ngày công, hiến đất quy đổi)", None, 4127)]
NSNN_PLAN = sum(r[2] for r in NSNN_ROWS)
NSNN_DONE = sum(r[3] for r in NSNN_ROWS)
OTHER_DONE = sum(r[3] for r in OTHER_ROWS)
ALL_DONE = NSNN_DONE + OTHER_DONE
assert (NSNN_PLAN, NSNN_DONE, OTHER_DONE, ALL_DONE) == (36999, 34808, 32681, 67489)


def fund_table() -> dict:
    def row(stt, name, plan, done, bold=False):
        return [stt, f"<b>{name}</b>" if bold else name, vn1(plan) if plan else "-", vn1(done),
                pct1(done, plan) if plan else "-", pct1(done, ALL_DONE)]
    rows = [row("I", "Vốn ngân sách nhà nước", NSNN_PLAN, NSNN_DONE)]
    rows += [row(*r) for r in NSNN_ROWS]
    rows.append(row("II", "Vốn ngoài ngân sách", None, OTHER_DONE))
    rows += [row(*r) for r in OTHER_ROWS]
    rows.append(["", "Tổng cộng", "-", vn1(ALL_DONE), "-", "100"])
    return {"unit": "Đơn vị tính: tỷ đồng",
            "head": ["STT", "Nguồn vốn", "Kế hoạch vốn giao", "Đã giải ngân, huy động",
                     "Tỷ lệ giải ngân (%)", "Cơ cấu (%)"],
            "widths": [1.2 * cm, 6.4 * cm, 2.3 * cm, 2.4 * cm, 2.2 * cm, 2.0 * cm],
            "rows": rows, "bold_rows": {0, 5, len(rows) - 1}}


# --------------------------------------------------------------------------------------------------
# Phụ lục: by district. (tên, tổng số xã, xã NTM hết 2020, xã NTM hết 2025, NTM nâng cao, NTM kiểu mẫu,
#          OCOP 3 sao, OCOP 4 sao, kinh phí NSNN hỗ trợ phát triển sản xuất (tenths of tỷ đồng), ghi chú)
# --------------------------------------------------------------------------------------------------
DISTRICTS = [
    ("Thành phố Sơn Thành", 8, 8, 8, 6, 3, 21, 7, 286, "Hoàn thành nhiệm vụ xây dựng NTM năm 2023"),
    ("Huyện Phú Cường", 16, 10, 16, 7, 2, 24, 6, 524, "Huyện đạt chuẩn NTM năm 2024"),
    ("Huyện Tân Lập", 15, 8, 13, 5, 1, 19, 5, 498, "Còn 02 xã chưa đạt tiêu chí thu nhập"),
    ("Huyện Khe Mơ", 14, 6, 10, 3, 1, 15, 3, 461, "01 xã bị giảm tiêu chí môi trường"),
    ("Huyện Nà Lừa", 13, 4, 8, 2, 0, 12, 2, 517, "Có 03 xã đạt dưới 15 tiêu chí"),
    ("Huyện Đồng Quang", 17, 9, 14, 4, 1, 20, 4, 553, "02 xã bị giảm tiêu chí thu nhập, nghèo đa chiều"),
    ("Huyện Bản Nhùng", 12, 2, 6, 0, 0, 9, 1, 539, "Huyện nghèo; có 04 xã đạt dưới 15 tiêu chí"),
    ("Huyện Vân Đài", 15, 6, 11, 2, 0, 14, 1, 472, "Nợ đọng xây dựng cơ bản tại 02 xã"),
    ("Huyện Minh Sơn", 16, 4, 11, 2, 0, 11, 2, 496, "Chưa có xã đạt chuẩn NTM kiểu mẫu"),
    ("Huyện Pác Tà", 12, 1, 6, 0, 0, 7, 0, 516, "Huyện nghèo; có 04 xã đạt dưới 15 tiêu chí"),
]
TOT = [sum(d[i] for d in DISTRICTS) for i in range(1, 9)]
assert TOT == [138, 58, 103, 31, 8, 152, 31, 4862], TOT

APPX_LABEL = "Phụ lục"
APPX_TITLE = ("KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI, CHƯƠNG TRÌNH OCOP VÀ KINH PHÍ HỖ TRỢ PHÁT TRIỂN SẢN XUẤT "
              "THEO HUYỆN, THÀNH PHỐ GIAI ĐOẠN 2021 - 2025")
APPX_NOTE = "(Kèm theo Báo cáo số 152/BC-ĐGS ngày 20/11/2026 của Đoàn giám sát HĐND tỉnh Bắc Sơn)"
APPX_UNIT = "Đơn vị tính: xã; sản phẩm; tỷ đồng"
APPX_HEAD = [["STT", "Huyện, thành phố", "Tổng số xã", "Số xã đạt chuẩn NTM", "",
              "Trong đó, đến hết năm 2025", "", "Sản phẩm OCOP đến hết năm 2025", "",
              "Kinh phí NSNN hỗ trợ phát triển sản xuất 2021 - 2025", "Ghi chú"],
             ["", "", "", "Đến hết năm 2020", "Đến hết năm 2025", "Xã NTM nâng cao", "Xã NTM kiểu mẫu",
              "3 sao", "4 sao", "", ""]]
APPX_GROUPS = {3: (3, 4), 5: (5, 6), 7: (7, 8)}  # group header cells spanning two sub-columns


def appx_rows() -> list[list[str]]:
    rows = []
    for i, d in enumerate(DISTRICTS, 1):
        rows.append([str(i), d[0]] + [str(x) for x in d[1:8]] + [vn1(d[8]), d[9]])
    rows.append(["", "Toàn tỉnh"] + [str(x) for x in TOT[:7]] + [vn1(TOT[7]), ""])
    return rows


# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   part (label, "<br/>TITLE"), roman / arabic / dec / letter (label, title), p / dash / plus (text,),
#   table (None,) = the funding table
# --------------------------------------------------------------------------------------------------
OPENING = [
    ("p", "Thực hiện Nghị quyết số 87/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh về Chương trình giám "
          "sát của Hội đồng nhân dân tỉnh năm 2026 và Quyết định số 46/QĐ-HĐND ngày 25/6/2026 của Thường trực "
          "Hội đồng nhân dân tỉnh về việc thành lập Đoàn giám sát chuyên đề “Việc thực hiện chính sách hỗ trợ "
          "phát triển sản xuất nông nghiệp và xây dựng nông thôn mới giai đoạn 2021 - 2025 trên địa bàn tỉnh”, "
          "Đoàn giám sát của Thường trực Hội đồng nhân dân (HĐND) tỉnh đã tiến hành giám sát từ ngày 15/7/2026 "
          "đến ngày 30/9/2026. Đoàn giám sát báo cáo kết quả như sau:"),
]

BODY = [
    ("part", "Phần thứ nhất", "<br/>KHÁI QUÁT HOẠT ĐỘNG GIÁM SÁT"),
    ("roman", "I.", "MỤC ĐÍCH, YÊU CẦU VÀ NỘI DUNG GIÁM SÁT"),
    ("arabic", "1.", "Mục đích, yêu cầu"),
    ("p", "Đánh giá toàn diện việc ban hành và tổ chức thực hiện các cơ chế, chính sách hỗ trợ phát triển sản "
          "xuất nông nghiệp và Chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM) giai đoạn 2021 - 2025; "
          "chỉ ra những kết quả đạt được, tồn tại, hạn chế và nguyên nhân; trên cơ sở đó kiến nghị Ủy ban nhân "
          "dân (UBND) tỉnh, các sở, ngành và UBND các huyện, thành phố có giải pháp khắc phục, đồng thời làm căn "
          "cứ để HĐND tỉnh xem xét ban hành chính sách giai đoạn 2026 - 2030."),
    ("p", "Hoạt động giám sát bảo đảm khách quan, công khai, đúng quy định của Luật Hoạt động giám sát của Quốc "
          "hội và Hội đồng nhân dân; không làm cản trở hoạt động bình thường của cơ quan, đơn vị chịu sự giám "
          "sát; kết luận, kiến nghị giám sát phải cụ thể, có địa chỉ, khả thi."),
    ("arabic", "2.", "Nội dung, phạm vi và đối tượng giám sát"),
    ("p", "Nội dung giám sát tập trung vào 05 nhóm vấn đề: (1) việc cụ thể hóa, ban hành văn bản chỉ đạo, hướng "
          "dẫn và cơ chế, chính sách của tỉnh; (2) việc huy động, phân bổ, quản lý, sử dụng và giải ngân các "
          "nguồn vốn; (3) kết quả thực hiện chính sách hỗ trợ phát triển sản xuất, liên kết theo chuỗi giá trị "
          "và Chương trình Mỗi xã một sản phẩm (OCOP); (4) kết quả thực hiện bộ tiêu chí xã, huyện nông thôn "
          "mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu; (5) công tác kiểm tra, giám sát và việc giải "
          "quyết kiến nghị của cử tri liên quan đến Chương trình."),
    ("p", "Phạm vi giám sát từ ngày 01/01/2021 đến ngày 31/12/2025; số liệu tài chính tính đến hết thời gian "
          "chỉnh lý quyết toán ngân sách năm 2025 (ngày 31/01/2026). Đối tượng giám sát gồm: UBND tỉnh; các sở "
          "Nông nghiệp và Môi trường, Tài chính, Công Thương, Xây dựng; Ngân hàng Chính sách xã hội chi nhánh "
          "tỉnh Bắc Sơn và UBND 10 huyện, thành phố."),
    ("roman", "II.", "PHƯƠNG PHÁP VÀ QUÁ TRÌNH TIẾN HÀNH GIÁM SÁT"),
    ("p", "Đoàn giám sát do đồng chí Lục Văn Tường, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn; đồng chí Hoàng Thị "
          "Mai Lan, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm Phó Trưởng đoàn; thành viên gồm đại diện "
          "Thường trực, các Ban của HĐND tỉnh, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh; mời đại diện Ủy "
          "ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia. Đoàn giám sát tiến hành theo các bước:"),
    ("dash", "Xây dựng kế hoạch, đề cương báo cáo, gửi các cơ quan, đơn vị chịu sự giám sát ngày 02/7/2026; "
             "nghiên cứu 16 báo cáo của các cơ quan, đơn vị gửi Đoàn giám sát."),
    ("dash", "Giám sát trực tiếp tại UBND tỉnh, 04 sở, Ngân hàng Chính sách xã hội chi nhánh tỉnh và 05 huyện, "
             "thành phố[[Đoàn giám sát làm việc trực tiếp với UBND thành phố Sơn Thành và UBND các huyện Phú "
             "Cường, Nà Lừa, Bản Nhùng, Pác Tà; khảo sát thực tế tại 12 xã và 28 mô hình, dự án hỗ trợ phát "
             "triển sản xuất, trong đó có 9 dự án liên kết theo chuỗi giá trị và 7 chủ thể sản phẩm OCOP.]]; "
             "giám sát qua báo cáo đối với 05 huyện còn lại."),
    ("dash", "Tổ chức phiên làm việc với UBND tỉnh ngày 28/10/2026 để thông qua dự thảo báo cáo kết quả giám "
             "sát; tiếp thu ý kiến giải trình của các cơ quan có liên quan."),
    ("p", "Các cơ quan, đơn vị chịu sự giám sát đã chuẩn bị báo cáo cơ bản đầy đủ theo đề cương; tuy nhiên, có "
          "03 huyện gửi báo cáo chậm so với thời hạn, một số số liệu giữa các báo cáo chưa thống nhất, Đoàn "
          "giám sát phải đề nghị rà soát, bổ sung."),

    ("part", "Phần thứ hai", "<br/>KẾT QUẢ GIÁM SÁT"),
    ("roman", "I.", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ BAN HÀNH CƠ CHẾ, CHÍNH SÁCH"),
    ("arabic", "1.", "Việc ban hành văn bản chỉ đạo, cơ chế, chính sách của tỉnh"),
    ("p", "Bám sát Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục "
          "tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 và các văn bản hướng dẫn của Trung ương, "
          "Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU ngày 18/5/2021 về xây dựng nông thôn mới gắn với phát triển "
          "nông nghiệp hàng hóa giai đoạn 2021 - 2025, định hướng đến năm 2030. Trong giai đoạn, HĐND tỉnh ban "
          "hành 11 nghị quyết, UBND tỉnh ban hành 46 quyết định, kế hoạch và 32 văn bản chỉ đạo, hướng dẫn để "
          "triển khai thực hiện. Các cơ chế, chính sách chủ yếu của tỉnh gồm:"),
    ("dash", "Nghị quyết số 12/2021/NQ-HĐND ngày 15/7/2021 của HĐND tỉnh quy định chính sách hỗ trợ phát triển "
             "sản xuất nông nghiệp trên địa bàn tỉnh Bắc Sơn giai đoạn 2021 - 2025 (được sửa đổi, bổ sung tại "
             "Nghị quyết số 05/2023/NQ-HĐND ngày 14/4/2023);"),
    ("dash", "Nghị quyết số 21/2022/NQ-HĐND ngày 08/7/2022 của HĐND tỉnh quy định nguyên tắc, tiêu chí, định "
             "mức phân bổ vốn ngân sách nhà nước thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn "
             "mới giai đoạn 2021 - 2025 và tỷ lệ vốn đối ứng của ngân sách địa phương;"),
    ("dash", "Nghị quyết số 22/2022/NQ-HĐND ngày 08/7/2022 của HĐND tỉnh quy định nội dung, mức hỗ trợ dự án "
             "liên kết, kế hoạch liên kết, dự án phát triển sản xuất cộng đồng sử dụng vốn sự nghiệp các chương "
             "trình mục tiêu quốc gia;"),
    ("dash", "Quyết định số 1742/QĐ-UBND ngày 26/9/2022 của UBND tỉnh ban hành Bộ tiêu chí xã NTM, xã NTM nâng "
             "cao, xã NTM kiểu mẫu tỉnh Bắc Sơn giai đoạn 2021 - 2025."),
    ("p", "Nhìn chung, các văn bản được ban hành kịp thời, phù hợp với quy định của Trung ương và điều kiện thực "
          "tế của tỉnh. Tuy nhiên, Nghị quyết số 22/2022/NQ-HĐND được ban hành chậm khoảng 06 tháng so với yêu "
          "cầu, một số nội dung hỗ trợ phải sửa đổi 02 lần do vướng mắc về trình tự, thủ tục, ảnh hưởng đến "
          "tiến độ giải ngân vốn sự nghiệp năm 2022."),
    ("arabic", "2.", "Công tác chỉ đạo, điều hành, kiện toàn bộ máy và tuyên truyền"),
    ("p", "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh được kiện toàn 03 lần; Văn phòng Điều phối nông "
          "thôn mới tỉnh được sáp nhập về Sở Nông nghiệp và Môi trường từ tháng 3/2025, Sở Nông nghiệp và Môi "
          "trường là cơ quan thường trực Chương trình. Ở cấp huyện, 10/10 huyện, thành phố bố trí Văn phòng "
          "Điều phối NTM hoặc công chức chuyên trách theo dõi Chương trình."),
    ("p", "Công tác tuyên truyền được đẩy mạnh gắn với phong trào thi đua “Bắc Sơn chung sức xây dựng nông thôn "
          "mới”; các cơ quan báo chí của tỉnh thực hiện 1.240 tin, bài, phóng sự; các cấp tổ chức 386 hội nghị "
          "tập huấn cho 24.650 lượt cán bộ cơ sở và người dân. Công tác kiểm tra, giám sát được quan tâm: UBND "
          "tỉnh, các sở, ngành tổ chức 64 cuộc kiểm tra; Ủy ban Mặt trận Tổ quốc Việt Nam các cấp tổ chức 118 "
          "cuộc giám sát việc thực hiện các tiêu chí NTM có sự tham gia của cộng đồng. Tuy vậy, việc kiểm tra "
          "sau công nhận đạt chuẩn chưa được thực hiện thường xuyên."),

    ("roman", "II.", "KẾT QUẢ THỰC HIỆN CHÍNH SÁCH"),
    ("arabic", "1.", "Kết quả huy động, phân bổ và giải ngân nguồn lực"),
    ("p", f"Tổng nguồn lực huy động thực hiện Chương trình xây dựng nông thôn mới gắn với hỗ trợ phát triển sản "
          f"xuất nông nghiệp giai đoạn 2021 - 2025 đạt {vn1(ALL_DONE)} tỷ đồng, gấp 1,46 lần giai đoạn 2016 - "
          f"2020. Kết quả huy động và giải ngân theo từng nguồn vốn như sau:"),
    ("table", None),
    ("dec", "1.1.", "Nguồn ngân sách nhà nước"),
    ("p", f"Tổng kế hoạch vốn ngân sách nhà nước (NSNN) được giao giai đoạn 2021 - 2025 là {vn1(NSNN_PLAN)} tỷ "
          f"đồng (bao gồm vốn lồng ghép), đã giải ngân {vn1(NSNN_DONE)} tỷ đồng, đạt "
          f"{pct1(NSNN_DONE, NSNN_PLAN)}%. Trong đó, ngân sách trung ương giao {vn1(NSNN_ROWS[0][2])} tỷ "
          f"đồng[[Gồm: vốn đầu tư phát triển 892,6 tỷ đồng, đã giải ngân 877,9 tỷ đồng; vốn sự nghiệp 393,8 "
          f"tỷ đồng, đã giải ngân 320,8 tỷ đồng.]], giải ngân {vn1(NSNN_ROWS[0][3])} tỷ đồng, đạt "
          f"{pct1(NSNN_ROWS[0][3], NSNN_ROWS[0][2])}%, riêng vốn sự nghiệp chỉ đạt 81,5%; ngân sách tỉnh bố "
          f"trí {vn1(NSNN_ROWS[1][2])} tỷ đồng, cao hơn mức đối ứng tối thiểu theo quy định, đã giải ngân "
          f"{vn1(NSNN_ROWS[1][3])} tỷ đồng. Ngân sách huyện, thành phố bố trí đối ứng {vn1(NSNN_ROWS[2][2])} tỷ "
          f"đồng; vốn lồng ghép từ các Chương trình mục tiêu quốc gia giảm nghèo bền vững, phát triển kinh tế - "
          f"xã hội vùng đồng bào dân tộc thiểu số và miền núi và các dự án khác là {vn1(NSNN_ROWS[3][2])} tỷ "
          f"đồng."),
    ("p", "Việc phân bổ vốn cơ bản đúng nguyên tắc, tiêu chí tại Nghị quyết số 21/2022/NQ-HĐND, ưu tiên các xã "
          "đặc biệt khó khăn, xã có khả năng đạt chuẩn trong năm. Tuy nhiên, vốn sự nghiệp giao hằng năm thường "
          "muộn (quý II, quý III), nhiều năm phải chuyển nguồn; tổng số vốn phải hủy dự toán, nộp trả ngân sách "
          "trung ương giai đoạn 2021 - 2025 là 23,4 tỷ đồng."),
    ("dec", "1.2.", "Nguồn vốn tín dụng, doanh nghiệp và Nhân dân đóng góp"),
    ("p", f"Ngân hàng Chính sách xã hội chi nhánh tỉnh và các tổ chức tín dụng cho vay phục vụ phát triển sản "
          f"xuất nông nghiệp, nông thôn với doanh số {vn1(OTHER_ROWS[0][3])} tỷ đồng; dư nợ cho vay theo Nghị "
          f"định số 55/2015/NĐ-CP đến ngày 31/12/2025 đạt 1.935,2 tỷ đồng. Nhân dân đóng góp bằng tiền, ngày "
          f"công và hiến đất quy đổi {vn1(OTHER_ROWS[2][3])} tỷ đồng; toàn tỉnh có 2.860 hộ hiến 146,5 ha đất "
          f"để xây dựng các công trình giao thông, thủy lợi, nhà văn hóa. Đóng góp của doanh nghiệp, hợp tác "
          f"xã chủ yếu thông qua các dự án liên kết, đầu tư vào nông nghiệp, còn thấp so với tiềm năng."),

    ("arabic", "2.", "Kết quả thực hiện chính sách hỗ trợ phát triển sản xuất nông nghiệp, liên kết theo chuỗi "
                     "giá trị gắn với xây dựng nông thôn mới"),
    ("p", f"Tổng kinh phí NSNN thực hiện các chính sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2021 - "
          f"2025 là {vn1(TOT[7])} tỷ đồng, trong đó: ngân sách trung ương 214,5 tỷ đồng, ngân sách tỉnh 196,3 "
          f"tỷ đồng, ngân sách huyện 75,4 tỷ đồng (chi tiết theo huyện, thành phố tại Phụ lục kèm theo). Các "
          f"chính sách đã hỗ trợ 48.725 lượt hộ; xây dựng và nhân rộng 1.126 mô hình sản xuất (trồng trọt 512 "
          f"mô hình, chăn nuôi 398 mô hình, thủy sản 86 mô hình, lâm nghiệp 130 mô hình), trong đó 846 mô hình "
          f"được đánh giá có hiệu quả, được nhân rộng, chiếm {pct1(846, 1126)}%."),
    ("dec", "2.1.", "Hỗ trợ phát triển sản xuất theo chính sách của Trung ương"),
    ("letter", "a)", "Hỗ trợ liên kết sản xuất và tiêu thụ sản phẩm theo chuỗi giá trị"),
    ("p", "Thực hiện Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ và Nghị quyết số 22/2022/NQ-HĐND, "
          "toàn tỉnh phê duyệt 126 dự án, kế hoạch liên kết với kinh phí hỗ trợ 118,4 tỷ đồng; có 96 hợp tác xã "
          "và 38 doanh nghiệp làm chủ trì liên kết, thu hút 14.860 hộ tham gia trên quy mô 8.240 ha. Các chuỗi "
          "liên kết hiệu quả tập trung vào chè, quế, hồi, cây ăn quả có múi và chăn nuôi lợn, gà đồi; giá trị "
          "sản phẩm tham gia liên kết cao hơn 15 - 25% so với sản xuất không liên kết."),
    ("letter", "b)", "Hỗ trợ phát triển sản xuất cộng đồng"),
    ("p", "Theo Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ (được sửa đổi, bổ sung tại Nghị định "
          "số 38/2023/NĐ-CP ngày 24/6/2023), UBND các huyện, thành phố phê duyệt 468 dự án phát triển sản xuất "
          "cộng đồng với kinh phí 142,7 tỷ đồng, hỗ trợ 21.340 hộ, trong đó 12.620 hộ nghèo, hộ cận nghèo, hộ "
          "mới thoát nghèo. Nội dung hỗ trợ chủ yếu là giống cây trồng, vật nuôi, vật tư nông nghiệp và tập "
          "huấn kỹ thuật. Qua khảo sát, phần lớn dự án phát huy hiệu quả, giúp người dân có thêm sinh kế; tuy "
          "nhiên, một số dự án quy mô nhỏ, phân tán, thiếu liên kết tiêu thụ nên hiệu quả thấp[[Qua rà soát, "
          "có 37 dự án phát triển sản xuất cộng đồng không hiệu quả (vật nuôi chết, cây trồng không phù hợp thổ "
          "nhưỡng), tập trung tại các huyện Bản Nhùng, Pác Tà, Nà Lừa; UBND các huyện đã thu hồi 1,86 tỷ đồng "
          "nộp ngân sách.]]."),
    ("dec", "2.2.", "Chính sách đặc thù của tỉnh theo Nghị quyết số 12/2021/NQ-HĐND"),
    ("p", f"Ngân sách tỉnh bố trí 209,9 tỷ đồng thực hiện chính sách, đã giải ngân 196,3 tỷ đồng, đạt "
          f"{pct1(1963, 2099)}%; hỗ trợ 12.525 hộ và 214 tổ chức, cá nhân. Kết quả cụ thể:"),
    ("dash", "Hỗ trợ giống trồng mới 5.860 ha quế, 1.240 ha hồi và 3.420 ha cây ăn quả tập trung; cải tạo 1.180 "
             "ha chè bằng giống chè Shan tuyết và chè lai chất lượng cao."),
    ("dash", "Hỗ trợ chứng nhận sản xuất an toàn cho 186 cơ sở với diện tích 2.145 ha đạt tiêu chuẩn VietGAP, "
             "hữu cơ; cấp 72 mã số vùng trồng phục vụ xuất khẩu."),
    ("dash", "Hỗ trợ 214 tổ chức, cá nhân mua máy móc, thiết bị cơ giới hóa, bảo quản, chế biến sau thu hoạch; "
             "hỗ trợ xây dựng 46 trang trại chăn nuôi quy mô vừa đạt yêu cầu về an toàn sinh học."),
    ("dash", "Hỗ trợ tích tụ, tập trung đất đai để hình thành 42 vùng sản xuất hàng hóa tập trung với tổng diện "
             "tích 11.650 ha."),
    ("p", "Chính sách của tỉnh được người dân đồng tình, hưởng ứng; tuy nhiên, định mức hỗ trợ một số nội dung "
          "còn thấp, thủ tục hồ sơ còn phức tạp, nhiều hộ nhỏ lẻ khó tiếp cận."),
    ("dec", "2.3.", "Chương trình Mỗi xã một sản phẩm (OCOP)"),
    ("p", f"Chương trình OCOP được triển khai đồng bộ ở 10/10 huyện, thành phố. Đến hết năm 2025, toàn tỉnh có "
          f"{TOT[5] + TOT[6]} sản phẩm được công nhận đạt chuẩn OCOP (tăng 137 sản phẩm so với năm 2020), trong "
          f"đó {TOT[5]} sản phẩm đạt 3 sao, {TOT[6]} sản phẩm đạt 4 sao[[Sản phẩm OCOP 4 sao có số điểm cao "
          f"nhất là Chè Shan tuyết Khe Mơ của Hợp tác xã Chè Khe Mơ (88 điểm); tiếp theo là Miến dong Bản Nhùng "
          f"(86 điểm) và Quế hồi Vân Đài (84 điểm).]], của 124 chủ thể (42 hợp tác xã, 28 doanh nghiệp, 54 hộ "
          f"sản xuất, kinh doanh), vượt mục tiêu 150 sản phẩm đề ra. Ngân sách tỉnh hỗ trợ 4,63 tỷ đồng cho các "
          f"chủ thể có sản phẩm mới được công nhận (mức 30 triệu đồng/sản phẩm 3 sao, 50 triệu đồng/sản phẩm 4 "
          f"sao)."),
    ("p", "Tuy nhiên, sản phẩm OCOP chủ yếu ở dạng sơ chế, bao bì, nhãn mác đơn giản; nhiều chủ thể quy mô "
          "nhỏ, chưa tham gia được các kênh phân phối lớn; có 24 sản phẩm đã hết hạn chứng nhận nhưng chủ thể "
          "chưa đăng ký đánh giá, phân hạng lại."),

    ("arabic", "3.", "Kết quả xây dựng nông thôn mới"),
    ("dec", "3.1.", "Xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu"),
    ("p", f"Đầu giai đoạn, toàn tỉnh có {TOT[1]}/{TOT[0]} xã đạt chuẩn nông thôn mới "
          f"({pct1(TOT[1], TOT[0])}%), 04 xã đạt chuẩn nông thôn mới nâng cao, chưa có xã đạt chuẩn nông thôn "
          f"mới kiểu mẫu. Kết quả công nhận mới theo từng năm như sau:"),
    ("dash", "Năm 2021: 09 xã đạt chuẩn NTM, 03 xã đạt chuẩn NTM nâng cao;"),
    ("dash", "Năm 2022: 11 xã đạt chuẩn NTM, 05 xã đạt chuẩn NTM nâng cao, 01 xã đạt chuẩn NTM kiểu mẫu;"),
    ("dash", "Năm 2023: 10 xã đạt chuẩn NTM, 06 xã đạt chuẩn NTM nâng cao, 02 xã đạt chuẩn NTM kiểu mẫu;"),
    ("dash", "Năm 2024: 08 xã đạt chuẩn NTM, 06 xã đạt chuẩn NTM nâng cao, 02 xã đạt chuẩn NTM kiểu mẫu;"),
    ("dash", "Năm 2025: 07 xã đạt chuẩn NTM, 07 xã đạt chuẩn NTM nâng cao, 03 xã đạt chuẩn NTM kiểu mẫu."),
    ("p", f"Lũy kế đến hết năm 2025, toàn tỉnh có {TOT[2]}/{TOT[0]} xã đạt chuẩn nông thôn mới, chiếm "
          f"{pct1(TOT[2], TOT[0])}% (vượt mục tiêu 100 xã theo Nghị quyết Đại hội Đảng bộ tỉnh); {TOT[3]} xã "
          f"đạt chuẩn nông thôn mới nâng cao (mục tiêu 28 xã) và 0{TOT[4]} xã đạt chuẩn nông thôn mới kiểu mẫu "
          f"(mục tiêu 10 xã, chưa đạt). Bình quân toàn tỉnh đạt 16,8 tiêu chí/xã, tăng 2,6 tiêu chí so với năm "
          f"2020; còn 11 xã đạt dưới 15 tiêu chí, tập trung ở các huyện Nà Lừa, Bản Nhùng, Pác Tà. Toàn tỉnh có "
          f"164 thôn, bản thuộc xã đặc biệt khó khăn được công nhận đạt chuẩn NTM."),
    ("dec", "3.2.", "Huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới"),
    ("p", "Thành phố Sơn Thành được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây dựng NTM năm 2023; "
          "huyện Phú Cường được công nhận đạt chuẩn NTM năm 2024. Huyện Tân Lập đã hoàn thiện hồ sơ đề nghị xét "
          "công nhận nhưng còn 02 xã chưa đạt tiêu chí thu nhập nên chưa đủ điều kiện; như vậy, mục tiêu có 03 "
          "đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng NTM mới đạt 02/03 đơn vị."),
    ("dec", "3.3.", "Thu nhập, giảm nghèo và đời sống người dân nông thôn"),
    ("p", "Thu nhập bình quân đầu người khu vực nông thôn tăng từ 31,6 triệu đồng năm 2020 lên 52,8 triệu đồng "
          "năm 2025 (mục tiêu 50 triệu đồng). Tỷ lệ hộ nghèo khu vực nông thôn theo chuẩn nghèo đa chiều giảm "
          "từ 16,85% (đầu năm 2022) xuống còn 5,34% (cuối năm 2025), bình quân giảm 3,84%/năm. Tỷ lệ dân cư "
          "nông thôn sử dụng nước hợp vệ sinh đạt 93,6%, trong đó nước sạch đáp ứng quy chuẩn đạt 41,2%; tỷ lệ "
          "chất thải rắn sinh hoạt ở nông thôn được thu gom, xử lý đạt 78,5%; 100% xã có đường ô tô đến trung "
          "tâm xã được cứng hóa."),

    ("roman", "III.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Kết quả nổi bật"),
    ("p", "Việc thực hiện chính sách hỗ trợ phát triển sản xuất nông nghiệp và xây dựng nông thôn mới giai đoạn "
          "2021 - 2025 trên địa bàn tỉnh đạt nhiều kết quả quan trọng: 8/10 chỉ tiêu chủ yếu đạt và vượt mục "
          "tiêu; kết cấu hạ tầng nông thôn được tăng cường; sản xuất nông nghiệp chuyển dịch theo hướng hàng "
          "hóa, liên kết chuỗi; thu nhập và đời sống vật chất, tinh thần của người dân nông thôn được nâng lên "
          "rõ rệt; diện mạo nông thôn có nhiều đổi mới. Hai chỉ tiêu chưa đạt là số xã đạt chuẩn NTM kiểu mẫu "
          "và số đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng NTM."),
    ("arabic", "2.", "Tồn tại, hạn chế"),
    ("p", "Bên cạnh kết quả đạt được, qua giám sát cho thấy việc thực hiện chính sách còn một số tồn tại, hạn "
          "chế sau:"),
    ("dash", "Việc duy trì, nâng chất các tiêu chí sau khi đạt chuẩn chưa bền vững; có 07 xã đạt chuẩn giai đoạn "
             "trước nay không còn đáp ứng đầy đủ tiêu chí theo bộ tiêu chí mới, chủ yếu là các tiêu chí:"),
    ("plus", "tiêu chí thu nhập và tiêu chí nghèo đa chiều (04 xã);"),
    ("plus", "tiêu chí môi trường và an toàn thực phẩm (05 xã);"),
    ("plus", "tiêu chí y tế về tỷ lệ người dân tham gia bảo hiểm y tế (03 xã)."),
    ("dash", "Tiến độ giải ngân vốn sự nghiệp còn chậm, phải hủy dự toán, nộp trả ngân sách trung ương; tình "
             "trạng nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới chưa được xử lý dứt điểm[[Đến ngày "
             "30/9/2026, còn 14 xã có nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới với tổng số 38,6 tỷ "
             "đồng, trong đó huyện Bản Nhùng 9,4 tỷ đồng, huyện Pác Tà 8,2 tỷ đồng, huyện Nà Lừa 6,7 tỷ "
             "đồng.]]."),
    ("dash", "Liên kết sản xuất theo chuỗi giá trị chưa bền vững, tình trạng phá vỡ hợp đồng liên kết vẫn còn "
             "xảy ra; sự tham gia của doanh nghiệp còn hạn chế, mới có 38 doanh nghiệp làm chủ trì liên kết."),
    ("dash", "Một số dự án hỗ trợ phát triển sản xuất cộng đồng lựa chọn đối tượng, nội dung chưa phù hợp; công "
             "tác theo dõi, đánh giá hiệu quả sau hỗ trợ chưa được quan tâm đúng mức."),
    ("dash", "Chất lượng sản phẩm OCOP chưa đồng đều, chưa có sản phẩm đạt 5 sao; công tác xúc tiến thương mại, "
             "tiêu thụ sản phẩm còn hạn chế."),
    ("dash", "Kết quả xây dựng NTM giữa các vùng còn chênh lệch lớn: 02 huyện nghèo Bản Nhùng, Pác Tà mỗi huyện "
             "mới có 06/12 xã đạt chuẩn, chưa có xã đạt chuẩn NTM nâng cao."),
    ("arabic", "3.", "Nguyên nhân"),
    ("letter", "a)", "Nguyên nhân khách quan"),
    ("p", "Địa hình chia cắt, điểm xuất phát thấp, nhiều xã vùng cao, vùng đồng bào dân tộc thiểu số; thiên "
          "tai, dịch bệnh (dịch COVID-19 năm 2021, dịch tả lợn châu Phi, bão số 3 năm 2024) ảnh hưởng lớn đến "
          "sản xuất; giá nguyên vật liệu tăng cao; một số văn bản hướng dẫn của Trung ương ban hành chậm, thay "
          "đổi nhiều lần; việc sắp xếp tổ chức bộ máy năm 2025 làm gián đoạn công tác theo dõi ở một số địa "
          "phương."),
    ("letter", "b)", "Nguyên nhân chủ quan"),
    ("p", "Một số cấp ủy, chính quyền cơ sở còn tư tưởng trông chờ, ỷ lại, chạy theo thành tích, chưa chú trọng "
          "duy trì tiêu chí sau đạt chuẩn; năng lực tham mưu của đội ngũ cán bộ làm công tác NTM ở cấp huyện, "
          "xã còn hạn chế, thường xuyên thay đổi; công tác phối hợp giữa các sở, ngành trong hướng dẫn, thẩm "
          "định hồ sơ dự án hỗ trợ phát triển sản xuất chưa chặt chẽ."),

    ("part", "Phần thứ ba", "<br/>KIẾN NGHỊ"),
    ("p", "Từ kết quả giám sát, Đoàn giám sát của Thường trực HĐND tỉnh kiến nghị như sau:"),
    ("arabic", "1.", "Đối với Ủy ban nhân dân tỉnh"),
    ("dash", "Chỉ đạo tổng kết, đánh giá toàn diện Nghị quyết số 12/2021/NQ-HĐND; trình HĐND tỉnh ban hành "
             "chính sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2026 - 2030 tại kỳ họp thường lệ cuối "
             "năm 2026, bảo đảm định mức hỗ trợ phù hợp, thủ tục đơn giản, ưu tiên hỗ trợ liên kết chuỗi giá "
             "trị và sản phẩm OCOP."),
    ("dash", "Chỉ đạo rà soát, xử lý dứt điểm nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới trước ngày "
             "30/6/2027; không phê duyệt dự án đầu tư mới đối với xã còn nợ đọng nhưng chưa có phương án xử "
             "lý."),
    ("dash", "Ưu tiên bố trí nguồn lực cho 02 huyện nghèo và 11 xã đạt dưới 15 tiêu chí; có cơ chế hỗ trợ các "
             "xã đã đạt chuẩn nhưng bị giảm tiêu chí củng cố, nâng chất."),
    ("dash", "Chỉ đạo giao kế hoạch vốn sự nghiệp ngay từ đầu năm, khắc phục tình trạng phải hủy dự toán, nộp "
             "trả ngân sách trung ương."),
    ("arabic", "2.", "Đối với các sở, ngành"),
    ("dec", "2.1.", "Sở Nông nghiệp và Môi trường"),
    ("dash", "Chủ trì tham mưu UBND tỉnh xây dựng Bộ tiêu chí xã NTM, xã NTM nâng cao, xã NTM kiểu mẫu giai "
             "đoạn 2026 - 2030 phù hợp với tình hình mới."),
    ("dash", "Tăng cường kiểm tra, đánh giá hiệu quả các dự án liên kết, dự án phát triển sản xuất cộng đồng; "
             "hướng dẫn việc thu hồi, quản lý tài sản hình thành từ dự án."),
    ("dash", "Tổ chức đánh giá, phân hạng lại 24 sản phẩm OCOP hết hạn chứng nhận trong năm 2027."),
    ("dec", "2.2.", "Sở Tài chính"),
    ("dash", "Tham mưu cân đối, bố trí vốn đối ứng ngân sách tỉnh; hướng dẫn các địa phương thanh toán, quyết "
             "toán, xử lý kinh phí chuyển nguồn đúng quy định."),
    ("dash", "Phối hợp thu hút doanh nghiệp đầu tư vào nông nghiệp, nông thôn; đề xuất cơ chế ưu đãi đối với "
             "doanh nghiệp chủ trì liên kết."),
    ("dec", "2.3.", "Sở Công Thương"),
    ("dash", "Đẩy mạnh xúc tiến thương mại, kết nối tiêu thụ sản phẩm OCOP, nông sản chủ lực của tỉnh trên các "
             "sàn thương mại điện tử; hỗ trợ các chủ thể có sản phẩm OCOP 4 sao xây dựng hồ sơ phát triển sản "
             "phẩm đạt 5 sao."),
    ("arabic", "3.", "Đối với UBND các huyện, thành phố"),
    ("dash", "Rà soát, củng cố các tiêu chí đã đạt; xây dựng kế hoạch cụ thể khắc phục các tiêu chí bị giảm tại "
             "07 xã; chấm dứt tình trạng “đạt chuẩn rồi dừng”."),
    ("dash", "Lựa chọn dự án phát triển sản xuất cộng đồng đúng đối tượng, có phương án tiêu thụ sản phẩm; công "
             "khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn, bản."),
    ("dash", "Bố trí đủ vốn đối ứng ngân sách huyện theo cam kết; chủ động phương án trả nợ xây dựng cơ bản."),
    ("dash", "Gửi báo cáo kết quả thực hiện kiến nghị về UBND tỉnh (qua Sở Nông nghiệp và Môi trường) trước "
             "ngày 15/3/2027 để tổng hợp."),
    ("p", "Đoàn giám sát đề nghị UBND tỉnh chỉ đạo thực hiện các kiến nghị nêu trên, báo cáo kết quả về Thường "
          "trực HĐND tỉnh trước ngày 31/3/2027; giao Ban Kinh tế - Ngân sách HĐND tỉnh theo dõi, đôn đốc việc "
          "thực hiện. Trên đây là báo cáo kết quả giám sát chuyên đề của Đoàn giám sát của Thường trực HĐND "
          "tỉnh Bắc Sơn./."),
]

RECIPIENTS = ["- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh;", "- UBND tỉnh;",
              "- Các Ban của HĐND tỉnh;", "- Các vị đại biểu HĐND tỉnh;",
              "- Các sở: Nông nghiệp và Môi trường, Tài chính, Công Thương, Xây dựng;",
              "- UBND các huyện, thành phố;", "- Thành viên Đoàn giám sát;", "- Lưu: VT, ĐGS."]
SIGNATURE = ["TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "Lục Văn Tường"]


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    left = [Paragraph(nfc("HỘI ĐỒNG NHÂN DÂN"), st["hd_left_n"]), Paragraph(nfc("TỈNH BẮC SƠN"), st["hd_left_n"]),
            Paragraph(nfc("ĐOÀN GIÁM SÁT"), st["hd_left"]),
            HRFlowable(width=2.6 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=6),
            Paragraph(nfc("Số: " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph(nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), st["hd_right"]),
             Paragraph(nfc("Độc lập - Tự do - Hạnh phúc"), st["hd_motto"]),
             HRFlowable(width=5.2 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=8),
             Paragraph(nfc(METADATA["place"] + ", " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[6.2 * cm, FRAME_W - 6.2 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Paragraph(TITLE_LINE, st["title"]), Paragraph(nfc(SUBTITLE).replace("\n", "<br/>"), st["subtitle"]),
            Paragraph("-----", st["hd_left_n"]), Spacer(1, 8)]


def appendix_flowables(st) -> list:
    cs = dict(fontName="Serif", fontSize=9.5, leading=11.5)
    c_c = ParagraphStyle("ax_c", alignment=TA_CENTER, **cs)
    c_l = ParagraphStyle("ax_l", alignment=TA_LEFT, **cs)
    c_cb = ParagraphStyle("ax_cb", alignment=TA_CENTER, **{**cs, "fontName": "Serif-Bold"})
    c_lb = ParagraphStyle("ax_lb", alignment=TA_LEFT, **{**cs, "fontName": "Serif-Bold"})
    head = [[Paragraph(nfc(h), c_cb) if h else "" for h in r] for r in APPX_HEAD]
    body = []
    rows = appx_rows()
    for i, r in enumerate(rows):
        total = i == len(rows) - 1
        body.append([Paragraph(r[0], c_cb if total else c_c), Paragraph(nfc(r[1]), c_lb if total else c_l)]
                    + [Paragraph(c, c_cb if total else c_c) for c in r[2:10]] + [Paragraph(nfc(r[10]), c_l)])
    widths = [0.9 * cm, 2.4 * cm, 1.1 * cm, 1.3 * cm, 1.3 * cm, 1.3 * cm, 1.3 * cm, 1.1 * cm, 1.1 * cm,
              1.8 * cm, 2.9 * cm]
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
            + block_flowables(blocks, st, HEADINGS, lambda: table_flowables(fund_table(), st, pad=3))
            + signature(st, RECIPIENTS, SIGNATURE, right_w=7.4 * cm)
            + appendix_flowables(st))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + BODY, flowables, header_text=HEADER_TEXT, title="Báo cáo " + METADATA["title"],
                      author=METADATA["issuer"], creator=f"scripts/make_test_report_{NAME}.py",
                      number_first_page=False, hd_right_size=11, title_size=14.5, subtitle_after=4,
                      cell_size=10.5, cell_lead=12.5)


# --------------------------------------------------------------------------------------------------
# Outline (ids: "Phần thứ hai › II.2.1.a"; in Phần thứ ba, with no Roman level: "Phần thứ ba › 2.1") and text
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
            path = f"{roman}.{arabic}" if roman else arabic
        elif kind == "dec":
            dec = label
            path = f"{roman}.{dec}" if roman else dec
        else:
            base = dec or arabic
            path = f"{roman}.{base}.{label}" if roman else f"{base}.{label}"
        items.append({"id": f"{part} › {path}", "title": clean(b[2])})
    items.append({"id": APPX_LABEL, "title": APPX_TITLE})
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    blocks, notes = number_footnotes(OPENING + BODY)
    lines = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BẮC SƠN", "ĐOÀN GIÁM SÁT", "Số: " + METADATA["number"],
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
            tb = fund_table()
            lines.append(tb["unit"])
            lines.append(" | ".join(tb["head"]))
            lines += [" | ".join(strip_markup(c) for c in r) for r in tb["rows"]]
    lines += ["Nơi nhận:"] + RECIPIENTS + [strip_markup(s.replace("<br/>", " ")) for s in SIGNATURE]
    lines += [APPX_LABEL, APPX_TITLE, APPX_NOTE, APPX_UNIT]
    head = []
    for c in range(len(APPX_HEAD[0])):
        top = APPX_HEAD[0][c] or next(APPX_HEAD[0][g] for g, (a, z) in APPX_GROUPS.items() if a <= c <= z)
        head.append(f"{top} - {APPX_HEAD[1][c]}" if APPX_HEAD[1][c] else top)
    lines.append(" | ".join(head))
    lines += [" | ".join(r) for r in appx_rows()]
    lines += [f"{n} {t}" for n, t in enumerate(notes, 1)]
    return nfc("\n".join(lines))


def main() -> int:
    return report_main(sys.argv, PDF, "heldout", METADATA, outline, plain_text, build_pdf)


if __name__ == "__main__":
    sys.exit(main())
