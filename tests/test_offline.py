"""Nothing leaves the machine: every command runs with outbound network and DNS blocked, and logged.

A ``sitecustomize`` module (:data:`BLOCKER`), put first on ``PYTHONPATH`` of a
subprocess, wraps the socket module before auditlint is imported:

* ``connect``/``connect_ex``/``sendto``/``sendmsg`` to an IPv4/IPv6 address,
  and ``bind`` to one, are refused and logged; so is any host *name* given to
  them (it would need DNS);
* DNS is refused and logged: ``getaddrinfo`` answers only numeric addresses
  (no lookup happens for those), ``gethostbyname*``, ``gethostbyaddr`` and
  ``getnameinfo`` likewise;
* a bind on a *loopback address* (127.0.0.0/8, ::1) is let through (it sends
  nothing: urllib3, imported by spaCy, binds ``::1`` to see whether IPv6
  works), and only in the web case (``AUDITLINT_NET_ALLOW_LOOPBACK=1``) a
  connection to one; each is written to a second log, which the tests check
  (loopback only; connections only in the web case).

Every command of the issue runs in one blocked subprocess (:data:`DRIVER`:
the commands in turn through click's runner, so the language model loads once;
the stdout, stderr, exit status and any exception of each are kept), and
``auditlint serve`` in another, on a free loopback port, with a draft posted
through the page's form and its JSON API. Each test checks that its command
did its job (exit status, output parsed) and that nothing tried to reach the
network.
"""

from __future__ import annotations

import ast
import csv
import http.client
import io
import ipaddress
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from .conftest import CORPORA, EXAMPLES, ROOT
from .docx_builders import SHAPES, markdown_audit, to_bytes

sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    from webload import multipart as _multipart  # the load benchmark's form encoder, one copy
finally:
    sys.path.pop(0)

BLOCKER = textwrap.dedent(
    '''
    """auditlint's test suite: outbound network and DNS blocked and logged (see tests/test_offline.py)."""
    import errno as _errno
    import ipaddress as _ip
    import os as _os
    import socket as _socket

    _INET = (_socket.AF_INET, _socket.AF_INET6)
    _ALLOW_LOOPBACK = _os.environ.get("AUDITLINT_NET_ALLOW_LOOPBACK") == "1"


    class NetworkBlocked(PermissionError):
        pass


    def _log(var, kind, detail):
        path = _os.environ.get(var)
        if path:
            label = _os.environ.get("AUDITLINT_NET_LABEL", "-")
            with open(path, "a", encoding="utf-8") as f:
                f.write("%s\\t%s\\t%s\\t%r\\n" % (_os.getpid(), label, kind, detail))


    def _block(kind, detail):
        _log("AUDITLINT_NET_LOG", kind, detail)
        raise NetworkBlocked(_errno.EPERM, "network blocked by the auditlint test suite: %s %r" % (kind, detail))


    def _loopback(host):
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        try:
            return _ip.ip_address(str(host).split("%", 1)[0]).is_loopback
        except ValueError:
            return False  # a name (it would need DNS) or nothing (every interface)


    def _inet_ok(sock, kind, address):
        """True to let it through; False for other families; refuses (and logs) the rest."""
        if sock.family not in _INET:
            return False
        host = address[0] if isinstance(address, tuple) and address else address
        # a bind on loopback sends nothing anywhere (urllib3 binds ::1 at import to see if IPv6 works);
        # a connection to loopback is for the web case only
        if _loopback(host) and (kind == "bind" or _ALLOW_LOOPBACK):
            _log("AUDITLINT_NET_LOOPBACK_LOG", kind, address)
            return True
        _block(kind, address)


    _real = {name: getattr(_socket.socket, name) for name in ("connect", "connect_ex", "bind", "sendto", "sendmsg")}


    def _guard_connect(self, address):
        _inet_ok(self, "connect", address)
        return _real["connect"](self, address)


    def _guard_connect_ex(self, address):
        _inet_ok(self, "connect", address)
        return _real["connect_ex"](self, address)


    def _guard_bind(self, address):
        _inet_ok(self, "bind", address)
        return _real["bind"](self, address)


    def _guard_sendto(self, data, *args):
        _inet_ok(self, "sendto", args[-1])
        return _real["sendto"](self, data, *args)


    def _guard_sendmsg(self, buffers, *args):
        if len(args) >= 3 and args[2] is not None:
            _inet_ok(self, "sendmsg", args[2])
        return _real["sendmsg"](self, buffers, *args)


    _socket.socket.connect = _guard_connect
    _socket.socket.connect_ex = _guard_connect_ex
    _socket.socket.bind = _guard_bind
    _socket.socket.sendto = _guard_sendto
    _socket.socket.sendmsg = _guard_sendmsg

    _real_getaddrinfo = _socket.getaddrinfo
    _real_gethostbyname = _socket.gethostbyname
    _real_gethostbyname_ex = _socket.gethostbyname_ex
    _real_getnameinfo = _socket.getnameinfo


    def _numeric(host):
        if host is None:
            return True  # a passive (bind) address: no lookup
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        try:
            _ip.ip_address(str(host).split("%", 1)[0])
            return True
        except ValueError:
            return False


    def _guard_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        if not _numeric(host):
            _log("AUDITLINT_NET_LOG", "dns", host)
            raise _socket.gaierror(_socket.EAI_NONAME, "DNS blocked by the auditlint test suite: %r" % (host,))
        return _real_getaddrinfo(host, port, family, type, proto, flags | _socket.AI_NUMERICHOST)


    def _guard_gethostbyname(host):
        if not _numeric(host):
            _block("dns", host)
        return _real_gethostbyname(host)


    def _guard_gethostbyname_ex(host):
        if not _numeric(host):
            _block("dns", host)
        return _real_gethostbyname_ex(host)


    def _guard_gethostbyaddr(host):
        _block("reverse dns", host)


    def _guard_getnameinfo(sockaddr, flags):
        if not flags & _socket.NI_NUMERICHOST:
            _block("reverse dns", sockaddr)
        return _real_getnameinfo(sockaddr, flags)


    _socket.getaddrinfo = _guard_getaddrinfo
    _socket.gethostbyname = _guard_gethostbyname
    _socket.gethostbyname_ex = _guard_gethostbyname_ex
    _socket.gethostbyaddr = _guard_gethostbyaddr
    _socket.getnameinfo = _guard_getnameinfo
    _log("AUDITLINT_NET_ARMED_LOG", "armed", _ALLOW_LOOPBACK)
    '''
)

