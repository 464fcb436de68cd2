"""Section-aware chunks: a chunk never crosses a section border; a long section is split at
paragraph, then sentence, then word boundaries to a token budget; short sections stay whole."""
from __future__ import annotations

import hashlib

from .models import UNNUMBERED_KINDS, Chunk, Report, Section
from .sentences import Span, sentence_spans
from .tokens import count_tokens


def own_range(report: Report, sec: Section, by_number: dict[str, Section] | None = None) -> tuple[int, int]:
    """The text a section holds itself: up to its first numbered child (bullets and footnotes
    stay inside it; footnotes are cut out by `own_segments`)."""
    by_number = by_number if by_number is not None else {s.number: s for s in report.sections}
    end = sec.end
    for child in sec.children:
        c = by_number[child]
        if c.kind not in ("bullet", "footnote"):
            end = min(end, max(sec.body_start, c.start - 2))
            break
    return sec.body_start, end


def own_segments(report: Report, sec: Section, by_number: dict[str, Section]) -> list[tuple[int, int]]:
    """The section's own text without its footnotes, which are chunks of their own."""
    start, end = own_range(report, sec, by_number)
    segments = []
    for child in sec.children:
        c = by_number[child]
        if c.kind == "footnote" and start <= c.start < end:
            segments.append((start, c.start))
            start = c.end
    segments.append((start, end))
    return [(a, b) for a, b in segments if report.text[a:b].strip()]


_SPECIAL = UNNUMBERED_KINDS


def path_title(report: Report, sec: Section, by_number: dict[str, Section] | None = None) -> str:
    """'I. KẾT QUẢ … > 3. Công tác kiểm tra …': the headings above a chunk, which give short chunks their topic."""
    by_number = by_number if by_number is not None else {s.number: s for s in report.sections}
    parts = []
    node: Section | None = sec
    while node is not None:
        if node.kind != "bullet":
            special = node.kind in _SPECIAL or node.kind == "footnote"
            parts.append(node.title if special else f"{node.number}. {node.title}")
        node = by_number.get(node.parent) if node.parent else None
    return " > ".join(reversed(parts))


def chunk_report(report: Report, budget: int) -> list[Chunk]:
    """Linear in the number of sections: one lookup table for the whole report."""
    by_number = {s.number: s for s in report.sections}
    chunks: list[Chunk] = []
    for sec in report.sections:
        if sec.kind == "bullet":
            continue
        segments = [(sec.start, sec.end)] if sec.kind == "footnote" else own_segments(report, sec, by_number)
        if not segments:
            continue
        ptitle = path_title(report, sec, by_number)
        for start, end in segments:
            for piece in _split(report.text[start:end], start, budget):
                ordinal = len(chunks)
                digest = hashlib.sha1(f"{report.id}|{sec.number}|{piece.start}|{piece.text}".encode()).hexdigest()[:16]
                chunks.append(Chunk(
                    id=f"{report.id}:{digest}", report_id=report.id, section=sec.number, section_title=sec.title,
                    path_title=ptitle, text=piece.text, start=piece.start, end=piece.end, ordinal=ordinal,
                    tokens=count_tokens(piece.text),
                ))
    return chunks


def _split(body: str, base: int, budget: int) -> list[Span]:
    if count_tokens(body) <= budget:
        lead = len(body) - len(body.lstrip())
        text = body.strip()
        return [Span(text, base + lead, base + lead + len(text))]
    # Units: paragraphs, or the sentences / word runs of a paragraph that is itself too long.
    units: list[Span] = []
    pos = 0
    for para in body.split("\n\n"):
        p_start = base + pos
        pos += len(para) + 2
        if not para.strip():
            continue
        if count_tokens(para) <= budget:
            units.append(Span(para, p_start, p_start + len(para)))
            continue
        for sent in sentence_spans(para, p_start):
            units.extend(_split_words(sent, budget) if count_tokens(sent.text) > budget else [sent])
    # Greedy packing of consecutive units; the text between them comes from the report itself.
    out: list[Span] = []
    cur: list[Span] = []
    cur_tokens = 0
    for u in units:
        t = count_tokens(u.text)
        if cur and cur_tokens + t > budget:
            out.append(_merge(cur, body, base))
            cur, cur_tokens = [], 0
        cur.append(u)
        cur_tokens += t
    if cur:
        out.append(_merge(cur, body, base))
    return out


def _merge(units: list[Span], body: str, base: int) -> Span:
    s, e = units[0].start, units[-1].end
    return Span(body[s - base:e - base], s, e)


def _split_words(span: Span, budget: int) -> list[Span]:
    """Word runs within the budget. Tokens are counted per word (with its leading space) and
    summed, so a long line costs one pass, not one count of the growing run per word."""
    out: list[Span] = []
    words = span.text.split(" ")
    cur_start = 0
    pos = 0
    cur: list[str] = []
    cur_tokens = 0
    for w in words:
        t = count_tokens(" " + w) if w else 1
        if cur and cur_tokens + t > budget:
            text = " ".join(cur)
            out.append(Span(text, span.start + cur_start, span.start + cur_start + len(text)))
            cur_start = pos
            cur, cur_tokens = [], 0
        cur.append(w)
        cur_tokens += t
        pos += len(w) + 1
    if cur:
        text = " ".join(cur)
        out.append(Span(text, span.start + cur_start, span.start + cur_start + len(text)))
    return out
