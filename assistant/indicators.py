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
from dataclasses import dataclass, replace

from index.figure_table import Figure
from index.figures import find_quantities
from index.measure import comparable_unit, read_measure
from index.models import Report
from index.sentences import clause_spans, sentence_spans
from index.tables import ROW_MARK
from index.textnorm import fold
from index.vntext import syllables

from .figure_answer import DATES
from .subjects import Subject, subject_at

# Units of measure: a label names the thing and puts them in brackets ('Diện tích lúa (ha)').
_MEASURES = {"ha", "tấn", "tạ", "kg", "km", "m2", "m3", "con", "lượt", "lít", "MW", "kWh"}
# Aspect and frame words that add nothing to what is counted: 'đã kiểm tra', 'kết nạp được'.
_ASPECT = re.compile(r"\b(đã|đang|sẽ|cũng|được|vẫn|tiếp tục)\b\s*", re.I)
_FRAME = re.compile(r"^(qua kiểm tra|qua giám sát|tiến hành|đồng thời|ngoài ra|bên cạnh đó|trong đó có|trong đó|"
                    r"trong (?:quý|năm|kỳ|tháng)(?: này| qua| báo cáo)?|cả năm|lũy kế|luỹ kế|tính từ đầu năm|từ đầu năm|"
                    r"toàn tỉnh|toàn huyện|toàn ngành|toàn đảng bộ|trên địa bàn|tổng số có|tổng số|có)\b[\s,]*", re.I)
# Words that open what follows an object: its purpose, place or manner, not its name.
_OBJECT_END = re.compile(r"^(cho|của|với|tại|để|trong|về|bằng|và|khi|có|do|từ|trên|theo|đối với|nhằm|ở|là|"
                         r"tham gia|thuộc|so với|tăng|giảm)\b", re.I)
_BULLET = re.compile(r"^\s*([-–+•*]|[a-zđ]\)|\(?\d+\)|\(?[ivx]+\))\s", re.I)
# Common short names of bodies, as officials write them in tables and labels.
_SHORT = [(re.compile(p, re.I), s) for p, s in [
    (r"^Ủy ban kiểm tra|^Uỷ ban kiểm tra", "UBKT"), (r"^Ủy ban nhân dân|^Uỷ ban nhân dân", "UBND"),
    (r"^Hội đồng nhân dân", "HĐND"),
    (r"^Ủy ban Mặt trận Tổ quốc|^Uỷ ban Mặt trận Tổ quốc|^Ủy ban MTTQ|^Uỷ ban MTTQ|^Mặt trận Tổ quốc", "MTTQ"),
    (r"^Ban Thường vụ", "BTV"), (r"^Ban Chấp hành", "BCH"), (r"^Quản lý thị trường", "QLTT")]]
# Heads that name no body by themselves ('lực lượng chức năng', 'các cơ quan'): who exactly is left open.
_VAGUE = re.compile(r"^(các\s+)?(lực lượng|cơ quan|đơn vị|ngành|địa phương)(\s+(chức năng|liên quan|các cấp))?\s*$", re.I)
# How a rate relates to its base: 'bằng 48,2% dự toán', 'tăng 10,5% so với cùng kỳ'.
_RELATION = {"dat", "bang", "tang", "giam", "chiem", "la", "dat ty le", "bang ty le", "uoc dat", "tuong duong",
             "dat ty le so voi", "bang ty le so voi"}


