# -*- coding: utf-8 -*-
"""Shared helpers for the scripts that write invented .docx test reports (make_test_report_*.py).

The reports imitate the Vietnamese administrative (state and party) layout: Times New Roman 14 on A4,
header and signature tables without borders, "Phần thứ ..." / Roman / Arabic / "1.1." / "a)" headings, '-' and
'+' items, tab-led paragraphs, bordered data tables, and real Word footnotes. python-docx cannot write
footnotes, so the saved package is post-processed (``package``): a footnotes part is added, unused parts are
dropped, and every zip entry gets a fixed timestamp, so that each generator writes the same bytes on every run.

A generator builds one ``DocxReport``, binds the helpers it uses to short names (``para = R.para`` ...), writes
its body, and calls ``R.save(out, zip_time, ...)``. The content (texts, tables, footnote texts) stays in the
generator.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import unicodedata
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CENTER, JUSTIFY, LEFT, RIGHT = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY,
                                WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT)


# ------------------------------------------------------------------------------------------ helpers
def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def vi(n: int) -> str:
    """Vietnamese thousands: 96418 -> '96.418'."""
    return f"{n:,}".replace(",", ".")


def vn_half_up(x, nd: int = 1) -> str:
    """Vietnamese decimal, rounded half up: 15.45 -> '15,45', Decimal('14286.5') -> '14.286,5'."""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return f"{q:,}".replace(",", "#").replace(".", ",").replace("#", ".")


def ratio(a, b, nd: int = 1) -> str:
    """a / b in percent, Vietnamese decimal."""
    return vn_half_up(Decimal(str(a)) * 100 / Decimal(str(b)), nd)


def change(cur, prev, nd: int = 1) -> str:
    """'tăng 7,4%' / 'giảm 6,8%' from the current and the earlier value."""
    d = (Decimal(str(cur)) / Decimal(str(prev)) - 1) * 100
    return ("tăng " if d >= 0 else "giảm ") + vn_half_up(abs(d), nd) + "%"


def recording_part(headings: list, report: "DocxReport"):
    """A part writer ('Phần thứ nhất' and its title on the next line) that also records it for the outline."""
    def write(label: str, title: str):
        headings.append(("part", label, title))
        report.part(label, title)
    return write


def recording(headings: list, kind: str, fn):
    """A heading writer that also records (kind, number, title) for the expected outline."""
    def write(t: str):
        num, title = t.split(" ", 1)
        headings.append((kind, num, title))
        return fn(t)
    return write


def outline_ids(headings: list[tuple[str, str, str]]) -> list[dict]:
    """The expected outline from the recorded (kind, number, title) headings: ids chained as the product
    writes them ('Phần thứ nhất › II.2.1', 'III.2.a', 'Phần thứ hai › I.2.(3)'; docs/SECTION_IDS.md). Kinds:
    part, roman, arabic, dec ('1.2.' under '1.'), letter, paren ('(3)', under the heading it follows)."""
    items: list[dict] = []
    part = roman = arabic = dec = last = None
    for kind, num, title in headings:
        if kind == "part":
            part, roman, arabic, dec, last = num, None, None, None, None
            items.append({"id": num, "title": title})
            continue
        label = num.rstrip(".)")
        if kind == "roman":
            roman, arabic, dec = label, None, None
            sid = roman
        elif kind == "arabic":
            arabic, dec = f"{roman}.{label}", None
            sid = arabic
        elif kind == "dec":
            major, minor = label.split(".", 1)
            assert arabic and arabic.rsplit(".", 1)[-1] == major, (arabic, num)
            dec = sid = f"{arabic}.{minor}"
        elif kind == "paren":
            sid = f"{last}.{num}"
        else:
            sid = f"{dec or arabic or roman}.{label}"
        if kind != "paren":
            last = sid
        items.append({"id": f"{part} › {sid}" if part else sid, "title": title})
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), ids
    return [{"id": nfc(i["id"]), "title": nfc(i["title"])} for i in items]


def run_cli(argv: list[str], *, name: str, split: str, metadata: dict, outline, text, save) -> int:
    """`script [out.docx]`, `script --outline` (the expected outline JSON), `script --text` (plain text)."""
    if "--outline" in argv[1:]:
        print(json.dumps({"report": name, "file": f"tests/data/{name}.docx", "split": split,
                          "metadata": {k: nfc(v) for k, v in metadata.items()}, "outline": outline()},
                         ensure_ascii=False, indent=1))
        return 0
    if "--text" in argv[1:]:
        print(text())
        return 0
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "tests" / "data" / f"{name}.docx"
    save(out)
    print(f"saved {out} ({out.stat().st_size} bytes)")
    return 0


class Fn:
    """A footnote reference placed among a paragraph's runs; numbered 1..N in the order it is placed."""

    def __init__(self, text: str):
        self.text = text


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    sides = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl_pr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{sides}</w:tblBorders>'))


