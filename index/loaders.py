"""Read a report file (.md, .txt, .docx, .pdf) into raw text, with a clear reason when we cannot."""
from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .textnorm import DecodeError, decode_bytes

log = logging.getLogger(__name__)

SUPPORTED = (".md", ".markdown", ".txt", ".docx", ".pdf")


class ReportReadError(Exception):
    """A report that cannot be read; the message is in Vietnamese and names the reason."""


@dataclass
class RawDocument:
    name: str
    text: str
    soft_wrapped: bool  # OCR text: one newline per visual line
    footnotes: dict[str, str] = field(default_factory=dict)  # number -> text; markers '⁽⁶⁾' in `text`
    meta: dict = field(default_factory=dict)  # issuer, number, place, date, signer, signer_title, ocr, warnings
    pages: list[tuple[int, str]] = field(default_factory=list)  # (page number, the page's first words)


def read_document(path: Path, max_bytes: int | None = None, progress=None) -> RawDocument:
    """`progress(done, total)` is called page by page while a scan is recognised (OCR)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ReportReadError(f"định dạng {suffix or '(không có đuôi)'} không được hỗ trợ (chỉ nhận .md, .txt, .docx, .pdf)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReportReadError(f"không mở được tệp: {exc.strerror or exc}") from exc
    if size == 0:
        raise ReportReadError("tệp rỗng")
    if max_bytes is not None and size > max_bytes:
        raise ReportReadError(f"tệp quá lớn ({size / 1e6:.1f} MB, giới hạn {max_bytes / 1e6:g} MB)")
    if suffix == ".docx":
        return _read_docx(path)
    if suffix == ".pdf":
        return _read_pdf(path, progress)
    try:
        text = decode_bytes(path.read_bytes())
    except DecodeError as exc:
        raise ReportReadError(str(exc)) from exc
    if not text.strip():
        raise ReportReadError("tệp không có nội dung văn bản (chỉ có khoảng trắng)")
    from .md_notes import split_notes
    from .md_tables import tables_as_rows

    text, notes = split_notes(text)
    meta: dict = {}
    text = tables_as_rows(text, meta)
    return RawDocument(name=path.name, text=text, soft_wrapped=False, footnotes=notes, meta=meta)


def _read_docx(path: Path) -> RawDocument:
    from lxml.etree import XMLSyntaxError

    from .docx_reader import DocxLimitError, read_docx

    try:
        content = read_docx(path)
    except DocxLimitError as exc:
        raise ReportReadError(str(exc)) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError, OSError) as exc:
        raise ReportReadError("tệp .docx bị hỏng hoặc không phải tài liệu Word") from exc
    text = "\n".join(content.paragraphs)
    if not text.strip():
        raise ReportReadError("tệp không có nội dung văn bản (chỉ có khoảng trắng)")
    return RawDocument(name=path.name, text=text, soft_wrapped=False, footnotes=content.footnotes, meta=content.meta)


def _read_pdf(path: Path, progress=None) -> RawDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from .pdf_reader import PdfLimitError, read_pdf

    try:  # pypdf answers "is it encrypted" cheaply and clearly; pdfplumber reads the layout
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                ok = 0
            if not ok:
                raise ReportReadError("tệp PDF được mã hóa bằng mật khẩu; hãy gỡ mật khẩu rồi tải lại")
        content = read_pdf(path, recognise=_recogniser(path, progress))
    except ReportReadError:
        raise
    except PdfLimitError as exc:
        raise ReportReadError(str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - pdfminer and pypdf raise many kinds on a broken file
        raise ReportReadError("tệp PDF bị hỏng, không đọc được") from exc
    if content.text_chars < 20:
        return _ocr_pdf(path, progress)
    meta: dict = {}
    if content.ocr_pages:  # some pages were scans: their text (only theirs) is marked as recognised
        meta = {"ocr_pages": content.ocr_pages}
        if content.ocr_warning:
            meta["warnings"] = [content.ocr_warning]
    return RawDocument(name=path.name, text="\n".join(content.paragraphs), soft_wrapped=False,
                       footnotes=content.footnotes, pages=content.pages, meta=meta)


def _recogniser(path: Path, progress=None):
    """OCR of the scanned pages of a PDF with a text layer, when Tesseract is here (else those pages
    keep their few typed words: the rest of the file is still indexed)."""
    from . import ocr
    from .pdf_reader import page_from_words

    if ocr.ocr_problem() is not None:
        return None

    def recognise(indices: set[int]) -> tuple[dict[int, dict], str | None]:
        out, pages = {}, []
        try:
            for page in ocr.ocr_pdf(path, progress=progress, only=indices):
                out[page.number - 1] = page_from_words(page.words, page.number - 1, page.width, page.height)
                page.words = []
                pages.append(page)
        except (ocr.OcrError, ocr.OcrUnavailable) as exc:
            # the typed pages still go in; the scanned ones keep their few typed words
            log.warning("OCR of the scanned pages of %s failed: %s", path.name, exc)
        return out, ocr.poor_quality(pages) if pages else None

    return recognise


def _ocr_pdf(path: Path, progress=None) -> RawDocument:
    """A PDF without a text layer (a scan): Tesseract's Vietnamese model page by page, its words
    read with the same layout rules as a text PDF (page numbers, running headers, footnotes)."""
    from . import ocr
    from .pdf_reader import assemble, page_from_words

    problem = ocr.ocr_problem()
    if problem is not None:
        raise ReportReadError(f"tệp PDF không có lớp văn bản (bản quét) và không nhận dạng chữ (OCR) được: {problem}")
    pages, raw_pages = [], []
    try:
        for page in ocr.ocr_pdf(path, progress=progress):
            raw_pages.append(page_from_words(page.words, page.number - 1, page.width, page.height))
            page.words = []  # keep only the lines: memory stays bounded on a long scan
            pages.append(page)
    except ocr.OcrUnavailable as exc:
        raise ReportReadError(f"tệp PDF là bản quét nhưng không nhận dạng chữ (OCR) được: {exc}") from exc
    except ocr.OcrError as exc:
        raise ReportReadError(str(exc)) from exc
    content = assemble(raw_pages)
    if content.text_chars < 20:
        raise ReportReadError("tệp PDF là bản quét nhưng nhận dạng chữ (OCR) không đọc được chữ nào; hãy kiểm tra bản quét")
    meta: dict = {"ocr": True}
    warning = ocr.poor_quality(pages)
    if warning:
        meta["warnings"] = [warning]
    return RawDocument(name=path.name, text="\n".join(content.paragraphs), soft_wrapped=False,
                       footnotes=content.footnotes, meta=meta, pages=content.pages)
