"""Raw document -> Report: normalised text, section tree, footnotes placed after the paragraph
that references them, pages, and metadata (title, period, issuer, number, date, signer)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .loaders import RawDocument
from .models import Report, is_signature
from .sections import build_tree, layout
from .footnotes import MARKER, marker, number
from .textnorm import fold, normalize_unicode, paragraphs

_PERIOD = re.compile(
    r"(?<!đến )(?<!tới )((?:\d+|sáu|chín|ba)\s+tháng\s+(?:(?:đầu|cuối)\s+)?năm|quý\s+(?:[IV]+|\d)(?:\s+năm)?"
    r"|nhiệm\s+kỳ|giai\s+đoạn|năm\s+học|tháng\s+\d{1,2}(?:\s+năm)?|năm)(\s+\d{4}(?:\s*[-–]\s*\d{4})?)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_MOTTOS = ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")
_DATE_LINE = re.compile(r"ngày\s+(?:\d{1,2}|…+|\.+)?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def report_id(name: str) -> str:
    """Stable slug of the file name: 'Báo cáo 6 tháng.md' -> 'bao-cao-6-thang'."""
    stem = Path(name).stem
    slug = re.sub(r"[^a-z0-9]+", "-", fold(stem)).strip("-")
    return slug[:80] or "bao-cao"


# Bump when parsing or chunking changes: stored reports then count as changed and are rebuilt.
PARSER_VERSION = 24  # 24: a header line opening with "VÀ" continues the issuer's name; 23: an item number after a colon is no figure whatever its case; 22: an item number "(1) Tuyến …" after a colon is no figure; 21: a subtitle line opening with its period goes on the title; 20: a table row numbered "I" holding only its name is a group, "Trong đó:" a group within it; "I/ ", "1- " need the space; 19: "I/", "1/", "1-" number headings; 18: "K/T", "T/L" open a signature; "Số 312-BC/BTCTU" is the number; 17: markdown footnotes, pipe-table headers and signatures, pandoc escapes and italic headings; "tháng 10 và 10 tháng năm 2026" is "tháng 10 năm 2026"; 16: the parts of a document are of one rank; 15: a data table whose row starts "Số …/…" is no header table; 14: a school year ('năm học 2025 - 2026') is a report's period


def content_hash(text: str) -> str:
    return hashlib.sha256(f"parser-{PARSER_VERSION}\n{text}".encode("utf-8")).hexdigest()


def find_period(title: str) -> str | None:
    """'… 6 tháng đầu năm, nhiệm vụ … 6 tháng cuối năm 2021' -> '6 tháng đầu năm 2021';
    '… nhiệm kỳ 2020 - 2025' -> 'nhiệm kỳ 2020-2025'. 'đến năm 2030' is a horizon, not a period."""
    year = _YEAR.search(title)
    for m in _PERIOD.finditer(title):
        phrase = " ".join(w.upper() if re.fullmatch(r"[IVXivx]+", w) else w.lower() for w in m.group(1).split())
        y = re.sub(r"\s*[-–]\s*", "-", (m.group(2) or "").strip())
        if phrase in ("năm", "nhiệm kỳ", "giai đoạn", "năm học") and not y:
            continue
        if not y and year:
            y = year.group(0)  # 'tháng 10 và 10 tháng năm 2026': the year written once, at the end
        if phrase.startswith("tháng") and "năm" not in phrase and y:
            phrase += " năm"  # "THÁNG 9 2025" -> "tháng 9 năm 2025"
        return f"{phrase} {y}".strip() if y else phrase
    return None


def place_footnotes(paras: list[str], footnotes: dict[str, str]) -> list[str]:
    """Each footnote as its own paragraph ('⁽⁶⁾ text') right after the first paragraph that
    references it, so it belongs to that paragraph's section; unreferenced ones at the end."""
    if not footnotes:
        return paras
    out: list[str] = []
    placed: set[str] = set()
    for p in paras:
        out.append(p)
        for m in MARKER.finditer(p):
            n = number(m.group(1))
            if n in footnotes and n not in placed and not p.startswith(m.group(0)):
                placed.add(n)
                out.append(f"{marker(n)} {normalize_unicode(footnotes[n])}")
    out.extend(f"{marker(n)} {normalize_unicode(t)}" for n, t in footnotes.items() if n not in placed)
    return out


