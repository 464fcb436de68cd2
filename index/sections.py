"""Build a report's section tree from Vietnamese administrative numbering, not from markdown
heading levels (real reports mix them).

The layouts read here are the ones Vietnamese administrative writing uses (Nghị định 30/2020 on
document form, and the habits of party reports): parts ("PHẦN THỨ NHẤT", "Phần I", "Phần A"),
appendices ("Phụ lục 2"), Chương / Mục / Điều, roman "I.", arabic "1.", decimal "1.1." / "2.3.1.",
letters "a)" / "a.", items "(1)" / "(i)" / "1)", bullets "-", "+", "*", "•", and "Một là, …".
Ids follow docs/SECTION_IDS.md: numbers chained by "." along the path, and " › " after a scope
(a part or appendix under which numbering restarts, a chapter, a footnote).

Written by hand because no library parses Vietnamese administrative numbering."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .footnotes import MARKER, number as footnote_number
from .models import Section

_ROMAN = r"(?:M{0,3})(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10}
_ROMANS = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# kind -> rank (smaller is higher in the tree). Decimals rank by depth: 1.1 -> 6, 1.1.1 -> 7 …
RANK = {"part": 0, "appendix": 0, "upper": 0, "chapter": 1, "legal_section": 2, "roman": 3, "article": 4, "arabic": 5,
        "decimal": 6, "letter": 10, "paren": 11, "bullet": 12}
# Kinds under which numbering restarts: their children's ids start with "<scope> › ".
SCOPES = ("part", "appendix", "chapter")

_UPPER_START = r"(?=[\"“'(«\[]?[A-ZÀ-ỸĐ])"  # a heading's text starts with a capital ("12.450 đảng viên" is not "12.")
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("part", re.compile(rf"^(?i:phần)\s+(?:(?i:thứ)\s+(\w+)|({_ROMAN}|\d{{1,2}}|[A-H]))(?![\w/])\s*[.:\-–]?\s*(.*)$")),
    ("appendix", re.compile(rf"^(?i:phụ\s+lục)(?:\s+(?i:số))?(?:\s+({_ROMAN}|\d{{1,2}}|[A-H]))?(?![\w/])\s*[.:\-–]?\s*(.*)$")),
    ("chapter", re.compile(rf"^(?:CHƯƠNG|Chương)\s+({_ROMAN}|\d+)(?![\w/])\s*[.:\-–]?\s*(.*)$")),
    ("legal_section", re.compile(r"^(?:MỤC|Mục)\s+(\d+|[IVX]+)(?![\w/])\s*[.:\-–]?\s*(.*)$")),
    ("article", re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+[a-z]?)\s*[.:]?\s*(.*)$")),
    # roman section numbers stay below 40 ('C.', 'D.', 'L.' are capital letters, not 100, 500, 50)
    # ('I/ …', '1/ …', '1- …': slash and dash numbering, as many drafts write it)
    # (a slash or a dash is followed by a space: '245/QĐ-UBND', '96-KH/TU' are document numbers)
    ("roman", re.compile(rf"^((?:XX|X{{0,3}})(?:IX|IV|V?I{{0,3}}))(?:\s*[.)]|\s*[\-–]\s|/\s)\s*{_UPPER_START}(\S.*)$")),
    ("upper", re.compile(r"^([A-H])\s*[.\-–)]\s*(?=[A-ZÀ-ỸĐ\"“(])(\S.*)$")),
    ("decimal", re.compile(rf"^(\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})\.?\s+{_UPPER_START}(\S.*)$")),
    ("arabic", re.compile(rf"^(\d{{1,3}})(?:\s*\.|[/\-–]\s)\s*{_UPPER_START}(\S.*)$")),
    ("paren", re.compile(r"^\((\d{1,2}|[ivx]{1,5}|[a-zđ])\)\s*[.:]?\s*(\S.*)$|^(\d{1,2})\)\s+(\S.*)$")),
    ("letter", re.compile(rf"^([a-zđ])\)\s*(\S.*)$|^([a-zđ])\.\s+{_UPPER_START}(\S.*)$")),
    ("bullet", re.compile(r"^(?:[-+•–—*▪●○◦·]\s*|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]\s*)(\S.*)$")),
]
FOOTNOTE_PARA = re.compile(rf"^{MARKER.pattern}\s*(.*)$", re.S)
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?", re.IGNORECASE)
_SIGNATURE = re.compile(r"^(T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.|THAY MẶT|KÝ THAY)\s*\S", re.IGNORECASE)
DOC_TYPES = ("BÁO CÁO", "TỜ TRÌNH", "NGHỊ QUYẾT", "KẾ HOẠCH", "LUẬT", "BỘ LUẬT", "THÔNG BÁO", "KẾT LUẬN",
             "CHỈ THỊ", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN", "NGHỊ ĐỊNH", "THÔNG TƯ", "CÔNG VĂN")
_HEADING_MAX = 160
WHOLE_BLOCK_SECTIONS = ("Ký tên", "Nơi nhận")  # numbers of the closing blocks
TITLE_NUMBER = "Tiêu đề"  # the title block's number


@dataclass
class Heading:
    kind: str
    label: str  # "I", "3", "1.2", "a", "Phần thứ nhất", "" for bullets
    rest: str  # text after the number
    inline: bool  # the paragraph is an item with its content, not a heading line
    rank: int


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def classify(paragraph: str) -> Heading | None:
    for kind, pattern in _PATTERNS:
        m = pattern.match(paragraph)
        if not m:
            continue
        groups = [g for g in m.groups() if g is not None]
        if kind == "bullet":
            # '+' items sit under '-' items in Vietnamese administrative lists
            return Heading("bullet", "", groups[0].strip(), True, RANK["bullet"] + (1 if paragraph[0] == "+" else 0))
        if kind == "part":
            h = _part(m)
        elif kind == "appendix":
            h = _appendix(m)
        else:
            label, rest = groups[0] if groups else "", groups[1] if len(groups) > 1 else ""
            if kind == "upper":
                if not _is_caps(rest) or len(rest) > _HEADING_MAX:
                    continue  # 'A. Một câu …' is no heading; 'A. KẾT QUẢ …' is a part
                return Heading("part", f"Phần {label}", rest, False, RANK["part"])
            if not label:
                continue  # "Chương trình …", "Mục tiêu …": a word, not a number
            rest = rest.strip()
            rank = RANK[kind] + (label.count(".") - 1 if kind == "decimal" else 0)
            inline = kind not in ("chapter", "legal_section", "article") and (
                len(rest) > _HEADING_MAX or rest.endswith((".", ";", ":", ",")))
            h = Heading(kind, label, rest, inline, rank)
        if h is not None:
            return h
    return None


def _part(m: re.Match) -> Heading | None:
    word, label, rest = m.group(1), m.group(2), (m.group(3) or "").strip()
    if word is not None and word.lower() not in _ORDINALS:
        return None  # "Phần thứ yếu …"
    if rest and (len(rest) > _HEADING_MAX or (rest.endswith(".") and not _is_caps(rest))):
        return None  # "Phần I của báo cáo đã nêu …": a sentence
    name = f"Phần thứ {word.lower()}" if word is not None else f"Phần {label.upper()}"
    return Heading("part", name, rest, False, RANK["part"])


def _appendix(m: re.Match) -> Heading | None:
    label, rest = m.group(1), (m.group(2) or "").strip()
    if rest and (len(rest) > _HEADING_MAX or rest.endswith((".", ";", ","))) and not _is_caps(rest):
        return None  # "Phụ lục số 1 kèm theo …": a sentence that names an appendix
    if rest and not label and not _is_caps(rest) and not rest.startswith("("):
        return None
    return Heading("appendix", f"Phụ lục {label.upper()}" if label else "Phụ lục", rest, False, RANK["appendix"])


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


_PERIOD_START = re.compile(r"^(?:\d+|sáu|chín|ba)\s+tháng\b|^(?:năm|quý|giai đoạn|nhiệm kỳ|tháng)\s+[\dIVX]", re.IGNORECASE)


def _title_period_line(before: str, line: str) -> bool:
    """A subtitle broken before its period ('Kết quả công tác …' / '6 tháng đầu năm 2026, phương hướng,
    nhiệm vụ' / '6 tháng cuối năm 2026'): a short line opening with a period phrase, after a line that
    is not a finished sentence, goes on the title."""
    if len(line) > 120 or before.rstrip().endswith((".", ":", ";")) or line.rstrip().endswith((".", ":", ";")):
        return False
    # ('… trình Đại hội đại biểu' / 'Đảng bộ xã Tân Hòa lần thứ XV, nhiệm kỳ 2025 - 2030': the body the
    # title names, then its period; a line that opens a sentence of the preamble is not the title's)
    return bool(_PERIOD_START.match(line) or (_PERIOD_IN.search(line) and not _PREAMBLE_START.match(line)
                                               and before.rstrip()[-1:].isalpha()))


_PERIOD_IN = re.compile(r"\b(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*\d{4}\b|\b\d+\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+\d{4}\b"
                        r"|\bnăm\s+(?:học\s+)?\d{4}\b", re.IGNORECASE)
_PREAMBLE_START = re.compile(r"^(?:Thực hiện|Căn cứ|Kính gửi|Theo|Triển khai|Qua|Trong|Nhằm|Để|Ngày)\b", re.IGNORECASE)


def _is_doc_type(p: str) -> bool:
    return any(p == t or p.startswith(t + " ") for t in DOC_TYPES) and p.split()[0].isupper()


def _scoped_parts(headings: list[Heading | None]) -> set[int]:
    """Parts under which roman sections sit: numbering restarts there, so the part is a scope.
    A part whose items are arabic ('PHẦN I.' then '1.', '2.') *is* the roman level instead."""
    scoped: set[int] = set()
    current: int | None = None
    for i, h in enumerate(headings):
        if h is None:
            continue
        if h.kind in ("part", "appendix"):
            current = i if h.kind == "part" else None
        elif h.kind == "roman" and current is not None:
            scoped.add(current)
    if scoped:  # the parts of one document are of one rank: a last part of '1.', '2.' is a part too
        scoped |= {i for i, h in enumerate(headings) if h is not None and h.kind == "part"}
    return scoped


def _local_id(h: Heading, parent_local: str) -> str:
    """The heading's number within its scope, chained to its parent's (docs/SECTION_IDS.md)."""
    if h.kind == "roman":
        return h.label.upper()
    if h.kind == "article":
        return f"Điều {h.label}"
    if h.kind == "legal_section":
        return f"Mục {h.label}"
    if h.kind == "decimal":
        comps, mine = h.label.split("."), parent_local.split(".") if parent_local else []
        if mine and mine[-(len(comps) - 1):] == comps[:-1]:
            return f"{parent_local}.{comps[-1]}"  # "1.1." under "I.1" is I.1.1, not I.1.1.1
        return f"{parent_local}.{h.label}" if parent_local else h.label
    label = f"({h.label})" if h.kind == "paren" else h.label
    return f"{parent_local}.{label}" if parent_local else label


@dataclass
class _Open:
    rank: int
    section: Section
    local: str  # id within the scope ("I.1.1")
    prefix: str  # scope prefix of its children ("Phần thứ nhất › ")
    scope: bool  # numbering restarts under it: children do not chain to its number


def build_tree(paras: list[Paragraph], text_len: int) -> list[Section]:
    """Sections in document order; each has its parent and children numbers."""
    sections: list[Section] = []
    numbers: set[str] = set()

    def add(number: str, title: str, kind: str, level: int, start: int, body_start: int, parent: Section | None) -> Section:
        base, n = number, 2
        while number in numbers:  # a number used twice by mistake: "2.5", then "2.5 (2)"
            number = f"{base} ({n})"
            n += 1
        numbers.add(number)
        sec = Section(number=number, title=title, kind=kind, level=level, start=start, body_start=body_start,
                      end=text_len, parent=parent.number if parent else None)
        if parent:
            parent.children.append(number)
        sections.append(sec)
        return sec

    headings = [classify(p.text) for p in paras]
    numbered = [h is not None and h.kind != "bullet" for h in headings]
    first_heading = next((i for i, n in enumerate(numbered) if n), len(paras))
    scoped = _scoped_parts(headings)

    # Title block: issuer lines, then "BÁO CÁO" and its subtitle.
    i = 0
    doc_idx = next((j for j in range(min(first_heading, 14)) if _is_doc_type(paras[j].text)), None)
    if doc_idx is not None:
        title_end = doc_idx + 1
        while (title_end < first_heading and title_end - doc_idx < 4
               and (paras[title_end].text[:1].islower() or (paras[doc_idx].text in DOC_TYPES and title_end == doc_idx + 1)
                    or _title_period_line(paras[title_end - 1].text, paras[title_end].text)
                    or (_is_caps(paras[title_end - 1].text) and _is_caps(paras[title_end].text)
                        and not paras[title_end].text.startswith(("Kính gửi", "KÍNH GỬI"))))):
            title_end += 1
        title = " ".join(p.text for p in paras[doc_idx:title_end])
        add(TITLE_NUMBER, title, "title", 1, paras[0].start, paras[doc_idx].start, None).end = paras[title_end - 1].end
        i = title_end
    has_numbering = first_heading < len(paras)
    preamble: Section | None = None
    if has_numbering and i < first_heading and not any(_RECIPIENTS.match(p.text) or _SIGNATURE.match(p.text) for p in paras[i:first_heading]):
        preamble = add("Mở đầu", "Mở đầu", "preamble", 1, paras[i].start, paras[i].start, None)
        preamble.end = paras[first_heading - 1].end

    stack: list[_Open] = []
    counters: dict[str, int] = {}
    closing: Section | None = None  # inside "Nơi nhận" / signature: no more structure until an appendix
    para_count = 0

    def close_until(rank: int, at: int) -> None:
        while stack and stack[-1].rank >= rank:
            sec = stack.pop().section
            sec.end = max(sec.body_start, at - 2)

    for j in range(i, len(paras)):
        p, h = paras[j], headings[j]
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
            if h is None or h.kind != "appendix":
                continue
            closing.end = p.start - 2
            closing = None
        fn = FOOTNOTE_PARA.match(p.text)
        if fn:
            owners = [o.section for o in stack if o.section.kind != "bullet"]
            parent = owners[-1] if owners else (preamble if j < first_heading else None)
            label = footnote_number(fn.group(1))
            number = f"{parent.number} › chú thích {label}" if parent else f"Chú thích {label}"
            # titled by the section it annotates: a footnote continues a sentence of that section
            title = f"{parent.title} (chú thích {label})" if parent is not None else f"Chú thích {label}"
            add(number, title, "footnote", len(stack) + 1, p.start, p.start, parent).end = p.end
            continue
        if j < first_heading and preamble is not None:
            continue  # the preamble is one section
        if not has_numbering:
            para_count += 1
            add(f"Đoạn {para_count}", short_title(p.text), "paragraph", 1, p.start, p.start, None).end = p.end
            continue
        if h is None:
            continue
        close_until(h.rank, p.start)
        parent = stack[-1] if stack else None
        prefix = parent.prefix if parent else ""
        parent_local = parent.local if parent and not parent.scope else ""
        if h.kind == "part" and j not in scoped:
            local = _part_as_roman(h.label)
            number, child_prefix = prefix + local, prefix
        elif h.kind in SCOPES:
            local = h.label if h.kind != "chapter" else f"Chương {h.label}"
            number, child_prefix = prefix + local, prefix + local + " › "
        elif h.kind == "bullet":
            key = parent.section.number if parent else ""
            counters[key] = counters.get(key, 0) + 1
            local = f"{parent_local}.-{counters[key]}" if parent_local else f"-{counters[key]}"
            number, child_prefix = prefix + local, prefix
        else:
            local = _local_id(h, parent_local)
            if h.kind == "article":  # articles are numbered through the whole law
                prefix = ""
            number, child_prefix = prefix + local, prefix
        title = short_title(h.rest) if h.inline else h.rest
        if h.kind in SCOPES and (not h.rest or h.rest.startswith("(")) and j + 1 < len(paras) \
                and _is_caps(paras[j + 1].text) and headings[j + 1] is None:
            title = paras[j + 1].text  # "PHỤ LỤC 1" / "DANH MỤC CÁC DỰ ÁN …" on the next line
        body_start = p.start if h.inline else min(p.end + 2, text_len)
        sec = add(number, title, h.kind, len(stack) + 1, p.start, body_start, parent.section if parent else None)
        stack.append(_Open(h.rank, sec, local, child_prefix, child_prefix != prefix))
    close_until(-1, text_len + 2)
    if closing is not None:
        closing.end = text_len
    return sections


def _part_as_roman(name: str) -> str:
    """'Phần thứ hai' -> 'II', 'PHẦN 3' -> 'III', 'Phần II' -> 'II', 'Phần B' -> 'B'."""
    word = name.split()[-1]
    n = _ORDINALS.get(word.lower()) or (int(word) if word.isdigit() else 0)
    return _ROMANS[n] if 0 < n < len(_ROMANS) else word
