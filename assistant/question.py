"""Understand a question: its kind (figure, summary, compare, general), its terms (folded, with
English questions mapped to report vocabulary), what a figure counts ('bao nhiêu đảng viên'),
and elliptical follow-ups ("Còn cách chức thì sao?")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from index.measure import read_measure
from index.textnorm import fold, normalize_unicode
from index.vntext import FOLDED_STOPWORDS, STOPWORDS, segment, syllables

from .short_answer import short_kind
from .subjects import Subject, coordinated, question_subject
from .noise import noise_words

_FIGURE_VI = re.compile(r"bao nhiêu|\bmấy\b|tỷ lệ|tỉ lệ|số lượng|tổng số|phần trăm|\bsố\s+(đảng viên|tổ chức|vụ|lượt|người|hội viên|đoàn viên|mô hình|tiền)|là bao nhiêu", re.I)
_FIGURE_FOLDED = re.compile(r"\bbao nhieu\b|\bty le\b|\bti le\b|\bso luong\b|\btong so\b|\bphan tram\b")
_FIGURE_EN = re.compile(r"\bhow many\b|\bhow much\b|\bwhat percentage\b|\bnumber of\b|\bwhat share\b|\bproportion\b", re.I)
_TARGET = re.compile(r"\b(?:mục tiêu|chỉ tiêu|kế hoạch|phấn đấu|muc tieu|chi tieu|ke hoach)\b", re.I)
_RESULT = re.compile(r"\b(?:thực tế|đạt được|thực hiện được|kết quả|đã đạt|thuc te|dat duoc|ket qua)\b", re.I)
_SHARE_OF_PLAN = re.compile(r"(?:bao nhiêu|mấy|bao nhieu|may)\s+(?:so với|so voi)\s+(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|"
                            r"du toan|ke hoach|chi tieu|muc tieu)", re.I)
RATE = ["phan", "tram"]  # the unit of an ask for a rate, as _unit reads 'bao nhiêu phần trăm'
_PERCENT = re.compile(r"\b(ty le|ti le|phan tram|percentage|percent|proportion|share)\b")
_UNIT = re.compile(r"\b(?:bao nhieu|may|so luong)\s+((?:[a-z]+\s*){1,2})")
_UNIT_VI = re.compile(r"\b(?:bao nhiêu|mấy|số lượng)\s+", re.I)
# Words that say a figure is wanted ("tỷ lệ", "phần trăm"); they are not the topic.
# ("báo cáo" names the document asked about, never its content.)
_FIGURE_WORDS = re.compile(r"\b(tỷ lệ|tỉ lệ|phần trăm|số lượng|tổng số|ty le|ti le|phan tram|so luong|tong so|báo cáo|bao cao)\b", re.I)
# How the question is asked, not what it asks about: never a topic, never a reason to refuse.
META = re.compile(
    r"\b(hãy\s+)?(tóm tắt|tom tat|tóm lược|khái quát|liệt kê|liet ke|kể tên|ke ten|cho biết|cho biet|nêu rõ|"
    r"(có\s+)?thay đổi\s+(như\s+)?(thế nào|ra sao|gì)|(co\s+)?thay doi\s+(nhu\s+)?(the nao|ra sao|gi)|"
    r"giữa\s+(hai|các|những|ba)?\s*(báo cáo|kỳ)|giua\s+(hai|cac|nhung|ba)?\s*(bao cao|ky)|"
    r"(trong|ở|của|theo)?\s*(mỗi|từng|cả hai|cả ba)\s+(báo cáo|kỳ báo cáo|kỳ)|"
    r"(trong|o|cua|theo)?\s*(moi|tung|ca hai|ca ba)\s+(bao cao|ky bao cao|ky)|"
    r"(được\s+)?ghi nhận|(duoc\s+)?ghi nhan|được ghi|rút ra|rut ra|gồm những gì|gom nhung gi|"
    # 'toàn tỉnh có tổng cộng mấy …': the whole of the report's scope, a total: framing, not topic
    r"tổng cộng|tong cong|"
    # question words: what kind of answer is wanted, never what it is about
    r"bao lâu|bao lau|bao giờ|bao gio|bao xa|vì sao|vi sao|tại sao|tai sao|"
    r"bao gồm những gì|là những gì|la nhung gi|chiếm|chiem|"
    # '… của A và B lần lượt là bao nhiêu': 'respectively' orders the answer, names nothing
    r"lần lượt|lan luot|"
    # 'tháng 10 vừa rồi': when, said as the asker sees it; the period named says it
    r"vừa rồi|vừa qua|gần đây|mới đây|vua roi|vua qua|gan day|moi day)\b", re.I)
_PER_REPORT = re.compile(r"\b(mỗi|từng|cả hai|cả ba|moi|tung|ca hai|ca ba)\s+(báo cáo|kỳ|bao cao|ky)\b", re.I)
# The standard sections of an assessment or a plan hold lists: a question led by their noun asks for the list.
LIST_NOUNS = re.compile(
    r"^(hãy\s+)?(nêu\s+|cho biết\s+)?(những|các|một số|mấy)?\s*(nhiệm vụ|giải pháp|hạn chế|nguyên nhân|bài học|"
    r"đột phá|kiến nghị|đề xuất|phương hướng|ưu điểm|khuyết điểm|tồn tại|khó khăn|yếu kém|mục tiêu|chỉ tiêu|"
    r"nhiem vu|giai phap|han che|nguyen nhan|bai hoc|dot pha|kien nghi|de xuat|phuong huong|uu diem|ton tai|"
    r"kho khan|yeu kem|muc tieu|chi tieu)\b", re.I)
_LIST_WORDS = (r"nhiệm vụ|giải pháp|hạn chế|nguyên nhân|bài học|đột phá|kiến nghị|đề xuất|đề nghị|phương hướng|ưu điểm|"
               r"khuyết điểm|tồn tại|khó khăn|vướng mắc|yếu kém|mục tiêu|yêu cầu")
# 'UBND tỉnh nêu những khó khăn, vướng mắc gì …', 'Sở … kiến nghị Bộ … những gì?': a list asked mid-question
# 'rút ra bài học kinh nghiệm gì?', 'còn hạn chế gì?': the list noun asked by 'gì' closing the question
# ('những nhóm nhiệm vụ, giải pháp … nào': a classifier noun may stand between)
# list nouns that are verbs addressed to someone too ('kiến nghị gì với …', 'đề xuất … những giải pháp gì')
LIST_VERBS = r"kiến nghị|đề xuất|đề nghị|yêu cầu"
LIST_ANYWHERE = re.compile(rf"\b(những|các|một số)\s+(?:(?:nhóm|loại)\s+)?({_LIST_WORDS})\b|\b({_LIST_WORDS})\b[^?.]*\bnhững\s+(gì|nội dung gì|vấn đề gì)"
                           rf"|\b({_LIST_WORDS})(?:\s+[^\W\d_]+){{0,2}}\s+gì\b(?:\s+qua\b[^?]*)?\s*[?.]*\s*$"
                           # ('… đề xuất gì với Tỉnh ủy, UBND tỉnh?': what is proposed to whom)
                           rf"|\b({LIST_VERBS})\s+(?:những\s+)?gì\s+(?:với|đối với|lên|cho)\s", re.I)
# 'tập trung vào những nội dung nào', 'gồm những việc gì': a list named by a generic noun, placed by the
# question's other words (assistant.listing.topic_list)
GENERIC_LIST = re.compile(r"\b(?:nêu|neu)\s+những\s+(?:gì|điều gì)\b"  # 'báo cáo nêu những gì …'
                          r"|\b(?:những|các|nhung|cac)\s+(?:nội dung|công việc|việc|mặt|vấn đề|hoạt động|lĩnh vực|"
                          r"nhóm|biện pháp|noi dung|cong viec|viec|mat|van de|hoat dong|linh vuc|nhom|bien phap)"
                          r"(?:\s+(?:chính|chủ yếu|trọng tâm|cụ thể|nổi bật|chinh|chu yeu|trong tam|cu the|noi bat))?"
                          r"\s+(?:nào|gì|nao|gi)\b", re.I)
# 'Những chỉ tiêu nào không đạt kế hoạch?', 'xã nào … cao nhất': rows of a table chosen by their values,
# not the items of a section (assistant.table_query)
_ROWS_ASKED = re.compile(r"\bnào\b.*\b(?:không|chưa)\s+(?:đạt|hoàn thành)\b|\b(?:cao|thấp|lớn|nhỏ)\s+nhất\b", re.I)
_YES_NO = re.compile(r"\b(?:không|chưa|khong|chua)\s*[?.!]*\s*$", re.I)
_SUMMARY = re.compile(r"^(hãy\s+)?(tóm tắt|tom tat|khái quát|khai quat|tóm lược|summari[sz]e|summary of|sum up)\b", re.I)
# 'giá so sánh 2010' is the statisticians' constant prices, not a request to compare
_COMPARE = re.compile(r"(?<!giá )(?<!gia )\b(so sánh|so sanh|compare|đối chiếu|doi chieu)\b(?!\s+(?:năm\s+)?(?:19|20)\d\d\b)", re.I)
# "… thay đổi thế nào giữa hai báo cáo": how a figure moved from one report to another.
_CHANGE = re.compile(r"\b(thay đổi|biến động|chênh lệch|khác nhau|thay doi|bien dong|chenh lech|khac nhau)\b.*"
                     r"\b(giữa|giua)\b.*\b(báo cáo|bao cao|kỳ|ky)\b", re.I)
# 'Số đảng viên bị kỷ luật qua các kỳ báo cáo?', 'Diễn biến tỷ lệ hộ nghèo': one figure over the reports.
# A figure is asked for: 'số …', 'bao nhiêu', 'tỷ lệ' (not 'Vai trò của Đảng qua các giai đoạn').
FIGURE_ASKED = re.compile(r"\b(số|bao nhiêu|mấy|tỷ lệ|tỉ lệ|số lượng|tổng số|phần trăm)\b", re.I)
_TREND_WORDS = re.compile(r"\bqua (các|từng|những) (kỳ báo cáo|kỳ|năm|báo cáo|thời kỳ|giai đoạn|quý|đợt)\b|\btheo (các|từng) kỳ\b"
                          r"|\b(diễn biến|xu hướng|xu thế)\b", re.I)


def asks_trend(text: str) -> bool:
    """'Số đảng viên bị kỷ luật qua các kỳ báo cáo?', 'Diễn biến tỷ lệ hộ nghèo': a figure over the reports."""
    return bool(FIGURE_ASKED.search(text) and _TREND_WORDS.search(text))
_FOLLOW_START = re.compile(r"^(còn|thế còn|vậy còn|the con|vay con|con|what about|how about|and)\b\s*", re.I)
_FOLLOW_END = re.compile(r"\s*(thì sao|thế nào|ra sao|thi sao|the nao)?\s*[?.!]*\s*$", re.I)
PERIOD = re.compile(r"(?:(?:nhiệm kỳ|giai đoạn|năm học|nhiem ky|giai doan|nam hoc)\s+\d{4}\s*[-–]\s*\d{4}|(?:\d+|sáu|chín|ba|sau|chin)\s+tháng\s+(?:(?:đầu|cuối)\s+)?năm|(?:\d+|sau|chin)\s+thang\s+(?:(?:dau|cuoi)\s+)?nam|(?:\d+|sáu|chín|sau|chin)\s+(?:tháng|thang)(?:\s+(?:đầu|cuối|dau|cuoi))?(?=\s+(?:19|20)\d{2}\b)|quý\s+[IV\d]+(?:\s+năm)?|tháng\s+\d{1,2}(?:\s+năm)?|thang\s+\d{1,2}(?:\s+nam)?|(?=năm\s+\d)năm|(?=nam\s+\d)nam)(?:(?:\s+|/)\d{4})?", re.I)
_EN_STOP = noise_words("english_stop")
_EN_MARKERS = noise_words("english_marker")


@dataclass
class Question:
    text: str  # as typed
    standalone: str  # what retrieval searches for
    kind: str  # signer | document | summary | compare | figure | list | short | general
    focus: list[str]  # folded terms the evidence must match
    context: list[str] = field(default_factory=list)  # weaker terms carried from the previous turn
    english: bool = False
    words: list[str] = field(default_factory=list)  # pyvi compounds of the (translated) question
    percent: bool = False  # asks for a rate: the answer must be a percentage
    plan_and_result: bool = False  # 'Mục tiêu … là bao nhiêu và thực tế đạt được bao nhiêu?': the target and the result
    unit: list[str] = field(default_factory=list)  # what the figure counts, folded: ['dang', 'vien']
    untranslated: list[str] = field(default_factory=list)  # English words with no report vocabulary
    accented: bool = True  # terms keep diacritics (the question was typed with them)
    reports: list[str] | None = None  # the reports the question (or its conversation) is about
    display: str | None = None  # the standalone question as shown to the user (periods kept)
    period_scoped: bool = False  # the reports were chosen by a period named in the question
    subject: Subject | None = None  # the body asked about ('Ban Thường vụ Tỉnh ủy'), when the question names one
    others: list = field(default_factory=list)  # bodies joined to it ('… và Phòng Tài nguyên và Môi trường')
    more_units: list = field(default_factory=list)  # what a second ask counts ('… và bao nhiêu ngày công')
    per_report: bool = False  # 'trong mỗi báo cáo': one answer per report
    listing: bool = False  # 'Những hạn chế … là gì?': the items of the section that holds them
    asked: list[str] = field(default_factory=list)  # folded words a figure's sentence must hold: what is done, what is counted
    counted: list[str] = field(default_factory=list)  # folded words of what 'bao nhiêu' counts ('giay phep xay dung')
    action: list[str] = field(default_factory=list)  # folded words of the action before 'bao nhiêu' ('giam sat')
    money: bool = False  # asks for an amount of money ('tổng số tiền', 'bao nhiêu tiền', 'kinh phí')
    required: list[str] = field(default_factory=list)  # folded names and numbers a figure's passage must hold
    topic: str = ""  # what a comparison is about ('số đảng viên bị kỷ luật'), for kind 'compare'
    length: str = ""  # how long a summary should be: 'short' ('ngắn'), 'detailed' ('chi tiết') or ''


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


def has_diacritics(text: str) -> bool:
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


def is_english(text: str) -> bool:
    words = re.findall(r"[A-Za-z']+", text.lower())
    if not words or has_diacritics(text):
        return False
    return sum(w in _EN_MARKERS for w in words) >= 2


def translate_terms(text: str) -> tuple[str, list[str]]:
    """Report vocabulary for an English question's phrases (longest first), and the content
    words left without a translation."""
    low = f" {text.lower()} "
    found: list[str] = []
    for en, vi in _glossary():
        pattern = rf"(?<![a-z]){re.escape(en)}(?![a-z])"
        if re.search(pattern, low):
            found.append(vi)
            low = re.sub(pattern, " ", low)
    rest = [w for w in re.findall(r"[a-z]+", low) if w not in _EN_STOP and len(w) > 2 and not w.isdigit()]
    return ", ".join(found), rest


# The words that ask for a time ('trong khoảng thời gian nào', 'vào thời điểm nào'): what is asked
# for, not what the passage is about (the answer holds a date, not the word 'thời gian')
_ASKING = re.compile(r"\b(?:(?:trong|vào|vao)\s+)?(?:(?:khoảng|khoang)\s+)?(?:thời|thoi)\s+(?:gian|điểm|hạn|diem|han)\s+(?:nào|nao)\b|"
                     r"\b(?:giai đoạn|giai doan|ngày|ngay)\s+(?:nào|nao)\b", re.I)


def content_terms(text: str) -> list[str]:
    """Syllables without question words, plus bigrams of adjacent content syllables; with
    diacritics if the text has them, folded otherwise."""
    terms: list[str] = []
    # Bigrams never cross punctuation: "đảng viên, thi hành" has no "vien_thi".
    # 'toàn tỉnh', 'cả nước' say how widely, not what: left out unless they are all there is
    scoped = _SCOPE_WORDS.sub("|", text) if _SCOPE_WORDS.search(text) and _SCOPE_WORDS.sub("", text).strip(" ?,.") else text
    for run in re.split(r"[,.;:?!()|\[\]\n]+", _FIGURE_WORDS.sub("|", META.sub("|", _ASKING.sub("|", scoped)))):
        terms.extend(_run_terms(run, has_diacritics(text)))
    return list(dict.fromkeys(terms))


def _run_terms(text: str, accented: bool) -> list[str]:
    raw = syllables(text)
    if accented:
        stop = [s in STOPWORDS for s in raw]
    else:
        stop = [s in FOLDED_STOPWORDS or (s == "bao" and nxt == "nhieu") for s, nxt in zip(raw, raw[1:] + [""])]
    sy = raw if accented else [fold(s) for s in raw]
    keep = [s for s, st in zip(sy, stop) if not st]
    bigrams = [f"{a}_{b}" for (a, sa), (b, sb) in zip(zip(sy, stop), zip(sy[1:], stop[1:])) if not sa and not sb]
    return keep + bigrams


def compounds(text: str) -> list[str]:
    """Multi-syllable words (pyvi) of the question, question words left out."""
    plain = _FIGURE_WORDS.sub(",", META.sub(",", text))
    return [w for w in segment(plain) if "_" in w and w not in STOPWORDS]


_WHY = re.compile(r"^(vì sao|tại sao|vi sao|tai sao|why|do đâu|lý do|ly do)\b", re.I)
# 'người ký cam kết', 'ai ký kết hợp đồng', 'bao nhiêu người ký': signing something else, or counting
_NOT_SIGNER = re.compile(r"\bký\s+(kết|cam kết|hợp đồng|ket|cam ket|hop dong)\b|\b(bao nhiêu|mấy|bao nhieu|may)\b", re.I)
_SIGNER = re.compile(r"\b(ai|người)\s+(đã\s+)?ký\b|\bai\s+ky\b|\bnguoi\s+ky\b|who signed|ký tên|chữ ký", re.I)
# the report itself asked for its number or date (not a decision or a plan it cites: 'kế hoạch số mấy')
_DOCUMENT = re.compile(r"\bbáo cáo\b(?:(?!\b(?:quyết định|nghị quyết|kế hoạch|văn bản|thông tư|chỉ thị|công văn|"
                       r"hướng dẫn)\b)[^?])*?\b(?:có số hiệu|số hiệu|ký hiệu|số mấy|số bao nhiêu|"
                       r"ký ngày nào|ký vào ngày nào|ban hành ngày nào|ban hành vào ngày nào|đề ngày nào|ngày ban hành)\b"
                       # ('Số hiệu báo cáo … là gì?', 'Ngày ban hành của báo cáo …?': the ask before the report)
                       r"|^\s*(?:số hiệu|ký hiệu|ngày ban hành|ngày ký)\s+(?:của\s+)?(?:bản\s+)?báo cáo\b", re.I)
_OTHER_DOCUMENT = re.compile(r"\b(?:luật|nghị định|quyết định|nghị quyết|kế hoạch|thông tư|chỉ thị|công văn)\s+(?:số\b|[A-ZĐ])", re.I)
_COMPARE_NOISE = re.compile(
    r"\b(so sánh|so sanh|compare|đối chiếu|giữa|hai|các|báo cáo|bao cao|với|voi|và|số liệu|về|trong|của|"
    r"(có\s+)?thay đổi\s+(như\s+)?(thế nào|ra sao|gì)|biến động|chênh lệch|khác nhau|"
    r"qua (các|từng|những) (kỳ báo cáo|kỳ|năm|báo cáo|thời kỳ|giai đoạn|quý|đợt)|theo (các|từng) kỳ|diễn biến|xu hướng|xu thế|"
    r"tăng hay giảm|tăng giảm|như thế nào|thế nào|ra sao|bao nhiêu|số lượng|tình hình)\b", re.I)


def asked_length(text: str) -> str:
    """'Tóm tắt ngắn …' -> 'short', 'Tóm tắt chi tiết …' -> 'detailed', else ''."""
    low = text.lower()
    if re.search(r"ngắn|ngan|brief|short", low):
        return "short"
    if re.search(r"chi tiết|chi tiet|detail", low):
        return "detailed"
    return ""


def compare_topic(text: str) -> str:
    """'So sánh số đảng viên bị kỷ luật giữa hai báo cáo' -> 'số đảng viên bị kỷ luật'."""
    topic = re.sub(r"\s*(?:và|với|,)\s*(?:năm\s+)?(?:19|20)\d{2}\b", " ", PERIOD.sub(" ", text))  # '… 2021 và 2022'
    topic = re.sub(r"\b(?:19|20)\d{2}\b", " ", topic)
    topic = _COMPARE_NOISE.sub(" ", topic)
    topic = re.sub(r"^\s*(tổng số|số lượng|số)\s+", "", topic, flags=re.I)  # 'Số đảng viên …': the count is implied
    return re.sub(r"\s+", " ", topic).strip(" ?.,:")




def kind_of(text: str) -> str:
    if _SIGNER.search(text) and not _NOT_SIGNER.search(text):
        return "signer"  # 'Ai ký báo cáo?': the signature block, whatever else the question says
    if (_DOCUMENT.search(text) and not re.match(r"\s*theo\b", text, re.I)
            and not _OTHER_DOCUMENT.search(text)):  # ('Luật … nhắc trong báo cáo … là luật số bao nhiêu')
        return "document"  # 'Báo cáo … có số hiệu gì, ký ngày nào?': the report's own number and date
    if _WHY.search(text.strip()):
        return "general"
    if _SUMMARY.search(text.strip()):
        return "summary"
    if asks_trend(text):
        return "trend"
    if _CHANGE.search(text) and re.match(r"^(số|số lượng|tổng số|so|so luong|tong so)\b", text.strip(), re.I):
        return "figure"  # how a count moved between reports: each report's figure, side by side
    if _COMPARE.search(text) or _CHANGE.search(text):
        return "compare"
    if short_kind(text) == "document":
        return "general"  # 'văn bản số mấy': a paper's number is a name, not a count
    if _FIGURE_VI.search(text) or _FIGURE_EN.search(text):
        return "figure"
    if not has_diacritics(text) and _FIGURE_FOLDED.search(fold(text)):
        return "figure"
    return "general"


def _unit(text: str) -> list[str]:
    """What the question counts: the words after 'bao nhiêu', read as a figure's unit is read
    (index.measure), so 'bao nhiêu tỷ đồng' and '38,9 tỷ đồng' agree."""
    m = _UNIT_VI.search(text)
    if m and re.match(r"\s*(?:và|hay|hoặc|so với|va|hoac|so voi)\b", text[m.end():], re.I):
        return []  # '… là bao nhiêu và thực tế …', '… so với dự toán': the ask ends there, no unit follows it
    if m:
        words = [w for w in read_measure(text[m.end():]).words() if w not in FOLDED_STOPWORDS]
        if words:
            return words[:2]
    m = _UNIT.search(fold(text))  # a question typed without diacritics
    if not m:
        return []
    words = [w for w in m.group(1).split() if w not in FOLDED_STOPWORDS]
    return words[:2]


def analyse(text: str, previous: Question | None = None) -> Question:
    text = normalize_unicode(text).strip()
    english = is_english(text)
    search_text, untranslated = text, []
    if english:
        vi, untranslated = translate_terms(text)
        search_text = f"{text} {vi}".strip()
        focus = content_terms(vi) if vi else []
        words = compounds(vi) if vi else []
    else:
        focus = content_terms(text)
        words = compounds(text)
    kind = kind_of(text)
    folded = fold(text)
    q = Question(text=text, standalone=search_text, kind=kind, focus=focus, english=english, words=words,
                 percent=bool(_PERCENT.search(folded)), unit=[] if english else _unit(text), untranslated=untranslated,
                 accented=english or has_diacritics(text),
                 per_report=bool(_PER_REPORT.search(text)) or (kind == "figure" and bool(_CHANGE.search(text))),
                 subject=None if english else question_subject(text),
                 # ('Có … nhiệm vụ nào … không?' asks yes or no, not for the list)
                 listing=kind == "general" and not _ROWS_ASKED.search(text) and not _YES_NO.search(text)
                 and bool(LIST_NOUNS.search(lead_stripped(text)) or LIST_ANYWHERE.search(text) or GENERIC_LIST.search(text)))
    if kind == "general" and q.listing:
        q.kind = "list"  # 'Những hạn chế … là gì?': the items of the section that holds them
    elif kind == "general" and short_kind(text):
        q.kind = "short"  # 'ai', 'khi nào', 'văn bản số mấy': a span first, then the quotes
    if q.subject is not None and _abbreviates_unit(q.subject.text, q.unit):
        q.subject = None  # 'CTTN … bao nhiêu công trình': the initials are the thing counted, no body
    if kind == "figure" and not english:
        q.others = coordinated(text, q.subject)
        bodies = text
        for other in q.others:  # the other bodies' names are who, not what is counted
            bodies = bodies.replace(other.text, " ")
        q.asked, q.counted = asked_words(bodies, q.subject)
        q.action = action_words(bodies, q.subject)
        q.money = bool(_MONEY_ASKED.search(text))
        asks = list(_UNIT_VI.finditer(text))
        q.more_units = [u for m in asks[1:] if (u := _unit(text[m.start():]))]
        # '… được bao nhiêu so với dự toán?': the amount and its share of the plan, as the report writes them
        # ('đạt 2.184,5 tỷ đồng, bằng 62,4% dự toán')
        if asks and not q.percent and _SHARE_OF_PLAN.match(text, asks[-1].start()):
            q.more_units.append(RATE)
        every_ask = list(re.finditer(r"\b(?:bao nhiêu|mấy)\b", text, re.I))  # ('… chiếm tỷ lệ bao nhiêu?')
        if len(every_ask) >= 2:
            # the target asked first, then what was achieved
            before, after = text[:every_ask[0].end()], text[every_ask[0].end():]
            q.plan_and_result = bool(_TARGET.search(before) and _RESULT.search(after))
        if q.percent and len(every_ask) >= 2:
            # 'có bao nhiêu hộ nghèo, chiếm tỷ lệ bao nhiêu?': a count first, then its rate; the rate
            # is the second ask, not a bound on the first
            first = re.split(r",|\s(?:và|va)\s", text[:every_ask[1].start()])[0]
            if not _PERCENT.search(fold(first)):
                q.percent = False
                if RATE not in q.more_units:
                    q.more_units.append(RATE)
        q.required = required_tokens(text)
    elif not english:
        q.required = required_tokens(text)  # the names that pick the thing asked about ('VLNCN', 'Hiệp Phú')
    if previous is not None and _is_follow_up(text, focus):
        fragment = _FOLLOW_END.sub("", _FOLLOW_START.sub("", text)).strip(" ,?")
        frag_src = translate_terms(fragment)[0] if english else fragment
        frag_focus = content_terms(frag_src) or focus
        q.focus = frag_focus
        q.context = [t for t in previous.focus + previous.context if t not in frag_focus]
        if q.kind == "general":  # its own words asked no list and no span
            # a follow-up of 'Ai ký …?' is asked of the reports, not of their signatures (and one of a
            # list or a short answer reads its own words: a list it names, a span it asks for)
            q.kind, q.percent = ("general" if previous.kind in ("signer", "list", "short") else previous.kind), previous.percent
            q.unit = previous.unit
        q.standalone = f"{fragment} ({previous.standalone})"
        q.words = compounds(frag_src)
        q.reports = previous.reports
        q.untranslated = []
    # read after a follow-up took its kind from the question before ('Còn … thì sao?')
    if q.kind in ("compare", "trend"):
        q.topic = compare_topic(text)
    if q.kind == "summary":
        q.length = asked_length(text)
    return q


# Words that name the kind of a body or place before its proper name ('Công ty TNHH Hiệp Phú',
# 'Sở Công Thương'): the name is what tells one from another.
_NAME_TYPES = noise_words("name_types")


def _in_name(words: list[str], i: int) -> bool:
    """A capitalised word inside a run of two or more ('Tằng Loỏng', 'Hoa Kỳ'): a proper name; one
    alone is more often a capitalised common noun ('Giấy phép', 'vụ Cháy nổ')."""
    cap = lambda j: 0 <= j < len(words) and words[j][:1].isupper() and not words[j][0].isdigit()
    return cap(i - 1) or cap(i + 1)


def required_tokens(text: str) -> list[str]:
    """The proper names and numbers of a 'bao nhiêu' question that pick one thing among its kind:
    'Khu công nghiệp Tằng Loỏng', 'Công ty TNHH Hiệp Phú', 'thị trường Hoa Kỳ', 'Gói thầu số 14',
    'sản phẩm 5 sao'. A figure of another thing ('7 khu công nghiệp … tổng diện tích 3.460 ha') is
    no answer. Folded; periods and years left out; the opening word is capitalised as a sentence start."""
    plain = re.sub(r"\([^()]*\)", " ", PERIOD.sub(" ", text))  # what a bracket adds only describes
    plain = re.sub(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", " ", plain)  # a date places, it does not pick
    out: list[str] = []
    for k, run in enumerate(re.split(r"[,;:?!()]", plain)):
        words = re.findall(r"[^\W_]+(?:[.,]\d+)*", run)
        for i, w in enumerate(words):
            if w[0].isdigit():
                if not re.fullmatch(r"(19|20)\d{2}", w):
                    out.append(w)
                continue
            # ('Ở Đại hội …': one capital letter opening the question is its first word, no initialism)
            if (k == 0 and i == 0 and not (w.isupper() and len(w) >= 2)) or not w[:1].isupper():
                continue
            prev = words[i - 1] if i > 0 else ""
            if w.isupper() and len(w) >= 2 and fold(w) not in _NAME_TYPES:
                out.append(fold(w))  # an initialism ('GRDP', 'OCOP') names a thing
            elif fold(w) not in _NAME_TYPES and _in_name(words, i):
                out.append(fold(w))
    return list(dict.fromkeys(out))


_HOW_MANY = re.compile(r"\b(bao nhiêu|bao nhieu|mấy)\b|\b(số lượng|tổng số)\b", re.I)


def _how_many(text: str) -> re.Match | None:
    """'bao nhiêu' / 'mấy' where the question has one ('… tổng số tiền bao nhiêu'), else 'tổng số'."""
    found = list(_HOW_MANY.finditer(text))
    return next((m for m in found if m.group(1)), found[0] if found else None)
# What ends the counted noun phrase after 'bao nhiêu': a verb marker, a preposition, a period.
_COUNTED_END = re.compile(r"[,;:?.!()]|\b(được|bị|đã|là|trong|của|ở|tại|với|khi|so|năm|tháng|mà|theo|cho|vào|đến|tính đến|về|"
                          r"thông qua|qua|từ|để|nhằm|thuộc|trên địa bàn|do|"
                          r"duoc|bi|da|la|trong|cua|o|tai|voi|khi|so|nam|thang|ma|theo|cho|vao|den|tinh den|"
                          r"thong qua|nham|thuoc|tren dia ban)\b", re.I)  # (folded "de", "tu" are also "đề", "tu")
_PASSIVE = re.compile(r"^\s*(?:đã\s+|da\s+)?(?:được|bị|duoc|bi)\s+([^,;:?.!()]+)", re.I)
_ASPECT = {"da", "duoc", "bi", "co", "se", "la", "the", "nao", "thuc", "te", "moi", "cua", "trong", "so", "voi"}
_MONEY = {"tien"}
_MONEY_ASKED = re.compile(r"\b(số tiền|bao nhiêu tiền|tổng tiền|kinh phí|so tien|bao nhieu tien|kinh phi)\b", re.I)
# 'còn bao nhiêu': what remains; 'ước (đạt) bao nhiêu': an estimate reached, the act is the noun's
_NO_ACTION = {"co", "la", "gom", "bang", "khoang", "con", "uoc", "dat", "chiem"}  # ("X chiếm bao nhiêu %": X is counted)
# verbs that only say something was done: what was done is the noun after 'bao nhiêu'
_LIGHT_VERBS = {"thuc hien", "tien hanh", "trien khai", "mang ve", "mang lai", "dem ve", "dem lai"}  # (won: the noun says what)
# ('kết nạp thêm': the act is 'kết nạp')
_COMPLEMENTS = {"het", "xong", "duoc", "toi", "noi", "mat", "them"}  # 'bao nhiêu tiền' is answered in đồng or USD


_NAMED_FIRST = re.compile(r"^\s*(?:tổng\s+|tong\s+)?(?!có\b|co\b)(.+)$", re.S | re.I)
_COUNT_FIRST = re.compile(r"^\s*(số lượng|tổng số|số|so luong|tong so|so)\s+", re.I)
# the kind of place before its name ('phường An Bình'): where, never what is counted
_LEVEL_WORDS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "trấn", "thôn", "bản", "tinh", "huyen", "xa", "phuong",
                "quan"}


def _stop(syllable: str) -> bool:
    """A stop word, judged on the word as typed: 'nhũ' (nhũ tương) is not 'như' once folded."""
    low = syllable.lower()
    return low in STOPWORDS if has_diacritics(low) else fold(low) in FOLDED_STOPWORDS


def _keep(text: str) -> list[str]:
    return list(dict.fromkeys(fold(x) for x in syllables(PERIOD.sub(" ", text))
                              if not _stop(x) and fold(x) not in _ASPECT and fold(x) not in _MONEY
                              and not fold(x).isdigit()))


def _counted_and_passive(text: str) -> tuple[str, str]:
    """'giấy phép xây dựng được cấp' -> ('giấy phép xây dựng', 'cấp')."""
    end = _COUNTED_END.search(text)
    counted = _FIGURE_WORDS.sub(" ", text[:end.start()] if end else text)
    # 'lượt người', 'lượt người bệnh': a count of visits by people, the unit of what the verb does
    # ('khám bệnh cho bao nhiêu lượt người'); a table's column says 'Lượt khám bệnh'
    counted = re.sub(r"^(\s*(?:lượt|luot)\s+)(?:người|nguoi)\b", r"\1", counted, flags=re.I)
    passive = _PASSIVE.match(text[end.start():] if end else "")
    return counted, passive.group(1) if passive else ""


# What may follow the act before 'bao nhiêu' without being it: a time left over once the period is taken
# out ('thu … đến hết | tháng 9 | được bao nhiêu'), how often or how new ('cấp mới lần đầu được mấy'), whom
# for ('mang về cho tỉnh bao nhiêu huy chương')
_TRAILING = re.compile(r"\s+(?:(?:tính\s+)?(?:đến|tới|den|toi)(?:\s+(?:hết|cuối|het|cuoi))?|lần\s+(?:đầu(?:\s+tiên)?|thứ\s+\w+)"
                       r"|lan\s+(?:dau(?:\s+tien)?|thu\s+\w+)|mới|moi|cho\s+(?:tỉnh|huyện|xã|địa phương|đơn vị|ngành|tinh|huyen|xa)"
                       r"|được|duoc|đã|da|tất cả|tổng cộng|cả thảy|tat ca|tong cong)\s*$", re.I)


def _verb_before(before: str) -> list[str]:
    """The last word before 'bao nhiêu' that is neither a name (capitalised inside the question), a
    level ('tỉnh'), an aspect word nor a stop word: the action asked about ('giám sát', 'tăng')."""
    while (tail := _TRAILING.search(before)) is not None:
        before = before[:tail.start()]
    words = re.findall(r"[^\W\d_]+", before)
    bare = [w for w in words if fold(w) not in _COMPLEMENTS | {"lai"}]  # 'còn lại bao nhiêu'
    if bare and fold(bare[-1]) in _NO_ACTION:
        return []  # 'X có / là / còn bao nhiêu': X is what is counted, no action is asked about
    if fold(" ".join(bare[-2:])) in _LIGHT_VERBS:
        return []  # 'thực hiện bao nhiêu cuộc thanh tra': the noun says what was done ('chủ trì 6 cuộc')
    names = {w.lower() for i, w in enumerate(words) if i > 0 and w[:1].isupper()}
    kept = [w for w in words if w.lower() not in _LEVEL_WORDS]
    # ('… Hưng Lâm cấp mới …': pyvi may join a name's last syllable to the verb after it, 'lâm_cấp'; a name of
    # two capitals or more ends at its last one, unlike 'Công ty', which a capital opens)
    plain = " ".join(f"{w} ," if i > 0 and w[:1].isupper() and kept[i - 1][:1].isupper() and i + 1 < len(kept)
                     and kept[i + 1][:1].islower() else w for i, w in enumerate(kept))
    kinds = _kind_of_name(" ".join(words))
    # segmented first, so a name's common-noun syllable ('Công ty TNHH …' → 'ty') goes with the name
    for word in reversed([t for t in segment(plain) if not names & set(t.split("_")) and t not in kinds]):
        # 'dùng hết', 'làm xong', 'cấp được': a resultative complement is not the action
        kept = [w for w in _keep(word.replace("_", " ")) if w not in _COMPLEMENTS]
        if kept:
            return kept
    return []


@lru_cache(maxsize=256)
def _kind_of_name(text: str) -> frozenset[str]:
    """Nouns right before a name ('đoàn Kỳ Phong', 'đội tuyển Hà Nội'): the kind of the one named, a body
    that acts, never the act ('kiểm tra Công ty X' keeps its verb: pyvi tags it as one)."""
    from pyvi import ViPosTagger, ViTokenizer  # loaded once, on the first question that needs it

    tokens, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
    return frozenset(t.lower() for t, tag, nxt in zip(tokens, tags, tokens[1:] + [""])
                     if tag in ("N", "Nc") and nxt[:1].isupper() and t[:1].islower())


def _without_purpose(before: str) -> str:
    """'… bố trí đối ứng cho Chương trình giảm nghèo | bao nhiêu tiền': a named beneficiary after 'cho'
    says what for; the act and what is counted are before it."""
    pp = list(re.finditer(r"\s(?:cho|đối với|doi voi)\s+(?=[A-ZĐÀ-Ỹ])", before))
    return before[:pp[-1].start()] if pp and pp[-1].start() > 0 else before


def action_words(text: str, subject: Subject | None) -> list[str]:
    """The action asked about, before 'bao nhiêu' ('giám sát' in '… đã giám sát bao nhiêu đảng viên')."""
    m = _how_many(text)
    if not m:
        return []
    before = _without_purpose(text[:m.start()])
    if re.search(r"\b(?:chiếm|chiem)(?:\s+(?:tỷ lệ|tỉ lệ|ty le|ti le|khoảng|khoang))?\s*$", before, re.I):
        return []  # 'X chiếm bao nhiêu phần trăm': X is what is counted, no act is asked
    # ('… đã hủy theo thủ tục giám đốc thẩm bao nhiêu bản án': how it was done follows the act)
    manner = re.search(r"\s(?:theo(?!\s+dõi)|bằng|thông qua|theo hình thức)\s+[^,;]+$", before, re.I)
    if manner and re.search(r"[^\W\d_]", before[:manner.start()]):
        before = before[:manner.start()]
    if subject is not None:
        before = before.replace(subject.text, " ")
    return _verb_before(PERIOD.sub(" ", _FIGURE_WORDS.sub(" ", META.sub(" ", before))))


_SCOPE_WORDS = re.compile(r"\b(toàn|cả)\s+(tỉnh|huyện|thành phố|thị xã|ngành|nước|quốc)\b|"
                          r"\b(toan|ca)\s+(tinh|huyen|thanh pho|thi xa|nganh|nuoc|quoc)\b", re.I)


def asked_words(text: str, subject: Subject | None) -> tuple[list[str], list[str]]:
    """What a figure's sentence must hold to answer 'bao nhiêu', folded: the action before it
    ('giám sát'), what it counts ('giấy phép xây dựng') and a passive action after ('bị khai trừ').
    'Số ngôi nhà … được hỗ trợ … là bao nhiêu?' names what it counts first."""
    text = _SCOPE_WORDS.sub(" ", text)  # 'toàn tỉnh có mấy kho': where, not what
    m = _how_many(text)
    if not m:
        return [], []
    before, after = _without_purpose(text[:m.start()]), text[m.end():]
    if subject is not None:
        before = before.replace(subject.text, " ")
    before = PERIOD.sub(" ", _FIGURE_WORDS.sub(" ", META.sub(" ", before)))
    lead = _COUNT_FIRST.match(text)
    # '… ước bao nhiêu, trong đó chi thường xuyên là bao nhiêu?': the first ask ends at its comma
    # ('… được bao nhiêu so với dự toán?': what it is compared with follows the ask, it counts nothing)
    ends = not re.split(r"[,;.!?]|\b(?:và|va)\b", re.sub(r"^\s*(?:so với|so voi)\b[^,;.!?]*", "", after, flags=re.I),
                        maxsplit=1)[0].strip()
    if lead and ends:
        counted, passive = _counted_and_passive(META.sub(" ", text[lead.end():m.start()]))
        counted = _without_names(counted)  # 'Tổng số đoàn viên toàn tỉnh Phú An': the place is where
        return _keep(f"{counted} {passive}"), _keep(counted)
    named = _NAMED_FIRST.match(lead_stripped(text))
    if named and ends and re.search(r"\b(là|bằng|đạt|ước|ước tính|được|thực hiện|la|bang|dat|uoc|uoc tinh|duoc|thuc hien)\s*$",
                                    before.strip()):
        # 'Tổng vốn đầu tư của các dự án … là bao nhiêu?': the noun phrase that opens it is counted
        lead_text = lead_stripped(text)
        cut = _how_many(lead_text)
        opening = lead_text[:cut.start()] if cut else named.group(1)
        opening = re.sub(r"\s*\b(?:(?:ước\s+)?(?:tính\s+)?(?:là|bằng|đạt|được|thực hiện(?:\s+được)?)|ước(?:\s+tính)?|(?:uoc\s+)?(?:la|bang|dat|duoc)|uoc)\s*$",
                         "", opening.strip(), flags=re.I)
        opening = re.sub(r"^\s*(?:tổng|tong)\s+", "", opening, flags=re.I)
        # 'Chỉ tiêu năm 2027 … về lượt khách và tổng thu du lịch là bao nhiêu?': a target, result or figure
        # 'about' something counts that something
        opening = _FRAME_NOUN.sub("", opening)
        counted, _ = _counted_and_passive(opening)
        counted = _without_names(counted)
        return _keep(counted), _keep(counted)
    # 'bao nhiêu tiền và bao nhiêu ngày công': the first ask counts up to the second
    after = re.split(r"(?:[,;]\s*|\s+)(?:(?:và|va)\s+)?(?:bao nhiêu|bao nhieu|mấy)\b", after, maxsplit=1)[0]
    counted, passive = _counted_and_passive(after)
    counted = _without_names(counted, opens=False)  # 'bao nhiêu phần trăm đoàn viên tỉnh Phú An'
    return list(dict.fromkeys(_verb_before(before) + _keep(f"{counted} {passive}"))), _keep(counted)


def _abbreviates_unit(name: str, unit: list[str]) -> bool:
    """'CTTN' (công trình thanh niên) for a count in 'công trình': initials that open with the unit's."""
    letters = fold(name).lower()
    lead = "".join(w[:1] for w in unit)
    return " " not in name.strip() and name.strip().isupper() and len(lead) >= 2 and letters.startswith(lead)


