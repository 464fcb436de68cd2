"""Hybrid retrieval: dense (Chroma) + two BM25 rankings, fused by reciprocal rank."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from index.models import Chunk
from index.store import Store

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


class HybridSearch:
    def __init__(self, store: Store, depth: int = 30, rrf_k: int = 60):
        self.store, self.depth, self.rrf_k = store, depth, rrf_k

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
        dense_sim = dict(dense)
        return [Hit(chunks[cid], score, i, dense_sim.get(cid)) for i, (cid, score) in enumerate(fused[:k]) if cid in chunks]
