"""Load on `auditlint serve`: a bounded generator on loopback, then one table.

    .venv/bin/python benchmarks/webload.py                 # 20 clients, 2,000 requests
    .venv/bin/python benchmarks/webload.py --quick         # 3 clients, 30 requests (the test suite uses it)
    .venv/bin/python benchmarks/webload.py --clients 8 --requests 500

It starts `auditlint serve` on 127.0.0.1 (a free port) as a subprocess, waits
until it is ready, then --clients threads (each with its own keep-alive
connection, stdlib http.client) send --requests requests between them and
stop. The mix is what auditors do: open the page, check a short pasted draft
(through the page's form and the JSON API), check a whole audit, upload a Word
file (to the API, and to the page, then download the reviewed copy), look at
the rules. Drafts are built from the corpus and differ from request to
request, as real drafts do. Every answer is checked (status and content);
anything else is an error, counted by kind.

Printed: requests, errors (by status or exception), throughput, latency
p50/p95/p99/max (overall and per kind of request), the server's resident
memory (VmRSS of /proc/PID/status) at the start, after the first 10% of the
requests and at the end, and its peak (VmHWM). The exit status is 1 on any
error (or if the run did not finish within --timeout, or the server failed),
else 0. Nothing is sent anywhere but the server's loopback address.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import math
import os
import queue
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
REQUEST_TIMEOUT = 300.0  # one request; the whole run has --timeout

# kind of request: (weight, HTTP requests it makes). "page-docx" uploads a Word file through the page and
# then downloads the reviewed copy: two requests.
MIX: dict[str, tuple[int, int]] = {
    "page": (15, 1),            # GET /
    "rules-page": (4, 1),       # GET /rules
    "api-rules": (3, 1),        # GET /api/rules
    "health": (2, 1),           # GET /api/health
    "short-api": (28, 1),       # POST /api/check, JSON: a short draft
    "short-page": (18, 1),      # POST /check, the page's form: a short pasted draft
    "full-api": (9, 1),         # POST /api/check, JSON: a whole audit from the corpus
    "full-page": (5, 1),        # POST /check: a whole audit pasted into the page
    "docx-api": (3, 1),         # POST /api/check, multipart: a Word audit
    "page-docx": (3, 2),        # POST /check with a Word file, then GET /reviewed/KEY
}


# ---------------------------------------------------------------- the drafts
def corpus_audits() -> list[Path]:
    """The examples and the tune audits: never the held-out sets (corpora/audits/holdout*), which are the exam."""
    audits = [p for p in sorted((CORPORA / "audits").rglob("*.md"))
              if not any(part.startswith("holdout") for part in p.relative_to(CORPORA / "audits").parts)]
    return sorted((CORPORA / "examples").glob("*.md")) + audits


def split_audit(text: str) -> tuple[dict[str, str], list[tuple[str, list[str]]]]:
    """Front matter, and the sections as (heading, lines)."""
    meta: dict[str, str] = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        for line in text[4:end].splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        text = text[end + 4:]
    sections: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("# "):
            sections.append((line[2:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
    return meta, sections


class Drafts:
    """Deterministic, varied drafts: short ones recombined from corpus sentences, whole corpus audits."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.audits = [p.read_text(encoding="utf-8") for p in corpus_audits()]
        self.sentences: list[str] = []
        self.actions: list[str] = []
        self.headings: list[str] = []
        for text in self.audits:
            _, sections = split_audit(text)
            for heading, lines in sections:
                self.headings.append(heading)
                in_actions = False
                for line in lines:
                    s = line.strip()
                    if s.lower().startswith(("actions:", "recommendations:")):
                        in_actions = True
                    elif s.startswith("- ") and in_actions:
                        self.actions.append(s[2:])
                    elif s and not s.lower().startswith(("grade:", "judgement:", "<!--")):
                        in_actions = False
                        self.sentences += [x for x in re.split(r"(?<=[.!?])\s+", s) if len(x.split()) > 3]
        self.docx = [self._docx(t) for t in self.audits[:2]]  # the two examples, as Word files

    def short(self) -> str:
        with self.lock:
            r = self.rng
            heading = r.choice(self.headings)
            grade = r.choice(["Good", "Requires Improvement to be Good", "Inadequate", "Outstanding"])
            body = " ".join(r.sample(self.sentences, r.randint(3, 7)))
            visit = f"The social worker visited on {r.randint(1, 28)} {r.choice(['March', 'April', 'May'])} 2023 " \
                    f"(visit {r.randint(100, 99999)})."
            actions = "\n".join(f"- {a}" for a in r.sample(self.actions, r.randint(1, 3)))
        return f"# {heading}\nGrade: {grade}\n\n{body} {visit}\n\nActions:\n{actions}\n"

    def full(self) -> tuple[str, str]:
        with self.lock:
            i = self.rng.randrange(len(self.audits))
            tag = self.rng.randint(1000, 9999)
        return f"audit-{i}.md", self.audits[i].replace("audit_id: ", f"audit_id: L{tag}-", 1)

    def word(self) -> tuple[str, bytes]:
        with self.lock:
            i = self.rng.randrange(len(self.docx))
        return f"draft-{i}.docx", self.docx[i]

    @staticmethod
    def _docx(text: str) -> bytes:
        """The audit as a Word file in the headings shape (metadata lines, Heading 1 per section, bullets)."""
        import docx

        meta, sections = split_audit(text)
        doc = docx.Document()
        labels = {"audit_id": "Audit ID", "child_ref": "Child reference", "audit_date": "Audit date",
                  "auditor": "Auditor"}
        for key, label in labels.items():
            if key in meta:
                doc.add_paragraph(f"{label}: {meta[key]}")
        for heading, lines in sections:
            doc.add_heading(heading, level=1)
            para: list[str] = []

            def flush() -> None:
                if para:
                    doc.add_paragraph(" ".join(para))
                    para.clear()

            for line in lines:
                s = line.strip()
                if not s or s.startswith("<!--"):
                    flush()
                elif s.startswith("- "):
                    flush()
                    doc.add_paragraph(s[2:], style="List Bullet")
                elif s.lower().startswith(("grade:", "judgement:", "actions:", "recommendations:")):
                    flush()
                    doc.add_paragraph(s)
                else:
                    para.append(s)
            flush()
        buf = io.BytesIO()
        doc.save(buf)
        return buf.getvalue()


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes, str]]) -> tuple[bytes, str]:
    boundary = "webload-" + uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        out.write(value.encode("utf-8") + b"\r\n")
    for name, (filename, data, ctype) in files.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                  f"Content-Type: {ctype}\r\n\r\n".encode())
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