# Runs each command of SPEC in turn (one process: the model loads once) and writes what each did.
DRIVER = textwrap.dedent(
    """
    import json, os, socket, sys, time, traceback

    from click.testing import CliRunner

    from auditlint.cli import main

    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    out = {"armed": socket.socket.connect.__name__ == "_guard_connect"
           and socket.getaddrinfo.__name__ == "_guard_getaddrinfo", "commands": {}}
    runner = CliRunner()
    for label, args in spec:
        os.environ["AUDITLINT_NET_LABEL"] = label
        started = time.perf_counter()
        r = runner.invoke(main, args, catch_exceptions=True)
        exc = None
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            exc = "".join(traceback.format_exception(*r.exc_info))
        out["commands"][label] = {"args": args, "exit_code": r.exit_code, "stdout": r.stdout, "stderr": r.stderr,
                                  "exception": exc, "seconds": round(time.perf_counter() - started, 2)}
    os.environ["AUDITLINT_NET_LABEL"] = "-"
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f)
    """
)

WEAK = EXAMPLES / "weak-audit.md"
GOOD = EXAMPLES / "good-audit.md"
LONG = CORPORA / "audits" / "tune" / "t02-looked-after-foster-strong-long.md"
MONTH = [WEAK, GOOD, CORPORA / "audits" / "tune" / "t03-child-in-need-weak-terse.md",
         CORPORA / "audits" / "holdout" / "h02-kinship-care-weak-terse.md"]
# identifying details a redaction has something to do with (all fictional; reserved example ranges)
PLANTED = ("Mrs Jane Sample (date of birth 03/04/1985, NHS number 943 476 5919) lives at 12 Example Road, "
           "Exampletown EX1 2AB; phone 07700 900123, e-mail jane.sample@example.org.")
DRIVER_TIMEOUT = 900
SERVE_TIMEOUT = 300


