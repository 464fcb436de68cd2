"""A .docx report read as a person sees it: paragraphs in order with the numbers Word draws
(automatic numbering), footnote markers where they stand and the footnotes' text, data tables
as rows (merged cells resolved), and the header and signature layout tables as report metadata.

python-docx opens the package; the walk over the XML is ours because python-docx reads neither
footnotes, nor automatic numbers, nor vertically merged cells as values."""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .footnotes import marker
from .tables import table_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The national motto and the party's name, as headers print them (capitals; 'Độc lập - Tự do'):
# case matters, a data cell 'hạch toán độc lập' is no header.
_MOTTOS = re.compile(r"CỘNG H[OÒ]A XÃ HỘI|ĐỘC LẬP\s*[-–]\s*TỰ DO|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–]\s*Tự do")
_SIGN_START = re.compile(r"^(T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.|THAY MẶT|KÝ THAY)", re.I)
_DATE = re.compile(r"^(?:(?P<place>[^,]{2,40}),\s*)?(?P<date>ngày\b.*\bnăm\s+\d{4})", re.I)


class DocxLimitError(ValueError):
    """A document beyond the reader's limits (paragraphs, characters)."""


@dataclass
class DocxContent:
    paragraphs: list[str]
    footnotes: dict[str, str] = field(default_factory=dict)  # display number -> text
    meta: dict[str, str] = field(default_factory=dict)  # issuer, number, place, date, signer, signer_title


# --- automatic numbering -----------------------------------------------------------------
_ROMAN_PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_VI_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese lists skip f, j, w, z and use đ


