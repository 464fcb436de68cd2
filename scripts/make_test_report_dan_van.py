"""Sinh báo cáo giả định về công tác dân vận của Tỉnh ủy Vân Lĩnh (dữ liệu bịa, phục vụ đánh giá).

Writes tests/data/tinh-uy-van-linh-dan-van-6-thang-2026.pdf: an invented provincial party committee report
(Ban Thường vụ Tỉnh ủy) on mass mobilisation work ("công tác dân vận") in the first six months of 2026, written by
a helper who never saw the assistant's code (eval/real/outlines/tinh-uy-van-linh-dan-van-6-thang-2026.json,
eval/real/questions_tune8.jsonl). Born-digital (reportlab, embedded DejaVu Serif): a two-column party header
on the first page, a running header and page numbers on the following pages, two page-bottom footnotes,
Roman, Arabic, "1.1." decimal and "a)" headings, '(1) … (6)' items inline and on their own lines, '-'/'+'
items, a table of the Front and mass organisations that runs over a page break (header row repeated), and a
two-column signature block with "Nơi nhận:".

Run: .venv/bin/python scripts/make_test_report_dan_van.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_dan_van.py --outline  (prints the expected outline as JSON)
     .venv/bin/python scripts/make_test_report_dan_van.py --text     (prints the plain text, footnotes last)
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

PDF = ROOT / "tests" / "data" / "tinh-uy-van-linh-dan-van-6-thang-2026.pdf"

HEADER_TEXT = "Báo cáo kết quả công tác dân vận 6 tháng đầu năm 2026 - Tỉnh ủy Vân Lĩnh"
TITLE_LINE = "BÁO CÁO"
SUBTITLE = "kết quả công tác dân vận 6 tháng đầu năm 2026,\nphương hướng, nhiệm vụ 6 tháng cuối năm 2026"

# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   roman     (label, title)            "I. TITLE" bold caps
#   arabic    (label, title)            "1. Title" bold
#   dec       (label, title)            "2.1. Title" bold italic
#   letter    (label, title)            "a) Title" italic, on its own line
#   p         (text,)                   body paragraph
#   num       (text,)                   "(1) text" item on its own line
#   dash/plus (text,)                   "- text" / "+ text"
#   table     (None,)                   the table of the Front and mass organisations
# --------------------------------------------------------------------------------------------------
ORG_ROWS = [  # (STT, đơn vị, kế hoạch kết nạp năm 2026, kết nạp 6 tháng, quỹ huy động triệu đồng, mô hình DVK)
    ("1", "Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, None, 18640, 14),
    ("2", "Liên đoàn Lao động tỉnh", 5000, 3126, 2915, 9),
    ("3", "Hội Nông dân tỉnh", 3500, 2418, 4870, 23),
    ("4", "Hội Liên hiệp Phụ nữ tỉnh", 4800, 3952, 6235, 21),
    ("5", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", 9000, 4370, 3408, 12),
    ("6", "Hội Cựu chiến binh tỉnh", 1200, 716, 1962, 8),
    ("7", "Hội Chữ thập đỏ tỉnh", 2000, 1085, 5127, 4),
    ("8", "Hội Người cao tuổi tỉnh", 3600, 2904, 1348, 6),
]


def org_table() -> dict:
    plan = sum(r[2] for r in ORG_ROWS if r[2])
    done = sum(r[3] for r in ORG_ROWS if r[3])
    fund = sum(r[4] for r in ORG_ROWS)
    models = sum(r[5] for r in ORG_ROWS)
    assert (plan, done, fund, models) == (29100, 18571, 44505, 97), (plan, done, fund, models)
    rows = [["", "Tổng cộng", vn_int(plan), vn_int(done), vn_pct(done, plan), vn_int(fund), str(models)]]
    for stt, name, p, d, f, m in ORG_ROWS:
        rows.append([stt, name, vn_int(p) if p else "-", vn_int(d) if d else "-", vn_pct(d, p) if p else "-",
                     vn_int(f), str(m)])
    return {"unit": "Đơn vị tính: người; triệu đồng; mô hình",
            "head": ["STT", "Đơn vị", "Kế hoạch kết nạp năm 2026 (người)", "Hội viên, đoàn viên mới 6 tháng",
                     "Tỷ lệ so với kế hoạch năm (%)", "Quỹ huy động (triệu đồng)",
                     "Mô hình “Dân vận khéo” được công nhận"],
            "widths": [1.2 * cm, 4.1 * cm, 2.2 * cm, 2.3 * cm, 2.2 * cm, 2.2 * cm, 2.3 * cm],
            "rows": rows, "bold_rows": {0}}


OPENING = [
    ("p", "Thực hiện Chương trình làm việc năm 2026 của Ban Chấp hành Đảng bộ tỉnh và Công văn số 215-CV/BTGDVTW "
          "ngày 12/5/2026 của Ban Tuyên giáo và Dân vận Trung ương về việc báo cáo định kỳ công tác dân vận, Ban "
          "Thường vụ Tỉnh ủy Vân Lĩnh báo cáo kết quả công tác dân vận 6 tháng đầu năm 2026, phương hướng, nhiệm "
          "vụ 6 tháng cuối năm 2026 như sau:"),
]

BODY = [
    ("roman", "I.", "KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2026"),
    ("arabic", "1.", "Công tác lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng đối với công tác dân vận"),
    ("p", "Sáu tháng đầu năm 2026, tình hình chính trị, kinh tế - xã hội của tỉnh cơ bản ổn định; tổ chức bộ máy "
          "của hệ thống chính trị sau sắp xếp, chính quyền địa phương hai cấp vận hành ngày càng thông suốt; Nhân "
          "dân trong tỉnh phấn khởi, tin tưởng vào sự lãnh đạo của Đảng. Toàn tỉnh hiện có 96 đơn vị hành chính "
          "cấp xã (81 xã và 15 phường) với trên 1,42 triệu người, trong đó đồng bào dân tộc thiểu số chiếm 31,6%."),
    ("p", "Ngay từ đầu năm, Ban Thường vụ Tỉnh ủy đã xác định chủ đề công tác dân vận năm 2026 là “Dân vận chính "
          "quyền - Gần dân, hiểu dân, phục vụ Nhân dân” và ban hành 06 văn bản lãnh đạo, chỉ đạo về công tác dân "
          "vận, gồm: (1) Kế hoạch số 96-KH/TU ngày 14/01/2026 về công tác dân vận năm 2026; (2) Chỉ thị số "
          "12-CT/TU ngày 02/02/2026 về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm của tỉnh; "
          "(3) Kế hoạch số 104-KH/TU ngày 27/02/2026 về tổ chức phong trào thi đua “Dân vận khéo” giai đoạn "
          "2026 - 2030; (4) Quy định số 07-QĐi/TU ngày 16/3/2026 về tiếp xúc, đối thoại trực tiếp của người đứng "
          "đầu cấp ủy, chính quyền với Nhân dân; (5) Kết luận số 58-KL/TU ngày 09/4/2026 về công tác dân vận "
          "vùng đồng bào dân tộc thiểu số; (6) Hướng dẫn số 11-HD/TU ngày 20/5/2026 về nắm tình hình Nhân dân sau "
          "sắp xếp tổ chức bộ máy. Trên cơ sở đó, cấp ủy cấp xã đã kịp thời cụ thể hóa bằng các chương trình, kế "
          "hoạch phù hợp với thực tiễn của địa phương, đơn vị[[Các đảng ủy xã, phường và các đảng ủy trực thuộc "
          "Tỉnh ủy đã ban hành 437 văn bản lãnh đạo, chỉ đạo về công tác dân vận, gồm 212 kế hoạch, 98 chỉ thị, "
          "nghị quyết chuyên đề và 127 hướng dẫn, thông báo kết luận; có 17 đảng ủy xã ban hành nghị quyết chuyên "
          "đề về công tác dân vận vùng đồng bào dân tộc thiểu số.]]."),
    ("p", "Ngày 24/4/2026, tại Trung tâm Hội nghị tỉnh, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết 05 năm thực "
          "hiện Chỉ thị số 03-CT/TU của Tỉnh ủy về “Năm dân vận chính quyền” kết hợp trực tuyến đến 96 điểm cầu "
          "cấp xã với 11.850 đại biểu tham dự. Các cấp ủy tổ chức quán triệt, triển khai các văn bản của Trung "
          "ương, của tỉnh về công tác dân vận đến 100% chi bộ; công tác dân vận được đưa vào nội dung sinh hoạt "
          "chi bộ định kỳ hằng quý."),
    ("p", "Công tác kiểm tra, giám sát việc thực hiện công tác dân vận được quan tâm: Ban Thường vụ Tỉnh ủy "
          "thành lập 04 đoàn kiểm tra việc thực hiện Quy chế công tác dân vận của hệ thống chính trị tại 12 đảng "
          "ủy xã, phường; Ban Tuyên giáo và Dân vận Tỉnh ủy giám sát chuyên đề 08 tổ chức đảng; cấp ủy cấp xã "
          "kiểm tra, giám sát 163 chi bộ. Qua kiểm tra, giám sát đã chỉ ra những hạn chế và yêu cầu các tổ chức "
          "đảng khắc phục."),
    ("arabic", "2.", "Công tác dân vận của cơ quan nhà nước, chính quyền các cấp"),
    ("dec", "2.1.", "Thực hiện dân chủ ở cơ sở"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 05/02/2026 thực hiện Luật Thực hiện dân "
          "chủ ở cơ sở năm 2026; 96/96 xã, phường đã công khai các nội dung theo quy định. Trong 6 tháng, các địa "
          "phương tổ chức 1.842 hội nghị lấy ý kiến Nhân dân về các nội dung Nhân dân bàn và quyết định; Nhân dân "
          "trực tiếp bàn và quyết định đầu tư 316 công trình hạ tầng thiết yếu ở thôn, tổ dân phố. Ban Thanh tra "
          "nhân dân cấp xã thực hiện 248 cuộc giám sát, Ban Giám sát đầu tư của cộng đồng giám sát 179 công "
          "trình, phát hiện và kiến nghị xử lý 23 vụ việc."),
    ("p", "Việc đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân được duy trì: Chủ tịch "
          "Ủy ban nhân dân tỉnh tổ chức 03 hội nghị đối thoại với doanh nghiệp, nông dân và thanh niên; Bí thư "
          "Tỉnh ủy Lương Thế Vinh chủ trì Hội nghị đối thoại với nông dân về phát triển vùng nguyên liệu chè "
          "ngày 17/3/2026 tại xã Phù Vân; người đứng đầu cấp ủy, chính quyền cấp xã tổ chức 188 cuộc đối thoại "
          "với 9.415 lượt người tham dự."),
    ("dec", "2.2.", "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo"),
    ("p", "Các cơ quan hành chính nhà nước các cấp đã tiếp 3.486 lượt công dân với 2.917 vụ việc, trong đó có 41 "
          "đoàn đông người. Người đứng đầu cấp ủy, chính quyền thực hiện nghiêm việc tiếp công dân định kỳ: Bí "
          "thư Tỉnh ủy tiếp công dân 06 buổi; Chủ tịch Ủy ban nhân dân tỉnh tiếp 07 buổi; Bí thư đảng ủy, Chủ "
          "tịch Ủy ban nhân dân cấp xã tiếp 1.152 buổi. Tiếp nhận 2.204 đơn thư, trong đó đơn khiếu nại 318 đơn, "
          "đơn tố cáo 87 đơn, đơn kiến nghị, phản ánh 1.799 đơn; đã giải quyết 1.973/2.204 đơn, đạt 89,5%. Nhiều "
          "vụ việc tồn đọng, kéo dài liên quan đến đất đai, bồi thường giải phóng mặt bằng tại dự án Khu công "
          "nghiệp Bắc Vân và đường cao tốc Vân Lĩnh - Hòa Giang đã được giải quyết dứt điểm."),
    ("dec", "2.3.", "Công tác dân vận trong cải cách hành chính, chuyển đổi số, xây dựng chính quyền thân thiện, "
                    "gần dân, phục vụ Nhân dân"),
    ("p", "Trung tâm Phục vụ hành chính công tỉnh và 96 Trung tâm Phục vụ hành chính công cấp xã đã tiếp nhận "
          "486.215 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ nộp trực tuyến đạt 78,6%, tỷ lệ hồ sơ giải quyết đúng "
          "và trước hạn đạt 98,4%. Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành "
          "chính nhà nước (SIPAS) năm 2025 của tỉnh đạt 84,72%, tăng 9 bậc so với năm trước. Các địa phương duy "
          "trì mô hình “Ngày thứ Bảy vì dân”, “Tổ công nghệ số cộng đồng” với 5.416 tổ, 18.930 thành viên, hướng "
          "dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."),
    ("arabic", "3.", "Công tác dân vận của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội"),
    ("dec", "3.1.", "Công tác tuyên truyền, vận động, tập hợp đoàn viên, hội viên"),
    ("p", "Sau sắp xếp, cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội trực "
          "thuộc đã ổn định tổ chức, đổi mới phương thức hoạt động, hướng mạnh về cơ sở. Mặt trận và các đoàn thể "
          "tổ chức 8.612 buổi tuyên truyền với trên 436.000 lượt đoàn viên, hội viên và Nhân dân tham dự; duy trì "
          "385 trang mạng xã hội, nhóm Zalo để thông tin, định hướng dư luận. Tỷ lệ tập hợp đoàn viên, hội viên "
          "tiếp tục được nâng lên: Hội Nông dân đạt 76,4% số hộ nông dân, Hội Liên hiệp Phụ nữ đạt 81,3% số phụ nữ "
          "từ 18 tuổi trở lên, Hội Cựu chiến binh đạt 94,2% số cựu chiến binh, Đoàn Thanh niên tập hợp 61,7% "
          "thanh niên trong độ tuổi, tổ chức công đoàn tập hợp 88,5% số người lao động ở các đơn vị có tổ chức "
          "công đoàn."),
    ("p", "Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Báo và Phát thanh, Truyền hình Vân Lĩnh "
          "duy trì chuyên mục “Mặt trận với cuộc sống”, đăng phát 172 tin, bài, phóng sự. Các đoàn thể tổ chức "
          "1.068 cuộc sinh hoạt chuyên đề, lồng ghép tuyên truyền về phòng, chống lừa đảo trên không gian mạng, "
          "bảo vệ môi trường, bảo đảm trật tự an toàn giao thông; phát động hội viên tham gia đóng góp ý kiến xây "
          "dựng Đảng, xây dựng chính quyền thông qua các hội nghị đối thoại ở cơ sở."),
    ("p", "Kết quả kết nạp đoàn viên, hội viên, huy động nguồn lực và xây dựng mô hình “Dân vận khéo” của cơ "
          "quan Mặt trận và các đoàn thể, hội quần chúng cấp tỉnh (tính cả cơ sở) trong 6 tháng đầu năm 2026 như "
          "sau:"),
    ("table", None),
    ("p", "Nhìn chung, phần lớn các đơn vị đạt trên 50% kế hoạch kết nạp đoàn viên, hội viên năm 2026; tổng số "
          "quỹ, nguồn lực huy động tăng 12,7% so với cùng kỳ năm 2025."),
    ("dec", "3.2.", "Thực hiện các cuộc vận động, phong trào thi đua"),
    ("p", "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tiếp tục được triển khai "
          "sâu rộng. Ủy ban Mặt trận Tổ quốc Việt Nam các cấp vận động Quỹ “Vì người nghèo” và an sinh xã hội được "
          "42.365 triệu đồng, trong đó cấp tỉnh 18.640 triệu đồng, cấp xã 23.725 triệu đồng. Từ nguồn quỹ, đã hỗ "
          "trợ xây dựng 408 nhà Đại đoàn kết, trong đó xây mới 283 nhà và sửa chữa 125 nhà, tổng kinh phí 24.870 "
          "triệu đồng; hỗ trợ sinh kế, học bổng, khám chữa bệnh cho 1.326 hộ nghèo và 874 hộ cận nghèo. Đoàn "
          "viên, hội viên và Nhân dân đóng góp 186.400 ngày công, hiến 52.600 m² đất để làm đường giao thông "
          "nông thôn, nhà văn hóa thôn."),
    ("p", "Các tổ chức chính trị - xã hội triển khai hiệu quả các phong trào thi đua đặc thù:"),
    ("dash", "Hội Nông dân các cấp đẩy mạnh phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp "
             "nhau làm giàu và giảm nghèo bền vững”, có 48.325 hộ đăng ký đạt danh hiệu sản xuất, kinh doanh "
             "giỏi các cấp; Quỹ Hỗ trợ nông dân tăng trưởng thêm 2.150 triệu đồng, hỗ trợ 164 hộ vay vốn."),
    ("dash", "Hội Liên hiệp Phụ nữ các cấp thực hiện Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”; trao 36 "
             "“Mái ấm tình thương” cho hội viên phụ nữ nghèo; hỗ trợ 1.210 hội viên tiếp cận vốn vay với dư nợ "
             "ủy thác 1.186 tỷ đồng."),
    ("dash", "Đoàn Thanh niên các cấp triển khai 3.214 công trình, phần việc thanh niên, tổng giá trị trên 21,6 tỷ "
             "đồng; ra quân Tháng Thanh niên với 86.500 lượt đoàn viên, thanh niên tham gia."),
    ("dash", "Hội Cựu chiến binh các cấp giúp 137 hộ hội viên thoát nghèo; tổ chức công đoàn các cấp thăm, tặng "
             "quà 7.850 đoàn viên, người lao động có hoàn cảnh khó khăn dịp Tết Nguyên đán Bính Ngọ."),
    ("dec", "3.3.", "Hoạt động giám sát và phản biện xã hội"),
    ("p", "Mặt trận và các tổ chức chính trị - xã hội cấp tỉnh chủ trì 16 cuộc giám sát chuyên đề (Ủy ban Mặt "
          "trận Tổ quốc Việt Nam tỉnh 05 cuộc, các tổ chức chính trị - xã hội tỉnh 11 cuộc); Mặt trận cấp xã chủ "
          "trì 214 cuộc giám sát. Nội dung giám sát tập trung vào:"),
    ("plus", "Việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế đối với người lao động tại các doanh "
             "nghiệp;"),
    ("plus", "Công tác bồi thường, hỗ trợ, tái định cư tại các dự án trọng điểm của tỉnh;"),
    ("plus", "Việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
             "thiểu số và miền núi;"),
    ("plus", "Việc quản lý, sử dụng Quỹ “Vì người nghèo” và an sinh xã hội cấp xã;"),
    ("plus", "Việc giải quyết kiến nghị của cử tri sau các kỳ họp Hội đồng nhân dân."),
    ("p", "Mặt trận các cấp tổ chức 38 hội nghị phản biện xã hội (cấp tỉnh 04 hội nghị, cấp xã 34 hội nghị), "
          "góp ý vào các dự thảo nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ phát triển nông "
          "nghiệp hàng hóa và về mức thu học phí; tổng hợp 1.248 ý kiến, kiến nghị của cử tri gửi đến kỳ họp "
          "thứ Mười lăm Hội đồng nhân dân tỉnh khóa XVII."),
    ("arabic", "4.", "Công tác dân vận của lực lượng vũ trang"),
    ("letter", "a)", "Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("p", "Bộ Chỉ huy Quân sự tỉnh chỉ đạo các đơn vị phối hợp chặt chẽ với cấp ủy, chính quyền địa phương "
          "thực hiện tốt phong trào thi đua “Quân đội chung sức xây dựng nông thôn mới”; tổng số ngày công giúp dân "
          "là 14.620 ngày công, cụ thể các công việc sau:"),
    ("dash", "Làm mới và sửa chữa 18,6 km đường giao thông nông thôn, nạo vét 26 km kênh mương nội đồng;"),
    ("dash", "Giúp dân thu hoạch lúa vụ Đông Xuân, trồng 42 ha rừng sản xuất và khắc phục hậu quả đợt mưa đá "
             "tháng 4/2026 tại 05 xã vùng cao;"),
    ("dash", "Xây dựng 16 “Nhà đồng đội” và 09 “Nhà tình nghĩa” tặng quân nhân, gia đình chính sách có hoàn "
             "cảnh khó khăn;"),
    ("dash", "Phối hợp khám bệnh, cấp thuốc miễn phí cho 2.180 lượt người dân vùng sâu, vùng xa."),
    ("p", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh giúp dân 8.935 ngày công; duy trì hiệu quả các mô hình “Nâng bước em "
          "tới trường” nhận đỡ đầu 73 học sinh, “Con nuôi đồn Biên phòng” 24 cháu; phối hợp khám, cấp thuốc "
          "miễn phí cho 3.460 lượt người; tuyên truyền, vận động Nhân dân khu vực biên giới không vượt biên trái "
          "phép, tham gia tự quản 86 km đường biên giới và 142 cột mốc."),
    ("letter", "b)", "Công an tỉnh"),
    ("p", "Công an tỉnh đẩy mạnh phong trào “Toàn dân bảo vệ an ninh Tổ quốc”; củng cố, nhân rộng 146 mô hình tự "
          "quản về an ninh, trật tự ở cơ sở; vận động Nhân dân giao nộp 42 khẩu súng các loại, 16 kg thuốc nổ, "
          "920 kíp nổ. Nhân dân đã cung cấp 1.230 nguồn tin có giá trị về tội phạm và vi phạm pháp luật. Lực "
          "lượng Công an xã, phường bám địa bàn, giải quyết kịp thời 2.965 vụ việc mâu thuẫn, tranh chấp nhỏ "
          "ngay từ cơ sở."),
    ("arabic", "5.", "Phong trào thi đua “Dân vận khéo”"),
    ("p", "Thực hiện Kế hoạch số 104-KH/TU của Ban Thường vụ Tỉnh ủy, 6 tháng đầu năm 2026 toàn tỉnh đăng ký xây "
          "dựng 1.126 mô hình “Dân vận khéo”; đã công nhận 480 mô hình, trong đó Ban Thường vụ Tỉnh ủy (cấp "
          "tỉnh) công nhận 68 mô hình, cấp xã công nhận 412 mô hình. Phân theo lĩnh vực: lĩnh vực kinh tế 201 mô "
          "hình, lĩnh vực văn hóa - xã hội 139 mô hình, lĩnh vực quốc phòng - an ninh 74 mô hình, lĩnh vực xây "
          "dựng hệ thống chính trị 66 mô hình. Các mô hình đã góp phần huy động sức dân tham gia phát triển kinh "
          "tế - xã hội, xây dựng nông thôn mới[[Tổng giá trị huy động từ các mô hình “Dân vận khéo” được công "
          "nhận trong 6 tháng ước đạt 96,8 tỷ đồng, trong đó Nhân dân đóng góp 61,4 tỷ đồng, hiến 38.750 m² đất "
          "và trên 72.000 ngày công.]]."),
    ("p", "Nhiều mô hình tiêu biểu được nhân rộng như: “Chi hội phụ nữ tiết kiệm vì đồng bào dân tộc” của Hội "
          "Liên hiệp Phụ nữ xã Nà Sơn; “Tổ hợp tác chè sạch” của Hội Nông dân xã Phù Vân; “Camera an ninh - Đôi "
          "mắt của khu dân cư” của Công an phường Hòa Giang (lĩnh vực quốc phòng - an ninh); “Ngõ xóm sáng - "
          "xanh - sạch” của Mặt trận phường Tân Lĩnh. Ngày 21/5/2026, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị "
          "biểu dương điển hình “Dân vận khéo”, tặng Bằng khen cho 35 tập thể và 42 cá nhân."),
    ("arabic", "6.", "Công tác dân vận vùng đồng bào dân tộc thiểu số, tôn giáo và nắm tình hình Nhân dân"),
    ("letter", "a)", "Công tác dân tộc"),
    ("p", "Toàn tỉnh có 11 dân tộc thiểu số sinh sống tập trung ở 34 xã vùng cao. Các cấp ủy, chính quyền quan "
          "tâm thực hiện chính sách đối với người có uy tín; chi trả chế độ cho 426 người có uy tín với tổng kinh "
          "phí 1.278 triệu đồng; tổ chức 02 đoàn cho 84 người có uy tín tham quan, học tập kinh nghiệm tại các "
          "tỉnh bạn. Việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân "
          "tộc thiểu số đạt kết quả tích cực; tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 11,8%."),
    ("letter", "b)", "Công tác tôn giáo"),
    ("p", "Toàn tỉnh có 04 tôn giáo được Nhà nước công nhận với 186.500 tín đồ, gồm: Phật giáo 142.300 tín đồ, "
          "Công giáo 38.600 tín đồ, đạo Tin lành 4.900 tín đồ và đạo Cao Đài 700 tín đồ; 217 cơ sở thờ tự. Các "
          "cấp ủy, chính quyền, Mặt trận đã tổ chức thăm, chúc mừng chức sắc, chức việc dịp Lễ Phục sinh, Lễ Phật "
          "đản; các hoạt động tôn giáo diễn ra đúng quy định của pháp luật. Các tổ chức tôn giáo đóng góp trên "
          "6,2 tỷ đồng cho công tác an sinh xã hội."),
    ("letter", "c)", "Nắm tình hình Nhân dân, giải quyết các vụ việc phức tạp ở cơ sở"),
    ("p", "Khối dân vận các cấp thường xuyên nắm bắt, tổng hợp tâm tư, nguyện vọng của Nhân dân; trong 6 tháng "
          "đã phát hiện 27 vụ việc phức tạp liên quan đến đất đai, môi trường, giải phóng mặt bằng; đã phối hợp "
          "giải quyết dứt điểm 21 vụ, 06 vụ đang tiếp tục giải quyết. Tổ dân vận, tổ hòa giải ở thôn, tổ dân phố "
          "hòa giải thành 1.134/1.287 vụ việc, đạt 88,1%."),
    ("arabic", "7.", "Công tác xây dựng tổ chức bộ máy, đội ngũ cán bộ làm công tác dân vận"),
    ("p", "Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu kiện toàn 96/96 Khối dân vận cấp xã và 1.284 tổ dân vận "
          "thôn, tổ dân phố do đồng chí Bí thư chi bộ làm Tổ trưởng. Mở 02 lớp bồi dưỡng nghiệp vụ công tác dân "
          "vận cho 386 cán bộ chủ chốt cấp xã; đồng chí Đặng Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân "
          "vận Tỉnh ủy được phân công phụ trách Tổ giúp việc Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của "
          "tỉnh."),
    ("roman", "II.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Ưu điểm"),
    ("p", "Công tác dân vận 6 tháng đầu năm 2026 được các cấp ủy, tổ chức đảng quan tâm lãnh đạo, chỉ đạo toàn "
          "diện, có trọng tâm, trọng điểm; công tác dân vận của chính quyền có chuyển biến rõ nét, nhất là trong "
          "tiếp công dân, đối thoại và cải cách hành chính; Mặt trận và các đoàn thể tiếp tục đổi mới nội dung, "
          "phương thức hoạt động; phong trào thi đua “Dân vận khéo” lan tỏa sâu rộng, góp phần quan trọng giữ "
          "vững ổn định chính trị, tạo đồng thuận xã hội."),
    ("arabic", "2.", "Hạn chế, khuyết điểm"),
    ("dash", "Một số cấp ủy cấp xã chưa quan tâm đúng mức đến công tác dân vận, còn lúng túng trong cụ thể hóa "
             "các văn bản của cấp trên sau sắp xếp tổ chức bộ máy."),
    ("dash", "Việc đối thoại trực tiếp giữa người đứng đầu với Nhân dân ở một số nơi còn hình thức; vẫn còn đơn "
             "thư khiếu nại, tố cáo vượt cấp, kéo dài."),
    ("dash", "Kết quả kết nạp đoàn viên thanh niên và đoàn viên công đoàn còn thấp so với kế hoạch; hoạt động của "
             "một số chi hội, chi đoàn ở cơ sở còn đơn điệu."),
    ("dash", "Một số mô hình “Dân vận khéo” chậm được nhân rộng, thiếu tính bền vững; công tác nắm tình hình Nhân "
             "dân ở một số địa bàn vùng sâu, vùng xa có lúc chưa kịp thời."),
    ("arabic", "3.", "Nguyên nhân của hạn chế"),
    ("letter", "a)", "Nguyên nhân khách quan"),
    ("p", "Tổ chức bộ máy mới sắp xếp, địa bàn quản lý của cấp xã rộng, dân cư phân tán; một số văn bản hướng dẫn "
          "về chức năng, nhiệm vụ của Khối dân vận cấp xã chưa đầy đủ; thời tiết diễn biến bất thường, mưa đá, "
          "lũ quét ảnh hưởng đến đời sống Nhân dân vùng cao."),
    ("letter", "b)", "Nguyên nhân chủ quan"),
    ("p", "Nhận thức của một bộ phận cán bộ, đảng viên về vị trí, vai trò của công tác dân vận chưa đầy đủ; đội "
          "ngũ cán bộ làm công tác dân vận ở cơ sở chủ yếu kiêm nhiệm, thường xuyên biến động, kinh nghiệm còn "
          "hạn chế; sự phối hợp giữa chính quyền với Mặt trận và các đoàn thể có nơi chưa chặt chẽ."),
    ("arabic", "4.", "Bài học kinh nghiệm"),
    ("dash", "Phải thường xuyên quán triệt sâu sắc quan điểm “dân là gốc”, phát huy vai trò người đứng đầu cấp ủy, "
             "chính quyền trong công tác dân vận."),
    ("dash", "Gắn công tác dân vận với thực hiện nhiệm vụ chính trị của địa phương; lấy kết quả giải quyết những "
             "vấn đề bức xúc của Nhân dân làm thước đo hiệu quả."),
    ("dash", "Phối hợp chặt chẽ, đồng bộ giữa Khối dân vận với chính quyền, Mặt trận và các đoàn thể; coi trọng "
             "nắm tình hình Nhân dân ngay từ cơ sở."),
    ("dash", "Kịp thời phát hiện, biểu dương, nhân rộng các điển hình “Dân vận khéo”, người tốt, việc tốt."),
    ("roman", "III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"),
    ("arabic", "1.", "Nhiệm vụ trọng tâm"),
    ("p", "Tiếp tục thực hiện chủ đề công tác dân vận năm 2026, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức "
          "đảng, chính quyền, Mặt trận và các đoàn thể tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:"),
    ("num", "(1) Tổ chức quán triệt, thực hiện nghiêm các văn bản của Trung ương, của tỉnh về công tác dân vận; "
            "sơ kết 01 năm thực hiện Kế hoạch số 96-KH/TU về công tác dân vận năm 2026."),
    ("num", "(2) Nâng cao chất lượng công tác dân vận của chính quyền, nhất là tiếp công dân, đối thoại, giải quyết "
            "dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài."),
    ("num", "(3) Đẩy mạnh phong trào thi đua “Dân vận khéo”, phấn đấu công nhận thêm ít nhất 350 mô hình trong 6 "
            "tháng cuối năm."),
    ("num", "(4) Chỉ đạo Mặt trận và các đoàn thể hoàn thành chỉ tiêu kết nạp đoàn viên, hội viên năm 2026; chú "
            "trọng tập hợp thanh niên, công nhân tại các khu công nghiệp."),
    ("num", "(5) Làm tốt công tác dân vận vùng đồng bào dân tộc thiểu số, tôn giáo; chuẩn bị chu đáo các hoạt "
            "động mừng Lễ Giáng sinh năm 2026."),
    ("num", "(6) Tăng cường nắm tình hình Nhân dân, phối hợp giải quyết kịp thời các vụ việc phức tạp ở cơ sở, "
            "không để phát sinh điểm nóng."),
    ("arabic", "2.", "Một số giải pháp chủ yếu"),
    ("dash", "Phát huy vai trò người đứng đầu; đưa kết quả thực hiện công tác dân vận vào tiêu chí đánh giá, xếp "
             "loại tổ chức đảng và đảng viên cuối năm 2026."),
    ("dash", "Kiện toàn, nâng cao chất lượng hoạt động của Khối dân vận cấp xã và tổ dân vận thôn, tổ dân phố; tổ "
             "chức 03 lớp bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận."),
    ("dash", "Tăng cường kiểm tra, giám sát việc thực hiện Quy chế công tác dân vận của hệ thống chính trị; tổ "
             "chức Hội nghị tổng kết công tác dân vận năm 2026 trước ngày 15/12/2026."),
    ("roman", "IV.", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ("arabic", "1.", "Đối với Ban Tuyên giáo và Dân vận Trung ương"),
    ("dash", "Sớm ban hành hướng dẫn về chức năng, nhiệm vụ, quy chế hoạt động của Khối dân vận cấp xã sau khi "
             "thực hiện chính quyền địa phương hai cấp."),
    ("dash", "Quan tâm mở các lớp bồi dưỡng, tập huấn nghiệp vụ công tác dân vận cho cán bộ cấp xã ở các tỉnh "
             "miền núi."),
    ("arabic", "2.", "Đối với Chính phủ, các bộ, ngành Trung ương"),
    ("dash", "Có chính sách hỗ trợ đối với cán bộ không chuyên trách làm công tác dân vận ở thôn, tổ dân phố."),
    ("dash", "Bố trí nguồn vốn hỗ trợ xây dựng nhà ở cho hộ nghèo vùng đồng bào dân tộc thiểu số bị thiệt hại "
             "do thiên tai."),
    ("p", "Trên đây là báo cáo kết quả công tác dân vận 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối "
          "năm 2026 của Ban Thường vụ Tỉnh ủy Vân Lĩnh./."),
]

RECIPIENTS = ["- Ban Tuyên giáo và Dân vận Trung ương (b/c),", "- Thường trực Tỉnh ủy,",
              "- Các đồng chí Tỉnh ủy viên,", "- Các ban xây dựng Đảng, Văn phòng Tỉnh ủy,",
              "- Đảng ủy UBND tỉnh, Đảng ủy MTTQ tỉnh,", "- Các đảng ủy trực thuộc Tỉnh ủy,",
              "- Lưu Văn phòng Tỉnh ủy."]
SIGNATURE = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Đinh Quang Huy"]
METADATA = {"issuer": "Ban Thường vụ Tỉnh ủy Vân Lĩnh", "number": "412-BC/TU",
            "date": "ngày 16 tháng 6 năm 2026", "place": "Vân Lĩnh", "signer": "Đinh Quang Huy",
            "signer_title": "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC",
            "title": "Kết quả công tác dân vận 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm "
                     "2026"}


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    left = [Paragraph("TỈNH ỦY VÂN LĨNH", st["hd_left"]), Paragraph(nfc("BAN THƯỜNG VỤ"), st["hd_left"]),
            Paragraph("*", st["hd_left_n"]), Paragraph(nfc("Số " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph(nfc("ĐẢNG CỘNG SẢN VIỆT NAM"), st["hd_right"]),
             HRFlowable(width=6.4 * cm, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=8),
             Paragraph(nfc("Vân Lĩnh, " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[6.2 * cm, FRAME_W - 6.2 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Paragraph(TITLE_LINE, st["title"]), Paragraph(nfc(SUBTITLE).replace("\n", "<br/>"), st["subtitle"]),
            Paragraph("-----", st["hd_left_n"]), Spacer(1, 10)]


HEADINGS = ("roman", "arabic", "dec", "letter")


def flowables(st, blocks: list[tuple]) -> list:
    return (header_block(st)
            + block_flowables(blocks, st, HEADINGS, lambda: table_flowables(org_table(), st, pad=3))
            + signature(st, RECIPIENTS, SIGNATURE, right_w=8.4 * cm))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + BODY, flowables, header_text=HEADER_TEXT, title="Báo cáo " + METADATA["title"],
                      author="Tỉnh ủy Vân Lĩnh", creator="scripts/make_test_report_dan_van.py",
                      number_first_page=False, hd_right_size=12.5, title_size=14.5, subtitle_after=4,
                      cell_size=10.5, cell_lead=12.5)


# --------------------------------------------------------------------------------------------------
# Outline (section ids: "I", "I.2", "I.2.3", "I.4.a") and plain text
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    items: list[dict] = []
    roman = arabic = dec = None
    for b in BODY:
        kind = b[0]
        if kind == "roman":
            roman, arabic, dec = b[1].rstrip("."), None, None
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
    lines = ["TỈNH ỦY VÂN LĨNH", "BAN THƯỜNG VỤ", "*", "Số " + METADATA["number"], "ĐẢNG CỘNG SẢN VIỆT NAM",
             "Vân Lĩnh, " + METADATA["date"], TITLE_LINE, SUBTITLE]
    for b in blocks:
        if b[0] in HEADINGS:
            lines.append(f"{b[1]} {b[2]}")
        elif b[0] in ("p", "num"):
            lines.append(strip_markup(b[1]))
        elif b[0] in ("dash", "plus"):
            lines.append(("- " if b[0] == "dash" else "+ ") + strip_markup(b[1]))
        elif b[0] == "table":
            tb = org_table()
            lines.append(tb["unit"])
            lines.append(" | ".join(tb["head"]))
            lines += [" | ".join(r) for r in tb["rows"]]
    lines += ["Nơi nhận:"] + RECIPIENTS + SIGNATURE
    lines += [f"{n} {t}" for n, t in enumerate(notes, 1)]
    return nfc("\n".join(lines))


def main() -> int:
    if "--outline" in sys.argv[1:]:
        print(json.dumps({"report": PDF.stem, "file": str(PDF.relative_to(ROOT)), "split": "tune",
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
