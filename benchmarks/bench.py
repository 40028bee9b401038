"""auditlint's benchmark: one command, one table, every figure from the same run.

    .venv/bin/python benchmarks/bench.py            # the full run (about 25 minutes on an idle 2-core machine)
    .venv/bin/python benchmarks/bench.py --quick    # a tiny run (the test suite uses it)

Figures:
1. cold start: wall time and peak memory of `auditlint check` on one ~4,000-word
   audit (the whole process, median of --runs), and of `auditlint rules`,
   `--version`; beside them the bare model load + parse of the same text.
2. batch throughput: words per second of `auditlint report` over a generated,
   deterministic set of audits built from corpora/ (sections recombined and
   sentences reordered, so no two texts repeat), with --jobs 1 and --jobs 2.
3. the limit: words per second of the bare spaCy pipeline (same model, same
   components, same texts, nlp.pipe) and the ratio auditlint / bare pipeline.
   2 and 3 are measured in --rounds interleaved rounds; the medians are printed,
   and the ratio of each round beside them.
4. a peer: proselint on the same narrative texts (when installed), words per
   second and the ratio.
5. memory over a long batch: peak resident memory of `auditlint report` after
   --batch audits and after --long audits.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
BIG_AUDIT = CORPORA / "audits" / "tune" / "t02-looked-after-foster-strong-long.md"
BIN = Path(sys.executable).with_name("auditlint")


def sources() -> list[Path]:
    return sorted((CORPORA / "examples").glob("*.md")) + sorted((CORPORA / "audits").rglob("*.md"))


def split_sections(text: str) -> tuple[str, list[str]]:
    """Front matter and the '# ' sections of a Markdown audit."""
    front = ""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        front, text = text[: end + 4], text[end + 4 :]
    parts = re.split(r"(?m)^(?=# )", text)
    return front, [p for p in parts if p.startswith("# ")]


def generate(n: int, out: Path, seed: int = 7) -> int:
    """Write ``n`` audits recombined from the corpus; return their total words."""
    from auditlint.sections import catalogue

    cat = catalogue()
    pools: dict[str, list[str]] = {}
    for p in sources():
        _, secs = split_sections(p.read_text(encoding="utf-8"))
        for s in secs:
            m = cat.match_heading(s.splitlines()[0][2:])
            key = f"d{m.number}" if m.kind == "domain" else m.kind
            pools.setdefault(key, []).append(s)
    order = [f"d{i}" for i in range(1, 8)] + ["practitioner", "family"]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        body = []
        for key in order:
            if not pools.get(key):
                continue
            sec = rng.choice(pools[key])
            paras = sec.split("\n\n")
            shuffled = [paras[0]]
            for para in paras[1:]:
                if para.startswith(("Grade", "Actions", "- ", "1.")) or "\n- " in para:
                    shuffled.append(para)
                    continue
                sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", para)
                k = rng.randrange(len(sents)) if len(sents) > 1 else 0
                shuffled.append(" ".join(sents[k:] + sents[:k]))
            body.append("\n\n".join(shuffled).rstrip() + "\n")
        day = 1 + i % 28
        text = (
            f"---\naudit_id: BENCH-{i:05d}\nchild_ref: XXXX\naudit_date: 2023-{1 + i % 12:02d}-{day:02d}\n---\n\n"
            + "\n".join(body)
        )
        words += len(text.split())
        (out / f"bench-{i:05d}.md").write_text(text, encoding="utf-8")
    return words


# The processes measured run as on a user's machine: Python may keep compiled
# bytecode (an installed package has it; a shell with PYTHONDONTWRITEBYTECODE set
# would make every "cold" run recompile auditlint's source, ~0.3 s).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


class Run(NamedTuple):
    wall: float  # seconds
    mb: float  # peak resident memory
    rc: int  # exit code
    cpu: float  # user + system CPU seconds


def timed(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Wall seconds, peak RSS, exit code and CPU seconds of a whole process."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M %U %S", "-o", tf.name, *cmd],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env or CHILD_ENV,
        )
        wall = time.perf_counter() - t0
        try:
            rss_kb, user, system = Path(tf.name).read_text().strip().splitlines()[-1].split()
            rss, cpu = int(rss_kb) / 1024, float(user) + float(system)
        except (ValueError, IndexError):
            rss, cpu = 0.0, 0.0
    return Run(wall, rss, proc.returncode, cpu)


def median_run(cmd: list[str], runs: int) -> tuple[float, float]:
    walls, mems = [], []
    for _ in range(runs):
        w, m, rc, _ = timed(cmd)
        if rc not in (0, 1):
            raise SystemExit(f"command failed ({rc}): {' '.join(cmd)}")
        walls.append(w)
        mems.append(m)
    return statistics.median(walls), max(mems)


BARE = r"""
import sys, time, resource
t0 = time.perf_counter()
from auditlint import nlp
from auditlint.readers import read_path
model = nlp.load()
load = time.perf_counter() - t0
texts = []
for p in sys.argv[2:]:
    a = read_path(p)
    texts += [b.text for b in a.blocks()]
