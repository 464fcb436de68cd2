# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định của Huyện ủy Sông Thao (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/huyen-uy-song-thao-nam-2026.docx: an invented year-end party report (tổng kết công tác xây
dựng Đảng và hệ thống chính trị năm 2026) written by a helper who never saw the assistant's code, held out
from tuning (eval/real/outlines/huyen-uy-song-thao-nam-2026.json, eval/real/questions_held3.jsonl).

Layouts: header and signature tables without borders; "Phần thứ nhất" with its title on the next line and
"Phần thứ hai: ..." on one line; Roman / Arabic / decimal (1.1.) / lettered headings; '-' and '+' items; a
numbered "(1) ... (8)" list of targets; tab-led paragraphs; one heading long enough to wrap; five real
Word footnotes (some carrying figures found nowhere else); a Phụ lục table with merged group rows.

    .venv/bin/python scripts/make_test_report_huyen_uy.py [out.docx]
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
from scripts.docx_report_kit import CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders  # noqa: E402

OUT = ROOT / "tests" / "data" / "huyen-uy-song-thao-nam-2026.docx"
ZIP_TIME = (2026, 12, 15, 9, 0, 0)

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
    ("ĐẢNG BỘ TỈNH VĨNH LÂM", False, False),
    ("HUYỆN ỦY SÔNG THAO", True, False),
    ("*", False, False),
    ("Số 248-BC/HU", False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True),
    ("", False, False),
    ("", False, False),
    ("Sông Thao, ngày 15 tháng 12 năm 2026", False, True),
])

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2026,", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ năm 2027", bold=True, align=CENTER, indent=None)
para("-----", align=CENTER, indent=None)

body("Thực hiện Hướng dẫn số 47-HD/VPTU ngày 28/10/2026 của Văn phòng Tỉnh ủy về xây dựng báo cáo tổng kết "
     "năm 2026 và Nghị quyết số 12-NQ/HU ngày 18/12/2025 của Ban Chấp hành Đảng bộ huyện về lãnh đạo thực hiện "
     "nhiệm vụ chính trị năm 2026, Ban Thường vụ Huyện ủy Sông Thao báo cáo kết quả công tác xây dựng Đảng và hệ "
     "thống chính trị năm 2026, phương hướng, nhiệm vụ năm 2027 như sau:")

# =============================================================================== PHẦN THỨ NHẤT
part("Phần thứ nhất", "KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2026")
tabbed("Năm 2026 là năm đầu triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết "
       "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI. Bên cạnh những thuận lợi cơ bản, huyện phải đối mặt với không ít "
       "khó khăn: cơn bão số 4 (tháng 8/2026) làm hư hại nhà ở, hoa màu của 2.815 hộ dân, thiệt hại ước tính 37,6 tỷ "
       "đồng; giá vật tư nông nghiệp tăng cao; một số dự án trọng điểm vướng mắc trong giải phóng mặt bằng. Với sự "
       "đoàn kết, nỗ lực của cả hệ thống chính trị và Nhân dân, năm 2026 huyện đã đạt và vượt 16/18 chỉ tiêu chủ yếu "
       "mà Nghị quyết của Ban Chấp hành Đảng bộ huyện đề ra.")

# ----------------------------------------------------------------------------- I
roman("I. LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG, AN NINH")
body("Tổng giá trị sản xuất (giá so sánh năm 2010) ước đạt 9.846 tỷ đồng, tăng 9,2% so với năm 2025 (kế hoạch tăng "
     "8,5%). Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng: nông, lâm nghiệp, thủy sản chiếm 24,6%; công nghiệp - "
     "xây dựng 41,8%; thương mại - dịch vụ 33,6%.")

arabic("1. Lãnh đạo phát triển kinh tế, tập trung cơ cấu lại ngành nông nghiệp gắn với xây dựng nông thôn mới nâng "
       "cao, nông thôn mới kiểu mẫu; thu hút đầu tư phát triển công nghiệp, tiểu thủ công nghiệp và dịch vụ")

dec("1.1. Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới")
body("Tổng sản lượng lương thực có hạt ước đạt 58.420 tấn, bằng 101,2% kế hoạch. Ban Thường vụ Huyện ủy ban hành "
     "Đề án số 07-ĐA/HU ngày 18/4/2026 về phát triển vùng bưởi hàng hóa tập trung giai đoạn 2026 - 2030; đến nay "
     "diện tích bưởi toàn huyện đạt 1.265 ha, trong đó 340 ha đã được cấp mã số vùng trồng phục vụ xuất khẩu. "
     "Trồng rừng tập trung được 585 ha, vượt 6,4% kế hoạch; tỷ lệ che phủ rừng duy trì ở mức 42,3%.")
