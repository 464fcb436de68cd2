"""Test PDFs with the layout of a published Vietnamese provincial party congress political report.

Writes, deterministically:
- tests/data/bao-cao-chinh-tri-mau.pdf       born-digital (reportlab, embedded DejaVu Serif): cover page,
  running header, page numbers, footnotes with superscript markers, wrapped headings, justified body,
  appendix tables with grid lines;
- tests/data/bao-cao-chinh-tri-mau-scan.pdf  the same pages as 200-dpi grayscale JPEG images, no text layer.

The text is invented ("tỉnh Bình An", all figures made up); it is written in the style of such reports.
Run: .venv/bin/python scripts/make_test_pdfs.py            (writes both PDFs)
     .venv/bin/python scripts/make_test_pdfs.py --outline  (prints the expected outline as JSON)
"""
from __future__ import annotations

import io
import re
import sys
import time
import unicodedata
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and document id: same bytes on every run
rl_config.pageCompression = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, HRFlowable, KeepTogether,  # noqa: E402
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "data"
PDF = OUT_DIR / "bao-cao-chinh-tri-mau.pdf"
SCAN = OUT_DIR / "bao-cao-chinh-tri-mau-scan.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

HEADER_TEXT = "Báo cáo chính trị Đại hội XVI Đảng bộ tỉnh Bình An"
TITLE = ("Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XV trình Đại hội đại biểu "
         "Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030")

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 2.5 * cm, 1.5 * cm, 2.0 * cm, 1.8 * cm
FRAME_W = PAGE_W - LEFT - RIGHT
BODY_SIZE, BODY_LEAD = 13, 15.5
FN_SIZE, FN_LEAD = 10, 12
HEADER_SIZE, PAGENO_SIZE = 10, 11
SCAN_BLUR, SCAN_QUALITY = 0.7, 45


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def br(s: str) -> str:
    """A title line the author broke by hand (centred titles), as a line break."""
    return nfc(s).replace("\n", "<br/>")


# --------------------------------------------------------------------------------------------------
# The document. Each entry: (kind, ...). Footnotes are written inline as [[text]] and numbered 1..N.
#   part      (label, title)            PHẦN THỨ NHẤT / title, both centred bold
#   roman     (label, title)            "I. TITLE" bold caps
#   arabic    (label, title)            "1. Title" bold
#   dec       (label, title)            "1.1. Title" bold italic
#   dec3      (label, title)            "2.3.1. Title" italic
#   item      (label, title, text)      "a) Title: text…" — label and title italic, rest body
#   target    (label, title, text)      "(3) text" — title is the first clause of text
#   p         (text,)                   body paragraph
#   dash/plus (text,)                   "- text" / "+ text"
# --------------------------------------------------------------------------------------------------
OPENING = [
    ("p", "Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ XVI, nhiệm kỳ 2025 - 2030 được tổ chức trong bối "
          "cảnh toàn Đảng, toàn dân và toàn quân ta đang nỗ lực hoàn thành các mục tiêu của Nghị quyết Đại hội "
          "XIII của Đảng, chuẩn bị tiến tới Đại hội đại biểu toàn quốc lần thứ XIV. Đại hội có nhiệm vụ đánh giá "
          "kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025; rút ra "
          "những bài học kinh nghiệm; xác định "
          "phương hướng, mục tiêu, nhiệm vụ và giải pháp chủ yếu cho nhiệm kỳ 2025 - 2030; bầu Ban Chấp hành "
          "Đảng bộ tỉnh khóa XVI và bầu đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."),
    ("p", "Chủ đề của Đại hội: <i>“Xây dựng Đảng bộ và hệ thống chính trị tỉnh Bình An trong sạch, vững "
          "mạnh toàn diện; phát huy sức mạnh đại đoàn kết toàn dân; khơi dậy khát vọng vươn lên, khai thác "
          "hiệu quả mọi tiềm năng, lợi thế, đưa Bình An phát triển nhanh, bền vững”</i>."),
]

