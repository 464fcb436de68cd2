"""A born-digital PDF report read as a person reads it: body paragraphs (hard wraps and
hyphenation joined, a paragraph cut by a page break re-joined), without page numbers, running
headers and footers; page-bottom footnotes cut out and their markers unglued ('văn bản1' ->
'văn bản⁽¹⁾'); ruled tables as rows; and the page each paragraph starts on.

pdfplumber (on pdfminer.six) is used because it gives every word with its position, font size and
font name — what tells a superscript marker, a footnote, a page number or a heading from body
text; pypdf's plain text loses all of that. The layout rules are ours: no library knows the
layout of Vietnamese administrative documents."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .footnotes import marker, superscript
from .sections import classify
from .tables import table_lines
from .textnorm import fold

_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:(?:Trang|trang|Page)\s+)?(\d{1,4})(?:\s*[-–—])?(?:\s*/\s*\d{1,4})?$")
_SENTENCE_END = (".", "!", "?", ":", ";", "…", "”", '"', ")", "./.")


class PdfLimitError(ValueError):
    """A PDF beyond the reader's limits."""


@dataclass
class Line:
    words: list[dict]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float  # the line's main font size
    bold: bool
    text: str = ""


@dataclass
class PdfContent:
    paragraphs: list[str]
    footnotes: dict[str, str] = field(default_factory=dict)
    pages: list[tuple[int, str]] = field(default_factory=list)  # (page number, first words)
    text_chars: int = 0  # characters in the text layer (0: a scan)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR (scans among typed pages)
    ocr_warning: str | None = None  # poor recognition of those pages


def _lines(words: list[dict]) -> list[Line]:
    """Words grouped into visual lines by baseline; a smaller word raised inside a line's box
    (a superscript footnote marker) joins that line."""
    words = sorted(words, key=lambda w: (w["bottom"], w["x0"]))
    lines: list[Line] = []
    for w in words:
        for line in reversed(lines[-3:]):
            if abs(w["bottom"] - line.bottom) <= max(1.5, 0.2 * w["size"]):
                line.words.append(w)
                line.top, line.bottom = min(line.top, w["top"]), max(line.bottom, w["bottom"])
                break
        else:
            lines.append(Line([w], w["top"], w["bottom"], 0, 0, w["size"], False))
    # Superscripts: a line of small words lying within the vertical span of a bigger line.
    merged: list[Line] = []
    for line in lines:
        size = max(w["size"] for w in line.words)
        host = next((m for m in merged[-3:] if size < 0.85 * m.size and line.top >= m.top - 0.5 * m.size
                     and line.bottom < m.bottom and line.bottom > m.top), None)
        if host is None:
            host = next((m for m in merged[-3:] if m.size < 0.85 * size and m.top >= line.top - 0.5 * size
                         and m.bottom < line.bottom and m.bottom > line.top), None)
            if host is not None:  # the superscript came first: the bigger line hosts it
                merged.remove(host)
                line.words.extend(host.words)
                host = None
        if host is not None:
            host.words.extend(line.words)
            continue
        line.size = Counter(round(w["size"], 1) for w in line.words).most_common(1)[0][0]
        merged.append(line)
    for line in merged:
        line.words.sort(key=lambda w: w["x0"])
        line.size = Counter(round(w["size"], 1) for w in line.words for _ in w["text"]).most_common(1)[0][0]
        line.x0, line.x1 = line.words[0]["x0"], max(w["x1"] for w in line.words)
        line.top = min(w["top"] for w in line.words if round(w["size"], 1) == line.size)
        line.bottom = max(w["bottom"] for w in line.words if round(w["size"], 1) == line.size)
        bold = sum(len(w["text"]) for w in line.words if "bold" in w.get("fontname", "").lower())
        line.bold = bold > 0.6 * sum(len(w["text"]) for w in line.words)
    merged.sort(key=lambda ln: ln.top)
    return [part for line in merged for part in _split_columns(line)]


def _split_columns(line: Line) -> list[Line]:
    """Two blocks side by side on one baseline (issuing body left, motto right) are two lines."""
    parts: list[list[dict]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:]):
        if w["x0"] - prev["x1"] > 2.2 * line.size:
            parts.append([])
        parts[-1].append(w)
    if len(parts) == 1:
        return [line]
    return [Line(ws, line.top, line.bottom, ws[0]["x0"], max(w["x1"] for w in ws), line.size, line.bold) for ws in parts]


