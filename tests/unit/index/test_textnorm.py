import unicodedata

import pytest

from index.textnorm import DecodeError, decode_bytes, fold, normalize_unicode, paragraphs
from tests.conftest import H1

TEXT = "Báo cáo kết quả công tác xây dựng Đảng, hòa hợp, thúy, khỏe mạnh, ủy ban, quý, thuyền, hoàn thành"


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows software writes it: base letters with their vowel
    marks precomposed (â, ơ, đ …) and the tone as a separate combining character."""
    out: list[tuple[str, str]] = []  # (base with vowel marks, tone)
    for ch in unicodedata.normalize("NFD", text):
        if out and ch in TONES:
            out[-1] = (out[-1][0], ch)
        elif out and unicodedata.combining(ch):
            out[-1] = (unicodedata.normalize("NFC", out[-1][0] + ch), out[-1][1])
        else:
            out.append((ch, ""))
    return "".join(base + tone for base, tone in out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258"])
def test_decodes_every_accepted_encoding(encoding):
    data = to_cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert normalize_unicode(decode_bytes(data)) == normalize_unicode(TEXT)


def test_cp1258_combining_marks_become_nfc():
    decoded = normalize_unicode(decode_bytes(to_cp1258("Đảng viên bị kỷ luật, hòa giải")))
    assert decoded == "Đảng viên bị kỷ luật, hòa giải" and unicodedata.is_normalized("NFC", decoded)


def test_nfd_input_matches_nfc():
    nfd = unicodedata.normalize("NFD", TEXT)
    assert normalize_unicode(nfd) == normalize_unicode(TEXT)


@pytest.mark.parametrize("a,b", [("hoà", "hòa"), ("thuý", "thúy"), ("khoẻ", "khỏe"), ("uỷ ban", "ủy ban"),
                                 ("Hoà Bình", "Hòa Bình"), ("loại", "loại")])
def test_one_tone_mark_convention(a, b):
    assert normalize_unicode(a) == normalize_unicode(b)


@pytest.mark.parametrize("word", ["quý", "thuyền", "hoàn", "khoảng", "quả"])
def test_tone_rule_leaves_other_syllables_alone(word):
    assert normalize_unicode(word) == unicodedata.normalize("NFC", word)


def test_binary_junk_is_refused():
    with pytest.raises(DecodeError):
        decode_bytes(bytes(range(256)) * 10)


def test_fold():
    assert fold("Đảng viên bị KỶ LUẬT") == "dang vien bi ky luat"


def test_sample_paragraphs_broken_by_page_breaks_are_rejoined():
    paras = paragraphs(H1.read_text(encoding="utf-8"))
    text = "\n\n".join(paras)
    assert "tuyên truyền, tổ chức kỷ niệm các ngày lễ lớn" in text
    assert "các phong trào thi đưa yêu nước" in text  # sic: the source says "thi\n\n\n\nđưa"
    assert "tồn đọng kéo dài thuộc thẩm quyền" in text
    # markdown decoration is gone, headings stay separate paragraphs
    assert not any(p.startswith("#") or "**" in p for p in paras)
    assert "3. Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng" in paras


def test_soft_wrapped_pdf_lines_are_joined():
    raw = "1. Công tác dân vận\nCác cấp ủy đã tập trung lãnh đạo,\nchỉ đạo việc tổ chức\nnghiên cứu.\n2. Công tác khác"
    assert paragraphs(raw, soft_wrapped=True) == [
        "1. Công tác dân vận Các cấp ủy đã tập trung lãnh đạo, chỉ đạo việc tổ chức nghiên cứu.", "2. Công tác khác"]
