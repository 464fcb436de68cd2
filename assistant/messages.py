"""Vietnamese wording of the extractive answerer, read from prompts/messages.toml (the `prompts`
package: the top-level folder in a checkout, package data in an installed wheel)."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

PROMPTS_DIR = Path(str(files("prompts")))
_dir = PROMPTS_DIR


def use_prompts(directory: Path | None) -> None:
    """Read the wording from another folder (a deployment's own edits, a test's altered copy);
    None goes back to the packaged one."""
    global _dir
    _dir = Path(directory) if directory is not None else PROMPTS_DIR
    _messages.cache_clear()


@lru_cache(maxsize=1)
def _messages() -> dict[str, str]:
    return tomllib.loads((_dir / "messages.toml").read_text(encoding="utf-8"))


def msg(key: str, **values) -> str:
    return _messages()[key].format(**values)


def prompt(name: str) -> str:
    return (_dir / name).read_text(encoding="utf-8")
