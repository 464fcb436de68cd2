"""Vietnamese for the words Gradio itself puts on the page, whatever the browser's language.

Two layers, because Gradio 6.31 ships no Vietnamese and lets no app choose the page's locale:

1. `I18N` (passed to `Blocks.launch(i18n=...)`) gives Gradio's own dictionary a "vi" entry under its
   own keys ("common.clear", "upload_text.drop_file", ...): every string Gradio routes through its
   i18n ("Drop File Here", "Copy message", "Use via API", ...) then has a Vietnamese version.
2. `HEAD` makes "vi" the page's locale. The frontend only ever picks a locale it has a built-in file
   for, from the browser's language, so a custom "vi" is never chosen on its own; the script calls the
   frontend's own `changeLocale("vi")` (exported by its core module) once Gradio has set up i18n —
   head scripts run after that — and svelte-i18n then also sets `<html lang="vi">`. The same script
   rewrites the few English words Gradio hard-codes outside its dictionary (toast titles, some
   aria-labels, the "Invalid file type" message), as they appear.

Our own components get Vietnamese labels in ui/app.py; the progress unit is passed there too.
The login page (with --auth) gets a bare config from Gradio, without translations or head: the
`LoginPageLocale` middleware below adds both to it.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import gradio as gr

log = logging.getLogger(__name__)

LOCALE = "vi"

# Keys of Gradio's English dictionary (templates/frontend/assets/en-*.js), flat ("section.key"). The
# last group are keys the frontend asks for but English lacks (it shows them raw, e.g. "common.upload").
VI: dict[str, str] = {
    "_name": "Tiếng Việt",
    "3D_model.3d_model": "Mô hình 3D",
    "3D_model.drop_to_upload": "Thả tệp mô hình 3D (.obj, .glb, .stl, .gltf, .splat hoặc .ply) vào đây để tải lên",
    "annotated_image.annotated_image": "Ảnh có chú thích",
    "audio.allow_recording_access": "Vui lòng cho phép truy cập micrô để ghi âm.",
    "audio.audio": "Âm thanh",
    "audio.drop_to_upload": "Thả tệp âm thanh vào đây để tải lên",
    "audio.record_from_microphone": "Ghi âm từ micrô",
    "audio.stop_recording": "Dừng ghi âm",
    "audio.no_device_support": "Không truy cập được thiết bị thu âm, thu hình. Hãy kiểm tra rằng trang được mở qua "
                               "địa chỉ an toàn (https) hoặc localhost (hoặc đã truyền chứng chỉ SSL hợp lệ cho "
                               "ssl_verify) và trình duyệt đã được phép dùng thiết bị.",
    "audio.stop": "Dừng",
    "audio.resume": "Tiếp tục",
    "audio.record": "Ghi âm",
    "audio.no_microphone": "Không tìm thấy micrô",
    "audio.recording_error": "Không thể bắt đầu ghi âm từ micrô.",
    "audio.pause": "Tạm dừng",
    "audio.play": "Phát",
    "audio.waiting": "Đang chờ",
    "blocks.connection_can_break": "Trên điện thoại, kết nối có thể bị ngắt khi thẻ này không được mở hoặc máy "
                                   "chuyển sang chế độ ngủ, và lượt chờ của bạn trong hàng đợi sẽ mất.",
    "blocks.long_requests_queue": "Hàng đợi đang có nhiều yêu cầu. Hãy nhân bản Space này để không phải chờ.",
    "blocks.lost_connection": "Mất kết nối do rời khỏi trang. Đang vào lại hàng đợi...",
    "blocks.waiting_for_inputs": "Đang chờ tải tệp lên xong, vui lòng thử lại.",
    "chat_interface.new_chat": "Cuộc hội thoại mới",
    "chat_interface.message_placeholder": "Nhập tin nhắn...",
    "chat_interface.additional_inputs": "Tùy chọn bổ sung",
    "chat_interface.chatbot": "Trợ lý",
    "chat_interface.conversation": "Hội thoại",
    "chatbot.edit": "Sửa",
    "chatbot.retry": "Thử lại",
    "chatbot.undo": "Hoàn tác",
    "chatbot.submit": "Gửi",
    "chatbot.cancel": "Hủy",
    "chatbot.like": "Thích",
    "chatbot.dislike": "Không thích",
    "chatbot.clear": "Xóa hội thoại",
    "chatbot.complete": "Hoàn tất",
    "chatbot.copy_message": "Sao chép tin nhắn",
    "chatbot.copied_message": "Đã sao chép tin nhắn",
    "checkbox.checkbox": "Ô đánh dấu",
    "checkbox.checkbox_group": "Nhóm ô đánh dấu",
    "code.code": "Mã nguồn",
    "color_picker.color_picker": "Bộ chọn màu",
    "common.built_with": "xây dựng bằng",
    "common.built_with_gradio": "Xây dựng bằng Gradio",
    "common.clear": "Xóa",
    "common.download": "Tải xuống",
    "common.download_all": "Tải xuống tất cả",
    "common.edit": "Sửa",
    "common.empty": "Trống",
    "common.error": "Lỗi",
    "common.hosted_on": "Được lưu trữ trên",
    "common.loading": "Đang tải",
    "common.logo": "biểu trưng",
    "common.or": "hoặc",
    "common.remove": "Gỡ bỏ",
    "common.runs": "Các lần chạy",
    "common.runs_description": "Xem các lần chạy đã lưu trong trình duyệt này",
    "common.back_to_app": "Ứng dụng",
    "common.back_to_app_description": "Quay lại ứng dụng",
    "common.settings": "Cài đặt",
    "common.share": "Chia sẻ",
    "common.submit": "Gửi",
    "common.undo": "Hoàn tác",
    "common.no_devices": "Không tìm thấy thiết bị",
    "common.language": "Ngôn ngữ",
    "common.display_theme": "Giao diện",
    "common.pwa": "Ứng dụng web (PWA)",
    "common.progress": "Tiến độ",
    "common.record": "Ghi",
    "common.stop_recording": "Dừng ghi",
    "common.screen_studio": "Quay màn hình",
    "common.share_gradio_tab": "[Chia sẻ] Thẻ Gradio",
    "common.run": "Chạy",
    "dataframe.incorrect_format": "Sai định dạng, chỉ hỗ trợ tệp CSV và TSV",
    "dataframe.new_column": "Thêm cột",
    "dataframe.new_row": "Hàng mới",
    "dataframe.add_row_above": "Thêm hàng phía trên",
    "dataframe.add_row_below": "Thêm hàng phía dưới",
    "dataframe.delete_row": "Xóa hàng",
    "dataframe.delete_column": "Xóa cột",
    "dataframe.add_column_left": "Thêm cột bên trái",
    "dataframe.add_column_right": "Thêm cột bên phải",
    "dataframe.sort_column": "Sắp xếp cột",
    "dataframe.sort_ascending": "Sắp xếp tăng dần",
    "dataframe.sort_descending": "Sắp xếp giảm dần",
    "dataframe.drop_to_upload": "Thả tệp CSV hoặc TSV vào đây để nhập dữ liệu vào bảng",
    "dataframe.import_empty_file": "Tệp vừa thả vào không có dữ liệu.",
    "dataframe.import_no_column_names": "Tệp vừa thả vào không có tên cột.",
    "dataframe.import_ragged_row": "Dòng {line} của tệp có {fields} trường, còn dòng tiêu đề có {columns}.",
    "dataframe.import_static_columns": "Không thể nhập dữ liệu vào bảng có cột chỉ đọc.",
    "dataframe.import_fixed_columns": "Bảng này cần đúng {expected} cột, tệp có {actual}.",
    "dataframe.import_fixed_rows": "Bảng này cần đúng {expected} hàng, tệp có {actual}.",
    "dataframe.clear_sort": "Bỏ sắp xếp",
    "dataframe.filter": "Lọc",
    "dataframe.clear_filter": "Bỏ lọc",
    "dropdown.dropdown": "Danh sách chọn",
    "errors.build_error": "ứng dụng bị lỗi khi dựng",
    "errors.config_error": "cấu hình bị lỗi",
    "errors.contact_page_author": "Vui lòng báo cho người quản lý trang.",
    "errors.no_app_file": "không có tệp ứng dụng",
    "errors.runtime_error": "ứng dụng bị lỗi khi chạy",
    "errors.space_not_working": "Space không hoạt động vì {0}",
    "errors.space_paused": "Space đang tạm dừng",
    "errors.use_via_api": "Dùng qua API",
    "errors.use_via_api_or_mcp": "Dùng qua API hoặc MCP",
    "file.uploading": "Đang tải lên...",
    "highlighted_text.highlighted_text": "Văn bản tô sáng",
    "image.allow_webcam_access": "Vui lòng cho phép truy cập webcam để ghi hình.",
    "image.brush_color": "Màu bút vẽ",
    "image.brush_radius": "Cỡ bút vẽ",
    "image.image": "Hình ảnh",
    "image.remove_image": "Gỡ ảnh",
    "image.select_brush_color": "Chọn màu bút vẽ",
    "image.start_drawing": "Bắt đầu vẽ",
    "image.use_brush": "Dùng bút vẽ",
    "image.drop_to_upload": "Thả tệp ảnh vào đây để tải lên",
    "image_editor.add_layer": "Thêm lớp",
    "image_editor.brush": "Bút vẽ",
    "image_editor.brush_size": "Cỡ bút",
    "image_editor.clear_canvas": "Xóa khung vẽ",
    "image_editor.color": "Màu",
    "image_editor.confirm_crop": "Xác nhận cắt",
    "image_editor.crop": "Cắt ảnh",
    "image_editor.erase": "Tẩy",
    "image_editor.eraser_size": "Cỡ tẩy",
    "image_editor.fit_to_screen": "Vừa màn hình",
    "image_editor.layer": "Lớp",
    "image_editor.layers": "Các lớp",
    "image_editor.pan": "Kéo ảnh",
    "image_editor.paste": "Dán",
    "image_editor.redo": "Làm lại",
    "image_editor.resize": "Đổi kích thước",
    "image_editor.save_changes": "Lưu thay đổi",
    "image_editor.select_draw_tool": "chọn công cụ vẽ để bắt đầu",
    "image_editor.show_layers": "Hiện các lớp",
    "image_editor.upload": "Tải lên",
    "image_editor.upload_image": "Tải ảnh lên",
    "image_editor.webcam": "Webcam",
    "image_editor.zoom_in": "Phóng to",
    "image_editor.zoom_out": "Thu nhỏ",
    "label.label": "Nhãn",
    "login.enable_cookies": "Nếu bạn mở một Space của HuggingFace ở chế độ ẩn danh, hãy bật cookie của bên thứ ba.",
    "login.incorrect_credentials": "Sai tên đăng nhập hoặc mật khẩu",
    "login.username": "tên đăng nhập",
    "login.password": "mật khẩu",
    "login.login": "Đăng nhập",
    "number.number": "Số",
    "plot.plot": "Biểu đồ",
    "radio.radio": "Lựa chọn",
    "slider.slider": "Thanh trượt",
    "status.queue_position": "Đang chờ: thứ {position}/{size}",
    "upload_text.click_to_upload": "Bấm để chọn tệp",
    "upload_text.drop_audio": "Thả tệp âm thanh vào đây",
    "upload_text.drop_csv": "Thả tệp CSV vào đây",
    "upload_text.drop_file": "Thả tệp vào đây",
    "upload_text.drop_image": "Thả ảnh vào đây",
    "upload_text.drop_video": "Thả video vào đây",
    "upload_text.drop_gallery": "Thả ảnh hoặc video vào đây",
    "upload_text.paste_clipboard": "Dán từ bộ nhớ tạm",
    "video.drop_to_upload": "Thả tệp video vào đây để tải lên",
    # asked for by the frontend, missing from its English file
    "common.complete": "Hoàn tất",
    "common.upload": "Tải lên",
    "common.video": "Video",
    "common.webcam": "Webcam",
    "image.no_webcam_support": "Trình duyệt này không dùng được webcam.",
    "model3d.drop_to_upload": "Thả tệp mô hình 3D vào đây để tải lên",
}
FRONTEND_ONLY_KEYS = ("common.complete", "common.upload", "common.video", "common.webcam",
                      "image.no_webcam_support", "model3d.drop_to_upload")

# English that Gradio writes straight into the page, not through its dictionary: aria-labels, titles,
# alt texts, the titles / default texts of its toasts, the table's filter box. Exact strings only.
HARD_CODED: dict[str, str] = {
    # toasts
    "Error": "Lỗi",
    "Warning": "Cảnh báo",
    "Info": "Thông báo",
    "Success": "Thành công",
    "An error occurred.": "Đã có lỗi xảy ra.",
    "Warning.": "Cảnh báo.",
    "Success.": "Thành công.",
    "Info.": "Thông báo.",
    "Close": "Đóng",
    # page, tabs, upload area
    "More tabs": "Các thẻ khác",
    "Gradio footer navigation": "Liên kết cuối trang",
    "Click to upload or drop files": "Bấm để chọn tệp hoặc thả tệp vào đây",
    "File upload": "Chọn tệp",
    "Upload file": "Tải tệp lên",
    "Remove this file": "Gỡ tệp này",
    "Paste from clipboard": "Dán từ bộ nhớ tạm",
    "Empty value": "Giá trị trống",
    "Fullscreen": "Toàn màn hình",
    "Exit fullscreen mode": "Thoát toàn màn hình",
    "Select All": "Chọn tất cả",
    "Export": "Xuất",
    "Share failed.": "Chia sẻ không thành công.",
    # chat
    "chatbot conversation": "Hội thoại",
    "Copy conversation": "Sao chép hội thoại",
    "Copied conversation": "Đã sao chép hội thoại",
    "Loading response": "Đang soạn câu trả lời",
    "Scroll down": "Cuộn xuống",
    "Feedback": "Góp ý",
    "Like": "Thích",
    "Liked": "Đã thích",
    "Dislike": "Không thích",
    "Disliked": "Đã không thích",
    # table
    "Dataframe": "Bảng dữ liệu",
    "Table actions": "Thao tác với bảng",
    "Copy table data": "Sao chép dữ liệu bảng",
    "Copied to clipboard": "Đã sao chép",
    "Open cell menu": "Mở menu ô",
    "Edit cell": "Sửa ô",
    "Static column": "Cột chỉ đọc",
    "Filtered": "Đang lọc",
    "Add row": "Thêm hàng",
    "Add row above": "Thêm hàng phía trên",
    "Add row below": "Thêm hàng phía dưới",
    "Add column to the left": "Thêm cột bên trái",
    "Add column to the right": "Thêm cột bên phải",
    "Delete row": "Xóa hàng",
    "Delete column": "Xóa cột",
    "Apply filter and update dataframe values": "Áp dụng bộ lọc",
    "Filter as": "Lọc theo kiểu",
    "string": "chữ",
    "number": "số",
    "Type a value": "Nhập giá trị",
    "Contains": "Có chứa",
    "Does not contain": "Không chứa",
    "Starts with": "Bắt đầu bằng",
    "Ends with": "Kết thúc bằng",
    "Is": "Bằng",
    "Is not": "Khác",
    "Is empty": "Trống",
    "Is not empty": "Không trống",
    # chart (Vega's description of itself for screen readers)
    "Vega visualization": "Biểu đồ",
}
# Messages with a variable part, as (JS regex, JS replacement), matched against the whole string.
HARD_CODED_PATTERNS: list[tuple[str, str]] = [
    (r"^Invalid file types?: ([\s\S]*?) and (\d+) more\. Only ([\s\S]*) allowed\.$",
     "Loại tệp không hợp lệ: $1 và $2 tệp khác. Chỉ nhận các tệp $3."),
    (r"^Invalid file types?: ([\s\S]*)\. Only ([\s\S]*) allowed\.$", "Loại tệp không hợp lệ: $1. Chỉ nhận các tệp $2."),
    (r"^user's message: ([\s\S]*)$", "Câu hỏi: $1"),
    (r"^bot's message: ([\s\S]*)$", "Trả lời: $1"),
    (r"^([XY])-axis titled '([\s\S]*)' for a discrete scale with (\d+) values?: ([\s\S]*)$",
     "Trục $1 “$2”, $3 giá trị: $4"),
    (r"^([XY])-axis titled '([\s\S]*)' for a \w+ scale with values from ([\s\S]*) to ([\s\S]*)$",
     "Trục $1 “$2”, giá trị từ $3 đến $4"),
    (r"^(?:Symbol )?legend titled '([\s\S]*)' for [\w ]+ with (\d+) values?: ([\s\S]*)$",
     "Chú giải “$1”, $2 giá trị: $3"),
]

_ASSETS = Path(gr.__file__).parent / "templates" / "frontend" / "assets"


def frontend_module(export: str = "changeLocale") -> str | None:
    """The file name of Gradio's frontend module that exports `export` (its name has a build hash)."""
    for path in sorted(_ASSETS.glob("core-*.js")):
        if re.search(r"export\{[^}]*\bas " + re.escape(export) + r"\b", path.read_text(encoding="utf-8")):
            return path.name
    return None


