"""Pick the sentences that answer a question from the retrieved chunks, and the clause that
states the figure for 'bao nhiêu' questions. Scores are IDF-weighted term coverage: a sentence
answers when it holds the question's rare terms, not merely its topic."""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable
from dataclasses import dataclass

from index.keyword import KeywordIndex
from index.models import Chunk
from index.sentences import CLOSING, Span, sentence_spans, whole_sentence
from index.vntext import syllables, terms as terms_of

from index.sections import WHOLE_BLOCK_SECTIONS

from index.figures import find_quantities
from index.footnotes import marker
from index.textnorm import fold

from .question import Question, has_diacritics
from .retrieval import Hit
from .subjects import subject_at
from .injection import is_instruction
from .issuer_names import all_capitals, initials, name_words

FOUND_THRESHOLD = 0.5  # share of the question's term weight a sentence (with its heading) must hold
PATH_WEIGHT = 0.75  # a term in an ancestor heading ("I.3. Đối với Công ty X" over "I.3.2 Kho")


@dataclass
class Evidence:
    chunk: Chunk
    sentence: Span
    score: float
    coverage: float
    rank: int
    has_figure: bool
    context: str = ""  # the sentence that introduces its list ('… của các đơn vị:'), which it completes

    @property
    def report_id(self) -> str:
        return self.chunk.report_id


class TermWeights:
    def __init__(self, kw: KeywordIndex):
        self.kw = kw
        self.max_idf = kw.idf("\x00absent") if kw.n_docs else 1.0

    def __call__(self, term: str) -> float:
        w = self.kw.idf(fold(term)) if self.kw.n_docs else 1.0
        return w * (1.3 if "_" in term else 1.0)  # a matched phrase counts more than its syllables

    def absent(self, term: str) -> bool:
        return self.kw.df.get(fold(term), 0) == 0


def coverage(terms: list[str], weights: TermWeights, text_terms: set[str], title_terms: set[str],
             path_terms: set[str] = frozenset()) -> float:
    """Share of the terms' weight found in the sentence; a term in the sentence's own section title
    counts nearly as much (the heading names the topic), one in an ancestor heading less."""
    total = sum(weights(t) for t in terms)
    if total <= 0:
        return 0.0
    got = 0.0
    for t in terms:
        if t in text_terms:
            got += weights(t)
        elif t in title_terms:
            got += 0.85 * weights(t)
        elif t in path_terms:
            got += PATH_WEIGHT * weights(t)
    return got / total


# Words that bound, judge or frame what is asked without naming a topic: a report says 'không quá
# 200kg' for 'tối đa', 'đánh giá' for 'nhận xét'. Their absence from the reports proves nothing.
_SOFT_WORDS = {"tối_đa", "tối_thiểu", "nhận_xét", "đánh_giá", "hiện_nay", "hiện_tại", "cụ_thể", "chủ_yếu",
               "khoảng", "chừng", "nói_chung", "trung_bình", "bình_quân", "ít_nhất", "nhiều_nhất",
               "thực_tế", "thực_sự", "trên_thực_tế", "thời_điểm", "thời_gian", "giai_đoạn", "thời_kỳ",
               # what a question asks of a fact, never the fact: 'hòa giải … đem lại những tác dụng gì'
               "tác_dụng", "lợi_ích", "ý_nghĩa", "tác_động", "hiệu_ứng"}  # ('mục tiêu … và thực tế đạt được bao nhiêu')


_EXTREME_ASKED = re.compile(r"\b(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+nhất\b", re.I)
_FRAMING = {"thuc_te", "thuc_su", "tren_thuc_te", "hien_nay", "hien_tai", "noi_chung"}  # (folded)


# How a report bounds a figure that a question bounds otherwise (folded: matched in folded text).
_SYNONYMS = {"tối đa": ("lon nhat", "khong qua", "toi da"), "tối thiểu": ("nho nhat", "it nhat", "khong duoi"),
             "nhiều nhất": ("lon nhat", "cao nhat"), "ít nhất": ("nho nhat", "thap nhat", "toi thieu")}


