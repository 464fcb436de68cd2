"""A real Chroma store on disk: incremental indexing, replacement, removal, duplicates, repair."""
from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings
from tests.conftest import H1, YEAR


def open_store(path: Path) -> Assistant:
    return Assistant(Settings(store=path))


def test_listing(assistant):
    reps = {r["id"]: r for r in assistant.reports()}
    assert set(reps) == {"bao-cao-6-thang-dau-nam-2021", "bao-cao-nam-2021", "bao-cao-6-thang-dau-nam-2022"}
    assert reps["bao-cao-6-thang-dau-nam-2021"]["period"] == "6 tháng đầu năm 2021"
    assert reps["bao-cao-6-thang-dau-nam-2022"]["period"] == "6 tháng đầu năm 2022"
    assert reps["bao-cao-nam-2021"]["chunks"] == len(
        [c for c in assistant.store.chunks().values() if c.report_id == "bao-cao-nam-2021"])
    assert assistant.store.vectors._collection.count() == len(assistant.store.chunks())


def test_reindex_unchanged_costs_nothing(store_copy):
    a = open_store(store_copy)
    results, failures = a.index([H1, YEAR], progress=False)
    assert not failures and [r.status for r in results] == ["unchanged", "unchanged"]
    assert sum(r.embedded for r in results) == 0


def test_changed_report_replaces_its_chunks(store_copy, tmp_path):
    a = open_store(store_copy)
    before = {c.id for c in a.store.chunks().values() if c.report_id == "bao-cao-nam-2021"}
    changed = tmp_path / "bao-cao-nam-2021.md"
    changed.write_text(YEAR.read_text(encoding="utf-8").replace("Thi hành kỷ luật 214 đảng viên",
                                                                 "Thi hành kỷ luật 215 đảng viên"), encoding="utf-8")
    (result,), _ = a.index([changed], progress=False)
    assert result.status == "updated" and result.embedded == 1  # only the edited chunk is embedded again
    after = {c.id for c in a.store.chunks().values() if c.report_id == "bao-cao-nam-2021"}
    assert len(after) == len(before) and len(after - before) == 1
    assert a.store.vectors._collection.count() == len(a.store.chunks())
    ans = a.ask("Năm 2021 có bao nhiêu đảng viên bị thi hành kỷ luật?")
    assert "215" in ans.answer and "214" not in ans.answer


def test_remove_deletes_everything(store_copy):
    a = open_store(store_copy)
    assert a.remove("bao-cao-nam-2021")
    assert [r["id"] for r in a.reports()] == ["bao-cao-6-thang-dau-nam-2021", "bao-cao-6-thang-dau-nam-2022"]
    assert all(c.report_id != "bao-cao-nam-2021" for c in a.store.chunks().values())
    assert a.store.vectors._collection.count() == len(a.store.chunks())
    assert a.report("bao-cao-nam-2021") is None
    hits = a.search("Hội Cựu chiến binh trồng 52.000 cây xanh", 10)
    assert all(h.chunk.report_id != "bao-cao-nam-2021" for h in hits)
    assert not a.remove("bao-cao-nam-2021")
    # and it survives a restart
    assert [r["id"] for r in open_store(store_copy).reports()] == ["bao-cao-6-thang-dau-nam-2021",
                                                                   "bao-cao-6-thang-dau-nam-2022"]


def test_same_report_under_another_name_is_a_duplicate(store_copy, tmp_path):
    a = open_store(store_copy)
    copy = tmp_path / "ban-sao.md"
    copy.write_bytes(YEAR.read_bytes())
    (result,), _ = a.index([copy], progress=False)
    assert result.status == "duplicate" and result.duplicate_of == "bao-cao-nam-2021"
    assert len(a.reports()) == 3


def test_orphan_vectors_from_an_interrupted_write_are_repaired(store_copy):
    a = open_store(store_copy)
    n = a.store.vectors._collection.count()
    a.store.vectors._collection.add(ids=["orphan:1"], embeddings=[[0.1] * 384], metadatas=[{"report": "x"}],
                                    documents=["mồ côi"])
    b = open_store(store_copy)  # opening repairs
    assert b.store.vectors._collection.count() == n


def test_bad_files_do_not_stop_a_batch(store_copy, tmp_path):
    a = open_store(store_copy)
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 20)
    good = tmp_path / "bao-cao-quy.md"
    good.write_text("BÁO CÁO\n\nquý I năm 2022\n\nI. KẾT QUẢ\n\n1. Kết nạp\n\nKết nạp 77 đảng viên mới.", encoding="utf-8")
    results, failures = a.index([tmp_path], progress=False)
    assert [r.report_id for r in results] == ["bao-cao-quy"]
    assert sorted(Path(f.path).name for f in failures) == ["empty.md", "junk.txt"]
    assert len(a.reports()) == 4


def test_bulk_loading_through_public_methods(store_copy, tmp_path):
    """What the scale benchmark does: vectors computed elsewhere, the catalog written, one reload."""
    from index.chunking import chunk_report
    from index.figure_table import extract_figures
    from index.loaders import read_document
    from index.parse import parse_document
    from index.store import Store

    s = Store(Settings(store=store_copy))
    before = s.export_vectors()
    assert len(before["ids"]) == len(s.chunks()) == s.vector_count()
    path = tmp_path / "bao-cao-quy-3-nam-2022.md"
    path.write_text("BÁO CÁO\n\nkết quả quý III năm 2022\n\nI. KẾT QUẢ\n\n1. Công tác phát triển đảng viên\n\n"
                    "Toàn tỉnh kết nạp 777 đảng viên mới trong quý.", encoding="utf-8")
    rep = parse_document(read_document(path))
    chunks = chunk_report(rep, 300)
    s.add_vectors(chunks, s.embeddings.embed_documents([c.search_text for c in chunks]))
    s.catalog.put_report(rep, chunks, s.embeddings.model, extract_figures(rep))
    s.reload()
    assert s.report(rep.id).title == rep.title and s.vector_count() == len(s.chunks()) == len(before["ids"]) + len(chunks)
    assert s.dense_search("kết nạp 777 đảng viên", 1, [rep.id])[0][0] == chunks[-1].id
    assert s.keyword().search("777 đảng viên", 1)[0][0][0] in {c.id for c in chunks}
