# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định của Công an tỉnh Hải Thạch (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/cong-an-tinh-hai-thach-6-thang-2026.docx: an invented six-month report of a provincial police
department (kết quả công tác bảo đảm an ninh, trật tự 6 tháng đầu năm 2026; phương hướng, nhiệm vụ trọng tâm 6
tháng cuối năm 2026), written by a helper who never saw the assistant's code (tune split:
eval/real/outlines/cong-an-tinh-hai-thach-6-thang-2026.json, eval/real/questions_tune9.jsonl).

Layouts: header and signature tables without borders; 'Phần thứ nhất' / 'Phần thứ hai' parts; Roman / Arabic /
decimal (1.1.) / lettered headings; '-' and '+' items; figures of several bodies listed after a colon in one
sentence; a sentence naming its topic first and giving its figures after a semicolon; a table by unit with a
total row and a table of targets with an assessment column (Đạt / Không đạt); two real Word footnotes carrying
figures found nowhere else; abbreviations (ANTT, TNGT, TTATGT, PCCC và CNCH) spelled out once. Shared helpers
in docx_report_kit.py.

    .venv/bin/python scripts/make_test_report_6_thang_tinh.py [out.docx]
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
from scripts.docx_report_kit import CENTER, LEFT, DocxReport, Fn, cell_lines, no_borders  # noqa: E402

OUT = ROOT / "tests" / "data" / "cong-an-tinh-hai-thach-6-thang-2026.docx"
ZIP_TIME = (2026, 6, 19, 8, 0, 0)

R = DocxReport()
doc = R.doc
para, part, roman, arabic, dec, letter, body, tabbed, dash, plus, target = (
    R.para, R.part, R.roman, R.arabic, R.dec, R.letter, R.body, R.tabbed, R.dash, R.plus, R.target)

# bordered tables: body cells centred vertically, an empty paragraph after each
grid_table = partial(R.grid_table, middle_rows=True, spacer=True)


def vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# ------------------------------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, w in zip(ht.rows[0].cells, (Cm(6.8), Cm(9.8))):
    c.width = w
cell_lines(ht.rows[0].cells[0], [
    ("BỘ CÔNG AN", False, False),
    ("CÔNG AN TỈNH HẢI THẠCH", True, False, True),
    ("", False, False),
    ("Số: 1184/BC-CAT-PV01", False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False, True),
    ("", False, False),
    ("Hải Thạch, ngày 19 tháng 6 năm 2026", False, True),
])

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=CENTER, indent=None, size=15)
para("Kết quả công tác bảo đảm an ninh, trật tự 6 tháng đầu năm 2026;", bold=True, align=CENTER, indent=None)
para("phương hướng, nhiệm vụ trọng tâm 6 tháng cuối năm 2026", bold=True, align=CENTER, indent=None)
para("(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)", italic=True, align=CENTER, indent=None)
para("-----------", align=CENTER, indent=None)

body("Thực hiện Kế hoạch số 25/KH-BCA-V01 ngày 06/01/2026 của Bộ Công an về thực hiện Chương trình công tác "
     "năm 2026 của lực lượng Công an nhân dân, Nghị quyết số 09-NQ/TU ngày 22/12/2025 của Ban Thường vụ Tỉnh ủy về "
     "lãnh đạo công tác bảo đảm an ninh, trật tự (ANTT) năm 2026 và chỉ đạo của Ủy ban nhân dân tỉnh, Công an tỉnh "
     "Hải Thạch báo cáo kết quả công tác bảo đảm ANTT 6 tháng đầu năm 2026, phương hướng, nhiệm vụ trọng tâm 6 tháng "
     "cuối năm 2026 như sau:")

# ============================================================================ PHẦN THỨ NHẤT
part("Phần thứ nhất", "TÌNH HÌNH VÀ KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN NINH, TRẬT TỰ 6 THÁNG ĐẦU NĂM 2026")

roman("I. TÌNH HÌNH AN NINH, TRẬT TỰ")
arabic("1. Tình hình an ninh quốc gia")
body("Tình hình an ninh chính trị trên địa bàn tỉnh cơ bản ổn định, không để xảy ra đột xuất, bất ngờ; các sự kiện "
     "chính trị, văn hóa, xã hội quan trọng, nhất là Tết Nguyên đán Bính Ngọ 2026, cuộc bầu cử đại biểu Quốc hội "
     "khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 được bảo đảm tuyệt đối an toàn. Tuy nhiên, "
     "một số vấn đề tiềm ẩn yếu tố phức tạp cần tiếp tục theo dõi, cụ thể:")
dash("Các thế lực thù địch, phần tử cơ hội chính trị tiếp tục lợi dụng không gian mạng để xuyên tạc chủ trương "
     "sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp, chống phá cuộc bầu cử; đã phát hiện 412 tài "
     "khoản mạng xã hội đăng tải, chia sẻ thông tin xấu, độc liên quan đến địa bàn tỉnh.")
dash("Hoạt động truyền đạo trái pháp luật vẫn diễn ra lén lút tại 4 xã vùng đồng bào dân tộc thiểu số phía Tây "
     "của tỉnh (Tà Lan, Kỳ Vân, Đồng Trăm, Pà Cò); một số đối tượng lôi kéo người dân bỏ thờ cúng tổ tiên, gây mất "
     "đoàn kết trong cộng đồng.")
