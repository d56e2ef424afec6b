"""A small local web server for one book folder, so the player works on any device.

Browsers seek in audio with range requests, and http.server's own file
handler answers none of them, lists folders, and follows any symlink. This
one serves a single folder read-only: GET and HEAD, one byte range per
request, no listings, no hidden files, nothing outside the folder (through
`..`, its percent-encoded forms, absolute paths or symlinks). It binds to
loopback unless told otherwise, and it is bounded: at most `max_connections`
handler threads (the next client gets 503) and a socket timeout on each. Bound
to loopback, it answers only requests whose Host is a loopback name (as the
studio does): a web page that rebinds its own domain to 127.0.0.1 (DNS
rebinding) then cannot read the book through its visitor's browser.
"""

from __future__ import annotations

import ipaddress
import logging
import mimetypes
import os
import socket
import threading
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from audiobook.errors import AudiobookError

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 64
SOCKET_TIMEOUT_S = 20.0
CHUNK = 256 * 1024
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
"""The Host names a browser on this machine uses for a server bound to loopback."""

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".mp3": "audio/mpeg",
    ".m4b": "audio/mp4",
    ".m4a": "audio/mp4",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "text/plain; charset=utf-8",
    ".m3u8": "audio/x-mpegurl; charset=utf-8",
    ".cue": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
}


def content_type(path: Path) -> str:
    """The type a browser needs to play or show the file; our own table first,
    because the system's mime tables differ between machines."""
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


class Unsatisfiable(ValueError):
    """The Range header names no byte of the file: the answer is 416."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range (first, last inclusive) a Range header asks for.

    None means "send the whole file": no header, another unit, a malformed
    header or several ranges (RFC 9110 lets a server ignore those, and media
    players never send them). Raises Unsatisfiable when the range starts past
    the end or asks for the last zero bytes.
    """
    if not header:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first_text, dash, last_text = spec.strip().partition("-")
    first_text, last_text = first_text.strip(), last_text.strip()
    if not dash or not (first_text.isdigit() or first_text == ""):
        return None
    if last_text and not last_text.isdigit():
        return None
    if first_text == "":
        if not last_text:
            return None
        count = int(last_text)
        if count == 0 or size == 0:
            raise Unsatisfiable(header)
        return max(0, size - count), size - 1
    first = int(first_text)
    if last_text and int(last_text) < first:
        return None
    if first >= size:
        raise Unsatisfiable(header)
    return first, min(int(last_text), size - 1) if last_text else size - 1


class Redirect(Exception):
    """A folder asked for without its trailing slash: relative links need the slash."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


class Refused(Exception):
    """A request path the server will not serve, with the status to answer."""

    def __init__(self, status: HTTPStatus) -> None:
        super().__init__(status.phrase)
        self.status = status


def is_loopback(host: str) -> bool:
    """Whether binding to `host` keeps the server on this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without its port: "[::1]:8000" is "::1"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


def resolve_path(root: Path, target: str) -> Path:
    """The file under `root` that a request target names, or Refused.

    `root` must already be resolved. The path is percent-decoded once, then
    split: any `..` or `.` part, backslash or NUL is refused outright (403),
    hidden names are not found (404), and the final file, after every
    symlink is followed, must still lie inside the root (else 403).
    """
    if target.startswith(("http://", "https://")):
        target = urlsplit(target).path or "/"
    path = target.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        raise Refused(HTTPStatus.BAD_REQUEST)
    decoded = unquote(path, errors="strict") if "%" in path else path
    if "\x00" in decoded or "\\" in decoded:
        raise Refused(HTTPStatus.FORBIDDEN)
    parts = [part for part in decoded.split("/") if part]
    if any(part in (".", "..") for part in parts):
        raise Refused(HTTPStatus.FORBIDDEN)
    if any(part.startswith(".") for part in parts):
        raise Refused(HTTPStatus.NOT_FOUND)
    candidate = root.joinpath(*parts)
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        raise Refused(HTTPStatus.NOT_FOUND) from None
    if not real.is_relative_to(root):
        raise Refused(HTTPStatus.FORBIDDEN)
    if real.is_dir():
        if parts and not path.endswith("/"):
            raise Redirect(path + "/")
        index = real / "index.html"
        if not index.is_file():
            raise Refused(HTTPStatus.NOT_FOUND)
        real = index
    if not real.is_file():
        raise Refused(HTTPStatus.NOT_FOUND)
    return real