@dataclass(frozen=True)
class Indicator:
    subject: str  # the body as written ('Ủy ban kiểm tra các cấp'), '' when none or only a scope
    subject_terms: frozenset[str]  # folded syllables that tell which body
    action: str  # 'thi hành kỷ luật', 'khiển trách' (a breakdown item's own kind)
    object: str  # 'đảng viên', 'ngôi nhà đại đoàn kết'
    unit: str
    qualifier: str  # what follows the object ('cấp dưới', 'về việc thi hành kỷ luật Đảng')
    part_of: str  # the total a breakdown item belongs to ('thi hành kỷ luật'), '' for a total
    statement: str = ""  # the words of its statement (from the ';' before it to its end), for context

    def words(self) -> set[str]:
        """What it measures, in words: act, the total it breaks down, object and unit."""
        # a share written before its thing ('78,5% dân số đã có hồ sơ …') is named by what follows it
        thing = self.qualifier if self.unit == "%" and not self.object else ""
        return _folded(f"{self.action} {self.part_of} {self.object} {thing} {self.unit}") - self.subject_terms

    def label(self, with_qualifier: bool = False) -> str:
        subject = short_subject(self.subject)
        measure = self.unit in _MEASURES
        what = self.object if self.unit not in ("%", "đồng", "USD") else ""
        if measure:  # 'ha lúa' reads 'lúa (ha)'
            what = " ".join(what.split()[len(self.unit.split()):])
        if what and {w.lower() for w in syllables(what)} <= {w.lower() for w in syllables(self.action)}:
            what = ""  # a table row 'Số bác sĩ/vạn dân' in 'bác sĩ/vạn dân' names it once
        if self.unit in ("%", "đồng", "USD") and len(self.action.split()) <= 3 and self.qualifier:
            what = self.qualifier  # 'huy động … để tặng quà Tết': an amount is named by its purpose
        if _is_rate(self):  # 'bằng 48,2% dự toán' of 'Tổng thu ngân sách …': named by its base
            text = f"{subject} {self.object} – {self.action}"
        elif self.unit == "%" and self.object and not (_folded(self.action) - _LINKING):
            text = f"{subject} {self.object}"  # '… tiêm chủng đầy đủ …, đạt 47,9%': the rate of what it follows
        elif self.part_of == "tổng số":  # a part of the total before it: 'trong đó thu tiền sử dụng đất'
            text = f"{subject} trong đó {self.action} {what}"
        elif self.part_of:
            text = f"{subject} {self.part_of} {what}".strip() + f" – {self.action[:1].lower()}{self.action[1:]}"
        elif not self.action.strip():
            text = f"{subject} số {what}" if what else f"{subject} {self.qualifier}"  # a stock: 'số đảng viên'
        else:
            text = f"{subject} {self.action} {what}"
        if with_qualifier and self.qualifier:
            text = f"{text} ({self.qualifier})"
        if self.unit == "%":
            text += " (%)"
        elif self.unit in ("đồng", "USD") or measure:
            text += f" ({self.unit})"
        text = " ".join(text.split())
        return text[:1].upper() + text[1:]


# Function words of indicator phrases, compared with their tone marks: folded, 'trồng' would be 'trong'.
_WEAK_EXACT = {"các", "cấp", "cho", "có", "của", "đã", "đối", "được", "bị", "năm", "số", "tỉnh", "tổng", "trong", "và",
               "với", "tại", "về", "là", "những", "một"}


def _folded(text: str) -> set[str]:
    """Lower-case syllables of a phrase, function words out (tone marks kept: words, not letters)."""
    return {s.lower() for s in syllables(text)} - _WEAK_EXACT


def short_subject(subject: str) -> str:
    for pattern, short in _SHORT:
        m = pattern.match(subject)
        if m:
            return short + subject[m.end():]
    return subject


_LEVEL_WORDS = {"các", "cấp", "tỉnh", "huyện", "xã", "thành", "phố", "thị"}


def subject_terms(subject: str) -> frozenset[str]:
    """The words that tell which body: its short form ('Ủy ban Kiểm tra Huyện ủy' = 'UBKT Huyện ủy'),
    'lực lượng' before a name, levels and scope words left out; none for a vague head ('lực lượng
    chức năng'). A body's own level word stays ('Huyện ủy')."""
    if not subject or _VAGUE.match(subject):
        return frozenset()
    subject = re.sub(r"^(các\s+)?lực lượng\s+(?=[A-ZĐÀ-Ỹ])", "", subject)
    words = [w.lower() for w in syllables(short_subject(subject))]
    keep = [w for i, w in enumerate(words) if w not in _LEVEL_WORDS or (i + 1 < len(words) and words[i + 1] in ("ủy", "uỷ", "đoàn"))]
    return frozenset(keep) - (_WEAK_EXACT - {"cấp"})  # 'cấp ủy' keeps its 'cấp': 'ủy' alone would be any committee