# ---------------------------------------------------------------- the schedule
def schedule(total: int, seed: int) -> list[str]:
    """``total`` HTTP requests' worth of kinds: each kind once first (so a short run tries every one), then
    drawn by weight."""
    rng = random.Random(seed)
    kinds = list(MIX)
    weights = [MIX[k][0] for k in kinds]
    first = [k for k in kinds]
    rng.shuffle(first)
    out: list[str] = []
    used = 0
    for k in first:
        if used + MIX[k][1] <= total:
            out.append(k)
            used += MIX[k][1]
    while used < total:
        k = rng.choices(kinds, weights)[0]
        if used + MIX[k][1] > total:
            k = "page"
        out.append(k)
        used += MIX[k][1]
    return out


# ---------------------------------------------------------------- the server
def rss_kb(pid: int, key: str = "VmRSS") -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def mb(kb: int | None) -> str:
    return "n/a" if kb is None else f"{kb / 1024:.1f} MB"


class Server:
    """`auditlint serve` on 127.0.0.1, a free port, in a subprocess of its own."""

    def __init__(self, workdir: Path, startup_timeout: float):
        env = {k: v for k, v in os.environ.items() if k != "AUDITLINT_TOKEN"}
        env["TMPDIR"] = str(workdir)
        self.log_path = workdir / "server.log"
        self.log = open(self.log_path, "w", encoding="utf-8")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "auditlint.cli", "serve", "--host", "127.0.0.1", "--port", "0"],
            stdout=subprocess.PIPE, stderr=self.log, text=True, env=env, cwd=workdir,
        )
        lines: queue.Queue[str | None] = queue.Queue()

        def read() -> None:
            for line in self.proc.stdout:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=read, daemon=True).start()
        deadline = time.monotonic() + startup_timeout
        while True:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None or time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"webload: the server did not start:\n{self.log_path.read_text()[-3000:]}")
            m = re.search(r"open (http://127\.0\.0\.1:(\d+))/ in your web browser", line)
            if m:
                self.url, self.port = m.group(1), int(m.group(2))
                return

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.proc.returncode


