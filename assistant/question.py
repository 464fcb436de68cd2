"""Understand a question: its kind (figure, summary, compare, general), its terms (folded, with
English questions mapped to report vocabulary), and elliptical follow-ups ("Còn cách chức thì sao?")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from index.textnorm import fold, normalize_unicode
from index.vntext import FOLDED_STOPWORDS, STOPWORDS, segment, syllables

_FIGURE_VI = re.compile(r"bao nhiêu|\bmấy\b|tỷ lệ|tỉ lệ|số lượng|tổng số|\bsố\s+(đảng viên|tổ chức|vụ|lượt|người|hội viên|đoàn viên)|là bao nhiêu", re.I)
_FIGURE_FOLDED = re.compile(r"\bbao nhieu\b|\bty le\b|\bti le\b|\bso luong\b|\btong so\b")
_FIGURE_EN = re.compile(r"\bhow many\b|\bhow much\b|\bwhat percentage\b|\bnumber of\b|\bwhat share\b|\bproportion\b", re.I)
_SUMMARY = re.compile(r"^(hãy\s+)?(tóm tắt|tom tat|khái quát|khai quat|tóm lược|summari[sz]e|summary of|sum up)\b", re.I)
_COMPARE = re.compile(r"\b(so sánh|so sanh|compare|đối chiếu|doi chieu)\b", re.I)
_FOLLOW_START = re.compile(r"^(còn|thế còn|vậy còn|the con|vay con|con|what about|how about|and)\b\s*", re.I)
_FOLLOW_END = re.compile(r"\s*(thì sao|thế nào|ra sao|thi sao|the nao|ra sao)?\s*[?.!]*\s*$", re.I)
_EN_WORDS = {"how", "many", "much", "what", "which", "who", "were", "was", "is", "are", "did", "does", "of",
             "number", "about", "during", "report", "reports", "according", "were", "the", "in", "by", "first",
             "half", "year", "did", "there", "summarize", "summarise", "compare", "tell", "me", "members"}


@dataclass
class Question:
    text: str  # as typed
    standalone: str  # what retrieval searches for
    kind: str  # figure | summary | compare | general
    focus: list[str]  # folded terms the evidence must match
    context: list[str] = field(default_factory=list)  # weaker terms carried from the previous turn
    english: bool = False
    words: list[str] = field(default_factory=list)  # pyvi compounds of the (translated) question

    def to_dict(self) -> dict:
        return {"text": self.text, "standalone": self.standalone, "kind": self.kind}


@lru_cache(maxsize=1)
def _glossary() -> list[tuple[str, str]]:
    path = Path(__file__).parent / "data" / "glossary_en_vi.tsv"
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        en, vi = line.split("\t", 1)
        pairs.append((en.strip().lower(), vi.strip()))
    return sorted(pairs, key=lambda p: -len(p[0]))


def is_english(text: str) -> bool:
    words = re.findall(r"[A-Za-z']+", text.lower())
    if not words or any(ord(ch) > 127 and ch.isalpha() for ch in text):
        return False
    return sum(w in _EN_WORDS for w in words) >= 2


def translate_terms(text: str) -> str:
    """Vietnamese report vocabulary for the phrases of an English question (longest match first)."""
    low = f" {text.lower()} "
    found: list[str] = []
    for en, vi in _glossary():
        if re.search(rf"(?<![a-z]){re.escape(en)}(?![a-z])", low):
            found.append(vi)
            low = re.sub(rf"(?<![a-z]){re.escape(en)}(?![a-z])", " ", low)
    return ", ".join(found)


def content_terms(text: str) -> list[str]:
    """Folded syllables without question words, plus bigrams of adjacent content syllables."""
    terms: list[str] = []
    # Bigrams never cross punctuation: "đảng viên, thi hành" has no "vien_thi".
    for run in re.split(r"[,.;:?!()|\[\]\n]+", text):
        terms.extend(_run_terms(run, has_diacritics(text)))
    return list(dict.fromkeys(terms))


def _run_terms(text: str, accented: bool) -> list[str]:
    raw = syllables(text)
    if accented:
        stop = [s in STOPWORDS for s in raw]
    else:
        stop = [s in FOLDED_STOPWORDS or (s == "bao" and nxt == "nhieu") for s, nxt in zip(raw, raw[1:] + [""])]
    sy = [fold(s) for s in raw]
    keep = [s for s, st in zip(sy, stop) if not st]
    bigrams = [f"{a}_{b}" for (a, sa), (b, sb) in zip(zip(sy, stop), zip(sy[1:], stop[1:])) if not sa and not sb]
    return keep + bigrams


def has_diacritics(text: str) -> bool:
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


def compounds(text: str) -> list[str]:
    """Multi-syllable words (pyvi) of the question, folded, question words left out."""
    return [w for w in segment(text) if "_" in w and w not in STOPWORDS]


def kind_of(text: str) -> str:
    if _SUMMARY.search(text.strip()):
        return "summary"
    if _COMPARE.search(text):
        return "compare"
    if _FIGURE_VI.search(text) or _FIGURE_EN.search(text):
        return "figure"
    if not has_diacritics(text) and _FIGURE_FOLDED.search(fold(text)):
        return "figure"
    return "general"


def analyse(text: str, previous: Question | None = None) -> Question:
    text = normalize_unicode(text).strip()
    english = is_english(text)
    search_text = text
    if english:
        vi = translate_terms(text)
        search_text = f"{text} {vi}".strip()
        focus = content_terms(vi) if vi else content_terms(text)
    else:
        focus = content_terms(text)
    kind = kind_of(text)
    words = compounds(translate_terms(text) if english else text)
    q = Question(text=text, standalone=search_text, kind=kind, focus=focus, english=english, words=words)
    if previous is not None and _is_follow_up(text, focus):
        fragment = _FOLLOW_END.sub("", _FOLLOW_START.sub("", text)).strip(" ,?")
        frag_focus = content_terms(translate_terms(fragment) if english else fragment) or focus
        q.focus = frag_focus
        q.context = [t for t in previous.focus + previous.context if t not in frag_focus]
        q.kind = kind if kind != "general" else previous.kind
        q.standalone = f"{fragment} ({previous.standalone})"
        q.words = compounds(fragment)
    return q


def _is_follow_up(text: str, focus: list[str]) -> bool:
    unigrams = [t for t in focus if "_" not in t]
    if _FOLLOW_START.match(text) and len(unigrams) <= 4:
        return True
    return bool(re.search(r"(thì sao|thi sao|thế còn|what about)\s*\??\s*$", text, re.I)) and len(unigrams) <= 4
