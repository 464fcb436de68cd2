"""Who a figure belongs to: the body named at the head of a clause ('Cấp ủy các cấp', 'Ủy ban kiểm tra
các cấp', 'Ban Thường vụ Tỉnh ủy', 'HĐND tỉnh'), read by the grammar of administrative writing.

A Vietnamese clause opens with its subject; a body's name is an institution noun (ủy ban, ban, hội,
cấp ủy, thường trực…) or an abbreviation, continued by capitalised name words, one function word
for bodies named by their function ('Ủy ban kiểm tra', 'Ban chỉ đạo'), a level ('tỉnh', 'huyện') and
closed by 'các cấp'. A clause that opens with a verb ('thi hành kỷ luật 27 đảng viên') keeps the
subject in force before it in its paragraph."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.textnorm import fold

# Institution nouns that head a body's name (lower case; pyvi joins their syllables).
_HEADS = sorted("""
ủy ban|ủy ban nhân dân|hội đồng nhân dân|hội đồng|ban|ban chấp hành|ban thường vụ|ban chỉ đạo|thường trực|
cấp ủy|tỉnh ủy|huyện ủy|thành ủy|thị ủy|đảng ủy|tỉnh đoàn|huyện đoàn|thành đoàn|đảng bộ|chi bộ|đảng đoàn|ban cán sự|hội|liên đoàn|đoàn|
mặt trận|công đoàn|sở|bộ|cục|chi cục|phòng|viện|viện kiểm sát|tòa án|công an|cơ quan|văn phòng|
trung tâm|quốc hội|chính phủ|người đứng đầu|lực lượng|kho bạc|ngân hàng|bộ chỉ huy|quân đội|
thanh tra|tổng cục|kiểm toán nhà nước|đội|chi nhánh
""".replace("\n", "").split("|"), key=len, reverse=True)
# Heads that are verbs too: a body only with its level or name after them.
_VERB_HEADS = {"thanh tra"}
# Bodies named by their function take one lower-case word after the noun: 'Ủy ban kiểm tra'.
_FUNCTION_HEADS = {"ủy ban", "ban", "hội đồng"}
# Words before the name that say how widely, not who: 'các cấp Hội', 'các cơ quan'.
_DETERMINERS = ("các cấp bộ", "các cấp", "các", "những", "mỗi", "từng", "cả", "")
# Levels of government after a name: 'HĐND tỉnh', 'Ủy ban kiểm tra các cấp'.
_LEVELS = {"tỉnh", "huyện", "xã", "thành phố", "thị xã", "cơ sở", "trung ương", "cấp tỉnh", "cấp huyện", "cấp xã",
           "các cấp"}
_AREA = re.compile(r"^(toàn|cả)\s+(tỉnh|huyện|thành phố|thị xã|xã|ngành|nước|quốc|đảng bộ)\b", re.I)


@dataclass(frozen=True)
class Subject:
    text: str  # verbatim, as written in the source
    start: int  # offsets in the text it was read from
    end: int
    name: tuple[str, ...] = ()  # the name's words, lower case, scope and level words left out
    scope: bool = False  # 'toàn tỉnh', 'các cấp Hội': the levels of whatever body the section is about

    def terms(self) -> set[str]:
        """Syllables that tell which body this is."""
        return set() if self.scope else {s for w in self.name for s in w.split()}


@dataclass(frozen=True)
class _Word:
    text: str  # syllables joined by spaces, as written
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def _words(text: str) -> list[_Word]:
    """pyvi words with their offsets ('Tỉnh ủy' is one word)."""
    from pyvi import ViTokenizer

    out, pos = [], 0
    for tok in ViTokenizer.tokenize(text).split():
        parts = tok.split("_")
        if len(parts) > 3:  # pyvi sometimes glues a name to the verb after it ('Cựu_chiến_binh_vận_động')
            pos = _add_word(out, text, parts[:3], pos)
            parts = parts[3:]
        # ('Vĩnh_Hòa_tự': a name of two capitals or more ends at its last one; the lower syllable after it
        # is the next word, as in 'HLHPN tỉnh Vĩnh Hòa | tự đứng ra giám sát')
        caps = next((k for k, p in enumerate(parts) if not p[:1].isupper()), len(parts))
        if 2 <= caps < len(parts):
            pos = _add_word(out, text, parts[:caps], pos)
            parts = parts[caps:]
        pos = _add_word(out, text, parts, pos)
    return out


def _add_word(out: list[_Word], text: str, parts: list[str], pos: int) -> int:
    first = text.find(parts[0], pos)
    if first < 0:
        return pos
    end = first
    for part in parts:
        at = text.find(part, end)
        if at < 0:
            break
        end = at + len(part)
    if any(ch.isalpha() for ch in "".join(parts)):
        out.append(_Word(text[first:end], first, end))
    return end


def _phrase(words: list[_Word], i: int, n: int) -> str:
    return " ".join(w.low for w in words[i:i + n])


def _match(words: list[_Word], i: int, options) -> int:
    """Number of words at i that spell one of `options` (syllables compared, 0 if none)."""
    for opt in options:
        for n in (1, 2, 3):
            if _phrase(words, i, n) == opt:
                return n
    return 0


def _named_after(words: list[_Word], j: int) -> bool:
    """A one-syllable head ('Ban', 'Hội', 'Sở', 'Phòng') names a body only before a capitalised name:
    'Ban Thường vụ', 'Hội Nông dân'; 'phòng, chống' or 'ban hành' are not bodies."""
    return j < len(words) and words[j].text[:1].isupper()


def _head_at(words: list[_Word], i: int) -> int:
    if i >= len(words):
        return 0
    n = _match(words, i, _HEADS)
    if n and _phrase(words, i, n) in _VERB_HEADS and not (i + n < len(words) and (
            words[i + n].low in _LEVELS or words[i + n].text[:1].isupper())):
        return 0  # 'thanh tra 07 doanh nghiệp' is the verb; 'Thanh tra tỉnh', 'Thanh tra Chính phủ' the body
    # mid-clause, a capitalised head is a name by itself: 'các cấp Hội', 'các cấp bộ Đoàn'
    if n and (" " in _phrase(words, i, n) or _named_after(words, i + n) or (i > 0 and words[i].text[:1].isupper())):
        return n
    for h in _HEADS:  # pyvi joined the head with its name: 'Đoàn_Thanh_niên'
        rest = words[i].text[len(h) + 1:]
        if words[i].low.startswith(h + " ") and rest[:1].isupper():
            return 1
    w = words[i].text
    return 1 if len(w) >= 2 and w.replace(" ", "").isupper() else 0  # HĐND, UBND, MTTQ


@lru_cache(maxsize=4096)
def subject_at(text: str, base: int = 0) -> Subject | None:
    """The body named at the start of a clause (after scope words), or None."""
    lead = len(text) - len(text.lstrip(" -–•+(“\""))
    clause = text[lead:lead + 160]
    area = _AREA.match(clause)
    if area:
        return Subject(clause[:area.end()], base + lead, base + lead + area.end(), (), scope=True)
    words = _words(clause)
    if not words or words[0].start > 2:
        return None
    i = n = 0
    det = ""
    for det in _DETERMINERS:
        i = _match(words, 0, [det]) if det else 0
        if det and not i:
            continue
        n = _head_at(words, i)
        if n:
            break
    if not n:
        return None
    head = _phrase(words, i, n)
    j = i + n
    if head in _FUNCTION_HEADS and j < len(words) and words[j].text.islower() and " " in words[j].text \
            and not _gap(clause, words, j):
        j += 1  # 'kiểm tra' of 'Ủy ban kiểm tra'
    j = _continue_name(clause, words, j)
    end = words[j - 1].end
    name = tuple(w.low for w in words[i:j] if w.low not in _LEVELS and w.low not in ("các", "cấp"))
    # 'các cấp Hội', 'các cấp công đoàn': the levels of the body the section is about
    return Subject(clause[:end], base + lead, base + lead + end, name, scope="cấp" in det)


def _gap(text: str, words: list[_Word], j: int) -> bool:
    """Punctuation between word j-1 and word j ends the name."""
    return bool(re.search(r"[,;:()\.\-–]", text[words[j - 1].end:words[j].start]))


def _continue_name(text: str, words: list[_Word], j: int) -> int:
    while j < len(words) and not _gap(text, words, j):
        n = _match(words, j, sorted(_LEVELS, key=len, reverse=True))
        if n:
            j += n
            if _phrase(words, j - n, n) == "các cấp":
                return j  # 'các cấp' closes a name
            continue
        if words[j].text[:1].isupper():  # name words are capitalised: 'Thường vụ', 'Tỉnh ủy', 'Cựu chiến binh'
            j += 1
            continue
        # 'Phòng Tài nguyên và Môi trường', 'Sở Văn hóa và Thông tin': 'và' joins two capitalised parts of
        # one name; before a body's head ('… và Phòng Tư pháp') it joins two bodies
        if words[j].low == "và" and j > 0 and words[j - 1].text[:1].isupper() and j + 1 < len(words) \
                and words[j + 1].text[:1].isupper() and not _head_at(words, j + 1) and not _gap(text, words, j + 1):
            j += 2
            continue
        # only a name's first syllable is capitalised ('Quản lý thị trường', 'Ủy ban nhân dân'): lower
        # words after a capitalised one belong to it when a marker of the verb follows them ('đã', 'đang')
        k = next((k for k in (1, 2) if j + k < len(words) and words[j + k].low in _VERB_MARKERS
                  and not any(_gap(text, words, x) for x in range(j, j + k + 1))), 0)
        if k and words[j - 1].text[:1].isupper() and all(w.text.islower() for w in words[j:j + k]):
            j += k
            continue
        break
    return j


# what stands right before a verb ('Lực lượng Quản lý thị trường đã kiểm tra'): the name ends there
_VERB_MARKERS = {"đã", "đang", "sẽ", "vẫn", "tiếp tục", "cũng", "chưa", "luôn", "thường xuyên"}


def question_subject(text: str) -> Subject | None:
    """The body a question asks about, when it opens the question ('Ban Thường vụ Tỉnh ủy họp …')."""
    from .question import PERIOD

    stripped = re.sub(r"^\s*(trong|theo|tại)?\s*", "", text, flags=re.I)
    m = PERIOD.match(stripped)
    if m:
        stripped = stripped[m.end():].lstrip(" ,")
    stripped = re.sub(r"^(báo cáo\s+)?(cho biết|hãy cho biết|xin cho biết)\s+(số\s+\S+\s+)?(mà\s+)?", "", stripped, flags=re.I)
    subj = subject_at(stripped)
    if subj is None or not subj.terms():
        return _subject_after_ma(text)
    return subj


def coordinated(text: str, first: Subject | None) -> list[Subject]:
    """The bodies joined to the one asked about ('Thanh tra huyện và Phòng Tài nguyên và Môi trường
    …', 'của Hội Nông dân và Hội Cựu chiến binh … lần lượt'): each is asked about as well."""
    if first is None:
        return []
    at = text.find(first.text)
    if at < 0:
        return []
    out: list[Subject] = []
    pos = at + len(first.text)
    while len(out) < 4:
        m = re.match(r"\s*(?:,|và|với|cùng)\s+(?:(?:của|do)\s+)?", text[pos:])
        if not m:
            break
        subj = subject_at(text[pos + m.end():])
        if subj is None or not subj.terms() or subj.scope:
            break
        out.append(subj)
        pos += m.end() + len(subj.text)
    return out


def _subject_after_ma(text: str) -> Subject | None:
    """'số lượt đơn thư mà Ủy ban kiểm tra các cấp tiếp nhận': the body after 'mà', 'do' or 'của'."""
    for m in re.finditer(r"\b(mà|do|của)\s+", text):
        subj = subject_at(text[m.end():])
        if subj is not None and subj.terms():
            return subj
    return None


def _spelled(mine: set[str], other: set[str], subject: Subject) -> set[str]:
    """`mine` with this name's syllables written as the initials the other side uses."""
    syll = [fold(x) for w in subject.name for x in w.split()]
    acr = "".join(x[0] for x in syll if x)
    if len(syll) >= 2 and acr in other and acr not in mine:
        return (mine - set(syll)) | {acr}
    return mine


def same_body(asked: Subject, found: Subject | None, context_terms: set[str]) -> bool:
    """Whether a figure said of `found` (its subject in force) answers a question about `asked`.
    A different body named ('Thường trực Tỉnh ủy' for 'Ban Thường vụ Tỉnh ủy') never does; a scope-only
    subject ('Các cấp Hội', 'toàn tỉnh', none) does when the sentence or heading names the asked body."""
    want = {fold(t) for t in asked.terms()}
    have = {fold(t) for t in found.terms()} if found is not None else set()
    # 'TTYT' is 'Trung tâm Y tế': a name and its initials are one body, whichever side abbreviates
    if found is not None:
        want, have = _spelled(want, have, asked), _spelled(have, want, found)
    if want <= have:
        return True
    if have - want:
        return False
    around = have | {fold(t).lower() for t in context_terms}
    return want <= around or _spelled(want, around, asked) <= around
