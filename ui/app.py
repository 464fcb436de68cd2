"""The web shell: a Gradio page over the service's public face (the `assistant` package's
exports — the same verbs as the CLI); it renders the typed results and reads none of their wording."""
from __future__ import annotations

import argparse
import html
import logging
import os
import secrets
import shutil
import tempfile
from pathlib import Path

import gradio as gr

from assistant import (Answer, Assistant, Comparison, Conversation, Trend, ReportNotFound, ReportReadError,
                       SectionNotFound, Settings, describe_error, get_settings, safe_name, unknown_reports)
from assistant import ConversationNotFound, History, HistoryUnavailable, InvalidOwner, export_result, owner_key
from assistant import report_id as slug

from .guard import discard_upload
from . import reader
from .locale import HEAD as LOCALE_HEAD, I18N
from .render import (CSS, HEAD, answer_markdown, bubble, citations_html, cut_label, period_key, reports_rows,
                     result_status, trend_frame)

log = logging.getLogger(__name__)

EXAMPLES = ["Có bao nhiêu đảng viên bị thi hành kỷ luật?", "Tóm tắt mục 3 phần I", "So sánh hai báo cáo",
            "Hội Cựu chiến binh đã làm được những gì?"]
TABLE_HEADERS = ["Mã", "Tiêu đề", "Kỳ báo cáo", "Số mục", "Số đoạn", "Ngày thêm"]
# What the upload's progress says for each stage of indexing a file (index.pipeline.Stage), and the
# share of the file's bar it covers (embedding is the long part).
STAGES = {"read": ("Đọc tệp", 0.0, 0.1), "split": ("Tách mục", 0.1, 0.05), "embed": ("Nhúng", 0.15, 0.75),
          "save": ("Lưu", 0.9, 0.1)}
STATUS = {"added": "đã thêm", "updated": "đã cập nhật", "unchanged": "đã có, bỏ qua", "duplicate": "đã có, bỏ qua"}
# System fonts only: a web font would be fetched from the network, which users' machines lack.
SYSTEM_FONTS = ["system-ui", "Segoe UI", "Roboto", "Noto Sans", "DejaVu Sans", "Arial", "sans-serif"]
NO_REPORT_PICKED = ("Chưa chọn báo cáo nào trong “Tìm trong các báo cáo”. Hãy đánh dấu ít nhất một báo cáo "
                    "để tìm câu trả lời.")
ERROR_TEXT = "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo cho quản trị viên."


