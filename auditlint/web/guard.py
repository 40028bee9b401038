"""The outermost layer of the web app: who may ask, what the browser may do, what is logged.

For every HTTP request :class:`Guard`

* refuses a ``Host`` other than a loopback name when the server listens on
  loopback (a web page elsewhere cannot reach it through DNS rebinding);
* refuses a cross-site ``POST`` (``Sec-Fetch-Site``, else ``Origin``);
* when a token is set, refuses any request without it (``Authorization:
  Bearer ...`` or the cookie the login form sets), except the login form;
* adds the security headers: a Content-Security-Policy with no external
  source (scripts and styles only inline with this response's nonce),
  ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``,
  ``Cache-Control: no-store`` (the browser keeps no copy of an audit);
* logs the method, the path and the status, and nothing else; an exception
  is logged by its type only and answered with a plain 500.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .logs import log_failure, log_request, safe_path

SESSION_COOKIE = "auditlint_session"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
PUBLIC_PATHS = frozenset({"/login"})
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})

Send = Callable[[dict], Awaitable[None]]


@dataclass(frozen=True)
class Access:
    """Who may use the server."""

    token: str | None = None
    allowed_hosts: frozenset[str] | None = None  # None: any Host header (a token is then required)
    secure_cookie: bool = False

    def session_value(self) -> str:
        assert self.token is not None
        return hmac.new(self.token.encode("utf-8"), b"auditlint web session v1", hashlib.sha256).hexdigest()

    def token_ok(self, given: str | None) -> bool:
        return bool(self.token) and given is not None and hmac.compare_digest(
            given.encode("utf-8", errors="replace"), self.token.encode("utf-8")
        )

    def cookie_ok(self, given: str | None) -> bool:
        return bool(self.token) and given is not None and hmac.compare_digest(
            given.encode("utf-8", errors="replace"), self.session_value().encode("ascii")
        )

    def session_cookie(self) -> str:
        attrs = f"{SESSION_COOKIE}={self.session_value()}; Path=/; HttpOnly; SameSite=Strict"
        return attrs + ("; Secure" if self.secure_cookie else "")


def csp(nonce: str) -> str:
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src 'nonce-{nonce}'",
            f"style-src 'nonce-{nonce}'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        )
    )


def security_headers(nonce: str) -> list[tuple[bytes, bytes]]:
    pairs = {
        "content-security-policy": csp(nonce),
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "x-frame-options": "DENY",
        "cache-control": "no-store",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=()",
    }
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in pairs.items()]


def _headers(scope: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers", []):
        out.setdefault(k.decode("latin-1").lower(), v.decode("latin-1"))
    return out


def _host_name(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookies(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in header.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out.setdefault(k.strip(), v.strip())
    return out


async def _plain(send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]] = ()) -> None:
    body = text.encode("utf-8")
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _json(send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def wants_json(scope: dict, headers: dict[str, str]) -> bool:
    path = scope.get("path", "")
    if path.startswith("/api/") or path == "/openapi.json":
        return True
    return "text/html" not in headers.get("accept", "") and headers.get("sec-fetch-mode") != "navigate"


class Guard:
    """ASGI middleware wrapping the whole app (see the module's docstring)."""

    def __init__(self, app: Any, access: Access):
        self.app = app
        self.access = access

    async def __call__(self, scope: dict, receive: Callable, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets here
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            return
        method = scope.get("method", "?")
        path = scope.get("path", "")
        nonce = secrets.token_urlsafe(18)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        status: list[int] = []

        async def guarded_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
                ours = security_headers(nonce)
                names = {k for k, _ in ours}
                message = {
                    **message,
                    "headers": [(k, v) for k, v in message.get("headers", []) if k.lower() not in names] + ours,
                }
            await send(message)

        try:
            if not await self._allowed(scope, guarded_send):
                return
            await self.app(scope, receive, guarded_send)
        except Exception as exc:  # logged by type only: the message may quote the audit
            log_failure(f"{method} {safe_path(path)}", exc)
            if not status:
                await _plain(guarded_send, 500, "auditlint could not answer this request (an internal error). "
                             "Nothing you sent was kept.")
        finally:
            log_request(method, path, status[0] if status else None)

    async def _allowed(self, scope: dict, send: Send) -> bool:
        """False when the request was refused (and answered)."""
        headers = _headers(scope)
        acc = self.access
        if acc.allowed_hosts is not None and _host_name(headers.get("host", "")) not in acc.allowed_hosts:
            await _plain(
                send,
                400,
                "This auditlint server answers only requests for this computer (127.0.0.1 or localhost); "
                "the Host header names another site.",
            )
            return False
        if scope.get("method") in UNSAFE and not self._same_origin(headers):
            await _plain(send, 403, "Refused: this request came from another web site.")
            return False
        if acc.token and scope.get("path") not in PUBLIC_PATHS:
            auth = headers.get("authorization", "")
            bearer = auth[7:].strip() if auth[:7].lower() == "bearer " else None
            if not (acc.token_ok(bearer) or acc.cookie_ok(_cookies(headers.get("cookie", "")).get(SESSION_COOKIE))):
                if wants_json(scope, headers):
                    await _json(
                        send,
                        401,
                        "This auditlint server needs its token: send 'Authorization: Bearer <token>'.",
                        [(b"www-authenticate", b'Bearer realm="auditlint"')],
                    )
                else:
                    await send({"type": "http.response.start", "status": 303,
                                "headers": [(b"location", b"/login"), (b"content-length", b"0")]})
                    await send({"type": "http.response.body", "body": b""})
                return False
        return True

    @staticmethod
    def _same_origin(headers: dict[str, str]) -> bool:
        site = headers.get("sec-fetch-site")
        if site is not None:
            return site in ("same-origin", "none")
        origin = headers.get("origin")
        if origin is None or origin == "null":
            return True  # not a browser's cross-site form (those carry Sec-Fetch-Site or an Origin)
        return urlsplit(origin).netloc.lower() == headers.get("host", "").lower()
