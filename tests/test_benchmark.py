"""The benchmark runs on a tiny input and prints every figure (timings are not tested)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

FIGURES = [
    "first check on a new machine",
    "cold check",
    "bare model load + parse",
    "cold `auditlint rules`",
    "cold `auditlint --version`",
    "auditlint report --jobs 1",
    "auditlint report --jobs 2",
    "bare spaCy pipeline",
    "ratio auditlint --jobs 1 / bare pipeline",
    "by CPU s (bare parse / whole report process)",
    "ratio --jobs 2 / --jobs 1",
    "proselint",
    "peak memory, report of",
    "memory growth",
]


def run_benchmark(script: str, *args: str, timeout: int = 600) -> str:
    """Run ``benchmarks/<script>`` with ``args``; it must succeed. Its standard output."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args], capture_output=True, text=True, timeout=timeout
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


@pytest.mark.slow
def test_benchmark_prints_every_figure():
    if not Path(sys.executable).with_name("auditlint").exists():
        pytest.skip("auditlint console script not installed in this environment")
    stdout = run_benchmark("bench.py", "--quick", timeout=900)
    for name in FIGURES:
        assert name in stdout, f"{name!r} missing from the benchmark output"
    assert "all figures printed" in stdout


def test_generated_batch_is_deterministic_and_varied(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench
    finally:
        sys.path.pop(0)
    w1 = bench.generate(12, tmp_path / "a", seed=3)
    w2 = bench.generate(12, tmp_path / "b", seed=3)
    a = sorted(p.read_text() for p in (tmp_path / "a").iterdir())
    b = sorted(p.read_text() for p in (tmp_path / "b").iterdir())
    assert w1 == w2 and a == b
    assert len(set(a)) == 12  # no two texts repeat


@pytest.mark.slow
def test_rules_against_parse_prints_its_figures():
    stdout = run_benchmark("rules_vs_parse.py", "--audits", "3", "--top", "2")
    for name in ("3 generated audits", "parse (engine", "rules and scoring", "ratio rules / parse", "costliest rules"):
        assert name in stdout, f"{name!r} missing"
    assert len([line for line in stdout.splitlines() if line.startswith("  AL")]) == 2


@pytest.mark.slow
def test_spelling_suggestions_benchmark_prints_both_suggesters():
    stdout = run_benchmark("spelling_suggestions.py", "--slips", "4")
    rows = [line.split() for line in stdout.splitlines() if line.startswith(("auditlint.suggestions", "spylls"))]
    assert [r[0] for r in rows[:2]] == ["auditlint.suggestions", "spylls"]
    for r in rows[:2]:
        first, top3 = float(r[-3]), float(r[-2])
        assert 0.0 <= first <= top3 <= 1.0
    assert "spylls dictionary load" in stdout


@pytest.mark.slow
def test_vocabulary_growth_prints_memory_and_strings_after_each_step():
    stdout = run_benchmark("vocabulary_growth.py", "--drafts", "2", "--every", "1")
    rows = [line.split() for line in stdout.splitlines()[1:]]
    assert [int(r[0]) for r in rows] == [0, 1, 2]
    strings = [int(r[2]) for r in rows]
    assert strings[2] == strings[1]  # the second draft's forty new words did not stay (nlp.memory_zone)
    assert all(float(r[1]) > 50 for r in rows)