body("Chương trình mục tiêu quốc gia xây dựng nông thôn mới tiếp tục được các cấp ủy chỉ đạo quyết liệt; năm 2026 có "
     "thêm 03 xã đạt chuẩn nông thôn mới nâng cao và 01 xã đạt chuẩn nông thôn mới kiểu mẫu", Fn(
         "Đến hết năm 2026, toàn huyện có 11/19 xã đạt chuẩn nông thôn mới nâng cao, 03 xã đạt chuẩn nông thôn mới "
         "kiểu mẫu (Hương Lâm, Đồng Lạc, Vân Khê); có 27 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên, "
         "trong đó 05 sản phẩm đạt 4 sao."),
     ". Thị trấn Thanh Hà tiếp tục giữ vững các tiêu chí đô thị loại V.")

dec("1.2. Công nghiệp, tiểu thủ công nghiệp, xây dựng và dịch vụ")
body("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 4.116 tỷ đồng, tăng 12,4%. Cụm công nghiệp Đồng "
     "Xuân đã lấp đầy 86% diện tích; trong năm thu hút mới 04 dự án với tổng vốn đăng ký 1.120 tỷ đồng. Việc giải "
     "phóng mặt bằng Cụm công nghiệp Tân Phương còn chậm, mới bàn giao cho nhà đầu tư 31,5/75 ha.")
body("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 3.284 tỷ đồng, tăng 10,7%. Khu du lịch sinh thái "
     "Đầm Vân Khê đón khoảng 146.000 lượt khách, doanh thu từ du lịch ước đạt 52,8 tỷ đồng.")

dec("1.3. Thu, chi ngân sách và đầu tư công")
tabbed("Thu ngân sách nhà nước trên địa bàn ước đạt 486,7 tỷ đồng, bằng 118,4% dự toán tỉnh giao, tăng 12,6% so với "
       "năm 2025; trong đó thu tiền sử dụng đất 213,5 tỷ đồng. Chi ngân sách địa phương được điều hành chặt chẽ, "
       "tiết kiệm, ưu tiên cho an sinh xã hội và đầu tư phát triển. Tổng vốn đầu tư công năm 2026 được giao 365,2 tỷ "
       "đồng; huyện đã khởi công mới 12 công trình, hoàn thành đưa vào sử dụng 19 công trình. Tuy nhiên, tiến độ giải "
       "ngân ở một số dự án chuyển tiếp còn chậm so với yêu cầu.")

arabic("2. Lĩnh vực văn hóa - xã hội")
body("Chất lượng giáo dục toàn diện được nâng lên; có thêm 05 trường đạt chuẩn quốc gia, nâng tổng số lên 58/67 "
     "trường (86,6%). Công tác y tế dự phòng, khám, chữa bệnh được duy trì, không để dịch bệnh lớn xảy ra. Tỷ lệ hộ "
     "nghèo theo chuẩn nghèo đa chiều giảm còn 2,37% (giảm 1,14% so với năm 2025), tỷ lệ hộ cận nghèo còn 4,05%. Toàn "
     "huyện giải quyết việc làm mới cho 2.460 lao động, trong đó 318 người đi làm việc ở nước ngoài theo hợp đồng. "
     "Thu nhập bình quân đầu người ước đạt 68,5 triệu đồng/năm.")

arabic("3. Quốc phòng, an ninh")
body("Ban Thường vụ Huyện ủy lãnh đạo tổ chức thành công diễn tập khu vực phòng thủ huyện năm 2026, được Bộ Chỉ huy "
     "Quân sự tỉnh đánh giá đạt loại Giỏi; giao 142 thanh niên nhập ngũ, đạt 100% chỉ tiêu. Tình hình an ninh nông "
     "thôn, an ninh tôn giáo ổn định; tội phạm về trật tự xã hội giảm 8,3%, tỷ lệ điều tra, khám phá án đạt 89,6%; "
     "tai nạn giao thông giảm cả 3 tiêu chí.")

# ----------------------------------------------------------------------------- II
roman("II. CÔNG TÁC XÂY DỰNG ĐẢNG")

arabic("1. Công tác chính trị, tư tưởng")
tabbed("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 96-KH/HU ngày 12/02/2026 về học tập, quán triệt và triển khai "
       "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tổ chức hội nghị trực tuyến tới 52 điểm "
       "cầu với 3.680 lượt cán bộ, đảng viên tham dự", Fn(
           "Ngoài ra, Trung tâm Chính trị huyện đã mở 06 lớp bồi dưỡng nhận thức về Đảng và lý luận chính trị cho "
           "đảng viên mới với 418 học viên; 1.128 cán bộ, đảng viên viết bài thu hoạch sau học tập nghị quyết, trong "
           "đó 64 bài được đánh giá xuất sắc."),
       ". Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Chỉ thị số 05-CT/TW "
       "của Bộ Chính trị tiếp tục đi vào chiều sâu; nhân dịp kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, Huyện ủy "
       "đã biểu dương 35 tập thể, 72 cá nhân điển hình tiêu biểu.")
