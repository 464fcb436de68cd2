"""What a figure measures, as a tuple (subject, action, object, unit, qualifier) read from its
clause, and a short label a person would write for it ('UBKT các cấp thi hành kỷ luật đảng viên').

Two figures of two reports are the same indicator only when these agree: a different body
('Cấp ủy các cấp' vs 'Ủy ban kiểm tra các cấp'), a breakdown item against a total, or a different
unit never pair. The subject is the body in force where the figure stands (assistant.subjects: the
last clause of its paragraph, or of the list lead-in above a bullet, that opens with a body's name).

Written by hand: no library reads the grammar of Vietnamese report figures."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from index.figure_table import Figure
from index.models import Report
from index.sentences import clause_spans, sentence_spans
from index.textnorm import fold
from index.vntext import syllables

from .noise import noise_words
from .subjects import Subject, subject_at

_WEAK = noise_words("indicator_weak")
# Aspect and frame words that add nothing to what is counted: 'đã kiểm tra', 'kết nạp được'.
_ASPECT = re.compile(r"\b(đã|đang|sẽ|cũng|được|vẫn|tiếp tục)\b\s*", re.I)
_FRAME = re.compile(r"^(qua kiểm tra|qua giám sát|tiến hành|đồng thời|ngoài ra|bên cạnh đó|trong đó có|trong đó|"
                    r"toàn tỉnh|toàn huyện|toàn ngành|tổng số có|tổng số|có)\b[\s,]*", re.I)
# Words that open what follows an object: its purpose, place or manner, not its name.
_OBJECT_END = re.compile(r"^(cho|của|với|tại|để|trong|về|bằng|và|khi|có|do|từ|trên|theo|đối với|nhằm|ở|đạt|là|"
                         r"tham gia|thuộc|so với|tăng|giảm)\b", re.I)
_BULLET = re.compile(r"^\s*([-–+•*]|[a-zđ]\)|\(?\d+\)|\(?[ivx]+\))\s", re.I)
# Common short names of bodies, as officials write them in tables and labels.
_SHORT = [(re.compile(p, re.I), s) for p, s in [
    (r"^Ủy ban kiểm tra|^Uỷ ban kiểm tra", "UBKT"), (r"^Ủy ban nhân dân|^Uỷ ban nhân dân", "UBND"),
    (r"^Hội đồng nhân dân", "HĐND"), (r"^Ủy ban Mặt trận Tổ quốc|^Uỷ ban Mặt trận Tổ quốc|^Mặt trận Tổ quốc", "MTTQ"),
    (r"^Ban Thường vụ", "BTV"), (r"^Ban Chấp hành", "BCH")]]


@dataclass(frozen=True)
class Indicator:
    subject: str  # the body as written ('Ủy ban kiểm tra các cấp'), '' when none or only a scope
    subject_terms: frozenset[str]  # folded syllables that tell which body
    action: str  # 'thi hành kỷ luật', 'khiển trách' (a breakdown item's own kind)
    object: str  # 'đảng viên', 'ngôi nhà đại đoàn kết'
    unit: str
    qualifier: str  # what follows the object ('cấp dưới', 'về việc thi hành kỷ luật Đảng')
    part_of: str  # the total a breakdown item belongs to ('thi hành kỷ luật'), '' for a total

    def words(self) -> set[str]:
        return _folded(f"{self.action} {self.part_of} {self.object}") - self.subject_terms

    def label(self, with_qualifier: bool = False) -> str:
        subject = short_subject(self.subject)
        what = self.object if self.unit not in ("%", "đồng", "USD") else ""
        if self.unit in ("%", "đồng", "USD") and len(self.action.split()) <= 3 and self.qualifier:
            what = self.qualifier  # 'huy động … để tặng quà Tết': an amount is named by its purpose
        if self.part_of:
            text = f"{subject} {self.part_of} {what}".strip() + f" – {self.action[:1].lower()}{self.action[1:]}"
        else:
            text = f"{subject} {self.action} {what}"
        if with_qualifier and self.qualifier:
            text = f"{text} ({self.qualifier})"
        if self.unit == "%":
            text += " (%)"
        elif self.unit in ("đồng", "USD"):
            text += f" ({self.unit})"
        text = " ".join(text.split())
        return text[:1].upper() + text[1:]


def _folded(text: str) -> set[str]:
    return {fold(s) for s in syllables(text)} - _WEAK


def short_subject(subject: str) -> str:
    for pattern, short in _SHORT:
        m = pattern.match(subject)
        if m:
            return short + subject[m.end():]
    return subject


def subject_in_force(report: Report, pos: int) -> Subject | None:
    """The last body named at the head of a clause before `pos` in its paragraph; for a bullet with
    none, in the paragraphs above it up to the list's lead-in."""
    text = report.text
    end = pos
    for _ in range(8):
        para = text.rfind("\n", 0, end) + 1
        found = None
        for sent in sentence_spans(text[para:end], para):
            for clause in clause_spans(sent):
                if clause.start >= pos:
                    break
                subj = subject_at(clause.text, clause.start)
                if subj is not None:
                    found = subj
        if found is not None:
            return found
        if not _BULLET.match(text[para:para + 8]) or para == 0:
            return None
        end = para - 1  # a bullet: its subject may be in the lead-in above
        while end > 0 and text[end - 1] == "\n":
            end -= 1
    return None


