import pytest

from index.loaders import RawDocument, read_document
from index.parse import find_period, parse_document, report_id
from tests.conftest import H1, YEAR


def numbered(report, kinds=("roman", "part", "arabic")):
    return [(s.number, s.title) for s in report.sections if s.kind in kinds]


def test_h1_sample_tree_exact():
    r = parse_document(read_document(H1))
    assert numbered(r) == [
        ("I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC XÂY DỰNG ĐẢNG"),
        ("I.1", "Công tác chính trị, tư tưởng"),
        ("I.2", "Công tác tổ chức xây dựng Đảng"),
        ("I.3", "Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng"),
        ("I.4", "Công tác dân vận"),
        ("I.5", "Công tác nội chính, phòng, chống tham nhũng và cải cách tư pháp"),
        ("II", "KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI"),
        ("II.1", "Công tác tuyên truyền, định hướng tư tưởng cho đoàn viên, hội viên"),
        ("II.2", "Hoạt động của Mặt trận Tổ quốc"),
        ("II.3", "Hoạt động của Hội Cựu chiến binh"),
        ("II.4", "Hoạt động của Hội Liên hiệp Phụ nữ"),
        ("II.5", "Hoạt động của Hội Nông dân"),
        ("II.6", "Hoạt động của Liên đoàn Lao động"),
        ("II.7", "Hoạt động của Đoàn Thanh niên cộng sản Hồ Chí Minh"),
        ("III", "ĐÁNH GIÁ CHUNG"),
        ("III.1", "Ưu điểm"),
        ("III.2", "Hạn chế, yếu kém"),
        ("IV", "NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2021"),
        ("IV.1", "Chỉ đạo và tổ chức triển khai học tập, quán triệt, cũng…"),
        ("IV.2", "Chỉ đạo thực hiện đồng bộ các giải pháp nhằm nâng cao…"),
        ("IV.3", "Chỉ đạo giám sát việc lãnh đạo, chỉ đạo, tổ chức quán…"),
        ("IV.4", "Thường xuyên nắm chắc tình hình nhân dân"),
        ("IV.5", "Tiếp tục lãnh đạo, chỉ đạo các huyện ủy, thị ủy, thành…"),
        ("IV.6", "Mặt trận Tổ quốc và các đoàn thể chính trị - xã…"),
    ]
    by = {s.number: s for s in r.sections}
    assert by["I.3"].parent == "I" and by["I"].children == ["I.1", "I.2", "I.3", "I.4", "I.5"]
    assert [c for c in by["III.2"].children] == [f"III.2.-{i}" for i in range(1, 9)]
    assert [s.kind for s in r.sections if s.parent is None] == [
        "title", "preamble", "roman", "roman", "roman", "roman", "recipients", "signature"]
    # recipients' dashes are lines of the block, not sections under IV
    assert by["IV"].children == [f"IV.{i}" for i in range(1, 7)]
    assert r.text[by["Ký tên"].start:by["Ký tên"].end].endswith("Lê Văn Hiệu")
    # offsets point into the normalised text
    assert r.text[by["I.3"].start:].startswith("3. Công tác kiểm tra")
    assert "thi hành kỷ luật 106 đảng viên" in r.text[by["I.3"].body_start:by["I.3"].end]


def test_h1_sample_metadata():
    r = parse_document(read_document(H1))
    assert r.id == "bao-cao-6-thang-dau-nam-2021"
    assert r.title.startswith("BÁO CÁO kết quả công tác xây dựng Đảng")
    assert r.period == "6 tháng đầu năm 2021"
    assert r.issuer == "BAN THƯỜNG VỤ"
    assert len(r.content_hash) == 64


def test_year_sample_tree_exact():
    r = parse_document(read_document(YEAR))
    assert numbered(r) == [
        ("I", "KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2021"),
        ("I.1", "Công tác chính trị, tư tưởng"),
        ("I.2", "Công tác tổ chức xây dựng Đảng"),
        ("I.3", "Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng"),
        ("I.4", "Công tác dân vận"),
        ("I.5", "Công tác nội chính, phòng, chống tham nhũng"),
        ("II", "HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI"),
        ("II.1", "Mặt trận Tổ quốc"),
        ("II.2", "Hội Cựu chiến binh"),
        ("II.3", "Hội Liên hiệp Phụ nữ"),
        ("II.4", "Hội Nông dân"),
        ("II.5", "Liên đoàn Lao động"),
        ("II.6", "Đoàn Thanh niên cộng sản Hồ Chí Minh"),
        ("III", "ĐÁNH GIÁ CHUNG"),
        ("III.1", "Ưu điểm"),
        ("III.2", "Hạn chế, yếu kém"),
        ("IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022"),
        ("IV.1", "Tiếp tục học tập, quán triệt và triển khai thực hiện Nghị…"),
        ("IV.2", "Phấn đấu kết nạp 2.200 đảng viên"),
        ("IV.3", "Thực hiện có hiệu quả chương trình kiểm tra, giám sát năm…"),
        ("IV.4", "Tổ chức thành công đại hội Hội Cựu chiến binh, Đoàn Thanh…"),
    ]
    assert {s.kind for s in r.sections if s.number in ("I", "II", "III", "IV")} == {"part"}
    assert r.period == "năm 2021"
    assert r.issuer == "TỈNH ỦY HẢI DƯƠNG"
    assert r.title == ("BÁO CÁO kết quả công tác xây dựng Đảng, hoạt động của Mặt trận Tổ quốc và các đoàn thể "
                       "chính trị - xã hội năm 2021, phương hướng, nhiệm vụ năm 2022")


