# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả công tác Hội và phong trào phụ nữ năm 2026, phương hướng, nhiệm vụ năm 2027 của
Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Vĩnh Hòa (dữ liệu bịa, phục vụ đánh giá).

Writes tests/data/hlhpn-tinh-vinh-hoa-nam-2026.docx: an invented year-end report of the Standing Committee of the
Women's Union of the fictional province of Vĩnh Hòa ("Báo cáo kết quả công tác Hội và phong trào phụ nữ năm 2026,
phương hướng, nhiệm vụ năm 2027"), written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/hlhpn-tinh-vinh-hoa-nam-2026.json, eval/real/questions_tune17.jsonl).

Layouts: header table without borders (left "HỘI LHPN TỈNH VĨNH HÒA / BAN THƯỜNG VỤ" (bold, underlined) / "*" /
"Số: 168/BC-HLHPN", right the national motto with the second line underlined and "Vĩnh Hòa, ngày 12 tháng 12 năm
2026" in italic); "BÁO CÁO" and a two-line bold title; one untitled tab-led introductory paragraph. Two parts
("Phần thứ nhất" / "Phần thứ hai", each followed by its bold upper-case title line, ids "Phần thứ nhất",
"Phần thứ nhất › II.2.1") whose Roman numbering restarts in the second part; Arabic "1." headings; decimal "2.1." ...
"2.4." headings (bold italic) under Phần thứ nhất › II.2 only; lettered "a)" ... "c)" headings under Phần thứ nhất ›
II.6 and "a)" / "b)" under Phần thứ nhất › III.3. The 2027 targets are "(1)" ... "(8)" paragraphs, numbered sections of the outline like every "(N)" item.
'-' items everywhere, a few '+' sub-items (II.2.1, II.4); tab-led paragraphs open most sections.
Two bordered tables, each preceded by a centred bold caption and a right-aligned italic unit line: outstanding
loans entrusted by the Bank for Social Policies (NHCSXH) through the Union by lending programme under Phần thứ nhất ›
II.2.1 (dư nợ, lượt hộ còn dư nợ, tăng/giảm so với 31/12/2025; only the "Tổng cộng" row is quoted in the body), and
members / branches 2025 vs 2026 under Phần thứ nhất › II.6.b (khu vực xã / phường, "Trong đó:" DTTS / có đạo / 18 -
35 tuổi, kết nạp mới 2025, số chi hội, chi hội vững mạnh 2025). Three real Word footnotes whose figures appear
nowhere else: 1 in II.1 (breakdown of propaganda sessions by level, leaflets, fanpage reach), 2 in II.2.3 (prizes of
the provincial start-up contest), 3 in II.4 (domestic-violence cases by form, rural share).

Confusable figures: tổ tiết kiệm và vay vốn of NHCSXH (1.294 tổ) vs self-run tổ tiết kiệm, góp vốn xoay vòng (3.418
tổ); dư nợ ủy thác NHCSXH (4.862,7 tỷ đồng) vs Agribank (1.126,8) vs Quỹ HTPNPT (216,4) vs the total of all sources
(6.274,4); hội viên 2026 (313.240) vs 2025 (307.815, table) vs kết nạp mới 2026 (8.614) vs 2025 (7.962, table) vs
chỉ tiêu 2027 (8.000); phụ nữ được hỗ trợ khởi nghiệp 2026 (1.236) vs lũy kế từ 2017 (9.418) vs chỉ tiêu 2027
(1.000); hộ nghèo do phụ nữ làm chủ hộ đầu năm (3.126) / thoát nghèo (1.184) / cuối năm (2.096) / chỉ tiêu 2027
(900); BLGĐ 2026 (74 vụ) vs 2025 (91 vụ); Địa chỉ tin cậy toàn tỉnh (226) vs thành lập mới (18); giám sát cấp tỉnh
(3) vs cấp xã (43) vs do MTTQ chủ trì (128); tỷ lệ 5K3S (79,3%, chỉ tiêu 80%) vs "3 sạch" (84,5%); tập huấn cấp
tỉnh (612 lượt) vs cấp xã (8.942 lượt). Abbreviations Hội LHPN, NHCSXH, TK&VV, THT, HTX, DTTS, BLGĐ, 5K3S, MTTQ,
HĐND, CLB, Quỹ HTPNPT spelled out in some places only. Vietnamese number format ("4.862,7 tỷ đồng", "82,7%",
"74 vụ"). Signature "TM. BAN THƯỜNG VỤ / CHỦ TỊCH" and "Nơi nhận:". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_hoi_phu_nu.py [out.docx]
    .venv/bin/python scripts/make_test_report_hoi_phu_nu.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_hoi_phu_nu.py --text     (plain text, footnotes last)
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
from scripts.docx_report_kit import outline_ids, ratio, recording, recording_part, run_cli, vi, vn_half_up  # noqa: E402

NAME = "hlhpn-tinh-vinh-hoa-nam-2026"
ZIP_TIME = (2026, 12, 12, 9, 0, 0)
METADATA = {
    "issuer": "Hội Liên hiệp Phụ nữ tỉnh Vĩnh Hòa",
    "number": "168/BC-HLHPN",
    "date": "ngày 12 tháng 12 năm 2026",
    "place": "Vĩnh Hòa",
    "signer": "Lương Thị Minh Nguyệt",
    "signer_title": "TM. BAN THƯỜNG VỤ CHỦ TỊCH",
    "title": "Kết quả công tác Hội và phong trào phụ nữ năm 2026, phương hướng, nhiệm vụ năm 2027",
}

R = DocxReport(space_after=4)
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


def signed_int(n: int) -> str:
    return ("+" if n >= 0 else "-") + vi(abs(n))


def signed_dec(x: Decimal) -> str:
    return ("+" if x >= 0 else "-") + vn(abs(x))


caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=12, middle_rows=True, spacer=True)


