"""SQLite beside the Chroma folder: reports (normalised text, section tree, metadata), chunks
and the embedding cache keyed by content hash. The catalog is the source of truth for what is
indexed; a report counts as indexed only once its row is committed (after its vectors)."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import numpy as np

from .models import Chunk, Report, Section

SCHEMA_VERSION = 2  # 2: reports.meta (number, date, signer, pages, OCR flag)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY, title TEXT, period TEXT, issuer TEXT, source_name TEXT,
    content_hash TEXT, text TEXT, sections TEXT, n_sections INTEGER, n_chunks INTEGER,
    added_at REAL, embedder TEXT, meta TEXT
);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, report_id TEXT, section TEXT, section_title TEXT, path_title TEXT,
    text TEXT, start INTEGER, "end" INTEGER, ordinal INTEGER, tokens INTEGER
);
CREATE INDEX IF NOT EXISTS chunks_report ON chunks(report_id, ordinal);
CREATE TABLE IF NOT EXISTS chunk_tokens (id TEXT PRIMARY KEY, seg TEXT, folded TEXT);
CREATE TABLE IF NOT EXISTS figures (report_id TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS figures_report ON figures(report_id);
CREATE TABLE IF NOT EXISTS embeddings (model TEXT, hash TEXT, vec BLOB, PRIMARY KEY (model, hash));
"""


class StoreVersionError(RuntimeError):
    pass


class StoreDamagedError(StoreVersionError):
    """A store file that cannot be read: the message says which and what to do; nothing is deleted."""


def damaged(path: Path, exc: Exception) -> StoreDamagedError:
    return StoreDamagedError(
        f"catalog {path} bị hỏng hoặc không phải cơ sở dữ liệu SQLite ({exc}). Không có gì bị xóa; hãy khôi phục "
        "tệp từ bản sao lưu, hoặc chỉ định thư mục kho mới (--store) và lập chỉ mục lại. "
        "`python -m assistant doctor` cho biết tình trạng kho")


