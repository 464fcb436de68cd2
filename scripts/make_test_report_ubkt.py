# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định của Ủy ban Kiểm tra Tỉnh ủy Lâm Bắc (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/ubkt-tinh-uy-quy-3-2026.docx: an invented quarterly report of a provincial party Inspection
Commission (kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng quý III năm 2026; phương hướng, nhiệm
vụ quý IV năm 2026), written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/ubkt-tinh-uy-quy-3-2026.json, eval/real/questions_tune6.jsonl).

Layouts: header and signature tables without borders; Roman / Arabic / decimal (1.1.) / lettered headings;
'-' items; figures of several bodies (Ban Thường vụ Tỉnh ủy, cấp ủy các cấp, chi bộ, Ủy ban kiểm tra các cấp,
Ủy ban Kiểm tra Tỉnh ủy) in running text; a discipline table (form x authority) in the body; two real Word
footnotes carrying figures found nowhere else. Shared helpers in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_ubkt.py [out.docx]
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
from scripts.docx_report_kit import CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders  # noqa: E402

OUT = ROOT / "tests" / "data" / "ubkt-tinh-uy-quy-3-2026.docx"
ZIP_TIME = (2026, 10, 8, 9, 0, 0)

R = DocxReport()
doc = R.doc
para, part, roman, arabic, dec, letter, body, tabbed, dash, plus, target = (
    R.para, R.part, R.roman, R.arabic, R.dec, R.letter, R.body, R.tabbed, R.dash, R.plus, R.target)


# ------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.5), Cm(9.5))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("ĐẢNG BỘ TỈNH LÂM BẮC", False, False),
    ("ỦY BAN KIỂM TRA", True, False),
    ("*", False, False),
    ("Số 87-BC/UBKTTU", False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True),
    ("", False, False),
    ("", False, False),
    ("Lâm Bắc, ngày 08 tháng 10 năm 2026", False, True),
])

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng quý III năm 2026;", bold=True, align=CENTER,
     indent=None)
