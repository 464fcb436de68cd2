"""Map what users type to report sections: 'mục 3 phần I', 'phần II mục 4', 'I.3', 'mục 3',
'phần hạn chế', 'Hội Cựu chiến binh', 'nhiệm vụ 6 tháng cuối năm' (with or without diacritics)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.models import Report, Section
from index.textnorm import fold
from index.vntext import folded_terms

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX", "10": "X"}
_LEAD = re.compile(r"^\s*(hay\s+)?(tom tat|tom luoc|khai quat|summari[sz]e|summary of|sum up)\s*(ngan gon|ngan|chi tiet|ky)?\s*(lai\s+)?(noi dung\s+)?(cua\s+)?", re.I)
_NOISE = {"muc", "phan", "noi", "dung", "cua", "bao", "cao", "ve", "cho", "toi", "the", "section", "part", "ngan", "gon",
          "chi", "tiet", "nam", "thang", "dau", "cuoi", "trong", "giua", "hai", "lai"}


@dataclass
class SectionMatch:
    report: Report
    section: Section
    score: float


def _roman(label: str) -> str:
    return _ROMAN.get(label, label.upper())


def explicit_numbers(text: str) -> tuple[list[str], str | None]:
    """Section numbers written in the question; a bare 'mục 3' is returned as ('', '3')."""
    f = fold(text)
    m = re.search(r"\b([ivx]+)\.(\d+)(?:\.([a-z]))?\b", f)
    if m:
        return [f"{m.group(1).upper()}.{m.group(2)}" + (f".{m.group(3)}" if m.group(3) else "")], None
    m = re.search(r"muc\s+(\d+)\s*(?:,|cua)?\s*phan\s+(thu\s+)?([ivx]+|\d+)\b", f)
    if m:
        return [f"{_roman(m.group(3))}.{m.group(1)}"], None
    m = re.search(r"phan\s+(thu\s+)?([ivx]+|\d+)\s*(?:,)?\s*muc\s+(\d+)\b", f)
    if m:
        return [f"{_roman(m.group(2))}.{m.group(3)}"], None
    m = re.search(r"phan\s+(thu\s+)?([ivx]+|\d+)\b", f)
    if m:
        return [_roman(m.group(2))], None
    m = re.search(r"\bmuc\s+(\d+)\b", f)
    if m:
        return [], m.group(1)
    m = re.search(r"\b(dieu\s+\d+)\b", f)
    if m:
        return [m.group(1).replace("dieu", "Điều")], None
    return [], None


def topic_of(text: str) -> str:
    return _LEAD.sub("", fold(text)).strip(" ?.:")


def resolve(text: str, reports: list[Report]) -> tuple[list[SectionMatch], bool]:
    """Candidate sections, best first, and whether the reference was ambiguous."""
    numbers, bare = explicit_numbers(text)
    out: list[SectionMatch] = []
    if numbers:
        for rep in reports:
            for num in numbers:
                sec = rep.section(num)
                if sec:
                    out.append(SectionMatch(rep, sec, 1.0))
        return out, False
    if bare:
        for rep in reports:
            for sec in rep.sections:
                if sec.kind in ("arabic", "article") and sec.number.split(".")[-1] == bare:
                    out.append(SectionMatch(rep, sec, 0.5))
        by_report: dict[str, int] = {}
        for m in out:
            by_report[m.report.id] = by_report.get(m.report.id, 0) + 1
        return out, any(n > 1 for n in by_report.values())
    # By title: the section whose heading holds most of the topic's words.
    terms = [t for t in folded_terms(topic_of(text)) if t.split("_")[0] not in _NOISE and not t.isdigit()]
    if not terms:
        return [], False
    for rep in reports:
        for sec in rep.sections:
            if sec.kind in ("bullet", "title", "paragraph", "signature", "recipients"):
                continue
            title_terms = set(folded_terms(sec.title))
            score = sum(1.5 if "_" in t else 1.0 for t in terms if t in title_terms) / sum(1.5 if "_" in t else 1.0 for t in terms)
            if score >= 0.6:
                out.append(SectionMatch(rep, sec, score - 0.01 * sec.level))
    out.sort(key=lambda m: -m.score)
    if out:
        best = out[0].score
        out = [m for m in out if m.score >= best - 0.05]
    return out, False


def choose_reports(text: str, reports: list) -> list:
    # `reports`: anything with .id and .period (a Report, or the service's light ReportInfo)
    """Reports named in the question by their period ('6 tháng đầu năm 2021', 'năm 2021'); all
    otherwise. A period is compared whole: '6 tháng cuối năm 2021' does not name 'năm 2021'."""
    from .question import PERIOD

    stated = {re.sub(r"\s+", " ", fold(m.group(0))).strip() for m in PERIOD.finditer(text)}
    stated = {s.replace("sau thang", "6 thang").replace("chin thang", "9 thang") for s in stated}
    named = [r for r in reports if r.period and fold(r.period) in stated]
    return named or reports
