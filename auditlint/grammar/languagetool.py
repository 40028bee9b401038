"""The LanguageTool backend, through language-tool-python.

Two ways to reach LanguageTool, and never a download:

* ``grammar.server_url``: the authority's own LanguageTool server
  (``LanguageTool(remote_server=...)``).
* A local LanguageTool found through language-tool-python's own settings:
  ``LTP_JAR_DIR_PATH`` (the folder holding ``languagetool-server.jar``), else
  the ``LanguageTool-<version>`` folders in ``LTP_PATH`` (default
  ``~/.cache/language_tool_python``). auditlint starts that server itself, on
  a free loopback port (LanguageTool's HTTP server listens on loopback only
  unless told ``--public``), talks to it as a remote server, and stops it at
  exit. It does not let language-tool-python start it, because that path
  downloads LanguageTool when it finds none (and 3.4 ignores
  ``LTP_JAR_DIR_PATH`` when it looks for the jar).

Where audit text may go (:func:`endpoint_refusal`)
--------------------------------------------------
A server is *inside* (allowed) when its host is

* loopback: ``localhost``, ``*.localhost``, 127.0.0.0/8, ``::1``;
* a private-range address: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16,
  169.254.0.0/16 (link-local), fc00::/7 (unique local), fe80::/10;
* an intranet name: a single label (``languagetool``, ``lt``) or a name ending
  in ``.local``, ``.internal``, ``.lan``, ``.intranet``, ``.corp`` or
  ``.home.arpa``.

Every other host is a public service, and is refused unless
``grammar.allow_public_service = true`` (the CLI then prints a data-protection
warning). LanguageTool's own services (``languagetool.org``,
``languagetoolplus.com`` and their subdomains) are always public. The rule
reads the URL only - it does not resolve names, so it cannot be talked round
by DNS; an authority whose own server has a public-looking name uses its
private address or an intranet alias. Requests to an inside server bypass
any HTTP proxy set in the environment, so the text goes straight to it; the
text is sent in a POST body, never in a URL, and a redirect of a request that
carries text is refused rather than followed (see :class:`LanguageToolBackend`).

Offsets
-------
LanguageTool counts offsets in UTF-16 code units; Python counts code points.
:func:`issues_from_response` converts them exactly (an emoji is two units
there, one here). It is a pure function of the ``/v2/check`` JSON and the
text, used by the live path and by the tests on recorded responses.
"""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import socket
import subprocess
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import BackendError, BackendUnavailable, GrammarBackend, GrammarOptions, Issue

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable, Mapping

    from ..config import GrammarConfig

PUBLIC_SERVICES = ("languagetool.org", "languagetoolplus.com")
INTRANET_SUFFIXES = (".local", ".internal", ".lan", ".intranet", ".corp", ".home.arpa")
PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "127.0.0.0/8",
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "169.254.0.0/16",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
    )
)
JAR_NAMES = ("languagetool-server.jar", "languagetool.jar", "LanguageTool.jar")
MAX_REPLACEMENTS = 5
_NO_PROXY = {"http": None, "https": None, "all": None}


# -- where text may go ------------------------------------------------------
def normalise_url(url: str) -> str:
    """The URL as it will be used: ``http://`` added when no scheme is given."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    return url


def host_of(url: str) -> str:
    try:
        host = urllib.parse.urlsplit(normalise_url(url)).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


def is_inside(host: str) -> bool:
    """True for a loopback, private-range or intranet host (see the module docstring)."""
    if not host:
        return False
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        ip = None
    if ip is not None:
        if getattr(ip, "ipv4_mapped", None):
            ip = ip.ipv4_mapped
        return any(ip in net for net in PRIVATE_NETWORKS if net.version == ip.version)
    if any(host == s or host.endswith("." + s) for s in PUBLIC_SERVICES):
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if "." not in host:
        return all(c.isalnum() or c == "-" for c in host)
    return host.endswith(INTRANET_SUFFIXES)


def endpoint_refusal(url: str, allow_public: bool) -> str | None:
    """Why audit text must not be sent to ``url``, or None when it may."""
    scheme = urllib.parse.urlsplit(normalise_url(url)).scheme.lower()
    if scheme not in ("http", "https"):
        return f"grammar.server_url {url!r} is not an http(s) URL"
    host = host_of(url)
    if not host:
        return f"grammar.server_url {url!r} names no host"
    if is_inside(host) or allow_public:
        return None
    return (
        f"LanguageTool at {url} is a public service, and audit text about children is never sent to one; "
        "point grammar.server_url at your own LanguageTool server (a loopback, private-range or intranet "
        "address), or set grammar.allow_public_service = true only with your data-protection officer's agreement"
    )


# -- UTF-16 offsets ---------------------------------------------------------
def utf16_table(text: str) -> list[int] | None:
    """For each UTF-16 code unit offset, the code point index it falls in
    (plus one entry for the end); None when the two agree (no astral characters)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    table: list[int] = []
    for i, c in enumerate(text):
        table.append(i)
        if ord(c) > 0xFFFF:
            table.append(i)  # the low surrogate belongs to the same character
    table.append(len(text))
    return table


