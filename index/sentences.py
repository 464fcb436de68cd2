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


def clause_spans(span: Span) -> list[Span]:
    """Split a sentence at ; , : ( ) and 'và' into clauses, keeping offsets."""
    out: list[Span] = []
    pos = 0
    for m in _CLAUSE.finditer(span.text):
        _add(out, span.text, pos, m.start(), span.start)
        pos = m.end()
    _add(out, span.text, pos, len(span.text), span.start)
    return out