tabbed("Công tác bảo vệ nền tảng tư tưởng của Đảng được chú trọng. Ban Chỉ đạo 35 huyện chỉ đạo lực lượng nòng cốt "
       "đăng tải, chia sẻ 1.246 tin, bài đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng. "
       "Đội ngũ 47 cộng tác viên dư luận xã hội nắm bắt, phản ánh kịp thời tâm tư, nguyện vọng của Nhân dân, nhất là "
       "về bồi thường, giải phóng mặt bằng và chính sách hỗ trợ sau bão.")

arabic("2. Công tác tổ chức, cán bộ và xây dựng tổ chức cơ sở đảng, đảng viên")
letter("a) Về tổ chức bộ máy")
body("Thực hiện Nghị quyết số 15-NQ/HU ngày 20/3/2026 của Ban Chấp hành Đảng bộ huyện về sắp xếp, sáp nhập thôn, tổ "
     "dân phố, toàn huyện đã sáp nhập 26 thôn, tổ dân phố để thành lập 11 thôn, tổ dân phố mới, giảm 15 đơn vị; đồng "
     "thời kiện toàn, hợp nhất 15 chi bộ tương ứng. Giải thể 01 chi bộ cơ sở do doanh nghiệp ngừng hoạt động. Hiện "
     "nay, Đảng bộ huyện có 52 tổ chức cơ sở đảng (31 đảng bộ cơ sở, 21 chi bộ cơ sở) với 394 chi bộ trực thuộc "
     "đảng ủy cơ sở.")
letter("b) Về công tác cán bộ")
body("Ban Thường vụ Huyện ủy đã điều động, luân chuyển 17 cán bộ; bổ nhiệm, bổ nhiệm lại 23 cán bộ lãnh đạo, quản lý "
     "thuộc diện Ban Thường vụ quản lý; giới thiệu 06 đồng chí để bầu giữ các chức danh chủ chốt cấp xã. Rà soát, bổ "
     "sung quy hoạch Ban Chấp hành, Ban Thường vụ và các chức danh chủ chốt của huyện nhiệm kỳ 2030 - 2035. Cử 42 "
     "cán bộ đi đào tạo lý luận chính trị (cao cấp 07, trung cấp 35). Trong năm, Ban Thường vụ Huyện ủy xem xét cho "
     "thôi giữ chức vụ 01 cán bộ do để xảy ra sai phạm trong chi trả tiền hỗ trợ thiệt hại sau bão.")
letter("c) Về xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên")
body("Các cấp ủy duy trì nền nếp sinh hoạt chi bộ định kỳ; 100% chi bộ tổ chức sinh hoạt chuyên đề ít nhất mỗi quý "
     "một lần. Năm 2026, toàn Đảng bộ kết nạp 186 đảng viên, đạt 103,3% kế hoạch, trong đó có 96 đảng viên là đoàn "
     "viên thanh niên, 07 đảng viên là người lao động trong doanh nghiệp ngoài nhà nước. Tính đến ngày 30/11/2026, "
     "toàn Đảng bộ có 7.842 đảng viên, trong đó 348 đảng viên dự bị. Ban Thường vụ Huyện ủy đã trao tặng Huy hiệu "
     "Đảng cho 214 đồng chí", Fn(
         "Gồm: Huy hiệu 75 năm tuổi Đảng 02 đồng chí; 70 năm tuổi Đảng 06 đồng chí; 65 năm tuổi Đảng 11 đồng chí; "
         "60 năm tuổi Đảng 19 đồng chí; 55 năm tuổi Đảng 27 đồng chí; 50 năm tuổi Đảng 34 đồng chí; 45 năm tuổi "
         "Đảng 41 đồng chí; 40 năm tuổi Đảng 38 đồng chí; 30 năm tuổi Đảng 36 đồng chí."),
     "; xóa tên 07 đảng viên, cho ra khỏi Đảng 02 đảng viên vi phạm tư cách đảng viên.")
body("Kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở đảng năm 2026 (dự kiến): 12 tổ chức cơ sở đảng hoàn thành "
     "xuất sắc nhiệm vụ (23,1%); 37 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ (71,2%); 03 tổ chức cơ sở đảng hoàn "
     "thành nhiệm vụ (5,8%); không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.")

