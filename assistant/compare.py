"""Compare two reports: their figures aligned by indicator into rows (A | B | change), the figures
only one report has, the sections only one has, and a cited contrast for a topic.

Alignment is written by hand (no library aligns Vietnamese report figures): a pair must count
the same unit; its score mixes the indicator's words, the subject of its sentence, the words of
the sentence, the section it sits in and the embedder's similarity; pairs are taken greedily,
best first, each figure at most once."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from index.figure_table import Figure
from index.measure import UNITS, comparable_unit
from index.models import Report
from index.textnorm import fold
from index.vntext import segment, syllables
from .indicators import compatible, is_rate as _is_plan_rate, read_indicator, same_body, specificity_gap, subject_terms
from .noise import noise_words
from .question import has_diacritics
from .subjects import subject_at

MATCH_THRESHOLD = 0.36
ALONE_THRESHOLD = 0.15  # the only figure of its unit on the topic in both reports
W = {"ind": 0.25, "lead": 0.1, "subj": 0.1, "ctx": 0.15, "rare": 0.15, "sec": 0.1, "emb": 0.15}
RARE_DF = 4  # a word in at most this many chunks names a specific topic ("vắc-xin", "Xuân ấm")
_WEAK = noise_words("indicator_weak")


@dataclass
class Pair:
    a: Figure
    b: Figure
    score: float


def _words(text: str) -> set[str]:
    return {fold(s) for s in syllables(text)} - _WEAK


def _jaccard(x: set[str], y: set[str]) -> float:
    return len(x & y) / len(x | y) if x and y else 0.0


def _subject(report: Report, f: Figure) -> set[str]:
    return _words(" ".join(report.text[f.quote_start:f.quote_end].split()[:4]))


def _lead(report: Report, f: Figure) -> set[str]:
    """The words of the sentence right before the figure: its verb when the clause has none
    ('… tiếp nhận tổng số tiền ủng hộ … và Quỹ vắc-xin trên 231 tỷ đồng')."""
    return _words(" ".join(report.text[f.quote_start:f.start].split()[-12:]))


def _weighted_jaccard(x: set[str], y: set[str], idf) -> float:
    """Shared words weighted by rarity: 'vắc-xin' or 'Xuân ấm' name a topic, 'công tác' does not."""
    if not x or not y:
        return 0.0
    union = sum(idf(t) for t in x | y)
    return sum(idf(t) for t in x & y) / union if union else 0.0


def _rare_shared(x: set[str], y: set[str], df) -> float:
    """1.0 when both sentences share two words that few passages use, 0.5 for one."""
    shared = [t for t in x & y if t.isalpha() and 0 < df(t) <= RARE_DF]
    return min(1.0, len(shared) / 2)


# Words before a figure in its sentence that make it a target ('Phấn đấu đạt … trên 95,5%'), not a result.
_TARGET = re.compile(r"\b(phấn đấu|mục tiêu|dự kiến|định hướng|chỉ tiêu (?:năm|kế hoạch) \d{4} (?:là|giao))\b", re.I)


def is_target(report: Report, f: Figure) -> bool:
    return bool(_TARGET.search(report.text[f.quote_start:f.start]))


def align(ra: Report, fa: list[Figure], rb: Report, fb: list[Figure], vectors: dict[str, np.ndarray] | None = None,
          idf=None, df=None, on_topic: bool = False) -> tuple[list[Pair], list[Figure], list[Figure]]:
    """on_topic: the figures are those of one topic; then a figure that is the only one of its unit on
    both sides pairs on weaker evidence ('bình quân 12,6 bác sĩ/vạn dân' in one report, a table row
    'Số bác sĩ/vạn dân: 12,4' in the other; the words differ, the thing does not)."""
    inds = {_key(f): read_indicator(r, f) for r, figs in ((ra, fa), (rb, fb)) for f in figs}
    def kinds(figs):
        return Counter((comparable_unit(f.unit), f.unit == "%" and _is_plan_rate(inds[_key(f)])) for f in figs)
    kinds_a, kinds_b = (kinds(fa), kinds(fb)) if on_topic else (Counter(), Counter())
    targets = {_key(f) for r, figs in ((ra, fa), (rb, fb)) for f in figs if is_target(r, f)}
    cand: list[Pair] = []
    feats_b = [(f, inds[_key(f)].words(), _subject(rb, f), _words(rb.text[f.quote_start:f.quote_end]), _lead(rb, f))
               for f in fb]
    for a in fa:
        ia, sa, ca, lda = inds[_key(a)].words(), _subject(ra, a), _words(ra.text[a.quote_start:a.quote_end]), _lead(ra, a)
        title_a = _words(a.section_title)
        for b, ib, sb, cb, ldb in feats_b:
            if not a.unit or not compatible(inds[_key(a)], inds[_key(b)]):
                continue
            if (_key(a) in targets) != (_key(b) in targets):
                continue  # a target is no result of another period
            ind = _jaccard(ia, ib) * min(1.0, min(len(ia), len(ib)) / 3)  # "mô hình" alone says little
            rare = _rare_shared(ca, cb, df) if df else 0.0
            if ind == 0 and rare == 0:
                continue
            sec = 1.0 if a.section == b.section and title_a == _words(b.section_title) else _jaccard(title_a, _words(b.section_title))
            emb = 0.0
            if vectors is not None:
                va, vb = vectors.get(_key(a)), vectors.get(_key(b))
                if va is not None and vb is not None:
                    emb = min(1.0, max(0.0, (float(va @ vb) - 0.85) / 0.15))  # e5 cosines sit in 0.85-1
            ctx = _weighted_jaccard(ca, cb, idf) if idf else _jaccard(ca, cb)
            score = (W["ind"] * ind + W["lead"] * _jaccard(lda, ldb) + W["subj"] * _jaccard(sa, sb) + W["ctx"] * ctx
                     + W["rare"] * rare + W["sec"] * sec + W["emb"] * emb)
            if sec == 0:
                score *= 0.8  # different topics of the report
            score *= specificity_gap(inds[_key(a)], inds[_key(b)])
            low, high = sorted((abs(a.value), abs(b.value)))
            if low and high / low > 20:
                score *= 0.7  # the same indicator seldom changes twentyfold
            kind = (comparable_unit(a.unit), a.unit == "%" and _is_plan_rate(inds[_key(a)]))
            alone = on_topic and kinds_a[kind] == 1 and kinds_b[kind] == 1
            if score >= (ALONE_THRESHOLD if alone else MATCH_THRESHOLD):
                cand.append(Pair(a, b, score))
    cand.sort(key=lambda p: (-p.score, p.a.start, p.b.start))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[Pair] = []
    for p in cand:
        if id(p.a) in used_a or id(p.b) in used_b:
            continue
        used_a.add(id(p.a))
        used_b.add(id(p.b))
        pairs.append(p)
    pairs.sort(key=lambda p: p.a.start)
    only_a = [f for f in fa if id(f) not in used_a]
    only_b = [f for f in fb if id(f) not in used_b]
    return pairs, only_a, only_b


def _key(f: Figure) -> str:
    return f"{f.report}:{f.start}"


def indicator_text(f: Figure) -> str:
    return f"{f.section_title}: {f.context}"


# Words of a topic that say a figure is wanted or how the question is put, not what it is about.
_TOPIC_FRAME = re.compile(r"\b(bao nhiêu|số lượng|tổng số|tổng cộng|tỷ lệ|tỉ lệ|phần trăm|công tác|hoạt động|kết quả|"
                          r"báo cáo|các kỳ|kỳ|số|bị|được|các|những|của|về|trong|và|với|là|qua|mỗi)\b", re.I)
# A figure that says how many there are: 'Toàn Đảng bộ có 6.781 đảng viên', '… là 6.842 đồng chí'.
_STOCK = re.compile(r"(\b(có|hiện có|tổng số|gồm|là|còn|lên)|^[\s\-–+•]*)\s*$", re.I)
_TOPIC_FRAME_FOLDED = re.compile(fold(_TOPIC_FRAME.pattern), re.I)  # the same words typed without tone marks
# A statement that opens with its time or scope, not with what it is about.
_SUBJECTLESS = re.compile(r"^\s*(lũy kế|luỹ kế|tính từ|từ đầu năm|tính đến|đến nay|đến cuối|toàn tỉnh|toàn huyện|"
                          r"toàn thành phố|toàn ngành|trong (?:quý|năm|kỳ|tháng|\d+ tháng)|cả năm|ghi nhận|có)\b", re.I)
_RATE = re.compile(r"\b(tỷ lệ|tỉ lệ|phần trăm|ty le|ti le|phan tram)\b", re.I)


def topic_words(topic: str) -> tuple[set[str], bool]:
    """(the topic's words, folded?): compared with their tone marks ('trồng' is not 'trong', 'kết nạp'
    not 'kết quả'), folded only when the topic was typed without them."""
    folded = not has_diacritics(topic)
    text = (_TOPIC_FRAME_FOLDED if folded else _TOPIC_FRAME).sub(" ", fold(topic) if folded else topic.lower())
    return {w for w in syllables(text) if w.isalpha()}, folded


def topic_filter(figures: list[Figure], report: Report, topic: str) -> list[Figure]:
    """The figures of the topic and only those. What the figure measures (its body, act, object, the
    total it breaks down, its qualifier) with the words of its own statement (up to the ';' before
    it) must hold most of the topic's words; when the topic names more than the thing counted ('kết
    nạp đảng viên'), the act or body it names; when it names the thing counted ('đảng viên bị kỷ
    luật'), that thing; a rate ('tỷ lệ …') only rates. A sentence that merely mentions 'kỷ luật'
    does not make its inspection counts about discipline."""
    # a body at the head of the topic ('Ủy ban kiểm tra kỷ luật đảng viên') must be the figure's body;
    # the rest of the topic is what it did
    body = subject_at(topic.strip())
    body_terms = subject_terms(body.text) if body is not None and not body.scope else frozenset()
    if body_terms:
        topic = topic.strip()[body.end:]
    # 'bác sĩ trên vạn dân': 'trên' says 'per', none of the words of what is counted
    topic = re.sub(r"\b(?:trên|tren)\s+(?=(?:1\s*)?(?:vạn|van|10\.000|1\.000|100\.000)\s)", "/", topic, flags=re.I)
    rate = bool(_RATE.search(topic))
    total = bool(re.search(r"\b(tổng số|hiện có|tong so|hien co)\b", topic, re.I))
    terms, folded = topic_words(topic)
    if not terms and not body_terms:
        return [f for f in figures if f.unit == "%"] if rate else figures
    norm = (lambda t: {fold(w) for w in syllables(t)}) if folded else (lambda t: {w.lower() for w in syllables(t)})
    ordered = [w for w in (fold(x) if folded else x.lower() for x in syllables(_TOPIC_FRAME.sub(" ", topic))) if w in terms]
    last = ordered[-1] if ordered else None  # the word that makes a topic specific ('lúa' of 'diện tích lúa')
    # the thing counted, when the topic names one as a word of its own ('xã' of 'số xã', not of 'xã hội')
    words_of_topic = {w.replace("_", " ") for w in segment(topic)}
    named_units = [u for u in UNITS if u.lower() in words_of_topic] if not rate and not folded else []
    named = max(named_units, key=len) if named_units else None
    keep = []
    for f in figures:
        if rate and f.unit != "%":
            continue
        if named and not norm(named) <= norm(comparable_unit(f.unit)) | norm(f.unit):
            continue
        ind = read_indicator(report, f)
        if body_terms and not (ind.subject_terms and same_body(ind.subject_terms, body_terms)):
            continue
        if not terms:
            keep.append(f)
            continue
        statement = report.text[f.quote_start:f.end]
        head, _, own = statement.rpartition(";")
        statement = own
        if head and _SUBJECTLESS.match(own):
            # '- Dịch sốt xuất huyết gia tăng …; lũy kế 9 tháng toàn tỉnh có 2.315 ca mắc': a statement
            # that opens with a frame has no subject of its own; the sentence's opening words name it
            statement = " ".join(re.sub(r"^[\s\-–+•*]+", "", head).split()[:5]) + " " + own
        about = norm(f"{ind.subject} {ind.action} {ind.part_of} {ind.qualifier} {statement}")
        counted = norm(f"{ind.object} {ind.unit}")
        words = about | counted
        if len(terms & words) / len(terms) < 0.6 or (last and 1 < len(terms) <= 3 and last not in words):
            continue
        rest = terms - counted
        if rest and len(rest & about) / len(rest) < 0.6:
            continue  # 'kết nạp' is not 'kết luận'
        if not rest and total and not _STOCK.search(statement[:f.start - f.end - 1 if f.end > f.start else None]):
            continue  # 'tổng số đảng viên': how many there are, not what was done to some
        keep.append(f)
    return keep


_TOPIC_KINDS = ("part", "appendix", "chapter", "roman", "article", "arabic", "decimal")
SECTION_MATCH = 0.3


def _topical(r: Report) -> list:
    """Sections with a heading of their own; an inline numbered item ('1. Chỉ đạo … ' of a task
    list, its text on the same line) is a list paragraph, not a topic of the report."""
    def headed(s) -> bool:
        line = r.text[s.start:r.text.find("\n", s.start) if "\n" in r.text[s.start:] else len(r.text)].strip()
        # its own heading line, a short line, or a lead-in line ending with ':' ('5. Kiến nghị của
        # Đoàn kiểm tra:'); a long first line is a paragraph that begins with a number
        return s.body_start > s.start or len(line.split()) <= 15 or line.endswith(":")

    return [s for s in r.sections if s.kind in _TOPIC_KINDS and s.title.strip() and headed(s)]


def _bag(text: str) -> Counter:
    return Counter(t for t in (fold(s) for s in syllables(text)) if t.isalpha() and t not in _WEAK)


def _cosine(x: Counter, y: Counter, weight) -> float:
    dot = sum(x[t] * y[t] * weight(t) ** 2 for t in x.keys() & y.keys())
    nx = sum((v * weight(t)) ** 2 for t, v in x.items()) ** 0.5
    ny = sum((v * weight(t)) ** 2 for t, v in y.items()) ** 0.5
    return dot / (nx * ny) if nx and ny else 0.0


def align_sections(ra: Report, rb: Report) -> list[tuple]:
    """Sections of two reports paired by what they are about: their titles' words and their texts'
    words (rarer words weigh more), never by number (Đoàn Thanh niên is II.7 in one report and II.6
    in the other). Pairs are taken best first; a section whose parent is paired with the other's
    parent is preferred. Returns (section of A, section of B, score)."""
    sa, sb = _topical(ra), _topical(rb)
    texts = {("a", s.number): _bag(ra.text[s.body_start:s.end]) for s in sa}
    texts.update({("b", s.number): _bag(rb.text[s.body_start:s.end]) for s in sb})
    df = Counter(t for bag in texts.values() for t in bag)
    n = len(texts) or 1

    def idf(t: str) -> float:
        return math.log(1 + n / (1 + df.get(t, 0)))

    titles = {("a", s.number): _bag(s.title) for s in sa}
    titles.update({("b", s.number): _bag(s.title) for s in sb})
    cand = []
    scores: dict[tuple[str, str], float] = {}
    for x in sa:
        for y in sb:
            title = _cosine(titles[("a", x.number)], titles[("b", y.number)], idf)
            body = _cosine(texts[("a", x.number)], texts[("b", y.number)], idf)
            score = 0.6 * title + 0.4 * body
            if x.kind != y.kind and {x.kind, y.kind} != {"arabic", "decimal"}:
                score *= 0.8  # a roman part against an arabic item: seldom the same topic
            scores[(x.number, y.number)] = score
            if score >= SECTION_MATCH:
                cand.append((score, x, y))
    pairs = _greedy(cand)
    # Second round: a pair whose parents are paired together gains, one whose parents are paired
    # elsewhere loses (the tasks of the next period are not last period's results).
    parent_of = {s.number: s.parent for s in sa}, {s.number: s.parent for s in sb}
    first = {x.number: y.number for x, y, _ in pairs}
    adjusted = []
    for score, x, y in cand:
        pa, pb = parent_of[0].get(x.number), parent_of[1].get(y.number)
        if pa and pb and pa in first:
            score *= 1.15 if first[pa] == pb else 0.7
        adjusted.append((score, x, y))
    pairs = _greedy([c for c in adjusted if c[0] >= SECTION_MATCH])
    # A section left between the same two paired neighbours in both reports, alone there at its
    # level, is the same topic under another title ('NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2021' and
    # 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022', both last): the reports' order says so.
    partner = {x.number: y.number for x, y, _ in pairs}
    for level in sorted({x.level for x in sa}):
        xs = [x for x in sa if x.level == level]
        ys = [y for y in sb if y.level == level]
        for i, x in enumerate(xs):
            if x.number in partner:
                continue
            prev = next((j for j in range(i - 1, -1, -1) if xs[j].number in partner), None)
            nxt = next((j for j in range(i + 1, len(xs)) if xs[j].number in partner), None)
            lo = next((j for j, y in enumerate(ys) if prev is not None and y.number == partner[xs[prev].number]), -1)
            hi = next((j for j, y in enumerate(ys) if nxt is not None and y.number == partner[xs[nxt].number]), len(ys))
            gap_a = [p for p in xs[(prev if prev is not None else -1) + 1:nxt if nxt is not None else len(xs)]
                     if p.number not in partner]
            taken = set(partner.values())
            gap_b = [y for y in ys[lo + 1:hi] if y.number not in taken]
            if len(gap_a) != 1 or len(gap_b) != 1:
                continue
            y = gap_b[0]
            same_parent = (x.parent is None and y.parent is None) or partner.get(x.parent or "") == y.parent
            if same_parent and scores.get((x.number, y.number), 0.0) >= 0.1:
                pairs.append((x, y, scores[(x.number, y.number)]))
                partner[x.number] = y.number
    pairs.sort(key=lambda p: p[0].start)
    return pairs


def _greedy(cand: list[tuple]) -> list[tuple]:
    cand = sorted(cand, key=lambda c: (-c[0], c[1].start, c[2].start))
    used_a, used_b, pairs = set(), set(), []
    for score, x, y in cand:
        if x.number in used_a or y.number in used_b:
            continue
        used_a.add(x.number)
        used_b.add(y.number)
        pairs.append((x, y, score))
    return pairs


def section_differences(ra: Report, rb: Report, pairs: list[tuple] | None = None) -> tuple[list[str], list[str]]:
    """Numbered sections that no section of the other report matches by title and content."""
    pairs = align_sections(ra, rb) if pairs is None else pairs
    paired_a = {x.number for x, _, _ in pairs}
    paired_b = {y.number for _, y, _ in pairs}

    def label(s) -> str:
        return f"{s.number}. {s.title}"

    return ([label(s) for s in _topical(ra) if s.number not in paired_a],
            [label(s) for s in _topical(rb) if s.number not in paired_b])


def change(a: Figure, b: Figure) -> tuple[float, float | None]:
    diff = b.value - a.value
    pct = (diff / a.value * 100) if a.value else None
    return diff, pct


def format_value(value: float, unit: str) -> str:
    """Vietnamese number style: 1.905 đảng viên, 38,9 tỷ đồng, 86,6%."""
    if unit == "đồng" and value >= 1e9:
        value, unit = value / 1e9, "tỷ đồng"
    elif unit == "đồng" and value >= 1e6:
        value, unit = value / 1e6, "triệu đồng"
    if abs(value - round(value)) < 1e-9:
        text = f"{int(round(value)):,}".replace(",", ".")
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{text}%" if unit == "%" else f"{text} {unit}".strip()


def figure_json(f: Figure, report: Report) -> dict:
    return {"value": f.value, "unit": f.unit, "raw": f.raw, "quote": report.text[f.quote_start:f.quote_end],
            "section": f.section, "section_title": f.section_title, "start": f.quote_start, "end": f.quote_end}
