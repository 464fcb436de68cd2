"""The report reader ("Đọc báo cáo"): a report's section tree on the left, its whole normalised text on the
right, a citation opened at its place with the quote marked. Every piece of report text is escaped here,
as in render.py: a report holding `<script>` shows it as text.

The HTML is built once per report choice (or per citation opened) in one pass over `Report.text`, so a
long report costs a few milliseconds here; the browser gets one string and scrolls inside the text column."""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from assistant import Report, Section, report_label

REMOVED = "Báo cáo này đã bị xóa"
PICK = "Chọn một báo cáo để đọc toàn văn; bấm một mục ở cột “Mục lục” để đến đúng chỗ."
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_NEWLINES = re.compile(r"\n+")
_SCOPE = " › "
# Kinds of section (assistant.SectionKind) the outline leaves out (list items, footnotes: they keep their
# anchors), and those shown by their name alone ('Tiêu đề', 'Mở đầu', 'Nơi nhận', 'Ký tên').
NOT_IN_OUTLINE = frozenset({"bullet", "footnote"})
NAME_ONLY = frozenset({"title", "preamble", "recipients", "signature"})


def slug(number: str) -> str:
    """A section number as an HTML id: 'Phần thứ nhất › I.1' -> 'rd-phan-thu-nhat-i-1'."""
    folded = unicodedata.normalize("NFD", number.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return "rd-" + (re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-") or "muc")


def anchors(report: Report) -> dict[str, str]:
    """Each section number's anchor id, unique within the report (two numbers folding alike get -2, -3)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for s in report.sections:
        base = anchor = slug(s.number)
        n = 2
        while anchor in used:
            anchor, n = f"{base}-{n}", n + 1
        used.add(anchor)
        out.setdefault(s.number, anchor)
    return out


def tree(report: Report) -> list[tuple[Section, int]]:
    """The sections in tree order (pre-order from the roots, children in their listed order), with their
    depth; a section whose parent is unknown counts as a root."""
    by_number = {s.number: s for s in report.sections}
    out: list[tuple[Section, int]] = []
    seen: set[str] = set()

    def walk(s: Section, depth: int) -> None:
        if s.number in seen:
            return
        seen.add(s.number)
        out.append((s, depth))
        for child in s.children:
            if child in by_number:
                walk(by_number[child], depth + 1)

    for s in sorted(report.sections, key=lambda s: (s.start, s.level)):
        if s.parent is None or s.parent not in by_number:
            walk(s, 0)
    for s in report.sections:  # anything a broken tree left out, at the end rather than lost
        walk(s, 0)
    return out


def entry_label(s: Section) -> str:
    """What the outline shows: the number within its scope and the title ('I.1. Công tác …', 'Mở đầu')."""
    number = s.number.split(_SCOPE)[-1]
    title = " ".join(s.title.split())
    if len(title) > 90:
        title = title[:88].rstrip() + "…"
    if s.kind in NAME_ONLY or title == number:
        return number
    return f"{number}. {title}" if s.kind != "paragraph" else f"{number}: {title}"


def outline_html(report: Report | None) -> str:
    """The section tree as links to the anchors of text_html; list items and footnotes are left out (they
    keep their anchors). Collapsible on narrow screens (the summary is shown only there)."""
    if report is None:
        return '<div class="rd-empty">Mục lục của báo cáo hiện ở đây.</div>'
    ids = anchors(report)
    links = []
    for s, depth in tree(report):
        if s.kind in NOT_IN_OUTLINE:
            continue
        anchor = ids[s.number]
        links.append(f'<li class="rd-d{min(depth, 5)}"><a class="rd-link" href="#{anchor}" data-target="{anchor}" '
                     f'title="{html.escape(s.number)}">{html.escape(entry_label(s))}</a></li>')
    return ('<details class="rd-toc" open><summary>Mục lục</summary>'
            f'<ul class="rd-tree">{"".join(links)}</ul></details>')


@dataclass
class _Block:
    start: int
    end: int
    tag: str  # p | h3 | h4 | h5
    cls: str
    anchors: list[str]


def _blocks(report: Report, ids: dict[str, str]) -> list[_Block]:
    """The text cut into headings and paragraphs, each section's anchor on the first block at or after its
    start. Nothing is emitted twice: a heading that starts inside text already shown keeps only its rest."""
    text = report.text
    out: list[_Block] = []
    pending: list[str] = []
    pos = 0
    cur: Section | None = None  # the section whose text comes next

    def body(a: int, b: int) -> None:
        nonlocal pending
        cut = a
        for m in list(_PARA_BREAK.finditer(text, a, b)) + [None]:
            end = m.start() if m else b
            start, stop = cut, end
            while start < stop and text[start].isspace():
                start += 1
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if stop > start:
                inside = cur is not None and start < cur.end
                cls = {"title": "rd-title", "footnote": "rd-note"}.get(cur.kind, "") if inside else ""
                out.append(_Block(start, stop, "p", cls, pending))
                pending = []
            cut = m.end() if m else b

    for s in sorted(report.sections, key=lambda s: (s.start, s.level)):
        if s.start > pos:
            body(pos, s.start)
            pos = s.start
        pending.append(ids[s.number])
        cur = s
        if s.body_start > pos:
            head_start, head_end = pos, s.body_start
            while head_end > head_start and text[head_end - 1].isspace():
                head_end -= 1
            if head_end > head_start:
                tag = "h3" if s.level <= 1 else ("h4" if s.level == 2 else "h5")
                cls = "rd-h rd-title" if s.kind == "title" else "rd-h"
                out.append(_Block(head_start, head_end, tag, cls, pending))
                pending = []
            pos = s.body_start
    body(pos, len(text))
    if pending:  # sections with no text of their own at the very end
        out.append(_Block(len(text), len(text), "p", "", pending))
    return out


def _inline(text: str, a: int, b: int, inserts: list[tuple[int, int, str]]) -> str:
    """text[a:b] escaped, single newlines as <br>, with the inserts (offset, order, html) placed at their offsets."""
    out, cur = [], a
    for at, _, frag in sorted(inserts):
        out.append(_NEWLINES.sub("<br>", html.escape(text[cur:at])))
        out.append(frag)
        cur = at
    out.append(_NEWLINES.sub("<br>", html.escape(text[cur:b])))
    return "".join(out)


def text_html(report: Report | None, mark: tuple[int, int] | None = None, nonce: str = "",
              missing: str | None = None) -> str:
    """The report's whole text: headings as headings, paragraphs as <p>, an anchor per section, 'trang N'
    in the margin where a page starts, the span `mark` (offsets into Report.text) in <mark class="cite-mark">.
    `nonce` makes two renders of the same place differ, so the page scrolls to the mark again."""
    if report is None:
        msg = f"{REMOVED}{f' ({missing})' if missing else ''}." if missing is not None else PICK
        return f'<div class="rd-text rd-empty" data-nonce="{html.escape(nonce)}">{html.escape(msg)}</div>'
    text = report.text
    ids = anchors(report)
    blocks = _blocks(report, ids)
    ms, me = mark if mark else (0, 0)
    ms, me = max(0, min(ms, len(text))), max(0, min(me, len(text)))
    pages = sorted(report.pages)
    page_i = 0
    parts = []
    for blk in blocks:
        inserts: list[tuple[int, int, str]] = []
        # a page that starts between two blocks is labelled at the start of the next one
        while page_i < len(pages) and (pages[page_i][0] < blk.end or blk is blocks[-1]):
            offset, number = pages[page_i]
            inserts.append((min(max(offset, blk.start), blk.end), 1, f'<span class="rd-page">trang {number}</span>'))
            page_i += 1
        if ms < me and ms < blk.end and me > blk.start:
            inserts.append((max(ms, blk.start), 2, '<mark class="cite-mark">'))
            inserts.append((min(me, blk.end), 0, "</mark>"))
        anchor = "".join(f'<span class="rd-anchor" id="{i}"></span>' for i in blk.anchors)
        cls = f' class="{blk.cls}"' if blk.cls else ""
        parts.append(f"<{blk.tag}{cls}>{anchor}{_inline(text, blk.start, blk.end, inserts)}</{blk.tag}>")
    head = html.escape(report_label(report))
    source = html.escape(report.source_name or report.id)
    ocr = " · văn bản nhận dạng từ bản quét (OCR)" if (report.meta or {}).get("ocr") else ""
    return (f'<div class="rd-text" data-report="{html.escape(report.id)}" data-nonce="{html.escape(nonce)}">'
            f'<div class="rd-head">{head} · <span class="rd-source">{source}</span>{ocr}</div>'
            f'{"".join(parts)}</div>')


def jump_target(data: dict | None) -> tuple[str, int, int] | None:
    """The (report, start, end) a 'Mở trong báo cáo' click sent from the page; None when it is not one."""
    data = data or {}
    try:
        rid, start, end = str(data["report"]), int(data["start"]), int(data["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (rid, start, end) if rid and 0 <= start <= end else None


# --- the page's side ---------------------------------------------------------------------------------------
# Gradio 6 has no per-link callback inside gr.HTML, but a gr.HTML's `js_on_load` gets a `trigger(name, data)`
# that fires a custom event of that component with `data` as its gr.EventData: the citations panel sends
# 'open_source' with the card's report and offsets, and app.py listens with `cites.open_source(...)`. That
# needs no hidden textbox (whose value would also have to change for each click), and the listener is
# bound once to the component's root, so it survives each re-render of the cards.
CITE_JS = """
element.addEventListener('click', (ev) => {
  const b = ev.target.closest && ev.target.closest('button.cite-open');
  if (!b) return;
  ev.preventDefault(); ev.stopPropagation();  // inside <summary>: the card does not toggle
  trigger('open_source', {report: b.dataset.report, start: Number(b.dataset.start), end: Number(b.dataset.end)});
});
"""

# The text column scrolls on its own. After each render (`watch('value')` runs once the new HTML is in place)
# it scrolls to the marked quote, or to the top for a new report. The reader tab may still be hidden at that
# moment (the tab switch comes with the same update), so it waits until the column has a size.
TEXT_JS = """
const reveal = () => {
  let tries = 0;
  const go = () => {
    const box = element.querySelector('.rd-text');
    if (!box) return;
    if (box.offsetParent === null || box.clientHeight === 0) { if (tries++ < 100) setTimeout(go, 50); return; }
    const mark = box.querySelector('mark.cite-mark');
    if (!mark) { box.scrollTop = 0; return; }
    box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
    const r = mark.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({block: 'center'});
  };
  go();
};
watch('value', reveal);
reveal();
"""

# An outline entry scrolls the text column to its heading; the page itself moves only if the column is off
# screen (on desktop the outline stays where it is). On a narrow screen the outline folds away after a pick.
OUTLINE_JS = """
const wide = window.matchMedia('(min-width: 700px)');
const fit = () => {
  const toc = element.querySelector('details.rd-toc');
  if (toc) toc.open = wide.matches;
};
watch('value', fit);
wide.addEventListener('change', fit);
fit();
element.addEventListener('click', (ev) => {
  const a = ev.target.closest && ev.target.closest('a.rd-link');
  if (!a) return;
  ev.preventDefault();
  const target = document.getElementById(a.dataset.target);
  const box = target && target.closest('.rd-text');
  if (!box) return;
  box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  element.querySelectorAll('a.rd-link.current').forEach((x) => x.classList.remove('current'));
  a.classList.add('current');
  if (!wide.matches) { element.querySelector('details.rd-toc').open = false; }
  const r = box.getBoundingClientRect();
  if (r.top < 0 || r.top > window.innerHeight - 80) box.scrollIntoView({block: 'start'});
});
"""

CSS = """
#reader-row { flex-wrap: nowrap; gap: 1rem; align-items: flex-start; }
#reader-outline { flex: 0 0 300px; min-width: 0; position: sticky; top: .5rem; }
#reader-text { flex: 1 1 auto; min-width: 0; }
.rd-toc { max-height: calc(100vh - 260px); overflow: auto; border: 1px solid #d9dee7; border-radius: 8px;
  padding: .4rem .5rem; background: #fafbfd; }
.rd-toc > summary { display: none; cursor: pointer; font-weight: 600; color: #1d3b75; }
ul.rd-tree { list-style: none; margin: 0; padding: 0; font-size: .9rem; line-height: 1.3; text-align: left; }
ul.rd-tree li { margin: .15rem 0; }
ul.rd-tree a.rd-link { color: #1d3b75; text-decoration: none; display: block; padding: .1rem .2rem; border-radius: 4px;
  overflow-wrap: anywhere; text-align: left; }
ul.rd-tree a.rd-link:hover, ul.rd-tree a.rd-link.current { background: #e6eefc; }
ul.rd-tree .rd-d0 > a { font-weight: 600; }
ul.rd-tree .rd-d1 { padding-left: .9rem; } ul.rd-tree .rd-d2 { padding-left: 1.8rem; }
ul.rd-tree .rd-d3 { padding-left: 2.7rem; } ul.rd-tree .rd-d4 { padding-left: 3.6rem; }
ul.rd-tree .rd-d5 { padding-left: 4.5rem; }
.rd-text { position: relative; max-height: calc(100vh - 260px); min-height: 300px; overflow: auto;
  border: 1px solid #d9dee7; border-radius: 8px; background: #fff; padding: .6rem 1.2rem .6rem 4.6rem;
  line-height: 1.55; overflow-wrap: anywhere; text-align: left; }
.rd-text.rd-empty { min-height: 0; padding: .8rem 1rem; color: #666; font-style: italic; }
.rd-text .rd-head { color: #666; font-size: .85rem; margin-bottom: .6rem; }
.rd-text h3, .rd-text h4, .rd-text h5 { color: #1d3b75; margin: 1.1rem 0 .4rem 0; line-height: 1.35; }
.rd-text h3 { font-size: 1.15rem; } .rd-text h4 { font-size: 1.05rem; } .rd-text h5 { font-size: 1rem; }
.rd-text .rd-title { text-align: center; font-weight: 600; }
.rd-text p { margin: 0 0 .6rem 0; }
.rd-text p.rd-note { font-size: .88rem; color: #555; }
.rd-anchor { scroll-margin-top: .5rem; }
.rd-page { position: absolute; left: .5rem; font-size: .75rem; font-weight: normal; color: #8a94a6;
  font-style: normal; white-space: nowrap; }
.rd-empty { color: #666; font-style: italic; }
button.cite-open { margin-left: .4rem; font-size: .8rem; font-weight: 500; color: #2f6fde; background: none;
  border: 1px solid #c9d6ef; border-radius: 5px; padding: 0 .4rem; cursor: pointer; }
button.cite-open:hover { background: #e6eefc; }
@media (max-width: 699.98px) {
  #reader-row { flex-direction: column; flex-wrap: nowrap; }
  #reader-outline { position: static; flex: none; width: 100%; }
  #reader-text { width: 100%; }
  .rd-toc { max-height: 50vh; }
  .rd-toc > summary { display: list-item; }
  .rd-text { padding: .5rem .7rem .5rem 3.2rem; max-height: 80vh; }
  .rd-page { left: .2rem; font-size: .7rem; }
}
"""
