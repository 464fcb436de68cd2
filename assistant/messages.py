"""Vietnamese wording of the extractive answerer, read from prompts/messages.toml."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=1)
def _messages() -> dict[str, str]:
    return tomllib.loads((PROMPTS_DIR / "messages.toml").read_text(encoding="utf-8"))


def msg(key: str, **values) -> str:
    return _messages()[key].format(**values)


def prompt(name: str) -> str:
    return (PROMPTS_DIR / name).read_text(encoding="utf-8")