def _head() -> str:
    core = frontend_module()
    if core is None:
        log.warning("Gradio's frontend has no changeLocale: the page keeps the browser's language")
    config = json.dumps({"locale": LOCALE, "core": f"assets/{core}" if core else None, "words": HARD_CODED,
                         "patterns": HARD_CODED_PATTERNS}, ensure_ascii=False)
    return _SCRIPT.replace("__CONFIG__", config.replace("</", "<\\/"))


# Head scripts are run by Gradio after it has set up its i18n (so the locale set here stays).
# The core module is imported from where the page itself loaded it: the same module, the same store.
_SCRIPT = """
<script type="module">
const cfg = __CONFIG__;
if (cfg.core) {
  import(new URL(cfg.core, document.baseURI).href)
    .then((m) => m.changeLocale(cfg.locale))
    .catch((e) => console.warn("locale", e));
}
const patterns = cfg.patterns.map(([re, to]) => [new RegExp(re), to]);
const ATTRS = ["aria-label", "title", "alt", "placeholder"];
// Text is rewritten only in Gradio's own pop-ups: elsewhere a text node is content (answers, reports).
const TEXT_SCOPE = "[data-testid='toast-body'], .filter-menu";
function word(s) {
  const t = s.trim();
  if (Object.hasOwn(cfg.words, t)) return s.replace(t, cfg.words[t]);
  for (const [re, to] of patterns) if (re.test(t)) return s.replace(t, t.replace(re, to));
  return null;
}
function fixElement(el) {
  for (const a of ATTRS) {
    const v = el.getAttribute(a);
    const w = v && word(v);
    if (w) el.setAttribute(a, w);
  }
}
function fixText(node) {
  const p = node.parentElement;
  if (!p || !p.closest(TEXT_SCOPE)) return;
  const w = word(node.nodeValue);
  if (w) node.nodeValue = w;
}
function fix(node) {
  if (node.nodeType === Node.TEXT_NODE) return fixText(node);
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  fixElement(node);
  for (const el of node.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) fixElement(el);
  if (node.closest(TEXT_SCOPE) || node.querySelector(TEXT_SCOPE)) {
    const walk = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) fixText(t);
  }
}
new MutationObserver((records) => {
  for (const r of records) {
    if (r.type === "childList") r.addedNodes.forEach(fix);
    else if (r.type === "attributes") fixElement(r.target);
    else fixText(r.target);
  }
}).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                           attributeFilter: ATTRS});
fix(document.body);
</script>
"""