dash("Khiếu kiện liên quan đến bồi thường, hỗ trợ, tái định cư tại Dự án Khu đô thị ven biển Nam Thạch và Dự án "
     "mở rộng cảng cá Lạch Vạn còn diễn biến phức tạp; đã xảy ra 3 vụ tụ tập đông người (mỗi vụ từ 20 đến gần 60 "
     "người) tại trụ sở Ủy ban nhân dân tỉnh và Ủy ban nhân dân phường Nam Thạch.")
dash("Tình trạng tranh chấp lao động, ngừng việc tập thể tại doanh nghiệp giảm so với cùng kỳ; xảy ra 2 vụ ngừng "
     "việc tập thể tại Khu công nghiệp Tây Hải Thạch với trên 700 công nhân tham gia, đã được giải quyết ổn thỏa.")

arabic("2. Tình hình trật tự, an toàn xã hội")
letter("a) Tội phạm về trật tự xã hội")
body("Xảy ra 287 vụ phạm pháp hình sự", Fn(
    "Cơ cấu 287 vụ phạm pháp hình sự: giết người 7 vụ, cố ý gây thương tích 42 vụ, cướp tài sản 5 vụ, trộm cắp "
    "tài sản 163 vụ, lừa đảo chiếm đoạt tài sản 31 vụ, các tội khác 39 vụ."),
     " (giảm 19 vụ, tương ứng giảm 6,2% so với cùng kỳ năm 2025), làm chết 9 người, bị thương 64 người, thiệt hại "
     "tài sản ước khoảng 11,6 tỷ đồng; trong đó án rất nghiêm trọng, đặc biệt nghiêm trọng 24 vụ. Tội phạm trộm cắp "
     "tài sản vẫn chiếm tỷ lệ cao, tập trung ở các phường trung tâm và khu vực ven Khu công nghiệp Tây Hải Thạch; "
     "tội phạm hoạt động theo kiểu “xã hội đen”, cho vay lãi nặng, đòi nợ thuê có chiều hướng giảm nhưng chuyển "
     "sang hoạt động núp bóng doanh nghiệp tài chính, cầm đồ.")
letter("b) Tội phạm về kinh tế, tham nhũng, chức vụ và môi trường")
body("Phát hiện 118 vụ vi phạm pháp luật về kinh tế, buôn lậu, gian lận thương mại, hàng giả; tội phạm tham nhũng, "
     "chức vụ xảy ra chủ yếu trong lĩnh vực quản lý đất đai, đầu tư xây dựng cơ bản và quản lý, sử dụng ngân sách "
     "tại cấp xã sau sắp xếp. Buôn lậu qua tuyến biển, vận chuyển xăng dầu, thuốc lá điếu nhập lậu trên các tàu cá "
     "có dấu hiệu gia tăng. Vi phạm pháp luật về môi trường tập trung vào khai thác cát trái phép trên sông Lạch "
     "Vạn và xả thải chưa qua xử lý tại một số cơ sở chế biến hải sản.")
letter("c) Tội phạm và tệ nạn ma túy")
body("Tình hình tội phạm ma túy còn diễn biến phức tạp; các đối tượng lợi dụng tuyến quốc lộ ven biển và tuyến "
     "đường mòn qua địa bàn các xã phía Tây để vận chuyển ma túy tổng hợp, heroin vào tiêu thụ tại các phường trung "
     "tâm. Toàn tỉnh hiện quản lý 1.615 người nghiện ma túy có hồ sơ (tăng 47 người so với cuối năm 2025), số người "
     "sử dụng trái phép chất ma túy ở độ tuổi dưới 30 chiếm gần 42%.")
letter("d) Tai nạn giao thông, cháy, nổ")
body("Trên địa bàn tỉnh xảy ra 96 vụ tai nạn giao thông (TNGT), làm chết 58 người, bị thương 71 người; so với "
     "cùng kỳ năm 2025 giảm 8 vụ (-7,7%), giảm 5 người chết (-7,9%), nhưng tăng 3 người bị thương (+4,4%). "
     "Nguyên nhân chủ yếu do người điều khiển phương tiện đi không đúng làn đường, vượt ẩu, chạy quá tốc độ và sử "
     "dụng rượu, bia khi tham gia giao thông. Xảy ra 27 vụ cháy, làm chết 2 người, bị thương 5 người, ước thiệt "
     "hại khoảng 7,8 tỷ đồng; không xảy ra nổ.")

# ----------------------------------------------------------------------------- II
roman("II. KẾT QUẢ CÁC MẶT CÔNG TÁC CÔNG AN")
arabic("1. Công tác tham mưu với cấp ủy, chính quyền")
tabbed("Công an tỉnh đã chủ động nắm chắc tình hình, kịp thời tham mưu cấp ủy, chính quyền các cấp lãnh đạo, chỉ "
       "đạo công tác bảo đảm ANTT. Trong kỳ, Công an tỉnh tham mưu ban hành 37 văn bản: Tỉnh ủy, Ban Thường vụ Tỉnh "
       "ủy 7 văn bản, Hội đồng nhân dân tỉnh 2 nghị quyết, Ủy ban nhân dân tỉnh 21 văn bản, Ban An toàn giao thông "
       "tỉnh 7 văn bản. Các văn bản chủ yếu gồm:")
