# -*- coding: utf-8 -*-
"""Sinh báo cáo giả định của Thanh tra tỉnh Hà Nam Bắc (dữ liệu bịa, phục vụ đánh giá).

Write tests/data/thanh-tra-ha-nam-bac-2026.docx: an invented inspection report written by a helper who
never saw the assistant's code, held out from tuning (eval/real/outlines/thanh-tra-ha-nam-bac-2026.json,
eval/real/questions_synth3.jsonl): header/signature tables, Roman/Arabic/lettered/decimal numbering,
tab-led paragraphs, '-'/'+' items, a Phụ lục table with merged group rows."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "tests" / "data" / "thanh-tra-ha-nam-bac-2026.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(6)
st.paragraph_format.line_spacing = 1.15

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_lines(cell, lines, align=WD_ALIGN_PARAGRAPH.CENTER, size=13):
    """lines: list of (text, bold, italic)."""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = None
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)


def para(text, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Cm(1.0), size=None):
    p = doc.add_paragraph()
    p.alignment = align
    if indent is not None:
        p.paragraph_format.first_line_indent = indent
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def part(t):  # I., II. ...
    return para(t, bold=True)


def sect(t):  # 1., 2. ...
    return para(t, bold=True)


def letter(t):  # a), b) ...
    return para(t, bold=True, italic=True)


def dec(t):  # 2.1., 2.2. ...
    return para(t, italic=True, bold=True)


def body(t):
    return para(t)


def tabbed(t):  # đoạn bắt đầu bằng ký tự tab thật, không thụt dòng đầu
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("\t" + t)
    return p


def dash(t):
    return para("- " + t)


def plus(t):
    p = para("+ " + t, indent=Cm(0))
    p.paragraph_format.left_indent = Cm(1.0)
    return p


# ---------------------------------------------------------------- header table
ht = doc.add_table(rows=1, cols=2)
no_borders(ht)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
ht.columns[0].width = Cm(6.5)
ht.columns[1].width = Cm(9.5)
ht.rows[0].cells[0].width = Cm(6.5)
ht.rows[0].cells[1].width = Cm(9.5)
cell_lines(ht.rows[0].cells[0], [
    ("UBND TỈNH HÀ NAM BẮC", False, False),
    ("THANH TRA TỈNH", True, False),
    ("¯¯¯¯¯¯¯¯", False, False),
    ("Số: 186/BC-TTr", False, False),
])
cell_lines(ht.rows[0].cells[1], [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
    ("Độc lập - Tự do - Hạnh phúc", True, False),
    ("¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯", False, False),
    ("Hà Nam Bắc, ngày 20 tháng 11 năm 2026", False, True),
], size=13)

doc.add_paragraph()
para("BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=None)
para("Kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo "
     "và phòng, chống tham nhũng, tiêu cực năm 2026; nhiệm vụ, giải pháp năm 2027",
     bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=None)
para("__________", align=WD_ALIGN_PARAGRAPH.CENTER, indent=None)
para("Kính gửi:  - Thanh tra Chính phủ;\n                  - Ủy ban nhân dân tỉnh Hà Nam Bắc.",
     align=WD_ALIGN_PARAGRAPH.LEFT, indent=Cm(2.5))

body("Thực hiện Công văn số 1820/TTCP-KHTH ngày 20/10/2026 của Thanh tra Chính phủ về việc báo cáo "
     "tổng kết công tác năm 2026 và Văn bản số 3456/UBND-NC ngày 02/11/2026 của Ủy ban nhân dân tỉnh "
     "về việc chuẩn bị báo cáo phục vụ kỳ họp thường lệ cuối năm của Hội đồng nhân dân tỉnh, Thanh tra "
     "tỉnh Hà Nam Bắc tổng hợp, báo cáo kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu nại, "
     "tố cáo và phòng, chống tham nhũng, tiêu cực năm 2026 trên địa bàn tỉnh như sau:")
body("Số liệu trong báo cáo được tính từ ngày 16/12/2025 đến ngày 15/11/2026, bao gồm kết quả của Thanh "
     "tra tỉnh, thanh tra các sở, ngành và thanh tra các huyện, thị xã, thành phố thuộc tỉnh.")

# ---------------------------------------------------------------- I
part("I. KẾT QUẢ CÔNG TÁC THANH TRA")
body("Năm 2026, các cơ quan thanh tra trong tỉnh bám sát định hướng chương trình thanh tra của Thanh tra "
     "Chính phủ và kế hoạch thanh tra đã được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số "
     "3012/QĐ-UBND ngày 25/12/2025; tập trung vào các lĩnh vực dễ phát sinh sai phạm như quản lý đất đai, "
     "đầu tư xây dựng cơ bản, quản lý tài chính - ngân sách, mua sắm công và thực hiện chính sách an sinh xã hội.")

sect("1. Thanh tra hành chính")
body("Toàn ngành thanh tra đã triển khai 65 cuộc thanh tra hành chính, đến thời điểm báo cáo đã ban hành "
     "kết luận 57 cuộc. Qua thanh tra, phát hiện sai phạm về kinh tế tổng cộng 7.379,6 triệu đồng, kiến nghị "
     "thu hồi về ngân sách nhà nước 4.897,6 triệu đồng. Kết quả cụ thể của từng cấp như sau:")

letter("a) Thanh tra tỉnh")
body("Thanh tra tỉnh đã tiến hành 12 cuộc thanh tra hành chính (08 cuộc theo kế hoạch, 04 cuộc đột xuất), "
     "đã ban hành kết luận 10 cuộc, 02 cuộc đang dự thảo kết luận. Qua thanh tra, phát hiện sai phạm về kinh tế "
     "3.456,7 triệu đồng và 1.250 m² đất sử dụng sai mục đích; kiến nghị thu hồi về ngân sách nhà nước "
     "2.100 triệu đồng, kiến nghị giảm trừ giá trị quyết toán, loại khỏi giá trị đề nghị thanh toán 1.356,7 "
     "triệu đồng; kiến nghị xử lý hành chính 07 tập thể và 15 cá nhân có liên quan.")
body("Đáng chú ý, cuộc thanh tra việc quản lý, sử dụng vốn đầu tư xây dựng cơ bản tại Ban Quản lý dự án đầu "
     "tư xây dựng huyện Lạc Bình giai đoạn 2022 - 2025, được tiến hành theo Quyết định số 245/QĐ-TTr ngày "
     "16/3/2026 của Chánh Thanh tra tỉnh, đã phát hiện sai phạm về kinh tế 1.842,3 triệu đồng, chủ yếu do "
     "nghiệm thu khống khối lượng, áp sai đơn giá vật liệu tại 05 công trình giao thông nông thôn. Tại Kết luận "
     "thanh tra số 118/KL-TTr ngày 28/7/2026, Chánh Thanh tra tỉnh đã chuyển hồ sơ 01 vụ việc, 02 đối tượng "
     "có dấu hiệu tội phạm đến cơ quan điều tra để xem xét, xử lý theo quy định.")

letter("b) Thanh tra các sở, ngành")
body("Thanh tra các sở, ngành tiến hành 18 cuộc thanh tra hành chính đối với các đơn vị trực thuộc, chủ yếu "
     "về việc thực hiện chức năng, nhiệm vụ được giao và quản lý, sử dụng tài chính, tài sản công; phát hiện sai "
     "phạm về kinh tế 1.204,5 triệu đồng, kiến nghị thu hồi 865 triệu đồng; kiến nghị kiểm điểm, rút kinh nghiệm "
     "03 tập thể, 09 cá nhân.")

letter("c) Thanh tra các huyện, thị xã, thành phố")
body("Thanh tra các huyện, thị xã, thành phố tiến hành 35 cuộc thanh tra hành chính, tập trung vào công tác "
     "quản lý thu, chi ngân sách cấp xã, quản lý đất công ích và thực hiện chính sách hỗ trợ người có công. Qua "
     "thanh tra, phát hiện sai phạm về kinh tế 2.718,4 triệu đồng; kiến nghị thu hồi 1.932,6 triệu đồng; kiến "
     "nghị xử lý hành chính 04 tập thể và 21 cá nhân; chuyển cơ quan điều tra 01 vụ việc, 02 đối tượng liên quan "
     "đến việc lập hồ sơ khống để chi trả chế độ tại Ủy ban nhân dân xã Tân Phong, huyện Kim Đài.")

sect("2. Thanh tra, kiểm tra chuyên ngành")
body("Các sở, ngành đã tiến hành 146 cuộc thanh tra, kiểm tra chuyên ngành đối với 1.327 tổ chức, cá nhân; "
     "phát hiện 289 tổ chức, cá nhân có vi phạm; ban hành 276 quyết định xử phạt vi phạm hành chính với tổng số "
     "tiền 4.385,2 triệu đồng. Kết quả ở một số lĩnh vực chủ yếu như sau:")

dec("2.1. Lĩnh vực nông nghiệp, tài nguyên và môi trường")
body("Sở Nông nghiệp và Môi trường tiến hành 21 cuộc thanh tra, kiểm tra việc chấp hành pháp luật về đất đai, "
     "khoáng sản, bảo vệ môi trường và vật tư nông nghiệp; xử phạt vi phạm hành chính 38 tổ chức, cá nhân với số "
     "tiền 1.642 triệu đồng; buộc 06 cơ sở khai thác cát trái phép trên sông Đáy Hạ khôi phục lại tình trạng ban "
     "đầu và đình chỉ hoạt động 02 cơ sở chăn nuôi gây ô nhiễm môi trường.")

dec("2.2. Lĩnh vực xây dựng")
body("Sở Xây dựng tiến hành 17 cuộc thanh tra, kiểm tra về trật tự xây dựng, chất lượng công trình và kinh "
     "doanh bất động sản; ban hành 29 quyết định xử phạt với tổng số tiền 512,5 triệu đồng; kiến nghị Ủy ban "
     "nhân dân tỉnh thu hồi 01 dự án khu đô thị chậm triển khai quá 24 tháng so với tiến độ được phê duyệt.")

dec("2.3. Lĩnh vực y tế và an toàn thực phẩm")
body("Sở Y tế tiến hành 24 cuộc thanh tra, kiểm tra về hành nghề khám bệnh, chữa bệnh, kinh doanh dược và mỹ "
     "phẩm, xử phạt với tổng số tiền 726,4 triệu đồng. Riêng các đoàn kiểm tra liên ngành về an toàn thực phẩm "
     "trong dịp Tết Nguyên đán Bính Ngọ đã kiểm tra 1.045 cơ sở sản xuất, kinh doanh thực phẩm, xử phạt 67 cơ "
     "sở với số tiền 318,6 triệu đồng, tiêu hủy 1,2 tấn thực phẩm không rõ nguồn gốc.")

sect("3. Kết quả thực hiện kết luận, kiến nghị sau thanh tra")
tabbed("Công tác theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận thanh tra được chú trọng hơn so với các "
       "năm trước. Các cơ quan thanh tra đã theo dõi, đôn đốc 64 kết luận thanh tra, trong đó 28 kết luận của kỳ "
       "trước chuyển sang. Tổng số tiền phải thu hồi theo các kết luận thanh tra hành chính ban hành trong năm là "
       "4.897,6 triệu đồng, đến nay đã thu hồi 3.104,8 triệu đồng, đạt 63,4%.")
tabbed("Về xử lý trách nhiệm, các cơ quan có thẩm quyền đã xem xét xử lý kỷ luật 02 tập thể và 17 cá nhân "
       "(khiển trách 11, cảnh cáo 05, cách chức 01); số còn lại đang được các cơ quan, đơn vị tổ chức kiểm điểm "
       "theo quy định. Thanh tra tỉnh đã tiến hành 03 cuộc kiểm tra việc thực hiện kết luận thanh tra, ban hành "
       "văn bản đôn đốc đối với 05 đơn vị còn chậm nộp tiền thu hồi.")

# ---------------------------------------------------------------- II
part("II. CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO")

sect("1. Công tác tiếp công dân")
letter("a) Kết quả tiếp công dân")
body("Các cơ quan hành chính nhà nước trong tỉnh đã tiếp 2.846 lượt công dân với 2.113 vụ việc, trong đó có 31 "
     "đoàn đông người. Ban Tiếp công dân tỉnh tiếp thường xuyên 612 lượt công dân với 438 vụ việc, 09 đoàn đông "
     "người; cấp huyện tiếp 1.374 lượt; cấp xã tiếp 860 lượt. Chủ tịch Ủy ban nhân dân tỉnh đã tiếp công dân định "
     "kỳ 12 kỳ và đột xuất 03 kỳ theo đúng quy định của Luật Tiếp công dân.")
body("Đoàn đông người có số lượng lớn nhất trong năm gồm khoảng 45 hộ dân xã Đông Hòa, huyện Thanh Khê, kiến "
     "nghị về giá bồi thường, hỗ trợ khi thu hồi đất thực hiện Dự án Khu công nghiệp Thanh Khê II. Đoàn được lãnh "
     "đạo Ủy ban nhân dân tỉnh tiếp tại Trụ sở Tiếp công dân tỉnh ngày 07/4/2026; sau buổi tiếp, Ủy ban nhân dân "
     "tỉnh đã giao Sở Nông nghiệp và Môi trường chủ trì rà soát, trả lời công dân trong thời hạn 30 ngày.")

letter("b) Nội dung tiếp công dân")
body("Nội dung công dân trình bày chủ yếu liên quan đến lĩnh vực đất đai như bồi thường, hỗ trợ, tái định cư, "
     "cấp giấy chứng nhận quyền sử dụng đất, tranh chấp đất đai, chiếm 71,2% tổng số vụ việc; số còn lại liên quan "
     "đến chế độ, chính sách, tố cáo cán bộ, công chức và một số kiến nghị về môi trường.")

sect("2. Tiếp nhận, phân loại và xử lý đơn")
body("Trong năm, các cơ quan hành chính nhà nước tiếp nhận 3.215 đơn (kỳ trước chuyển sang 96 đơn); sau khi loại "
     "trừ 808 đơn trùng lặp, đơn không rõ họ tên, địa chỉ, số đơn đủ điều kiện xử lý là 2.407 đơn, gồm:")
dash("Đơn khiếu nại: 412 đơn;")
dash("Đơn tố cáo: 156 đơn;")
dash("Đơn kiến nghị, phản ánh: 1.839 đơn.")
body("Qua phân loại, số đơn thuộc thẩm quyền giải quyết của các cơ quan hành chính là 1.964 đơn; số đơn không "
     "thuộc thẩm quyền đã được hướng dẫn công dân hoặc chuyển đến cơ quan có thẩm quyền giải quyết.")

sect("3. Kết quả giải quyết khiếu nại")
body("Tổng số vụ việc khiếu nại thuộc thẩm quyền của các cấp là 186 vụ việc, đã giải quyết 171 vụ việc, đạt "
     "91,9%, cụ thể:")
dash("Cấp tỉnh: tiếp nhận 38 vụ việc thuộc thẩm quyền, đã giải quyết 34 vụ việc;")
dash("Cấp huyện: tiếp nhận 148 vụ việc thuộc thẩm quyền, đã giải quyết 137 vụ việc.")
body("Qua giải quyết, có 14 vụ việc khiếu nại đúng, 29 vụ việc đúng một phần và 128 vụ việc khiếu nại sai; kiến "
     "nghị trả lại cho công dân 1.085,4 triệu đồng và 2.360 m² đất. Số vụ việc còn lại đang trong thời hạn giải "
     "quyết, sẽ được chuyển sang năm 2027.")

sect("4. Kết quả giải quyết tố cáo")
body("Các cơ quan có thẩm quyền đã thụ lý 64 vụ việc tố cáo, giải quyết xong 58 vụ việc, đạt 90,6%. Trong đó, cấp "
     "tỉnh thụ lý 12 vụ việc, đã giải quyết 11 vụ việc; cấp huyện thụ lý 52 vụ việc, đã giải quyết 47 vụ việc.")
body("Qua giải quyết, có 07 vụ việc tố cáo đúng, 15 vụ việc tố cáo đúng một phần và 36 vụ việc tố cáo sai; kiến "
     "nghị xử lý hành chính 09 cá nhân. Công tác bảo vệ người tố cáo được thực hiện nghiêm túc, giữ bí mật họ tên, "
     "địa chỉ người tố cáo; trong năm không phát sinh trường hợp phải áp dụng biện pháp bảo vệ người tố cáo.")

# ---------------------------------------------------------------- III
part("III. CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC")

sect("1. Công tác lãnh đạo, chỉ đạo và tuyên truyền, phổ biến pháp luật")
body("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 56/KH-UBND ngày 20/01/2026 về công tác phòng, chống tham nhũng, "
     "tiêu cực năm 2026, giao nhiệm vụ cụ thể cho từng sở, ngành, địa phương. Các cơ quan, đơn vị đã tổ chức 1.124 "
     "hội nghị, buổi sinh hoạt chuyên đề phổ biến Luật Phòng, chống tham nhũng và các văn bản hướng dẫn cho hơn "
     "48.600 lượt cán bộ, công chức, viên chức và người lao động.")

sect("2. Kết quả thực hiện các biện pháp phòng ngừa tham nhũng")
letter("a) Công khai, minh bạch trong hoạt động của cơ quan, tổ chức")
body("Các cơ quan, đơn vị thực hiện công khai dự toán, quyết toán ngân sách, mua sắm tài sản công và thủ tục hành "
     "chính theo quy định. Thanh tra tỉnh đã kiểm tra việc thực hiện công khai, minh bạch tại 42 cơ quan, đơn vị, "
     "phát hiện 06 đơn vị công khai chưa đầy đủ, chưa đúng thời hạn và đã yêu cầu khắc phục.")
letter("b) Chuyển đổi vị trí công tác")
body("Các cơ quan, đơn vị đã thực hiện chuyển đổi vị trí công tác đối với 187 công chức, viên chức làm việc tại "
     "các vị trí liên quan đến quản lý đất đai, tài chính, thuế, cấp phép và tổ chức cán bộ nhằm phòng ngừa tham nhũng.")
letter("c) Kiểm soát tài sản, thu nhập")
body("Toàn tỉnh có 2.486 người thực hiện kê khai tài sản, thu nhập hằng năm và 143 người kê khai phục vụ công tác "
     "cán bộ. Thanh tra tỉnh đã xác minh tài sản, thu nhập của 52 người theo Kế hoạch xác minh số 12/KH-TTr ngày "
     "10/4/2026; kết quả xác minh có 03 người kê khai chưa đầy đủ biến động tài sản, đã yêu cầu giải trình và kiểm "
     "điểm, rút kinh nghiệm.")
letter("d) Cải cách hành chính và thanh toán không dùng tiền mặt")
body("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 68,5%; 100% cơ quan, đơn vị thực "
     "hiện chi trả lương qua tài khoản; việc thu phí, lệ phí không dùng tiền mặt tiếp tục được mở rộng tại bộ phận "
     "một cửa các cấp.")

sect("3. Kết quả phát hiện, xử lý tham nhũng")
dash("Qua công tác tự kiểm tra nội bộ: phát hiện 01 vụ, 01 đối tượng là thủ quỹ Trường Tiểu học Hòa Lạc, huyện "
     "Mỹ Lộc Bắc chiếm dụng tiền học phí 86,5 triệu đồng; đơn vị đã thu hồi toàn bộ số tiền và xử lý kỷ luật buộc "
     "thôi việc đối với người vi phạm.")
dash("Qua công tác thanh tra: phát hiện 02 vụ, 04 đối tượng có dấu hiệu tham nhũng với số tiền 1.126,8 triệu đồng; "
     "toàn bộ hồ sơ đã được chuyển đến Cơ quan Cảnh sát điều tra Công an tỉnh để điều tra theo thẩm quyền.")
dash("Xử lý trách nhiệm người đứng đầu: đã xem xét, xử lý kỷ luật 04 người đứng đầu, cấp phó của người đứng đầu "
     "do thiếu trách nhiệm để xảy ra tham nhũng trong đơn vị được giao quản lý (khiển trách 03, cảnh cáo 01).")
dash("Thu hồi tài sản tham nhũng: trong năm đã thu hồi 845,2 triệu đồng tiền, tài sản bị thất thoát, chiếm đoạt.")

# ---------------------------------------------------------------- IV
part("IV. ĐÁNH GIÁ CHUNG")
sect("1. Ưu điểm")
body("Công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng năm 2026 đã được "
     "các cấp, các ngành quan tâm lãnh đạo, chỉ đạo. Chất lượng các cuộc thanh tra từng bước được nâng lên, nhiều "
     "vụ việc phức tạp, kéo dài đã được tập trung giải quyết dứt điểm; số đoàn đông người giảm 18,4% so với năm 2025, "
     "góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh.")
sect("2. Tồn tại, hạn chế")
dash("Một số cuộc thanh tra còn kéo dài thời gian ban hành kết luận so với quy định, nhất là các cuộc thanh tra "
     "về đầu tư xây dựng cơ bản;")
dash("Tỷ lệ thu hồi tiền sai phạm sau thanh tra chưa cao, một số đơn vị chậm khắc phục sai phạm;")
dash("Việc giải quyết khiếu nại ở cấp huyện có vụ việc còn quá hạn, chất lượng báo cáo xác minh chưa cao;")
dash("Công tác tự kiểm tra nội bộ để phát hiện tham nhũng tại nhiều cơ quan, đơn vị còn mang tính hình thức;")
dash("Việc cập nhật cơ sở dữ liệu quốc gia về khiếu nại, tố cáo ở một số địa phương chưa kịp thời, đầy đủ.")
sect("3. Nguyên nhân")
letter("a) Nguyên nhân khách quan")
dash("Hệ thống pháp luật về đất đai, đầu tư có nhiều thay đổi, một số văn bản hướng dẫn ban hành chậm;")
dash("Tốc độ đô thị hóa nhanh, nhiều dự án thu hồi đất quy mô lớn làm phát sinh khiếu nại phức tạp;")
dash("Một số đối tượng lợi dụng quyền khiếu nại, tố cáo để kích động, lôi kéo người dân.")
letter("b) Nguyên nhân chủ quan")
dash("Người đứng đầu một số cơ quan, đơn vị chưa thực sự quan tâm chỉ đạo công tác phòng, chống tham nhũng;")
dash("Biên chế của cơ quan thanh tra các cấp còn thiếu, một bộ phận công chức chưa đáp ứng yêu cầu nhiệm vụ;")
dash("Sự phối hợp giữa cơ quan thanh tra với các cơ quan liên quan trong xử lý sau thanh tra chưa chặt chẽ.")

# ---------------------------------------------------------------- V
part("V. NHIỆM VỤ, GIẢI PHÁP NĂM 2027")
sect("1. Công tác thanh tra")
dash("Xây dựng, trình phê duyệt Kế hoạch thanh tra năm 2027 bảo đảm không chồng chéo, trùng lặp; tập trung vào "
     "các lĩnh vực:")
plus("Quản lý, sử dụng đất đai, tài nguyên khoáng sản;")
plus("Đầu tư xây dựng cơ bản, quản lý dự án sử dụng vốn ngân sách nhà nước;")
plus("Quản lý tài chính, mua sắm tài sản công tại các đơn vị sự nghiệp công lập.")
dash("Nâng cao chất lượng kết luận thanh tra, kiên quyết thu hồi tiền, tài sản sai phạm, phấn đấu tỷ lệ thu hồi "
     "đạt trên 80%.")
sect("2. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo")
dash("Thực hiện nghiêm việc tiếp công dân định kỳ, đột xuất của người đứng đầu;")
dash("Tập trung rà soát, giải quyết dứt điểm các vụ việc khiếu nại đông người, kéo dài ngay từ cơ sở;")
dash("Phấn đấu tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%.")
sect("3. Công tác phòng, chống tham nhũng, tiêu cực")
dash("Đẩy mạnh kiểm soát tài sản, thu nhập, mở rộng xác minh đối với người giữ chức vụ lãnh đạo, quản lý;")
dash("Tăng cường công tác tự kiểm tra nội bộ, phát hiện sớm hành vi tham nhũng ngay tại cơ quan, đơn vị;")
dash("Xử lý nghiêm trách nhiệm người đứng đầu khi để xảy ra tham nhũng trong đơn vị mình quản lý.")

# ---------------------------------------------------------------- VI
part("VI. KIẾN NGHỊ, ĐỀ XUẤT")
sect("1. Đối với Thanh tra Chính phủ")
dash("Sớm ban hành hướng dẫn thống nhất về quy trình xác minh tài sản, thu nhập sau khi sắp xếp tổ chức bộ máy;")
dash("Tăng cường tập huấn chuyên sâu về thanh tra đầu tư xây dựng cho công chức thanh tra địa phương.")
sect("2. Đối với Ủy ban nhân dân tỉnh")
dash("Chỉ đạo các sở, ngành, địa phương thực hiện nghiêm kết luận thanh tra, xử lý trách nhiệm đơn vị chậm nộp "
     "tiền thu hồi;")
dash("Bố trí đủ biên chế và kinh phí cho hoạt động thanh tra, tiếp công dân theo quy định.")

body("Trên đây là báo cáo kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống "
     "tham nhũng, tiêu cực năm 2026 và nhiệm vụ, giải pháp năm 2027 của Thanh tra tỉnh Hà Nam Bắc./.")

# ---------------------------------------------------------------- signature table
sg = doc.add_table(rows=1, cols=2)
no_borders(sg)
sg.rows[0].cells[0].width = Cm(7.5)
sg.rows[0].cells[1].width = Cm(8.5)
cell_lines(sg.rows[0].cells[0], [
    ("Nơi nhận:", True, True),
    ("- Thanh tra Chính phủ (b/c);", False, False),
    ("- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", False, False),
    ("- Chủ tịch, các PCT UBND tỉnh;", False, False),
    ("- Ban Nội chính Tỉnh ủy;", False, False),
    ("- Lãnh đạo Thanh tra tỉnh;", False, False),
    ("- Lưu: VT, NV3.", False, False),
], align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
cell_lines(sg.rows[0].cells[1], [
    ("KT. CHÁNH THANH TRA", True, False),
    ("PHÓ CHÁNH THANH TRA", True, False),
    ("", False, False),
    ("", False, False),
    ("", False, False),
    ("Đỗ Văn Thịnh", True, False),
])

# ---------------------------------------------------------------- Phụ lục
pb = doc.add_paragraph()
pb.add_run().add_break(WD_BREAK.PAGE)
para("Phụ lục", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=None)
para("KẾT QUẢ THANH TRA HÀNH CHÍNH VÀ THANH TRA, KIỂM TRA CHUYÊN NGÀNH NĂM 2026",
     bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=None)
para("(Kèm theo Báo cáo số 186/BC-TTr ngày 20/11/2026 của Thanh tra tỉnh Hà Nam Bắc)",
     italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=None)
para("Đơn vị tính: triệu đồng", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=None, size=12)

header = ["STT", "Đơn vị thực hiện", "Số cuộc", "Số tiền vi phạm phát hiện",
          "Kiến nghị thu hồi, xử phạt", "Đã thu hồi, nộp ngân sách", "Tỷ lệ đã thu (%)"]
rows = [
    ("group", "I. Lĩnh vực hành chính"),
    ("1", "Thanh tra tỉnh", "12", "3.456,7", "2.100,0", "1.386,4", "66,0"),
    ("2", "Thanh tra các sở, ngành", "18", "1.204,5", "865,0", "712,3", "82,3"),
    ("3", "Thanh tra các huyện, thị xã, thành phố", "35", "2.718,4", "1.932,6", "1.006,1", "52,1"),
    ("group", "II. Lĩnh vực chuyên ngành"),
    ("4", "Sở Nông nghiệp và Môi trường", "21", "1.642,0", "1.642,0", "1.528,5", "93,1"),
    ("5", "Sở Xây dựng", "17", "512,5", "512,5", "476,0", "92,9"),
    ("6", "Sở Y tế", "24", "726,4", "726,4", "701,2", "96,5"),
    ("7", "Các sở, ngành khác", "84", "1.504,3", "1.504,3", "1.397,0", "92,9"),
    ("", "Tổng cộng", "211", "11.764,8", "9.282,8", "7.207,5", "77,6"),
]
t = doc.add_table(rows=1, cols=len(header))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.1), Cm(4.6), Cm(1.6), Cm(2.4), Cm(2.4), Cm(2.4), Cm(1.8)]
for i, h in enumerate(header):
    c = t.rows[0].cells[i]
    c.width = widths[i]
    cell_lines(c, [(h, True, False)], size=11)
for r in rows:
    cells = t.add_row().cells
    if r[0] == "group":
        m = cells[0].merge(cells[-1])
        cell_lines(m, [(r[1], True, False)], align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
        continue
    bold = r[1] == "Tổng cộng"
    for i, v in enumerate(r):
        cells[i].width = widths[i]
        cell_lines(cells[i], [(v, bold, False)],
                   align=WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER, size=11)

doc.save(OUT)
print("saved", OUT)
