"""Gradio's built-in English dictionary, read from its frontend build (the `en-*.js` asset re-exports
the sections defined in a core module): the reference the Vietnamese in ui/locale.py is checked against."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import gradio

ASSETS = Path(gradio.__file__).parent / "templates" / "frontend" / "assets"
_NAME = re.compile(r'"([^"]+)"|([\w$]+)')


def _names(block: str) -> dict[str, str]:
    """`a as b,c` (an import or export list) as {b: a, c: c}."""
    out = {}
    for item in block.split(","):
        inner, _, outer = item.partition(" as ")
        out[outer or inner] = inner
    return out


def _literal(src: str, i: int, resolve) -> tuple[object, int]:
    """The minified literal at src[i]: a template string, an object of literals, or a variable."""
    if src[i] == "`":
        end = src.index("`", i + 1)
        return src[i + 1:end], end + 1
    if src[i] != "{":
        m = _NAME.match(src, i)
        return resolve(m.group(2)), m.end()
    i, out = i + 1, {}
    while src[i] != "}":
        m = _NAME.match(src, i)
        key, i = m.group(1) or m.group(2), m.end()
        if src[i] != ":":
            raise ValueError(f"not an object literal at {i}")
        out[key], i = _literal(src, i + 1, resolve)
        if src[i] == ",":
            i += 1
    return out, i + 1


@functools.cache
def english_dictionary() -> dict:
    """The English dictionary as the frontend holds it: {section: {key: text}} plus "_name"."""
    en = next(p for p in sorted(ASSETS.glob("en-*.js")) if "as _name" in p.read_text(encoding="utf-8"))
    text = en.read_text(encoding="utf-8")
    imported = re.search(r'import\{(.*?)\}from"\./([^"]+)"', text)
    core = (ASSETS / imported.group(2)).read_text(encoding="utf-8")
    core_exports: dict[str, str] = {}
    for block in re.findall(r"export\{(.*?)\}", core):
        core_exports.update(_names(block))

    def resolve(var: str):
        for m in re.finditer(r"[,;\s{]" + re.escape(var) + r"=(?=[{`])", core):
            try:
                return _literal(core, m.end(), resolve)[0]
            except (ValueError, AttributeError):
                continue
        raise LookupError(var)

    local = _names(re.search(r"export\{(.*?)\}", text).group(1))["default"]
    return resolve(core_exports[_names(imported.group(1))[local]])


def english_flat() -> dict[str, str]:
    """{"common.clear": "Clear", ..., "_name": "English"}: the keys as `gr.I18n` takes them."""
    out = {}
    for section, entries in english_dictionary().items():
        if isinstance(entries, str):
            out[section] = entries
        else:
            out.update({f"{section}.{key}": value for key, value in entries.items()})
    return out


def frontend_uses(key: str) -> bool:
    """Whether some frontend module asks for `key` (as the literal `key`)."""
    needle = f"`{key}`"
    return any(needle in p.read_text(encoding="utf-8", errors="ignore") for p in ASSETS.glob("*.js"))