def _columns_in_order(lines: list[Line], width: float) -> list[Line]:
    """The header and signature blocks of an administrative document are two columns side by side
    (issuing body | national motto; 'Nơi nhận' | signature): read line by line they interleave
    ('ỦY BAN NHÂN DÂN', 'CỘNG HÒA …', 'PHƯỜNG AN BÌNH', …). A band that starts with a row split in two
    at the page's middle, and goes on over rows that keep to one side or the other, is read as its
    left column, then its right one."""
    mid = width / 2
    out: list[Line] = []
    i = 0
    while i < len(lines):
        row = [ln for ln in lines[i:i + 2] if abs(ln.top - lines[i].top) < 0.5 * ln.size]
        # one block from the left margin, the other reaching the right half ('CỘNG HÒA …' centred there)
        if len(row) != 2 or not (row[0].x0 < 0.35 * width and row[0].x1 < 0.6 * width and row[1].x1 > 0.65 * width
                                 and row[1].x0 > mid - 0.15 * width):
            out.append(lines[i])
            i += 1
            continue
        right = row[1].x0  # where the right column starts (its lines are centred: some start further in)
        band, side, j = [], [], i
        while j < len(lines):
            ln = lines[j]
            if band and ln.top - max(b.bottom for b in band) > 2.5 * ln.size:
                break  # a gap: the band has ended
            if ln.x1 < right:
                side.append(0)
            elif ln.x0 >= right - 0.1 * width:
                side.append(1)
            else:
                break  # a line across both columns is body text again
            band.append(ln)
            j += 1
        out += [ln for ln, k in zip(band, side) if k == 0] + [ln for ln, k in zip(band, side) if k == 1]
        i = j
    return out


def _superscript(w: dict, line: Line) -> bool:
    return w["size"] < 0.85 * line.size and w["bottom"] < line.bottom - 0.15 * line.size


def _render(line: Line, notes: set[str]) -> str:
    """The line's text: words spaced as printed; a raised small number glued to a word becomes a
    footnote marker when that footnote exists on the page, else a superscript (m², km²)."""
    out = ""
    prev = None
    for w in line.words:
        text = w["text"]
        if _superscript(w, line) and re.fullmatch(r"\d{1,3}|\*", text):
            text = marker(text) if text in notes else superscript(text)
            out += text  # markers are glued to the word before them
        else:
            gap = w["x0"] - prev["x1"] if prev is not None else 0
            out += (" " if out and gap > 0.12 * w["size"] else "") + text
        prev = w
    return out


def _is_page_number(line: Line) -> str | None:
    m = _PAGE_NUMBER.match(line.text.strip())
    return m.group(1) if m else None


def _footnote_start(line: Line, notes_next: int | None) -> str | None:
    """'6 Nghị quyết số …' or '⁶ Nghị quyết …' at a footnote line's start: its number."""
    first = line.words[0]["text"]
    m = re.match(r"^(\d{1,3})(?:[.)])?$", first)
    if m and len(line.words) > 1 and (notes_next is None or m.group(1) == str(notes_next)):
        return m.group(1)  # a wrapped footnote line may start with a number ('30 tháng 6 …'): only the next one counts
    m = re.match(r"^(\d{1,3})(\D.*)$", first)
    if m and notes_next is not None and m.group(1) == str(notes_next):
        return m.group(1)
    return None


@dataclass
class _Page:
    number: int  # printed number, else its position
    body: list[Line]
    tables: list[tuple[float, list[list[str]]]]  # (top, cells)
    notes: dict[str, str]
    height: float


SCANNED_PAGE_CHARS = 80  # a page with an image and less text than this is a scan (a stamp or a page number on it)


