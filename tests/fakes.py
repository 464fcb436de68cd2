"""A store without Chroma for the fast tests: the sample reports parsed and chunked by the real
indexer code, their BM25 indexes built in memory, dense search answered by a stand-in. Passed to
`Assistant(store=…)` through its constructor; no database, no embedder model."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path

import numpy as np

from index.chunking import chunk_report
from index.figure_table import extract_figures
from index.keyword import KeywordIndex
from index.loaders import read_document
from index.models import Chunk, Report
from index.parse import parse_document
from index.vntext import folded_terms


class HashEmbeddings:
    """Bag-of-folded-words vectors (hashed into 256 dims): deterministic, no model."""

    name = "hash-256"

    def _vec(self, text: str) -> list[float]:
        v = np.zeros(256, dtype=np.float32)
        for t in folded_terms(text):
            v[int(hashlib.md5(t.encode()).hexdigest(), 16) % 256] += 1.0
        n = np.linalg.norm(v)
        return (v / n if n else v).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)


class FakeCatalog:
    def __init__(self, figures: dict[str, list]):
        self._figures = figures

    def figures(self, report_id: str) -> list:
        return list(self._figures.get(report_id, []))


class FakeStore:
    """The reading side of index.store.Store, over reports held in memory."""

    def __init__(self, paths: list[Path], chunk_tokens: int = 300, dense=None):
        self._reports: dict[str, Report] = {}
        self._chunks: dict[str, Chunk] = {}
        figures = {}
        for i, path in enumerate(paths):
            rep = parse_document(read_document(path))
            self._reports[rep.id] = rep
            for c in chunk_report(rep, chunk_tokens):
                self._chunks[c.id] = c
            figures[rep.id] = extract_figures(rep)
        self.catalog = FakeCatalog(figures)
        self.embeddings = HashEmbeddings()
        self._keyword = KeywordIndex.build(list(self._chunks.values()))
        self.dense = dense  # (query, k, report_ids) -> [(chunk id, similarity)]; none: keyword search only
        self.dense_queries: list[str] = []
        self._added = {rid: time.time() + i for i, rid in enumerate(self._reports)}

    def chunks(self) -> dict[str, Chunk]:
        return self._chunks

    def chunk_ids_of(self, report_ids: list[str]) -> set[str]:
        return {cid for cid, c in self._chunks.items() if c.report_id in report_ids}

    def keyword(self) -> KeywordIndex:
        return self._keyword

    def dense_search(self, query: str, k: int, report_ids: list[str] | None = None) -> list[tuple[str, float]]:
        self.dense_queries.append(query)
        return self.dense(query, k, report_ids) if self.dense else []

    def report(self, report_id: str) -> Report | None:
        return self._reports.get(report_id)

    def report_ids(self) -> list[str]:
        return list(self._reports)

    def list_reports(self) -> list[dict]:
        return [{"id": r.id, "title": r.title, "period": r.period, "issuer": r.issuer, "source_name": r.source_name,
                 "sections": len(r.sections), "chunks": sum(c.report_id == r.id for c in self._chunks.values()),
                 "added_at": self._added[r.id], **{k: r.meta[k] for k in ("period_from",) if r.meta.get(k)}}
                for r in self._reports.values()]
