"""The HTTP side of jsl serve: GET / and its two static files, POST /check; on 127.0.0.1 only.

Safe on a shared office PC: only requests addressed to this server by its local name are answered
(a page elsewhere cannot reach it through DNS rebinding), bodies over MAX_BODY are refused, every
answer forbids other hosts' content (Content-Security-Policy) and caching, nothing is logged or written.
"""
from __future__ import annotations

import html
import json
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import urlsplit

from jsl.serve.checking import BadDraft, Checker, Draft

MAX_BODY = 200 * 1024
STATIC = {"/app.js": "text/javascript; charset=utf-8", "/style.css": "text/css; charset=utf-8", "/favicon.svg": "image/svg+xml"}
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def asset(name: str) -> bytes:
    return resources.files("jsl.serve").joinpath("static", name).read_bytes()


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, checker: Checker, page: dict[str, str]):
        super().__init__(("127.0.0.1", port), Handler)
        self.checker = checker
        self.page = _index(page)
        self.hosts = {f"127.0.0.1:{self.server_port}", f"localhost:{self.server_port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    def handle_error(self, request, client_address) -> None:
        """A page that stops waiting (a newer keystroke aborts the older request) is no error worth printing."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}/"


def _index(values: dict[str, str]) -> bytes:
    """index.html with {{name}} filled in, every value HTML-escaped."""
    text = asset("index.html").decode("utf-8")
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", html.escape(value))
    return text.encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        return "jsl"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._addressed_here():
            return
        path = urlsplit(self.path).path
        if path == "/":
            self._send(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8")
        elif path in STATIC:
            self._send(HTTPStatus.OK, asset(path[1:]), STATIC[path])
        else:
            self._refuse(HTTPStatus.NOT_FOUND, "not found")

    def do_POST(self) -> None:  # noqa: N802
        if not self._addressed_here():
            return
        if urlsplit(self.path).path != "/check":
            return self._refuse(HTTPStatus.NOT_FOUND, "not found")
        origin = self.headers.get("Origin")
        if origin is not None and origin not in self.server.origins:
            return self._refuse(HTTPStatus.FORBIDDEN, "requests from other sites are refused")
        if self.headers.get_content_type() != "application/json":
            return self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send the draft as application/json")
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            return self._refuse(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required")
        if int(length) > MAX_BODY:
            return self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a draft is at most {MAX_BODY // 1024} KB")
        try:
            draft = Draft.from_json(json.loads(self.rfile.read(int(length)).decode("utf-8")))
        except (ValueError, UnicodeDecodeError, RecursionError) as e:  # BadDraft and JSONDecodeError are ValueErrors
            return self._refuse(HTTPStatus.BAD_REQUEST, str(e) if isinstance(e, BadDraft) else "not a JSON draft")
        try:
            answer = self.server.checker.check(draft)
        except Exception:  # a bug must not leave the page waiting; the terminal shows it
            self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, "jsl could not check this draft")
            raise
        self._send(HTTPStatus.OK, json.dumps(answer, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _addressed_here(self) -> bool:
        """A request whose Host is not this server's local address may come through DNS rebinding: refuse it."""
        if self.headers.get("Host", "").lower() in self.server.hosts:
            return True
        self._refuse(HTTPStatus.MISDIRECTED_REQUEST, "this server answers only http://127.0.0.1 and http://localhost")
        return False

    def _refuse(self, status: HTTPStatus, message: str) -> None:
        self.close_connection = True
        self._send(status, f"{status.value} {message}\n".encode(), "text/plain; charset=utf-8")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in HEADERS.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Quiet: a shared PC keeps no record of what was checked."""
