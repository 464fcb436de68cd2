"""What a figure counts: the unit and multiplier written right after a number ('38,9 tỷ đồng',
'265 đảng viên', '1.250 triệu đồng', '25ha'). One reader serves the figure table (comparisons,
trends), the answers (unit_after) and the questions ('bao nhiêu tỷ đồng'), so the three agree.

Written by hand: no library knows the units of Vietnamese administrative writing."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .textnorm import fold

MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# Units of more than one word, longest first; anything else is the next one or two words.
UNITS = sorted([
    "đảng viên", "tổ chức đảng", "tổ chức cơ sở đảng", "lượt đơn", "lượt cử tri", "lượt cán bộ", "lượt",
    "hội nghị", "mô hình", "ngôi nhà", "đoàn viên thanh niên", "đoàn viên công đoàn", "đoàn viên", "hội viên",
    "cán bộ", "người", "vụ án", "vụ", "bị can", "bị cáo", "tấn", "cây xanh", "đội hình", "lớp", "cuộc", "tin, bài",
    "bài viết", "suất ăn", "quả", "hộ", "thành viên", "ý kiến", "đơn vị", "phụ nữ", "thanh niên", "nông dân",
    "USD", "đồng", "tổ chức", "cơ quan", "đề án", "nghị quyết", "kế hoạch", "chương trình", "kg", "thùng",
    "lao động", "doanh nghiệp", "cơ sở", "giấy phép", "ha", "km", "xã", "đồng chí", "trường hợp", "ca",
], key=len, reverse=True)
# Units that count the same thing in party reports: '6.842 đồng chí' is the party's members.
SAME_COUNT = {"đồng chí": "đảng viên", "ca": "trường hợp"}  # '3.087 trường hợp mắc' and '642 ca mắc' count cases


def comparable_unit(unit: str) -> str:
    return SAME_COUNT.get(unit, unit)
_MULT = re.compile(r"(nghìn|ngàn|vạn|triệu|tỷ|tỉ)\b\s*")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Measure:
    unit: str  # 'đảng viên', 'đồng', '%'; '' when no word follows
    multiplier: float  # 1e9 for 'tỷ đồng'
    text: str  # what was read, as written ('tỷ đồng'), with the spaces before it

    def words(self) -> list[str]:
        """Folded words of what was read: ['ty', 'dong']."""
        return [fold(w) for w in _WORD.findall(self.text)]


def read_measure(after: str) -> Measure:
    """The unit (and multiplier) at the start of `after`, the text that follows a number."""
    text = after.lstrip()
    consumed = len(after) - len(text)
    mult = 1.0
    m = _MULT.match(text)
    if m:
        mult = MULTIPLIERS[m.group(1)]
        consumed += m.end()
        text = text[m.end():]
    if text.startswith("%"):
        return Measure("%", mult, after[:consumed + 1])
    low = text.lower()
    unit = next((u for u in UNITS if low.startswith(u.lower()) and (len(low) == len(u) or not low[len(u)].isalnum())),
                None)
    if unit is None:
        words = re.findall(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?", text)
        unit = words[0] if words else ""
    per = _PER.match(text[len(unit):]) if unit else None
    if per:  # '12,6 bác sĩ/vạn dân', '33,6 giường bệnh trên vạn dân': a rate per inhabitants
        return Measure(f"{unit}/{per_base(per.group(1))}", mult, after[:consumed + len(unit) + per.end()])
    return Measure(unit, mult, after[:consumed + len(unit)])


# The base of a rate per inhabitants after its unit: '/vạn dân', 'trên 10.000 dân', '/1.000 dân số'.
_PER = re.compile(r"\s*(?:/|trên)\s*(1\s*vạn|vạn|10\.000|1\.000|một nghìn|nghìn|ngàn|100\.000|1 triệu)\s+(?:người\s+)?dân"
                  r"(?:\s+số)?\b", re.I)
_BASES = {"vạn": "vạn dân", "10.000": "vạn dân", "1.000": "1.000 dân", "nghìn": "1.000 dân", "ngàn": "1.000 dân",
          "một nghìn": "1.000 dân", "100.000": "100.000 dân", "1 triệu": "1 triệu dân"}


def per_base(written: str) -> str:
    """'10.000', '1 vạn', 'vạn' → 'vạn dân': one spelling of a base, so rates of two reports compare."""
    return _BASES.get(re.sub(r"^1\s*(?=vạn)", "", written.lower()), f"{written} dân")


def per_inhabitants(text: str) -> str | None:
    """'vạn dân' when text names a rate per inhabitants ('Số bác sĩ/vạn dân', 'số bác sĩ trên 10.000
    dân đạt'), else None."""
    m = re.search(_PER.pattern.replace("\\s*(?:/|trên)", "(?:/|\\btrên)"), text, re.I)
    return per_base(m.group(1)) if m else None


def money(unit: str, multiplier: float) -> bool:
    return unit in ("đồng", "USD") or (unit == "" and multiplier >= 1e6)


def unit_words(after: str, n: int = 2) -> list[str]:
    """The first n folded words after a number, the unit's words first ('tỷ đồng', 'đảng viên')."""
    read = read_measure(after)
    words = read.words()
    if len(words) < n:
        words += [fold(w) for w in _WORD.findall(after[len(read.text):len(read.text) + 40])]
    return words[:n]
