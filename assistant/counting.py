"""Whether a figure counts the thing a question asks about: its unit against the asked one ('82 đảng bộ' is
not 'bao nhiêu đảng viên'; '17 TCCS' is 'tổ chức cơ sở đảng'), the part of the people asked ('nữ', 'Trong
số … mới kết nạp'), a negated act, the place's kind of unit, the base period or the plan a question names.
Read by assistant.figure_answer when it scores statements."""
from __future__ import annotations

import re

from index.textnorm import fold
from index.vntext import FOLDED_STOPWORDS, syllables

from .noise import noise_words

NOTE_MARK = r"⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾"  # a footnote's own marker opening its text (index.footnotes)
PARTITIONS = noise_words("partitions")
PERSONS = re.compile(r"\b(?:" + "|".join(sorted(noise_words("persons"), key=len, reverse=True)) + r")\b")
SUBSET = re.compile(rf"(?:^|[.;:])\s*(?:{NOTE_MARK}\s*)?(?:trong số|trong tổng số)\s+([^,;:]+?)(?:\s+có\b|,)", re.I)


def unit_matches(asked: list[str], unit: str) -> bool:
    """One names the other, or a kind of it: 'hộ' and 'hộ nghèo' agree. Sharing the first syllable alone
    is no agreement: 'đảng viên' and 'đảng bộ', 'học sinh' and 'học viên' are different things counted."""
    words = unit.split()
    # ('01 kho với tổng sức chứa': the noun ends at 'với')
    words = words[:next((i for i, w in enumerate(words) if i and w in FOLDED_STOPWORDS), len(words))]
    n = min(len(words), len(asked))
    return n > 0 and words[:n] == asked[:n]


_NEGATED = re.compile(r"\b(?:không|chưa|khong|chua)\s+([^\W\d_]+)", re.I)


def negated_words(text: str) -> set[str]:
    """The words a 'không' / 'chưa' negates ('không hoàn thành' -> 'hoan')."""
    return {fold(m.group(1)) for m in _NEGATED.finditer(text)}


def words_of(text: str) -> set[str]:
    """The folded syllables of a text."""
    return {fold(w) for w in syllables(text)}


def spelled(unit: str, counted: list[str]) -> bool:
    """The unit is an initialism of the counted words ('tccs' of 'tổ chức cơ sở đảng')."""
    short = unit.split()[0] if unit else ""
    return len(short) >= 2 and len(counted) >= len(short) and "".join(w[0] for w in counted[:len(short)]) == short


def other_of_same_head(asked: list[str], unit: str) -> bool:
    words = unit.split()
    # ('01 kho với tổng sức chứa': 'với' ends the noun, it names no other kind)
    return (len(words) >= 2 and len(asked) >= 2 and words[0] == asked[0] and not unit_matches(asked, unit)
            and words[1] not in FOLDED_STOPWORDS and asked[1] not in FOLDED_STOPWORDS)


_UNIT_KIND = r"(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)"
_WHOLE_ASKED = re.compile(r"\b(?:toàn|cả|toan|ca)\s+(?:tỉnh|thành phố|huyện|tinh|thanh pho|huyen)\b", re.I)
_UNIT_NAMED = re.compile(rf"^\s*({_UNIT_KIND})\s+(.+?)\s*$", re.I)


def other_unit(label: str, question: str) -> bool:
    """The row's place ('Thành phố Kim Sơn') is written in the question with another kind of unit
    before the same name ('tỉnh Kim Sơn')."""
    m = _UNIT_NAMED.match(label)
    if not m:
        return False
    if _WHOLE_ASKED.search(question):
        return True  # 'toàn tỉnh': the whole, not one of its units
    kind, name = fold(m.group(1)).lower(), fold(m.group(2)).lower()
    asked = " ".join(fold(question).lower().split())
    said = [fold(k).lower() for k in re.findall(rf"\b({_UNIT_KIND})\s+{re.escape(name)}\b", asked, re.I)]
    return bool(said) and kind not in said


# ('cùng kỳ năm 2025', 'cùng kỳ 6 tháng đầu năm 2025')
_BASE = re.compile(r"\b(?:cùng kỳ|cung ky)(?:\s+(?:\d+\s+)?(?:tháng|quý|thang|quy)\b[^,;?\d]{0,20}?)?(?:\s+năm|\s+nam)?\s+"
                   r"((?:19|20)\d{2})\b", re.I)


_PLAN_WORDS = r"(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|ke hoach|du toan|chi tieu|muc tieu)"
PLAN_COLUMN = re.compile(r"^(?:ke hoach|du toan|chi tieu|muc tieu)\b")


def plan_is_base(question: str) -> bool:
    """'… được bao nhiêu, đạt bao nhiêu % kế hoạch?': the plan is named only as what a rate is of."""
    plans = re.findall(rf"\b{_PLAN_WORDS}\b", question, re.I)
    return len(plans) == 1 and bool(re.search(rf"(?:%|phần trăm|phan tram)\s+(?:so với\s+|so voi\s+)?{_PLAN_WORDS}",
                                              question, re.I))


def base_year(question: str) -> str | None:
    """The year of 'cùng kỳ năm 2025' when a question asks for the figure of that base period."""
    m = _BASE.search(question)
    return m.group(1) if m and not re.search(r"\bso với\s*$", question[:m.start()], re.I) else None


# the unit a table's row or column names in brackets at its end ('Kết nạp đoàn viên mới (đoàn viên)',
# 'Kế hoạch kết nạp năm 2026 (người)', '(ĐVT: tỷ đồng)'); not a list of kinds ('(CLB, đội, nhóm)') nor a
# qualifier ('(ước tính)', '(nữ)')
_BRACKET_END = re.compile(r"\(\s*(?:(?:ĐVT|đvt|Đơn vị tính|đơn vị tính)\s*:\s*)?([^()\d,;]{1,20})\)\s*$")
_NOT_UNITS = {"uoc", "uoc tinh", "uoc thuc hien", "du kien", "so bo", "nu", "luy ke", "ke hoach", "kh", "tt"}


def bracket_unit(label: str) -> str | None:
    """The unit a label ends with in brackets, as written ('đoàn viên', '%'), or None."""
    got = _BRACKET_END.search(label.strip())
    if got is None:
        return None
    unit = got.group(1).strip()
    if not unit or len(unit.split()) > 4 or fold(unit).lower() in _NOT_UNITS:
        return None
    return unit
