"""Bounded cost of one file (#14): limits on text, paragraphs, sections, chunks and PDF content
streams, checked as soon as each is known, each with a Vietnamese reason; and names made safe
to show (no bidi overrides or control characters)."""
from __future__ import annotations

import re
import unicodedata

from .loaders import ReportReadError


def _n(x: int) -> str:
    return f"{x:,}".replace(",", ".")


def check_text(text: str, settings) -> None:
    """After decoding, before any parsing: a 40 MB one-line file stops here."""
    if len(text) > settings.max_chars:
        raise ReportReadError(f"tài liệu quá dài ({_n(len(text))} ký tự, giới hạn {_n(settings.max_chars)} ký tự)")
    paragraphs = text.count("\n") + 1
    if paragraphs > settings.max_paragraphs:
        raise ReportReadError(f"tài liệu có quá nhiều đoạn ({_n(paragraphs)} dòng, giới hạn {_n(settings.max_paragraphs)})")


def check_sections(n: int, settings) -> None:
    if n > settings.max_sections:
        raise ReportReadError(f"tài liệu có quá nhiều mục ({_n(n)}, giới hạn {_n(settings.max_sections)})")


def check_chunks(n: int, settings) -> None:
    if n > settings.max_chunks:
        raise ReportReadError(f"tài liệu quá dài: {_n(n)} đoạn chỉ mục (giới hạn {_n(settings.max_chunks)})")


def check_pdf_streams(path, max_bytes: int = 200_000_000) -> None:
    """Bytes of page content the layout reader would parse: each page parses its content streams,
    so pages that share one huge stream cost pages × stream. Each distinct stream is decoded once
    (pypdf bounds what one stream may inflate to) and counted for every page that draws it."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, IndirectObject

    total = 0
    sizes: dict[int, int] = {}
    reader = PdfReader(str(path))
    for page in reader.pages:
        contents = page.get("/Contents")
        if contents is None:
            continue
        refs = contents.get_object() if isinstance(contents.get_object(), ArrayObject) else [contents]
        for ref in refs:
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if key not in sizes:
                obj = ref.get_object()
                sizes[key] = len(obj.get_data()) if hasattr(obj, "get_data") else 0
            total += sizes[key]
        if total > max_bytes:
            raise ReportReadError(f"tệp PDF có nội dung trang quá lớn (hơn {_n(max_bytes // 1_000_000)} MB lệnh vẽ); "
                                  "không lập chỉ mục")


# Bidi overrides/isolates, zero-width and other format (Cf) or control (Cc) characters: they can make
# "gpj.exe" show as "exe.jpg" or hide text in a name shown to the user.
def safe_name(name: str, limit: int = 120) -> str:
    cleaned = "".join(ch for ch in unicodedata.normalize("NFC", name)
                      if unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs") or ch in "\t")
    cleaned = re.sub(r"\s+", " ", cleaned).strip() or "(không tên)"
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