t1, c1 = time.perf_counter(), time.process_time()
docs = nlp.parse(texts)
parse, parse_cpu = time.perf_counter() - t1, time.process_time() - c1
words = sum(len(t.split()) for t in texts)
print(sys.argv[1], load, parse, words, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, parse_cpu)
"""

PROSE = r"""
import sys, time
from proselint.tools import LintFile
from proselint.config import DEFAULT
from proselint.checks import __register__
from proselint.registry import CheckRegistry
CheckRegistry().register_many(__register__)  # as proselint's own command line does
from auditlint.readers import read_path
texts = []
for p in sys.argv[1:]:
    a = read_path(p)
    texts += [b.text for b in a.blocks()]
t0 = time.perf_counter()
n = 0
for t in texts:
    n += len(LintFile("bench", t).lint(DEFAULT))
dt = time.perf_counter() - t0
print(dt, sum(len(t.split()) for t in texts), n)
"""


def bare_pipeline(files: list[str]) -> tuple[float, float, int, float]:
    """(model load wall s, parse wall s, words, parse CPU s) of the bare pipeline in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", BARE, "x", *files], capture_output=True, text=True, check=True, env=CHILD_ENV
    )
    _, load, parse, words, _, parse_cpu = out.stdout.split()
    return float(load), float(parse), int(words), float(parse_cpu)


