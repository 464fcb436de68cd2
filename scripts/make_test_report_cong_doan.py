"""Sinh báo cáo giả định tình hình hoạt động công đoàn tháng 10 và 10 tháng năm 2026 của LĐLĐ tỉnh Khánh Nam (dữ liệu bịa).

Writes tests/data/ldld-khanh-nam-thang-10-2026.md: an invented monthly report of the Standing Committee
(Ban Thường vụ) of the Labour Federation of the fictional province of Khánh Nam (Liên đoàn Lao động tỉnh) on
trade-union activity and the workers' movement in October and the first 10 months of 2026, with its tasks for
November 2026, written by a helper who never saw the assistant's code (split "heldout"; labels:
eval/real/outlines/ldld-khanh-nam-thang-10-2026.json, eval/real/questions_held7.jsonl). It is Markdown as a
user gets it from pandoc or copy-paste of a Word report: the state header as a pipe table, "**BÁO CÁO**" and the
title in bold lines, two parts written as bare capital letters ("A. KẾT QUẢ …", "B. NHIỆM VỤ …") holding Roman
sections (A) or restarted Arabic tasks "1."…"6." (B), Arabic and "a)"/"b)" sub-headings. Heading marks are
unreliable on purpose: part A is '#' but part B '##'; Roman I/II are '##' while their sibling III is '####';
some numbered headings carry no '#' at all (bold, italic, plain, or pandoc-escaped "1\\."). "IV. Đánh giá chung"
holds bold unnumbered lines ("Ưu điểm", "Tồn tại, hạn chế") followed by '-' items with '+' sub-items; some
bullets use '*'. One long paragraph is hard-wrapped as a PDF copy-paste leaves it, with a wrap inside a phrase
("Luật Công" / "đoàn năm 2024", no hyphen). Figures for the month and for 10 months of the same measures, by
sector, against plan and against the same period of 2025, in Vietnamese number format; one pipe table of union
members and grassroots unions by upper-level union with a "Tổng cộng" row; two Markdown footnotes ("[^1]")
whose definitions sit at the very end, after the signature and "Nơi nhận:".

Run: .venv/bin/python scripts/make_test_report_cong_doan.py            (writes the Markdown)
     .venv/bin/python scripts/make_test_report_cong_doan.py --outline  (prints the expected outline as JSON)
"""
from __future__ import annotations

import json
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "ldld-khanh-nam-thang-10-2026.md"
SPLIT = "heldout"

METADATA = {
    "issuer": "Liên đoàn Lao động tỉnh Khánh Nam",
    "number": "318/BC-LĐLĐ",
    "date": "ngày 05 tháng 11 năm 2026",
    "place": "Khánh Thành",
    "signer": "Đinh Thị Thu Hà",
    "signer_title": "TM. BAN THƯỜNG VỤ PHÓ CHỦ TỊCH",
    "title": "Tình hình hoạt động công đoàn và phong trào công nhân, viên chức, lao động tháng 10 và 10 tháng "
             "năm 2026; nhiệm vụ tháng 11 năm 2026",
}