def missing_concepts(q: Question, weights: TermWeights) -> list[str]:
    """Words of the question the reports never use ('GRDP', 'huy hiệu'): no passage can answer it."""
    missing = []
    soft = {w for w in q.words if w in _SOFT_WORDS} | {p for w in q.words if w in _SOFT_WORDS for p in w.split("_")}
    # Only a thing the reports never name makes a question unanswerable ('GRDP', 'huy hiệu'); a verb or
    # an adjective of the question's frame ('nhận định', 'bắt đầu có hiệu lực') is said in other words
    if not q.english:
        verbal = _verbal_words(q.text)
        soft |= verbal | {p for w in verbal for p in w.split("_")}
    for t in q.focus:
        if t in soft:
            continue
        if "_" not in t and t.isalpha() and weights.absent(t):
            missing.append(t)
    # ('NHCSXH ủy thác': pyvi may join an initialism to the next syllable, 'nhcsxh_ủy', a word of nobody's)
    initialisms = set() if all_capitals(q.text) else {t.lower() for t in re.findall(r"[^\W\d_]{2,}", q.text) if t.isupper()}
    for w in q.words:
        if w in soft:
            continue
        parts = w.split("_")
        if len(parts) == 2 and any(p in initialisms for p in parts):
            continue
        if len(parts) == 2:
            # A two-syllable word the reports never use as a word ("huy_hiệu": the text only has
            # "phát_huy hiệu_quả"), whatever its syllables do elsewhere.
            if has_diacritics(w) and not weights.kw.has_word(w) and weights.absent(fold(w)):
                missing.append(w.replace("_", " "))
            elif has_diacritics(w) and not weights.kw.has_word(w) and not _loose_match(w, weights):
                missing.append(w.replace("_", " "))
        elif any(weights.absent(fold(p)) for p in parts):
            missing.append(w.replace("_", " "))
    if q.english and q.untranslated:
        # Half or more of an English question's content words have no report vocabulary at all.
        known = len(q.untranslated) < max(1, len([t for t in q.focus if "_" not in t]))
        if not known or not q.focus:
            missing.extend(q.untranslated)
    return list(dict.fromkeys(missing))


_NOMINAL_TAGS = {"N", "Np", "Nc", "Nu", "Ny", "Nb", "M", "X", "FW"}


@lru_cache(maxsize=256)
def _verbal_words(text: str) -> frozenset[str]:
    """The question's words that pyvi tags as anything but a noun, a name or a number (lower case,
    syllables joined by '_' as in Question.words)."""
    from pyvi import ViPosTagger, ViTokenizer  # loaded once, on the first question that needs it

    tokens, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
    return frozenset(t.lower() for t, tag in zip(tokens, tags) if tag not in _NOMINAL_TAGS and t[:1].isalpha())


def _loose_match(word: str, weights: TermWeights) -> bool:
    """pyvi may join syllables differently in the question and in the reports ("cách_chức" vs
    "cách chức"): accept a two-syllable word whose folded bigram is common enough to be a word."""
    return weights.kw.df.get(fold(word), 0) >= 2


def _readers(q: Question) -> tuple:
    short_forms = _short_forms(q)
    shorts = set() if all_capitals(q.text) else {w.lower() for w in re.findall(r"[^\W\d_]+", q.text)
                                                 if len(w) >= 3 and w.isupper()}
    synonyms = [(set(terms_of(w, q.accented)) & set(q.focus), alts) for w, alts in _SYNONYMS.items()
                if set(terms_of(w, q.accented)) & set(q.focus)]
    # ('số vụ BLGĐ' of '74 vụ bạo lực gia đình (BLGĐ)': a pair with an initialism the passage spells out
    # is held when both of its sides are)
    pairs = [(t, *t.split("_")) for t in q.focus if t.count("_") == 1 and set(t.split("_")) & shorts]
    # ('năm 2026 …, năm trước bao nhiêu vụ?' of '… 74 vụ (năm 2025: 91 vụ)': the year before the one asked,
    # written as a year)
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", q.text)]
    before = _YEAR_BEFORE.search(q.text)
    if before and len(set(years)) == 1:
        synonyms.append((set(terms_of(before.group(0), q.accented)) & set(q.focus), (str(years[0] - 1),)))
    # ('kết nạp hội viên mới' of 'kết nạp mới 8.000 hội viên'): a bigram of the question that joins two of
    # its words, not a word of its own, says only that they go together; a passage holding both syllables
    # close by, in either order, holds it too (a word's own syllables must stay adjacent)
    own = set(q.words) if q.accented else {fold(w) for w in q.words}
    loose = [(t, *t.split("_")) for t in q.focus if t.count("_") == 1 and t not in own
             and not any(ch.isdigit() for ch in t)]
    return short_forms, bool(shorts), synonyms, pairs, loose


