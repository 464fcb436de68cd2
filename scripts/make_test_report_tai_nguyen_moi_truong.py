# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2026 của Sở Tài nguyên và
Môi trường tỉnh Hưng Lâm (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-tnmt-hung-lam-9-thang-2026.docx: an invented 9-month report of a provincial Department of
Natural Resources and Environment (Sở Tài nguyên và Môi trường tỉnh Hưng Lâm: "Kết quả thực hiện nhiệm vụ 9 tháng
đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2026"), written by a helper who never saw the assistant's code (tune
split: eval/real/outlines/so-tnmt-hung-lam-9-thang-2026.json, eval/real/questions_tune19.jsonl).

Layouts: header table without borders (left "UBND TỈNH HƯNG LÂM / SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG / Số: 1846/BC-STNMT",
right the national motto with the second line underlined and "Hưng Lâm, ngày 05 tháng 10 năm 2026" in italic);
the title in two bold lines under "BÁO CÁO"; one untitled introductory paragraph before "I.". Four Roman parts
"I." ... "IV." (no "Phần thứ" parts); Arabic "1." headings in every part (ten of them under I); lettered "a)" ...
"đ)" headings under I.2 (land: planning / allocation / certificates / recovery and compensation / prices and
auctions), "a)" ... "c)" under I.5 (EIA and environmental permits / monitoring / solid waste) and "a)" / "b)"
under II.3 (objective / subjective causes). '-' items throughout, '+' sub-items for the breakdowns in I.2.c,
I.3, I.9; tab-led paragraphs open most sections. Two bordered tables, each preceded by a centred bold caption
and a right-aligned italic note: the compensation and site-clearance progress of six key projects under I.2.d
(area to recover, area handed over, rate, households affected, compensation paid; a bold "Cộng" row), and
household solid waste by district under I.5.c (tons/day, urban and rural collection rates, main treatment; a
bold "Toàn tỉnh" row); the district and project cells hold figures found nowhere else. Three real Word
footnotes carrying figures found nowhere else: 1 in I.2.đ (largest land-use-right auctions), 2 in I.3 (the seven
new mining licences: kinds, reserves, capacity), 3 in I.8 (administrative penalties by field).

Confusable figures: GCN cấp lần đầu (9 tháng vs quý III; tổ chức vs hộ gia đình, cá nhân; kế hoạch 8.000 vs đạt)
vs cấp đổi, cấp lại vs đăng ký biến động; danh mục dự án cần thu hồi đất của HĐND (286 + 34 bổ sung) vs dự án phải
GPMB trong năm (214) vs dự án đã hoàn thành GPMB (121); diện tích cần thu hồi vs đã bàn giao; kinh phí bồi thường
được phê duyệt vs đã chi trả; thu tiền sử dụng đất vs tiền thuê đất vs giá trúng đấu giá; "giấy phép" of three
kinds (khai thác khoáng sản cấp mới 07 / còn hiệu lực 128 (Bộ 09, tỉnh 119); tài nguyên nước 24; giấy phép môi
trường UBND tỉnh 58 (quý III 21) vs UBND cấp huyện 126); tiền cấp quyền khai thác khoáng sản vs tài nguyên nước
(phê duyệt vs đã thu); xử phạt của Sở (41 quyết định, 3,86 tỷ đồng) vs cùng kỳ 2025 vs Cảnh sát môi trường Công
an tỉnh (1,72 tỷ đồng); lượt công dân vs đơn vs đơn thuộc thẩm quyền; CTRSH tỷ lệ thu gom đô thị vs nông thôn,
toàn tỉnh vs từng huyện. Abbreviations GCN, GPMB, TĐC, QSDĐ, ĐTM, GPMT, XPVPHC, CTRSH, KCN, CCN, VLXD, TNN, BĐKH,
VPĐKĐĐ, TTHC, CSDL spelled out in some places only. Signature "GIÁM ĐỐC" and "Nơi nhận:". Shared helpers in
docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_tai_nguyen_moi_truong.py [out.docx]
    .venv/bin/python scripts/make_test_report_tai_nguyen_moi_truong.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_tai_nguyen_moi_truong.py --text     (plain text, footnotes last)
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
from scripts.docx_report_kit import outline_ids, ratio, recording, run_cli, vi, vn_half_up  # noqa: E402

NAME = "so-tnmt-hung-lam-9-thang-2026"
ZIP_TIME = (2026, 10, 5, 9, 0, 0)
METADATA = {
    "issuer": "Sở Tài nguyên và Môi trường tỉnh Hưng Lâm",
    "number": "1846/BC-STNMT",
    "date": "ngày 05 tháng 10 năm 2026",
    "place": "Hưng Lâm",
    "signer": "Vũ Đình Khánh",
    "signer_title": "GIÁM ĐỐC",
    "title": "Kết quả thực hiện nhiệm vụ 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2026",
}

R = DocxReport(space_after=4)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def _heading(kind: str, fn):
    return recording(HEADINGS, kind, fn)


roman, arabic, letter = _heading("roman", R.roman), _heading("arabic", R.arabic), _heading("letter", R.letter)

vn = vn_half_up
D = Decimal
caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=11, middle_rows=True, spacer=True, repeat_header=True)


# ----------------------------------------------------------------------------------------------- data
# Giao đất, cho thuê đất, chuyển mục đích (UBND tỉnh, cho tổ chức): (trường hợp, ha)
GIAO = {"giao đất": (46, D("182.4")), "cho thuê đất": (38, D("256.7")), "chuyển mục đích": (21, D("64.3"))}
GIAO_N = sum(v[0] for v in GIAO.values())
GIAO_HA = sum(v[1] for v in GIAO.values())
assert GIAO_N == 105 and vn(GIAO_HA) == "503,4"

