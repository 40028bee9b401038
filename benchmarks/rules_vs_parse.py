"""Where the time goes inside one process: parsing against each rule.

    .venv/bin/python benchmarks/rules_vs_parse.py [--audits 120]

Generates the same deterministic audits as ``bench.py``, parses them with the
engine (``Engine.parse``, which includes reading each parse into the rules'
view) and runs every rule on them, timing CPU (``time.process_time``, so other
load on the machine matters less than for wall time). Prints the parse time,
the rules' time, their ratio (issue 8 wants the rules, scoring and I/O within a
third of the parse) and the rules that cost most. Like ``bench.py``, run it on
an idle machine; it is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--audits", type=int, default=120, help="generated audits to check")
    ap.add_argument("--top", type=int, default=12, help="rules to list")
    args = ap.parse_args(argv)

    from auditlint.engine import Engine
    from auditlint.readers import read_path

    with tempfile.TemporaryDirectory() as tmp:
        words = generate(args.audits, Path(tmp))
        audits = [read_path(p) for p in sorted(Path(tmp).glob("*.md"))]
    engine = Engine()
    engine.warm_up()  # the model, lexicons and word lists: loaded once, not part of either figure

    start = time.process_time()
    docs: dict = {}
    for i in range(0, len(audits), 10):  # groups of ten, as Engine.check parses them
        docs.update(engine.parse(audits[i : i + 10]))
    parse = time.process_time() - start

    per_rule: Counter[str] = Counter()
    checks = [(rule, rule.check) for rule in engine.rules]

    def timed(code, check):
        def run(ctx):
            t0 = time.process_time()
            try:
                return list(check(ctx))
            finally:
                per_rule[code] += time.process_time() - t0

        return run

    for rule, check in checks:
        rule.check = timed(rule.spec.code, check)
    start = time.process_time()
    for audit in audits:
        engine.check_one(audit, docs)
    rules = time.process_time() - start

    print(f"{len(audits)} generated audits, {words} narrative words")
    print(f"parse (engine, with the parse view): CPU s      {parse:.2f}")
    print(f"rules and scoring: CPU s                       {rules:.2f}")
    print(f"ratio rules / parse (issue 8: at most ~0.33)    {rules / parse:.2f}")
    print("costliest rules (CPU s; shared work is charged to the first rule that asks for it):")
    for code, seconds in per_rule.most_common(args.top):
        print(f"  {code}  {seconds:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