def same_body(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two bodies' words name one body: one within the other ('Công an' / 'Công an huyện'), or
    one written in initials of the other ('MTTQ' / 'Mặt trận Tổ quốc', 'Mặt trận' its start)."""
    if not a or not b or a <= b or b <= a:
        return True
    ia = {fold(w) for w in a if len(w) >= 2 and w.isalpha() and not any(ch in "aeiouy" for ch in fold(w)[1:])}  # 'mttq'
    ib = {fold(w) for w in b if len(w) >= 2 and w.isalpha() and not any(ch in "aeiouy" for ch in fold(w)[1:])}
    for short, other in ((ia, b), (ib, a)):
        for abbr in short:
            firsts = [fold(w)[0] for w in other]
            if sorted(abbr) == sorted(firsts) or (len(other) >= 2 and set(firsts) <= set(abbr)):
                return True
    return False


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
        # a bullet: its subject may be in the list's lead-in above (a paragraph ending with ':'),
        # never in a sibling bullet, which speaks of its own body
        end = para - 1
        while end > 0 and text[end - 1] == "\n":
            end -= 1
        while True:
            prev = text.rfind("\n", 0, end) + 1
            if not _BULLET.match(text[prev:prev + 8]) or prev == 0:
                break
            end = prev - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1
        if not text[:end].rstrip().endswith(":"):
            return None
        pos = end
    return None


def _clean_action(phrase: str, subject: str) -> str:
    if subject and phrase.lower().startswith(subject.lower()):
        phrase = phrase[len(subject):]
    phrase = re.split(r"[”\"»]", phrase)[-1]  # the tail of a quoted name before the verb
    phrase = _DATES.sub(" ", phrase)
    phrase = re.sub(r"^\s*(trong|đến|tính|tính đến|từ đầu năm|lũy kế)?\s*[,;:]\s*", "", phrase, flags=re.I)  # 'Trong năm 2021, …'
    phrase = " ".join(phrase.split())
    phrase = _ASPECT.sub("", phrase).strip(" ,;:")
    phrase = re.sub(r"^[\d\W]+(?:với\b\s*)?", "", phrase)  # '2020-2025 với': the tail of a name before it
    for _ in range(3):
        phrase = _FRAME.sub("", phrase).strip(" ,;:")
    return phrase


_TAIL = re.compile(r"\s*\b(đối với|với|cho|của|là|được|đạt|khoảng|trên|gần|hơn|dưới|tới|đến|tổng số|tổng cộng|"
                   r"gồm|có|số|bằng|ước|ước tính|ước thực hiện|thực hiện|ước đạt)\s*$", re.I)
# Numbers that date a statement, not figures of it: '6 tháng', 'quý I', 'năm 2025', 'ngày 30/6/2025'.
_DATES = re.compile(r"\b(đến\s+)?(ngày\s+)?" + DATES.pattern + r"|\b\d{1,2}\s+tháng\b|\b(năm\s+)?(19|20)\d{2}\b"
                    r"|\bquý\s+[IV\d]+\b", re.I)
# A stock stated rather than an act: '<body> (hiện) có N …' or 'tổng số … là N …' right before the figure.
_STOCK = re.compile(r"(?:^|\s)(?:hiện(?: nay)?\s+)?có\s*$|^\s*tổng số\b[^,;]*\blà\s*$", re.I)
# Where a statement starts inside a sentence: after ';', a bracket, a colon or 'trong đó'.
_SEGMENT = re.compile(r"[;(:]|\btrong đó\b", re.I)
# An earlier figure of the same statement with what follows it up to 'và' or a comma: '01 tổ chức đảng và '.
_EARLIER = re.compile(r"\d[\d.,]*%?(\s+[^\W\d_]+){0,4}\s*(,|\bvà\b)\s*$")


def _segment_text(report: Report, f: Figure) -> str:
    """The figure's comma clause as written, from its start ('trong đó kết nạp 37 …')."""
    before = report.text[f.quote_start:f.start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("("))
    return before[cut + 1:]


def _segment(report: Report, f: Figure) -> str:
    """The statement's words before the figure: from the last ';', bracket, colon or 'trong đó' of its
    sentence ('Giá trị sản xuất nông, lâm, thủy sản quý I ước đạt' keeps its commas)."""
    before = report.text[f.quote_start:f.start]
    cut = [m.end() for m in _SEGMENT.finditer(before)]
    return before[cut[-1]:] if cut else before


def _clause_verb(report: Report, f: Figure, subject: str) -> str:
    """The words of the figure's statement before it, subject and function words at the ends left out
    ('kiểm tra khi có dấu hiệu vi phạm' of '… kiểm tra khi có dấu hiệu vi phạm đối với 01 tổ chức đảng
    và 04 đảng viên'): the whole statement when it holds no earlier figure, else the figure's clause,
    else the statement with the earlier figures taken off its end."""
    segment = _segment(report, f)
    # (a number that is no figure, 'trẻ dưới 1 tuổi', is part of the words)
    if not find_quantities(_DATES.sub(" ", segment)):
        return _tidy(segment, subject)
    at = report.text.find(f.context, f.quote_start, f.quote_end) if f.context else -1
    while at >= 0 and not at <= f.start < at + len(f.context):  # the same words may stand twice
        at = report.text.find(f.context, at + 1, f.quote_end)
    own = _tidy(re.split(r"[(:]", report.text[at:f.start])[-1], subject) if at >= 0 else ""
    if own:
        return own
    for _ in range(4):
        segment = _EARLIER.sub("", segment)
    return "" if find_quantities(_DATES.sub(" ", segment)) else _tidy(_DATES.sub(" ", segment), subject)


def _tidy(phrase: str, subject: str) -> str:
    numbers = find_quantities(_DATES.sub(lambda m: " " * len(m.group(0)), phrase))
    if numbers:  # 'Thành lập mới 12 doanh nghiệp với tổng vốn đăng ký': what this figure is, after the other
        tail = phrase[numbers[-1].end:]
        joint = re.search(r"\b(với|cho|và|của|trong đó|gồm|tại)\b", tail)
        # else skip the earlier figure's unit ('03 vụ ngộ độc thực phẩm làm' → 'ngộ độc thực phẩm làm')
        phrase = tail[joint.end():] if joint else tail[len(read_measure(tail).text):]
    for _ in range(3):
        phrase = _TAIL.sub("", phrase)
    phrase = _clean_action(phrase.strip(" ,;-–+"), subject)
    for _ in range(2):
        phrase = _TAIL.sub("", phrase)
    return phrase if any(ch.isalpha() for ch in phrase) and len(phrase.split()) <= 14 else ""


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


def _sentence_lead(report: Report, f: Figure, subject: str) -> str:
    """What the sentence is about: its words before its first number ('Tổng thu ngân sách nhà nước
    trên địa bàn 6 tháng ước thực hiện')."""
    head = re.split(r"\d", _DATES.sub(" ", _segment(report, f)), maxsplit=1)[0]
    head = _clean_action(re.sub(r"^[\s\-–+•]+", "", head), subject)
    for _ in range(3):
        head = _TAIL.sub("", head)
    return " ".join(head.split()[:10])


def read_indicator(report: Report, f: Figure) -> Indicator:
    ind = _read(report, f)
    statement = report.text[f.quote_start:f.quote_end]
    before = statement[:f.start - f.quote_start]
    end = statement.find(";", f.end - f.quote_start)
    return replace(ind, statement=statement[before.rfind(";") + 1:end if end >= 0 else None])


def _read(report: Report, f: Figure) -> Indicator:
    if report.text.startswith(ROW_MARK, f.quote_start):
        # a table cell: its row label (and its column, when that names more than 'Thực hiện') is what it
        # measures; the body is the row's when the label names one
        name = f.context.split(" – ")[0]
        subj = subject_at(name)
        subject = "" if subj is None or subj.scope else subj.text
        column = f.context.split(" – ", 1)[1] if " – " in f.context else ""
        # 'So với kế hoạch (%)' is a rate of the plan; 'Tỷ lệ hộ nghèo (%)' a rate of its own
        rate_of = column if f.unit == "%" and re.search(r"\b(kế hoạch|dự toán|chỉ tiêu)\b", column, re.I) else ""
        if rate_of:  # 'So với kế hoạch (%): 96,9' of 'Số bác sĩ/vạn dân': read as 'đạt 96,9% kế hoạch'
            return Indicator(subject, subject_terms(subject), f"đạt … {rate_of}", name, "%", rate_of, "")
        return Indicator(subject, subject_terms(subject), f.context,
                         "" if f.unit in ("%", "đồng", "USD") else comparable_unit(f.unit), f.unit, "", "")
    subj = subject_in_force(report, f.start)
    subject = "" if subj is None or subj.scope else subj.text.strip()
    terms = subject_terms(subject)
    unit = f.unit
    verb = f.indicator[:-len(f.unit)].strip() if f.unit and f.indicator.endswith(f.unit) else f.indicator
    own = _clause_verb(report, f, subject)
    if own and fold(verb) != "trong do":
        verb = own  # the whole verb phrase of its clause, not only its last words
    after_obj, qualifier = _after_object(report, f)
    if unit in ("%", "đồng", "USD"):  # '48,2% dự toán': what follows a rate or an amount qualifies it
        qualifier, after_obj = f"{after_obj} {qualifier}".strip(), ""
    # what is counted, in one word for one thing: '6.842 đồng chí' of a party committee counts members
    obj = comparable_unit(unit) if unit not in ("%", "đồng", "USD") else ""
    if after_obj and obj:
        obj = f"{obj} {after_obj}"
    if verb.lower() == "trong đó":
        return Indicator(subject, terms, f"trong đó {qualifier}".strip(), obj, unit, qualifier,
                         _clean_action(f.group, subject) or "tổng")
    action = _clean_action(verb, subject)
    if obj and _STOCK.search(_segment_text(report, f)) and not re.match(r"\s*trong đó\b", _segment_text(report, f), re.I):
        action = ""  # a count held, not an act done: '(hiện) Đảng bộ có 6.897 đảng viên', 'tổng số … là 6.842'
    if unit == "%" and fold(action) in _RELATION:
        # 'bằng 48,2% dự toán': a rate of the figure the sentence opens with, against what follows it
        return Indicator(subject, terms, f"{action} … {qualifier}".strip(" …"), _sentence_lead(report, f, subject),
                         unit, qualifier, "")
    group = _clean_action(f.group, subject) if f.group and fold(f.group) != fold(verb) else ""
    if fold(group) in _RELATION or not any(ch.isalpha() for ch in group):
        group = ""
    if not group and re.match(r"\s*trong đó\b", _segment_text(report, f), re.I):
        # '… kết nạp 1.905 đảng viên, đạt 86,6% …, trong đó kết nạp 37 đảng viên là chủ doanh nghiệp':
        # a part of a total, whatever verb it repeats
        total = _clean_action(f.group, subject) if f.group else ""
        group = total if total and fold(total) not in _RELATION else "tổng số"
        action = f"{action} {qualifier}".strip()
    return Indicator(subject, terms, action, obj, unit, qualifier, group)


def compatible(a: Indicator, b: Indicator) -> bool:
    """Whether two figures may be the same indicator at all; the comparison scores those that may."""
    if comparable_unit(a.unit) != comparable_unit(b.unit):
        return False
    if bool(a.part_of) != bool(b.part_of):
        return False  # a breakdown item is never the total
    pa, pb = _folded(a.part_of), _folded(b.part_of)
    if pa and pb and not (pa & pb):
        return False  # parts of two different totals
    if not same_body(a.subject_terms, b.subject_terms):
        return False  # two different bodies
    rate_a, rate_b = _is_rate(a), _is_rate(b)
    if rate_a != rate_b:
        return False  # a rate of plan is not a rate stated for its own sake
    # a share written before its thing ('78,5% dân số đã có hồ sơ sức khỏe điện tử') names it after
    act = lambda i: _folded(f"{i.action} {i.qualifier}" if i.unit == "%" and not i.object else i.action)  # noqa: E731
    wa, wb = act(a) - a.subject_terms - _LINKING, act(b) - b.subject_terms - _LINKING
    share_a, share_b = (i.unit == "%" and not i.object and bool(i.qualifier) for i in (a, b))
    if share_a and share_b:
        qa, qb = _folded(a.qualifier), _folded(b.qualifier)
        if len(qa & qb) < 0.5 * len(qa | qb):
            return False  # '100% bệnh viện … triển khai thanh toán …' is not '100% bệnh viện … sử dụng đơn thuốc …'
    if not rate_a and wa and wb and not (wa & wb):
        return False  # different acts on the same thing ('kiểm tra' vs 'xử phạt')
    ea, eb = _extension(a) - _folded(b.action), _extension(b) - _folded(a.action)
    if ea and eb and not (ea & eb):
        return False  # 'mô hình kinh tế tập thể' is not 'mô hình truyền thông'
    if rate_a:
        qa, qb = _folded(a.qualifier), _folded(b.qualifier)
        if qa and qb and not (qa & qb):
            return False  # '% dự toán' is not '% kế hoạch' nor '% so với cùng kỳ'
        if not (_folded(a.object) & _folded(b.object)):
            return False  # rates of two different things
    return True


# Verbs that only link a figure to its thing, no act of their own: 'bình quân 12,6 bác sĩ/vạn dân',
# 'tương đương 32,8 giường bệnh/vạn dân', 'ghi nhận 642 ca mắc', 'xảy ra 03 vụ'.
_LINKING = {"bình", "quân", "tương", "đương", "ước", "đạt", "tính", "khoảng", "chiếm", "bằng", "ghi", "nhận", "xảy",
            "ra", "hiện", "lên", "tới", "thực"}  # 'thực hiện 30.520 ca phẫu thuật': a light verb


def _is_rate(i: Indicator) -> bool:
    """A rate of a base ('bằng 48,2% dự toán', 'tăng 10,5% so với cùng kỳ'); 'đạt 47,9%' with no base
    after it is the level of what it follows ('Tiêm chủng đầy đủ cho 9.842 trẻ …, đạt 47,9%')."""
    relation = fold(i.action.split(" …")[0])
    if i.unit != "%" or relation not in _RELATION:
        return False
    return bool(i.qualifier) or relation not in ("dat", "uoc dat", "la", "dat ty le", "uoc dat ty le")


is_rate = _is_rate  # a rate of a base ('đạt 96,9% kế hoạch'), not a rate for its own sake


def _extension(i: Indicator) -> set[str]:
    """The words that make the object specific: 'kinh tế tập thể' of 'mô hình kinh tế tập thể'."""
    return _folded(i.object) - _folded(i.unit)


def specificity_gap(a: Indicator, b: Indicator) -> float:
    """How much less likely two compatible figures are one indicator (a factor ≤ 1): each names words
    the other lacks ('trung học cơ sở' vs 'trung học phổ thông'), or one side is more specific
    ('08 mô hình' vs '09 mô hình kinh tế tập thể', 'vụ Đông Xuân' vs 'cả năm')."""
    wa, wb = _content(a), _content(b)
    na, nb = _names(a), _names(b)
    if na and nb and not (na & nb):
        return 0.75  # 'vụ Đông Xuân' and 'vụ Hè Thu'; or 'Tết Tân Sửu' and 'Xuân ấm' of one programme
    if wa - wb and wb - wa:
        return 0.85  # each names something the other does not
    ea, eb = _extension(a) - _folded(b.action), _extension(b) - _folded(a.action)
    if bool(ea) != bool(eb) or _proper(a) - wb or _proper(b) - wa:
        return 0.9  # one side is more specific: a named crop, a kind of the thing
    return 1.0


def _names(i: Indicator) -> set[str]:
    """Proper names in the figure's statement besides its body's ('Đông Xuân', 'Hè Thu', 'OCOP' is
    initials, not counted): what tells one season, programme or place from another."""
    words = re.findall(r"[^\W\d_]+", i.statement)
    out = set()
    for k, w in enumerate(words[1:], 1):
        if w[:1].isupper() and not w.isupper():
            out.add(w.lower())
    return out - i.subject_terms - {w.lower() for w in i.subject.split()} - _WEAK_EXACT


def _proper(i: Indicator) -> set[str]:
    """Capitalised words inside the phrase (not its first): names such as 'Đông Xuân', 'Hè Thu'."""
    words = f"{i.action} {i.object} {i.qualifier}".split()
    return {w.lower() for w in words[1:] if w[:1].isupper() and w.isalpha()} - i.subject_terms


# Words of a period or an estimate, said differently from report to report ('6 tháng ước', 'cả năm').
_PERIOD_WORDS = {"tháng", "năm", "ước", "thực", "hiện", "đầu", "cuối", "qua", "quý", "kỳ", "cả", "nay", "đạt", "bằng",
                 "tăng", "giảm", "mới", "toàn", "huyện", "tỉnh"}


def _content(i: Indicator) -> set[str]:
    return {w for w in _folded(f"{i.action} {i.object}") - i.subject_terms - _PERIOD_WORDS if w.isalpha()}


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
