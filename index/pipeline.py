"""Index files and folders: read -> parse -> store, one report at a time, never stopping a
batch for one bad file."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import logging

from tqdm.auto import tqdm

from .loaders import SUPPORTED, ReportReadError, read_document
from .parse import parse_document
from .store import IndexResult, Store


log = logging.getLogger(__name__)


@dataclass
class IndexFailure:
    path: str
    reason: str


def expand_paths(paths: list[Path], follow_links: bool = False) -> tuple[list[Path], list[IndexFailure]]:
    """Files to index. Symbolic links are skipped unless asked for: a link in a folder could point
    at any file of the machine (/etc/shadow), and its text would be quoted to every user."""
    files: list[Path] = []
    failures: list[IndexFailure] = []
    for p in paths:
        p = Path(p)
        if p.is_symlink() and not follow_links:
            failures.append(IndexFailure(str(p), "là liên kết tượng trưng (symlink), bỏ qua; dùng --follow-links nếu muốn đọc"))
        elif p.is_dir():
            # rglob does not descend into linked folders; linked files are left out here
            files.extend(sorted(f for f in p.rglob("*") if f.suffix.lower() in SUPPORTED
                                and (follow_links or not f.is_symlink()) and f.is_file()
                                and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.is_file():
            files.append(p)
        else:
            failures.append(IndexFailure(str(p), "không tìm thấy tệp hoặc thư mục"))
    return files, failures


def index_file(store: Store, path: Path, report_id: str | None = None,
               on_page: Callable[[int, int], None] | None = None) -> IndexResult:
    """Raises ReportReadError with a Vietnamese reason when the file cannot be used.
    `on_page(done, total)` reports the pages of a scan as they are recognised (OCR)."""
    doc = read_document(path, max_bytes=int(store.settings.store.max_file_mb * 1e6), progress=on_page)
    report = parse_document(doc, report_id)
    if not report.text.strip():
        raise ReportReadError("tệp không có nội dung văn bản")
    return store.index_report(report)


def index_paths(store: Store, paths: list[Path], progress: bool = True,
                follow_links: bool = False) -> tuple[list[IndexResult], list[IndexFailure]]:
    files, failures = expand_paths(paths, follow_links)
    results: list[IndexResult] = []
    for f in tqdm(files, desc="Lập chỉ mục", unit="báo cáo", disable=not progress or len(files) < 2):
        bar = None

        def on_page(done: int, total: int, name: str = f.name) -> None:
            nonlocal bar
            if bar is None:
                bar = tqdm(total=total, desc=f"Nhận dạng chữ (OCR) {name}", unit="trang", disable=not progress, leave=False)
            bar.update(done - bar.n)

        try:
            results.append(index_file(store, f, on_page=on_page))
        except ReportReadError as exc:
            failures.append(IndexFailure(str(f), str(exc)))
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
            log.exception("indexing %s failed", f)
            failures.append(IndexFailure(str(f), f"lỗi khi lập chỉ mục ({type(exc).__name__}); các tệp khác vẫn được xử lý"))
        finally:
            if bar is not None:
                bar.close()
    return results, failures
