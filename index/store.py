"""The persistent index: Chroma (vectors) + SQLite catalog (text, tree, chunks, embedding cache)
+ BM25 keyword indexes. One object per store directory; the embedder loads once per process."""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from langchain_core.embeddings import Embeddings
from tqdm.auto import tqdm

from . import limits
from .catalog import Catalog
from .chunking import chunk_report
from .embeddings import get_embedder
from .figure_table import extract_figures
from .keyword import KeywordIndex, chunk_tokens
from .models import Chunk, Report
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the configuration belongs to the product (assistant.settings); the store only reads it
    from assistant.settings import Settings

log = logging.getLogger(__name__)
_ADD_BATCH = 64
_REPORT_CACHE = 64  # full reports (text + tree) kept in memory, least recently used out


def _checkpoint(name: str) -> None:
    """Test seam for the crash-safety tests: with ASSISTANT_PAUSE_AT=<name> the indexer announces
    the point on stderr and waits there to be killed. A no-op otherwise."""
    if os.environ.get("ASSISTANT_PAUSE_AT") == name:
        import sys
        import time

        print(f"PAUSED {name}", file=sys.stderr, flush=True)
        time.sleep(3600)


@dataclass
class IndexResult:
    report_id: str
    status: str  # added | updated | unchanged | duplicate
    title: str
    sections: int = 0
    chunks: int = 0
    duplicate_of: str | None = None
    embedded: int = 0  # chunks that needed the embedder (not in the cache)
    warnings: list[str] = field(default_factory=list)  # how the file was read (poor OCR …), for the user
    ocr: bool = False  # the text was recognised from a scan
    id_taken: str | None = None  # the id the file's name gives, held by another report (index/ids.py)


class CachedEmbeddings(Embeddings):
    """Embeddings cached by content hash in the catalog: re-indexing unchanged text is free."""

    def __init__(self, base: Embeddings, catalog: Catalog, progress: bool = False):
        self.base, self.catalog, self.progress = base, catalog, progress
        self.model = getattr(base, "name", type(base).__name__)
        self.misses = 0

    def embed_documents(self, texts: list[str],
                        on_progress: Callable[[int, int], None] | None = None) -> list[list[float]]:
        """`on_progress(done, total)`: texts whose vector is ready (cached ones at once, then batch by
        batch), out of all the texts; it ends at (total, total)."""
        hashes = [Catalog.text_hash(t) for t in texts]
        have = self.catalog.cached_vectors(self.model, list(set(hashes)))
        first: dict[str, int] = {}
        for i, h in enumerate(hashes):
            if h not in have:
                first.setdefault(h, i)  # identical chunks are embedded once
        missing = list(first.values())
        self.misses += len(missing)
        copies = Counter(hashes)  # a vector embedded once serves every identical text
        done = len(texts) - sum(copies[hashes[j]] for j in missing)
        if on_progress:
            on_progress(done, len(texts))
        step = 8  # small batches: a question waiting for the embedder waits for one batch at most
        bar = tqdm(total=len(missing), desc="Nhúng vector", unit="đoạn", disable=not self.progress or not missing, leave=False)
        for i in range(0, len(missing), step):
            idx = missing[i:i + step]
            vecs = self.base.embed_documents([texts[j] for j in idx])
            new = {hashes[j]: np.asarray(v, dtype=np.float32) for j, v in zip(idx, vecs)}
            self.catalog.cache_vectors(self.model, new)
            have.update(new)
            bar.update(len(idx))
            done += sum(copies[hashes[j]] for j in idx)
            if on_progress:
                on_progress(done, len(texts))
        bar.close()
        return [have[h].tolist() for h in hashes]

    def embed_query(self, text: str) -> list[float]:
        return self.base.embed_query(text)