def _clean_action(phrase: str, subject: str) -> str:
    if subject and phrase.lower().startswith(subject.lower()):
        phrase = phrase[len(subject):]
    phrase = re.split(r"[”\"»]", phrase)[-1]  # the tail of a quoted name before the verb
    phrase = re.sub(r"^\s*năm\s+(19|20)\d{2}\b", "", phrase)
    phrase = _ASPECT.sub("", phrase).strip(" ,;:")
    phrase = re.sub(r"^[\d\W]+(?:với\b\s*)?", "", phrase)  # '2020-2025 với': the tail of a name before it
    for _ in range(3):
        phrase = _FRAME.sub("", phrase).strip(" ,;:")
    return phrase


def _after_object(report: Report, f: Figure) -> tuple[str, str]:
    """(object words after the unit, qualifier): '41 ngôi nhà đại đoàn kết cho hộ nghèo' → ('đại đoàn
    kết', 'cho hộ nghèo'); both stop at punctuation."""
    raw_end = report.text.find(f.raw, f.start - 20) + len(f.raw) if f.raw else f.end
    tail = report.text[max(raw_end, f.end):f.quote_end]
    tail = re.split(r"[,;.:()\n]", tail, maxsplit=1)[0].strip()
    words = tail.split()
    obj: list[str] = []
    i = 0
    while i < len(words) and i < 4 and not _OBJECT_END.match(" ".join(words[i:])) and words[i][:1].isalpha():
        obj.append(words[i])
        i += 1
    qual = []
    for w in words[i:i + 6]:
        if w[:1].isdigit() or (w.lower() == "và" and len(qual) == 0 and i + 1 < len(words) and words[i + 1][:1].isdigit()):
            break  # the next figure of a list starts
        qual.append(w)
    while qual and qual[-1].lower() in ("và", "với", "cho", "của", "tại", "trong"):
        qual.pop()
    return " ".join(obj), " ".join(qual)


def read_indicator(report: Report, f: Figure) -> Indicator:
    subj = subject_in_force(report, f.start)
    subject = "" if subj is None or subj.scope else subj.text.strip()
    terms = frozenset(fold(t) for t in subj.terms()) if subj is not None else frozenset()
    unit = f.unit
    verb = f.indicator[:-len(f.unit)].strip() if f.unit and f.indicator.endswith(f.unit) else f.indicator
    after_obj, qualifier = _after_object(report, f)
    obj = unit if unit not in ("%", "đồng", "USD") else ""
    if after_obj and obj:
        obj = f"{obj} {after_obj}"
    if verb.lower() == "trong đó":
        return Indicator(subject, terms, f"trong đó {qualifier}".strip(), obj, unit, qualifier,
                         _clean_action(f.group, subject) or "tổng")
    action = _clean_action(verb, subject)
    group = _clean_action(f.group, subject) if f.group and fold(f.group) != fold(verb) else ""
    if not any(ch.isalpha() for ch in group):
        group = ""
    return Indicator(subject, terms, action, obj, unit, qualifier, group)


def compatible(a: Indicator, b: Indicator) -> bool:
    """Whether two figures may be the same indicator at all; the comparison scores those that may."""
    if a.unit != b.unit:
        return False
    if bool(a.part_of) != bool(b.part_of):
        return False  # a breakdown item is never the total
    if a.part_of and not (_folded(a.part_of) & _folded(b.part_of)):
        return False
    if a.subject_terms and b.subject_terms and not (a.subject_terms <= b.subject_terms
                                                    or b.subject_terms <= a.subject_terms):
        return False  # two different bodies
    wa, wb = _folded(a.action) - a.subject_terms, _folded(b.action) - b.subject_terms
    if wa and wb and not (wa & wb):
        return False  # different acts on the same thing ('kiểm tra' vs 'xử phạt')
    ea, eb = _extension(a), _extension(b)
    if ea and eb and not (ea & eb):
        return False  # 'mô hình kinh tế tập thể' is not 'mô hình truyền thông'
    return True


def _extension(i: Indicator) -> set[str]:
    """The words that make the object specific: 'kinh tế tập thể' of 'mô hình kinh tế tập thể'."""
    return _folded(i.object) - _folded(i.unit)


def specificity_gap(a: Indicator, b: Indicator) -> bool:
    """One side names a specific kind of the thing counted and the other does not ('08 mô hình' vs
    '09 mô hình kinh tế tập thể'): maybe the same indicator, less likely."""
    return bool(_extension(a)) != bool(_extension(b))


def unique_labels(indicators: list[Indicator], sections: list[str]) -> list[str]:
    """A label per row, unique within the comparison: the qualifier added where two rows would
    read the same, then the section, then a number."""
    labels = [i.label() for i in indicators]
    for step in ("qualifier", "section", "number"):
        counts = Counter(labels)
        if all(c == 1 for c in counts.values()):
            break
        seen: Counter = Counter()
        for k, ind in enumerate(indicators):
            if counts[labels[k]] == 1:
                continue
            if step == "qualifier" and ind.qualifier:
                labels[k] = ind.label(with_qualifier=True)
            elif step == "section":
                labels[k] = f"{labels[k]} – mục {sections[k]}"
            elif step == "number":
                key = labels[k]
                seen[key] += 1
                labels[k] = f"{key} ({seen[key]})"
    return labels
