"""HTML and markdown for the page. Every piece of document text is escaped here: a report with
`<script>` or markdown tricks shows as text and runs nothing."""
from __future__ import annotations

import html
import re
from datetime import datetime

from assistant import Answer, Citation, Comparison, Report, Summary, Trend, format_value, report_label

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
_MARKER = re.compile(r"\\\[(\d+)\\\]")
_CITED = re.compile(r"\[(\d+)\]")


def escape_md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def chat_text(answer: Answer) -> str:
    """What the chat bubble shows: the answer's lead; the verbatim quotes live in the citations
    panel beside it (the JSON answer keeps both), whose header says how to open them."""
    return "\n".join(answer.lead).rstrip()


def bubble(answer: Answer) -> str:
    """A settled answer as the chat shows it: notice, direct answer, and a comparison table if any;
    then, hidden, its plain text for the copy buttons (see copy_holder)."""
    return _bubble(answer) + copy_holder(answer)


def _bubble(answer: Answer) -> str:
    text = chat_text(answer)
    notice = answer_markdown(f"({answer.notice})") if answer.notice else ""
    if isinstance(answer, Comparison) and answer.rows:
        # the table replaces the text rows; the rest (only-in-one sections, contrast) stays as text
        return (notice + answer_markdown(answer.intro) + compare_html(answer)
                + answer_markdown("\n".join(answer.notes).strip()))
    if isinstance(answer, Trend) and answer.series:
        return notice + answer_markdown(answer.question) + trend_html(answer)
    if answer.notice:
        text = f"({answer.notice})\n{text}"
    return answer_markdown(text)


# Once, at the head of the sources panel, rather than under every answer in the chat.
QUOTES_HINT = "Bấm vào một nguồn (hoặc số [n] trong câu trả lời) để mở đúng đoạn trong báo cáo, đoạn được trích tô sáng."


def cited_numbers(answer: Answer) -> set[int]:
    """The [n] the answer shows: in its lead, and in a comparison's rows and notes, a trend's points,
    a summary's items (drawn as tables or lists, not always as text)."""
    texts = [*answer.lead, answer.notice or ""]
    used: set[int | None] = set()
    if isinstance(answer, Comparison):
        texts += [answer.intro, *answer.notes]
        used |= {f.n for r in answer.rows for f in (r.a, r.b)}
    if isinstance(answer, Trend):
        used |= {p.figure.n for s in answer.series for p in s.points}
    if isinstance(answer, Summary):
        used |= {i.n for i in answer.items}
    used |= {int(m) for t in texts for m in _CITED.findall(t)}
    return {n for n in used if n is not None}


def shown_citations(answer: Answer) -> list[Citation]:
    """The sources the answer uses. A source retrieved as context but never marked in the answer is
    left out of the panel and the copied text (the Word/JSON exports keep every citation); an answer
    that marks none keeps them all rather than show an empty panel."""
    used = cited_numbers(answer)
    kept = [c for c in answer.citations if c.n in used]
    return kept or list(answer.citations)


def source_line(c: Citation) -> str:
    """'[1] Báo cáo …, mục I.3 …, trang N: “quote”' — one source in plain text."""
    where = f"mục {c.section}" + (f". {c.section_title}" if c.section_title else "")
    where += (f", trang {c.page}" if c.page else "") + (" (OCR)" if c.ocr else "")
    title = c.report_title + (f" ({c.period})" if c.period and c.period not in c.report_title else "")
    return f"[{c.n}] {title}, {where}: “{c.quote}”"


def plain_text(answer: Answer) -> str:
    """The answer as plain text for the clipboard: its lead (comparison and trend rows as text lines),
    then the sources it uses with their quotes. No markdown, no HTML."""
    lead = chat_text(answer)
    if answer.notice:
        lead = f"({answer.notice})\n{lead}"
    sources = shown_citations(answer)
    return lead + ("\n\nNguồn:\n" + "\n".join(source_line(c) for c in sources) if sources else "")


def copy_holder(answer: Answer) -> str:
    """The plain text, carried hidden inside the message for the copy buttons (HEAD's script).
    Gradio's Chatbot copies a message's raw content (here markdown with escapes and <a> links), and its
    `copy` event only reports what was copied, it cannot change it: so the page's script answers the
    click itself with this text. An attribute, not text, so the markdown renderer leaves it alone
    (newlines as &#10;: a blank line would end the HTML and start markdown); `title`, because the
    Chatbot's sanitizer strips data-* attributes, and a hidden element shows no tooltip."""
    text = html.escape(plain_text(answer), quote=True).replace("\r", "").replace("\n", "&#10;")
    return f'<span class="copy-text" hidden title="{text}"></span>'


