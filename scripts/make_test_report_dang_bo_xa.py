"""Sinh báo cáo chính trị giả định của Đảng bộ xã Tân Hòa (dữ liệu bịa, phục vụ đánh giá).

Writes tests/data/dang-bo-xa-tan-hoa-nhiem-ky-2025-2030.pdf: an invented political report of the Executive
Committee of the commune Party organisation of Tân Hòa (huyện Kim Bảng Đông, tỉnh Hòa Nam, all fictional) to the
15th Congress of delegates, term 2025 - 2030, written by a helper who never saw the assistant's code
(eval/real/outlines/dang-bo-xa-tan-hoa-nhiem-ky-2025-2030.json, tune split, eval/real/questions_tune23.jsonl).

Born-digital (reportlab, embedded DejaVu Serif). Layouts: a two-column party header on the first page
("ĐẢNG CỘNG SẢN VIỆT NAM"), a running header and page numbers from page 2 on, four page-bottom footnotes whose
markers are glued to the word before them, "Phần thứ nhất" / "Phần thứ hai" parts (label and title on two
lines), Roman, Arabic, "1.1." decimal and "a)" headings, one Arabic heading long enough to wrap over two lines,
'-' / '+' items, '(1) … (14)' targets on their own lines, two bordered tables in the body (budget by year,
rating of the Party cells by year) and, after the signature block and "Nơi nhận:", an appendix "PHỤ LỤC" with a
table of the main indicators (resolution target vs achieved) whose cells wrap.

Confusable figures held on purpose:
  - Party discipline by three bodies: chi bộ (04), the commune Party committee / cấp ủy (09) and its Inspection
    Committee (06), total 19; the kinds of sanction are only in a footnote; inspections by the Party committee vs
    by the Inspection Committee.
  - The same indicator for several periods: income per head 2020 / 2025 / resolution target / 2030 target;
    economic structure 2020 vs 2025 vs 2030; health-insurance coverage 2020 / 2025 / 2030; members admitted in the
    term (68) vs the resolution target (60) vs the next target (70).
  - Totals vs sub-kinds: conscripts 109 = 102 army + 07 police; budget revenue total vs land-use fees (table);
    Party cells by rating (table); Front housing built vs repaired.
  - Two units: Hội Nông dân vs Hội Liên hiệp Phụ nữ new members; Quỹ "Vì người nghèo" vs Quỹ Hỗ trợ nông dân.
  - Headline term figures only in footnotes (gross output value 2025, resources for the new countryside, near-poor
    households, kinds of sanction) and only in tables (revenue per year, cells per rating, trained labour, clean
    water, cultured families).
Words vary on purpose: "thi hành kỷ luật" / "xử lý kỷ luật", "kết nạp" / "phát triển đảng viên mới", "giao quân" /
"nhập ngũ", "tổ chức lớp" / "mở lớp", "tiếp nhận" / "thụ lý"; abbreviations (MTTQ, UBKT, HTTNV, BHYT, NTM) are used
in some places and spelled out in others.

Run: .venv/bin/python scripts/make_test_report_dang_bo_xa.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_dang_bo_xa.py --outline  (prints the expected outline as JSON)
     .venv/bin/python scripts/make_test_report_dang_bo_xa.py --text     (prints the plain text, footnotes last)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
# the kit must come before any other reportlab import: it switches reportlab to invariant mode
from scripts.pdf_report_kit import (FRAME_W, block_flowables, build_pdf as _build_pdf, clean,  # noqa: E402
                                    nfc, number_footnotes, report_main, signature, strip_markup,
                                    table_flowables, vn_int, vn_pct)
from scripts.docx_report_kit import outline_ids  # noqa: E402  (the shared section-id convention)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import HRFlowable, PageBreak, Paragraph, Spacer, Table, TableStyle  # noqa: E402

PDF = ROOT / "tests" / "data" / "dang-bo-xa-tan-hoa-nhiem-ky-2025-2030.pdf"

HEADER_TEXT = "Báo cáo chính trị Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ XV, nhiệm kỳ 2025 - 2030"
TITLE_LINE = "BÁO CÁO CHÍNH TRỊ"
SUBTITLE = ("của Ban Chấp hành Đảng bộ xã khóa XIV trình Đại hội đại biểu\nĐảng bộ xã Tân Hòa lần thứ XV, "
            "nhiệm kỳ 2025 - 2030")


def vn_dec(x: float, nd: int = 1) -> str:
    """Vietnamese decimal with nd places: 74.2 -> '74,2'."""
    return f"{x:,.{nd}f}".replace(",", "#").replace(".", ",").replace("#", ".")


# --------------------------------------------------------------------------------------------------
# Data (figures used in the text are computed here and checked)
# --------------------------------------------------------------------------------------------------
# gross output value (tỷ đồng, giá so sánh 2010), footnote 1
GO_2020, GO_2025 = 395.2, 612.5
GO_GROWTH = ((GO_2025 / GO_2020) ** (1 / 5) - 1) * 100
assert vn_dec(GO_GROWTH) == "9,2", GO_GROWTH
assert vn_dec(GO_2025 / GO_2020, 2) == "1,55"

INCOME_2020, INCOME_2025, INCOME_TARGET_2025, INCOME_TARGET_2030 = 42.6, 74.2, 70, 110
assert vn_dec(INCOME_2025 / INCOME_2020, 2) == "1,74"

STRUCT_2020 = (38.2, 33.5, 28.3)   # nông nghiệp - CN, XD - TM, DV
STRUCT_2025 = (24.6, 41.3, 34.1)
STRUCT_2030 = (17.0, 45.0, 38.0)
for s in (STRUCT_2020, STRUCT_2025, STRUCT_2030):
    assert abs(sum(s) - 100) < 1e-9, s

# new countryside resources 2021 - 2025 (tỷ đồng), footnote 2
NTM_BUDGET, NTM_PEOPLE, NTM_OTHER = 142.9, 21.7, 21.8
NTM_TOTAL = NTM_BUDGET + NTM_PEOPLE + NTM_OTHER
assert vn_dec(NTM_TOTAL) == "186,4"

# budget by year (triệu đồng): (year, revenue on the territory, of which land-use fees, commune spending)
BUDGET = [("2021", 15120, 4210, 12486), ("2022", 17364, 5836, 14207), ("2023", 18905, 5102, 15930),
          ("2024", 21236, 6418, 17815), ("Ước 2025", 23780, 7150, 19640)]
REVENUE_2020 = 13850
REV_TOTAL = sum(r[1] for r in BUDGET)
LAND_TOTAL = sum(r[2] for r in BUDGET)
SPEND_TOTAL = sum(r[3] for r in BUDGET)
REV_GROWTH = ((BUDGET[-1][1] / REVENUE_2020) ** (1 / 5) - 1) * 100
assert (REV_TOTAL, LAND_TOTAL, SPEND_TOTAL) == (96405, 28716, 80078), (REV_TOTAL, LAND_TOTAL, SPEND_TOTAL)
assert vn_dec(REV_GROWTH) == "11,4", REV_GROWTH


def budget_table() -> dict:
    rows = [["", "Tổng cộng 5 năm", vn_int(REV_TOTAL), vn_int(LAND_TOTAL), vn_pct(LAND_TOTAL, REV_TOTAL),
             vn_int(SPEND_TOTAL)]]
    for i, (year, rev, land, spend) in enumerate(BUDGET, 1):
        rows.append([str(i), f"Năm {year}" if year[0].isdigit() else year, vn_int(rev), vn_int(land),
                     vn_pct(land, rev), vn_int(spend)])
    return {"caption": "Bảng 1. Kết quả thu, chi ngân sách trên địa bàn xã giai đoạn 2021 - 2025",
            "unit": "Đơn vị tính: triệu đồng",
            "head": ["STT", "Năm", "Tổng thu ngân sách nhà nước trên địa bàn", "Trong đó: thu tiền sử dụng đất",
                     "Tỷ trọng thu tiền sử dụng đất (%)", "Tổng chi ngân sách xã"],
            "widths": [1.2 * cm, 3.0 * cm, 3.4 * cm, 3.1 * cm, 2.9 * cm, 2.9 * cm],
            "rows": rows, "bold_rows": {0}}


# Party cells by yearly rating: (year, HTXSNV, HTTNV, HTNV, không HTNV)
CELLS = [("2020", 4, 19, 4, 1), ("2021", 4, 20, 4, 0), ("2022", 5, 18, 4, 0), ("2023", 5, 19, 3, 0),
         ("2024", 6, 18, 3, 0)]
CELL_GOOD = sum(r[1] + r[2] for r in CELLS)
CELL_ALL = sum(sum(r[1:]) for r in CELLS)
assert [sum(r[1:]) for r in CELLS] == [28, 28, 27, 27, 27]
CELL_AVG = vn_pct(CELL_GOOD, CELL_ALL)
assert CELL_AVG == "86,1", CELL_AVG


def cells_table() -> dict:
    rows = []
    for year, exc, good, ok, bad in CELLS:
        total = exc + good + ok + bad
        rows.append([year, vn_int(total), f"{exc:02d}", f"{good:02d}", f"{ok:02d}", f"{bad:02d}" if bad else "-",
                     vn_pct(exc + good, total)])
    # the first column is the year here: table_flowables centres column 0 and left-aligns column 1
    rows = [[r[0], f"{r[1]} chi bộ"] + r[2:] for r in rows]
    return {"caption": "Bảng 2. Kết quả đánh giá, xếp loại chất lượng chi bộ giai đoạn 2020 - 2024",
            "unit": "Đơn vị tính: chi bộ; %",
            "head": ["Năm", "Tổng số chi bộ được đánh giá", "Hoàn thành xuất sắc nhiệm vụ",
                     "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ",
                     "Tỷ lệ hoàn thành tốt nhiệm vụ trở lên (%)"],
            "widths": [1.6 * cm, 2.8 * cm, 2.4 * cm, 2.3 * cm, 2.3 * cm, 2.4 * cm, 2.7 * cm],
            "rows": rows, "bold_rows": set()}


# Party members over the term
MEMBERS_2020, ADMITTED, MOVED_IN, DIED, MOVED_OUT, STRUCK_OFF, EXPELLED = 612, 68, 42, 22, 13, 2, 1
MEMBERS_NOW = MEMBERS_2020 + ADMITTED + MOVED_IN - DIED - MOVED_OUT - STRUCK_OFF - EXPELLED
assert MEMBERS_NOW == 684, MEMBERS_NOW
ADMIT_TARGET = 60
assert vn_pct(ADMITTED, ADMIT_TARGET) == "113,3"

# discipline by body, and by kind (footnote 4)
DISC_CELL, DISC_COMMITTEE, DISC_UBKT = 4, 9, 6
DISC_TOTAL = DISC_CELL + DISC_COMMITTEE + DISC_UBKT
DISC_KINDS = {"khiển trách": 12, "cảnh cáo": 5, "cách chức": 1, "khai trừ": EXPELLED}
assert DISC_TOTAL == sum(DISC_KINDS.values()) == 19

# conscription 2021 - 2025
ARMY, POLICE = 102, 7
CONSCRIPTS = ARMY + POLICE
assert CONSCRIPTS == 109

# poverty (chuẩn nghèo đa chiều 2022 - 2025)
POOR_START, HH_START, POOR_END, HH_END = 152, 3690, 41, 3796
POOR_START_PCT = 100 * POOR_START / HH_START
POOR_END_PCT = 100 * POOR_END / HH_END
assert (vn_dec(POOR_START_PCT, 2), vn_dec(POOR_END_PCT, 2)) == ("4,12", "1,08")
POOR_DROP = POOR_START - POOR_END
POOR_DROP_YEAR = (round(POOR_START_PCT, 2) - round(POOR_END_PCT, 2)) / 3
assert POOR_DROP == 111 and vn_dec(POOR_DROP_YEAR, 2) == "1,01", POOR_DROP_YEAR
NEAR_POOR_START, NEAR_POOR_END = 187, 96

# Front: houses built and repaired
HOUSES_NEW, HOUSES_FIX = 14, 9
HOUSES = HOUSES_NEW + HOUSES_FIX

# Appendix: (indicator, unit, resolution target, achieved, verdict)
APPX_ROWS = [
    ("Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021 - 2025", "%/năm", "9,0", vn_dec(GO_GROWTH), "Vượt"),
    ("Thu nhập bình quân đầu người năm 2025", "triệu đồng", vn_int(INCOME_TARGET_2025), vn_dec(INCOME_2025),
     "Vượt"),
    ("Cơ cấu kinh tế năm 2025 (nông nghiệp - công nghiệp, xây dựng - thương mại, dịch vụ)", "%", "26 - 40 - 34",
     " - ".join(vn_dec(x) for x in STRUCT_2025), "Đạt"),
    ("Thu ngân sách nhà nước trên địa bàn tăng bình quân hằng năm", "%", "10", vn_dec(REV_GROWTH), "Vượt"),
    ("Xây dựng xã đạt chuẩn nông thôn mới nâng cao", "năm đạt chuẩn", "2024", "2023", "Vượt (về thời gian)"),
    ("Tỷ lệ hộ nghèo cuối nhiệm kỳ (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025)", "%", "Dưới 1,5",
     vn_dec(POOR_END_PCT, 2), "Vượt"),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92", "93,6", "Vượt"),
    ("Số trường học đạt chuẩn quốc gia", "trường", "3/3", "3/3", "Đạt"),
    ("Tỷ lệ lao động qua đào tạo", "%", "70", "68,5", "Không đạt"),
    ("Tỷ lệ hộ gia đình được công nhận danh hiệu “Gia đình văn hóa”", "%", "90", "91,2", "Vượt"),
    ("Tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn", "%", "95", "97,3", "Vượt"),
    ("Hoàn thành chỉ tiêu giao quân hằng năm", "%", "100", "100", "Đạt"),
    ("Kết nạp đảng viên mới trong nhiệm kỳ", "đảng viên", vn_int(ADMIT_TARGET), vn_int(ADMITTED), "Vượt"),
    ("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên bình quân hằng năm", "%", "85", CELL_AVG, "Đạt"),
]


def appendix_table() -> dict:
    rows = [[str(i), name, unit, target, done, verdict] for i, (name, unit, target, done, verdict)
            in enumerate(APPX_ROWS, 1)]
    return {"unit": "(Kèm theo Báo cáo chính trị số 45-BC/ĐU ngày 08/5/2025)",
            "head": ["STT", "Chỉ tiêu", "Đơn vị tính", "Nghị quyết Đại hội XIV đề ra", "Kết quả thực hiện đến năm "
                     "2025 (ước)", "Đánh giá"],
            "widths": [1.1 * cm, 6.0 * cm, 2.2 * cm, 2.4 * cm, 2.6 * cm, 2.2 * cm],
            "rows": rows, "bold_rows": set()}


# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   part      (label, title)            "Phần thứ nhất" / title on the next line, centred bold
#   roman     (label, title)            "I. TITLE" bold caps
#   arabic    (label, title)            "1. Title" bold
#   dec       (label, title)            "1.1. Title" bold italic
#   letter    (label, title)            "a) Title" italic, on its own line
#   p / num   (text,)                   body paragraph / "(1) text" target on its own line
#   dash/plus (text,)                   "- text" / "+ text"
#   table     (name,)                   "budget" or "cells"
# --------------------------------------------------------------------------------------------------
OPENING = [
    ("p", "Nhiệm kỳ 2020 - 2025, Đảng bộ xã Tân Hòa lãnh đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã "
          "lần thứ XIV trong bối cảnh có nhiều thuận lợi nhưng cũng không ít khó khăn, thách thức: dịch bệnh "
          "COVID-19 diễn biến phức tạp trong hai năm đầu nhiệm kỳ; giá cả vật tư nông nghiệp tăng cao; thiên tai, "
          "mưa lớn cục bộ năm 2024 gây ngập úng 126 ha lúa vụ mùa. Được sự lãnh đạo, chỉ đạo sát sao của Ban Thường "
          "vụ Huyện ủy Kim Bảng Đông, sự nỗ lực của cả hệ thống chính trị và Nhân dân, Đảng bộ xã đã lãnh đạo hoàn "
          "thành và hoàn thành vượt mức phần lớn các chỉ tiêu Nghị quyết đề ra. Ban Chấp hành Đảng bộ xã khóa XIV "
          "báo cáo Đại hội kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025 và phương hướng, nhiệm vụ nhiệm kỳ "
          "2025 - 2030 như sau:"),
]

PART_1 = [
    ("part", "Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XIV, NHIỆM KỲ 2020 - 2025"),
    ("roman", "I.", "KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG, AN NINH"),
    ("arabic", "1.", "Về phát triển kinh tế"),
    ("dec", "1.1.", "Tăng trưởng kinh tế, chuyển dịch cơ cấu kinh tế và thu nhập của Nhân dân"),
    ("p", "Kinh tế của xã duy trì tốc độ tăng trưởng khá, quy mô và chất lượng tăng trưởng được nâng lên; giá trị "
          "sản xuất tăng bình quân vượt chỉ tiêu Nghị quyết đề ra[[Giá trị sản xuất (theo giá so sánh năm 2010) "
          f"năm 2025 ước đạt {vn_dec(GO_2025)} tỷ đồng, gấp {vn_dec(GO_2025 / GO_2020, 2)} lần năm 2020 "
          f"({vn_dec(GO_2020)} tỷ đồng); tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021 - 2025 đạt "
          f"{vn_dec(GO_GROWTH)}%/năm, Nghị quyết đề ra 9,0%/năm.]]. Cơ cấu kinh tế chuyển dịch đúng hướng, giảm "
          "tỷ trọng nông nghiệp, tăng tỷ trọng công nghiệp, xây dựng và thương mại, dịch vụ: năm 2020, tỷ trọng "
          f"nông nghiệp - công nghiệp, xây dựng - thương mại, dịch vụ tương ứng là {vn_dec(STRUCT_2020[0])}% - "
          f"{vn_dec(STRUCT_2020[1])}% - {vn_dec(STRUCT_2020[2])}%; đến năm 2025 ước đạt "
          f"{vn_dec(STRUCT_2025[0])}% - {vn_dec(STRUCT_2025[1])}% - {vn_dec(STRUCT_2025[2])}%."),
    ("p", f"Thu nhập bình quân đầu người năm 2025 ước đạt {vn_dec(INCOME_2025)} triệu đồng/người/năm, gấp "
          f"{vn_dec(INCOME_2025 / INCOME_2020, 2)} lần so với năm 2020 ({vn_dec(INCOME_2020)} triệu đồng), vượt "
          f"mục tiêu Nghị quyết ({INCOME_TARGET_2025} triệu đồng). Đời sống vật chất, tinh thần của Nhân dân "
          "được cải thiện rõ rệt; số hộ khá, giàu tăng, nhiều hộ xây dựng nhà ở kiên cố, mua sắm phương tiện sinh "
          "hoạt hiện đại."),
    ("dec", "1.2.", "Sản xuất nông nghiệp và xây dựng nông thôn mới nâng cao"),
    ("p", "Sản xuất nông nghiệp chuyển mạnh sang sản xuất hàng hóa, ứng dụng tiến bộ khoa học - kỹ thuật. Xã đã "
          "dồn điền, đổi thửa được 186 ha, hình thành 05 vùng sản xuất lúa chất lượng cao với diện tích 312 ha; "
          "giá trị thu hoạch bình quân trên 01 ha đất canh tác năm 2025 ước đạt 158 triệu đồng, năm 2020 là 121 "
          "triệu đồng. Chăn nuôi chuyển dần sang quy mô gia trại, trang trại; toàn xã có 14 trang trại đạt tiêu chí "
          "theo quy định. Hợp tác xã dịch vụ nông nghiệp Tân Hòa được củng cố, liên kết tiêu thụ sản phẩm cho "
          "420 hộ xã viên; có 03 sản phẩm được công nhận sản phẩm OCOP 3 sao (gạo nếp cái hoa vàng Tân Hòa, "
          "miến dong Đông Xá, mây tre đan Hòa Bình)."),
    ("p", "Phong trào thi đua “Tân Hòa chung sức xây dựng nông thôn mới nâng cao” được Nhân dân hưởng ứng rộng "
          "rãi. Với sự vào cuộc của cả hệ thống chính trị, xã đã hoàn thành 19/19 tiêu chí và được Ủy ban nhân "
          "dân tỉnh Hòa Nam công nhận đạt chuẩn nông thôn mới nâng cao tại Quyết định số 2145/QĐ-UBND ngày "
          "18/12/2023, về đích sớm một năm so với Nghị quyết; 02 thôn (thôn Đồng Lạc, thôn Hòa Bình) đạt chuẩn "
          "thôn nông thôn mới kiểu mẫu. Nguồn lực đầu tư xây dựng NTM được huy động từ nhiều nguồn[[Tổng nguồn lực "
          f"huy động xây dựng nông thôn mới nâng cao giai đoạn 2021 - 2025 đạt {vn_dec(NTM_TOTAL)} tỷ đồng, trong "
          f"đó: ngân sách các cấp {vn_dec(NTM_BUDGET)} tỷ đồng, Nhân dân đóng góp {vn_dec(NTM_PEOPLE)} tỷ đồng, "
          f"doanh nghiệp và các nguồn hợp pháp khác {vn_dec(NTM_OTHER)} tỷ đồng; Nhân dân tự nguyện hiến "
          "18.600 m² đất để mở rộng đường giao thông nông thôn.]]; đã cứng hóa 100% đường trục thôn, 96,4% "
          "đường ngõ xóm; xây mới 04 nhà văn hóa thôn, cải tạo hệ thống kênh mương nội đồng dài 12,8 km."),
    ("dec", "1.3.", "Công nghiệp - tiểu thủ công nghiệp, thương mại, dịch vụ"),
    ("p", "Cụm công nghiệp Tân Hòa (quy mô 48,5 ha) tại thôn Đông Xá đã thu hút 07 doanh nghiệp vào đầu tư sản "
          "xuất, giải quyết việc làm cho 1.350 lao động, trong đó lao động địa phương chiếm trên 60%. Nghề mây "
          "tre đan ở thôn Hòa Bình và nghề làm miến dong ở thôn Đông Xá được duy trì, phát triển. Các loại hình "
          "thương mại, dịch vụ phát triển đa dạng; toàn xã có 386 hộ kinh doanh cá thể, tăng 94 hộ so với đầu "
          "nhiệm kỳ; chợ Tân Hòa được nâng cấp, cải tạo năm 2022 với tổng kinh phí 3,6 tỷ đồng."),
    ("dec", "1.4.", "Thu, chi ngân sách và huy động nguồn lực đầu tư"),
    ("p", "Công tác thu ngân sách được chỉ đạo quyết liệt; các khoản thu đều đạt và vượt dự toán huyện giao. "
          f"Tổng thu ngân sách nhà nước trên địa bàn 5 năm ước đạt {vn_int(REV_TOTAL)} triệu đồng, tăng bình quân "
          f"{vn_dec(REV_GROWTH)}%/năm (Nghị quyết đề ra tăng bình quân 10%/năm); năm 2020 thu được "
          f"{vn_int(REVENUE_2020)} triệu đồng. Chi ngân sách bảo đảm đúng dự toán, tiết kiệm, ưu tiên cho đầu tư "
          "phát triển và an sinh xã hội. Kết quả thu, chi ngân sách từng năm như sau:"),
    ("table", "budget"),
    ("p", "Tổng vốn đầu tư phát triển trên địa bàn cả nhiệm kỳ ước đạt 268 tỷ đồng; xã đã thực hiện 42 công "
          "trình, dự án, trong đó 31 công trình do Ủy ban nhân dân xã làm chủ đầu tư; không để phát sinh nợ đọng "
          "xây dựng cơ bản."),
    ("arabic", "2.", "Về văn hóa - xã hội"),
    ("letter", "a)", "Giáo dục và đào tạo"),
    ("p", "Quy mô, mạng lưới trường lớp được duy trì ổn định; cơ sở vật chất được đầu tư theo hướng chuẩn hóa, "
          "hiện đại. Đến nay, 3/3 trường (Mầm non, Tiểu học, Trung học cơ sở) đạt chuẩn quốc gia, trong đó 02 "
          "trường (Tiểu học và Trung học cơ sở) đạt chuẩn mức độ 2. Tỷ lệ học sinh tốt nghiệp trung học cơ sở "
          "hằng năm đạt 99,6% trở lên; xã duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập "
          "giáo dục tiểu học và trung học cơ sở mức độ 3. Hội Khuyến học xã trao 1.240 suất học bổng, phần thưởng "
          "với tổng trị giá 486 triệu đồng."),
    ("letter", "b)", "Y tế, dân số và chăm sóc sức khỏe Nhân dân"),
    ("p", "Trạm Y tế xã duy trì đạt Bộ tiêu chí quốc gia về y tế xã; công tác phòng, chống dịch COVID-19 được "
          "triển khai kịp thời, hiệu quả, tiêm vắc-xin đạt 100% đối tượng. Tỷ lệ người dân tham gia bảo hiểm y tế "
          "tăng từ 82,4% năm 2020 lên 93,6% năm 2025; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm "
          "còn 8,7%. Công tác dân số - kế hoạch hóa gia đình còn hạn chế, tỷ lệ sinh con thứ ba trở lên còn cao."),
    ("letter", "c)", "Lao động, việc làm, giảm nghèo và bảo đảm an sinh xã hội"),
    ("p", "Bình quân mỗi năm giải quyết việc làm mới cho 235 lao động; xã phối hợp mở 18 lớp đào tạo nghề ngắn "
          "hạn cho 562 lao động nông thôn. Công tác giảm nghèo đạt kết quả tích cực: theo chuẩn nghèo đa chiều "
          f"giai đoạn 2022 - 2025, số hộ nghèo giảm từ {POOR_START} hộ ({vn_dec(POOR_START_PCT, 2)}%) đầu năm 2022 "
          f"xuống còn {POOR_END} hộ ({vn_dec(POOR_END_PCT, 2)}%) cuối năm 2024, giảm {POOR_DROP} hộ, bình quân "
          f"mỗi năm giảm {vn_dec(POOR_DROP_YEAR, 2)}%[[Số hộ cận nghèo giảm từ {NEAR_POOR_START} hộ đầu năm 2022 "
          f"xuống còn {NEAR_POOR_END} hộ cuối năm 2024; 100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế, "
          "được vay vốn ưu đãi khi có nhu cầu.]]. Các chế độ, chính sách đối với người có công, đối tượng bảo trợ "
          "xã hội được thực hiện đầy đủ, kịp thời; toàn xã đã xóa xong nhà tạm, nhà dột nát cho 17 hộ."),
    ("letter", "d)", "Văn hóa, thông tin, thể dục thể thao"),
    ("p", "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được duy trì; 17/17 thôn có hương ước, quy ước "
          "được phê duyệt; việc cưới, việc tang, lễ hội cơ bản thực hiện theo nếp sống văn minh. Hệ thống truyền "
          "thanh cơ sở ứng dụng công nghệ thông tin - viễn thông được lắp đặt tại 17 thôn. Phong trào thể dục thể "
          "thao quần chúng phát triển, toàn xã có 46 câu lạc bộ thể thao."),
    ("arabic", "3.", "Về quốc phòng, an ninh"),
    ("p", "Đảng ủy lãnh đạo thực hiện tốt nhiệm vụ quốc phòng, quân sự địa phương; tổ chức diễn tập chiến đấu phòng "
          "thủ xã năm 2023 đạt loại giỏi. Lực lượng dân quân được xây dựng vững mạnh, rộng khắp. Công tác tuyển "
          "quân hằng năm được thực hiện công khai, dân chủ, đúng luật; xã hoàn thành 100% chỉ tiêu giao quân cả 5 "
          f"năm với tổng số {CONSCRIPTS} thanh niên, trong đó {ARMY} thanh niên nhập ngũ Quân đội nhân dân và "
          f"{POLICE:02d} thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân."),
    ("p", "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững. Công an xã tiếp nhận, thụ lý 186 tin "
          "báo, tố giác về tội phạm và vi phạm pháp luật, giải quyết 214 vụ việc về an ninh, trật tự, trong đó hòa "
          "giải thành 167 vụ; triển khai mô hình “Camera an ninh” với 96 camera tại các trục đường chính. Công tác "
          "tiếp công dân, giải quyết đơn thư được quan tâm; Ủy ban nhân dân xã tiếp nhận 132 đơn, đã giải quyết "
          "128 đơn, không để phát sinh điểm nóng."),
    ("roman", "II.", "CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
    ("arabic", "1.", "Công tác chính trị, tư tưởng"),
    ("p", "Đảng ủy đã tổ chức 11 hội nghị học tập, quán triệt, triển khai các chỉ thị, nghị quyết của Đảng cho "
          "100% cán bộ, đảng viên; gắn việc thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về đẩy mạnh học tập và "
          "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với nhiệm vụ chính trị của địa phương. Đảng ủy ban "
          "hành Nghị quyết số 08-NQ/ĐU ngày 15/3/2022 về chuyển đổi số giai đoạn 2022 - 2025; phối hợp với Trung "
          "tâm Chính trị huyện tổ chức 06 lớp bồi dưỡng nhận thức về Đảng cho 142 quần chúng ưu tú và 05 lớp bồi "
          "dưỡng lý luận chính trị cho đảng viên mới. Công tác nắm bắt tư tưởng cán bộ, đảng viên và Nhân dân "
          "được duy trì thường xuyên."),
    ("arabic", "2.", "Công tác tổ chức, cán bộ; xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh và nâng cao "
                     "chất lượng đội ngũ cán bộ, đảng viên"),
    ("dec", "2.1.", "Tổ chức bộ máy và công tác cán bộ"),
    ("p", "Thực hiện chủ trương của cấp trên, năm 2022 xã đã sáp nhập thôn Tây Xá vào thôn Đông Xá, toàn xã còn "
          "17 thôn; kiện toàn tổ chức bộ máy các chi bộ tương ứng. Công tác cán bộ được thực hiện đúng nguyên tắc, "
          "quy trình. Tháng 7/2022, đồng chí Trần Quốc Hưng, Phó Bí thư Thường trực Đảng ủy được điều động nhận "
          "công tác tại huyện; Ban Chấp hành Đảng bộ xã đã bầu bổ sung đồng chí Phạm Thị Lan giữ chức Phó Bí thư "
          "Thường trực Đảng ủy. Trong nhiệm kỳ, đã cử 09 cán bộ đi đào tạo trình độ cao cấp, trung cấp lý luận "
          "chính trị; 100% cán bộ, công chức xã có trình độ chuyên môn đại học."),
    ("dec", "2.2.", "Xây dựng tổ chức cơ sở đảng và đảng viên"),
    ("p", "Đảng bộ xã hiện có 27 chi bộ trực thuộc, gồm 17 chi bộ thôn, 06 chi bộ cơ quan, trường học, trạm y tế, "
          "02 chi bộ Quân sự và Công an xã, 02 chi bộ doanh nghiệp. Chất lượng sinh hoạt chi bộ có chuyển biến; "
          "các chi bộ duy trì sinh hoạt chuyên đề ít nhất mỗi quý một lần. Kết quả đánh giá, xếp loại chất lượng "
          "chi bộ hằng năm như sau:"),
    ("table", "cells"),
    ("p", f"Bình quân hằng năm có {CELL_AVG}% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt chỉ tiêu "
          "Nghị quyết; Đảng bộ xã 4 năm liền (2021 - 2024) được Ban Thường vụ Huyện ủy xếp loại “Hoàn thành tốt "
          "nhiệm vụ”, riêng năm 2023 được xếp loại “Hoàn thành xuất sắc nhiệm vụ”."),
    ("p", f"Công tác phát triển đảng viên được quan tâm, nhất là ở các thôn và trong đoàn viên thanh niên. Trong "
          f"nhiệm kỳ, Đảng bộ kết nạp được {ADMITTED} đảng viên, đạt {vn_pct(ADMITTED, ADMIT_TARGET)}% chỉ tiêu "
          f"Nghị quyết ({ADMIT_TARGET} đảng viên); tiếp nhận {MOVED_IN} đảng viên chuyển sinh hoạt đến, chuyển đi "
          f"{MOVED_OUT} đảng viên; {DIED} đảng viên từ trần; xóa tên {STRUCK_OFF:02d} đảng viên. Đến nay, toàn Đảng "
          f"bộ có {MEMBERS_NOW} đảng viên (đầu nhiệm kỳ {MEMBERS_2020} đảng viên), trong đó 214 đảng viên được "
          "miễn công tác và sinh hoạt đảng. Đã trao Huy hiệu Đảng cho 96 đồng chí, trong đó có 02 đồng chí nhận "
          "Huy hiệu 75 năm tuổi Đảng."),
    ("arabic", "3.", "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng"),
    ("p", "Đảng ủy ban hành và thực hiện nghiêm chương trình kiểm tra, giám sát toàn khóa và hằng năm. Trong nhiệm "
          "kỳ, Đảng ủy đã kiểm tra 36 tổ chức đảng và 58 đảng viên; giám sát chuyên đề 31 tổ chức đảng và 47 đảng "
          "viên. Ủy ban Kiểm tra Đảng ủy kiểm tra 03 tổ chức đảng và 14 đảng viên khi có dấu hiệu vi phạm, kết luận "
          "12 đảng viên có vi phạm; kiểm tra việc thu, nộp, quản lý đảng phí đối với 27 chi bộ; tiếp nhận và giải "
          "quyết 04 đơn tố cáo đối với đảng viên."),
    ("p", f"Việc xử lý kỷ luật đảng viên vi phạm bảo đảm đúng nguyên tắc, thủ tục. Toàn Đảng bộ đã thi hành kỷ "
          f"luật {DISC_TOTAL} đảng viên[[Về hình thức kỷ luật: khiển trách {DISC_KINDS['khiển trách']} đảng viên, "
          f"cảnh cáo {DISC_KINDS['cảnh cáo']:02d} đảng viên, cách chức {DISC_KINDS['cách chức']:02d} đảng viên, "
          f"khai trừ {DISC_KINDS['khai trừ']:02d} đảng viên; vi phạm chủ yếu về chính sách dân số - kế hoạch hóa "
          "gia đình (07 trường hợp) và quản lý, sử dụng đất đai (05 trường hợp).]], trong đó: các chi bộ thi hành "
          f"kỷ luật {DISC_CELL:02d} đảng viên; Ban Chấp hành Đảng bộ xã (cấp ủy) thi hành kỷ luật "
          f"{DISC_COMMITTEE:02d} đảng viên; UBKT Đảng ủy thi hành kỷ luật {DISC_UBKT:02d} đảng viên."),
    ("arabic", "4.", "Lãnh đạo xây dựng chính quyền; hoạt động của Mặt trận Tổ quốc và các đoàn thể"),
    ("p", "Hội đồng nhân dân xã tổ chức 24 kỳ họp (10 kỳ họp thường lệ và 14 kỳ họp chuyên đề), ban hành 96 nghị "
          "quyết; hoạt động giám sát có trọng tâm. Ủy ban nhân dân xã đẩy mạnh cải cách hành chính; Bộ phận Một "
          "cửa tiếp nhận, giải quyết 28.416 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến năm 2024 đạt 82,5%."),
    ("p", "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đổi mới nội dung, phương thức hoạt động, hướng về "
          "cơ sở:"),
    ("dash", f"Ủy ban MTTQ Việt Nam xã vận động Quỹ “Vì người nghèo” được 1.236 triệu đồng; hỗ trợ xây dựng "
             f"{HOUSES} nhà Đại đoàn kết (xây mới {HOUSES_NEW} nhà, sửa chữa {HOUSES_FIX:02d} nhà); phối hợp tổ "
             "chức 25 cuộc giám sát, phản biện xã hội."),
    ("dash", "Hội Nông dân xã có 1.862 hội viên, kết nạp mới 146 hội viên; có 412 hộ đạt danh hiệu sản xuất, kinh "
             "doanh giỏi các cấp; Quỹ Hỗ trợ nông dân đạt 685 triệu đồng."),
    ("dash", "Hội Liên hiệp Phụ nữ xã có 2.145 hội viên, kết nạp mới 213 hội viên; duy trì 09 tổ tiết kiệm, vay "
             "vốn với dư nợ ủy thác 18,4 tỷ đồng."),
    ("dash", "Hội Cựu chiến binh xã có 318 hội viên, 100% chi hội đạt vững mạnh; Đoàn Thanh niên xã có 524 đoàn "
             "viên, giới thiệu 47 đoàn viên ưu tú cho Đảng xem xét kết nạp."),
    ("roman", "III.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Ưu điểm"),
    ("p", "Nhiệm kỳ 2020 - 2025, Đảng bộ xã đã lãnh đạo hoàn thành và hoàn thành vượt mức 13/14 chỉ tiêu chủ yếu "
          "của Nghị quyết Đại hội lần thứ XIV. Kinh tế tăng trưởng khá; xã đạt chuẩn nông thôn mới nâng cao trước "
          "thời hạn; an sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững; công tác xây dựng Đảng và hệ "
          "thống chính trị có nhiều chuyển biến tích cực."),
    ("arabic", "2.", "Hạn chế, khuyết điểm"),
    ("dash", "Kinh tế phát triển chưa tương xứng với tiềm năng; chuyển dịch cơ cấu lao động còn chậm, tỷ lệ lao "
             "động qua đào tạo chưa đạt chỉ tiêu Nghị quyết."),
    ("dash", "Thu hút đầu tư vào Cụm công nghiệp Tân Hòa còn hạn chế, tỷ lệ lấp đầy mới đạt 54,2%."),
    ("dash", "Quản lý đất đai, trật tự xây dựng ở một số thôn còn buông lỏng; vẫn còn tình trạng lấn chiếm hành "
             "lang an toàn giao thông."),
    ("dash", "Chất lượng sinh hoạt của một số chi bộ thôn chưa cao, nội dung còn đơn điệu; số đảng viên vi phạm "
             "phải xử lý kỷ luật còn nhiều, nhất là vi phạm chính sách dân số."),
    ("arabic", "3.", "Nguyên nhân của hạn chế, khuyết điểm"),
    ("letter", "a)", "Nguyên nhân khách quan"),
    ("p", "Dịch bệnh COVID-19, thiên tai ảnh hưởng đến sản xuất và đời sống; nguồn lực đầu tư của cấp trên cho hạ "
          "tầng Cụm công nghiệp còn hạn chế; một số cơ chế, chính sách về đất đai thay đổi, khó áp dụng ở cơ sở."),
    ("letter", "b)", "Nguyên nhân chủ quan"),
    ("dash", "Một số cấp ủy chi bộ chưa thật sự chủ động, sáng tạo; vai trò tiền phong, gương mẫu của một bộ phận "
             "đảng viên chưa cao."),
    ("dash", "Công tác kiểm tra, giám sát có lúc chưa thường xuyên, phát hiện vi phạm chưa kịp thời."),
    ("dash", "Năng lực tham mưu của một số cán bộ, công chức còn hạn chế, ngại đổi mới."),
    ("arabic", "4.", "Bài học kinh nghiệm"),
    ("plus", "Giữ vững nguyên tắc tập trung dân chủ, đoàn kết thống nhất trong Đảng bộ là nhân tố quyết định."),
    ("plus", "Phát huy vai trò người đứng đầu; nói đi đôi với làm, sâu sát cơ sở."),
    ("plus", "Lấy sự hài lòng của Nhân dân làm thước đo hiệu quả công tác của cán bộ, đảng viên."),
]

PART_2 = [
    ("part", "Phần thứ hai", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030"),
    ("roman", "I.", "MỤC TIÊU TỔNG QUÁT"),
    ("p", "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; xây dựng hệ thống chính trị trong sạch, vững "
          "mạnh; phát huy sức mạnh đại đoàn kết toàn dân; khai thác hiệu quả tiềm năng, lợi thế, phát triển kinh tế "
          "nhanh và bền vững; xây dựng xã Tân Hòa đạt chuẩn nông thôn mới kiểu mẫu, văn minh, giàu đẹp."),
    ("roman", "II.", "CÁC CHỈ TIÊU CHỦ YẾU"),
    ("arabic", "1.", "Về kinh tế"),
    ("num", "(1) Tốc độ tăng giá trị sản xuất bình quân 9,5%/năm trở lên."),
    ("num", f"(2) Thu nhập bình quân đầu người đến năm 2030 đạt {INCOME_TARGET_2030} triệu đồng trở lên."),
    ("num", f"(3) Cơ cấu kinh tế đến năm 2030: nông nghiệp {STRUCT_2030[0]:.0f}%; công nghiệp, xây dựng "
            f"{STRUCT_2030[1]:.0f}%; thương mại, dịch vụ {STRUCT_2030[2]:.0f}%."),
    ("num", "(4) Thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm trở lên."),
    ("num", "(5) Xã đạt chuẩn nông thôn mới kiểu mẫu trước năm 2028; có thêm 05 thôn đạt chuẩn thôn nông thôn mới "
            "kiểu mẫu."),
    ("arabic", "2.", "Về văn hóa - xã hội, quốc phòng, an ninh"),
    ("num", "(6) Tỷ lệ hộ nghèo theo chuẩn giai đoạn mới giảm bình quân 0,5%/năm."),
    ("num", "(7) Tỷ lệ người dân tham gia BHYT đạt 96% trở lên."),
    ("num", "(8) Duy trì 3/3 trường đạt chuẩn quốc gia; trường Mầm non đạt chuẩn mức độ 2."),
    ("num", "(9) Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 40%."),
    ("num", "(10) Hằng năm hoàn thành 100% chỉ tiêu tuyển quân; xã đạt tiêu chuẩn “An toàn về an ninh, trật tự”."),
    ("arabic", "3.", "Về xây dựng Đảng và hệ thống chính trị"),
    ("num", "(11) Kết nạp từ 70 đảng viên trở lên trong nhiệm kỳ."),
    ("num", "(12) Hằng năm có từ 90% chi bộ trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên."),
    ("num", "(13) Đảng bộ xã hằng năm được xếp loại hoàn thành tốt nhiệm vụ trở lên."),
    ("num", "(14) Mặt trận Tổ quốc và các đoàn thể hằng năm được xếp loại hoàn thành tốt nhiệm vụ trở lên."),
    ("roman", "III.", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("arabic", "1.", "Phát triển kinh tế nhanh, bền vững"),
    ("dash", "Phát triển nông nghiệp sinh thái, ứng dụng công nghệ cao; mở rộng vùng lúa chất lượng cao lên 400 ha; "
             "nâng hạng các sản phẩm OCOP."),
    ("dash", "Phối hợp kêu gọi đầu tư lấp đầy Cụm công nghiệp Tân Hòa; phát triển thương mại, dịch vụ gắn với làng "
             "nghề."),
    ("dash", "Nuôi dưỡng nguồn thu, chống thất thu ngân sách; quản lý chặt chẽ đất đai, trật tự xây dựng."),
    ("arabic", "2.", "Phát triển văn hóa - xã hội, nâng cao đời sống Nhân dân"),
    ("dash", "Nâng cao chất lượng giáo dục toàn diện; đầu tư trường Mầm non đạt chuẩn mức độ 2."),
    ("dash", "Thực hiện tốt chính sách an sinh xã hội, giảm nghèo bền vững; mở rộng bao phủ bảo hiểm y tế, bảo "
             "hiểm xã hội tự nguyện."),
    ("arabic", "3.", "Giữ vững quốc phòng, an ninh"),
    ("dash", "Xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân; nâng cao chất lượng lực lượng "
             "dân quân, Công an xã."),
    ("arabic", "4.", "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"),
    ("dash", "Đổi mới nội dung, nâng cao chất lượng sinh hoạt chi bộ, nhất là chi bộ thôn."),
    ("dash", "Chú trọng phát triển đảng viên trong thanh niên, người lao động tại Cụm công nghiệp."),
    ("dash", "Tăng cường kiểm tra, giám sát; xử lý nghiêm đảng viên vi phạm, không có vùng cấm."),
    ("roman", "IV.", "CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Nhiệm kỳ 2025 - 2030, Đảng bộ xã xác định 03 khâu đột phá:"),
    ("dash", "Thứ nhất, đầu tư đồng bộ hạ tầng giao thông, tiêu thoát nước và các khu dân cư mới."),
    ("dash", "Thứ hai, đẩy mạnh chuyển đổi số trong hoạt động của cấp ủy, chính quyền và phục vụ Nhân dân."),
    ("dash", "Thứ ba, nâng cao chất lượng đội ngũ cán bộ, đảng viên, trước hết là người đứng đầu."),
    ("p", "Với truyền thống đoàn kết, năng động, sáng tạo, Đảng bộ và Nhân dân xã Tân Hòa quyết tâm thực hiện "
          "thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030./."),
]

APPENDIX = [
    ("part", "Phụ lục", "MỘT SỐ CHỈ TIÊU CHỦ YẾU THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XIV, NHIỆM KỲ "
                        "2020 - 2025"),
    ("table", "appendix"),
]

RECIPIENTS = ["- Ban Thường vụ Huyện ủy Kim Bảng Đông (b/c),", "- Đại biểu dự Đại hội,",
              "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."]
SIGNATURE = ["T/M BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Văn Thành"]
METADATA = {"issuer": "Ban Chấp hành Đảng bộ xã Tân Hòa", "number": "45-BC/ĐU",
            "date": "ngày 08 tháng 5 năm 2025", "place": "Tân Hòa", "signer": "Nguyễn Văn Thành",
            "signer_title": "T/M BAN CHẤP HÀNH BÍ THƯ",
            "title": "Báo cáo chính trị của Ban Chấp hành Đảng bộ xã khóa XIV trình Đại hội đại biểu Đảng bộ xã "
                     "Tân Hòa lần thứ XV, nhiệm kỳ 2025 - 2030"}

TABLES = {"budget": budget_table, "cells": cells_table, "appendix": appendix_table}
HEADINGS = ("part", "roman", "arabic", "dec", "letter")


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    left = [Paragraph(nfc("ĐẢNG BỘ HUYỆN KIM BẢNG ĐÔNG"), st["hd_left"]),
            Paragraph(nfc("ĐẢNG ỦY XÃ TÂN HÒA"), st["hd_left"]), Paragraph("*", st["hd_left_n"]),
            Paragraph(nfc("Số " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph(nfc("ĐẢNG CỘNG SẢN VIỆT NAM"), st["hd_right"]),
             HRFlowable(width=6.4 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=8),
             Paragraph(nfc("Tân Hòa, " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[7.8 * cm, FRAME_W - 7.8 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Paragraph(TITLE_LINE, st["title"]), Paragraph(nfc(SUBTITLE).replace("\n", "<br/>"), st["subtitle"]),
            Paragraph("-----", st["hd_left_n"]), Spacer(1, 10)]


def _parts_on_two_lines(blocks: list[tuple]) -> list[tuple]:
    """"Phần thứ nhất" / "PHỤ LỤC" on one line and the part's title on the next."""
    out = []
    for b in blocks:
        if b[0] == "part":
            label = "PHỤ LỤC" if b[1] == "Phụ lục" else b[1].upper()
            b = ("part", label, "<br/>" + b[2])
        out.append(b)
    return out


