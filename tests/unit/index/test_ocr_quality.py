"""index.ocr without Tesseract: the quality warning, the TSV layout, the missing-Tesseract message."""
import unicodedata

import pytest

from index import ocr
from index.ocr import OcrPage, OcrUnavailable, no_diacritics_share, poor_quality
from index.textnorm import fold, paragraphs
from tests.conftest import H1

PROSE = ("Sáu tháng đầu năm 2021, Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy tiếp tục quan tâm "
         "lãnh đạo, chỉ đạo triển khai tích cực, hiệu quả các mặt công tác; tổ chức thành công cuộc bầu cử "
         "đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.")


def page(text: str, confidence: float = 95.0, number: int = 1) -> OcrPage:
    return OcrPage(number=number, text=text, confidence=confidence, no_diacritics=no_diacritics_share(text))


def test_no_diacritics_share():
    assert no_diacritics_share("") == 0.0
    assert no_diacritics_share("HĐND XV TW 2021") == 0.0  # acronyms, Roman numerals, figures: not counted
    assert no_diacritics_share("Đồng Nai có ban") == 0.5  # "Đ" counts as a diacritic
    assert no_diacritics_share(fold(PROSE)) == 1.0
    assert no_diacritics_share(PROSE) < 0.2
    # The sample report: about one word in nine has no diacritic.
    text = "\n".join(paragraphs(H1.read_text(encoding="utf-8")))
    assert 0.05 < no_diacritics_share(text) < 0.2


def test_poor_quality_on_plain_strings():
    assert poor_quality([page(PROSE), page(PROSE, number=2)]) is None
    warning = poor_quality([page(fold(PROSE)), page(PROSE, number=2)])
    assert warning is not None and "từ không dấu" in warning and "kiểm tra bản quét" in warning
    assert "55%" in warning  # half the words have no diacritic, plus the 10 % that never have one
    low = poor_quality([page(PROSE, confidence=35.0)])
    assert low is not None and "độ tin cậy" in low
    assert "không nhận dạng được chữ nào" in poor_quality([page(""), page("  \n", number=2)])
    assert poor_quality([page("ket qua cong tac")]) is None  # too few words to judge


def test_tsv_layout_lines_paragraphs_nfc():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        (1, 1, 1, 1, 10, "BÁO"), (1, 1, 1, 2, 10, "CÁO"),
        (1, 2, 1, 1, 60, unicodedata.normalize("NFD", "kết")), (1, 2, 1, 2, 60, "quả"),
        (1, 2, 2, 1, 100, "công"), (1, 2, 2, 2, 100, "tác"),
        (2, 1, 1, 1, 200, "Đảng"),
    ]
    tsv = "\n".join([header, "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t"]
                    + [f"5\t1\t{b}\t{p}\t{ln}\t{w}\t10\t{top}\t50\t40\t90\t{t}" for b, p, ln, w, top, t in rows]
                    + ["4\t1\t2\t1\t1\t0\t0\t200\t50\t40\t-1\t", "5\t1\t2\t1\t1\t2\t0\t200\t5\t5\t95\t "])
    words = ocr._parse_tsv(tsv)
    text, confidence = ocr._layout(words)
    assert text == "BÁO CÁO\n\nkết quả\ncông tác\n\nĐảng"
    assert unicodedata.is_normalized("NFC", text)
    assert confidence == 90.0
    words[-1].confidence = 20.0  # a stamp read as a line of letters
    assert ocr._layout(ocr._confident_lines(words))[0] == "BÁO CÁO\n\nkết quả\ncông tác"


def test_missing_tesseract_is_explained(monkeypatch, tmp_path):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    reason = ocr.ocr_problem.__wrapped__()
    assert reason is not None and "apt-get install tesseract-ocr tesseract-ocr-vie" in reason
    assert "cần cài Tesseract và gói tiếng Việt" in str(OcrUnavailable())

    monkeypatch.setattr(ocr, "ocr_problem", lambda: reason)
    with pytest.raises(OcrUnavailable, match="tesseract-ocr-vie"):
        next(ocr.ocr_pdf(tmp_path / "scan.pdf"))