# ----------------------------------------------------------------------------------------------- data
# Hội viên (31/12/2025 and 30/11/2026), female population aged 18+
PN18 = 378_650
HV_25 = {"xã": 236_402, "phường": 71_413}
HV_26 = {"xã": 239_118, "phường": 74_122}
HV25, HV26 = sum(HV_25.values()), sum(HV_26.values())
KN_26, KN_25, KN_KH = 8_614, 7_962, 7_500
assert HV25 == 307_815 and HV26 == 313_240 and HV26 - HV25 == 5_425
GIAM = HV25 + KN_26 - HV26
assert GIAM == 3_189
assert ratio(HV26, PN18) == "82,7" and ratio(KN_26, KN_KH) == "114,9"
HV_SUB = [("- Hội viên là người dân tộc thiểu số", 45_906, 46_871),
          ("- Hội viên là người có đạo", 21_248, 21_903),
          ("- Hội viên từ 18 đến 35 tuổi", 84_130, 86_517)]
CHI_HOI_25, CHI_HOI_26 = 1_352, 1_347
VM_25, VM_26 = 1_058, 1_102
assert ratio(VM_26, CHI_HOI_26) == "81,8"

# Dư nợ ủy thác NHCSXH qua Hội (tỷ đồng), lượt hộ còn dư nợ, tăng/giảm so với 31/12/2025 (tỷ đồng)
NHCS = [
    ("Cho vay hộ nghèo", D("1036.4"), 14_208, D("-42.6")),
    ("Cho vay hộ cận nghèo", D("1218.9"), 15_327, D("96.8")),
    ("Cho vay hộ mới thoát nghèo", D("612.5"), 8_046, D("58.3")),
    ("Cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm", D("842.3"), 10_915, D("121.4")),
    ("Cho vay nước sạch và vệ sinh môi trường nông thôn", D("486.2"), 19_340, D("24.7")),
    ("Cho vay học sinh, sinh viên có hoàn cảnh khó khăn", D("128.7"), 3_102, D("-8.9")),
    ("Cho vay sản xuất, kinh doanh tại vùng khó khăn", D("402.6"), 5_217, D("41.2")),
    ("Cho vay nhà ở xã hội", D("97.4"), 286, D("22.5")),
    ("Các chương trình cho vay khác", D("37.7"), 795, D("5.0")),
]
NHCS_DN = sum(r[1] for r in NHCS)
NHCS_HO = sum(r[2] for r in NHCS)
NHCS_TANG = sum(r[3] for r in NHCS)
assert vn(NHCS_DN) == "4.862,7" and NHCS_HO == 77_236 and vn(NHCS_TANG) == "318,4"
AGRI, QUY, TK = D("1126.8"), D("216.4"), D("68.5")
TONG_VON = NHCS_DN + AGRI + QUY + TK
assert vn(TONG_VON) == "6.274,4"

# Tuyên truyền (footnote 1 adds up to the body)
assert 14 + 6_200 == 6_214 and 1_982 + 285_558 == 287_540

# Khởi nghiệp: prizes (footnote 2)
PRIZES = 30 + 2 * 20 + 3 * 15 + 5 * 5
assert PRIZES == 140 and 1 + 2 + 3 + 5 == 11

# Hộ nghèo do phụ nữ làm chủ hộ
HN_DAU, HN_THOAT, HN_MOI = 3_126, 1_184, 154
HN_CUOI = HN_DAU - HN_THOAT + HN_MOI
assert HN_CUOI == 2_096 and ratio(HN_THOAT, 1_000) == "118,4"

