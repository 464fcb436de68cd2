"""Index files and folders: read -> parse -> store, one report at a time, never stopping a
batch for one bad file."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tqdm.auto import tqdm

from .loaders import SUPPORTED, ReportReadError, read_document
from .parse import parse_document
from .store import IndexResult, Store


@dataclass
class IndexFailure:
    path: str
    reason: str


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[IndexFailure]]:
    files: list[Path] = []
    failures: list[IndexFailure] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
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
    doc = read_document(path, max_bytes=int(store.settings.max_file_mb * 1e6), progress=on_page)
    report = parse_document(doc, report_id)
    if not report.text.strip():
        raise ReportReadError("tệp không có nội dung văn bản")
    return store.index_report(report)


def index_paths(store: Store, paths: list[Path], progress: bool = True) -> tuple[list[IndexResult], list[IndexFailure]]:
    files, failures = expand_paths(paths)
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
        finally:
            if bar is not None:
                bar.close()
    return results, failures
