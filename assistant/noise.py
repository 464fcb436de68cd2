"""The one reader of noise words (assistant/data/noise_words.toml): each list named for its use."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    text = (files("assistant") / "data" / "noise_words.toml").read_text(encoding="utf-8")
    return {name: frozenset(words) for name, words in tomllib.loads(text).items()}


def noise_words(name: str) -> frozenset[str]:
    return _lists()[name]