def build_app(assistant: Assistant) -> gr.Blocks:
    history_db = History.for_store(assistant.settings)
    if not history_db.available:
        log.warning("chat history off: %s", history_db.problem)

    def owner_of(request: gr.Request | None, browser_id: str | None) -> str | None:
        """The login user, else this browser's random id; None when history cannot be kept."""
        try:
            return owner_key(getattr(request, "username", None), browser_id) if history_db.available else None
        except InvalidOwner:
            return None

    def past_choices(owner: str | None) -> list[tuple[str, str]]:
        try:
            return [(f"{c.updated.astimezone():%d/%m %H:%M} — {c.title}", c.id) for c in history_db.list(owner)] \
                if owner else []
        except HistoryUnavailable:
            return []

    def report_choices() -> list[tuple[str, str]]:
        return [(f"{r['period'] or r['id']} — {cut_label(r['title'], 70)}", r["id"]) for r in assistant.reports()]

    def reports_of(answer) -> dict:
        found = {rid: assistant.report(rid) for rid in {c.report for c in answer.citations}}
        return {rid: rep for rid, rep in found.items() if rep is not None}

    # --- chat ----------------------------------------------------------------------------
    def respond_page(message: str, history: list, conv: Conversation | None, selected: list[str] | None):
        # on the page an empty filter is every box unchecked: no report, never all of them
        yield from respond(message, history, conv, selected if selected is not None else [], empty_is_none=True)

    def respond(message: str, history: list, conv: Conversation | None, selected: list[str] | None,
                empty_is_none: bool = False):
        """Also the 'chat' endpoint for scripts, where an empty list of reports means all of them."""
        conv = conv or Conversation()
        history = list(history or [])
        message = (message or "").strip()
        if not message:
            yield history, conv, gr.skip(), gr.skip(), gr.skip()
            return
        history.append({"role": "user", "content": escape_user(message)})  # shown as typed: no image, no HTML
        history.append({"role": "assistant", "content": "…"})
        yield history, conv, gr.skip(), "", gr.skip()
        try:
            all_ids = [r["id"] for r in assistant.reports()]
            if all_ids and empty_is_none and not selected:
                # every report unchecked means none, never all: say so instead of searching everything
                history[-1] = {"role": "assistant", "content": answer_markdown(NO_REPORT_PICKED)}
                yield history, conv, gr.skip(), gr.skip(), None
                return
            filter_ids = selected if selected and set(selected) != set(all_ids) else None
            for part in assistant.ask_stream(message, filter_ids, conv):
                # the box was cleared on the first yield; later yields leave it alone, so a
                # question typed while this answer settles is not wiped
                if isinstance(part, str):  # the lead as far as it is written
                    history[-1] = {"role": "assistant", "content": answer_markdown(part)}
                    yield history, conv, gr.skip(), gr.skip(), gr.skip()
                else:
                    history[-1] = {"role": "assistant", "content": bubble(part)}
                    yield history, conv, citations_html(part, reports_of(part)), gr.skip(), part
        except Exception:  # noqa: BLE001 - the user gets a message, the log gets the traceback
            log.exception("answer failed")
            history[-1] = {"role": "assistant", "content": ERROR_TEXT}
            yield history, conv, gr.skip(), gr.skip(), None

    def clear_chat():
        return [], Conversation(), citations_html(None, {}), None, None  # the next question starts a new saved one

    # --- summarise / compare ---------------------------------------------------------------
    def section_choices(report_id: str | None):
        rep = assistant.report(report_id) if report_id else None
        if rep is None:
            return gr.update(choices=[], value=None)
        choices = [(f"{s.number}. {cut_label(s.title, 60)}", s.number) for s in assistant.pickable_sections(rep)]
        return gr.update(choices=choices, value=choices[0][1] if choices else None)

    def summarise(report_id, section, history, conv):
        """Its result goes into the chat; a line under the button says so (the chat may be off-screen)."""
        history = list(history or [])
        if not report_id or not section:
            gr.Warning("Hãy chọn báo cáo và mục cần tóm tắt.")
            return history, conv, gr.skip(), gr.skip(), ""
        rep = assistant.report(report_id)
        if rep is None:  # removed meanwhile from another tab
            gr.Warning(f"Không có báo cáo {report_id}.")
            return history, conv, gr.skip(), gr.skip(), ""
        history.append({"role": "user", "content": escape_user(f"Tóm tắt mục {section} ({rep.period or rep.id})")})
        try:
            result: Answer = assistant.summarize(report_id, section)
        except SectionNotFound as exc:
            result = Answer(answer=exc.message, found=False)
        except ReportNotFound:
            gr.Warning(f"Không có báo cáo {report_id}.")
            return history, conv, gr.skip(), gr.skip(), ""
        history.append({"role": "assistant", "content": bubble(result)})
        done = (f"Đã tóm tắt mục {section} ({rep.period or rep.id})" if result.found
                else f"Không tóm tắt được mục {section}")
        return history, conv, citations_html(result, {report_id: rep}), result, result_status(done, result.found)

    def compare(a, b, topic, history, conv):
        if not a or not b or a == b:
            gr.Warning("Hãy chọn hai báo cáo khác nhau để so sánh.")
            return list(history or []), conv, gr.skip(), gr.skip(), ""
        history = list(history or [])
        try:
            ans = assistant.compare(a, b, topic)
        except ReportNotFound as exc:
            gr.Warning(f"Không có báo cáo {exc.report_id}.")
            return history, conv, gr.skip(), gr.skip(), ""
        history.append({"role": "user", "content": escape_user(ans.question or "So sánh hai báo cáo")})
        history.append({"role": "assistant", "content": bubble(ans)})
        done = f"Đã so sánh {ans.a_label or a} với {ans.b_label or b}"
        return history, conv, citations_html(ans, reports_of(ans)), ans, result_status(done)

    def trend(topic, history, conv):
        history = list(history or [])
        result = assistant.trend(topic or None)
        if not result.found:
            gr.Warning(result.answer.splitlines()[-1])
            return history, conv, gr.skip(), gr.skip(), gr.skip(), gr.skip()
        history.append({"role": "user", "content": escape_user(result.question)})
        history.append({"role": "assistant", "content": bubble(result)})
        export_path = Path(tempfile.mkdtemp(prefix="dien-bien-")) / "dien-bien.xlsx"
        export_result(result, export_path)
        return (history, conv, citations_html(result, reports_of(result)), trend_frame(result), str(export_path),
                result)

    def export_files(result):
        """'Tải Word' for every settled result, 'Tải Excel' for a table (comparison, trend)."""
        if result is None or not getattr(result, "citations", None):
            return gr.update(value=None, visible=False), gr.update(value=None, visible=False)
        folder = Path(tempfile.mkdtemp(prefix="tra-loi-"))
        word = export_result(result, folder / "tra-loi.docx")
        table = isinstance(result, (Comparison, Trend)) and (getattr(result, "rows", None) or getattr(result, "series", None))
        excel = export_result(result, folder / "bang.xlsx") if table else None
        return (gr.update(value=str(word), visible=True),
                gr.update(value=str(excel) if excel else None, visible=bool(excel)))

    # --- history: each conversation saved as the page shows it, reopened and deleted ----------------
    def start_page(browser_id, request: gr.Request):
        # a random id kept in this browser's localStorage (anonymous users); a login name wins over it
        browser_id = browser_id or secrets.token_urlsafe(16)
        return browser_id, gr.update(choices=past_choices(owner_of(request, browser_id)), value=None)

    def save_turn(history, conv, result, conv_id, browser_id, request: gr.Request):
        """The last question and its settled answer appended to this conversation (started on the first)."""
        owner = owner_of(request, browser_id)
        if not owner or len(history or []) < 2 or history[-2]["role"] != "user":
            return conv_id, gr.skip()
        try:
            if conv_id is None:
                conv_id = history_db.start(owner, html.unescape(str(history[-2]["content"])).replace("\\", ""))
            history_db.append(owner, conv_id, "user", str(history[-2]["content"]))
            history_db.append(owner, conv_id, "assistant", str(history[-1]["content"]), result, conversation=conv)
        except (HistoryUnavailable, ConversationNotFound, InvalidOwner) as exc:  # saving never blocks answering
            log.warning("chat history not saved: %s", exc)
            return None, gr.skip()
        return conv_id, gr.update(choices=past_choices(owner), value=conv_id)

    def reopen(conv_id, browser_id, request: gr.Request):
        owner = owner_of(request, browser_id)
        if not owner or not conv_id:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        try:
            turns = history_db.load(owner, conv_id)
            conv = history_db.conversation(owner, conv_id)
        except (HistoryUnavailable, ConversationNotFound) as exc:
            gr.Warning(str(exc))
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        chat = [{"role": t.role, "content": t.text} for t in turns]
        last = next((t.answer for t in reversed(turns) if t.answer is not None), None)
        return chat, conv, citations_html(last, reports_of(last) if last else {}), last, conv_id

    def forget(conv_id, browser_id, request: gr.Request):
        owner = owner_of(request, browser_id)
        if owner and conv_id:
            try:
                history_db.delete(owner, conv_id)
            except HistoryUnavailable as exc:
                gr.Warning(str(exc))
        return gr.update(choices=past_choices(owner), value=None), None

    def trend_points(result, evt: gr.SelectData):
        """Periods picked on the chart (drag across a point: Gradio's plot reports a selection, not a
        click) → the sources of their points in the sources panel."""
        if result is None:
            return gr.skip()
        picked = set(evt.value if isinstance(evt.value, list) else [])
        wanted = {p.figure.n for s in result.series for p in s.points if period_key(result, p) in picked}
        if not wanted:
            return gr.skip()
        chosen = result.model_copy(update={"citations": [c for c in result.citations if c.n in wanted]})
        return citations_html(chosen, reports_of(chosen))

    # --- reports -----------------------------------------------------------------------------
    def upload(files, progress=gr.Progress()):
        lines: list[str] = []
        files = files or []
        if not files:
            gr.Warning("Chưa chọn tệp nào.")
        log.info("upload of %d files starts", len(files))
        for i, f in enumerate(files):
            src = Path(f if isinstance(f, str) else f.name)
            name = getattr(f, "orig_name", None) or src.name
            of = f" (tệp {i + 1}/{len(files)})" if len(files) > 1 else ""

            def on_page(done: int, total: int, name: str = name, of: str = of) -> None:
                progress((done, total), desc=f"Đọc tệp — nhận dạng chữ (OCR) trang {done}/{total}: {name}{of}", unit="trang")

            def on_stage(stage: str, done: int, total: int, i: int = i, name: str = name, of: str = of) -> None:
                # one bar over all the files, each file's share split by stage
                label, start, width = STAGES[stage]
                if stage == "embed":
                    label = f"Nhúng {done}/{total} đoạn"
                share = (i + start + width * (done / total if total else 1)) / len(files)
                progress(share, desc=f"{label}: {name}{of}")

            lines.append(ingest_upload(assistant, src, name, on_page, on_stage))
            # a generator: when the page is closed Gradio stops here, and the files left are not read
            yield ("\n".join(lines), *(gr.skip() for _ in range(8)))
        # the list is emptied: picking the next file must not send this one again
        yield ("\n".join(lines) or "Không có tệp nào.", *refresh_reports(), None)

    def refresh_reports():
        choices = report_choices()
        ids = [v for _, v in choices]
        return (gr.update(value=reports_rows(assistant.reports())), gr.update(choices=choices, value=ids),
                gr.update(choices=choices, value=None), gr.update(choices=choices, value=None),
                gr.update(choices=choices, value=ids[0] if ids else None),
                gr.update(choices=choices, value=ids[1] if len(ids) > 1 else None), gr.update(choices=choices))

    def ask_delete(report_id):
        """'Xóa báo cáo' removes nothing yet: it names the report and shows 'Xác nhận xóa' / 'Hủy' below."""
        rep = assistant.report(report_id) if report_id else None
        if rep is None:
            gr.Warning("Hãy chọn báo cáo cần xóa." if not report_id else f"Không có báo cáo {report_id}.")
            return gr.update(visible=False), gr.skip(), None
        name = escape_user(f"{rep.period or rep.id} — {cut_label(rep.title, 90)}")
        text = (f"**Xóa báo cáo “{name}”** (mã {escape_user(rep.id)})? Báo cáo sẽ bị gỡ khỏi kho; muốn dùng lại "
                "phải tải lên lại.")
        return gr.update(visible=True), text, report_id

    def delete(report_id):
        if not report_id:
            gr.Warning("Hãy chọn báo cáo cần xóa.")
            return ("", *refresh_reports(), gr.update(visible=False), None)
        ok = assistant.remove(report_id)
        msg = f"Đã xóa báo cáo {report_id}." if ok else f"Không có báo cáo {report_id}."
        return (msg, *refresh_reports(), gr.update(visible=False), None)

    def cancel_delete():
        return "Đã hủy, không xóa báo cáo nào.", gr.update(visible=False), None

    # --- reader ------------------------------------------------------------------------------
    def read(report_id, mark=None):
        """The reader tab on a report (a removed one says so), the quote `mark` highlighted."""
        rep = assistant.report(report_id) if report_id else None
        missing = report_id if report_id and rep is None else None
        nonce = secrets.token_hex(4) if mark else ""  # the same citation opened twice scrolls to it again
        # the choices too: a report indexed from another page since this one was drawn is named
        return (gr.Tabs(selected="reader"), gr.update(choices=report_choices(), value=report_id if rep else None),
                reader.outline_html(rep), reader.text_html(rep, mark, nonce, missing))

    def read_chosen(report_id):
        if not report_id:
            gr.Warning("Hãy chọn báo cáo cần đọc.")
            return (gr.skip(),) * 4
        return read(report_id)

    def read_citation(evt: gr.EventData):
        target = reader.jump_target(getattr(evt, "_data", None))
        return read(target[0], target[1:]) if target else (gr.skip(),) * 4

    # --- API ---------------------------------------------------------------------------------
    def ask_api(question: str, reports: list[str] | None = None) -> dict:
        """Hỏi một câu; trả về JSON như lệnh `ask --json`: {answer, found, citations}."""
        problem = unknown_reports(assistant, reports)
        if problem:
            raise gr.Error(problem)
        return assistant.ask(question, reports or None).public()

    with gr.Blocks(title="Trợ lý báo cáo", analytics_enabled=False) as app:
        conv_state = gr.State(None)
        trend_state = gr.State(None)
        result_state = gr.State(None)  # the last settled result, for its Word/Excel files
        conv_id = gr.State(None)  # the saved conversation this page continues (None: not saved yet)
        browser_id = gr.BrowserState(None, storage_key="tro-ly-bao-cao-id")  # the trend drawn, so a point picked on the chart finds its sources
        with gr.Column(elem_id="app-title"):
            gr.Markdown("# Trợ lý hỏi đáp báo cáo\nHỏi bằng tiếng Việt về các báo cáo đã tải lên; mọi con số đều kèm "
                        "trích dẫn mục báo cáo. Dữ liệu không rời khỏi máy này.")
        with gr.Tabs() as tabs:
            with gr.Tab("Hỏi đáp", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=360):
                        chatbot = gr.Chatbot(label="Hội thoại", height=560, elem_id="chatbot", show_label=False,
                                             placeholder="Đặt câu hỏi về các báo cáo, ví dụ: “Có bao nhiêu đảng viên "
                                                         "bị thi hành kỷ luật?”", sanitize_html=True,
                                             # Gradio would follow a long answer to its end and hide its start:
                                             # HEAD's script shows each new answer from its top instead
                                             autoscroll=False)
                        with gr.Row():
                            box = gr.Textbox(placeholder="Nhập câu hỏi rồi nhấn Enter…", show_label=False, scale=5,
                                             elem_id="question", autofocus=True, max_lines=4, label="Câu hỏi")
                            send = gr.Button("Gửi", variant="primary", scale=1, elem_id="send")
                        gr.Examples(EXAMPLES, inputs=box, label="Câu hỏi mẫu")
                        with gr.Row():
                            clear = gr.Button("Cuộc hội thoại mới", size="sm", elem_id="new-chat")
                            # the last answer, summary or comparison as a file (python-docx / openpyxl)
                            word_btn = gr.DownloadButton("Tải Word", size="sm", visible=False, elem_id="export-word")
                            excel_btn = gr.DownloadButton("Tải Excel", size="sm", visible=False, elem_id="export-excel")
                            # the browser's print: the page's print CSS (render.py) keeps the conversation and
                            # its sources, opened, and hides the controls
                            print_btn = gr.Button("In", size="sm", elem_id="print-btn")
                        with gr.Accordion("Lịch sử hội thoại", open=False, elem_id="history-box",
                                          visible=history_db.available):
                            past = gr.Dropdown(choices=[], label="Các cuộc hội thoại đã lưu", elem_id="history-list")
                            with gr.Row():
                                reopen_btn = gr.Button("Mở lại", size="sm", elem_id="history-open")
                                forget_btn = gr.Button("Xóa cuộc hội thoại này", size="sm", variant="stop",
                                                       elem_id="history-delete")
                        selected = gr.CheckboxGroup(choices=report_choices(), value=[v for _, v in report_choices()],
                                                    label="Tìm trong các báo cáo", elem_id="report-filter")
                    with gr.Column(scale=2, min_width=320):
                        gr.Markdown("### Nguồn trích dẫn")
                        cites = gr.HTML(citations_html(None, {}), elem_id="citations", js_on_load=reader.CITE_JS)
                        with gr.Accordion("Tóm tắt một mục", open=False, elem_id="summary-box"):
                            sum_report = gr.Dropdown(choices=report_choices(), label="Báo cáo", elem_id="sum-report")
                            sum_section = gr.Dropdown(choices=[], label="Mục", elem_id="sum-section")
                            sum_btn = gr.Button("Tóm tắt", elem_id="sum-btn")
                            sum_status = gr.HTML("", elem_id="sum-status")
                        with gr.Accordion("So sánh hai báo cáo", open=False, elem_id="compare-box"):
                            choices = report_choices()
                            cmp_a = gr.Dropdown(choices=choices, value=choices[0][1] if choices else None, label="Báo cáo A")
                            cmp_b = gr.Dropdown(choices=choices, value=choices[1][1] if len(choices) > 1 else None,
                                                label="Báo cáo B")
                            cmp_topic = gr.Textbox(label="Nội dung so sánh (ví dụ: số đảng viên bị kỷ luật)")
                            cmp_btn = gr.Button("So sánh", elem_id="cmp-btn")
                            cmp_status = gr.HTML("", elem_id="cmp-status")
                        with gr.Accordion("Diễn biến qua các báo cáo", open=False, elem_id="trend-box"):
                            trend_topic = gr.Textbox(label="Nội dung (ví dụ: kỷ luật đảng viên)", elem_id="trend-topic")
                            trend_btn = gr.Button("Xem diễn biến", elem_id="trend-btn")
                            # Gradio's own chart (Vega-Lite, drawn in the page: no network); dragging across a
                            # point opens its sources, as do the values of the table in the chat
                            trend_plot = gr.LinePlot(x="Kỳ", y="Giá trị", color="Chỉ tiêu", tooltip=["Chỉ tiêu", "Nguồn"],
                                                     label="Biểu đồ diễn biến (kéo chuột qua một điểm để xem nguồn)",
                                                     elem_id="trend-plot", x_label_angle=0)
                            trend_file = gr.File(label="Tải Excel", elem_id="trend-file", interactive=False)
            with gr.Tab("Báo cáo", id="reports"):
                gr.Markdown("Tải lên báo cáo (.md, .txt, .docx, .pdf). Có thể chọn nhiều tệp; tệp không đọc được sẽ "
                            "được báo lỗi, các tệp khác vẫn được lập chỉ mục.")
                # Gradio draws the drop area as a <button> (tabindex 0): Tab reaches it and Enter or Space
                # open the file picker as is, so no script adds a role, a tabindex or a key handler
                files = gr.File(file_count="multiple", file_types=[".md", ".txt", ".docx", ".pdf"],
                                label="Chọn tệp báo cáo", elem_id="upload")
                upload_btn = gr.Button("Tải lên và lập chỉ mục", variant="primary", elem_id="upload-btn")
                upload_log = gr.Textbox(label="Kết quả", lines=4, interactive=False, elem_id="upload-log")
                table = gr.Dataframe(value=reports_rows(assistant.reports()), headers=TABLE_HEADERS,
                                     interactive=False, wrap=True, elem_id="reports-table",
                                     column_widths=["19%", "41%", "14%", "7%", "7%", "12%"])
                with gr.Row():
                    # wide enough to tell reports apart: on a phone the buttons go under it
                    to_delete = gr.Dropdown(choices=report_choices(), label="Báo cáo cần đọc hoặc xóa",
                                            elem_id="delete-choice", scale=3, min_width=260)
                    read_btn = gr.Button("Đọc", elem_id="read-btn")
                    delete_btn = gr.Button("Xóa báo cáo", variant="stop", elem_id="delete-btn")
                # asked in the page, naming the report, rather than a browser confirm(): a confirm() names
                # nothing the user can check against the table, and some browsers let a page silence it
                pending_delete = gr.State(None)
                with gr.Group(visible=False, elem_id="delete-confirm-box") as confirm_box:
                    confirm_text = gr.Markdown(elem_id="delete-confirm-text")
                    with gr.Row():
                        confirm_btn = gr.Button("Xác nhận xóa", variant="stop", elem_id="delete-confirm")
                        cancel_btn = gr.Button("Hủy", elem_id="delete-cancel")
            with gr.Tab("Đọc báo cáo", id="reader"):  # ui/reader.py: outline left, whole text right
                reader_report = gr.Dropdown(choices=report_choices(), value=None, label="Báo cáo", elem_id="reader-report")
                with gr.Row(elem_id="reader-row", equal_height=False):
                    reader_outline = gr.HTML(reader.outline_html(None), elem_id="reader-outline",
                                             js_on_load=reader.OUTLINE_JS)
                    reader_text = gr.HTML(reader.text_html(None), elem_id="reader-text", js_on_load=reader.TEXT_JS)

        chat_out = [chatbot, conv_state, cites, box, result_state]
        exports = [word_btn, excel_btn]

        def settled(event):
            """After a result settles: its Word/Excel files, then the turn saved in the history."""
            return event.then(export_files, result_state, exports, api_visibility="private").then(
                save_turn, [chatbot, conv_state, result_state, conv_id, browser_id], [conv_id, past],
                api_visibility="private")

        # "always_last": a question sent while the previous answer is still settling is queued, not dropped
        # the "chat" endpoint for scripts: each client its own session with its own history
        api_chat = gr.Button(visible=False)
        api_chat.click(respond, [box, chatbot, conv_state, selected], chat_out, api_name="chat",
                       api_visibility="undocumented")
        for ask_event in (box.submit, send.click):
            settled(ask_event(respond_page, [box, chatbot, conv_state, selected], chat_out, api_visibility="private",
                              trigger_mode="always_last"))
        for start_over in (clear.click, chatbot.clear):
            start_over(clear_chat, None, [chatbot, conv_state, cites, result_state, conv_id], api_visibility="private"
                       ).then(export_files, result_state, exports, api_visibility="private").then(
                lambda: ("", ""), None, [sum_status, cmp_status], api_visibility="private")  # they pointed at the old chat
        sum_report.change(section_choices, sum_report, sum_section, api_visibility="private")
        result_out = [chatbot, conv_state, cites, result_state]
        settled(sum_btn.click(summarise, [sum_report, sum_section, chatbot, conv_state], [*result_out, sum_status],
                              api_visibility="private"))
        settled(cmp_btn.click(compare, [cmp_a, cmp_b, cmp_topic, chatbot, conv_state], [*result_out, cmp_status],
                              api_visibility="private"))
        print_btn.click(None, js="() => window.print()", api_visibility="private")
        trend_btn.click(trend, [trend_topic, chatbot, conv_state],
                        [chatbot, conv_state, cites, trend_plot, trend_file, trend_state], api_visibility="private")
        trend_plot.select(trend_points, trend_state, cites, api_visibility="private")
        report_outputs = [table, selected, to_delete, sum_report, cmp_a, cmp_b, reader_report]
        # the progress once, on the log box: on every output it showed three times and covered the table
        upload_btn.click(upload, files, [upload_log, *report_outputs, files], api_visibility="private",
                         concurrency_id="index", concurrency_limit=1, show_progress_on=[upload_log])
        # its own queue: a delete never waits behind a long upload (the store lock is held only for writes)
        delete_btn.click(ask_delete, to_delete, [confirm_box, confirm_text, pending_delete], api_visibility="private")
        confirm_btn.click(delete, pending_delete, [upload_log, *report_outputs, confirm_box, pending_delete],
                          api_visibility="private", concurrency_id="delete", concurrency_limit=1)
        cancel_btn.click(cancel_delete, None, [upload_log, confirm_box, pending_delete], api_visibility="private")
        # another report picked: the question asked no longer matches the choice, so it goes
        to_delete.input(lambda: (gr.update(visible=False), None), None, [confirm_box, pending_delete],
                        api_visibility="private")
        app.load(refresh_reports, None, report_outputs, api_visibility="private")
        app.load(start_page, browser_id, [browser_id, past], api_visibility="private")
        reopen_btn.click(reopen, [past, browser_id], [chatbot, conv_state, cites, result_state, conv_id],
                         api_visibility="private").then(export_files, result_state, exports, api_visibility="private")
        forget_btn.click(forget, [past, browser_id], [past, conv_id], api_visibility="private")
        # the reader: picked in its tab (.input: not re-fired when an opened citation sets the choice), from the
        # reports tab, or from a citation card's "Mở trong báo cáo" (a custom event of the citations panel)
        reader_out = [tabs, reader_report, reader_outline, reader_text]
        reader_report.input(read, reader_report, reader_out, api_visibility="private")
        read_btn.click(read_chosen, to_delete, reader_out, api_visibility="private")
        cites.open_source(read_citation, None, reader_out, api_visibility="private")
        gr.api(ask_api, api_name="ask")
    return app


