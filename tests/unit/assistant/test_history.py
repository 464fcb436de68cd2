"""The chat history on a real SQLite file: answers come back as their own types, a reopened
conversation continues as before, owners never see each other's, limits hold, threads append
safely, and an unwritable store leaves the history unavailable without raising at start."""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from assistant import (Answer, Comparison, Conversation, ConversationNotFound, History, HistoryUnavailable,
                       InvalidOwner, Settings, Summary, Trend, owner_key)
from assistant.history import HISTORY_FILE, NEW_TITLE, make_title
from tests.helpers import read_only

H1 = "bao-cao-6-thang-dau-nam-2021"
AN, BINH = owner_key("an"), owner_key(browser_id="b7f3c2a1-9d4e-4f6a-8b2c-1e5d7a9c3f00")


@pytest.fixture()
def history(tmp_path) -> History:
    h = History(tmp_path / "store" / HISTORY_FILE)
    assert h.available, h.problem
    return h


def rows(h: History, table: str) -> int:
    con = sqlite3.connect(h.path)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


# --- what is kept ---------------------------------------------------------------------------
def test_every_kind_of_answer_comes_back_as_itself(history, fake_assistant):
    answers = [fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1]),
               fake_assistant.ask("Tóm tắt mục 3 phần I báo cáo 6 tháng đầu năm 2021"),
               fake_assistant.ask("So sánh số đảng viên bị kỷ luật giữa báo cáo 6 tháng đầu năm 2021 "
                                  "và báo cáo năm 2021"),
               fake_assistant.trend("số đảng viên bị kỷ luật")]
    assert [type(a) for a in answers] == [Answer, Summary, Comparison, Trend]
    assert all(a.found and a.citations for a in answers)
    cid = history.start(AN, "Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    for a in answers:
        history.append(AN, cid, "user", a.question or "?")
        history.append(AN, cid, "assistant", a.answer, a)
    turns = history.load(AN, cid)
    assert [t.role for t in turns] == ["user", "assistant"] * 4
    assert [t.answer for t in turns[1::2]] == answers  # every field, citations and rows included
    assert [type(t.answer) for t in turns[1::2]] == [Answer, Summary, Comparison, Trend]
    assert turns[5].answer.rows and turns[7].answer.series and turns[1].answer.citations[0].quote
    assert all(t.answer is None for t in turns[0::2])


def test_a_reopened_conversation_reads_a_follow_up_as_before(history, fake_assistant):
    conv = Conversation()
    first = fake_assistant.ask("Năm 2021 có bao nhiêu đảng viên bị cảnh cáo?", conversation=conv)
    cid = history.start(AN, "Năm 2021 có bao nhiêu đảng viên bị cảnh cáo?")
    history.append(AN, cid, "user", "Năm 2021 có bao nhiêu đảng viên bị cảnh cáo?")
    history.append(AN, cid, "assistant", first.answer, first, conversation=conv)

    reopened = history.conversation(AN, cid)
    assert reopened.turns == conv.turns and reopened.last == conv.last
    follow = fake_assistant.ask("Còn khai trừ thì sao?", conversation=reopened)
    assert "khai trừ 07 đảng viên" in follow.lead[0] and "năm 2021" in follow.lead[0]
    # without what was kept, the same words are read as a new question about another report
    assert fake_assistant.ask("Còn khai trừ thì sao?").lead[0] != follow.lead[0]


def test_a_stored_answer_that_no_longer_reads_keeps_its_text(history):
    cid = history.start(AN, "Câu hỏi")
    history.append(AN, cid, "assistant", "Câu trả lời cũ", Answer(answer="Câu trả lời cũ", found=True))
    con = sqlite3.connect(history.path)
    with con:
        con.execute("UPDATE messages SET answer='{\"found\": \"không rõ\"}', context='{\"kind\": 3}'")
    con.close()
    [turn] = history.load(AN, cid)
    assert turn.text == "Câu trả lời cũ" and turn.answer is None
    assert history.conversation(AN, cid).last is None


def test_titles_are_the_first_question_cut_at_a_word():
    assert make_title("  Có bao nhiêu\nđảng viên?  ") == "Có bao nhiêu đảng viên?"
    long = "Tình hình thi hành kỷ luật đảng viên trong sáu tháng đầu năm 2021 và những hạn chế còn tồn tại"
    title = make_title(long)
    assert len(title) <= 60 and title.endswith("…") and long.startswith(title[:-1])
    assert long[len(title) - 1] == " "  # cut between two words
    assert make_title("x" * 100) == "x" * 59 + "…"
    assert make_title("   ") == NEW_TITLE


# --- owners ----------------------------------------------------------------------------------
def test_an_owner_never_reaches_another_owners_conversation(history):
    mine = history.start(AN, "Câu hỏi của An")
    history.append(AN, mine, "user", "Câu hỏi của An")
    assert history.list(BINH) == []
    for attempt in (lambda: history.load(BINH, mine), lambda: history.conversation(BINH, mine),
                    lambda: history.append(BINH, mine, "user", "chen vào"),
                    lambda: history.rename(BINH, mine, "đổi tên")):
        with pytest.raises(ConversationNotFound):
            attempt()
    assert history.delete(BINH, mine) is False and history.delete_all(BINH) == 0
    [kept] = history.list(AN)
    assert kept.id == mine and kept.title == "Câu hỏi của An" and kept.turns == 1
    assert [t.text for t in history.load(AN, mine)] == ["Câu hỏi của An"]


def test_a_browser_id_cannot_pose_as_a_login_name(history):
    name = "nguyenvanan"
    cid = history.start(owner_key(name), "Bí mật")
    assert owner_key(browser_id=name) != owner_key(name)
    assert history.list(owner_key(browser_id=name)) == []
    with pytest.raises(ConversationNotFound):
        history.load(owner_key(browser_id=name), cid)


@pytest.mark.parametrize("browser_id", [None, "", "short", "a" * 65, "abc def12345", "../../etc/passwd",
                                        "ñandú12345", "id;DROP TABLE", "abcdefgh\n"])
def test_a_malformed_browser_id_is_refused(browser_id):
    with pytest.raises(InvalidOwner):
        owner_key(browser_id=browser_id)


def test_owners_are_keys_and_login_names_are_checked(history):
    assert owner_key("  an  ") == "user:an" and owner_key(None, "Ab_-0123") == "browser:Ab_-0123"
    assert owner_key("an", "Ab_-0123") == "user:an"  # a login wins over the browser
    for bad in ("an\x00", "a" * 201, "an\nbinh"):
        with pytest.raises(InvalidOwner):
            owner_key(bad)
    for raw in ("an", "", "user:", "browser:short", None):  # the methods take keys, never raw names
        with pytest.raises(InvalidOwner):
            history.list(raw)
        with pytest.raises(InvalidOwner):
            history.start(raw, "x")


# --- listing, deleting, limits ----------------------------------------------------------------
def test_the_most_recently_used_conversation_comes_first(history, monkeypatch):
    monkeypatch.setattr("assistant.history.time.time", lambda: 1_700_000_000.0)  # a coarse clock: all at once
    a, b, c = (history.start(AN, t) for t in ("một", "hai", "ba"))
    assert [s.id for s in history.list(AN)] == [c, b, a]
    history.append(AN, a, "user", "lại một")
    listed = history.list(AN)
    assert [s.id for s in listed] == [a, c, b] and [s.turns for s in listed] == [1, 0, 0]
    assert listed[0].updated > listed[0].created and listed[0].updated.tzinfo is not None
    assert [s.id for s in history.list(AN, limit=2)] == [a, c]
    assert history.rename(AN, b, "  hai   mới ") == "hai mới" and history.list(AN)[2].title == "hai mới"


def test_deleting_removes_the_messages_too(history):
    a, b = history.start(AN, "một"), history.start(AN, "hai")
    other = history.start(BINH, "của Bình")
    for cid, owner in ((a, AN), (b, AN), (other, BINH)):
        history.append(owner, cid, "user", "hỏi")
        history.append(owner, cid, "assistant", "đáp", Answer(answer="đáp", found=True))
    assert history.delete(AN, a) is True and history.delete(AN, a) is False
    with pytest.raises(ConversationNotFound):
        history.load(AN, a)
    assert [s.id for s in history.list(AN)] == [b] and rows(history, "messages") == 4
    assert history.delete_all(AN) == 1 and history.list(AN) == []
    assert rows(history, "messages") == 2 and [s.id for s in history.list(BINH)] == [other]


def test_an_owner_keeps_only_the_newest_conversations(tmp_path):
    h = History(tmp_path / HISTORY_FILE, max_conversations=3)
    ids = []
    for i in range(5):
        ids.append(h.start(AN, f"câu {i}"))
        h.append(AN, ids[-1], "user", f"câu {i}")
    h.start(BINH, "của Bình")  # another owner's conversations count apart
    assert [s.id for s in h.list(AN)] == ids[:1:-1]
    assert rows(h, "messages") == 3  # the dropped conversations' messages went with them
    h.append(AN, ids[2], "user", "vẫn dùng")  # the oldest kept one, used again, is no longer the oldest
    h.start(AN, "câu 5")
    assert ids[2] in {s.id for s in h.list(AN)} and ids[3] not in {s.id for s in h.list(AN)}


def test_a_message_is_capped(tmp_path):
    h = History(tmp_path / HISTORY_FILE, max_chars=1000)
    cid = h.start(AN, "câu hỏi")
    h.append(AN, cid, "user", "đ" * 5000)
    big = Answer(answer="dài " * 400, found=True)  # its JSON is longer than the cap
    h.append(AN, cid, "assistant", "dài", big)
    small = Answer(answer="ngắn", found=True)
    h.append(AN, cid, "assistant", "ngắn", small)
    asked, long_answer, short_answer = h.load(AN, cid)
    assert len(asked.text) == 1000 and asked.text.endswith("…")
    assert long_answer.text == "dài" and long_answer.answer is None  # kept as text only
    assert short_answer.answer == small


def test_roles_and_answers_are_checked(history):
    cid = history.start(AN, "x")
    with pytest.raises(ValueError):
        history.append(AN, cid, "system", "x")
    with pytest.raises(ValueError):
        history.append(AN, cid, "user", "x", Answer(answer="x", found=True))
    with pytest.raises(ConversationNotFound):
        history.append(AN, "0" * 32, "user", "x")
    assert history.load(AN, cid) == []


def test_the_settings_name_the_file_and_the_limits(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_HISTORY_MAX_CONVERSATIONS", "7")
    h = History.for_store(Settings(store=tmp_path / "kho", history_max_chars=5000))
    assert h.path == tmp_path / "kho" / HISTORY_FILE and h.path.is_file()
    assert (h.max_conversations, h.max_chars) == (7, 5000)
    assert (Settings().store.history_max_conversations, Settings().store.history_max_chars) == (7, 200_000)


# --- threads ---------------------------------------------------------------------------------
def test_threads_append_to_one_conversation_without_losing_a_message(history):
    cid = history.start(AN, "nhiều luồng")
    errors = []

    def work(k: int):
        try:
            for i in range(25):
                history.append(AN, cid, "user", f"{k}:{i}")
                if i % 5 == 0:
                    history.list(AN)
                    history.start(BINH, f"{k}:{i}")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    texts = [t.text for t in history.load(AN, cid)]
    assert len(texts) == 200 == len(set(texts))
    for k in range(8):  # each thread's messages in the order it wrote them
        assert [int(x.split(":")[1]) for x in texts if x.startswith(f"{k}:")] == list(range(25))
    assert len(history.list(BINH, limit=100)) == 40


# --- a store that cannot be written ----------------------------------------------------------
def check_unavailable(h: History) -> None:
    assert not h.available and "Vẫn có thể hỏi đáp" in h.problem
    for call in (lambda: h.start(AN, "x"), lambda: h.list(AN), lambda: h.load(AN, "0" * 32),
                 lambda: h.append(AN, "0" * 32, "user", "x"), lambda: h.delete_all(AN),
                 lambda: h.conversation(AN, "0" * 32)):
        with pytest.raises(HistoryUnavailable, match="lịch sử trò chuyện"):
            call()


def test_an_unwritable_store_leaves_the_history_unavailable(tmp_path):
    (tmp_path / "tệp").write_text("không phải thư mục")
    h = History(tmp_path / "tệp" / HISTORY_FILE)  # the folder cannot even be made
    check_unavailable(h)
    assert "không có quyền ghi" in h.problem


def test_a_damaged_history_file_is_reported_and_kept(tmp_path):
    path = tmp_path / HISTORY_FILE
    path.write_bytes(b"not a database " * 100)
    h = History(path)
    check_unavailable(h)
    assert "bị hỏng" in h.problem and path.read_bytes() == b"not a database " * 100


@pytest.fixture()
def read_only_folder(tmp_path):
    """A store folder holding a history, made read-only the way users meet it: a read-only mount
    (as root, file modes do not stop writes), or file modes otherwise."""
    backing = tmp_path / "store"
    h = History(backing / HISTORY_FILE)
    h.append(AN, h.start(AN, "cũ"), "user", "cũ")
    with read_only(backing, tmp_path / "ro") as paths:
        yield paths


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_read_only_store_leaves_the_history_unavailable_and_unchanged(read_only_folder):
    folder, backing = read_only_folder
    before = digest(backing)
    h = History(folder / HISTORY_FILE)
    check_unavailable(h)
    assert "chỉ đọc" in h.problem
    assert digest(backing) == before
