"""The configured chat model (OpenAI-compatible server or Ollama), built from settings. Nothing
is sent anywhere unless the user configured an endpoint."""
from __future__ import annotations

from langchain_core.language_models.chat_models import BaseChatModel

from .settings import Settings


class LLMConfigError(ValueError):
    pass


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    llm = settings.llm
    if llm.provider == "extractive":
        return None
    if not llm.base_url or not llm.model:
        raise LLMConfigError("cần đặt ASSISTANT_LLM_BASE_URL và ASSISTANT_LLM_MODEL khi dùng mô hình ngôn ngữ")
    if llm.provider == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(model=llm.model, base_url=llm.base_url,
                          api_key=llm.api_key.get_secret_value() if llm.api_key else "not-needed",
                          timeout=llm.timeout, max_retries=0, temperature=llm.temperature, streaming=True)
    from langchain_ollama import ChatOllama

    return ChatOllama(model=llm.model, base_url=llm.base_url, temperature=llm.temperature,
                      client_kwargs={"timeout": llm.timeout})


def failure_reason(exc: BaseException) -> str:
    """A short Vietnamese reason for a failed call, for the notice shown to the user."""
    name = type(exc).__name__.lower()
    text = str(exc).lower()
    if "timeout" in name or "timed out" in text or "timeout" in text:
        return "máy chủ trả lời quá thời hạn"
    if "connect" in name or "connection" in text or "refused" in text:
        return "không kết nối được máy chủ mô hình"
    if "status" in name or "http" in text or "error code" in text:
        return "máy chủ mô hình báo lỗi"
    return "phản hồi của máy chủ mô hình không hợp lệ"
