"""Abbreviations a question uses that the reports write out: 'QLTT' for 'Quản lý thị trường',
'UBKT' for 'Ủy ban kiểm tra', 'ATVSLĐ' for 'an toàn, vệ sinh lao động'.

Vietnamese administrative abbreviations are the first letters of the syllables of the phrase (Đ
kept as Đ), so a phrase of the reports whose syllables start with the abbreviation's letters, in
order and inside one clause, is what it stands for. Only an abbreviation no report uses is
expanded; one the reports use themselves is searched as written."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from index.models import Report
from index.textnorm import fold

from .issuer_names import SYLLABLE
from .question import is_english

# written in capitals, three to seven letters (two letters stand for too many phrases) ('HĐND', 'ATVSLĐ'); 'GRDP' and other foreign ones
# simply find no phrase and stay as they are
# 'GD&ĐT', 'KH&CN': '&' stands for 'và' ('Giáo dục và Đào tạo')
_ABBREVIATION = re.compile(r"\b[A-ZĐ]{1,4}&[A-ZĐ]{1,4}\b|\b[A-ZĐ]{3,7}\b")
_LOWER_ABBREVIATION = re.compile(r"(?<![\w&])[a-zđ]{4,7}(?![\w&])")
_WORD = re.compile(r"[^\W\d_]+")
# between two syllables of one phrase: spaces, or the comma and 'và' of 'an toàn, vệ sinh lao động'
_JOIN = re.compile(r"^(?:\s+|\s*,\s*|\s*-\s*|\s+và\s+)$")
MIN_SEEN = 1


@lru_cache(maxsize=512)
def _words(report_id: str, content_hash: str, text: str) -> tuple[tuple[str, int, int], ...]:
    """(first letter folded, start, end) of every word, in order; cached per report version."""
    return tuple(("đ" if m.group(0)[0] in "đĐ" else fold(m.group(0)[0]), m.start(), m.end())
                 for m in _WORD.finditer(text))


def _initials(abbreviation: str) -> list[str]:
    return ["đ" if ch in "đĐ" else "v" if ch == "&" else fold(ch) for ch in abbreviation]


def phrase_for(abbreviation: str, reports: list[Report]) -> str | None:
    """The phrase of the reports that the abbreviation stands for: the most frequent, capitalised
    as a name when the reports write it so anywhere."""
    want = _initials(abbreviation)
    n = len(want)
    seen: Counter = Counter()
    first: dict[str, str] = {}
    for rep in reports:
        words = _words(rep.id, rep.content_hash, rep.text)
        text = rep.text
        for i in range(len(words) - n + 1):
            if words[i][0] != want[0] and not (want[0] == "d" and words[i][0] == "đ"):
                continue
            ok = True
            for j in range(n):
                w = words[i + j]
                # 'Đ' stands for đ only; 'D' for d (a report may spell 'Đảng' with either in folded text)
                if w[0] != want[j] and not (want[j] == "d" and w[0] == "đ"):
                    ok = False
                    break
                if j and not _JOIN.match(text[words[i + j - 1][2]:w[1]]):
                    ok = False
                    break
            if not ok:
                continue
            phrase = text[words[i][1]:words[i + n - 1][2]]
            if phrase.isupper():  # another abbreviation or a heading in capitals: not a spelled-out phrase
                continue
            key = fold(phrase)
            seen[key] += 1
            capitals = lambda x: sum(w[:1].isupper() for w in x.split())  # noqa: E731
            if key not in first or capitals(phrase) > capitals(first[key]):
                first[key] = phrase  # a body's name as the reports capitalise it ('Giáo dục và Đào tạo')
    if not seen:
        return None
    key, count = seen.most_common(1)[0]
    return first[key] if count >= MIN_SEEN else None


def expand(text: str, load_reports, absent) -> str:
    """The question with each abbreviation the reports never use (`absent(term)`) replaced by the
    phrase it stands for: 'QLTT' -> 'Quản lý thị trường'."""
    out, reports = text, None
    # ('so tnmt hung lam …': typed in lower case, a run of letters no syllable could be is an abbreviation too)
    # (one vowel at most, as 'tnmt', 'ubnd', 'atvsld': an English word ('trees', 'index') is no abbreviation)
    typed = [] if is_english(text) else [m.group(0) for m in _LOWER_ABBREVIATION.finditer(text)
             if not SYLLABLE.match(fold(m.group(0))) and len(re.findall(r"[aeiouy]", fold(m.group(0)))) <= 1]
    # ('Sở XD', 'Hội CCB'): two letters after a body's kind are its name's initials, as a report's issuer
    # spells them out ('SỞ XÂY DỰNG'); two letters alone stand for too many phrases
    for m in _BODY_TWO.finditer(text):
        if not absent(m.group(1)):
            continue
        reports = load_reports() if reports is None else reports
        named = {_issuer_phrase(m.group(1), r.issuer or "") for r in reports} - {None}
        if len(named) == 1:
            out = out[:m.start(1)] + named.pop() + out[m.end(1):]
            return expand(out, lambda: reports, absent)
    for abbr in dict.fromkeys([m.group(0) for m in _ABBREVIATION.finditer(text)] + typed):
        if not absent(abbr):
            continue
        reports = load_reports() if reports is None else reports  # read only when an abbreviation needs them
        phrase = phrase_for(abbr.upper(), reports)
        if phrase:
            out = re.sub(rf"(?<!\w){re.escape(abbr)}(?!\w)", phrase, out)
    return out


_BODY_TWO = re.compile(r"\b(?i:sở|ngành|hội|ban|phòng|cục|chi cục)\s+([A-ZĐ]{2})\b")


def _issuer_phrase(abbr: str, issuer: str) -> str | None:
    """The words of an issuer's name whose initials the abbreviation is ('XD' of 'SỞ XÂY DỰNG'), capitalised."""
    words = _WORD.findall(issuer)
    want = _initials(abbr)
    for i in range(1, len(words) - len(want) + 1):
        run = words[i:i + len(want)]
        if [("đ" if w[0] in "đĐ" else fold(w[0])).lower() for w in run] == want and words[i - 1].upper() in (
                "SỞ", "NGÀNH", "HỘI", "BAN", "PHÒNG", "CỤC"):
            return " ".join(w.capitalize() for w in run)
    return None