I18N = gr.I18n(vi=VI)
HEAD = _head()


# --- the login page -------------------------------------------------------------------------------------
# Gradio serves the login page (with --auth) a bare config of its own: no translations, no head, so its
# words stay English ("Login", "username", "password"). No launch option reaches that config, and Gradio
# is not patched: this middleware adds our translations and head to it on the way out, the one response
# that carries `"auth_required":true`. The frontend then does what it does on the main page: registers
# the translations, runs the head (whose script picks "vi"), and draws the login form in Vietnamese.
# The form itself, though, may be drawn before the switch to "vi" and then keep its English (a race seen
# about one load in five in Chromium), so its few words are also rewritten where they appear, as the page
# does for the words Gradio hard-codes. Gradio's English for the login keys (its en dictionary; a unit test
# holds them to it):
_AUTH_CONFIG = b'window.gradio_config = {"auth_required":true,'
LOGIN_ENGLISH = {"login.login": "Login", "login.username": "username", "login.password": "password",
                 "login.incorrect_credentials": "Incorrect Credentials",
                 "login.enable_cookies": "If you are visiting a HuggingFace Space in Incognito mode, you must "
                                         "enable third party cookies."}
_LOGIN_SCRIPT = """
<script>
const loginWords = __WORDS__;
function loginFix(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const t = node.nodeValue.trim();
    if (Object.hasOwn(loginWords, t)) node.nodeValue = node.nodeValue.replace(t, loginWords[t]);
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    const walk = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) loginFix(t);
  }
}
new MutationObserver((records) => {
  for (const r of records) r.type === "characterData" ? loginFix(r.target) : r.addedNodes.forEach(loginFix);
}).observe(document.body, {subtree: true, childList: true, characterData: true});
loginFix(document.body);
</script>
<title>Đăng nhập — Trợ lý báo cáo</title>
"""


