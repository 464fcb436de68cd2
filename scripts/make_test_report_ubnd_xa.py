"""Sinh báo cáo giả định của UBND phường An Bình (dữ liệu bịa, phục vụ đánh giá).

Writes tests/data/ubnd-phuong-an-binh-9-thang-2026.pdf: an invented ward People's Committee report on the
socio-economic situation, defence and security in the first 9 months of 2026, written by a helper who never
saw the assistant's code (eval/real/outlines/ubnd-phuong-an-binh-9-thang-2026.json,
eval/real/questions_tune5.jsonl). Born-digital (reportlab, embedded DejaVu Serif): header block on the first
page, a running header on the following pages, page numbers at the bottom, footnotes at the page bottom,
"A."/"B." parts holding Roman sections, Arabic, "2.1." decimal and "a)" headings, '-'/'+' items, a budget
table inside the body, signature block with "Nơi nhận:".

Run: .venv/bin/python scripts/make_test_report_ubnd_xa.py            (writes the PDF)
     .venv/bin/python scripts/make_test_report_ubnd_xa.py --outline  (prints the expected outline as JSON)
     .venv/bin/python scripts/make_test_report_ubnd_xa.py --text     (prints the plain text, footnotes last)
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
from reportlab.platypus import HRFlowable, Paragraph, Table, TableStyle  # noqa: E402

PDF = ROOT / "tests" / "data" / "ubnd-phuong-an-binh-9-thang-2026.pdf"

HEADER_TEXT = "Báo cáo tình hình KT-XH, QP-AN 9 tháng đầu năm 2026 - UBND phường An Bình"
TITLE_LINE = "BÁO CÁO"
SUBTITLE = ("Tình hình kinh tế - xã hội, quốc phòng - an ninh\n9 tháng đầu năm 2026; nhiệm vụ, giải pháp "
            "trọng tâm\n3 tháng cuối năm 2026")

# --------------------------------------------------------------------------------------------------
# The document. Footnotes are written inline as [[text]] and numbered 1..N in reading order.
#   part      (label, title)            "A. TITLE" centred bold
#   roman     (label, title)            "I. TITLE" bold caps
#   arabic    (label, title)            "1. Title" bold
#   dec       (label, title)            "2.1. Title" bold italic
#   letter    (label, title)            "a) Title" italic, on its own line
#   item      (label, title, text)      "a) Title: text…" — label and title italic, rest body
#   p         (text,)                   body paragraph
#   dash/plus (text,)                   "- text" / "+ text"
#   table     (dict,)                   a grid table inside the body
# --------------------------------------------------------------------------------------------------
BUDGET_ROWS = [  # (STT, nguồn thu, dự toán năm 2026, thực hiện 9 tháng) — triệu đồng
    ("1", "Thuế công thương nghiệp ngoài quốc doanh", 18200, 15846),
    ("2", "Lệ phí trước bạ", 9500, 7214),
    ("3", "Thuế thu nhập cá nhân", 6300, 5937),
    ("4", "Thuế sử dụng đất phi nông nghiệp", 1150, 628),
    ("5", "Tiền sử dụng đất", 11000, 9875),
    ("6", "Phí, lệ phí", 1300, 1102),
    ("7", "Thu khác ngân sách", 1200, 770),
]


def budget_table() -> dict:
    tot_plan = sum(r[2] for r in BUDGET_ROWS)
    tot_done = sum(r[3] for r in BUDGET_ROWS)
    assert (tot_plan, tot_done) == (48650, 41372)
    rows = [["", "Tổng thu ngân sách nhà nước trên địa bàn", vn_int(tot_plan), vn_int(tot_done),
             vn_pct(tot_done, tot_plan)]]
    rows += [[stt, name, vn_int(p), vn_int(d), vn_pct(d, p)] for stt, name, p, d in BUDGET_ROWS]
    return {"unit": "Đơn vị tính: triệu đồng",
            "head": ["STT", "Nguồn thu", "Dự toán năm 2026", "Thực hiện 9 tháng", "Tỷ lệ % so với dự toán"],
            "widths": [1.2 * cm, 7.4 * cm, 2.8 * cm, 2.8 * cm, 2.0 * cm],
            "rows": rows, "bold_rows": {0}}


OPENING = [
    ("p", "Thực hiện Nghị quyết số 12/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân phường về nhiệm vụ phát "
          "triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026 và Quyết định số 3120/QĐ-UBND ngày "
          "22/12/2025 của Ủy ban nhân dân thành phố Hải Đông về giao dự toán thu, chi ngân sách năm 2026; Ủy ban "
          "nhân dân phường An Bình báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm 2026 "
          "và nhiệm vụ, giải pháp trọng tâm 3 tháng cuối năm 2026 như sau:"),
]

PART_A = [
    ("part", "A.", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2026"),
    ("roman", "I.", "LĨNH VỰC KINH TẾ"),
    ("arabic", "1.", "Thu, chi ngân sách nhà nước"),
    ("letter", "a)", "Thu ngân sách nhà nước trên địa bàn"),
    ("p", "Ngay từ đầu năm, Ủy ban nhân dân phường đã giao chỉ tiêu thu cho từng tổ dân phố, phối hợp chặt chẽ "
          "với Thuế cơ sở 3 thành phố Hải Đông rà soát, quản lý nguồn thu, nhất là thu từ hộ kinh doanh. Tổng thu "
          "ngân sách nhà nước trên địa bàn 9 tháng ước đạt 41.372 triệu đồng, bằng 85,0% dự toán thành phố giao, "
          "bằng 108,6% so với cùng kỳ năm 2025. Có 3/7 khoản thu đạt trên 85% dự toán; riêng thu tiền sử dụng đất "
          "đạt khá nhờ hoàn thành đấu giá quyền sử dụng đất[[Số thu tiền sử dụng đất 9 tháng "
          "gồm: thu từ 23 hồ sơ chuyển mục đích sử dụng đất của hộ gia đình, cá nhân là 3.755 triệu đồng và thu "
          "từ 01 khu đất đấu giá quyền sử dụng đất tại tổ dân phố 7 (05 lô, tổng diện tích 612 m²) là 6.120 "
          "triệu đồng.]]. Một số khoản thu còn đạt thấp so với dự toán. Kết quả cụ thể theo từng nguồn thu như "
          "sau:"),
    ("table", None),
    ("p", "Thành lập Tổ công tác thu hồi nợ đọng thuế theo Quyết định số 245/QĐ-UBND ngày 10/3/2026 của Chủ "
          "tịch Ủy ban nhân dân phường do đồng chí Lê Thị Thu Hà, Phó Chủ tịch Ủy ban nhân dân phường làm Tổ "
          "trưởng; đến ngày 15/9/2026 đã thu hồi được 1.518 triệu đồng tiền nợ thuế, số nợ thuế còn lại của hộ "
          "kinh doanh là 1.236 triệu đồng."),
    ("letter", "b)", "Chi ngân sách phường"),
    ("p", "Thu ngân sách phường được hưởng theo phân cấp ước đạt 12.486 triệu đồng, gồm thu điều tiết 5.932 "
          "triệu đồng và thu bổ sung từ ngân sách thành phố 6.554 triệu đồng. Tổng chi ngân sách phường 9 tháng "
          "ước thực hiện 10.915 triệu đồng, bằng 68,2% dự toán (dự toán 16.005 triệu đồng); trong đó chi đầu tư "
          "phát triển 2.380 triệu đồng, chi thường xuyên 8.535 triệu đồng. Việc chi ngân sách bảo đảm đúng dự "
          "toán, tiết kiệm, ưu tiên chi cho con người và an sinh xã hội."),
    ("arabic", "2.", "Thương mại, dịch vụ và tiểu thủ công nghiệp"),
    ("dec", "2.1.", "Thương mại, dịch vụ"),
    ("p", "Hoạt động thương mại, dịch vụ trên địa bàn tiếp tục phục hồi; hàng hóa phong phú, giá cả cơ bản ổn "
          "định, không xảy ra tình trạng găm hàng, tăng giá đột biến. Tổng mức bán lẻ hàng hóa và doanh thu dịch "
          "vụ tiêu dùng 9 tháng ước đạt 1.846 tỷ đồng, tăng 9,4% so với cùng kỳ. Lũy kế đến ngày 30/9/2026, trên "
          "địa bàn có 1.274 hộ kinh doanh cá thể và 186 doanh nghiệp đang hoạt động; trong 9 tháng có 97 hộ kinh "
          "doanh được cấp mới giấy chứng nhận đăng ký và 14 doanh nghiệp thành lập mới. Chợ An Bình duy trì 412 "
          "điểm kinh doanh, tỷ lệ lấp đầy đạt 93%; tuyến phố đi bộ Bạch Đằng hoạt động vào tối thứ Sáu, thứ Bảy, "
          "Chủ nhật hằng tuần, bình quân đón khoảng 2.500 lượt khách mỗi tối."),
    ("dec", "2.2.", "Tiểu thủ công nghiệp"),
    ("p", "Giá trị sản xuất tiểu thủ công nghiệp ước đạt 362,5 tỷ đồng, bằng 76,8% kế hoạch năm, tăng 6,1% so "
          "với cùng kỳ; các ngành nghề chủ yếu là may mặc, cơ khí nhỏ, chế biến thực phẩm. Phường đã vận động 11 "
          "cơ sở sản xuất gây ô nhiễm trong khu dân cư di dời vào Cụm công nghiệp Đông Hải."),
    ("arabic", "3.", "Quản lý đô thị, đất đai và môi trường"),
    ("dash", "Về trật tự xây dựng: cấp 58 giấy phép xây dựng nhà ở riêng lẻ; kiểm tra 124 công trình, phát hiện "
             "09 trường hợp vi phạm trật tự xây dựng, ban hành 09 quyết định xử phạt vi phạm hành chính với tổng "
             "số tiền 187,5 triệu đồng, buộc tháo dỡ 03 công trình."),
    ("dash", "Về đất đai: tiếp nhận 412 hồ sơ đăng ký biến động đất đai, đã giải quyết 398 hồ sơ. Phối hợp "
             "thực hiện bồi thường, giải phóng mặt bằng dự án Đường Vành đai 2 đoạn qua phường: đã chi trả cho "
             "63/67 hộ, diện tích bàn giao 3,82 ha, đạt 94,3% diện tích cần thu hồi."),
    ("dash", "Về môi trường: duy trì thu gom rác thải sinh hoạt bình quân 42 tấn/ngày, tỷ lệ thu gom đạt 99,5%; "
             "tổ chức 09 đợt ra quân “Ngày Chủ nhật xanh” với hơn 3.200 lượt người tham gia."),
    ("arabic", "4.", "Đầu tư xây dựng cơ bản"),
    ("p", "Năm 2026, phường được giao làm chủ đầu tư 07 dự án với tổng kế hoạch vốn 15.840 triệu đồng, gồm ngân "
          "sách thành phố hỗ trợ có mục tiêu 12.600 triệu đồng và ngân sách phường 3.240 triệu đồng (03 dự án "
          "chuyển tiếp, 04 dự án khởi công mới). Đến ngày 15/9/2026, giá trị giải ngân đạt 9.187 triệu đồng, bằng "
          "58,0% kế hoạch vốn; lũy kế giải ngân các dự án chuyển tiếp từ khởi công đến nay đạt 5.412 triệu đồng. "
          "Đã hoàn thành, bàn giao đưa vào sử dụng Nhà văn hóa tổ dân phố 4 và tuyến đường ngõ 38 Trần Phú; dự "
          "án Cải tạo, nâng cấp Trường Mầm non An Bình đang thi công, ước đạt khoảng 70% khối lượng. Ban Chỉ đạo "
          "giải phóng mặt bằng phường do đồng chí Trần Văn Khải, Phó Chủ tịch Ủy ban nhân dân phường làm Trưởng "
          "ban đã tổ chức 14 buổi đối thoại với các hộ dân bị ảnh hưởng."),
    ("roman", "II.", "LĨNH VỰC VĂN HÓA - XÃ HỘI"),
    ("arabic", "1.", "Giáo dục và đào tạo"),
    ("p", "Trên địa bàn có 04 trường công lập (Trường Mầm non An Bình, Trường Mầm non Hoa Sen, Trường Tiểu học "
          "An Bình, Trường THCS Lê Quý Đôn). Kết thúc năm học 2025 - 2026, tỷ lệ học sinh tiểu học hoàn thành "
          "chương trình lớp học đạt 99,6%; 312/312 học sinh lớp 9 Trường THCS Lê Quý Đôn được công nhận tốt "
          "nghiệp; tỷ lệ học sinh thi đỗ vào lớp 10 trung học phổ thông công lập đạt 81,7%. Trường Tiểu học An "
          "Bình được công nhận đạt chuẩn quốc gia mức độ 2 theo Quyết định số 1865/QĐ-UBND ngày 12/8/2026 của Ủy "
          "ban nhân dân thành phố. Các trường đã tổ chức khai giảng năm học 2026 - 2027 vào ngày 05/9/2026 với "
          "3.214 học sinh, tăng 88 em so với năm học trước."),
    ("arabic", "2.", "Y tế, dân số"),
    ("p", "Trạm Y tế phường duy trì tốt công tác khám, chữa bệnh ban đầu: 9 tháng khám, chữa bệnh cho 6.842 lượt "
          "người, trong đó khám bảo hiểm y tế 5.109 lượt. Chương trình tiêm chủng mở rộng được thực hiện an "
          "toàn, đúng lịch[[Đã tiêm đầy đủ các loại vắc xin cho 284 trẻ em dưới 1 tuổi, đạt 96,9% kế hoạch; tiêm "
          "vắc xin sởi - rubella cho 305 trẻ 18 tháng tuổi; không có trường hợp phản ứng nặng sau tiêm.]]. Công "
          "tác phòng, chống dịch bệnh được chủ động triển khai; ghi nhận 27 ca sốt xuất huyết, giảm 15 ca so với "
          "cùng kỳ, không để dịch lây lan trong cộng đồng. Đoàn kiểm tra liên ngành an toàn thực phẩm của phường "
          "kiểm tra 96 cơ sở, xử phạt 07 cơ sở vi phạm với số tiền 21,5 triệu đồng. Tỷ lệ người dân tham gia bảo "
          "hiểm y tế ước đạt 93,6%."),
    ("arabic", "3.", "Văn hóa, thông tin, thể dục thể thao"),
    ("p", "Tổ chức trang trí, tuyên truyền các ngày lễ lớn, kỷ niệm 81 năm Cách mạng tháng Tám và Quốc khánh "
          "2/9; tổ chức Lễ hội truyền thống đình An Bình vào ngày 14/3/2026 trang trọng, an toàn, tiết kiệm. Hệ "
          "thống truyền thanh thông minh của phường phát 512 tin, bài tuyên truyền. Phong trào “Toàn dân đoàn "
          "kết xây dựng đời sống văn hóa” tiếp tục được duy trì; 12/12 tổ dân phố đăng ký danh hiệu “Tổ dân phố "
          "văn hóa” năm 2026. Giải bóng đá thanh niên phường năm 2026 thu hút 10 đội bóng với gần 200 vận động "
          "viên tham gia."),
    ("arabic", "4.", "Lao động, việc làm và an sinh xã hội"),
    ("dash", "Giải quyết việc làm cho 436 lao động, đạt 87,2% kế hoạch năm; trong đó có 21 người đi làm việc ở "
             "nước ngoài theo hợp đồng."),
    ("dash", "Thực hiện đầy đủ, kịp thời các chính sách đối với người có công và đối tượng bảo trợ xã hội; tổng "
             "kinh phí chi trả 9 tháng là 8.964 triệu đồng, cụ thể:"),
    ("plus", "Trợ cấp ưu đãi hằng tháng cho 318 người có công với cách mạng và thân nhân: 5.127 triệu đồng;"),
    ("plus", "Trợ cấp xã hội hằng tháng cho 742 đối tượng bảo trợ xã hội: 3.837 triệu đồng."),
    ("dash", "Dịp Tết Nguyên đán Bính Ngọ năm 2026 và kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7), các cấp, "
             "các ngành và nhà hảo tâm đã tặng 1.085 suất quà với tổng trị giá 612 triệu đồng."),
    ("dash", "Đầu năm 2026, phường có 14 hộ nghèo (chiếm 0,31%) và 27 hộ cận nghèo; 9 tháng đã có 05 hộ thoát "
             "nghèo, ước đến cuối năm còn 09 hộ nghèo, chiếm 0,2%. Hỗ trợ sửa chữa nhà ở cho 03 hộ nghèo với "
             "kinh phí 150 triệu đồng từ Quỹ “Vì người nghèo” của phường."),
    ("roman", "III.", "QUỐC PHÒNG - AN NINH"),
    ("arabic", "1.", "Công tác quốc phòng, quân sự địa phương"),
    ("p", "Ban Chỉ huy quân sự phường duy trì nghiêm chế độ trực sẵn sàng chiến đấu, nhất là trong các ngày lễ, "
          "Tết. Tổ chức Lễ giao nhận quân ngày 03/3/2026, giao 19 công dân thực hiện nghĩa vụ, đạt 100% chỉ tiêu "
          "(16 công dân nhập ngũ Quân đội và 03 công dân thực hiện nghĩa vụ tham gia Công an nhân dân). Huấn luyện "
          "cho 86 đồng chí dân quân năm thứ nhất, kết quả 100% đạt yêu cầu, trong đó 72,1% đạt khá, giỏi. Tổ "
          "chức đăng ký nghĩa vụ quân sự lần đầu cho 142 nam công dân đủ 17 tuổi. Tháng 8/2026, phường tổ chức "
          "diễn tập chiến đấu phòng thủ, được Bộ Chỉ huy quân sự thành phố đánh giá đạt loại Giỏi."),
    ("arabic", "2.", "An ninh chính trị, trật tự an toàn xã hội"),
    ("p", "Tình hình an ninh chính trị trên địa bàn cơ bản ổn định. Công an phường đã chủ động nắm tình hình, "
          "triển khai đồng bộ các biện pháp bảo đảm an ninh, trật tự:"),
    ("dash", "Phạm pháp hình sự xảy ra 11 vụ, giảm 04 vụ so với cùng kỳ[[Gồm: 05 vụ trộm cắp tài sản, 02 vụ cố ý "
             "gây thương tích, 02 vụ lừa đảo chiếm đoạt tài sản qua không gian mạng, 01 vụ cướp giật tài sản và 01 "
             "vụ đánh bạc; tổng giá trị tài sản bị thiệt hại khoảng 386 triệu đồng.]]; điều tra làm rõ 10/11 vụ, "
             "đạt 90,9%, bắt giữ 15 đối tượng. Phát hiện, bắt giữ 06 vụ, 13 đối tượng vi phạm pháp luật về ma "
             "túy."),
    ("dash", "Tai nạn giao thông xảy ra 03 vụ, làm chết 01 người, bị thương 04 người. Lập biên bản xử lý 1.127 "
             "trường hợp vi phạm trật tự, an toàn giao thông, nộp ngân sách nhà nước 1.384 triệu đồng."),
    ("dash", "Tổ chức 04 buổi tuyên truyền về phòng, chống lừa đảo trên không gian mạng; hướng dẫn kích hoạt tài "
             "khoản định danh điện tử mức độ 2 cho 2.460 công dân. Xảy ra 02 vụ cháy nhỏ, không gây thiệt hại về "
             "người."),
    ("roman", "IV.", "CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN, CẢI CÁCH HÀNH CHÍNH VÀ HOẠT ĐỘNG CỦA MẶT TRẬN, ĐOÀN THỂ"),
    ("arabic", "1.", "Cải cách hành chính, chuyển đổi số"),
    ("p", "Triển khai Kế hoạch số 37/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân phường về cải cách hành chính "
          "năm 2026. Bộ phận Một cửa phường tiếp nhận 5.236 hồ sơ thủ tục hành chính, trong đó hồ sơ trực tuyến "
          "4.418 hồ sơ, chiếm 84,4%; đã giải quyết 5.190 hồ sơ, trong đó đúng và trước hạn 5.172 hồ sơ, đạt "
          "99,7%, trễ hạn 18 hồ sơ (chủ yếu thuộc lĩnh vực đất đai). Chứng thực 9.845 bản sao, chữ ký; 100% văn "
          "bản đi được ký số và gửi trên hệ thống quản lý văn bản điện tử."),
    ("arabic", "2.", "Tiếp công dân, giải quyết đơn thư"),
    ("p", "Lãnh đạo Ủy ban nhân dân phường tiếp công dân định kỳ 18 buổi, tiếp 47 lượt công dân. Tiếp nhận 39 "
          "đơn (04 đơn khiếu nại, 01 đơn tố cáo, 34 đơn kiến nghị, phản ánh), đã giải quyết 35/39 đơn, đạt 89,7%; "
          "04 đơn đang xem xét, giải quyết trong thời hạn."),
    ("arabic", "3.", "Hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội"),
    ("dash", "Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động Quỹ “Vì người nghèo” được 286,4 triệu đồng; phối "
             "hợp giám sát 06 cuộc về việc thực hiện chính sách an sinh xã hội, trật tự đô thị."),
    ("dash", "Hội Liên hiệp Phụ nữ phường quản lý nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội với dư nợ "
             "14.620 triệu đồng, 318 hộ vay; kết nạp mới 45 hội viên."),
    ("dash", "Đoàn Thanh niên phường tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2026 với 1.150 lượt đoàn "
             "viên, thanh niên tham gia; Hội Cựu chiến binh phường giúp 08 hội viên phát triển kinh tế gia "
             "đình; Hội Người cao tuổi phường tổ chức mừng thọ cho 236 cụ."),
    ("roman", "V.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Kết quả đạt được"),
    ("p", "Trong 9 tháng đầu năm 2026, dưới sự lãnh đạo của Đảng ủy phường, sự giám sát của Hội đồng nhân dân "
          "phường, Ủy ban nhân dân phường đã tập trung chỉ đạo, điều hành quyết liệt, hoàn thành và vượt tiến độ "
          "nhiều chỉ tiêu: thu ngân sách tăng so với cùng kỳ; an sinh xã hội được bảo đảm; chất lượng giáo dục "
          "được nâng lên; quốc phòng, an ninh được giữ vững; cải cách hành chính có chuyển biến tích cực."),
    ("arabic", "2.", "Hạn chế, tồn tại"),
    ("dash", "Một số khoản thu ngân sách đạt thấp so với dự toán, nhất là thuế sử dụng đất phi nông nghiệp và thu "
             "khác ngân sách; nợ đọng thuế của hộ kinh doanh còn lớn."),
    ("dash", "Tiến độ giải ngân vốn đầu tư công còn chậm so với yêu cầu; việc giải phóng mặt bằng dự án Đường "
             "Vành đai 2 còn vướng mắc 04 hộ chưa nhận tiền bồi thường."),
    ("dash", "Tình trạng lấn chiếm vỉa hè, lòng đường để kinh doanh, vi phạm trật tự xây dựng vẫn còn xảy ra ở "
             "một số tuyến phố."),
    ("dash", "Tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng có chiều hướng gia tăng; vẫn còn hồ sơ thủ "
             "tục hành chính giải quyết trễ hạn."),
    ("arabic", "3.", "Nguyên nhân"),
    ("item", "a)", "Nguyên nhân khách quan", "Sức mua của thị trường phục hồi chậm, nhiều hộ kinh doanh gặp khó "
                                           "khăn; mưa lớn kéo dài trong tháng 7 và tháng 8 ảnh hưởng đến tiến độ "
                                           "thi công các công trình; một số quy định, hướng dẫn về phân cấp, phân "
                                           "quyền sau sắp xếp đơn vị hành chính chưa đầy đủ, thống nhất."),
    ("item", "b)", "Nguyên nhân chủ quan", "Công tác phối hợp giữa các bộ phận chuyên môn với tổ dân phố có lúc "
                                         "chưa chặt chẽ; đội ngũ công chức địa chính - xây dựng còn mỏng so với "
                                         "khối lượng công việc; một số chủ đầu tư, đơn vị tư vấn chưa quyết liệt "
                                         "trong hoàn thiện hồ sơ thanh toán."),
]

PART_B = [
    ("part", "B.", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 3 THÁNG CUỐI NĂM 2026"),
    ("roman", "I.", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    ("arabic", "1.", "Về phát triển kinh tế"),
    ("dash", "Tập trung các giải pháp tăng thu, chống thất thu ngân sách; quyết liệt thu hồi nợ đọng thuế, phấn "
             "đấu tổng thu ngân sách nhà nước trên địa bàn cả năm vượt 5% dự toán thành phố giao."),
    ("dash", "Đẩy nhanh tiến độ thi công, thanh toán khối lượng hoàn thành, phấn đấu giải ngân 100% kế hoạch vốn "
             "đầu tư công năm 2026 trước ngày 31/01/2027; hoàn thành giải phóng mặt bằng dự án Đường Vành đai 2 "
             "trước ngày 30/11/2026."),
    ("dash", "Tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm vỉa hè; bảo đảm cung ứng hàng hóa "
             "phục vụ Tết Nguyên đán Đinh Mùi năm 2027."),
    ("arabic", "2.", "Về văn hóa - xã hội"),
    ("dash", "Chuẩn bị chu đáo các hoạt động chăm lo Tết cho người có công, hộ nghèo, hộ cận nghèo; bảo đảm không "
             "để hộ dân nào thiếu Tết."),
    ("dash", "Chỉ đạo các trường nâng cao chất lượng dạy và học năm học 2026 - 2027; chủ động phòng, chống dịch "
             "bệnh mùa đông - xuân, nhất là sốt xuất huyết và cúm."),
    ("arabic", "3.", "Về quốc phòng - an ninh"),
    ("dash", "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành các khâu chuẩn bị tuyển chọn, gọi công "
             "dân nhập ngũ năm 2027 bảo đảm chất lượng."),
    ("dash", "Mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp cuối năm và Tết Nguyên "
             "đán Đinh Mùi năm 2027; tăng cường tuyên truyền phòng, chống lừa đảo qua mạng."),
    ("arabic", "4.", "Về xây dựng chính quyền, cải cách hành chính"),
    ("dash", "Nâng cao chất lượng giải quyết thủ tục hành chính, phấn đấu không để hồ sơ trễ hạn; tiếp tục đẩy "
             "mạnh chuyển đổi số, thanh toán không dùng tiền mặt."),
    ("dash", "Chuẩn bị tốt nội dung kỳ họp thường lệ cuối năm 2026 của Hội đồng nhân dân phường; xây dựng kế "
             "hoạch phát triển kinh tế - xã hội và dự toán ngân sách năm 2027."),
    ("roman", "II.", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ("arabic", "1.", "Đối với Ủy ban nhân dân thành phố"),
    ("dash", "Bổ sung 4.500 triệu đồng vốn hỗ trợ có mục tiêu để hoàn thành dự án Cải tạo, nâng cấp Trường Mầm "
             "non An Bình trong năm 2026."),
    ("dash", "Sớm phê duyệt phương án bồi thường, hỗ trợ bổ sung đối với 04 hộ còn vướng mắc tại dự án Đường "
             "Vành đai 2."),
    ("arabic", "2.", "Đối với các sở, ngành thành phố"),
    ("dash", "Sở Nội vụ xem xét bổ sung 02 biên chế công chức địa chính - xây dựng cho phường."),
    ("dash", "Sở Xây dựng ban hành hướng dẫn thống nhất về cấp giấy phép xây dựng và xử lý vi phạm trật tự xây "
             "dựng sau khi phân cấp cho chính quyền cấp phường."),
    ("p", "Trên đây là báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm 2026; nhiệm vụ, "
          "giải pháp trọng tâm 3 tháng cuối năm 2026 của Ủy ban nhân dân phường An Bình./."),
]

RECIPIENTS = ["- UBND thành phố Hải Đông (để b/c);", "- Sở Tài chính thành phố;", "- Thường trực Đảng ủy phường;",
              "- Thường trực HĐND phường;", "- Chủ tịch, các PCT UBND phường;", "- UBMTTQ Việt Nam phường;",
              "- Các ban, ngành, đoàn thể phường;", "- Lưu: VT, VP."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đức Minh"]
METADATA = {"issuer": "Ủy ban nhân dân phường An Bình", "number": "215/BC-UBND",
            "date": "ngày 25 tháng 9 năm 2026", "place": "An Bình", "signer": "Nguyễn Đức Minh",
            "signer_title": "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
            "title": "Tình hình kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm 2026; nhiệm vụ, giải "
                     "pháp trọng tâm 3 tháng cuối năm 2026"}


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def header_block(st) -> list:
    left = [Paragraph("ỦY BAN NHÂN DÂN", st["hd_left_n"]), Paragraph("PHƯỜNG AN BÌNH", st["hd_left"]),
            HRFlowable(width=2.2 * cm, thickness=0.7, color=colors.black, spaceBefore=3, spaceAfter=6),
            Paragraph(nfc("Số: " + METADATA["number"]), st["hd_left_n"])]
    right = [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["hd_right"]),
             Paragraph("Độc lập - Tự do - Hạnh phúc", st["hd_motto"]),
             HRFlowable(width=5.2 * cm, thickness=0.7, color=colors.black, spaceBefore=3, spaceAfter=6),
             Paragraph(nfc("An Bình, " + METADATA["date"]), st["hd_date"])]
    t = Table([[left, right]], colWidths=[5.8 * cm, FRAME_W - 5.8 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Paragraph(TITLE_LINE, st["title"]), Paragraph(nfc(SUBTITLE).replace("\n", "<br/>"), st["subtitle"])]


HEADINGS = ("part", "roman", "arabic", "dec", "letter")


def flowables(st, blocks: list[tuple]) -> list:
    return (header_block(st)
            + block_flowables(blocks, st, HEADINGS, lambda: table_flowables(budget_table(), st, pad=4))
            + signature(st, RECIPIENTS, SIGNATURE, right_w=7.5 * cm))


def build_pdf() -> bytes:
    return _build_pdf(OPENING + PART_A + PART_B, flowables, header_text=HEADER_TEXT,
                      title="Báo cáo " + METADATA["title"], author="UBND phường An Bình",
                      creator="scripts/make_test_report_ubnd_xa.py", number_first_page=True)


# --------------------------------------------------------------------------------------------------
# Outline (section ids as in docs/SECTION_IDS.md) and plain text
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    items: list[dict] = []
    scope = roman = arabic = dec = None
    for b in PART_A + PART_B:
        kind = b[0]
        if kind == "part":
            scope, roman, arabic, dec = f"Phần {b[1].rstrip('.')}", None, None, None
            items.append({"id": scope, "title": clean(b[2])})
        elif kind == "roman":
            roman, arabic, dec = b[1].rstrip("."), None, None
            items.append({"id": f"{scope} › {roman}", "title": clean(b[2])})
        elif kind == "arabic":
            arabic, dec = f"{roman}.{b[1].rstrip('.')}", None
            items.append({"id": f"{scope} › {arabic}", "title": clean(b[2])})
        elif kind == "dec":
            dec = f"{roman}.{b[1].rstrip('.')}"
            items.append({"id": f"{scope} › {dec}", "title": clean(b[2])})
        elif kind in ("letter", "item"):
            items.append({"id": f"{scope} › {dec or arabic}.{b[1].rstrip(')')}", "title": clean(b[2])})
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def plain_text() -> str:
    blocks, notes = number_footnotes(OPENING + PART_A + PART_B)
    lines = ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN BÌNH", "Số: " + METADATA["number"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "An Bình, " + METADATA["date"], TITLE_LINE, SUBTITLE]
    for b in blocks:
        if b[0] in HEADINGS:
            lines.append(f"{b[1]} {b[2]}")
        elif b[0] == "item":
            lines.append(strip_markup(f"{b[1]} {b[2]}: {b[3]}"))
        elif b[0] == "p":
            lines.append(strip_markup(b[1]))
        elif b[0] in ("dash", "plus"):
            lines.append(("- " if b[0] == "dash" else "+ ") + strip_markup(b[1]))
        elif b[0] == "table":
            tb = budget_table()
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
