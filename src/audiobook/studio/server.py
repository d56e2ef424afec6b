"""Running the studio on uvicorn: a socket bound first, so port 0 gives a known URL."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import uvicorn

from audiobook.errors import AudiobookError
from audiobook.studio.app import Studio, make_app

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise AudiobookError(
            f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port"
        ) from exc
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def _url(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _server(studio: Studio, host: str) -> uvicorn.Server:
    hosts = ["127.0.0.1", "localhost"] if host in {"127.0.0.1", "localhost"} else None
    config = uvicorn.Config(make_app(studio, hosts), log_level="warning", lifespan="off",
                            access_log=False)  # fmt: skip
    return uvicorn.Server(config)


def run_studio(
    studio: Studio,
    host: str = "127.0.0.1",
    port: int = 8765,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve until Ctrl-C."""
    sock = _bind(host, port)
    if on_ready:
        on_ready(_url(sock, host))
    _server(studio, host).run(sockets=[sock])


@contextmanager
def studio_in_thread(studio: Studio, host: str = "127.0.0.1") -> Iterator[str]:
    """The studio on a free port in a background thread (tests, embedding); yields its URL."""
    sock = _bind(host, 0)
    server = _server(studio, host)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        import time

        while not server.started and thread.is_alive():
            time.sleep(0.02)
        yield _url(sock, host)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