def login_page_config() -> bytes:
    """The keys spliced into the login page's config (JSON, safe inside its <script>)."""
    words = json.dumps({LOGIN_ENGLISH[k]: VI[k] for k in LOGIN_ENGLISH}, ensure_ascii=False)
    extra = {"i18n_translations": I18N.translations_dict, "head": HEAD + _LOGIN_SCRIPT.replace("__WORDS__", words)}
    return json.dumps(extra, ensure_ascii=False)[1:-1].replace("</", "<\\/").encode("utf-8") + b","


class LoginPageLocale:
    def __init__(self, app):
        self.app = app
        self.extra = login_page_config()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET":
            return await self.app(scope, receive, send)
        held: list = []

        async def hold(message):
            # only an HTML page is held back and read; everything else streams through untouched
            if held or (message["type"] == "http.response.start"
                        and dict(message.get("headers", [])).get(b"content-type", b"").startswith(b"text/html")):
                held.append(message)
                if message["type"] == "http.response.body" and not message.get("more_body"):
                    await self._send_page(held, send)
                return
            await send(message)

        await self.app(scope, receive, hold)

    async def _send_page(self, held, send):
        start, body = held[0], b"".join(m.get("body", b"") for m in held[1:])
        if _AUTH_CONFIG in body:
            body = body.replace(_AUTH_CONFIG, _AUTH_CONFIG + self.extra, 1)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})
