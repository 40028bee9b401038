"""Memory of one long-lived engine (the web app, a long batch) checking drafts full of new words.

    .venv/bin/python benchmarks/vocabulary_growth.py [--drafts 500] [--every 100]

Checks --drafts drafts one at a time in one process, as ``auditlint serve``
does. Each is the bundled weak example with one sentence added: ten invented
names and forty invented words, different in every draft (real drafts bring
names, places and typos the model has never seen). Prints, every --every
drafts, the process's resident memory (VmRSS) and the size of spaCy's string
store. Without ``nlp.memory_zone`` (engine.py) every new word stays in the
vocabulary for the life of the process; with it the string store stays flat,
and what remains is auditlint's own per-word memos, each bounded.
A measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import random
import string
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpora" / "examples" / "weak-audit.md"
ANCHOR = "A safety plan is on file."


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def invented(rng: random.Random, capital: bool) -> str:
    word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 9)))
    return word.capitalize() if capital else word


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--drafts", type=int, default=500)
    ap.add_argument("--every", type=int, default=100)
    args = ap.parse_args(argv)

    from auditlint import nlp
    from auditlint.engine import Engine
    from auditlint.readers import read_text

    base = EXAMPLE.read_text(encoding="utf-8")
    if ANCHOR not in base:
        raise SystemExit(f"{EXAMPLE}: the sentence '{ANCHOR}' is gone; update this script")
    rng = random.Random(3)
    engine = Engine()
    engine.warm_up()
    strings = nlp.load().vocab.strings
    print(f"{'drafts':>7} {'RSS MB':>8} {'strings':>9} {'s':>7}")
    print(f"{0:>7} {rss_mb():>8.0f} {len(strings):>9} {0:>7.1f}", flush=True)
    start = time.perf_counter()
    for i in range(1, args.drafts + 1):
        names = " ".join(invented(rng, True) for _ in range(10))
        words = " ".join(invented(rng, False) for _ in range(40))
        text = base.replace(ANCHOR, f"{ANCHOR} {names} said {words}.", 1)
        engine.check([read_text(text, f"draft-{i}.md")])
        if i % args.every == 0:
            print(f"{i:>7} {rss_mb():>8.0f} {len(strings):>9} {time.perf_counter() - start:>7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