def cell_lines(cell, lines, align=CENTER, size=13):
    """lines: list of (text, bold, italic[, underline])."""
    for i, line in enumerate(lines):
        text, bold, italic = line[:3]
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = None
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if len(line) > 3 and line[3]:
            r.underline = True
        r.font.size = Pt(size)


def signature_table(doc, recipients: list[str], signer_lines: list[tuple], widths=(Cm(8.0), Cm(8.0)),
                    recipients_size: float = 11):
    """The closing two-cell layout table without borders: "Nơi nhận:" and its list on the left, the
    signer's title, blank lines for the signature and the name on the right (lines as in cell_lines)."""
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    for c, w in zip(table.rows[0].cells, widths):
        c.width = w
    cell_lines(table.rows[0].cells[0], [("Nơi nhận:", True, True)] + [(r, False, False) for r in recipients],
               align=LEFT, size=recipients_size)
    cell_lines(table.rows[0].cells[1], signer_lines)
    return table


class DocxReport:
    """One report being written: the python-docx Document plus its footnote texts."""

    def __init__(self, space_after: float = 4):
        self.footnotes: list[str] = []  # footnote texts, numbered 1..N in the order they are referenced
        self.doc = doc = Document()
        st = doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(14)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")  # Vietnamese text needs the East Asian font too
        st.paragraph_format.space_after = Pt(space_after)
        st.paragraph_format.line_spacing = 1.0
        sec = doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    # -------------------------------------------------------------------------------- paragraphs
    def para(self, *runs, bold=False, italic=False, align=JUSTIFY, indent=Cm(1.0), tab=False, size=None,
             keep_next=False, left=None):
        """runs: str or Fn. tab: the paragraph starts with a real TAB character instead of a first-line indent."""
        p = self.doc.add_paragraph()
        p.alignment = align
        if indent is not None and not tab:
            p.paragraph_format.first_line_indent = indent
        if left is not None:
            p.paragraph_format.left_indent = left
        if keep_next:
            p.paragraph_format.keep_with_next = True
        first = True
        for item in runs:
            if isinstance(item, Fn):
                self.footnotes.append(item.text)
                p._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                    f'<w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(self.footnotes)}"/></w:r>'))
                continue
            r = p.add_run()
            if first and tab:
                r.add_tab()
            first = False
            r.add_text(item)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        return p

    def part(self, *lines):  # Phần thứ ...
        for t in lines:
            self.para(t, bold=True, align=CENTER, indent=None, keep_next=True)

    def caption(self, *lines, unit=None):
        """A table's caption lines (bold, centred) and its unit line (italic, right-aligned)."""
        for t in lines:
            self.para(t, bold=True, align=CENTER, indent=None, keep_next=True)
        if unit:
            self.para(unit, italic=True, align=RIGHT, indent=None, size=12, keep_next=True)

    def roman(self, t):  # I., II. ...
        return self.para(t, bold=True, keep_next=True)

    def arabic(self, t):  # 1., 2. ...
        return self.para(t, bold=True, keep_next=True)

    def dec(self, t):  # 1.1., 1.2. ...
        return self.para(t, bold=True, italic=True, keep_next=True)

    def letter(self, t):  # a), b) ...
        return self.para(t, italic=True, keep_next=True)

    def body(self, *runs):
        return self.para(*runs)

    def tabbed(self, *runs):
        return self.para(*runs, tab=True)

    def dash(self, *runs):
        return self.para("- ", *runs) if isinstance(runs[0], Fn) else self.para("- " + runs[0], *runs[1:])

    def plus(self, *runs):
        return self.para("+ " + runs[0], *runs[1:], indent=Cm(0), left=Cm(1.0))

    def target(self, n, t):
        return self.para(f"({n}) {t}")

    # -------------------------------------------------------------------------------------- tables
    def grid_table(self, header, rows, widths, *, size=12, label_col=1, totals=("Tổng cộng",),
                   repeat_header=False, middle_rows=False, spacer=False, column_widths=False):
        """A bordered data table with one bold header row.

        rows: tuples of cell texts; ("group", text) spans the whole row in bold; a row whose label (column
        label_col, left-aligned) starts with one of `totals` is bold, one starting with "Trong đó" has its label
        in italic. repeat_header: repeat the header row on each page; middle_rows: centre the body cells
        vertically too; spacer: an empty paragraph after the table; column_widths: the grid columns set to the
        cell widths too, as Word writes them. (The options reproduce the generators'
        former private copies exactly, so their output bytes did not change.)"""
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if repeat_header:
            t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.width = widths[i]
            cell_lines(c, [(h, True, False)], size=size)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for r in rows:
            cells = t.add_row().cells
            if r[0] == "group":
                m = cells[0].merge(cells[-1])
                cell_lines(m, [(r[1], True, False)], align=LEFT, size=size)
                continue
            strong = r[label_col].startswith(tuple(totals))
            sub = r[label_col].startswith("Trong đó")
            for i, v in enumerate(r):
                cells[i].width = widths[i]
                cell_lines(cells[i], [(v, strong, sub and i == label_col)],
                           align=LEFT if i == label_col else CENTER, size=size)
                if middle_rows:
                    cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if spacer:
            self.para("", indent=None)
        if column_widths:
            for col, w in zip(t.columns, widths):
                col.width = w
        return t

    # ------------------------------------------------------------------------------------------ save
    def save(self, out: Path, zip_time: tuple, *, author: str, title: str, created: dt.datetime) -> Path:
        """Write the packaged .docx to `out`; fixed core properties and zip_time keep the bytes stable."""
        cp = self.doc.core_properties
        cp.author = cp.last_modified_by = author
        cp.title = title
        cp.created = cp.modified = created
        cp.revision = 1
        buf = io.BytesIO()
        self.doc.save(buf)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(package(buf.getvalue(), self.footnotes, zip_time))
        return out


