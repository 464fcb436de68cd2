"""Verification of a written answer against its sources: figures only from cited sources."""
from __future__ import annotations

from assistant.verify import is_refusal, verify
from index.models import Chunk

SOURCES = [
    Chunk(id="c1", report_id="r", section="I.3", section_title="Kỷ luật", path_title="I.3. Kỷ luật", text=(
        "Cấp ủy các cấp thi hành kỷ luật 106 đảng viên. Ủy ban kiểm tra thi hành kỷ luật 27 đảng viên."),
        start=100, end=195, ordinal=0, tokens=30),
    Chunk(id="c2", report_id="r", section="I.4", section_title="Kết nạp", path_title="I.4. Kết nạp",
          text="Toàn tỉnh kết nạp 496 đảng viên mới.", start=300, end=336, ordinal=1, tokens=12),
]


def test_a_cited_figure_stands():
    v = verify("Cấp ủy thi hành kỷ luật 106 đảng viên [1].", SOURCES)
    assert v.sentences == [("Cấp ủy thi hành kỷ luật 106 đảng viên.", [1], False)] and v.corrections == 0
    assert v.model_cited == 1


def test_a_figure_the_source_lacks_is_replaced_by_the_source_sentence():
    v = verify("Cấp ủy các cấp thi hành kỷ luật 500 đảng viên [1].", SOURCES)
    assert v.corrections == 1
    text, markers, quoted = v.sentences[0]
    assert quoted and markers == [1] and "106 đảng viên" in text and "500" not in text


def test_a_figure_cited_to_the_wrong_source_is_moved_to_the_right_one():
    v = verify("Toàn tỉnh kết nạp 496 đảng viên mới [1].", SOURCES)
    assert v.corrections == 1 and v.sentences[0][1] == [2]


def test_markers_beyond_the_sources_are_dropped():
    v = verify("Toàn tỉnh kết nạp 496 đảng viên mới [2][7].", SOURCES)
    assert v.dropped_markers == 1 and v.sentences[0][1] == [2]


def test_an_unsupported_claim_without_a_near_source_is_left_out():
    v = verify("GRDP tăng 9,5% [1].", SOURCES)
    assert v.corrections == 1 and v.sentences == []


def test_refusals_are_recognised_with_or_without_diacritics():
    assert is_refusal("Các báo cáo không có thông tin về việc này.")
    assert is_refusal("khong de cap den van de nay")
    assert not is_refusal("Cấp ủy thi hành kỷ luật 106 đảng viên [1].")
