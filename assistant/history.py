"""Each user's conversations, kept across reloads: one SQLite file in the store folder
(`<store>/history.sqlite3`), a row per conversation and per message, every query filtered by owner.

Owners are keys made by `owner_key`: 'user:<login name>' or 'browser:<random id>' — two namespaces,
so a browser id that spells a login name never reaches that user's conversations.

Failure never stops the answering: the constructor does not raise on an unwritable, read-only or
damaged file; it records why (`problem`) and every method then raises `HistoryUnavailable`, whose
message (Vietnamese) the page shows once while questions keep being answered. Errors of SQLite met
later (a full disk, a lock held too long) become `HistoryUnavailable` as well."""
from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import ValidationError

from .schema import Answer, Comparison, Summary, Trend

if TYPE_CHECKING:
    from .service import Conversation
    from .settings import Settings

log = logging.getLogger(__name__)

HISTORY_FILE = "history.sqlite3"
SCHEMA_VERSION = 1
TITLE_CHARS = 60
NEW_TITLE = "Cuộc trò chuyện mới"
_BROWSER_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
_MAX_NAME = 200
_OWNER = re.compile(r"(user:.{1,%d}|browser:[A-Za-z0-9_-]{8,64})" % _MAX_NAME, re.S)
# The answer's concrete type is stored beside its JSON: a Comparison's rows and a Trend's series
# come back as themselves, and the page draws them as it did.
_ANSWER_TYPES: dict[str, type[Answer]] = {t.__name__: t for t in (Answer, Summary, Comparison, Trend)}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_owner ON conversations(owner, updated);
CREATE TABLE IF NOT EXISTS messages (
    conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    text TEXT NOT NULL,
    answer_type TEXT, answer TEXT, context TEXT,
    created REAL NOT NULL,
    PRIMARY KEY (conversation, seq)
);
"""


class HistoryUnavailable(RuntimeError):
    """The history cannot be read or written; the message says why, in Vietnamese, for the user."""


class InvalidOwner(ValueError):
    """Neither a usable login name nor a well-formed browser id."""


class ConversationNotFound(LookupError):
    """No conversation by this id for this owner (deleted, from another owner, never existed)."""

    def __init__(self, conv_id: str):
        super().__init__(f"Không tìm thấy cuộc trò chuyện {conv_id!r} (có thể đã bị xóa).")
        self.conv_id = conv_id


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str
    created: datetime  # aware, UTC
    updated: datetime  # the last message's time
    turns: int  # the user's messages in it


@dataclass(frozen=True)
class StoredTurn:
    role: Literal["user", "assistant"]
    text: str  # as typed, or the answer as the page showed it
    answer: Answer | None  # the typed result (Summary, Comparison, Trend …) of an assistant turn, when kept
    created: datetime


def owner_key(username: str | None = None, browser_id: str | None = None) -> str:
    """The owner of a person's conversations: the login name when there is one (`gr.Request.username`),
    else the random id the browser keeps. Raises InvalidOwner for neither, or a malformed id."""
    if username is not None and username.strip():
        name = username.strip()
        if len(name) > _MAX_NAME or any(unicodedata.category(ch).startswith("C") for ch in name):
            raise InvalidOwner("Tên đăng nhập không hợp lệ để lưu lịch sử trò chuyện.")
        return f"user:{name}"
    if browser_id is not None and _BROWSER_ID.fullmatch(browser_id):
        return f"browser:{browser_id}"
    raise InvalidOwner("Mã trình duyệt không hợp lệ (cần 8–64 ký tự chữ, số, '_' hoặc '-'); "
                       "lịch sử trò chuyện không được lưu.")


def make_title(text: str, limit: int = TITLE_CHARS) -> str:
    """The first question on one line, cut at a word boundary with '…' beyond `limit` characters."""
    text = " ".join((text or "").split())
    if not text:
        return NEW_TITLE
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:  # a long word is cut inside rather than leaving a stub of a title
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + "…"


def _when(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=timezone.utc)


class History:
    """Conversations per owner in one SQLite file. Safe across threads and processes: each call
    opens its own connection (WAL; writers wait for each other up to `timeout` seconds)."""

    def __init__(self, path: Path, max_conversations: int = 200, max_chars: int = 200_000, timeout: float = 10.0):
        self.path = Path(path)
        self.max_conversations, self.max_chars, self.timeout = max_conversations, max_chars, timeout
        self.problem: str | None = None  # why the history cannot be used, for the user; None when it can
        try:
            self._open()
        except HistoryUnavailable as exc:
            self.problem = str(exc)
            log.warning("chat history unavailable: %s", exc)

    @classmethod
    def for_store(cls, settings: Settings) -> History:
        """The history of the store the settings name, with their limits."""
        s = settings.store
        return cls(Path(s.path) / HISTORY_FILE, s.history_max_conversations, s.history_max_chars)

    @property
    def available(self) -> bool:
        return self.problem is None

    # --- opening -------------------------------------------------------------------------
    def _open(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._unwritable(exc) from exc
        # a store on a read-only disk or folder is read, never written: no history there
        if not os.access(folder, os.W_OK) or (self.path.exists() and not os.access(self.path, os.W_OK)):
            raise self._unwritable(None)
        try:
            con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._unwritable(exc) from exc
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.executescript(_SCHEMA)
            row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                con.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif row[0] != str(SCHEMA_VERSION):
                raise HistoryUnavailable(
                    f"Tệp lịch sử trò chuyện {self.path} thuộc phiên bản khác (lược đồ {row[0]}, "
                    f"cần {SCHEMA_VERSION}). Vẫn có thể hỏi đáp; lịch sử không được lưu.")
        except sqlite3.OperationalError as exc:  # read-only, locked too long …: the file itself is sound
            if "readonly" in str(exc) or "read-only" in str(exc) or "unable to open" in str(exc):
                raise self._unwritable(exc) from exc
            raise HistoryUnavailable(f"Không mở được lịch sử trò chuyện {self.path} ({exc}). "
                                     "Vẫn có thể hỏi đáp; lịch sử không được lưu.") from exc
        except sqlite3.DatabaseError as exc:  # not a database, a malformed image
            raise self._damaged(exc) from exc
        finally:
            con.close()

    def _unwritable(self, exc: Exception | None) -> HistoryUnavailable:
        why = f" ({exc})" if exc else ""
        return HistoryUnavailable(
            f"Không lưu được lịch sử trò chuyện: thư mục kho {self.path.parent} chỉ đọc được "
            f"hoặc không có quyền ghi{why}. Vẫn có thể hỏi đáp; các cuộc trò chuyện sẽ không được lưu lại.")

    def _damaged(self, exc: Exception) -> HistoryUnavailable:
        return HistoryUnavailable(
            f"Tệp lịch sử trò chuyện {self.path} bị hỏng hoặc không phải cơ sở dữ liệu SQLite ({exc}). "
            "Không có gì bị xóa. Vẫn có thể hỏi đáp; lịch sử không được lưu cho đến khi tệp được khôi phục từ bản "
            "sao lưu, hoặc được đổi tên để bắt đầu lịch sử mới.")

    def _connect(self) -> sqlite3.Connection:
        if self.problem is not None:
            raise HistoryUnavailable(self.problem)
        try:
            con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            con.execute("PRAGMA foreign_keys=ON")  # a conversation's messages go with it
            con.execute("PRAGMA synchronous=NORMAL")
            con.execute("PRAGMA secure_delete=ON")  # a deleted conversation is overwritten, not left in free pages
        except sqlite3.Error as exc:
            raise HistoryUnavailable(f"Không mở được lịch sử trò chuyện ({exc}). Vẫn có thể hỏi đáp.") from exc
        return con

    def _run(self, work, write: bool = False):
        """`work(con)` in one transaction (a write takes the lock at once, so two threads appending
        never both read the same next `seq`); SQLite's errors come out as HistoryUnavailable."""
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                result = work(con)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
            return result
        except sqlite3.Error as exc:
            log.warning("chat history: %s", exc)
            raise HistoryUnavailable(f"Không đọc/ghi được lịch sử trò chuyện ({exc}). Vẫn có thể hỏi đáp.") from exc
        finally:
            con.close()

    # --- writing -------------------------------------------------------------------------
    def start(self, owner: str, title: str) -> str:
        """A new empty conversation titled by `title` (the first question; trimmed); its id. The
        owner's oldest conversations beyond the cap are deleted."""
        _check_owner(owner)
        conv_id, title = uuid.uuid4().hex, make_title(title)

        def work(con):
            now = _tick(con, owner)
            con.execute("INSERT INTO conversations VALUES (?, ?, ?, ?, ?)", (conv_id, owner, title, now, now))
            con.execute("DELETE FROM conversations WHERE owner=? AND id NOT IN (SELECT id FROM conversations "
                        "WHERE owner=? ORDER BY updated DESC LIMIT ?)", (owner, owner, self.max_conversations))
            return conv_id

        return self._run(work, write=True)

    def append(self, owner: str, conv_id: str, role: Literal["user", "assistant"], text: str,
               answer: Answer | None = None, *, conversation: Conversation | None = None) -> int:
        """One message at the end of the conversation; its number (1, 2, …). `answer`: the typed result
        of an assistant turn; `conversation`: the chat state after it, whose last question is kept so
        that a reopened conversation reads follow-ups as before (`History.conversation`)."""
        _check_owner(owner)
        if role not in ("user", "assistant"):
            raise ValueError(f"role must be 'user' or 'assistant', not {role!r}")
        if answer is not None and role != "assistant":
            raise ValueError("only an assistant turn carries an answer")
        text = self._capped(text or "")
        answer_type = answer_json = context = None
        if answer is not None:
            answer_json = answer.model_dump_json()
            if len(answer_json) > self.max_chars:  # the text is kept; the citation cards are not
                log.warning("chat history: an answer of %d characters kept as text only", len(answer_json))
                answer_json = None
            else:
                answer_type = type(answer).__name__ if type(answer).__name__ in _ANSWER_TYPES else "Answer"
        if conversation is not None and conversation.last is not None:
            context = _question_json(conversation.last)

        def work(con):
            if not _owns(con, owner, conv_id):
                raise ConversationNotFound(conv_id)
            now = _tick(con, owner)
            seq = con.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE conversation=?",
                              (conv_id,)).fetchone()[0]
            con.execute("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (conv_id, seq, role, text, answer_type, answer_json, context, now))
            con.execute("UPDATE conversations SET updated=? WHERE id=?", (now, conv_id))
            return seq

        return self._run(work, write=True)

    def rename(self, owner: str, conv_id: str, title: str) -> str:
        """The conversation's new title (trimmed like the first question). Raises ConversationNotFound."""
        _check_owner(owner)
        title = make_title(title)

        def work(con):
            if con.execute("UPDATE conversations SET title=? WHERE id=? AND owner=?",
                           (title, conv_id, owner)).rowcount == 0:
                raise ConversationNotFound(conv_id)
            return title

        return self._run(work, write=True)

    def delete(self, owner: str, conv_id: str) -> bool:
        """False when the owner has no such conversation (nothing of another owner is touched)."""
        _check_owner(owner)
        return self._run(lambda con: con.execute("DELETE FROM conversations WHERE id=? AND owner=?",
                                                 (conv_id, owner)).rowcount > 0, write=True)

    def delete_all(self, owner: str) -> int:
        """Every conversation of the owner; how many there were."""
        _check_owner(owner)
        return self._run(lambda con: con.execute("DELETE FROM conversations WHERE owner=?", (owner,)).rowcount,
                         write=True)

    # --- reading -------------------------------------------------------------------------
    def list(self, owner: str, limit: int = 50) -> list[ConversationSummary]:
        """The owner's conversations, the most recently used first."""
        _check_owner(owner)
        rows = self._run(lambda con: con.execute(
            "SELECT c.id, c.title, c.created, c.updated, "
            "(SELECT COUNT(*) FROM messages m WHERE m.conversation = c.id AND m.role = 'user') "
            "FROM conversations c WHERE c.owner=? ORDER BY c.updated DESC LIMIT ?", (owner, max(0, limit))).fetchall())
        return [ConversationSummary(i, t, _when(c), _when(u), n) for i, t, c, u, n in rows]

    def load(self, owner: str, conv_id: str) -> list[StoredTurn]:
        """The conversation's messages in order, answers rebuilt as their own types (an answer
        written by an older version that no longer reads comes back as None; its text stays).
        Raises ConversationNotFound."""
        return [turn for turn, _ in self._messages(owner, conv_id)]

    def conversation(self, owner: str, conv_id: str) -> Conversation:
        """The chat state to continue a reopened conversation with (`Assistant.ask_stream`): its
        (question, answer) turns and the last question as the assistant read it. Raises ConversationNotFound."""
        from pydantic import TypeAdapter

        from .question import Question
        from .service import Conversation

        conv = Conversation()
        asked: str | None = None
        context: str | None = None
        for turn, ctx in self._messages(owner, conv_id):
            if turn.role == "user":
                asked = turn.text
            elif asked is not None and turn.answer is not None:
                conv.turns.append((asked, turn.answer))
                asked = None
            context = ctx or context
        if context:
            try:
                conv.last = TypeAdapter(Question).validate_json(context)
            except ValidationError:  # written by another version: follow-ups start afresh
                log.warning("chat history: the last question of %s no longer reads", conv_id)
        return conv

    def _messages(self, owner: str, conv_id: str) -> list[tuple[StoredTurn, str | None]]:
        _check_owner(owner)

        def work(con):
            if not _owns(con, owner, conv_id):
                raise ConversationNotFound(conv_id)
            return con.execute("SELECT role, text, answer_type, answer, context, created FROM messages "
                               "WHERE conversation=? ORDER BY seq", (conv_id,)).fetchall()

        return [(StoredTurn(role, text, _answer(kind, data), _when(created)), ctx)
                for role, text, kind, data, ctx, created in self._run(work)]

    def _capped(self, text: str) -> str:
        return text if len(text) <= self.max_chars else text[:self.max_chars - 1] + "…"


def _check_owner(owner: str) -> None:
    if not isinstance(owner, str) or not _OWNER.fullmatch(owner):
        raise InvalidOwner("Chủ sở hữu lịch sử không hợp lệ (cần owner_key(tên đăng nhập, mã trình duyệt)).")


def _owns(con: sqlite3.Connection, owner: str, conv_id: str) -> bool:
    return con.execute("SELECT 1 FROM conversations WHERE id=? AND owner=?", (conv_id, owner)).fetchone() is not None


def _tick(con: sqlite3.Connection, owner: str) -> float:
    """Now, but later than the owner's last change: two messages within the clock's resolution still
    order their conversations."""
    last = con.execute("SELECT MAX(updated) FROM conversations WHERE owner=?", (owner,)).fetchone()[0]
    now = time.time()
    return now if last is None or now > last else last + 1e-6


def _answer(kind: str | None, data: str | None) -> Answer | None:
    if not data:
        return None
    try:
        return _ANSWER_TYPES.get(kind or "Answer", Answer).model_validate_json(data)
    except ValidationError:
        log.warning("chat history: a stored %s no longer reads", kind)
        return None


def _question_json(question) -> str:
    from pydantic import TypeAdapter

    from .question import Question

    return TypeAdapter(Question).dump_json(question).decode()
