"""Trợ lý hỏi đáp báo cáo — the service the shells (assistant.cli, ui.app) stand on.

Its public face is what this module exports; a shell imports nothing else from the package.
Names load on first use, so `python -m assistant --help` does not pay for Chroma and the models."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_EXPORTS = {
    "Assistant": "assistant.service", "Conversation": "assistant.service",
    "Settings": "assistant.settings", "get_settings": "assistant.settings",
    "Answer": "assistant.schema", "Citation": "assistant.schema", "Quote": "assistant.schema",
    "Summary": "assistant.schema", "SummaryItem": "assistant.schema", "SummaryPart": "assistant.schema",
    "Comparison": "assistant.schema", "ComparisonRow": "assistant.schema", "ComparedFigure": "assistant.schema",
    "Trend": "assistant.schema", "TrendSeries": "assistant.schema", "TrendPoint": "assistant.schema",
    "ReportNotFound": "assistant.schema", "SectionNotFound": "assistant.schema",
    "SectionKind": "index.models", "Report": "index.models", "Section": "index.models",
    "IndexResult": "index.store", "StoreVersionError": "index.catalog", "ReportReadError": "index.loaders",
    "report_id": "index.parse", "report_label": "assistant.compose", "format_value": "assistant.compare",
    "msg": "assistant.messages", "export_result": "assistant.export", "ExportError": "assistant.export",
    # the chat history (per login user or browser), kept beside the index
    **{n: "assistant.history" for n in ("History", "HistoryUnavailable", "InvalidOwner", "ConversationNotFound",
                                         "ConversationSummary", "StoredTurn", "owner_key")},
    # hold under abuse (#14): what the web shell needs besides the service
    "describe_error": "index.doctor", "safe_name": "index.limits", "unknown_reports": "assistant.cli_maint",
}
__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from assistant.compare import format_value
    from assistant.compose import report_label
    from assistant.export import ExportError, export_result
    from assistant.cli_maint import unknown_reports
    from assistant.history import (ConversationNotFound, ConversationSummary, History, HistoryUnavailable,
                                   InvalidOwner, StoredTurn, owner_key)
    from assistant.messages import msg
    from assistant.schema import (Answer, Citation, ComparedFigure, Comparison, ComparisonRow, Quote,
                                  ReportNotFound, SectionNotFound, Summary, SummaryItem, SummaryPart, Trend,
                                  TrendPoint, TrendSeries)
    from assistant.service import Assistant, Conversation
    from assistant.settings import Settings, get_settings
    from index.catalog import StoreVersionError
    from index.doctor import describe_error
    from index.limits import safe_name
    from index.loaders import ReportReadError
    from index.models import Report, Section, SectionKind
    from index.parse import report_id
    from index.store import IndexResult


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
