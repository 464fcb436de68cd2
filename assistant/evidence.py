"""Pick the sentences that answer a question from the retrieved chunks, and the clause that
states the figure for 'bao nhiêu' questions. Scores are IDF-weighted term coverage: a sentence
answers when it holds the question's rare terms, not merely its topic."""
from __future__ import annotations

from dataclasses import dataclass

from index.keyword import KeywordIndex
from index.models import Chunk
from index.sentences import Span, clause_spans, sentence_spans
from index.vntext import folded_terms

from .figures import find_quantities
from index.textnorm import fold

from .question import Question, has_diacritics
from .retrieval import Hit

FOUND_THRESHOLD = 0.5  # share of the question's term weight a sentence (with its heading) must hold


@dataclass
class Evidence:
    chunk: Chunk
    sentence: Span
    score: float
    coverage: float
    rank: int
    has_figure: bool

    @property
    def report_id(self) -> str:
        return self.chunk.report_id


class TermWeights:
    def __init__(self, kw: KeywordIndex):
        self.kw = kw
        self.max_idf = kw.idf("\x00absent") if kw.n_docs else 1.0

    def __call__(self, term: str) -> float:
        w = self.kw.idf(term) if self.kw.n_docs else 1.0
        return w * (1.3 if "_" in term else 1.0)  # a matched phrase counts more than its syllables

    def absent(self, term: str) -> bool:
        return self.kw.df.get(term, 0) == 0


def coverage(terms: list[str], weights: TermWeights, text_terms: set[str], title_terms: set[str],
             path_terms: set[str] = frozenset()) -> float:
    """Share of the terms' weight found in the sentence; a term in the sentence's own section title
    counts nearly as much (the heading names the topic), one in an ancestor heading less."""
    total = sum(weights(t) for t in terms)
    if total <= 0:
        return 0.0
    got = 0.0
    for t in terms:
        if t in text_terms:
            got += weights(t)
        elif t in title_terms:
            got += 0.85 * weights(t)
        elif t in path_terms:
            got += 0.5 * weights(t)
    return got / total


def missing_concepts(q: Question, weights: TermWeights) -> list[str]:
    """Words of the question the reports never use ('GRDP', 'huy hiệu'): no passage can answer it."""
    missing = []
    for t in q.focus:
        if "_" not in t and t.isalpha() and weights.absent(t):
            missing.append(t)
    for w in q.words:
        # A compound the reports never use as a word ("huy_hiệu"; the text has only "phát_huy hiệu_quả").
        folded_parts = fold(w).split("_")
        pairs = [f"{a}_{b}" for a, b in zip(folded_parts, folded_parts[1:])]
        if any(weights.absent(p) for p in pairs) or (has_diacritics(w) and not weights.kw.has_word(w)):
            missing.append(w.replace("_", " "))
    return missing


def select(q: Question, hits: list[Hit], weights: TermWeights) -> list[Evidence]:
    out: list[Evidence] = []
    for hit in hits:
        title = set(folded_terms(hit.chunk.section_title))
        path = set(folded_terms(hit.chunk.path_title))
        for sent in sentence_spans(hit.chunk.text, hit.chunk.start):
            terms = set(folded_terms(sent.text))
            cov = coverage(q.focus, weights, terms, title, path)
            if q.context:
                cov = 0.75 * cov + 0.25 * coverage(q.context, weights, terms, title, path)
            has_fig = bool(find_quantities(sent.text))
            score = cov + 0.08 / (1 + hit.rank) + (0.1 if q.kind == "figure" and has_fig else 0.0)
            out.append(Evidence(hit.chunk, sent, score, cov, hit.rank, has_fig))
    out.sort(key=lambda e: -e.score)
    return out


def figure_clause(q: Question, ev: Evidence, weights: TermWeights) -> Span | None:
    """The shortest clause that carries a figure and the question's focus: 'thi hành kỷ luật 106 đảng viên'."""
    best: tuple[float, int, Span] | None = None
    for i, clause in enumerate(clause_spans(ev.sentence)):
        if not find_quantities(clause.text):
            continue
        terms = set(folded_terms(clause.text))
        cov = coverage(q.focus, weights, terms, set())
        if cov <= 0:
            continue
        key = (cov, -i)
        if best is None or key > best[:2]:
            best = (cov, -i, clause)
    return best[2] if best else None
