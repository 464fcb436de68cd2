"""Build a report's section tree from its Vietnamese numbering (PHẦN / I. / 1. / a) / -, and
Chương / Mục / Điều for legal texts). Markdown heading levels are ignored: real reports mix them.

Written by hand because no library parses Vietnamese administrative numbering."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Section

_ROMAN = r"(?:M{0,3})(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ORDINALS = {"nhất": "I", "hai": "II", "ba": "III", "tư": "IV", "bốn": "IV", "năm": "V", "sáu": "VI",
             "bảy": "VII", "tám": "VIII", "chín": "IX", "mười": "X"}

# kind -> rank (smaller is higher in the tree)
RANK = {"part": 0, "chapter": 1, "legal_section": 2, "roman": 3, "article": 4, "arabic": 5,
        "arabic2": 6, "letter": 7, "bullet": 8}

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("part", re.compile(rf"^(?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+(\w+)\b[.:\-–]?\s*(.*)$|^(?:PHẦN|Phần)\s+({_ROMAN}|\d+)\b[.:\-–]?\s*(.*)$")),
    ("chapter", re.compile(rf"^(?:CHƯƠNG|Chương)\s+({_ROMAN}|\d+)\b[.:\-–]?\s*(.*)$")),
    ("legal_section", re.compile(r"^(?:MỤC|Mục)\s+(\d+|[IVX]+)\b[.:\-–]?\s*(.*)$")),
    ("article", re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+[a-z]?)\s*[.:]?\s*(.*)$")),
    ("roman", re.compile(rf"^({_ROMAN})\.\s+(\S.*)$")),
    ("arabic2", re.compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$")),
    ("arabic", re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")),
    ("letter", re.compile(r"^([a-zđ])\)\s+(\S.*)$")),
    ("bullet", re.compile(r"^[-+•–]\s*(\S.*)$")),
]
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?", re.IGNORECASE)
_SIGNATURE = re.compile(r"^(T/M|TM\.|KT\.|TL\.|Q\.|THAY MẶT|KÝ THAY)\s*\S", re.IGNORECASE)
DOC_TYPES = ("BÁO CÁO", "TỜ TRÌNH", "NGHỊ QUYẾT", "KẾ HOẠCH", "LUẬT", "BỘ LUẬT", "THÔNG BÁO", "KẾT LUẬN",
             "CHỈ THỊ", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN", "NGHỊ ĐỊNH", "THÔNG TƯ")
_HEADING_MAX = 160
WHOLE_BLOCK_SECTIONS = ("Ký tên", "Nơi nhận")  # numbers of the closing blocks


@dataclass
class Heading:
    kind: str
    label: str  # "I", "3", "a", "" for bullets
    rest: str  # text after the number
    inline: bool  # the paragraph is an item with its content, not a heading line


def classify(paragraph: str) -> Heading | None:
    for kind, pattern in _PATTERNS:
        m = pattern.match(paragraph)
        if not m:
            continue
        groups = [g for g in m.groups()]
        if kind == "part":
            if groups[0] is not None:
                label = _ORDINALS.get(groups[0].lower())
                if label is None:
                    continue
                rest = groups[1]
            else:
                label, rest = groups[2], groups[3]
        elif kind == "bullet":
            label, rest = "", groups[0]
        else:
            label, rest = groups[0], groups[1]
        if kind != "bullet" and not label:
            continue  # "Chương trình …", "Phần lớn …": a word, not a number
        rest = rest.strip()
        inline = kind == "bullet" or (kind not in ("part", "chapter", "legal_section", "article")
                                      and (len(rest) > _HEADING_MAX or rest.endswith((".", ";", ":"))))
        return Heading(kind, label, rest, inline)
    return None


def short_title(text: str, words: int = 12) -> str:
    """A label for an item whose 'title' is a whole paragraph: its first clause."""
    first = re.split(r"[;:.](?:\s|$)", text, maxsplit=1)[0]
    tokens = first.split()
    if len(tokens) > words:
        return " ".join(tokens[:words]) + "…"
    return first.rstrip(",")


@dataclass
class Paragraph:
    text: str
    start: int
    end: int


def layout(paragraphs: list[str]) -> tuple[str, list[Paragraph]]:
    """Join paragraphs into the normalised text and remember where each one sits."""
    out: list[Paragraph] = []
    pos = 0
    for p in paragraphs:
        out.append(Paragraph(p, pos, pos + len(p)))
        pos += len(p) + 2
    return "\n\n".join(paragraphs), out


def _is_doc_type(p: str) -> bool:
    return any(p == t or p.startswith(t + " ") for t in DOC_TYPES) and p.split()[0].isupper()


def build_tree(paras: list[Paragraph], text_len: int) -> list[Section]:
    """Sections in document order; each has its parent and children numbers."""
    sections: list[Section] = []
    numbers: set[str] = set()

    def add(number: str, title: str, kind: str, level: int, start: int, body_start: int, parent: Section | None) -> Section:
        base, n = number, 2
        while number in numbers:
            number = f"{base}#{n}"
            n += 1
        numbers.add(number)
        sec = Section(number=number, title=title, kind=kind, level=level, start=start, body_start=body_start,
                      end=text_len, parent=parent.number if parent else None)
        if parent:
            parent.children.append(number)
        sections.append(sec)
        return sec

    headings = [classify(p.text) for p in paras]
    first_heading = next((i for i, h in enumerate(headings) if h and h.kind != "bullet"), len(paras))

    # Title block: issuer lines, then "BÁO CÁO" and its subtitle.
    i = 0
    title_end = 0
    doc_idx = next((j for j in range(min(first_heading, 12)) if _is_doc_type(paras[j].text)), None)
    if doc_idx is not None:
        title_end = doc_idx + 1
        if title_end < first_heading and (paras[title_end].text[:1].islower() or paras[doc_idx].text in DOC_TYPES):
            title_end += 1
        title = " ".join(p.text for p in paras[doc_idx:title_end])
        add("Tiêu đề", title, "title", 1, paras[0].start, paras[doc_idx].start, None).end = paras[title_end - 1].end
        i = title_end
    has_numbering = first_heading < len(paras)
    if has_numbering and i < first_heading and not any(_RECIPIENTS.match(p.text) or _SIGNATURE.match(p.text) for p in paras[i:first_heading]):
        add("Mở đầu", "Mở đầu", "preamble", 1, paras[i].start, paras[i].start, None).end = paras[first_heading - 1].end
        i = first_heading

    stack: list[tuple[int, Section]] = []  # (rank, section)
    counters: dict[str, int] = {}
    closing: Section | None = None  # inside "Nơi nhận" / signature: no more structure
    para_count = 0

    def close_until(rank: int, at: int) -> None:
        while stack and stack[-1][0] >= rank:
            _, sec = stack.pop()
            sec.end = max(sec.body_start, at - 2)

    for j in range(i, len(paras)):
        p = paras[j]
        if _RECIPIENTS.match(p.text) or (_SIGNATURE.match(p.text) and (closing is None or closing.kind != "signature")):
            close_until(-1, p.start)
            if closing is not None:
                closing.end = p.start - 2
            kind = "recipients" if _RECIPIENTS.match(p.text) else "signature"
            number = "Nơi nhận" if kind == "recipients" else "Ký tên"
            title = "Nơi nhận" if kind == "recipients" else f"Chữ ký ({p.text})"
            closing = add(number, title, kind, 1, p.start, p.end + 2 if kind == "recipients" else p.start, None)
            continue
        if closing is not None:
            continue
        h = headings[j]
        if not has_numbering:
            para_count += 1
            add(f"Đoạn {para_count}", short_title(p.text), "paragraph", 1, p.start, p.start, None).end = p.end
            continue
        if h is None:
            continue
        rank = RANK[h.kind]
        close_until(rank, p.start)
        parent = stack[-1][1] if stack else None
        number = _number(h, parent, counters)
        title = short_title(h.rest) if h.inline else h.rest
        if h.kind == "chapter" and not h.rest and j + 1 < len(paras) and paras[j + 1].text.isupper():
            title = paras[j + 1].text
        body_start = p.start if h.inline else p.end + 2
        sec = add(number, title, h.kind, len(stack) + 1, p.start, body_start, parent)
        stack.append((rank, sec))
    close_until(-1, text_len + 2)
    if closing is not None:
        closing.end = text_len
    return sections


def _number(h: Heading, parent: Section | None, counters: dict[str, int]) -> str:
    if h.kind in ("part", "roman"):
        return h.label.upper() if h.label.isalpha() else h.label
    if h.kind == "chapter":
        return f"Chương {h.label}"
    if h.kind == "article":
        return f"Điều {h.label}"
    prefix = parent.number + "." if parent else ""
    if h.kind == "legal_section":
        return f"{parent.number}, Mục {h.label}" if parent else f"Mục {h.label}"
    if h.kind == "bullet":
        key = parent.number if parent else ""
        counters[key] = counters.get(key, 0) + 1
        return f"{prefix}-{counters[key]}"
    return f"{prefix}{h.label}"
