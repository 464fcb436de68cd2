"""The stages of indexing one file, as the upload's progress shows them ("Đọc tệp", "Tách mục",
"Nhúng 120/340 đoạn", "Lưu"): a real sample report into a fresh real store."""
from __future__ import annotations

from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings
from tests.conftest import H1, YEAR


def record(a: Assistant, path: Path):
    events: list[tuple[str, int, int]] = []
    result = a.index_one(path, on_stage=lambda stage, done, total: events.append((stage, done, total)))
    return result, events


def test_the_stages_come_in_order_with_their_counts(tmp_path):
    a = Assistant(Settings(store=tmp_path / "store"))
    result, events = record(a, H1)
    assert result.status == "added" and result.chunks > 8
    order = [s for i, (s, _, _) in enumerate(events) if i == 0 or events[i - 1][0] != s]
    assert order == ["read", "split", "embed", "save"]  # each stage once, in order
    for stage in ("read", "split", "save"):
        assert [(d, t) for s, d, t in events if s == stage] == [(0, 1), (1, 1)]
    embed = [(d, t) for s, d, t in events if s == "embed"]
    # a fresh store embeds every chunk, in batches: the count climbs from 0 to all of the report's chunks
    assert embed[0] == (0, result.chunks) and embed[-1] == (result.chunks, result.chunks)
    assert len(embed) >= 3 and all(t == result.chunks for _, t in embed)
    assert [d for d, _ in embed] == sorted({d for d, _ in embed})  # strictly climbing
    assert result.embedded == result.chunks


def test_an_unchanged_report_stops_after_splitting_and_cached_text_counts_at_once(tmp_path):
    a = Assistant(Settings(store=tmp_path / "store"))
    record(a, YEAR)
    again, events = record(a, YEAR)
    assert again.status == "unchanged" and [s for s, _, _ in events] == ["read", "read", "split", "split"]
    # the same text under another name: a duplicate, nothing embedded or written
    copy = tmp_path / "ban-sao.md"
    copy.write_text(YEAR.read_text(encoding="utf-8"), encoding="utf-8")
    dup, events = record(a, copy)
    assert dup.status == "duplicate" and "embed" not in {s for s, _, _ in events}
    # an edited copy: its unchanged chunks come from the cache, counted done before any batch runs
    edited = tmp_path / "bao-cao-nam-2021-sua.md"
    edited.write_text(YEAR.read_text(encoding="utf-8").replace("Thi hành kỷ luật 214 đảng viên",
                                                              "Thi hành kỷ luật 215 đảng viên"), encoding="utf-8")
    changed, events = record(a, edited)
    embed = [(d, t) for s, d, t in events if s == "embed"]
    assert changed.embedded == 1 and embed == [(changed.chunks - 1, changed.chunks), (changed.chunks, changed.chunks)]


def test_the_command_line_indexes_as_before_without_a_callback(tmp_path):
    a = Assistant(Settings(store=tmp_path / "store"))
    results, failures = a.index([YEAR], progress=False)
    assert not failures and [r.status for r in results] == ["added"] and results[0].chunks > 0