class Catalog:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # a store on a read-only disk or folder (a shared copy, a mounted backup) is read, never written
        self.read_only = path.exists() and not os.access(path.parent, os.W_OK)
        self._local = threading.local()
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from exc

    def _open(self) -> None:
        path = self.path
        if self.read_only:
            row = self._conn().execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None or int(row[0]) != SCHEMA_VERSION:
                raise StoreVersionError(
                    f"kho chỉ mục ở {path.parent} chỉ đọc được và thuộc phiên bản khác; hãy dùng bản có quyền ghi")
            return
        with self._conn() as con:
            con.executescript(_SCHEMA)
            row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                con.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) == 1:
                # Version 1 lacked reports.meta: add it; its reports are re-parsed on the next index.
                con.execute("ALTER TABLE reports ADD COLUMN meta TEXT")
                con.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))
            elif int(row[0]) != SCHEMA_VERSION:
                raise StoreVersionError(
                    f"kho chỉ mục ở {path.parent} được tạo bởi phiên bản khác (lược đồ {row[0]}, cần {SCHEMA_VERSION}); "
                    "hãy chỉ định thư mục kho mới (--store) và lập chỉ mục lại")

    def _private_copy(self) -> Path:
        """A read-only catalog is read from a private copy (with its WAL, where recent writes may still
        be): SQLite cannot open a WAL database where it may not write its shared-memory file."""
        copy = getattr(self, "_copy", None)
        if copy is None:
            import atexit
            import shutil
            import tempfile

            folder = Path(tempfile.mkdtemp(prefix="vn-report-ro-catalog-"))
            atexit.register(shutil.rmtree, folder, True)
            for suffix in ("", "-wal"):
                src = Path(f"{self.path}{suffix}")
                if src.exists():
                    shutil.copyfile(src, folder / (self.path.name + suffix))
            copy = self._copy = folder / self.path.name
        return copy

    def _conn(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None and self.read_only:
            con = sqlite3.connect(self._private_copy(), timeout=30)
            self._local.con = con
        if con is None:
            con = sqlite3.connect(self.path, timeout=30)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            con.execute("PRAGMA secure_delete=ON")  # a deleted report's text is overwritten, not left in free pages
            self._local.con = con
        return con

    # --- reports -------------------------------------------------------------------------
    def report_hash(self, report_id: str) -> str | None:
        row = self._conn().execute("SELECT content_hash FROM reports WHERE id=?", (report_id,)).fetchone()
        return row[0] if row else None

    def report_origin(self, report_id: str) -> tuple[str, str] | None:
        """(content hash, source file name) of a report: what tells an edited copy from another file."""
        row = self._conn().execute("SELECT content_hash, source_name FROM reports WHERE id=?", (report_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def generation(self) -> int:
        """Bumped by every report write or delete: other processes compare it to see a change."""
        row = self._conn().execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    @staticmethod
    def _bump(con: sqlite3.Connection) -> None:
        con.execute("INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(key) "
                    "DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def find_by_hash(self, content_hash: str) -> str | None:
        row = self._conn().execute("SELECT id FROM reports WHERE content_hash=?", (content_hash,)).fetchone()
        return row[0] if row else None

    def put_report(self, report: Report, chunks: list[Chunk], embedder: str, figures: list | None = None) -> None:
        con = self._conn()
        with con:
            con.execute("DELETE FROM figures WHERE report_id=?", (report.id,))
            con.executemany("INSERT INTO figures VALUES (?,?)",
                            [(report.id, json.dumps(f.to_dict(), ensure_ascii=False)) for f in figures or []])
            con.execute("DELETE FROM chunk_tokens WHERE id IN (SELECT id FROM chunks WHERE report_id=?)", (report.id,))
            con.execute("DELETE FROM chunks WHERE report_id=?", (report.id,))
            con.execute("DELETE FROM reports WHERE id=?", (report.id,))
            con.execute(
                "INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (report.id, report.title, report.period, report.issuer, report.source_name, report.content_hash,
                 report.text, json.dumps([s.to_dict() for s in report.sections], ensure_ascii=False),
                 len(report.sections), len(chunks), time.time(), embedder,
                 json.dumps({**report.meta, "pages": report.pages}, ensure_ascii=False)),
            )
            self._bump(con)
            con.executemany(
                'INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?)',
                [(c.id, c.report_id, c.section, c.section_title, c.path_title, c.text, c.start, c.end, c.ordinal, c.tokens)
                 for c in chunks],
            )

    def delete_report(self, report_id: str) -> bool:
        con = self._conn()
        with con:
            cur = con.execute("DELETE FROM reports WHERE id=?", (report_id,))
            con.execute("DELETE FROM figures WHERE report_id=?", (report_id,))
            con.execute("DELETE FROM chunk_tokens WHERE id IN (SELECT id FROM chunks WHERE report_id=?)", (report_id,))
            con.execute("DELETE FROM chunks WHERE report_id=?", (report_id,))
            self._bump(con)
        # the zeroed pages reach the database file and the write-ahead log is emptied: the text is gone from disk
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return cur.rowcount > 0

    def list_reports(self) -> list[dict]:
        rows = self._conn().execute(
            "SELECT id, title, period, issuer, source_name, n_sections, n_chunks, added_at, content_hash, meta "
            "FROM reports ORDER BY added_at").fetchall()
        keys = ["id", "title", "period", "issuer", "source_name", "sections", "chunks", "added_at", "content_hash"]
        out = []
        for r in rows:
            item = dict(zip(keys, r[:9]))
            meta = json.loads(r[9]) if r[9] else {}
            item["ocr"] = bool(meta.get("ocr"))
            item["warnings"] = meta.get("warnings", [])
            item.update({k: meta[k] for k in ("number", "date", "signer", "period_from") if meta.get(k)})
            out.append(item)
        return out

    def get_report(self, report_id: str) -> Report | None:
        row = self._conn().execute(
            "SELECT id, title, period, issuer, source_name, content_hash, text, sections, meta FROM reports WHERE id=?",
            (report_id,)).fetchone()
        if row is None:
            return None
        sections = [Section(**d) for d in json.loads(row[7])]
        meta = json.loads(row[8]) if row[8] else {}
        pages = [tuple(p) for p in meta.pop("pages", [])]
        return Report(id=row[0], title=row[1], period=row[2], issuer=row[3], source_name=row[4],
                      content_hash=row[5], text=row[6], sections=sections, meta=meta, pages=pages)

    def figures(self, report_id: str) -> list:
        from .figure_table import Figure

        rows = self._conn().execute("SELECT data FROM figures WHERE report_id=? ORDER BY rowid", (report_id,))
        return [Figure(**json.loads(r[0])) for r in rows]

    def report_ids(self) -> list[str]:
        return [r[0] for r in self._conn().execute("SELECT id FROM reports ORDER BY added_at")]

    # --- chunks --------------------------------------------------------------------------
    def all_chunks(self) -> list[Chunk]:
        rows = self._conn().execute(
            'SELECT id, report_id, section, section_title, path_title, text, start, "end", ordinal, tokens '
            "FROM chunks ORDER BY report_id, ordinal").fetchall()
        return [Chunk(*r) for r in rows]

    def chunk_ids(self) -> set[str]:
        return {r[0] for r in self._conn().execute("SELECT id FROM chunks")}

    # --- keyword tokens (segmenting is the slow part of a BM25 rebuild: done once per chunk) ---
    def tokens(self, ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
        out: dict[str, tuple[list[str], list[str]]] = {}
        con = self._conn()
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            q = f"SELECT id, seg, folded FROM chunk_tokens WHERE id IN ({','.join('?' * len(part))})"
            for cid, seg, folded in con.execute(q, part):
                out[cid] = (seg.split(" ") if seg else [], folded.split(" ") if folded else [])
        return out

    def put_tokens(self, items: dict[str, tuple[list[str], list[str]]]) -> None:
        con = self._conn()
        with con:
            con.executemany("INSERT OR REPLACE INTO chunk_tokens VALUES (?,?,?)",
                            [(cid, " ".join(seg), " ".join(folded)) for cid, (seg, folded) in items.items()])

    # --- embedding cache -----------------------------------------------------------------
    @staticmethod
    def text_hash(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def cached_vectors(self, model: str, hashes: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        con = self._conn()
        for i in range(0, len(hashes), 500):
            part = hashes[i:i + 500]
            q = f"SELECT hash, vec FROM embeddings WHERE model=? AND hash IN ({','.join('?' * len(part))})"
            for h, blob in con.execute(q, (model, *part)):
                out[h] = np.frombuffer(blob, dtype=np.float32)
        return out

    def cache_vectors(self, model: str, items: dict[str, np.ndarray]) -> None:
        con = self._conn()
        with con:
            con.executemany("INSERT OR REPLACE INTO embeddings VALUES (?,?,?)",
                            [(model, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in items.items()])