def flowables(st, blocks: list[tuple]) -> list:
    names = [b[1] for b in blocks if b[0] == "table"]
    it = iter(names)

    def table() -> list:
        tb = TABLES[next(it)]()
        out = table_flowables(tb, st, pad=3)
        if tb.get("caption"):  # a bold centred caption above the unit line
            out.insert(1, Paragraph(nfc(tb["caption"]), st["cell_cb"]))
        return out

    n_body = len(OPENING) + len(PART_1) + len(PART_2)
    body, appx = _parts_on_two_lines(blocks[:n_body]), _parts_on_two_lines(blocks[n_body:])
    return (header_block(st) + block_flowables(body, st, HEADINGS, table)
            + signature(st, RECIPIENTS, SIGNATURE, right_w=7.6 * cm)
            + [PageBreak()] + block_flowables(appx, st, HEADINGS, table))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + PART_1 + PART_2 + APPENDIX, flowables, header_text=HEADER_TEXT,
                      title=METADATA["title"], author="Đảng ủy xã Tân Hòa",
                      creator="scripts/make_test_report_dang_bo_xa.py", number_first_page=False,
                      hd_right_size=12.5, title_size=14.5, subtitle_after=4, cell_size=10.5, cell_lead=12.5)


# --------------------------------------------------------------------------------------------------
# Outline (section ids as in docs/SECTION_IDS.md, via the kit's outline_ids) and plain text
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    return outline_ids([(b[0], b[1], clean(b[2])) for b in PART_1 + PART_2 + APPENDIX if b[0] in HEADINGS])


