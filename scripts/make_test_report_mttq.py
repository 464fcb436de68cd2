"""Sinh báo cáo giả định về công tác Mặt trận năm 2026 của Ủy ban MTTQ Việt Nam tỉnh Phú Lạc (dữ liệu bịa).

Writes tests/data/mttq-phu-lac-nam-2026.pdf: an invented year report of a provincial Vietnam Fatherland Front
Committee (Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh) on the Front's work in 2026 and its programme of
coordinated action for 2027, written by a helper who never saw the assistant's code (held-out labels:
eval/real/outlines/mttq-phu-lac-nam-2026.json, eval/real/questions_held5.jsonl). Born-digital (reportlab,
embedded DejaVu Serif): a two-column state header on the first page, a running header and page numbers on every
page after the first, page-bottom footnotes, two parts ("Phần thứ nhất" / "Phần thứ hai") with Roman, Arabic,
"1.1." decimal and "a)" headings, one heading that wraps over two lines, '(1) … (n)' items in running text,
'-'/'+' items, a table of the "Vì người nghèo" fund by area that runs over a page break (header row repeated),
and a two-column signature block with "Nơi nhận:".

Run: .venv/bin/python scripts/make_test_report_mttq.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_mttq.py --outline  (prints the expected outline as JSON)
     .venv/bin/python scripts/make_test_report_mttq.py --text     (prints the plain text, footnotes last)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/x.py` and `python -m scripts.x` both find the kit
# the kit must come before any other reportlab import: it switches reportlab to invariant mode
from scripts.pdf_report_kit import (FRAME_W, block_flowables, build_pdf as _build_pdf, clean,  # noqa: E402
                                    nfc, number_footnotes, signature, strip_markup, table_flowables,
                                    vn_int, vn_pct)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table, TableStyle  # noqa: E402

PDF = ROOT / "tests" / "data" / "mttq-phu-lac-nam-2026.pdf"

HEADER_TEXT = "Báo cáo kết quả công tác Mặt trận năm 2026 - Ủy ban MTTQ Việt Nam tỉnh Phú Lạc"
TITLE_LINE = "BÁO CÁO"
SUBTITLE = "Kết quả công tác Mặt trận năm 2026 và chương trình phối hợp,\nthống nhất hành động năm 2027"

# --------------------------------------------------------------------------------------------------
# The Quỹ "Vì người nghèo" table, by area (địa bàn các huyện, thị xã cũ). Houses are counted where they are
# built, including those paid for from the provincial fund.
# --------------------------------------------------------------------------------------------------
FUND_PROVINCE = (24860, 21370)  # Ủy ban MTTQ Việt Nam tỉnh: vận động được, đã chi (triệu đồng)
AREA_ROWS = [  # (khu vực, số xã/phường, vận động được, đã chi, nhà xây mới, nhà sửa chữa)
    ("Khu vực Lạc Thành", "08", 6245, 5318, 22, 14),
    ("Khu vực Tân Khê", "12", 3186, 2947, 58, 19),
    ("Khu vực Yên Thọ", "11", 2874, 2605, 61, 23),
    ("Khu vực Đồng Mai", "10", 2412, 1698, 39, 17),
    ("Khu vực Suối Ngàn", "13", 1965, 1872, 74, 21),
    ("Khu vực Hòa Mỹ", "09", 2530, 2214, 45, 26),
    ("Khu vực Cẩm Thạch", "10", 3608, 3025, 33, 18),
    ("Khu vực Bản Pho", "12", 1347, 1286, 66, 15),
    ("Khu vực Mường Lựu", "14", 1158, 1127, 82, 22),
]
XA_RAISED = sum(r[2] for r in AREA_ROWS)
XA_SPENT = sum(r[3] for r in AREA_ROWS)
ALL_RAISED = FUND_PROVINCE[0] + XA_RAISED
ALL_SPENT = FUND_PROVINCE[1] + XA_SPENT
HOUSES_NEW = sum(r[4] for r in AREA_ROWS)
HOUSES_FIX = sum(r[5] for r in AREA_ROWS)
assert (XA_RAISED, XA_SPENT, ALL_RAISED, ALL_SPENT) == (25325, 22092, 50185, 43462)
assert (HOUSES_NEW, HOUSES_FIX, sum(int(r[1]) for r in AREA_ROWS)) == (480, 175, 99)


def fund_table() -> dict:
    rows = [["1", "Ủy ban MTTQ Việt Nam tỉnh", "-", vn_int(FUND_PROVINCE[0]), vn_int(FUND_PROVINCE[1]),
             vn_pct(FUND_PROVINCE[1], FUND_PROVINCE[0]), "-", "-"]]
    for i, (name, n, raised, spent, new, fix) in enumerate(AREA_ROWS, 2):
        rows.append([str(i), name, n, vn_int(raised), vn_int(spent), vn_pct(spent, raised), str(new), str(fix)])
    rows.append(["", "Tổng cộng", "99", vn_int(ALL_RAISED), vn_int(ALL_SPENT), vn_pct(ALL_SPENT, ALL_RAISED),
                 str(HOUSES_NEW), str(HOUSES_FIX)])
    return {"unit": "Đơn vị tính: triệu đồng; nhà",
            "head": ["STT", "Cấp tỉnh / khu vực (địa bàn huyện, thị xã cũ)", "Số xã, phường",
                     "Vận động được", "Đã chi", "Tỷ lệ chi so với vận động (%)",
                     "Nhà Đại đoàn kết xây mới", "Nhà Đại đoàn kết sửa chữa"],
            "widths": [1.1 * cm, 4.4 * cm, 1.8 * cm, 1.9 * cm, 1.8 * cm, 1.9 * cm, 1.8 * cm, 1.8 * cm],
            "rows": rows, "bold_rows": {len(rows) - 1}}


# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   part      (label, "<br/>TITLE")    "Phần thứ nhất" / title, centred bold
#   roman     (label, title)            "I. TITLE" bold caps
#   arabic    (label, title)            "1. Title" bold
#   dec       (label, title)            "2.1. Title" bold italic
#   letter    (label, title)            "a) Title" italic, on its own line
#   p         (text,)                   body paragraph
#   dash/plus (text,)                   "- text" / "+ text"
#   table     (None,)                   the Quỹ "Vì người nghèo" table
# --------------------------------------------------------------------------------------------------
OPENING = [
    ("p", "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - "
          "2030 và Nghị quyết Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; "
          "là năm diễn ra cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
          "2026 - 2031. Thực hiện Hướng dẫn số 52/HD-MTTW-BTT ngày 14/10/2026 của Ban Thường trực Ủy ban Trung "
          "ương Mặt trận Tổ quốc Việt Nam về tổng kết công tác Mặt trận năm 2026, Ban Thường trực Ủy ban Mặt "
          "trận Tổ quốc (MTTQ) Việt Nam tỉnh Phú Lạc báo cáo kết quả công tác Mặt trận năm 2026 và chương trình "
          "phối hợp, thống nhất hành động năm 2027 như sau:"),
]

BODY = [
    ("part", "Phần thứ nhất", "<br/>KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2026"),
    ("roman", "I.", "ĐẶC ĐIỂM TÌNH HÌNH"),
    ("p", "Năm 2026, kinh tế - xã hội của tỉnh tiếp tục phục hồi và tăng trưởng khá, tốc độ tăng tổng sản phẩm "
          "trên địa bàn (GRDP) ước đạt 8,1%; thu nhập bình quân đầu người đạt 68,4 triệu đồng; tỷ lệ hộ nghèo "
          "theo chuẩn nghèo đa chiều giảm còn 4,86%. Toàn tỉnh có 99 đơn vị hành chính cấp xã (87 xã và 12 "
          "phường) với 1.086 thôn, bản, tổ dân phố; dân số trên 1,18 triệu người, gồm 19 dân tộc cùng sinh "
          "sống, trong đó đồng bào dân tộc thiểu số chiếm 43,7%; có 5 tôn giáo được Nhà nước công nhận với gần "
          "86.400 tín đồ. Bên cạnh thuận lợi, tỉnh chịu ảnh hưởng nặng nề của cơn bão số 3 và hoàn lưu sau bão "
          "(tháng 8/2026) gây lũ quét, sạt lở đất tại nhiều xã vùng cao, ảnh hưởng lớn đến sản xuất và đời sống "
          "của Nhân dân."),
    ("p", "Sau sắp xếp tổ chức bộ máy, cơ quan Ủy ban MTTQ Việt Nam tỉnh và 05 tổ chức chính trị - xã hội trực "
          "thuộc (Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Cựu "
          "chiến binh tỉnh) hoạt động ổn định, nền nếp; Ủy ban MTTQ Việt Nam 99 xã, phường được kiện toàn, "
          "hoạt động hướng mạnh về khu dân cư. Những kết quả đó tạo điều kiện thuận lợi để Mặt trận các cấp "
          "triển khai thực hiện nhiệm vụ năm 2026."),
    ("roman", "II.", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CÔNG TÁC MẶT TRẬN"),
    ("arabic", "1.", "Công tác tuyên truyền, vận động, tập hợp các tầng lớp Nhân dân, củng cố khối đại đoàn kết "
                     "toàn dân tộc"),
    ("dec", "1.1.", "Công tác tuyên truyền, nắm tình hình Nhân dân"),
    ("p", "Mặt trận các cấp chủ trì, phối hợp tổ chức 12.640 buổi tuyên truyền với trên 684.000 lượt người tham "
          "dự; nội dung tuyên truyền tập trung vào Nghị quyết Đại hội Đảng các cấp, cuộc bầu cử đại biểu Quốc "
          "hội và đại biểu Hội đồng nhân dân các cấp, các chủ trương về sắp xếp tổ chức bộ máy và chính quyền "
          "địa phương hai cấp. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với các cơ quan báo chí duy "
          "trì chuyên mục “Đại đoàn kết” và đẩy mạnh tuyên truyền trên môi trường số[[Báo và Phát thanh, Truyền "
          "hình Phú Lạc đăng, phát 236 tin, bài, phóng sự về hoạt động của Mặt trận; Trang thông tin điện tử "
          "Ủy ban MTTQ Việt Nam tỉnh đăng tải 1.382 tin, bài, ảnh với trên 2,1 triệu lượt truy cập; trang "
          "“Mặt trận Phú Lạc” trên mạng xã hội có 48.600 người theo dõi.]]."),
    ("p", "Công tác nắm tình hình tư tưởng, tâm trạng Nhân dân được duy trì thường xuyên qua mạng lưới 1.086 "
          "Ban Công tác Mặt trận ở khu dân cư và 326 cộng tác viên dư luận xã hội. Ban Thường trực Ủy ban MTTQ "
          "Việt Nam tỉnh tổng hợp 12 báo cáo tình hình Nhân dân hằng tháng và 04 báo cáo chuyên đề gửi Ban "
          "Thường vụ Tỉnh ủy, trong đó có báo cáo về tâm tư của Nhân dân vùng bị thiệt hại do bão số 3 và về "
          "việc bồi thường, giải phóng mặt bằng dự án Khu công nghiệp Nam Lạc Thành."),
    ("dec", "1.2.", "Công tác vận động đồng bào dân tộc thiểu số, đồng bào có đạo"),
    ("p", "Mặt trận các cấp phối hợp thăm hỏi, tặng quà 418 người có uy tín trong đồng bào dân tộc thiểu số và "
          "276 chức sắc, chức việc các tôn giáo nhân dịp Tết Nguyên đán, Lễ Phật đản, Lễ Giáng sinh; tổ chức "
          "02 hội nghị gặp mặt, đối thoại với chức sắc, chức việc, người có uy tín. Các tổ chức tôn giáo tích "
          "cực hưởng ứng các cuộc vận động, tham gia ủng hộ Quỹ “Vì người nghèo” và khắc phục hậu quả thiên "
          "tai; 100% cơ sở thờ tự tham gia tuyên truyền về cuộc bầu cử."),
    ("dec", "1.3.", "Công tác vận động, tập hợp đoàn viên, hội viên của các tổ chức chính trị - xã hội"),
    ("p", "Các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam tỉnh tiếp tục đổi mới nội dung, "
          "phương thức tập hợp, hướng về chi hội, chi đoàn, tổ công đoàn ở cơ sở; kết quả cụ thể như sau:"),
    ("dash", "Hội Nông dân tỉnh: kết nạp 4.126 hội viên mới, nâng tổng số lên 142.380 hội viên, tỷ lệ tập hợp "
             "đạt 78,4% số hộ nông dân; thành lập mới 26 chi hội nghề nghiệp."),
    ("dash", "Hội Liên hiệp Phụ nữ tỉnh: kết nạp 5.318 hội viên mới, tổng số 218.650 hội viên, tỷ lệ tập hợp "
             "đạt 82,6% số phụ nữ từ 18 tuổi trở lên."),
    ("dash", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh: kết nạp 9.472 đoàn viên mới, tập hợp 64,3% thanh niên "
             "trong độ tuổi; giới thiệu 1.246 đoàn viên ưu tú cho Đảng xem xét kết nạp."),
    ("dash", "Hội Cựu chiến binh tỉnh: kết nạp 1.087 hội viên mới, tổng số 31.940 hội viên, tỷ lệ tập hợp đạt "
             "95,1% số cựu chiến binh."),
    ("dash", "Liên đoàn Lao động tỉnh: phát triển 3.940 đoàn viên công đoàn mới, thành lập 27 công đoàn cơ sở "
             "trong doanh nghiệp ngoài nhà nước, nâng tổng số lên 98.215 đoàn viên."),
    ("arabic", "2.", "Công tác chủ trì, phối hợp tổ chức các cuộc vận động, phong trào thi đua yêu nước"),
    ("dec", "2.1.", "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"),
    ("p", "Cuộc vận động tiếp tục được triển khai sâu rộng gắn với Chương trình mục tiêu quốc gia xây dựng nông "
          "thôn mới. Năm 2026, Nhân dân trong tỉnh đóng góp 214,6 tỷ đồng, hiến 86.300 m² đất và 241.500 ngày "
          "công để làm đường giao thông nông thôn, nhà văn hóa, kênh mương nội đồng; toàn tỉnh có thêm 06 xã "
          "đạt chuẩn nông thôn mới, 03 xã đạt chuẩn nông thôn mới nâng cao. Tỷ lệ hộ gia đình được công nhận "
          "“Gia đình văn hóa” đạt 91,2%; tỷ lệ thôn, bản, tổ dân phố được công nhận danh hiệu văn hóa đạt 87,5%."),
    ("p", "Ngày hội Đại đoàn kết toàn dân tộc năm 2026 được tổ chức ở 1.079/1.086 khu dân cư. Ngày hội điểm cấp "
          "tỉnh được tổ chức ngày 12/11/2026 tại thôn Nà Chang, xã Tân Khê, với sự tham dự của đồng chí Lương "
          "Đình Phong, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; tại Ngày hội, Ủy ban MTTQ Việt Nam tỉnh trao 10 "
          "nhà Đại đoàn kết cho hộ nghèo của xã."),
    ("dec", "2.2.", "Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”"),
    ("p", "Mặt trận các cấp phối hợp tổ chức 38 hội chợ, phiên chợ hàng Việt về nông thôn, vùng đồng bào dân tộc "
          "thiểu số; hỗ trợ 126 sản phẩm OCOP của hợp tác xã, hộ sản xuất quảng bá trên các sàn thương mại điện "
          "tử. Nhận thức của người tiêu dùng về ưu tiên sử dụng hàng Việt Nam, nhất là sản phẩm đặc sản, nông "
          "sản an toàn của địa phương, có chuyển biến tích cực."),
    ("p", "Các tổ chức chính trị - xã hội lồng ghép nội dung cuộc vận động vào sinh hoạt chi hội, chi đoàn; "
          "Hội Liên hiệp Phụ nữ các cấp tổ chức 46 phiên chợ “Phụ nữ với sản phẩm OCOP”, Hội Nông dân tỉnh "
          "phối hợp kết nối tiêu thụ 2.850 tấn nông sản cho hội viên qua các kênh thương mại điện tử, "
          "góp phần ổn định đầu ra cho sản phẩm chè, quế, măng tre của địa phương. Ban Thường trực Ủy ban MTTQ "
          "Việt Nam tỉnh phối hợp với Sở Công Thương tổ chức Hội nghị kết nối cung cầu hàng hóa với các tỉnh, "
          "thành phố vùng đồng bằng sông Hồng, có 86 doanh nghiệp, hợp tác xã tham gia, ký kết 24 biên bản ghi "
          "nhớ về tiêu thụ sản phẩm."),
    ("dec", "2.3.", "Công tác vận động ủng hộ Quỹ “Vì người nghèo”, an sinh xã hội, hỗ trợ xây dựng nhà Đại đoàn "
                    "kết và cứu trợ khắc phục hậu quả thiên tai, bão lũ"),
    ("p", "Hưởng ứng “Tháng cao điểm vì người nghèo” (từ ngày 17/10 đến ngày 18/11/2026), Ban Vận động Quỹ “Vì "
          "người nghèo” các cấp tổ chức lễ phát động tại 99/99 xã, phường; các cơ quan, đơn vị, lực lượng vũ "
          "trang ủng hộ tối thiểu 01 ngày lương của cán bộ, công chức, viên chức, người lao động. Việc quản lý, "
          "sử dụng Quỹ được công khai trên bảng tin của Ủy ban MTTQ Việt Nam cấp xã và tại các khu dân cư; Ban "
          "Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức 02 đoàn kiểm tra việc quản lý Quỹ tại 14 xã, phường, qua "
          "kiểm tra chưa phát hiện sai phạm."),
    ("p", f"Ủy ban MTTQ Việt Nam các cấp vận động Quỹ “Vì người nghèo” và an sinh xã hội được "
          f"{vn_int(ALL_RAISED)} triệu đồng, tăng 14,2% so với năm 2025, trong đó cấp tỉnh "
          f"{vn_int(FUND_PROVINCE[0])} triệu đồng, cấp xã {vn_int(XA_RAISED)} triệu đồng[[Các cơ quan, doanh "
          "nghiệp ủng hộ nhiều: Công ty cổ phần Xi măng Lạc Thành 1.500 triệu đồng; Chi nhánh Ngân hàng Nông "
          "nghiệp và Phát triển nông thôn tỉnh 1.200 triệu đồng; Công ty TNHH May mặc Phú Hưng 850 triệu đồng; "
          "Hội Doanh nhân trẻ tỉnh 620 triệu đồng.]]. Đã chi "
          f"{vn_int(ALL_SPENT)} triệu đồng, đạt {vn_pct(ALL_SPENT, ALL_RAISED)}% số vận động được, để hỗ trợ "
          "sinh kế, học bổng, khám chữa bệnh và quà Tết cho 2.315 hộ nghèo và 1.468 hộ cận nghèo; xây dựng "
          f"{HOUSES_NEW + HOUSES_FIX} nhà Đại đoàn kết, trong đó xây mới {HOUSES_NEW} nhà và sửa chữa "
          f"{HOUSES_FIX} nhà. Mức hỗ trợ thực hiện theo Quyết định số 27/2026/QĐ-UBND ngày 16/3/2026 của Ủy "
          "ban nhân dân tỉnh: 60 triệu đồng đối với nhà xây mới, 30 triệu đồng đối với nhà sửa chữa."),
    ("p", "Ngay sau cơn bão số 3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Lời kêu gọi ủng hộ đồng "
          "bào bị thiệt hại; Ban Vận động cứu trợ các cấp đã tiếp nhận tiền và hàng hóa ủng hộ[[Ban Vận động "
          "cứu trợ tỉnh tiếp nhận 8.736 triệu đồng và hàng hóa trị giá 1.245 triệu đồng; Ban Vận động cứu trợ "
          "các xã, phường tiếp nhận 3.904 triệu đồng. Toàn bộ số tiền, hàng đã được phân bổ kịp thời, công "
          "khai.]], kịp thời hỗ trợ 1.942 hộ có nhà bị sập, hư hỏng, hộ có người chết, mất tích do lũ quét, sạt "
          "lở đất."),
    ("p", "Bên cạnh đó, Mặt trận các cấp phối hợp vận động các nhà hảo tâm trao 1.236 suất học bổng “Tiếp bước "
          "đến trường” trị giá 1.854 triệu đồng cho học sinh nghèo vượt khó; hỗ trợ 2.480 thẻ bảo hiểm y tế cho "
          "người thuộc hộ cận nghèo; phối hợp tổ chức 14 đợt khám bệnh, cấp thuốc miễn phí cho 6.350 lượt người ở "
          "vùng sâu, vùng xa."),
    ("p", "Chương trình “Tết vì người nghèo” Xuân Bính Ngọ trao 18.640 suất quà, trị giá 9.320 triệu đồng cho "
          "hộ nghèo, gia đình chính sách và người lao động có hoàn cảnh khó khăn. Kết quả vận động, sử dụng Quỹ "
          "“Vì người nghèo” và hỗ trợ xây dựng nhà Đại đoàn kết năm 2026 theo cấp tỉnh và khu vực như sau:"),
    ("table", None),
    ("p", "Số nhà Đại đoàn kết được tính theo địa bàn xây dựng, bao gồm cả nhà được hỗ trợ từ Quỹ cấp tỉnh. "
          "Một số khu vực có tỷ lệ chi chưa cao do nhiều hộ được hỗ trợ xây nhà đang chờ hoàn thiện hồ sơ đất "
          "đai, chưa đủ điều kiện giải ngân."),
    ("dec", "2.4.", "Các phong trào thi đua của các tổ chức chính trị - xã hội"),
    ("p", "Các tổ chức chính trị - xã hội trực thuộc tiếp tục cụ thể hóa các phong trào thi đua phù hợp với "
          "từng đối tượng đoàn viên, hội viên, tập trung xây dựng mô hình, điển hình ở cơ sở:"),
    ("dash", "Hội Nông dân các cấp đẩy mạnh phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết "
             "giúp nhau làm giàu và giảm nghèo bền vững”, có 52.140 hộ đạt danh hiệu sản xuất, kinh doanh giỏi "
             "các cấp; hướng dẫn thành lập 34 hợp tác xã, 118 tổ hợp tác; xây dựng 215 mô hình kinh tế tập thể "
             "trong nông nghiệp."),
    ("dash", "Hội Liên hiệp Phụ nữ các cấp thực hiện phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây "
             "dựng gia đình hạnh phúc”; duy trì 168 mô hình sinh kế của phụ nữ, hỗ trợ 412 phụ nữ khởi nghiệp; "
             "trao 41 “Mái ấm tình thương” cho hội viên nghèo."),
    ("dash", "Đoàn Thanh niên các cấp triển khai 3.860 công trình, phần việc thanh niên; hỗ trợ hình thành 94 mô "
             "hình thanh niên khởi nghiệp, lập nghiệp; tổ chức Chiến dịch Thanh niên tình nguyện hè với 62.300 "
             "lượt đoàn viên tham gia."),
    ("dash", "Hội Cựu chiến binh các cấp xây dựng 73 mô hình kinh tế trang trại, gia trại của hội viên; giúp 126 "
             "hộ hội viên thoát nghèo; duy trì 186 câu lạc bộ “Cựu chiến binh tham gia bảo vệ môi trường”."),
    ("dash", "Công đoàn các cấp tổ chức phong trào “Lao động giỏi, lao động sáng tạo”, có 2.146 sáng kiến được "
             "công nhận; xây dựng 58 mô hình “Công đoàn đồng hành cùng doanh nghiệp”; hỗ trợ xây dựng 36 “Mái "
             "ấm Công đoàn”."),
    ("arabic", "3.", "Công tác giám sát, phản biện xã hội; tham gia xây dựng Đảng, xây dựng chính quyền"),
    ("dec", "3.1.", "Công tác giám sát"),
    ("p", "Năm 2026, Mặt trận các cấp chủ trì, phối hợp thực hiện 1.346 cuộc giám sát, trong đó: giám sát chuyên "
          "đề 198 cuộc; giám sát thông qua hoạt động của Ban Thanh tra nhân dân 864 cuộc; giám sát thông qua "
          "hoạt động của Ban Giám sát đầu tư của cộng đồng 284 cuộc."),
    ("p", "Ở cấp tỉnh, Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh chủ trì 23 cuộc giám sát "
          "chuyên đề, trong đó Ủy ban MTTQ Việt Nam tỉnh chủ trì 07 cuộc, Hội Nông dân tỉnh 03 cuộc, Hội Liên "
          "hiệp Phụ nữ tỉnh 04 cuộc, Tỉnh Đoàn 02 cuộc, Hội Cựu chiến binh tỉnh 02 cuộc, Liên đoàn Lao động tỉnh "
          "05 cuộc. Nội dung giám sát chuyên đề cấp tỉnh tập trung vào:"),
    ("plus", "Việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở;"),
    ("plus", "Việc bồi thường, hỗ trợ, tái định cư tại dự án Khu công nghiệp Nam Lạc Thành;"),
    ("plus", "Việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế, chế độ tiền lương đối với người lao động "
             "tại các doanh nghiệp ngoài nhà nước;"),
    ("plus", "Việc quản lý, sử dụng vật tư nông nghiệp, giống cây trồng hỗ trợ Nhân dân sau bão số 3;"),
    ("plus", "Việc giải quyết đơn thư, kiến nghị của công dân tại Ủy ban nhân dân một số xã, phường."),
    ("p", "Qua giám sát, Mặt trận và các tổ chức chính trị - xã hội đã kiến nghị 146 nội dung, đến nay đã được "
          "các cơ quan chức năng tiếp thu, giải quyết 121 nội dung."),
    ("dec", "3.2.", "Công tác phản biện xã hội"),
    ("p", "Mặt trận các cấp tổ chức 47 cuộc phản biện xã hội (cấp tỉnh 06 cuộc, cấp xã 41 cuộc), trong đó phản "
          "biện trực tiếp tại hội nghị 29 cuộc, phản biện bằng văn bản 18 cuộc. Ở cấp tỉnh, Ban Thường trực Ủy "
          "ban MTTQ Việt Nam tỉnh tổ chức phản biện các dự thảo nghị quyết của Hội đồng nhân dân tỉnh về: (1) "
          "chính sách hỗ trợ phát triển vùng nguyên liệu chè, quế tập trung giai đoạn 2027 - 2030; (2) quy định "
          "mức hỗ trợ xây dựng nhà ở cho hộ nghèo, hộ cận nghèo; (3) quy định nội dung, mức chi thực hiện Cuộc "
          "vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; (4) đặt tên đường, phố tại "
          "phường Lạc Thành. Các ý kiến phản biện được cơ quan chủ trì soạn thảo tiếp thu, giải trình đầy đủ."),
    ("dec", "3.3.", "Tham gia xây dựng Đảng, xây dựng chính quyền"),
    ("p", "Mặt trận các cấp và các tổ chức chính trị - xã hội tổ chức để Nhân dân góp ý đối với 3.216 tổ chức "
          "đảng và 18.940 đảng viên, cán bộ, công chức nơi cư trú; tổng hợp 2.184 ý kiến, kiến nghị của cử tri "
          "qua 412 cuộc tiếp xúc cử tri trước và sau các kỳ họp Hội đồng nhân dân."),
    ("p", "Ủy ban MTTQ Việt Nam các cấp chủ trì tổ chức tốt các hội nghị hiệp thương lựa chọn, giới thiệu người "
          "ứng cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 đúng "
          "quy trình, dân chủ, đúng luật[[Hội nghị hiệp thương lần thứ ba của tỉnh lập danh sách chính thức 15 "
          "người ứng cử đại biểu Quốc hội khóa XVI tại 03 đơn vị bầu cử và 104 người ứng cử đại biểu Hội đồng "
          "nhân dân tỉnh tại 17 đơn vị bầu cử.]]. Cuộc bầu cử ngày 15/3/2026 diễn ra an toàn, dân chủ, tỷ lệ cử "
          "tri đi bầu cử đạt 99,62%; bầu đủ 09 đại biểu Quốc hội và 62 đại biểu Hội đồng nhân dân tỉnh."),
    ("p", "Các Tổ hòa giải ở cơ sở đã tiến hành hòa giải 1.128 vụ việc, hòa giải thành 946 vụ việc, đạt 83,9%; "
          "góp phần giữ gìn đoàn kết trong cộng đồng dân cư."),
    ("arabic", "4.", "Công tác đối ngoại nhân dân"),
    ("p", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đón, làm việc với 02 đoàn Ủy ban Mặt trận Lào xây dựng đất "
          "nước của tỉnh kết nghĩa; phối hợp tổ chức giao lưu hữu nghị nhân dân hai bên biên giới và trao 120 "
          "suất học bổng cho học sinh nghèo nước bạn. Công tác thông tin đối ngoại về chính sách đại đoàn kết "
          "toàn dân tộc được chú trọng."),
    ("arabic", "5.", "Công tác xây dựng tổ chức, đổi mới nội dung, phương thức hoạt động của Mặt trận"),
    ("p", "Ủy ban MTTQ Việt Nam các cấp được kiện toàn kịp thời sau sắp xếp; 1.086/1.086 Ban Công tác Mặt trận ở "
          "khu dân cư được củng cố. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức 08 lớp tập huấn nghiệp vụ "
          "cho 2.360 lượt cán bộ Mặt trận và các tổ chức chính trị - xã hội cấp xã; đưa phần mềm quản lý Quỹ "
          "“Vì người nghèo” vào sử dụng tại 99/99 xã, phường. Công tác thi đua, khen thưởng được thực hiện kịp "
          "thời, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 86 tập thể và 142 cá nhân có thành tích xuất "
          "sắc."),
    ("roman", "III.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Ưu điểm"),
    ("p", "Năm 2026, Mặt trận và các tổ chức chính trị - xã hội tỉnh đã chủ động, đoàn kết, thống nhất trong "
          "hành động, hoàn thành tốt các nhiệm vụ đề ra; cuộc bầu cử đại biểu Quốc hội và Hội đồng nhân dân "
          "thành công tốt đẹp; công tác an sinh xã hội, cứu trợ thiên tai được triển khai nhanh, đúng đối tượng; "
          "hoạt động giám sát, phản biện xã hội có chuyển biến về chất lượng; vai trò của Mặt trận trong củng cố "
          "khối đại đoàn kết toàn dân tộc tiếp tục được khẳng định."),
    ("arabic", "2.", "Hạn chế"),
    ("dash", "Hoạt động của một số Ủy ban MTTQ Việt Nam cấp xã sau sắp xếp còn lúng túng, chưa chủ động; sự phối "
             "hợp giữa Mặt trận với các tổ chức chính trị - xã hội ở cơ sở có nơi chưa chặt chẽ."),
    ("dash", "Chất lượng giám sát, phản biện xã hội ở cấp xã chưa đồng đều; việc theo dõi, đôn đốc thực hiện các "
             "kiến nghị sau giám sát chưa thường xuyên, còn 25 nội dung kiến nghị chưa được giải quyết."),
    ("dash", "Tiến độ giải ngân Quỹ “Vì người nghèo” ở một số khu vực còn chậm; việc hỗ trợ xây nhà Đại đoàn kết "
             "có nơi còn vướng hồ sơ đất đai."),
    ("dash", "Tỷ lệ tập hợp thanh niên vào tổ chức Đoàn còn thấp; phát triển đoàn viên công đoàn trong doanh "
             "nghiệp ngoài nhà nước còn khó khăn."),
    ("dash", "Ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của Mặt trận ở vùng sâu, vùng xa còn "
             "hạn chế."),
    ("arabic", "3.", "Nguyên nhân"),
    ("letter", "a)", "Nguyên nhân khách quan"),
    ("p", "Tổ chức bộ máy mới được sắp xếp, địa bàn cấp xã rộng, dân cư phân tán; thiên tai, bão lũ diễn biến "
          "phức tạp, ảnh hưởng đến việc triển khai nhiệm vụ; một số văn bản hướng dẫn của cấp trên về chức "
          "năng, nhiệm vụ của Mặt trận cấp xã ban hành chậm."),
    ("letter", "b)", "Nguyên nhân chủ quan"),
    ("p", "Một số cán bộ Mặt trận cơ sở mới được bố trí, chưa có kinh nghiệm; sự quan tâm lãnh đạo của một số "
          "cấp ủy đối với công tác Mặt trận chưa thường xuyên; công tác kiểm tra, đôn đốc của Ban Thường trực "
          "Ủy ban MTTQ Việt Nam các cấp có lúc chưa sát sao."),
    ("arabic", "4.", "Bài học kinh nghiệm"),
    ("dash", "Phải bám sát sự lãnh đạo của cấp ủy, tranh thủ sự phối hợp của chính quyền; chủ động đề xuất những "
             "nội dung Mặt trận cần tham gia, phối hợp."),
    ("dash", "Đổi mới phương thức hoạt động, hướng mạnh về khu dân cư; lấy sự hài lòng của Nhân dân làm thước đo "
             "hiệu quả hoạt động của Mặt trận."),
    ("dash", "Phát huy sức mạnh tổng hợp của các tổ chức thành viên theo phương châm “Mặt trận chủ trì - thành "
             "viên thống nhất hành động”."),
    ("dash", "Công khai, minh bạch trong vận động và sử dụng các nguồn quỹ, tạo niềm tin để Nhân dân tích cực "
             "tham gia."),
    ("part", "Phần thứ hai", "<br/>CHƯƠNG TRÌNH PHỐI HỢP VÀ THỐNG NHẤT HÀNH ĐỘNG NĂM 2027"),
    ("roman", "I.", "MỤC TIÊU, CHỈ TIÊU"),
    ("p", "Tiếp tục phát huy sức mạnh khối đại đoàn kết toàn dân tộc, tăng cường đồng thuận xã hội; nâng cao "
          "chất lượng, hiệu quả hoạt động của Mặt trận và các tổ chức chính trị - xã hội sau sắp xếp; góp phần "
          "thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2027 của tỉnh. Năm 2027, Mặt trận và "
          "các tổ chức chính trị - xã hội tỉnh phấn đấu: (1) vận động Quỹ “Vì người nghèo” và an sinh xã hội "
          "đạt 55.000 triệu đồng trở lên; (2) hỗ trợ xây mới, sửa chữa ít nhất 500 nhà Đại đoàn kết; (3) 100% "
          "khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc; (4) Ủy ban MTTQ Việt Nam tỉnh chủ trì ít nhất "
          "05 cuộc giám sát chuyên đề, mỗi tổ chức chính trị - xã hội tỉnh chủ trì ít nhất 02 cuộc; (5) tỷ lệ "
          "hộ gia đình được công nhận “Gia đình văn hóa” đạt 92% trở lên; (6) kết nạp mới 22.000 đoàn viên, "
          "hội viên."),
    ("roman", "II.", "NỘI DUNG PHỐI HỢP VÀ THỐNG NHẤT HÀNH ĐỘNG"),
    ("arabic", "1.", "Phối hợp tuyên truyền, vận động, tập hợp Nhân dân"),
    ("dash", "Tuyên truyền sâu rộng các nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; kỷ niệm 97 năm "
             "Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2027)."),
    ("dash", "Mỗi tổ chức chính trị - xã hội đăng ký ít nhất 01 mô hình tập hợp đoàn viên, hội viên ở khu dân "
             "cư, khu công nghiệp."),
    ("arabic", "2.", "Phối hợp tổ chức các cuộc vận động, phong trào thi đua"),
    ("dash", "Thực hiện có hiệu quả Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và "
             "phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”."),
    ("dash", "Ưu tiên nguồn Quỹ “Vì người nghèo” hỗ trợ nhà ở cho hộ nghèo ở các xã bị thiệt hại nặng do bão số 3."),
    ("arabic", "3.", "Phối hợp giám sát, phản biện xã hội, tham gia xây dựng Đảng, xây dựng chính quyền"),
    ("dash", "Xây dựng chương trình giám sát chung của Mặt trận và các tổ chức chính trị - xã hội tỉnh, tránh "
             "chồng chéo, trùng lặp về nội dung, đối tượng giám sát."),
    ("dash", "Tổ chức phản biện xã hội đối với dự thảo quy hoạch, kế hoạch, nghị quyết của Hội đồng nhân dân "
             "tỉnh liên quan trực tiếp đến quyền, lợi ích hợp pháp của Nhân dân."),
    ("dash", "Theo dõi, đôn đốc việc giải quyết 25 nội dung kiến nghị sau giám sát năm 2026 chưa được giải "
             "quyết."),
    ("dash", "Phối hợp tổ chức để Nhân dân góp ý xây dựng Đảng, xây dựng chính quyền và tiếp xúc cử tri của đại "
             "biểu dân cử."),
    ("arabic", "4.", "Phối hợp xây dựng, củng cố tổ chức"),
    ("dash", "Tổ chức bồi dưỡng nghiệp vụ cho cán bộ Mặt trận và các tổ chức chính trị - xã hội cấp xã, Trưởng "
             "Ban Công tác Mặt trận ở khu dân cư."),
    ("dash", "Đẩy mạnh chuyển đổi số, hoàn thiện cơ sở dữ liệu đoàn viên, hội viên của các tổ chức chính trị - "
             "xã hội."),
    ("roman", "III.", "TỔ CHỨC THỰC HIỆN"),
    ("dash", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì, phân công các Phó Chủ tịch theo dõi, đôn đốc "
             "việc thực hiện Chương trình phối hợp."),
    ("dash", "Các tổ chức chính trị - xã hội tỉnh căn cứ Chương trình xây dựng kế hoạch cụ thể, gửi về Ban "
             "Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày 31/01/2027."),
    ("dash", "Ủy ban MTTQ Việt Nam các xã, phường ký kết chương trình phối hợp với các tổ chức chính trị - xã hội "
             "cùng cấp, hoàn thành trong quý I năm 2027."),
    ("dash", "Định kỳ sơ kết 6 tháng, tổng kết năm; kịp thời biểu dương các tập thể, cá nhân tiêu biểu."),
    ("roman", "IV.", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ("arabic", "1.", "Đối với Ủy ban Trung ương MTTQ Việt Nam"),
    ("dash", "Sớm ban hành hướng dẫn về tổ chức bộ máy, chức năng, nhiệm vụ của Ban Công tác Mặt trận ở khu dân "
             "cư sau sắp xếp đơn vị hành chính."),
    ("dash", "Sửa đổi quy định về quản lý, sử dụng Quỹ “Vì người nghèo” theo hướng tăng mức hỗ trợ xây nhà Đại "
             "đoàn kết phù hợp với giá vật liệu xây dựng."),
    ("dash", "Hỗ trợ tỉnh nguồn lực xây dựng nhà ở cho hộ nghèo bị thiệt hại do bão số 3 năm 2026."),
    ("arabic", "2.", "Đối với Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh"),
    ("dash", "Chỉ đạo các cơ quan chức năng giải quyết dứt điểm các kiến nghị sau giám sát, phản biện xã hội của "
             "Mặt trận."),
    ("dash", "Bố trí kinh phí hỗ trợ hoạt động của Ban Công tác Mặt trận ở khu dân cư theo quy định."),
    ("p", "Trên đây là báo cáo kết quả công tác Mặt trận năm 2026 và chương trình phối hợp, thống nhất hành động "
          "năm 2027 của Ủy ban MTTQ Việt Nam tỉnh Phú Lạc./."),
]

RECIPIENTS = ["- Ban Thường trực UBTW MTTQ Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);",
              "- Thường trực HĐND, UBND tỉnh;", "- Các vị Ủy viên Ủy ban MTTQ Việt Nam tỉnh;",
              "- Các tổ chức chính trị - xã hội tỉnh;", "- Ủy ban MTTQ Việt Nam các xã, phường;",
              "- Lưu: VT, TH."]
SIGNATURE = ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Hà Văn Khiêm"]
METADATA = {"issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Lạc", "number": "318/BC-MTTQ-BTT",
            "date": "ngày 11 tháng 12 năm 2026", "place": "Phú Lạc", "signer": "Hà Văn Khiêm",
            "signer_title": "TM. BAN THƯỜNG TRỰC CHỦ TỊCH",
            "title": "Kết quả công tác Mặt trận năm 2026 và chương trình phối hợp, thống nhất hành động năm 2027"}


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    left = [Paragraph(nfc("ỦY BAN MTTQ VIỆT NAM"), st["hd_left"]), Paragraph(nfc("TỈNH PHÚ LẠC"), st["hd_left"]),
            Paragraph("***", st["hd_left_n"]), Paragraph(nfc("Số: " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph(nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), st["hd_right"]),
             Paragraph(nfc("Độc lập - Tự do - Hạnh phúc"), st["hd_motto"]),
             HRFlowable(width=5.2 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=8),
             Paragraph(nfc("Phú Lạc, " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[6.4 * cm, FRAME_W - 6.4 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Paragraph(TITLE_LINE, st["title"]), Paragraph(nfc(SUBTITLE).replace("\n", "<br/>"), st["subtitle"]),
            Paragraph("-----", st["hd_left_n"]), Spacer(1, 10)]


HEADINGS = ("part", "roman", "arabic", "dec", "letter")


def flowables(st, blocks: list[tuple]) -> list:
    return (header_block(st)
            + block_flowables(blocks, st, HEADINGS, lambda: table_flowables(fund_table(), st, pad=3))
            + signature(st, RECIPIENTS, SIGNATURE, right_w=7.6 * cm))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + BODY, flowables, header_text=HEADER_TEXT, title="Báo cáo " + METADATA["title"],
                      author="Ủy ban MTTQ Việt Nam tỉnh Phú Lạc", creator="scripts/make_test_report_mttq.py",
                      number_first_page=False, hd_right_size=11, title_size=14.5, subtitle_after=4,
                      cell_size=10.5, cell_lead=12.5)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "Phần thứ nhất", "Phần thứ nhất › II.2.3", "Phần thứ nhất › III.3.a") and plain text
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    items: list[dict] = []
    part = roman = arabic = dec = None
    for b in BODY:
        kind = b[0]
        if kind == "part":
            part, roman, arabic, dec = b[1], None, None, None
            items.append({"id": part, "title": clean(b[2])})
        elif kind == "roman":
            roman, arabic, dec = f"{part} › {b[1].rstrip('.')}", None, None
            items.append({"id": roman, "title": clean(b[2])})
        elif kind == "arabic":
            arabic, dec = f"{roman}.{b[1].rstrip('.')}", None
            items.append({"id": arabic, "title": clean(b[2])})
        elif kind == "dec":
            dec = f"{roman}.{b[1].rstrip('.')}"
            items.append({"id": dec, "title": clean(b[2])})
        elif kind == "letter":
            items.append({"id": f"{dec or arabic}.{b[1].rstrip(')')}", "title": clean(b[2])})
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    blocks, notes = number_footnotes(OPENING + BODY)
    lines = ["ỦY BAN MTTQ VIỆT NAM", "TỈNH PHÚ LẠC", "***", "Số: " + METADATA["number"],
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Phú Lạc, " + METADATA["date"], TITLE_LINE, SUBTITLE]
    for b in blocks:
        if b[0] in HEADINGS:
            lines.append(f"{b[1]} {clean(b[2])}")
        elif b[0] == "p":
            lines.append(strip_markup(b[1]))
        elif b[0] in ("dash", "plus"):
            lines.append(("- " if b[0] == "dash" else "+ ") + strip_markup(b[1]))
        elif b[0] == "table":
            tb = fund_table()
            lines.append(tb["unit"])
            lines.append(" | ".join(tb["head"]))
            lines += [" | ".join(r) for r in tb["rows"]]
    lines += ["Nơi nhận:"] + RECIPIENTS + SIGNATURE
    lines += [f"{n} {t}" for n, t in enumerate(notes, 1)]
    return nfc("\n".join(lines))


def main() -> int:
    if "--outline" in sys.argv[1:]:
        print(json.dumps({"report": PDF.stem, "file": str(PDF.relative_to(ROOT)), "split": "heldout",
                          "metadata": {k: nfc(v) for k, v in METADATA.items()}, "outline": outline()},
                         ensure_ascii=False, indent=1))
        return 0
    if "--text" in sys.argv[1:]:
        print(plain_text())
        return 0
    PDF.parent.mkdir(parents=True, exist_ok=True)
    PDF.write_bytes(build_pdf())
    print(f"{PDF.relative_to(ROOT)}  {PDF.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