# ---------------------------------------------------------------- the blocked subprocesses
def blocked_env(work: Path, logs: Path, *, allow_loopback: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(work / "site") + os.pathsep + env.get("PYTHONPATH", "")
    env["AUDITLINT_NET_LOG"] = str(logs / "blocked.log")
    env["AUDITLINT_NET_LOOPBACK_LOG"] = str(logs / "loopback.log")
    env["AUDITLINT_NET_ARMED_LOG"] = str(logs / "armed.log")
    env["AUDITLINT_NET_ALLOW_LOOPBACK"] = "1" if allow_loopback else "0"
    # the defaults of a fresh machine: no LanguageTool server configured or installed (AL503 uses the built-in
    # checker); an installed one would be started and reached on loopback, which only the web case allows
    for var in ("AUDITLINT_LANGUAGETOOL_URL", "LTP_JAR_DIR_PATH", "AUDITLINT_TOKEN"):
        env.pop(var, None)
    env["LTP_PATH"] = str(work / "no-languagetool")
    env["TMPDIR"] = str(work / "tmp")
    for name in ("blocked.log", "loopback.log", "armed.log"):
        (logs / name).write_text("")
    return env


def read_log(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    """One folder for the whole module: the blocker, the inputs, the outputs."""
    w = tmp_path_factory.mktemp("offline")
    (w / "site").mkdir()
    (w / "site" / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    for sub in ("no-languagetool", "tmp", "month", "out"):
        (w / sub).mkdir()
    for src in MONTH:
        shutil.copy(src, w / "month" / src.name)
    shutil.copy(WEAK, w / "weak.md")
    shutil.copy(GOOD, w / "good.md")
    shutil.copy(LONG, w / LONG.name)
    weak_doc = SHAPES["headings"](markdown_audit(WEAK))
    (w / "weak.docx").write_bytes(to_bytes(weak_doc))
    # drafts with identifying details, for redact
    (w / "identifiable.md").write_text(WEAK.read_text(encoding="utf-8").replace(
        "\n# ", f"\n{PLANTED}\n\n# ", 2), encoding="utf-8")
    named_doc = SHAPES["headings"](markdown_audit(WEAK))
    named_doc.add_paragraph(PLANTED)
    (w / "identifiable.docx").write_bytes(to_bytes(named_doc))
    return w


COMMANDS: list[tuple[str, list[str]]] = [
    ("check-json", ["check", "weak.md", LONG.name, "--format", "json"]),
    ("check-text", ["check", "weak.md", "--format", "text", "--no-color"]),
    ("check-sarif", ["check", "weak.md", "--format", "sarif"]),
    ("check-github", ["check", "weak.md", "--format", "github"]),
    ("check-html", ["check", "weak.md", "--format", "html", "-o", "out/check.html"]),
    ("report", ["report", "month", "--html", "out/summary.html", "--csv", "out/summary.csv"]),
    ("sample", ["sample", "month", "--format", "json", "--seed", "202302", "--all"]),
    ("compare", ["compare", "good.md", "weak.md", "--html", "out/compare.html"]),
    ("annotate", ["annotate", "weak.docx", "-o", "out/weak.reviewed.docx"]),
    ("redact-md", ["redact", "identifiable.md", "-o", "out/redacted.md"]),
    ("redact-docx", ["redact", "identifiable.docx", "-o", "out/redacted.docx"]),
    ("rules", ["rules", "--format", "json"]),
    ("rule", ["rule", "AL301"]),
    ("schema", ["schema", "--report"]),
]


@pytest.fixture(scope="module")
def blocked(work) -> dict:
    """Every command run in one subprocess with the network blocked: what each did, and the logs."""
    logs = work / "cli-logs"
    logs.mkdir()
    env = blocked_env(work, logs)
    (work / "driver.py").write_text(DRIVER, encoding="utf-8")
    (work / "spec.json").write_text(json.dumps(COMMANDS), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(work / "driver.py"), str(work / "spec.json"), str(work / "results.json")],
        capture_output=True, text=True, env=env, cwd=work, timeout=DRIVER_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads((work / "results.json").read_text(encoding="utf-8"))
    results["blocked"] = read_log(logs / "blocked.log")
    results["loopback"] = read_log(logs / "loopback.log")
    results["armed"] = results["armed"] and len(read_log(logs / "armed.log")) >= 1
    return results


def ran(blocked: dict, label: str, *exit_codes: int) -> dict:
    """The command's record, after the checks every command shares."""
    assert blocked["armed"], "the network blocker was not loaded in the subprocess"
    r = blocked["commands"][label]
    assert r["exception"] is None, f"{label}: {r['exception']}\n{r['stderr']}"
    assert r["exit_code"] in exit_codes, f"{label}: exit {r['exit_code']}\n{r['stderr']}\n{r['stdout'][-2000:]}"
    assert "Traceback" not in r["stderr"], r["stderr"]
    attempts = [line for line in blocked["blocked"] if line.split("\t")[1] in (label, "-")]
    assert attempts == [], f"{label} tried to reach the network: {attempts}"
    assert no_loopback_connections(blocked["loopback"])
    return r


def no_loopback_connections(loopback: list[str]) -> bool:
    """Loopback binds only (a probe of a library's), and connections to loopback none: they are for the web case."""
    assert all(_is_loopback_entry(line) and line.split("\t")[2] == "bind" for line in loopback), loopback
    return True


class _Html(HTMLParser):
    """Parses a page; collects what a browser would fetch from elsewhere."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        a = dict(attrs)
        fetched = [a.get("src")] + ([a.get("href")] if tag == "link" else [])
        self.external += [u for u in fetched if u and re.match(r"(?i)\s*(https?:)?//", u)]


def self_contained_html(path: Path) -> _Html:
    assert path.is_file(), f"{path} was not written"
    page = _Html()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    assert "html" in page.tags and "body" in page.tags
    assert page.external == [], f"{path.name} loads resources from elsewhere: {page.external}"
    return page


# ---------------------------------------------------------------- the blocker itself
def _probe(work: Path, code: str, *, allow_loopback: bool) -> tuple[str, list[str], list[str]]:
    logs = work / ("probe-logs-web" if allow_loopback else "probe-logs")
    logs.mkdir(exist_ok=True)
    env = blocked_env(work, logs, allow_loopback=allow_loopback)
    env["AUDITLINT_NET_LABEL"] = "probe"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout, read_log(logs / "blocked.log"), read_log(logs / "loopback.log")


PROBE = textwrap.dedent(
    """
    import socket, urllib.request
    def attempt(what, fn):
        try:
            fn()
            print(what, "allowed")
        except OSError as e:
            print(what, "blocked" if "blocked" in str(e) else "other: %r" % e)
    listener = socket.socket()
    attempt("bind-loopback", lambda: listener.bind(("127.0.0.1", 0)))
    attempt("bind-any", lambda: socket.socket().bind(("0.0.0.0", 0)))
    attempt("connect-loopback", lambda: (listener.listen(), socket.create_connection(listener.getsockname(), timeout=5)))
    attempt("connect-public", lambda: socket.create_connection(("192.0.2.1", 443), timeout=5))
    attempt("connect-name", lambda: socket.socket().connect(("example.org", 80)))
    attempt("dns", lambda: socket.getaddrinfo("example.org", 443))
    attempt("urllib", lambda: urllib.request.urlopen("https://example.org/", timeout=5))
    attempt("udp", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("192.0.2.1", 53)))
    attempt("numeric-resolve", lambda: socket.getaddrinfo("127.0.0.1", 80))
    attempt("unix", lambda: socket.socketpair())
    """
)


def test_the_blocker_blocks_and_logs_everything_off_the_machine(work):
    stdout, attempts, loopback = _probe(work, PROBE, allow_loopback=False)
    said = dict(line.split(" ", 1) for line in stdout.splitlines())
    assert said == {
        "bind-loopback": "allowed", "bind-any": "blocked", "connect-loopback": "blocked",
        "connect-public": "blocked", "connect-name": "blocked", "dns": "blocked", "urllib": "blocked",
        "udp": "blocked", "numeric-resolve": "allowed", "unix": "allowed",
    }, stdout
    kinds = [line.split("\t")[2] for line in attempts]
    assert kinds.count("dns") == 2 and kinds.count("bind") == 1 and kinds.count("sendto") == 1, attempts
    assert kinds.count("connect") == 3, attempts  # loopback, an address, a name
    assert [line.split("\t")[2] for line in loopback] == ["bind"] and _is_loopback_entry(loopback[0])


def test_the_web_blocker_lets_loopback_through_and_nothing_else(work):
    stdout, attempts, loopback = _probe(work, PROBE, allow_loopback=True)
    said = dict(line.split(" ", 1) for line in stdout.splitlines())
    assert said["bind-loopback"] == "allowed" and said["connect-loopback"] == "allowed"
    assert all(said[k] == "blocked" for k in ("bind-any", "connect-public", "connect-name", "dns", "urllib", "udp"))
    assert attempts and all("127.0.0.1" not in line for line in attempts), attempts
    assert len(loopback) == 2 and all(_is_loopback_entry(line) for line in loopback), loopback


def _is_loopback_entry(line: str) -> bool:
    address = ast.literal_eval(line.split("\t")[3])  # the blocker's repr of a socket address
    return ipaddress.ip_address(address[0].split("%", 1)[0]).is_loopback


# ---------------------------------------------------------------- check, in each format
def test_check_json_offline(blocked):
    r = ran(blocked, "check-json", 0, 1)
    doc = json.loads(r["stdout"])
    assert [Path(a["path"]).name for a in doc["audits"]] == ["weak.md", LONG.name] and doc["errors"] == []
    codes = {f["code"] for a in doc["audits"] for f in a["findings"]}
    assert "AL000" not in codes, [f for a in doc["audits"] for f in a["findings"] if f["code"] == "AL000"]
    assert doc["audits"][0]["findings"] and all(a["score"] is not None for a in doc["audits"])
    skipped = {s["code"] for a in doc["audits"] for s in a["skipped"]}
    assert "AL506" not in skipped and "AL504" not in skipped  # readability and spelling ran offline
    assert "AL503" not in skipped  # so did grammar (the built-in checker)


def test_check_text_offline(blocked):
    r = ran(blocked, "check-text", 1)
    assert re.search(r"(?m)^weak\.md:\d+:\d+: AL\d{3} (error|warning|info) ", r["stdout"]), r["stdout"][:2000]
    assert "score" in r["stdout"].lower()


def test_check_sarif_offline(blocked):
    r = ran(blocked, "check-sarif", 1)
    doc = json.loads(r["stdout"])
    assert doc["version"] == "2.1.0" and doc["runs"][0]["results"]
    assert all(res["ruleId"].startswith("AL") for res in doc["runs"][0]["results"])


def test_check_github_offline(blocked):
    r = ran(blocked, "check-github", 1)
    lines = r["stdout"].splitlines()
    assert lines and all(re.match(r"::(error|warning|notice) ", line) for line in lines), lines[:5]
    assert any("file=weak.md" in line for line in lines)


def test_check_html_offline(blocked, work):
    ran(blocked, "check-html", 1)
    page = self_contained_html(work / "out" / "check.html")
    assert "mark" in page.tags  # the findings highlighted in the text


# ---------------------------------------------------------------- the other commands
def test_report_offline(blocked, work):
    ran(blocked, "report", 0)
    with open(work / "out" / "summary.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 1 + len(MONTH), rows  # a header and a row per audit
    body = "\n".join(",".join(r) for r in rows[1:])
    assert all(p.name in body for p in MONTH), rows
    self_contained_html(work / "out" / "summary.html")


def test_sample_offline(blocked):
    r = ran(blocked, "sample", 0)
    doc = json.loads(r["stdout"])
    assert doc["audits"] == len(MONTH) and doc["seed"] == 202302 and doc["sample"]
    assert len(doc["sample"]) + len(doc["not_chosen"]) <= len(MONTH)


def test_compare_offline(blocked, work):
    r = ran(blocked, "compare", 0)
    assert "good.md" in r["stdout"] and "weak.md" in r["stdout"]
    self_contained_html(work / "out" / "compare.html")


def test_annotate_offline(blocked, work):
    ran(blocked, "annotate", 0)
    out = work / "out" / "weak.reviewed.docx"
    assert out.is_file()
    reviewed = docx.Document(str(out))
    assert len(reviewed.paragraphs) > 10
    with zipfile.ZipFile(out) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert comments.count("<w:comment ") > 5 and 'w:author="auditlint"' in comments


def test_redact_markdown_offline(blocked, work):
    ran(blocked, "redact-md", 0)
    out = work / "out" / "redacted.md"
    assert out.is_file()
    text = out.read_text(encoding="utf-8")
    assert text.strip() and text != (work / "identifiable.md").read_text(encoding="utf-8")
    assert "jane.sample@example.org" not in text and "XXXX" in text  # the anonymised reference is kept
    from auditlint.readers import read_text

    assert read_text(text, "redacted.md").domains  # still an audit auditlint reads


def test_redact_word_document_offline(blocked, work):
    ran(blocked, "redact-docx", 0)
    out = work / "out" / "redacted.docx"
    assert out.is_file()
    redacted = docx.Document(str(out))
    text = "\n".join(p.text for p in redacted.paragraphs)
    assert text.strip() and text != "\n".join(p.text for p in docx.Document(str(work / "identifiable.docx")).paragraphs)
    assert "jane.sample@example.org" not in text and "XXXX" in text


def test_rules_rule_and_schema_offline(blocked):
    rules = json.loads(ran(blocked, "rules", 0)["stdout"])
    assert len(rules) > 20
    assert "AL301" in ran(blocked, "rule", 0)["stdout"]
    assert json.loads(ran(blocked, "schema", 0)["stdout"])["type"] == "object"


def test_nothing_at_all_tried_the_network(blocked):
    """Also what no single command owns (imports, exit handlers)."""
    assert blocked["armed"]
    assert blocked["blocked"] == [], blocked["blocked"]
    assert no_loopback_connections(blocked["loopback"])


# ---------------------------------------------------------------- the web app, on loopback
def _request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(method, path, body=body, headers={"Host": f"127.0.0.1:{port}", **(headers or {})})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def test_serve_on_loopback_offline(work):
    logs = work / "serve-logs"
    logs.mkdir()
    env = blocked_env(work, logs, allow_loopback=True)
    env["AUDITLINT_NET_LABEL"] = "serve"
    code = "import sys; from auditlint.cli import main; sys.argv = ['auditlint'] + sys.argv[1:]; main()"
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--host", "127.0.0.1", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=work)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    try:
        deadline = time.monotonic() + SERVE_TIMEOUT
        line = ""
        while "auditlint is ready" not in line and time.monotonic() < deadline and proc.poll() is None:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                pass
        m = re.search(r"open http://127\.0\.0\.1:(\d+)/ in your web browser", line)
        assert m, (line, proc.stderr.read() if proc.poll() is not None else "(still starting)")
        port = int(m.group(1))

        status, headers, body = _request(port, "GET", "/")
        assert status == 200 and b"<form" in body

        weak = WEAK.read_text(encoding="utf-8")
        status, _, body = _request(port, "POST", "/api/check", json.dumps({"text": weak, "name": "weak.md"}).encode(),
                                   {"Content-Type": "application/json"})
        assert status == 200, body[:500]
        doc = json.loads(body)
        assert doc["audits"][0]["findings"] and "AL000" not in {f["code"] for f in doc["audits"][0]["findings"]}

        form, ctype = _multipart({"text": weak}, {})
        status, _, body = _request(port, "POST", "/check", form, {"Content-Type": ctype, "Accept": "text/html"})
        assert status == 200 and b"<mark" in body, body[:500]

        form, ctype = _multipart({"text": ""}, {"file": ("weak.docx", (work / "weak.docx").read_bytes(),
                                                          "application/vnd.openxmlformats-officedocument."
                                                          "wordprocessingml.document")})
        status, _, body = _request(port, "POST", "/check", form, {"Content-Type": ctype, "Accept": "text/html"})
        assert status == 200 and b"<mark" in body, body[:500]
        link = re.search(rb'href="(/reviewed/[^"]+)"', body)
        assert link, "no download link for the reviewed copy"
        status, _, copy = _request(port, "GET", link.group(1).decode())
        assert status == 200 and zipfile.is_zipfile(io.BytesIO(copy))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    err = proc.stderr.read()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert [ln for ln in read_log(logs / "armed.log") if ln.split("\t")[0] == str(proc.pid)], "blocker not loaded"
    attempts = read_log(logs / "blocked.log")
    assert attempts == [], f"the web server tried to reach the network: {attempts}"
    loopback = read_log(logs / "loopback.log")
    assert loopback and all(_is_loopback_entry(line) for line in loopback), loopback
    # it listened on loopback (and urllib3 probed ::1), and connected nowhere, not even to loopback
    assert {ln.split("\t")[2] for ln in loopback} == {"bind"}, loopback
    assert any("('127.0.0.1', 0)" in ln for ln in loopback), loopback
