"""Map what users type to report sections: 'mục 3 phần I', 'phần II mục 4', 'I.3', 'mục 3',
'phần hạn chế', 'Hội Cựu chiến binh', 'nhiệm vụ 6 tháng cuối năm' (with or without diacritics)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.models import UNNUMBERED_KINDS, Report, Section, is_footnote, is_item
from index.textnorm import fold
from index.vntext import folded_terms
from .noise import noise_words

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX", "10": "X"}
_LEAD = re.compile(r"^\s*(hay\s+)?(tom tat|tom luoc|khai quat|summari[sz]e|summary of|sum up)\s*(ngan gon|ngan|chi tiet|ky)?\s*(lai\s+)?(noi dung\s+)?(cua\s+)?", re.I)
_NOISE = noise_words("section_reference")


@dataclass
class SectionMatch:
    report: Report
    section: Section
    score: float


_ORDINAL_F = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
_ROMAN_VALUE = {v: int(k) for k, v in _ROMAN.items()}


def _roman(label: str) -> str:
    return _ROMAN.get(label, label.upper())


def _value(word: str) -> int | None:
    """'nhat' / 'I' / '1' -> 1; 'b' -> 2 (Phần B)."""
    w = word.lower()
    if w in _ORDINAL_F:
        return _ORDINAL_F[w]
    if w.isdigit():
        return int(w)
    if w.upper() in _ROMAN_VALUE:
        return _ROMAN_VALUE[w.upper()]
    if len(w) == 1 and w.isalpha():
        return ord(w) - ord("a") + 1
    return None


@dataclass
class Reference:
    """A section named in a question: 'mục 1.1 phần thứ nhất', 'phần thứ hai mục III',
    'phụ lục 2', 'I.3', 'mục I.1.1, chú thích 6'."""
    part: int | None = None
    appendix: str | None = None  # "" for an appendix without a number
    local: str | None = None  # "I.1.1", "1.1", "III", "3"
    footnote: str | None = None


_PART_F = re.compile(r"\bphan\s+(?:thu\s+(nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)|([ivx]+|\d{1,2}|[a-h]))\b")
_APPX_F = re.compile(r"\bphu\s+luc(?:\s+so)?(?:\s+([ivx]+|\d{1,2}|[a-h]))?\b")
_LOCAL_F = re.compile(r"\b([ivx]+(?:\.\d{1,2})+(?:\.[a-z])?)\b|\bmuc\s+([ivx]+(?:\.\d{1,2})*(?:\.[a-z])?|\d{1,2}(?:\.\d{1,2})*)\b"
                      r"|\b(\d{1,2}(?:\.\d{1,2}){1,3})(?!\d)(?![.,]\d)|\b(dieu\s+\d+)\b")
_FOOT_F = re.compile(r"\bchu\s+thich\s+(?:so\s+)?(\d{1,3})\b")


def reference(text: str) -> Reference:
    # 'mức 95%' folds to 'muc 95' as 'mục' does: only the accented 'mục' (or an unaccented question) names a section
    text = re.sub(r"\b(mức|mực|múc)\b", "~", text, flags=re.I)
    f = fold(text)
    ref = Reference()
    m = _PART_F.search(f)
    if m:
        ref.part = _value(m.group(1) or m.group(2))
    m = _APPX_F.search(f)
    if m:
        ref.appendix = (m.group(1) or "").upper()
    m = _LOCAL_F.search(f)
    if m:
        roman_led, after_muc, decimal, dieu = m.groups()
        if dieu:
            ref.local = dieu.replace("dieu", "Điều")
        else:
            local = roman_led or after_muc or decimal
            head, dot, tail = local.partition(".")
            ref.local = head.upper() + dot + tail  # 'i.1.a' -> 'I.1.a': letters below the roman level stay small
    m = _FOOT_F.search(f)
    if m:
        ref.footnote = m.group(1)
    return ref


def explicit_numbers(text: str) -> tuple[list[str], str | None]:
    """Section numbers written in the question, for reports whose parts are the roman level
    ('mục 3 phần I' -> 'I.3'); a bare 'mục 3' is returned as ('', '3')."""
    ref = reference(text)
    if ref.part and ref.local and ref.local.isdigit():
        return [f"{_ROMANS_BY_N.get(ref.part, str(ref.part))}.{ref.local}"], None
    if ref.local and not ref.local.isdigit():
        return [ref.local], None
    if ref.part and not ref.local:
        return [_ROMANS_BY_N.get(ref.part, str(ref.part))], None
    if ref.local:
        return [], ref.local
    return [], None


_ROMANS_BY_N = {int(k): v for k, v in _ROMAN.items()}


def _scope_value(scope: str) -> tuple[str, int | None]:
    """'Phần thứ hai' -> ('part', 2); 'Phụ lục 1' -> ('appendix', 1); 'Chương II' -> ('chapter', 2)."""
    words = scope.split()
    kind = {"phần": "part", "phụ": "appendix", "chương": "chapter"}.get(words[0].lower(), "")
    return kind, (_value(fold(words[-1])) if len(words) > 1 and kind else None)


def _local_matches(local: str, wanted: str) -> int:
    """2: the same id; 1: the wanted number ends the id ('1.1' names 'I.1.1'); 0: no."""
    if local == wanted:
        return 2
    return 1 if local.endswith("." + wanted) and "." in wanted else 0


def find_sections(ref: Reference, report: Report) -> list[Section]:
    """The report's sections a reference names, best first (several when it is ambiguous)."""
    if ref.part is None and ref.appendix is None and ref.local is None and ref.footnote is None:
        return []
    best: list[tuple[int, Section]] = []
    for sec in report.sections:
        if is_item(sec.kind):
            continue
        *scopes, local = sec.number.split(" › ")
        if is_footnote(sec.kind):
            if ref.footnote is None or local != f"chú thích {ref.footnote}":
                continue
            *scopes, local = scopes or [""]
        elif ref.footnote is not None:
            continue
        if local.startswith(("Phần", "Phụ lục", "Chương")):  # the scope itself
            scopes, local = scopes + [local], ""
        local = re.sub(r" \(\d+\)$", "", local)  # "2.5 (2)": a number used twice answers to "2.5"
        kinds = dict(_scope_value(sc) for sc in scopes)
        score = 0
        if ref.appendix is not None:
            if "appendix" not in kinds or (ref.appendix and kinds["appendix"] != _value(ref.appendix.lower())):
                continue
            score += 1
        if ref.part is not None:
            if "part" in kinds:
                if kinds["part"] != ref.part:
                    continue
                score += 1
            else:
                # a report whose parts are the roman level: 'phần II' is 'II', 'mục 4 phần II' is 'II.4'
                root = _ROMANS_BY_N.get(ref.part, str(ref.part))
                wanted = root if ref.local is None else (
                    f"{root}.{ref.local}" if ref.local[:1].isdigit() else ref.local)
                if wanted.split(".")[0] != root:
                    continue  # 'mục III.4 phần thứ nhất' cannot be in a report whose part I is its roman I
                if not kinds and local == wanted:
                    best.append((3, sec))
                continue
        if ref.local is None:
            if local == "" or is_footnote(sec.kind):  # the scope itself: 'phụ lục 2', 'phần thứ hai'
                best.append((2 + score, sec))
            continue
        match = _local_matches(local, ref.local)
        if match:
            best.append((match + score, sec))
    if not best:
        return []
    top = max(b[0] for b in best)
    return [s for sc, s in best if sc == top]