def answer_markdown(text: str) -> str:
    """The answer as safe markdown; [n] markers become links to their citation card."""
    lines = [escape_md(line) for line in text.split("\n")]
    out = "  \n".join(lines)
    return _MARKER.sub(lambda m: f'<a href="#cite-{m.group(1)}" class="cite-link">[{m.group(1)}]</a>', out)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())


def section_html(report: Report, c: Citation) -> str:
    """The whole cited section, the quoted span marked."""
    sec = report.section(c.section)
    start, end = (sec.start, sec.end) if sec else (c.start, c.end)
    start, end = min(start, c.start), max(end, c.end)
    text = report.text
    body = (html.escape(text[start:c.start]) + '<mark class="cite-mark">' + html.escape(text[c.start:c.end])
            + "</mark>" + html.escape(text[c.end:end]))
    return _paragraphs(body)


def citations_html(answer: Answer | None, reports: dict[str, Report]) -> str:
    if answer is None or not answer.citations:
        hint = ("Các câu trả lời có trích dẫn sẽ hiện nguồn ở đây. Bấm vào một nguồn (hoặc số [1] trong câu trả lời) "
                "để xem toàn văn mục báo cáo, đoạn được trích được tô sáng.")
        return f'<div class="cite-empty">{hint}</div>'
    cards = []
    for c in shown_citations(answer):
        rep = reports.get(c.report)
        label = html.escape(report_label(rep) if rep else c.report_title)
        body = section_html(rep, c) if rep else f"<p>{html.escape(c.quote)}</p>"
        cards.append(
            f'<details class="cite-card" id="cite-{c.n}">'
            f'<summary><div class="cite-head"><span class="cite-n">[{c.n}]</span> '
            f'<span class="cite-src">{label} · mục {html.escape(c.section)}. {html.escape(c.section_title)}</span>'
            f'<button type="button" class="cite-open" data-report="{html.escape(c.report)}" data-start="{c.start}" '
            f'data-end="{c.end}" title="Mở toàn văn báo cáo ở đúng chỗ này">Mở trong báo cáo</button></div>'
            f'<blockquote class="cite-quote">{html.escape(c.quote)}</blockquote></summary>'
            f'<div class="cite-section"><div class="cite-report">{html.escape(c.report_title)}</div>'
            f'<h4>Mục {html.escape(c.section)}. {html.escape(c.section_title)}</h4>{body}</div></details>')
    return f'<div class="cite-hint">{html.escape(QUOTES_HINT)}</div><div class="cite-list">' + "".join(cards) + "</div>"


def result_status(text: str, ok: bool = True) -> str:
    """A line under the Tóm tắt / So sánh button: the result went into the chat (maybe off-screen), and a
    link that shows it there (HEAD's script scrolls to the last answer)."""
    return (f'<div class="result-status{"" if ok else " failed"}">{"✔" if ok else "ⓘ"} {html.escape(text)} — '
            '<a href="#chatbot" class="goto-chat">xem trong khung hội thoại</a></div>')