# Cấp GCN lần đầu: tổ chức (Sở cấp), hộ gia đình, cá nhân (UBND cấp huyện cấp): (giấy, ha)
GCN_TC, GCN_HGD = (87, D("402.8")), (6_395, D("812.8"))
GCN_N, GCN_HA, GCN_KH = GCN_TC[0] + GCN_HGD[0], GCN_TC[1] + GCN_HGD[1], 8_000
assert GCN_N == 6_482 and vn(GCN_HA) == "1.215,6" and ratio(GCN_N, GCN_KH) == "81,0"

# Thu hồi đất, bồi thường, GPMB năm 2026
GPMB_CAN, GPMB_XONG = D("1862.5"), D("1207.3")
BT_DUYET, BT_TRA = D("2348.6"), D("1926.4")
assert ratio(GPMB_XONG, GPMB_CAN) == "64,8" and ratio(BT_TRA, BT_DUYET) == "82,0"
assert 152 + 62 == 214 and 214 - 121 == 93
# Bảng 1: (dự án, cần thu hồi ha, đã bàn giao ha, số hộ bị ảnh hưởng, kinh phí đã chi trả tỷ đồng)
DU_AN = [
    ("Đường cao tốc Hưng Lâm - Phước Điền (đoạn qua tỉnh)", D("412.6"), D("398.1"), 1_284, D("486.3")),
    ("Khu công nghiệp Phước Điền mở rộng (giai đoạn 2)", D("286.4"), D("171.2"), 742, D("213.7")),
    ("Đường vành đai phía Bắc thành phố Hưng Lâm", D("64.8"), D("38.9"), 916, D("268.4")),
    ("Hồ chứa nước Nậm Sài", D("318.7"), D("301.5"), 327, D("92.6")),
    ("Khu đô thị mới Bắc Hưng Lâm", D("126.3"), D("52.4"), 638, D("174.9")),
    ("Nhà máy xử lý chất thải rắn Đồng Hội", D("18.5"), D("18.5"), 46, D("21.8")),
]
DA_CAN = sum(r[1] for r in DU_AN)
DA_XONG = sum(r[2] for r in DU_AN)
DA_HO = sum(r[3] for r in DU_AN)
DA_TIEN = sum(r[4] for r in DU_AN)
assert vn(DA_CAN) == "1.227,3" and vn(DA_XONG) == "980,6" and DA_HO == 3_953 and vn(DA_TIEN) == "1.257,7"
assert [ratio(r[2], r[1]) for r in DU_AN] == ["96,5", "59,8", "60,0", "94,6", "41,5", "100,0"]
assert ratio(DA_XONG, DA_CAN) == "79,9"

# Giá đất, đấu giá, thu tiền sử dụng đất
assert ratio(D("2184.5"), D("3500")) == "62,4"

# Khoáng sản: giấy phép còn hiệu lực (Bộ, tỉnh); cấp mới theo loại
assert 9 + 119 == 128 and 4 + 2 + 1 == 7
# Tài nguyên nước: giấy phép cấp mới
TNN = {"khai thác, sử dụng nước mặt": 11, "khai thác nước dưới đất": 8, "thăm dò nước dưới đất": 5}
assert sum(TNN.values()) == 24

# Môi trường
assert ratio(9, 17) == "52,9" and ratio(62, 162) == "38,3"
# Bảng 2 - CTRSH theo đơn vị cấp huyện: (đơn vị, tấn/ngày, thu gom đô thị %, thu gom nông thôn %, xử lý chính)
CTR = [
    ("Thành phố Hưng Lâm", 342, "99,2", "92,6", "Chôn lấp hợp vệ sinh, đốt"),
    ("Thị xã Phước Điền", 176, "98,1", "85,4", "Đốt"),
    ("Huyện Đồng Hội", 134, "95,6", "78,7", "Chôn lấp"),
    ("Huyện Cẩm Vân", 118, "94,3", "74,8", "Lò đốt cỡ nhỏ"),
    ("Huyện Kỳ Lam", 102, "93,8", "70,5", "Chôn lấp"),
    ("Huyện Hoài Phong", 96, "92,7", "72,1", "Chôn lấp"),
    ("Huyện Tam Khê", 84, "90,4", "61,3", "Lò đốt cỡ nhỏ"),
    ("Huyện Nậm Sài", 74, "88,5", "54,6", "Chôn lấp"),
]
CTR_TONG = sum(r[1] for r in CTR)
assert CTR_TONG == 1_126 and 518 + 608 == CTR_TONG

# Thanh tra, kiểm tra: quyết định xử phạt theo lĩnh vực (số quyết định, triệu đồng)
XP = {"môi trường": (29, 2_940), "đất đai": (7, 410), "khoáng sản": (4, 380), "tài nguyên nước": (1, 130)}
assert sum(v[0] for v in XP.values()) == 41 and sum(v[1] for v in XP.values()) == 3_860
assert 18 + 5 == 23

# Tiếp công dân, giải quyết đơn
assert 226 + 64 + 28 == 318 and 17 + 5 == 22 and ratio(19, 22) == "86,4"

