"""Reciprocal-rank fusion and the hybrid search over a fake store (no Chroma)."""
from __future__ import annotations

import pytest

from assistant.retrieval import HybridSearch, rrf


def test_rrf_adds_the_votes_of_each_ranking():
    fused = dict(rrf([["a", "b"], ["b", "c"]], k=60))
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["a"] == pytest.approx(1 / 61) and fused["c"] == pytest.approx(1 / 62)
    assert [cid for cid, _ in rrf([["a", "b"], ["b", "c"]], k=60)][0] == "b"


def test_rrf_weights_silence_a_ranking():
    fused = rrf([["a"], ["b"]], k=60, weights=[0.0, 1.0])
    assert fused[0] == ("b", pytest.approx(1 / 61)) and dict(fused)["a"] == 0.0


def test_rrf_k_flattens_the_top():
    steep, flat = dict(rrf([["a", "b"]], k=1)), dict(rrf([["a", "b"]], k=1000))
    assert steep["a"] / steep["b"] > flat["a"] / flat["b"]


def test_keyword_rankings_find_the_section(fake_store):
    hits = HybridSearch(fake_store).search("thi hành kỷ luật đảng viên", 3, ["bao-cao-nam-2021"])
    assert hits and all(h.chunk.report_id == "bao-cao-nam-2021" for h in hits)
    assert hits[0].chunk.section == "I.3"
    assert [h.rank for h in hits] == list(range(len(hits)))


def test_a_dense_first_place_is_fused_in(fake_store):
    target = next(c for c in fake_store.chunks().values() if c.report_id == "bao-cao-nam-2021" and c.section == "II.1")
    fake_store.dense = lambda q, k, ids: [(target.id, 0.9)]
    try:
        hits = HybridSearch(fake_store).search("thi hành kỷ luật đảng viên", 8, ["bao-cao-nam-2021"])
    finally:
        fake_store.dense = None
    assert target.id in [h.chunk.id for h in hits]
    assert next(h for h in hits if h.chunk.id == target.id).dense == 0.9


def test_dense_failure_leaves_keyword_search(fake_store):
    def down(q, k, ids):
        raise ConnectionError("chroma restarting")

    fake_store.dense = down
    try:
        hits = HybridSearch(fake_store).search("kết nạp đảng viên", 3)
    finally:
        fake_store.dense = None
    assert hits and "kết nạp" in hits[0].chunk.text.lower()


def test_unknown_report_filter_finds_nothing(fake_store):
    assert HybridSearch(fake_store).search("kỷ luật", 3, ["khong-co"]) == []


def test_a_heading_naming_the_period_asked_lifts_its_sections(tmp_path):
    # '6 tháng cuối năm 2026, … phấn đấu …' is asked of the part that plans it, not of the results
    from pathlib import Path
    from tests.fakes import FakeStore
    data = Path(__file__).resolve().parents[2] / "data"
    store = FakeStore([data / "tinh-doan-phu-an-6-thang-2026.docx"])
    search = HybridSearch(store)
    hits = search.search("6 tháng cuối năm 2026, tỉnh đoàn Phú An phấn đấu kết nạp thêm bao nhiêu đoàn viên?", 4)
    assert [h.chunk.section.split(" › ")[0] for h in hits[:3]] == ["Phần B"] * 3
    hits = search.search("6 tháng đầu năm 2026, tỉnh đoàn Phú An kết nạp bao nhiêu đoàn viên?", 4)
    assert hits[0].chunk.section.startswith("Phần A")