# ------------------------------------------------------------------------------------- packaging
FOOTNOTE_STYLES = """<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>\
<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>\
<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/>\
<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/>\
<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>\
</w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>"""

CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
REL_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
# parts of python-docx's default template that a report written in Word would not carry
DROP_PARTS = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml",
              "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"}


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnotes_xml(footnotes: list[str]) -> bytes:
    notes = [  # Word requires the two separator notes (ids -1 and 0) before the real ones
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in enumerate(footnotes, start=1):
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + "".join(notes) + "</w:footnotes>").encode("utf-8")


def _styles(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    for el in parse_xml(f'<w:x {nsdecls("w")}>{FOOTNOTE_STYLES}</w:x>'):
        root.append(el)
    rpr = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    lang = rpr.find(qn("w:lang")) if rpr is not None else None
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _settings(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    root.find(qn("w:compat")).addprevious(fpr)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _document(xml: bytes, footnotes: list[str]) -> bytes:
    # every footnote is referenced exactly once, in order
    ids = [int(m) for m in re.findall(rb'<w:footnoteReference w:id="(\d+)"/>', xml)]
    assert ids == list(range(1, len(footnotes) + 1)), ids
    return xml


def _rels(xml: bytes, drop: tuple[str, ...], add: list[tuple[str, str, str]]) -> bytes:
    root = etree.fromstring(xml)
    for rel in list(root):
        if rel.get("Type").endswith(drop):
            root.remove(rel)
    ns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    for rid, typ, target_ in add:
        assert rid not in {rel.get("Id") for rel in root}, rid
        etree.SubElement(root, ns + "Relationship", Id=rid, Type=typ, Target=target_)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _content_types(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    for el in list(root):
        if (el.get("PartName") or "").lstrip("/") in DROP_PARTS or el.get("Extension") == "jpeg":
            root.remove(el)
    etree.SubElement(root, ns + "Override", PartName="/word/footnotes.xml", ContentType=CT_FOOTNOTES)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def package(raw: bytes, footnotes: list[str], zip_time: tuple) -> bytes:
    """Add the footnotes part to a python-docx package and rewrite the zip deterministically."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {n: src.read(n) for n in src.namelist() if n not in DROP_PARTS}
    parts["word/document.xml"] = _document(parts["word/document.xml"], footnotes)
    parts["word/footnotes.xml"] = footnotes_xml(footnotes)
    parts["word/styles.xml"] = _styles(parts["word/styles.xml"])
    parts["word/settings.xml"] = _settings(parts["word/settings.xml"])
    parts["word/_rels/document.xml.rels"] = _rels(
        parts["word/_rels/document.xml.rels"], ("/stylesWithEffects", "/customXml"),
        [("rId90", REL_FOOTNOTES, "footnotes.xml")])
    parts["_rels/.rels"] = _rels(parts["_rels/.rels"], ("/thumbnail",), [])
    parts["[Content_Types].xml"] = _content_types(parts["[Content_Types].xml"])
    # the order Word itself writes the first parts in; the rest sorted, so the bytes never depend on dict order
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
    names = order + sorted(n for n in parts if n not in order)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=zip_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name], compresslevel=9)
    return out.getvalue()


def _p_text(p) -> str:
    out = []
    for el in p.iter(qn("w:t"), qn("w:tab")):
        out.append("\t" if el.tag == qn("w:tab") else (el.text or ""))
    return "".join(out)


def plain_text(doc, layout_tables, footnotes: list[str]) -> str:
    """The document as plain text for `--text`: paragraphs, layout tables cell by cell, data tables row
    by row ('a | b | c'), then the footnotes numbered (NFC)."""
    lines: list[str] = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_p_text(child))
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = ["\n".join(_p_text(p) for p in tc.iter(qn("w:p"))) for tc in tr.iter(qn("w:tc"))]
                if child in layout_tables:
                    lines += [c for c in cells]
                else:
                    lines.append(" | ".join(cells))
    lines += [f"{n} {t}" for n, t in enumerate(footnotes, 1)]
    return unicodedata.normalize("NFC", "\n".join(lines))
