"""Reports as they are published: a born-digital PDF with parts, decimal numbering, wrapped
headings, running headers, page numbers, page-bottom footnotes and appendix tables
(tests/data/bao-cao-chinh-tri-mau.pdf, made by scripts/make_test_pdfs.py), a .docx with layout
tables, automatic numbering, footnotes and merged cells (scripts/make_test_docx.py), and the real
provincial .docx reports in ../shared/reports/real (skipped where that folder is absent)."""
import json
import re
from pathlib import Path

import pytest

from index.chunking import chunk_report
from index.loaders import read_document
from index.parse import parse_document
from index.tables import parse_row

DATA = Path(__file__).resolve().parents[2] / "data"
ROOT = DATA.parent.parent
PDF = DATA / "bao-cao-chinh-tri-mau.pdf"
DOCX = DATA / "bao-cao-so-cong-thuong-mau.docx"
REAL = ROOT.parent / "shared" / "reports" / "real"


@pytest.fixture(scope="module")
def pdf_report():
    return parse_document(read_document(PDF))


@pytest.fixture(scope="module")
def docx_report():
    return parse_document(read_document(DOCX))


def paragraphs(report):
    return report.text.split("\n\n")


def test_pdf_parts_scope_their_numbering(pdf_report):
    ids = [s.number for s in pdf_report.sections]
    assert not any("#" in i for i in ids)
    assert "Phần thứ nhất" in ids and "Phần thứ hai" in ids
    # roman numbering restarts under the second part and is told apart by the part
    assert "Phần thứ nhất › II.3" in ids and "Phần thứ hai › II.3" in ids
    # decimals chain to their arabic parent once: 1.1. under I.1 is I.1.1, 2.3.1. is I.2.3.1
    assert {"Phần thứ nhất › I.1.1", "Phần thứ nhất › I.2.3.1", "Phần thứ hai › III.1.3"} <= set(ids)
    sec = pdf_report.section("Phần thứ nhất › I.2.3.1")
    assert sec.parent == "Phần thứ nhất › I.2.3" and sec.title == "Công tác giảm nghèo bền vững"
    # targets (1) … (12) are items of their section
    targets = [s.number for s in pdf_report.sections if s.parent == "Phần thứ hai › II.3" and s.kind == "paren"]
    assert targets == [f"Phần thứ hai › II.3.({n})" for n in range(1, 13)]


def test_pdf_wrapped_headings_are_one_heading(pdf_report):
    first = pdf_report.section("Phần thứ nhất › I")
    assert first.title.endswith("MỞ RỘNG QUAN HỆ ĐỐI NGOẠI")
    arabic = pdf_report.section("Phần thứ nhất › I.1")
    assert arabic.title.endswith("cơ cấu kinh tế chuyển dịch đúng hướng")
    assert pdf_report.section("Phần thứ hai").title.startswith("PHƯƠNG HƯỚNG, MỤC TIÊU")
    # no heading holds the second half of another as a bullet
    assert not [s for s in pdf_report.sections if s.kind == "bullet" and s.title[:1].islower()
                and pdf_report.text[s.start:s.start + 2] in ("- ", "– ")]


def test_pdf_page_furniture_is_out_and_pages_are_kept(pdf_report):
    paras = paragraphs(pdf_report)
    assert not [p for p in paras if re.fullmatch(r"\d{1,3}", p)]  # page numbers
    assert not [p for p in paras if p.startswith("Báo cáo chính trị Đại hội XVI")]  # running header
    # a paragraph cut by a page break is one paragraph again, hard wraps joined, spaced hyphen kept
    assert any("xây dựng đời sống văn hóa" in p for p in paras)
    assert "kinh tế - xã hội" in pdf_report.text
    # a wrapped line that starts with a year is not a heading
    assert not [s for s in pdf_report.sections if s.title.startswith(("025", "2025 đạt"))]
    # every question with a page names the page that holds its answer
    labelled = [json.loads(x) for x in (ROOT / "eval" / "real" / "questions_pdf.jsonl").read_text().splitlines() if x]
    checked = 0
    for q in labelled:
        if q.get("page") and q["must"]:
            at = pdf_report.text.find(q["must"][0])
            assert at >= 0, q["must"][0]
            assert pdf_report.page_at(at) == q["page"], (q["id"], q["must"][0])
            checked += 1
    assert checked >= 6


def test_pdf_footnotes_unglued_attached_and_citable(pdf_report):
    assert "vượt chỉ tiêu Nghị quyết đề ra⁽¹⁾." in pdf_report.text  # marker no longer glued as "ra1"
    notes = {s.number: s for s in pdf_report.sections if s.kind == "footnote"}
    assert len(notes) == 8
    note = notes["Phần thứ nhất › II.3 › chú thích 7"]
    assert note.parent == "Phần thứ nhất › II.3"
    assert "1.236 đảng viên" in pdf_report.text[note.start:note.end]
    # footnotes under a bullet belong to the numbered section that holds the bullet
    assert "Phần thứ nhất › I.3 › chú thích 5" in notes
    chunks = chunk_report(pdf_report, 300)
    own = [c for c in chunks if c.section == "Phần thứ nhất › II.3 › chú thích 7"]
    assert own and "1.236" in own[0].text
    # the parent's chunks do not repeat the footnote
    assert not [c for c in chunks if c.section == "Phần thứ nhất › II.3" and "1.236" in c.text]
    # figures in markers are not figures: '⁽⁷⁾' never reads as 7
    assert not re.search(r"\d", "⁽⁷⁾")