dash("Chỉ thị số 18-CT/TU ngày 09/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với "
     "công tác bảo đảm ANTT trước, trong và sau Tết Nguyên đán Bính Ngọ 2026.")
dash("Kế hoạch số 42/KH-UBND ngày 03/3/2026 của Ủy ban nhân dân tỉnh về bảo đảm an ninh, an toàn cuộc bầu cử đại "
     "biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.")
dash("Nghị quyết số 05/2026/NQ-HĐND ngày 27/3/2026 của Hội đồng nhân dân tỉnh quy định mức hỗ trợ đối với lực "
     "lượng tham gia bảo vệ ANTT ở cơ sở.")
dash("Quyết định số 611/QĐ-UBND ngày 14/4/2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án lắp đặt hệ thống camera "
     "giám sát phục vụ bảo đảm ANTT, trật tự, an toàn giao thông (TTATGT) giai đoạn 2026 - 2028.")
body("Công an tỉnh đã tổ chức đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm ANTT Tết Nguyên đán Bính Ngọ 2026 "
     "từ ngày 15/12/2025 đến ngày 28/02/2026 và đợt cao điểm bảo vệ bầu cử từ ngày 01/4/2026 đến ngày 31/5/2026; "
     "phối hợp chặt chẽ với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trong trao đổi thông tin, "
     "tuần tra, kiểm soát trên tuyến biển và khu vực giáp ranh.")

arabic("2. Công tác bảo vệ an ninh quốc gia")
dec("2.1. Bảo vệ an ninh nông thôn, dân tộc, tôn giáo")
body("Lực lượng an ninh đã triển khai đồng bộ các biện pháp nghiệp vụ, nắm chắc tình hình tại các địa bàn trọng "
     "điểm; chủ động phối hợp với cấp ủy, chính quyền cơ sở vận động 26 hộ với 103 nhân khẩu từ bỏ hoạt động "
     "truyền đạo trái pháp luật, trở lại sinh hoạt tín ngưỡng truyền thống. Đối với khiếu kiện tại Dự án Khu đô thị "
     "ven biển Nam Thạch, Công an tỉnh đã tham mưu Ủy ban nhân dân tỉnh thành lập tổ công tác liên ngành, tổ chức "
     "6 buổi đối thoại với các hộ dân, giải quyết dứt điểm 41/58 trường hợp, không để phát sinh “điểm nóng”.")
dec("2.2. Bảo đảm an ninh mạng, an ninh thông tin")
body("Công tác bảo đảm an ninh mạng được tăng cường; đã phối hợp yêu cầu các nền tảng gỡ bỏ 326 bài viết có nội "
     "dung xấu, độc (Facebook 214 bài viết, TikTok 78 bài viết, YouTube 34 bài viết), vô hiệu hóa 57 tài khoản mạng "
     "xã hội giả mạo cơ quan nhà nước. Xử phạt vi phạm hành chính 23 trường hợp đăng tải, chia sẻ thông tin sai sự "
     "thật trên không gian mạng với tổng số tiền 172,5 triệu đồng; kiểm tra an ninh mạng 18 hệ thống thông tin quan "
     "trọng của các sở, ngành, phát hiện và yêu cầu khắc phục 46 lỗ hổng bảo mật.")

arabic("3. Công tác đấu tranh phòng, chống tội phạm")
dec("3.1. Đấu tranh với tội phạm về trật tự xã hội")
body("Đã điều tra, khám phá 251/287 vụ phạm pháp hình sự, đạt 87,5%, bắt 392 đối tượng; riêng án rất nghiêm "
     "trọng, đặc biệt nghiêm trọng khám phá 23/24 vụ, đạt 95,8%. Kết quả khám phá theo đơn vị chủ trì: Phòng Cảnh "
     "sát hình sự chủ trì khám phá 71 vụ, Công an các xã, phường 158 vụ, Phòng Cảnh sát quản lý hành chính về trật "
     "tự xã hội 9 vụ, các đơn vị khác 13 vụ. Triệt phá 11 băng, ổ nhóm tội phạm với 64 đối tượng, trong đó có 3 băng "
     "nhóm cho vay lãi nặng, đòi nợ thuê hoạt động liên tỉnh.")
body("Tiếp nhận 1.246 tố giác, tin báo về tội phạm và kiến nghị khởi tố, đã giải quyết 1.164 tin, đạt 93,4%. Về "
     "công tác truy nã, đầu kỳ có 143 đối tượng truy nã; đã bắt, vận động đầu thú, thanh loại 66 đối tượng, đạt "
     "46,2%, trong đó có 4 đối tượng truy nã đặc biệt nguy hiểm.")