_FRAME_NOUN = re.compile(r"^\s*(?:các\s+|những\s+)?(?:chỉ tiêu|mục tiêu|kết quả|số liệu|tình hình|kế hoạch|chi tieu|muc tieu|"
                         r"ket qua|so lieu|tinh hinh|ke hoach)\b[^?]*?\s(?:về|ve)\s+", re.I)


def _without_names(counted: str, opens: bool = True) -> str:
    """Names ('tỉnh Bình An') place the figure; they are not what it counts (initialisms are: 'GRDP').
    `opens`: the phrase opens the question, so its first capital is the sentence's."""
    words = [w for w in re.findall(r"[^\W_]+", PERIOD.sub(" ", counted)) if not w.isdigit()]  # 'kíp K8'
    return " ".join(w for i, w in enumerate(words) if ((i == 0 and opens) or not w[:1].isupper() or w.isupper())
                    and w.lower() not in _LEVEL_WORDS)


def lead_stripped(text: str) -> str:
    """The question without a leading period ('Trong 6 tháng đầu năm 2021, …') or a leading frame
    ('Theo bảng thống kê …, số giấy phép … là bao nhiêu?': the table is where, not what is counted)."""
    framed = re.match(r"^\s*(?:theo|căn cứ|can cu)\s+[^,?]{3,120},\s*(?=\S)", text, flags=re.I)
    if framed and not PERIOD.match(text[framed.end():]) and _how_many(text[framed.end():]):
        text = text[framed.end():]
    text = re.sub(r"^\s*(trong|theo)\s+", "", text.strip(), flags=re.I)
    m = PERIOD.match(text)
    return text[m.end():].lstrip(" ,") if m else text


def without_period(q: Question, period_text: str) -> Question:
    """The question once a stated period ('6 tháng đầu năm 2021') has chosen the report: the
    period words stop being search terms."""
    stripped = PERIOD.sub(" ", q.text) if period_text else q.text
    if q.english or stripped == q.text:
        return q
    terms = content_terms(stripped)
    if not terms:
        return q
    if q.context:  # a follow-up keeps its own focus
        return q
    return replace(q, focus=terms, words=compounds(stripped), standalone=re.sub(r"\s+", " ", stripped).strip(),
                   display=q.standalone)


def _is_follow_up(text: str, focus: list[str]) -> bool:
    unigrams = [t for t in focus if "_" not in t]
    if _FOLLOW_START.match(text) and len(unigrams) <= 4:
        return True
    return bool(re.search(r"(thì sao|thi sao|thế còn|what about)\s*\??\s*$", text, re.I)) and len(unigrams) <= 4
