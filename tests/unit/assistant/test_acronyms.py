"""Abbreviations a question uses that the reports spell out ('QLTT' for 'Quản lý thị trường')."""
from pathlib import Path

from assistant.acronyms import expand, phrase_for
from index.loaders import read_document
from index.parse import parse_document

DATA = Path(__file__).resolve().parents[2] / "data"


def _report(name: str):
    return parse_document(read_document(DATA / name))


def test_an_abbreviation_is_read_as_the_phrase_the_report_spells_out():
    sct = _report("bao-cao-so-cong-thuong-mau.docx")
    assert phrase_for("QLTT", [sct]) == "Quản lý thị trường"
    # no phrase of the report has those initials: nothing is made up
    assert phrase_for("XYZQ", [sct]) is None


def test_only_an_abbreviation_the_reports_never_use_is_expanded():
    sct = _report("bao-cao-so-cong-thuong-mau.docx")
    loaded = []

    def load():
        loaded.append(1)
        return [sct]

    q = "Theo phụ lục, lực lượng QLTT xử lý bao nhiêu vụ hàng nhập lậu?"
    assert expand(q, load, lambda t: True) == "Theo phụ lục, lực lượng Quản lý thị trường xử lý bao nhiêu vụ hàng nhập lậu?"
    # an abbreviation the reports use is searched as written, and no report is read for it
    loaded.clear()
    assert expand(q, load, lambda t: False) == q and not loaded
    # two-letter ones are not abbreviations; a lower-case run no syllable could be is one (typed without
    # capitals and diacritics: 'so tnmt hung lam …'), a lower-case syllable is not
    assert expand("Số vụ qltt xử lý? Có ĐT không?", load, lambda t: True) == "Số vụ Quản lý thị trường xử lý? Có ĐT không?"
    assert expand("How many trees did the veterans plant?", load, lambda t: True) == "How many trees did the veterans plant?"
    assert expand("Số vụ quản lý thị trường xử lý?", load, lambda t: True) == "Số vụ quản lý thị trường xử lý?"


def test_two_letters_after_a_bodys_kind_are_its_issuers_name():
    from types import SimpleNamespace

    from assistant.acronyms import expand

    reports = [SimpleNamespace(id="a", content_hash="1", text="", issuer="UBND TỈNH HÀ TRUNG – SỞ XÂY DỰNG"),
               SimpleNamespace(id="b", content_hash="2", text="", issuer="UBND TỈNH HÀ TRUNG – SỞ Y TẾ")]
    assert expand("Sở XD xin UBND tỉnh những gì?", lambda: reports, lambda t: True) == "Sở Xây Dựng xin UBND tỉnh những gì?"
    # two letters alone stand for too many phrases
    assert expand("Có ĐT không?", lambda: reports, lambda t: True) == "Có ĐT không?"