def doc(text: str, name="x.txt") -> RawDocument:
    return RawDocument(name=name, text=text, soft_wrapped=False)


def test_legal_numbering():
    text = """LUẬT
ĐẤT ĐAI

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Luật này quy định về chế độ sở hữu đất đai.

Điều 2. Đối tượng áp dụng

1. Cơ quan nhà nước thực hiện quyền hạn.

2. Người sử dụng đất:

a) Hộ gia đình;

b) Cá nhân.

Chương II
QUYỀN CỦA NHÀ NƯỚC

Mục 1. QUYỀN SỞ HỮU

Điều 3. Nhà nước là đại diện chủ sở hữu

Nhà nước quyết định mục đích sử dụng đất.
"""
    r = parse_document(doc(text, "luat-dat-dai.txt"))
    got = [(s.number, s.title, s.parent) for s in r.sections if s.kind not in ("title", "preamble")]
    assert got == [
        ("Chương I", "NHỮNG QUY ĐỊNH CHUNG", None),
        ("Điều 1", "Phạm vi điều chỉnh", "Chương I"),
        ("Điều 2", "Đối tượng áp dụng", "Chương I"),
        ("Điều 2.1", "Cơ quan nhà nước thực hiện quyền hạn", "Điều 2"),
        ("Điều 2.2", "Người sử dụng đất", "Điều 2"),
        ("Điều 2.2.a", "Hộ gia đình", "Điều 2.2"),
        ("Điều 2.2.b", "Cá nhân", "Điều 2.2"),
        ("Chương II", "QUYỀN CỦA NHÀ NƯỚC", None),
        ("Chương II › Mục 1", "QUYỀN SỞ HỮU", "Chương II"),
        ("Điều 3", "Nhà nước là đại diện chủ sở hữu", "Chương II › Mục 1"),
    ]
    assert r.title == "LUẬT ĐẤT ĐAI"


def test_text_without_numbering_is_one_section_per_paragraph():
    r = parse_document(doc("Tình hình chung ổn định.\n\nCông tác kiểm tra được tăng cường.\n\nKết nạp 30 đảng viên."))
    assert [(s.number, s.kind) for s in r.sections] == [("Đoạn 1", "paragraph"), ("Đoạn 2", "paragraph"),
                                                         ("Đoạn 3", "paragraph")]


def test_words_that_look_like_numbering_are_not_headings():
    r = parse_document(doc("I. TỔNG QUAN\n\nChương trình hành động được ban hành.\n\nPhần lớn cán bộ đồng tình."))
    assert [s.number for s in r.sections if s.kind not in ("title", "preamble")] == ["I"]


def test_period_and_id():
    assert find_period("BÁO CÁO kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2021") == "6 tháng đầu năm 2021"
    assert find_period("Báo cáo quý II năm 2023") == "quý II năm 2023"
    assert find_period("Báo cáo công tác năm 2022") == "năm 2022"
    assert find_period("Báo cáo chuyên đề") is None
    assert find_period("kết quả công tác tháng 5 năm 2024") == "tháng 5 năm 2024"
    assert report_id("Báo cáo 6 tháng đầu năm 2021.docx") == "bao-cao-6-thang-dau-nam-2021"
    assert report_id("../../etc/x.md") == "x"


def test_the_parts_of_a_document_are_of_one_rank():
    # the last part has only '1.', '2.' under it: it is still a part, as the parts before it are
    text = """BÁO CÁO
Kết quả giám sát

Phần thứ nhất
KẾT QUẢ GIÁM SÁT

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Về nguồn lực

Nguồn lực được huy động.

II. HẠN CHẾ

Còn một số hạn chế.

Phần thứ hai KIẾN NGHỊ

1. Đối với Ủy ban nhân dân tỉnh

Chỉ đạo tổng kết.

2. Đối với các sở, ngành

Tăng cường hướng dẫn.
"""
    r = parse_document(doc(text, "giam-sat.txt"))
    got = [(s.number, s.title) for s in r.sections if s.kind not in ("title", "preamble", "paragraph")]
    assert got == [
        ("Phần thứ nhất", "KẾT QUẢ GIÁM SÁT"),
        ("Phần thứ nhất › I", "KẾT QUẢ ĐẠT ĐƯỢC"),
        ("Phần thứ nhất › I.1", "Về nguồn lực"),
        ("Phần thứ nhất › II", "HẠN CHẾ"),
        ("Phần thứ hai", "KIẾN NGHỊ"),
        ("Phần thứ hai › 1", "Đối với Ủy ban nhân dân tỉnh"),
        ("Phần thứ hai › 2", "Đối với các sở, ngành"),
    ]