def to_index(table: list[int] | None, unit: int, *, end: bool = False, length: int) -> int:
    """A UTF-16 offset as a code point index (an end inside a character rounds up)."""
    if unit <= 0:
        return 0
    if table is None:
        return min(unit, length)
    if unit >= len(table) - 1:
        return length
    idx = table[unit]
    if end and table[unit - 1] == idx:  # the unit is a low surrogate: round the end up
        idx += 1
    return idx


def issues_from_response(
    response: Mapping[str, Any],
    text: str,
    *,
    skip_categories: Iterable[str] = (),
    skip_rules: Iterable[str] = (),
    max_replacements: int = MAX_REPLACEMENTS,
) -> list[Issue]:
    """The issues of a LanguageTool ``/v2/check`` response for ``text``.

    Pure: the live backend and the tests both use it. Matches in a skipped
    category or rule (a server that ignored ``disabledCategories``) are dropped.
    """
    skip_c = {c.upper() for c in skip_categories}
    skip_r = {r.upper() for r in skip_rules}
    table = utf16_table(text)
    out: list[Issue] = []
    for m in response.get("matches") or []:
        rule = m.get("rule") or {}
        category = str((rule.get("category") or {}).get("id") or "")
        rule_id = str(rule.get("id") or "")
        if category.upper() in skip_c or rule_id.upper() in skip_r:
            continue
        try:
            off16, len16 = int(m["offset"]), int(m["length"])
        except (KeyError, TypeError, ValueError):
            continue
        start = to_index(table, off16, length=len(text))
        end = to_index(table, off16 + max(len16, 0), end=True, length=len(text))
        if end < start:
            continue
        message = unicodedata.normalize("NFKC", str(m.get("message") or m.get("shortMessage") or "")).strip()
        if not message:
            message = str(rule.get("description") or "Possible grammar error")
        reps: list[str] = []
        for r in m.get("replacements") or []:
            value = r.get("value") if isinstance(r, dict) else None
            if isinstance(value, str) and value not in reps:
                reps.append(value)
            if len(reps) >= max_replacements:
                break
        out.append(Issue(start, end, message, tuple(reps), rule_id, category))
    return out


# -- finding a local LanguageTool -----------------------------------------
@dataclass(frozen=True)
class LocalLanguageTool:
    jar: Path
    version: str
    java: str | None


# language-tool-python's own settings (language_tool_python.utils.LTP_JAR_DIR_PATH_ENV_VAR
# and LTP_PATH_ENV_VAR; a test checks they still agree). Named here so that
# looking for a local LanguageTool does not import the library.
LTP_JAR_DIR_PATH = "LTP_JAR_DIR_PATH"
LTP_PATH = "LTP_PATH"


def _lt_env_names() -> tuple[str, str]:
    return LTP_JAR_DIR_PATH, LTP_PATH


def _version_key(v: str) -> tuple:
    parts = []
    for p in v.replace("-", ".").split("."):
        parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    return tuple(parts)


def _jar_in(folder: Path) -> Path | None:
    for name in JAR_NAMES:
        p = folder / name
        if p.is_file():
            return p
    return None