PART_ONE = [
    ("part", "PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU\nĐẢNG BỘ TỈNH LẦN THỨ XV, "
                              "NHIỆM KỲ 2020 - 2025"),
    ("p", "Nhiệm kỳ 2020 - 2025, bên cạnh những thuận lợi cơ bản, tỉnh Bình An phải đối mặt với không ít khó "
          "khăn, thách thức: đại dịch COVID-19 diễn biến phức tạp trong những năm đầu nhiệm kỳ; thiên tai, bão "
          "lũ gây thiệt hại nặng nề vào các năm 2022 và 2024. Trong bối cảnh đó, Ban Chấp hành Đảng bộ "
          "tỉnh đã bám sát chủ trương của Trung ương, phát huy tinh thần đoàn kết, chủ động, linh hoạt lãnh "
          "đạo, chỉ đạo các cấp, các ngành thực hiện đồng bộ, quyết liệt các giải pháp phát triển kinh tế - xã "
          "hội và đạt được nhiều kết quả quan trọng, toàn diện trên các lĩnh vực."),
    ("roman", "I.", "KẾT QUẢ LÃNH ĐẠO THỰC HIỆN CÁC NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG, "
                    "AN NINH VÀ MỞ RỘNG QUAN HỆ ĐỐI NGOẠI"),
    ("arabic", "1.", "Kinh tế duy trì tốc độ tăng trưởng khá, quy mô nền kinh tế được mở rộng, cơ cấu kinh tế "
                     "chuyển dịch đúng hướng"),
    ("p", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2021 - 2025 ước đạt "
          "7,2%/năm, vượt chỉ tiêu Nghị quyết đề ra[[GRDP theo giá so sánh 2010: năm 2021 tăng 4,86%; năm 2022 "
          "tăng 8,12%; năm 2023 tăng 7,05%; năm 2024 tăng 7,68%; năm 2025 ước tăng 8,3%.]]. Quy mô nền kinh tế "
          "năm 2025 ước đạt 85.320 tỷ đồng, gấp 1,6 lần so với năm 2020; GRDP bình quân đầu người ước đạt 78,5 "
          "triệu đồng, tăng 28,4 triệu đồng so với đầu nhiệm kỳ. Cơ cấu kinh tế chuyển dịch theo hướng tích "
          "cực: tỷ trọng khu vực công nghiệp - xây dựng tăng từ 31,4% lên 36,8%, khu vực dịch vụ tăng từ 38,2% "
          "lên 40,1%, khu vực nông, lâm nghiệp và thủy sản giảm từ 24,6% xuống còn 17,9%."),
    ("dec", "1.1.", "Sản xuất nông, lâm nghiệp và thủy sản phát triển theo hướng hàng hóa, ứng dụng công nghệ cao"),
    ("p", "Tỉnh đã tập trung lãnh đạo cơ cấu lại ngành nông nghiệp gắn với xây dựng nông thôn mới; hình "
          "thành nhiều vùng sản xuất tập trung quy mô lớn đối với lúa chất lượng cao, cây ăn quả, rau an toàn "
          "và nuôi trồng thủy sản nước lợ. Giá trị sản xuất toàn ngành tăng bình quân 3,4%/năm. Chương trình "
          "mỗi xã một sản phẩm (OCOP) được triển khai hiệu quả, đến nay toàn tỉnh có "
          "214 sản phẩm đạt từ 3 sao trở lên[[Trong đó: 9 sản phẩm đạt 5 sao, 47 sản phẩm đạt 4 sao và 158 sản "
          "phẩm đạt 3 sao; 62 chủ thể OCOP là hợp tác xã.]]. Chương trình xây dựng nông thôn mới đạt kết quả "
          "nổi bật: có 127 xã đạt chuẩn nông thôn mới, 46 xã đạt chuẩn nông thôn mới nâng cao, 12 xã đạt chuẩn "
          "nông thôn mới kiểu mẫu và 4 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới."),
    ("dec", "1.2.", "Công nghiệp, xây dựng tiếp tục là động lực tăng trưởng chủ yếu"),
    ("p", "Giá trị sản xuất công nghiệp tăng bình quân 12,6%/năm; một số dự án lớn về chế biến nông sản, dệt "
          "may, linh kiện điện tử, năng lượng tái tạo đi vào hoạt động, tạo thêm năng lực sản xuất mới cho nền "
          "kinh tế. Công tác quy hoạch, đầu tư hạ tầng các khu, cụm công nghiệp được quan tâm[[Đến nay, toàn "
          "tỉnh có 7 khu công nghiệp và 23 cụm công nghiệp được thành lập với tổng diện tích 3.460 ha; tỷ lệ "
          "lấp đầy bình quân đạt 68,5%.]]. Hoạt động xây dựng phát triển mạnh, nhiều công trình giao thông "
          "trọng điểm được hoàn thành như tuyến đường ven biển, cầu Sông Thương, đường tỉnh 618 nối với cao "
          "tốc Bắc - Nam; tỷ lệ đô thị hóa năm 2025 ước đạt 32,4%."),
    ("dec", "1.3.", "Thương mại, dịch vụ, du lịch phục hồi nhanh và phát triển khá"),
    ("p", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng bình quân 10,8%/năm. Hạ tầng thương "
          "mại được đầu tư mở rộng, đến nay có 3 trung tâm thương mại, 14 siêu thị và 186 chợ. Du lịch phục hồi "
          "nhanh sau đại dịch, năm 2025 ước đón 4,6 triệu lượt khách, tổng thu từ du lịch đạt 6.850 tỷ đồng."),
    ("dec", "1.4.", "Thu, chi ngân sách và huy động vốn đầu tư"),
    ("p", "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 ước đạt 162.800 tỷ đồng, trong đó vốn ngoài nhà "
          "nước chiếm 61,2%. Thu ngân sách nhà nước trên địa bàn tăng khá qua các năm, luôn vượt dự toán; ước "
          "thu năm 2025 đạt 14.250 tỷ đồng, gấp 1,7 lần so với năm 2020. Chi ngân sách được điều hành chặt chẽ, tiết "
          "kiệm, ưu tiên cho đầu tư phát triển, bảo đảm an sinh xã hội và các nhiệm vụ cấp bách phát sinh."),
    ("arabic", "2.", "Lĩnh vực văn hóa, xã hội có nhiều chuyển biến tích cực; đời sống vật chất và tinh thần của "
                     "Nhân dân được cải thiện rõ rệt"),
    ("p", "Các lĩnh vực văn hóa, xã hội được quan tâm đầu tư tương xứng hơn với tăng trưởng kinh tế. Phong "
          "trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tiếp tục được đẩy mạnh; các di sản văn hóa vật "
          "thể và phi vật thể được bảo tồn, phát huy giá trị; tỷ lệ gia đình đạt danh hiệu văn hóa đạt 91,5%."),
    ("dec", "2.1.", "Giáo dục và đào tạo"),
    ("p", "Chất lượng giáo dục toàn diện và giáo dục mũi nhọn được nâng lên; tỉnh đứng trong nhóm dẫn đầu "
          "khu vực về kết quả thi tốt nghiệp trung học phổ thông. Mạng lưới trường, lớp được sắp xếp hợp lý; "
          "tỷ lệ trường đạt chuẩn quốc gia đạt 82,7%. Đào tạo nghề gắn với nhu cầu của doanh nghiệp, tỷ lệ lao "
          "động qua đào tạo năm 2025 ước đạt 72,4%."),
    ("dec", "2.2.", "Y tế và chăm sóc sức khỏe Nhân dân"),
    ("p", "Mạng lưới y tế cơ sở được củng cố; Bệnh viện Đa khoa tỉnh, Bệnh viện Sản - Nhi được đầu tư trang "
          "thiết bị hiện đại, triển khai thành công nhiều kỹ thuật cao. Công tác phòng, chống dịch COVID-19 "
          "được thực hiện quyết liệt, hiệu quả. Tỷ lệ dân số tham gia bảo hiểm y tế năm 2025 ước đạt 94,2%."),
    ("dec", "2.3.", "Lao động, việc làm và bảo đảm an sinh xã hội"),
    ("p", "Bình quân mỗi năm giải quyết việc làm mới cho khoảng 21.500 lao động; thu nhập bình quân đầu người "
          "năm 2025 ước đạt 5,2 triệu đồng/tháng. Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời, "
          "đúng đối tượng."),
    ("dec3", "2.3.1.", "Công tác giảm nghèo bền vững"),
    ("p", "Các chương trình mục tiêu quốc gia giảm nghèo bền vững, phát triển kinh tế - xã hội vùng đồng bào "
          "dân tộc thiểu số và miền núi được triển khai đồng bộ; huy động được nhiều nguồn lực xã hội hóa hỗ "
          "trợ sinh kế, nhà ở cho hộ nghèo. Tỷ lệ hộ nghèo giảm nhanh, vượt chỉ tiêu Nghị quyết đề ra[[Theo "
          "chuẩn nghèo đa chiều giai đoạn 2022 - 2025, tỷ lệ hộ nghèo giảm còn 2,15% vào cuối năm 2025, bình "
          "quân mỗi năm giảm 1,32%.]]; toàn tỉnh đã xóa được 3.870 nhà tạm, nhà dột nát."),
    ("dec3", "2.3.2.", "Thực hiện chính sách đối với người có công"),
    ("p", "Công tác đền ơn đáp nghĩa được quan tâm; 100% gia đình người có công có mức sống bằng hoặc cao hơn "
          "mức sống trung bình của dân cư nơi cư trú."),
    ("arabic", "3.", "Quốc phòng, an ninh được giữ vững; quan hệ đối ngoại được mở rộng"),
    ("p", "Các cấp ủy, chính quyền đã lãnh đạo thực hiện tốt nhiệm vụ xây dựng nền quốc phòng toàn dân, thế "
          "trận an ninh nhân dân vững chắc, cụ thể:"),
    ("dash", "Nhiệm vụ quân sự, quốc phòng địa phương được hoàn thành toàn diện; các cuộc diễn tập khu vực "
             "phòng thủ cấp tỉnh, cấp huyện đạt kết quả tốt; công tác tuyển chọn và gọi công dân nhập ngũ bảo "
             "đảm chất lượng[[Tỷ lệ giao quân hằng năm đạt 100% chỉ tiêu; có 18,6% thanh niên nhập ngũ là đảng "
             "viên và 31,2% có trình độ cao đẳng, đại học.]]."),
    ("dash", "An ninh chính trị, trật tự, an toàn xã hội được bảo đảm; tỷ lệ điều tra, khám phá các vụ án "
             "hình sự đạt 86,4%, trong đó án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 100%."),
    ("dash", "Hoạt động đối ngoại được mở rộng; tỉnh đã ký kết thỏa thuận hợp tác với 6 địa phương nước "
             "ngoài, thu hút thêm nhiều dự án trong lĩnh vực giáo dục, y tế và nông nghiệp."),
    ("roman", "II.", "CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
    ("arabic", "1.", "Công tác chính trị, tư tưởng"),
    ("p", "Việc học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị của Đảng được tiến hành "
          "nghiêm túc, đổi mới về hình thức. Công tác nắm bắt tình hình tư tưởng của cán bộ, đảng viên và Nhân "
          "dân được chú trọng; việc đấu tranh phản bác các quan điểm sai trái, thù địch, bảo vệ nền tảng tư "
          "tưởng của Đảng đạt hiệu quả."),
    ("arabic", "2.", "Công tác tổ chức, cán bộ và xây dựng tổ chức cơ sở đảng"),
    ("item", "a)", "Về tổ chức bộ máy", "Tỉnh đã hoàn thành việc sắp xếp, tinh gọn tổ chức bộ máy của hệ "
                                      "thống chính trị theo chủ trương của Trung ương; giảm 9 cơ quan, đơn vị cấp "
                                      "tỉnh, 41 phòng và tương đương; sắp xếp 178 đơn vị hành chính cấp xã còn "
                                      "62 đơn vị. Chức năng, nhiệm vụ của các cơ quan được xác định rõ, khắc phục "
                                      "sự chồng chéo."),
    ("item", "b)", "Về công tác cán bộ", "Công tác quy hoạch, đào tạo, bồi dưỡng, luân chuyển, bổ nhiệm cán "
                                       "bộ được thực hiện chặt chẽ, công khai, minh bạch. Đội ngũ cán bộ chủ "
                                       "chốt các cấp được kiện toàn, cơ bản đáp ứng yêu cầu nhiệm vụ; tỷ lệ cán "
                                       "bộ nữ, cán bộ trẻ trong cấp ủy các cấp đều tăng so với nhiệm kỳ trước."),
    ("item", "c)", "Về xây dựng tổ chức cơ sở đảng và đảng viên", "Chất lượng hoạt động của tổ chức cơ sở "
                   "đảng và chất lượng đội ngũ đảng viên có chuyển biến rõ nét. Toàn nhiệm kỳ kết nạp 12.450 "
                   "đảng viên mới, đạt 113,2% chỉ tiêu Nghị quyết; đến ngày 30/6/2025, toàn Đảng bộ tỉnh có "
                   "612 tổ chức cơ sở đảng với 68.940 đảng viên. Việc đánh giá, xếp loại chất lượng tổ chức đảng "
                   "và đảng viên được thực hiện thực chất hơn[[Năm 2024 có 89,6% tổ chức cơ sở đảng và 91,3% "
                   "đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.]]."),
    ("arabic", "3.", "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng"),
    ("p", "Cấp ủy, ủy ban kiểm tra các cấp đã thực hiện toàn diện các nhiệm vụ kiểm tra, giám sát theo Điều "
          "lệ Đảng, tập trung vào những lĩnh vực dễ phát sinh vi phạm như quản lý đất đai, tài chính, đầu tư "
          "công. Cấp ủy các cấp đã kiểm tra 1.845 tổ chức đảng và 6.320 đảng viên; giám sát chuyên đề 2.114 tổ "
          "chức đảng và 5.870 đảng viên. Ủy ban kiểm tra các cấp kiểm tra 318 tổ chức đảng và 742 đảng viên khi "
          "có dấu hiệu vi phạm. Việc thi hành kỷ luật được thực hiện nghiêm minh, đúng nguyên tắc, thủ tục, "
          "góp phần giữ gìn kỷ cương, kỷ luật trong Đảng[[Toàn nhiệm kỳ, cấp ủy các cấp đã thi hành kỷ luật 1.236 "
          "đảng viên (khiển trách 874, cảnh cáo 251, cách chức 38, khai trừ 73) và 41 tổ chức đảng.]]."),
    ("arabic", "4.", "Công tác dân vận, hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội"),
    ("p", "Công tác dân vận của cả hệ thống chính trị được tăng cường; phong trào thi đua “Dân vận khéo” "
          "được triển khai sâu rộng với hơn 3.200 mô hình, điển hình. Mặt trận Tổ quốc và các đoàn thể chính "
          "trị - xã hội đổi mới nội dung, phương thức hoạt động, thực hiện tốt vai trò giám sát, phản biện xã "
          "hội, tham gia xây dựng Đảng, xây dựng chính quyền."),
    ("roman", "III.", "ĐÁNH GIÁ CHUNG"),
    ("arabic", "1.", "Ưu điểm"),
    ("p", "Nhìn lại 5 năm thực hiện Nghị quyết Đại hội XV, trong bối cảnh có nhiều khó khăn, thách thức, "
          "Đảng bộ, chính quyền và Nhân dân tỉnh Bình An đã đoàn kết, nỗ lực phấn đấu, đạt được những kết quả "
          "quan trọng: kinh tế tăng trưởng khá, quy mô được mở rộng; kết cấu hạ tầng có bước phát triển đột "
          "phá; văn hóa, xã hội có nhiều tiến bộ; quốc phòng, an ninh được giữ vững; công tác xây dựng Đảng và "
          "hệ thống chính trị được chú trọng; niềm tin của Nhân dân đối với Đảng được củng cố."),
    ("arabic", "2.", "Hạn chế, yếu kém"),
    ("p", "Bên cạnh những kết quả đạt được, việc thực hiện Nghị quyết còn một số hạn chế, yếu kém:"),
    ("dash", "Về kinh tế:"),
    ("plus", "Tăng trưởng kinh tế chưa thật sự bền vững, chưa tương xứng với tiềm năng, lợi thế của tỉnh; "
             "quy mô doanh nghiệp phần lớn nhỏ và vừa, năng lực cạnh tranh còn thấp."),
    ("plus", "Tiến độ giải phóng mặt bằng một số dự án trọng điểm còn chậm; giải ngân vốn đầu tư công có năm "
             "chưa đạt kế hoạch."),
    ("plus", "Liên kết trong sản xuất nông nghiệp chưa chặt chẽ, giá trị gia tăng của nhiều sản phẩm chưa cao."),
    ("dash", "Về văn hóa, xã hội và xây dựng Đảng:"),
    ("plus", "Chất lượng nguồn nhân lực chưa đáp ứng yêu cầu; thiếu bác sĩ ở tuyến cơ sở; kết quả giảm nghèo ở "
             "một số xã miền núi chưa thật sự vững chắc."),
    ("plus", "Năng lực lãnh đạo, sức chiến đấu của một số tổ chức cơ sở đảng còn hạn chế; một bộ phận cán bộ, "
             "đảng viên còn biểu hiện né tránh, sợ trách nhiệm."),
    ("arabic", "3.", "Nguyên nhân"),
    ("item", "a)", "Nguyên nhân của ưu điểm", "Có sự quan tâm lãnh đạo, chỉ đạo của Trung ương; sự đoàn kết, "
                                            "thống nhất, năng động, sáng tạo của Ban Chấp hành Đảng bộ tỉnh; sự "
                                            "vào cuộc quyết liệt của cả hệ thống chính trị và sự đồng thuận của "
                                            "cộng đồng doanh nghiệp và Nhân dân."),
    ("item", "b)", "Nguyên nhân của hạn chế", "Nguyên nhân khách quan là do tác động của đại dịch, thiên tai "
                                            "và biến động của kinh tế thế giới; nguyên nhân chủ quan là do năng "
                                            "lực tham mưu, tổ chức thực hiện của một số cơ quan, đơn vị chưa đáp "
                                            "ứng yêu cầu, sự phối hợp giữa các ngành có lúc chưa nhịp nhàng."),
    ("arabic", "4.", "Bài học kinh nghiệm"),
    ("p", "<i>Một là,</i> phải thường xuyên giữ vững sự đoàn kết, thống nhất trong Đảng bộ, coi đây là nhân "
          "tố quyết định mọi thắng lợi. <i>Hai là,</i> phải bám sát thực tiễn, cụ thể hóa kịp thời chủ trương của "
          "Trung ương phù hợp với điều kiện của tỉnh, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung. "
          "<i>Ba là,</i> phải lấy người dân làm trung tâm, dựa vào Nhân dân, phát huy quyền làm chủ của Nhân dân "
          "trong mọi chủ trương, quyết sách."),
]

PART_TWO = [
    ("part", "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP\nNHIỆM KỲ 2025 - 2030"),
    ("roman", "I.", "BỐI CẢNH VÀ DỰ BÁO TÌNH HÌNH"),
    ("p", "Nhiệm kỳ 2025 - 2030, tình hình thế giới và khu vực tiếp tục diễn biến nhanh, phức tạp, khó lường; "
          "cạnh tranh chiến lược giữa các nước lớn ngày càng gay gắt. Đối với tỉnh, hệ thống kết cấu hạ tầng "
          "giao thông, "
          "hạ tầng khu công nghiệp được đầu tư đồng bộ là điều kiện thuận lợi để thu hút đầu tư; tuy nhiên, "
          "nguồn lực còn hạn hẹp, chất lượng nguồn nhân lực chưa cao, biến đổi khí hậu ngày càng tác động rõ "
          "rệt là những thách thức lớn đặt ra trong nhiệm kỳ tới."),
    ("roman", "II.", "PHƯƠNG HƯỚNG, MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU"),
    ("arabic", "1.", "Phương hướng"),
    ("p", "Tiếp tục đổi mới mạnh mẽ phương thức lãnh đạo của Đảng; tập trung phát triển kinh tế nhanh, bền "
          "vững dựa trên khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; phát huy các động lực tăng "
          "trưởng mới gắn với phát triển văn hóa, con người Bình An; bảo đảm vững chắc quốc phòng, an ninh."),
    ("arabic", "2.", "Mục tiêu tổng quát"),
    ("p", "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện; phấn đấu đến năm 2030 Bình "
          "An trở thành tỉnh phát triển khá của vùng, có công nghiệp chế biến, chế tạo và du lịch là trụ cột; "
          "tầm nhìn đến năm 2045 trở thành tỉnh có thu nhập cao, văn minh, hiện đại, Nhân dân có cuộc sống ấm "
          "no, hạnh phúc."),
    ("arabic", "3.", "Các chỉ tiêu chủ yếu đến năm 2030"),
    ("p", "Phấn đấu đến năm 2030 đạt các chỉ tiêu chủ yếu sau:"),
    ("target", "(1)", "Quy mô nền kinh tế năm 2030 đạt khoảng 160.000 tỷ đồng",
     "Quy mô nền kinh tế năm 2030 đạt khoảng 160.000 tỷ đồng (theo giá hiện hành);"),
    ("target", "(2)", "GRDP bình quân đầu người đạt trên 140 triệu đồng",
     "GRDP bình quân đầu người đạt trên 140 triệu đồng;"),
    ("target", "(3)", "Tốc độ tăng trưởng GRDP bình quân đạt 7,5 - 8%/năm",
     "Tốc độ tăng trưởng GRDP bình quân đạt 7,5 - 8%/năm;"),
    ("target", "(4)", "Cơ cấu kinh tế",
     "Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 42%, dịch vụ 41%, nông, lâm nghiệp và thủy sản 11%, thuế "
     "sản phẩm trừ trợ cấp sản phẩm 6%;"),
    ("target", "(5)", "Vốn đầu tư toàn xã hội 5 năm đạt khoảng 290.000 tỷ đồng",
     "Vốn đầu tư toàn xã hội 5 năm đạt khoảng 290.000 tỷ đồng;"),
    ("target", "(6)", "Thu ngân sách trên địa bàn năm 2030 đạt 25.000 tỷ đồng",
     "Thu ngân sách trên địa bàn năm 2030 đạt 25.000 tỷ đồng;"),
    ("target", "(7)", "Tỷ lệ đô thị hóa đạt 38%", "Tỷ lệ đô thị hóa đạt 38%;"),
    ("target", "(8)", "Tỷ lệ lao động qua đào tạo đạt 80%",
     "Tỷ lệ lao động qua đào tạo đạt 80%, trong đó có bằng cấp, chứng chỉ đạt 40%;"),
    ("target", "(9)", "Đạt 14 bác sĩ trên một vạn dân",
     "Đạt 14 bác sĩ trên một vạn dân; tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 97%;"),
    ("target", "(10)", "Tỷ lệ hộ nghèo giảm bình quân 1%/năm",
     "Tỷ lệ hộ nghèo giảm bình quân 1%/năm[[Theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 do Chính phủ "
     "ban hành.]];"),
    ("target", "(11)", "Tỷ lệ che phủ rừng duy trì ổn định ở mức 45%",
     "Tỷ lệ che phủ rừng duy trì ổn định ở mức 45%; tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử "
     "lý đạt 98%;"),
    ("target", "(12)", "Trên 85% tổ chức cơ sở đảng hằng năm hoàn thành tốt nhiệm vụ",
     "Trên 85% tổ chức cơ sở đảng hằng năm hoàn thành tốt nhiệm vụ; mỗi năm kết nạp từ 2.500 đảng viên mới "
     "trở lên."),
    ("roman", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
    ("arabic", "1.", "Tập trung phát triển kinh tế nhanh, bền vững, lấy công nghiệp chế biến, chế tạo và du "
                     "lịch làm động lực tăng trưởng"),
    ("dec", "1.1.", "Phát triển công nghiệp"),
    ("p", "Ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường, có giá trị gia tăng lớn; hoàn "
          "thiện hạ tầng các khu công nghiệp hiện có, thành lập mới 3 khu công nghiệp ở phía Tây tỉnh. Phát "
          "triển công nghiệp hỗ trợ, công nghiệp chế biến sâu nông, lâm, thủy sản gắn với vùng nguyên liệu."),
    ("dec", "1.2.", "Phát triển nông nghiệp và xây dựng nông thôn mới"),
    ("p", "Phát triển nông nghiệp sinh thái, hữu cơ, ứng dụng công nghệ cao; hình thành chuỗi liên kết từ sản "
          "xuất đến tiêu thụ. Tiếp tục xây dựng nông thôn mới nâng cao, kiểu mẫu gắn với đô thị hóa, bảo đảm "
          "phát triển hài hòa giữa các vùng trong tỉnh."),
    ("dec", "1.3.", "Phát triển kết cấu hạ tầng và thúc đẩy chuyển đổi số"),
    ("p", "Huy động, sử dụng hiệu quả các nguồn lực đầu tư hạ tầng giao thông kết nối vùng, hạ tầng đô thị, "
          "hạ tầng số. Xây dựng chính quyền số, kinh tế số, xã hội số; phấn đấu đến năm 2030 kinh tế số chiếm "
          "khoảng 20% GRDP của tỉnh."),
    ("arabic", "2.", "Phát triển toàn diện văn hóa, xã hội; nâng cao chất lượng nguồn nhân lực"),
    ("dash", "Xây dựng môi trường văn hóa lành mạnh; bảo tồn, phát huy giá trị di sản văn hóa của tỉnh."),
    ("dash", "Nâng cao chất lượng giáo dục và đào tạo, chú trọng đào tạo nhân lực chất lượng cao cho các "
             "ngành công nghiệp, du lịch, chuyển đổi số."),
    ("dash", "Củng cố mạng lưới y tế cơ sở; có chính sách thu hút bác sĩ về công tác tại tuyến xã."),
    ("arabic", "3.", "Củng cố quốc phòng, giữ vững an ninh chính trị, trật tự an toàn xã hội"),
    ("p", "Xây dựng khu vực phòng thủ tỉnh vững chắc; chủ động nắm chắc tình hình, không để bị động, bất ngờ; "
          "kiên quyết đấu tranh với các loại tội phạm, bảo đảm môi trường bình yên cho phát triển."),
    ("arabic", "4.", "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện"),
    ("item", "a)", "Về xây dựng Đảng", "Tăng cường xây dựng, chỉnh đốn Đảng về chính trị, tư tưởng, đạo đức, "
                                     "tổ chức và cán bộ; xây dựng đội ngũ cán bộ các cấp, nhất là cán bộ cấp "
                                     "chiến lược của tỉnh đủ phẩm chất, năng lực, uy tín."),
    ("item", "b)", "Về xây dựng chính quyền", "Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa "
                                            "phương hai cấp; đẩy mạnh cải cách hành chính, lấy sự hài lòng của "
                                            "người dân và doanh nghiệp làm thước đo."),
    ("p", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI kêu gọi toàn Đảng bộ, toàn dân, toàn quân trong tỉnh "
          "phát huy truyền thống cách mạng vẻ vang, đoàn kết một lòng, nắm bắt thời cơ, vượt qua thách thức, "
          "thực hiện thắng lợi Nghị quyết Đại hội, xây dựng tỉnh Bình An ngày càng giàu đẹp, văn minh."),
]

APPENDIX_1 = {
    "label": "PHỤ LỤC 1",
    "title": "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU\nNGHỊ QUYẾT ĐẠI HỘI XV, NHIỆM KỲ 2020 - 2025",
    "note": "(Kèm theo Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XV)",
    "head": ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2020-2025", "Thực hiện 2020-2025", "Tỷ lệ (%)"],
    "widths": [1.2 * cm, 6.1 * cm, 2.4 * cm, 2.65 * cm, 2.65 * cm, 2.0 * cm],
    "rows": [
        ["1", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2021 - 2025 "
              "(theo giá so sánh 2010)", "%/năm", "7,0", "7,2", "102,9"],
        ["2", "GRDP bình quân đầu người năm 2025 (theo giá hiện hành)", "triệu đồng", "75,0", "78,5", "104,7"],
        ["3", "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025", "tỷ đồng", "150.000", "162.800", "108,5"],
        ["4", "Thu ngân sách nhà nước trên địa bàn năm 2025", "tỷ đồng", "13.500", "14.250", "105,6"],
        ["5", "Kim ngạch xuất khẩu hàng hóa năm 2025 (không tính xuất khẩu tại chỗ)", "triệu USD",
              "1.200", "1.315", "109,6"],
        ["6", "Tỷ lệ xã đạt chuẩn nông thôn mới trên tổng số xã đến năm 2025", "%", "80,0", "84,7", "105,9"],
        ["7", "Tỷ lệ lao động qua đào tạo trong tổng số lao động đang làm việc trong nền kinh tế", "%",
              "70,0", "72,4", "103,4"],
        ["8", "Số bác sĩ trên một vạn dân (không tính bác sĩ làm việc tại các cơ sở y tế tư nhân)", "bác sĩ",
              "12,0", "11,6", "96,7"],
        ["9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95,0", "94,2", "99,2"],
        ["10", "Tỷ lệ che phủ rừng (không tính diện tích cây phân tán, cây ăn quả)", "%", "45,0", "45,3",
               "100,7"],
    ],
}

APPENDIX_2 = {
    "label": "PHỤ LỤC 2",
    "title": "MỘT SỐ KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG\nNHIỆM KỲ 2020 - 2025",
    "note": None,
    "head": ["STT", "Nội dung", "Đơn vị tính", "Kết quả"],
    "widths": [1.2 * cm, 10.1 * cm, 3.0 * cm, 2.7 * cm],
    "rows": [
        ["1", "Số đảng viên mới được kết nạp trong nhiệm kỳ", "đảng viên", "12.450"],
        ["2", "Tổng số đảng viên toàn Đảng bộ tỉnh (đến ngày 30/6/2025)", "đảng viên", "68.940"],
        ["3", "Số tổ chức cơ sở đảng (sau sắp xếp)", "tổ chức", "612"],
        ["4", "Số tổ chức đảng được cấp ủy các cấp kiểm tra", "tổ chức", "1.845"],
        ["5", "Số đảng viên được trao tặng Huy hiệu Đảng", "đảng viên", "9.870"],
    ],
}

SIGNATURE = ["T/M TỈNH ỦY", "BÍ THƯ", "Trần Quốc Hưng"]
METADATA = {"issuer": "ĐẢNG BỘ TỈNH BÌNH AN", "number": None, "date": "ngày 20 tháng 9 năm 2025",
            "signer": "Trần Quốc Hưng", "signer_title": "T/M TỈNH ỦY BÍ THƯ",
            "title": "BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ "
                     "TỈNH LẦN THỨ XVI, NHIỆM KỲ 2025 - 2030"}


# --------------------------------------------------------------------------------------------------
# Fonts and styles
# --------------------------------------------------------------------------------------------------
def register_fonts() -> None:
    for name, file in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                       ("Serif-Italic", "DejaVuSerif-Italic.ttf"), ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")]:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                                  boldItalic="Serif-BoldItalic")


def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="Serif", fontSize=BODY_SIZE, leading=BODY_LEAD, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=3)
    # Headings are kept with the next lines by CondPageBreak (see block_flowables), as a word processor's
    # "keep with next" does, not by keepWithNext (which would move whole paragraphs and leave gaps).
    head = dict(parent=body, spaceBefore=3, spaceAfter=3)
    return {
        "body": body,
        "part": ParagraphStyle("part", parent=body, fontName="Serif-Bold", alignment=TA_CENTER, firstLineIndent=0,
                               spaceBefore=10, spaceAfter=0),
        "parttitle": ParagraphStyle("parttitle", parent=body, fontName="Serif-Bold", alignment=TA_CENTER,
                                    firstLineIndent=0, spaceAfter=8),
        "roman": ParagraphStyle("roman", fontName="Serif-Bold", **head),
        "arabic": ParagraphStyle("arabic", fontName="Serif-Bold", **head),
        "dec": ParagraphStyle("dec", fontName="Serif-BoldItalic", **head),
        "dec3": ParagraphStyle("dec3", fontName="Serif-Italic", **head),
        "fn": ParagraphStyle("fn", fontName="Serif", fontSize=FN_SIZE, leading=FN_LEAD, alignment=TA_JUSTIFY,
                             firstLineIndent=0.5 * cm),
        "cover_left": ParagraphStyle("cover_left", fontName="Serif-Bold", fontSize=13, leading=17, alignment=TA_CENTER),
        "cover_right": ParagraphStyle("cover_right", fontName="Serif-Bold", fontSize=14, leading=18,
                                      alignment=TA_CENTER),
        "cover_date": ParagraphStyle("cover_date", fontName="Serif-Italic", fontSize=13, leading=17,
                                     alignment=TA_CENTER),
        "cover_title": ParagraphStyle("cover_title", fontName="Serif-Bold", fontSize=26, leading=34,
                                      alignment=TA_CENTER),
        "cover_sub": ParagraphStyle("cover_sub", fontName="Serif-Bold", fontSize=15, leading=22, alignment=TA_CENTER),
        "app_label": ParagraphStyle("app_label", fontName="Serif-Bold", fontSize=13, leading=17, alignment=TA_CENTER,
                                    spaceAfter=4),
        "app_title": ParagraphStyle("app_title", fontName="Serif-Bold", fontSize=13, leading=17, alignment=TA_CENTER),
        "app_note": ParagraphStyle("app_note", fontName="Serif-Italic", fontSize=12, leading=16, alignment=TA_CENTER,
                                   spaceBefore=2),
        "cell": ParagraphStyle("cell", fontName="Serif", fontSize=11, leading=13, alignment=TA_LEFT),
        "cell_c": ParagraphStyle("cell_c", fontName="Serif", fontSize=11, leading=13, alignment=TA_CENTER),
        "cell_h": ParagraphStyle("cell_h", fontName="Serif-Bold", fontSize=11, leading=13, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", fontName="Serif-Bold", fontSize=13, leading=17, alignment=TA_CENTER),
        "sign_name": ParagraphStyle("sign_name", fontName="Serif-Bold", fontSize=13, leading=17,
                                    alignment=TA_CENTER),
    }


# --------------------------------------------------------------------------------------------------
# Footnotes: markers are <a name="fnN"/><super>N</super>; a canvas records on which page each anchor
# is drawn, and the next build reserves room for those footnotes at the bottom of that page.
# --------------------------------------------------------------------------------------------------
FN_RE = re.compile(r"\[\[(.+?)\]\]", re.S)


class RecordingCanvas(Canvas):
    anchors: dict[str, int] = {}

    def bookmarkHorizontal(self, key, relativeX, relativeY):  # noqa: N802 (reportlab API)
        RecordingCanvas.anchors[key] = self.getPageNumber()  # record only; no PDF destination


def number_footnotes(blocks: list[tuple]) -> tuple[list[tuple], list[str]]:
    """Replace [[text]] with numbered superscript markers; return the blocks and the footnote texts."""
    notes: list[str] = []

    def repl(m: re.Match) -> str:
        notes.append(m.group(1))
        n = len(notes)
        return f'<a name="fn{n}"/><super size="8.5" rise="5">{n}</super>'

    out = []
    for b in blocks:
        out.append(tuple(FN_RE.sub(repl, x) if isinstance(x, str) else x for x in b))
    return out, notes


def footnote_paragraphs(numbers: list[int], notes: list[str], st) -> list[Paragraph]:
    return [Paragraph(nfc(f"{n} {notes[n - 1]}"), st["fn"]) for n in numbers]


def footnote_height(numbers: list[int], notes: list[str], st) -> float:
    if not numbers:
        return 0.0
    h = 14.0  # gap above the rule, the rule, gap below it
    for p in footnote_paragraphs(numbers, notes, st):
        h += p.wrap(FRAME_W, PAGE_H)[1] + 2
    return h


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def cover(st) -> list:
    left = [Paragraph("ĐẢNG BỘ TỈNH BÌNH AN", st["cover_left"]), Paragraph("*", st["cover_left"])]
    right = [Paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", st["cover_right"]),
             HRFlowable(width=4.5 * cm, thickness=0.7, color=colors.black, spaceBefore=5, spaceAfter=5),
             Paragraph("Bình An, ngày 20 tháng 9 năm 2025", st["cover_date"])]
    t = Table([[left, right]], colWidths=[7.2 * cm, FRAME_W - 7.2 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return [t, Spacer(1, 7 * cm), Paragraph("BÁO CÁO CHÍNH TRỊ", st["cover_title"]), Spacer(1, 14),
            Paragraph("CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV<br/>TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH<br/>"
                      "LẦN THỨ XVI, NHIỆM KỲ 2025 - 2030", st["cover_sub"])]


HEADINGS = ("part", "roman", "arabic", "dec", "dec3")


def heading_height(b: tuple, st) -> float:
    if b[0] == "part":
        paras = [Paragraph(nfc(b[1]), st["part"]), Paragraph(br(b[2]), st["parttitle"])]
    else:
        paras = [Paragraph(nfc(f"{b[1]} {b[2]}"), st[b[0]])]
    return sum(p.wrap(FRAME_W, PAGE_H)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in paras)


def block_flowables(blocks: list[tuple], st) -> list:
    out: list = []
    for i, b in enumerate(blocks):
        kind = b[0]
        if kind in HEADINGS and (i == 0 or blocks[i - 1][0] not in HEADINGS):
            # keep a run of headings together with at least two lines of what follows
            need, j = 2.2 * BODY_LEAD, i
            while j < len(blocks) and blocks[j][0] in HEADINGS:
                need += heading_height(blocks[j], st)
                j += 1
            out.append(CondPageBreak(need))
        if kind == "part":
            out += [Paragraph(nfc(b[1]), st["part"]), Paragraph(br(b[2]), st["parttitle"])]
        elif kind in ("roman", "arabic", "dec", "dec3"):
            out.append(Paragraph(nfc(f"{b[1]} {b[2]}"), st[kind]))
        elif kind == "item":
            out.append(Paragraph(nfc(f"<i>{b[1]} {b[2]}:</i> {b[3]}"), st["body"]))
        elif kind == "target":
            out.append(Paragraph(nfc(f"{b[1]} {b[3]}"), st["body"]))
        elif kind == "p":
            out.append(Paragraph(nfc(b[1]), st["body"]))
        elif kind == "dash":
            out.append(Paragraph(nfc(f"- {b[1]}"), st["body"]))
        elif kind == "plus":
            out.append(Paragraph(nfc(f"+ {b[1]}"), st["body"]))
        else:
            raise ValueError(kind)
    return out


def signature(st) -> list:
    right = [Paragraph(SIGNATURE[0], st["sign"]), Paragraph(SIGNATURE[1], st["sign"]), Spacer(1, 1.4 * cm),
             Paragraph(nfc(SIGNATURE[2]), st["sign_name"])]
    t = Table([["", right]], colWidths=[FRAME_W - 7.5 * cm, 7.5 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 10), KeepTogether([t])]


def appendix(app: dict, st) -> list:
    head = [Paragraph(nfc(h), st["cell_h"]) for h in app["head"]]
    rows = [head]
    for r in app["rows"]:
        cells = [Paragraph(r[0], st["cell_c"]), Paragraph(nfc(r[1]), st["cell"])]
        cells += [Paragraph(nfc(c), st["cell_c"]) for c in r[2:]]
        rows.append(cells)
    t = Table(rows, colWidths=app["widths"], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    out = [Paragraph(app["label"], st["app_label"]), Paragraph(br(app["title"]), st["app_title"])]
    if app["note"]:
        out.append(Paragraph(nfc(app["note"]), st["app_note"]))
    return [KeepTogether(out + [Spacer(1, 8), t])]


# --------------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------------
MAX_PAGES = 30


def build_once(flowables_fn, notes, st, reserve: dict[int, list[int]]) -> tuple[bytes, dict[int, list[int]]]:
    """One layout pass with room reserved for `reserve` (page -> footnote numbers). Returns the PDF bytes
    and where each footnote anchor actually landed."""

    def draw_cover(canv, doc):
        pass

    def draw_page(canv, doc):
        page = canv.getPageNumber()
        canv.saveState()
        canv.setFont("Serif-Italic", HEADER_SIZE)
        canv.drawCentredString(LEFT + FRAME_W / 2, PAGE_H - 1.35 * cm, HEADER_TEXT)
        canv.setLineWidth(0.5)
        canv.line(LEFT, PAGE_H - 1.55 * cm, LEFT + FRAME_W, PAGE_H - 1.55 * cm)
        numbers = reserve.get(page, [])
        if numbers:
            paras = footnote_paragraphs(numbers, notes, st)
            heights = [p.wrap(FRAME_W, PAGE_H)[1] for p in paras]
            top = BOTTOM + sum(h + 2 for h in heights) + 6
            canv.setLineWidth(0.5)
            canv.line(LEFT, top, LEFT + 5 * cm, top)
            y = top - 4
            for p, h in zip(paras, heights):
                p.drawOn(canv, LEFT, y - h)
                y -= h + 2
        canv.setFont("Serif", PAGENO_SIZE)
        canv.drawCentredString(LEFT + FRAME_W / 2, 1.1 * cm, str(page))
        canv.restoreState()

    templates = [PageTemplate(id="cover", frames=[Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, 0, 0, 0, 0)],
                              onPage=draw_cover, autoNextPageTemplate="p2")]
    for page in range(2, MAX_PAGES + 1):
        res = footnote_height(reserve.get(page, []), notes, st)
        frame = Frame(LEFT, BOTTOM + res, FRAME_W, PAGE_H - TOP - BOTTOM - res, 0, 0, 0, 0, id=f"f{page}")
        templates.append(PageTemplate(id=f"p{page}", frames=[frame], onPage=draw_page,
                                      autoNextPageTemplate=f"p{page + 1}" if page < MAX_PAGES else None))

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=templates, title=nfc(TITLE),
                          author=nfc("Tỉnh ủy Bình An"), subject=nfc("Tài liệu mẫu để kiểm thử (nội dung hư cấu)"),
                          creator="scripts/make_test_pdfs.py", pageCompression=1, invariant=1)
    RecordingCanvas.anchors = {}
    doc.build(flowables_fn(), canvasmaker=RecordingCanvas)
    landed: dict[int, list[int]] = {}
    for key, page in RecordingCanvas.anchors.items():
        landed.setdefault(page, []).append(int(key[2:]))
    return buf.getvalue(), {p: sorted(v) for p, v in landed.items()}


def build_text_pdf() -> bytes:
    register_fonts()
    st = styles()
    blocks, notes = number_footnotes(OPENING + PART_ONE + PART_TWO)

    def flowables():
        out = cover(st) + [NextPageTemplate("p2"), PageBreak()]
        out += block_flowables(blocks, st)
        out += signature(st)
        out += [PageBreak()] + appendix(APPENDIX_1, st) + [Spacer(1, 0.8 * cm)] + appendix(APPENDIX_2, st)
        return out

    # Lay out, see where the markers fell, reserve room for those footnotes on those pages, and again,
    # until the pages the markers fall on no longer change.
    reserve: dict[int, list[int]] = {}
    for _ in range(12):
        pdf, landed = build_once(flowables, notes, st, reserve)
        if landed == reserve:
            if sum(len(v) for v in landed.values()) != len(notes):
                raise RuntimeError("some footnote markers were not drawn")
            return pdf
        reserve = landed
    raise RuntimeError("footnote layout did not settle")


def build_scan_pdf(pdf_bytes: bytes) -> bytes:
    """Every page as a 200-dpi grayscale image, JPEG (DCT) compressed, in an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import ImageFilter

    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        # a scanner's slight softness; also keeps the JPEG pages small
        pages.append(img.filter(ImageFilter.GaussianBlur(SCAN_BLUR)))
    doc.close()
    out = io.BytesIO()
    fixed = time.strptime("2025-09-20 08:00:00", "%Y-%m-%d %H:%M:%S")  # Pillow would stamp the clock
    # quality/optimize reach Pillow's JPEG encoder, which writes each page as a DCTDecode image
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=200, quality=SCAN_QUALITY,
                  optimize=True, title=nfc("Báo cáo chính trị (bản quét)"), creationDate=fixed, modDate=fixed)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------
# Outline (section ids as in docs/SECTION_IDS.md), used to write the expected outline for evaluation
# --------------------------------------------------------------------------------------------------
def outline() -> list[dict]:
    items: list[dict] = []
    scope = None
    roman = arabic = dec = letter = None
    for b in OPENING + PART_ONE + PART_TWO:
        kind = b[0]
        clean = lambda s: re.sub(r"<[^>]+>", "", FN_RE.sub("", s)).replace("\n", " ").strip()  # noqa: E731
        if kind == "part":
            scope = b[1][0] + b[1][1:].lower()
            roman = arabic = dec = letter = None
            items.append({"id": scope, "title": clean(b[2])})
        elif kind == "roman":
            roman, arabic, dec, letter = b[1].rstrip("."), None, None, None
            items.append({"id": f"{scope} › {roman}", "title": clean(b[2])})
        elif kind == "arabic":
            arabic, dec, letter = f"{roman}.{b[1].rstrip('.')}", None, None
            items.append({"id": f"{scope} › {arabic}", "title": clean(b[2])})
        elif kind in ("dec", "dec3"):
            parts = b[1].rstrip(".").split(".")
            dec, letter = f"{roman}.{'.'.join(parts)}", None
            items.append({"id": f"{scope} › {dec}", "title": clean(b[2])})
        elif kind == "item":
            letter = f"{dec or arabic}.{b[1].rstrip(')')}"
            items.append({"id": f"{scope} › {letter}", "title": clean(b[2])})
        elif kind == "target":
            items.append({"id": f"{scope} › {letter or dec or arabic}.{b[1]}", "title": clean(b[2])})
    for app in (APPENDIX_1, APPENDIX_2):
        items.append({"id": app["label"][0] + app["label"][1:].lower(), "title": app["title"].replace("\n", " ")})
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def main() -> int:
    if "--outline" in sys.argv[1:]:
        # the expected outline (eval/real/outlines/bao-cao-chinh-tri-mau.json holds it), printed, not written
        import json
        print(json.dumps({"report": PDF.stem, "file": str(PDF.relative_to(ROOT)), "split": "tune",
                          "metadata": {k: v and nfc(v) for k, v in METADATA.items()}, "outline": outline()},
                         ensure_ascii=False, indent=1))
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    pdf = build_text_pdf()
    PDF.write_bytes(pdf)
    scan = build_scan_pdf(pdf)
    SCAN.write_bytes(scan)
    for p in (PDF, SCAN):
        print(f"{p.relative_to(ROOT)}  {p.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
