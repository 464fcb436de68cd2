"""Read a report file (.md, .txt, .docx, .pdf) into raw text, with a clear reason when we cannot."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from .textnorm import DecodeError, decode_bytes

SUPPORTED = (".md", ".markdown", ".txt", ".docx", ".pdf")


class ReportReadError(Exception):
    """A report that cannot be read; the message is in Vietnamese and names the reason."""


@dataclass
class RawDocument:
    name: str
    text: str
    soft_wrapped: bool  # PDF text: one newline per visual line


def read_document(path: Path, max_bytes: int | None = None) -> RawDocument:
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
        text, soft = _read_docx(path), False
    elif suffix == ".pdf":
        text, soft = _read_pdf(path), True
    else:
        try:
            text, soft = decode_bytes(path.read_bytes()), False
        except DecodeError as exc:
            raise ReportReadError(str(exc)) from exc
    if not text.strip():
        raise ReportReadError("tệp không có nội dung văn bản (chỉ có khoảng trắng)")
    return RawDocument(name=path.name, text=text, soft_wrapped=soft)


def _read_docx(path: Path) -> str:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReportReadError("tệp .docx bị hỏng hoặc không phải tài liệu Word") from exc
    blocks: list[str] = []
    body = document.element.body
    # Walk paragraphs and tables in document order (document.paragraphs skips tables).
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iter():
                        if cell.tag.endswith("}tc"):
                            cells.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                                  for p in cell.iter() if p.tag.endswith("}p")).strip())
                    blocks.append(" | ".join(c for c in cells if c))
    return "\n\n".join(blocks)


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                ok = 0
            if not ok:
                raise ReportReadError("tệp PDF được mã hóa bằng mật khẩu; hãy gỡ mật khẩu rồi tải lại")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReportReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReportReadError("tệp PDF bị hỏng, không đọc được") from exc
    text = "\n\n".join(pages)
    if len(text.strip()) < 20:
        raise ReportReadError("tệp PDF không có lớp văn bản (có lẽ là bản quét); hãy nhận dạng chữ (OCR) trước khi tải lên")
    return text
