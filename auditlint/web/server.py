"""Running the app with uvicorn: the address rules, the socket, the log set-up.

* Loopback (127.0.0.1, ::1, localhost) is the default. Any other address
  needs a token: without one :func:`access_for` refuses, saying why.
* The socket is bound before the rules and the language model load, so a port
  in use is reported at once.
* uvicorn's access log is off (see :mod:`auditlint.web.logs`); the server
  sends no ``Server`` header.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import threading
from collections.abc import Callable
from typing import Any

from ..errors import AuditlintError
from .guard import LOOPBACK_NAMES, Access
from .logs import LOG_CONFIG

MIN_TOKEN_LENGTH = 16
TOKEN_HINT = 'python3 -c "import secrets; print(secrets.token_urlsafe(24))"'


def is_loopback(host: str) -> bool:
    h = host.strip().strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def access_for(host: str, token: str | None, secure: bool = False) -> Access:
    """Who may use a server on ``host``; :class:`AuditlintError` when it must not start."""
    token = token or None
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise AuditlintError(
            f"the token is too short ({len(token)} characters; at least {MIN_TOKEN_LENGTH}): make one with  {TOKEN_HINT}"
        )
    if is_loopback(host):
        return Access(token=token, allowed_hosts=LOOPBACK_NAMES, secure_cookie=secure)
    if token is None:
        raise AuditlintError(
            f"refusing to listen on {host} without a token. Audits are about children: on an address other "
            "computers can reach, anyone on the network could use this page and read what is checked. Start it "
            "with --token TOKEN (or set AUDITLINT_TOKEN, or token in the [web] section of auditlint.toml); make "
            f"a token with  {TOKEN_HINT}  and give it only to the auditors. Or leave out --host to use this "
            "computer only (127.0.0.1)."
        )
    return Access(token=token, allowed_hosts=None, secure_cookie=secure)


def bind(host: str, port: int) -> socket.socket:
    """A listening-ready socket on ``host``:``port`` (port 0: a free port)."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise AuditlintError(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, addr = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise AuditlintError(
                f"port {port} on {host} is already in use (perhaps auditlint serve is already running: "
                f"try opening {url_for(host, port)} in your browser), or choose another with --port"
            ) from None
        raise AuditlintError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def url_for(host: str, port: int, scheme: str = "http") -> str:
    h = host.strip("[]")
    if h in ("0.0.0.0", "::", ""):
        h = "127.0.0.1"
    if ":" in h:
        h = f"[{h}]"
    return f"{scheme}://{h}:{port}/"


def uvicorn_config(app: Any, sock: socket.socket, **options: Any) -> Any:
    import uvicorn

    host, port = sock.getsockname()[:2]
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=LOG_CONFIG,
        access_log=False,  # ours logs method, path and status only
        server_header=False,
        proxy_headers=False,
        lifespan="on",
        timeout_graceful_shutdown=5,
        **options,
    )


def make_server(config: Any, on_ready: Callable[[], None] | None = None) -> Any:
    """A uvicorn server that calls ``on_ready`` once it is answering."""
    import uvicorn

    class Server(uvicorn.Server):
        async def startup(self, sockets: list | None = None) -> None:
            await super().startup(sockets=sockets)
            if on_ready is not None and not self.should_exit:
                on_ready()

    return Server(config)


class BackgroundServer:
    """The app served by uvicorn in a thread, on a socket already bound (tests and measurements)."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0):
        self.sock = bind(host, port)
        self.port = self.sock.getsockname()[1]
        self.url = url_for(host, self.port).rstrip("/")
        self.ready = threading.Event()
        self.server = make_server(uvicorn_config(app, self.sock), on_ready=self.ready.set)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self, timeout: float = 120.0) -> BackgroundServer:
        self.thread.start()
        if not self.ready.wait(timeout):
            self.stop()
            raise RuntimeError("the auditlint server did not start in time")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
