"""Raw document -> Report: normalised text, section tree and metadata."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .loaders import RawDocument
from .models import Report
from .sections import build_tree, layout
from .textnorm import fold, paragraphs

_PERIOD = re.compile(
    r"((?:\d+|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm|quý\s+(?:[IV]+|\d)(?:\s+năm)?|tháng\s+\d{1,2}(?:\s+năm)?|năm)(\s+\d{4})?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_MOTTOS = ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")


def report_id(name: str) -> str:
    """Stable slug of the file name: 'Báo cáo 6 tháng.md' -> 'bao-cao-6-thang'."""
    stem = Path(name).stem
    slug = re.sub(r"[^a-z0-9]+", "-", fold(stem)).strip("-")
    return slug[:80] or "bao-cao"


# Bump when parsing or chunking changes: stored reports then count as changed and are rebuilt.
PARSER_VERSION = 10


def content_hash(text: str) -> str:
    return hashlib.sha256(f"parser-{PARSER_VERSION}\n{text}".encode("utf-8")).hexdigest()


def find_period(title: str) -> str | None:
    """'… 6 tháng đầu năm, nhiệm vụ … 6 tháng cuối năm 2021' -> '6 tháng đầu năm 2021'."""
    year = _YEAR.search(title)
    for m in _PERIOD.finditer(title):
        phrase, y = m.group(1), (m.group(2) or "").strip()
        if phrase.lower() == "năm" and not y:
            continue
        if not y and year:
            y = year.group(0)
        return f"{phrase} {y}".strip() if y else phrase
    return None


def parse_document(doc: RawDocument, report_id_: str | None = None) -> Report:
    paras = paragraphs(doc.text, soft_wrapped=doc.soft_wrapped)
    text, laid = layout(paras)
    sections = build_tree(laid, len(text))
    title_sec = next((s for s in sections if s.kind == "title"), None)
    title = title_sec.title if title_sec else (paras[0] if paras and len(paras[0]) <= 200 else Path(doc.name).stem)
    issuer = None
    if title_sec:
        header = text[title_sec.start:title_sec.body_start].split("\n\n")
        issuer = next((h for h in header if h and h.upper() not in _MOTTOS and not h.startswith("Số")), None)
    if issuer is None:
        sig = next((s for s in sections if s.kind == "signature"), None)
        if sig:
            first_line = text[sig.start:sig.end].split("\n\n")[0]
            m = re.match(r"^(?:T/M|TM\.|THAY MẶT)\s*(.+)$", first_line, re.IGNORECASE)
            issuer = m.group(1).strip() if m else None
    period = find_period(title) or find_period(text[:600])
    return Report(
        id=report_id_ or report_id(doc.name),
        title=title,
        period=period,
        issuer=issuer,
        source_name=doc.name,
        content_hash=content_hash(text),
        text=text,
        sections=sections,
    )