_CLAUSE_BREAK = re.compile(r"[,;:?!()›|\n\[\]]+|\.(?!\d)")
_NEAR = 3  # syllables apart, at most: within one clause of a noun phrase


# ('5 năm trước', 'những năm trước' are no one year)
_YEAR_BEFORE = re.compile(r"(?<!\d )(?<!những )(?<!các )(?<!mấy )\bnăm (?:trước|ngoái)\b", re.I)


def expanded_terms(q: Question, text: str, readers: tuple | None = None) -> set[str]:
    """The terms of a passage as the question reads them: its own words, plus the question's words it
    holds in another form ('KCN Tằng Loỏng' holds 'khu công nghiệp', 'lớn nhất' holds 'tối đa')."""
    short_forms, asks_short, synonyms, pairs, loose = readers if readers is not None else _readers(q)
    terms = set(terms_of(text, q.accented))
    gaps = [(t, a, b) for t, a, b in loose if t not in terms and a in terms and b in terms]
    if gaps:
        sy: list[str] = []
        for run in _CLAUSE_BREAK.split(text):  # (never across punctuation: 'cấp tỉnh › Đảng bộ')
            sy += (syllables(run) if q.accented else [fold(x) for x in syllables(run)]) + ["|"]
        at: dict[str, list[int]] = {}
        for i, x in enumerate(sy):
            at.setdefault(x, []).append(i)
        # (what stands between is a figure or more of the question's own words, reordered: 'đảng bộ trực
        # thuộc Tỉnh ủy' does not hold 'Đảng bộ tỉnh')
        mine = {t for t in q.focus if "_" not in t}
        between = lambda i, j: all(x in mine or x[:1].isdigit() for x in sy[min(i, j) + 1:max(i, j)])
        terms |= {t for t, a, b in gaps if any(abs(i - j) <= _NEAR and between(i, j)
                                               for i in at.get(a, ()) for j in at.get(b, ()))}
    for short in short_forms.keys() & {fold(t) for t in terms if "_" not in t}:
        terms |= short_forms[short]
    if asks_short:
        spelled = initials(text)
        # (only where the passage spells the initialism out: written as such, the pair is its own)
        terms |= {t for t, a, b in pairs if any(x not in terms and fold(x) in spelled for x in (a, b))
                  and all(x in terms or fold(x) in spelled for x in (a, b))}
        terms |= spelled
    folded = fold(text) if synonyms else ""
    for word_terms, alternates in synonyms:
        if any(a in folded for a in alternates):
            terms |= word_terms
    return terms


def _short_forms(q: Question) -> dict[str, set[str]]:
    """Initialisms of the question's phrases ('kcn' -> terms of 'khu công nghiệp'): administrative
    writing names a body or a thing in full once and by its initials after ('Khu công nghiệp (KCN)').
    Three letters at least: shorter ones are ordinary syllables."""
    out: dict[str, set[str]] = {}
    for run in re.split(r"[,.;:?!()]+", q.text):
        words = [w for w in re.findall(r"[^\W\d_]+", run)]
        for i in range(len(words)):
            for k in range(3, 7):
                if i + k <= len(words):
                    phrase = " ".join(words[i:i + k])
                    out.setdefault("".join(fold(w)[0] for w in words[i:i + k]), set()).update(
                        t for t in terms_of(phrase, q.accented) if t in q.focus)
    return {k: v for k, v in out.items() if v}


def _name_edges(text: str) -> set[str]:
    """'cai_dùng' for '… Lào Cai dùng …': pairs of a capitalised and a lower-case syllable."""
    words = re.findall(r"[^\W_]+", text)
    out = set()
    for i, (a, b) in enumerate(zip(words, words[1:])):
        if i == 0:
            continue  # the first word is capitalised as the sentence start
        if a[:1].isupper() != b[:1].isupper():
            out.add(f"{a.lower()}_{b.lower()}")
    return out