dec("3.2. Đấu tranh với tội phạm về kinh tế, tham nhũng, buôn lậu")
body("Khởi tố 21 vụ, 37 bị can về các tội phạm kinh tế; khởi tố 6 vụ, 14 bị can về tội phạm tham nhũng, chức vụ, "
     "trong đó có vụ án “Vi phạm quy định về quản lý, sử dụng tài sản Nhà nước gây thất thoát, lãng phí” xảy ra "
     "tại Ban Quản lý dự án đầu tư xây dựng khu vực Nam Thạch. Tổng giá trị tài sản bị chiếm đoạt, thất thoát trong "
     "các vụ án kinh tế, tham nhũng đã xác định là 28,4 tỷ đồng, đã thu hồi 14,85 tỷ đồng, đạt 52,3%.")
body("Công tác chống buôn lậu, gian lận thương mại trên tuyến biển được đẩy mạnh; đã bắt 64 vụ, 71 đối tượng buôn "
     "lậu, gian lận thương mại, kinh doanh hàng giả, thu giữ trên 12.600 bao thuốc lá điếu nhập lậu, gần 3.400 lít "
     "xăng dầu không rõ nguồn gốc và nhiều hàng hóa khác; chuyển cơ quan có thẩm quyền xử phạt hành chính, nộp ngân "
     "sách nhà nước 2,17 tỷ đồng.")
dec("3.3. Đấu tranh với tội phạm về ma túy")
body("Lực lượng Công an các cấp phát hiện, bắt giữ 168 vụ, 247 đối tượng phạm tội về ma túy, trong đó: mua bán "
     "trái phép chất ma túy 61 vụ, 112 đối tượng; tàng trữ trái phép chất ma túy 89 vụ, 101 đối tượng; tổ chức sử "
     "dụng trái phép chất ma túy 18 vụ, 34 đối tượng. Tang vật thu giữ gồm 2,36 kg heroin, 1,42 kg ma túy đá, trên "
     "4.800 viên ma túy tổng hợp và 3 khẩu súng quân dụng. Đáng chú ý, Phòng Cảnh sát điều tra tội phạm về ma túy "
     "chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh đấu tranh thành công Chuyên án HT0226, bắt 7 đối tượng "
     "tại bãi tập kết hàng hóa xã Kỳ Vân, triệt xóa đường dây vận chuyển ma túy từ các tỉnh phía Bắc về tiêu thụ tại "
     "địa bàn tỉnh.")
body("Công tác quản lý người nghiện, người sử dụng trái phép chất ma túy được quan tâm; đã lập hồ sơ đưa 128 người "
     "đi cai nghiện bắt buộc, phát hiện 312 trường hợp dương tính với chất ma túy qua kiểm tra đột xuất tại các cơ "
     "sở kinh doanh dịch vụ có điều kiện về an ninh, trật tự.")
dec("3.4. Đấu tranh với tội phạm về môi trường và tội phạm sử dụng công nghệ cao")
body("Phát hiện 47 vụ vi phạm pháp luật về môi trường, xử lý hành chính 41 vụ với tổng số tiền phạt 1,96 tỷ "
     "đồng, khởi tố 3 vụ khai thác cát trái phép trên sông Lạch Vạn. Đối với tội phạm sử dụng công nghệ cao, đã khởi "
     "tố 9 vụ, 16 bị can lừa đảo chiếm đoạt tài sản qua không gian mạng, số tiền bị chiếm đoạt gần 19,7 tỷ đồng; "
     "phối hợp với các ngân hàng thương mại ngăn chặn kịp thời 37 giao dịch, giữ lại cho người dân khoảng 2,8 tỷ "
     "đồng.")
dec("3.5. Tổng hợp kết quả phát hiện, xử lý theo đơn vị chủ trì")
body("Kết quả phát hiện, xử lý tội phạm và vi phạm pháp luật 6 tháng đầu năm 2026 theo đơn vị chủ trì được tổng "
     "hợp như sau:")

T1 = [  # đơn vị, vụ phát hiện, đối tượng, khởi tố vụ, khởi tố bị can, xử lý hành chính (vụ)
    ("Phòng Cảnh sát hình sự", 96, 231, 71, 152, 19),
    ("Phòng Cảnh sát kinh tế", 83, 109, 18, 33, 61),
    ("Phòng Cảnh sát điều tra tội phạm về ma túy", 57, 98, 49, 86, 6),
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", 24, 41, 9, 16, 12),
    ("Phòng Cảnh sát phòng, chống tội phạm về môi trường", 47, 52, 3, 5, 41),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", 38, 66, 9, 14, 27),
    ("Công an các xã, phường", 512, 873, 196, 318, 284),
]
tot = [sum(r[i] for r in T1) for i in range(1, 6)]
rows = [(str(k + 1), r[0], *[vn(v) for v in r[1:]]) for k, r in enumerate(T1)]
rows.append(("", "Tổng cộng", *[vn(v) for v in tot]))
grid_table(("TT", "Đơn vị", "Số vụ phát hiện", "Số đối tượng", "Khởi tố (vụ)", "Khởi tố (bị can)",
            "Xử lý hành chính (vụ)"), rows,
           [Cm(1.0), Cm(5.6), Cm(1.9), Cm(1.9), Cm(1.8), Cm(1.9), Cm(2.1)])