arabic("3. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng")
body("Ban Chấp hành Đảng bộ huyện ban hành Chương trình kiểm tra, giám sát số 28-CTr/HU ngày 05/01/2026, tập trung vào "
     "việc thực hiện nguyên tắc tập trung dân chủ, công tác cán bộ, quản lý đất đai, tài chính và những lĩnh vực dễ "
     "phát sinh sai phạm. Tháng 9/2026, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Vũ Đình Khải, Ủy "
     "viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã kiểm tra Ban Thường vụ Huyện ủy về "
     "lãnh đạo, chỉ đạo công tác quản lý đất đai, tài nguyên khoáng sản giai đoạn 2023 - 2026; Ban Thường vụ Huyện ủy "
     "đã nghiêm túc tiếp thu, xây dựng kế hoạch khắc phục 05 nhóm hạn chế sau kiểm tra.")
letter("a) Kiểm tra, giám sát của cấp ủy các cấp")
body("Cấp ủy các cấp đã tiến hành 104 cuộc kiểm tra đối với 94 tổ chức đảng và 261 đảng viên (trong đó 118 đồng chí "
     "là cấp ủy viên các cấp)", Fn(
         "Trong đó, Ban Thường vụ Huyện ủy trực tiếp kiểm tra 08 tổ chức đảng và 15 đảng viên; đảng ủy, chi bộ cơ sở "
         "kiểm tra 86 tổ chức đảng và 246 đảng viên."),
     "; giám sát chuyên đề 76 cuộc đối với 72 tổ chức đảng và 143 đảng viên. Qua kiểm tra, kết luận 88 tổ chức đảng "
     "và 251 đảng viên thực hiện tốt, cơ bản tốt; 06 tổ chức đảng và 10 đảng viên còn hạn chế, khuyết điểm, đã yêu cầu "
     "kiểm điểm, khắc phục.")
body("Về thi hành kỷ luật, Ban Thường vụ Huyện ủy thi hành kỷ luật 01 tổ chức đảng bằng hình thức khiển trách (Chi bộ "
     "Trạm Y tế xã Phú Lộc); cấp ủy các cấp thi hành kỷ luật 14 đảng viên (khiển trách 08, cảnh cáo 04, cách chức 01, "
     "khai trừ 01).")
letter("b) Kiểm tra, giám sát của Ủy ban kiểm tra các cấp")
body("Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 06 tổ chức đảng và 17 đảng viên; kết luận 04 "
     "tổ chức đảng và 13 đảng viên có vi phạm, đến mức phải thi hành kỷ luật 09 đảng viên. Kiểm tra tổ chức đảng cấp "
     "dưới thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng đối với 38 tổ chức đảng; kiểm tra việc "
     "thu, nộp, quản lý và sử dụng đảng phí đối với 29 tổ chức đảng; giám sát chuyên đề 41 tổ chức đảng và 57 đảng "
     "viên.")
body("Ủy ban kiểm tra các cấp đã thi hành kỷ luật 11 đảng viên (khiển trách 05, cảnh cáo 03, cách chức 01, khai trừ "
     "02), bao gồm cả 02 trường hợp qua giải quyết tố cáo; nội dung vi phạm chủ yếu là những điều đảng viên không được "
     "làm, vi phạm trong quản lý đất đai, tài chính và chính sách dân số. Tính chung, cấp ủy và ủy ban kiểm tra các cấp "
     "đã thi hành kỷ luật 25 đảng viên, tăng 04 trường hợp so với năm 2025.")
letter("c) Giải quyết tố cáo, khiếu nại kỷ luật đảng")
body("Ủy ban kiểm tra các cấp tiếp nhận 38 đơn thư, gồm 21 đơn tố cáo, 02 đơn khiếu nại kỷ luật đảng và 15 đơn phản "
     "ánh, kiến nghị. Qua phân loại, có 09 đơn tố cáo đủ điều kiện xem xét, giải quyết theo thẩm quyền", Fn(
         "Số đơn tố cáo còn lại gồm 12 đơn nặc danh, mạo danh hoặc không rõ nội dung, không đủ điều kiện xem xét, "
         "đã lưu theo quy định; trong đó 05 đơn gửi đồng thời đến nhiều cơ quan, nhiều cấp."),
     ". Đã giải quyết 07 đơn tố cáo đối với 07 đảng viên, kết luận tố cáo đúng 01 đơn, đúng một phần 03 đơn, sai 03 "
     "đơn; 02 đơn đang trong thời hạn giải quyết. Giải quyết 02 đơn khiếu nại kỷ luật đảng: giữ nguyên hình thức kỷ "
     "luật 01 trường hợp, giảm từ cảnh cáo xuống khiển trách 01 trường hợp. Các đơn phản ánh, kiến nghị được chuyển "
     "đến cơ quan có thẩm quyền giải quyết theo quy định.")

