"""Reporting periods as spans of months: which reports a stated period names, and the order in
which reports are shown (oldest first).

'6 tháng đầu năm 2022' lies inside 'năm 2022'; a plan period ('nhiệm vụ … 6 tháng cuối năm 2021') is
named in the title of the report that sets it, not in its reporting period."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from index.textnorm import fold

from .question import PERIOD

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_WORDS = {"sau": 6, "chin": 9, "ba": 3}
# Questions about what is to be done: their period is the one a report plans for.
# what a question about a plan says ('sẽ làm gì', 'dự báo' of the period ahead)
PLAN = re.compile(r"\b(nhiệm vụ|phương hướng|kế hoạch|mục tiêu|giải pháp|dự kiến|phấn đấu|dự báo|định hướng|sẽ|"
                  r"nhiem vu|phuong huong|du bao)\b", re.I)


@dataclass(frozen=True)
class Span:
    year: int
    first: int  # months, 1-12
    last: int

    def within(self, other: "Span") -> bool:
        return self.year == other.year and other.first <= self.first and self.last <= other.last


def parse(period: str | None) -> Span | None:
    """'6 tháng đầu năm 2021' -> Span(2021, 1, 6); None without a year."""
    if not period:
        return None
    f = re.sub(r"\s+", " ", fold(period)).strip()
    year = re.search(r"\b(19|20)\d{2}\b", f)
    if not year:
        return None
    y = int(year.group(0))
    m = re.search(r"\bnam hoc (?:19|20)\d{2} ?[-–] ?((?:19|20)\d{2})\b", f)
    if m:  # a school year ends in summer: 'năm học 2025 - 2026' runs to August 2026
        return Span(int(m.group(1)), 1, 8)
    m = re.search(r"\b(\d+|sau|chin|ba) thang (dau |cuoi )?nam\b", f)
    if m:  # '9 tháng năm 2025': the first nine months
        n = int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1)]
        return Span(y, 1, n) if m.group(2) != "cuoi " else Span(y, 13 - n, 12)
    m = re.search(r"\bquy ([iv]+|\d)\b", f)
    if m:
        q = int(m.group(1)) if m.group(1).isdigit() else _ROMAN.get(m.group(1), 1)
        return Span(y, 3 * q - 2, 3 * q)
    m = re.search(r"\bthang (\d{1,2})\b", f)
    if m:
        return Span(y, int(m.group(1)), int(m.group(1)))
    return Span(y, 1, 12)


# English periods said the Vietnamese way: 'in 2021' -> 'năm 2021', 'first half of 2021' -> '6 tháng đầu năm 2021'.
_EN_PERIODS = [(re.compile(r"\b(?:the\s+)?first\s+half\s+of\s+((?:19|20)\d{2})\b", re.I), r"6 tháng đầu năm \1"),
               (re.compile(r"\b(?:the\s+)?second\s+half\s+of\s+((?:19|20)\d{2})\b", re.I), r"6 tháng cuối năm \1"),
               (re.compile(r"\b(?:in|during|for|of)\s+((?:19|20)\d{2})\b", re.I), r"năm \1")]


# Periods said another way than reports write them: 'nửa đầu năm 2026' is '6 tháng đầu năm 2026'.
_SAID_OTHERWISE = [(re.compile(r"\bnửa\s+(đầu|cuối)\s+năm\b", re.I), r"6 tháng \1 năm"),
                   (re.compile(r"\bnửa\s+năm\s+(đầu|cuối)\b", re.I), r"6 tháng \1 năm"),
                   (re.compile(r"\bnua\s+(dau|cuoi)\s+nam\b", re.I), r"6 thang \1 nam")]


def as_reports_write(text: str) -> str:
    """The question with its periods written the way reports write them."""
    for pattern, written in _SAID_OTHERWISE:
        text = pattern.sub(written, text)
    return text


_THIS_YEAR = re.compile(r"\b(?:năm nay|nam nay)\b", re.I)


_THIS_MONTH = re.compile(r"\b((?:tháng|quý|thang|quy)\s+(?:\d{1,2}|[IV]+))\s+(?:vừa rồi|vừa qua|này|vua roi|vua qua|nay)\b",
                         re.I)


def this_year(text: str, report_periods: list[str | None]) -> str:
    """'Năm nay …' asked of reports is the year they are about: the newest of the reports' years
    (a question is read against the reports, not against the day it is typed)."""
    if not _THIS_YEAR.search(text) and not _THIS_MONTH.search(text):
        return text
    years = [s.year for s in map(parse, report_periods) if s is not None]
    if not years:
        return text
    # ('tháng 10 vừa rồi', 'quý III vừa qua': that part of the newest year)
    text = _THIS_MONTH.sub(lambda m: f"{m.group(1)} năm {max(years)}", text)
    return _THIS_YEAR.sub(lambda m: f"{m.group(0)[0]}ăm {max(years)}", text)


def with_year_word(said: str) -> str:
    """'6 tháng đầu 2026', '10 tháng 2026' as typed: the year without 'năm' ('6 tháng đầu năm 2026')."""
    return re.sub(r"\b(đầu|cuối|dau|cuoi|tháng|thang)\s+((?:19|20)\d{2})$", r"\1 năm \2", said, flags=re.I)


_SLASH_YEAR = re.compile(r"\b(tháng|quý|thang|quy)\s+([IV]+|\d{1,2})/((?:19|20)\d{2})\b", re.I)
# 'Tính đến 30/6/2026', 'đến hết ngày 31/12/2025': a stock counted at a month's end is of the months from
# January to that one, the period a report of that date covers
_AS_OF = re.compile(r"\b(?:đến|tới|den|toi)\s+(?:(?:hết|het)\s+)?(?:(?:ngày|ngay)\s+)?(2[89]|3[01])\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})\b",
                    re.I)


def _as_of_period(m: re.Match) -> str:
    month, year = int(m.group(2)), int(m.group(3))
    # (the month's last day only; 'từ 15/10 đến 31/10/2026' is a stretch of days, no months from January)
    if not 1 <= month <= 12 or int(m.group(1)) != calendar.monthrange(year, month)[1] \
            or re.search(r"\b(?:từ|tu)\s+(?:ngày\s+|ngay\s+)?\d{1,2}(?:/\d{1,4})*\s*$", m.string[max(0, m.start() - 24):m.start()], re.I):
        return m.group(0)
    said = "năm" if month == 12 else "6 tháng đầu năm" if month == 6 else f"{month} tháng năm" if month > 1 else "tháng 1 năm"
    return f"{m.group(0)} ({said} {m.group(3)})"


def stated(text: str) -> list[str]:
    for pattern, vi in _EN_PERIODS:
        text = pattern.sub(vi, text)
    # 'tháng 3/2026', 'quý I/2026': the year after a slash, as dates are written
    text = _AS_OF.sub(_as_of_period, _SLASH_YEAR.sub(r"\1 \2 năm \3", text))
    out = []
    for m in PERIOD.finditer(text):
        if not re.search(r"\d{4}", m.group(0)):
            continue
        if re.search(r"\b(?:cùng kỳ|cung ky)\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            continue  # 'cùng kỳ năm 2025': the base a later report compares with, stated in that report
        said = with_year_word(m.group(0))
        out.append(said)
        # '6 tháng đầu năm 2021 và 2022': the second year takes the same kind of period
        more = re.match(r"\s*(?:và|với|,|so với)\s*(?:năm\s+)?((?:19|20)\d{2})\b", text[m.end():], re.I)
        if more and re.search(r"(19|20)\d{2}$", said):
            out.append(said[:-4] + more.group(1))
    return out


# 'đến hết tháng 6', 'lũy kế đến tháng 9': the months from January to that one
_UP_TO = re.compile(r"(?:đến|tới|lũy kế|luỹ kế|den|toi|luy ke)\s+(?:(?:hết|cuối|het|cuoi)\s+)?(?:ngày\s+\d{1,2}\s+)?$", re.I)


_N_MONTHS = re.compile(r"\b(\d{1,2}|sáu|chín|sau|chin)\s+(?:tháng|thang)\b(?!\s+(?:đầu|cuối|năm|dau|cuoi|nam)\b)", re.I)


def spans_in(text: str, year: int | None = None, loose: bool = False) -> list[Span]:
    """The periods a text states, as spans of months; one written without its year ('9 tháng',
    'quý III') is of `year`. 'Đến hết tháng 6 năm 2026' runs from January. `loose`: a bare 'N tháng'
    ('Thực hiện 9 tháng', a table's column) is the first N months too."""
    text = _AS_OF.sub(_as_of_period, _SLASH_YEAR.sub(r"\1 \2 năm \3", text))
    out = []
    for m in PERIOD.finditer(text):
        said = m.group(0)
        if re.search(r"\d{4}\D+\d{4}", said) or re.search(r"\b(?:cùng kỳ|cung ky)\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        if not re.search(r"(?:19|20)\d{2}", said):
            if year is None or re.fullmatch(r"(?:năm|nam)", said.strip(), re.I):
                continue
            said = f"{said} năm {year}"
        sp = parse(with_year_word(said))
        if sp is None:
            continue
        if sp.first == sp.last and _UP_TO.search(text[max(0, m.start() - 25):m.start()]):
            sp = Span(sp.year, 1, sp.last)
        out.append(sp)
    if loose and year is not None:
        for m in _N_MONTHS.finditer(text):
            n = int(m.group(1)) if m.group(1).isdigit() else _WORDS.get(fold(m.group(1)), 0)
            if 1 <= n <= 12:
                out.append(Span(year, 1, n))
    return out


def asked_part(text: str, period: str | None, from_date: bool = False) -> Span | None:
    """The months a question asks of a report when they are not the report's own: '9 tháng đầu năm
    2026' asked of the report of quý III, 'đến hết tháng 6' of the year's report. Such a figure is
    only in a sentence (or under a heading) that states those months; the report's own figures are
    of its own period. None when the question asks the report's period, a whole year, a plan, or
    the report's period is a term or only its issue date."""
    if not period or from_date or len(re.findall(r"\b(?:19|20)\d{2}\b", period)) >= 2 or PLAN.search(text):
        return None
    mine = parse(period)
    # ('tháng 10 so với tháng 9/2026 …': the period after 'so với' is the base of a change, not asked)
    text = re.sub(rf"\b(?:so với|so voi)\s+(?:cùng kỳ\s+|cung ky\s+)?(?:{PERIOD.pattern})", " ",
                  re.sub(r"\b(tháng|quý|thang|quy)\s+([IV]+|\d{1,2})/((?:19|20)\d{2})\b", r"\1 \2 năm \3", text,
                         flags=re.I), flags=re.I)
    asked = [s for s in spans_in(text) if mine and s.year == mine.year]
    if not mine or not asked or any(s == mine or (s.first, s.last) == (1, 12) for s in asked):
        return None
    return asked[0]


def same_period(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\s*[-–]\s*", "-", re.sub(r"\s+", " ", fold(s))).replace(  # noqa: E731
        "sau thang", "6 thang").replace("chin thang", "9 thang").strip()  # '2025 - 2026' is '2025-2026'

    if norm(a) == norm(b):
        return True
    # '9 tháng năm 2026' is '9 tháng đầu năm 2026': the same months of the same year, however written
    sa, sb = parse(a), parse(b)
    return sa is not None and sa == sb and not any(re.search(r"\d{4}\D+\d{4}", x) for x in (a, b))  # no term


def _reports_on(title: str, asked: list[str]) -> bool:
    """Whether a title states one of the periods asked as what it reports on, not as what it plans."""
    for m in PERIOD.finditer(title):
        said = stated(m.group(0))
        if said and any(same_period(said[0], p) for p in asked):
            return not PLAN.search(title[:m.start()])
    return False


def reports_for(text: str, reports: list) -> list | None:
    """The reports a question's stated period names (objects with .period and .title), or None when
    it states none or names none. An exact period first; for plan questions, the report whose title
    plans for that period; then the reports of parts of it (the half-years of a year)."""
    periods = stated(text)
    # ('… tháng 10 so với tháng 9/2026 …': the base of a change names no report)
    bases = [b for m in re.finditer(rf"\b(?:so với|so voi)\s+((?:{PERIOD.pattern}))", _SLASH_YEAR.sub(r"\1 \2 năm \3", text), re.I)
             for b in stated(m.group(1))]
    periods = [p for p in periods if not any(same_period(p, b) for b in bases)]
    if not periods:
        return None
    spans = [s for s in (parse(p) for p in periods) if s]
    # A report whose period is only its issue date ('tháng 1 năm 2026') may well report on the
    # period just ended ('năm 2025'): it is searched beside the reports of that period.
    dated = lambda found: [r for r in reports if r not in found and getattr(r, "from_date", False)
                           and (rs := parse(r.period)) and any(_issued_for(rs, s) for s in spans)]
    exact = [r for r in reports if r.period and any(same_period(r.period, p) for p in periods)]
    # a school year ('năm học 2025 - 2026') runs over two calendar years: the reports of either speak of it
    school = [int(y) for p in periods for y in re.findall(r"(?:năm học|nam hoc)\s+((?:19|20)\d{2})", p, re.I)]
    if school:  # (the calendar year it ends in after the report of the school year itself)
        return exact + [r for r in reports if r not in exact and (rs := parse(r.period))
                        and rs.year in ((school[0] + 1,) if exact else (school[0], school[0] + 1))] or None
    terms = [tuple(int(y) for y in re.findall(r"(?:19|20)\d{2}", p)[:2]) for p in periods
             if re.search(r"\d{4}\D+\d{4}", p)]
    if terms:
        return _for_term(text, terms[0], reports) or None
    # …and a calendar year's events (the exams of 'năm 2026') are in the report of the school year
    # that ends in it
    schooled = lambda found: [r for r in reports if r not in found and re.search(r"(?:năm học|nam hoc)\s", r.period or "", re.I)
                              and (rs := parse(r.period)) and any(s.year == rs.year and s.first == 1 and s.last == 12
                                                                  for s in spans)]
    if exact:
        return exact + dated(exact) + schooled(exact)
    titled = [r for r in reports if any(same_period(t, p) for t in stated(r.title or "") for p in periods)]
    if titled and all(_horizon(text, p) for p in periods):
        # 'Đến năm 2030, tỉnh đặt mục tiêu …': a horizon that targets are set for, which any report
        # may set; a strategy titled '… đến năm 2030' is not the only one that speaks of it
        titled = []
    if PLAN.search(text) and titled:
        return titled
    # 'Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2026': a title that reports on the period asked
    # (before any plan it names) besides its own is that period's report
    # (not a period after the report's own: 'Kết quả … năm 2026 và chương trình phối hợp … năm 2027' plans it)
    later = lambda r: any((sp := parse(p)) and (rs := parse(r.period)) and (sp.year, sp.first) > (rs.year, rs.last)
                          for p in periods)
    reporting = [r for r in titled if _reports_on(r.title or "", periods) and not later(r)]
    if reporting:
        return reporting + dated(reporting)
    within = [r for r in reports if (rs := parse(r.period)) and any(rs.within(s) for s in spans)]
    if within:
        within += dated(within) + schooled(within)
    elif not PLAN.search(text):
        # 'Riêng tháng 11/2026 … bao nhiêu …': what was done in a month is in the reports of the year (or
        # half-year) around it, before the report of October that plans November
        around = [r for r in reports if r.period and not re.search(r"\d{4}\D+\d{4}", r.period)
                  and (rs := parse(r.period)) and any(s.within(rs) for s in spans)]
        if around:  # (the shortest first: the half-year's report before the year's)
            around.sort(key=lambda r: (lambda sp: sp.last - sp.first)(parse(r.period)))
            return around + [r for r in titled if r not in around]
    return within or titled or None


def _years(period: str | None) -> tuple[int, int] | None:
    ys = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", period or "")]
    return (ys[0], ys[-1]) if ys else None


def _for_term(text: str, term: tuple[int, int], reports: list) -> list:
    """'Giai đoạn 2026 - 2030', 'nhiệm kỳ 2020 - 2025': a span of years, not its first year. The
    reports of that term (whatever word names it) or whose title names it; for a plan, also the
    review of the term just ended ('tổng kết giai đoạn 2021 - 2025' sets the tasks of 2026 - 2030);
    otherwise also the report of the next term, which reviews this one, and failing all these the
    reports of the years inside it."""
    y1, y2 = term
    # (a congress term of 2025 - 2030 sets the plan of 2026 - 2030: one year apart at the start is the same term)
    alike = lambda yy: yy is not None and yy[1] == y2 and abs(yy[0] - y1) <= 1  # noqa: E731
    same = [r for r in reports if alike(_years(r.period))
            or any(alike(_years(t)) for t in stated(r.title or "") if re.search(r"\d{4}\D+\d{4}", t))]
    terms = [(r, yy) for r in reports if r not in same and (yy := _years(r.period)) and yy[1] - yy[0] >= 2]
    if PLAN.search(text):
        return same + [r for r, yy in terms if yy[1] in (y1 - 1, y1)]
    # (the congress report of 2025 - 2030 reviews the term 2020 - 2025)
    same += [r for r, yy in terms if yy[0] in (y2, y2 + 1)]
    inside = [r for r in reports if r not in same and (yy := _years(r.period)) and yy[0] == yy[1]
              and y1 <= yy[0] <= y2 and not getattr(r, "from_date", False)]
    return same or inside


_HORIZON = re.compile(r"(?:\b(?:đến|tới|den|toi)\s+(?:(?:hết|cuối|het|cuoi)\s+)?)$", re.I)


def _horizon(text: str, period: str) -> bool:
    """The period is a horizon ('đến năm 2030', 'tới hết năm 2030'): a date targets are set for."""
    at = text.find(period)
    return at >= 0 and bool(_HORIZON.search(text[max(0, at - 20):at]))


def _issued_for(issued: Span, period: Span, months: int = 3) -> bool:
    """Issued in the period's last month or within `months` after it: a report on a period is
    written when the period ends, so one issued in April does not report on the half-year."""
    at = issued.year * 12 + issued.first
    return period.year * 12 + period.last <= at <= period.year * 12 + period.last + months


def could_hold(period: str | None, from_date: bool, stated_periods: list[str]) -> bool:
    """Can a report with this period state a fact of the stated period? A report that reports on a
    period ('6 tháng đầu năm 2022') holds no fact of a disjoint one ('năm 2021'); a term
    ('nhiệm kỳ 2020-2025') holds its years; a period read from the issue date ('tháng 1 năm 2026')
    says nothing about what the report covers."""
    if not period or from_date:
        return True
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", period)]
    spans = [x for x in (parse(p) for p in stated_periods) if x]
    if not spans:
        return True
    if len(years) >= 2:
        return any(years[0] <= x.year <= years[-1] for x in spans)
    mine = parse(period)
    return mine is None or any(x.year == mine.year and x.first <= mine.last and mine.first <= x.last for x in spans)


def order_key(period: str | None) -> tuple[int, int, int]:
    """Oldest first; a longer period after the shorter one it contains."""
    s = parse(period)
    return (s.year, s.last, -s.first) if s else (9999, 99, 0)
