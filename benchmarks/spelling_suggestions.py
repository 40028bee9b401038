"""AL504's spelling suggestions against spylls' ``Dictionary.suggest``.

    .venv/bin/python benchmarks/spelling_suggestions.py [--slips 600] [--seed 3]

Makes slips in words of the tune sentences (``corpora/sentences/tune.yaml``),
one random edit each (two letters swapped, a letter dropped, doubled, inserted
or replaced) that leaves a word the dictionary does not accept, and asks both
suggesters for three corrections. Prints how often the word meant is first and
in the first three, and the time a word, for each. spylls takes about a quarter
of a second a word, so the default run takes a few minutes.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def slip(word: str, rnd: random.Random) -> str:
    i = rnd.randrange(len(word))
    kind = rnd.randrange(5)
    if kind == 0 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + rnd.choice(LETTERS) + word[i + 1 :]
    if kind == 3:
        return word[:i] + rnd.choice(LETTERS) + word[i:]
    return word[:i] + word[i] + word[i:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slips", type=int, default=600)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--language", default="en_GB")
    args = ap.parse_args(argv)

    from auditlint.ruletypes.plain import _dictionary, _form_set
    from auditlint.suggestions import suggest

    forms = _form_set(args.language)
    if forms is None:
        raise SystemExit(f"no complete compiled word list for {args.language}")
    items = yaml.safe_load((ROOT / "corpora" / "sentences" / "tune.yaml").read_text(encoding="utf-8"))["items"]
    text = " ".join(str(it["text"]) for it in items)
    words = sorted({w for w in re.findall(r"[a-z]+", text) if len(w) >= 5 and w in forms})
    rnd = random.Random(args.seed)
    slips: list[tuple[str, str]] = []
    while len(slips) < args.slips:
        word = rnd.choice(words)
        wrong = slip(word, rnd)
        if wrong != word and wrong not in forms:
            slips.append((word, wrong))

    t0 = time.process_time()
    spylls = _dictionary(args.language)
    load = time.process_time() - t0
    rows = []
    for name, fn in (
        ("auditlint.suggestions", lambda w: suggest(w, forms.__contains__, 3)),
        ("spylls Dictionary.suggest", lambda w: list(itertools.islice(spylls.suggest(w), 3))),
    ):
        first = top3 = 0
        t0 = time.process_time()
        for word, wrong in slips:
            got = fn(wrong)
            first += got[:1] == [word]
            top3 += word in got
        per = (time.process_time() - t0) / len(slips)
        rows.append((name, first / len(slips), top3 / len(slips), per * 1000))
    print(f"{len(slips)} slips (seed {args.seed}) in {len(words)} words of the tune sentences")
    print(f"{'suggester':28} {'first':>6} {'top 3':>6} {'ms/word':>8}")
    for name, first, top3, ms in rows:
        print(f"{name:28} {first:6.3f} {top3:6.3f} {ms:8.1f}")
    print(f"spylls dictionary load: {load:.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
