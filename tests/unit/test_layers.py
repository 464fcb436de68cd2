"""The shape of the code: shells on the service's public face, nothing written to the
environment at import, settings grouped, secrets hidden."""
from __future__ import annotations

import ast
import re
import os
import subprocess
import sys

from tests.conftest import ROOT


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.add(node.module)
    return out


def test_the_service_never_imports_a_shell():
    for path in (ROOT / "assistant").glob("*.py"):
        if path.name == "__main__.py":  # the launcher: the one place that knows both shells
            continue
        assert not any(m == "ui" or m.startswith("ui.") for m in _imports(path)), path.name


def test_the_web_shell_uses_only_the_public_face():
    for path in (ROOT / "ui").glob("*.py"):
        outside = {m for m in _imports(path) if m.split(".")[0] in ("assistant", "index", "prompts")}
        assert outside <= {"assistant"}, (path.name, outside)


def test_every_public_name_resolves():
    import assistant

    for name in assistant.__all__:
        assert getattr(assistant, name) is not None, name


def test_importing_everything_writes_no_environment():
    code = ("import os; before = dict(os.environ); import assistant.service, assistant.cli, ui.app, index.store; "
            "import sys; sys.exit(0 if dict(os.environ) == before else 1)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANONYMIZED", "GRADIO_ANALYTICS"))}
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, timeout=120).returncode == 0


def test_settings_read_the_flat_names_into_groups(monkeypatch, tmp_path):
    from assistant import Settings

    monkeypatch.setenv("ASSISTANT_STORE", str(tmp_path / "s"))
    monkeypatch.setenv("ASSISTANT_TOP_K", "5")
    monkeypatch.setenv("ASSISTANT_LLM", "openai")
    monkeypatch.setenv("ASSISTANT_LLM_API_KEY", "sk-secret")
    monkeypatch.setenv("ASSISTANT_AUTH", "an:matkhau")
    s = Settings()
    assert s.store.path == tmp_path / "s" and s.retrieval.top_k == 5 and s.llm.provider == "openai"
    assert s.llm.api_key.get_secret_value() == "sk-secret" and "sk-secret" not in repr(s)
    assert s.server.auth.get_secret_value() == "an:matkhau" and "matkhau" not in str(s.model_dump())
    # a keyword beats the environment, by its flat name or in its group
    assert Settings(top_k=3).retrieval.top_k == 3 and Settings(store=tmp_path).store.path == tmp_path
    assert Settings(llm={"provider": "ollama"}).llm.provider == "ollama"


def test_a_checkout_keeps_its_store_and_an_install_uses_the_user_data_dir(monkeypatch, tmp_path):
    from assistant import settings

    monkeypatch.delenv("ASSISTANT_STORE", raising=False)
    assert settings.Settings().store.path == ROOT / ".store"
    monkeypatch.setattr(settings, "running_from_checkout", lambda: False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert settings.Settings().store.path == tmp_path / "vn-report-assistant" / "store"


def test_noise_words_have_one_reader_and_every_list_is_used():
    import tomllib

    from assistant.noise import noise_words

    names = tomllib.loads((ROOT / "assistant" / "data" / "noise_words.toml").read_text(encoding="utf-8"))
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "assistant").glob("*.py"))
    for name in names:
        assert f'noise_words("{name}")' in sources, name
        assert noise_words(name) and all(w == w.lower() for w in noise_words(name))
    # no module keeps a hand-written list of its own any more
    assert not re.search(r"^_(NOISE|WEAK|GENERIC|QUALIFIERS|EN_STOP|EN_MARKERS) = \{", sources, re.M)