def find_local(environ: Mapping[str, str] | None = None) -> LocalLanguageTool | None:
    """A LanguageTool already on this machine, or None. Looks where
    language-tool-python looks (``LTP_JAR_DIR_PATH``, else ``LTP_PATH`` or its
    default download folder); creates nothing and downloads nothing."""
    env = os.environ if environ is None else environ
    jar_var, path_var = _lt_env_names()
    java = shutil.which("java")
    jar_dir = env.get(jar_var)
    if jar_dir:
        jar = _jar_in(Path(jar_dir))
        if jar is None:
            return None
        return LocalLanguageTool(jar, _version_from(jar.parent.name), java)
    base = Path(env.get(path_var) or Path.home() / ".cache" / "language_tool_python")
    if not base.is_dir():
        return None
    found: list[tuple[tuple, Path, str]] = []
    for folder in base.glob("LanguageTool*"):
        jar = _jar_in(folder) if folder.is_dir() else None
        if jar is not None:
            v = _version_from(folder.name)
            found.append((_version_key(v), jar, v))
    if not found:
        return None
    _, jar, v = max(found)
    return LocalLanguageTool(jar, v, java)


def _version_from(folder_name: str) -> str:
    return folder_name.split("LanguageTool-", 1)[1] if "LanguageTool-" in folder_name else ""


