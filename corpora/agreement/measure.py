"""How far two annotators agree on the held-out labels: the ceiling the rules are measured against.

    .venv/bin/python corpora/agreement/measure.py

Scores the second annotator's labels (this folder) against the first ones (the held-out files) exactly as
``auditlint eval`` scores a rule: the same derivation of AL201 (a process sentence whose next sentence, if
any, is process too), AL401 (emotive), AL402 (blaming), AL205 (mitigation) and AL204 (grade mismatch); and
Cohen's kappa on the three sentence classes. A rule cannot be expected to agree with the first annotator
much better than a second careful reader does.

Whole audits: the second annotator's (code, domain) pairs for AL202, AL203, AL204, AL206 and AL207 on the
holdout5-7 audits (``audits-second-annotator.yaml``), scored against ``audits/labels-holdoutN.yaml`` in the
same way.

Newest writers: the second annotator's labels of 200 sentences drawn from rounds 21 and 22
(``sentences-r21-r22-second-annotator.yaml``), scored against those rounds' writers' labels (tune files since
session 22) per round and together: how far two readers agree on writers the rules were first measured on unseen.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
SPLITS = ("holdout3", "holdout4")
SENTENCE_CODES = ("AL201", "AL401", "AL402", "AL205")
AUDIT_SPLITS = ("holdout5", "holdout6", "holdout7")
AUDIT_CODES = ("AL202", "AL203", "AL204", "AL206", "AL207")
NEWEST = {"r21": "tune-r21-blind.yaml", "r22": "tune-r22-blind.yaml"}


def _items(path: Path) -> list[dict]:
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("items", [])


def sentence_codes(item: dict) -> set[str]:
    """The codes a sentence's labels call for (as auditlint.evaluation derives them)."""
    codes = set()
    if item.get("class") == "process" and (item.get("next_class") or "process") == "process":
        codes.add("AL201")
    codes |= {"emotive": {"AL401"}, "blaming": {"AL402"}}.get(item.get("tone"), set())
    if item.get("mitigation") is True:
        codes.add("AL205")
    return codes


def score(first: dict[str, set[str]], second: dict[str, set[str]], code: str) -> tuple[int, int, int]:
    tp = sum(1 for i in first if code in first[i] and code in second[i])
    fp = sum(1 for i in first if code not in first[i] and code in second[i])
    fn = sum(1 for i in first if code in first[i] and code not in second[i])
    return tp, fp, fn


def kappa(a: list[str], b: list[str]) -> float:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / n / n
    return (observed - expected) / (1 - expected)


def _row(name: str, tp: int, fp: int, fn: int) -> str:
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
    return f"{name:<7} {tp:>4} {fp:>4} {fn:>4}  {p:>9}  {r:>6}"


def main() -> int:
    second = {i["id"]: i for i in _items(HERE / "sentences-second-annotator.yaml")}
    grades2 = {i["id"]: bool(i["mismatch"]) for i in _items(HERE / "grade-evidence-second-annotator.yaml")}
    print("second annotator scored against the held-out labels (as auditlint eval scores a rule)")
    print(f"{'code':<7} {'TP':>4} {'FP':>4} {'FN':>4}  precision  recall")
    for split in SPLITS:
        first = {i["id"]: i for i in _items(CORPORA / "sentences" / f"{split}.yaml")}
        missing = first.keys() - second.keys()
        if missing:
            raise SystemExit(f"{len(missing)} {split} sentences have no second label (e.g. {sorted(missing)[0]})")
        print_sentence_agreement(split, list(first), first, second)
        gold = {i["id"]: bool(i["mismatch"]) for i in _items(CORPORA / "grade-evidence" / f"{split}.yaml")}
        g1 = {i: {"AL204"} if gold[i] else set() for i in gold}
        g2 = {i: {"AL204"} if grades2[i] else set() for i in gold}
        print(_row("AL204", *score(g1, g2, "AL204")))
    audit_agreement()
    newest_agreement()
    return 0


def newest_agreement() -> None:
    second = {i["id"]: i for i in _items(HERE / "sentences-r21-r22-second-annotator.yaml")}
    first: dict[str, dict] = {}
    rounds: dict[str, list[str]] = {}
    for name, file in NEWEST.items():
        items = {i["id"]: i for i in _items(CORPORA / "sentences" / file)}
        first |= items
        rounds[name] = [i for i in second if i in items]
    unknown = second.keys() - first.keys()
    if unknown:
        raise SystemExit(f"{len(unknown)} second labels name no round 21/22 sentence (e.g. {sorted(unknown)[0]})")
    for name, ids in (*rounds.items(), ("r21+r22", list(second))):
        print_sentence_agreement(name, ids, first, second)


def print_sentence_agreement(name: str, ids: list[str], first: dict[str, dict], second: dict[str, dict]) -> None:
    """Class kappa and a row per sentence code for the sentences ``ids``, second labels against first."""
    a = {i: sentence_codes(first[i]) for i in ids}
    b = {i: sentence_codes(second[i]) for i in ids}
    print(f"-- {name}: {len(ids)} sentences; class kappa "
          f"{kappa([first[i]['class'] for i in ids], [second[i]['class'] for i in ids]):.2f}")
    for code in SENTENCE_CODES:
        print(_row(code, *score(a, b, code)))


def audit_pairs(entry: dict) -> set[tuple[str, int]]:
    """The (code, domain) pairs an audit's labels call for, among AUDIT_CODES (domain 0: the audit)."""
    return {(e["code"], int(e.get("domain") or 0)) for e in entry.get("expect") or [] if e["code"] in AUDIT_CODES}


def score_pairs(first: dict[str, set], second: dict[str, set], code: str) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for name in first:
        a = {k for k in first[name] if k[0] == code}
        b = {k for k in second[name] if k[0] == code}
        tp, fp, fn = tp + len(a & b), fp + len(b - a), fn + len(a - b)
    return tp, fp, fn


def audit_agreement() -> None:
    data = yaml.safe_load((HERE / "audits-second-annotator.yaml").read_text(encoding="utf-8")) or {}
    second = {a["file"]: audit_pairs(a) for a in data.get("audits", [])}
    for split in AUDIT_SPLITS:
        labels = yaml.safe_load((CORPORA / "audits" / f"labels-{split}.yaml").read_text(encoding="utf-8")) or {}
        first = {a["file"]: audit_pairs(a) for a in labels.get("audits", [])}
        missing = first.keys() - second.keys()
        if missing:
            raise SystemExit(f"{len(missing)} {split} audits have no second label (e.g. {sorted(missing)[0]})")
        print(f"-- {split}: {len(first)} whole audits")
        for code in AUDIT_CODES:
            print(_row(code, *score_pairs(first, {f: second[f] for f in first}, code)))


if __name__ == "__main__":
    raise SystemExit(main())
