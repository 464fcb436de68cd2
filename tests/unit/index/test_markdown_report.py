"""A report converted from Word to Markdown (pandoc, copy-paste): its header and signature laid out
as pipe tables, footnotes as '[^1]', numbers escaped ('2\\.'), headings in italics or with no
heading mark at all. Read as the DOCX reader reads the same report."""
from index.loaders import read_document
from index.parse import parse_document

MD = """\
| LIÊN ĐOÀN LAO ĐỘNG TỈNH X<br>**BAN THƯỜNG VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 77/BC-LĐLĐ | *Thành Y, ngày 05 tháng 11 năm 2026* |

# BÁO CÁO
**Tình hình hoạt động công đoàn tháng 10 và 10 tháng năm 2026**

## A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

#### I. CÔNG TÁC ĐẠI DIỆN, BẢO VỆ QUYỀN LỢI

1\\. Thương lượng tập thể

Trong tháng 10, ký mới 12 thỏa ước lao động tập thể[^1]; lũy kế 10 tháng ký mới 96 thỏa ước.

*2. Thăm hỏi, hỗ trợ đoàn viên*

Thăm hỏi 1.250 đoàn viên với số tiền 1,2 tỷ đồng[^ghi-chu].

## B. NHIỆM VỤ THÁNG 11 NĂM 2026

1\\. Tiếp tục đẩy mạnh thương lượng tập thể.

| Nơi nhận:<br>- Tổng LĐLĐ Việt Nam;<br>- Lưu VT. | TM. BAN THƯỜNG VỤ<br>PHÓ CHỦ TỊCH<br><br>Trần Văn Minh |
|---|---|

[^1]: Trong đó khu vực FDI ký mới 7 thỏa ước.
[^ghi-chu]: Nguồn Quỹ Xã hội công đoàn 0,8 tỷ đồng,
    ngân sách công đoàn 0,4 tỷ đồng.
"""


def _report(tmp_path):
    path = tmp_path / "ldld-x-thang-10-2026.md"
    path.write_text(MD, encoding="utf-8")
    return parse_document(read_document(path))


def test_header_and_signature_tables_are_metadata(tmp_path):
    r = _report(tmp_path)
    assert r.meta["number"] == "77/BC-LĐLĐ"
    assert r.meta["date"] == "ngày 05 tháng 11 năm 2026"
    assert r.meta["place"] == "Thành Y"
    assert r.meta["signer"] == "Trần Văn Minh"
    assert "LIÊN ĐOÀN LAO ĐỘNG TỈNH X" in r.issuer and "|" not in r.issuer
    assert "|" not in r.title
    assert r.period == "tháng 10 năm 2026"  # the year written once, for the month and the 10 months


def test_escaped_and_italic_headings_are_headings(tmp_path):
    numbers = [s.number for s in _report(tmp_path).sections if s.kind not in ("title", "preamble")]
    assert "Phần A › I.1" in numbers and "Phần A › I.2" in numbers
    assert "Phần B › 1" in numbers


def test_markdown_footnotes_are_cut_out_and_attached(tmp_path):
    r = _report(tmp_path)
    assert "[^" not in r.text
    notes = {s.number: r.text[s.start:s.end] for s in r.sections if "chú thích" in s.number}
    assert set(notes) == {"Phần A › I.1 › chú thích 1", "Phần A › I.2 › chú thích 2"}
    assert "khu vực FDI ký mới 7 thỏa ước" in notes["Phần A › I.1 › chú thích 1"]
    assert "ngân sách công đoàn 0,4 tỷ đồng" in notes["Phần A › I.2 › chú thích 2"]  # the indented line goes on
    assert "thỏa ước lao động tập thể⁽¹⁾;" in r.text  # the marker glued to its word, as in DOCX
