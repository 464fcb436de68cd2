"""Everyday names a question may give what reports name officially: 'sổ đỏ' is a 'giấy chứng nhận
quyền sử dụng đất', 'rác thải sinh hoạt' is 'chất thải rắn sinh hoạt'. No word list of the reports
tells these apart (their syllables share nothing), so the few common ones are listed in
data/everyday_names.tsv. A name is replaced only when no report uses it as written."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "everyday_names.tsv"


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[re.Pattern, str, str], ...]:
    rows = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        everyday, official = line.split("\t")
        rows.append((re.compile(rf"(?<!\w){re.escape(everyday)}(?!\w)", re.I), everyday, official))
    # longest first: 'rác thải sinh hoạt' before 'rác thải'
    return tuple(sorted(rows, key=lambda r: -len(r[1])))


def official(text: str, absent) -> str:
    """The question with each everyday name whose head (its first two syllables, 'sổ_đỏ', 'rác_thải') the
    reports never use as a word (`absent`) written as reports name it."""
    out = text
    for pattern, everyday, name in _names():
        words = everyday.lower().split()
        if pattern.search(out) and absent("_".join(words[:2])):
            out = pattern.sub(name, out)
    return out


# 'Ngành giáo dục … xin UBND tỉnh những gì …?': to ask a superior for something is, in a report, to
# 'kiến nghị' it (the list headed 'Kiến nghị, đề xuất'); 'xin cho biết' only asks politely
_REQUEST = re.compile(r"\bxin\b(?!\s+(?:cho biết|hỏi|phép|mời))(?=[^?]{1,60}?\bnhững\s+(?:gì|việc gì|nội dung gì|vấn đề gì)\b)",
                      re.I)


def requests(text: str) -> str:
    """The question with an everyday verb of asking a superior for things written as reports write it."""
    return _REQUEST.sub("kiến nghị", text)