def topic_of(text: str) -> str:
    return _LEAD.sub("", fold(text)).strip(" ?.:")


def resolve(text: str, reports: list[Report]) -> tuple[list[SectionMatch], bool]:
    """Candidate sections, best first, and whether the reference was ambiguous."""
    ref = reference(text)
    out: list[SectionMatch] = []
    bare = ref.local if ref.local and ref.local.isdigit() and ref.part is None and ref.appendix is None \
        and ref.footnote is None else None
    if (ref.part or ref.appendix is not None or ref.local or ref.footnote) and not bare:
        for rep in reports:
            out.extend(SectionMatch(rep, sec, 1.0) for sec in find_sections(ref, rep))
        by_report: dict[str, int] = {}
        for m in out:
            by_report[m.report.id] = by_report.get(m.report.id, 0) + 1
        return out, any(n > 1 for n in by_report.values())
    if bare:
        for rep in reports:
            for sec in rep.sections:
                if sec.kind in ("arabic", "article") and sec.number.split(" › ")[-1].split(".")[-1] == bare:
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
            if is_item(sec.kind) or (sec.kind in UNNUMBERED_KINDS and sec.kind != "preamble"):
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

    from .periods import stated as stated_periods

    # periods with their year ('6 tháng đầu năm 2021 và 2022' names two), and bare ones ('năm')
    said = stated_periods(text) + [m.group(0) for m in PERIOD.finditer(text)]
    stated = {re.sub(r"\s+", " ", fold(p)).strip() for p in said}
    stated = {s.replace("sau thang", "6 thang").replace("chin thang", "9 thang") for s in stated}
    named = [r for r in reports if r.period and fold(r.period) in stated]
    return named or reports