def test_pdf_appendix_tables_read_as_rows(pdf_report):
    appx = pdf_report.section("Phụ lục 1")
    assert appx.kind == "appendix" and appx.title.startswith("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
    rows = [parse_row(p) for p in pdf_report.text[appx.start:appx.end].split("\n\n")]
    rows = [r for r in rows if r and r.cells]
    doctors = next(r for r in rows if r.label.startswith("Số bác sĩ trên một vạn dân"))
    assert ("Thực hiện 2020-2025", "11,6") in doctors.cells  # wrapped header and cell joined
    assert pdf_report.section("Phụ lục 2").title.endswith("NHIỆM KỲ 2020 - 2025")
    assert pdf_report.section("Ký tên") is not None


def test_pdf_metadata(pdf_report):
    assert pdf_report.issuer == "ĐẢNG BỘ TỈNH BÌNH AN"
    assert pdf_report.title.startswith("BÁO CÁO CHÍNH TRỊ")
    assert pdf_report.period and "THÁNG" not in pdf_report.period


def test_docx_automatic_numbering_and_duplicates(docx_report):
    ids = [s.number for s in docx_report.sections]
    assert {"III.1", "III.2", "III.3", "III.3.a", "III.3.b", "III.3.c", "III.4"} <= set(ids)
    assert "I.2.5" in ids and "I.2.5 (2)" in ids and not any("#" in i for i in ids)
    assert {"I.3.a.(2)", "II.1"} <= set(ids)


def test_docx_footnotes_tables_and_metadata(docx_report):
    notes = [s.number for s in docx_report.sections if s.kind == "footnote"]
    assert "I.3.a.(2) › chú thích 5" in notes and len(notes) == 5
    assert "45.500.000" in docx_report.text
    assert "1.2.450 tấn" in docx_report.text  # a malformed number is kept as written
    table = docx_report.section("I.3.b")
    rows = [parse_row(p) for p in docx_report.text[table.start:table.end].split("\n\n")]
    cells = {(r.label, h): v for r in rows if r for h, v in r.cells}
    assert any(h == "Số cơ sở – Đã kiểm tra" and v == "1.245" for (_, h), v in cells.items())
    total = next(r for r in rows if r and r.label.startswith("Tổng cộng"))
    assert "›" not in total.label  # a total belongs to no group
    m = docx_report.meta
    assert m["number"] == "125/BC-SCT" and m["date"] == "ngày 15 tháng 7 năm 2026"
    assert m["signer"] == "Nguyễn Văn Bình" and m["signer_title"].startswith("KT. GIÁM ĐỐC")
    assert "SỞ CÔNG THƯƠNG" in docx_report.issuer
    assert docx_report.period == "6 tháng đầu năm 2026"
    assert not re.search(r"^\t", docx_report.text, re.M)


def _labelled(label: Path):
    data = json.loads(label.read_text(encoding="utf-8"))
    path = ROOT / data["file"] if "/" in data["file"] else REAL / data["file"]
    return pytest.param(data, path, id=label.stem,
                        marks=pytest.mark.skipif(not path.exists(), reason=f"{path} is not on this machine"))


@pytest.mark.parametrize("data,path", [_labelled(p) for p in sorted((ROOT / "eval" / "real" / "outlines").glob("*.json"))])
def test_outline_matches_the_hand_written_one(data, path):
    from scripts.evaluate import outline_scores

    report = parse_document(read_document(path))
    scores = outline_scores(report, data["outline"])
    assert scores["f1"] >= 0.95, (scores["extra"], scores["missing"])
    assert not any("#" in s.number for s in report.sections)


def test_pdf_header_and_signature_blocks_are_read_column_by_column():
    # a ward report whose header (body | motto) and end ('Nơi nhận' | signature) sit side by side
    report = parse_document(read_document(Path(__file__).resolve().parents[2] / "data"
                                          / "ubnd-phuong-an-binh-9-thang-2026.pdf"))
    assert report.issuer == "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH"  # one name over two lines
    assert report.text.startswith("ỦY BAN NHÂN DÂN\n\nPHƯỜNG AN BÌNH\n\nSố: 215/BC-UBND\n\nCỘNG HÒA")
    sig = report.section("Ký tên")
    assert report.text[sig.start:sig.end] == "TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nNguyễn Đức Minh"
    recipients = report.section("Nơi nhận")
    assert "- Lưu: VT, VP." in report.text[recipients.start:recipients.end]
    assert report.period == "9 tháng đầu năm 2026"
