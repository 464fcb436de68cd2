"""The Vietnamese for Gradio's own words (ui/locale.py) against the Gradio actually installed: a Gradio
upgrade that renames, adds or drops keys, or moves the locale switch, fails here."""
from __future__ import annotations

import re

from tests.gradio_frontend import ASSETS, english_flat, frontend_uses
from ui.locale import FRONTEND_ONLY_KEYS, HARD_CODED, HARD_CODED_PATTERNS, HEAD, I18N, VI, frontend_module

# Written the same in Vietnamese (loanwords, names)
SAME_IN_VIETNAMESE = {"common.video", "common.webcam", "image_editor.webcam"}
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


def test_every_key_is_one_of_gradios():
    english = english_flat()
    assert english["upload_text.drop_file"] == "Drop File Here"  # the reader still understands the asset
    unknown = set(VI) - set(english) - set(FRONTEND_ONLY_KEYS)
    assert not unknown, f"keys Gradio's English dictionary does not have: {sorted(unknown)}"


def test_keys_missing_from_gradios_english_are_still_asked_for():
    english = english_flat()
    for key in FRONTEND_ONLY_KEYS:
        assert key in VI
        assert key not in english, f"{key} is in Gradio's English now: move it up with the others"
        assert frontend_uses(key), f"no frontend module asks for {key} any more"


def test_every_english_key_has_vietnamese():
    missing = set(english_flat()) - set(VI)
    assert not missing, f"Gradio's keys without Vietnamese: {sorted(missing)}"


def test_translations_are_vietnamese_and_keep_their_placeholders():
    english = english_flat()
    for key, text in VI.items():
        assert text.strip(), key
        if key in english:
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", english[key])), key
            if key not in SAME_IN_VIETNAMESE:
                assert text != english[key], f"{key} left in English"
    # the words a user of this page sees, spot-checked for their tone marks
    assert VI["upload_text.drop_file"] == "Thả tệp vào đây"
    assert VI["upload_text.click_to_upload"] == "Bấm để chọn tệp"
    for text in HARD_CODED.values():
        assert VIETNAMESE_LETTERS.search(text), text


def test_i18n_carries_the_dictionary_for_vi():
    assert I18N.translations_dict == {"vi": VI}


def test_head_switches_to_the_frontends_own_core_module():
    core = frontend_module("changeLocale")
    assert core and (ASSETS / core).exists()
    assert f'"assets/{core}"' in HEAD
    assert "changeLocale(cfg.locale)" in HEAD and '"locale": "vi"' in HEAD


def test_hard_coded_patterns_rewrite_what_gradio_writes():
    # Python's re reads these JS patterns the same way (no JS-only syntax), so they are checked here
    def rewrite(text: str) -> str:
        for pattern, to in HARD_CODED_PATTERNS:
            if re.search(pattern, text):
                return re.sub(pattern, re.sub(r"\$(\d)", r"\\\1", to), text)
        return text

    assert rewrite("Invalid file type: a.exe. Only .md, .pdf allowed.") == \
        "Loại tệp không hợp lệ: a.exe. Chỉ nhận các tệp .md, .pdf."
    assert rewrite("Invalid file types: a.exe, b.zip and 3 more. Only .md allowed.") == \
        "Loại tệp không hợp lệ: a.exe, b.zip và 3 tệp khác. Chỉ nhận các tệp .md."
    assert rewrite("user's message: Có bao nhiêu?\nx") == "Câu hỏi: Có bao nhiêu?\nx"
    assert rewrite("Y-axis titled 'Giá trị' for a linear scale with values from 0 to 220") == \
        "Trục Y “Giá trị”, giá trị từ 0 đến 220"
    # and Gradio still writes the message the first one rewrites
    assert any("Invalid file type" in p.read_text(encoding="utf-8", errors="ignore") for p in ASSETS.glob("src-*.js"))


def _serve_through_login_locale(body: bytes, content_type: bytes = b"text/html; charset=utf-8") -> tuple[dict, bytes]:
    import asyncio

    from ui.locale import LoginPageLocale

    async def page(scope, receive, send):
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body[:40], "more_body": True})
        await send({"type": "http.response.body", "body": body[40:]})

    sent: list = []

    async def send(message):
        sent.append(message)

    asyncio.run(LoginPageLocale(page)({"type": "http", "method": "GET", "path": "/"}, None, send))
    return dict(sent[0]["headers"]), b"".join(m.get("body", b"") for m in sent[1:])


def test_the_login_pages_config_gets_the_translations_and_the_head():
    import json

    from gradio.routes import templates

    # the config exactly as Gradio's own template writes it for a visitor not logged in yet
    config = {"auth_required": True, "auth_message": "Đăng nhập", "space_id": None, "root": "", "pages": [""]}
    html = templates.env.filters["toorjson"](config)
    body = f"<head><script>window.gradio_config = {html};</script></head>".encode()
    headers, out = _serve_through_login_locale(body)
    assert int(headers[b"content-length"]) == len(out)
    text = out.decode()
    got = json.loads(text[text.index("= ") + 2:text.rindex(";</script>")])
    assert got["auth_required"] is True and got["auth_message"] == "Đăng nhập"
    assert got["i18n_translations"]["vi"]["login.login"] == "Đăng nhập"
    assert "changeLocale" in got["head"]
    assert "</script>" not in text[text.index("= "):text.rindex(";</script>")]  # the head cannot close the script


def test_other_pages_pass_untouched():
    body = b'<script>window.gradio_config = {"version":"6","components":[]};</script>' * 3
    headers, out = _serve_through_login_locale(body)
    assert out == body and int(headers[b"content-length"]) == len(body)
    assert _serve_through_login_locale(b'{"auth_required":true,', b"application/json")[1] == b'{"auth_required":true,'


def test_the_login_forms_english_is_gradios():
    from ui.locale import LOGIN_ENGLISH

    english = english_flat()
    assert {key: english.get(key) for key in LOGIN_ENGLISH} == LOGIN_ENGLISH
    assert all(VIETNAMESE_LETTERS.search(VI[key]) for key in LOGIN_ENGLISH)