def narrative_words(files: list[str]) -> int:
    from auditlint.readers import read_path

    return sum(len(b.text.split()) for f in files for b in read_path(f).blocks())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="runs per cold-start figure (median)")
    ap.add_argument("--batch", type=int, default=200, help="audits in the throughput batch")
    ap.add_argument("--long", type=int, default=1000, help="audits in the long memory batch (0 to skip)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved throughput rounds (medians printed)")
    ap.add_argument("--quick", action="store_true", help="tiny sizes, for the test suite")
    args = ap.parse_args(argv)
    if args.quick:
        args.runs, args.batch, args.long, args.rounds = 1, 4, 6, 1
    if not BIN.exists():
        raise SystemExit(f"{BIN} not found: install auditlint first (pip install -e .)")
    work = Path(tempfile.mkdtemp(prefix="auditlint-bench-"))
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"{name:<58} {value}", flush=True)

    try:
        print(f"auditlint benchmark on {os.cpu_count()} cores, python {sys.version.split()[0]}\n")
        words_big = len(BIG_AUDIT.read_text(encoding="utf-8").split())
        # 1. cold start. The very first run on a machine also builds auditlint's
        # word-list cache (~/.cache/auditlint): measured apart, with an empty cache folder.
        with tempfile.TemporaryDirectory() as empty_cache:
            w0 = timed([str(BIN), "check", str(BIG_AUDIT)], env={**CHILD_ENV, "AUDITLINT_CACHE_DIR": empty_cache}).wall
        row("first check on a new machine (builds the word-list cache): s", f"{w0:.2f}")
        timed([str(BIN), "check", str(BIG_AUDIT)])  # untimed: writes bytecode and the cache, as any first use does
        w, m = median_run([str(BIN), "check", str(BIG_AUDIT)], args.runs)
        row(f"cold check, {words_big}-word audit: wall s (median of {args.runs})", f"{w:.2f}")
        row("cold check: peak memory MB", f"{m:.0f}")
        loads, parses = [], []
        for _ in range(args.runs):
            load, parse, _, _ = bare_pipeline([str(BIG_AUDIT)])
            loads.append(load)
            parses.append(parse)
        bare_cold = statistics.median(loads) + statistics.median(parses)
        row("bare model load + parse of the same text: s (median)", f"{bare_cold:.2f}")
        row("cold check minus bare load+parse: s", f"{w - bare_cold:.2f}")
        for label, cmd in (("rules", ["rules"]), ("--version", ["--version"]), ("--help", ["--help"])):
            w2, m2 = median_run([str(BIN), *cmd], args.runs)
            row(f"cold `auditlint {label}`: wall s / peak MB", f"{w2:.2f} / {m2:.0f}")

        # 2-3. batch throughput and the bare pipeline
        batch_dir = work / "batch"
        generate(args.batch, batch_dir)
        files = sorted(str(p) for p in batch_dir.glob("*.md"))
        nwords = narrative_words(files)
        row(f"batch: {len(files)} generated audits, narrative words", f"{nwords}")
        # --rounds interleaved rounds of (--jobs 1, --jobs 2, bare pipeline), medians printed: on a shared
        # machine one slow run of either side would otherwise flatter or spoil the ratio
        runs: dict[str, list[float]] = {"1": [], "2": [], "bare": []}
        cpu_ratios: list[float] = []  # the same comparison by CPU seconds: less disturbed by other load
        peaks = {"1": 0.0, "2": 0.0}
        for r in range(args.rounds):
            for jobs in ("1", "2"):
                w3, m3, rc, cpu3 = timed([str(BIN), "report", *files, "--jobs", jobs, "--csv", str(work / f"r{jobs}-{r}.csv")])
                if rc not in (0, 1):
                    raise SystemExit("auditlint report failed")
                runs[jobs].append(nwords / w3)
                peaks[jobs] = max(peaks[jobs], m3)
                if jobs == "1":
                    cpu1 = cpu3
            _, parse, bwords, parse_cpu = bare_pipeline(files)
            runs["bare"].append(bwords / parse)
            cpu_ratios.append((nwords / cpu1) / (bwords / parse_cpu))
        rates = {int(k): statistics.median(v) for k, v in runs.items() if k != "bare"}
        bare_rate = statistics.median(runs["bare"])
        ratios = [a / b for a, b in zip(runs["1"], runs["bare"])]
        for jobs in (1, 2):
            row(f"auditlint report --jobs {jobs}: words/s (peak MB)", f"{rates[jobs]:.0f} ({peaks[str(jobs)]:.0f})")
        row("bare spaCy pipeline (nlp.pipe, same texts): words/s", f"{bare_rate:.0f}")
        row("ratio auditlint --jobs 1 / bare pipeline", f"{statistics.median(ratios):.2f}")
        row(f"  the same ratio in each of {args.rounds} rounds", " ".join(f"{x:.2f}" for x in ratios))
        row("  by CPU s (bare parse / whole report process), median", f"{statistics.median(cpu_ratios):.2f}")
        row("ratio --jobs 2 / --jobs 1", f"{rates[2] / rates[1]:.2f}")

        # 4. a peer
        try:
            out = subprocess.run(
                [sys.executable, "-c", PROSE, *files], capture_output=True, text=True, check=True, env=CHILD_ENV
            )
            dt, pwords, _ = out.stdout.split()
            prate = int(pwords) / float(dt)
            row("proselint on the same narrative texts: words/s", f"{prate:.0f}")
            row("ratio auditlint --jobs 1 / proselint", f"{rates[1] / prate:.2f}")
        except (subprocess.CalledProcessError, ValueError) as exc:
            row("proselint", f"not measured ({type(exc).__name__}: pip install proselint)")

        # 5. memory over a long batch
        if args.long:
            long_dir = work / "long"
            generate(args.long, long_dir, seed=11)
            lfiles = sorted(str(p) for p in long_dir.glob("*.md"))
            m200 = timed([str(BIN), "report", *lfiles[: args.batch], "--csv", str(work / "m1.csv")]).mb
            mlong = timed([str(BIN), "report", *lfiles, "--csv", str(work / "m2.csv")]).mb
            row(f"peak memory, report of {args.batch} audits: MB", f"{m200:.0f}")
            row(f"peak memory, report of {len(lfiles)} audits: MB", f"{mlong:.0f}")
            row("memory growth long / short", f"{mlong / m200:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\nall figures printed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
