"""A scripted LLM server on 127.0.0.1 speaking the OpenAI chat-completions API (SSE streaming)
and Ollama's /api/chat (NDJSON), for tests that use the real LangChain clients over real HTTP.

`reply` decides what the server says to a request (its messages); it returns the text, or one of
the behaviours: STALL (send nothing until the client gives up), ERROR (HTTP 500), GARBAGE (not
JSON). Every request is recorded in `requests`."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STALL, ERROR, GARBAGE = "<stall>", "<error>", "<garbage>"


class ScriptedLLM:
    def __init__(self, reply: Callable[[list[dict]], str], delay: float = 0.02):
        self.reply, self.delay = reply, delay
        self.requests: list[dict] = []
        self.chunk_times: list[float] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                owner.requests.append({"path": self.path, "body": body})
                text = owner.reply(body.get("messages", []))
                if text == STALL:
                    time.sleep(30)
                    return
                if text == ERROR:
                    self.send_response(500)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "internal error"}}')
                    return
                if self.path.endswith("/chat/completions"):
                    owner._openai(self, body, text)
                elif self.path == "/api/chat":
                    owner._ollama(self, body, text)
                else:
                    self.send_response(404)
                    self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def pieces(text: str) -> list[str]:
        words = text.split(" ")
        return [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]

    def _openai(self, h, body, text):
        if text == GARBAGE:
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.end_headers()
            h.wfile.write(b"this is not json {")
            return
        if not body.get("stream"):
            payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
                       "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                    "finish_reason": "stop"}]}
            data = json.dumps(payload).encode()
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
            return
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.end_headers()
        for piece in self.pieces(text):
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", "m"),
                     "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
            h.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            h.wfile.flush()
            self.chunk_times.append(time.monotonic())
            time.sleep(self.delay)
        end = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", "m"),
               "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        h.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
        h.wfile.flush()

    def _ollama(self, h, body, text):
        h.send_response(200)
        h.send_header("Content-Type", "application/x-ndjson")
        h.end_headers()
        if text == GARBAGE:
            h.wfile.write(b"not json at all\n")
            return
        pieces = self.pieces(text) if body.get("stream", True) else [text]
        for piece in pieces:
            line = {"model": body.get("model", "m"), "created_at": "2026-01-01T00:00:00Z",
                    "message": {"role": "assistant", "content": piece}, "done": False}
            h.wfile.write((json.dumps(line) + "\n").encode())
            h.wfile.flush()
            self.chunk_times.append(time.monotonic())
            time.sleep(self.delay)
        done = {"model": body.get("model", "m"), "created_at": "2026-01-01T00:00:00Z",
                "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                "total_duration": 1, "load_duration": 1, "prompt_eval_count": 1, "prompt_eval_duration": 1,
                "eval_count": 1, "eval_duration": 1}
        h.wfile.write((json.dumps(done) + "\n").encode())
        h.wfile.flush()
