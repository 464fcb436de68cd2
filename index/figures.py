"""Quantities in Vietnamese text ('1.059', '38,9', '23%', '08', 'gần 4.000'), leaving out what
only looks like one: years, dates, ranges of years, document numbers, ordinals, 'Covid-19'.

Written by hand: no library knows Vietnamese administrative number conventions."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .footnotes import MARKER

# '7,5 - 8%/năm' keeps its '%' ('/năm' is a rate); '26/3', '05/KH' are not figures
# A measure may be glued to its unit symbol ('200kg', '69.972kg', '25ha', '86,5MWp'), as technical
# writing often does; other letters after digits make a code ('3527HCNM', 'Km2'), not a figure.
_GLUED_UNIT = r"(?:kg|Kg|KG|km|m2|m3|m²|m³|ha|MWp|MW|kWp|kWh|kW|kV|mm|cm|ml|m)(?!\w)"
_NUM = re.compile(r"(?<![\w/.,-])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(?![.,]\d)(?:\s?%(?=/[^\W\d])|(?:\s?%)?(?![\w/])|(?=" + _GLUED_UNIT + r"))")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_BEFORE_EXCLUDE = re.compile(r"(?:số|thứ|lần|khóa|khoá|Covid|COVID|Covid -|Covid-|mục|Điều|điều|khoản|Chỉ đạo|Ban Chỉ đạo|"
                             r"tháng|ngày|quý|Quý)\s*$",
                             re.IGNORECASE)
# 'Tổng số 05 hộ chiếu', 'tổng số 17 giấy phép': after 'tổng', 'số' counts; elsewhere it names ('số 23').
_TOTAL_BEFORE = re.compile(r"\b(?:tổng|Tổng|TỔNG)\s+số\s*$")
# A capitalised document type before a number names the document ("Đề án 404"); lower case it is a verb.
_DOC_BEFORE = re.compile(r"(?:Đề án|Quyết định|Nghị quyết|Chỉ thị|Quy định|Hướng dẫn|Thông báo|Công văn|Nghị định|Thông tư)\s*$")
# 'X/Y' followed by what it counts, Y more than a month and no year: a share ('39/52 trường', '41/45 tổ
# chức cơ sở đảng'); the figure is X.
_SHARE = re.compile(r"(?<![\w/.,-])(\d{1,3})/(\d{2,3})(?![\d/.,])(?=\s+[^\W\d_])(?!\s+(?:năm|nam)\b)")
# The bases of rates per inhabitants ('12,9 bác sĩ trên 10.000 dân').
_PER_BASES = {"100", "1.000", "10.000", "100.000"}
_QUOTED = re.compile(r"“[^”]{0,200}”|\"[^\"]{0,200}\"")


@dataclass(frozen=True)
class Quantity:
    text: str
    value: float
    start: int
    end: int


def parse_number(raw: str) -> float:
    raw = raw.replace("%", "").strip()
    if "," in raw:
        whole, frac = raw.split(",", 1)
        return float(whole.replace(".", "") + "." + frac)
    return float(raw.replace(".", ""))


def find_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    # numbers inside quotation marks belong to names ("Xuân ấm tình người - 10 năm lan tỏa", "5 không 3 sạch")
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for m in _NUM.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        whole = m.group(1)
        s, e = m.start(), m.end()
        after = text[e:e + 3]
        before = text[max(0, s - 14):s]
        if _YEAR.match(whole) and not m.group(2):
            continue  # a year, or part of "2021 - 2026"
        if after.startswith(("/", "-", "–")) and re.match(r"[/\-–]\s?\d", after) and not after.startswith(("- ", "– ")):
            continue  # 26/3/1931, 05-CT/TW
        if re.match(r"[-–][A-ZĐ]", after):
            continue  # 05-CT/TW, 02-ĐA/TU
        if re.match(r"\s+tháng\s+(đầu|cuối)|\s+năm\s+(thực hiện|qua)", text[e:e + 20], re.I) or (
                whole in ("3", "6", "9") and re.match(r"\s+tháng\s+(ước|đạt|năm|qua|vừa qua|thực hiện)\b|\s+tháng\s*[,;]",
                                                      text[e:e + 25], re.I)):  # headings are upper case
            continue  # "6 tháng đầu năm", "9 tháng ước đạt", "5 năm thực hiện": a period, not a count
        if re.match(r"\s*tháng\b", text[e:e + 8]) and re.search(r"\b(lũy kế|luỹ kế|trong|sau|qua)\s*$", before, re.I) \
                and int(whole) <= 12 and not m.group(2):
            continue  # "lũy kế 9 tháng toàn tỉnh có …", "trong 6 tháng": the period counted over
        if re.match(r"\s+năm\s+(ngày|Ngày|thành lập|truyền thống)", text[e:e + 25]):
            continue  # "kỷ niệm 90 năm ngày thành lập": an anniversary
        if re.match(r"\s*tuổi\b", text[e:e + 8]) and re.search(r"\b(dưới|từ|trên|đủ|đến)\s*$", before) \
                and re.search(r"\b(trẻ|em|người|phụ nữ|nam|nữ|dân số|lao động|học sinh|cán bộ|đảng viên|hội viên)\s+\S+\s*$",
                              text[max(0, s - 30):s]):
            continue  # "trẻ em dưới 1 tuổi", "người từ 60 tuổi trở lên": who is counted, not a count
        if (_BEFORE_EXCLUDE.search(before) and not _TOTAL_BEFORE.search(before)) or _DOC_BEFORE.search(before):
            continue
        if re.search(r"\d/\s?$", before):
            continue
        if (not m.group(2) and text[s - 1:s] == "("
                and (text[max(0, s - 40):s - 1].rstrip(" \t“\"‘'-–•+") or "\n").endswith(("\n", ":", ";", "."))
                and re.match(r"\)\s+[^\W\d_]", text[e:e + 4])):
            continue  # '… gồm: (1) Tuyến điện …; (2) Cầu dân sinh …': an item's number, not a count
        if re.search(r"\b(?:tháng|ngày|quý)\s+\d{1,2}\s*(?:[-–]|đến)\s*$", text[max(0, s - 25):s], re.I):
            continue  # "trong các tháng 7 - 10": the range's end is a month too
        if whole in _PER_BASES and not m.group(2) and (
                re.search(r"/\s?$", before) and re.match(r"\s*(?:dân|người dân|dân số)\b", text[e:e + 12])
                or re.search(r"\btrên\s*$", before) and re.match(r"\s*dân\b(?!\s*số)", text[e:e + 12])):
            continue  # "bác sĩ trên 10.000 dân", "/1.000 dân": the base of a rate per inhabitants, no count
        out.append(Quantity(m.group(0), parse_number(m.group(0)), s, e))
    for m in _SHARE.finditer(text):
        x, y = int(m.group(1)), int(m.group(2))
        before = text[max(0, m.start() - 14):m.start()]
        if 12 < y and x <= y and not any(a < m.start() < b for a, b in quoted) \
                and not _BEFORE_EXCLUDE.search(before) and not _DOC_BEFORE.search(before):
            out.append(Quantity(m.group(0), float(x), m.start(), m.end()))
    out.sort(key=lambda q: q.start)
    return _ranges(text, out)


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """'7,5 - 8%', '20 - 25 tỷ đồng': a range is one figure (valued at its lower bound)."""
    out: list[Quantity] = []
    for q in found:
        if out and re.fullmatch(r"\s*[-–]\s*", text[out[-1].end:q.start]) and not out[-1].text.endswith("%"):
            prev = out.pop()
            q = Quantity(text[prev.start:q.end], prev.value, prev.start, q.end)
        out.append(q)
    return out


def number_forms(text: str) -> set[float]:
    return {q.value for q in find_quantities(text)}


_MARKER = re.compile(r"\[\d+\]")


# Where a quote comes from, not what it states: '(mục Phần thứ nhất › II.3 › chú thích 7)',
# 'Mục I.2.5 (2), trang 12 –', 'Phụ lục 1'. Section ids end at a dash, a closing bracket or a colon.
# (an id may hold a bracketed number: 'II.3.a.(1)', 'I.2.(ii)')
_PLACE = re.compile(r"\b[Mm]ục\s+(?:(?:Phần|Phụ lục|Chương)(?:[^–():\n]|\([\divx]{1,4}\))*"
                    r"|[IVXLC\d]+(?:[\w.]|\([\divx]{1,4}\))*(?:\s›\s(?:[^–():\n]|\([\divx]{1,4}\))*)?)(?:\s\(\d+\))?"
                    r"(?:\.?\s[^\n“”]*?:(?=\n|$))?"  # '… mục I.1.2.b. Kho phục vụ gói thầu 14:' (a heading echoed)
                    r"|\btrang\s+\d+|\bchú thích\s+\d+|\bPhụ lục\s+\w+"
                    r"|" + MARKER.pattern)


def answer_figures(text: str) -> list[Quantity]:
    """Quantities stated in an answer: citation markers [n] and the places quotes come from left out."""
    return find_quantities(_PLACE.sub(" ", _MARKER.sub(" ", text)))


def unit_after(text: str, q: Quantity, n: int = 2) -> list[str]:
    """The words right after a quantity: what it counts ('đảng viên', 'tỷ đồng', 'USD'), read by
    index.measure like the figure table's units."""
    from .measure import unit_words

    return unit_words(text[q.end:q.end + 60], n)
