"""Vietnamese text normalisation: decoding, NFC, one tone-mark convention, diacritic folding,
markdown clean-up and re-joining of paragraphs split by page breaks."""
from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (NFD combining marks)
# "hoà/hòa", "khoẻ/khỏe", "thuý/thúy": the tone sits on the second vowel in the new style.
# We keep the old style (tone on o/u) that most administrative documents use, so both spellings
# of a word become one. Only open syllables are concerned: "hoàn", "thuyền" are the same in both.
_OA_OE = re.compile(rf"([oO])([aAeE])([{_TONES}])(?![\w\u0300-\u036f])")
_UY = re.compile(rf"(?<![qQ])([uU])([yY])([{_TONES}])(?![\w\u0300-\u036f])")


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM or not), else the best legacy guess (Windows-1258 …)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-16 without BOM: every other byte of ASCII text is NUL.
    if len(data) >= 4 and data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
    if b"\x00" in data:
        raise DecodeError("tệp chứa dữ liệu nhị phân, không phải văn bản")
    try:
        text = data.decode("cp1258")
        if _looks_like_text(text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise DecodeError("không nhận ra bảng mã của tệp (không phải UTF-8, UTF-16 hay Windows-1258)")
    return str(best)


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")) and ch not in "\n\r\t\f")
    return bad / len(text) < 0.01


def normalize_unicode(text: str) -> str:
    """NFC with a single tone-mark placement convention."""
    nfd = unicodedata.normalize("NFD", text)
    nfd = _OA_OE.sub(r"\1\3\2", nfd)
    nfd = _UY.sub(r"\1\3\2", nfd)
    return unicodedata.normalize("NFC", nfd)


def fold(text: str) -> str:
    """Lower case without diacritics: 'Đảng viên' -> 'dang vien'."""
    nfd = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d")


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_EMPH = re.compile(r"(\*\*|__)")
_MD_RULE = re.compile(r"^\s*([-*_=])\1{2,}\s*$")
# a whole line in italics ('*a) Thăm hỏi …*', '_…_'): a heading set in italics, not a bullet '* …'
_MD_ITALIC_LINE = re.compile(r"^([*_])(?=\S)(.+?)(?<=\S)\1$")
# pandoc's escapes: '2\. Xây dựng …' keeps '2.' from starting a list, '\*', '\[' …
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def clean_line(line: str) -> tuple[str, bool]:
    """Strip markdown decoration; return the text and whether it was a markdown heading."""
    is_heading = bool(_MD_HEADING.match(line))
    line = _MD_HEADING.sub("", line)
    line = _MD_EMPH.sub("", line)
    if _MD_RULE.match(line):
        return "", False
    line = _WS.sub(" ", line).strip()
    line = _MD_ITALIC_LINE.sub(r"\2", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    return line, is_heading


_STRUCTURAL_START = re.compile(
    r"^(PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|Điều|ĐIỀU|PHỤ LỤC|Phụ lục)\s+\S+|^[IVXLC]+[./\-–]\s|^\d+(\.\d+)*[./]\s"
    r"|^\d{1,3}[\-–]\s|^[a-zđ][).]\s"
    r"|^\(\d{1,2}\)|^\([ivx]{1,5}\)|^\d{1,2}\)\s|^[-+•–*]\s|^⁽"
)
_SENTENCE_END = (".", "!", "?", ":", ";", "…", "”", '"', ")")


def _is_caps_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def paragraphs(raw: str, *, soft_wrapped: bool = False) -> list[str]:
    """Split raw text into clean paragraphs, re-joining the ones a page break cut mid-sentence.

    `soft_wrapped` is for text where every visual line ends with a newline (OCR output): there a
    line that does not end a sentence is joined to the next unless the next one starts a numbered
    item. Linear in the input: each line is looked at once, and a paragraph's state (is it a
    heading, is it all capitals) is kept, not recomputed from its growing text."""
    text = normalize_unicode(raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n"))
    out: list[list[str]] = []  # the lines of each paragraph, joined at the end
    state: list[tuple[bool, bool, bool]] = []  # (markdown heading, all capitals, starts a numbered item)
    for raw_line in text.split("\n"):
        line, is_heading = clean_line(raw_line)
        if not line:
            continue
        if out and _should_join(out[-1][-1], state[-1], line, is_heading, soft_wrapped):
            prev = out[-1][-1]
            if soft_wrapped and prev.endswith("-") and not prev.endswith(" -"):
                out[-1][-1] = prev + line  # the dash of a compound cut at the line end ('Covid-' / '19')
            else:
                out[-1].append(line)
            h, caps, numbered = state[-1]
            state[-1] = (h, caps and _is_caps_line(line), numbered)
        else:
            out.append([line])
            state.append((is_heading, _is_caps_line(line), bool(_STRUCTURAL_START.match(line))))
    return [" ".join(lines) for lines in out]


def _should_join(prev: str, prev_state: tuple[bool, bool, bool], line: str, heading: bool, soft: bool) -> bool:
    prev_heading, prev_caps, prev_numbered = prev_state
    if prev_heading or heading or prev.endswith(_SENTENCE_END):
        return False
    if soft and line.startswith(("- ", "– ")) and line[2:3].islower():
        return True  # "1. Phát triển kinh tế" / "- xã hội …": a wrapped heading, not a bullet
    if _STRUCTURAL_START.match(line):
        return False
    if prev_caps:
        # A numbered heading in capitals wrapped onto a second line of capitals.
        return prev_numbered and _is_caps_line(line)
    if line[0].islower():
        return True  # "tuyên truyền,\n\ntổ chức …", "thi\n\n\n\nđưa …"
    # In soft-wrapped text every visual line ends with a newline: an unfinished line continues.
    return soft