# Thủ tục hành chính
TTHC_NHAN, TTHC_XONG, TTHC_DUNG = 48_612, 46_930, 46_184
assert TTHC_XONG + 1_682 == TTHC_NHAN and TTHC_DUNG + 746 == TTHC_XONG
assert ratio(TTHC_DUNG, TTHC_XONG) == "98,4" and ratio(746, TTHC_XONG) == "1,6"

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.8), Cm(9.2))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH HƯNG LÂM", False, False),
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", True, False, True),
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
para("BÁO CÁO", bold=True, align=CENTER, indent=None)
para("Kết quả thực hiện nhiệm vụ 9 tháng đầu năm,", bold=True, align=CENTER, indent=None)
para("nhiệm vụ trọng tâm 3 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

tabbed("Thực hiện Công văn số 3958/UBND-TH ngày 15/9/2026 của Ủy ban nhân dân tỉnh về việc báo cáo tình hình "
       "thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm, nhiệm vụ, giải pháp trọng tâm 3 tháng cuối "
       "năm 2026, Sở Tài nguyên và Môi trường báo cáo kết quả thực hiện nhiệm vụ quản lý nhà nước về tài nguyên và "
       "môi trường 9 tháng đầu năm 2026 (số liệu tính đến ngày 25/9/2026) và nhiệm vụ trọng tâm 3 tháng cuối năm "
       "2026 như sau:")

# ==================================================================================================== I
roman("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2026")
arabic("1. Công tác tham mưu, chỉ đạo, điều hành")
tabbed("Ngay từ đầu năm, Sở đã ban hành Kế hoạch số 126/KH-STNMT ngày 12/01/2026 triển khai thực hiện các nhiệm "
       "vụ, giải pháp chủ yếu năm 2026, phân công cụ thể nhiệm vụ cho từng phòng, đơn vị trực thuộc. Trong 9 tháng, "
       "Sở đã tham mưu HĐND tỉnh ban hành 03 nghị quyết, tham mưu UBND tỉnh ban hành 09 quyết định quy phạm pháp "
       "luật và 214 văn bản chỉ đạo, điều hành thuộc lĩnh vực tài nguyên và môi trường, trong đó có các văn bản "
       "quan trọng:")
dash("Nghị quyết số 27/2026/NQ-HĐND ngày 10/7/2026 của HĐND tỉnh thông qua danh mục bổ sung 34 công trình, dự án "
     "cần thu hồi đất năm 2026 với tổng diện tích 318,5 ha (bổ sung danh mục 286 công trình, dự án với diện tích "
     "2.146,8 ha đã được thông qua tại Nghị quyết số 41/2025/NQ-HĐND ngày 12/12/2025);")
dash("Quyết định số 12/2026/QĐ-UBND ngày 18/3/2026 của UBND tỉnh quy định hạn mức giao đất ở, hạn mức công nhận "
     "đất ở và diện tích tối thiểu được tách thửa đối với từng loại đất trên địa bàn tỉnh;")
dash("Quyết định số 19/2026/QĐ-UBND ngày 22/4/2026 ban hành Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà "
     "nước thu hồi đất trên địa bàn tỉnh Hưng Lâm;")
dash("Quyết định số 1472/QĐ-UBND ngày 16/6/2026 của UBND tỉnh ban hành Kế hoạch hành động ứng phó với biến đổi "
     "khí hậu tỉnh Hưng Lâm giai đoạn 2026 - 2030, tầm nhìn đến năm 2050.")
body("Sở đã chủ động phối hợp với các sở, ngành và UBND các huyện, thị xã, thành phố tháo gỡ khó khăn, vướng mắc "
     "về đất đai cho 47 dự án đầu tư; thường xuyên tham gia Tổ công tác đặc biệt của UBND tỉnh về giải phóng mặt "
     "bằng các dự án trọng điểm.")

arabic("2. Lĩnh vực đất đai")
letter("a) Quy hoạch, kế hoạch sử dụng đất")
tabbed("Kế hoạch sử dụng đất năm 2026 cấp huyện của 8/8 huyện, thị xã, thành phố đã được UBND tỉnh phê duyệt trước "
       "ngày 31/01/2026. Sở đã thẩm định, trình UBND tỉnh phê duyệt điều chỉnh quy hoạch sử dụng đất thời kỳ 2021 - "
       "2030 của thị xã Phước Điền và huyện Đồng Hội để bổ sung quỹ đất phát triển khu công nghiệp, cụm công "
       "nghiệp; đang hoàn thiện hồ sơ điều chỉnh quy hoạch sử dụng đất của thành phố Hưng Lâm.")
body("Đến nay, tỷ lệ thực hiện kế hoạch sử dụng đất năm 2026 toàn tỉnh ước đạt 58,7% về số công trình, dự án; một "
     "số đơn vị đạt thấp như huyện Nậm Sài (41,2%), huyện Tam Khê (44,9%).")

letter("b) Giao đất, cho thuê đất, chuyển mục đích sử dụng đất")
tabbed(f"Trong 9 tháng, Sở đã thẩm định, trình UBND tỉnh ban hành {GIAO_N} quyết định giao đất, cho thuê đất, cho "
       f"phép chuyển mục đích sử dụng đất cho 98 tổ chức với tổng diện tích {vn(GIAO_HA)} ha, trong đó: "
       + "; ".join(f"{k} {v[0]} trường hợp, diện tích {vn(v[1])} ha" for k, v in GIAO.items())
       + ". Riêng quý III/2026, UBND tỉnh ban hành 37 quyết định với diện tích 146,2 ha.")
body("Ở cấp huyện, UBND các huyện, thị xã, thành phố đã cho phép chuyển mục đích sử dụng đất cho 1.846 trường hợp "
     "hộ gia đình, cá nhân với diện tích 97,2 ha, chủ yếu chuyển từ đất trồng cây lâu năm sang đất ở; giao đất ở "
     "không thông qua đấu giá cho 129 hộ thuộc diện tái định cư. UBND tỉnh đã gia hạn thời hạn sử dụng đất cho 12 "
     "tổ chức và quyết định thu hồi 48,6 ha đất của 07 tổ chức do chậm đưa đất vào sử dụng.")

letter("c) Đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất")
tabbed("Công tác đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
       f"(GCN) được đẩy mạnh. Tính đến ngày 25/9/2026, toàn tỉnh đã cấp {vi(GCN_N)} GCN lần đầu với diện tích "
       f"{vn(GCN_HA)} ha, đạt {ratio(GCN_N, GCN_KH)}% kế hoạch năm ({vi(GCN_KH)} GCN), trong đó:")
plus(f"Sở Tài nguyên và Môi trường cấp cho tổ chức {GCN_TC[0]} GCN, diện tích {vn(GCN_TC[1])} ha;")
plus(f"UBND cấp huyện cấp cho hộ gia đình, cá nhân {vi(GCN_HGD[0])} GCN, diện tích {vn(GCN_HGD[1])} ha.")
body("Riêng quý III/2026 cấp được 2.157 GCN lần đầu. Bên cạnh đó, Văn phòng Đăng ký đất đai và các Chi nhánh đã "
     "thực hiện đăng ký biến động 28.614 hồ sơ; cấp đổi, cấp lại 11.238 GCN; xác nhận thay đổi trên GCN đã cấp "
     "9.472 trường hợp.")
body("Lũy kế đến nay, diện tích đã cấp GCN lần đầu toàn tỉnh đạt 97,6% diện tích cần cấp, trong đó đất ở đô thị "
     "đạt 98,9%, đất ở nông thôn đạt 97,2%, đất lâm nghiệp đạt 94,3%. Tuy nhiên, toàn tỉnh còn 3.417 hồ sơ tồn "
     "đọng chưa đủ điều kiện cấp GCN lần đầu, tập trung tại huyện Nậm Sài và huyện Tam Khê.")

letter("d) Thu hồi đất, bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng")
tabbed(f"Năm 2026, toàn tỉnh có 214 công trình, dự án phải thực hiện bồi thường, giải phóng mặt bằng (GPMB), gồm "
       f"152 dự án chuyển tiếp và 62 dự án khởi công mới, với tổng diện tích cần thu hồi {vn(GPMB_CAN)} ha, liên "
       "quan đến 9.736 hộ gia đình, cá nhân và 58 tổ chức. Kết quả 9 tháng:")
dash(f"Đã hoàn thành GPMB 121 công trình, dự án; thu hồi và bàn giao mặt bằng cho chủ đầu tư {vn(GPMB_XONG)} ha, "
     f"đạt {ratio(GPMB_XONG, GPMB_CAN)}% diện tích cần thu hồi;")
dash("UBND cấp huyện đã ban hành quyết định thu hồi đất đối với 6.124 hộ gia đình, cá nhân và 41 tổ chức; phê "
     f"duyệt phương án bồi thường, hỗ trợ, tái định cư (TĐC) với tổng kinh phí {vn(BT_DUYET)} tỷ đồng, đã chi trả "
     f"{vn(BT_TRA)} tỷ đồng ({ratio(BT_TRA, BT_DUYET)}%);")
dash("Số hộ phải di chuyển chỗ ở là 736 hộ, đã bố trí TĐC cho 412 hộ tại 17 khu TĐC; còn 324 hộ đang nhận tiền tự "
     "lo chỗ ở hoặc chờ hoàn thiện hạ tầng khu TĐC;")
dash("Tổ chức cưỡng chế thực hiện quyết định thu hồi đất đối với 23 trường hợp không chấp hành (tập trung tại dự án "
     "Đường vành đai phía Bắc thành phố Hưng Lâm và Khu đô thị mới Bắc Hưng Lâm).")
body("Dự án Đường cao tốc Hưng Lâm - Phước Điền và dự án Hồ chứa nước Nậm Sài đã cơ bản hoàn thành GPMB; dự án "
     "Khu công nghiệp Phước Điền mở rộng (giai đoạn 2) và Khu đô thị mới Bắc Hưng Lâm còn chậm so với kế hoạch do "
     "vướng mắc về xác định nguồn gốc đất và đơn giá bồi thường cây trồng. Tiến độ một số dự án trọng điểm như sau:")
caption("Bảng 1. Tiến độ bồi thường, GPMB một số dự án trọng điểm năm 2026",
        unit="(Số liệu tính đến ngày 25/9/2026)")
grid_table(["TT", "Dự án", "Diện tích cần thu hồi (ha)", "Diện tích đã bàn giao (ha)", "Tỷ lệ (%)",
            "Số hộ bị ảnh hưởng", "Kinh phí đã chi trả (tỷ đồng)"],
           [(str(i), n, vn(a), vn(b), ratio(b, a), vi(h), vn(t)) for i, (n, a, b, h, t) in enumerate(DU_AN, 1)]
           + [("", "Cộng", vn(DA_CAN), vn(DA_XONG), ratio(DA_XONG, DA_CAN), vi(DA_HO), vn(DA_TIEN))],
           [Cm(0.9), Cm(5.2), Cm(2.1), Cm(2.1), Cm(1.6), Cm(1.9), Cm(2.2)], label_col=1, totals=("Cộng",))

letter("đ) Giá đất và đấu giá quyền sử dụng đất")
tabbed("Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh được ban hành tại Quyết định số 65/2025/QĐ-UBND "
       "ngày 26/12/2025 của UBND tỉnh. Trong 9 tháng, Hội đồng thẩm định giá đất tỉnh đã thẩm định 64 phương án "
       "giá đất cụ thể, trong đó 41 phương án để tính tiền bồi thường khi Nhà nước thu hồi đất và 23 phương án để "
       "xác định giá khởi điểm đấu giá, tính tiền sử dụng đất, tiền thuê đất. Sở đang phối hợp với đơn vị tư vấn "
       "xây dựng Bảng giá đất điều chỉnh áp dụng từ ngày 01/01/2027.")
body("Công tác đấu giá quyền sử dụng đất (QSDĐ) được các địa phương quan tâm: 9 tháng, toàn tỉnh tổ chức thành công "
     "38 cuộc đấu giá QSDĐ với 612 thửa đất, tổng giá trúng đấu giá 1.486,2 tỷ đồng, tăng 27,4% so với giá khởi "
     "điểm", Fn("Một số cuộc đấu giá có giá trị lớn: Khu đô thị mới Bắc Hưng Lâm (giai đoạn 1) 86 lô, tổng giá "
                "trúng 312,4 tỷ đồng; Khu dân cư Tây Phước Điền 54 lô, 146,7 tỷ đồng; Khu dân cư trung tâm thị trấn "
                "Đồng Hội 41 lô, 78,2 tỷ đồng. Đơn giá trúng cao nhất đạt 68,5 triệu đồng/m2 (Khu đô thị mới Bắc "
                "Hưng Lâm)."), ". Thu tiền sử dụng đất 9 tháng đạt 2.184,5 tỷ đồng, bằng 62,4% dự toán HĐND tỉnh "
     "giao (3.500 tỷ đồng); thu tiền thuê đất đạt 312,8 tỷ đồng, bằng 71,5% dự toán.")

arabic("3. Lĩnh vực khoáng sản")
tabbed("Hiện nay, trên địa bàn tỉnh có 128 giấy phép khai thác khoáng sản còn hiệu lực, trong đó 09 giấy phép do Bộ "
       "Tài nguyên và Môi trường cấp và 119 giấy phép do UBND tỉnh cấp. Trong 9 tháng năm 2026, Sở đã thẩm định, "
       "trình UBND tỉnh:")
plus("Cấp mới 07 giấy phép khai thác khoáng sản làm vật liệu xây dựng (VLXD) thông thường",
     Fn("Gồm: 04 giấy phép khai thác đá làm VLXD thông thường (huyện Kỳ Lam 02, huyện Tam Khê 01, huyện Cẩm Vân "
        "01), 02 giấy phép khai thác cát, sỏi lòng sông (huyện Hoài Phong) và 01 giấy phép khai thác đất làm vật "
        "liệu san lấp (thị xã Phước Điền); tổng trữ lượng được phép khai thác 6,84 triệu m3, tổng công suất khai "
        "thác 715.000 m3/năm."), "; gia hạn 05 giấy phép; điều chỉnh 03 giấy phép;")
plus("Chấp thuận trả lại 02 giấy phép; phê duyệt đề án đóng cửa mỏ 04 mỏ; thu hồi 01 giấy phép khai thác đá của "
     "Công ty TNHH Xây dựng Thành Đạt Kỳ Lam do không nộp tiền cấp quyền khai thác khoáng sản và khai thác vượt "
     "công suất được phép.")
body("Tổ chức đấu giá quyền khai thác khoáng sản đối với 03 mỏ (02 mỏ cát, sỏi lòng sông và 01 mỏ đá), tổng giá "
     "trúng đấu giá 46,8 tỷ đồng, gấp 2,3 lần giá khởi điểm. Phê duyệt tiền cấp quyền khai thác khoáng sản cho 36 "
     "giấy phép với tổng số tiền 58,7 tỷ đồng; số tiền cấp quyền khai thác khoáng sản đã nộp ngân sách nhà nước "
     "(NSNN) 9 tháng là 41,2 tỷ đồng.")
body("Tình trạng khai thác cát, sỏi trái phép vẫn diễn biến phức tạp, tập trung trên sông Lâm đoạn qua huyện Hoài "
     "Phong và huyện Cẩm Vân; 9 tháng, các lực lượng chức năng phát hiện 17 vụ khai thác khoáng sản trái phép, tạm "
     "giữ 11 phương tiện, xử phạt 612 triệu đồng.")

arabic("4. Lĩnh vực tài nguyên nước")
tabbed("Trong 9 tháng, UBND tỉnh đã cấp 24 giấy phép về tài nguyên nước (TNN), gồm: "
       + "; ".join(f"{k} {v:02d} giấy phép" for k, v in TNN.items())
       + "; gia hạn, điều chỉnh 06 giấy phép. Phê duyệt tiền cấp quyền khai thác TNN cho 19 công trình với tổng "
       "số tiền 18,64 tỷ đồng.")
body("Sở đã tham mưu UBND tỉnh công bố danh mục 142 nguồn nước phải lập hành lang bảo vệ; hoàn thành cắm mốc "
     "hành lang bảo vệ nguồn nước đối với 27/48 hồ chứa thủy lợi, thủy điện. Chỉ đạo các chủ hồ thực hiện nghiêm "
     "quy trình vận hành liên hồ chứa trên lưu vực sông Lâm trong mùa lũ; chủ động phương án cấp nước chống hạn "
     "cho vụ Đông Xuân 2026 - 2027.")

arabic("5. Lĩnh vực môi trường")
letter("a) Thẩm định báo cáo đánh giá tác động môi trường, cấp giấy phép môi trường")
tabbed("Trong 9 tháng, Sở đã tiếp nhận 46 hồ sơ đề nghị thẩm định báo cáo đánh giá tác động môi trường (ĐTM); thành "
       "lập 42 hội đồng thẩm định; UBND tỉnh đã phê duyệt kết quả thẩm định báo cáo ĐTM cho 37 dự án, trả lại 05 hồ "
       "sơ không đáp ứng yêu cầu.")
body("Về giấy phép môi trường (GPMT): Sở tiếp nhận 71 hồ sơ đề nghị cấp GPMT thuộc thẩm quyền cấp tỉnh; UBND tỉnh "
     "đã cấp 58 GPMT, trong đó riêng quý III/2026 cấp 21 GPMT. Ở cấp huyện, UBND các huyện, thị xã, thành phố "
     "đã cấp 126 GPMT cho các cơ sở, dự án thuộc thẩm quyền; UBND cấp xã tiếp nhận 1.248 hồ sơ đăng ký môi "
     "trường.")
letter("b) Quan trắc và kiểm soát ô nhiễm môi trường")
tabbed("Sở đã thực hiện quan trắc môi trường định kỳ 02 đợt (tháng 3 và tháng 7) tại 186 điểm quan trắc. Kết quả "
       "cho thấy chất lượng môi trường không khí trên địa bàn tỉnh cơ bản tốt; một số điểm cục bộ tại khu vực "
       "khai thác đá huyện Kỳ Lam có nồng độ bụi tổng số (TSP) vượt quy chuẩn cho phép từ 1,1 đến 1,4 lần; chất "
       "lượng nước sông Lâm đoạn hạ lưu Khu công nghiệp Phước Điền có thông số COD, amoni vượt quy chuẩn vào mùa "
       "khô.")
body("Hệ thống tiếp nhận dữ liệu quan trắc tự động của Sở đang tiếp nhận dữ liệu từ 46 trạm quan trắc tự động, "
     "liên tục của 31 cơ sở sản xuất, kinh doanh, dịch vụ và 04 trạm quan trắc chất lượng không khí tự động của "
     "tỉnh. 100% khu công nghiệp (KCN) đang hoạt động (05/05 KCN) có hệ thống xử lý nước thải tập trung đạt quy "
     "chuẩn; đối với cụm công nghiệp (CCN), mới có 9/17 CCN đang hoạt động có hệ thống xử lý nước thải tập "
     "trung, đạt 52,9%.")
letter("c) Quản lý chất thải rắn")
tabbed("Tổng khối lượng chất thải rắn sinh hoạt (CTRSH) phát sinh trên địa bàn tỉnh khoảng 1.126 tấn/ngày, trong "
       "đó khu vực đô thị 518 tấn/ngày, khu vực nông thôn 608 tấn/ngày. Tỷ lệ CTRSH được thu gom, xử lý toàn tỉnh "
       "ở khu vực đô thị đạt 96,8%, khu vực nông thôn đạt 76,5%; tỷ lệ CTRSH phải xử lý bằng phương pháp chôn lấp "
       "trực tiếp còn chiếm 61,7%. Kết quả theo từng đơn vị cấp huyện như sau:")
caption("Bảng 2. Thu gom, xử lý chất thải rắn sinh hoạt theo đơn vị cấp huyện",
        unit="(Ước tính đến tháng 9/2026)")
grid_table(["Đơn vị", "Khối lượng phát sinh (tấn/ngày)", "Tỷ lệ thu gom khu vực đô thị (%)",
            "Tỷ lệ thu gom khu vực nông thôn (%)", "Hình thức xử lý chủ yếu"],
           [("Toàn tỉnh", vi(CTR_TONG), "96,8", "76,5", "-")] + [(n, str(t), u, r, x) for n, t, u, r, x in CTR],
           [Cm(4.0), Cm(2.6), Cm(2.6), Cm(2.6), Cm(4.2)], label_col=0, totals=("Toàn tỉnh",))
body("Dự án Nhà máy xử lý chất thải rắn Đồng Hội (công suất 500 tấn/ngày, công nghệ đốt phát điện) được khởi "
     "công tháng 3/2026, đến nay đạt khoảng 35% khối lượng xây dựng, dự kiến vận hành thử nghiệm quý IV/2027. Việc "
     "phân loại CTRSH tại nguồn được triển khai tại 62/162 xã, phường, thị trấn (đạt 38,3%). Trong 9 tháng, các "
     "đơn vị có chức năng đã thu gom, vận chuyển, xử lý 3.846 tấn chất thải nguy hại phát sinh trên địa bàn tỉnh.")

arabic("6. Biến đổi khí hậu, khí tượng thủy văn")
tabbed("Triển khai Kế hoạch hành động ứng phó với biến đổi khí hậu (BĐKH) giai đoạn 2026 - 2030, Sở đã hướng dẫn "
       "14 cơ sở thuộc danh mục lĩnh vực, cơ sở phát thải khí nhà kính phải thực hiện kiểm kê; đến nay 11/14 cơ sở "
       "đã nộp báo cáo kiểm kê khí nhà kính năm 2025. Phối hợp với Đài Khí tượng thủy văn tỉnh theo dõi, cung cấp "
       "kịp thời 36 bản tin cảnh báo mưa lớn, lũ quét, sạt lở đất phục vụ công tác phòng, chống thiên tai.")
body("Sở đã chủ trì rà soát, cập nhật bản đồ phân vùng rủi ro thiên tai; xác định 143 điểm có nguy cơ sạt lở đất, "
     "lũ quét, trong đó 38 điểm có nguy cơ rất cao tại các huyện Nậm Sài, Tam Khê, Kỳ Lam; phối hợp lắp đặt bổ sung "
     "12 trạm đo mưa tự động.")

arabic("7. Đo đạc, bản đồ và cơ sở dữ liệu đất đai")
tabbed("Dự án xây dựng cơ sở dữ liệu (CSDL) đất đai đã hoàn thành và đưa vào vận hành tại 6/8 huyện, thị xã, thành "
       "phố; huyện Nậm Sài và huyện Tam Khê đạt khoảng 75% khối lượng. Đã làm sạch, đồng bộ dữ liệu 412.580 thửa "
       "đất với CSDL quốc gia về dân cư phục vụ Đề án 06. Đo đạc, chỉnh lý bản đồ địa chính 3.426 ha phục vụ công "
       "tác GPMB và cấp GCN.")

arabic("8. Công tác thanh tra, kiểm tra và xử lý vi phạm")
tabbed("Năm 2026, Sở được phê duyệt kế hoạch 28 cuộc thanh tra, kiểm tra. Trong 9 tháng, Sở đã tiến hành 23 cuộc "
       "thanh tra, kiểm tra (18 cuộc theo kế hoạch, 05 cuộc đột xuất) đối với 146 tổ chức, cá nhân; đã kết thúc 19 "
       "cuộc. Qua thanh tra, kiểm tra đã phát hiện 52 tổ chức, cá nhân có vi phạm; ban hành và tham mưu ban hành 41 "
       "quyết định xử phạt vi phạm hành chính (XPVPHC) với tổng số tiền 3,86 tỷ đồng",
       Fn("Theo lĩnh vực: " + "; ".join(f"{k} {v[0]:02d} quyết định, {vi(v[1])} triệu đồng"
                                         for k, v in XP.items()) + "."),
       " (cùng kỳ năm 2025: 36 quyết định, 3,12 tỷ đồng); kiến nghị thu hồi 48,6 ha đất sử dụng không đúng mục "
       "đích, chậm đưa vào sử dụng.")
body("Ngoài ra, Phòng Cảnh sát phòng, chống tội phạm về môi trường Công an tỉnh đã phát hiện 64 vụ vi phạm pháp luật "
     "về tài nguyên và môi trường, xử phạt hành chính 1,72 tỷ đồng, khởi tố 03 vụ án.")

arabic("9. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo")
tabbed("Trong 9 tháng, Sở đã tiếp 427 lượt công dân (386 người, 09 đoàn đông người) đến kiến nghị, phản ánh, khiếu "
       "nại, tố cáo; nội dung chủ yếu liên quan đến bồi thường, hỗ trợ, tái định cư và cấp GCN. Sở tiếp nhận 318 "
       "đơn, trong đó:")
plus("Đơn kiến nghị, phản ánh: 226 đơn;")
plus("Đơn khiếu nại: 64 đơn;")
plus("Đơn tố cáo: 28 đơn.")
body("Qua phân loại, có 22 đơn thuộc thẩm quyền giải quyết của Giám đốc Sở (17 đơn khiếu nại, 05 đơn tố cáo); đã "
     "giải quyết 19/22 đơn, đạt 86,4%, còn 03 đơn đang trong thời hạn giải quyết. Sở đã tham mưu Chủ tịch UBND "
     "tỉnh giải quyết 12 vụ khiếu nại lần hai, trong đó 08 vụ khiếu nại sai, 03 vụ đúng một phần, 01 vụ khiếu nại "
     "đúng.")

arabic("10. Cải cách hành chính, chuyển đổi số")
tabbed(f"Trong 9 tháng, Sở và Văn phòng Đăng ký đất đai đã tiếp nhận {vi(TTHC_NHAN)} hồ sơ thủ tục hành chính "
       f"(TTHC); đã giải quyết {vi(TTHC_XONG)} hồ sơ, trong đó đúng hạn {vi(TTHC_DUNG)} hồ sơ (đạt "
       f"{ratio(TTHC_DUNG, TTHC_XONG)}%), trễ hạn 746 hồ sơ ({ratio(746, TTHC_XONG)}%), chủ yếu thuộc lĩnh vực "
       "đăng ký đất đai tại các Chi nhánh Văn phòng Đăng ký đất đai (VPĐKĐĐ); đang giải quyết 1.682 hồ sơ. Tỷ lệ "
       "hồ sơ TTHC nộp trực tuyến đạt 74,3%. Chỉ số cải cách hành chính năm 2025 của Sở xếp thứ 5/19 sở, ban, "
       "ngành.")

# =================================================================================================== II
roman("II. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả đạt được")
tabbed("Trong 9 tháng đầu năm 2026, được sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, HĐND, UBND tỉnh, sự phối hợp "
       "của các sở, ngành và địa phương, Sở Tài nguyên và Môi trường đã hoàn thành cơ bản các nhiệm vụ theo kế "
       "hoạch. Công tác tham mưu ban hành văn bản quy định chi tiết Luật Đất đai được thực hiện kịp thời; công tác "
       "GPMB các dự án trọng điểm có chuyển biến tích cực; số GCN cấp lần đầu đạt trên 80% kế hoạch năm; công tác "
       "thẩm định ĐTM, cấp GPMT bảo đảm đúng quy định; công tác thanh tra, kiểm tra, xử lý vi phạm được tăng "
       "cường, số tiền xử phạt tăng so với cùng kỳ.")
arabic("2. Tồn tại, hạn chế")
dash("Tiến độ cấp GCN lần đầu ở một số địa phương còn chậm; còn 3.417 hồ sơ tồn đọng chưa đủ điều kiện cấp GCN do "
     "nguồn gốc sử dụng đất phức tạp, chuyển nhượng bằng giấy viết tay, lấn chiếm đất công.")
dash("Công tác bồi thường, GPMB một số dự án trọng điểm chưa đáp ứng tiến độ; còn 93 công trình, dự án chưa hoàn "
     "thành GPMB, trong đó có dự án Khu công nghiệp Phước Điền mở rộng và Khu đô thị mới Bắc Hưng Lâm.")
dash("Thu tiền sử dụng đất mới đạt 62,4% dự toán; thị trường bất động sản phục hồi chậm, một số cuộc đấu giá "
     "QSDĐ phải tổ chức lại do không có người tham gia.")
dash("Tình trạng khai thác cát, sỏi trái phép trên sông Lâm chưa được ngăn chặn triệt để; việc nộp tiền cấp quyền "
     "khai thác khoáng sản của một số doanh nghiệp còn chậm.")
dash("Ô nhiễm môi trường cục bộ vẫn xảy ra tại một số CCN chưa có hệ thống xử lý nước thải tập trung và khu vực "
     "khai thác đá; xử lý CTRSH chủ yếu bằng chôn lấp, nhiều bãi chôn lấp đã quá tải.")
dash("Tiến độ xây dựng CSDL đất đai tại huyện Nậm Sài, huyện Tam Khê chậm; tỷ lệ hồ sơ TTHC trễ hạn trong lĩnh "
     "vực đăng ký đất đai còn cao.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Hệ thống văn bản hướng dẫn thi hành Luật Đất đai năm 2024 có nhiều thay đổi, một số nội dung chưa được "
     "hướng dẫn cụ thể, nhất là về xác định giá đất cụ thể và bồi thường đối với đất nông nghiệp sử dụng trước "
     "năm 1993.")
dash("Hồ sơ địa chính qua nhiều thời kỳ không đầy đủ, thiếu đồng bộ; biến động đất đai lớn, nhu cầu sử dụng đất "
     "cho các dự án tăng nhanh.")
dash("Thời tiết diễn biến bất thường, mưa lớn kéo dài làm ảnh hưởng đến tiến độ đo đạc, kiểm đếm và thi công các "
     "dự án.")
letter("b) Nguyên nhân chủ quan")
dash("Sự phối hợp giữa các sở, ngành, UBND cấp huyện và chủ đầu tư trong công tác GPMB có lúc chưa chặt chẽ; "
     "công tác tuyên truyền, vận động người dân có đất bị thu hồi chưa hiệu quả.")
dash("Lực lượng cán bộ làm công tác địa chính cấp xã còn thiếu và yếu về chuyên môn, nhiều người kiêm nhiệm; "
     "nhân lực của các Chi nhánh VPĐKĐĐ chưa đáp ứng khối lượng hồ sơ tăng cao.")
dash("Trách nhiệm quản lý tài nguyên khoáng sản của chính quyền cấp xã tại một số địa bàn chưa cao, để xảy ra "
     "khai thác trái phép kéo dài.")
dash("Nguồn lực đầu tư cho hạ tầng xử lý chất thải và CSDL đất đai còn hạn chế, chậm được bố trí.")

# ================================================================================================== III
roman("III. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2026")
arabic("1. Lĩnh vực đất đai")
dash("Tập trung đẩy nhanh tiến độ cấp GCN lần đầu, phấn đấu hoàn thành và vượt kế hoạch năm 2026 (8.000 GCN); rà "
     "soát, phân loại và xử lý dứt điểm các hồ sơ tồn đọng.")
dash("Phối hợp với UBND cấp huyện tháo gỡ vướng mắc, phấn đấu bàn giao mặt bằng đạt tối thiểu 90% diện tích cần "
     "thu hồi năm 2026; ưu tiên dự án Khu công nghiệp Phước Điền mở rộng và Đường vành đai phía Bắc thành phố "
     "Hưng Lâm.")
dash("Hoàn thiện dự thảo Bảng giá đất điều chỉnh, trình HĐND tỉnh thông qua tại kỳ họp cuối năm để áp dụng từ "
     "ngày 01/01/2027; tham mưu xây dựng danh mục công trình, dự án cần thu hồi đất năm 2027.")
dash("Phối hợp đẩy mạnh đấu giá QSDĐ, phấn đấu hoàn thành dự toán thu tiền sử dụng đất năm 2026.")
arabic("2. Lĩnh vực khoáng sản, tài nguyên nước")
dash("Tăng cường kiểm tra, xử lý nghiêm hoạt động khai thác khoáng sản trái phép, nhất là cát, sỏi trên sông Lâm; "
     "đôn đốc thu nộp tiền cấp quyền khai thác khoáng sản còn nợ đọng.")
dash("Hoàn thành cắm mốc hành lang bảo vệ nguồn nước đối với các hồ chứa còn lại; kiểm tra việc vận hành hồ chứa "
     "mùa lũ năm 2026.")
arabic("3. Lĩnh vực môi trường, biến đổi khí hậu")
dash("Thẩm định kịp thời hồ sơ ĐTM, GPMT, bảo đảm chất lượng và đúng thời hạn; tăng cường kiểm tra sau cấp phép.")
dash("Đôn đốc chủ đầu tư đẩy nhanh tiến độ Nhà máy xử lý chất thải rắn Đồng Hội; nhân rộng mô hình phân loại CTRSH "
     "tại nguồn.")
dash("Yêu cầu các CCN chưa có hệ thống xử lý nước thải tập trung xây dựng lộ trình đầu tư; giám sát chặt chẽ các "
     "nguồn thải lớn qua hệ thống quan trắc tự động.")
dash("Hướng dẫn 03 cơ sở còn lại hoàn thành báo cáo kiểm kê khí nhà kính; tiếp tục cập nhật cảnh báo sạt lở đất, "
     "lũ quét.")
arabic("4. Công tác thanh tra, tiếp công dân và cải cách hành chính")
dash("Hoàn thành 100% kế hoạch thanh tra, kiểm tra năm 2026; theo dõi, đôn đốc thực hiện các kết luận thanh tra.")
dash("Giải quyết dứt điểm các đơn thư thuộc thẩm quyền, không để phát sinh điểm nóng; hoàn thành xây dựng CSDL đất "
     "đai tại huyện Nậm Sài, huyện Tam Khê; giảm tỷ lệ hồ sơ TTHC trễ hạn.")

# =================================================================================================== IV
roman("IV. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Bộ Tài nguyên và Môi trường")
dash("Sớm ban hành văn bản hướng dẫn xác định giá đất cụ thể theo phương pháp thặng dư và bồi thường đối với đất "
     "nông nghiệp có nguồn gốc sử dụng trước năm 1993.")
dash("Hỗ trợ kinh phí và kỹ thuật hoàn thiện CSDL đất đai, kết nối với hệ thống thông tin đất đai quốc gia.")
arabic("2. Đối với UBND tỉnh")
dash("Bố trí kinh phí năm 2027 cho công tác đo đạc, lập hồ sơ địa chính và xây dựng CSDL đất đai tại huyện Nậm "
     "Sài, huyện Tam Khê.")
dash("Chỉ đạo UBND cấp huyện nâng cao trách nhiệm của người đứng đầu trong công tác GPMB và quản lý khoáng sản "
     "chưa khai thác; xem xét xử lý trách nhiệm để xảy ra khai thác cát trái phép kéo dài.")
dash("Ưu tiên bố trí vốn đầu tư công cho hạ tầng thu gom, xử lý nước thải tại các CCN và các khu xử lý chất thải "
     "rắn tập trung cấp huyện.")

body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2026 của "
     "Sở Tài nguyên và Môi trường tỉnh Hưng Lâm./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ Tài nguyên và Môi trường (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Thường trực HĐND tỉnh (b/c);",
    "- UBND tỉnh: CT, các PCT (b/c);",
    "- Sở Tài chính (tổng hợp);",
    "- Giám đốc, các PGĐ Sở;",
    "- Các phòng, đơn vị thuộc Sở;",
    "- Lưu: VT, VP.",
], [("GIÁM ĐỐC", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "I", "I.2", "I.2.đ", "II.3.b")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"], title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 10, 5, 9, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