arabic("4. Công tác dân vận")
tabbed("Các cấp ủy tiếp tục quan tâm lãnh đạo công tác dân vận, gắn với thực hiện chủ đề \"Năm dân vận khéo\" năm "
       "2026. Toàn huyện có 68 mô hình \"Dân vận khéo\" được công nhận (cấp huyện 14 mô hình, cấp xã 54 mô hình). "
       "Nhân dân đã hiến 18.600 m² đất, đóng góp 9,7 tỷ đồng và hàng nghìn ngày công làm đường giao thông nông thôn, "
       "nhà văn hóa thôn. Quy chế dân chủ ở cơ sở được thực hiện nghiêm túc; Bí thư Huyện ủy trực tiếp tiếp công dân "
       "định kỳ 12 buổi, tiếp và đối thoại với 64 lượt công dân.")

arabic("5. Công tác nội chính và phòng, chống tham nhũng, lãng phí, tiêu cực")
body("Ban Thường vụ Huyện ủy chỉ đạo các cơ quan nội chính phối hợp chặt chẽ trong điều tra, truy tố, xét xử; không "
     "để xảy ra oan, sai. Cơ quan Cảnh sát điều tra Công an huyện đã khởi tố 02 vụ, 03 bị can về tội tham ô tài sản "
     "và lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ liên quan đến chi trả tiền hỗ trợ thiệt hại sau bão "
     "tại xã Đồng Lạc; thu hồi cho Nhà nước 412 triệu đồng. Các cơ quan, đơn vị đã tổ chức kê khai tài sản, thu nhập "
     "đối với 986 người có nghĩa vụ kê khai và chuyển đổi vị trí công tác 24 công chức theo quy định.")

arabic("6. Đổi mới phương thức lãnh đạo và thực hiện quy chế làm việc")
body("Ban Chấp hành, Ban Thường vụ Huyện ủy thực hiện nghiêm Quy chế làm việc nhiệm kỳ 2025 - 2030; trong năm tổ chức "
     "04 hội nghị Ban Chấp hành, 38 hội nghị Ban Thường vụ, cho ý kiến và quyết định 176 nội dung thuộc thẩm quyền; "
     "ban hành 21 nghị quyết, chỉ thị, kết luận và 34 kế hoạch, chương trình. Hội nghị Ban Chấp hành Đảng bộ huyện "
     "lần thứ 9 (mở rộng) ngày 08/7/2026 do đồng chí Nguyễn Hữu Thắng, Bí thư Huyện ủy chủ trì đã sơ kết 6 tháng "
     "đầu năm và đề ra 7 nhóm giải pháp cho 6 tháng cuối năm. Các đồng chí ủy viên Ban Thường vụ được phân công phụ "
     "trách địa bàn, lĩnh vực; Thường trực Huyện ủy duy trì giao ban định kỳ hằng tháng với bí thư đảng ủy các xã, "
     "thị trấn.")

# ----------------------------------------------------------------------------- III
roman("III. HOẠT ĐỘNG CỦA CHÍNH QUYỀN, MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI")

arabic("1. Hội đồng nhân dân, Ủy ban nhân dân huyện")
body("Hội đồng nhân dân huyện tổ chức 04 kỳ họp (02 kỳ họp thường lệ, 02 kỳ họp chuyên đề), ban hành 27 nghị quyết; "
     "Thường trực Hội đồng nhân dân huyện do đồng chí Trần Thị Minh Hạnh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch "
     "Hội đồng nhân dân huyện chủ trì đã tổ chức 05 cuộc giám sát chuyên đề và 01 phiên chất vấn về công tác quản lý "
     "đất đai. Ủy ban nhân dân huyện tập trung chỉ đạo, điều hành thực hiện các nhiệm vụ phát triển kinh tế - xã hội; "
     "đẩy mạnh cải cách hành chính, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 71,4%; Chỉ số cải cách hành "
     "chính năm 2025 của huyện xếp thứ 3/13 huyện, thị xã, thành phố trong tỉnh.")

arabic("2. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội")
body("Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện tiếp tục đổi mới nội dung, phương thức hoạt động, "
     "hướng mạnh về cơ sở, phát huy vai trò giám sát và phản biện xã hội. Một số kết quả nổi bật:")
dash("Ủy ban Mặt trận Tổ quốc Việt Nam huyện chủ trì, phối hợp tổ chức các cuộc vận động, phong trào thi đua:")
plus("Vận động Quỹ \"Vì người nghèo\" các cấp được 3,26 tỷ đồng;")
plus("Hỗ trợ xây mới 35 nhà và sửa chữa 13 nhà Đại đoàn kết, tổng số 48 nhà, với tổng kinh phí 2,64 tỷ đồng;")
plus("Chủ trì 09 cuộc giám sát và 04 hội nghị phản biện xã hội đối với dự thảo văn bản của cấp ủy, chính quyền; "
     "96,8% khu dân cư được công nhận danh hiệu \"Khu dân cư văn hóa\".")
