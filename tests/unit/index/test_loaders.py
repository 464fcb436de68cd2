import pytest

from index.loaders import ReportReadError, read_document
from index.parse import parse_document
from tests.helpers import write_docx, write_image_only_pdf, write_pdf

REPORT_LINES = [
    "BÁO CÁO",
    "kết quả công tác quý III năm 2022",
    "I. KẾT QUẢ CÔNG TÁC",
    "1. Công tác kiểm tra",
    "Cấp ủy các cấp đã kiểm tra 120 đảng viên và 45 tổ chức đảng.",
    "2. Công tác dân vận",
    "Toàn tỉnh có 310 mô hình Dân vận khéo.",
]


def test_docx_paragraphs_and_tables(tmp_path):
    path = write_docx(tmp_path / "quy-3.docx", REPORT_LINES, table=[["Chỉ tiêu", "Kết quả"], ["Kết nạp", "77"]])
    r = parse_document(read_document(path))
    assert [s.number for s in r.sections if s.kind in ("roman", "arabic")] == ["I", "I.1", "I.2"]
    assert r.period == "quý III năm 2022"
    assert "‣ Kết nạp | Kết quả: 77" in r.text  # a table row: its label, then column: value


def test_pdf_with_text_layer(tmp_path):
    path = write_pdf(tmp_path / "quy-3.pdf", REPORT_LINES)
    r = parse_document(read_document(path))
    assert [s.number for s in r.sections if s.kind in ("roman", "arabic")] == ["I", "I.1", "I.2"]
    assert "kiểm tra 120 đảng viên" in r.text


@pytest.mark.parametrize("make,reason", [
    (lambda p: p.with_suffix(".md").write_bytes(b""), "rỗng"),
    (lambda p: p.with_suffix(".md").write_text("   \n\n\t  \n"), "khoảng trắng"),
    (lambda p: p.with_suffix(".txt").write_bytes(bytes(range(256)) * 40), "nhị phân"),
    (lambda p: p.with_suffix(".docx").write_bytes(b"PK\x03\x04 truncated zip"), ".docx bị hỏng"),
    (lambda p: p.with_suffix(".pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage"), "PDF bị hỏng"),
    (lambda p: p.with_suffix(".xlsx").write_bytes(b"x"), "không được hỗ trợ"),
])
def test_bad_files_get_a_reason(tmp_path, make, reason):
    make(tmp_path / "bad")
    path = next(tmp_path.iterdir())
    with pytest.raises(ReportReadError, match=reason):
        read_document(path)


def test_scanned_pdf_suggests_ocr(tmp_path):
    with pytest.raises(ReportReadError, match="OCR"):
        read_document(write_image_only_pdf(tmp_path / "scan.pdf"))


def test_encrypted_pdf(tmp_path):
    with pytest.raises(ReportReadError, match="mật khẩu"):
        read_document(write_pdf(tmp_path / "secret.pdf", REPORT_LINES, password="s3cret"))


def test_size_limit(tmp_path):
    path = tmp_path / "big.md"
    path.write_text("I. PHẦN\n\n" + "Nội dung báo cáo. " * 5000)
    with pytest.raises(ReportReadError, match="quá lớn"):
        read_document(path, max_bytes=10_000)


def test_extremely_long_single_line(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_text("Kết nạp 12 đảng viên mới trong quý. " * 3000)
    r = parse_document(read_document(path))
    assert len(r.sections) == 1 and r.sections[0].kind == "paragraph"
