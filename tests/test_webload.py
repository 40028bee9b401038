"""The web load generator runs on a tiny load and prints every figure, with no errors (timings are not tested)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import ROOT

FIGURES = [
    "requests",
    "errors",
    "throughput",
    "latency p50",
    "latency p95",
    "latency p99",
    "latency max",
    "memory at start (VmRSS)",
    "memory after first 10%",
    "memory at end",
    "memory growth, 10% to end",
]


@pytest.mark.slow
def test_webload_quick_prints_every_figure_and_no_errors():
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "webload.py"), "--quick"],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    for name in FIGURES:
        assert re.search(rf"(?m)^{re.escape(name)}.*\S\s*$", out.stdout), f"{name!r} missing:\n{out.stdout}"
    assert re.search(r"(?m)^requests\s+30 of 30 ", out.stdout), out.stdout
    assert re.search(r"(?m)^errors\s+0$", out.stdout), out.stdout
    assert re.search(r"(?m)^memory at end\s+\d+\.\d MB$", out.stdout), out.stdout
    for kind in ("page", "short-api", "short-page", "full-api", "docx-api", "page-docx", "download"):
        assert re.search(rf"(?m)^{kind}\s+\d+ ", out.stdout), f"no {kind} request in the quick run:\n{out.stdout}"
    assert "result: OK, no errors" in out.stdout


@pytest.mark.slow
def test_webmemory_probe_runs_the_check_path_and_prints_a_line_per_probe():
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "webmemory.py"), "--checks", "4", "--every", "2"],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    lines = [ln.split() for ln in out.stdout.splitlines() if re.match(r"^\s*\d+\s+\d+\s", ln)]
    assert [ln[0] for ln in lines] == ["0", "2", "4"], out.stdout
    assert "peak resident (VmHWM)" in out.stdout


def test_webload_drafts_leave_out_the_held_out_sets():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import webload
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    audits = webload.corpus_audits()
    assert audits
    assert not any(part.startswith("holdout") for p in audits for part in p.parts)