def _roman(n: int) -> str:
    out = ""
    for v, s in _ROMAN_PAIRS:
        while n >= v:
            out, n = out + s, n - v
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        return s.upper() if fmt == "upperLetter" else s
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class Numbering:
    """Word's list numbering (numbering.xml): the label a paragraph with numPr shows."""

    def __init__(self, xml: bytes | None, styles_xml: bytes | None):
        from lxml import etree

        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.style_num: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        if xml:
            root = etree.fromstring(xml, parser=_safe_parser())
            abstract = {}
            for a in root.iter(W + "abstractNum"):
                lv = {}
                for lvl in a.iter(W + "lvl"):
                    fmt = _val(lvl.find(W + "numFmt")) or "decimal"
                    text = _val(lvl.find(W + "lvlText")) or ""
                    start = int(_val(lvl.find(W + "start")) or 1)
                    lv[int(lvl.get(W + "ilvl", "0"))] = (fmt, text, start)
                abstract[a.get(W + "abstractNumId")] = lv
            for num in root.iter(W + "num"):
                ref = num.find(W + "abstractNumId")
                self.levels[num.get(W + "numId")] = dict(abstract.get(_val(ref), {}))
        if styles_xml:
            root = etree.fromstring(styles_xml, parser=_safe_parser())
            for st in root.iter(W + "style"):
                ppr = st.find(W + "pPr")
                num = ppr.find(W + "numPr") if ppr is not None else None
                if num is not None:
                    self.style_num[st.get(W + "styleId")] = (_val(num.find(W + "numId")) or "",
                                                              int(_val(num.find(W + "ilvl")) or 0))

    def label(self, p) -> str:
        ppr = p.find(W + "pPr")
        if ppr is None:
            return ""
        num = ppr.find(W + "numPr")
        num_id, ilvl = None, 0
        if num is not None:
            num_id, ilvl = _val(num.find(W + "numId")), int(_val(num.find(W + "ilvl")) or 0)
        else:
            style = _val(ppr.find(W + "pStyle"))
            if style in self.style_num:
                num_id, ilvl = self.style_num[style]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        counts = self.counters.setdefault(num_id, [0] * 9)
        if ilvl not in levels:
            return ""
        counts[ilvl] = (counts[ilvl] or levels[ilvl][2] - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return "-"

        def repl(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            f = levels.get(k, ("decimal", "", 1))[0]
            n = counts[k] or levels.get(k, ("", "", 1))[2]
            return _VI_LETTERS[(n - 1) % len(_VI_LETTERS)] if f == "lowerLetter" else _format(n, f)

        return re.sub(r"%(\d)", repl, text).strip()


def _val(el) -> str | None:
    return el.get(W + "val") if el is not None else None


def _safe_parser():
    from lxml import etree

    # No entity expansion, no network: a report is data, never a reason to fetch or to expand.
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


# --- text of paragraphs and cells ---------------------------------------------------------
class _Walker:
    def __init__(self, numbering: Numbering, max_chars: int):
        self.numbering = numbering
        self.refs: dict[str, str] = {}  # footnote id -> display number (order of first reference)
        self.chars = 0
        self.max_chars = max_chars

    def paragraph(self, p, numbered: bool = True) -> str:
        parts: list[str] = []
        for el in p.iter():
            tag = el.tag
            if tag == W + "t":
                parts.append(el.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "footnoteReference":
                fid = el.get(W + "id")
                if fid not in self.refs:
                    self.refs[fid] = str(len(self.refs) + 1)
                parts.append(marker(self.refs[fid]))
        text = "".join(parts)
        label = self.numbering.label(p) if numbered else ""
        if label and text.strip():
            text = f"{label} {text.lstrip()}"
        self.chars += len(text)
        if self.chars > self.max_chars:
            raise DocxLimitError(f"tài liệu quá dài (hơn {self.max_chars:,} ký tự văn bản)".replace(",", "."))
        return text

    def cell_paragraphs(self, tc) -> list[str]:
        return [t for t in (self.paragraph(p, numbered=False).strip() for p in tc.iter(W + "p")) if t]


def _grid(tbl, walker: _Walker) -> tuple[list[list[str]], list[list[bool]], list[list[list[str]]]]:
    """Cells per row with horizontal spans repeated and vertical merges filled from above;
    also which cells continue a vertical merge, and each cell's paragraphs."""
    rows: list[list[str]] = []
    merged: list[list[bool]] = []
    paras: list[list[list[str]]] = []
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is not tbl:
            continue  # a nested table's rows are read with their own table
        row, mrow, prow = [], [], []
        for tc in tr.findall(W + "tc"):
            tcpr = tc.find(W + "tcPr")
            span = int(_val(tcpr.find(W + "gridSpan")) or 1) if tcpr is not None else 1
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            cont = vmerge is not None and (_val(vmerge) in (None, "continue"))
            cell_paras = walker.cell_paragraphs(tc)
            text = " ".join(cell_paras)
            col = len(row)
            if cont and rows and col < len(rows[-1]):
                text = rows[-1][col]
                cell_paras = paras[-1][col]
            for _ in range(span):
                row.append(text)
                mrow.append(cont)
                prow.append(cell_paras)
        rows.append(row)
        merged.append(mrow)
        paras.append(prow)
    return rows, merged, paras


def _layout_kind(cells: list[list[str]]) -> str | None:
    """'header' (issuing body, number, motto, place and date), 'signature' (Nơi nhận, KT. …),
    or None for a data table."""
    flat = [p for cell in cells for p in cell]
    # ('Số: 1427/BC-SYT', 'Số 12/BC-UBND' — not a data row 'Số bác sĩ/vạn dân')
    if any(_MOTTOS.search(p) for p in flat) or any(re.match(r"Số\s*:|Số\s+\d+\S*/", p) for p in flat):
        return "header"
    if any(p.lower().startswith("nơi nhận") or _SIGN_START.match(p) for p in flat):
        return "signature"
    if len(flat) <= 3 and any(p.startswith(("Kính gửi", "KÍNH GỬI")) for p in flat):
        return "address"
    return None


def _read_header(cells: list[list[str]], meta: dict[str, str]) -> None:
    left, right = (cells + [[], []])[:2]
    issuer = [p for p in left if not _MOTTOS.search(p) and not p.startswith("Số") and p.strip("-–_ ")]
    if issuer:
        meta.setdefault("issuer", " / ".join(issuer))
    for p in left + right:
        # 'Số: 45/BC-UBND'; a party body writes 'Số 312-BC/BTCTU', without the colon
        n = re.match(r"Số\s*:?\s*(\d[\w.\-]*/[\w.\-/Đđ]+)", p)
        if n:
            meta.setdefault("number", n.group(1))
        elif p.startswith("Số") and ":" in p[:5]:
            meta.setdefault("number", re.sub(r"\s+", "", p.split(":", 1)[1]) or "")
        m = _DATE.match(p)
        if m:
            if m.group("place"):
                meta.setdefault("place", m.group("place").strip())
            meta.setdefault("date", re.sub(r"\s+", " ", m.group("date")).strip())


def _read_signature(cells: list[list[str]], meta: dict[str, str]) -> list[str]:
    """The signature cell first (title lines, then the name), then the recipients cell."""
    sig = [c for c in cells if any(_SIGN_START.match(p) or (p.isupper() and not p.lower().startswith("nơi nhận")) for p in c)
           and not any(p.lower().startswith("nơi nhận") for p in c)]
    rec = [c for c in cells if any(p.lower().startswith("nơi nhận") for p in c)]
    out: list[str] = []
    for c in sig:
        titles = [p for p in c if p.isupper() or _SIGN_START.match(p)]
        names = [p for p in c if not p.isupper() and not _SIGN_START.match(p) and re.match(r"^[A-ZÀ-ỸĐ][^\d]{3,60}$", p)]
        if titles:
            meta.setdefault("signer_title", " ".join(titles))
        if names:
            meta.setdefault("signer", names[-1])
        out.extend(c)
    for c in rec:
        out.extend(c)
    return out


def read_docx(path: Path, max_chars: int = 5_000_000, max_xml_bytes: int = 60_000_000) -> DocxContent:
    """Raises zipfile.BadZipFile / KeyError for a broken package, DocxLimitError past the limits."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for info in z.infolist():  # a zip bomb is stopped before anything is inflated
            if info.filename.startswith("word/") and info.file_size > max_xml_bytes:
                raise DocxLimitError(f"tệp .docx chứa phần quá lớn khi giải nén ({info.file_size / 1e6:.0f} MB)")
        doc_xml = z.read("word/document.xml")
        numbering = Numbering(z.read("word/numbering.xml") if "word/numbering.xml" in names else None,
                              z.read("word/styles.xml") if "word/styles.xml" in names else None)
        foot_xml = z.read("word/footnotes.xml") if "word/footnotes.xml" in names else None
    from lxml import etree

    root = etree.fromstring(doc_xml, parser=_safe_parser())
    body = root.find(W + "body")
    if body is None:
        raise KeyError("word/document.xml has no body")
    walker = _Walker(numbering, max_chars)
    out = DocxContent(paragraphs=[])
    for child in _blocks(body):
        if child.tag == W + "p":
            text = walker.paragraph(child)
            out.paragraphs.append(text)
        elif child.tag == W + "tbl":
            rows, merged, paras = _grid(child, walker)
            cells = [c for row in paras for c in _dedupe(row)]
            kind = _layout_kind(cells)
            if kind == "header":
                left = [p for r in paras if r for p in r[0]]
                right = [p for r in paras if len(r) > 1 for p in r[-1]]
                _read_header([left, right], out.meta)
                out.paragraphs.extend(p for c in cells for p in c)
            elif kind == "signature":
                out.paragraphs.extend(_read_signature(cells, out.meta))
            elif kind == "address" or (len(rows) == 1 and len(set(rows[0])) <= 2):
                out.paragraphs.extend(p for c in cells for p in c)  # a one-row layout table: its text
            else:
                out.paragraphs.extend(table_lines(rows, merged))
    if foot_xml and walker.refs:
        out.footnotes = _footnotes(foot_xml, walker)
    return out


def _dedupe(row: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for c in row:
        if not out or out[-1] is not c:
            out.append(c)
    return out


def _blocks(body):
    """Paragraphs and tables in document order, looking inside content controls (w:sdt)."""
    for child in body:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content)


def _footnotes(xml: bytes, walker: _Walker) -> dict[str, str]:
    from lxml import etree

    root = etree.fromstring(xml, parser=_safe_parser())
    notes: dict[str, str] = {}
    for fn in root.iter(W + "footnote"):
        fid = fn.get(W + "id")
        if fid not in walker.refs or fn.get(W + "type") in ("separator", "continuationSeparator"):
            continue
        text = " ".join(t for t in (walker.paragraph(p, numbered=False).strip() for p in fn.iter(W + "p")) if t)
        notes[walker.refs[fid]] = re.sub(r"\s+", " ", text).strip()
    return notes