arabic("4. Công tác bảo đảm trật tự, an toàn giao thông")
body("Lực lượng Công an đã tăng cường tuần tra, kiểm soát, xử lý vi phạm TTATGT, tập trung vào các hành vi vi phạm "
     "nồng độ cồn, tốc độ, chở quá tải trọng và thanh thiếu niên tụ tập đua xe trái phép. Trong kỳ, toàn lực lượng "
     "đã phát hiện, lập biên bản 41.326 trường hợp vi phạm, phạt tiền trên 62,4 tỷ đồng, tạm giữ 318 ô tô, 5.847 mô "
     "tô, xe máy; tước giấy phép lái xe, trừ điểm giấy phép lái xe 3.150 trường hợp. Kết quả xử lý theo lực lượng: "
     "Phòng Cảnh sát giao thông xử lý 17.482 trường hợp, Công an các xã, phường xử lý 21.608 trường hợp, Phòng Cảnh "
     "sát cơ động xử lý 2.236 trường hợp.")
body("Riêng vi phạm về nồng độ cồn đã xử lý 7.934 trường hợp, chiếm 19,2% tổng số trường hợp vi phạm. Việc xử lý "
     "vi phạm qua hệ thống camera giám sát tiếp tục được mở rộng trên các tuyến quốc lộ ven biển; đã phát hiện 6.482 "
     "trường hợp vi phạm, gửi thông báo phạt nguội đến 5.917 chủ phương tiện.")
body("Trong 96 vụ TNGT xảy ra trong kỳ, có 91 vụ trên đường bộ, 3 vụ trên đường thủy nội địa và 2 vụ trên đường "
     "sắt; phần lớn các vụ trên đường bộ xảy ra trên Quốc lộ 1 và tuyến đường ven biển Nam Thạch - Lạch Vạn. Đã "
     "khảo sát, kiến nghị xử lý 14 “điểm đen”, điểm tiềm ẩn nguy cơ TNGT.")

arabic("5. Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ")
body("Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH) được triển khai quyết liệt, nhất là đối với "
     "nhà ở kết hợp sản xuất, kinh doanh và cơ sở có nguy cơ cháy, nổ cao. Trong 27 vụ cháy xảy ra, có 11 vụ cháy "
     "nhà dân, 9 vụ cháy cơ sở sản xuất, kinh doanh, 4 vụ cháy phương tiện giao thông và 3 vụ cháy rừng", Fn(
        "Vụ cháy gây thiệt hại lớn nhất xảy ra ngày 23/4/2026 tại xưởng chế biến gỗ của Công ty TNHH Lâm sản Tây "
        "Hải, Khu công nghiệp Tây Hải Thạch, thiệt hại ước 3,15 tỷ đồng; lực lượng chữa cháy đã bảo vệ an toàn 2 "
        "nhà xưởng liền kề."),
     "; lực lượng chữa cháy chuyên nghiệp đã có mặt kịp thời, dập tắt các đám cháy, không để cháy lan.")
body("Đã kiểm tra an toàn PCCC đối với 3.126 lượt cơ sở, phát hiện và yêu cầu khắc phục 1.408 tồn tại, thiếu sót; "
     "xử phạt vi phạm hành chính 176 trường hợp với số tiền 1,34 tỷ đồng; tạm đình chỉ hoạt động 12 cơ sở không bảo "
     "đảm an toàn về PCCC. Lực lượng PCCC và CNCH đã tham gia 34 vụ cứu nạn, cứu hộ, cứu được 19 người và tìm kiếm, "
     "bàn giao 15 thi thể cho gia đình nạn nhân; xây dựng 1.205 “Tổ liên gia an toàn PCCC” và 624 “Điểm chữa cháy "
     "công cộng” tại khu dân cư.")

arabic("6. Công tác quản lý hành chính về trật tự xã hội và thực hiện Đề án 06")
body("Công tác quản lý cư trú, cấp căn cước và định danh điện tử được thực hiện nề nếp, phục vụ tốt nhu cầu của "
     "người dân; đã thu nhận 38.416 hồ sơ cấp căn cước, cấp 36.902 thẻ căn cước, kích hoạt 41.250 tài khoản định "
     "danh điện tử mức độ 2, nâng tổng số tài khoản được kích hoạt lên gần 1,02 triệu tài khoản, đạt 81,7% dân số "
     "từ 14 tuổi trở lên. Giải quyết 12.405 trường hợp đăng ký thường trú và 9.873 trường hợp đăng ký tạm trú.")
body("Công an tỉnh đã tiếp nhận, giải quyết 42.318 hồ sơ thủ tục hành chính thuộc thẩm quyền, trong đó 38.594 hồ sơ "
     "được tiếp nhận, giải quyết trực tuyến, đạt 91,2%. Công tác quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ được "
     "tăng cường; đã vận động, thu hồi 214 khẩu súng các loại, 68 kg vật liệu nổ và 1.326 công cụ hỗ trợ. Kiểm tra "
     "1.874 lượt cơ sở kinh doanh ngành, nghề đầu tư kinh doanh có điều kiện về an ninh, trật tự, phát hiện 93 cơ "
     "sở vi phạm, xử phạt 486 triệu đồng.")