# (id, title as written without its number)
OUTLINE = [
    ("Phần A", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10 VÀ 10 THÁNG NĂM 2026"),
    ("Phần A › I", "CÔNG TÁC ĐẠI DIỆN, BẢO VỆ QUYỀN, LỢI ÍCH HỢP PHÁP, CHÍNH ĐÁNG CỦA ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG"),
    ("Phần A › I.1", "Tình hình công nhân, viên chức, lao động và quan hệ lao động"),
    ("Phần A › I.2", "Tham gia xây dựng chính sách, pháp luật; thương lượng tập thể, đối thoại tại nơi làm việc"),
    ("Phần A › I.3", "Chăm lo đời sống, hỗ trợ đoàn viên, người lao động"),
    ("Phần A › I.3.a", "Thăm hỏi, hỗ trợ đoàn viên, người lao động có hoàn cảnh khó khăn"),
    ("Phần A › I.3.b", "Chương trình \"Mái ấm Công đoàn\"; chuẩn bị chương trình \"Tết Sum vầy\" năm 2027"),
    ("Phần A › I.4", "Công tác an toàn, vệ sinh lao động"),
    ("Phần A › II", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC; TỔ CHỨC CÁC PHONG TRÀO THI ĐUA"),
    ("Phần A › II.1", "Công tác tuyên truyền, giáo dục chính trị, tư tưởng, pháp luật"),
    ("Phần A › II.2", "Phong trào thi đua yêu nước"),
    ("Phần A › III", "PHÁT TRIỂN ĐOÀN VIÊN, XÂY DỰNG TỔ CHỨC CÔNG ĐOÀN; CÔNG TÁC KIỂM TRA VÀ TÀI CHÍNH "
                     "CÔNG ĐOÀN"),
    ("Phần A › III.1", "Phát triển đoàn viên, thành lập công đoàn cơ sở"),
    ("Phần A › III.1.a", "Kết quả tháng 10/2026"),
    ("Phần A › III.1.b", "Kết quả 10 tháng năm 2026"),
    ("Phần A › III.2", "Xây dựng tổ chức công đoàn, công tác cán bộ"),
    ("Phần A › III.3", "Công tác kiểm tra, giám sát"),
    ("Phần A › III.4", "Công tác tài chính công đoàn"),
    ("Phần A › IV", "Đánh giá chung"),
    ("Phần B", "NHIỆM VỤ TRỌNG TÂM THÁNG 11 NĂM 2026"),
    ("Phần B › 1", "Công tác đại diện, bảo vệ quyền lợi của đoàn viên, người lao động"),
    ("Phần B › 2", "Triển khai chương trình \"Tết Sum vầy\" năm 2027"),
    ("Phần B › 3", "Phát triển đoàn viên, thành lập công đoàn cơ sở"),
    ("Phần B › 4", "Công tác tuyên truyền, thi đua"),
    ("Phần B › 5", "Công tác kiểm tra, tài chính công đoàn"),
    ("Phần B › 6", "Chuẩn bị tổng kết hoạt động công đoàn năm 2026"),
]

# upper-level unions: (name, members plan, members done in 10 months, grassroots unions plan, done)
TABLE_ROWS = [
    ("LĐLĐ thành phố Khánh Thành", 2400, 2046, 40, 33),
    ("LĐLĐ huyện Diên Phú", 900, 812, 15, 14),
    ("LĐLĐ huyện Ninh Giang", 700, 488, 12, 7),
    ("LĐLĐ huyện Cam Lộc", 800, 731, 14, 12),
    ("LĐLĐ huyện Vạn Hưng", 500, 356, 8, 5),
    ("Công đoàn các Khu công nghiệp tỉnh", 4500, 4212, 25, 22),
    ("Công đoàn ngành Y tế", 300, 327, 3, 4),
    ("Công đoàn ngành Giáo dục", 250, 198, 2, 1),
    ("Công đoàn ngành Xây dựng", 450, 302, 6, 4),
    ("Công đoàn Viên chức tỉnh", 200, 145, 2, 2),
]


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def vn_pct(done: int, plan: int) -> str:
    q = (Decimal(done) * 100 / Decimal(plan)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(q).replace(".", ",")


def table_md() -> str:
    head = ("| TT | Đơn vị | Kết nạp đoàn viên - Kế hoạch năm | Kết nạp đoàn viên - Thực hiện 10 tháng "
            "| Kết nạp đoàn viên - Tỷ lệ % so KH | Thành lập CĐCS - Kế hoạch năm "
            "| Thành lập CĐCS - Thực hiện 10 tháng | Thành lập CĐCS - Tỷ lệ % so KH |")
    lines = [head, "|:--:|:---|---:|---:|---:|---:|---:|---:|"]
    for i, (name, p1, d1, p2, d2) in enumerate(TABLE_ROWS, 1):
        lines.append(f"| {i} | {name} | {vn_int(p1)} | {vn_int(d1)} | {vn_pct(d1, p1)} "
                     f"| {p2} | {d2} | {vn_pct(d2, p2)} |")
    t1 = sum(r[1] for r in TABLE_ROWS)
    t2 = sum(r[2] for r in TABLE_ROWS)
    t3 = sum(r[3] for r in TABLE_ROWS)
    t4 = sum(r[4] for r in TABLE_ROWS)
    lines.append(f"| | **Tổng cộng** | **{vn_int(t1)}** | **{vn_int(t2)}** | **{vn_pct(t2, t1)}** "
                 f"| **{t3}** | **{t4}** | **{vn_pct(t4, t3)}** |")
    return "\n".join(lines)


HEADER = """\
| TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|:---:|:---:|
| **LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH NAM** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 318/BC-LĐLĐ | *Khánh Thành, ngày 05 tháng 11 năm 2026* |

**BÁO CÁO**

**Tình hình hoạt động công đoàn và phong trào công nhân, viên chức, lao động tháng 10 và 10 tháng năm 2026; nhiệm vụ tháng 11 năm 2026**

Thực hiện Chương trình công tác năm 2026 và Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Liên đoàn Lao động tỉnh khóa XIV, nhiệm kỳ 2023 - 2028; Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Nam báo cáo tình hình hoạt động công đoàn và phong trào công nhân, viên chức, lao động (CNVCLĐ) tháng 10 và 10 tháng năm 2026; nhiệm vụ trọng tâm tháng 11 năm 2026 như sau:
"""

PART_A_I = """\
# A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10 VÀ 10 THÁNG NĂM 2026

## I. CÔNG TÁC ĐẠI DIỆN, BẢO VỆ QUYỀN, LỢI ÍCH HỢP PHÁP, CHÍNH ĐÁNG CỦA ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG

### 1. Tình hình công nhân, viên chức, lao động và quan hệ lao động

Toàn tỉnh hiện có khoảng 312.500 CNVCLĐ làm việc tại 4.956 doanh nghiệp đang hoạt động và các cơ quan, đơn vị hành chính sự nghiệp; trong đó khu vực doanh nghiệp có vốn đầu tư nước ngoài (FDI) chiếm trên 52% số lao động. Tình hình việc làm của người lao động (NLĐ) trong tháng 10/2026 cơ bản ổn định; các doanh nghiệp ngành dệt may, da giày, điện tử có nhiều đơn hàng cuối năm, một số doanh nghiệp tăng ca, tuyển thêm lao động.

Tiền lương bình quân của NLĐ 10 tháng năm 2026 ước đạt 8,9 triệu đồng/người/tháng, tăng 6,3% so với cùng kỳ năm 2025; trong đó:

- Khu vực doanh nghiệp nhà nước: 11,2 triệu đồng/người/tháng;
- Khu vực doanh nghiệp FDI: 9,1 triệu đồng/người/tháng;
- Khu vực doanh nghiệp ngoài nhà nước: 7,6 triệu đồng/người/tháng.

Quan hệ lao động trên địa bàn tỉnh cơ bản ổn định, không xảy ra đình công. Tháng 10/2026 xảy ra 02 vụ ngừng việc tập thể[^1] (cùng kỳ năm 2025 xảy ra 01 vụ). Tính chung 10 tháng năm 2026 xảy ra 09 vụ ngừng việc tập thể với 4.316 NLĐ tham gia, giảm 05 vụ so với cùng kỳ năm 2025; trong đó khu vực doanh nghiệp FDI 07 vụ, khu vực doanh nghiệp ngoài nhà nước 02 vụ. Nguyên nhân chủ yếu do doanh nghiệp chậm trả lương, điều chỉnh định mức lao động chưa hợp lý. Công đoàn các cấp đã phối hợp với cơ quan chức năng kịp thời có mặt, đại diện NLĐ đối thoại với người sử dụng lao động; các vụ việc đều được giải quyết dứt điểm.

Đến ngày 31/10/2026, toàn tỉnh còn 1.126 doanh nghiệp nợ bảo hiểm xã hội từ 03 tháng trở lên với số tiền 142,6 tỷ đồng, ảnh hưởng đến quyền lợi của NLĐ.

**2. Tham gia xây dựng chính sách, pháp luật; thương lượng tập thể, đối thoại tại nơi làm việc**

LĐLĐ tỉnh tham gia ý kiến vào 07 dự thảo văn bản quy phạm pháp luật, đề án, chính sách của tỉnh liên quan đến quyền, lợi ích của CNVCLĐ (tháng 10 tham gia 02 dự thảo), trong đó có dự thảo Nghị quyết của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ nhà ở xã hội cho công nhân khu công nghiệp.

Công tác thương lượng tập thể tiếp tục được chú trọng về chất lượng. Tháng 10/2026, công đoàn cơ sở (CĐCS) thương lượng, ký kết mới và ký lại 13 bản thỏa ước lao động tập thể (TƯLĐTT); 10 tháng năm 2026 ký kết 142 bản, nâng tổng số TƯLĐTT còn hiệu lực lên 1.206 bản, trong đó có 386 bản được đánh giá xếp loại A, chiếm 32,0%. Hiện có 03 TƯLĐTT nhóm doanh nghiệp (ngành dệt may, ngành chế biến gỗ và Khu công nghiệp Tân Đức) với 57 doanh nghiệp tham gia.

Trong 10 tháng, có 1.318 đơn vị tổ chức Hội nghị người lao động, hội nghị cán bộ, công chức, viên chức, đạt 91,2% số đơn vị thuộc diện phải tổ chức; 1.054 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Các cấp công đoàn tư vấn pháp luật cho 2.860 lượt đoàn viên, NLĐ; Văn phòng Tư vấn pháp luật Công đoàn tỉnh đại diện tham gia tố tụng 14 vụ án lao động, giúp NLĐ được nhận 1,26 tỷ đồng tiền lương, trợ cấp, bảo hiểm xã hội.

### 3. Chăm lo đời sống, hỗ trợ đoàn viên, người lao động

Dự án Thiết chế công đoàn tại Khu công nghiệp Tân Đức, huyện Diên Phú (quy mô 1.020 căn hộ cho thuê cùng nhà văn hóa, sân thể thao, nhà trẻ) đã được khởi công ngày 15/10/2026, dự kiến hoàn thành giai đoạn 1 trong quý IV năm 2027.

*a) Thăm hỏi, hỗ trợ đoàn viên, người lao động có hoàn cảnh khó khăn*

Tháng 10/2026, công đoàn các cấp thăm hỏi, hỗ trợ 1.942 lượt đoàn viên công đoàn (ĐVCĐ), NLĐ bị ốm đau, tai nạn, có hoàn cảnh khó khăn với số tiền 1,37 tỷ đồng; riêng hỗ trợ 386 đoàn viên bị thiệt hại nhà ở do ảnh hưởng của bão số 7, mỗi đoàn viên 2 triệu đồng, tổng số tiền 772 triệu đồng.

Lũy kế 10 tháng năm 2026, công đoàn các cấp đã thăm hỏi, hỗ trợ 21.684 lượt ĐVCĐ, NLĐ với tổng số tiền 15,82 tỷ đồng, tăng 2,14 tỷ đồng so với cùng kỳ năm 2025 (trong đó: CĐCS 9,45 tỷ đồng; công đoàn cấp trên trực tiếp cơ sở 4,11 tỷ đồng; LĐLĐ tỉnh 2,26 tỷ đồng).

Chương trình "Phúc lợi cho đoàn viên công đoàn" tiếp tục được mở rộng: trong 10 tháng, LĐLĐ tỉnh và các công đoàn cấp trên trực tiếp cơ sở ký mới 38 thỏa thuận hợp tác với các doanh nghiệp, đối tác cung cấp hàng hóa, dịch vụ ưu đãi cho đoàn viên (siêu thị, khám chữa bệnh, trường mầm non tư thục, nhà trọ).

#### b) Chương trình "Mái ấm Công đoàn"; chuẩn bị chương trình "Tết Sum vầy" năm 2027

Trong tháng 10/2026, công đoàn các cấp bàn giao 09 nhà "Mái ấm Công đoàn" (xây mới 06 nhà, sửa chữa 03 nhà). Tính chung 10 tháng năm 2026, đã hỗ trợ xây mới và sửa chữa 64 nhà "Mái ấm Công đoàn" (xây mới 41 nhà, sửa chữa 23 nhà) với tổng kinh phí 3,18 tỷ đồng, đạt 80,0% kế hoạch năm (80 nhà).

Chương trình "Tết Sum vầy" năm 2026 (Tết Bính Ngọ) đã chăm lo cho 23.870 đoàn viên, NLĐ với tổng kinh phí 18,94 tỷ đồng. Thực hiện Kế hoạch số 296/KH-LĐLĐ ngày 20/10/2026 của Ban Thường vụ LĐLĐ tỉnh về tổ chức chương trình "Tết Sum vầy" năm 2027, các cấp công đoàn đang rà soát, lập danh sách; dự kiến chăm lo cho 24.500 đoàn viên, NLĐ với tổng kinh phí khoảng 19,6 tỷ đồng, tổ chức "Chợ Tết Công đoàn" tại 05 điểm và "Chuyến xe Công đoàn" đưa 1.200 NLĐ về quê đón Tết.

**4. Công tác an toàn, vệ sinh lao động**

Công đoàn các cấp phối hợp kiểm tra công tác an toàn, vệ sinh lao động (ATVSLĐ) tại 46 doanh nghiệp; duy trì hoạt động của 6.830 an toàn vệ sinh viên. Trong 10 tháng năm 2026, toàn tỉnh xảy ra 27 vụ tai nạn lao động làm 29 người bị nạn, trong đó 08 người chết (giảm 02 người so với cùng kỳ năm 2025); riêng tháng 10/2026 xảy ra 03 vụ, làm 01 người chết. Công đoàn các cấp đã kịp thời thăm hỏi, hỗ trợ gia đình các nạn nhân.
"""

# the hard-wrapped paragraph: lines end where a PDF line ended, one wrap splits "Luật Công" / "đoàn"
PART_A_II = """\
## II. CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC; TỔ CHỨC CÁC PHONG TRÀO THI ĐUA

### 1. Công tác tuyên truyền, giáo dục chính trị, tư tưởng, pháp luật

Trong tháng 10/2026, các cấp công đoàn tiếp tục tuyên truyền, quán triệt Nghị quyết Đại hội
XIII Công đoàn Việt Nam, Nghị quyết Đại hội Công đoàn tỉnh Khánh Nam lần thứ XIV, Luật Công
đoàn năm 2024 và các chế độ, chính sách mới liên quan trực tiếp đến đoàn viên, NLĐ; tổ chức
các hoạt động kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -
20/10/2026), biểu dương 96 nữ CNVCLĐ tiêu biểu trong phong trào "Giỏi việc nước, đảm việc nhà".
Trong tháng, các cấp công đoàn tổ chức 215 buổi tuyên truyền trực tiếp tại doanh nghiệp, khu
nhà trọ công nhân với 18.400 lượt đoàn viên, NLĐ tham dự; lũy kế 10 tháng tổ chức 2.146 buổi,
thu hút 176.300 lượt ĐVCĐ, NLĐ. Cuộc thi trực tuyến
"Tìm hiểu Bộ luật Lao động và Luật Công đoàn năm 2024" do LĐLĐ tỉnh phát động từ Tháng Công
nhân năm 2026 đã kết thúc với 12.480 bài dự thi của đoàn viên, NLĐ thuộc 1.146 CĐCS; Trang
thông tin điện tử và Fanpage "Công đoàn Khánh Nam" đăng tải 326 tin, bài, thu hút trên
1,2 triệu lượt tiếp cận.

**2. Phong trào thi đua yêu nước**

Phong trào thi đua "Lao động giỏi, lao động sáng tạo" trong CNVCLĐ tiếp tục được duy trì; 10 tháng năm 2026 có 3.412 sáng kiến, cải tiến kỹ thuật được công nhận, giá trị làm lợi ước tính 96,7 tỷ đồng. Phong trào "Xanh - Sạch - Đẹp, bảo đảm an toàn, vệ sinh lao động" được 1.268 CĐCS đăng ký thực hiện.

Chị Nguyễn Thị Mỹ Duyên, công nhân Công ty TNHH Điện tử Sao Việt Khánh Nam (Khu công nghiệp Tân Đức), được Tổng Liên đoàn Lao động Việt Nam trao tặng Giải thưởng Nguyễn Đức Cảnh năm 2026. LĐLĐ tỉnh đã đề nghị Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 48 tập thể và 65 cá nhân có thành tích xuất sắc trong các phong trào thi đua.
"""

PART_A_III_HEAD = """\
#### III. PHÁT TRIỂN ĐOÀN VIÊN, XÂY DỰNG TỔ CHỨC CÔNG ĐOÀN; CÔNG TÁC KIỂM TRA VÀ TÀI CHÍNH CÔNG ĐOÀN

### 1. Phát triển đoàn viên, thành lập công đoàn cơ sở

a) Kết quả tháng 10/2026

Trong tháng 10/2026, toàn tỉnh kết nạp 1.128 đoàn viên (khu vực doanh nghiệp nhà nước 54; khu vực doanh nghiệp FDI 702; khu vực doanh nghiệp ngoài nhà nước 298; khu vực hành chính sự nghiệp 74), tăng 92 đoàn viên so với tháng 10/2025; thành lập mới 11 CĐCS (khu vực ngoài nhà nước 09, khu vực FDI 02) với 486 đoàn viên.

**b) Kết quả 10 tháng năm 2026**

Lũy kế 10 tháng năm 2026, toàn tỉnh kết nạp 9.617 đoàn viên, đạt 87,4% kế hoạch năm (11.000 đoàn viên), tăng 763 đoàn viên (tăng 8,6%) so với cùng kỳ năm 2025; trong đó: khu vực doanh nghiệp nhà nước 612 đoàn viên; khu vực doanh nghiệp FDI 5.874 đoàn viên; khu vực doanh nghiệp ngoài nhà nước 2.486 đoàn viên; khu vực hành chính sự nghiệp 645 đoàn viên. Thành lập mới 104 CĐCS, đạt 81,9% kế hoạch năm (127 CĐCS), tăng 08 CĐCS so với cùng kỳ năm 2025 (khu vực ngoài nhà nước 81, khu vực FDI 19, khu vực hành chính sự nghiệp 04).

Trong 10 tháng, giải thể 37 CĐCS do doanh nghiệp ngừng hoạt động, giải thể; giảm 6.218 đoàn viên do NLĐ nghỉ việc, chấm dứt hợp đồng lao động. Đến ngày 31/10/2026, toàn tỉnh có 1.873 CĐCS với 186.452 đoàn viên.

**Kết quả phát triển đoàn viên, thành lập công đoàn cơ sở 10 tháng năm 2026**

*(Số liệu tính đến ngày 31/10/2026)*
"""

PART_A_III_REST = """\
2\\. Xây dựng tổ chức công đoàn, công tác cán bộ

Các cấp công đoàn kiện toàn 126 chủ tịch CĐCS; tổ chức tập huấn nghiệp vụ cho 3.650 lượt cán bộ công đoàn. Kết quả đánh giá, xếp loại CĐCS năm 2025 có 78,6% CĐCS hoàn thành tốt nhiệm vụ trở lên. Việc quản lý đoàn viên trên phần mềm được đẩy mạnh: 1.402 CĐCS đã cập nhật dữ liệu, cấp thẻ đoàn viên công đoàn điện tử cho 121.300 đoàn viên.

### 3. Công tác kiểm tra, giám sát

Ủy ban Kiểm tra công đoàn các cấp kiểm tra 214 CĐCS về việc chấp hành Điều lệ Công đoàn Việt Nam, kiểm tra tài chính đồng cấp tại 186 đơn vị và kiểm tra việc đóng kinh phí công đoàn tại 95 doanh nghiệp; qua kiểm tra đã kiến nghị truy nộp 2,43 tỷ đồng. Tiếp nhận 17 đơn thư (tháng 10 tiếp nhận 02 đơn), đã giải quyết, hướng dẫn 15 đơn, 02 đơn đang xem xét.

### 4. Công tác tài chính công đoàn

Tháng 10/2026, toàn tỉnh thu kinh phí công đoàn (KPCĐ) 26,84 tỷ đồng, thu đoàn phí công đoàn 6,37 tỷ đồng. Lũy kế 10 tháng năm 2026, thu KPCĐ đạt 248,65 tỷ đồng, bằng 84,3% dự toán năm, tăng 6,2% so với cùng kỳ năm 2025 (khu vực doanh nghiệp nhà nước 31,42 tỷ đồng; khu vực doanh nghiệp FDI 152,87 tỷ đồng; khu vực doanh nghiệp ngoài nhà nước 41,06 tỷ đồng; khu vực hành chính sự nghiệp 23,30 tỷ đồng); thu đoàn phí công đoàn đạt 61,24 tỷ đồng, bằng 83,6% dự toán năm. Tình trạng doanh nghiệp chậm đóng, nợ đọng KPCĐ vẫn còn diễn ra[^2].

Các cấp công đoàn quản lý, sử dụng tài chính đúng quy định, ưu tiên nguồn lực cho hoạt động chăm lo, bảo vệ đoàn viên, NLĐ; tỷ lệ chi cho hoạt động chăm lo, bảo vệ, đào tạo đoàn viên tại CĐCS đạt 71,5% tổng chi.

### IV. Đánh giá chung

**Ưu điểm**

- Hoạt động của các cấp công đoàn bám sát chương trình công tác năm 2026, gắn với nhiệm vụ chính trị của địa phương; quan hệ lao động cơ bản ổn định.
- Công tác chăm lo đời sống đoàn viên, NLĐ được quan tâm, triển khai đồng bộ:
  + Hỗ trợ kịp thời đoàn viên bị thiệt hại do bão số 7;
  + Chủ động xây dựng kế hoạch, chuẩn bị sớm chương trình "Tết Sum vầy" năm 2027.
- Kết quả phát triển đoàn viên, thành lập CĐCS và thu KPCĐ tăng so với cùng kỳ năm 2025.

**Tồn tại, hạn chế**

- Kết quả phát triển đoàn viên ở một số đơn vị đạt thấp, như LĐLĐ huyện Ninh Giang, LĐLĐ huyện Vạn Hưng, Công đoàn ngành Xây dựng, Công đoàn Viên chức tỉnh (đạt dưới 75% kế hoạch năm); số CĐCS giải thể còn nhiều.
- Vẫn còn xảy ra ngừng việc tập thể, chủ yếu tại doanh nghiệp FDI; việc nắm bắt tình hình, dự báo của một số CĐCS chưa kịp thời.
- Chất lượng thương lượng tập thể chưa cao, nhiều bản TƯLĐTT chủ yếu sao chép quy định của pháp luật.
- Tình trạng doanh nghiệp nợ đọng KPCĐ kéo dài, việc khởi kiện doanh nghiệp nợ KPCĐ còn gặp nhiều khó khăn.
"""

PART_B = """\
## B. NHIỆM VỤ TRỌNG TÂM THÁNG 11 NĂM 2026

1\\. Công tác đại diện, bảo vệ quyền lợi của đoàn viên, người lao động

- Nắm chắc tình hình việc làm, tiền lương, kế hoạch thưởng Tết Đinh Mùi năm 2027 của doanh nghiệp; chủ động phòng ngừa tranh chấp lao động, ngừng việc tập thể dịp cuối năm.
- Đẩy mạnh thương lượng, ký kết TƯLĐTT; phấn đấu trong tháng 11 ký mới thêm 20 bản.
- Phối hợp tổ chức đối thoại giữa lãnh đạo tỉnh với công nhân lao động các khu công nghiệp.

**2. Triển khai chương trình "Tết Sum vầy" năm 2027**

- Hoàn thành rà soát, lập danh sách đoàn viên, NLĐ được hỗ trợ trước ngày 25/11/2026.
- Ký hợp đồng tổ chức "Chuyến xe Công đoàn", chuẩn bị địa điểm tổ chức "Chợ Tết Công đoàn".
- Vận động doanh nghiệp, nhà hảo tâm ủng hộ Quỹ "Vì đoàn viên công đoàn" tỉnh.

### 3. Phát triển đoàn viên, thành lập công đoàn cơ sở

* Phấn đấu trong tháng 11 kết nạp 1.000 đoàn viên, thành lập 12 CĐCS; nỗ lực hoàn thành chỉ tiêu kế hoạch năm 2026.
* Tập trung vào các doanh nghiệp ngoài nhà nước có từ 25 lao động trở lên chưa có tổ chức công đoàn.

**4. Công tác tuyên truyền, thi đua**

- Tuyên truyền hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11).
- Tổng kết, trao giải Cuộc thi trực tuyến tìm hiểu pháp luật năm 2026; hoàn thiện hồ sơ đề nghị khen thưởng năm 2026.

### 5. Công tác kiểm tra, tài chính công đoàn

- Đôn đốc thu KPCĐ, đoàn phí công đoàn; phấn đấu đến ngày 31/12/2026 đạt 100% dự toán năm.
- Hoàn thiện hồ sơ khởi kiện các doanh nghiệp nợ đọng KPCĐ kéo dài.
- Xây dựng dự toán thu, chi tài chính công đoàn năm 2027.

6. Chuẩn bị tổng kết hoạt động công đoàn năm 2026

- Hướng dẫn các cấp công đoàn tổng kết hoạt động năm 2026, xây dựng chương trình công tác năm 2027.
- Chuẩn bị nội dung Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ mười ba (khóa XIV), dự kiến tổ chức ngày 18/12/2026.

Trên đây là báo cáo tình hình hoạt động công đoàn và phong trào CNVCLĐ tháng 10 và 10 tháng năm 2026; nhiệm vụ trọng tâm tháng 11 năm 2026 của Ban Thường vụ LĐLĐ tỉnh Khánh Nam./.

**TM. BAN THƯỜNG VỤ**\\
**PHÓ CHỦ TỊCH**

*(Đã ký)*

**Đinh Thị Thu Hà**

**Nơi nhận:**

- Tổng LĐLĐ Việt Nam (để b/c);
- Thường trực Tỉnh ủy, UBND tỉnh (để b/c);
- Ban Dân vận Tỉnh ủy;
- Các đồng chí Ủy viên Ban Thường vụ LĐLĐ tỉnh;
- Các LĐLĐ huyện, thành phố, công đoàn ngành, Công đoàn các KCN;
- Lưu: VT, VP.

[^1]: Ngày 08/10/2026, 640 người lao động Công ty TNHH May mặc Hưng Phát Vina (doanh nghiệp FDI, Khu công nghiệp Tân Đức) ngừng việc do công ty chậm trả lương tháng 9/2026; ngày 21/10/2026, 215 người lao động Công ty TNHH Giày da Phúc Thịnh (huyện Cam Lộc) ngừng việc do công ty điều chỉnh tăng định mức sản phẩm. Cả hai vụ việc đều được giải quyết trong ngày, người lao động trở lại làm việc bình thường.

[^2]: Đến ngày 31/10/2026, toàn tỉnh còn 417 doanh nghiệp nợ đọng KPCĐ từ 06 tháng trở lên với tổng số tiền 18,92 tỷ đồng; LĐLĐ tỉnh đã khởi kiện 06 doanh nghiệp ra Tòa án nhân dân, trong đó Tòa án đã thụ lý 04 vụ.
"""


def markdown() -> str:
    text = "\n".join([HEADER, PART_A_I, PART_A_II, PART_A_III_HEAD, table_md() + "\n",
                      PART_A_III_REST, PART_B])
    return unicodedata.normalize("NFC", text)


def outline() -> list[dict]:
    return [{"id": i, "title": unicodedata.normalize("NFC", t)} for i, t in OUTLINE]


def main(argv: list[str]) -> int:
    if "--outline" in argv[1:]:
        print(json.dumps({"report": OUT.stem, "file": str(OUT.relative_to(ROOT)), "split": SPLIT,
                          "metadata": {k: unicodedata.normalize("NFC", v) for k, v in METADATA.items()},
                          "outline": outline()}, ensure_ascii=False, indent=1))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(markdown(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}  {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
