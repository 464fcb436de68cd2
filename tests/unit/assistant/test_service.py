"""The front door over a fake store: routing on the question's kind, typed results, one retrieval
per question."""
from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant import (Answer, Assistant, Comparison, Conversation, ReportNotFound, SectionNotFound, Settings,
                       Summary)
from assistant.question import analyse

H1, YEAR = "bao-cao-6-thang-dau-nam-2021", "bao-cao-nam-2021"


@pytest.mark.parametrize("text,kind", [
    ("Ai ký báo cáo năm 2021?", "signer"),
    ("ai ky bao cao nam 2021", "signer"),
    ("Tóm tắt mục 3 phần I", "summary"),
    ("So sánh số đảng viên bị kỷ luật giữa hai báo cáo", "compare"),
    ("Có bao nhiêu đảng viên bị thi hành kỷ luật?", "figure"),
    ("Vì sao số lượng đảng viên kết nạp còn thấp?", "general"),
])
def test_the_question_carries_its_kind(text, kind):
    assert analyse(text).kind == kind


def test_a_compare_question_carries_its_topic():
    q = analyse("So sánh số đảng viên bị kỷ luật giữa báo cáo 6 tháng đầu năm 2021 và báo cáo năm 2021")
    assert q.topic == "đảng viên bị kỷ luật"  # "số" (the count) is implied by a comparison
    assert analyse("Có bao nhiêu đảng viên bị kỷ luật?").topic == ""


def test_a_follow_up_of_a_signer_question_asks_the_reports():
    first = analyse("Ai ký báo cáo năm 2021?")
    assert analyse("Còn kết nạp đảng viên thì sao?", first).kind != "signer"


def test_each_verb_returns_its_type(fake_assistant):
    signer = fake_assistant.ask("Ai ký báo cáo năm 2021?")
    assert type(signer) is Answer and signer.found and signer.citations[0].section_title
    assert "(đã ký)" in signer.citations[0].quote
    summary = fake_assistant.ask("Tóm tắt mục 3 phần I báo cáo 6 tháng đầu năm 2021")
    assert isinstance(summary, Summary) and summary.parts[0].section == "I.3" and summary.items
    assert [i.n for i in summary.items] == [c.n for c in summary.citations]
    comparison = fake_assistant.ask("So sánh số đảng viên bị kỷ luật giữa báo cáo 6 tháng đầu năm 2021 và báo cáo năm 2021")
    assert isinstance(comparison, Comparison) and comparison.topic == "đảng viên bị kỷ luật"
    figure = fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1])
    assert type(figure) is Answer and figure.found and "106 đảng viên" in figure.lead[0]


def test_the_lead_and_the_quotes_make_the_answer(fake_assistant):
    ans = fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1])
    assert ans.quotes and ans.answer.startswith("\n".join(ans.lead) + "\n\n")
    cited = {c.n: c.quote for c in ans.citations}
    for q in ans.quotes:
        assert cited[q.n] == q.text and q.text in ans.answer
    assert not any(q.text in "\n".join(ans.lead) for q in ans.quotes)


def test_the_stream_shows_the_lead_then_settles(fake_assistant):
    parts = list(fake_assistant.ask_stream("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1]))
    texts, final = parts[:-1], parts[-1]
    assert isinstance(final, Answer) and texts[-1] == "\n".join(final.lead)
    assert all(isinstance(t, str) and final.lead[0].startswith(t.split("\n")[0]) for t in texts)


def test_summarize_and_compare_raise_typed_errors(fake_assistant):
    with pytest.raises(ReportNotFound):
        fake_assistant.summarize("khong-co", "I.3")
    with pytest.raises(SectionNotFound) as exc:
        fake_assistant.summarize(H1, "mục 3")
    assert {"I.3", "II.3"} <= {n for n, _ in exc.value.candidates}
    with pytest.raises(ReportNotFound):
        fake_assistant.compare("khong-co", YEAR)
    s = fake_assistant.summarize(H1, "mục 3 phần I")
    assert s.section_json()["section"] == "I.3" and s.section_json()["summary"] == s.answer
    # asked in the chat, a summary keeps the answer JSON of every reply
    assert set(fake_assistant.ask("Tóm tắt mục 3 phần I báo cáo 6 tháng đầu năm 2021").public()) >= {
        "answer", "found", "citations"}


def test_follow_ups_use_the_conversation(fake_assistant):
    conv = Conversation()
    fake_assistant.ask("Năm 2021 có bao nhiêu đảng viên bị cảnh cáo?", conversation=conv)
    follow = fake_assistant.ask("Còn khai trừ thì sao?", conversation=conv)
    assert "khai trừ 07 đảng viên" in follow.lead[0] and len(conv.turns) == 2


def test_with_a_model_the_question_is_retrieved_once(fake_store, tmp_path):
    model = GenericFakeChatModel(messages=iter([AIMessage(content="Cấp ủy thi hành kỷ luật 106 đảng viên [1].")]))
    a = Assistant(Settings(store=tmp_path), store=fake_store, chat_model=model)
    before = len(fake_store.dense_queries)
    ans = a.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1])
    assert ans.found
    assert len(fake_store.dense_queries) - before == 1  # the extractive answer's search feeds the model too


def test_a_summary_question_carries_the_length_it_asks_for(fake_assistant):
    assert analyse("Tóm tắt ngắn mục II.2").length == "short"
    assert analyse("tom tat chi tiet muc II.2").length == "detailed"
    assert analyse("Tóm tắt mục II.2").length == "" == analyse("Có bao nhiêu đảng viên?").length
    short = fake_assistant.ask("Tóm tắt ngắn mục II.2 báo cáo 6 tháng đầu năm 2021")
    detailed = fake_assistant.ask("Tóm tắt chi tiết mục II.2 báo cáo 6 tháng đầu năm 2021")
    assert len(short.items) == 3 < len(detailed.items)


def test_a_follow_up_of_a_comparison_carries_its_own_topic():
    first = analyse("So sánh số đảng viên bị kỷ luật giữa hai báo cáo")
    follow = analyse("Còn kết nạp đảng viên thì sao?", first)
    assert follow.kind == "compare" and follow.topic == "Còn kết nạp đảng viên thì sao"
