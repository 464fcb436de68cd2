"""Compare two reports: their figures aligned by indicator into rows (A | B | change), the figures
only one report has, the sections only one has, and a cited contrast for a topic.

Alignment is written by hand (no library aligns Vietnamese report figures): a pair must count
the same unit; its score mixes the indicator's words, the subject of its sentence, the words of
the sentence, the section it sits in and the embedder's similarity; pairs are taken greedily,
best first, each figure at most once."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.figure_table import Figure
from index.models import Report
from index.textnorm import fold
from index.vntext import syllables
from .noise import noise_words

MATCH_THRESHOLD = 0.36
W = {"ind": 0.25, "lead": 0.1, "subj": 0.1, "ctx": 0.15, "rare": 0.15, "sec": 0.1, "emb": 0.15}
RARE_DF = 4  # a word in at most this many chunks names a specific topic ("vắc-xin", "Xuân ấm")
_WEAK = noise_words("indicator_weak")


@dataclass
class Pair:
    a: Figure
    b: Figure
    score: float


def _words(text: str) -> set[str]:
    return {fold(s) for s in syllables(text)} - _WEAK


def _jaccard(x: set[str], y: set[str]) -> float:
    return len(x & y) / len(x | y) if x and y else 0.0


def _subject(report: Report, f: Figure) -> set[str]:
    return _words(" ".join(report.text[f.quote_start:f.quote_end].split()[:4]))


def _lead(report: Report, f: Figure) -> set[str]:
    """The words of the sentence right before the figure: its verb when the clause has none
    ('… tiếp nhận tổng số tiền ủng hộ … và Quỹ vắc-xin trên 231 tỷ đồng')."""
    return _words(" ".join(report.text[f.quote_start:f.start].split()[-12:]))


def _weighted_jaccard(x: set[str], y: set[str], idf) -> float:
    """Shared words weighted by rarity: 'vắc-xin' or 'Xuân ấm' name a topic, 'công tác' does not."""
    if not x or not y:
        return 0.0
    union = sum(idf(t) for t in x | y)
    return sum(idf(t) for t in x & y) / union if union else 0.0


def _rare_shared(x: set[str], y: set[str], df) -> float:
    """1.0 when both sentences share two words that few passages use, 0.5 for one."""
    shared = [t for t in x & y if t.isalpha() and 0 < df(t) <= RARE_DF]
    return min(1.0, len(shared) / 2)


def align(ra: Report, fa: list[Figure], rb: Report, fb: list[Figure], vectors: dict[str, np.ndarray] | None = None,
          idf=None, df=None) -> tuple[list[Pair], list[Figure], list[Figure]]:
    cand: list[Pair] = []
    feats_b = [(f, _words(f.indicator), _subject(rb, f), _words(rb.text[f.quote_start:f.quote_end]), _lead(rb, f))
               for f in fb]
    for a in fa:
        ia, sa, ca, lda = _words(a.indicator), _subject(ra, a), _words(ra.text[a.quote_start:a.quote_end]), _lead(ra, a)
        title_a = _words(a.section_title)
        for b, ib, sb, cb, ldb in feats_b:
            if a.unit != b.unit or not a.unit:
                continue
            ind = _jaccard(ia, ib) * min(1.0, min(len(ia), len(ib)) / 3)  # "mô hình" alone says little
            rare = _rare_shared(ca, cb, df) if df else 0.0
            if ind == 0 and rare == 0:
                continue
            sec = 1.0 if a.section == b.section and title_a == _words(b.section_title) else _jaccard(title_a, _words(b.section_title))
            emb = 0.0
            if vectors is not None:
                va, vb = vectors.get(_key(a)), vectors.get(_key(b))
                if va is not None and vb is not None:
                    emb = min(1.0, max(0.0, (float(va @ vb) - 0.85) / 0.15))  # e5 cosines sit in 0.85-1
            ctx = _weighted_jaccard(ca, cb, idf) if idf else _jaccard(ca, cb)
            score = (W["ind"] * ind + W["lead"] * _jaccard(lda, ldb) + W["subj"] * _jaccard(sa, sb) + W["ctx"] * ctx
                     + W["rare"] * rare + W["sec"] * sec + W["emb"] * emb)
            if sec == 0:
                score *= 0.8  # different topics of the report
            low, high = sorted((abs(a.value), abs(b.value)))
            if low and high / low > 20:
                score *= 0.7  # the same indicator seldom changes twentyfold
            if score >= MATCH_THRESHOLD:
                cand.append(Pair(a, b, score))
    cand.sort(key=lambda p: (-p.score, p.a.start, p.b.start))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[Pair] = []
    for p in cand:
        if id(p.a) in used_a or id(p.b) in used_b:
            continue
        used_a.add(id(p.a))
        used_b.add(id(p.b))
        pairs.append(p)
    pairs.sort(key=lambda p: p.a.start)
    only_a = [f for f in fa if id(f) not in used_a]
    only_b = [f for f in fb if id(f) not in used_b]
    return pairs, only_a, only_b


def _key(f: Figure) -> str:
    return f"{f.report}:{f.start}"


def indicator_text(f: Figure) -> str:
    return f"{f.section_title}: {f.context}"


def topic_filter(figures: list[Figure], report: Report, topic_terms: set[str]) -> list[Figure]:
    """Figures whose sentence or section holds the topic's words ('kỷ luật', 'kiểm tra')."""
    if not topic_terms:
        return figures
    keep = []
    for f in figures:
        words = _words(f.context) | _words(f.indicator) | _words(f.group)
        if len(topic_terms & words) / len(topic_terms) >= 0.6:
            keep.append(f)
    return keep


def section_differences(ra: Report, rb: Report) -> tuple[list[str], list[str]]:
    """Numbered sections whose title has no close match in the other report."""
    def titled(r: Report):
        return [s for s in r.sections if s.kind in ("roman", "part", "arabic", "chapter", "article")]

    def missing(x: Report, y: Report) -> list[str]:
        out = []
        for s in titled(x):
            ws = _words(s.title)
            if not any(_jaccard(ws, _words(t.title)) >= 0.5 for t in titled(y)):
                out.append(f"{s.number}. {s.title}")
        return out

    return missing(ra, rb), missing(rb, ra)


def change(a: Figure, b: Figure) -> tuple[float, float | None]:
    diff = b.value - a.value
    pct = (diff / a.value * 100) if a.value else None
    return diff, pct


def format_value(value: float, unit: str) -> str:
    """Vietnamese number style: 1.905 đảng viên, 38,9 tỷ đồng, 86,6%."""
    if unit == "đồng" and value >= 1e9:
        value, unit = value / 1e9, "tỷ đồng"
    elif unit == "đồng" and value >= 1e6:
        value, unit = value / 1e6, "triệu đồng"
    if abs(value - round(value)) < 1e-9:
        text = f"{int(round(value)):,}".replace(",", ".")
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{text}%" if unit == "%" else f"{text} {unit}".strip()


def figure_json(f: Figure, report: Report) -> dict:
    return {"value": f.value, "unit": f.unit, "raw": f.raw, "quote": report.text[f.quote_start:f.quote_end],
            "section": f.section, "section_title": f.section_title, "start": f.quote_start, "end": f.quote_end}