def ingest_upload(assistant: Assistant, src: Path, original_name: str, on_page=None, on_stage=None) -> str:
    """Index one uploaded file; returns the line shown to the user. The upload's own name is only
    ever used for the report id: nothing is written where that name points ("../../etc/x.md")."""
    name = safe_name(Path(original_name.replace("\\", "/")).name or "bao-cao")  # no bidi tricks in the log
    rid = slug(name)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            dest = Path(tmp) / (rid + Path(name).suffix.lower())
            shutil.copyfile(src, dest)
            discard_upload(src)  # the original leaves Gradio's cache as soon as it is copied
            res = assistant.index_one(dest, rid, on_page=on_page, on_stage=on_stage, upload=True)
    except ReportReadError as exc:
        return f"✘ {name} — không đọc được: {exc}"
    except Exception as exc:  # noqa: BLE001 - the rest of the upload still goes in
        log.exception("indexing %s failed", name)
        return f"✘ {name} — lỗi khi lập chỉ mục: {describe_error(exc)}; các báo cáo khác không bị ảnh hưởng"
    finally:
        discard_upload(src)
    log.info("indexed %s: %s", name, res.status)
    if res.id_taken:
        return (f"✔ {name} — {STATUS[res.status]}: {res.sections} mục, {res.chunks} đoạn, mã {res.report_id} "
                f"(mã {res.id_taken} đã thuộc một báo cáo khác cùng tên, báo cáo đó được giữ nguyên; "
                "nếu đây là bản thay thế, hãy xóa báo cáo cũ)")
    extra = f" (trùng với {res.duplicate_of})" if res.duplicate_of else f": {res.sections} mục, {res.chunks} đoạn"
    ocr = " — văn bản nhận dạng từ bản quét (OCR)" if res.ocr else ""
    warn = "".join(f"\n⚠ {name} — {w}" for w in res.warnings)
    mark = "↷" if res.status in ("unchanged", "duplicate") else "✔"  # nothing new: no success tick
    return f"{mark} {name} — {STATUS[res.status]}{extra}{ocr}{warn}"


