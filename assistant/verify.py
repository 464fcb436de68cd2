"""Check a generated answer against its sources before the user sees it as settled: every [n]
must name a given source, and every figure must stand in a source the sentence cites. A sentence
that fails is replaced by the source sentence it should have quoted, or dropped.

Hand-written: this check is the product's promise (no invented figures), no library does it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.figures import answer_figures, find_quantities
from index.models import Chunk
from index.sentences import Span, sentence_spans
from index.textnorm import fold
from index.vntext import folded_terms
from .noise import noise_words

_MARK = re.compile(r"\s*\[(\d+)\]")


@dataclass
class Verified:
    # (text without markers, source numbers, whether the text is a verbatim source sentence put in)
    sentences: list[tuple[str, list[int], bool]] = field(default_factory=list)
    corrections: int = 0
    dropped_markers: int = 0
    model_cited: int = 0  # sentences the model itself cited to a given source


_GENERIC = noise_words("claim_generic")


def _terms(text: str) -> set[str]:
    return {t for t in folded_terms(text) if not any(ch.isdigit() for ch in t)} - _GENERIC


def _overlap(a: str, b: str) -> float:
    ta, tb = _terms(a), _terms(b)
    return len(ta & tb) / len(ta) if ta else 0.0


def best_sentence(text: str, chunk: Chunk, need_figure: bool = False) -> Span | None:
    best, score = None, 0.0
    for sent in sentence_spans(chunk.text, chunk.start):
        if need_figure and not find_quantities(sent.text):
            continue
        s = _overlap(text, sent.text)
        if s > score:
            best, score = sent, s
    return best


def verify(answer: str, sources: list[Chunk]) -> Verified:
    out = Verified()
    n_sources = len(sources)
    source_values = [{q.value for q in find_quantities(c.text)} for c in sources]
    for sent in sentence_spans(answer.strip()):
        markers = [int(m) for m in re.findall(r"\[(\d+)\]", sent.text)]
        valid = list(dict.fromkeys(n for n in markers if 1 <= n <= n_sources))
        out.dropped_markers += len(markers) - len([n for n in markers if 1 <= n <= n_sources])
        text = _MARK.sub("", sent.text).strip()
        if not text:
            continue
        out.model_cited += bool(valid)
        figures = answer_figures(text)
        cited_values = set().union(*(source_values[n - 1] for n in valid)) if valid else set()
        if all(f.value in cited_values for f in figures):
            if figures or valid:
                out.sentences.append((text, valid, False))
            elif not markers:
                out.sentences.append((text, [], False))  # a linking sentence without facts
            continue
        # A figure the cited sources do not hold: quote the source sentence it should have quoted.
        out.corrections += 1
        candidates = [(i + 1, best_sentence(text, c, need_figure=True)) for i, c in enumerate(sources)]
        scored = [(n, s, _overlap(text, s.text) + (0.1 if n in valid else 0.0)) for n, s in candidates if s is not None]
        scored = [x for x in scored if x[2] >= 0.5]  # it must share the claim's distinctive words
        if scored:
            n, span, _ = max(scored, key=lambda x: x[2])
            out.sentences.append((span.text, [n], True))
    return out


def is_refusal(text: str) -> bool:
    f = fold(text)
    return any(p in f for p in ("khong co thong tin", "khong de cap", "khong tim thay", "khong the tra loi"))
