"""Sentence and clause spans with offsets (Vietnamese punctuation rules)."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? … followed by space and an upper-case letter, digit, quote or bullet;
# "1.059" or "TP.HCM" have no space and stay whole. Paragraph breaks always end a sentence.
_BOUNDARY = re.compile(r"(?<=[.!?…;])\s+|\n\n+")


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"“(-–•+"


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


def sentence_spans(text: str, base: int = 0) -> list[Span]:
    """Sentences of `text`; offsets are shifted by `base` (the text's place in the report)."""
    spans: list[Span] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if not m.group().startswith("\n\n") and m.end() < len(text) and not _starts_sentence(text[m.end()]):
            continue
        _add(spans, text, pos, m.start(), base)
        pos = m.end()
    _add(spans, text, pos, len(text), base)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int, base: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    bullet = re.match(r"^[-+•–]\s+", stripped)  # a list dash is layout, not part of the quote
    if bullet:
        stripped = stripped[bullet.end():]
        if not stripped:
            return
    lead = len(piece) - len(piece.lstrip()) + (bullet.end() if bullet else 0)
    s = start + lead
    spans.append(Span(stripped, base + s, base + s + len(stripped)))


_CLAUSE = re.compile(r"[;:()]|,(?!\d)|\s+và\s+|\s+-\s+")  # "38,9" is a number, not two clauses


# A bracket that only names (an initialism, a short gloss without figures): '(IIP)', '(KCN)', '(OCOP)'.
_ASIDE = re.compile(r"\((?:[^()\d,;]{1,30})\)")


def clause_spans(span: Span) -> list[Span]:
    """Split a sentence at ; , : ( ) and 'và' into clauses, keeping offsets."""
    out: list[Span] = []
    pos = 0
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(span.text)]
    for m in _CLAUSE.finditer(span.text):
        if any(a <= m.start() < b for a, b in asides):
            continue  # 'Chỉ số sản xuất công nghiệp (IIP) … tăng 8,65%': a bracketed name is part of its clause
        _add(out, span.text, pos, m.start(), span.start)
        pos = m.end()
    _add(out, span.text, pos, len(span.text), span.start)
    return out


def whole_sentence(text: str, span: Span, limit: int = 2000) -> Span:
    """The sentence of `text` (a report's text) that `span` lies in. A sentence longer than a chunk
    is cut at the chunk's edge; a quote must still be the whole sentence ('… thời gian đình chỉ 4,5
    tháng'), so it is read again from the report. A sentence over `limit` characters stays cut."""
    from .tables import ROW_MARK

    line_lo = text.rfind("\n", 0, span.start) + 1
    if text.startswith(ROW_MARK, line_lo):
        # a table row ('‣ name | column: value | …') is one statement, however many sentences its cells hold
        line_hi = text.find("\n", span.end)
        line_hi = len(text) if line_hi < 0 else line_hi
        return Span(text[line_lo:line_hi], line_lo, line_hi) if line_hi - line_lo <= 2 * limit else span
    lo = text.rfind("\n\n", 0, span.start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", span.end)
    hi = len(text) if hi < 0 else hi
    if hi - lo > 4 * limit:
        return span
    for sent in sentence_spans(text[lo:hi], lo):
        if sent.start <= span.start < sent.end:
            if sent.end >= span.end and sent.end - sent.start <= limit:
                return sent
            return span
    return span


# 'Trên đây là Báo cáo kết quả …': the closing formula of an administrative text, neither an item of the
# last section's list nor evidence for a question (it repeats the title's words)
CLOSING = re.compile(r"^\s*(trên đây là|tren day la)\b", re.I)