arabic("7. Công tác xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc")
body("Phong trào Toàn dân bảo vệ an ninh Tổ quốc tiếp tục được triển khai sâu rộng, gắn với cuộc vận động “Toàn "
     "dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Công an tỉnh đã phối hợp với Mặt trận và các đoàn thể "
     "tổ chức tuyên truyền về phòng ngừa tội phạm, phòng, chống ma túy, lừa đảo trên không gian mạng: Ủy ban Mặt "
     "trận Tổ quốc Việt Nam tỉnh phối hợp tổ chức 38 hội nghị, Hội Nông dân tỉnh 52 buổi, Hội Liên hiệp Phụ nữ tỉnh "
     "47 buổi, Tỉnh đoàn 61 buổi, thu hút gần 27.000 lượt người tham dự.")
body("Việc vận động đoàn viên, hội viên ký cam kết “Không vi phạm pháp luật, không mắc tệ nạn xã hội” đạt kết quả "
     "khá: Hội Nông dân đạt 84,7%, Hội Liên hiệp Phụ nữ đạt 88,2%, Đoàn Thanh niên đạt 79,5%, Hội Cựu chiến binh đạt "
     "96,1%. Toàn tỉnh đã kiện toàn 1.842 tổ bảo vệ ANTT ở cơ sở với 5.610 thành viên; có 61/73 xã, phường được "
     "công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”, đạt 83,6%.")
body("Nhiều mô hình tự quản về ANTT phát huy hiệu quả; trong đó mô hình “Bến cá bình yên, ngư dân thượng tôn pháp "
     "luật” của phường Cửa Lương được Bộ Công an tặng Bằng khen, được nhân rộng ra 9 xã, phường ven biển.")

arabic("8. Công tác xây dựng lực lượng")
body("Tiếp tục kiện toàn tổ chức bộ máy theo mô hình Công an tỉnh và Công an xã, phường; hoàn thành việc bố trí "
     "Công an chính quy về 73/73 xã, phường, bảo đảm mỗi đơn vị có ít nhất 8 cán bộ, chiến sĩ. Đã tuyển chọn 146 "
     "công dân thực hiện nghĩa vụ tham gia Công an nhân dân, tổ chức tập huấn nghiệp vụ cho 1.280 lượt cán bộ, chiến "
     "sĩ Công an cấp xã. Công tác thanh tra, kiểm tra, giữ nghiêm kỷ luật, kỷ cương được duy trì; trong kỳ xử lý "
     "kỷ luật 6 cán bộ, chiến sĩ vi phạm (khiển trách 4, cảnh cáo 1, giáng cấp bậc hàm 1).")

# ----------------------------------------------------------------------------- III
roman("III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÔNG TÁC")
body("Đối chiếu với các chỉ tiêu do Bộ Công an và Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy giao, kết quả "
     "thực hiện 6 tháng đầu năm 2026 như sau:")
