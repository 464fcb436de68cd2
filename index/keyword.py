"""BM25 (bm25s) keyword indexes over the chunks, persisted beside the store and rebuilt only when
the set of chunks changes, never per query."""
from __future__ import annotations

import json
import os
import threading
import math
import shutil
from collections import Counter
from pathlib import Path

import bm25s
import numpy as np

from .models import Chunk
from .vntext import folded_terms, query_folded, query_segments, segment


def chunk_tokens(chunk: Chunk) -> tuple[list[str], list[str]]:
    return segment(chunk.search_text), folded_terms(chunk.search_text)


class KeywordIndex:
    """Two BM25 indexes: pyvi word segments (accents kept) and folded syllables + bigrams."""

    def __init__(self, ids: list[str], seg: bm25s.BM25 | None, folded: bm25s.BM25 | None, df: dict[str, int]):
        self.ids = ids
        self._seg = seg
        self._folded = folded
        self.df = df  # document frequency of folded syllables: term weights for evidence scoring
        self.n_docs = len(ids)
        self.pos = {cid: i for i, cid in enumerate(ids)}

    @classmethod
    def build(cls, chunks: list[Chunk], cached: dict[str, tuple[list[str], list[str]]] | None = None
              ) -> "KeywordIndex":
        """`cached` holds tokens computed before (chunk_tokens): only new chunks are segmented."""
        ids = [c.id for c in chunks]
        if not chunks:
            return cls([], None, None, {})
        cached = cached or {}
        toks = [cached.get(c.id) or chunk_tokens(c) for c in chunks]
        seg_tokens = [t[0] or [""] for t in toks]
        fold_tokens = [t[1] or [""] for t in toks]
        seg = bm25s.BM25()
        seg.index(seg_tokens, show_progress=False)
        folded = bm25s.BM25()
        folded.index(fold_tokens, show_progress=False)
        df: Counter = Counter()
        for toks in fold_tokens:
            df.update(set(toks))
        return cls(ids, seg, folded, dict(df))

    def idf(self, term: str) -> float:
        n = self.df.get(term, 0)
        return math.log(1 + (self.n_docs - n + 0.5) / (n + 0.5))

    def has_word(self, word: str) -> bool:
        """Whether a pyvi word (accents kept, lower case) occurs in any chunk."""
        return self._seg is not None and word in self._seg.vocab_dict

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """Ranked (chunk id, score) lists from each index; only positive scores."""
        if not self.ids:
            return [], []
        return (self._top(self._seg, query_segments(query), k, allowed),
                self._top(self._folded, query_folded(query), k, allowed))

    def _top(self, bm: bm25s.BM25, tokens: list[str], k: int, allowed: set[str] | None) -> list[tuple[str, float]]:
        vocab = bm.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known:
            return []
        scores = bm.get_scores(known)
        if allowed is not None:
            mask = np.zeros(len(self.ids), dtype=bool)
            mask[[self.pos[c] for c in allowed if c in self.pos]] = True
            scores = np.where(mask, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if positive.size == 0:
            return []
        if positive.size > 4 * k:  # large collections: partial selection, then sort the few
            positive = positive[np.argpartition(-scores[positive], 4 * k)[:4 * k]]
        top = positive[np.argsort(-scores[positive], kind="stable")[:k]]
        return [(self.ids[i], float(scores[i])) for i in top]

    # --- persistence ---------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        # Names of this process's own: two processes saving at once never share a temporary folder.
        tag = f"{os.getpid()}-{threading.get_ident()}"
        tmp = directory.with_name(f"{directory.name}.tmp-{tag}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        (tmp / "ids.json").write_text(json.dumps({"ids": self.ids, "df": self.df}, ensure_ascii=False))
        if self._seg is not None:
            self._seg.save(str(tmp / "seg"), show_progress=False)
            self._folded.save(str(tmp / "folded"), show_progress=False)
        old = directory.with_name(f"{directory.name}.old-{tag}")
        shutil.rmtree(old, ignore_errors=True)
        if directory.exists():
            directory.rename(old)
        tmp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> "KeywordIndex | None":
        meta = directory / "ids.json"
        if not meta.exists():
            return None
        data = json.loads(meta.read_text())
        ids = data["ids"]
        if not ids:
            return cls([], None, None, {})
        seg = bm25s.BM25.load(str(directory / "seg"))
        folded = bm25s.BM25.load(str(directory / "folded"))
        return cls(ids, seg, folded, data["df"])