# ---------------------------------------------------------------- the clients
@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    done: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None) -> int:
        with self.lock:
            self.latencies[kind].append(seconds)
            if error:
                self.errors[f"{error} ({kind})"] += 1
            self.done += 1
            return self.done


class BadAnswer(Exception):
    pass


class Client:
    def __init__(self, port: int, drafts: Drafts, stats: Stats, on_done):
        self.port = port
        self.drafts = drafts
        self.stats = stats
        self.on_done = on_done
        self.conn: http.client.HTTPConnection | None = None

    def _send(self, method: str, path: str, body: bytes | None = None, ctype: str | None = None,
              accept: str = "*/*") -> tuple[int, bytes]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        headers = {"Host": f"127.0.0.1:{self.port}", "Accept": accept, "Connection": "keep-alive"}
        if ctype:
            headers["Content-Type"] = ctype
        self.conn.request(method, path, body=body, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read()
        if resp.getheader("connection", "").lower() == "close":
            self.conn.close()
            self.conn = None
        return resp.status, data

    def timed(self, kind: str, fn) -> object:
        started = time.perf_counter()
        error = None
        result = None
        try:
            result = fn()
        except BadAnswer as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, by its type
            error = type(exc).__name__
            if self.conn is not None:
                self.conn.close()
                self.conn = None
        n = self.stats.record(kind, time.perf_counter() - started, error)
        self.on_done(n)
        return None if error else result

    @staticmethod
    def expect(status: int, body: bytes, want_status: int, marker: bytes, what: str) -> None:
        if status != want_status:
            raise BadAnswer(f"HTTP {status} {what}")
        if marker not in body:
            raise BadAnswer(f"unexpected body {what}")

    def api_json(self, text: str, name: str) -> None:
        status, body = self._send("POST", "/api/check", json.dumps({"text": text, "name": name}).encode(),
                                  "application/json")
        self.expect(status, body, 200, b'"findings"', "/api/check")
        doc = json.loads(body)
        if not doc.get("audits") or doc.get("errors"):
            raise BadAnswer("report without its audit /api/check")

    def page_text(self, text: str) -> None:
        body, ctype = multipart({"text": text}, {})
        status, body = self._send("POST", "/check", body, ctype, accept="text/html")
        self.expect(status, body, 200, b'id="result"', "/check")

    def run(self, kind: str) -> None:
        d = self.drafts
        if kind == "page":
            self.timed(kind, lambda: self.expect(*self._send("GET", "/", accept="text/html"), 200, b'id="check-form"', "/"))
        elif kind == "rules-page":
            self.timed(kind, lambda: self.expect(*self._send("GET", "/rules", accept="text/html"), 200, b"AL301", "/rules"))
        elif kind == "api-rules":
            self.timed(kind, lambda: self.expect(*self._send("GET", "/api/rules"), 200, b'"AL301"', "/api/rules"))
        elif kind == "health":
            self.timed(kind, lambda: self.expect(*self._send("GET", "/api/health"), 200, b'"ready"', "/api/health"))
        elif kind == "short-api":
            text = d.short()
            self.timed(kind, lambda: self.api_json(text, "draft.md"))
        elif kind == "short-page":
            text = d.short()
            self.timed(kind, lambda: self.page_text(text))
        elif kind == "full-api":
            name, text = d.full()
            self.timed(kind, lambda: self.api_json(text, name))
        elif kind == "full-page":
            _, text = d.full()
            self.timed(kind, lambda: self.page_text(text))
        elif kind == "docx-api":
            name, data = d.word()
            body, ctype = multipart({}, {"file": (name, data, DOCX_TYPE)})

            def go() -> None:
                status, answer = self._send("POST", "/api/check", body, ctype)
                self.expect(status, answer, 200, b'"findings"', "/api/check (Word)")

            self.timed(kind, go)
        elif kind == "page-docx":
            name, data = d.word()
            body, ctype = multipart({"text": ""}, {"file": (name, data, DOCX_TYPE)})

            def upload() -> str:
                status, answer = self._send("POST", "/check", body, ctype, accept="text/html")
                self.expect(status, answer, 200, b'id="download"', "/check (Word)")
                m = re.search(rb'href="(/reviewed/[A-Za-z0-9_-]+)"', answer)
                if not m:
                    raise BadAnswer("no download link /check (Word)")
                return m.group(1).decode()

            link = self.timed("page-docx", upload)

            def download() -> None:
                if link is None:
                    raise BadAnswer("no reviewed copy to download (the upload failed)")
                status, answer = self._send("GET", link)
                self.expect(status, answer, 200, b"PK\x03\x04", "/reviewed/...")

            self.timed("download", download)
        else:  # pragma: no cover
            raise ValueError(kind)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def client_threads(port: int, drafts: Drafts, stats: Stats, on_done, tickets: queue.Queue[str], clients: int,
                   stop: threading.Event | None = None) -> list[threading.Thread]:
    """``clients`` threads (not started), each a :class:`Client` taking kinds of request from ``tickets``
    until it is empty (or ``stop`` is set)."""

    def worker() -> None:
        client = Client(port, drafts, stats, on_done)
        try:
            while stop is None or not stop.is_set():
                try:
                    kind = tickets.get_nowait()
                except queue.Empty:
                    return
                client.run(kind)
        finally:
            client.close()

    return [threading.Thread(target=worker, name=f"client-{i}", daemon=True) for i in range(clients)]


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank percentile."""
    s = sorted(values)
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)]


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# ---------------------------------------------------------------- the run
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    ap.add_argument("--requests", type=int, default=2000, help="HTTP requests in all (default 2000)")
    ap.add_argument("--quick", action="store_true", help="a tiny run: 3 clients, 30 requests")
    ap.add_argument("--timeout", type=float, default=3600.0, help="stop the run after this many seconds (an error)")
    ap.add_argument("--startup-timeout", type=float, default=300.0, help="seconds to wait for the server")
    ap.add_argument("--seed", type=int, default=2023)
    args = ap.parse_args(argv)
    if args.quick:
        args.clients, args.requests = 3, 30
    if args.clients < 1 or args.requests < 1:
        ap.error("--clients and --requests must be at least 1")

    drafts = Drafts(args.seed)
    plan = schedule(args.requests, args.seed)
    tenth = max(1, math.ceil(args.requests / 10))
    with tempfile.TemporaryDirectory(prefix="auditlint-webload-") as tmp:
        started_server = time.perf_counter()
        server = Server(Path(tmp), args.startup_timeout)
        startup = time.perf_counter() - started_server
        print(f"webload: auditlint serve (pid {server.pid}) ready on {server.url}/ after {startup:.1f} s; "
              f"{args.clients} clients, {args.requests} requests", flush=True)
        memory: dict[str, int | None] = {"start": rss_kb(server.pid)}
        stats = Stats()
        tickets: queue.Queue[str] = queue.Queue()
        for k in plan:
            tickets.put(k)
        stop = threading.Event()
        peak_seen = [memory["start"] or 0]

        trace: list[tuple[int, int | None]] = []

        def on_done(n: int) -> None:
            if n == tenth:
                memory["tenth"] = rss_kb(server.pid)
            if n % tenth == 0 or n == args.requests:
                trace.append((n, rss_kb(server.pid)))
                print(f"webload: {n}/{args.requests} requests, {time.perf_counter() - began:.0f} s, server "
                      f"{mb(trace[-1][1])}", file=sys.stderr, flush=True)

        def watch() -> None:  # the resident memory every half second, for the peak during the run
            while not stop.wait(0.5):
                kb = rss_kb(server.pid)
                if kb:
                    peak_seen[0] = max(peak_seen[0], kb)

        threading.Thread(target=watch, daemon=True).start()
        threads = client_threads(server.port, drafts, stats, on_done, tickets, args.clients, stop)
        began = time.perf_counter()
        for t in threads:
            t.start()
        deadline = began + args.timeout
        for t in threads:
            t.join(timeout=max(0.0, deadline - time.perf_counter()))
        timed_out = any(t.is_alive() for t in threads)
        stop.set()
        wall = time.perf_counter() - began
        memory["end"] = rss_kb(server.pid)
        memory["peak"] = rss_kb(server.pid, "VmHWM")
        alive = server.proc.poll() is None
        code = server.stop()
        log = server.log_path.read_text(encoding="utf-8", errors="replace")

    failures = [ln for ln in log.splitlines() if " failed: " in ln or "Traceback" in ln]
    statuses = Counter(m.group(1) for m in re.finditer(r'" (\d{3}|-)$', log, re.M))
    all_lat = [x for v in stats.latencies.values() for x in v]
    if timed_out:
        stats.errors[f"run stopped by --timeout {args.timeout:g} s with {tickets.qsize()} requests unsent"] += 1
    if not alive:
        stats.errors["the server stopped during the run"] += 1
    if code not in (0, None) or not alive:
        stats.errors[f"server exit status {code}"] += 1
    if failures:
        stats.errors[f"server logged {len(failures)} failure(s)"] += 1
    errors = sum(stats.errors.values())

    rows: list[tuple[str, str]] = [
        ("clients", str(args.clients)),
        ("requests", f"{stats.done} of {args.requests} (server log: "
                     + ", ".join(f"{n} x {s}" for s, n in sorted(statuses.items())) + ")"),
        ("errors", str(errors)),
    ]
    rows += [(f"  error: {name}", str(n)) for name, n in stats.errors.most_common()]
    rows += [
        ("wall time", f"{wall:.1f} s"),
        ("throughput", f"{stats.done / wall:.2f} requests/s" if wall > 0 else "n/a"),
    ]
    if all_lat:
        rows += [(f"latency {p}", fmt_ms(percentile(all_lat, n))) for p, n in (("p50", 50), ("p95", 95), ("p99", 99))]
        rows.append(("latency max", fmt_ms(max(all_lat))))
    start, tenth_kb, end = memory.get("start"), memory.get("tenth"), memory.get("end")
    rows += [
        ("memory at start (VmRSS)", mb(start)),
        (f"memory after first 10% ({tenth} requests)", mb(tenth_kb)),
        ("memory at end", mb(end)),
        ("memory growth, 10% to end",
         f"{(end - tenth_kb) / 1024:+.1f} MB ({(end - tenth_kb) / tenth_kb * 100:+.1f}%)" if end and tenth_kb else "n/a"),
        ("memory peak (VmHWM)", mb(memory.get("peak") or peak_seen[0] or None)),
        ("memory every 10%", " ".join(f"{kb / 1024:.0f}" if kb else "?" for _, kb in trace) + " MB"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"\nauditlint web load: {args.clients} clients, {args.requests} requests on loopback "
          f"(server start-up {startup:.1f} s)")
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    print(f"\n{'kind':<12} {'count':>6} {'p50':>9} {'p95':>9} {'max':>9}")
    for kind in list(MIX) + ["download"]:
        lat = stats.latencies.get(kind)
        if lat:
            print(f"{kind:<12} {len(lat):>6} {fmt_ms(percentile(lat, 50)):>9} {fmt_ms(percentile(lat, 95)):>9} "
                  f"{fmt_ms(max(lat)):>9}")
    if failures:
        print("\nserver log failures:\n" + "\n".join(failures[:20]))
    print("\nresult: " + ("OK, no errors" if errors == 0 else f"FAILED, {errors} error(s)"))
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
