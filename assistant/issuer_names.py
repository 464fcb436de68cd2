"""Where a question names the body that issued a report ('Hội LHPN tỉnh Vĩnh Hòa', 'Sở LĐTBXH Yên Thạch'):
every passage of that body's report is the body's own, so its name says which report, not which passage.

Written by hand: no library reads a Vietnamese body's name against a header line ('HỘI LHPN TỈNH VĨNH
HÒA', 'UBND TỈNH YÊN THẠCH – SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI') in any case or by its initials."""
from __future__ import annotations

import re
from functools import lru_cache

from index.textnorm import fold


SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def initials(text: str) -> set[str]:
    """Initialisms a text spells out: 'Ủy ban nhân dân' -> 'ubnd', 'vật liệu nổ công nghiệp' -> 'vlncn'
    (administrative writing abbreviates long names so)."""
    raw = re.findall(r"[^\W\d_]+", text)
    words = [fold(w) for w in raw]
    out = set()
    # ('Lao động - Thương binh và Xã hội' -> 'lđtbxh': the joining 'và' is dropped as often as kept)
    for seq in (words, [w for w in words if w.lower() != "va"]):
        out |= {"".join(w[0] for w in seq[i:i + k]) for i in range(len(seq)) for k in range(2, 7) if i + k <= len(seq)}
    # an initialism written in a name stands whole in a longer one: 'Hội LHPN' -> 'hlhpn'
    # (an initialism is a word in capitals that no syllable could be: 'LHPN', not 'HỘI' of a line of capitals)
    caps = [len(w) >= 2 and w.isupper() and not SYLLABLE.match(fold(w).lower()) for w in raw]
    if any(caps):
        whole = [fold(w).lower() if c else fold(w)[:1].lower() for w, c in zip(raw, caps)]
        out |= {"".join(whole[i:i + k]) for i in range(len(whole)) for k in range(2, 5)
                if i + k <= len(whole) and any(caps[i:i + k])}
    return out


# Level words are no part of the name: 'tỉnh' tells the province's figure from a district's. Written in lower
# case ('Thanh' of 'Thanh Hóa', 'Xã' of 'Xã hội' are names), one or two syllables.
_LEVEL = re.compile(r"(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố)$")


def all_capitals(text: str) -> bool:
    """A question typed in capitals ('CÓ BAO NHIÊU HỘI VIÊN …'): no word of it is written apart as initials."""
    words = re.findall(r"[^\W\d_]+", text)
    return sum(w.isupper() for w in words) > len(words) / 2


@lru_cache(maxsize=256)
def _vocab(issuer: str) -> frozenset[str]:
    return frozenset({fold(w).lower() for w in re.findall(r"[^\W\d_]+", issuer)} | initials(issuer))


_LEVEL_WORD = re.compile(r"\b(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố)\s+", re.I)


@lru_cache(maxsize=256)
def _places(issuer: str) -> frozenset[str]:
    """The words of the place a body's name ends with ('TỈNH VĨNH HÒA' -> vinh, hoa)."""
    out = set()
    for m in _LEVEL_WORD.finditer(issuer):
        name = re.split(r"\s[–-]\s|[,;()]", issuer[m.end():])[0]
        out |= {fold(w).lower() for w in re.findall(r"[^\W\d_]+", name)[:4]}
    return frozenset(out)


def name_words(text: str, issuers: tuple[str, ...]) -> list[re.Match]:
    """The words of `text` that name the body every one of `issuers` names: a run of two words or more
    of the name (or its initials, 'LHPN') that holds the place written with a capital inside the text,
    or the initials: the name's words used as a topic ('phụ nữ khởi nghiệp', 'Phụ nữ …' opening a
    question) are not taken; level words left out."""
    if not issuers or any(not i for i in issuers):
        return []
    vocab = frozenset.intersection(*(_vocab(i) for i in issuers))
    places = frozenset.intersection(*(_places(i) for i in issuers))
    tokens = list(re.finditer(r"[^\W\d_]+", text))
    if all_capitals(text):
        return []
    out: list[re.Match] = []
    run: list[re.Match] = []
    for m in tokens + [None]:
        inside = m is not None and fold(m.group(0)).lower() in vocab
        if inside and run and not re.search(r"[,;:?()]", text[run[-1].end():m.start()]):
            run.append(m)
            continue
        # (the place the body is of, or its initials: 'Ban Thường vụ Tỉnh ủy' alone is a body within many
        # a report, not the issuer's name)
        named = any((w.group(0)[:1].isupper() and w.start() > 0 and fold(w.group(0)).lower() in places)
                    or (len(w.group(0)) >= 3 and w.group(0).isupper()) for w in run)
        if len(run) >= 2 and named:
            level = set()
            for a, b in zip(run, run[1:] + [None]):
                if _LEVEL.match(a.group(0)):
                    level.add(a.start())
                elif b is not None and _LEVEL.match(f"{a.group(0)} {b.group(0)}"):
                    level |= {a.start(), b.start()}
            out += [w for w in run if w.start() not in level]
        run = [m] if inside else []
    return out
