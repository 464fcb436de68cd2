"""Section references in the forms docs/SECTION_IDS.md promises, on the test PDF (parts, decimals,
footnotes, appendices), the test .docx (a number used twice) and a sample whose parts are its roman level."""
from pathlib import Path

import pytest

from assistant.resolver import reference, resolve
from index.loaders import read_document
from index.parse import parse_document

DATA = Path(__file__).resolve().parents[2] / "data"
SAMPLES = DATA.parent.parent / "samples"


@pytest.fixture(scope="module")
def reports():
    return {
        "pdf": parse_document(read_document(DATA / "bao-cao-chinh-tri-mau.pdf")),
        "docx": parse_document(read_document(DATA / "bao-cao-so-cong-thuong-mau.docx")),
        "year": parse_document(read_document(SAMPLES / "bao-cao-nam-2021.md")),
    }


@pytest.mark.parametrize("question,report,expected,ambiguous", [
    ("Tóm tắt mục 1.1 phần thứ nhất", "pdf", ["Phần thứ nhất › I.1.1"], False),
    ("tom tat phan thu hai muc III", "pdf", ["Phần thứ hai › III"], False),
    ("Tóm tắt mục II.3 phần thứ hai", "pdf", ["Phần thứ hai › II.3"], False),
    ("Phụ lục 2 có gì?", "pdf", ["Phụ lục 2"], False),
    ("chú thích 7", "pdf", ["Phần thứ nhất › II.3 › chú thích 7"], False),
    ("Phần thứ nhất › I.2.3.1", "pdf", ["Phần thứ nhất › I.2.3.1"], False),
    ("Tóm tắt mục III.4 phần thứ nhất", "docx", [], False),  # no parts there: its roman I is part I
    ("mục 2.5", "docx", ["I.2.5", "I.2.5 (2)"], True),  # a number used twice: ask which
    ("tóm tắt mục I.3.a", "docx", ["I.3.a"], False),
    ("Tóm tắt mục 3 phần I", "year", ["I.3"], False),  # 'PHẦN I' with arabic items is the roman level
    ("phần II mục 4", "year", ["II.4"], False),
])
def test_references(reports, question, report, expected, ambiguous):
    matches, amb = resolve(question, [reports[report]])
    assert [m.section.number for m in matches] == expected
    assert amb == ambiguous


def test_words_that_fold_like_muc_are_not_references():
    assert reference("Tỷ lệ đạt mức 95% kế hoạch").local is None
    assert reference("tóm tắt mục I.1.a").local == "I.1.a"