def read_pdf(path: Path, *, max_pages: int = 2000, progress: Callable[[int, int], None] | None = None,
             recognise: Callable[[set[int]], tuple[dict[int, dict], str | None]] | None = None) -> PdfContent:
    """`recognise(page indices)` -> ({index: page from OCR words}, warning): called for the pages that are
    scans in a PDF that has a text layer elsewhere (an e-signature stamp on every scanned page, a
    scanned annex behind typed pages); without it such pages keep only their few words."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        n = len(pdf.pages)
        if n > max_pages:
            raise PdfLimitError(f"tệp PDF có {n} trang, quá giới hạn {max_pages} trang")
        raw_pages, scanned = [], set()
        for i, page in enumerate(pdf.pages):
            raw = _read_page(page, i)
            chars = sum(len(w["text"]) for ln in raw["lines"] for w in ln.words)
            if chars < SCANNED_PAGE_CHARS and _covered_by_image(page):
                scanned.add(i)
            raw_pages.append(raw)
            page.flush_cache()  # pdfplumber keeps parsed objects per page: free them as we go
            if progress:
                progress(i + 1, n)
    ocr_pages: list[int] = []
    warning = None
    if scanned and recognise is not None and sum(
            len(w["text"]) for p in raw_pages for ln in p["lines"] for w in ln.words) >= 20:
        recognised, warning = recognise(scanned)
        for index, page in recognised.items():
            typed = sum(len(w["text"]) for ln in raw_pages[index]["lines"] for w in ln.words)
            read = sum(len(w["text"]) for ln in page["lines"] for w in ln.words)
            if read > 2 * typed + 40:  # a map or chart with its caption stays as typed
                raw_pages[index] = page
                ocr_pages.append(index + 1)
    content = assemble(raw_pages)
    content.ocr_pages = sorted(ocr_pages)
    content.ocr_warning = warning if ocr_pages else None
    return content


def _covered_by_image(page) -> bool:
    """An image over most of the page: what a scanner makes."""
    area = float(page.width) * float(page.height) or 1.0
    return any((float(im["x1"]) - float(im["x0"])) * (float(im["bottom"]) - float(im["top"])) >= 0.5 * area
               for im in page.images)


def page_from_words(words: list[dict], index: int, width: float, height: float) -> dict:
    """A page from positioned words of another source (OCR): the same reading as a text layer.
    Each word: text, x0, x1, top, bottom, size (its line's height stands for a font size)."""
    for w in words:
        w.setdefault("fontname", "")
    lines = _lines(words)
    if lines:
        # A line's height moves with its letters (diacritics, descenders): heights within a fifth
        # of the page's usual one are one size; footnotes and headers stay clearly smaller.
        usual = sorted(ln.size for ln in lines)[len(lines) // 2]
        for ln in lines:
            if abs(ln.size - usual) < 0.15 * usual:
                ln.size = usual
    return {"index": index, "height": height, "width": width, "lines": _columns_in_order(lines, width), "tables": [],
            "rules": []}


def assemble(raw_pages: list[dict]) -> PdfContent:
    """Pages read one by one -> paragraphs, footnotes and page starts of the whole document."""
    chars = sum(len(w["text"]) for p in raw_pages for ln in p["lines"] for w in ln.words)
    if chars == 0:
        return PdfContent(paragraphs=[], text_chars=0)
    body_size = Counter(ln.size for p in raw_pages for ln in p["lines"] for _ in ln.words).most_common(1)[0][0]
    furniture = _running_lines(raw_pages)
    pages = [_split_page(p, body_size, furniture) for p in raw_pages]
    return _assemble(pages, body_size, chars)


def _read_page(page, index: int) -> dict:
    tables = []
    boxes = []
    try:
        found = page.find_tables()
    except Exception:  # noqa: BLE001 - table finding is a heuristic; a page without is still read
        found = []
    for t in found:
        rows = t.extract()
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        boxes.append(t.bbox)
        tables.append((t.bbox[1], _fill_merged(rows)))
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
    words = [w for w in words if not any(b[0] - 1 <= w["x0"] and w["x1"] <= b[2] + 1 and b[1] - 1 <= w["top"]
                                         and w["bottom"] <= b[3] + 1 for b in boxes)]
    rules = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 2 and (ln["x1"] - ln["x0"]) < 0.5 * page.width]
    return {"index": index, "height": page.height, "width": page.width,
            "lines": _columns_in_order(_lines(words), float(page.width)),
            "tables": tables, "rules": sorted(r["top"] for r in rules)}


def _fill_merged(rows: list[list[str | None]]) -> list[list[str]]:
    """pdfplumber gives None for the cells a merged cell covers: fill them from the left in a
    header row and from above in the rows below, and join a cell's wrapped lines."""
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        cells: list[str] = []
        for c, cell in enumerate(row):
            if cell is None:
                cell = (cells[-1] if cells and r == 0 else (out[-1][c] if out and c < len(out[-1]) else ""))
            cells.append(_join_wrapped(cell))
        out.append(cells)
    return out


def _join_wrapped(cell: str) -> str:
    parts = [p.strip() for p in (cell or "").split("\n") if p.strip()]
    text = ""
    for p in parts:
        if text.endswith("-") and not text.endswith(" -"):
            text = text + p  # 'Covid-' / '19', 'kinh tế-' / 'xã hội': the dash belongs to a compound
        else:
            text = f"{text} {p}" if text else p
    return text


def _zone(line: Line, page: dict) -> str | None:
    if line.bottom < 0.09 * page["height"]:
        return "top"
    if line.top > 0.91 * page["height"]:
        return "bottom"
    return None


def _running_lines(pages: list[dict]) -> set[str]:
    """Running headers and footers: lines in the top or bottom margin whose words (digits aside)
    come back on many pages."""
    counts: Counter[str] = Counter()
    for p in pages:
        seen = set()
        for ln in p["lines"]:
            if _zone(ln, p):
                ln.text = _render(ln, set())
                key = re.sub(r"\d+", "#", fold(ln.text)).strip()
                if key and key not in seen:
                    seen.add(key)
                    counts[key] += 1
    need = max(2, int(0.3 * len(pages)))
    return {k for k, c in counts.items() if c >= need}


def _split_page(p: dict, body_size: float, furniture: set[str]) -> _Page:
    """Body lines, footnotes, tables and the printed page number of one page."""
    number = None
    body: list[Line] = []
    for ln in p["lines"]:
        ln.text = _render(ln, set())
        zone = _zone(ln, p)
        if zone and _is_page_number(ln):
            number = int(_is_page_number(ln))
            continue
        if zone and re.sub(r"\d+", "#", fold(ln.text)).strip() in furniture:
            continue
        body.append(ln)
    # Footnotes: below a short rule, or a bottom block of small lines that starts with a number.
    notes_from = len(body)
    rule = next((r for r in reversed(p["rules"]) if r > 0.45 * p["height"]), None)
    if rule is not None:
        below = [i for i, ln in enumerate(body) if ln.top > rule and ln.size < 0.95 * body_size]
        if below and _footnote_start(body[below[0]], None):
            notes_from = below[0]
    else:
        i = len(body)
        while i > 0 and body[i - 1].size < 0.9 * body_size and body[i - 1].top > 0.5 * p["height"]:
            i -= 1
        if i < len(body) and _footnote_start(body[i], None):
            notes_from = i
    notes: dict[str, str] = {}
    current = None
    for ln in body[notes_from:]:
        n = _footnote_start(ln, int(current) + 1 if current else None)
        if n is not None:
            current = n
            notes[n] = _render(Line(ln.words[1:] if re.fullmatch(r"\d{1,3}[.)]?", ln.words[0]["text"]) else ln.words,
                                    ln.top, ln.bottom, ln.x0, ln.x1, ln.size, ln.bold), set())
            if not re.fullmatch(r"\d{1,3}[.)]?", ln.words[0]["text"]):
                notes[n] = notes[n][len(n):]
            notes[n] = notes[n].strip()
        elif current is not None:
            notes[current] = _append(notes[current], ln.text)
    body = body[:notes_from]
    for ln in body:
        ln.text = _render(ln, set(notes))
    return _Page(number if number is not None else p["index"] + 1, body, p["tables"], notes, p["height"])


def _append(text: str, more: str) -> str:
    if text.endswith("-") and not text.endswith(" -"):
        return text + more  # Vietnamese syllables are never hyphenated: the dash joins a compound
    return f"{text} {more}" if text else more


def _assemble(pages: list[_Page], body_size: float, chars: int) -> PdfContent:
    body_lines = [ln for p in pages for ln in p.body if abs(ln.size - body_size) < 0.6]
    left = Counter(round(ln.x0) for ln in body_lines).most_common(1)[0][0] if body_lines else 0
    right = sorted(ln.x1 for ln in body_lines)[int(0.9 * (len(body_lines) - 1))] if body_lines else 0
    paras: list[str] = []
    out = PdfContent(paragraphs=paras, text_chars=chars)
    open_para = False  # the last paragraph may go on at the next page's first line
    last: Line | None = None
    last_header = None
    pending: list[str] = []  # footnotes whose marker was not read (a scan): placed where their page ends

    def new_paragraph(text: str) -> None:
        paras.extend(pending)
        pending.clear()
        paras.append(text)

    for page in pages:
        page_start = len(paras)
        # lines stay in reading order (a two-column block is read column by column); a table goes
        # before the first line below its top
        items: list[tuple[float, Line | list[str]]] = [(ln.top, ln) for ln in page.body]
        for top, grid in page.tables:
            if last_header is not None and len(grid[0]) == len(last_header[0]) and \
                    any(re.search(r"\d", c) for c in grid[0][1:]) and top < 0.25 * page.height:
                grid = last_header + grid  # a table going on from the previous page: its header again
            n_head = 1 if len(grid) > 1 else 0
            last_header = grid[:n_head] if n_head else None
            at = next((i for i, (t, it) in enumerate(items) if isinstance(it, Line) and t > top), len(items))
            items.insert(at, (top, table_lines(grid)))
        first_words = ""
        prev: Line | None = None
        for _, item in items:
            if isinstance(item, list):
                for row in item:
                    new_paragraph(row)
                open_para, prev, last = False, None, None
                first_words = first_words or (item[0][2:60] if item else "")
                continue
            ln = item
            first_words = first_words or ln.text[:60]
            if prev is None and open_para and last is not None and _continues(last, ln, left, right, body_size, page_break=True):
                paras[-1] = _append(paras[-1], ln.text)
            elif prev is not None and _continues(prev, ln, left, right, body_size):
                paras[-1] = _append(paras[-1], ln.text)
            else:
                new_paragraph(ln.text)
            prev = last = ln
            open_para = True
        if first_words:
            out.pages.append((page.number, first_words))
        seen = "\n".join(paras[max(0, page_start - 1):])
        for n, note in page.notes.items():
            if marker(n) in seen:
                out.footnotes[n] = note
            else:
                pending.append(f"{marker(n)} {note}")
    paras.extend(pending)
    return out


def _centered(ln: Line, left: float, right: float, size: float) -> bool:
    return ln.x0 > left + 1.5 * size and abs((ln.x0 + ln.x1) / 2 - (left + right) / 2) < 1.5 * size


def _wrapped_number(prev: Line, ln: Line, left: float, right: float) -> bool:
    """'… Nghị quyết Đại hội lần thứ' / 'XIV. Kinh tế tăng trưởng khá; …': a number that a justified line
    of running text pushed to the start of the next is no heading. The line before it ran to the right
    margin in the same type without ending its sentence, and the number line starts at the margin."""
    size = ln.size
    return (abs(ln.size - prev.size) <= 0.6 and prev.bold == ln.bold and not prev.text.isupper()
            and prev.x1 >= right - 2.5 * size and ln.x0 <= left + 0.8 * size
            and ln.top - prev.bottom <= 0.75 * size
            and not prev.text.rstrip().endswith(_SENTENCE_END + (",",)))


def _continues(prev: Line, ln: Line, left: float, right: float, body_size: float, page_break: bool = False) -> bool:
    """Does `ln` go on with the paragraph whose last line is `prev`?"""
    text = ln.text
    wrapped_dash = text.startswith(("- ", "– ")) and (text[2:3].islower() or (text[2:3].isdigit() and prev.text.isupper()))
    if classify(text) is not None and not wrapped_dash and not _wrapped_number(prev, ln, left, right):
        return False  # a numbered heading, an item or a bullet starts here ("kinh tế" / "- xã hội" goes on)
    if abs(ln.size - prev.size) > 0.6 or prev.bold != ln.bold:
        return False
    size = ln.size
    if not page_break and ln.top - prev.bottom > 0.75 * size:
        return False  # paragraph spacing
    if _centered(prev, left, right, size) and _centered(ln, left, right, size):
        return not prev.text.endswith(_SENTENCE_END)  # a centred title wrapped over two lines
    if ln.x0 > left + 0.8 * size:
        return False  # a first-line indent
    if prev.x1 < right - 2.5 * size:
        return False  # the previous line stopped short: its paragraph ended
    if page_break and prev.text.endswith(_SENTENCE_END) and not prev.text.endswith(","):
        return False
    return True