def plain_text() -> str:
    blocks, notes = number_footnotes(OPENING + PART_1 + PART_2 + APPENDIX)
    lines = ["ĐẢNG BỘ HUYỆN KIM BẢNG ĐÔNG", "ĐẢNG ỦY XÃ TÂN HÒA", "*", "Số " + METADATA["number"],
             "ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Hòa, " + METADATA["date"], TITLE_LINE, SUBTITLE]
    for b in blocks:
        if b[0] == "part" and b[1] == "Phụ lục":
            lines += ["Nơi nhận:"] + RECIPIENTS + SIGNATURE
            lines += ["PHỤ LỤC", b[2]]
        elif b[0] == "part":
            lines += [b[1].upper(), b[2]]
        elif b[0] in HEADINGS:
            lines.append(f"{b[1]} {strip_markup(b[2])}")
        elif b[0] in ("p", "num"):
            lines.append(strip_markup(b[1]))
        elif b[0] in ("dash", "plus"):
            lines.append(("- " if b[0] == "dash" else "+ ") + strip_markup(b[1]))
        elif b[0] == "table":
            tb = TABLES[b[1]]()
            if tb.get("caption"):
                lines.append(tb["caption"])
            lines.append(tb["unit"])
            lines.append(" | ".join(tb["head"]))
            lines += [" | ".join(r) for r in tb["rows"]]
    lines += [f"{n} {t}" for n, t in enumerate(notes, 1)]
    return nfc("\n".join(lines))


def main() -> int:
    return report_main(sys.argv, PDF, "tune", METADATA, outline, plain_text, build_pdf)


if __name__ == "__main__":
    sys.exit(main())