def make_chroma_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.store.chroma_url:
        url = urlparse(settings.store.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=chroma_settings)
    path = Path(settings.store.path) / "chroma"
    if path.exists() and not os.access(path, os.W_OK):
        # Chroma writes beside its database even to read it: a read-only store is read from a private
        # copy of its vectors (removed at exit); the store itself is never written.
        import atexit
        import shutil
        import tempfile

        copy = Path(tempfile.mkdtemp(prefix="vn-report-ro-")) / "chroma"
        shutil.copytree(path, copy)
        for f in copy.rglob("*"):
            f.chmod(0o700 if f.is_dir() else 0o600)
        atexit.register(shutil.rmtree, copy.parent, True)
        path = copy
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class Store:
    def __init__(self, settings: Settings, progress: bool = False):
        from langchain_chroma import Chroma

        self.settings = settings
        self.root = Path(settings.store.path)
        self.root.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(self.root / "catalog.sqlite3")
        self.embedder = get_embedder(settings.embedder.name)
        self.embeddings = CachedEmbeddings(self.embedder, self.catalog, progress=progress)
        model = self.embeddings.model
        # One collection per embedder: vectors of different models never mix.
        name = "chunks-" + hashlib.sha1(model.encode()).hexdigest()[:12]
        if settings.store.chroma_url:
            # Several stores may share one server: the store directory names its collection.
            name += "-" + hashlib.sha1(str(self.root.resolve()).encode()).hexdigest()[:8]
        self._collection_name = name
        try:
            self.vectors = Chroma(collection_name=name, embedding_function=self.embeddings,
                                  client=make_chroma_client(settings), collection_metadata={"hnsw:space": "cosine"})
            self.vectors._collection.count()  # a damaged chroma.sqlite3 fails here, not in the middle of a question
        except Exception as exc:  # noqa: BLE001 - chromadb raises many kinds on a damaged database
            if settings.store.chroma_url:
                raise
            from .catalog import StoreDamagedError

            raise StoreDamagedError(
                f"cơ sở dữ liệu vector ở {self.root / 'chroma'} bị hỏng hoặc không mở được ({type(exc).__name__}). "
                "Danh sách báo cáo và văn bản vẫn còn trong catalog; chạy `python -m assistant repair` để dựng lại "
                "vector từ catalog (thư mục cũ được giữ lại, không bị xóa)") from exc
        self._lock = threading.RLock()
        self._keyword: KeywordIndex | None = None
        self._chunks: dict[str, Chunk] | None = None
        self._by_report: dict[str, list[str]] | None = None
        self._listing: list[dict] | None = None
        self._reports: dict[str, Report] = {}
        self._generation = self.catalog.generation()
        self.repair()

    # --- reading -------------------------------------------------------------------------
    def chunks(self) -> dict[str, Chunk]:
        with self._lock:
            if self._chunks is None:
                self._chunks = {c.id: c for c in self.catalog.all_chunks()}
            return self._chunks

    def chunk_ids_of(self, report_ids: list[str]) -> set[str]:
        """The chunk ids of some reports (an index kept with the chunks: no scan of the collection)."""
        with self._lock:
            if self._by_report is None:
                by: dict[str, list[str]] = {}
                for cid, c in self.chunks().items():
                    by.setdefault(c.report_id, []).append(cid)
                self._by_report = by
            by = self._by_report
        return {cid for rid in report_ids for cid in by.get(rid, ())}

    def keyword(self) -> KeywordIndex:
        with self._lock:
            if self._keyword is None:
                try:
                    kw = KeywordIndex.load(self.root / "bm25")
                except Exception as exc:  # noqa: BLE001 - damaged ids.json or arrays: the catalog rebuilds it
                    log.warning("chỉ mục từ khóa hỏng (%s); đang dựng lại từ catalog", exc)
                    kw = None
                if kw is None or set(kw.ids) != set(self.chunks()):
                    kw = self._rebuild_keyword()
                self._keyword = kw
            return self._keyword

    def report(self, report_id: str) -> Report | None:
        with self._lock:
            rep = self._reports.pop(report_id, None)
            if rep is None:
                rep = self.catalog.get_report(report_id)
                if rep is None:
                    return None
            self._reports[report_id] = rep  # most recent last
            while len(self._reports) > _REPORT_CACHE:
                self._reports.pop(next(iter(self._reports)))
            return rep

    def list_reports(self) -> list[dict]:
        with self._lock:
            self.refresh()
            if self._listing is None:
                self._listing = self.catalog.list_reports()
            return list(self._listing)

    def report_ids(self) -> list[str]:
        return [r["id"] for r in self.list_reports()]

    def dense_search(self, query: str, k: int, report_ids: list[str] | None = None) -> list[tuple[str, float]]:
        chunks = self.chunks()
        if not chunks:
            return []
        vec = self.embeddings.embed_query(query)
        flt, wanted, allowed = None, k, None
        if report_ids and len(report_ids) <= 20:
            flt = {"report": report_ids[0]} if len(report_ids) == 1 else {"report": {"$in": list(report_ids)}}
        elif report_ids:
            # Many reports: a long $in filter is slow in Chroma; search wider and keep theirs.
            allowed, wanted = self.chunk_ids_of(report_ids), k * 4
        hits = self.vectors.similarity_search_by_vector_with_relevance_scores(vec, k=min(wanted, len(chunks)), filter=flt)
        # Only chunks the catalog knows: a vector left by an interrupted write is never returned.
        out = [(doc.id, 1.0 - float(dist)) for doc, dist in hits
               if doc.id in chunks and (allowed is None or doc.id in allowed)]
        return out[:k]

    # --- writing -------------------------------------------------------------------------
    def index_report(self, report: Report, on_stage: Callable[[str, int, int], None] | None = None) -> IndexResult:
        """`on_stage(stage, done, total)`: "embed" with the chunks embedded so far (ending at total),
        then "save" (0/1 when the write starts, 1/1 when it is done); neither for a report already
        indexed (unchanged or a duplicate). index/pipeline.py announces the stages before these."""
        res = IndexResult(report.id, "added", report.title, len(report.sections),
                          warnings=list(report.meta.get("warnings", [])), ocr=bool(report.meta.get("ocr")))
        if self.catalog.report_hash(report.id) == report.content_hash:
            res.status = "unchanged"
            res.chunks = sum(1 for c in self.chunks().values() if c.report_id == report.id)
            return res
        other = self.catalog.find_by_hash(report.content_hash)
        if other is not None and other != report.id:
            res.status, res.duplicate_of = "duplicate", other
            return res
        chunks = chunk_report(report, self.settings.store.chunk_tokens)
        limits.check_chunks(len(chunks), self.settings.store)
        # Embed before taking the store lock: questions keep being answered while a long
        # upload is embedded; the write below then finds every vector in the cache.
        before = self.embeddings.misses
        self.embeddings.embed_documents([c.search_text for c in chunks],
                                        on_progress=(lambda done, total: on_stage("embed", done, total)) if on_stage else None)
        res.embedded = self.embeddings.misses - before
        if on_stage:
            on_stage("save", 0, 1)
        self.catalog.put_tokens({c.id: chunk_tokens(c) for c in chunks})  # segmented once, outside the lock
        _checkpoint("embedded")
        with self._lock, self._writer():
            if self.catalog.report_hash(report.id) is not None:
                res.status = "updated"
            old_ids = {c.id for c in self.chunks().values() if c.report_id == report.id}
            # New vectors first, then the catalog switch, then old vectors out: a crash at any
            # point leaves the catalog naming a complete set of vectors (old or new).
            for i in range(0, len(chunks), _ADD_BATCH):
                part = chunks[i:i + _ADD_BATCH]
                self.vectors.add_texts(
                    texts=[c.search_text for c in part],
                    metadatas=[{"report": c.report_id, "section": c.section, "ordinal": c.ordinal} for c in part],
                    ids=[c.id for c in part],
                )
            _checkpoint("vectors_added")
            self.catalog.put_report(report, chunks, self.embeddings.model, extract_figures(report))
            _checkpoint("catalog_committed")
            stale = sorted(old_ids - {c.id for c in chunks})
            if stale:
                self.vectors.delete(ids=stale)
            _checkpoint("stale_deleted")
            res.chunks = len(chunks)
            self._invalidate()
        if on_stage:
            on_stage("save", 1, 1)
        return res

    def remove(self, report_id: str) -> bool:
        with self._lock, self._writer():
            ids = [c.id for c in self.chunks().values() if c.report_id == report_id]
            found = self.catalog.delete_report(report_id)
            if ids:
                self.vectors.delete(ids=ids)
            self._invalidate()
            return found

    @contextlib.contextmanager
    def _writer(self):
        """One writer per store across processes (a lock file): a second `index` waits for the first
        instead of both rewriting the keyword index at once."""
        import fcntl

        if self.catalog.read_only:
            from .catalog import StoreDamagedError

            raise StoreDamagedError(f"kho {self.root} chỉ đọc được (không có quyền ghi): có thể hỏi và xem báo cáo, "
                                    "không thể lập chỉ mục hay xóa; hãy dùng một thư mục kho có quyền ghi (--store)")
        with open(self.root / "write.lock", "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                import sys

                print(f"Một tiến trình khác đang ghi vào kho {self.root}; đang chờ tiến trình đó xong…",
                      file=sys.stderr, flush=True)
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # --- bulk loading (benchmarks build large stores without the embedder) -------------------
    @property
    def collection_name(self) -> str:
        return self.vectors._collection.name

    def add_vectors(self, chunks: list[Chunk], vectors, batch: int = 2000) -> None:
        """Vectors computed elsewhere for chunks whose reports go in with catalog.put_report; call
        reload() once all are written."""
        col = self.vectors._collection
        for i in range(0, len(chunks), batch):
            part = chunks[i:i + batch]
            col.add(ids=[c.id for c in part], embeddings=np.asarray(vectors[i:i + batch]),
                    metadatas=[{"report": c.report_id, "section": c.section, "ordinal": c.ordinal} for c in part],
                    documents=[c.search_text for c in part])

    def vector_count(self) -> int:
        return self.vectors._collection.count()

    def export_vectors(self) -> dict:
        """Every stored vector with its id, metadata and text (to copy the store into a Chroma server)."""
        return self.vectors._collection.get(include=["embeddings", "metadatas", "documents"])

    def reload(self) -> None:
        """Read the catalog afresh after writes made around this object (one BM25 rebuild)."""
        with self._lock:
            self._invalidate()

    def refresh(self) -> bool:
        """Drop what this process cached when another process changed the catalog (one indexed
        read of a counter per call: `serve` sees a `remove` or `index` run beside it)."""
        gen = self.catalog.generation()
        if gen == self._generation:
            return False
        with self._lock:
            self._generation = gen
            self._reopen_vectors()
            self._chunks = self._by_report = self._listing = None
            self._reports.clear()
            self._keyword = None  # loaded again (or rebuilt) on the next search
        return True

    def _reopen_vectors(self) -> None:
        """An embedded Chroma keeps its vector index in memory per process: vectors another process
        added are counted but not searched until the client is opened again. Only this path's cached
        client is forgotten; other holders keep theirs."""
        if self.settings.store.chroma_url:
            return
        from chromadb.api.shared_system_client import SharedSystemClient
        from langchain_chroma import Chroma

        ident = getattr(self.vectors._client, "_identifier", None)
        if ident is not None:
            SharedSystemClient._identifier_to_system.pop(ident, None)
            SharedSystemClient._identifier_to_refcount.pop(ident, None)
        self.vectors = Chroma(collection_name=self._collection_name, embedding_function=self.embeddings,
                              client=make_chroma_client(self.settings), collection_metadata={"hnsw:space": "cosine"})

    def _invalidate(self) -> None:
        self._generation = self.catalog.generation()
        self._chunks = None
        self._by_report = None
        self._listing = None
        self._reports.clear()
        self._keyword = self._rebuild_keyword()

    def _rebuild_keyword(self) -> KeywordIndex:
        chunks = list(self.chunks().values())
        cached = self.catalog.tokens([c.id for c in chunks])
        missing = {c.id: chunk_tokens(c) for c in chunks if c.id not in cached}
        if missing and not self.catalog.read_only:
            self.catalog.put_tokens(missing)
            cached.update(missing)
        kw = KeywordIndex.build(chunks, cached)
        if not self.catalog.read_only:
            kw.save(self.root / "bm25")
        return kw

    def repair(self) -> None:
        """Drop vectors the catalog does not name (left by a write that was killed)."""
        if self.catalog.read_only:
            return  # nothing is written to a read-only store
        try:
            count = self.vectors._collection.count()
        except Exception as exc:  # noqa: BLE001 - a server may be down; reading still reports it
            log.warning("cannot count vectors: %s", exc)
            return
        known = self.catalog.chunk_ids()
        if count == len(known):
            return
        if count < len(known):
            self.restore_vectors(known)
            count = self.vectors._collection.count()
            if count == len(known):
                return
        if not known:
            # An empty catalog beside vectors is more likely a damaged catalog than a killed write:
            # never delete what cannot be checked.
            log.warning("catalog không có đoạn nào nhưng kho vector có %d vector: giữ nguyên, không xóa "
                        "(catalog có thể đã bị thay hoặc hỏng; xem `python -m assistant doctor`)", count)
            return
        got = self.vectors._collection.get(include=[])
        orphans = [i for i in got["ids"] if i not in known]
        if orphans:
            self.vectors.delete(ids=orphans)

    def restore_vectors(self, known: set[str] | None = None) -> int:
        """Add the vectors of catalog chunks Chroma lacks (its folder deleted or replaced): from the
        embedding cache, the embedder only for what the cache lacks. Returns how many were added."""
        known = known if known is not None else self.catalog.chunk_ids()
        have = set(self.vectors._collection.get(include=[])["ids"])
        missing = [c for c in self.catalog.all_chunks() if c.id in known and c.id not in have]
        if not missing:
            return 0
        import sys

        print(f"Kho vector thiếu {len(missing)} đoạn so với catalog; đang dựng lại từ catalog…", file=sys.stderr, flush=True)
        texts = [c.search_text for c in missing]
        vecs = self.embeddings.embed_documents(texts)
        with self._lock, self._writer():
            bar = tqdm(total=len(missing), desc="Dựng lại vector", unit="đoạn", disable=not self.embeddings.progress,
                       leave=False)
            for i in range(0, len(missing), _ADD_BATCH):
                part = missing[i:i + _ADD_BATCH]
                self.vectors._collection.upsert(
                    ids=[c.id for c in part], embeddings=vecs[i:i + _ADD_BATCH], documents=texts[i:i + _ADD_BATCH],
                    metadatas=[{"report": c.report_id, "section": c.section, "ordinal": c.ordinal} for c in part])
                bar.update(len(part))
            bar.close()
        return len(missing)
