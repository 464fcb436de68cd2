"""Evidence sentences and their coverage of the question (assistant.evidence)."""
from __future__ import annotations

import pytest

from assistant import evidence as ev
from assistant.question import analyse
from assistant.retrieval import HybridSearch


class Flat:
    """Every term weighs the same."""

    def __call__(self, term: str) -> float:
        return 1.0


def test_coverage_counts_the_sentence_then_its_heading_then_the_path():
    terms = ["ky", "luat", "dang", "vien"]
    assert ev.coverage(terms, Flat(), {"ky", "luat", "dang", "vien"}, set()) == 1.0
    assert ev.coverage(terms, Flat(), {"dang", "vien"}, {"ky", "luat"}) == pytest.approx((2 + 2 * 0.85) / 4)
    assert ev.coverage(terms, Flat(), {"dang", "vien"}, set(), {"ky", "luat"}) == pytest.approx(
        (2 + 2 * ev.PATH_WEIGHT) / 4)
    assert ev.coverage([], Flat(), {"x"}, set()) == 0.0


def test_the_best_sentence_holds_the_question(fake_store):
    q = analyse("Có bao nhiêu đảng viên được kết nạp?")
    hits = HybridSearch(fake_store).search(q.standalone, 8, ["bao-cao-nam-2021"])
    weights = ev.TermWeights(fake_store.keyword())
    found = ev.select(q, hits, weights)
    assert found and found[0].coverage >= ev.FOUND_THRESHOLD and found[0].has_figure
    assert "kết nạp" in found[0].sentence.text.lower()
    assert found == sorted(found, key=lambda e: -e.score)


def test_missing_concepts_are_the_words_no_report_uses(fake_store):
    weights = ev.TermWeights(fake_store.keyword())
    assert ev.missing_concepts(analyse("GRDP tăng bao nhiêu?"), weights)
    assert not ev.missing_concepts(analyse("Có bao nhiêu đảng viên bị kỷ luật?"), weights)
