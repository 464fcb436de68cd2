"""The `ask` endpoint through gradio_client, and login."""
import urllib.error
import urllib.request

import pytest
from gradio_client import Client

from tests.integration.conftest import start_server


def test_ask_endpoint(server):
    client = Client(server, verbose=False)
    out = client.predict("Có bao nhiêu đảng viên bị thi hành kỷ luật?", None, api_name="/ask")
    assert out["found"] and "106" in out["answer"]
    assert out["citations"][0]["section"] == "I.3" and out["citations"][0]["report"] == "bao-cao-6-thang-dau-nam-2021"
    only = client.predict("Có bao nhiêu đảng viên bị thi hành kỷ luật?", ["bao-cao-nam-2021"], api_name="/ask")
    assert "214" in only["answer"] and "106" not in only["answer"]
    none = client.predict("GRDP tăng bao nhiêu?", None, api_name="/ask")
    assert none["found"] is False and none["citations"] == []


def test_auth_protects_page_and_api(store_copy):
    proc, url = start_server(store_copy, "--auth", "canbo:mat-khau-1")
    try:
        with pytest.raises(Exception):
            Client(url, verbose=False).predict("kỷ luật", None, api_name="/ask")
        for path, body in (("config", None), ("gradio_api/info", None),
                           ("gradio_api/call/ask", b'{"data": ["k\\u1ef7 lu\\u1eadt", null]}')):
            req = urllib.request.Request(url + path, data=body, method="POST" if body else "GET",
                                         headers={"Content-Type": "application/json"})
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(req, timeout=10)
            assert err.value.code in (401, 403)
        client = Client(url, auth=("canbo", "mat-khau-1"), verbose=False)
        assert "106" in client.predict("Có bao nhiêu đảng viên bị thi hành kỷ luật?", None, api_name="/ask")["answer"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
