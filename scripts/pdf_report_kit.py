# -*- coding: utf-8 -*-
"""Shared helpers for the scripts that write invented born-digital PDF test reports (make_test_report_*.py).

The reports imitate the administrative Vietnamese layout: A4, embedded DejaVu Serif, a two-column header block
on the first page, a running header on the following pages, page numbers at the bottom, real page-bottom
footnotes, Roman / Arabic / "1.1." / "a)" headings, '-' / '+' items, bordered tables and a signature block with
"Nơi nhận:". Output is built with reportlab in invariant mode, so each generator writes the same bytes on
every run.

A generator keeps its content as a list of blocks (see the block kinds in each script), where a footnote is
written inline as ``[[text]]``, plus its own header block, and calls ``build_pdf``.

Import this module before any other reportlab module: it switches reportlab to invariant mode first.
"""
from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import Callable

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and document id: same bytes on every run
rl_config.pageCompression = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 2.8 * cm, 1.7 * cm, 2.0 * cm, 1.9 * cm
FRAME_W = PAGE_W - LEFT - RIGHT
BODY_SIZE, BODY_LEAD = 12.5, 15
FN_SIZE, FN_LEAD = 10, 12
HEADER_SIZE, PAGENO_SIZE = 10, 11
MAX_PAGES = 20  # one page template per page number, so each page can reserve room for its own footnotes


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def vn_pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}".replace(".", ",")


# --------------------------------------------------------------------------------------------------
# Fonts and styles
# --------------------------------------------------------------------------------------------------
def register_fonts() -> None:
    for name, file in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                       ("Serif-Italic", "DejaVuSerif-Italic.ttf"), ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")]:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                                  boldItalic="Serif-BoldItalic")


def styles(hd_right_size: float = 11.5, title_size: float = 14, subtitle_after: float = 14,
           cell_size: float = 11, cell_lead: float = 13) -> dict[str, ParagraphStyle]:
    """The paragraph styles; the arguments are the few sizes in which the reports differ."""
    body = ParagraphStyle("body", fontName="Serif", fontSize=BODY_SIZE, leading=BODY_LEAD, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=3)
    head = dict(parent=body, spaceBefore=3, spaceAfter=3)
    small = dict(fontSize=12, leading=15, alignment=TA_CENTER)
    cell = dict(fontSize=cell_size, leading=cell_lead)
    return {
        "body": body,
        "part": ParagraphStyle("part", parent=body, fontName="Serif-Bold", alignment=TA_CENTER, firstLineIndent=0,
                               spaceBefore=8, spaceAfter=6),
        "roman": ParagraphStyle("roman", fontName="Serif-Bold", **head),
        "arabic": ParagraphStyle("arabic", fontName="Serif-Bold", **head),
        "dec": ParagraphStyle("dec", fontName="Serif-BoldItalic", **head),
        "letter": ParagraphStyle("letter", fontName="Serif-Italic", **head),
        "fn": ParagraphStyle("fn", fontName="Serif", fontSize=FN_SIZE, leading=FN_LEAD, alignment=TA_JUSTIFY,
                             firstLineIndent=0.5 * cm),
        "hd_left": ParagraphStyle("hd_left", fontName="Serif-Bold", **small),
        "hd_left_n": ParagraphStyle("hd_left_n", fontName="Serif", **small),
        "hd_right": ParagraphStyle("hd_right", fontName="Serif-Bold", fontSize=hd_right_size, leading=15,
                                   alignment=TA_CENTER),
        "hd_motto": ParagraphStyle("hd_motto", fontName="Serif-Bold", **small),
        "hd_date": ParagraphStyle("hd_date", fontName="Serif-Italic", **small),
        "title": ParagraphStyle("title", fontName="Serif-Bold", fontSize=title_size, leading=18, alignment=TA_CENTER,
                                spaceBefore=18),
        "subtitle": ParagraphStyle("subtitle", fontName="Serif-Bold", fontSize=13, leading=17, alignment=TA_CENTER,
                                   spaceAfter=subtitle_after),
        "unit": ParagraphStyle("unit", fontName="Serif-Italic", fontSize=11, leading=14, alignment=TA_RIGHT,
                               spaceBefore=2, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName="Serif", alignment=TA_LEFT, **cell),
        "cell_b": ParagraphStyle("cell_b", fontName="Serif-Bold", alignment=TA_LEFT, **cell),
        "cell_c": ParagraphStyle("cell_c", fontName="Serif", alignment=TA_CENTER, **cell),
        "cell_cb": ParagraphStyle("cell_cb", fontName="Serif-Bold", alignment=TA_CENTER, **cell),
        "recv_h": ParagraphStyle("recv_h", fontName="Serif-BoldItalic", fontSize=12, leading=14, alignment=TA_LEFT),
        "recv": ParagraphStyle("recv", fontName="Serif", fontSize=10.5, leading=13, alignment=TA_LEFT),
        "sign": ParagraphStyle("sign", fontName="Serif-Bold", fontSize=13, leading=17, alignment=TA_CENTER),
    }


