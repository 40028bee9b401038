"""Where the web app's memory goes: the check path driven in-process, with a probe every N checks.

    .venv/bin/python benchmarks/webmemory.py --checks 300 --every 30            # the checker alone, one thread
    .venv/bin/python benchmarks/webmemory.py --http --requests 600 --every 60    # the app under uvicorn, 20 clients
    .venv/bin/python benchmarks/webmemory.py --checks 200 --tracemalloc           # + Python allocations by line

``--checks`` calls :meth:`Checker.check_text` / :meth:`Checker.check_file` on the checker's own
thread, one after another, with the drafts ``webload.py`` sends (short pasted drafts, whole corpus
audits, Word files, in its proportions). ``--http`` serves the app in this process (uvicorn in a
thread, as ``auditlint serve``) and sends ``webload.py``'s mix from ``--clients`` threads.

Every ``--every`` checks (or requests) one line: resident memory (VmRSS), the C heap as glibc
counts it (``mallinfo2``: bytes in use, free bytes it holds), Python's own allocator
(``sys._debugmallocstats``: arenas and their bytes, free pools), tracemalloc's traced bytes
(with ``--tracemalloc``), objects tracked by the cyclic collector in each generation, the
collector's passes per generation, spaCy's vocabulary and string store, and the app's queues
(checks waiting for the thread, reviewed copies held). The vocabulary and queues show what the app
keeps; the collector and allocator columns show what is garbage not yet freed or freed but not
returned. Nothing is sent anywhere but this process's loopback address.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import re
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import webload  # noqa: E402  (the drafts, the mix and the client)


# ---------------------------------------------------------------- the probes
class Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = Mallinfo2
        return libc
    except (OSError, AttributeError):
        return None


LIBC = _libc()


def heap() -> tuple[float, float] | None:
    """glibc's heap: MB in use (small blocks + mmapped blocks), MB free but held."""
    if LIBC is None:
        return None
    m = LIBC.mallinfo2()
    return (m.uordblks + m.hblkhd) / 2**20, m.fordblks / 2**20