def escape_user(text: str) -> str:
    from .render import escape_md

    return escape_md(text)


def parse_auth(spec: str | None, settings: Settings | None = None) -> list[tuple[str, str]] | None:
    """'user:pass' or 'u1:p1,u2:p2', else the settings' auth (ASSISTANT_AUTH), else the lines of
    their auth file (ASSISTANT_AUTH_FILE)."""
    server = (settings or get_settings()).server
    spec = spec or (server.auth.get_secret_value() if server.auth else None)
    entries: list[str] = []
    if spec:
        entries = [e for e in spec.split(",") if e.strip()]
    elif server.auth_file:
        entries = [l.strip() for l in Path(server.auth_file).read_text().splitlines()
                   if l.strip() and not l.startswith("#")]
    pairs = []
    for e in entries:
        user, sep, pw = e.partition(":")
        if not sep or not user or not pw:
            raise SystemExit(f"Cấu hình đăng nhập không hợp lệ: “{e}” (cần dạng tên:mật_khẩu)")
        pairs.append((user.strip(), pw.strip()))
    return pairs or None


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None) -> int:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # read by gradio when it launches, not at import
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "chromadb", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    assistant = Assistant(settings)
    assistant.warm_up()
    app = build_app(assistant)
    app.queue(max_size=settings.server.queue_max_size, default_concurrency_limit=settings.server.concurrency)
    credentials = parse_auth(auth, settings)
    from .guard import launch_options
    from .locale import LoginPageLocale
    from starlette.middleware import Middleware

    options = launch_options(app, settings)
    if credentials:  # the login page's words in Vietnamese (see ui/locale.py: Gradio gives that page no i18n)
        options["app_kwargs"]["middleware"].append(Middleware(LoginPageLocale))
    print(f"Trợ lý báo cáo đang chạy tại http://{host}:{port}  (Ctrl+C để dừng)", flush=True)
    app.launch(server_name=host, server_port=port, auth=credentials, auth_message="Đăng nhập để dùng trợ lý báo cáo",
               show_error=False, ssr_mode=False, quiet=True, css=CSS + reader.CSS, head=HEAD + LOCALE_HEAD,
               footer_links=["api"],
               theme=gr.themes.Soft(primary_hue="blue", font=SYSTEM_FONTS, font_mono=["ui-monospace", "monospace"]),
               i18n=I18N, **options)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant serve", description="Mở giao diện web của trợ lý báo cáo.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", help="user:password (hoặc đặt ASSISTANT_AUTH / ASSISTANT_AUTH_FILE)")
    p.add_argument("--store", help="thư mục kho chỉ mục (mặc định: $ASSISTANT_STORE hoặc .store)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return serve(get_settings(store=args.store), host=args.host, port=args.port, auth=args.auth)

