"""List questions ('Những hạn chế chủ yếu là gì?', 'Nhiệm vụ trọng tâm 6 tháng cuối năm 2021?'): the
items of the section whose heading names the list, each item's heading or first sentence, cited.

The section is found by its heading, never the report title; words of the question the heading does
not hold ('… về công tác kiểm tra, giám sát') choose among the items."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from index.figures import find_quantities
from index.models import NUMBERED_KINDS, Report, Section, is_footnote, is_item
from index.sentences import CLOSING, Span, sentence_spans
from index.textnorm import fold
from index.vntext import folded_terms

from .compose import CitationList, report_label
from .evidence import _verbal_words
from .issuer_names import initials as _initials
from .figure_answer import ordered_reports
from .messages import msg
from . import periods
from .scope import named_by_name
from .subjects import question_subject
from .question import _LIST_WORDS, LIST_VERBS, GENERIC_LIST, LIST_ANYWHERE, LIST_NOUNS, META, PERIOD, Question, lead_stripped
from .schema import Answer
from .noise import noise_words

# Words that rank or qualify a list without naming it: 'chủ yếu', 'trọng tâm' is part of a heading.
# Words that rank or qualify a list without naming it ('những hạn chế chủ yếu'). Taken out as
# phrases: their syllables also make words of their own ('yêu cầu', 'cơ cấu', 'chính sách').
_QUALIFIERS = re.compile(r"\b(chủ yếu|cơ bản|nổi bật|quan trọng|lớn nhất|cụ thể|chu yeu|co ban|noi bat|quan trong|"
                         r"lon nhat|cu the)\b|\b(chính|chinh)(?=\s*(?:[,?.;:]|là\b|la\b|gì\b|gi\b|$|"
                         r"(?:trong|của|về|năm|cho|đối với|để|mà|trong|cua|ve|nam|doi voi|ma)\b))", re.I)
_NOISE = noise_words("list_question")
_LIST_KINDS = NUMBERED_KINDS
_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-–•+])\s*")
MIN_HEADING_SHARE = 0.75  # share of the list's words the heading must hold
MAX_ITEMS = 12


@dataclass
class ListMatch:
    report: Report
    section: Section
    score: float  # share of the question's list words in the heading
    precision: float  # share of the heading's words the question holds
    extra: list[str]  # question words the heading does not hold
    pairs: list[str] = field(default_factory=list)  # …and its two-word terms ('an_binh' is not 'binh_an')
    addressee: list[str] = field(default_factory=list)  # whom the list is addressed to ('Bộ Văn hóa, …')


def _terms(text: str) -> list[str]:
    return [t for t in folded_terms(text) if not any(p in _NOISE for p in t.split("_")) and not t[0].isdigit()]


# A preposition ends the list's name: 'hạn chế | trong công tác …', 'nhiệm vụ … | về công tác …'.
_PREPOSITION = re.compile(r"\s(về|trong|của|đối với|liên quan đến|tại|ở|cho|dẫn tới|dẫn đến|gây ra|ve|cua|doi voi|lien quan den|tai|dan toi|dan den)\s", re.I)


def _question_terms(q: Question) -> tuple[list[str], list[str], list[str]]:
    """(the words that name the list, all the question's words, the words of whom it is addressed to),
    qualifiers left out."""
    # 'những nội dung nào' asks for a list, it names no topic (unless it follows the list's noun:
    # 'kiến nghị … những vấn đề gì' is read by LIST_ANYWHERE whole)
    text = q.text if LIST_ANYWHERE.search(q.text) else GENERIC_LIST.sub(" ", q.text)
    text = _QUALIFIERS.sub(" ", PERIOD.sub(" ", META.sub(" ", text)))
    clean = lambda ts: list(dict.fromkeys(ts))
    head = _PREPOSITION.split(text, maxsplit=1)[0]
    addressee: list[str] = []
    mid = LIST_ANYWHERE.search(text)
    if mid and not LIST_NOUNS.search(lead_stripped(text)):
        # the list named mid-question: from its noun to a preposition, 'gì', a name or a verb marker
        # 'những hạn chế', 'kiến nghị … những gì', 'bài học … gì', 'đề xuất gì với …'
        named = next(g for g in (2, 3, 5, 6) if mid.group(g))
        named = 3 if named == 6 else named  # (a verb and who it is addressed to, as 'kiến nghị … những gì')
        start = mid.start(named) if mid.group(named) else mid.start(6)
        phrase = re.split(r"\s(?:gì|là|để|nào|những|của|về|trong|tại|ở|đối với|cho)\b|[?.]|\s(?=[A-ZĐÀ-Ỹ])",
                          text[start:], maxsplit=1)[0]
        # 'yêu cầu các công ty những gì': the word is a verb, what follows it is its object, the
        # one it is addressed to ('đề xuất Bộ Công Thương những gì'): no topic that picks items
        verb = mid.group(3) or mid.group(6)
        head = phrase if named != 3 else verb
        if named == 3:  # (named 5: the list noun and its words up to 'gì' name the list)
            addressee = _terms(text[start + len(verb):mid.end()])
            text = text[:start + len(verb)] + " " + text[mid.end():]
    return clean(_terms(head)), clean(_terms(text)), clean(addressee)


def best_section(q: Question, report: Report) -> ListMatch | None:
    """The section whose heading names the list best (never the report title)."""
    names, terms, addressee = _question_terms(q)
    if not names:
        return None
    weight = lambda ts: sum(1.5 if "_" in t else 1.0 for t in ts)
    # the question's words as typed: a qualifier left out of what names the list ('nổi bật') still
    # tells 'Những kết quả nổi bật' from 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ …'
    typed = set(_terms(PERIOD.sub(" ", META.sub(" ", q.text))))
    best: ListMatch | None = None
    for sec in report.sections:
        title = sec.title
        if sec.kind not in _LIST_KINDS:
            # '- Chỉ tiêu xã hội:' over its '+' items names that list as a heading would
            intro = _introducing_item(report, sec)
            if not intro:
                continue
            title = intro
        heading = set(_terms(PERIOD.sub(" ", title)))
        if not heading:
            continue
        # a heading is about its first words (Vietnamese phrases are head-first): 'Nguyên nhân của hạn
        # chế' is a list of causes, not of shortcomings
        # ('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM …': nouns joined by a comma are heads alike)
        lead = set(_terms(re.split(r"[;:]|" + _PREPOSITION.pattern, PERIOD.sub(" ", title), maxsplit=1)[0]))
        if not all(t in lead for t in [t for t in names if "_" not in t][:2]):
            continue
        # the words of what the heading sits under (the report's title, its parent headings) are its
        # own: 'II. Nhiệm vụ, giải pháp' of a report on poverty reduction names 'giải pháp giảm nghèo'
        under = _above(report, sec)
        score = weight([t for t in names if t in heading or t in under]) / weight(names)
        precision = len([t for t in heading if t in terms or t in typed]) / len(heading)
        extra = [t for t in terms if "_" not in t and t not in heading]
        m = ListMatch(report, sec, score, precision, extra, [t for t in terms if "_" in t and t not in heading],
                      [t for t in addressee if "_" not in t and t not in heading])
        # equal shares: the heading that holds more of the question ('Nguyên nhân của hạn chế' over
        # 'Nguyên nhân' for '… nguyên nhân … dẫn tới hạn chế') is the list asked for
        key = lambda x: (x.score, x.precision, -len(x.extra))
        # as good, and inside the best one ('Phần B. NHIỆM VỤ, GIẢI PHÁP …' › 'I. NHIỆM VỤ, GIẢI PHÁP …'):
        # the inner heading is the list itself
        inner = best is not None and key(m) == key(best) and best.section.start < sec.start < best.section.end
        if best is None or key(m) > key(best) or inner:
            best = m
    return best


def _above(report: Report, sec: Section) -> set[str]:
    """The words of the report's title, of its issuing body (spelled out or by initials: 'BHXH tỉnh
    Kim Sơn') and of the headings above a section (periods left out)."""
    titles, node = [report.title or "", report.issuer or ""], sec
    while node.parent and (node := report.section(node.parent)) is not None:
        titles.append(node.title)
    return set(_terms(PERIOD.sub(" ", " ".join(titles)))) | _initials(report.issuer or "")


_OWNER = re.compile(r"\b(?:của|cua)\s+([^,?;:]+?)(?=\s+(?:gồm|là|có|trong|được|đã|về|đề ra|nêu)\b|[,?;:]|$)", re.I)


def _issuer_named(question: str, report: Report) -> set[str]:
    """'… của BHXH tỉnh Kim Sơn gồm những gì?': the report's own issuing body, named after 'của' (spelled
    out or by initials), says whose list it is; it chooses no item."""
    if not report.issuer:
        return set()
    # (or the body that opens the question: 'Công an tỉnh Hải Thạch kiến nghị những gì?')
    # (its words the rest of the question says again still choose: '… kiến nghị UBND tỉnh …')
    lead = question_subject(question)
    owners = [(m.group(1), set()) for m in [_OWNER.search(question)] if m]
    if lead is not None:
        owners.append((lead.text, set(_terms(question.replace(lead.text, " ", 1)))))
    issuer = set(_terms(report.issuer)) | _initials(report.issuer)
    out: set[str] = set()
    for owner, again in owners:
        words = set(_terms(owner))
        single = {w for w in words if "_" not in w}
        if single and len(single & issuer) >= 0.6 * len(single):
            out |= words - again
    return out


def _introducing_item(report: Report, sec: Section) -> str:
    """The words of a bullet that introduces its own items ('- Chỉ tiêu xã hội:'), or ''."""
    if not is_item(sec.kind) or not sec.children:
        return ""
    first = report.text[sec.start:sec.end].split("\n\n", 1)[0]
    first = _LABEL.sub("", first).strip()
    return first[:-1] if first.endswith(":") and len(first) <= 120 else ""


def items_of(report: Report, sec: Section, keep=None) -> list[tuple[Section | None, Span]]:
    """(item section, first sentence of the item) for each child item; the section's own sentences
    when it has no items. `keep(child, first sentence)` chooses among the items before an item that
    only introduces sub-items ('- Về kinh tế:') is replaced by them."""
    children = [report.section(n) for n in sec.children]
    children = [c for c in children if c is not None and not is_footnote(c.kind)]
    if not children:
        body = report.text[sec.body_start:sec.end]
        return [(None, s) for s in sentence_spans(body, sec.body_start) if not CLOSING.match(s.text)][:MAX_ITEMS]
    out = []
    for child in children:
        own_end = min([s.start for s in children if s.start > child.start] + [child.end])
        start = child.body_start if child.body_start > child.start else child.start
        text = report.text[start:own_end]
        label = _LABEL.match(text) if child.body_start == child.start else None
        offset = label.end() if label else 0
        sents = [x for x in sentence_spans(text[offset:], start + offset) if not CLOSING.match(x.text)]
        if not sents or (keep is not None and not keep(child, sents[0])):
            continue
        subs = [report.section(n) for n in child.children]
        if sents[0].text.rstrip().endswith(":") and subs:
            # '- Về kinh tế:' introduces its own items ('+ …'): those are the list's items
            out.extend(items_of(report, child))
            continue
        out.append((child, _item_quote(report, sents)))
    return out


ITEM_CHARS = 450  # an item is quoted whole up to this length; a longer one by its leading sentences


def _item_quote(report: Report, sents: list[Span]) -> Span:
    """An item's quote: its sentences while they fit, at least the first ('… gây khó khăn cho doanh
    nghiệp, do … . Phòng ngừa … tính phù hợp không cao' keeps its second sentence, which says why)."""
    last = sents[0]
    for sent in sents[1:]:
        if sent.end - sents[0].start > ITEM_CHARS or "\n\n" in report.text[last.end:sent.start]:
            break
        last = sent
    return Span(report.text[sents[0].start:last.end], sents[0].start, last.end)


def _owner(report: Report, child: Section | None, sec: Section) -> Section:
    """The numbered section a quote is cited under (a bullet is cited under its list)."""
    if child is None or is_item(child.kind):
        return sec
    return child


def _matches_topic(report: Report, child: Section | None, quote: Span, extra: list[str]) -> bool:
    if not extra:
        return True
    end = child.end if child is not None else quote.end
    text = set(folded_terms(report.text[(child.start if child else quote.start):end]))
    got = sum(1 for t in extra if t in text)
    return got / len(extra) >= 0.6


def _frame_words(text: str) -> set[str]:
    """The verbs and adverbs that frame the question before the list it names ('UBND phường tự đánh giá
    còn | những hạn chế …', '… đặt ra | những nhiệm vụ …'): how it is asked, never a topic. After the
    list's name a verb is the topic ('nhiệm vụ … về công tác kiểm tra, giám sát')."""
    cut = re.search(r"\b(?:những|các|nhung|cac)\b", text) or LIST_NOUNS.search(text)
    prefix = text[:cut.start()] if cut else ""
    return {fold(p) for w in _verbal_words(prefix) for p in w.split("_")} if prefix.strip() else set()


# '… của những hạn chế', '… dẫn đến hạn chế': what a list of causes is of
_OF_LIST = re.compile(r"^[^,?]*?\b((?:của|cua|dẫn đến|dẫn tới|gây ra|dan den|dan toi|gay ra)\s+(?:những|các|nhung|cac)?\s*[^,?.;]+?)(?=\s+(?:trong|về|ở|tại|năm|quý|tháng|ve|o|tai)\b|[,?.;]|$)",
                      re.I)
_ABOUT = re.compile(r"(?:^|[\s,])(?:về|ve)\s+([^,?.;]+?)(?=\s+(?:của|trong|tại|cho|năm|quý|tháng|cua)\b|[,?.;]|$)", re.I)


def _about(text: str) -> list[str]:
    """The words of the question's 'về …' phrases (its topic)."""
    return [t for m in _ABOUT.finditer(text) for t in _terms(m.group(1))]


def _choose(report: Report, sec: Section, asked: list[str], extra: list[str],
            asked_text: str = "") -> list[tuple[Section | None, Span]]:
    """The items the question's words choose. Titled items ('1. Về phát triển kinh tế', '2. Đối với Ủy
    ban nhân dân thành phố') are chosen by their titles: those holding most of the question's words
    that tell them apart (even words the report's title also holds: 'quốc phòng - an ninh'); other
    items by the words beyond what places the list."""
    disc = set(_discriminating(report, sec, asked))
    # 'Về công tác giám sát, … đề ra những nhiệm vụ gì?': the phrase after 'về' is the topic; other words
    # ('Ủy ban Kiểm tra Tỉnh ủy') only break a tie it leaves
    about = set(_discriminating(report, sec, _about(asked_text))) if asked_text else set()
    disc = about or disc
    counts = {c.number: len(set(folded_terms(c.title)) & disc) for c in (report.section(n) for n in sec.children)
              if c is not None and c.body_start > c.start}
    top = max(counts.values(), default=0)

    def keep(child: Section | None, first: Span) -> bool:
        if top and child is not None and child.number in counts:
            return counts[child.number] == top
        return _matches_topic(report, child, first, extra)

    return items_of(report, sec, keep)


def _discriminating(report: Report, sec: Section, words: list[str]) -> list[str]:
    """The words that some of the list's titled items hold in their titles and others not."""
    titles = [set(folded_terms(c.title)) for c in (report.section(n) for n in sec.children)
              if c is not None and c.body_start > c.start]
    if len(titles) < 2:
        return []
    return [t for t in words if "_" not in t and 0 < sum(t in ts for ts in titles) < len(titles)]


# 'công tác', 'lĩnh vực' name a field of work by the words after them: 'trong công tác tài nguyên và môi
# trường' of the report on that work says whose list it is, and 'công tác' with it chooses no item
_FIELD = re.compile(r"\b(công tác|lĩnh vực|hoạt động|cong tac|linh vuc|hoat dong)\s+((?:[^\W\d_]+\s*){1,6})", re.I)


def _framing_nouns(question: str, extra: list[str]) -> set[str]:
    """The words of 'công tác', 'lĩnh vực' … before a field the list's context already holds."""
    out: set[str] = set()
    for m in _FIELD.finditer(question):
        field_words = [t for t in _terms(m.group(2)) if "_" not in t][:3]
        if field_words and not any(t in extra for t in field_words):
            out |= set(_terms(m.group(1)))
    return out


def _beyond_context(report: Report, sec: Section, extra: list[str]) -> list[str]:
    """The question's extra words less those the report's title and the headings above the list
    already hold ('UBND tỉnh Lào Cai', 'thực hiện Nghị quyết Đại hội XV'): they place the list,
    they do not choose among its items."""
    # the list's own lead-in ('Đề nghị Bộ Công Thương:') places it as its heading does
    first_child = min([c.start for c in (report.section(n) for n in sec.children) if c is not None] + [sec.end])
    lead_in = report.text[sec.body_start:first_child][:400] if first_child > sec.body_start else ""
    context_text = f"{report.title} {report.issuer or ''} {lead_in}"
    context = set(folded_terms(context_text))
    node = sec
    while node is not None:
        heading = report.text[node.start:node.end].split("\n\n", 1)[0][:400]  # the whole heading, not its short title
        context |= set(folded_terms(f"{node.title} {heading}"))
        context_text += f" {heading}"
        node = report.section(node.parent) if node.parent else None
    return [t for t in extra if t not in context and t not in _initials(context_text)]


# Names administrative writing gives the same list: a question may ask what the inspectors 'yêu cầu'
# under a heading 'Kiến nghị', or for 'vướng mắc' under 'Khó khăn'.
_LIST_SYNONYMS = (("kiến nghị", "đề xuất", "đề nghị", "yêu cầu"),
                  ("khó khăn", "vướng mắc", "tồn tại", "hạn chế", "yếu kém", "bất cập"),
                  ("nhiệm vụ", "giải pháp", "phương hướng", "định hướng"))


def _with_synonyms(q: Question) -> list[Question]:
    out = []
    # 'Cục Thống kê kiến nghị những giải pháp gì …' under 'Một số kiến nghị …': the verb names the list too
    verb_first = re.search(rf"\b({LIST_VERBS})\s+(?:những|các|một số)\s+({_LIST_WORDS})\b", q.text, re.I)
    if verb_first:
        out.append(replace(q, text=q.text[:verb_first.start(2)] + q.text[verb_first.end(2):]))
    for group in _LIST_SYNONYMS:
        for word in group:
            if re.search(rf"\b{word}\b", q.text, re.I):
                out += [replace(q, text=re.sub(rf"\b{word}\b", other, q.text, flags=re.I)) for other in group if other != word]
    return out


def list_matches(q: Question, reports: list[Report]) -> list[ListMatch]:
    """Per report, the section whose heading names the list, kept when about as good as the best;
    failing that, the section a synonym of the list's name heads."""
    named = named_by_name(reports, q.text)
    if named is not None:  # '… của Sở GD&ĐT Quảng Xuyên …': the one report whose issuer bears the name
        reports = [r for r in reports if r.id == named]
    matches = [m for m in (best_section(q, r) for r in reports) if m and m.score >= MIN_HEADING_SHARE]
    best_fit = lambda ms: max((_context_share(m, addressed=True) for m in ms), default=0.0)  # noqa: E731
    # (none, or only lists about little else of the question — 'Nhiệm vụ, giải pháp trọng tâm' of a ward
    # for '… giải pháp về bảo vệ môi trường …' — the list a synonym heads: 'NHIỆM VỤ TRỌNG TÂM …' of the
    # report on the environment)
    weak = bool(matches) and best_fit(matches) < WEAK_CONTEXT_SHARE
    for other in _with_synonyms(q) if not matches or weak else []:
        found = [m for m in (best_section(other, r) for r in reports) if m and m.score >= MIN_HEADING_SHARE]
        if found and not weak:
            matches = found  # (no heading of the list's own name: the first synonym that heads one)
            break
        if found and best_fit(found) >= WEAK_CONTEXT_SHARE and best_fit(found) > best_fit(matches):
            matches = found
    if not matches:
        return []
    # a heading that has the list's name ('Mục đích, yêu cầu') in a report that holds next to nothing
    # else of the question ('VLNCN', 'Đoàn kiểm tra', 'các công ty') is not the list asked for
    matches = [m for m in matches if len(m.extra) < 3 or _context_share(m) >= MIN_CONTEXT_SHARE]
    if not matches:
        return []
    if len({m.report.id for m in matches}) > 1:
        # Several reports have such a list: the question's other words ('VLNCN', 'Đoàn kiểm tra',
        # 'các công ty', 'UBND phường An Bình') say whose, by what the report's title, issuer and the
        # list itself hold — before how closely a heading is worded like the question
        fit = {m.report.id: _context_share(m, addressed=True) for m in matches}
        best = max(fit.values())
        matches = [m for m in matches if fit[m.report.id] >= best - 0.15]
        # ('… hạn chế của ngành tòa án tỉnh'): the body the question names by its common name issued one of them
        own = [m for m in matches if _issuer_named_in(m)]
        if len({m.report.id for m in own}) == 1:
            matches = own
    top = max(m.score for m in matches)
    matches = [m for m in matches if m.score >= top - 0.05]
    best_precision = max(m.precision for m in matches)
    return [m for m in matches if m.precision >= best_precision - 0.25]


MIN_CONTEXT_SHARE = 0.2
WEAK_CONTEXT_SHARE = 0.5


def _context_share(m: ListMatch, addressed: bool = False) -> float:
    """How much of the question's words beyond the list's name the report holds about the list; with
    `addressed`, whom the question addresses the list to as well (it tells one report's 'Kiến nghị' from
    another's, though it chooses none of its items)."""
    extra = m.extra + [t for t in m.addressee if t not in m.extra] if addressed else m.extra
    if not extra:
        return 1.0
    text = f"{m.report.title} {m.report.issuer or ''} {m.report.text[m.section.start:m.section.end]}"
    have = set(folded_terms(text)) | _initials(f"{m.report.title} {m.report.issuer or ''}")
    share = sum(1 for t in extra if t in have) / len(extra)
    # names are told apart by their word order ('phường An Bình', 'tỉnh Bình An'): a pair of the
    # question's words that the report writes together counts too
    named = [t for t in m.pairs if t.replace("_", "") not in have]
    return (share + sum(1 for t in named if t in have) / len(named)) / 2 if named else share


def names_a_list(text: str) -> bool:
    """'Tóm tắt những hạn chế …' names a list section as well as 'Những hạn chế … là gì?'."""
    return bool(LIST_NOUNS.search(lead_stripped(META.sub(" ", text).strip())))


_WHY = re.compile(r"^\s*(?:vì sao|tại sao|do đâu|vi sao|tai sao|do dau)\s+(?:(?:lại|còn|vẫn|lai|con|van)\s+)?(?:có\s+|co\s+)?", re.I)


def _why_as_causes(q: Question) -> Question:
    """'Vì sao còn những hạn chế …?' asks for the list of causes: 'Nguyên nhân của những hạn chế …'."""
    m = _WHY.match(q.text)
    return replace(q, text=f"Nguyên nhân của {q.text[m.end():]}") if m else q


def list_answer(q: Question, reports: list[Report]) -> Answer | None:
    """The list, from each report whose heading names it about as well as the best one; None when no
    heading names it (the general answer then reads the passages)."""
    q = _why_as_causes(q)
    matches = list_matches(q, reports)
    if not matches:
        return topic_list(q, reports) if GENERIC_LIST.search(q.text) else None
    by_id = {m.report.id: m for m in matches}
    cites = CitationList({m.report.id: m.report for m in matches})
    blocks: list[str] = []
    for rid in ordered_reports(list(by_id), {m.report.id: m.report for m in matches}):
        m = by_id[rid]
        # what chooses among the items: the question's nouns beyond what places the list, and any of
        # its words that some titled items carry and others not ('Về quốc phòng - an ninh' among
        # 'Về phát triển kinh tế', 'Về văn hóa - xã hội': even if the report's title names them all)
        acts = _frame_words(q.text)
        # (every word of the question counts here, the one a proposal is addressed to as well:
        # '… kiến nghị Ủy ban nhân dân thành phố những gì' of '1. Đối với Ủy ban nhân dân thành phố')
        heading = set(_terms(m.section.title))
        # ('những giải pháp giảm nghèo' under 'II. Nhiệm vụ, giải pháp' of a report on poverty reduction:
        # the list's own name, held by the title above it, describes the list and chooses no item)
        named = set(_question_terms(q)[0]) & _above(m.report, m.section)
        named |= _issuer_named(q.text, m.report)
        # (the period asked places the list, as the report does; it chooses no item)
        asked = [t for t in _terms(PERIOD.sub(" ", q.text)) if t not in heading and t not in acts and t not in named]
        # 'Nguyên nhân chủ quan của những hạn chế …': what the list is of describes it, it chooses no item
        whose = set(_terms(_OF_LIST.search(q.text).group(1))) if _OF_LIST.search(q.text) else set()  # with 'của'/'dẫn đến' itself
        extra = [t for t in _beyond_context(m.report, m.section, m.extra) if t not in acts and t not in whose]
        framing = _framing_nouns(q.text, extra)
        extra = [t for t in extra if t not in framing]
        items = _choose(m.report, m.section, asked, extra, q.text)
        if not items and extra:
            items = items_of(m.report, m.section)  # the qualifier named no item: the whole list
        if not items:
            continue
        listed = m.section
        while (extra or asked) and len(items) == 1 and items[0][0] is not None \
                and items[0][0].body_start > items[0][0].start:
            # the question's words chose one titled item ('nhiệm vụ … về văn hóa, xã hội' of 'III. NHIỆM
            # VỤ'): its own items or sentences are the list asked for, chosen again by the same words
            chosen = items[0][0]
            inner = _choose(m.report, chosen, asked, extra, q.text) or items_of(m.report, chosen)
            if len(inner) <= 1 and not any(c is not None and c.body_start > c.start for c, _ in inner):
                if len(inner) == 1 and len(items_of(m.report, chosen)) > 1:
                    inner = items_of(m.report, chosen)
                else:
                    break
            listed, items = chosen, inner
        if len(items) == 1 and items[0][0] is not None and items[0][1].text.rstrip().endswith(":") \
                and items[0][0].children:
            # '- Bệnh viện … triển khai 24 kỹ thuật mới, nổi bật là:': the one item chosen introduces
            # its own items ('+ …'), which are the list asked for
            listed, items = items[0][0], items_of(m.report, items[0][0])
        blocks.append(_block(m.report, listed, items, cites))
    if not blocks:
        return None
    return Answer(answer="\n\n".join(blocks), found=True, citations=cites.items, question=q.display or q.standalone)


def _block(report: Report, listed: Section, items: list[tuple[Section | None, Span]], cites: CitationList) -> str:
    number, title = listed.number, listed.title
    parent = report.section(listed.parent) if is_item(listed.kind) and listed.parent else None
    if parent is not None:  # '- Chỉ tiêu xã hội:' is named by its heading's number, not a bullet's
        intro = _introducing_item(report, listed) or listed.title
        number, title = parent.number, f"{parent.title} – {intro}"
        at = report.text.find(intro, listed.start, listed.end)
        if at >= 0 and find_quantities(intro):  # '… kéo giảm TNGT trên cả 3 tiêu chí': its figure is quoted too
            title += f" [{cites.add(report.id, parent.number, parent.title, Span(intro, at, at + len(intro)))}]"
    lines = [msg("list_intro", report=report_label(report), section=number, section_title=title)]
    for i, (child, span) in enumerate(items[:MAX_ITEMS], 1):
        owner = _owner(report, child, listed)
        if parent is not None and is_item(owner.kind):
            owner = parent
        n = cites.add(report.id, owner.number, owner.title, span)
        titled = child is not None and child.body_start > child.start and fold(child.title) not in fold(span.text)
        key = "list_item_titled" if titled else "list_item"
        lines.append(msg(key, i=i, title=child.title if titled else "", quote=span.text, n=n))
    return "\n".join(lines)


MIN_TOPIC_SHARE = 0.6  # share of the question's placing words the headings down to the list must hold


def _lead_in(report: Report, sec: Section) -> str:
    """The paragraph that introduces a section's items, when it ends with a colon."""
    children = [c for c in (report.section(n) for n in sec.children) if c is not None and is_item(c.kind)]
    if not children:
        return ""
    text = report.text[sec.body_start:children[0].start].strip()
    # a footnote's text set under the paragraph that calls it stands between a lead-in and its items
    paragraphs = [p for p in text.split("\n\n") if not _FOOTNOTE_TEXT.match(p)]
    return paragraphs[-1] if paragraphs and paragraphs[-1].endswith(":") else ""


_FOOTNOTE_TEXT = re.compile(r"^\s*[⁽(]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+[⁾)]?\s")


def _periods_agree(asked: list[str], report: Report, path: list[Section]) -> bool:
    """A heading stating another period ('… QUÝ III' for 'quý IV') is another part of the report; a
    period other than the report's own must be stated by a heading on the way (the plan's part)."""
    if not asked:
        return True
    stated = [p for s in path for p in periods.stated(s.title)]
    if any(not periods.same_period(p, asked[0]) for p in stated):
        return False
    return bool(stated) or (report.period is not None and periods.same_period(report.period, asked[0]))


def _spelled_out(named: str, question: str) -> set[str]:
    """The question's words that an abbreviation of the heading stands for ('TNGT' for 'tai nạn giao
    thông'): administrative writing abbreviates in headings what a reader asks in full."""
    shorts = {fold(w) for w in re.findall(r"\b[A-ZĐ]{2,7}\b", named)}
    if not shorts:
        return set()
    words = re.findall(r"[^\W\d_]+", question)
    out: set[str] = set()
    for i in range(len(words)):
        for k in range(2, 7):
            run = words[i:i + k]
            if len(run) == k and "".join(fold(w)[0] for w in run) in shorts:
                out |= set(_terms(" ".join(run)))
    return out


def topic_list(q: Question, reports: list[Report]) -> Answer | None:
    """'Trong quý IV, công tác kiểm tra tập trung vào những nội dung nào?': a generic noun names no
    heading, so the list is the section whose own heading and the headings above it hold the
    question's other words (the period asked among them); its items are the answer. Words the
    report's title or issuer hold and no heading does only place the report."""
    asked_periods = periods.stated(q.text)
    text = PERIOD.sub(" ", GENERIC_LIST.sub(" ", META.sub(" ", q.text)))
    frame = _frame_words(q.text)
    # (a pair across a frame word, 'thach_se' of '… Hải Thạch sẽ làm', names nothing)
    terms = [t for t in dict.fromkeys(_terms(text)) if t not in frame and not set(t.split("_")) & frame]
    weight = lambda ts: sum(1.5 if "_" in t else 1.0 for t in ts)
    found: list[tuple[float, int, Report, Section]] = []
    for rep in reports:
        headed = {t for sec in rep.sections for t in _terms(sec.title)}
        place = set(folded_terms(f"{rep.title} {rep.issuer or ''}")) | _initials(f"{rep.title} {rep.issuer or ''}")
        # the body asked about that issued the report ('Công an tỉnh Hải Thạch … sẽ làm gì') only places it
        issuer = {t for part in re.split(r"\s[–-]\s", rep.issuer or "")
                  if part.strip() and fold(part).lower() in fold(q.text).lower() for t in _terms(part)}
        considered = [t for t in terms if (t in headed or t not in place) and t not in issuer]
        if not considered:
            continue
        for sec in rep.sections:
            # a bullet that introduces its own items ('- Tăng cường tuần tra …, kéo giảm TNGT …, trong
            # đó:') is a list as a heading's is
            introducing = _introducing_item(rep, sec) if sec.kind not in _LIST_KINDS else ""
            if sec.kind not in _LIST_KINDS and not introducing:
                continue
            path = rep.section_path(sec.number)
            # 'Nội dung giám sát tập trung vào:' before the items names the list as a heading would
            named = f"{sec.title} {_lead_in(rep, sec)}" if not introducing else introducing
            own = set(_terms(named)) | _spelled_out(named, text)
            if not own & set(considered) or not _periods_agree(asked_periods, rep, path):
                continue
            held = {t for s in path for t in _terms(PERIOD.sub(" ", s.title))} | own
            share = weight([t for t in considered if t in held]) / weight(considered)
            # equal shares: the heading that is most nearly what was asked ('Cải cách hành chính, chuyển
            # đổi số' over 'Cải cách hành chính …; thanh tra, tiếp công dân …' that holds it)
            precision = len(own & set(considered)) / len(own)
            found.append((share, precision, -len(path), rep, sec))
    if not found:
        return None
    top = max(f[0] for f in found)
    if top < MIN_TOPIC_SHARE:
        return None
    best = [f for f in found if f[0] == top]
    # per report the heading most nearly asked for, then the broadest (its sub-headings are the items)
    chosen: dict[str, tuple[Report, Section]] = {}
    for share, precision, depth, rep, sec in sorted(best, key=lambda f: (-f[1], -f[2])):
        chosen.setdefault(rep.id, (rep, sec))
    cites = CitationList({rep.id: rep for rep, _ in chosen.values()})
    blocks = []
    for rid in ordered_reports(list(chosen), {rid: rep for rid, (rep, _) in chosen.items()}):
        rep, sec = chosen[rid]
        items = items_of(rep, sec)
        if items:
            blocks.append(_block(rep, sec, items, cites))
    if not blocks:
        return None
    return Answer(answer="\n\n".join(blocks), found=True, citations=cites.items, question=q.display or q.standalone)


def _issuer_named_in(m: ListMatch) -> bool:
    """Whether the question's other words name the report's issuer: two words of its name (levels left
    out: 'tòa án' of 'TÒA ÁN NHÂN DÂN TỈNH …'), or its initials ('TAND')."""
    issuer = m.report.issuer or ""
    if not issuer:
        return False
    words = set(folded_terms(issuer)) - _LEVEL_TERMS
    extra = [t for t in m.extra if t not in _LEVEL_TERMS]
    return len(words & set(extra)) >= 2 or any(len(t) >= 3 and t in _initials(issuer) for t in extra)


_LEVEL_TERMS = {"tinh", "huyen", "xa", "phuong", "quan", "thanh", "pho", "cac", "cap", "nganh"}