def pymalloc() -> tuple[int, float, float] | None:
    """Python's small-object allocator: arenas allocated now (1 MB each), their MB, MB of objects in them."""
    with tempfile.TemporaryFile("w+") as f:
        sys.stderr.flush()
        saved = os.dup(2)
        try:
            os.dup2(f.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        text = f.read()
    arenas = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", text)
    used = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    if not arenas or not used:
        return None
    n = lambda s: int(s.replace(",", ""))  # noqa: E731
    return n(arenas.group(1)), n(arenas.group(1)) * 2**20 / 2**20, n(used.group(1)) / 2**20


class GcTimer:
    """Time spent in the collector's full (generation 2) passes."""

    def __init__(self):
        self.started = 0.0
        self.full = 0
        self.seconds = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.full += 1
            self.seconds += time.perf_counter() - self.started


def rss_mb(key: str = "VmRSS") -> float:
    kb = webload.rss_kb(os.getpid(), key)
    return (kb or 0) / 1024


class Probe:
    def __init__(self, checker, copies=None, tracemalloc_on: bool = False, types: int = 0):
        from auditlint import nlp

        self.checker = checker
        self.copies = copies
        self.nlp = nlp.load() if checker.engine.needs_nlp else None
        self.tm = tracemalloc_on
        self.types = types
        self.first_snapshot = None
        self.last_types: Counter | None = None
        self.lock = threading.Lock()
        self.gc_timer = GcTimer()
        self.busy = 0.0  # seconds spent in checks (the checker alone)
        print(f"{'n':>5} {'rss':>6} {'heap':>6} {'hfree':>6} {'pyar':>5} {'pyuse':>6} {'traced':>7} "
              f"{'gc0':>7} {'gc1':>7} {'gc2':>7} {'passes0/1/2':>14} {'vocab':>7} {'strings':>7} {'queue':>5} "
              f"{'copies':>6} {'check_s':>7}", flush=True)

    def __call__(self, n: int) -> None:
        with self.lock:
            h = heap() or (float("nan"), float("nan"))
            p = pymalloc() or (-1, float("nan"), float("nan"))
            traced = "-"
            if self.tm:
                import tracemalloc

                traced = f"{tracemalloc.get_traced_memory()[0] / 2**20:.1f}"
            gens = [len(gc.get_objects(i)) for i in range(3)]
            passes = "/".join(str(s["collections"]) for s in gc.get_stats())
            vocab = sum(1 for _ in self.nlp.vocab) if self.nlp is not None else 0  # len() counts removed ones too
            strings = len(self.nlp.vocab.strings) if self.nlp is not None else 0
            queue = self.checker._executor._work_queue.qsize()
            copies = len(self.copies) if self.copies is not None else 0
            print(f"{n:>5} {rss_mb():>6.0f} {h[0]:>6.0f} {h[1]:>6.0f} {p[0]:>5} {p[2]:>6.0f} {traced:>7} "
                  f"{gens[0]:>7} {gens[1]:>7} {gens[2]:>7} {passes:>14} {vocab:>7} {strings:>7} {queue:>5} "
                  f"{copies:>6} {self.busy:>7.1f}", flush=True)
            if self.types:
                now = Counter(type(o).__name__ for o in gc.get_objects())
                if self.last_types is not None:
                    diff = (now - self.last_types).most_common(self.types)
                    print("      more objects: " + ", ".join(f"{k} +{v}" for k, v in diff), flush=True)
                self.last_types = now
            if self.tm:
                import tracemalloc

                snap = tracemalloc.take_snapshot().filter_traces(
                    [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen *>")])
                if self.first_snapshot is None:
                    self.first_snapshot = snap
                else:
                    for stat in snap.compare_to(self.first_snapshot, "lineno")[:5]:
                        print(f"      {stat}", flush=True)

    def summary(self) -> None:
        t = self.gc_timer
        per = f", {t.seconds / t.full * 1000:.1f} ms each" if t.full else ""
        print(f"peak resident (VmHWM): {rss_mb('VmHWM'):.0f} MB; full collector passes: {t.full}{per}", flush=True)


# ---------------------------------------------------------------- the drivers
def direct(args, checker) -> None:
    """The check path alone: what a request's ``checker.run(job, *args)`` runs, on the checker's thread."""
    import random

    drafts = webload.Drafts(args.seed)
    rng = random.Random(args.seed)
    mix = {"short": 46, "full": 14, "docx": 6}  # short-api + short-page, full-api + full-page, docx-api + page-docx
    kinds = [k for k in mix if k in args.kinds.split(",")]
    weights = [mix[k] for k in kinds]
    probe = Probe(checker, tracemalloc_on=args.tracemalloc, types=args.types)
    probe(0)
    for i in range(1, args.checks + 1):
        kind = rng.choices(kinds, weights)[0]
        if kind == "short":
            job, a = checker.check_text, (drafts.short(),)
        elif kind == "full":
            name, text = drafts.full()
            job, a = checker.check_text, (text, name, "markdown")
        else:
            job, a = checker.check_file, drafts.word()
        began = time.perf_counter()
        out = checker._executor.submit(job, *a).result()
        probe.busy += time.perf_counter() - began
        assert not out.errors, out.errors
        del out
        if i % args.every == 0:
            probe(i)
    probe.summary()


def http(args, checker) -> None:
    """The app under uvicorn in this process, with webload's clients and mix."""
    import queue

    from auditlint.config import load_config
    from auditlint.web import Settings, create_app
    from auditlint.web.server import BackgroundServer

    app = create_app(Settings(config=load_config(None)), checker)
    copies = app.app.state.copies
    drafts = webload.Drafts(args.seed)
    plan = webload.schedule(args.requests, args.seed)
    stats = webload.Stats()
    probe = Probe(checker, copies, tracemalloc_on=args.tracemalloc, types=args.types)
    with BackgroundServer(app) as server:
        import logging

        logging.getLogger("auditlint.web.access").setLevel(logging.WARNING)  # a line a request: not here
        probe(0)
        tickets: queue.Queue[str] = queue.Queue()
        for k in plan:
            tickets.put(k)

        def on_done(n: int) -> None:
            if n % args.every == 0:
                probe(n)

        threads = webload.client_threads(server.port, drafts, stats, on_done, tickets, args.clients)
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    errors = sum(stats.errors.values())
    print(f"requests {stats.done}, errors {errors} {dict(stats.errors) if errors else ''}", flush=True)
    probe.summary()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checks", type=int, default=300, help="checks to run (the checker alone; default 300)")
    ap.add_argument("--http", action="store_true", help="serve the app in this process and send webload's mix")
    ap.add_argument("--requests", type=int, default=600, help="HTTP requests with --http (default 600)")
    ap.add_argument("--clients", type=int, default=20, help="concurrent clients with --http (default 20)")
    ap.add_argument("--every", type=int, default=30, help="probe every N checks or requests (default 30)")
    ap.add_argument("--tracemalloc", action="store_true", help="trace Python allocations (slow): traced bytes, growth by line")
    ap.add_argument("--types", type=int, default=0, help="print the N object types that grew most since the last probe")
    ap.add_argument("--kinds", default="short,full,docx", help="checks to draw from, without --http (default all: "
                    "short,full,docx, in webload's proportions)")
    ap.add_argument("--seed", type=int, default=2023)
    args = ap.parse_args(argv)

    from auditlint.config import load_config
    from auditlint.web.checker import Checker

    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(1)
    started = time.perf_counter()
    checker = Checker(load_config(None))
    print(f"webmemory: checker ready in {time.perf_counter() - started:.1f} s, {rss_mb():.0f} MB "
          f"(pid {os.getpid()}, MALLOC_ARENA_MAX={os.environ.get('MALLOC_ARENA_MAX', '-')}, "
          f"PYTHONMALLOC={os.environ.get('PYTHONMALLOC', '-')})", flush=True)
    try:
        http(args, checker) if args.http else direct(args, checker)
    finally:
        checker.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
