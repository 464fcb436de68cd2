"""`doctor` (what state a store is in) and `repair` (rebuild what can be rebuilt from the catalog),
and the Vietnamese reason for an unexpected indexing error (#14). Nothing here deletes a file:
a damaged part is renamed aside and rebuilt."""
from __future__ import annotations

import json
import os
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path


def describe_error(exc: BaseException) -> str:
    """A reason a user can act on, instead of only 'lỗi khi lập chỉ mục'."""
    if isinstance(exc, MemoryError):
        return "không đủ bộ nhớ để xử lý tệp này"
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return "kho đang bận (một tiến trình khác đang ghi); hãy thử lại sau"
    if isinstance(exc, sqlite3.DatabaseError):
        return f"kho chỉ mục bị lỗi ({exc}); chạy `python -m assistant doctor` để kiểm tra"
    if isinstance(exc, OSError):
        if getattr(exc, "errno", None) == 28:
            return "hết dung lượng đĩa"
        return f"lỗi đọc/ghi tệp ({exc.strerror or exc})"
    if isinstance(exc, RecursionError):
        return "cấu trúc tài liệu lồng nhau quá sâu"
    return f"lỗi nội bộ {type(exc).__name__}; chi tiết trong nhật ký máy chủ"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Diagnosis:
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.checks.append(Check(name, ok, detail))

    def lines(self) -> list[str]:
        return [f"{'✔' if c.ok else '✘'} {c.name}: {c.detail}" for c in self.checks]

log = logging.getLogger(__name__)


def diagnose(settings) -> Diagnosis:
    """Read-only: opens every part of the store without the repairs a Store does when it opens."""
    root = Path(settings.store.path)
    d = Diagnosis()
    if not root.exists():
        d.add("kho", False, f"không có thư mục {root}")
        return d
    cat_path = root / "catalog.sqlite3"
    chunk_ids: set[str] = set()
    if cat_path.exists() and not os.access(root, os.W_OK):
        # a read-only store is read from private copies, as the Store reads it
        d.add("quyền ghi", True, "kho chỉ đọc: hỏi và xem báo cáo được, không lập chỉ mục hay xóa được")
        try:
            from .catalog import Catalog

            cat_path = Catalog(cat_path)._private_copy()
        except Exception as exc:  # noqa: BLE001 - reported below as the catalog's state
            log.warning("cannot copy a read-only catalog: %s", exc)
    try:
        con = sqlite3.connect(f"file:{cat_path}?mode=ro", uri=True, timeout=10)
        check = con.execute("PRAGMA quick_check").fetchone()[0]
        n_reports = con.execute("SELECT count(*) FROM reports").fetchone()[0]
        chunk_ids = {r[0] for r in con.execute("SELECT id FROM chunks")}
        n_cache = con.execute("SELECT count(*) FROM embeddings").fetchone()[0]
        con.close()
        d.add("catalog", check == "ok", f"{n_reports} báo cáo, {len(chunk_ids)} đoạn, {n_cache} vector trong bộ đệm"
              + ("" if check == "ok" else f"; kiểm tra toàn vẹn: {check}"))
    except sqlite3.Error as exc:
        d.add("catalog", False, f"không đọc được {cat_path} ({exc}); không sửa được tự động — khôi phục từ bản sao lưu")
        return d
    try:
        import hashlib

        from .embeddings import get_embedder
        from .store import make_chroma_client

        client = make_chroma_client(settings) if not settings.store.chroma_url else None
        if client is not None:
            embedder = get_embedder(settings.embedder.name)
            model = getattr(embedder, "name", type(embedder).__name__)  # as Store names its collection
            names = [c.name for c in client.list_collections()]
            wanted = "chunks-" + hashlib.sha1(model.encode()).hexdigest()[:12]
            if wanted not in names:
                d.add("vector", not chunk_ids, f"không có bộ sưu tập {wanted}; thiếu {len(chunk_ids)} vector"
                      + (" — chạy `repair`" if chunk_ids else ""))
            else:
                ids = set(client.get_collection(wanted).get(include=[])["ids"])
                missing, extra = len(chunk_ids - ids), len(ids - chunk_ids)
                d.add("vector", not missing and not extra, f"{len(ids)} vector; thiếu {missing}, thừa {extra}"
                      + (" — chạy `repair`" if missing or extra else ""))
    except Exception as exc:  # noqa: BLE001 - chromadb raises many kinds on a damaged database
        d.add("vector", False, f"không mở được cơ sở dữ liệu vector ({type(exc).__name__}: {str(exc)[:120]}) — chạy `repair`")
    try:
        data = json.loads((root / "bm25" / "ids.json").read_text())
        ids = set(data["ids"])
        d.add("từ khóa", ids == chunk_ids, f"{len(ids)} đoạn" + ("" if ids == chunk_ids else
                                                                " — không khớp catalog; tự dựng lại khi dùng"))
    except FileNotFoundError:
        d.add("từ khóa", not chunk_ids, "chưa có chỉ mục từ khóa; tự dựng lại khi dùng")
    except Exception as exc:  # noqa: BLE001 - any damage: rebuilt from the catalog
        d.add("từ khóa", False, f"hỏng ({type(exc).__name__}); tự dựng lại từ catalog khi dùng hoặc khi `repair`")
    return d


def repair(settings, progress: bool = True) -> list[str]:
    """Rebuild from the catalog: vectors (a damaged chroma folder is renamed aside first) and the
    keyword index. The catalog itself is never rewritten: it is the source of truth."""
    from .catalog import Catalog, StoreDamagedError
    from .store import Store

    root = Path(settings.store.path)
    done: list[str] = []
    Catalog(root / "catalog.sqlite3")  # raises StoreDamagedError with its message: nothing to rebuild from
    try:
        store = Store(settings, progress=progress)
    except StoreDamagedError:
        if settings.store.chroma_url:
            raise
        aside = root / f"chroma.hong-{time.strftime('%Y%m%d-%H%M%S')}"
        (root / "chroma").rename(aside)
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # chromadb keeps the failed client of this path per process
        done.append(f"cơ sở dữ liệu vector hỏng được chuyển sang {aside.name} (không xóa)")
        store = Store(settings, progress=progress)  # opening restores the vectors from the catalog
    added = store.restore_vectors()
    store.repair()  # vectors the catalog does not name
    with store._lock, store._writer():
        store._invalidate()  # the keyword index, rebuilt from the catalog and saved
    n = len(store.chunks())
    done.append(f"{n} đoạn có vector" + (f" ({added} vừa dựng lại)" if added else ""))
    done.append(f"chỉ mục từ khóa dựng lại: {n} đoạn")
    return done