T2 = [
    ("1", "Tỷ lệ điều tra, khám phá án phạm pháp hình sự", "Trên 75%", "87,5%", "Đạt"),
    ("2", "Tỷ lệ điều tra, khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng", "Trên 90%", "95,8%", "Đạt"),
    ("3", "Tỷ lệ giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi tố", "Trên 90%", "93,4%", "Đạt"),
    ("4", "Tỷ lệ bắt, vận động đầu thú, thanh loại đối tượng truy nã", "Trên 50%", "46,2%", "Không đạt"),
    ("5", "Kéo giảm TNGT trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương)", "Giảm từ 5% trở lên",
     "Giảm 7,7% số vụ, giảm 7,9% số người chết; tăng 4,4% số người bị thương", "Không đạt"),
    ("6", "Tỷ lệ thu hồi tài sản bị chiếm đoạt, thất thoát trong các vụ án kinh tế, tham nhũng", "Trên 60%",
     "52,3%", "Không đạt"),
    ("7", "Tỷ lệ xã, phường đạt tiêu chuẩn “An toàn về an ninh, trật tự”", "Trên 80%", "83,6%", "Đạt"),
    ("8", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến", "Trên 85%", "91,2%", "Đạt"),
]
grid_table(("TT", "Chỉ tiêu", "Chỉ tiêu giao năm 2026", "Kết quả 6 tháng", "Đánh giá"), T2,
           [Cm(1.0), Cm(6.6), Cm(2.6), Cm(3.6), Cm(2.2)])
body("Như vậy, có 5/8 chỉ tiêu đạt và vượt; 3 chỉ tiêu chưa đạt cần tập trung chỉ đạo trong 6 tháng cuối năm.")

# ----------------------------------------------------------------------------- IV
roman("IV. ĐÁNH GIÁ CHUNG")
arabic("1. Ưu điểm")
body("Dưới sự lãnh đạo, chỉ đạo trực tiếp của Đảng ủy Công an Trung ương, lãnh đạo Bộ Công an, Tỉnh ủy, Ủy ban nhân "
     "dân tỉnh, Công an tỉnh đã chủ động nắm chắc, dự báo sát tình hình, tham mưu kịp thời nhiều chủ trương, biện "
     "pháp bảo đảm ANTT; bảo vệ tuyệt đối an toàn cuộc bầu cử và các sự kiện quan trọng của tỉnh. Tội phạm về trật "
     "tự xã hội được kéo giảm, tỷ lệ điều tra, khám phá án vượt chỉ tiêu; số vụ và số người chết do TNGT giảm. Mô "
     "hình Công an chính quy ở xã, phường tiếp tục phát huy vai trò “bám cơ sở”, giải quyết từ sớm, từ xa các vụ "
     "việc phức tạp ngay tại địa bàn.")
arabic("2. Hạn chế, tồn tại")
dash("Công tác nắm tình hình ở một số địa bàn còn bị động, chưa phát hiện sớm các vụ tụ tập đông người liên quan "
     "đến bồi thường, giải phóng mặt bằng.")
dash("Tội phạm trộm cắp tài sản và lừa đảo chiếm đoạt tài sản qua không gian mạng vẫn chiếm tỷ lệ cao; tỷ lệ thu "
     "hồi tài sản cho người bị hại còn thấp.")
dash("Số người bị thương do TNGT tăng so với cùng kỳ; tình trạng thanh thiếu niên tụ tập đua xe, cổ vũ đua xe trái "
     "phép vào ban đêm chưa được ngăn chặn triệt để.")
dash("Kết quả truy bắt đối tượng truy nã chưa đạt chỉ tiêu; số đối tượng truy nã lẩn trốn ở nước ngoài còn nhiều.")
dash("Cơ sở vật chất, phương tiện, trang thiết bị của Công an một số xã mới sau sắp xếp còn thiếu, chưa đáp ứng yêu "
     "cầu nhiệm vụ.")
arabic("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Địa bàn rộng, có bờ biển dài, nhiều cửa lạch và đường mòn qua khu vực miền núi, tạo điều kiện cho tội phạm "
     "buôn lậu, ma túy lợi dụng hoạt động.")
dash("Phương thức, thủ đoạn của tội phạm ngày càng tinh vi, nhất là tội phạm sử dụng công nghệ cao hoạt động xuyên "
     "quốc gia.")
dash("Khối lượng công việc tăng lớn trong thời gian đầu vận hành chính quyền địa phương hai cấp và tổ chức bầu cử.")
letter("b) Nguyên nhân chủ quan")
dash("Một số đơn vị chưa chủ động, quyết liệt trong chỉ đạo thực hiện các chỉ tiêu; sự phối hợp giữa các lực lượng "
     "có lúc chưa chặt chẽ.")
dash("Năng lực, kinh nghiệm của một bộ phận cán bộ, chiến sĩ Công an xã, phường mới điều động, nhất là trong điều tra "
     "tội phạm và xử lý vi phạm trên không gian mạng còn hạn chế.")
dash("Công tác tuyên truyền, vận động có nơi chưa sát đối tượng, chưa phát huy được vai trò của người có uy tín "
     "trong cộng đồng.")
arabic("4. Bài học kinh nghiệm")
dash("Bám sát sự lãnh đạo, chỉ đạo của Bộ Công an, cấp ủy, chính quyền địa phương; chủ động tham mưu giải quyết từ "
     "sớm, từ cơ sở các vấn đề phức tạp về ANTT.")
dash("Lấy Công an xã, phường làm trung tâm, phát huy sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân trong "
     "bảo vệ ANTT.")
dash("Mở các đợt cao điểm tấn công, trấn áp tội phạm có trọng tâm, trọng điểm, gắn với tuyên truyền, vận động quần "
     "chúng tố giác tội phạm.")
dash("Đẩy mạnh ứng dụng khoa học, công nghệ và chuyển đổi số trong công tác nghiệp vụ, quản lý hành chính và phục "
     "vụ người dân.")

# ============================================================================ PHẦN THỨ HAI
part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026")

roman("I. DỰ BÁO TÌNH HÌNH")
body("6 tháng cuối năm 2026, tình hình ANTT trên địa bàn tỉnh dự báo tiếp tục diễn biến phức tạp, tiềm ẩn nhiều yếu "
     "tố khó lường, nổi lên là:")
dash("Các thế lực thù địch đẩy mạnh hoạt động chống phá trên không gian mạng, lợi dụng các vấn đề dân sinh, dân chủ "
     "để kích động, gây mất ổn định.")
dash("Khiếu kiện liên quan đến đất đai, bồi thường giải phóng mặt bằng tại các dự án trọng điểm ven biển có thể "
     "tái phát, nguy cơ hình thành “điểm nóng”.")
dash("Tội phạm ma túy, buôn lậu trên tuyến biển, lừa đảo chiếm đoạt tài sản qua mạng tiếp tục gia tăng, thủ đoạn "
     "tinh vi.")
dash("Mùa mưa bão và cao điểm du lịch hè làm gia tăng nguy cơ TNGT, đuối nước, cháy, nổ và sự cố thiên tai.")

roman("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
arabic("1. Về công tác tham mưu và bảo vệ an ninh quốc gia")
dash("Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 01 năm thực hiện Nghị quyết số 09-NQ/TU; chuẩn bị phương án bảo vệ "
     "tuyệt đối an toàn Kỷ niệm 81 năm Ngày Quốc khánh 2/9 và các sự kiện chính trị của tỉnh.")
dash("Chủ động phòng ngừa, đấu tranh làm thất bại mọi âm mưu, hoạt động chống phá; giải quyết dứt điểm 17 trường "
     "hợp khiếu kiện còn lại tại Dự án Khu đô thị ven biển Nam Thạch.")
arabic("2. Về đấu tranh phòng, chống tội phạm")
dash("Mở đợt cao điểm tấn công, trấn áp tội phạm từ ngày 01/8/2026 đến ngày 31/10/2026, tập trung vào tội phạm ma "
     "túy, cho vay lãi nặng, trộm cắp tài sản và lừa đảo qua mạng.")
dash("Phấn đấu bắt, vận động đầu thú, thanh loại đối tượng truy nã đạt trên 50% cả năm; nâng tỷ lệ thu hồi tài sản "
     "trong các vụ án kinh tế, tham nhũng lên trên 60%.")
arabic("3. Về bảo đảm TTATGT, PCCC và CNCH")
dash("Tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm, phấn đấu kéo giảm TNGT trên cả 3 tiêu chí, trong đó:")
plus("Tập trung xử lý vi phạm nồng độ cồn, tốc độ, đi không đúng làn đường trên Quốc lộ 1 và tuyến đường ven biển;")
plus("Mở rộng hệ thống camera giám sát theo Quyết định số 611/QĐ-UBND, phấn đấu đưa thêm 120 điểm camera vào hoạt "
     "động trước ngày 30/11/2026;")
plus("Phối hợp với ngành giáo dục quản lý học sinh sử dụng xe mô tô, xe gắn máy, ngăn chặn tình trạng đua xe trái "
     "phép.")
dash("Kiểm tra an toàn PCCC đối với 100% cơ sở thuộc diện quản lý trong mùa khô; duy trì lực lượng, phương tiện "
     "trực CNCH trong mùa mưa bão.")
arabic("4. Về quản lý hành chính và xây dựng lực lượng")
dash("Đẩy mạnh thực hiện Đề án 06, phấn đấu đến ngày 31/12/2026 đạt trên 90% dân số từ 14 tuổi trở lên có tài khoản "
     "định danh điện tử mức độ 2.")
dash("Tiếp tục đầu tư cơ sở vật chất, phương tiện cho Công an các xã, phường; tổ chức tập huấn chuyên sâu về điều "
     "tra tội phạm sử dụng công nghệ cao cho Công an cấp xã.")

roman("III. ĐỀ XUẤT, KIẾN NGHỊ")
arabic("1. Đối với Bộ Công an")
dash("Quan tâm bổ sung biên chế, phương tiện, trang thiết bị cho Công an các xã vùng biên, vùng biển của tỉnh.")
dash("Chỉ đạo các đơn vị nghiệp vụ của Bộ hỗ trợ Công an tỉnh xác minh, truy bắt các đối tượng truy nã đang lẩn "
     "trốn ở nước ngoài.")
dash("Sớm hướng dẫn quy trình phối hợp với các ngân hàng trong phong tỏa, thu hồi tiền của người bị hại trong các "
     "vụ lừa đảo qua không gian mạng.")
arabic("2. Đối với Tỉnh ủy, Ủy ban nhân dân tỉnh")
dash("Bố trí kinh phí thực hiện Đề án lắp đặt hệ thống camera giám sát giai đoạn 2026 - 2028 và hỗ trợ xây dựng trụ "
     "sở Công an xã còn thiếu.")
dash("Chỉ đạo các sở, ngành, địa phương giải quyết dứt điểm các vụ việc khiếu kiện tồn đọng về bồi thường, giải "
     "phóng mặt bằng.")

body("Trên đây là báo cáo kết quả công tác bảo đảm ANTT 6 tháng đầu năm 2026, phương hướng, nhiệm vụ trọng tâm 6 "
     "tháng cuối năm 2026 của Công an tỉnh Hải Thạch./.")

# ----------------------------------------------------------------------------- signature table
sg = doc.add_table(rows=1, cols=2)
no_borders(sg)
for c, w in zip(sg.rows[0].cells, (Cm(7.8), Cm(8.2))):
    c.width = w
cell_lines(sg.rows[0].cells[0], [
    ("Nơi nhận:", True, True),
    ("- Bộ Công an (qua V01) (để b/c);", False, False),
    ("- Thường trực Tỉnh ủy (để b/c);", False, False),
    ("- Thường trực HĐND tỉnh;", False, False),
    ("- Chủ tịch, các PCT UBND tỉnh;", False, False),
    ("- Đồng chí Giám đốc, các đồng chí PGĐ;", False, False),
    ("- Các đơn vị thuộc Công an tỉnh;", False, False),
    ("- Lưu: VT, PV01.", False, False),
], align=LEFT, size=11)
cell_lines(sg.rows[0].cells[1], [
    ("GIÁM ĐỐC", True, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("Đại tá Trịnh Quốc Khánh", True, False),
])


def main(argv: list[str]) -> Path:
    import datetime as dt
    out = Path(argv[1]) if len(argv) > 1 else OUT
    return R.save(out, ZIP_TIME, author="Công an tỉnh Hải Thạch",
                  title="Báo cáo kết quả công tác bảo đảm an ninh, trật tự 6 tháng đầu năm 2026",
                  created=dt.datetime(2026, 6, 19, 8, 0, 0))


if __name__ == "__main__":
    path = main(sys.argv)
    print(f"saved {path} ({path.stat().st_size} bytes)")