_ITEM_START = re.compile(r"^\s*(?:[-+•*–]\s|‣\s|\(?\d{1,2}\)\s|[a-zđ]\)\s)")


def select(q: Question, hits: list[Hit], weights: TermWeights,
           scopes: dict[str, str] | None = None, texts: Callable[[str], str | None] | None = None,
           issuers: dict[str, str] | None = None) -> list[Evidence]:
    """Sentences of the hits scored by how much of the question they hold. A sentence holds, besides
    its own words, its section's heading, the headings above, the sentence that introduces its list
    ('Tổng khối lượng … sử dụng năm 2025 của các đơn vị:' for '- Kíp nổ các loại: 2.043.754 cái;'),
    and, weakly, its report's title (`scopes`: report id -> title), which names what all of it is about.
    `texts` gives a report's text: a sentence cut at its chunk's edge is read whole from it. The body
    that issued a report (`issuers`) speaks in every sentence of it: its name ('Sở LĐTBXH Yên Thạch')
    is held by each of them as a heading's words are."""
    out: list[Evidence] = []
    # A pair of neighbouring syllables across the edge of a name ('Lào Cai dùng' -> 'cai_dùng') is
    # no phrase; when no report holds it, no passage can match it: it is left out of the weighing
    # rather than counting against every sentence alike. Other pairs no report holds ('ca_mắc')
    # stay: they are what the reports lack.
    edges = _name_edges(q.text)
    # A pair across two words ('dụng_tối' of 'sử dụng tối đa') that no report holds is no phrase
    # either: only the question's own words (pyvi compounds) count when absent.
    words = {w for w in q.words} | {fold(w) for w in q.words}
    focus = [t for t in q.focus if not ("_" in t and weights.absent(t)) or (t in words and t not in edges)]
    # 'và thực tế tỉnh đạt được bao nhiêu': a word that only frames the ask ('thực tế', 'hiện nay') is no
    # topic; neither it, its syllables nor a pair across its edge ('tế_tỉnh') is weighed
    framing = {p for w in q.words if fold(w) in _FRAMING for p in w.lower().split("_")}
    if re.search(r"\b(?:nào|nao)\b", q.text, re.I):
        # 'Đơn vị nào có tỷ lệ giải ngân … thấp nhất?': the extreme is how rows are chosen, and a table
        # row never says it (assistant.table_query reads it from the values)
        framing |= {w.lower() for m in _EXTREME_ASKED.finditer(q.text) for w in m.group(0).split()}
    if framing:
        focus = [t for t in focus if not (set(t.split("_")) & framing)]
    readers = _readers(q)
    for hit in hits:
        title = set(terms_of(hit.chunk.section_title, q.accented))
        path = set(terms_of(hit.chunk.path_title, q.accented))
        if scopes and hit.chunk.report_id in scopes:
            scope = scopes[hit.chunk.report_id]
            path |= set(terms_of(scope, q.accented)) | initials(scope)
        if issuers and issuers.get(hit.chunk.report_id):
            title = title | _issuer_named(q, focus, issuers[hit.chunk.report_id])
        lead_text, lead_terms = "", set()
        # A footnote completes the sentence that carries its marker ('Kim ngạch xuất khẩu ước đạt …⁽³⁾'
        # for '⁽³⁾ Thị trường Hoa Kỳ đạt 412,8 triệu USD'): that sentence is its context.
        # It weighs as a heading above would, not as the footnote's own words.
        note_context = _referencing_sentence(hit.chunk, texts) if texts is not None else ""
        path |= set(terms_of(note_context, q.accented))
        # A signature block is one statement ("T/M …, PHÓ BÍ THƯ …, Lê Văn Hiệu"), not three.
        spans = ([Span(hit.chunk.text, hit.chunk.start, hit.chunk.end)] if hit.chunk.section in WHOLE_BLOCK_SECTIONS
                 else sentence_spans(hit.chunk.text, hit.chunk.start))
        in_force: set[str] = set()
        for sent in spans:
            in_row = hit.chunk.text.startswith("‣", hit.chunk.text.rfind("\n", 0, max(0, sent.start - hit.chunk.start)) + 1)
            if texts is not None and (sent.start <= hit.chunk.start or sent.end >= hit.chunk.end or in_row):
                full = texts(hit.chunk.report_id)
                sent = whole_sentence(full, sent) if full else sent
            if is_instruction(sent.text):
                continue  # an order planted for the reader is never evidence (assistant/injection.py)
            if CLOSING.match(sent.text):
                continue
            terms = expanded_terms(q, sent.text, readers)
            at_paragraph = sent.start == hit.chunk.start or "\n\n" in hit.chunk.text[
                max(0, sent.start - hit.chunk.start - 3):sent.start - hit.chunk.start]
            if at_paragraph and not _ITEM_START.match(sent.text):
                lead_text, lead_terms = "", set()  # a new paragraph that is not an item ends the list
            if q.subject is not None:
                in_force = _subject_terms(hit.chunk.text, hit.chunk.start, sent, in_force, q.accented)
            cov = coverage(focus, weights, terms, title | in_force | lead_terms, path)
            if q.context:
                cov = 0.75 * cov + 0.25 * coverage(q.context, weights, terms, title, path)
            quantities = find_quantities(sent.text)
            # a table row's rates carry their '%' in the column header ('Tỷ lệ lấp đầy (%): 41,60')
            has_fig = bool(quantities) and (not q.percent or any("%" in x.text for x in quantities)
                                            or (sent.text.startswith("‣") and "%" in sent.text))
            score = cov + 0.08 / (1 + hit.rank) + (0.1 if q.kind == "figure" and has_fig else 0.0)
            out.append(Evidence(hit.chunk, sent, score, cov, hit.rank, has_fig, lead_text or note_context))
            if sent.text.rstrip().endswith(":"):
                lead_text, lead_terms = sent.text, terms
            elif sent.text.rstrip().endswith(";") and lead_text:
                # '+ Thuốc nổ Nhũ tương 840kg, …; Anfo 3.185kg …': the clauses of one item share what it counts
                lead_text = f"{lead_text} {sent.text}".strip()
                lead_terms = lead_terms | terms
            elif sent.text.rstrip().endswith(";") and ": " in sent.text:
                # '… với các thông số sau: Tổng khối lượng …: 64.205kg;' opens a run of parameters that
                # the next sentences continue ('khối lượng thuốc nổ lớn nhất trong một vụ nổ 650 kg')
                lead_text, lead_terms = sent.text, terms
    out.sort(key=lambda e: -e.score)
    return out