def locate_pages(text: str, pages: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Where each page starts in the normalised text, found by the page's first words in order."""
    out: list[tuple[int, int]] = []
    pos = 0
    for number, first in pages:
        probe = re.sub(r"\s+", " ", normalize_unicode(first)).strip()[:40]
        at = text.find(probe, pos) if probe else -1
        if at < 0 and probe:
            at = text.find(probe[:15], pos)
        if at < 0 and out:
            continue  # not found: the page before runs on rather than a guessed start
        pos = max(at, 0) if out else 0
        out.append((pos, number))
    return out


_PLACE_WORD = r"\b(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)\b"
_PLACE_LINE = re.compile(rf"^{_PLACE_WORD}(?!\s+ỦY\b)")  # 'PHƯỜNG AN BÌNH', not 'HUYỆN ỦY SÔNG THAO'
# what a body's name opens with ('SỞ …', 'BAN …', 'ĐẢNG ỦY …'): a header line that opens otherwise and
# holds a word or two goes on the name above it
_BODY_START = re.compile(r"^(?:ĐẢNG|CHI BỘ|BAN|SỞ|PHÒNG|CỤC|CHI CỤC|TỔNG CỤC|VỤ|BỘ|UBND|ỦY BAN|UỶ BAN|HĐND|HỘI|"
                         r"TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|TÒA|VIỆN|THANH TRA|CÔNG AN|BẢO HIỂM|KHO BẠC|"
                         r"NGÂN HÀNG|TRƯỜNG|TRUNG TÂM|LIÊN ĐOÀN|ĐOÀN|MẶT TRẬN|VĂN PHÒNG|TỔ|CÔNG TY|BỆNH VIỆN|CỤM)\b")


def _issuer(header: list[str]) -> str | None:
    """The issuing body: the capitalised lines that open the header, before the motto, number and
    date. A body written over two lines ('ỦY BAN NHÂN DÂN' / 'PHƯỜNG AN BÌNH') is one name; a body
    under its superior ('UBND TỈNH LÀO CAI' / 'SỞ CÔNG THƯƠNG') is named with it."""
    lines = []
    for h in header:
        h = h.strip()
        # ('ỦY BAN MTTQ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM': the two columns of a header read as one
        # line: the motto is not the body's name)
        for motto in _MOTTOS:
            if h.upper() != motto and h.upper().endswith(" " + motto):
                h = h[:-len(motto)].strip()
        if not h or h.upper() in _MOTTOS or h.startswith("Số") or _DATE_LINE.search(h):
            if lines:
                break
            continue
        if lines and (h != h.upper() or not re.search(r"[^\W\d_]", h)):
            break  # '*', a dash, a line in lower case: the name has ended
        if lines and re.match(r"(?:VÀ|&)\s", h):
            lines[-1] += " " + h  # 'SỞ LAO ĐỘNG - THƯƠNG BINH' / 'VÀ XÃ HỘI': one name wrapped
            continue
        if lines and len(h.split()) <= 2 and not _PLACE_LINE.match(h) and not _BODY_START.match(h):
            lines[-1] += " " + h  # 'ĐẢNG BỘ HUYỆN KIM BẢNG' / 'ĐÔNG': a name's last words wrapped
            continue
        if len(lines) == 2 and _PLACE_LINE.match(h) and not re.search(_PLACE_WORD, lines[-1]):
            lines[-1] += " " + h  # 'HỘI CCB VIỆT NAM' / 'HỘI CỰU CHIẾN BINH' / 'TỈNH NAM LẠC': the body's place
            continue
        if len(lines) == 2:
            break
        lines.append(h)
    if not lines:
        return None
    if len(lines) == 2:
        joiner = " " if _PLACE_LINE.match(lines[1]) and not re.search(_PLACE_WORD, lines[0]) else " – "
        return lines[0] + joiner + lines[1]
    return lines[0]


def parse_document(doc: RawDocument, report_id_: str | None = None) -> Report:
    paras = place_footnotes(paragraphs(doc.text, soft_wrapped=doc.soft_wrapped), doc.footnotes)
    text, laid = layout(paras)
    sections = build_tree(laid, len(text))
    title_sec = next((s for s in sections if s.kind == "title"), None)
    title = title_sec.title if title_sec else (paras[0] if paras and len(paras[0]) <= 200 else Path(doc.name).stem)
    meta = dict(doc.meta)
    issuer = meta.pop("issuer", None)
    if issuer and " / " in issuer:  # the lines of a header table's cell, read the same way as a text header
        issuer = _issuer(issuer.split(" / ")) or issuer
    if issuer is None and title_sec:
        header = text[title_sec.start:title_sec.body_start].split("\n\n")
        issuer = _issuer(header)
    if issuer is None:
        sig = next((s for s in sections if is_signature(s.kind)), None)
        if sig:
            first_line = text[sig.start:sig.end].split("\n\n")[0]
            m = re.match(r"^(?:T/M|TM\.|THAY MẶT)\s*(.+)$", first_line, re.IGNORECASE)
            issuer = m.group(1).strip() if m else None
    period = find_period(title)
    if period is None:
        dated = _DATE_LINE.search(meta.get("date", "") or text[:600])  # the header's date, not one cited in the body
        period = f"tháng {int(dated.group(1))} năm {dated.group(2)}" if dated else find_period(text[:600])
        if period is not None:
            meta["period_from"] = "date"  # the issue date, not what the report covers
    return Report(
        id=report_id_ or report_id(doc.name),
        title=title,
        period=period,
        issuer=issuer,
        source_name=doc.name,
        content_hash=content_hash(text),
        text=text,
        sections=sections,
        meta={k: v for k, v in meta.items() if v not in (None, "", [])},
        pages=locate_pages(text, doc.pages),
    )