def test_slash_and_dash_numbering_are_headings_and_end_a_wrapped_title():
    # 'I/ …', '1/ …', 'II- …', '2- …' as drafts write them; a capitals heading right after the part's
    # capitals title is a heading of its own, not the title's second line
    text = """BÁO CÁO
Kết quả 6 tháng đầu năm 2026

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NHIỆM VỤ

I/ CÔNG TÁC CHỈ ĐẠO

1/ Công tác tham mưu

Đã tham mưu 12 văn bản.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, NHIỆM VỤ
I- MỤC TIÊU, CHỈ TIÊU

Phấn đấu đạt 100% kế hoạch.

II- NHIỆM VỤ, GIẢI PHÁP

2- Đẩy mạnh cải cách thủ tục

Rút ngắn thời gian giải quyết.
"""
    r = parse_document(doc(text, "bhxh.txt"))
    got = [(s.number, s.title) for s in r.sections if s.kind not in ("title", "preamble", "paragraph", "bullet")]
    assert got == [
        ("Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
        ("Phần thứ nhất › I", "CÔNG TÁC CHỈ ĐẠO"),
        ("Phần thứ nhất › I.1", "Công tác tham mưu"),
        ("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ"),
        ("Phần thứ hai › I", "MỤC TIÊU, CHỈ TIÊU"),
        ("Phần thứ hai › II", "NHIỆM VỤ, GIẢI PHÁP"),
        ("Phần thứ hai › II.2", "Đẩy mạnh cải cách thủ tục"),
    ]
    # a date or a range is no heading
    r = parse_document(doc("I. TỔNG QUAN\n\n15/6/2026 là ngày khai mạc.\n\n3-5 Đoàn kiểm tra đã đến.", "x.txt"))
    assert [s.number for s in r.sections if s.kind not in ("title", "preamble")] == ["I"]
    # nor is a document number that opens a line ('245/QĐ-UBND …', '96-KH/TU …'), as a wrapped PDF line may
    r = parse_document(doc("I. TỔNG QUAN\n\n245/QĐ-UBND ngày 12/3/2026 được ban hành.\n\n96-KH/TU ngày 14/01/2026.\n\n"
                           "II- KẾT QUẢ\n\nĐạt kế hoạch.", "x.txt"))
    assert [s.number for s in r.sections if s.kind not in ("title", "preamble")] == ["I", "II"]


@pytest.mark.parametrize("header,issuer", [
    # a body's name whose last word wrapped onto a line of its own, then the issuing body
    (["ĐẢNG BỘ HUYỆN KIM BẢNG", "ĐÔNG", "ĐẢNG ỦY XÃ TÂN HÒA", "*", "Số 45-BC/ĐU"],
     "ĐẢNG BỘ HUYỆN KIM BẢNG ĐÔNG – ĐẢNG ỦY XÃ TÂN HÒA"),
    # the two columns of a header read as one line: the motto is not the body's name
    (["ỦY BAN MTTQ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ LẠC", "Độc lập - Tự do - Hạnh phúc"],
     "ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ LẠC"),
    # the superior, the body, and the body's place on a third line
    (["HỘI CCB VIỆT NAM", "HỘI CỰU CHIẾN BINH", "TỈNH NAM LẠC", "Số: 86/BC-CCB"],
     "HỘI CCB VIỆT NAM – HỘI CỰU CHIẾN BINH TỈNH NAM LẠC"),
    (["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12/BC-SCT"], "UBND TỈNH LÀO CAI – SỞ CÔNG THƯƠNG"),
])
def test_the_issuer_read_from_a_header(header, issuer):
    from index.parse import _issuer

    assert _issuer(header) == issuer


def test_a_title_line_naming_the_body_and_its_term_is_the_titles():
    from index.sections import _title_period_line

    assert _title_period_line("của Ban Chấp hành Đảng bộ xã khóa XIV trình Đại hội đại biểu",
                              "Đảng bộ xã Tân Hòa lần thứ XV, nhiệm kỳ 2025 - 2030")
    # a sentence of the preamble is not
    assert not _title_period_line("Kết quả công tác năm 2026", "Thực hiện Kế hoạch số 12/KH-UBND năm 2026")
