"""Short answers ('ai', 'khi nào', 'ở đâu', 'quy định nào', 'tên gì'): the span of the quoted sentence
that answers, put first. Read from the question word and the shapes administrative writing gives
those spans: a document's type and number ('Quy định số 67-QĐ/TW'), a date ('ngày 22/6/2011'), a name
in quotation marks ('"Nhịp cầu nhà nông"'), a place after 'tại'/'ở', a body at the head of a clause."""
from __future__ import annotations

import re

from .subjects import subject_at

DOC_TYPES = ("Quyết định", "Quy định", "Nghị quyết", "Chỉ thị", "Kết luận", "Kế hoạch", "Đề án", "Chương trình",
             "Hướng dẫn", "Thông tư", "Nghị định", "Công văn", "Thông báo", "Luật", "Quy chế",
             # papers an inspection or a licence names by number
             "Giấy phép", "Giấy chứng nhận", "Hộ chiếu", "Phương án", "Biên bản", "Hợp đồng", "Tờ trình", "Văn bản")
_TYPES_LOWER = "|".join(t.lower() for t in DOC_TYPES)
# 'quyết định nào', 'văn bản gì', and 'giấy phép sử dụng vật liệu nổ … số nào': the paper and its number
_DOC_Q = re.compile(r"\b(văn bản|" + _TYPES_LOWER + r")(?:\s+(?:nào|gì|số mấy)\b|(?:\s+[^\s?,;]+){0,10}?\s+số\s+(?:nào|mấy|bao nhiêu|hiệu\s+nào|hiệu\s+gì)\b)", re.I)
_WHEN_Q = re.compile(r"\b(khi nào|bao giờ|ngày nào|thời gian nào|lúc nào|thời điểm nào|giai đoạn nào|thời hạn nào)\b", re.I)
# 'trong khoảng thời gian nào', 'vào thời gian nào', 'giai đoạn nào': a stretch of time ('từ ngày … đến …')
SPAN_Q = re.compile(r"\b(khoảng thời gian|thời gian nào|giai đoạn nào|từ (?:khi|ngày) nào)\b", re.I)
# ('từ ngày 15/4 đến ngày 15/5/2026': the year is written once, on the last day)
# ('trong 02 ngày 18 và 19/6/2026': days of one month written before the month they share)
_RANGE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:đến|-|–)\s*(?:(?:hết\s+)?ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
                    r"|(?<![\d/])\b\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:và|,|-|–)\s*\d{1,2}/\d{1,2}/\d{4}")
_WHERE_Q = re.compile(r"\b(ở đâu|tại đâu|nơi nào|địa bàn nào|địa phương nào)\b", re.I)
_NAME_Q = re.compile(r"\b(tên (là )?gì|tên gọi|khẩu hiệu|(chuyên mục|phong trào|cuộc thi|chương trình|chủ đề|"
                     r"cuộc vận động|danh hiệu)(\s+\w+){0,2}\s+(gì|nào))\b", re.I)
_WHO_Q = re.compile(r"(^|\s)(ai|cơ quan nào|đơn vị nào|tổ chức nào)(\s|\?|$)", re.I)

# the type, then 'số' (after the paper's own words: 'Giấy phép sử dụng vật liệu nổ công nghiệp số 362/GP-UBND'), the number
# (a lower-case type names a paper only with 'số': 'kế hoạch 2025' is a plan for a year)
_DOC = re.compile(r"\b(?:(" + "|".join(DOC_TYPES) + r")((?:\s+[^\s\d,;:()]+){0,10}?\s+số|\s+hành động|\s+số)?"
                  r"|(" + _TYPES_LOWER + r")(?:\s+[^\s\d,;:()]+){0,10}?\s+số)\s+\d+[\w./-]*(?:/[\w.-]+)*"
                  r"(?:,?\s+ngày\s+\d{1,2}/\d{1,2}/\d{4})?")
_DATE = re.compile(r"(?<![\d/])\b(?:ngày\s+)?\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:và|,)\s*\d{1,2}/\d{1,2}/\d{4}|"
                   r"\b(?:[Tt]ừ\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}(?:\s*(?:đến|-|–)\s*(?:(?:hết\s+)?ngày\s+)?\d{1,2}/\d{1,2}/\d{4})?|"
                   r"\b(?:[Tt]ừ\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}\s*(?:đến|-|–)\s*(?:(?:hết\s+)?ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|"
                   r"\btháng\s+\d{1,2}/\d{4}|\b\d{1,2}/\d{1,2}/\d{4}")
_QUOTED = re.compile(r"“[^”]{2,160}”|\"[^\"]{2,160}\"")
# ('tại huyện Mường Kha': the level of the place may come before its name)
_PLACE = re.compile(r"\b(?:tại|ở)\s+((?:(?:tỉnh|huyện|thị xã|thành phố|xã|phường|thị trấn|thôn|bản|xóm|khu)\s+)?"
                    r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*(?:-\s*)?){1,6})")


# ('Ai giữ chức Chủ tịch …', 'Ai là Giám đốc …': a person is asked; not 'tổ chức', 'tăng trưởng')
ROLE_Q = re.compile(r"\b(?:giữ chức|chức vụ|chức danh|(?:phó\s+)?(?:chủ tịch|bí thư|giám đốc|trưởng ban|trưởng phòng|"
                    r"trưởng đoàn|chánh văn phòng|chánh thanh tra|chánh án|viện trưởng|cục trưởng|chi cục trưởng|"
                    r"tổng biên tập))\b", re.I)
_PERSON = re.compile(r"\b(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]*)")


def short_kind(text: str) -> str | None:
    """What kind of span the question asks for, or None for an open question."""
    for kind, pattern in (("document", _DOC_Q), ("date", _WHEN_Q), ("place", _WHERE_Q), ("name", _NAME_Q),
                          ("who", _WHO_Q)):
        if pattern.search(text):
            return kind
    return None


def find_span(kind: str, sentence: str, question: str) -> tuple[int, int] | None:
    """Offsets (in `sentence`) of the span that answers, or None when the sentence has no such span."""
    if kind == "document":
        asked = _DOC_Q.search(question).group(1).lower()
        found = [m for m in _DOC.finditer(sentence) if asked == "văn bản" or (m.group(1) or m.group(3)).lower() == asked]
        return (found[0].start(), found[0].end()) if found else None
    if kind == "date":
        found = list(_DATE.finditer(sentence))
        if SPAN_Q.search(question):  # a stretch of time is answered by a range, not by one day of it
            found = [m for m in found if _RANGE.search(m.group(0))]
        return (found[0].start(), found[0].end()) if found else None
    if kind == "place":
        m = _PLACE.search(sentence)
        return (m.start(1), m.start(1) + len(m.group(1).rstrip(" -"))) if m else None
    if kind == "name":
        m = _QUOTED.search(sentence)
        return (m.start(), m.end()) if m else None
    if kind == "who":
        # 'Ai giữ chức Chủ tịch …?': a person, named as administrative writing names people ('đồng chí
        # Lương Thị Minh Nguyệt tái cử Chủ tịch …')
        person = _PERSON.search(sentence) if ROLE_Q.search(question) else None
        if person:
            return person.start(1), person.end(1)
        subj = subject_at(sentence)
        return (subj.start, subj.end) if subj is not None and not subj.scope else None
    return None