def cut_label(text: str, limit: int) -> str:
    """`text` on one line in at most `limit` characters: when longer, cut at a word boundary and ended
    with "…" (a title cut inside a word reads as another word). A single word longer than half the
    limit is cut inside rather than leaving a stub."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    head = text[:limit - 1]  # room for the "…"
    if text[limit - 1] != " ":  # the cut falls inside a word: back to the space before it
        space = head.rfind(" ")
        if space >= limit // 2:
            head = head[:space]
    return head.rstrip(" ,;:.-–—") + "…"


def reports_rows(reports: list[dict]) -> list[list]:
    return [[r["id"], r["title"], r["period"] or "", r["sections"], r["chunks"],
             datetime.fromtimestamp(r["added_at"]).strftime("%d/%m/%Y %H:%M")] for r in reports]


CSS = """
.gradio-container { max-width: 1400px !important; margin: auto; font-size: 16px; }
#app-title h1 { font-size: 1.5rem; margin-bottom: 0; }
#app-title p { color: #555; margin-top: .2rem; }
.cite-list { display: flex; flex-direction: column; gap: .6rem; }
.cite-card { border: 1px solid #d9dee7; border-radius: 8px; padding: .5rem .8rem; background: #fff; }
.cite-card[open] { border-color: #2f6fde; box-shadow: 0 0 0 2px #2f6fde22; }
.cite-card summary { cursor: pointer; list-style: none; }
.cite-card summary::-webkit-details-marker { display: none; }
.cite-head { font-weight: 600; color: #1d3b75; line-height: 1.35; }
.cite-n { color: #2f6fde; }
.cite-quote { margin: .4rem 0 0 0; padding-left: .6rem; border-left: 3px solid #c9d6ef; color: #333; font-size: .95rem; }
.cite-section { margin-top: .6rem; max-height: 420px; overflow: auto; border-top: 1px dashed #d9dee7; padding-top: .5rem; }
.cite-section h4 { margin: .2rem 0 .4rem 0; }
.cite-report { font-size: .8rem; color: #666; }
.cite-mark { background: #ffe58a; padding: 0 .1rem; }
.cite-empty { color: #666; font-style: italic; padding: .5rem; }
a.cite-link { text-decoration: none; font-weight: 600; color: #2f6fde; }
#reports-table, #reports-table * { font-family: var(--font) !important; }
table.cmp { border-collapse: collapse; width: 100%; font-size: .92rem; margin-top: .4rem; }
table.cmp th, table.cmp td { border-bottom: 1px solid #e3e7ee; padding: .3rem .4rem; text-align: left; vertical-align: top; }
table.cmp .sec { color: #777; font-size: .8rem; }
table.cmp td.ind { min-width: 8rem; }
table.cmp td.bars { width: 70px; }
table.cmp .bar { height: 7px; border-radius: 3px; margin: 3px 0; }
table.cmp .bar.a { background: #a9b4c6; }
table.cmp .bar.b { background: #2f6fde; }
.cite-hint { color: #555; font-size: .85rem; margin-bottom: .5rem; }
.result-status { color: #1d5e2f; font-size: .9rem; padding: .3rem 0; }
.result-status.failed { color: #7a4b00; }
.result-status a.goto-chat { color: #2f6fde; font-weight: 600; }
#chatbot button.copied-plain { color: #1a7f37 !important; }
/* "In": the conversation and its sources, opened; the controls and the other tab left out. */
@media print {
  #app-title p, .tab-wrapper, footer, #question, #send, #new-chat, #export-word, #export-excel, #print-btn,
  #history-box, #report-filter, #summary-box, #compare-box, #trend-box, .row:has(> #question),
  .row:has(> #new-chat), .column:has(> #chatbot) > .block:has(.gallery), .column:has(> #chatbot) > .form,
  #chatbot .top-panel, #chatbot .message-buttons, #chatbot button, .toast-wrap, .cite-hint { display: none !important; }
  .gradio-container, .gradio-container * { overflow: visible !important; }
  #chatbot, #chatbot .wrapper, #chatbot .bubble-wrap { height: auto !important; max-height: none !important; }
  .row:has(> .column > #chatbot) { flex-direction: column !important; }
  .row:has(> .column > #chatbot) > .column { width: 100% !important; min-width: 0 !important; }
  .cite-card { break-inside: avoid; }
  table.cmp .bar, .cite-mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cite-card::details-content { content-visibility: visible; display: block; }
  .cite-section { max-height: none !important; }
  a.cite-link { color: inherit; }
}
/* Keyboard focus always shows (a 3px near-black ring: 17:1 on white, 4.7:1 on the blue of a checked box's
   label): checkboxes, dropdowns, buttons, tabs, accordions, the upload area, table cells. Inside a clipped
   box (text fields, the upload area) the ring is drawn inside the element, where no overflow can hide it. */
:focus-visible { outline: 3px solid #0f172a !important; outline-offset: 2px !important; }
textarea:focus-visible, input[type=text]:focus-visible, input[role=combobox]:focus-visible,
button.upload-container:focus-visible, [role=gridcell]:focus-visible { outline-offset: -3px !important; }
/* Long labels are cut between words with "…" where they are made (ui/app.py); an open list's options wrap
   between words (Gradio breaks them anywhere, and a one-line "…" would leave "6 tháng đầu…" three times
   in a narrow list), and the closed dropdown's one line ends in "…". */
ul.option-list li.item { word-break: normal !important; overflow-wrap: normal; }
input[role=combobox] { text-overflow: ellipsis; }
/* Figures and dates never break inside ("134 tổ / chức", "27/11/2 026"); words wrap between them. */
table.cmp .num { white-space: nowrap; }
table.cmp td, table.cmp th { overflow-wrap: normal; word-break: normal; }
table.cmp .cell-tag { display: none; }
#reports-table .cell-wrap, #reports-table .cell-wrap span { overflow-wrap: normal !important; word-break: normal !important; }
#reports-table th:nth-child(6) span, #reports-table [data-col="5"] span { white-space: nowrap !important; }
/* Phone widths: the page never scrolls sideways (Gradio's side padding is narrowed, and comparison and trend
   rows become cards, in HEAD); the reports table keeps its three main columns (title, period, date added)
   at readable widths. */
@media (max-width: 640px) {
  #reports-table th:nth-child(1), #reports-table th:nth-child(4), #reports-table th:nth-child(5),
  #reports-table .sizing-body td:nth-child(1), #reports-table .sizing-body td:nth-child(4),
  #reports-table .sizing-body td:nth-child(5),
  #reports-table [data-col="0"], #reports-table [data-col="3"], #reports-table [data-col="4"] { display: none !important; }
  /* in vw, not %: Gradio sizes the table from its cells, so a % of the table would feed back into it */
  #reports-table table.header-table, #reports-table .virtual-body { width: calc(100vw - 1.25rem) !important; }
  #reports-table table.header-table { table-layout: fixed; }
  #reports-table th span.header { white-space: nowrap !important; }
  #reports-table th, #reports-table [role=gridcell] { font-size: .875rem !important; }
  /* the time goes under the date; the date itself never breaks (no break inside "03/12/2026", no overflow-wrap) */
  #reports-table [data-col="5"] span { white-space: normal !important; }
  #reports-table th:nth-child(2), #reports-table .sizing-body td:nth-child(2), #reports-table [data-col="1"] {
    width: calc((100vw - 1.25rem) * .38) !important; min-width: 0 !important; max-width: none !important;
    flex: 0 0 calc((100vw - 1.25rem) * .38) !important; }
  #reports-table th:nth-child(3), #reports-table .sizing-body td:nth-child(3), #reports-table [data-col="2"] {
    width: calc((100vw - 1.25rem) * .30) !important; min-width: 0 !important; max-width: none !important;
    flex: 0 0 calc((100vw - 1.25rem) * .30) !important; }
  #reports-table th:nth-child(6), #reports-table .sizing-body td:nth-child(6), #reports-table [data-col="5"] {
    width: calc((100vw - 1.25rem) * .32) !important; min-width: 0 !important; max-width: none !important;
    flex: 0 0 calc((100vw - 1.25rem) * .32) !important; }
}
"""

# Clicking a marker [n] in an answer opens its citation card (the page is otherwise plain HTML).
# The style is here, not in CSS: Gradio scopes the app's CSS to `.contain`, inside the padded `.app`.
HEAD = """
<style>
@media (max-width: 640px) { .gradio-container .main.app { padding-left: .5rem; padding-right: .5rem; } }
/* A comparison or trend table sized by the box it is in, never the other way round (its width never widens
   the page); in a narrow box each row is a card: the indicator, each value under its report's name, the change.
   Gradio drops @container rules from the app's CSS, so they live here. */
.cmp-box { container-type: inline-size; overflow-x: auto; }
@container (max-width: 34rem) {
  #chatbot table.cmp, #chatbot table.cmp tbody, #chatbot table.cmp tr, #chatbot table.cmp td {
    display: block; width: auto; min-width: 0; }
  #chatbot table.cmp thead { display: none; }
  #chatbot table.cmp tr { border: 1px solid #d9dee7; border-radius: 8px; padding: .4rem .6rem; margin: .5rem 0; }
  #chatbot table.cmp td { border: none; padding: .1rem 0; margin: 0; }
  #chatbot table.cmp td:empty { display: none; }
  #chatbot table.cmp td.ind { font-weight: 600; }
  #chatbot table.cmp .cell-tag { display: inline; color: #555; }
  #chatbot table.cmp td.bars { max-width: 12rem; }
}
</style>
<script>
document.addEventListener('click', function (ev) {
  const a = ev.target.closest && ev.target.closest('a.cite-link');
  if (!a) return;
  ev.preventDefault();
  const card = document.getElementById(a.getAttribute('href').slice(1));
  if (card) { card.open = true; card.scrollIntoView({block: 'nearest'}); showMark(card); }
}, true);
// An opened card scrolls its section to the highlighted quote.
function showMark(card) {
  const mark = card.querySelector('mark.cite-mark');
  const box = card.querySelector('.cite-section');
  if (mark && box) { box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40); }
}
document.addEventListener('toggle', function (ev) {
  if (ev.target.classList && ev.target.classList.contains('cite-card') && ev.target.open) showMark(ev.target);
}, true);

// The chat's copy buttons put plain text on the clipboard: an answer's text and its sources (the hidden
// .copy-text of render.py's copy_holder), else what the message shows. Gradio copies the message's raw
// markdown (escapes, <a> tags) and its `copy` event cannot change that, so the click is taken here, in
// the capture phase, before Gradio's own handler sees it.
function messageText(row) {
  const holder = row.querySelector('.copy-text');
  if (holder && holder.title) return holder.title;
  const content = row.querySelector('.message-content') || row;
  return content.innerText.trim();
}
function writeClipboard(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');  // plain http beyond localhost has no clipboard API
  area.value = text; area.style.position = 'fixed'; area.style.left = '-9999px';
  document.body.appendChild(area); area.select();
  try { document.execCommand('copy'); } finally { area.remove(); }
  return Promise.resolve();
}
document.addEventListener('click', function (ev) {
  const btn = ev.target.closest && ev.target.closest('#chatbot button');
  if (!btn || !/copy|sao chép/i.test(btn.getAttribute('aria-label') || '')) return;
  let text = null;
  const bar = btn.closest('.message-buttons');
  if (bar) {  // one message: the message row just before its buttons
    let row = bar.previousElementSibling;
    while (row && !row.classList.contains('message-row')) row = row.previousElementSibling;
    if (row) text = messageText(row);
  } else if (btn.closest('.top-panel')) {  // the whole conversation
    text = Array.from(document.querySelectorAll('#chatbot .message-row')).map(function (row) {
      return (row.classList.contains('user-row') ? 'Hỏi: ' : 'Trả lời: ') + messageText(row);
    }).join('\\n\\n');
  }
  if (text === null) return;
  ev.preventDefault(); ev.stopImmediatePropagation();
  writeClipboard(text).then(function () {
    btn.classList.add('copied-plain');
    setTimeout(function () { btn.classList.remove('copied-plain'); }, 1500);
  });
}, true);

// A new answer is shown from its top, not its end (the Chatbot's autoscroll is off): when a message is
// added, the chat scrolls to the new question, or to the answer's top if both do not fit.
function showLastTurn() {
  const wrap = document.querySelector('#chatbot .bubble-wrap');
  const rows = wrap ? wrap.querySelectorAll('.message-row') : [];
  if (!rows.length) return;
  let top = rows[rows.length - 1];
  const prev = rows[rows.length - 2];
  if (prev && prev.classList.contains('user-row') && prev.offsetHeight < wrap.clientHeight / 3) top = prev;
  wrap.scrollTop += top.getBoundingClientRect().top - wrap.getBoundingClientRect().top - 8;
}
let chatRows = 0;
new MutationObserver(function () {
  const n = document.querySelectorAll('#chatbot .message-row').length;
  if (n > chatRows) requestAnimationFrame(showLastTurn);
  chatRows = n;
}).observe(document.body, {childList: true, subtree: true});
// "xem trong khung hội thoại" under Tóm tắt / So sánh: bring the chat and its last answer into view.
document.addEventListener('click', function (ev) {
  const a = ev.target.closest && ev.target.closest('a.goto-chat');
  if (!a) return;
  ev.preventDefault();
  const chat = document.getElementById('chatbot');
  if (chat) { chat.scrollIntoView({block: 'nearest'}); showLastTurn(); }
}, true);

// Printing ("In", or the browser's own print): the sources opened, then closed again as they were.
let closedForPrint = [];
window.addEventListener('beforeprint', function () {
  closedForPrint = Array.from(document.querySelectorAll('#citations details.cite-card:not([open])'));
  closedForPrint.forEach(function (d) { d.open = true; });
});
window.addEventListener('afterprint', function () {
  closedForPrint.forEach(function (d) { d.open = false; });
  closedForPrint = [];
});
</script>
"""


def _figure(raw: str, n: int) -> str:
    """A figure and its marker: the figure never breaks inside ("134 tổ / chức"), the marker stays with it."""
    return f'<span class="num">{html.escape(raw)}&nbsp;<a href="#cite-{n}" class="cite-link">[{n}]</a></span>'


def _tag(label: str) -> str:
    """The column's heading repeated in its cell, shown only when the table is stacked as cards."""
    return f'<span class="cell-tag">{html.escape(label)}: </span>'


def compare_html(cmp: Comparison) -> str:
    """The aligned figures as a table with a small bar per row (A grey, B blue); every cell escaped.
    On a narrow screen each row is a card (CSS), each value under its report's name."""
    if not cmp.rows:
        return ""
    head = (f'<div class="cmp-box"><table class="cmp pair"><thead><tr><th>Chỉ tiêu</th><th>{html.escape(cmp.a_label)}</th>'
            f'<th>{html.escape(cmp.b_label)}</th><th>Thay đổi</th><th></th></tr></thead><tbody>')
    body = []
    for r in cmp.rows:
        a, b = r.a, r.b
        top = max(abs(a.value), abs(b.value)) or 1
        pct = r.change_pct
        sign = "+" if r.change > 0 else ("−" if r.change < 0 else "±")
        change = f'<span class="num">{html.escape(sign + format_value(abs(r.change), a.unit))}</span>'
        if pct is not None:
            change += f' <span class="num">({sign}{abs(pct):.1f}%)</span>'.replace(".", ",")
        if r.disagree:
            change = f"khác nhau: {change}"  # two reports of one period: neither value is 'the' figure
        bars = (f'<div class="bar a" style="width:{abs(a.value) / top * 100:.0f}%"></div>'
                f'<div class="bar b" style="width:{abs(b.value) / top * 100:.0f}%"></div>')
        body.append(
            f'<tr><td class="ind">{html.escape(r.indicator)} <span class="sec">(mục {html.escape(a.section)} / '
            f'{html.escape(b.section)})</span></td>'
            f'<td>{_tag(cmp.a_label)}{_figure(a.raw, a.n)}</td>'
            f'<td>{_tag(cmp.b_label)}{_figure(b.raw, b.n)}</td>'
            f'<td class="chg">{_tag("Thay đổi")}{change}</td><td class="bars">{bars}</td></tr>')
    return head + "".join(body) + "</tbody></table></div>"


def _columns(trend: Trend) -> list[tuple[str, str]]:
    """(report, heading) of the trend's reports that hold a point, oldest period first; two reports
    of one period are told apart by their ids."""
    period = {p.report: p.period or p.report for s in trend.series for p in s.points}
    cols = [rid for rid in trend.reports if rid in period]
    heads = [period[rid] for rid in cols]
    return [(rid, f"{period[rid]} ({rid})" if heads.count(period[rid]) > 1 else period[rid]) for rid in cols]


def trend_html(trend: Trend) -> str:
    """One row per indicator, one column per report (oldest period first); each value links to its source.
    On a narrow screen each row is a card (CSS), each value under its period."""
    columns = _columns(trend)
    head = "".join(f"<th>{html.escape(period or rid)}</th>" for rid, period in columns)
    body = []
    for s in trend.series:
        by_report = {p.report: p.figure for p in s.points}
        cells = "".join(
            f"<td>{_tag(period)}{_figure(f.raw, f.n)}</td>"
            if (f := by_report.get(rid)) else "<td></td>" for rid, period in columns)
        note = "".join(f'<div class="sec">{html.escape(d)}</div>' for d in s.disagreements)
        body.append(f'<tr><td class="ind">{html.escape(s.indicator)}{note}</td>{cells}</tr>')
    return (f'<div class="cmp-box"><table class="cmp trend"><thead><tr><th>Chỉ tiêu</th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def period_key(trend: Trend, point) -> str:
    """A point's place on the chart's axis: numbered, so the axis keeps the periods' order."""
    position = {rid: i for i, (rid, _) in enumerate(_columns(trend))}
    return f"{position[point.report] + 1}. {point.period or point.report}"


def trend_frame(trend: Trend):
    """The series as rows for the line chart: period (numbered, so the axis keeps their order), value,
    indicator, source."""
    import pandas as pd

    rows = [{"Kỳ": period_key(trend, p), "Giá trị": p.figure.value,
             "Chỉ tiêu": s.indicator, "Nguồn": f"[{p.figure.n}] {p.figure.raw}"}
            for s in trend.series for p in s.points]
    return pd.DataFrame(rows, columns=["Kỳ", "Giá trị", "Chỉ tiêu", "Nguồn"])