# Bạo lực gia đình (footnote 3)
BLGD = {"thể chất": 38, "tinh thần": 24, "kinh tế": 9, "tình dục": 3}
assert sum(BLGD.values()) == 74
assert ratio(D("18.64"), D("21.30")) == "87,5"

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("HỘI LHPN TỈNH VĨNH HÒA", False, False),
    ("BAN THƯỜNG VỤ", True, False, True),
    ("*", False, False),
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
para("Kết quả công tác Hội và phong trào phụ nữ năm 2026,", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ năm 2027", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

tabbed("Năm 2026 là năm đầu tiên triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, "
       "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 và Nghị quyết Đại hội đại biểu Phụ nữ tỉnh "
       "Vĩnh Hòa lần thứ XVI, nhiệm kỳ 2026 - 2031; là năm thứ hai tổ chức Hội hoạt động theo mô hình chính quyền "
       "địa phương hai cấp. Dưới sự lãnh đạo của Ban Thường vụ Tỉnh ủy, sự chỉ đạo của Đoàn Chủ tịch Trung ương Hội "
       "Liên hiệp Phụ nữ Việt Nam và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các cấp Hội Liên hiệp "
       "Phụ nữ (LHPN) trong tỉnh đã bám sát nhiệm vụ chính trị của địa phương, triển khai đồng bộ các nhiệm vụ "
       "công tác Hội. Ban Thường vụ Hội LHPN tỉnh báo cáo kết quả công tác Hội và phong trào phụ nữ năm 2026 (số "
       "liệu tính từ ngày 01/12/2025 đến ngày 30/11/2026), phương hướng, nhiệm vụ năm 2027 như sau:")

# ======================================================================================= Phần thứ nhất
part("Phần thứ nhất", "KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO PHỤ NỮ NĂM 2026")

roman("I. ĐẶC ĐIỂM TÌNH HÌNH")
tabbed(f"Sau khi sắp xếp đơn vị hành chính, tỉnh Vĩnh Hòa có 102 đơn vị hành chính cấp xã (84 xã, 18 phường) với "
       f"{vi(PN18)} phụ nữ từ 18 tuổi trở lên, trong đó 17,6% là người dân tộc thiểu số (DTTS). Toàn tỉnh có 102 "
       f"cơ sở Hội LHPN xã, phường với {vi(CHI_HOI_26)} chi hội phụ nữ ở thôn, tổ dân phố.")
body("Thuận lợi: kinh tế - xã hội của tỉnh tiếp tục tăng trưởng khá; cấp ủy, chính quyền các cấp quan tâm lãnh "
     "đạo, tạo điều kiện để Hội hoạt động; đa số cán bộ, hội viên, phụ nữ tin tưởng vào sự lãnh đạo của Đảng. Khó "
     "khăn: ảnh hưởng của bão số 5 và mưa lũ tháng 9/2026 gây thiệt hại lớn cho sản xuất, đời sống của nhiều hộ "
     "gia đình hội viên ở vùng cao; đội ngũ cán bộ Hội cấp xã sau sắp xếp có nhiều biến động, một số đồng chí "
     "kiêm nhiệm nhiều nhiệm vụ; thu nhập của phụ nữ ở vùng đồng bào DTTS còn thấp.")

roman("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CÔNG TÁC HỘI")
arabic("1. Công tác tuyên truyền, giáo dục chính trị, tư tưởng, đạo đức, lối sống cho hội viên, phụ nữ")
tabbed("Các cấp Hội tập trung tuyên truyền, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, "
       "Nghị quyết Đại hội đại biểu Phụ nữ các cấp; cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng "
       "nhân dân các cấp nhiệm kỳ 2026 - 2031; Luật Phòng, chống bạo lực gia đình năm 2022; Luật Bình đẳng giới và "
       "các chính sách hỗ trợ phụ nữ phát triển kinh tế. Trong năm, các cấp Hội tổ chức 6.214 buổi tuyên truyền "
       "trực tiếp, thu hút 287.540 lượt hội viên, phụ nữ tham dự",
       Fn("Trong đó: cấp tỉnh tổ chức 14 hội nghị quán triệt, tập huấn với 1.982 lượt cán bộ Hội tham dự; cấp xã "
          "tổ chức 6.200 buổi với 285.558 lượt hội viên, phụ nữ. Các cấp Hội phát hành 32.400 tờ gấp, tài liệu "
          "tuyên truyền; Fanpage \"Phụ nữ Vĩnh Hòa\" đạt 2,16 triệu lượt tiếp cận, 48.300 người theo dõi."),
       "; lồng ghép tuyên truyền trong sinh hoạt chi hội, tổ phụ nữ, các câu lạc bộ.")
dash("Tiếp tục giáo dục phẩm chất đạo đức \"Tự tin, tự trọng, trung hậu, đảm đang\" gắn với thực hiện Chỉ thị số "
     "05-CT/TW của Bộ Chính trị; 100% cơ sở Hội đăng ký ít nhất 01 công trình, phần việc thiết thực chào mừng "
     "ngày 8/3 và ngày 20/10.")
dash("Trang thông tin điện tử và Fanpage của Hội LHPN tỉnh đăng tải 1.436 tin, bài, video clip; phối hợp với Báo "
     "và Phát thanh, Truyền hình Vĩnh Hòa duy trì chuyên mục \"Phụ nữ Vĩnh Hòa\" với 24 số/năm. Tổ chức Cuộc thi "
     "trực tuyến \"Phụ nữ Vĩnh Hòa với chuyển đổi số\" thu hút 41.826 lượt người dự thi.")

arabic("2. Hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo bền vững")
dec("2.1. Hỗ trợ hội viên, phụ nữ tiếp cận nguồn vốn")
tabbed(f"Đến ngày 30/11/2026, tổng nguồn vốn do các cấp Hội quản lý, phối hợp quản lý và tín chấp cho hội viên, phụ "
       f"nữ vay đạt {vn(TONG_VON)} tỷ đồng, tăng 412,6 tỷ đồng so với đầu năm, cụ thể:")
dash(f"Vốn ủy thác qua Ngân hàng Chính sách xã hội (NHCSXH): tổng dư nợ {vn(NHCS_DN)} tỷ đồng với {vi(NHCS_HO)} "
     f"lượt hộ còn dư nợ, thông qua 1.294 tổ tiết kiệm và vay vốn (TK&VV); so với ngày 31/12/2025, dư nợ tăng "
     f"{vn(NHCS_TANG)} tỷ đồng. Chất lượng tín dụng được bảo đảm:")
plus("Nợ quá hạn chiếm 0,09% tổng dư nợ ủy thác, giảm 0,02 điểm phần trăm so với năm 2025;")
plus("96,4% tổ TK&VV xếp loại tốt, không có tổ xếp loại yếu; 100% xã, phường tổ chức giao ban định kỳ tại Điểm "
     "giao dịch xã.")
dash(f"Vốn tín chấp qua Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) chi nhánh tỉnh Vĩnh Hòa: dư nợ "
     f"{vn(AGRI)} tỷ đồng với 8.914 hộ vay.")
dash(f"Quỹ Hỗ trợ phụ nữ phát triển tỉnh (Quỹ HTPNPT): dư nợ {vn(QUY)} tỷ đồng với 11.362 thành viên đang vay; "
     "trong năm Quỹ giải ngân 184,9 tỷ đồng.")
caption("Dư nợ ủy thác qua Hội LHPN tỉnh tại Ngân hàng Chính sách xã hội",
        "phân theo chương trình cho vay (đến ngày 30/11/2026)", unit="Đơn vị tính: tỷ đồng, lượt hộ")
grid_table(["TT", "Chương trình cho vay", "Dư nợ", "Số lượt hộ còn dư nợ", "Tăng (+), giảm (-) so với 31/12/2025"],
           [("", "Tổng cộng", vn(NHCS_DN), vi(NHCS_HO), signed_dec(NHCS_TANG))]
           + [(str(i), n, vn(a), vi(h), signed_dec(g)) for i, (n, a, h, g) in enumerate(NHCS, 1)],
           [Cm(1.0), Cm(7.0), Cm(2.4), Cm(2.6), Cm(3.0)], label_col=1, totals=("Tổng cộng",))

dec("2.2. Tổ tiết kiệm, tổ hợp tác, hợp tác xã do phụ nữ quản lý")
tabbed(f"Các cấp Hội duy trì 3.418 tổ tiết kiệm, tổ góp vốn xoay vòng với 52.764 thành viên, số tiền tiết kiệm, "
       f"góp vốn {vn(TK)} tỷ đồng, tăng 7,2 tỷ đồng so với năm 2025; trong năm thành lập mới 152 tổ. Từ nguồn vốn "
       "này, 14.206 lượt thành viên được vay quay vòng không lãi hoặc lãi suất thấp để phát triển sản xuất, chi "
       "tiêu cho con đi học, khám chữa bệnh.")
body("Các cấp Hội hỗ trợ thành lập mới 46 tổ hợp tác (THT) và 12 hợp tác xã (HTX) do phụ nữ quản lý (chỉ tiêu năm "
     "2026: 40 THT, 10 HTX), nâng tổng số lên 418 THT và 97 HTX do phụ nữ làm chủ hoặc tham gia quản lý; 23 HTX "
     "có sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên. Hội LHPN tỉnh hỗ trợ 2.430 hội viên, phụ nữ "
     "đưa sản phẩm lên sàn thương mại điện tử, tổ chức 06 phiên chợ \"Sản phẩm phụ nữ Vĩnh Hòa\" với doanh thu "
     "1,84 tỷ đồng.")

dec("2.3. Hỗ trợ phụ nữ khởi nghiệp")
tabbed("Triển khai Kế hoạch số 37/KH-HLHPN ngày 20/02/2026 của Ban Thường vụ Hội LHPN tỉnh thực hiện Đề án \"Hỗ trợ "
       "phụ nữ khởi nghiệp, phát triển kinh tế tập thể giai đoạn 2026 - 2030\", các cấp Hội đã hỗ trợ 1.236 phụ nữ "
       "khởi nghiệp, khởi sự kinh doanh (đạt 123,6% kế hoạch năm), trong đó 318 phụ nữ là người DTTS; lũy kế từ "
       "năm 2017 đến nay, các cấp Hội đã hỗ trợ 9.418 phụ nữ khởi nghiệp.")
body("Hội LHPN tỉnh tổ chức Cuộc thi \"Phụ nữ Vĩnh Hòa khởi nghiệp sáng tạo\" năm 2026 (lần thứ VII) với 214 ý "
     "tưởng, dự án dự thi, tăng 37 ý tưởng, dự án so với năm 2025; 20 dự án vào vòng chung khảo. Ban Tổ chức đã "
     "trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích",
     Fn(f"Giải Nhất: dự án \"Trà túi lọc hoa vàng Phiêng Lả\" của chị Triệu Thị Mai (xã Phiêng Lả), trị giá 30 "
        f"triệu đồng; 02 giải Nhì, mỗi giải 20 triệu đồng; 03 giải Ba, mỗi giải 15 triệu đồng; 05 giải Khuyến "
        f"khích, mỗi giải 5 triệu đồng. Tổng giá trị giải thưởng {PRIZES} triệu đồng do Quỹ HTPNPT tỉnh và các "
        f"doanh nghiệp đồng hành tài trợ."),
     ". Hội lựa chọn 03 dự án tiêu biểu tham gia Cuộc thi \"Phụ nữ sáng tạo khởi nghiệp\" cấp Trung ương, trong đó "
     "dự án \"Nông sản sấy lạnh Cao Ninh\" của HTX Nông nghiệp xanh Cao Ninh đạt giải Ba.")

dec("2.4. Hỗ trợ hộ nghèo, hộ cận nghèo do phụ nữ làm chủ hộ")
tabbed(f"Theo kết quả rà soát cuối năm 2025, toàn tỉnh có {vi(HN_DAU)} hộ nghèo do phụ nữ làm chủ hộ (chiếm 27,4% "
       f"tổng số hộ nghèo của tỉnh) và 3.580 hộ cận nghèo do phụ nữ làm chủ hộ. Năm 2026, Ban Thường vụ Hội LHPN "
       f"tỉnh giao chỉ tiêu hỗ trợ 1.000 hộ nghèo do phụ nữ làm chủ hộ thoát nghèo; kết quả, các cấp Hội đã hỗ trợ "
       f"{vi(HN_THOAT)} hộ thoát nghèo, đạt {ratio(HN_THOAT, 1_000)}% chỉ tiêu, trong đó 412 hộ là đồng bào DTTS. "
       f"Theo kết quả rà soát sơ bộ, đến cuối năm 2026 toàn tỉnh còn {vi(HN_CUOI)} hộ nghèo do phụ nữ làm chủ hộ "
       f"(có {HN_MOI} hộ nghèo phát sinh mới, chủ yếu do ảnh hưởng của bão số 5).")
dash("Chương trình \"Mái ấm tình thương\": xây mới 64 nhà, sửa chữa 23 nhà cho hội viên, phụ nữ nghèo, tổng kinh "
     "phí 4,16 tỷ đồng, trong đó:")
plus("Hội LHPN tỉnh vận động 1,85 tỷ đồng;")
plus("Các cơ sở Hội vận động 2,31 tỷ đồng và ngày công lao động của hội viên.")
dash("Chương trình \"Mẹ đỡ đầu\": trong năm nhận đỡ đầu mới 92 trẻ em mồ côi, nâng tổng số trẻ đang được các cấp Hội "
     "nhận đỡ đầu lên 486 em; tổng kinh phí hỗ trợ trong năm 2,35 tỷ đồng.")
dash("Phối hợp đào tạo nghề cho 3.186 lao động nữ nông thôn, giới thiệu việc làm cho 4.512 lao động nữ, trong đó "
     "326 người đi làm việc ở nước ngoài theo hợp đồng.")

arabic("3. Xây dựng gia đình hạnh phúc; thực hiện Cuộc vận động \"Xây dựng gia đình 5 không 3 sạch\"")
tabbed("Cuộc vận động \"Xây dựng gia đình 5 không 3 sạch\" (5K3S) gắn với Chương trình mục tiêu quốc gia xây dựng "
       "nông thôn mới và đô thị văn minh tiếp tục được các cấp Hội duy trì. Năm 2026, tỷ lệ hộ gia đình hội viên đạt "
       "tiêu chí 5K3S là 79,3% (năm 2025: 76,8%), chưa đạt chỉ tiêu đề ra (80%); tại các xã nông thôn mới, tỷ lệ hộ "
       "gia đình đạt tiêu chuẩn \"3 sạch\" (sạch nhà, sạch bếp, sạch ngõ) là 84,5%.")
dash("Duy trì 286 tuyến đường hoa do phụ nữ tự quản với tổng chiều dài 318,6 km, trong năm xây dựng mới 27 tuyến; "
     "nhân rộng 1.064 mô hình \"Phân loại rác thải tại nguồn\", \"Biến rác thành tiền\", \"Nhà sạch - vườn đẹp\".")
dash("Duy trì 652 câu lạc bộ (CLB) \"Gia đình hạnh phúc\", \"Nuôi con khỏe, dạy con ngoan\"; tổ chức 94 hội thi, "
     "diễn đàn về kỹ năng làm cha mẹ, giáo dục giới tính cho trẻ vị thành niên.")

arabic("4. Phòng, chống bạo lực gia đình, bạo lực trên cơ sở giới và mua bán người")
tabbed("Năm 2026, các cấp Hội phối hợp phát hiện 74 vụ bạo lực gia đình (BLGĐ)",
       Fn("Theo hình thức bạo lực: bạo lực về thể chất 38 vụ, về tinh thần 24 vụ, về kinh tế 9 vụ, về tình dục 3 "
          "vụ; 61/74 vụ xảy ra ở khu vực nông thôn, 13 vụ ở khu vực đô thị."),
       " (năm 2025: 91 vụ), nạn nhân là phụ nữ 66 người, trẻ em 5 người; tham gia hòa giải, can thiệp 58 vụ, kiến "
       "nghị cơ quan chức năng xử lý 11 vụ. Trên địa bàn tỉnh xảy ra 3 vụ mua bán người với 5 nạn nhân là phụ nữ và "
       "trẻ em gái; Hội đã tiếp nhận, hỗ trợ hòa nhập cộng đồng cho 4 nạn nhân bị mua bán trở về.")
dash("Duy trì 226 \"Địa chỉ tin cậy\" tại cộng đồng (thành lập mới 18 địa chỉ), tiếp nhận, hỗ trợ tạm lánh 103 "
     "lượt người bị bạo lực; Đường dây nóng của Hội LHPN tỉnh tiếp nhận 1.318 cuộc gọi đề nghị tư vấn.")
dash("Thực hiện Dự án 8 \"Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em\" "
     "thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào DTTS và miền núi tại 36 xã:")
plus("Thành lập 48 Tổ truyền thông cộng đồng, 41 CLB \"Thủ lĩnh của sự thay đổi\" trong trường học; tổ chức 396 "
     "cuộc đối thoại chính sách với 15.680 lượt người tham dự;")
plus(f"Giải ngân 18,64 tỷ đồng/21,30 tỷ đồng, đạt {ratio(D('18.64'), D('21.30'))}% kế hoạch vốn năm 2026.")
dash("Thí điểm mô hình \"Cộng đồng an toàn, không bạo lực trên cơ sở giới\" tại xã Thượng Quan và phường Hòa Bắc, "
     "với sự tham gia của 42 nam giới làm \"Người tiên phong\" trong phòng, chống BLGĐ.")

arabic("5. Tham gia xây dựng Đảng, xây dựng chính quyền; giám sát và phản biện xã hội")
tabbed("Các cấp Hội tích cực tuyên truyền, vận động cử tri nữ tham gia cuộc bầu cử ngày 15/3/2026; giới thiệu 236 "
       "cán bộ, hội viên nữ tham gia ứng cử đại biểu HĐND cấp tỉnh và cấp xã nhiệm kỳ 2026 - 2031.")
body("Các cấp Hội giới thiệu 1.164 hội viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng (tăng 77 người so với năm "
     "2025), trong đó 938 người đã được kết nạp vào Đảng.")
body("Về giám sát, phản biện xã hội: các cấp Hội chủ trì 46 cuộc giám sát (cấp tỉnh 3 cuộc, cấp xã 43 cuộc) về "
     "thực hiện chính sách đối với lao động nữ, chính sách hỗ trợ phụ nữ sinh con, quản lý vốn vay ủy thác; tham "
     "gia 128 cuộc giám sát do Ủy ban MTTQ Việt Nam cùng cấp chủ trì; phản biện xã hội 14 dự thảo văn bản (cấp tỉnh "
     "5, cấp xã 9). Phối hợp tổ chức 96 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên, "
     "phụ nữ, với 8.420 lượt người tham dự và 305 ý kiến được trả lời trực tiếp.")

arabic("6. Công tác xây dựng tổ chức Hội")
letter("a) Về tổ chức bộ máy")
tabbed("Thực hiện chủ trương sắp xếp tổ chức bộ máy của hệ thống chính trị, Hội LHPN tỉnh là tổ chức chính trị - xã "
       "hội trực thuộc Ủy ban MTTQ Việt Nam tỉnh; cơ quan chuyên trách Hội LHPN tỉnh có 04 ban chuyên môn. 100% cơ "
       "sở Hội cấp xã hoàn thành đại hội nhiệm kỳ 2026 - 2031 trước ngày 30/4/2026.")
body("Đại hội đại biểu Phụ nữ tỉnh Vĩnh Hòa lần thứ XVI, nhiệm kỳ 2026 - 2031 được tổ chức thành công trong 02 ngày "
     "18 và 19/6/2026 với 280 đại biểu chính thức; Đại hội bầu Ban Chấp hành gồm 41 đồng chí, Ban Thường vụ gồm "
     "09 đồng chí; đồng chí Lương Thị Minh Nguyệt tái cử Chủ tịch Hội LHPN tỉnh.")
letter("b) Về phát triển hội viên")
tabbed(f"Đến ngày 30/11/2026, toàn tỉnh có {vi(HV26)} hội viên, tăng {vi(HV26 - HV25)} hội viên so với cuối năm "
       f"2025; tỷ lệ tập hợp hội viên đạt {ratio(HV26, PN18)}% tổng số phụ nữ từ 18 tuổi trở lên (năm 2025: 81,6%). "
       f"Trong năm, các cấp Hội kết nạp mới {vi(KN_26)} hội viên, đạt {ratio(KN_26, KN_KH)}% kế hoạch (kế hoạch "
       f"{vi(KN_KH)} hội viên); số hội viên giảm do chuyển nơi cư trú, từ trần {vi(GIAM)} người.")
body(f"Chất lượng sinh hoạt chi hội từng bước được nâng lên; {vi(VM_26)}/{vi(CHI_HOI_26)} chi hội "
     f"({ratio(VM_26, CHI_HOI_26)}%) xếp loại vững mạnh; 98,2% chi hội thu hội phí theo quy định.")
caption("Tình hình hội viên, chi hội năm 2026", unit="Đơn vị tính: người, chi hội")
grid_table(["TT", "Chỉ tiêu", "Năm 2025", "Năm 2026", "Tăng (+), giảm (-)"],
           [("1", "Tổng số hội viên", vi(HV25), vi(HV26), signed_int(HV26 - HV25)),
            ("", "- Khu vực xã", vi(HV_25["xã"]), vi(HV_26["xã"]), signed_int(HV_26["xã"] - HV_25["xã"])),
            ("", "- Khu vực phường", vi(HV_25["phường"]), vi(HV_26["phường"]),
             signed_int(HV_26["phường"] - HV_25["phường"])),
            ("", "Trong đó:", "", "", "")]
           + [("", n, vi(a), vi(b), signed_int(b - a)) for n, a, b in HV_SUB]
           + [("2", "Hội viên kết nạp mới", vi(KN_25), vi(KN_26), signed_int(KN_26 - KN_25)),
              ("3", "Số chi hội", vi(CHI_HOI_25), vi(CHI_HOI_26), signed_int(CHI_HOI_26 - CHI_HOI_25)),
              ("", "Trong đó: chi hội xếp loại vững mạnh", vi(VM_25), vi(VM_26), signed_int(VM_26 - VM_25))],
           [Cm(1.0), Cm(7.4), Cm(2.5), Cm(2.5), Cm(2.6)], label_col=1, totals=("Tổng số",))
letter("c) Về công tác cán bộ")
tabbed("Hội LHPN tỉnh tổ chức 06 lớp tập huấn với 612 lượt cán bộ chủ chốt Hội cấp xã; các cơ sở Hội tổ chức 126 "
       "lớp với 8.942 lượt chi hội trưởng, chi hội phó, tổ trưởng phụ nữ. Đến nay, 100% Chủ tịch Hội LHPN cấp xã có "
       "trình độ đại học trở lên; trong năm có 19 cán bộ Hội cấp xã thay đổi vị trí công tác sau sắp xếp.")

arabic("7. Công tác thi đua, khen thưởng")
tabbed("Hội LHPN tỉnh được Trung ương Hội LHPN Việt Nam tặng Cờ thi đua dẫn đầu cụm thi đua các tỉnh miền núi "
       "phía Bắc năm 2025. Kết quả đánh giá, xếp loại năm 2026: 31 cơ sở Hội hoàn thành xuất sắc nhiệm vụ, 63 cơ sở "
       "Hội hoàn thành tốt nhiệm vụ, 8 cơ sở Hội hoàn thành nhiệm vụ, không có cơ sở Hội không hoàn thành nhiệm "
       "vụ.")

roman("III. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả nổi bật")
tabbed("Năm 2026, trong bối cảnh tổ chức bộ máy có nhiều thay đổi và thiên tai gây thiệt hại lớn, các cấp Hội đã "
       "chủ động, linh hoạt triển khai nhiệm vụ, hoàn thành và vượt 9/11 chỉ tiêu năm; còn 02 chỉ tiêu chưa đạt "
       "(tỷ lệ hộ gia đình hội viên đạt tiêu chí 5K3S; tỷ lệ giải ngân vốn Dự án 8). Đại hội Phụ nữ các cấp nhiệm "
       "kỳ 2026 - 2031 được tổ chức thành công; công tác hỗ trợ phụ nữ khởi nghiệp, thành lập THT, HTX và giúp hộ "
       "nghèo do phụ nữ làm chủ hộ thoát nghèo vượt chỉ tiêu; nguồn vốn ủy thác được quản lý hiệu quả, nợ quá hạn "
       "ở mức thấp.")
arabic("2. Hạn chế")
dash("Công tác nắm bắt tình hình tư tưởng hội viên, phụ nữ ở một số cơ sở chưa thường xuyên; hình thức tuyên "
     "truyền trên không gian mạng chưa thật sự hấp dẫn đối với hội viên trẻ.")
dash("Tỷ lệ tập hợp hội viên ở khu vực phường và đối với phụ nữ làm việc trong các doanh nghiệp ngoài nhà nước "
     "còn thấp; nội dung sinh hoạt chi hội ở một số nơi còn đơn điệu.")
dash("Hoạt động hỗ trợ phụ nữ khởi nghiệp chủ yếu ở quy mô nhỏ lẻ; một số THT, HTX do phụ nữ quản lý hoạt động "
     "cầm chừng, sản phẩm chưa có đầu ra ổn định.")
dash("Tỷ lệ hộ gia đình hội viên đạt tiêu chí 5K3S chưa đạt chỉ tiêu; tình trạng BLGĐ, mua bán người vẫn còn xảy "
     "ra ở vùng sâu, vùng xa.")
dash("Tiến độ giải ngân vốn Dự án 8 chưa đạt kế hoạch; việc lồng ghép các nguồn lực hỗ trợ phụ nữ vùng đồng bào "
     "DTTS còn hạn chế.")
arabic("3. Nguyên nhân của hạn chế")
letter("a) Nguyên nhân khách quan")
dash("Bão số 5 và mưa lũ tháng 9/2026 làm hư hỏng nhiều công trình, ảnh hưởng trực tiếp đến sinh kế của hội viên ở "
     "vùng cao, làm phát sinh hộ nghèo mới.")
dash("Việc sắp xếp đơn vị hành chính, tổ chức bộ máy làm địa bàn hoạt động của cơ sở Hội rộng hơn, cán bộ Hội cấp "
     "xã có nhiều biến động.")
dash("Một bộ phận lao động nữ đi làm ăn xa, thường xuyên thay đổi nơi cư trú nên khó tập hợp, sinh hoạt.")
letter("b) Nguyên nhân chủ quan")
dash("Một số cán bộ Hội cơ sở còn thiếu kinh nghiệm, chưa mạnh dạn đổi mới nội dung, phương thức hoạt động.")
dash("Công tác kiểm tra, giám sát của Hội cấp trên đối với cơ sở có lúc chưa kịp thời, sâu sát.")
dash("Sự phối hợp giữa Hội với các ngành trong thực hiện Dự án 8 có nơi chưa chặt chẽ; khâu lập hồ sơ, thủ tục "
     "thanh quyết toán còn chậm.")

# ======================================================================================= Phần thứ hai
part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")

roman("I. MỤC TIÊU, CHỈ TIÊU")
tabbed("Tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; nâng cao chất lượng hoạt động Hội, "
       "chăm lo quyền và lợi ích hợp pháp, chính đáng của hội viên, phụ nữ; phấn đấu thực hiện thắng lợi Nghị quyết "
       "Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI. Các chỉ tiêu chủ yếu năm 2027:")
target(1, "Kết nạp mới 8.000 hội viên; tỷ lệ tập hợp hội viên đạt 83,5% trở lên.")
target(2, "100% cơ sở Hội tổ chức tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước "
          "liên quan đến phụ nữ; mỗi cơ sở Hội có ít nhất 01 mô hình tuyên truyền trên nền tảng số.")
target(3, "Giới thiệu 1.100 hội viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng, kết nạp.")
target(4, "Hỗ trợ 1.000 phụ nữ khởi nghiệp; thành lập mới 40 THT, 10 HTX do phụ nữ quản lý.")
target(5, "Hỗ trợ 900 hộ nghèo do phụ nữ làm chủ hộ thoát nghèo.")
target(6, "81% hộ gia đình hội viên đạt tiêu chí 5 không 3 sạch.")
target(7, "Dư nợ ủy thác qua Hội tại NHCSXH tăng 7% trở lên; tỷ lệ nợ quá hạn dưới 0,1%.")
target(8, "85% chi hội xếp loại vững mạnh; 90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên.")

roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Đổi mới công tác tuyên truyền, giáo dục hội viên, phụ nữ")
dash("Đẩy mạnh tuyên truyền trên nền tảng số; xây dựng đội ngũ tuyên truyền viên là cán bộ Hội trẻ, am hiểu công "
     "nghệ; chủ động định hướng dư luận, đấu tranh với thông tin sai trái trên không gian mạng.")
dash("Nắm bắt kịp thời tâm tư, nguyện vọng của hội viên, phụ nữ, nhất là ở vùng bị ảnh hưởng bởi thiên tai, vùng "
     "đồng bào DTTS.")
arabic("2. Hỗ trợ phụ nữ phát triển kinh tế, khởi nghiệp, giảm nghèo bền vững")
dash("Quản lý hiệu quả nguồn vốn ủy thác, tín chấp; phát triển mô hình tổ tiết kiệm gắn với hướng dẫn phụ nữ tiếp "
     "cận dịch vụ tài chính số.")
dash("Tiếp tục thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026 - 2030; tổ chức Cuộc thi \"Phụ nữ Vĩnh Hòa "
     "khởi nghiệp sáng tạo\" lần thứ VIII; hỗ trợ HTX do phụ nữ quản lý xây dựng sản phẩm OCOP.")
dash("Rà soát, phân công cán bộ, hội viên giúp đỡ từng hộ nghèo do phụ nữ làm chủ hộ, ưu tiên hộ phát sinh nghèo "
     "do thiên tai.")
arabic("3. Xây dựng gia đình hạnh phúc, phòng, chống bạo lực trên cơ sở giới")
dash("Nâng cao chất lượng Cuộc vận động \"Xây dựng gia đình 5 không 3 sạch\"; tập trung vào các tiêu chí còn thấp ở "
     "vùng cao.")
dash("Nhân rộng mô hình \"Cộng đồng an toàn, không bạo lực trên cơ sở giới\"; củng cố hoạt động của các \"Địa chỉ tin "
     "cậy\" và Đường dây nóng; đẩy nhanh tiến độ giải ngân vốn Dự án 8.")
arabic("4. Nâng cao chất lượng hoạt động xây dựng tổ chức Hội")
dash("Đổi mới nội dung, hình thức sinh hoạt chi hội theo hướng thiết thực, gắn với nhu cầu của hội viên trẻ.")
dash("Tập trung phát triển hội viên ở khu vực phường, phụ nữ làm việc tại các doanh nghiệp ngoài nhà nước và khu "
     "công nghiệp.")
dash("Bồi dưỡng kỹ năng cho cán bộ Hội cấp xã sau sắp xếp; tăng cường kiểm tra, giám sát của Hội cấp trên đối với "
     "cơ sở.")
arabic("5. Tham gia xây dựng Đảng, chính quyền; giám sát, phản biện xã hội")
dash("Chủ động đề xuất nội dung giám sát các chính sách liên quan đến phụ nữ, trẻ em; nâng cao chất lượng phản biện "
     "xã hội các dự thảo văn bản của địa phương.")
dash("Tiếp tục giới thiệu hội viên ưu tú cho tổ chức Đảng; tham gia đào tạo, bồi dưỡng nguồn cán bộ nữ.")

roman("III. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Trung ương Hội LHPN Việt Nam")
dash("Sớm ban hành hướng dẫn về mô hình tổ chức, chức năng, nhiệm vụ của cơ sở Hội cấp xã sau sắp xếp để thống nhất "
     "thực hiện.")
dash("Quan tâm bố trí nguồn lực hỗ trợ tỉnh Vĩnh Hòa triển khai các mô hình sinh kế cho phụ nữ vùng bị ảnh hưởng "
     "bởi bão số 5.")
dash("Tổ chức các lớp bồi dưỡng kỹ năng chuyển đổi số cho cán bộ Hội cấp tỉnh và cấp xã.")
arabic("2. Đối với Tỉnh ủy, UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh")
dash("Quan tâm bố trí kinh phí đối ứng để Hội tiếp tục thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026 - "
     "2030.")
dash("Chỉ đạo NHCSXH chi nhánh tỉnh bổ sung nguồn vốn cho vay giải quyết việc làm cho lao động nữ và hộ do phụ nữ "
     "làm chủ.")
dash("Chỉ đạo các sở, ngành phối hợp chặt chẽ với Hội LHPN tỉnh trong thực hiện Dự án 8, tháo gỡ vướng mắc về thủ "
     "tục thanh quyết toán.")

body("Trên đây là báo cáo kết quả công tác Hội và phong trào phụ nữ năm 2026, phương hướng, nhiệm vụ năm 2027 của "
     "Ban Thường vụ Hội LHPN tỉnh Vĩnh Hòa./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Đoàn Chủ tịch TW Hội LHPN Việt Nam;",
    "- Ban Tổ chức TW Hội (b/c);",
    "- Thường trực Tỉnh ủy;",
    "- Ban Dân vận Tỉnh ủy;",
    "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;",
    "- UBND tỉnh;",
    "- Các đ/c Ủy viên BCH Hội LHPN tỉnh;",
    "- Hội LHPN các xã, phường;",
    "- Lưu: VT, TC-KT.",
], [("TM. BAN THƯỜNG VỤ", True, False), ("CHỦ TỊCH", True, False)] + [("", False, False)] * 4
   + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần thứ nhất", "Phần thứ nhất › II", "Phần thứ nhất › II.2.1", "Phần thứ nhất › II.6.a")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"],
                                           title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 12, 12, 9, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