# --------------------------------------------------------------------------------------------------
# Footnotes: markers are <a name="fnN"/><super>N</super>; a canvas records on which page each anchor
# is drawn, and the next build reserves room for those footnotes at the bottom of that page.
# --------------------------------------------------------------------------------------------------
FN_RE = re.compile(r"\[\[(.+?)\]\]", re.S)


class RecordingCanvas(Canvas):
    anchors: dict[str, int] = {}

    def bookmarkHorizontal(self, key, relativeX, relativeY):  # noqa: N802 (reportlab API)
        RecordingCanvas.anchors[key] = self.getPageNumber()


def number_footnotes(blocks: list[tuple]) -> tuple[list[tuple], list[str]]:
    notes: list[str] = []

    def repl(m: re.Match) -> str:
        notes.append(m.group(1))
        return f'<a name="fn{len(notes)}"/><super size="8.5" rise="5">{len(notes)}</super>'

    out = [tuple(FN_RE.sub(repl, x) if isinstance(x, str) else x for x in b) for b in blocks]
    return out, notes


def footnote_paragraphs(numbers: list[int], notes: list[str], st) -> list[Paragraph]:
    return [Paragraph(nfc(f"<super size='7' rise='4'>{n}</super> {notes[n - 1]}"), st["fn"]) for n in numbers]


def footnote_height(numbers: list[int], notes: list[str], st) -> float:
    if not numbers:
        return 0.0
    return 14.0 + sum(p.wrap(FRAME_W, PAGE_H)[1] + 2 for p in footnote_paragraphs(numbers, notes, st))


def strip_markup(s: str) -> str:
    """Plain text of a block string whose footnotes are already numbered (for --text)."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<super[^>]*>(\d+)</super>", "", s))


def clean(s: str) -> str:
    """Plain text of a block string with its [[footnotes]] dropped (for --outline titles)."""
    return re.sub(r"<[^>]+>", "", FN_RE.sub("", s)).replace("\n", " ").strip()


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------
def heading_text(b: tuple) -> str:
    return nfc(f"{b[1]} {b[2]}")


def heading_height(b: tuple, st) -> float:
    p = Paragraph(heading_text(b), st[b[0]])
    return p.wrap(FRAME_W, PAGE_H)[1] + p.getSpaceBefore() + p.getSpaceAfter()


def table_flowables(tb: dict, st, pad: float = 4) -> list:
    """tb: {"unit", "head", "rows", "widths", "bold_rows"}; pad: left/right cell padding."""
    head = [Paragraph(nfc(h), st["cell_cb"]) for h in tb["head"]]
    rows = [head]
    for i, r in enumerate(tb["rows"]):
        bold = i in tb["bold_rows"]
        rows.append([Paragraph(r[0], st["cell_cb" if bold else "cell_c"]),
                     Paragraph(nfc(r[1]), st["cell_b" if bold else "cell"])]
                    + [Paragraph(c, st["cell_cb" if bold else "cell_c"]) for c in r[2:]])
    t = Table(rows, colWidths=tb["widths"], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]))
    # the table may run over a page break (header row repeated); the unit line stays with its first rows
    return [CondPageBreak(4 * cm), Paragraph(nfc(tb["unit"]), st["unit"]), t, Spacer(1, 6)]


def block_flowables(blocks: list[tuple], st, headings: tuple[str, ...], table: Callable[[], list]) -> list:
    """Blocks: (heading kind, label, title), ("item", label, title, text), ("p" | "num", text), ("dash" | "plus",
    text), ("table", ...); table() returns the flowables of the report's one table."""
    out: list = []
    for i, b in enumerate(blocks):
        kind = b[0]
        if kind in headings and (i == 0 or blocks[i - 1][0] not in headings):
            # keep a run of headings together with the first lines of what follows
            need, j = 2.2 * BODY_LEAD, i
            while j < len(blocks) and blocks[j][0] in headings:
                need += heading_height(blocks[j], st)
                j += 1
            out.append(CondPageBreak(need))
        if kind in headings:
            out.append(Paragraph(heading_text(b), st[kind]))
        elif kind == "item":
            out.append(Paragraph(nfc(f"<i>{b[1]} {b[2]}:</i> {b[3]}"), st["body"]))
        elif kind in ("p", "num"):
            out.append(Paragraph(nfc(b[1]), st["body"]))
        elif kind == "dash":
            out.append(Paragraph(nfc(f"- {b[1]}"), st["body"]))
        elif kind == "plus":
            out.append(Paragraph(nfc(f"+ {b[1]}"), st["body"]))
        elif kind == "table":
            out += table()
        else:
            raise ValueError(kind)
    return out


def signature(st, recipients: list[str], lines: list[str], right_w: float) -> list:
    """"Nơi nhận:" list on the left, the signer (lines: role, title, name) in a right column right_w wide."""
    left = [Paragraph(nfc("Nơi nhận:"), st["recv_h"])] + [Paragraph(nfc(r), st["recv"]) for r in recipients]
    right = [Paragraph(nfc(lines[0]), st["sign"]), Paragraph(nfc(lines[1]), st["sign"]),
             Spacer(1, 2.0 * cm), Paragraph(nfc(lines[2]), st["sign"])]
    t = Table([[left, right]], colWidths=[FRAME_W - right_w, right_w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 8), KeepTogether([t])]


