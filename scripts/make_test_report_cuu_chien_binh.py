"""Sinh báo cáo giả định tổng kết công tác Hội Cựu chiến binh tỉnh Nam Lạc năm 2026 (dữ liệu bịa, phục vụ đánh giá).

Writes tests/data/hoi-ccb-tinh-nam-lac-nam-2026.pdf: an invented year-end report of the Standing Committee of the
Veterans' Association of the province of Nam Lạc (Hội Cựu chiến binh tỉnh Nam Lạc, all names fictional) on the
Association's work and the veterans' movement in 2026, with the direction and tasks for 2027, written by a helper
who never saw the assistant's code (eval/real/outlines/hoi-ccb-tinh-nam-lac-nam-2026.json, tune split,
eval/real/questions_tune26.jsonl).

Born-digital (reportlab, embedded DejaVu Serif). Layouts: a two-column state-style header on the first page
(issuing body and number on the left; national name and motto "Độc lập - Tự do - Hạnh phúc", place and date on
the right), a running header and page numbers from page 2 on, three page-bottom footnotes whose markers are glued
to the word before them, "Phần thứ nhất" / "Phần thứ hai" parts (label and title on two lines), Roman, Arabic,
"1.1." decimal and "a)" headings, '-' / '+' items, a bordered table of members by district (huyện, thị xã,
thành phố) with a total row and a caption, a two-column signature block with "Nơi nhận:" and, after it, an
appendix "PHỤ LỤC" with a table of the main indicators (plan 2026 vs achieved 2026, verdict, target 2027).

Confusable figures held on purpose:
  - The same act by several bodies: supervision chaired by the provincial Association (06), district
    Associations (34), grassroots Associations (412) and joint supervision with the Front (09); inspection by
    the Standing Committee (05 district Associations) vs by the Association's Inspection Committee (09 grassroots
    Associations); awards by the Central Association, the provincial People's Committee and the provincial
    Association; admission of new Association members (1.652) vs members admitted to the Party (58).
  - The same indicator for several periods: new members 2026 (1.652) vs plan 2026 (1.500) vs 2025 (1.486) vs
    target 2027 (1.450); poor member households reduced in 2026 (144) vs 2025 (156) vs target 2027 (100);
    wealthy households 2026 vs 2025; entrusted policy-bank loans now vs at 31/12/2025.
  - Totals vs sub-kinds: houses "Nghĩa tình đồng đội" 55 = 38 new + 17 repaired (funding sources only in a
    footnote); enterprises vs cooperatives vs farms run by veterans; 18.460 jobs vs 7.312 for veterans and their
    children; entrusted loans by programme (footnote only).
  - Two units / two lenders: Ngân hàng Chính sách xã hội (entrusted, 536,5 tỷ) vs Agribank (214,3 tỷ); the
    Association's members vs the Cựu quân nhân clubs; Quỹ "Nghĩa tình đồng đội" vs the mutual-aid fund.
  - Figures only in tables (members, new members, Party members, grassroots units by district; the 2027
    targets and the newspaper subscriptions in the appendix) and only in footnotes (meetings by level, loans
    by programme, housing funding by source).
Words vary on purpose: "kết nạp" / "phát triển hội viên mới", "tổ chức" / "mở" (lớp), "thoát nghèo" / "ra khỏi
diện hộ nghèo", "tiếp nhận" / "thụ lý" (đơn thư), "giải quyết" / "xử lý", "khởi công" / "bàn giao" / "xây mới";
abbreviations (CCB, NHCSXH, TK&VV, MTTQ, UBND, ANTT) are used in some places and spelled out in others.

Run: .venv/bin/python scripts/make_test_report_cuu_chien_binh.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_cuu_chien_binh.py --outline  (prints the expected outline as JSON)
     .venv/bin/python scripts/make_test_report_cuu_chien_binh.py --text     (prints the plain text, footnotes last)
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

PDF = ROOT / "tests" / "data" / "hoi-ccb-tinh-nam-lac-nam-2026.pdf"

HEADER_TEXT = "Báo cáo tổng kết công tác Hội và phong trào CCB năm 2026 - Hội CCB tỉnh Nam Lạc"
TITLE_LINE = "BÁO CÁO"
SUBTITLE = ("Tổng kết công tác Hội và phong trào Cựu chiến binh năm 2026;\nphương hướng, nhiệm vụ năm 2027")


def vn_dec(x: float, nd: int = 1) -> str:
    """Vietnamese decimal with nd places: 536.5 -> '536,5'."""
    return f"{x:,.{nd}f}".replace(",", "#").replace(".", ",").replace("#", ".")


# --------------------------------------------------------------------------------------------------
# Data (figures used in the text are computed here and checked)
# --------------------------------------------------------------------------------------------------
# members by district: (đơn vị, cơ sở Hội, chi hội, hội viên, kết nạp mới 2026, hội viên là đảng viên,
#                       cơ sở Hội xếp loại vững mạnh)
DISTRICTS = [
    ("Thành phố Lạc Thành", 18, 142, 8426, 312, 4215, 16),
    ("Thị xã Đông Lạc", 14, 98, 5937, 205, 2864, 12),
    ("Huyện Nam Sơn", 21, 176, 9118, 286, 3972, 18),
    ("Huyện Hòa Khê", 19, 154, 7645, 241, 3310, 17),
    ("Huyện Tân Lập", 16, 131, 6284, 178, 2706, 13),
    ("Huyện Vĩnh Mỹ", 17, 139, 6912, 223, 2985, 15),
    ("Huyện Kim Điền", 13, 102, 4853, 164, 2137, 11),
    ("Các cơ sở Hội trực thuộc tỉnh", 6, 21, 1175, 43, 986, 5),
]
BASES = sum(r[1] for r in DISTRICTS)
BRANCHES = sum(r[2] for r in DISTRICTS)
MEMBERS = sum(r[3] for r in DISTRICTS)
ADMITTED = sum(r[4] for r in DISTRICTS)
PARTY = sum(r[5] for r in DISTRICTS)
STRONG = sum(r[6] for r in DISTRICTS)
assert (BASES, BRANCHES, MEMBERS, ADMITTED, PARTY, STRONG) == (124, 963, 50350, 1652, 23175, 107)
ADMIT_PLAN, ADMIT_2025, ADMIT_2027 = 1500, 1486, 1450
assert vn_pct(ADMITTED, ADMIT_PLAN) == "110,1"
CCB_ALL = 53224  # cựu chiến binh trên địa bàn thuộc diện kết nạp
assert vn_pct(MEMBERS, CCB_ALL) == "94,6"
assert vn_pct(PARTY, MEMBERS) == "46,0"
assert vn_pct(STRONG, BASES) == "86,3"
DIED = 1074
MEMBERS_2025 = MEMBERS - ADMITTED + DIED + 129  # 129: chuyển đi, thôi sinh hoạt
assert MEMBERS_2025 == 49901

# education meetings by level (footnote 1)
MEET_PROV, MEET_DIST, MEET_BASE = 4, 27, 1864
ATT_PROV, ATT_DIST, ATT_BASE = 520, 3860, 92100
MEETINGS, ATTEND = MEET_PROV + MEET_DIST + MEET_BASE, ATT_PROV + ATT_DIST + ATT_BASE
assert (MEETINGS, ATTEND) == (1895, 96480)

# supervision
SUP_PROV, SUP_FRONT, SUP_DIST, SUP_BASE = 6, 9, 34, 412
PROPOSALS, PROPOSALS_DONE = 128, 106
assert vn_pct(PROPOSALS_DONE, PROPOSALS) == "82,8"

# poor member households
POOR_START, POOR_END, POOR_DROP_2025 = 412, 268, 156
POOR_DROP = POOR_START - POOR_END
assert POOR_DROP == 144
NEAR_START, NEAR_END = 635, 521
RICH, RICH_2025_PCT = 21298, 40.8
assert vn_pct(RICH, MEMBERS) == "42,3"
assert vn_dec(100 * POOR_END / MEMBERS, 2) == "0,53"

# entrusted loans NHCSXH by programme (tỷ đồng), footnote 2
LOANS = [("cho vay hộ nghèo", 186.4), ("cho vay hộ cận nghèo", 97.2), ("cho vay giải quyết việc làm", 142.8),
         ("cho vay nước sạch và vệ sinh môi trường nông thôn", 61.5), ("các chương trình khác", 48.6)]
LOAN_TOTAL = sum(v for _, v in LOANS)
LOAN_GROWTH = 42.8
LOAN_2025 = LOAN_TOTAL - LOAN_GROWTH
assert (vn_dec(LOAN_TOTAL), vn_dec(LOAN_2025)) == ("536,5", "493,7")
GROUPS, BORROWERS = 312, 14870

# houses "Nghĩa tình đồng đội" and their funding (tỷ đồng), footnote 3
HOUSE_NEW, HOUSE_FIX = 38, 17
HOUSES = HOUSE_NEW + HOUSE_FIX
assert HOUSES == 55
FUND_SRC = [("Quỹ “Nghĩa tình đồng đội” các cấp Hội", 2.14), ("doanh nghiệp, doanh nhân CCB", 1.46),
            ("gia đình, dòng họ và Nhân dân", 2.22)]
HOUSE_COST = sum(v for _, v in FUND_SRC)
assert vn_dec(HOUSE_COST, 2) == "5,82"

# mediation
MED_OK, MED_ALL = 386, 412
assert vn_pct(MED_OK, MED_ALL) == "93,7"

# jobs
JOBS, JOBS_CCB = 18460, 7312

# newspaper (appendix only)
PAPER_PLAN, PAPER_DONE = 1300, 1236


def district_table() -> dict:
    rows = [["", "Toàn tỉnh", vn_int(BASES), vn_int(BRANCHES), vn_int(MEMBERS), vn_int(ADMITTED), vn_int(PARTY),
             vn_pct(PARTY, MEMBERS)]]
    for i, (name, bases, br, mem, adm, party, _strong) in enumerate(DISTRICTS, 1):
        rows.append([str(i), name, f"{bases:02d}", vn_int(br), vn_int(mem), vn_int(adm), vn_int(party),
                     vn_pct(party, mem)])
    return {"caption": "Biểu 1. Tổ chức Hội và hội viên Cựu chiến binh phân theo huyện, thị xã, thành phố "
                       "(đến ngày 30/11/2026)",
            "unit": "Đơn vị tính: cơ sở Hội; chi hội; hội viên; %",
            "head": ["STT", "Đơn vị", "Số cơ sở Hội", "Số chi hội", "Tổng số hội viên", "Kết nạp mới năm 2026",
                     "Hội viên là đảng viên", "Tỷ lệ đảng viên (%)"],
            "widths": [1.2 * cm, 4.1 * cm, 1.7 * cm, 1.7 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 1.8 * cm],
            "rows": rows, "bold_rows": {0}}


# Appendix: (indicator, unit, plan 2026, achieved 2026, verdict, target 2027)
APPX_ROWS = [
    ("Kết nạp hội viên mới", "hội viên", vn_int(ADMIT_PLAN), vn_int(ADMITTED), "Vượt", vn_int(ADMIT_2027)),
    ("Tỷ lệ tập hợp cựu chiến binh vào Hội", "%", "94,0", vn_pct(MEMBERS, CCB_ALL), "Vượt", "95,0"),
    ("Giảm hộ nghèo hội viên (theo chuẩn nghèo đa chiều)", "hộ", "120", vn_int(POOR_DROP), "Vượt", "100"),
    ("Tỷ lệ hộ hội viên khá, giàu", "%", "42,0", vn_pct(RICH, MEMBERS), "Vượt", "43,5"),
    ("Xây mới, sửa chữa nhà “Nghĩa tình đồng đội”", "nhà", "50", vn_int(HOUSES), "Vượt", "40"),
    ("Dư nợ ủy thác qua NHCSXH tăng thêm", "tỷ đồng", "40,0", vn_dec(LOAN_GROWTH), "Vượt", "35,0"),
    ("Tỷ lệ nợ quá hạn vốn ủy thác", "%", "Dưới 0,1", "0,08", "Đạt", "Dưới 0,1"),
    ("Tỷ lệ cơ sở Hội xếp loại vững mạnh", "%", "85,0", vn_pct(STRONG, BASES), "Vượt", "88,0"),
    ("Tổ chức nói chuyện truyền thống tại trường học", "buổi", "250", "286", "Vượt", "260"),
    ("Hội viên đặt mua Báo Cựu chiến binh Việt Nam", "tờ/kỳ", vn_int(PAPER_PLAN), vn_int(PAPER_DONE),
     "Không đạt", vn_int(PAPER_PLAN)),
]


def appendix_table() -> dict:
    rows = [[str(i), name, unit, plan, done, verdict, nxt] for i, (name, unit, plan, done, verdict, nxt)
            in enumerate(APPX_ROWS, 1)]
    return {"unit": "(Kèm theo Báo cáo số 86/BC-CCB ngày 10/12/2026 của Hội CCB tỉnh Nam Lạc)",
            "head": ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện năm 2026", "Đánh giá",
                     "Chỉ tiêu năm 2027"],
            "widths": [1.2 * cm, 5.1 * cm, 1.9 * cm, 2.0 * cm, 2.1 * cm, 2.0 * cm, 2.2 * cm],
            "rows": rows, "bold_rows": set()}


# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   part      (label, title)            "Phần thứ nhất" / title on the next line, centred bold
#   roman     (label, title)            "I. TITLE" bold caps
#   arabic    (label, title)            "1. Title" bold
#   dec       (label, title)            "3.1. Title" bold italic
#   letter    (label, title)            "a) Title" italic, on its own line
#   p         (text,)                   body paragraph
#   dash/plus (text,)                   "- text" / "+ text"
#   table     (name,)                   "district" or "appendix"
# --------------------------------------------------------------------------------------------------
OPENING = [
    ("p", "Thực hiện Hướng dẫn số 126/HD-CCB ngày 15/10/2026 của Trung ương Hội Cựu chiến binh Việt Nam về tổng "
          "kết công tác Hội năm 2026, Ban Thường vụ Hội Cựu chiến binh tỉnh Nam Lạc báo cáo kết quả công tác Hội "
          "và phong trào Cựu chiến binh (CCB) năm 2026; phương hướng, nhiệm vụ năm 2027 như sau:"),
]

PART_1 = [
    ("part", "Phần thứ nhất", "KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO CỰU CHIẾN BINH NĂM 2026"),
    ("roman", "I.", "ĐẶC ĐIỂM TÌNH HÌNH"),
    ("p", "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII và Nghị quyết Đại hội Hội "
          "CCB tỉnh lần thứ VIII, nhiệm kỳ 2022 - 2027. Tình hình chính trị, kinh tế - xã hội của tỉnh ổn định và "
          "có bước phát triển; tuy nhiên, thiên tai, mưa lũ cuối tháng 9/2026 tại các huyện Nam Sơn, Kim Điền đã "
          "làm 312 hộ hội viên bị thiệt hại về nhà ở và sản xuất. Đội ngũ hội viên ngày càng cao tuổi, nhiều đồng "
          "chí ốm đau, bệnh tật; trong năm có " f"{vn_int(DIED)}" " hội viên từ trần."),
    ("p", "Được sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh và Trung ương Hội CCB Việt Nam, sự phối hợp "
          "của Ủy ban MTTQ Việt Nam tỉnh và các sở, ngành, các cấp Hội đã đoàn kết, khắc phục khó khăn, hoàn "
          "thành và hoàn thành vượt mức 9/10 chỉ tiêu chủ yếu của năm 2026 (chi tiết tại Phụ lục kèm theo)."),
    ("roman", "II.", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CÔNG TÁC HỘI"),
    ("arabic", "1.", "Công tác giáo dục chính trị, tư tưởng"),
    ("letter", "a)", "Tuyên truyền, quán triệt các chủ trương, nghị quyết"),
    ("p", "Các cấp Hội đã tổ chức quán triệt, học tập các nghị quyết, chỉ thị của Đảng, chính sách, pháp luật của "
          "Nhà nước và nghị quyết của Hội cấp trên đến 100% cán bộ, hội viên. Ban Thường vụ Hội CCB tỉnh ban "
          "hành Kế hoạch số 12/KH-CCB ngày 03/3/2026 triển khai Cuộc vận động “Cựu chiến binh gương mẫu” giai "
          "đoạn 2026 - 2030. Trong năm, các cấp Hội tổ chức " f"{vn_int(MEETINGS)}" " hội nghị, buổi sinh hoạt "
          "chuyên đề với " f"{vn_int(ATTEND)}" " lượt cán bộ, hội viên tham dự[[Trong đó: Hội CCB tỉnh tổ chức "
          f"{MEET_PROV:02d} hội nghị cho {vn_int(ATT_PROV)} lượt cán bộ chủ chốt; Hội CCB cấp huyện tổ chức "
          f"{MEET_DIST} hội nghị với {vn_int(ATT_DIST)} lượt cán bộ; các cơ sở Hội tổ chức {vn_int(MEET_BASE)} "
          f"buổi sinh hoạt với {vn_int(ATT_BASE)} lượt hội viên.]]."),
    ("p", "Công tác nắm bắt tư tưởng hội viên được duy trì thường xuyên; Bản tin “Cựu chiến binh Nam Lạc” phát "
          "hành 12 số với 14.400 cuốn; trang thông tin điện tử của Hội đăng tải 486 tin, bài. Các cấp Hội chủ "
          "động đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng; 1.126 hội viên tham "
          "gia các nhóm Zalo, Facebook do Hội quản lý để định hướng dư luận. Trong năm có 07 hội viên vi phạm "
          "pháp luật, giảm 04 trường hợp so với năm 2025."),
    ("letter", "b)", "Giáo dục truyền thống cho thế hệ trẻ"),
    ("p", "Phối hợp với Tỉnh đoàn, Sở Giáo dục và Đào tạo thực hiện Chương trình phối hợp giáo dục truyền thống; "
          "các cấp Hội tổ chức 286 buổi nói chuyện truyền thống tại các trường học cho 41.350 học sinh, đoàn "
          "viên. Nhân kỷ niệm 37 năm Ngày thành lập Hội CCB Việt Nam (06/12/1989 - 06/12/2026), Hội CCB tỉnh "
          "tổ chức Lễ mít tinh tại Quảng trường 19 tháng 8 thành phố Lạc Thành với 1.200 đại biểu tham dự. Các "
          "cấp Hội phối hợp với Bộ Chỉ huy Quân sự tỉnh cung cấp thông tin, tham gia tìm kiếm, quy tập được 12 "
          "hài cốt liệt sĩ; xác minh, đề nghị công nhận liệt sĩ cho 03 trường hợp."),
    ("arabic", "2.", "Tham gia xây dựng Đảng, chính quyền và hệ thống chính trị"),
    ("dec", "2.1.", "Tham gia góp ý xây dựng Đảng, chính quyền"),
    ("p", "Hội CCB tỉnh đóng góp 46 ý kiến vào dự thảo các nghị quyết, đề án của Tỉnh ủy, HĐND tỉnh; các cơ sở "
          "Hội tham gia 2.318 ý kiến vào dự thảo văn kiện đại hội chi bộ, đảng bộ cơ sở. Hội viên là đảng viên "
          "chiếm " f"{vn_pct(PARTY, MEMBERS)}" "% tổng số hội viên, giữ vai trò nòng cốt ở chi bộ thôn, tổ dân "
          "phố. Các cấp Hội đã giới thiệu 214 hội viên ưu tú và con em CCB để cấp ủy xem xét, bồi dưỡng; trong "
          "năm có 58 hội viên được kết nạp vào Đảng."),
    ("dec", "2.2.", "Hoạt động giám sát, phản biện xã hội"),
    ("p", "Thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị, năm 2026 Hội CCB tỉnh chủ trì " f"{SUP_PROV:02d}"
          " cuộc giám sát chuyên đề, phối hợp với Ủy ban MTTQ Việt Nam tỉnh tham gia " f"{SUP_FRONT:02d}" " cuộc "
          "giám sát; Hội CCB cấp huyện chủ trì " f"{SUP_DIST}" " cuộc và các cơ sở Hội chủ trì " f"{SUP_BASE}"
          " cuộc giám sát. Nội dung giám sát tập trung vào:"),
    ("plus", "Việc thực hiện chế độ, chính sách đối với người có công và CCB bị nhiễm chất độc da cam/dioxin;"),
    ("plus", "Việc bình xét hộ nghèo, hộ cận nghèo và cho vay vốn ủy thác tại các tổ TK&VV;"),
    ("plus", "Việc quản lý đất đai, bồi thường giải phóng mặt bằng tại dự án đường vành đai phía Nam thành phố "
             "Lạc Thành;"),
    ("plus", "Việc đầu tư, sử dụng các công trình nông thôn mới có sự đóng góp của Nhân dân."),
    ("p", "Qua giám sát, các cấp Hội đã đề xuất " f"{PROPOSALS}" " kiến nghị với cấp ủy, chính quyền; đến nay đã "
          "có " f"{PROPOSALS_DONE}" " kiến nghị được xem xét, giải quyết, đạt " f"{vn_pct(PROPOSALS_DONE, PROPOSALS)}"
          "%. Hội CCB tỉnh cử đại diện tham gia 05 hội nghị phản biện xã hội do Ủy ban MTTQ Việt Nam tỉnh tổ "
          "chức đối với dự thảo nghị quyết của HĐND tỉnh."),
    ("arabic", "3.", "Phát triển kinh tế, giảm nghèo, làm giàu hợp pháp"),
    ("dec", "3.1.", "Phong trào CCB giúp nhau giảm nghèo, làm kinh tế giỏi"),
    ("p", "Phong trào “Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi” tiếp tục phát triển. Các cấp Hội "
          "giúp đỡ vốn, giống, ngày công, kinh nghiệm sản xuất cho hội viên khó khăn; năm 2026 đã có "
          f"{POOR_DROP} hộ hội viên ra khỏi diện hộ nghèo (năm 2025 giảm {POOR_DROP_2025} hộ), số hộ nghèo hội "
          f"viên từ {POOR_START} hộ đầu năm giảm còn {POOR_END} hộ, chiếm "
          f"{vn_dec(100 * POOR_END / MEMBERS, 2)}%; hộ cận nghèo giảm từ {NEAR_START} hộ xuống còn {NEAR_END} hộ. "
          f"Số hộ hội viên khá, giàu là {vn_int(RICH)} hộ, chiếm {vn_pct(RICH, MEMBERS)}% (năm 2025 là "
          f"{vn_dec(RICH_2025_PCT)}%)."),
    ("p", "Toàn tỉnh có 3.214 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó cấp tỉnh "
          "186 hộ, cấp Trung ương Hội 12 hộ. Quỹ hỗ trợ hội viên phát triển kinh tế (quỹ tương trợ) của các cấp "
          "Hội đạt 27,85 tỷ đồng, giúp 1.964 lượt hội viên vay quay vòng."),
    ("dec", "3.2.", "Nhận ủy thác cho vay vốn Ngân hàng Chính sách xã hội"),
    ("p", f"Các cấp Hội đang quản lý {GROUPS} tổ tiết kiệm và vay vốn (TK&VV) với {vn_int(BORROWERS)} hộ vay; "
          f"tổng dư nợ ủy thác qua Ngân hàng Chính sách xã hội đến 30/11/2026 đạt {vn_dec(LOAN_TOTAL)} tỷ đồng"
          "[[Dư nợ theo chương trình: " + "; ".join(f"{n} {vn_dec(v)} tỷ đồng" for n, v in LOANS) + ".]], tăng "
          f"{vn_dec(LOAN_GROWTH)} tỷ đồng so với ngày 31/12/2025 ({vn_dec(LOAN_2025)} tỷ đồng); tỷ lệ nợ quá hạn "
          "0,08%. Có 18 tổ TK&VV được NHCSXH tỉnh xếp loại tốt liên tục 05 năm."),
    ("p", "Ngoài nguồn vốn chính sách, Hội CCB tỉnh phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn "
          "(Agribank) chi nhánh tỉnh Nam Lạc giúp 2.148 hội viên vay 214,3 tỷ đồng để phát triển sản xuất, kinh "
          "doanh thông qua 97 tổ vay vốn."),
    ("dec", "3.3.", "Doanh nghiệp, hợp tác xã, trang trại của CCB"),
    ("p", "Toàn tỉnh hiện có 214 doanh nghiệp, 96 hợp tác xã, 58 tổ hợp tác và 1.238 trang trại, gia trại do CCB "
          f"làm chủ, tạo việc làm thường xuyên cho {vn_int(JOBS)} lao động, trong đó {vn_int(JOBS_CCB)} lao động là "
          "hội viên và con em CCB; tổng doanh thu ước đạt 4.860 tỷ đồng, nộp ngân sách 312 tỷ đồng. Câu lạc bộ "
          "Doanh nhân CCB tỉnh có 86 thành viên. Ngày 15/8/2026, Hội CCB tỉnh tổ chức Hội nghị gặp mặt, tôn "
          "vinh doanh nhân CCB tiêu biểu tại thành phố Lạc Thành, biểu dương 24 doanh nghiệp, 11 hợp tác xã."),
    ("p", "Nhiều mô hình kinh tế của CCB cho thu nhập cao, như mô hình trồng bưởi đỏ theo tiêu chuẩn VietGAP "
          "của Hợp tác xã CCB xã Hòa Bình (huyện Hòa Khê), mô hình nuôi cá lồng trên hồ Đồng Mỏ của tổ hợp tác "
          "CCB thị xã Đông Lạc, mô hình chế biến chè xanh đạt chuẩn OCOP 4 sao của doanh nghiệp CCB huyện Kim "
          "Điền. Các doanh nghiệp, hợp tác xã của CCB đã hỗ trợ trên 1,2 tỷ đồng cho các hoạt động an sinh xã "
          "hội của Hội."),
    ("arabic", "4.", "Công tác chính sách, an sinh xã hội và hoạt động tình nghĩa"),
    ("p", "Các cấp Hội tiếp tục phối hợp với cơ quan chức năng rà soát, đề nghị giải quyết chế độ cho 146 trường "
          "hợp theo Quyết định số 62/2011/QĐ-TTg và các chính sách khác, đến nay đã có 118 trường hợp được giải "
          "quyết. Trong năm, các cấp Hội thụ lý 37 đơn thư của hội viên liên quan đến chế độ, chính sách, đã xử "
          "lý xong 33 đơn, 04 đơn đang được các cơ quan chức năng xem xét."),
    ("p", f"Phong trào xây dựng nhà “Nghĩa tình đồng đội” được đẩy mạnh: các cấp Hội đã khởi công và bàn giao "
          f"{HOUSES} nhà cho hội viên có hoàn cảnh khó khăn về nhà ở, trong đó xây mới {HOUSE_NEW} nhà, sửa chữa "
          f"{HOUSE_FIX} nhà, tổng kinh phí {vn_dec(HOUSE_COST, 2)} tỷ đồng[[Nguồn kinh phí: "
          + "; ".join(f"{n} {vn_dec(v, 2)} tỷ đồng" for n, v in FUND_SRC) + ".]]. Quỹ “Nghĩa tình đồng đội” "
          "các cấp Hội vận động thêm được 3,16 tỷ đồng, nâng tổng số dư của Quỹ lên 9,42 tỷ đồng."),
    ("dash", "Dịp Tết Nguyên đán Bính Ngọ, các cấp Hội thăm, tặng 4.286 suất quà cho hội viên nghèo, ốm đau "
             "dài ngày, trị giá 2,57 tỷ đồng."),
    ("dash", "Vận động hội viên ủng hộ đồng bào bị thiệt hại do mưa lũ tháng 9/2026 với số tiền 1,38 tỷ đồng và "
             "3.150 ngày công giúp khắc phục hậu quả."),
    ("dash", "Tổ chức 02 đoàn CCB tiêu biểu thăm lại chiến trường xưa tại Quảng Trị và Tây Nguyên với 86 đồng chí."),
    ("arabic", "5.", "Tham gia bảo vệ an ninh chính trị, trật tự an toàn xã hội"),
    ("p", "Hội viên CCB tích cực tham gia phong trào “Toàn dân bảo vệ an ninh Tổ quốc”; toàn tỉnh có 1.126 tổ tự "
          "quản về an ninh, trật tự và 237 tổ hòa giải ở cơ sở do hội viên CCB làm tổ trưởng. Trong năm, các tổ "
          f"hòa giải có CCB tham gia đã hòa giải thành {MED_OK}/{MED_ALL} vụ việc, đạt {vn_pct(MED_OK, MED_ALL)}%; "
          "hội viên phát hiện, cung cấp cho cơ quan Công an 57 nguồn tin có giá trị, vận động giao nộp 06 khẩu "
          "súng tự chế. Hội viên CCB tham gia 2.450 lượt tuần tra cùng lực lượng Công an xã, phường bảo đảm "
          "ANTT trong các dịp lễ, Tết."),
    ("p", "Các cấp Hội phối hợp với Ban Chỉ huy Quân sự cấp xã tuyên truyền, vận động thanh niên thực hiện nghĩa "
          "vụ quân sự; năm 2026 có 342 con em CCB lên đường nhập ngũ. Duy trì 46 “Câu lạc bộ Cựu quân nhân” với "
          "3.412 thành viên là quân nhân xuất ngũ chưa đủ điều kiện kết nạp vào Hội."),
    ("arabic", "6.", "Công tác xây dựng tổ chức Hội vững mạnh"),
    ("letter", "a)", "Kiện toàn tổ chức, phát triển hội viên"),
    ("p", f"Đến ngày 30/11/2026, toàn tỉnh có {BASES} cơ sở Hội, {vn_int(BRANCHES)} chi hội với {vn_int(MEMBERS)} "
          f"hội viên, tập hợp được {vn_pct(MEMBERS, CCB_ALL)}% số CCB trên địa bàn (so với cuối năm 2025 tăng "
          f"{vn_int(MEMBERS - MEMBERS_2025)} hội viên). Năm 2026, các cấp Hội đã phát triển được "
          f"{vn_int(ADMITTED)} hội viên mới, đạt {vn_pct(ADMITTED, ADMIT_PLAN)}% kế hoạch năm "
          f"({vn_int(ADMIT_PLAN)} hội viên) và tăng {ADMITTED - ADMIT_2025} hội viên so với năm 2025 "
          f"({vn_int(ADMIT_2025)} hội viên). Số liệu cụ thể theo từng đơn vị như sau:"),
    ("table", "district"),
    ("p", "Thực hiện sắp xếp đơn vị hành chính cấp xã, Hội CCB tỉnh đã chỉ đạo hợp nhất 09 cơ sở Hội, kiện toàn "
          "Ban Chấp hành của 17 cơ sở Hội. Ngày 18/6/2026, Ban Chấp hành Hội CCB tỉnh bầu bổ sung đồng chí Trịnh "
          "Quang Vinh, Chánh Văn phòng, giữ chức Phó Chủ tịch Hội CCB tỉnh khóa VIII. Hội CCB tỉnh mở 02 lớp tập "
          "huấn nghiệp vụ công tác Hội cho 312 chủ tịch, phó chủ tịch cơ sở Hội; Hội CCB cấp huyện tổ chức 14 "
          "lớp cho 1.286 chi hội trưởng, chi hội phó. Kết quả đánh giá năm 2026 có " f"{STRONG}" " cơ sở Hội "
          "xếp loại vững mạnh, không có cơ sở Hội yếu kém."),
    ("letter", "b)", "Công tác kiểm tra, giám sát trong Hội"),
    ("p", "Ban Thường vụ Hội CCB tỉnh kiểm tra việc thực hiện Điều lệ Hội tại 05 Hội CCB huyện, thị xã, thành "
          "phố; Ủy ban Kiểm tra Hội CCB tỉnh kiểm tra 09 cơ sở Hội và giám sát chuyên đề 04 Hội CCB cấp huyện. "
          "Ủy ban Kiểm tra các cấp tiếp nhận 12 đơn thư liên quan đến cán bộ, hội viên, đã giải quyết 11 đơn; "
          "xử lý kỷ luật 05 hội viên (khiển trách 03, cảnh cáo 02), đề nghị xóa tên 01 hội viên."),
    ("arabic", "7.", "Công tác thi đua, khen thưởng"),
    ("p", "Các phong trào thi đua được phát động thiết thực, gắn với Cuộc vận động “Cựu chiến binh gương mẫu”. "
          "Năm 2026, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 12 tập thể và 25 cá nhân; UBND tỉnh tặng "
          "Bằng khen cho 18 tập thể và 37 cá nhân; Hội CCB tỉnh tặng Giấy khen cho 146 tập thể, 392 cá nhân có "
          "thành tích xuất sắc. Có 214 đồng chí được tặng Kỷ niệm chương “Vì sự nghiệp Cựu chiến binh Việt "
          "Nam”. Hội CCB huyện Nam Sơn và Hội CCB thành phố Lạc Thành được đề nghị Trung ương Hội tặng Cờ thi "
          "đua xuất sắc."),
    ("roman", "III.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Ưu điểm"),
    ("p", "Công tác Hội và phong trào CCB năm 2026 tiếp tục có nhiều chuyển biến tích cực; tổ chức Hội được củng "
          "cố, số lượng hội viên tăng; phong trào giúp nhau giảm nghèo, làm kinh tế giỏi và xây dựng nhà “Nghĩa "
          "tình đồng đội” vượt chỉ tiêu; hội viên CCB luôn là lực lượng chính trị tin cậy của cấp ủy, chính "
          "quyền, góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội ở cơ sở."),
    ("arabic", "2.", "Hạn chế, tồn tại"),
    ("dash", "Nội dung sinh hoạt của một số chi hội còn đơn điệu, chưa thu hút hội viên trẻ tham gia."),
    ("dash", "Việc nắm bắt tư tưởng hội viên ở một số cơ sở Hội sau sắp xếp đơn vị hành chính chưa kịp thời."),
    ("dash", "Số hội viên đặt mua Báo Cựu chiến binh Việt Nam chưa đạt kế hoạch; việc ứng dụng công nghệ thông "
             "tin trong quản lý hội viên còn chậm."),
    ("dash", "Một số tổ TK&VV hoạt động chưa đều, còn để phát sinh nợ quá hạn ở hai huyện Kim Điền và Tân Lập."),
    ("arabic", "3.", "Nguyên nhân"),
    ("letter", "a)", "Nguyên nhân khách quan"),
    ("p", "Tuổi đời hội viên cao, sức khỏe giảm sút; thiên tai, mưa lũ gây thiệt hại lớn cho sản xuất; địa bàn "
          "nhiều cơ sở Hội sau hợp nhất rộng, dân cư phân tán."),
    ("letter", "b)", "Nguyên nhân chủ quan"),
    ("dash", "Một số cán bộ Hội cơ sở kiêm nhiệm nhiều việc, năng lực tham mưu còn hạn chế."),
    ("dash", "Sự phối hợp giữa một số cơ sở Hội với các đoàn thể chưa chặt chẽ, thiếu thường xuyên."),
    ("dash", "Kinh phí hoạt động của Hội cơ sở còn khó khăn, chủ yếu dựa vào hội phí và nguồn vận động."),
]

PART_2 = [
    ("part", "Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027"),
    ("roman", "I.", "MỤC TIÊU, CHỈ TIÊU CHỦ YẾU"),
    ("p", "Năm 2027 là năm tổ chức đại hội Hội CCB các cấp tiến tới Đại hội Hội CCB tỉnh lần thứ IX, nhiệm kỳ "
          "2027 - 2032. Hội CCB tỉnh phấn đấu đạt các chỉ tiêu chủ yếu sau:"),
    ("plus", f"Kết nạp {vn_int(ADMIT_2027)} hội viên mới trở lên; tỷ lệ tập hợp CCB vào Hội đạt 95% trở lên."),
    ("plus", "Giảm ít nhất 100 hộ nghèo hội viên; tỷ lệ hộ hội viên khá, giàu đạt 43,5% trở lên."),
    ("plus", "Xây mới, sửa chữa 40 nhà “Nghĩa tình đồng đội”; dư nợ ủy thác qua NHCSXH tăng thêm 35 tỷ đồng."),
    ("plus", "Có 88% cơ sở Hội trở lên xếp loại vững mạnh; 100% cơ sở Hội tổ chức đại hội đúng hướng dẫn."),
    ("roman", "II.", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("arabic", "1.", "Về công tác giáo dục chính trị, tư tưởng"),
    ("dash", "Tiếp tục quán triệt, tổ chức thực hiện các nghị quyết của Đảng, nghị quyết của Hội cấp trên; đẩy "
             "mạnh Cuộc vận động “Cựu chiến binh gương mẫu”."),
    ("dash", "Tham gia bảo vệ nền tảng tư tưởng của Đảng, đấu tranh với thông tin xấu độc trên không gian mạng."),
    ("arabic", "2.", "Về xây dựng tổ chức Hội"),
    ("dash", "Chỉ đạo tổ chức thành công đại hội Hội CCB các cấp, nhiệm kỳ 2027 - 2032; chuẩn bị nhân sự có đủ "
             "phẩm chất, năng lực, uy tín."),
    ("dash", "Đẩy mạnh phát triển hội viên mới, chú trọng quân nhân xuất ngũ là thành viên các “Câu lạc bộ Cựu "
             "quân nhân”; hoàn thành số hóa hồ sơ hội viên trước tháng 10/2027."),
    ("arabic", "3.", "Về phát triển kinh tế, an sinh xã hội"),
    ("dash", "Nâng cao chất lượng hoạt động các tổ TK&VV; giữ tỷ lệ nợ quá hạn dưới 0,1%."),
    ("dash", "Nhân rộng các mô hình kinh tế hiệu quả của CCB; hỗ trợ thành lập mới ít nhất 10 hợp tác xã do CCB "
             "làm chủ."),
    ("dash", "Tiếp tục vận động Quỹ “Nghĩa tình đồng đội”, ưu tiên hỗ trợ hội viên bị thiệt hại do thiên tai."),
    ("arabic", "4.", "Về tham gia xây dựng Đảng, chính quyền và bảo vệ an ninh trật tự"),
    ("dash", "Nâng cao chất lượng giám sát, phản biện xã hội; theo dõi việc giải quyết các kiến nghị sau giám sát."),
    ("dash", "Phát huy vai trò nòng cốt của hội viên trong các tổ tự quản, tổ hòa giải ở cơ sở."),
    ("roman", "III.", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ("arabic", "1.", "Đối với Trung ương Hội CCB Việt Nam"),
    ("dash", "Sớm ban hành hướng dẫn tổ chức đại hội Hội CCB các cấp sau khi sắp xếp đơn vị hành chính."),
    ("dash", "Tăng mức hỗ trợ từ Quỹ “Nghĩa tình đồng đội” Trung ương cho các tỉnh bị thiệt hại do thiên tai."),
    ("arabic", "2.", "Đối với Tỉnh ủy, UBND tỉnh"),
    ("dash", "Quan tâm bố trí kinh phí hoạt động cho Hội CCB cấp cơ sở; hỗ trợ phụ cấp cho chi hội trưởng."),
    ("dash", "Chỉ đạo các sở, ngành giải quyết dứt điểm 28 hồ sơ chế độ chính sách còn tồn đọng của hội viên."),
    ("p", "Trên đây là báo cáo tổng kết công tác Hội và phong trào CCB năm 2026; phương hướng, nhiệm vụ năm 2027 "
          "của Ban Thường vụ Hội Cựu chiến binh tỉnh Nam Lạc./."),
]

APPENDIX = [
    ("part", "Phụ lục", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026 VÀ CHỈ TIÊU NĂM 2027"),
    ("table", "appendix"),
]

RECIPIENTS = ["- Trung ương Hội CCB Việt Nam (b/c),", "- Thường trực Tỉnh ủy, UBND tỉnh (b/c),",
              "- Ban Dân vận Tỉnh ủy,", "- Ủy ban MTTQ Việt Nam tỉnh,", "- Hội CCB các huyện, thị xã, thành phố,",
              "- Lưu VP."]
SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Đình Tường"]
METADATA = {"issuer": "Hội Cựu chiến binh tỉnh Nam Lạc", "number": "86/BC-CCB",
            "date": "ngày 10 tháng 12 năm 2026", "place": "Nam Lạc", "signer": "Lê Đình Tường",
            "signer_title": "TM. BAN THƯỜNG VỤ CHỦ TỊCH",
            "title": "Báo cáo tổng kết công tác Hội và phong trào Cựu chiến binh năm 2026; phương hướng, nhiệm vụ "
                     "năm 2027"}

TABLES = {"district": district_table, "appendix": appendix_table}
HEADINGS = ("part", "roman", "arabic", "dec", "letter")


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    left = [Paragraph(nfc("HỘI CCB VIỆT NAM"), st["hd_left_n"]),
            Paragraph(nfc("HỘI CỰU CHIẾN BINH<br/>TỈNH NAM LẠC"), st["hd_left"]),
            HRFlowable(width=2.6 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=4),
            Paragraph(nfc("Số: " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph(nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), st["hd_right"]),
             Paragraph(nfc("Độc lập - Tự do - Hạnh phúc"), st["hd_motto"]),
             HRFlowable(width=5.2 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=8),
             Paragraph(nfc("Nam Lạc, " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[6.0 * cm, FRAME_W - 6.0 * cm])
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
            + signature(st, RECIPIENTS, SIGNATURE, right_w=7.4 * cm)
            + [PageBreak()] + block_flowables(appx, st, HEADINGS, table))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + PART_1 + PART_2 + APPENDIX, flowables, header_text=HEADER_TEXT,
                      title=METADATA["title"], author="Hội Cựu chiến binh tỉnh Nam Lạc",
                      creator="scripts/make_test_report_cuu_chien_binh.py", number_first_page=False,
                      hd_right_size=11.5, title_size=14.5, subtitle_after=4, cell_size=10.5, cell_lead=12.5)


# --------------------------------------------------------------------------------------------------
# Outline (section ids as in docs/SECTION_IDS.md, via the kit's outline_ids) and plain text
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    return outline_ids([(b[0], b[1], clean(b[2])) for b in PART_1 + PART_2 + APPENDIX if b[0] in HEADINGS])


def plain_text() -> str:
    blocks, notes = number_footnotes(OPENING + PART_1 + PART_2 + APPENDIX)
    lines = ["HỘI CCB VIỆT NAM", "HỘI CỰU CHIẾN BINH TỈNH NAM LẠC", "Số: " + METADATA["number"],
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nam Lạc, " + METADATA["date"],
             TITLE_LINE, SUBTITLE]
    for b in blocks:
        if b[0] == "part" and b[1] == "Phụ lục":
            lines += ["Nơi nhận:"] + RECIPIENTS + SIGNATURE
            lines += ["PHỤ LỤC", b[2]]
        elif b[0] == "part":
            lines += [b[1].upper(), b[2]]
        elif b[0] in HEADINGS:
            lines.append(f"{b[1]} {strip_markup(b[2])}")
        elif b[0] == "p":
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
