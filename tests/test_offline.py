"""Nothing leaves the machine: a full check runs with every network socket blocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from .conftest import CORPORA, EXAMPLES

BLOCKER = textwrap.dedent(
    """
    import socket

    class _Blocked(OSError):
        pass

    _real_connect = socket.socket.connect
    _real_connect_ex = socket.socket.connect_ex

    def _guard(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            with open(__import__("os").environ["AUDITLINT_NET_LOG"], "a") as log:
                log.write(repr(address) + "\\n")
            raise _Blocked("network blocked by the auditlint test suite: %r" % (address,))
        return _real_connect(self, address)

    def _guard_ex(self, address):
        _guard(self, address)
        return _real_connect_ex(self, address)

    def _no_dns(*args, **kwargs):
        raise _Blocked("DNS blocked by the auditlint test suite")

    socket.socket.connect = _guard
    socket.socket.connect_ex = _guard_ex
    socket.getaddrinfo = _no_dns
    socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(_Blocked("network blocked"))
    """
)


def run_blocked(tmp_path, *args: str) -> tuple[subprocess.CompletedProcess, str]:
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    log = tmp_path / "net.log"
    log.write_text("")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tmp_path) + os.pathsep + env.get("PYTHONPATH", "")
    env["AUDITLINT_NET_LOG"] = str(log)
    for var in ("AUDITLINT_LANGUAGETOOL_URL", "LTP_PATH", "LTP_JAR_DIR_PATH"):
        env.pop(var, None)
    code = "import sys; from auditlint.cli import main; sys.argv = ['auditlint'] + sys.argv[1:]; main()"
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=tmp_path)
    return proc, log.read_text()


def test_the_blocker_really_blocks(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    env = dict(os.environ, PYTHONPATH=str(tmp_path), AUDITLINT_NET_LOG=str(tmp_path / "n.log"))
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError as e:\n    print('blocked' if 'blocked' in str(e) else 'other')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "blocked"


def test_full_check_of_a_corpus_audit_with_sockets_blocked(tmp_path):
    target = CORPORA / "audits" / "tune" / "t02-looked-after-foster-strong-long.md"
    proc, attempts = run_blocked(tmp_path, "check", str(target), str(EXAMPLES / "weak-audit.md"), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    codes = {f["code"] for a in doc["audits"] for f in a["findings"]}
    assert "AL000" not in codes, [f for a in doc["audits"] for f in a["findings"] if f["code"] == "AL000"]
    skipped = {s["code"] for a in doc["audits"] for s in a["skipped"]}
    assert "AL506" not in skipped and "AL504" not in skipped  # readability and spelling ran offline
    assert attempts == "", f"auditlint tried to open network connections: {attempts}"