def _issuer_named(q: Question, focus: list[str], issuer: str) -> set[str]:
    """The question's terms that name the body which issued the passage's report ('Sở LĐTBXH Yên Thạch',
    a pair of them too: 'sở_lđtbxh', 'lđtbxh_yên')."""
    words = _named_words(q.text, issuer)
    return {t for t in focus if set(t.split("_")) <= words}


@lru_cache(maxsize=256)
def _named_words(text: str, issuer: str) -> frozenset[str]:
    return frozenset(w.group(0).lower() for w in name_words(text, (issuer,)))


_NOTE = re.compile(r"›\s*chú thích\s+(\d+)\s*$")


def _referencing_sentence(chunk: Chunk, texts: Callable[[str], str | None]) -> str:
    m = _NOTE.search(chunk.section)
    text = texts(chunk.report_id) if m else None
    if not m or not text:
        return ""
    mark = marker(m.group(1))
    at = next((i for i in _find_all(text, mark) if not chunk.start <= i < chunk.end), -1)
    if at < 0:
        return ""
    sent = whole_sentence(text, Span(text[at:at + len(mark)], at, at + len(mark)))
    return sent.text if len(sent.text) <= 600 else text[max(sent.start, at - 300):at]


def _find_all(text: str, needle: str):
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def _subject_terms(chunk_text: str, chunk_start: int, sent: Span, current: set[str], accented: bool) -> set[str]:
    """Terms of the body in force at a sentence: its own subject, else the one opening an earlier
    sentence of its paragraph ('Ủy ban kiểm tra các cấp …. Tiến hành kiểm tra …; tiếp nhận 296 lượt đơn')."""
    if "\n\n" in chunk_text[max(0, sent.start - chunk_start - 3):sent.start - chunk_start]:
        current = set()
    subj = subject_at(sent.text)
    return set(terms_of(subj.text, accented)) if subj is not None and not subj.scope else current