# --------------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------------
def build_once(flowables_fn, notes, st, reserve: dict[int, list[int]], *, header_text: str,
               number_first_page: bool, doc_info: dict) -> tuple[bytes, dict[int, list[int]]]:
    def draw_page(canv, doc):
        page = canv.getPageNumber()
        # the next page takes the template of its own number (its frame leaves room for its footnotes)
        doc.handle_nextPageTemplate(f"p{min(page + 1, MAX_PAGES)}")
        canv.saveState()
        if page > 1:  # running header on every page after the first
            canv.setFont("Serif-Italic", HEADER_SIZE)
            canv.drawCentredString(LEFT + FRAME_W / 2, PAGE_H - 1.35 * cm, nfc(header_text))
            canv.setLineWidth(0.5)
            canv.line(LEFT, PAGE_H - 1.55 * cm, LEFT + FRAME_W, PAGE_H - 1.55 * cm)
            if not number_first_page:
                # numbered from page 2 on; drawn here, before the footnotes, as the content stream always was
                canv.setFont("Serif", PAGENO_SIZE)
                canv.drawCentredString(LEFT + FRAME_W / 2, 1.1 * cm, str(page))
        numbers = reserve.get(page, [])
        if numbers:
            paras = footnote_paragraphs(numbers, notes, st)
            heights = [p.wrap(FRAME_W, PAGE_H)[1] for p in paras]
            top = BOTTOM + sum(h + 2 for h in heights) + 6
            canv.setLineWidth(0.5)
            canv.line(LEFT, top, LEFT + 5 * cm, top)
            y = top - 4
            for p, h in zip(paras, heights):
                p.drawOn(canv, LEFT, y - h)
                y -= h + 2
        if number_first_page:
            canv.setFont("Serif", PAGENO_SIZE)
            canv.drawCentredString(LEFT + FRAME_W / 2, 1.1 * cm, str(page))
        canv.restoreState()

    templates = []
    for page in range(1, MAX_PAGES + 1):
        res = footnote_height(reserve.get(page, []), notes, st)
        frame = Frame(LEFT, BOTTOM + res, FRAME_W, PAGE_H - TOP - BOTTOM - res, 0, 0, 0, 0, id=f"f{page}")
        templates.append(PageTemplate(id=f"p{page}", frames=[frame], onPage=draw_page))
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=templates, **doc_info,
                          subject=nfc("Tài liệu mẫu để kiểm thử (nội dung hư cấu)"), pageCompression=1, invariant=1)
    RecordingCanvas.anchors = {}
    doc.build(flowables_fn(), canvasmaker=RecordingCanvas)
    landed: dict[int, list[int]] = {}
    for key, page in RecordingCanvas.anchors.items():
        landed.setdefault(page, []).append(int(key[2:]))
    return buf.getvalue(), {p: sorted(v) for p, v in landed.items()}


def build_pdf(blocks: list[tuple], flowables: Callable[[dict, list[tuple]], list], *, header_text: str,
              title: str, author: str, creator: str, number_first_page: bool = True, **style_sizes) -> bytes:
    """Lay the report out until every footnote sits on the page of its marker; return the PDF bytes.

    blocks: the report's blocks with [[footnote]] markers; flowables(st, numbered_blocks) returns the whole
    story; style_sizes go to styles()."""
    register_fonts()
    st = styles(**style_sizes)
    blocks, notes = number_footnotes(blocks)
    doc_info = dict(title=nfc(title), author=nfc(author), creator=creator)

    reserve: dict[int, list[int]] = {}
    for _ in range(12):
        pdf, landed = build_once(lambda: flowables(st, blocks), notes, st, reserve, header_text=header_text,
                                 number_first_page=number_first_page, doc_info=doc_info)
        if landed == reserve:
            if sum(len(v) for v in landed.values()) != len(notes):
                raise RuntimeError("some footnote markers were not drawn")
            return pdf
        reserve = landed
    raise RuntimeError("footnote layout did not settle")


def report_main(argv: list[str], pdf: Path, split: str, metadata: dict, outline: Callable[[], list],
                plain_text: Callable[[], str], build: Callable[[], bytes]) -> int:
    """A generator's command line: `--outline` prints the expected outline as JSON, `--text` the plain
    text, and no option writes the PDF."""
    import json

    root = Path(__file__).resolve().parent.parent
    if "--outline" in argv[1:]:
        print(json.dumps({"report": pdf.stem, "file": str(pdf.relative_to(root)), "split": split,
                          "metadata": {k: nfc(v) for k, v in metadata.items()}, "outline": outline()},
                         ensure_ascii=False, indent=1))
        return 0
    if "--text" in argv[1:]:
        print(plain_text())
        return 0
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(build())
    print(f"{pdf.relative_to(root)}  {pdf.stat().st_size:,} bytes")
    return 0