def local_missing_reason(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    jar_var, path_var = _lt_env_names()
    if env.get(jar_var):
        return (
            f"{jar_var}={env[jar_var]} holds no {JAR_NAMES[0]}; auditlint never downloads LanguageTool - "
            f"set {jar_var} to the folder of an unpacked LanguageTool, or grammar.server_url to your server"
        )
    return (
        "no grammar.server_url is configured and no local LanguageTool was found "
        f"(set {jar_var} to the folder holding {JAR_NAMES[0]}, or {path_var}); "
        "auditlint never downloads LanguageTool"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _LocalServer:
    """A LanguageTool HTTP server process auditlint started on loopback."""

    def __init__(self, local: LocalLanguageTool, timeout: float = 60.0):
        if not local.java:
            raise BackendUnavailable(f"a local LanguageTool was found ({local.jar}) but Java is not installed")
        self.port = _free_port()
        cmd = [local.java, "-cp", str(local.jar), "org.languagetool.server.HTTPServer", "-p", str(self.port)]
        self.proc: subprocess.Popen | None = subprocess.Popen(  # noqa: S603 - our own command line
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.url = f"http://127.0.0.1:{self.port}/"
        deadline = time.monotonic() + timeout
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.proc = None
                raise BackendUnavailable(f"the local LanguageTool server ({local.jar}) exited at start (code {code})")
            try:
                with opener.open(self.url + "v2/healthcheck", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.25)
        self.close()
        raise BackendUnavailable(f"the local LanguageTool server ({local.jar}) did not start within {timeout:.0f}s")

    def close(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def _reachable(url: str, timeout: float) -> str | None:
    """A quick TCP check, so a dead or firewalled server is reported at once."""
    parts = urllib.parse.urlsplit(normalise_url(url))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return f"grammar.server_url {url!r} has an invalid port"
    try:
        with socket.create_connection((parts.hostname, port), timeout=min(timeout, 5.0)):
            return None
    except OSError as exc:
        return f"LanguageTool at {url} is not reachable ({exc.strerror or exc})"


class LanguageToolBackend(GrammarBackend):
    """LanguageTool through language-tool-python, one request per paragraph.

    language-tool-python connects (``remote_server=``), checks that the server
    offers the language and gives the ``/v2/`` base URL. The ``/v2/check``
    request itself is a plain form POST made here, for two data-protection
    reasons: the text is never put in a URL (older language-tool-python
    releases send it with GET), and a 307/308 redirect - which ``requests``
    follows, sending the text on to wherever it points - is refused. An
    inside server is reached directly, never through an environment proxy.
    """

    needs_doc = False

    def __init__(
        self,
        url: str,
        language: str,
        options: GrammarOptions,
        *,
        inside: bool,
        where: str | None = None,
        server: _LocalServer | None = None,
    ):
        import inspect

        from language_tool_python import LanguageTool

        self.options = options
        self._server = server
        self._inside = inside
        timeout = options.timeout

        class _Tool(LanguageTool):
            _TIMEOUT = timeout  # language-tool-python waits 300s by default

        kwargs: dict[str, Any] = {"language": language, "remote_server": url}
        if inside and "proxies" in inspect.signature(LanguageTool.__init__).parameters:
            kwargs["proxies"] = dict(_NO_PROXY)  # straight to an inside server, never via a proxy
        try:
            self.tool = _Tool(**kwargs)
        except ValueError as exc:
            self.close()
            raise BackendUnavailable(f"LanguageTool at {where or url} does not offer {language}: {_short(exc)}") from None
        except Exception as exc:
            self.close()
            raise BackendUnavailable(f"LanguageTool at {where or url} did not answer ({_short(exc)})") from None
        self.language = str(getattr(self.tool, "language", language))
        self._check_url = urllib.parse.urljoin(self.tool.url, "check")
        handlers: list = [_NoBodyRedirects()]
        if inside:
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)
        try:
            probe = self._query("Test.")  # not audit text: only to learn the version
        except BackendError as exc:
            self.close()
            raise BackendUnavailable(str(exc)) from None
        software = probe.get("software") or {}
        version = software.get("version") or "?"
        self.version = str(version)
        self.name = f"{software.get('name') or 'LanguageTool'} {version} at {where or url} ({self.language})"

    def params(self, text: str) -> dict[str, str]:
        """The form fields of a ``/v2/check`` request (LanguageTool's documented names)."""
        p = {"language": self.language, "text": text}
        if self.options.disabled_categories:
            p["disabledCategories"] = ",".join(sorted(self.options.disabled_categories))
        if self.options.disabled_rules:
            p["disabledRules"] = ",".join(sorted(self.options.disabled_rules))
        return p

    def _query(self, text: str) -> dict:
        data = urllib.parse.urlencode(self.params(text)).encode("utf-8")
        request = urllib.request.Request(
            self._check_url,
            data=data,
            method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": "application/json"},
        )
        try:
            with self._opener.open(request, timeout=self.options.timeout) as r:
                response = json.loads(r.read().decode("utf-8"))
        except Exception as exc:
            raise BackendError(f"LanguageTool at {self.tool.url} stopped answering ({_short(exc)})") from None
        if not isinstance(response, dict) or not isinstance(response.get("matches"), list):
            raise BackendError(f"LanguageTool at {self.tool.url} sent an answer that is not a /v2/check response")
        return response

    def check(self, text: str, doc=None, *, names: Iterable[str] = ()) -> list[Issue]:
        if not text.strip():
            return []
        # line breaks inside a paragraph are spaces (same length, same offsets):
        # LanguageTool would read each line as a paragraph of its own
        flat = text.replace("\r", " ").replace("\n", " ")
        return issues_from_response(
            self._query(flat),
            text,
            skip_categories=self.options.disabled_categories,
            skip_rules=self.options.disabled_rules,
        )

    def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()


class _NoBodyRedirects(urllib.request.HTTPRedirectHandler):
    """Never follow a redirect of a request that carries text."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if req.data is not None:
            raise urllib.error.HTTPError(req.full_url, code, f"refused to follow a redirect to {newurl}", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _short(exc: BaseException) -> str:
    s = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return s if len(s) <= 200 else s[:199] + "…"


def create(g: GrammarConfig, options: GrammarOptions, environ: Mapping[str, str] | None = None) -> LanguageToolBackend:
    """The LanguageTool backend for this configuration, or BackendUnavailable."""
    try:
        import language_tool_python  # noqa: F401
    except ImportError:  # pragma: no cover - it is a dependency
        raise BackendUnavailable("language-tool-python is not installed") from None
    if g.server_url:
        url = normalise_url(g.server_url)
        refusal = endpoint_refusal(url, g.allow_public_service)
        if refusal:
            raise BackendUnavailable(refusal)
        inside = is_inside(host_of(url))
        # a quick check on the direct route an inside server is reached by (a public
        # service, when allowed, may be reached through the environment's proxy)
        problem = _reachable(url, options.timeout) if inside else None
        if problem:
            raise BackendUnavailable(problem)
        return LanguageToolBackend(url, g.language, options, inside=inside, where=g.server_url)
    local = find_local(environ)
    if local is None:
        raise BackendUnavailable(local_missing_reason(environ))
    server = _LocalServer(local)
    where = f"{server.url.rstrip('/')} (local, {local.jar})"
    return LanguageToolBackend(server.url, g.language, options, inside=True, where=where, server=server)
