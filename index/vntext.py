"""Vietnamese tokens for keyword search: pyvi word segments, and diacritic-folded syllables
plus syllable bigrams (so 'co bao nhieu dang vien bi ky luat' still finds 'đảng viên', 'kỷ luật')."""
from __future__ import annotations

import re
from functools import lru_cache

from .textnorm import fold, normalize_unicode

_WORD = re.compile(r"[\w]+(?:[.,]\d+)*", re.UNICODE)

# Question and function words: they carry no topic, and left in they let any chunk "match".
STOPWORDS = set("""
có không bao nhiêu mấy là gì nào sao thế thì được bị đã đang sẽ và của các những cho với trong về theo từ
này đó ai ở tại để như cũng còn hay hoặc nêu cho_biết hãy xin vậy thế_nào ra_sao bao_nhiêu tổng_cộng tất_cả
một bởi do mà nên vì nhé ạ đâu khi lúc báo_cáo biết tôi bạn bao nhiêu gì sao thế nào những hãy
vì_sao tại_sao như_thế_nào là_gì bao_giờ khi_nào ở_đâu làm_sao ra_sao thế_nào những_gì điều_gì cái_gì tại vì_sao
""".split())
# Folding merges words ("đảng"/"đang", "thi"/"thì", "báo"/"bao"): a folded stop word must not be
# the fold of a common content word too.
FOLDED_STOPWORDS = {fold(w) for w in STOPWORDS if "_" not in w} - {"dang", "thi", "bao", "ban", "the", "do", "tai", "toi", "ve", "co"} | {"co"}


@lru_cache(maxsize=1)
def _vitokenizer():
    from pyvi import ViTokenizer

    return ViTokenizer


def syllables(text: str) -> list[str]:
    return _WORD.findall(normalize_unicode(text).lower())


def segment(text: str) -> list[str]:
    """pyvi word segments, lower case: 'kết nạp đảng viên' -> ['kết_nạp', 'đảng_viên']."""
    if not text.strip():
        return []
    seg = _vitokenizer().tokenize(normalize_unicode(text).lower())
    return [t for t in seg.split() if _WORD.search(t)]


def folded_terms(text: str) -> list[str]:
    """Folded syllables and adjacent-syllable bigrams."""
    sy = [fold(s) for s in syllables(text)]
    return sy + [f"{a}_{b}" for a, b in zip(sy, sy[1:])]


def accented_terms(text: str) -> list[str]:
    """Lower-case syllables with their diacritics, and adjacent-syllable bigrams."""
    sy = syllables(text)
    return sy + [f"{a}_{b}" for a, b in zip(sy, sy[1:])]


def terms(text: str, accented: bool) -> list[str]:
    """Terms to match a question against: with diacritics when the question has them ('ký' is
    not 'kỷ'), folded when it was typed without."""
    return accented_terms(text) if accented else folded_terms(text)


def query_segments(text: str) -> list[str]:
    return [t for t in segment(text) if t not in STOPWORDS]


def query_folded(text: str) -> list[str]:
    sy = [fold(s) for s in syllables(text)]
    stop = [s in FOLDED_STOPWORDS or (s == "bao" and nxt == "nhieu") for s, nxt in zip(sy, sy[1:] + [""])]
    keep = [s for s, st in zip(sy, stop) if not st]
    bigrams = [f"{a}_{b}" for (a, sa), (b, sb) in zip(zip(sy, stop), zip(sy[1:], stop[1:])) if not sa and not sb]
    return keep + bigrams
