# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định tổng kết công tác tư pháp năm 2026 và phương hướng, nhiệm vụ năm 2027 của Sở Tư pháp tỉnh
Hòa Nguyên (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/so-tu-phap-hoa-nguyen-nam-2026.docx: an invented annual report of a provincial Department of
Justice (Sở Tư pháp tỉnh Hòa Nguyên: "Báo cáo tổng kết công tác tư pháp năm 2026 và phương hướng, nhiệm vụ trọng
tâm năm 2027"), written by a helper who never saw the assistant's code (heldout split:
eval/real/outlines/so-tu-phap-hoa-nguyen-nam-2026.json, eval/real/questions_held12.jsonl).

Layouts: header table without borders (left "UBND TỈNH HÒA NGUYÊN / SỞ TƯ PHÁP / Số: 2847/BC-STP", right the
national motto with the second line underlined and "Hòa Nguyên, ngày 08 tháng 12 năm 2026" in italic); the title
in bold lines under "BÁO CÁO"; one untitled introductory paragraph (with the statistical period) before the parts.
Two parts "Phần thứ nhất" (results 2026) and "Phần thứ hai" (tasks 2027), each with a centred bold title line;
numbering restarts in the second part. Roman "I." headings, Arabic "1." headings, decimal "1.1." headings
(bold italic) under Phần thứ nhất › II.1, II.3 and II.4, lettered "a)" headings under II.2, II.5 and III.3. '-'
items (results, limitations, causes, tasks, recommendations) and '+' sub-items (II.1.2, II.4.3, II.7). Body text
in 13 pt, tables in 11 pt.

Two bordered tables, each preceded by a centred bold caption: civil-status registrations by kind under
Phần thứ nhất › II.4.1 (năm 2026 / năm 2025 / change, with "Trong đó" sub-rows), and notarial practice
organisations by type under Phần thứ nhất › II.5.b (Phòng công chứng vs Văn phòng công chứng: organisations,
notaries, notarial acts, fees in triệu đồng, acts against 2025, and a bold "Tổng cộng" row). Several cells hold
figures found nowhere else (late birth registrations, foreign-element marriages, marital-status certificates,
Phòng công chứng acts, fee per type). Three real Word footnotes carrying figures found nowhere else: 1 in
II.1.2 (breakdown and handling of the unlawful commune-level documents), 2 in II.2.b (fines by sector), 3 in
II.3.1 (the online law contest).

Confusable figures: dự thảo thẩm định (87) vs văn bản ban hành (31 nghị quyết + 64 quyết định) vs góp ý; tự kiểm
tra vs kiểm tra theo thẩm quyền vs Bộ Tư pháp kiểm tra; văn bản trái pháp luật this year vs 2025; tuyên truyền
toàn tỉnh vs cấp tỉnh; báo cáo viên (tỉnh) vs tuyên truyền viên (xã); hòa giải thành rate 2026 vs 2025 and the
2027 target; chuẩn tiếp cận pháp luật result of 2025 (recognised in 2026) vs the 2026 self-assessment vs the
plan; khai sinh total vs liên thông online; chứng thực bản sao at commune level vs at notarial organisations vs
electronic copies; LLTP requests vs Phiếu issued vs Phiếu số 1 / số 2, online vs VNeID; TGPL cases by kind;
THADS figures on their own statistical year (01/10/2025 - 30/9/2026), việc vs tiền, achieved vs the target;
the province-wide administrative fines (112,46 tỷ đồng) vs the Sở's own inspection fines (127,5 triệu đồng);
đấu giá: giá khởi điểm vs giá trúng vs chênh lệch, all organisations vs the public centre. Abbreviations
VBQPPL, PBGDPL, TGPL, LLTP, THADS, XLVPHC, TTHC, HĐND, UBND spelled out in some places only. Vietnamese number
format ("2.718,9 tỷ đồng", "83,3%", "09 hồ sơ"). Signature "GIÁM ĐỐC" and "Nơi nhận:". Shared helpers in
docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_tu_phap.py [out.docx]
    .venv/bin/python scripts/make_test_report_tu_phap.py --outline  (expected outline JSON)
    .venv/bin/python scripts/make_test_report_tu_phap.py --text     (plain text, footnotes last)
"""
from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # lets `python scripts/<this file>` import the kit
from scripts.docx_report_kit import (CENTER, DocxReport, Fn, cell_lines, no_borders,  # noqa: E402
                                     signature_table)
from scripts.docx_report_kit import plain_text as kit_plain_text  # noqa: E402
from scripts.docx_report_kit import change, outline_ids, ratio, recording, recording_part  # noqa: E402
from scripts.docx_report_kit import run_cli, vi, vn_half_up  # noqa: E402

NAME = "so-tu-phap-hoa-nguyen-nam-2026"
ZIP_TIME = (2026, 12, 8, 8, 0, 0)
METADATA = {
    "issuer": "Sở Tư pháp tỉnh Hòa Nguyên",
    "number": "2847/BC-STP",
    "date": "ngày 08 tháng 12 năm 2026",
    "place": "Hòa Nguyên",
    "signer": "Trần Quốc Hưng",
    "signer_title": "GIÁM ĐỐC",
    "title": "Tổng kết công tác tư pháp năm 2026 và phương hướng, nhiệm vụ trọng tâm năm 2027",
}

R = DocxReport(space_after=3)
doc = R.doc
doc.styles["Normal"].font.size = Pt(13)
para, body, tabbed, dash, plus = R.para, R.body, R.tabbed, R.dash, R.plus

HEADINGS: list[tuple[str, str, str]] = []  # (kind, number label, title) in document order, for --outline


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
# Văn bản quy phạm pháp luật
TD, TD_25 = 87, 112  # dự thảo VBQPPL Sở thẩm định (năm 2026, năm 2025)
TD_NQ, TD_QD = 29, 58
assert TD_NQ + TD_QD == TD
NQ, QD = 31, 64  # nghị quyết HĐND tỉnh, quyết định UBND tỉnh ban hành
KT_THQ = 318  # văn bản cấp xã được kiểm tra theo thẩm quyền
KT_TPL, KT_TPL_25 = 14, 9
RS = 1_486
RS_HHL, RS_HHL_MP, RS_SD = 214, 37, 96
RS_XL = 71
assert ratio(RS_XL, RS_SD) == "74,0"

# Xử lý vi phạm hành chính (tỷ đồng)
XP_QD, XP_DT, XP_CN, XP_TC = 25_947, 26_318, 24_102, 2_216
assert XP_CN + XP_TC == XP_DT
XP_TIEN, XP_THU = D("112.46"), D("104.83")
assert ratio(XP_THU, XP_TIEN) == "93,2"
XP_LV = [("giao thông đường bộ", D("71.25")), ("đất đai, xây dựng", D("14.38")), ("bảo vệ môi trường", D("9.62")),
         ("an ninh, trật tự, an toàn xã hội", D("6.87")), ("thương mại, bảo vệ quyền lợi người tiêu dùng", D("4.91")),
         ("các lĩnh vực khác", D("5.43"))]
assert sum(v for _, v in XP_LV) == XP_TIEN

# Phổ biến, giáo dục pháp luật
TT_CUOC, TT_NGUOI = 4_862, 386_420
TT_TINH_CUOC, TT_TINH_NGUOI = 312, 41_560

# Hòa giải ở cơ sở
HG_TN, HG_THANH, HG_KHONG, HG_DANG = 1_642, 1_368, 196, 78
assert HG_THANH + HG_KHONG + HG_DANG == HG_TN
assert ratio(HG_THANH, HG_TN) == "83,3"
HG_TN_25 = 1_815
XA = 118
CHUAN_25, CHUAN_26 = 97, 104
assert ratio(CHUAN_25, XA) == "82,2" and ratio(CHUAN_26, XA) == "88,1"

# Hộ tịch: (năm 2026, năm 2025)
KS = (23_658, 24_931)
KS_DUNG, KS_QUA, KS_LAI = 21_874, 1_402, 382
assert KS_DUNG + KS_QUA + KS_LAI == KS[0]
KS_LT = 18_412
assert ratio(KS_LT, KS[0]) == "77,8"
KT = (9_427, 9_105)
KH = (8_316, 8_742)
KH_NN = (164, 151)
HT_ROWS = [
    ("1", "Đăng ký khai sinh", KS),
    ("", "Trong đó:", None),
    ("", "- Đăng ký khai sinh đúng hạn", (KS_DUNG, 22_906)),
    ("", "- Đăng ký khai sinh quá hạn", (KS_QUA, 1_618)),
    ("", "- Đăng ký lại khai sinh", (KS_LAI, 407)),
    ("2", "Đăng ký khai tử", KT),
    ("3", "Đăng ký kết hôn", KH),
    ("", "Trong đó: kết hôn có yếu tố nước ngoài", KH_NN),
    ("4", "Đăng ký nhận cha, mẹ, con", (296, 274)),
    ("5", "Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", (3_148, 2_986)),
    ("6", "Ghi vào Sổ hộ tịch việc hộ tịch đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
     (212, 187)),
    ("7", "Cấp Giấy xác nhận tình trạng hôn nhân", (19_734, 18_226)),
]
assert 22_906 + 1_618 + 407 == KS[1]

# Chứng thực
CT_BS_XA, CT_CK, CT_HD = 684_215, 48_326, 6_842
CT_BS_CC = 212_640
CT_DT = 96_418

# Lý lịch tư pháp
LL_YC, LL_YC_25 = 15_284, 12_947
LL_TT, LL_VNEID = 12_106, 10_874
LL_P1, LL_P2 = 14_318, 878
assert ratio(LL_TT, LL_YC) == "79,2" and chg(LL_YC, LL_YC_25) == "tăng 18,1%"

# Công chứng: (tổ chức, công chứng viên, việc 2026, phí triệu đồng, việc 2025)
CC = [("Phòng công chứng", 2, 6, 9_846, D("7124.5"), 10_749),
      ("Văn phòng công chứng", 19, 48, 76_526, D("54718.3"), 73_021)]
CC_TC = (sum(r[1] for r in CC), sum(r[2] for r in CC), sum(r[3] for r in CC), sum(r[4] for r in CC),
         sum(r[5] for r in CC))
assert CC_TC[:3] == (21, 54, 86_372) and vn(CC_TC[3]) == "61.842,8"
assert ratio(CC[0][3], CC[0][5]) == "91,6" and ratio(CC[1][3], CC[1][5]) == "104,8"
assert ratio(CC_TC[2], CC_TC[4]) == "103,1" and chg(CC_TC[2], CC_TC[4]) == "tăng 3,1%"

# Đấu giá (tỷ đồng)
DG_CUOC = 1_318
DG_KD, DG_TRUNG = D("2146.3"), D("2718.9")
assert DG_TRUNG - DG_KD == D("572.6") and ratio(DG_TRUNG - DG_KD, DG_KD) == "26,7"

# Trợ giúp pháp lý
TG, TG_25 = 836, 768
TG_TT, TG_TV, TG_DD = 418, 402, 16
assert TG_TT + TG_TV + TG_DD == TG and chg(TG, TG_25) == "tăng 8,9%"
TG_TT_TGV, TG_TT_LS = 296, 122
assert TG_TT_TGV + TG_TT_LS == TG_TT

# Thi hành án dân sự (năm công tác 01/10/2025 - 30/9/2026)
THA_VIEC, THA_VIEC_DK, THA_VIEC_XONG = 9_418, 7_236, 5_912
THA_TIEN, THA_TIEN_DK, THA_TIEN_XONG = D("2864.5"), D("1542.8"), D("742.6")
assert ratio(THA_VIEC_XONG, THA_VIEC_DK) == "81,7" and ratio(THA_TIEN_XONG, THA_TIEN_DK) == "48,1"

# --------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH HÒA NGUYÊN", False, False),
    ("SỞ TƯ PHÁP", True, False, True),
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
para("Tổng kết công tác tư pháp năm 2026", bold=True, align=CENTER, indent=None)
para("và phương hướng, nhiệm vụ trọng tâm năm 2027", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

tabbed("Thực hiện Công văn số 4215/BTP-VP ngày 20/10/2026 của Bộ Tư pháp về việc tổng kết công tác tư pháp năm "
       "2026 và chỉ đạo của Ủy ban nhân dân tỉnh, Sở Tư pháp tỉnh Hòa Nguyên báo cáo kết quả công tác tư pháp năm "
       "2026 và phương hướng, nhiệm vụ trọng tâm năm 2027 như sau (số liệu tính từ ngày 01/12/2025 đến ngày "
       "30/11/2026, trừ các số liệu có ghi chú thời điểm khác):")

# ======================================================================================== PHẦN THỨ NHẤT
part("Phần thứ nhất", "KẾT QUẢ CÔNG TÁC TƯ PHÁP NĂM 2026")

roman("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ KIỆN TOÀN TỔ CHỨC BỘ MÁY")
arabic("1. Công tác chỉ đạo, điều hành")
tabbed("Năm 2026 là năm đầu triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030 và là năm "
       "đầu tiên vận hành ổn định mô hình chính quyền địa phương hai cấp. Ngay từ đầu năm, Sở Tư pháp đã tham mưu "
       "Ủy ban nhân dân (UBND) tỉnh ban hành Quyết định số 86/QĐ-UBND ngày 14/01/2026 về Kế hoạch công tác tư "
       "pháp năm 2026 trên địa bàn tỉnh, xác định 09 nhóm nhiệm vụ trọng tâm với 64 nhiệm vụ cụ thể; đồng thời ban "
       "hành Kế hoạch số 12/KH-STP ngày 16/01/2026 triển khai nhiệm vụ của Sở, phân công rõ người, rõ việc, rõ "
       "thời hạn, rõ kết quả.")
body("Trong năm, Sở đã tham mưu UBND tỉnh ban hành 36 văn bản chỉ đạo, điều hành trong lĩnh vực tư pháp (gồm 12 "
     "quyết định, 09 kế hoạch và 15 công văn); ban hành 148 văn bản hướng dẫn chuyên môn, nghiệp vụ cho UBND các "
     "xã, phường, nhất là về hộ tịch, chứng thực, hòa giải ở cơ sở sau khi tiếp nhận nhiệm vụ theo phân định thẩm "
     "quyền của chính quyền địa phương hai cấp. Đến ngày 30/11/2026, Sở hoàn thành 61/64 nhiệm vụ được giao tại "
     "Kế hoạch công tác tư pháp năm 2026 (đạt 95,3%), 03 nhiệm vụ còn lại đang triển khai theo lộ trình.")
arabic("2. Kiện toàn tổ chức bộ máy, đội ngũ công chức")
tabbed("Sau sắp xếp, cơ cấu tổ chức của Sở gồm Giám đốc, 03 Phó Giám đốc; 04 phòng chuyên môn (Văn phòng; Phòng "
       "Xây dựng và Kiểm tra văn bản; Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật; Phòng Hành "
       "chính tư pháp và Bổ trợ tư pháp) và 02 đơn vị sự nghiệp công lập (Trung tâm Trợ giúp pháp lý nhà nước, "
       "Trung tâm Dịch vụ đấu giá tài sản). Năm 2026, Sở được giao 46 biên chế công chức, hiện có 43 công chức; số "
       "người làm việc tại các đơn vị sự nghiệp là 31 người.")
body(f"Ở cấp xã, toàn tỉnh có {XA} đơn vị hành chính cấp xã (102 xã, 16 phường) với 253 công chức làm công tác tư "
     "pháp - hộ tịch, bình quân 2,1 công chức/đơn vị; 100% công chức có trình độ đại học trở lên, trong đó 186 "
     "người có trình độ chuyên môn luật.")

roman("II. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC CÔNG TÁC")
arabic("1. Công tác xây dựng, thẩm định, kiểm tra, rà soát văn bản quy phạm pháp luật")
dec("1.1. Công tác xây dựng, thẩm định văn bản quy phạm pháp luật")
tabbed("Công tác xây dựng văn bản quy phạm pháp luật (VBQPPL) được thực hiện theo Luật Ban hành văn bản quy phạm "
       "pháp luật năm 2025 và các văn bản quy định chi tiết. Sở Tư pháp đã tham mưu Chủ tịch UBND tỉnh ban hành "
       "Quyết định số 214/QĐ-UBND ngày 05/02/2026 về Chương trình xây dựng nghị quyết quy phạm pháp luật của HĐND "
       "tỉnh và quyết định quy phạm pháp luật của UBND tỉnh năm 2026.")
body(f"Năm 2026, Sở Tư pháp đã thẩm định {TD} dự thảo VBQPPL (năm 2025 thẩm định {TD_25} dự thảo), gồm {TD_NQ} dự "
     f"thảo nghị quyết của HĐND tỉnh và {TD_QD} dự thảo quyết định của UBND tỉnh; 100% báo cáo thẩm định được "
     "ban hành đúng thời hạn, có chất lượng, được cơ quan chủ trì soạn thảo tiếp thu, giải trình đầy đủ. Ngoài "
     "ra, Sở tham gia góp ý 236 dự thảo văn bản, trong đó có 46 dự thảo luật, nghị định, thông tư do các bộ, "
     "ngành trung ương gửi lấy ý kiến.")
body(f"Kết quả, Hội đồng nhân dân (HĐND) tỉnh đã ban hành {NQ} nghị quyết quy phạm pháp luật, UBND tỉnh ban hành "
     f"{QD} quyết định quy phạm pháp luật, tập trung quy định chi tiết các nội dung được luật giao và các chính "
     "sách phân cấp, ủy quyền cho cấp xã. HĐND, UBND cấp xã ban hành 52 VBQPPL.")
dec("1.2. Công tác kiểm tra văn bản quy phạm pháp luật")
tabbed(f"Về tự kiểm tra: Sở đã giúp UBND tỉnh tự kiểm tra {NQ + QD} VBQPPL do HĐND, UBND tỉnh ban hành trong năm, "
       "qua đó phát hiện 03 văn bản có sai sót về căn cứ ban hành và thể thức, kỹ thuật trình bày (năm 2025 phát "
       "hiện 05 văn bản); các văn bản sai sót đã được cơ quan ban hành đính chính hoặc sửa đổi kịp thời.")
body(f"Về kiểm tra theo thẩm quyền: Sở Tư pháp đã kiểm tra {KT_THQ} văn bản do HĐND, UBND cấp xã ban hành (gồm 52 "
     f"VBQPPL và 266 văn bản có chứa quy phạm pháp luật nhưng không được ban hành bằng hình thức VBQPPL), phát "
     f"hiện {KT_TPL} văn bản trái pháp luật", Fn(
         "Trong 14 văn bản trái pháp luật phát hiện qua kiểm tra theo thẩm quyền có 09 văn bản sai về thẩm quyền "
         "ban hành, hình thức và 05 văn bản có nội dung trái pháp luật; đến ngày 30/11/2026, cơ quan ban hành "
         "đã xử lý xong 11 văn bản (bãi bỏ 07 văn bản, sửa đổi, bổ sung 04 văn bản), 03 văn bản đang được xử "
         "lý."), f" (năm 2025 phát hiện {KT_TPL_25:02d} văn bản). Các sai sót chủ yếu là:")
plus("Ban hành văn bản quy định chi tiết khi không được luật giao hoặc quy định lại nội dung đã được cấp trên "
     "quy định;")
plus("Quy định thủ tục hành chính, thành phần hồ sơ trái thẩm quyền; căn cứ pháp lý đã hết hiệu lực do chưa cập "
     "nhật kịp thời các văn bản sau sắp xếp đơn vị hành chính.")
body("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính, Bộ Tư pháp đã kiểm tra 12 VBQPPL của tỉnh, kết luận "
     "01 quyết định của UBND tỉnh có nội dung chưa phù hợp; UBND tỉnh đã ban hành quyết định sửa đổi trong thời "
     "hạn 30 ngày.")
dec("1.3. Công tác rà soát, hệ thống hóa văn bản")
tabbed(f"Thực hiện yêu cầu rà soát văn bản phục vụ sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai "
       f"cấp, Sở đã chủ trì, phối hợp các sở, ngành rà soát {vi(RS)} văn bản do HĐND, UBND tỉnh ban hành còn hiệu "
       f"lực; qua rà soát xác định {RS_HHL} văn bản hết hiệu lực toàn bộ, {RS_HHL_MP} văn bản hết hiệu lực một "
       f"phần và {RS_SD} văn bản cần sửa đổi, bổ sung, thay thế hoặc bãi bỏ. Đến nay, đã xử lý {RS_XL}/{RS_SD} văn "
       f"bản (đạt {ratio(RS_XL, RS_SD)}%), số còn lại được đưa vào Chương trình xây dựng VBQPPL năm 2027.")
body("Chủ tịch UBND tỉnh đã ban hành Quyết định số 412/QĐ-UBND ngày 26/02/2026 công bố Danh mục văn bản quy phạm "
     "pháp luật của HĐND, UBND tỉnh hết hiệu lực toàn bộ hoặc một phần năm 2025. Việc cập nhật văn bản lên Cơ sở "
     "dữ liệu quốc gia về pháp luật được thực hiện thường xuyên, với 118 văn bản được cập nhật trong năm.")

arabic("2. Công tác theo dõi thi hành pháp luật và quản lý công tác xử lý vi phạm hành chính")
letter("a) Theo dõi tình hình thi hành pháp luật")
tabbed("UBND tỉnh ban hành Kế hoạch số 28/KH-UBND ngày 22/01/2026 về theo dõi tình hình thi hành pháp luật năm "
       "2026, xác định lĩnh vực trọng tâm là đất đai và bảo vệ môi trường. Sở Tư pháp chủ trì 02 đoàn kiểm tra "
       "liên ngành tại 12 xã, phường và 04 sở, ngành; qua kiểm tra đã kiến nghị UBND tỉnh chỉ đạo khắc phục chậm "
       "trễ trong cấp giấy chứng nhận quyền sử dụng đất lần đầu và tình trạng chưa thu gom, xử lý chất thải rắn "
       "sinh hoạt đúng quy định tại một số xã vùng cao.")
letter("b) Quản lý công tác xử lý vi phạm hành chính")
tabbed(f"Năm 2026, các cơ quan có thẩm quyền trên địa bàn tỉnh đã ban hành {vi(XP_QD)} quyết định xử phạt vi phạm "
       f"hành chính đối với {vi(XP_DT)} đối tượng ({vi(XP_CN)} cá nhân, {vi(XP_TC)} tổ chức), tổng số tiền phạt "
       f"{vn(XP_TIEN, 2)} tỷ đồng", Fn(
           "Số tiền phạt theo lĩnh vực: " + "; ".join(f"{k} {vn(v, 2)} tỷ đồng" for k, v in XP_LV) + "."),
       f", đã thu {vn(XP_THU, 2)} tỷ đồng (đạt {ratio(XP_THU, XP_TIEN)}%). Về các biện pháp xử lý hành chính, "
       "UBND cấp xã đã quyết định áp dụng biện pháp giáo dục tại xã, phường đối với 146 người; Tòa án nhân dân "
       "khu vực quyết định đưa 312 người vào cơ sở cai nghiện bắt buộc, đưa 04 người vào trường giáo dưỡng.")
body("Sở Tư pháp đã tổ chức kiểm tra công tác thi hành pháp luật về xử lý vi phạm hành chính (XLVPHC) tại 03 sở, "
     "ngành và 08 UBND cấp xã; qua kiểm tra phát hiện một số hạn chế như biên bản vi phạm hành chính ghi chưa "
     "đầy đủ nội dung, quyết định xử phạt ban hành quá thời hạn, chưa cập nhật dữ liệu vào Cơ sở dữ liệu quốc gia "
     "về xử lý vi phạm hành chính.")

arabic("3. Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật")
dec("3.1. Công tác phổ biến, giáo dục pháp luật")
tabbed("Hội đồng phối hợp phổ biến, giáo dục pháp luật (PBGDPL) tỉnh ban hành Kế hoạch số 15/KH-HĐPH ngày "
       "12/01/2026 về công tác PBGDPL năm 2026, tập trung tuyên truyền Nghị quyết của Quốc hội sửa đổi, bổ sung "
       "một số điều của Hiến pháp năm 2013, Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND phục vụ cuộc bầu cử đại "
       "biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, Luật Đất đai, Luật Trật tự, an toàn "
       "giao thông đường bộ và các văn bản về tổ chức chính quyền địa phương hai cấp.")
body(f"Năm 2026, toàn tỉnh tổ chức {vi(TT_CUOC)} cuộc tuyên truyền pháp luật trực tiếp với {vi(TT_NGUOI)} lượt "
     f"người tham dự, trong đó cấp tỉnh tổ chức {TT_TINH_CUOC} cuộc với {vi(TT_TINH_NGUOI)} lượt người; biên "
     "soạn, phát hành 126.500 tài liệu PBGDPL (tờ gấp, sổ tay, đề cương giới thiệu luật); đăng tải 2.418 tin, "
     "bài trên Trang thông tin điện tử PBGDPL của tỉnh; Báo và Phát thanh, Truyền hình Hòa Nguyên duy trì chuyên "
     "mục \"Pháp luật và đời sống\" với 186 chương trình. Sở tổ chức Cuộc thi trực tuyến \"Tìm hiểu pháp luật về "
     "bầu cử năm 2026\"", Fn(
         "Cuộc thi trực tuyến \"Tìm hiểu pháp luật về bầu cử năm 2026\" diễn ra từ ngày 02/02/2026 đến ngày "
         "02/3/2026, thu hút 52.718 lượt người dự thi; Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba, "
         "10 giải Khuyến khích và 06 giải tập thể."),
     " và các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) với nhiều hình "
     "thức phong phú.")
body("Đội ngũ làm công tác PBGDPL tiếp tục được kiện toàn: toàn tỉnh có 94 báo cáo viên pháp luật cấp tỉnh và "
     "2.316 tuyên truyền viên pháp luật cấp xã; năm 2026 tổ chức 06 lớp bồi dưỡng kỹ năng cho 742 lượt báo cáo "
     "viên, tuyên truyền viên.")
dec("3.2. Công tác hòa giải ở cơ sở")
tabbed("Sau sáp nhập thôn, tổ dân phố, toàn tỉnh hiện có 1.184 tổ hòa giải với 7.956 hòa giải viên. Năm 2026, các "
       f"tổ hòa giải đã tiếp nhận {vi(HG_TN)} vụ việc (năm 2025: {vi(HG_TN_25)} vụ việc), trong đó hòa giải thành "
       f"{vi(HG_THANH)} vụ việc, đạt tỷ lệ {ratio(HG_THANH, HG_TN)}% (năm 2025 đạt 80,9%); hòa giải không thành "
       f"{HG_KHONG} vụ việc, hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết; đang hòa giải {HG_DANG} vụ "
       "việc. Các vụ việc chủ yếu là tranh chấp đất đai, ranh giới, lối đi; mâu thuẫn hôn nhân và gia đình; tranh "
       "chấp phát sinh từ quan hệ dân sự.")
body("Kinh phí hỗ trợ công tác hòa giải ở cơ sở năm 2026 từ ngân sách cấp xã là 2,14 tỷ đồng. Sở đã phối hợp "
     "tổ chức tập huấn, bồi dưỡng nghiệp vụ cho 1.960 lượt hòa giải viên, ưu tiên hòa giải viên mới được bầu sau "
     "sáp nhập thôn, tổ dân phố.")
dec("3.3. Xây dựng xã, phường đạt chuẩn tiếp cận pháp luật")
tabbed(f"Kết quả đánh giá năm 2025 (công bố tháng 02/2026): toàn tỉnh có {CHUAN_25}/{XA} xã, phường được công nhận "
       f"đạt chuẩn tiếp cận pháp luật, đạt tỷ lệ {ratio(CHUAN_25, XA)}%. Đối với năm 2026, theo kết quả tự đánh giá "
       f"sơ bộ của UBND cấp xã, có {CHUAN_26}/{XA} xã, phường đủ điều kiện đề nghị công nhận (đạt "
       f"{ratio(CHUAN_26, XA)}%), thấp hơn chỉ tiêu 90% tại Kế hoạch công tác tư pháp năm 2026; các tiêu chí còn "
       "đạt thấp là tiếp cận thông tin, thủ tục hành chính và hòa giải ở cơ sở.")

arabic("4. Công tác hành chính tư pháp")
dec("4.1. Đăng ký và quản lý hộ tịch, quốc tịch")
tabbed("Công tác đăng ký hộ tịch được UBND cấp xã thực hiện theo thẩm quyền mới, bảo đảm không gián đoạn sau sắp "
       f"xếp. Năm 2026, toàn tỉnh đăng ký khai sinh cho {vi(KS[0])} trường hợp, {chg(*KS)} so với năm 2025; đăng "
       f"ký khai tử {vi(KT[0])} trường hợp; đăng ký kết hôn {vi(KH[0])} cặp. Thực hiện liên thông thủ tục hành "
       f"chính \"Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi\", toàn "
       f"tỉnh tiếp nhận {vi(KS_LT)} hồ sơ trực tuyến, chiếm {ratio(KS_LT, KS[0])}% tổng số trường hợp đăng ký khai "
       "sinh. Kết quả cụ thể như sau:")
caption("Kết quả đăng ký hộ tịch trên địa bàn tỉnh năm 2026")
grid_table(["STT", "Loại việc", "Năm 2026", "Năm 2025", "So sánh (tăng/giảm)"],
           [(n, label, vi(v[0]), vi(v[1]), chg(*v)) if v else (n, label, "", "", "") for n, label, v in HT_ROWS],
           [Cm(1.1), Cm(7.4), Cm(2.4), Cm(2.4), Cm(2.7)], label_col=1)
body("Về quốc tịch, Sở đã tiếp nhận 09 hồ sơ (06 hồ sơ xin thôi quốc tịch Việt Nam, 02 hồ sơ xin nhập quốc tịch "
     "Việt Nam, 01 hồ sơ xin trở lại quốc tịch Việt Nam), đã thẩm tra, trình Chủ tịch UBND tỉnh đề xuất Bộ Tư "
     "pháp 08 hồ sơ. Việc số hóa Sổ hộ tịch đã hoàn thành với 1.286.450 dữ liệu hộ tịch lịch sử được cập nhật "
     "vào Cơ sở dữ liệu hộ tịch điện tử.")
dec("4.2. Công tác chứng thực")
tabbed(f"Năm 2026, UBND cấp xã đã chứng thực {vi(CT_BS_XA)} bản sao từ bản chính, {vi(CT_CK)} việc chứng thực chữ "
       f"ký và {vi(CT_HD)} hợp đồng, giao dịch, thu phí chứng thực 2,96 tỷ đồng; các tổ chức hành nghề công chứng "
       f"chứng thực {vi(CT_BS_CC)} bản sao từ bản chính. Việc chứng thực bản sao điện tử từ bản chính được triển "
       f"khai tại 100% UBND cấp xã với {vi(CT_DT)} bản, góp phần giảm chi phí, thời gian cho người dân.")
dec("4.3. Công tác lý lịch tư pháp")
tabbed(f"Năm 2026, Sở Tư pháp tiếp nhận {vi(LL_YC)} yêu cầu cấp Phiếu lý lịch tư pháp (LLTP), {chg(LL_YC, LL_YC_25)} "
       f"so với năm 2025, trong đó:")
plus(f"Tiếp nhận trực tuyến {vi(LL_TT)} hồ sơ (chiếm {ratio(LL_TT, LL_YC)}%), trong đó qua ứng dụng định danh điện "
     f"tử VNeID {vi(LL_VNEID)} hồ sơ;")
plus(f"Đã cấp {vi(LL_P1 + LL_P2)} Phiếu LLTP (Phiếu LLTP số 1: {vi(LL_P1)} phiếu; Phiếu LLTP số 2: {LL_P2} phiếu), "
     "không có trường hợp trả kết quả quá hạn; số còn lại đang xác minh hoặc từ chối cấp theo quy định.")
body("Sở đã tiếp nhận, xử lý 4.126 thông tin LLTP do Tòa án, cơ quan thi hành án và các cơ quan liên quan cung "
     "cấp; lập mới 2.314 lý lịch tư pháp và cập nhật bổ sung 1.812 lý lịch tư pháp vào Cơ sở dữ liệu LLTP.")
dec("4.4. Công tác bồi thường nhà nước")
tabbed("Trong năm, trên địa bàn tỉnh có 02 yêu cầu bồi thường được thụ lý (01 vụ việc trong hoạt động quản lý hành "
       "chính lĩnh vực đất đai, 01 vụ việc trong hoạt động thi hành án dân sự); đã giải quyết xong 01 vụ việc với "
       "số tiền bồi thường 386,4 triệu đồng, 01 vụ việc đang thương lượng.")

arabic("5. Công tác bổ trợ tư pháp")
letter("a) Luật sư")
tabbed("Toàn tỉnh có 38 tổ chức hành nghề luật sư (31 văn phòng luật sư, 07 công ty luật) và 09 chi nhánh; Đoàn Luật "
       "sư tỉnh có 146 luật sư. Năm 2026, các luật sư đã tham gia 1.874 vụ án hình sự, 1.126 vụ việc dân sự, hành "
       "chính, tư vấn pháp luật cho 4.360 lượt khách hàng; thực hiện 187 vụ việc trợ giúp pháp lý miễn phí.")
letter("b) Công chứng")
tabbed(f"Toàn tỉnh có {CC_TC[0]} tổ chức hành nghề công chứng ({CC[0][1]:02d} Phòng công chứng, {CC[1][1]} Văn phòng "
       f"công chứng) với {CC_TC[1]} công chứng viên. Năm 2026, các tổ chức hành nghề công chứng đã công chứng "
       f"{vi(CC_TC[2])} việc, {chg(CC_TC[2], CC_TC[4])} so với năm 2025; tổng phí công chứng khoảng "
       f"{vn(CC_TC[3] / 1000, 2)} tỷ đồng. Sở đã thực hiện chuyển đổi Phòng Công chứng số 3 thành Văn phòng công "
       "chứng theo Luật Công chứng năm 2024; thu hồi Quyết định cho phép thành lập 01 Văn phòng công chứng (Văn "
       "phòng công chứng Lê Minh Khang) do không đăng ký hoạt động trong thời hạn luật định.")
caption("Kết quả hoạt động công chứng năm 2026 theo loại hình tổ chức hành nghề")
grid_table(["Loại hình tổ chức", "Số tổ chức", "Số công chứng viên", "Số việc công chứng",
            "Phí công chứng (triệu đồng)", "Số việc so với năm 2025 (%)"],
           [(n, f"{t:02d}", f"{c:02d}", vi(v), vn(p), ratio(v, v25)) for n, t, c, v, p, v25 in CC]
           + [("Tổng cộng", vi(CC_TC[0]), vi(CC_TC[1]), vi(CC_TC[2]), vn(CC_TC[3]), ratio(CC_TC[2], CC_TC[4]))],
           [Cm(4.2), Cm(1.9), Cm(2.3), Cm(2.5), Cm(2.8), Cm(2.7)], label_col=0)
letter("c) Đấu giá tài sản")
tabbed(f"Toàn tỉnh có 11 tổ chức hành nghề đấu giá tài sản (01 Trung tâm Dịch vụ đấu giá tài sản, 10 doanh nghiệp "
       f"đấu giá tài sản) với 27 đấu giá viên. Năm 2026, các tổ chức đã tổ chức đấu giá thành {vi(DG_CUOC)} cuộc, "
       f"tổng giá khởi điểm {vn(DG_KD)} tỷ đồng, tổng giá trúng đấu giá {vn(DG_TRUNG)} tỷ đồng, chênh lệch "
       f"{vn(DG_TRUNG - DG_KD)} tỷ đồng (tăng {ratio(DG_TRUNG - DG_KD, DG_KD)}% so với giá khởi điểm), chủ yếu từ "
       "đấu giá quyền sử dụng đất. Riêng Trung tâm Dịch vụ đấu giá tài sản tổ chức thành công 208 cuộc với tổng giá "
       "trúng đấu giá 486,2 tỷ đồng.")
letter("d) Giám định tư pháp")
tabbed("Toàn tỉnh có 04 tổ chức giám định tư pháp công lập và 168 giám định viên tư pháp. Năm 2026, các tổ chức, cá "
       "nhân giám định tư pháp đã thực hiện 2.146 vụ việc theo trưng cầu, chủ yếu trong lĩnh vực pháp y, pháp y "
       "tâm thần và kỹ thuật hình sự; một số lĩnh vực như tài chính, xây dựng, tài nguyên và môi trường vẫn thiếu "
       "người giám định có đủ năng lực.")

arabic("6. Công tác trợ giúp pháp lý")
tabbed("Trung tâm Trợ giúp pháp lý nhà nước tỉnh hiện có 12 trợ giúp viên pháp lý; ký hợp đồng thực hiện trợ giúp "
       "pháp lý (TGPL) với 11 luật sư và 03 tổ chức hành nghề luật sư.")
body(f"Năm 2026, Trung tâm đã thực hiện {TG} vụ việc TGPL ({chg(TG, TG_25)} so với năm 2025), gồm: {TG_TT} vụ việc "
     f"tham gia tố tụng, {TG_TV} vụ việc tư vấn pháp luật và {TG_DD} vụ việc đại diện ngoài tố tụng. Trong số vụ "
     f"việc tham gia tố tụng, trợ giúp viên pháp lý thực hiện {TG_TT_TGV} vụ việc, luật sư ký hợp đồng thực hiện "
     f"{TG_TT_LS} vụ việc. Người được TGPL chủ yếu là người thuộc hộ nghèo, người dân tộc thiểu số cư trú ở vùng "
     "có điều kiện kinh tế - xã hội đặc biệt khó khăn, trẻ em và người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi.")
body("Trung tâm đã tổ chức 46 đợt TGPL lưu động tại các xã vùng sâu, vùng xa; phối hợp các cơ quan tiến hành tố tụng "
     "thông tin về quyền được TGPL. Kinh phí thực hiện công tác TGPL năm 2026 là 3,48 tỷ đồng.")

arabic("7. Công tác phối hợp thi hành án dân sự, theo dõi thi hành án hành chính")
tabbed("Sở Tư pháp phối hợp chặt chẽ với Thi hành án dân sự tỉnh tham mưu Ban Chỉ đạo thi hành án dân sự tỉnh chỉ "
       "đạo tổ chức thi hành các vụ việc lớn, phức tạp. Kết quả thi hành án dân sự năm công tác 2026 (từ ngày "
       "01/10/2025 đến ngày 30/9/2026) như sau:")
plus(f"Về việc: tổng số phải thi hành {vi(THA_VIEC)} việc, trong đó có điều kiện thi hành {vi(THA_VIEC_DK)} việc; "
     f"đã thi hành xong {vi(THA_VIEC_XONG)} việc, đạt {ratio(THA_VIEC_XONG, THA_VIEC_DK)}% (chỉ tiêu được giao là "
     "84%);")
plus(f"Về tiền: tổng số phải thi hành {vn(THA_TIEN)} tỷ đồng, trong đó có điều kiện thi hành {vn(THA_TIEN_DK)} tỷ "
     f"đồng; đã thi hành xong {vn(THA_TIEN_XONG)} tỷ đồng, đạt {ratio(THA_TIEN_XONG, THA_TIEN_DK)}% (chỉ tiêu được "
     "giao là 47%).")
body("Về thi hành án hành chính, trong năm có 11 bản án, quyết định của Tòa án về vụ án hành chính có hiệu lực pháp "
     "luật phải thi hành, trong đó người phải thi hành án là UBND, Chủ tịch UBND cấp xã; đã thi hành xong 07 bản "
     "án, quyết định, 04 bản án, quyết định đang tổ chức thi hành. Sở Tư pháp đã tham mưu UBND tỉnh ban hành 02 "
     "văn bản đôn đốc việc thi hành án hành chính.")

arabic("8. Công tác kiểm tra chuyên ngành, giải quyết khiếu nại, tố cáo")
tabbed("Năm 2026, Sở Tư pháp đã tiến hành 06 cuộc kiểm tra chuyên ngành (03 cuộc về công chứng, 02 cuộc về đấu giá "
       "tài sản, 01 cuộc về luật sư); qua kiểm tra đã xử phạt vi phạm hành chính 04 tổ chức, 03 cá nhân với tổng "
       "số tiền 127,5 triệu đồng, chủ yếu do vi phạm quy định về lưu trữ hồ sơ công chứng, niêm yết việc đấu giá. "
       "Sở tiếp nhận 23 đơn khiếu nại, tố cáo, kiến nghị, phản ánh; trong đó 04 đơn khiếu nại thuộc thẩm quyền đã "
       "được giải quyết dứt điểm, số đơn còn lại đã hướng dẫn hoặc chuyển cơ quan có thẩm quyền giải quyết.")

arabic("9. Cải cách hành chính, chuyển đổi số")
tabbed("Bộ thủ tục hành chính (TTHC) thuộc phạm vi quản lý của ngành tư pháp trên địa bàn tỉnh gồm 142 thủ tục (cấp "
       "tỉnh 104 thủ tục, cấp xã 38 thủ tục). Năm 2026, Sở tiếp nhận 29.416 hồ sơ TTHC, tỷ lệ giải quyết đúng và "
       "trước hạn đạt 99,6%; 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình. Chỉ số cải "
       "cách hành chính năm 2025 của Sở xếp thứ 3/17 sở, ngành.")

roman("III. ĐÁNH GIÁ CHUNG")
arabic("1. Kết quả nổi bật")
dash("Công tác thẩm định, kiểm tra, rà soát VBQPPL được triển khai đồng bộ, kịp thời phục vụ vận hành chính quyền "
     "địa phương hai cấp; 100% dự thảo nghị quyết, quyết định QPPL được thẩm định trước khi trình.")
dash("Công tác hành chính tư pháp, đặc biệt là hộ tịch, chứng thực, lý lịch tư pháp được giải quyết thông suốt, tỷ "
     "lệ hồ sơ trực tuyến tăng mạnh; không để xảy ra gián đoạn khi chuyển giao nhiệm vụ về cấp xã.")
dash("Công tác PBGDPL gắn với phục vụ cuộc bầu cử đại biểu Quốc hội và HĐND các cấp đạt hiệu quả; tỷ lệ hòa giải "
     "thành tăng so với năm trước.")
arabic("2. Tồn tại, hạn chế")
dash("Một số VBQPPL của cấp xã còn sai sót về thẩm quyền, nội dung; việc xử lý văn bản trái pháp luật sau kiểm tra "
     "ở một số nơi còn chậm.")
dash("Tỷ lệ xã, phường đạt chuẩn tiếp cận pháp luật năm 2026 chưa đạt chỉ tiêu kế hoạch; chất lượng hoạt động của "
     "một số tổ hòa giải sau sáp nhập thôn, tổ dân phố chưa đồng đều.")
dash("Tình trạng đăng ký khai sinh quá hạn vẫn còn ở các xã vùng cao, vùng đồng bào dân tộc thiểu số; dữ liệu hộ "
     "tịch, dữ liệu xử lý vi phạm hành chính cập nhật chưa đầy đủ, kịp thời.")
dash("Kết quả thi hành án dân sự về việc chưa đạt chỉ tiêu được giao; số việc, số tiền chuyển kỳ sau còn lớn.")
dash("Công tác quản lý nhà nước về giám định tư pháp, đấu giá tài sản còn hạn chế; một số tổ chức hành nghề công "
     "chứng, đấu giá còn vi phạm quy định về hồ sơ, niêm yết.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Khối lượng văn bản cần ban hành mới, sửa đổi, thay thế sau sắp xếp đơn vị hành chính rất lớn, thời gian "
     "thực hiện gấp.")
dash("Nhiều nhiệm vụ mới được phân cấp cho cấp xã trong khi hạ tầng công nghệ thông tin, phần mềm chuyên ngành "
     "chưa đồng bộ, kết nối dữ liệu còn gián đoạn.")
letter("b) Nguyên nhân chủ quan")
dash("Đội ngũ công chức tư pháp - hộ tịch cấp xã có nhiều người mới được bố trí, chưa có kinh nghiệm; một số địa "
     "phương chưa thật sự quan tâm đến công tác tư pháp.")
dash("Sự phối hợp giữa các cơ quan trong cung cấp thông tin lý lịch tư pháp, xác minh điều kiện thi hành án có lúc "
     "chưa chặt chẽ; công tác kiểm tra, hướng dẫn nghiệp vụ của Sở có lúc chưa kịp thời.")

# ========================================================================================= PHẦN THỨ HAI
part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2027")

roman("I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU")
tabbed("Năm 2027, Sở Tư pháp phấn đấu hoàn thành các chỉ tiêu chủ yếu sau:")
dash("100% dự thảo VBQPPL của HĐND, UBND tỉnh được thẩm định đúng thời hạn; 100% văn bản do HĐND, UBND cấp xã ban "
     "hành được kiểm tra theo thẩm quyền.")
dash("Tỷ lệ hòa giải thành đạt từ 85% trở lên; có ít nhất 92% xã, phường đạt chuẩn tiếp cận pháp luật.")
dash("Tỷ lệ hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp tiếp nhận trực tuyến đạt từ 85% trở lên; 100% Phiếu LLTP được "
     "cấp đúng hạn.")
dash("Phối hợp phấn đấu thi hành xong đạt từ 84% trở lên về việc và từ 48% trở lên về tiền trên tổng số có điều "
     "kiện thi hành.")

roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Công tác xây dựng, kiểm tra, rà soát văn bản")
tabbed("Nâng cao chất lượng thẩm định dự thảo VBQPPL; tăng cường kiểm tra, xử lý dứt điểm văn bản trái pháp luật; "
       "hoàn thành xử lý các văn bản còn lại qua rà soát sau sắp xếp đơn vị hành chính; chuẩn bị hệ thống hóa "
       "văn bản kỳ 2024 - 2028 theo kế hoạch.")
arabic("2. Công tác PBGDPL, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật")
tabbed("Đổi mới hình thức PBGDPL, đẩy mạnh ứng dụng công nghệ số; củng cố tổ hòa giải sau sáp nhập thôn, tổ dân "
       "phố; tập trung hỗ trợ các xã chưa đạt chuẩn tiếp cận pháp luật, nhất là các xã vùng cao.")
arabic("3. Công tác hành chính tư pháp và bổ trợ tư pháp")
tabbed("Hướng dẫn, kiểm tra nghiệp vụ hộ tịch, chứng thực cho cấp xã; giảm tình trạng đăng ký khai sinh quá hạn; "
       "tăng cường quản lý nhà nước đối với hoạt động công chứng, đấu giá tài sản, luật sư, giám định tư pháp; "
       "phát triển tổ chức hành nghề công chứng theo quy hoạch.")
arabic("4. Công tác trợ giúp pháp lý, phối hợp thi hành án")
tabbed("Nâng cao chất lượng vụ việc TGPL tham gia tố tụng; phối hợp với Thi hành án dân sự tỉnh tổ chức thi hành "
       "các vụ việc lớn, phức tạp, giảm số án tồn đọng; theo dõi, đôn đốc thi hành án hành chính.")
arabic("5. Công tác tổ chức, chuyển đổi số")
tabbed("Tiếp tục kiện toàn đội ngũ công chức tư pháp cấp xã; đẩy mạnh chuyển đổi số, hoàn thiện kết nối, chia sẻ "
       "dữ liệu hộ tịch, lý lịch tư pháp, xử lý vi phạm hành chính với các cơ sở dữ liệu quốc gia.")

roman("III. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Bộ Tư pháp")
dash("Sớm ban hành văn bản hướng dẫn thống nhất về thẩm quyền, trình tự kiểm tra văn bản có chứa quy phạm pháp luật "
     "của cấp xã theo mô hình chính quyền địa phương hai cấp.")
dash("Nâng cấp Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung và Phần mềm quản lý lý lịch tư pháp, bảo đảm "
     "kết nối ổn định với Cơ sở dữ liệu quốc gia về dân cư.")
dash("Tăng cường tập huấn chuyên sâu cho đội ngũ công chức tư pháp - hộ tịch cấp xã và người làm công tác kiểm tra "
     "văn bản.")
arabic("2. Đối với UBND tỉnh")
dash("Quan tâm bố trí kinh phí cho công tác PBGDPL, hòa giải ở cơ sở, xây dựng cấp xã đạt chuẩn tiếp cận pháp luật "
     "và kinh phí TGPL năm 2027.")
dash("Chỉ đạo UBND cấp xã bố trí đủ công chức làm công tác tư pháp - hộ tịch, xử lý kịp thời văn bản trái pháp luật "
     "theo kết luận kiểm tra.")

body("Trên đây là báo cáo tổng kết công tác tư pháp năm 2026 và phương hướng, nhiệm vụ trọng tâm năm 2027 của Sở "
     "Tư pháp tỉnh Hòa Nguyên./.")

# ------------------------------------------------------------------------------------- signature table
sg = signature_table(doc, [
    "- Bộ Tư pháp (b/c);",
    "- Văn phòng Bộ Tư pháp;",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Thường trực HĐND tỉnh;",
    "- UBND tỉnh: CT, các PCT;",
    "- Ban Pháp chế HĐND tỉnh;",
    "- Thi hành án dân sự tỉnh;",
    "- UBND các xã, phường;",
    "- Giám đốc, các PGĐ Sở;",
    "- Lưu: VT, VP.",
], [("GIÁM ĐỐC", True, False)] + [("", False, False)] * 4 + [(METADATA["signer"], True, False)])
LAYOUT_TABLES.append(sg._tbl)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần thứ nhất › II.1.2", "Phần thứ nhất › II.5.b", "Phần thứ hai › III.1")
# --------------------------------------------------------------------------------------------------

def outline() -> list[dict]:
    return outline_ids(HEADINGS)


def plain_text() -> str:
    return kit_plain_text(doc, LAYOUT_TABLES, R.footnotes)


def main(argv: list[str]) -> int:
    return run_cli(argv, name=NAME, split="heldout", metadata=METADATA, outline=outline, text=plain_text,
                   save=lambda out: R.save(out, ZIP_TIME, author=METADATA["issuer"], title="Báo cáo " + METADATA["title"],
                                           created=dt.datetime(2026, 12, 8, 8, 0, 0)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