para("phương hướng, nhiệm vụ quý IV năm 2026", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

body("Thực hiện Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh (Chương trình số 05-CTr/TU "
     "ngày 12/01/2026) và Chương trình công tác năm 2026 của Ủy ban Kiểm tra Tỉnh ủy (Chương trình số "
     "02-CTr/UBKTTU ngày 15/01/2026), Ủy ban Kiểm tra Tỉnh ủy báo cáo kết quả công tác kiểm tra, giám sát và thi "
     "hành kỷ luật đảng quý III năm 2026, phương hướng, nhiệm vụ quý IV năm 2026 như sau:")

# ----------------------------------------------------------------------------- I
roman("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG QUÝ III NĂM 2026")

arabic("1. Công tác kiểm tra, giám sát của cấp ủy, tổ chức đảng")

dec("1.1. Ban Thường vụ Tỉnh ủy")
body("Trong quý, Ban Thường vụ Tỉnh ủy tiến hành kiểm tra 3 tổ chức đảng và 4 đảng viên; giám sát chuyên đề 5 tổ "
     "chức đảng và 7 đảng viên theo Chương trình kiểm tra, giám sát năm 2026. Đáng chú ý, Đoàn kiểm tra số 2 của "
     "Ban Thường vụ Tỉnh ủy (thành lập theo Quyết định số 1245-QĐ/TU ngày 08/7/2026) do đồng chí Lê Thanh Hải, Phó "
     "Bí thư Thường trực Tỉnh ủy làm trưởng đoàn đã kiểm tra Ban Thường vụ Huyện ủy Mường Lâm về lãnh đạo, chỉ đạo "
     "công tác quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất giai đoạn 2024 - 2026. Qua kiểm tra, Ban "
     "Thường vụ Tỉnh ủy kết luận Ban Thường vụ Huyện ủy Mường Lâm có khuyết điểm trong lãnh đạo, chỉ đạo thu hồi "
     "đất, giao đất tại khu dân cư Bản Pác, yêu cầu tổ chức kiểm điểm, làm rõ trách nhiệm tập thể, cá nhân có liên "
     "quan và báo cáo kết quả trước ngày 15/11/2026.")

dec("1.2. Cấp ủy các cấp")
tabbed("Cấp ủy các cấp trong Đảng bộ tỉnh đã kiểm tra 214 tổ chức đảng và 1.086 đảng viên", Fn(
           "Trong đó: cấp ủy cấp huyện và tương đương kiểm tra 58 tổ chức đảng, 203 đảng viên; cấp ủy cơ sở kiểm "
           "tra 156 tổ chức đảng, 883 đảng viên. Số đảng viên được kiểm tra là cấp ủy viên các cấp là 326 đồng chí."),
       ", tăng 17 tổ chức đảng so với cùng kỳ năm 2025. Qua kiểm tra, kết luận 9 tổ chức đảng và 23 đảng viên có "
       "khuyết điểm, vi phạm; đã thi hành kỷ luật 9 đảng viên. Về giám sát, cấp ủy các cấp giám sát chuyên đề 187 tổ "
       "chức đảng và 642 đảng viên, nội dung tập trung vào việc thực hiện nguyên tắc tập trung dân chủ, quy chế làm "
       "việc, công tác cán bộ và trách nhiệm nêu gương của người đứng đầu; qua giám sát phát hiện 4 đảng viên có dấu "
       "hiệu vi phạm, đã chuyển Ủy ban kiểm tra cùng cấp xem xét, kiểm tra.")

dec("1.3. Chi bộ")
body("Các chi bộ trực thuộc đảng ủy cơ sở và chi bộ cơ sở đã kiểm tra 1.734 đảng viên, giám sát 2.215 đảng viên "
     "chấp hành Điều lệ Đảng, nghị quyết, chỉ thị và thực hiện nhiệm vụ đảng viên. Qua đó, đã nhắc nhở, yêu cầu "
     "sửa chữa khuyết điểm đối với 31 đảng viên; thi hành kỷ luật 7 đảng viên, đều bằng hình thức khiển trách. Tỷ "
     "lệ chi bộ xây dựng và thực hiện chương trình kiểm tra, giám sát năm 2026 đạt 98,7%.")

arabic("2. Công tác kiểm tra, giám sát của Ủy ban kiểm tra các cấp")
body("Ủy ban kiểm tra các cấp đã tập trung tham mưu giúp cấp ủy thực hiện chương trình kiểm tra, giám sát, đồng thời "
     "trực tiếp thực hiện các nhiệm vụ theo Điều 32 Điều lệ Đảng, cụ thể như sau:")

letter("a) Kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm")
body("Ủy ban kiểm tra các cấp đã kiểm tra 12 tổ chức đảng và 41 đảng viên khi có dấu hiệu vi phạm (tăng 3 tổ chức "
     "đảng và 8 đảng viên so với cùng kỳ năm 2025). Qua kiểm tra, kết luận 10 tổ chức đảng và 35 đảng viên có vi "
     "phạm, chiếm 85,4% số đảng viên được kiểm tra; trong đó phải thi hành kỷ luật 2 tổ chức đảng và 11 đảng viên.")
body("Riêng Ủy ban Kiểm tra Tỉnh ủy kiểm tra 2 tổ chức đảng và 5 đảng viên khi có dấu hiệu vi phạm. Theo Quyết định "
     "số 318-QĐ/UBKTTU ngày 14/7/2026, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra Ban Thường vụ Đảng ủy Sở Xây dựng nhiệm "
     "kỳ 2025 - 2030 và đồng chí Trịnh Minh Đức, Phó Giám đốc Sở Xây dựng về việc thực hiện quy trình thẩm định "
     "thiết kế các công trình sử dụng vốn ngân sách. Tại kỳ họp thứ 14 ngày 22/8/2026, Ủy ban Kiểm tra Tỉnh ủy kết "
     "luận Ban Thường vụ Đảng ủy Sở Xây dựng và đồng chí Trịnh Minh Đức đã vi phạm quy chế làm việc, buông lỏng "
     "lãnh đạo, để cấp dưới thẩm định không đúng quy định 6 hồ sơ thiết kế; đã thi hành kỷ luật cảnh cáo đồng chí "
     "Trịnh Minh Đức và yêu cầu Ban Thường vụ Đảng ủy Sở kiểm điểm nghiêm túc.")

letter("b) Giám sát chuyên đề và giám sát thường xuyên")
body("Ủy ban kiểm tra các cấp giám sát chuyên đề 96 tổ chức đảng và 158 đảng viên, trong đó Ủy ban Kiểm tra Tỉnh ủy "
     "giám sát 4 tổ chức đảng và 6 đảng viên, tập trung vào việc kê khai, công khai tài sản, thu nhập và thực hiện "
     "quy định về những điều đảng viên không được làm. Qua giám sát, phát hiện 3 tổ chức đảng và 11 đảng viên có "
     "dấu hiệu vi phạm, đã chuyển sang kiểm tra 2 đảng viên.")
body("Công tác giám sát thường xuyên được duy trì thông qua việc dự 612 cuộc họp, hội nghị của cấp ủy, tổ chức đảng "
     "cấp dưới; nghiên cứu văn bản, nắm tình hình qua báo chí, dư luận xã hội. Ủy ban Kiểm tra Tỉnh ủy đã phân công "
     "các đồng chí ủy viên phụ trách địa bàn, lĩnh vực theo dõi sát 21 đảng bộ trực thuộc.")

letter("c) Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật đảng và kiểm tra tài chính đảng")
body("Ủy ban kiểm tra các cấp đã kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng "
     "đối với 73 tổ chức đảng; kiểm tra tài chính đảng đối với 58 tổ chức đảng, kiểm tra việc thu, nộp đảng phí "
     "đối với 64 tổ chức đảng. Qua kiểm tra, đã chỉ ra một số sai sót trong quản lý thu, chi ngân sách của văn phòng "
     "cấp ủy và đơn vị sự nghiệp; kiến nghị thu hồi 1,25 tỷ đồng", Fn(
         "Đến ngày 30/9/2026, các đơn vị đã nộp trả 968 triệu đồng, đạt 77,4% số tiền kiến nghị thu hồi; riêng qua "
         "kiểm tra tài chính đối với Văn phòng Đảng ủy Khối Doanh nghiệp tỉnh đã thu hồi 214 triệu đồng."),
     ", yêu cầu 5 đảng ủy cơ sở truy thu đảng phí với tổng số tiền 86,5 triệu đồng.")

arabic("3. Thi hành kỷ luật đảng")
tabbed("Trong quý III năm 2026, cấp ủy, tổ chức đảng và Ủy ban kiểm tra các cấp đã thi hành kỷ luật 2 tổ chức đảng "
       "bằng hình thức khiển trách (Ban Thường vụ Đảng ủy xã Phú Cường và Chi bộ Trường Trung học phổ thông Khe Vân) "
       "và thi hành kỷ luật 27 đảng viên (khiển trách 18, cảnh cáo 6, cách chức 1, khai trừ 2), tăng 5 trường hợp so "
       "với cùng kỳ. Trong số đảng viên bị kỷ luật có 8 đồng chí là cấp ủy viên các cấp, chiếm 29,6%.")
body("Về nội dung vi phạm: vi phạm trong lĩnh vực quản lý đất đai, tài nguyên 9 trường hợp; quản lý tài chính, ngân "
     "sách 6 trường hợp; phẩm chất đạo đức, lối sống 5 trường hợp; chính sách dân số, kế hoạch hóa gia đình 3 trường "
     "hợp; các vi phạm khác 4 trường hợp. Trong đó, Ủy ban Kiểm tra Huyện ủy Mường Lâm quyết định cách chức Phó Bí thư "
     "Đảng ủy xã Phú Cường đối với đồng chí Hoàng Văn Sinh do vi phạm trong giao đất trái thẩm quyền; 2 đảng viên bị "
     "khai trừ đều do vi phạm pháp luật đến mức bị truy cứu trách nhiệm hình sự.")
body("Kết quả thi hành kỷ luật đảng viên theo hình thức và thẩm quyền như sau (số liệu kỷ luật của chi bộ được tổng "
     "hợp vào cột cấp ủy các cấp):")

header = ("Hình thức kỷ luật", "Cấp ủy các cấp", "Ủy ban kiểm tra các cấp", "Tổng")
rows = [
    ("Khiển trách", "13", "5", "18"),
    ("Cảnh cáo", "2", "4", "6"),
    ("Cách chức", "0", "1", "1"),
    ("Khai trừ", "1", "1", "2"),
    ("Tổng cộng", "16", "11", "27"),
]
widths = [Cm(5.0), Cm(3.6), Cm(4.4), Cm(2.6)]
R.grid_table(header, rows, widths, size=13, label_col=0, spacer=True)

arabic("4. Giải quyết tố cáo, khiếu nại kỷ luật đảng")
body("Ủy ban kiểm tra các cấp tiếp nhận 46 đơn (gồm 29 đơn tố cáo, 3 đơn khiếu nại kỷ luật đảng và 14 đơn phản ánh, "
     "kiến nghị), giảm 7 đơn so với cùng kỳ năm 2025. Qua phân loại, có 11 đơn tố cáo đủ điều kiện giải quyết đối với "
     "13 đảng viên; đã giải quyết 9 đơn, kết luận tố cáo đúng 2 đơn, đúng một phần 3 đơn, tố cáo sai 4 đơn; qua giải "
     "quyết tố cáo đã thi hành kỷ luật 3 đảng viên. Hiện còn 2 đơn đang trong thời hạn giải quyết.")
body("Ủy ban Kiểm tra Tỉnh ủy tiếp nhận 17 đơn, trong đó trực tiếp giải quyết 2 đơn tố cáo đối với 2 đảng viên thuộc "
     "diện Ban Thường vụ Tỉnh ủy quản lý; giải quyết 1 trường hợp khiếu nại kỷ luật, quyết định giữ nguyên hình thức "
     "khiển trách đối với đồng chí Đặng Thị Huyền, nguyên Trưởng phòng Tài chính - Kế hoạch huyện Khe Vân.")

# ----------------------------------------------------------------------------- II
roman("II. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
body("Cấp ủy, tổ chức đảng và Ủy ban kiểm tra các cấp đã bám sát chương trình công tác năm, chủ động triển khai "
     "nhiệm vụ kiểm tra, giám sát, hoàn thành cơ bản các nội dung đề ra cho quý III. Việc kiểm tra khi có dấu hiệu "
     "vi phạm được đẩy mạnh, tập trung vào lĩnh vực đất đai, tài chính, đầu tư công; việc xem xét, thi hành kỷ luật "
     "bảo đảm nguyên tắc, thủ tục, đúng người, đúng vi phạm, góp phần giữ nghiêm kỷ luật, kỷ cương trong Đảng.")
arabic("2. Hạn chế, khuyết điểm")
dash("Một số cấp ủy cơ sở chưa chủ động xây dựng kế hoạch kiểm tra, giám sát; việc tự kiểm tra ở một số chi bộ còn "
     "hình thức, chưa phát hiện được vi phạm.")
dash("Chất lượng giám sát thường xuyên của một số Ủy ban kiểm tra cấp huyện chưa cao, chưa kịp thời cảnh báo, ngăn "
     "ngừa vi phạm từ sớm, từ xa.")
dash("Việc thu hồi tiền sau kiểm tra tài chính đảng chưa dứt điểm; một số tổ chức đảng chậm báo cáo kết quả khắc "
     "phục sau kiểm tra, giám sát.")
dash("Giải quyết đơn tố cáo ở một số nơi còn kéo dài; ứng dụng công nghệ thông tin trong quản lý hồ sơ kiểm tra, "
     "giám sát còn chậm.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Khối lượng công việc lớn, cùng lúc triển khai nhiều nhiệm vụ sau sắp xếp đơn vị hành chính cấp xã; nội dung "
     "vi phạm trong lĩnh vực đất đai, đầu tư ngày càng phức tạp, khó phát hiện.")
dash("Một số văn bản hướng dẫn của Trung ương về giám sát tài sản, thu nhập chưa được ban hành kịp thời.")
letter("b) Nguyên nhân chủ quan")
dash("Một số cấp ủy, người đứng đầu chưa nhận thức đầy đủ vai trò của công tác kiểm tra, giám sát, còn nể nang, né "
     "tránh.")
dash("Đội ngũ cán bộ kiểm tra ở cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi, kỹ năng nghiệp vụ còn hạn chế.")
dash("Việc phối hợp giữa Ủy ban kiểm tra với các cơ quan thanh tra, kiểm toán, điều tra có lúc chưa chặt chẽ.")

# ----------------------------------------------------------------------------- III
roman("III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026")
arabic("1. Về công tác kiểm tra")
dash("Tham mưu Ban Thường vụ Tỉnh ủy hoàn thành 100% nội dung kiểm tra theo chương trình năm 2026, nhất là cuộc "
     "kiểm tra Ban Thường vụ Thành ủy Lâm Bắc về công tác quy hoạch, quản lý đô thị.")
dash("Tiếp tục kiểm tra khi có dấu hiệu vi phạm đối với tổ chức đảng, đảng viên trong lĩnh vực đất đai, khoáng sản, "
     "đầu tư công và mua sắm tài sản công.")
dash("Đôn đốc thu hồi dứt điểm số tiền còn lại theo kiến nghị sau kiểm tra tài chính đảng trước ngày 31/12/2026.")
arabic("2. Về công tác giám sát")
dash("Giám sát việc kê khai tài sản, thu nhập năm 2026 của đảng viên là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản "
     "lý.")
dash("Nâng cao chất lượng giám sát thường xuyên, phát hiện và cảnh báo sớm dấu hiệu vi phạm tại các xã mới sau sắp "
     "xếp.")
dash("Theo dõi việc khắc phục hạn chế, khuyết điểm sau kết luận kiểm tra của Ban Thường vụ Tỉnh ủy đối với Ban Thường "
     "vụ Huyện ủy Mường Lâm.")
arabic("3. Về thi hành kỷ luật, giải quyết tố cáo, khiếu nại")
dash("Xem xét, xử lý kịp thời, nghiêm minh tổ chức đảng, đảng viên vi phạm; không để tồn đọng vụ việc sang năm 2027.")
dash("Giải quyết dứt điểm 2 đơn tố cáo còn trong thời hạn; làm tốt công tác tiếp đảng viên và công dân.")
arabic("4. Về công tác tham mưu và xây dựng ngành")
dash("Chuẩn bị tổng kết công tác kiểm tra, giám sát năm 2026; tham mưu xây dựng Chương trình kiểm tra, giám sát năm "
     "2027 của Ban Chấp hành Đảng bộ tỉnh.")
dash("Tổ chức tập huấn nghiệp vụ kiểm tra, giám sát cho 100% cán bộ kiểm tra cơ sở mới được kiện toàn; đẩy mạnh "
     "chuyển đổi số trong lưu trữ hồ sơ kiểm tra.")

# ----------------------------------------------------------------------------- IV
roman("IV. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Ban Thường vụ Tỉnh ủy")
dash("Chỉ đạo cấp ủy các cấp bố trí đủ cán bộ chuyên trách làm công tác kiểm tra tại các đảng ủy xã mới sau sắp "
     "xếp.")
dash("Quan tâm bổ sung kinh phí bảo đảm hoạt động kiểm tra, giám sát quý IV và trang bị phần mềm quản lý hồ sơ "
     "kiểm tra dùng chung.")
arabic("2. Đối với Ủy ban Kiểm tra Trung ương")
dash("Sớm ban hành hướng dẫn về giám sát việc kê khai, kiểm soát tài sản, thu nhập của đảng viên thuộc diện cấp ủy "
     "cấp tỉnh quản lý.")
dash("Tổ chức bồi dưỡng chuyên sâu về kiểm tra tài chính đảng và kiểm tra trong lĩnh vực đất đai cho cán bộ kiểm tra "
     "cấp tỉnh, cấp huyện.")

body("Trên đây là báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng quý III năm 2026, phương "
     "hướng, nhiệm vụ quý IV năm 2026 của Ủy ban Kiểm tra Tỉnh ủy Lâm Bắc./.")

# ----------------------------------------------------------------------------- signature table
sg = doc.add_table(rows=1, cols=2)
no_borders(sg)
for c, w in zip(sg.rows[0].cells, (Cm(7.5), Cm(8.5))):
    c.width = w
cell_lines(sg.rows[0].cells[0], [
    ("Nơi nhận:", True, False, True),
    ("- Ủy ban Kiểm tra Trung ương (b/c),", False, False),
    ("- Thường trực Tỉnh ủy (b/c),", False, False),
    ("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,", False, False),
    ("- Ủy ban kiểm tra các huyện ủy, thành ủy, đảng ủy trực thuộc,", False, False),
    ("- Lưu UBKT Tỉnh ủy.", False, False),
], align=LEFT, size=11)
cell_lines(sg.rows[0].cells[1], [
    ("T/M ỦY BAN KIỂM TRA", True, False),
    ("CHỦ NHIỆM", False, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("Phạm Quang Vinh", True, False),
])


def main(argv: list[str]) -> Path:
    import datetime as dt
    out = Path(argv[1]) if len(argv) > 1 else OUT
    return R.save(out, ZIP_TIME, author="Ủy ban Kiểm tra Tỉnh ủy Lâm Bắc",
                  title="Báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng quý III năm 2026",
                  created=dt.datetime(2026, 10, 8, 9, 0, 0))


if __name__ == "__main__":
    path = main(sys.argv)
    print(f"saved {path} ({path.stat().st_size} bytes)")
