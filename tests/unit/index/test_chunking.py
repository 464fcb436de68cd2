from index.chunking import chunk_report, own_range
from index.loaders import read_document
from index.parse import parse_document
from index.tokens import count_tokens
from tests.conftest import H1, YEAR


def test_chunks_follow_sections_and_budget():
    r = parse_document(read_document(H1))
    budget = 300
    chunks = chunk_report(r, budget)
    by = {s.number: s for s in r.sections}
    for c in chunks:
        assert r.text[c.start:c.end] == c.text  # offsets into the normalised text
        sec = by[c.section]
        start, end = own_range(r, sec)
        assert start <= c.start and c.end <= end  # never crosses its section's border
        assert c.tokens == count_tokens(c.text) <= budget
    # every section with text of its own is covered, in order
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert {c.section for c in chunks} >= {f"I.{i}" for i in range(1, 6)} | {f"II.{i}" for i in range(1, 8)}
    # a long section is split at paragraph boundaries: each piece starts a paragraph
    i3 = [c for c in chunks if c.section == "I.3"]
    assert len(i3) > 1 and all(r.text[c.start - 2:c.start] in ("\n\n", "") or c.start == by["I.3"].body_start
                               or r.text[c.start - 1] == " " for c in i3)
    assert chunks[0].path_title.startswith("BÁO CÁO")
    assert next(c for c in chunks if c.section == "I.3").path_title == (
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC XÂY DỰNG ĐẢNG > I.3. Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng")


def test_short_sections_stay_whole_and_are_never_merged():
    r = parse_document(read_document(YEAR))
    chunks = chunk_report(r, 300)
    assert [c.section for c in chunks if c.section.startswith("II.")] == [f"II.{i}" for i in range(1, 7)]
    ii2 = next(c for c in chunks if c.section == "II.2")
    assert ii2.text == ("Các cấp Hội vận động hội viên trồng 52.000 cây xanh; duy trì 264 tổ chiến binh tự quản; "
                        "hỗ trợ 310 hội viên thoát nghèo.")
    # bullets stay with their section
    assert "Kết nạp đảng viên chưa đạt chỉ tiêu" in next(c for c in chunks if c.section == "III.2").text


def test_a_sentence_longer_than_the_budget_is_split_at_words():
    from index.loaders import RawDocument

    r = parse_document(RawDocument("x.txt", "1. Mục dài\n\n" + "Kết nạp đảng viên mới " * 400, False))
    chunks = chunk_report(r, 100)
    assert len(chunks) > 5 and all(c.tokens <= 100 for c in chunks)
    assert all(r.text[c.start:c.end] == c.text for c in chunks)
