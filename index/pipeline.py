"""Index files and folders: read -> parse -> store, one report at a time, never stopping a
batch for one bad file."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Literal

import logging

from tqdm.auto import tqdm

from . import ids, limits
from .loaders import SUPPORTED, ReportReadError, read_document
from .parse import parse_document
from .doctor import describe_error
from .store import IndexResult, Store


log = logging.getLogger(__name__)

# The stages of indexing one file, in order, as `on_stage(stage, done, total)` reports them: "read"
# (0/1, then 1/1 once the file is read; a scan's pages go to on_page), "split" (0/1, then 1/1 once
# the section tree is made), "embed" (chunks with a vector / all chunks, batch by batch, ending at
# total), "save" (0/1, 1/1). A report already indexed (unchanged, duplicate) stops after "split".
Stage = Literal["read", "split", "embed", "save"]
StageCallback = Callable[[Stage, int, int], None]


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
               on_page: Callable[[int, int], None] | None = None, replace: bool = False,
               upload: bool = False, on_stage: StageCallback | None = None) -> IndexResult:
    """Raises ReportReadError with a Vietnamese reason when the file cannot be used.
    `on_page(done, total)` reports the pages of a scan as they are recognised (OCR); `on_stage`
    the stages of the work (see Stage), for a page that says what is happening.
    The id rule (index/ids.py): another file never silently takes a report's id; `replace` lets it;
    an `upload` never replaces (only an identical upload keeps the id)."""
    if Path(path).suffix.lower() == ".pdf" and Path(path).is_file():
        try:
            limits.check_pdf_streams(path)
        except ReportReadError:
            raise
        except Exception:  # noqa: BLE001 - a broken PDF is reported by the reader below
            pass
    stage = on_stage or (lambda *_: None)
    stage("read", 0, 1)
    doc = read_document(path, max_bytes=int(store.settings.store.max_file_mb * 1e6), progress=on_page)
    stage("read", 1, 1)
    stage("split", 0, 1)
    limits.check_text(doc.text, store.settings.store)
    report = parse_document(doc, report_id)
    if not report.text.strip():
        raise ReportReadError("tệp không có nội dung văn bản")
    limits.check_sections(len(report.sections), store.settings.store)
    stage("split", 1, 1)
    moved_from = ids.assign(store.catalog, report, replace=replace, same_name_updates=not upload)
    result = store.index_report(report, on_stage=on_stage)
    result.id_taken = moved_from
    return result


def index_paths(store: Store, paths: list[Path], progress: bool = True, follow_links: bool = False,
                replace: bool = False) -> tuple[list[IndexResult], list[IndexFailure]]:
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
            results.append(index_file(store, f, on_page=on_page, replace=replace))
        except ReportReadError as exc:
            failures.append(IndexFailure(str(f), str(exc)))
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
            log.exception("indexing %s failed", f)
            failures.append(IndexFailure(str(f), f"lỗi khi lập chỉ mục: {describe_error(exc)}; các tệp khác vẫn được xử lý"))
        finally:
            if bar is not None:
                bar.close()
    return results, failures
