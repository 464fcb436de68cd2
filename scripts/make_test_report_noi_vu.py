# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định kết quả công tác nội vụ năm 2026 và phương hướng, nhiệm vụ năm 2027 của Sở Nội vụ tỉnh
Đông Lĩnh (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-noi-vu-dong-linh-nam-2026.docx: an invented year report of a provincial Department of Home
Affairs (Sở Nội vụ tỉnh Đông Lĩnh: "Báo cáo kết quả công tác nội vụ năm 2026 và phương hướng, nhiệm vụ năm 2027"),
written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/so-noi-vu-dong-linh-nam-2026.json, eval/real/questions_tune21.jsonl).

Layouts: header table without borders (left "UBND TỈNH ĐÔNG LĨNH / SỞ NỘI VỤ" with the body line bold and
underlined, "Số: 2418/BC-SNV"; right the national motto, its second line underlined, and "Đông Lĩnh, ngày 16 tháng
12 năm 2026" in italic); "BÁO CÁO" and a two-line bold title; one untitled introductory paragraph. Two parts written
as centred bold lines "PHẦN I" / "PHẦN II" with the part title on the next centred bold line (ids "Phần I",
"Phần II"), the Roman numbering restarting under each part. Under Phần I: Roman "I." ... "III.", Arabic "1." ...
"8." under II; lettered "a)" / "b)" / "c)" headings only under Phần I › II.1 (organisation, commune-level
arrangement, elections); decimal "2.1." ... "2.4." headings (bold italic) only under Phần I › II.2 (staffing,
recruitment, training, policies). '-' and '+' items (documents, limitations, causes, targets, tasks,
recommendations), tab-led and first-line-indented body paragraphs mixed. Two bordered tables, each after a centred
bold caption: civil-servant recruitment by agency under Phần I › II.2.2 (chỉ tiêu / đăng ký / dự thi vòng 2 / trúng
tuyển / tỷ lệ, bold "Tổng cộng" last row; per-agency cells found nowhere else) and commendations by form under Phần
I › II.4 (tập thể / cá nhân / cộng, group rows for state-level and province-level forms, "Cộng" sub-total rows,
bold "Tổng cộng"; Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng, Chiến sĩ thi đua cấp tỉnh ... found only in
the table). Four real Word footnotes with figures found nowhere else: 1 in Phần I › II.2.3 (the 64 training classes
by kind, with trainees), 2 in Phần I › II.3 (PAR INDEX 2025 component indices), 3 in Phần I › II.5 (the 146
religious dossiers by kind), 4 in Phần I › II.8 (the 64 disciplinary cases by form).

Confusable figures: civil-servant headcount assigned (5.212) vs present (4.896) vs 2025 assigned (5.486) vs the
2027 cap (5.080), province block vs commune block; public-service staff (viên chức) assigned vs present; staff cut
2026 (412) vs 2025 (1.035); recruitment: civil servants by exam (186 quota / 172 passed) vs teachers recruited by
the education department (574 of 618) vs health (136 of 150) vs transfers without exam (38) vs promotion exam to
chuyên viên chính (198 of 236) vs the 2027 exam quota (240) vs talent-attraction hires (11); training classes opened
by the department (64 classes, 6.842 trainees) vs those of other agencies and communes (126, 11.380) vs the 2027
target; PAR INDEX 2025 (88,47%, 17/34) vs SIPAS 2025 (83,96%) vs the province's own satisfaction survey (87,3%)
vs the 2027 targets; the province's own CCHC index of departments vs communes; department TTHC dossiers (2.364)
vs religious dossiers (146) vs communes' approvals of religious meeting points (19); commendations state-level
vs province-level, Cờ thi đua of the Government (08) vs of the province (54); archive documents received (1.286
mét giá, of which 846 from the former districts) vs sorted (920) vs still piled up at communes (3.640) vs the 2027
target; commune units 158 -> 72 (2025) vs villages 1.486 -> 1.102 (2026); surplus commune staff 1.274 / solved
1.126 / left 148; provincial council deputies (58) vs commune council deputies (1.934) vs National Assembly deputies
(07); inspections by the department (12) vs the chairman's task force (48 visits). Abbreviations CBCCVC, CCHC, TTHC,
ĐVHC, ĐVSN, HĐND, UBND, ĐBQH, QLNN spelled out in some places only. Vietnamese number format ("186,4 tỷ đồng",
"92,5%", "06 lớp"). Signature "GIÁM ĐỐC" and "Nơi nhận:". Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_noi_vu.py [out.docx]
    .venv/bin/python scripts/make_test_report_noi_vu.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_noi_vu.py --text     (plain text, footnotes last)
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

NAME = "so-noi-vu-dong-linh-nam-2026"
ZIP_TIME = (2026, 12, 16, 9, 15, 0)
METADATA = {
    "issuer": "Sở Nội vụ tỉnh Đông Lĩnh",
    "number": "2418/BC-SNV",
    "date": "ngày 16 tháng 12 năm 2026",
    "place": "Đông Lĩnh",
    "signer": "Trịnh Văn Khải",
    "signer_title": "GIÁM ĐỐC",
    "title": "Kết quả công tác nội vụ năm 2026 và phương hướng, nhiệm vụ năm 2027",
}

R = DocxReport(space_after=4)
doc = R.doc
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


def part(label: str, title: str):
    """'PHẦN I' and its title on the next line, both centred and bold (id 'Phần I')."""
    HEADINGS.append(("part", "Phần " + label.split()[1], title))
    R.part(label, title)


roman, arabic, dec, letter = (recording(HEADINGS, "roman", R.roman), recording(HEADINGS, "arabic", R.arabic),
                              recording(HEADINGS, "dec", R.dec), recording(HEADINGS, "letter", R.letter))

vn = vn_half_up
D = Decimal
caption = R.caption
grid_table = partial(R.grid_table, column_widths=True, size=11, middle_rows=True, spacer=True)


def pct(a, b, nd: int = 1) -> str:
    return ratio(a, b, nd) + "%"


# ----------------------------------------------------------------------------------------------- data
DAN_SO = 1_438_600

# Tổ chức bộ máy
PHONG_TRUOC, PHONG_SAU = 131, 94
DVSN_DAU, DVSN_CUOI = 642, 598
assert PHONG_TRUOC - PHONG_SAU == 37 and DVSN_DAU - DVSN_CUOI == 44 and ratio(44, DVSN_DAU) == "6,9"

# Đơn vị hành chính, thôn, tổ dân phố
XA_CU, XA, PHUONG = 158, 65, 7
DVHC = XA + PHUONG
assert DVHC == 72 and XA_CU - DVHC == 86 and ratio(86, XA_CU) == "54,4"
LOAI = (24, 41, 7)
assert sum(LOAI) == DVHC
THON_TRUOC, THON_SAU = 1_486, 1_102
assert THON_TRUOC - THON_SAU == 384 and ratio(384, THON_TRUOC) == "25,8"
TRU_SO, TRU_SO_PA, TRU_SO_CD = 236, 198, 121
assert ratio(TRU_SO_PA, TRU_SO) == "83,9"
DOI_DU, DOI_DU_XONG = 1_274, 1_126
assert DOI_DU - DOI_DU_XONG == 148 and ratio(DOI_DU_XONG, DOI_DU) == "88,4"

# Bầu cử
DB_TINH, DB_TINH_NU, DB_XA = 58, 17, 1_934
assert ratio(DB_TINH_NU, DB_TINH) == "29,3"

# Biên chế
BC_TINH, BC_XA = 1_958, 3_254
BC_GIAO = BC_TINH + BC_XA
CM_TINH, CM_XA = 1_874, 3_022
BC_CO_MAT = CM_TINH + CM_XA
BC_2025 = 5_486
assert BC_GIAO == 5_212 and BC_CO_MAT == 4_896 and BC_GIAO - BC_CO_MAT == 316
assert BC_2025 - BC_GIAO == 274 and ratio(274, BC_2025) == "5,0"
VC_GIAO, VC_CO_MAT, VC_2025 = 24_630, 23_184, 25_318
assert VC_2025 - VC_GIAO == 688 and ratio(688, VC_2025) == "2,7" and VC_GIAO - VC_CO_MAT == 1_446
TG_HUU, TG_THOI = 298, 114
TG = TG_HUU + TG_THOI
assert TG == 412

# Thi tuyển công chức năm 2026: (cơ quan, chỉ tiêu, đăng ký dự tuyển, dự thi vòng 2, trúng tuyển)
TUYEN = [
    ("Văn phòng UBND tỉnh", 6, 58, 52, 6),
    ("Sở Nội vụ", 8, 74, 66, 8),
    ("Sở Tài chính", 14, 162, 141, 14),
    ("Sở Tư pháp", 5, 41, 37, 5),
    ("Sở Nông nghiệp và Môi trường", 18, 126, 109, 17),
    ("Sở Xây dựng", 9, 83, 70, 9),
    ("Sở Công Thương", 7, 52, 45, 6),
    ("Sở Y tế", 6, 38, 33, 5),
    ("Sở Giáo dục và Đào tạo", 5, 47, 42, 5),
    ("Sở Văn hóa, Thể thao và Du lịch", 4, 29, 25, 4),
    ("Sở Khoa học và Công nghệ", 6, 35, 30, 5),
    ("Thanh tra tỉnh", 8, 61, 54, 8),
    ("UBND các xã, phường", 90, 478, 412, 80),
]
T_CT, T_DK, T_V2, T_TT = (sum(r[i] for r in TUYEN) for i in range(1, 5))
assert (T_CT, T_DK, T_TT) == (186, 1_284, 172) and T_V2 == 1_116
assert ratio(T_TT, T_CT) == "92,5" and T_CT - T_TT == 14
T_TINH = sum(r[4] for r in TUYEN[:-1])
assert T_TINH == 92
GV_CT, GV_TT, YT_CT, YT_TT = 618, 574, 150, 136
assert ratio(GV_TT, GV_CT) == "92,9" and ratio(YT_TT, YT_CT) == "90,7"
NN_CT, NN_DU, NN_DAT = 214, 236, 198
assert ratio(NN_DAT, NN_DU) == "83,9"

# Đào tạo, bồi dưỡng: (loại lớp, số lớp, lượt học viên)
LOP = [
    ("bồi dưỡng theo tiêu chuẩn ngạch chuyên viên và tương đương", 12, 1_146),
    ("bồi dưỡng theo tiêu chuẩn ngạch chuyên viên chính và tương đương", 6, 512),
    ("bồi dưỡng kỹ năng số, chuyển đổi số và khai thác dữ liệu", 22, 2_964),
    ("bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp", 18, 1_926),
    ("bồi dưỡng kiến thức quản lý nhà nước về tín ngưỡng, tôn giáo", 6, 294),
]
LOP_N, LOP_HV = sum(r[1] for r in LOP), sum(r[2] for r in LOP)
LOP_KH, HV_KH = 58, 6_000
assert (LOP_N, LOP_HV) == (64, 6_842) and ratio(LOP_N, LOP_KH) == "110,3" and ratio(LOP_HV, HV_KH) == "114,0"

# Cải cách hành chính, TTHC của Sở
HS_NHAN, HS_TT, HS_XONG, HS_DUNG = 2_364, 1_986, 2_351, 2_344
assert ratio(HS_TT, HS_NHAN) == "84,0" and ratio(HS_DUNG, HS_XONG) == "99,7"
assert HS_XONG - HS_DUNG == 7 and HS_NHAN - HS_XONG == 13

# Thi đua, khen thưởng: (nhóm, hình thức, tập thể, cá nhân)
KT_NN = [
    ("Huân chương Lao động các hạng", 5, 9),
    ("Danh hiệu “Chiến sĩ thi đua toàn quốc”", 0, 3),
    ("Cờ thi đua của Chính phủ", 8, 0),
    ("Bằng khen của Thủ tướng Chính phủ", 21, 46),
]
KT_TINH = [
    ("Cờ thi đua của UBND tỉnh", 54, 0),
    ("Danh hiệu “Tập thể lao động xuất sắc”", 312, 0),
    ("Danh hiệu “Chiến sĩ thi đua cấp tỉnh”", 0, 186),
    ("Bằng khen của Chủ tịch UBND tỉnh", 642, 2_318),
]
NN_TT, NN_CN = sum(r[1] for r in KT_NN), sum(r[2] for r in KT_NN)
TI_TT, TI_CN = sum(r[1] for r in KT_TINH), sum(r[2] for r in KT_TINH)
assert (NN_TT, NN_CN) == (34, 58) and (TI_TT, TI_CN) == (1_008, 2_504)
KT_TT, KT_CN = NN_TT + TI_TT, NN_CN + TI_CN
assert (KT_TT, KT_CN) == (1_042, 2_562) and KT_TT + KT_CN == 3_604
CN_TRUC_TIEP = 1_066
assert ratio(CN_TRUC_TIEP, KT_CN) == "41,6"

# Tôn giáo
TIN_DO = 236_500
assert ratio(TIN_DO, DAN_SO) == "16,4"
TG_HS = [("chấp thuận tổ chức hội nghị, đại hội của tổ chức tôn giáo", 38),
         ("tiếp nhận thông báo, đăng ký người được phong phẩm, bổ nhiệm, bầu cử, suy cử", 41),
         ("tiếp nhận thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành", 27),
         ("chấp thuận tổ chức cuộc lễ ngoài cơ sở tôn giáo", 24),
         ("chấp thuận đăng ký sinh hoạt tôn giáo tập trung liên xã", 16)]
assert sum(n for _, n in TG_HS) == 146

# Thanh niên
THANH_NIEN = 286_400
assert ratio(THANH_NIEN, DAN_SO) == "19,9"

# Kỷ luật
KL = [("khiển trách", 38), ("cảnh cáo", 19), ("cách chức", 2), ("buộc thôi việc", 5)]
assert sum(n for _, n in KL) == 64

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.6), Cm(9.4))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH ĐÔNG LĨNH", False, False),
    ("SỞ NỘI VỤ", True, False, True),
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
para("Kết quả công tác nội vụ năm 2026", bold=True, align=CENTER, indent=None)
para("và phương hướng, nhiệm vụ năm 2027", bold=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

tabbed("Thực hiện Công văn số 3856/UBND-TH ngày 12/11/2026 của Ủy ban nhân dân tỉnh về việc đánh giá tình hình thực "
       "hiện nhiệm vụ năm 2026, xây dựng kế hoạch năm 2027 và Công văn số 7124/BNV-VP ngày 20/11/2026 của Bộ Nội vụ "
       "về việc báo cáo tổng kết công tác năm 2026, Sở Nội vụ tỉnh Đông Lĩnh báo cáo kết quả công tác nội vụ năm 2026 "
       "(số liệu tính đến ngày 30/11/2026, ước thực hiện đến hết ngày 31/12/2026) và phương hướng, nhiệm vụ năm 2027 "
       "như sau:")

# ============================================================================================ PHẦN I
part("PHẦN I", "KẾT QUẢ CÔNG TÁC NỘI VỤ NĂM 2026")

roman("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THAM MƯU BAN HÀNH VĂN BẢN")
tabbed("Năm 2026 là năm đầu tiên tỉnh vận hành trọn năm mô hình chính quyền địa phương hai cấp sau khi sắp xếp đơn vị "
       "hành chính, đồng thời là năm tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các "
       "cấp nhiệm kỳ 2026 - 2031. Bám sát chỉ đạo của Bộ Nội vụ, Tỉnh ủy, HĐND và UBND tỉnh, Sở Nội vụ đã chủ động "
       "tham mưu, triển khai đồng bộ các nhiệm vụ trên các lĩnh vực được giao; bảo đảm bộ máy các cấp hoạt động thông "
       "suốt, không để gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp.")
body("Trong năm, Sở đã tham mưu cấp có thẩm quyền ban hành 41 văn bản, gồm: 06 nghị quyết của HĐND tỉnh, 14 quyết "
     "định quy phạm pháp luật và 21 quyết định, kế hoạch, chỉ thị của UBND, Chủ tịch UBND tỉnh; trong đó có một số "
     "văn bản quan trọng:")
dash("Nghị quyết số 09/2026/NQ-HĐND ngày 10/7/2026 của HĐND tỉnh quy định chính sách thu hút, trọng dụng người có "
     "tài năng vào làm việc trong các cơ quan, tổ chức, đơn vị của tỉnh Đông Lĩnh giai đoạn 2026 - 2030;")
dash("Nghị quyết số 31/2026/NQ-HĐND ngày 25/9/2026 của HĐND tỉnh về việc sáp nhập, đặt tên thôn, tổ dân phố trên địa "
     "bàn tỉnh;")
dash("Quyết định số 26/2026/QĐ-UBND ngày 08/6/2026 của UBND tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, "
     "biên chế và cán bộ, công chức, viên chức (CBCCVC) thuộc thẩm quyền quản lý của UBND tỉnh;")
dash("Kế hoạch số 24/KH-UBND ngày 26/01/2026 của UBND tỉnh về cải cách hành chính nhà nước năm 2026 và Chỉ thị số "
     "05/CT-UBND ngày 17/3/2026 của Chủ tịch UBND tỉnh về tăng cường kỷ luật, kỷ cương hành chính trong các cơ "
     "quan hành chính nhà nước.")
body("Theo thẩm quyền, Sở ban hành 218 văn bản hướng dẫn chuyên môn, nghiệp vụ đối với các sở, ban, ngành và UBND các "
     "xã, phường; tổ chức 03 hội nghị tập huấn nghiệp vụ công tác nội vụ cho 356 công chức làm công tác tổ chức cán "
     "bộ của các cơ quan, đơn vị và UBND cấp xã.")

# ---------------------------------------------------------------------------------------------- II
roman("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CHUYÊN MÔN")
arabic("1. Công tác tổ chức bộ máy và xây dựng chính quyền địa phương")
letter("a) Về tổ chức bộ máy các cơ quan hành chính, đơn vị sự nghiệp công lập")
tabbed("Sau sắp xếp, UBND tỉnh có 14 cơ quan chuyên môn (13 sở và Văn phòng UBND tỉnh). Sở đã thẩm định, trình UBND "
       "tỉnh ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của 14/14 cơ quan; kiện "
       f"toàn cơ cấu bên trong theo hướng tinh gọn, số phòng chuyên môn thuộc các sở giảm từ {PHONG_TRUOC} phòng xuống "
       f"còn {PHONG_SAU} phòng (giảm {PHONG_TRUOC - PHONG_SAU} phòng); số chi cục và tương đương giảm từ 12 xuống còn "
       "08 chi cục.")
body(f"Đối với đơn vị sự nghiệp công lập (ĐVSN), năm 2026 tiếp tục rà soát, sáp nhập, giải thể; đến ngày 30/11/2026 "
     f"toàn tỉnh còn {DVSN_CUOI} ĐVSN, giảm {DVSN_DAU - DVSN_CUOI} đơn vị so với đầu năm (giảm "
     f"{pct(DVSN_DAU - DVSN_CUOI, DVSN_DAU)}), trong đó có 482 đơn vị sự nghiệp giáo dục và đào tạo. Số đơn vị tự bảo "
     "đảm chi thường xuyên và chi đầu tư là 09 đơn vị, tự bảo đảm chi thường xuyên là 46 đơn vị.")
body("Ở cấp xã, 72/72 xã, phường đã kiện toàn tổ chức bộ máy theo khung thống nhất gồm Văn phòng HĐND và UBND, 02 "
     "phòng chuyên môn (Phòng Kinh tế hoặc Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội) và Trung tâm Phục "
     "vụ hành chính công cấp xã.")
letter("b) Về sắp xếp đơn vị hành chính cấp xã, thôn, tổ dân phố")
tabbed(f"Toàn tỉnh hiện có {DVHC} đơn vị hành chính cấp xã ({XA} xã và 0{PHUONG} phường), được hình thành từ việc sắp "
       f"xếp {XA_CU} đơn vị hành chính cấp xã trước đây theo Nghị quyết của Ủy ban Thường vụ Quốc hội năm 2025 (giảm "
       f"{XA_CU - DVHC} đơn vị, tỷ lệ {pct(XA_CU - DVHC, XA_CU)}). Năm 2026, Sở tham mưu UBND tỉnh hoàn thành phân "
       f"loại đơn vị hành chính cấp xã: {LOAI[0]} đơn vị loại I, {LOAI[1]} đơn vị loại II và 0{LOAI[2]} đơn vị loại "
       "III.")
body("Thực hiện Nghị quyết số 31/2026/NQ-HĐND, toàn tỉnh đã sáp nhập, đặt tên thôn, tổ dân phố; số thôn, tổ dân phố "
     f"giảm từ {vi(THON_TRUOC)} xuống còn {vi(THON_SAU)} (giảm {THON_TRUOC - THON_SAU} thôn, tổ dân phố, tương ứng "
     f"{pct(THON_TRUOC - THON_SAU, THON_TRUOC)}); số người hoạt động không chuyên trách ở thôn, tổ dân phố giảm "
     "1.152 người.")
body("Về giải quyết các vấn đề phát sinh sau sắp xếp:")
dash(f"Đối với đội ngũ dôi dư: sau sắp xếp, toàn tỉnh có {vi(DOI_DU)} cán bộ, công chức cấp xã dôi dư; đến ngày "
     f"30/11/2026 đã giải quyết {vi(DOI_DU_XONG)} người ({pct(DOI_DU_XONG, DOI_DU)}), gồm bố trí vào các vị trí còn "
     "thiếu, điều động về các cơ quan cấp tỉnh và thực hiện chính sách nghỉ việc; còn "
     f"{DOI_DU - DOI_DU_XONG} người đang tiếp tục bố trí.")
dash(f"Đối với trụ sở, cơ sở nhà, đất dôi dư: phối hợp với Sở Tài chính rà soát {TRU_SO} cơ sở; đã có phương án xử lý "
     f"{TRU_SO_PA} cơ sở, đạt {pct(TRU_SO_PA, TRU_SO)}, trong đó {TRU_SO_CD} cơ sở được chuyển đổi công năng sang "
     "phục vụ y tế, giáo dục, văn hóa, thể thao.")
letter("c) Về công tác bầu cử và hoạt động của chính quyền địa phương")
tabbed("Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 được tổ chức ngày "
       "15/3/2026 an toàn, dân chủ, đúng luật; tỷ lệ cử tri đi bầu đạt 99,34%. Kết quả, tỉnh bầu đủ 07 đại biểu Quốc "
       f"hội; bầu {DB_TINH} đại biểu HĐND tỉnh (trong đó {DB_TINH_NU} đại biểu nữ, chiếm {pct(DB_TINH_NU, DB_TINH)}) "
       f"và {vi(DB_XA)} đại biểu HĐND cấp xã. Kỳ họp thứ nhất HĐND tỉnh khóa XI đã bầu các chức danh lãnh đạo HĐND, "
       "UBND tỉnh đúng quy định.")
body("Sở đã hướng dẫn UBND các xã, phường thực hiện quy chế làm việc, quy chế phối hợp; theo dõi việc thực hiện Quy "
     "chế dân chủ ở cơ sở và phối hợp với Sở Tài chính thẩm định số lượng người hoạt động không chuyên trách ở cấp xã "
     "theo quy định mới.")

arabic("2. Công tác quản lý biên chế, cán bộ, công chức, viên chức")
dec("2.1. Quản lý biên chế và tinh giản biên chế")
tabbed(f"Năm 2026, tổng biên chế công chức được giao là {vi(BC_GIAO)} biên chế (khối cơ quan hành chính cấp tỉnh "
       f"{vi(BC_TINH)}, khối cấp xã {vi(BC_XA)}), giảm {BC_2025 - BC_GIAO} biên chế so với năm 2025 "
       f"({vi(BC_2025)} biên chế), tương ứng giảm {pct(BC_2025 - BC_GIAO, BC_2025)}. Đến ngày 30/11/2026, số công chức "
       f"có mặt là {vi(BC_CO_MAT)} người (cấp tỉnh {vi(CM_TINH)}, cấp xã {vi(CM_XA)}), còn {BC_GIAO - BC_CO_MAT} biên "
       "chế chưa sử dụng.")
body(f"Số lượng người làm việc trong các ĐVSN công lập hưởng lương từ ngân sách nhà nước được giao là {vi(VC_GIAO)} "
     f"người, giảm {VC_2025 - VC_GIAO} người so với năm 2025 (giảm {pct(VC_2025 - VC_GIAO, VC_2025)}); số viên chức "
     f"có mặt {vi(VC_CO_MAT)} người. Số hợp đồng lao động làm công việc hỗ trợ, phục vụ là 1.146 người.")
body(f"Thực hiện Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP của Chính phủ, năm 2026 toàn tỉnh giải "
     f"quyết chế độ, chính sách cho {TG} người (nghỉ hưu trước tuổi {TG_HUU} người, thôi việc {TG_THOI} người) với "
     "tổng kinh phí 186,4 tỷ đồng (năm 2025 đã giải quyết cho 1.035 người).")
dec("2.2. Tuyển dụng, sử dụng công chức, viên chức")
tabbed(f"Hội đồng thi tuyển công chức tỉnh do Sở Nội vụ làm thường trực đã tổ chức kỳ thi tuyển công chức năm 2026 "
       f"theo hình thức thi trên máy vi tính (vòng 1) và phỏng vấn (vòng 2) với {T_CT} chỉ tiêu; có {vi(T_DK)} thí "
       f"sinh đăng ký dự tuyển. Kết quả có {T_TT} thí sinh trúng tuyển, đạt {pct(T_TT, T_CT)} chỉ tiêu, trong đó khối "
       f"cơ quan cấp tỉnh {T_TINH} người; {T_CT - T_TT} chỉ tiêu không tuyển đủ do không có thí sinh đạt yêu cầu tại "
       "vòng 2. Kết quả theo từng cơ quan như sau:")
caption("KẾT QUẢ THI TUYỂN CÔNG CHỨC NĂM 2026 THEO CƠ QUAN, ĐƠN VỊ", unit="Đơn vị tính: người")
grid_table(["TT", "Cơ quan, đơn vị", "Chỉ tiêu tuyển dụng", "Số thí sinh đăng ký", "Số thí sinh dự thi vòng 2",
            "Số trúng tuyển", "Tỷ lệ trúng tuyển/chỉ tiêu (%)"],
           [(str(i), n, str(c), vi(d), vi(v), str(t), ratio(t, c)) for i, (n, c, d, v, t) in enumerate(TUYEN, 1)]
           + [("", "Tổng cộng", str(T_CT), vi(T_DK), vi(T_V2), str(T_TT), ratio(T_TT, T_CT))],
           [Cm(0.9), Cm(5.0), Cm(1.9), Cm(1.9), Cm(2.0), Cm(1.8), Cm(2.3)])
body(f"Đối với viên chức, Sở Giáo dục và Đào tạo tổ chức xét tuyển được {GV_TT}/{GV_CT} chỉ tiêu giáo viên (đạt "
     f"{pct(GV_TT, GV_CT)}); Sở Y tế tuyển dụng {YT_TT}/{YT_CT} chỉ tiêu viên chức y tế. Sở thẩm định, "
     "tiếp nhận vào làm công chức không qua thi tuyển 38 trường hợp; theo Nghị quyết số 09/2026/NQ-HĐND, tỉnh đã thu "
     "hút được 11 người có tài năng (04 thạc sĩ, 02 tiến sĩ, 05 sinh viên tốt nghiệp xuất sắc).")
body(f"Về nâng ngạch, thăng hạng: tổ chức kỳ thi nâng ngạch từ chuyên viên lên chuyên viên chính với {NN_CT} chỉ tiêu, "
     f"{NN_DU} thí sinh dự thi, có {NN_DAT} thí sinh đạt yêu cầu; xét thăng hạng chức danh nghề nghiệp cho 1.426 viên "
     "chức ngành giáo dục. Thẩm định, trình bổ nhiệm, bổ nhiệm lại 86 lãnh đạo cấp sở, cấp phòng và tương đương thuộc "
     "thẩm quyền của UBND tỉnh.")
dec("2.3. Đào tạo, bồi dưỡng cán bộ, công chức, viên chức")
tabbed(f"Sở Nội vụ chủ trì mở {LOP_N} lớp bồi dưỡng",
       Fn("Gồm: " + "; ".join(f"{n:02d} lớp {k} ({vi(h)} lượt học viên)" for k, n, h in LOP) + "."),
       f" cho {vi(LOP_HV)} lượt cán bộ, công chức, viên chức, bằng {pct(LOP_N, LOP_KH)} kế hoạch về số lớp (kế hoạch "
       f"{LOP_KH} lớp, {vi(HV_KH)} lượt) và {pct(LOP_HV, HV_KH)} kế hoạch về số lượt học viên. Ngoài ra, các sở, ban, "
       "ngành và UBND các xã, phường tự tổ chức 126 lớp bồi dưỡng chuyên môn, nghiệp vụ cho 11.380 lượt người.")
body("Cử 42 công chức, viên chức đi đào tạo sau đại học (38 thạc sĩ, 04 tiến sĩ); phối hợp với Trường Chính trị tỉnh "
     "mở 02 lớp bồi dưỡng lãnh đạo, quản lý cấp phòng cho 186 học viên. Tổng kinh phí đào tạo, bồi dưỡng từ ngân sách "
     "tỉnh năm 2026 là 9,84 tỷ đồng.")
dec("2.4. Thực hiện chế độ, chính sách và quản lý hồ sơ cán bộ, công chức, viên chức")
tabbed("Thẩm định, giải quyết nâng bậc lương thường xuyên cho 5.218 người, nâng bậc lương trước thời hạn cho 387 "
       "người do lập thành tích xuất sắc; giải quyết nghỉ hưu cho 624 CBCCVC đúng thời hạn. Hoàn thành cập nhật, "
       "chuẩn hóa dữ liệu của 28.606 CBCCVC trên Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức, đạt 100%.")

arabic("3. Công tác cải cách hành chính")
tabbed("Chỉ số cải cách hành chính (PAR INDEX) năm 2025 của tỉnh Đông Lĩnh do Bộ Nội vụ công bố tháng 5/2026 đạt "
       "88,47%",
       Fn("Chỉ số thành phần PAR INDEX 2025 của tỉnh: công tác chỉ đạo, điều hành cải cách hành chính 92,16%; cải cách "
          "thể chế 90,48%; cải cách thủ tục hành chính 95,37%; cải cách tổ chức bộ máy 89,02%; cải cách chế độ công vụ "
          "84,65%; cải cách tài chính công 78,30%; xây dựng, phát triển Chính quyền điện tử, Chính quyền số 86,92%; "
          "tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội 83,71%."),
       ", xếp thứ 17/34 tỉnh, thành phố (năm 2024 xếp thứ 38/63). Chỉ số hài lòng của người dân, tổ chức đối với sự "
       "phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025 đạt 83,96%, xếp thứ 21/34 (năm 2024 đạt 81,20%).")
body("Sở đã tham mưu UBND tỉnh công bố Chỉ số CCHC năm 2025 của các cơ quan, đơn vị: khối sở, ban, ngành có điểm bình "
     "quân 86,14 điểm, dẫn đầu là Sở Tư pháp (93,05 điểm), thấp nhất là Sở Xây dựng (78,26 điểm); khối xã, phường có "
     "điểm bình quân 81,37 điểm, dẫn đầu là phường Đông Thành (91,42 điểm), thấp nhất là xã Nà Pùng (68,90 điểm). Kết "
     "quả khảo sát sự hài lòng do tỉnh tự tổ chức năm 2026 (8.640 phiếu) cho thấy 87,3% người được hỏi hài lòng với "
     "việc giải quyết thủ tục hành chính tại cấp xã.")
body(f"Bộ thủ tục hành chính (TTHC) thuộc phạm vi quản lý của Sở Nội vụ gồm 186 thủ tục (142 thủ tục cấp tỉnh, 44 thủ "
     f"tục cấp xã). Năm 2026, Sở đã thụ lý {vi(HS_NHAN)} hồ sơ, trong đó {vi(HS_TT)} hồ sơ nộp trực tuyến "
     f"({pct(HS_TT, HS_NHAN)}); đã trả kết quả {vi(HS_XONG)} hồ sơ, trong đó đúng hạn {vi(HS_DUNG)} hồ sơ "
     f"({pct(HS_DUNG, HS_XONG)}), quá hạn 0{HS_XONG - HS_DUNG} hồ sơ và đã có văn bản xin lỗi người dân; "
     f"{HS_NHAN - HS_XONG} hồ sơ đang trong thời hạn giải quyết.")
body("Về cải cách chế độ công vụ, 100% cơ quan, đơn vị đã phê duyệt vị trí việc làm theo quy định mới; tổ chức thí "
     "điểm đánh giá, xếp loại công chức theo kết quả thực hiện nhiệm vụ, đo đếm bằng sản phẩm tại 05 sở và 12 xã, "
     "phường.")

arabic("4. Công tác thi đua, khen thưởng")
tabbed("Các phong trào thi đua được phát động gắn với nhiệm vụ chính trị, nổi bật là phong trào “Cả nước thi đua xây "
       "dựng xã hội học tập, đẩy mạnh học tập suốt đời” và phong trào thi đua “Chung sức vận hành chính quyền địa "
       "phương hai cấp hiệu quả”. Hội đồng Thi đua - Khen thưởng tỉnh tổ chức sơ kết, tổng kết 08 phong trào thi đua "
       "theo chuyên đề.")
body(f"Năm 2026, Sở Nội vụ (Ban Thi đua - Khen thưởng) đã thẩm định, trình Chủ tịch UBND tỉnh khen thưởng và trình "
     f"cấp trên khen thưởng cho {vi(KT_TT)} tập thể, {vi(KT_CN)} cá nhân; trong đó cấp Nhà nước {NN_TT} tập thể, "
     f"{NN_CN} cá nhân (Chủ tịch nước tặng Huân chương Lao động các hạng cho 0{KT_NN[0][1]} tập thể, "
     f"0{KT_NN[0][2]} cá nhân). Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng đạt "
     f"{pct(CN_TRUC_TIEP, KT_CN)}. Khen thưởng đột xuất kịp thời 46 trường hợp có thành tích trong phòng, chống "
     "thiên tai và cứu người bị nạn. Thời gian thẩm định hồ sơ khen thưởng bình quân 12 ngày làm việc, rút ngắn 08 "
     "ngày so với quy định. Kết quả cụ thể:")
caption("KẾT QUẢ KHEN THƯỞNG NĂM 2026 THEO HÌNH THỨC", unit="Đơn vị tính: tập thể, cá nhân")


def _kt_rows(items, start):
    return [(str(i), n, vi(t) if t else "-", vi(c) if c else "-", vi(t + c)) for i, (n, t, c) in
            enumerate(items, start)]


grid_table(["TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "Cộng"],
           [("group", "I. Khen thưởng cấp Nhà nước")] + _kt_rows(KT_NN, 1)
           + [("", "Cộng (I)", str(NN_TT), str(NN_CN), str(NN_TT + NN_CN))]
           + [("group", "II. Khen thưởng cấp tỉnh")] + _kt_rows(KT_TINH, len(KT_NN) + 1)
           + [("", "Cộng (II)", vi(TI_TT), vi(TI_CN), vi(TI_TT + TI_CN))]
           + [("", "Tổng cộng (I + II)", vi(KT_TT), vi(KT_CN), vi(KT_TT + KT_CN))],
           [Cm(1.0), Cm(8.0), Cm(2.2), Cm(2.2), Cm(2.4)], totals=("Tổng cộng", "Cộng"))

arabic("5. Công tác tín ngưỡng, tôn giáo")
tabbed("Tỉnh không thành lập Sở Dân tộc và Tôn giáo; nhiệm vụ quản lý nhà nước (QLNN) về tín ngưỡng, tôn giáo do Sở "
       f"Nội vụ thực hiện. Toàn tỉnh có 05 tôn giáo được Nhà nước công nhận với khoảng {vi(TIN_DO)} tín đồ, chiếm "
       f"{pct(TIN_DO, DAN_SO)} dân số; 574 cơ sở thờ tự, 437 chức sắc và 1.286 chức việc. Tình hình tín ngưỡng, tôn "
       "giáo cơ bản ổn định; các tổ chức tôn giáo hoạt động đúng quy định của pháp luật, tích cực tham gia công tác an "
       "sinh xã hội với tổng trị giá đóng góp khoảng 38,6 tỷ đồng.")
body("Năm 2026, Sở đã tiếp nhận, giải quyết 146 hồ sơ thủ tục hành chính về tôn giáo",
     Fn("Trong đó: " + "; ".join(f"{k} {n:02d} hồ sơ" for k, n in TG_HS) + "."),
     " đúng thời hạn; UBND các xã, phường chấp thuận 19 điểm đăng ký sinh hoạt tôn giáo tập trung trong phạm vi một "
     "xã. Phối hợp tổ chức thành công Đại lễ Phật đản Phật lịch 2570 và các hoạt động Lễ Giáng sinh năm 2026; phối hợp "
     "với Sở Nông nghiệp và Môi trường cấp giấy chứng nhận quyền sử dụng đất cho 48 cơ sở tôn giáo.")
body("Trong năm, phát sinh 07 vụ việc liên quan đến tôn giáo (chủ yếu là tranh chấp đất đai, xây dựng cơ sở thờ tự "
     "không phép), đã giải quyết dứt điểm 05 vụ việc, 02 vụ việc đang tiếp tục xem xét; không để phát sinh điểm nóng.")

arabic("6. Công tác văn thư, lưu trữ")
tabbed("Công tác văn thư tiếp tục được chuẩn hóa theo hướng điện tử: 98,6% văn bản đi của các cơ quan cấp tỉnh được ký "
       "số và gửi, nhận trên môi trường mạng; tỷ lệ hồ sơ công việc được lập và xử lý trên môi trường mạng đạt 76,4% "
       "ở cấp tỉnh và 58,2% ở cấp xã.")
body("Trung tâm Lưu trữ lịch sử tỉnh đã thu nộp 1.286 mét giá tài liệu, trong đó 846 mét giá là tài liệu của các "
     "huyện, thị xã, thành phố đã kết thúc hoạt động sau sắp xếp; chỉnh lý hoàn chỉnh 920 mét giá; tu bổ, phục chế "
     "18.600 tờ tài liệu; số hóa 1,24 triệu trang tài liệu lưu trữ; phục vụ 2.418 lượt độc giả khai thác 9.640 hồ "
     "sơ. Tuy nhiên, tại cấp xã vẫn còn khoảng 3.640 mét giá tài liệu tích đống chưa được chỉnh lý.")
body("Sở kiểm tra công tác văn thư, lưu trữ tại 24 cơ quan, đơn vị và UBND cấp xã; chấn chỉnh việc lập hồ sơ, giao nộp "
     "tài liệu vào lưu trữ cơ quan chưa đúng quy định.")

arabic("7. Công tác thanh niên")
tabbed(f"Toàn tỉnh có khoảng {vi(THANH_NIEN)} thanh niên trong độ tuổi từ 16 đến 30 tuổi, chiếm "
       f"{pct(THANH_NIEN, DAN_SO)} dân số. Sở đã tham mưu UBND tỉnh sơ kết 05 năm thực hiện Chương trình phát triển "
       "thanh niên tỉnh Đông Lĩnh giai đoạn 2021 - 2030; đến nay có 10/12 chỉ tiêu đạt và vượt kế hoạch giữa kỳ.")
body("Phối hợp với Tỉnh đoàn tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2026 vào ngày "
     "26/3/2026 với 320 đại biểu tham dự, tiếp nhận 27 ý kiến, kiến nghị; đến nay đã trả lời, giải quyết 25/27 ý kiến. "
     "Năm 2026, toàn tỉnh giải quyết việc làm cho 9.215 thanh niên (trong đó 1.864 người đi làm việc ở nước ngoài theo "
     "hợp đồng); 1.420 thanh niên lên đường thực hiện nghĩa vụ quân sự, nghĩa vụ công an nhân dân, đạt 100% chỉ tiêu.")

arabic("8. Công tác kiểm tra công vụ, tiếp công dân và giải quyết khiếu nại, tố cáo")
tabbed("Sở chủ trì 12 cuộc kiểm tra công vụ tại 36 cơ quan, đơn vị và UBND cấp xã, tập trung vào việc chấp hành kỷ "
       "luật, kỷ cương hành chính, tuyển dụng, bố trí công chức sau sắp xếp; qua kiểm tra đã kiến nghị chấn chỉnh 27 "
       "trường hợp. Tổ kiểm tra công vụ của Chủ tịch UBND tỉnh kiểm tra đột xuất 48 lượt cơ quan, đơn vị.")
body("Toàn tỉnh đã thi hành kỷ luật 64 CBCCVC có vi phạm",
     Fn("Theo hình thức: " + "; ".join(f"{k} {n:02d} trường hợp" for k, n in KL) + ". Trong số này có 09 trường hợp "
        "là người đứng đầu hoặc cấp phó của người đứng đầu."),
     " (năm 2025 là 71 trường hợp). Sở tiếp 34 lượt công dân; nhận 58 đơn thư, trong đó có 06 đơn thuộc thẩm quyền và "
     "đã giải quyết xong 06/06 đơn; các đơn không thuộc thẩm quyền đã được chuyển, hướng dẫn theo quy định.")

# --------------------------------------------------------------------------------------------- III
roman("III. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
tabbed("Năm 2026, ngành Nội vụ tỉnh hoàn thành tốt các nhiệm vụ trọng tâm; bộ máy chính quyền địa phương hai cấp vận "
       "hành thông suốt; cuộc bầu cử được tổ chức thành công; việc sắp xếp thôn, tổ dân phố hoàn thành đúng tiến độ. "
       "Chỉ số PAR INDEX năm 2025 của tỉnh tăng mạnh về thứ hạng; công tác tuyển dụng, đào tạo, bồi dưỡng được thực "
       "hiện công khai, minh bạch, vượt kế hoạch về số lớp bồi dưỡng; công tác thi đua, khen thưởng được đổi mới, chú "
       "trọng khen thưởng người lao động trực tiếp.")
arabic("2. Tồn tại, hạn chế")
dash("Việc bố trí, sắp xếp cán bộ, công chức cấp xã dôi dư chưa dứt điểm; cơ cấu đội ngũ công chức cấp xã sau sắp xếp "
     "còn bất hợp lý, thiếu công chức có chuyên môn về công nghệ thông tin, xây dựng, tài chính.")
dash("Chỉ số thành phần cải cách tài chính công và chỉ số SIPAS của tỉnh còn thấp hơn mức bình quân chung; một số "
     "xã có Chỉ số CCHC thấp.")
dash("Vẫn còn 14 chỉ tiêu thi tuyển công chức không tuyển đủ; tình trạng thiếu giáo viên tại một số xã vùng cao chưa "
     "được khắc phục.")
dash("Tài liệu lưu trữ tích đống tại cấp xã còn nhiều; tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng ở cấp xã "
     "còn thấp.")
dash("Việc xử lý trụ sở, cơ sở nhà, đất dôi dư sau sắp xếp còn chậm, có nơi để lãng phí, xuống cấp.")
arabic("3. Nguyên nhân của tồn tại, hạn chế")
dash("Khách quan: khối lượng công việc phát sinh sau sắp xếp đơn vị hành chính rất lớn, nhiều nội dung chưa có hướng "
     "dẫn của cấp trên; điều kiện kinh tế - xã hội ở các xã vùng cao còn khó khăn, khó thu hút nhân lực.")
dash("Chủ quan: một số cơ quan, đơn vị và UBND cấp xã chưa quyết liệt trong chỉ đạo; năng lực, kỹ năng số của một bộ "
     "phận công chức cấp xã còn hạn chế; kinh phí cho công tác chỉnh lý tài liệu chưa được bố trí đầy đủ.")

# ============================================================================================ PHẦN II
part("PHẦN II", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
roman("I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU")
tabbed("Năm 2027, ngành Nội vụ tỉnh Đông Lĩnh phấn đấu thực hiện các chỉ tiêu chủ yếu sau:")
dash("Chỉ số PAR INDEX năm 2026 của tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước; Chỉ số SIPAS đạt từ 86% trở "
     "lên.")
dash("Tổng biên chế công chức năm 2027 không vượt quá 5.080 biên chế; tổ chức thi tuyển công chức với khoảng 240 chỉ "
     "tiêu, ưu tiên cho cấp xã.")
dash("Mở 60 lớp bồi dưỡng cho khoảng 6.500 lượt CBCCVC; 100% công chức cấp xã được bồi dưỡng kỹ năng số.")
dash("Giải quyết dứt điểm số cán bộ, công chức cấp xã dôi dư trong quý II/2027; 100% trụ sở dôi dư có phương án xử "
     "lý.")
dash("Thu nộp 1.500 mét giá tài liệu vào Lưu trữ lịch sử tỉnh; số hóa 1,5 triệu trang tài liệu.")
roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Về tổ chức bộ máy và chính quyền địa phương")
dash("Tiếp tục rà soát, hoàn thiện chức năng, nhiệm vụ của các cơ quan chuyên môn cấp tỉnh, cấp xã; sắp xếp, tổ chức "
     "lại các ĐVSN công lập theo hướng tự chủ.")
dash("Tổng kết 02 năm thực hiện mô hình chính quyền địa phương hai cấp; đề xuất điều chỉnh phân cấp, phân quyền cho "
     "cấp xã phù hợp với thực tiễn.")
arabic("2. Về quản lý cán bộ, công chức, viên chức")
dash("Quản lý chặt chẽ biên chế; thực hiện tinh giản biên chế gắn với cơ cấu lại đội ngũ theo vị trí việc làm.")
dash("Đổi mới công tác tuyển dụng; triển khai có hiệu quả chính sách thu hút người có tài năng theo Nghị quyết số "
     "09/2026/NQ-HĐND.")
dash("Bồi dưỡng theo vị trí việc làm, chú trọng kỹ năng số cho công chức cấp xã.")
arabic("3. Về cải cách hành chính")
dash("Tập trung cải thiện các chỉ số thành phần thấp của PAR INDEX và SIPAS; gắn kết quả Chỉ số CCHC với đánh giá, "
     "xếp loại người đứng đầu.")
dash("Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC; phấn đấu 100% hồ sơ thuộc thẩm quyền của Sở được giải quyết "
     "đúng hạn.")
arabic("4. Về các lĩnh vực công tác khác")
dash("Đổi mới công tác thi đua, khen thưởng, kịp thời phát hiện, nhân rộng điển hình tiên tiến; chuẩn bị tổ chức Đại "
     "hội Thi đua yêu nước tỉnh Đông Lĩnh lần thứ VII.")
dash("Thực hiện tốt công tác QLNN về tín ngưỡng, tôn giáo; giải quyết dứt điểm 02 vụ việc tôn giáo còn tồn đọng.")
dash("Chỉnh lý tài liệu tích đống tại cấp xã; tăng cường kiểm tra công tác văn thư, lưu trữ.")
dash("Triển khai Chương trình phát triển thanh niên giai đoạn 2026 - 2030; tổ chức Hội nghị đối thoại giữa Chủ tịch "
     "UBND tỉnh với thanh niên năm 2027.")
roman("III. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Bộ Nội vụ")
dash("Sớm ban hành hướng dẫn về vị trí việc làm, định mức biên chế công chức cấp xã phù hợp với quy mô dân số, diện "
     "tích sau sắp xếp.")
dash("Hướng dẫn chế độ, chính sách đối với người hoạt động không chuyên trách ở thôn, tổ dân phố dôi dư sau sáp "
     "nhập.")
dash("Hỗ trợ kinh phí chỉnh lý tài liệu lưu trữ của các huyện đã kết thúc hoạt động.")
arabic("2. Đối với UBND tỉnh")
dash("Bố trí 12,5 tỷ đồng kinh phí năm 2027 để chỉnh lý tài liệu tích đống tại cấp xã.")
dash("Chỉ đạo các sở, ngành và UBND cấp xã khẩn trương hoàn thành xử lý trụ sở, cơ sở nhà, đất dôi dư sau sắp xếp.")
dash("Cho phép Sở Nội vụ tổ chức thi tuyển công chức năm 2027 sớm hơn, dự kiến trong quý II/2027.")

body("Trên đây là báo cáo kết quả công tác nội vụ năm 2026 và phương hướng, nhiệm vụ năm 2027 của Sở Nội vụ tỉnh "
     "Đông Lĩnh./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ Nội vụ (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Ban Tổ chức Tỉnh ủy;",
    "- Văn phòng UBND tỉnh;",
    "- Các sở, ban, ngành;",
    "- UBND các xã, phường;",
    "- Lãnh đạo Sở; các phòng, đơn vị thuộc Sở;",
    "- Lưu: VT, VP.",
], [("GIÁM ĐỐC", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần I", "Phần I › II.1.a", "Phần I › II.2.3", "Phần II › III.2")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="tune", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"],
                                           title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 12, 16, 9, 15, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
