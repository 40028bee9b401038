"""Measuring each rule's precision and recall on the labelled corpora.

``auditlint eval corpora/`` reads every labelled set, builds a small audit
from each item (or reads the labelled audit), runs the rules once over the
whole batch, and compares what fired with the gold labels. Each set has a
``tune`` split and held-out splits (``holdout``, and ``holdout2``: material written
later by someone who never ran the rules on it); figures are printed for each, and
no held-out split is ever used to adjust rules or lexicons.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .config import Config
from .engine import Engine
from .model import Action, Audit, Domain, Grade, TextBlock
from .readers import read_path
from .sections import catalogue

SPLITS = ("tune", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7")
"""The splits of each labelled set, in the order the table prints them."""


def split_files(folder: Path, split: str) -> list[Path]:
    """The files of one split: ``{split}.yaml`` and any ``{split}-*.yaml`` (material added later)."""
    return sorted(p for p in [folder / f"{split}.yaml", *folder.glob(f"{split}-*.yaml")] if p.is_file())


@dataclass
class Case:
    """One labelled item: an audit, the codes judged on it, and the gold answer."""

    set: str
    split: str
    id: str
    audit: Audit
    judged: frozenset[str]
    gold: set[tuple[str, int | None]]
    span: tuple[int, int] | None = None  # only findings starting in this block range count
    block: TextBlock | None = None
    by_domain: bool = False


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def audit_with(domain: int, paragraphs: list[str] = (), actions: list[str] = (), grade: Grade | None = None,
                audit_date: dt.date | None = None, child_ref: str = "XXXX", item_id: str = "") -> Audit:
    d = Domain(
        number=domain,
        grade=grade or Grade.GOOD,
        paragraphs=[TextBlock(text=p) for p in paragraphs],
        actions=[Action(block=TextBlock(text=a), domain=domain) for a in actions],
    )
    return Audit(path=item_id, audit_id=item_id, child_ref=child_ref, audit_date=audit_date, domains=[d])


def _split_paths(folder: Path) -> Iterator[tuple[str, Path]]:
    for split in SPLITS:
        for path in split_files(folder, split):
            yield split, path


def labelled_items(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data.get("items", [])


def sentence_paragraph(item: dict) -> tuple[str, str]:
    """A labelled sentence and the paragraph it is judged in: the sentence, then its ``next`` if it has one."""
    text = item["text"].strip()
    return text, text + (" " + item["next"].strip() if item.get("next") else "")


def al201_expected(item: dict) -> bool:
    """AL201 should fire on the sentence: it is process, and so is the sentence after it (or there is none)."""
    return item.get("class") == "process" and item.get("next_class", "process") == "process"


def _sentence_cases(root: Path) -> Iterator[Case]:
    for split, path in _split_paths(root / "sentences"):
        for it in labelled_items(path):
            text, para = sentence_paragraph(it)
            audit = audit_with(2, [para], item_id=it["id"])
            gold = set()
            if al201_expected(it):
                gold.add(("AL201", None))
            if it.get("tone") == "emotive":
                gold.add(("AL401", None))
            if it.get("tone") == "blaming":
                gold.add(("AL402", None))
            if it.get("mitigation"):
                gold.add(("AL205", None))
            block = audit.domains[0].paragraphs[0]
            yield Case("sentences", split, it["id"], audit, frozenset({"AL201", "AL401", "AL402", "AL205"}),
                       gold, span=(0, len(text)), block=block)


def _action_cases(root: Path) -> Iterator[Case]:
    for split, path in _split_paths(root / "actions"):
        for it in labelled_items(path):
            date = it.get("audit_date")
            date = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date))
            audit = audit_with(1, ["XXXX is nine and lives with her mother."], [it["text"]], audit_date=date,
                                item_id=it["id"])
            gold = set()
            ts = it.get("timescale")
            if ts == "none":
                gold.add(("AL301", None))
            if ts == "vague":
                gold.add(("AL302", None))
            if not it.get("owner", True):
                gold.add(("AL303", None))
            if not it.get("specific", True):
                gold.add(("AL304", None))
            if ts == "dated" and it.get("date_valid") is False:
                gold.add(("AL305", None))
            block = audit.domains[0].actions[0].block
            yield Case("actions", split, it["id"], audit,
                       frozenset({"AL301", "AL302", "AL303", "AL304", "AL305"}), gold, block=block)


def _supervision_cases(root: Path) -> Iterator[Case]:
    for split, path in _split_paths(root / "supervision"):
        for it in labelled_items(path):
            date = it.get("audit_date")
            date = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date))
            paras = [p.strip() for p in str(it["text"]).split("\n\n") if p.strip()]
            audit = audit_with(6, paras, audit_date=date, item_id=it["id"])
            gold = {(c, None) for c in it.get("expect", [])}
            yield Case("supervision", split, it["id"], audit, frozenset({"AL601", "AL602", "AL603"}), gold)


def _grade_cases(root: Path) -> Iterator[Case]:
    for split, path in _split_paths(root / "grade-evidence"):
        for it in labelled_items(path):
            paras = [p.strip() for p in str(it["text"]).split("\n\n") if p.strip()]
            grade = catalogue().parse_grade(str(it["grade"]))  # any wording an audit may use
            if grade is None:
                raise ValueError(f"{path}: {it['id']}: {it['grade']!r} is not a grade")
            audit = audit_with(3, paras, grade=grade, item_id=it["id"])
            gold = {("AL204", None)} if it.get("mismatch") else set()
            yield Case("grade-evidence", split, it["id"], audit, frozenset({"AL204"}), gold)


def _child_voice_cases(root: Path) -> Iterator[Case]:
    """One domain narrative alone, for AL206 (child-voice-absent): labelled ``voice: recorded`` (the child's
    wishes, feelings or views are there, in any form the guide accepts), ``reason`` (why they could not be
    obtained) or ``absent`` (only an adult's appraisal, a family member's account, a pointer elsewhere, or
    nothing). AL206 should fire on ``absent`` alone."""
    for split, path in _split_paths(root / "child-voice"):
        for it in labelled_items(path):
            label = it.get("voice")
            if label not in ("recorded", "reason", "absent"):
                raise ValueError(f"{path}: {it.get('id')}: voice must be recorded, reason or absent, not {label!r}")
            paras = [p.strip() for p in str(it["text"]).split("\n\n") if p.strip()]
            audit = audit_with(int(it.get("domain", 4)), paras, item_id=it["id"])
            gold = {("AL206", None)} if label == "absent" else set()
            yield Case("child-voice", split, it["id"], audit, frozenset({"AL206"}), gold)


def _domain_cases(root: Path) -> Iterator[Case]:
    """One domain's whole narrative alone, for AL202 (domain-without-impact: labelled ``impact: false``) and
    AL203 (compliance-heavy: labelled ``compliance_heavy: true``)."""
    for split, path in _split_paths(root / "domains"):
        for it in labelled_items(path):
            for key in ("impact", "compliance_heavy"):
                if not isinstance(it.get(key), bool):
                    raise ValueError(f"{path}: {it.get('id')}: {key} must be true or false, not {it.get(key)!r}")
            paras = [p.strip() for p in str(it["text"]).split("\n\n") if p.strip()]
            audit = audit_with(int(it["domain"]), paras, item_id=it["id"])
            gold = set()
            if not it["impact"]:
                gold.add(("AL202", None))
            if it["compliance_heavy"]:
                gold.add(("AL203", None))
            yield Case("domains", split, it["id"], audit, frozenset({"AL202", "AL203"}), gold)


AUDIT_CODES = frozenset(
    "AL101 AL102 AL104 AL105 AL106 AL107 AL202 AL203 AL204 AL206 AL207 AL306 AL601 AL602 AL603".split()
)


def _audit_cases(root: Path) -> Iterator[Case]:
    for path in sorted((root / "audits").glob("labels*.yaml")):
        yield from _labelled_audits(root, path)


def _labelled_audits(root: Path, path: Path) -> Iterator[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for it in data.get("audits", []):
        audit = read_path(root / it["file"])
        gold = {(e["code"], e.get("domain") or None) for e in it.get("expect", []) if e["code"] in AUDIT_CODES}
        yield Case("audits", it.get("split", "tune"), it["file"], audit, AUDIT_CODES, gold, by_domain=True)


LOADERS: dict[str, Callable[[Path], Iterator[Case]]] = {
    "sentences": _sentence_cases,
    "actions": _action_cases,
    "supervision": _supervision_cases,
    "grade-evidence": _grade_cases,
    "child-voice": _child_voice_cases,
    "domains": _domain_cases,
    "audits": _audit_cases,
}


def load_cases(root: Path, sets: tuple[str, ...] = (), splits: tuple[str, ...] = ()) -> list[Case]:
    """Every labelled item of ``sets`` (all when empty) in ``splits`` (all when empty)."""
    cases: list[Case] = []
    for name, loader in LOADERS.items():
        if not sets or name in sets:
            cases += [c for c in loader(root) if not splits or c.split in splits]
    return cases


def evaluate(cases: list[Case], config: Config | None = None) -> dict[tuple[str, str, str], Tally]:
    """(code, set, split) -> tally of true and false positives and negatives."""
    engine = Engine(config or Config())
    results = engine.check([c.audit for c in cases])
    tallies: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    for case, res in zip(cases, results):
        fired: set[tuple[str, int | None]] = set()
        for f in res.findings:
            if f.code not in case.judged:
                continue
            if case.block is not None and case.span is not None:
                start = case.block.position(case.span[0])
                end = case.block.position(case.span[1])
                if not (start <= (f.line, f.column) < end or (f.line, f.column) == start):
                    continue
            fired.add((f.code, f.domain if case.by_domain else None))
        for code in case.judged:
            pred = {k for k in fired if k[0] == code}
            gold = {k for k in case.gold if k[0] == code}
            t = tallies[(code, case.set, case.split)]
            t.tp += len(pred & gold)
            t.fp += len(pred - gold)
            t.fn += len(gold - pred)
            for k in pred - gold:
                t.errors.append(f"FP {case.id} {k}")
            for k in gold - pred:
                t.errors.append(f"FN {case.id} {k}")
    return dict(tallies)


def combine(tallies: dict[tuple[str, str, str], Tally], split: str | None = None) -> dict[str, Tally]:
    out: dict[str, Tally] = defaultdict(Tally)
    for (code, _set, sp), t in tallies.items():
        if split is None or sp == split:
            o = out[code]
            o.tp += t.tp
            o.fp += t.fp
            o.fn += t.fn
            o.errors += t.errors
    return dict(out)


def table(tallies: dict[tuple[str, str, str], Tally]) -> str:
    def fmt(x: float | None) -> str:
        return "  -  " if x is None else f"{x:.2f}"

    rows = ["code   split     TP  FP  FN  precision  recall", "-----  --------  --  --  --  ---------  ------"]
    codes = sorted({k[0] for k in tallies})
    for code in codes:
        for split in (*SPLITS, "example", None):
            sub = {k: v for k, v in tallies.items() if k[0] == code and (split is None or k[2] == split)}
            if not sub:
                continue
            t = combine(sub)[code]
            if t.tp + t.fp + t.fn == 0 and split is not None:
                continue
            rows.append(
                f"{code}  {split or 'all':<8}  {t.tp:>2}  {t.fp:>2}  {t.fn:>2}  {fmt(t.precision):>9}  {fmt(t.recall):>6}"
            )
    return "\n".join(rows) + "\n"
