"""Hybrid retrieval: dense (Chroma) + two BM25 rankings, fused by reciprocal rank."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from index.models import Chunk
from index.sections import TITLE_NUMBER
from index.store import Store

from index.vntext import folded_terms, query_folded

from . import periods
from .question import is_english

log = logging.getLogger(__name__)


@dataclass
class Hit:
    chunk: Chunk
    score: float  # fused RRF score
    rank: int
    dense: float | None = None  # cosine similarity, when the dense ranking had it


def rrf(rankings: list[list[str]], k: int = 60, weights: list[float] | None = None) -> list[tuple[str, float]]:
    scores: dict[str, float] = {}
    for i, ranking in enumerate(rankings):
        w = weights[i] if weights else 1.0
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + w / (k + rank + 1)
    return sorted(scores.items(), key=lambda kv: -kv[1])


COVERAGE_WEIGHT = 0.01  # about two-thirds of one first-place vote in RRF (1/61)
PERIOD_HEADING_WEIGHT = 0.01  # as much as holding all of the query's weight


class HybridSearch:
    def __init__(self, store: Store, depth: int = 30, rrf_k: int = 60):
        self.store, self.depth, self.rrf_k = store, depth, rrf_k
        self._term_cache: dict[str, set[str]] = {}  # folded terms per chunk text (a re-indexed chunk is new text)
        self._period_cache: dict[str, tuple[str, ...]] = {}  # periods its headings name, per heading path

    def search(self, query: str, k: int = 8, report_ids: list[str] | None = None) -> list[Hit]:
        if not query.strip():
            return []
        chunks = self.store.chunks()
        allowed = self.store.chunk_ids_of(report_ids) if report_ids else None
        if allowed is not None and not allowed:
            return []
        try:
            dense = self.store.dense_search(query, self.depth, report_ids)
        except Exception as exc:  # noqa: BLE001 - a Chroma server restarting: keyword search still answers
            log.warning("dense search unavailable, keyword search only: %s", exc)
            dense = []
        seg, folded = self.store.keyword().search(query, self.depth, allowed)
        # Typed without diacritics, Vietnamese defeats the embedder; the folded index carries it.
        unaccented = not any(ord(ch) > 127 for ch in query) and not is_english(query)
        weights = [0.3, 0.0, 1.0] if unaccented else [1.0, 1.0, 1.0]
        fused = rrf([[c for c, _ in dense], [c for c, _ in seg], [c for c, _ in folded]], self.rrf_k, weights)
        fused = self._by_coverage(query, fused[:self.depth], chunks) + fused[self.depth:]
        dense_sim = dict(dense)
        return [Hit(chunks[cid], score, i, dense_sim.get(cid)) for i, (cid, score) in enumerate(fused[:k]) if cid in chunks]

    def _by_coverage(self, query: str, fused: list[tuple[str, float]], chunks: dict) -> list[tuple[str, float]]:
        """The fused candidates re-ranked with how much of the query's IDF weight each one holds: a
        short chunk that only repeats the commonest words ('đảng viên') must not outrank the one that
        holds the rare ones ('kỷ luật')."""
        kw = self.store.keyword()
        terms = set(query_folded(query))
        if not terms or not kw.n_docs:
            return fused
        weight = {t: kw.idf(t) for t in terms}
        total = sum(weight.values()) or 1.0
        said = periods.stated(query)
        out = []
        for cid, score in fused:
            chunk = chunks.get(cid)
            have = self.chunk_terms(chunk) if chunk is not None else set()
            score += COVERAGE_WEIGHT * sum(w for t, w in weight.items() if t in have) / total
            # a period the question names that a heading above the chunk names ('PHƯƠNG HƯỚNG, NHIỆM VỤ
            # 6 THÁNG CUỐI NĂM 2026' for '6 tháng cuối năm 2026, … phấn đấu …'): the section is about it
            # (not the title, which names every period the report covers or plans)
            if said and chunk is not None and chunk.section != TITLE_NUMBER and self._heads_period(chunk.path_title, said):
                score += PERIOD_HEADING_WEIGHT
            out.append((cid, score))
        return sorted(out, key=lambda x: -x[1])

    def _heads_period(self, path_title: str, said: list[str]) -> bool:
        got = self._period_cache.get(path_title)
        if got is None:
            got = self._period_cache[path_title] = tuple(periods.stated(path_title))
        return any(periods.same_period(h, p) for h in got for p in said)

    def chunk_terms(self, chunk: Chunk) -> set[str]:
        """Folded syllables and bigrams of a chunk's search text (cached)."""
        got = self._term_cache.get(chunk.search_text)
        if got is None:
            got = self._term_cache[chunk.search_text] = set(folded_terms(chunk.search_text))
        return got