dash("Hội Nông dân huyện kết nạp mới 612 hội viên, nâng tổng số hội viên lên 18.540 người; có 4.236 hộ đạt danh "
     "hiệu sản xuất, kinh doanh giỏi các cấp; phối hợp với Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác 214,3 tỷ "
     "đồng với 4.871 hộ vay.")
dash("Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện kết nạp 438 đoàn viên mới; triển khai 27 công trình, phần việc "
     "thanh niên; giới thiệu 127 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 96 đoàn viên đã được kết nạp "
     "vào Đảng trong năm.")
dash("Hội Cựu chiến binh huyện kết nạp 163 hội viên, hiện có 5.126 hội viên; 92,5% cơ sở hội đạt trong sạch, vững "
     "mạnh; các hội viên cựu chiến binh tham gia hòa giải thành công 37 vụ việc ở cơ sở.")
dash("Hội Liên hiệp Phụ nữ huyện kết nạp 527 hội viên, nâng tổng số lên 16.892 hội viên; giúp 41 hộ phụ nữ nghèo "
     "thoát nghèo; xây dựng 06 \"Mái ấm tình thương\" với trị giá 420 triệu đồng.")

# ----------------------------------------------------------------------------- IV
roman("IV. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
tabbed("Năm 2026, Ban Chấp hành, Ban Thường vụ Huyện ủy đã đoàn kết, thống nhất, lãnh đạo toàn diện, có trọng tâm, "
       "trọng điểm; công tác xây dựng Đảng và hệ thống chính trị đạt nhiều kết quả quan trọng. Công tác chính trị, tư "
       "tưởng được triển khai kịp thời; việc sắp xếp thôn, tổ dân phố và kiện toàn chi bộ hoàn thành đúng lộ trình; "
       "chỉ tiêu kết nạp đảng viên vượt kế hoạch. Công tác kiểm tra, giám sát được tăng cường, xử lý nghiêm các trường "
       "hợp vi phạm, góp phần củng cố niềm tin của Nhân dân. Kinh tế duy trì tăng trưởng khá, thu ngân sách vượt dự "
       "toán; quốc phòng, an ninh được giữ vững.")
arabic("2. Hạn chế, khuyết điểm")
dash("Việc nắm bắt, dự báo tình hình tư tưởng ở một số cơ sở chưa kịp thời; hoạt động đấu tranh, phản bác quan "
     "điểm sai trái trên không gian mạng ở cấp xã chưa thường xuyên.")
dash("Chất lượng sinh hoạt ở một số chi bộ nông thôn chưa cao, nội dung sinh hoạt chuyên đề còn đơn điệu; một số chi "
     "bộ sau sáp nhập thôn còn lúng túng trong tổ chức sinh hoạt.")
dash("Phát triển đảng viên trong doanh nghiệp ngoài nhà nước và ở vùng đồng bào có đạo còn khó khăn; 03 chi bộ chưa "
     "kết nạp được đảng viên trong hai năm liền.")
dash("Việc tự kiểm tra, tự phát hiện vi phạm của tổ chức cơ sở đảng còn ít; có vụ việc sai phạm trong chi trả tiền "
     "hỗ trợ sau bão chậm được phát hiện.")
dash("Hoạt động của một số chi hội đoàn thể ở thôn còn hình thức, sức thu hút thanh niên tham gia sinh hoạt chưa cao.")
dash("Tiến độ giải phóng mặt bằng Cụm công nghiệp Tân Phương và giải ngân vốn đầu tư công ở một số dự án còn chậm.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Thiên tai, bão lũ diễn biến bất thường, gây thiệt hại lớn, ảnh hưởng đến sản xuất và đời sống Nhân dân.")
dash("Một số cơ chế, chính sách về đất đai, đầu tư thay đổi, văn bản hướng dẫn ban hành chậm.")
dash("Lao động trẻ đi làm ăn xa nhiều, ảnh hưởng đến nguồn phát triển đảng viên và hoạt động đoàn thể ở cơ sở.")
letter("b) Nguyên nhân chủ quan")
dash("Một số cấp ủy, người đứng đầu chưa quyết liệt trong lãnh đạo, chỉ đạo, còn tâm lý trông chờ.")
dash("Năng lực của một bộ phận cán bộ cơ sở chưa đáp ứng yêu cầu nhiệm vụ, nhất là sau sắp xếp.")
dash("Công tác phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ; kiểm tra, đôn đốc sau kết luận chưa thường "
     "xuyên.")
arabic("4. Bài học kinh nghiệm")
dash("Giữ vững sự đoàn kết, thống nhất trong cấp ủy; phát huy vai trò nêu gương của người đứng đầu, nói đi đôi với "
     "làm.")
dash("Bám sát cơ sở, lắng nghe ý kiến của Nhân dân; những việc khó, phức tạp phải tập trung giải quyết dứt điểm từ "
     "cơ sở.")
dash("Coi trọng công tác kiểm tra, giám sát, lấy phòng ngừa là chính, phát hiện sớm, xử lý kịp thời vi phạm.")
dash("Phân công rõ người, rõ việc, rõ trách nhiệm, rõ thời gian hoàn thành; thường xuyên sơ kết, rút kinh nghiệm.")

# =============================================================================== PHẦN THỨ HAI
part("Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")

roman("I. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU")
arabic("1. Mục tiêu tổng quát")
body("Tiếp tục xây dựng Đảng bộ và hệ thống chính trị huyện trong sạch, vững mạnh toàn diện; nâng cao năng lực lãnh "
     "đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên; phát huy sức mạnh khối đại đoàn kết "
     "toàn dân tộc; phát triển kinh tế nhanh, bền vững, bảo đảm quốc phòng, an ninh.")
arabic("2. Các chỉ tiêu chủ yếu")
body("Năm 2027, phấn đấu đạt các chỉ tiêu chủ yếu sau:")
target(1, "Tốc độ tăng giá trị sản xuất đạt từ 9% trở lên;")
target(2, "Thu ngân sách nhà nước trên địa bàn đạt 510 tỷ đồng trở lên;")
target(3, "Thu nhập bình quân đầu người đạt 74 triệu đồng/năm;")
target(4, "Tỷ lệ hộ nghèo giảm còn dưới 1,8%;")
target(5, "Có thêm 03 xã đạt chuẩn nông thôn mới nâng cao và 01 xã đạt chuẩn nông thôn mới kiểu mẫu;")
target(6, "Kết nạp từ 190 đảng viên mới trở lên;")
target(7, "Trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên;")
target(8, "Trên 85% cơ sở hội, đoàn thể được đánh giá hoàn thành tốt nhiệm vụ trở lên.")

roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2027")
dash("Đẩy mạnh học tập, quán triệt và cụ thể hóa Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh "
     "lần thứ XVI; tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với nêu gương của cán bộ, đảng viên.")
dash("Nâng cao chất lượng sinh hoạt chi bộ, nhất là các chi bộ sau sáp nhập thôn; chú trọng phát triển đảng viên "
     "trong doanh nghiệp ngoài nhà nước, không để chi bộ nào không kết nạp được đảng viên.")
dash("Rà soát, bổ sung quy hoạch cán bộ; thực hiện tốt việc luân chuyển, đào tạo, bồi dưỡng cán bộ cơ sở.")
dash("Thực hiện toàn diện Chương trình kiểm tra, giám sát năm 2027, trong đó tập trung:")
plus("Kiểm tra việc quản lý, sử dụng đất đai, vốn đầu tư công và kinh phí hỗ trợ khắc phục hậu quả thiên tai;")
plus("Giám sát việc thực hiện chức trách, nhiệm vụ của người đứng đầu cấp ủy cơ sở;")
plus("Giải quyết kịp thời đơn thư tố cáo, khiếu nại, không để tồn đọng, kéo dài.")
dash("Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, nâng cao chất "
     "lượng hoạt động của chi hội ở thôn, tổ dân phố.")
dash("Lãnh đạo tháo gỡ dứt điểm vướng mắc giải phóng mặt bằng Cụm công nghiệp Tân Phương; đẩy nhanh tiến độ giải "
     "ngân vốn đầu tư công, phấn đấu hoàn thành các chỉ tiêu kinh tế - xã hội năm 2027.")

roman("III. KIẾN NGHỊ, ĐỀ XUẤT")
arabic("1. Đối với Ban Thường vụ Tỉnh ủy")
dash("Quan tâm bố trí kinh phí mở lớp trung cấp lý luận chính trị - hành chính tập trung tại huyện cho cán bộ cơ sở.")
dash("Sớm có hướng dẫn về bố trí, sắp xếp người hoạt động không chuyên trách ở thôn, tổ dân phố sau sáp nhập.")
arabic("2. Đối với Ủy ban nhân dân tỉnh")
dash("Hỗ trợ vốn đầu tư hạ tầng kỹ thuật Cụm công nghiệp Tân Phương.")
dash("Bổ sung kinh phí nâng cấp tuyến đường tỉnh 318 đoạn qua huyện, bị hư hỏng nặng sau cơn bão số 4.")

body("Trên đây là báo cáo tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2026, phương hướng, nhiệm vụ năm "
     "2027 của Ban Thường vụ Huyện ủy Sông Thao./.")

# ----------------------------------------------------------------------------- signature table
sg = doc.add_table(rows=1, cols=2)
no_borders(sg)
for c, w in zip(sg.rows[0].cells, (Cm(7.5), Cm(8.5))):
    c.width = w
cell_lines(sg.rows[0].cells[0], [
    ("Nơi nhận:", True, False, True),
    ("- Ban Thường vụ Tỉnh ủy (b/c),", False, False),
    ("- Văn phòng Tỉnh ủy,", False, False),
    ("- Các ban xây dựng Đảng Tỉnh ủy,", False, False),
    ("- Các đồng chí Huyện ủy viên,", False, False),
    ("- Các tổ chức cơ sở đảng,", False, False),
    ("- Lưu Văn phòng Huyện ủy.", False, False),
], align=LEFT, size=11)
cell_lines(sg.rows[0].cells[1], [
    ("T/M BAN THƯỜNG VỤ", True, False),
    ("BÍ THƯ", False, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("Nguyễn Hữu Thắng", True, False),
])

# ----------------------------------------------------------------------------- Phụ lục
pb = doc.add_paragraph()
pb.add_run().add_break(WD_BREAK.PAGE)
para("Phụ lục", bold=True, align=CENTER, indent=None)
para("MỘT SỐ CHỈ TIÊU VỀ CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ VÀ KINH TẾ - XÃ HỘI NĂM 2026",
     bold=True, align=CENTER, indent=None)
para("(Kèm theo Báo cáo số 248-BC/HU ngày 15/12/2026 của Ban Thường vụ Huyện ủy Sông Thao)",
     italic=True, align=CENTER, indent=None)

header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2026", "Tỷ lệ % (2026 so với 2025)"]
rows = [
    ("group", "I. Đảng viên và tổ chức đảng"),
    ("1", "Tổng số đảng viên", "Đảng viên", "7.715", "7.842", "101,6"),
    ("2", "Đảng viên kết nạp mới", "Đảng viên", "172", "186", "108,1"),
    ("3", "Tổ chức cơ sở đảng", "Tổ chức", "53", "52", "98,1"),
    ("4", "Chi bộ trực thuộc đảng ủy cơ sở", "Chi bộ", "409", "394", "96,3"),
    ("5", "Đảng viên được tặng Huy hiệu Đảng", "Đồng chí", "201", "214", "106,5"),
    ("group", "II. Kiểm tra, giám sát và thi hành kỷ luật"),
    ("6", "Cuộc kiểm tra của cấp ủy các cấp", "Cuộc", "98", "104", "106,1"),
    ("7", "Cuộc giám sát chuyên đề của cấp ủy các cấp", "Cuộc", "71", "76", "107,0"),
    ("8", "Đảng viên bị thi hành kỷ luật", "Đảng viên", "21", "25", "119,0"),
    ("", "Trong đó: khai trừ khỏi Đảng", "Đảng viên", "2", "3", "150,0"),
    ("9", "Đơn thư Ủy ban kiểm tra các cấp tiếp nhận", "Đơn", "45", "38", "84,4"),
    ("group", "III. Mặt trận Tổ quốc và các đoàn thể"),
    ("10", "Hội viên Hội Nông dân", "Hội viên", "18.102", "18.540", "102,4"),
    ("11", "Đoàn viên kết nạp mới", "Đoàn viên", "412", "438", "106,3"),
    ("12", "Hội viên Hội Cựu chiến binh", "Hội viên", "5.048", "5.126", "101,5"),
    ("13", "Hội viên Hội Liên hiệp Phụ nữ", "Hội viên", "16.511", "16.892", "102,3"),
    ("14", "Nhà Đại đoàn kết xây mới, sửa chữa", "Nhà", "41", "48", "117,1"),
    ("group", "IV. Một số chỉ tiêu kinh tế - xã hội"),
    ("15", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "432,1", "486,7", "112,6"),
    ("16", "Thu nhập bình quân đầu người", "Triệu đồng", "62,3", "68,5", "110,0"),
    ("17", "Tỷ lệ hộ nghèo", "%", "3,51", "2,37", "-"),
    ("18", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,8", "95,2", "-"),
]
widths = [Cm(1.1), Cm(6.4), Cm(2.3), Cm(2.0), Cm(2.0), Cm(2.3)]
R.grid_table(header, rows, widths, repeat_header=True, totals=())


def main(argv: list[str]) -> Path:
    import datetime as dt
    out = Path(argv[1]) if len(argv) > 1 else OUT
    return R.save(out, ZIP_TIME, author="Văn phòng Huyện ủy Sông Thao",
                  title="Báo cáo tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2026",
                  created=dt.datetime(2026, 12, 15, 9, 0, 0))


if __name__ == "__main__":
    path = main(sys.argv)
    print(f"saved {path} ({path.stat().st_size} bytes)")