class _Handler(BaseHTTPRequestHandler):
    """GET and HEAD of the server's folder, with single byte ranges."""

    server: BookServer
    protocol_version = "HTTP/1.1"  # keep-alive: a seeking player reuses its connection
    server_version = "audiobook"
    sys_version = ""

    def setup(self) -> None:
        self.timeout = self.server.socket_timeout
        super().setup()

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def _respond(self, send_body: bool) -> None:
        hosts, given = self.server.allowed_hosts, self.headers.get("Host")
        if hosts is not None and given is not None and host_name(given) not in hosts:
            self._plain(HTTPStatus.BAD_REQUEST)  # a rebound name: not this machine's page
            return
        try:
            path = resolve_path(self.server.root, self.path)
        except Refused as refused:
            self._plain(refused.status)
            return
        except UnicodeDecodeError:
            self._plain(HTTPStatus.BAD_REQUEST)
            return
        except Redirect as redirect:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", redirect.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        try:
            handle = path.open("rb")
        except OSError:
            self._plain(HTTPStatus.NOT_FOUND)
            return
        with handle:
            stat = os.fstat(handle.fileno())
            size = stat.st_size
            etag = f'"{size:x}-{stat.st_mtime_ns:x}"'
            modified = formatdate(stat.st_mtime, usegmt=True)
            if self._not_modified(etag):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            wanted = self.headers.get("Range")
            if wanted and not self._if_range_holds(etag, stat.st_mtime):
                wanted = None
            try:
                span = parse_range(wanted, size)
            except Unsatisfiable:
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            first, last = span if span else (0, size - 1)
            length = last - first + 1 if size else 0
            self.send_response(HTTPStatus.PARTIAL_CONTENT if span else HTTPStatus.OK)
            if span:
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            self.send_header("Content-Type", content_type(path))
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.send_header("Cache-Control", "no-cache")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.end_headers()
            if send_body and length:
                self.wfile.flush()
                try:
                    self.connection.sendfile(handle, offset=first, count=length)
                except (BrokenPipeError, ConnectionResetError, TimeoutError):
                    self.close_connection = True

    def _not_modified(self, etag: str) -> bool:
        tags = self.headers.get("If-None-Match")
        if not tags:
            return False
        listed = [tag.strip().removeprefix("W/") for tag in tags.split(",")]
        return tags.strip() == "*" or etag in listed

    def _if_range_holds(self, etag: str, mtime: float) -> bool:
        """A Range applies only if If-Range (when sent) still names this version."""
        condition = self.headers.get("If-Range")
        if not condition:
            return True
        condition = condition.strip()
        if condition.startswith('"'):
            return condition == etag
        try:
            return int(parsedate_to_datetime(condition).timestamp()) >= int(mtime)
        except (TypeError, ValueError):
            return False

    def _plain(self, status: HTTPStatus) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class BookServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with a cap on handler threads and a timeout on sockets."""

    daemon_threads = True
    request_queue_size = 128  # the default 5 drops a burst of connections from one page

    def __init__(
        self,
        root: Path,
        address: tuple[str, int],
        *,
        max_connections: int = MAX_CONNECTIONS,
        socket_timeout: float = SOCKET_TIMEOUT_S,
    ) -> None:
        self.root = root
        self.socket_timeout = socket_timeout
        # Any Host when bound to another address on purpose (`--host 0.0.0.0`): the
        # names other devices use for this machine cannot be known.
        self.allowed_hosts = (
            LOOPBACK_NAMES | {address[0].lower().strip("[]")} if is_loopback(address[0]) else None
        )
        self._slots = threading.BoundedSemaphore(max_connections)
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        """Where a browser on this machine finds the book."""
        host, port = self.server_address[:2]
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"
        if ":" in str(host):
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        # Wait a moment for a free slot so a burst queues; a flood gets 503.
        if not self._slots.acquire(timeout=0.5):
            self._busy(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        # A listener closing the tab mid-file is normal; log, do not print a traceback.
        log.debug("connection from %s ended with an error", client_address, exc_info=True)

    def _busy(self, request: socket.socket) -> None:
        """Answer 503 without a thread, then read what the client sent (briefly),
        so closing does not reset the connection before the client reads the answer."""
        log.warning("too many connections: answering 503")
        try:
            request.settimeout(0.2)
            request.sendall(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                b"Retry-After: 1\r\nConnection: close\r\n\r\n"
            )
            request.shutdown(socket.SHUT_WR)
            request.recv(65536)
        except OSError:
            pass
        finally:
            request.close()


def make_server(
    folder: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    max_connections: int = MAX_CONNECTIONS,
    socket_timeout: float = SOCKET_TIMEOUT_S,
) -> BookServer:
    """A bound, not yet running server for `folder`; port 0 picks a free port.

    Callers run `serve_forever()` (in a thread, for tests) and later
    `shutdown()` and `server_close()`; `server.url` is its address.
    """
    root = Path(folder).resolve()
    if not root.is_dir():
        raise AudiobookError(f"{folder} is not a folder; give the book's output folder")
    try:
        return BookServer(
            root, (host, port), max_connections=max_connections, socket_timeout=socket_timeout
        )
    except OSError as exc:
        raise AudiobookError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port"
        ) from exc


@contextmanager
def serve(
    folder: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    max_connections: int = MAX_CONNECTIONS,
    socket_timeout: float = SOCKET_TIMEOUT_S,
) -> Iterator[BookServer]:
    """The server running in a background thread for the `with` block, then stopped.

    For tests and for front ends that serve while doing something else.
    """
    server = make_server(
        folder, host, port, max_connections=max_connections, socket_timeout=socket_timeout
    )
    thread = threading.Thread(target=server.serve_forever, name="audiobook-serve", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def serve_forever(
    folder: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    open_browser: bool = False,
    *,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve `folder` until Ctrl-C: what `audiobook serve` runs.

    `on_ready` gets the URL once the socket listens (the CLI prints it);
    `open_browser` opens it in the default browser, from a thread, because
    some browsers keep the call waiting.
    """
    server = make_server(folder, host, port)
    url = server.url
    log.info("serving %s at %s", server.root, url)
    if on_ready:
        on_ready(url)
    if open_browser:
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
