"""OCR of an image-only ("scanned") PDF with the real Tesseract and its Vietnamese model."""
import re
from pathlib import Path
import unicodedata

import pytest
from rapidfuzz.distance import Levenshtein

from index.ocr import OcrCancelled, OcrPage, no_diacritics_share, ocr_pdf, ocr_problem, poor_quality
from index.textnorm import fold
from tests.helpers import _font

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(ocr_problem() is not None, reason=f"OCR: {ocr_problem()}"),
]

PAGES = [
    [
        "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG",
        "Đến nay toàn Đảng bộ tỉnh có 12.450 đảng viên, sinh hoạt tại 1.317 tổ",
        "chức cơ sở đảng; sáu tháng đầu năm kết nạp 1.245 đảng viên mới, đạt",
        "52,3% kế hoạch năm. Thu ngân sách tăng 7,2% so với cùng kỳ năm trước.",
        "Cấp ủy các cấp đã kiểm tra 120 đảng viên và 45 tổ chức đảng, thi hành",
        "kỷ luật 14 đảng viên vi phạm; chất lượng sinh hoạt chi bộ được nâng lên.",
    ],
    [
        "Nhiệm vụ trọng tâm sáu tháng cuối năm 2021:",
        "Tiếp tục lãnh đạo phòng, chống dịch bệnh Covid-19; phấn đấu tốc độ",
        "tăng trưởng kinh tế đạt 8,5%; tỷ lệ hộ nghèo giảm còn 2,15%.",
        "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    ],
]
DPI = 200


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """A 2-page text PDF rendered to an image-only PDF at 200 dpi (what a scanner produces)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    folder = tmp_path_factory.mktemp("ocr")
    text_pdf = folder / "text.pdf"
    pdfmetrics.registerFont(TTFont("DejaVu", _font()))
    c = canvas.Canvas(str(text_pdf), pagesize=A4)
    for lines in PAGES:
        c.setFont("DejaVu", 13)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 22
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(text_pdf))
    images = [pdf[i].render(scale=DPI / 72, grayscale=True).to_pil().copy() for i in range(len(pdf))]
    pdf.close()
    path = folder / "scan.pdf"
    images[0].save(str(path), save_all=True, append_images=images[1:], resolution=DPI)
    return path


@pytest.fixture(scope="module")
def ocr_result(scan):
    calls = []
    pages = list(ocr_pdf(scan, progress=lambda done, total: calls.append((done, total))))
    return pages, calls


def test_scan_has_no_text_layer(scan):
    import pdfplumber

    with pdfplumber.open(str(scan)) as pdf:
        assert all(not (page.extract_text() or "").strip() for page in pdf.pages)


def test_figures_and_diacritics_come_back(ocr_result):
    pages, calls = ocr_result
    assert [p.number for p in pages] == [1, 2]
    assert calls == [(1, 2), (2, 2)]
    text = normalise("\n".join(p.text for p in pages))
    for figure in ("12.450 đảng viên", "1.245 đảng viên", "7,2%", "52,3%", "8,5%", "2,15%", "45 tổ chức đảng"):
        assert figure in text
    for word in ("Đảng bộ tỉnh", "kết nạp", "ngân sách", "Nhiệm vụ trọng tâm", "chất lượng", "kỷ luật",
                 "tư tưởng, đạo đức"):
        assert word in text
    for page, lines in zip(pages, PAGES):
        assert unicodedata.is_normalized("NFC", page.text)
        assert len(page.text.splitlines()) >= len(lines)  # one line per visual line
        reference = normalise(" ".join(lines))
        assert Levenshtein.distance(reference, normalise(page.text)) / len(reference) < 0.05
        assert page.confidence > 80
        assert page.no_diacritics < 0.3


def test_poor_quality_warns_only_without_diacritics(ocr_result):
    pages, _ = ocr_result
    assert poor_quality(pages) is None
    stripped = [OcrPage(p.number, fold(p.text), p.confidence, no_diacritics_share(fold(p.text))) for p in pages]
    warning = poor_quality(stripped)
    assert warning is not None and "từ không dấu" in warning


def test_cancel_stops_and_max_pages_limits(scan):
    got, calls = [], []
    with pytest.raises(OcrCancelled):
        for page in ocr_pdf(scan, progress=lambda d, t: calls.append((d, t)), cancel=lambda: len(got) >= 1):
            got.append(page)
    assert [p.number for p in got] == [1] and calls == [(1, 2)]

    calls.clear()
    limited = list(ocr_pdf(scan, max_pages=1, progress=lambda d, t: calls.append((d, t))))
    assert [p.number for p in limited] == [1] and calls == [(1, 1)]


SCAN = Path(__file__).resolve().parent.parent / "data" / "bao-cao-chinh-tri-mau-scan.pdf"


def test_scanned_report_is_read_like_its_text_pdf(tmp_path):
    """The image-only copy of the test report: recognised page by page, then read with the same
    layout rules as a text PDF: parts, numbered sections, footnotes cut out, page numbers kept."""
    from index.loaders import read_document
    from index.parse import parse_document

    pages = []
    doc = read_document(SCAN, progress=lambda done, total: pages.append((done, total)))
    assert pages == [(i, 10) for i in range(1, 11)]
    report = parse_document(doc)
    assert report.meta["ocr"] is True and not report.meta.get("warnings")
    ids = [s.number for s in report.sections]
    assert {"Phần thứ nhất", "Phần thứ hai", "Phụ lục 1", "Phần thứ hai › II.3.(12)"} <= set(ids)
    assert not any("#" in i for i in ids)
    notes = [s for s in report.sections if s.kind == "footnote"]
    assert len(notes) == 8 and "1.236 đảng viên" in report.text
    assert not [p for p in report.text.split("\n\n") if p.strip() in {str(n) for n in range(2, 11)}]  # page numbers out
    at = report.text.find("1.236 đảng viên")
    assert report.page_at(at) == 5


def test_scanned_pages_behind_a_stamp_are_recognised(scan, tmp_path):
    """A scan that carries a small text layer (an e-signature stamp on each page) is still a scan:
    its pages are recognised, the stamp alone is not taken as the whole text."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from index.loaders import read_document

    stamp_pdf = tmp_path / "stamp.pdf"
    pdfmetrics.registerFont(TTFont("DejaVu", _font()))
    c = canvas.Canvas(str(stamp_pdf), pagesize=A4)
    c.setFont("DejaVu", 7)
    c.drawString(400, 30, "Ký bởi: Văn phòng Tỉnh ủy")
    c.save()
    stamp = PdfReader(str(stamp_pdf)).pages[0]
    writer = PdfWriter(clone_from=str(scan))
    for page in writer.pages:
        page.merge_page(stamp)
    stamped = tmp_path / "stamped.pdf"
    with stamped.open("wb") as f:
        writer.write(f)

    doc = read_document(stamped)
    text = normalise(doc.text)
    assert "12.450 đảng viên" in text and "2,15%" in text  # the recognised page text, not only the stamp
    assert doc.meta["ocr_pages"] == [1, 2] and not doc.meta.get("ocr")  # marked by page, not as a whole scan
