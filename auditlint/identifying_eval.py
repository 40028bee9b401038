"""Precision and recall of the identifying-detail detector on the labelled set.

``corpora/identifying/{tune,holdout}.yaml``: a top-level ``case_number_pattern``
and ``items`` with ``text`` and ``details: [{kind, text}]`` (``[]`` for a
look-alike). A predicted detail is correct when it overlaps a gold span (kinds
need not match); a gold span is found when a prediction overlaps it.

    python -m auditlint.identifying_eval [corpora/identifying] [--show-errors]

The labelled sets are fictional, so ``--show-errors`` prints the texts.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputError
from .evaluation import SPLITS, split_files
from .identifying import KINDS, Detector



@dataclass
class Score:
    split: str
    predicted: int = 0
    predicted_correct: int = 0
    gold: int = 0
    gold_found: int = 0
    predicted_chars: int = 0
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)  # (item id, kind, text)
    false_negatives: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 1.0

    @property
    def mean_span(self) -> float:
        """Mean length of a predicted span (any overlap counts, so long spans would flatter precision)."""
        return self.predicted_chars / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    def line(self) -> str:
        return (
            f"{self.split}: precision {self.precision:.3f} ({self.predicted_correct}/{self.predicted}), "
            f"recall {self.recall:.3f} ({self.gold_found}/{self.gold}), mean predicted span {self.mean_span:.1f} chars"
        )


def _gold_spans(path: Path, item: dict) -> list[tuple[int, int, str]]:
    text = str(item.get("text", ""))
    spans: list[tuple[int, int, str]] = []
    for d in item.get("details") or []:
        value = str(d.get("text", ""))
        start = 0
        while True:  # the next occurrence not already labelled (a name given twice)
            i = text.find(value, start)
            if i < 0:
                raise InputError(str(path), f"item {item.get('id')}: detail text not found in the item's text")
            if (i, i + len(value)) not in [(a, b) for a, b, _ in spans]:
                break
            start = i + 1
        spans.append((i, i + len(value), str(d.get("kind", ""))))
    return spans


def evaluate_file(
    path: Path, split: str | None = None, detector: Detector | None = None, score: Score | None = None
) -> Score:
    """Score the detector on one labelled file (parsed in one batch), adding to ``score`` when given."""
    from . import nlp

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = data.get("items") or []
    det = detector or Detector(kinds=KINDS, case_number_pattern=data.get("case_number_pattern"))
    docs = nlp.parse([str(it.get("text", "")) for it in items])
    score = score if score is not None else Score(split or path.stem)
    for item, doc in zip(items, docs):
        gold = _gold_spans(path, item)
        pred = det.find(doc)
        iid = str(item.get("id", "?"))
        score.predicted += len(pred)
        score.predicted_chars += sum(p.end - p.start for p in pred)
        score.gold += len(gold)
        for p in pred:
            if any(p.start < b and a < p.end for a, b, _ in gold):
                score.predicted_correct += 1
            else:
                score.false_positives.append((iid, p.kind, p.text))
        for a, b, kind in gold:
            if any(p.start < b and a < p.end for p in pred):
                score.gold_found += 1
            else:
                score.false_negatives.append((iid, kind, doc.text[a:b]))
    return score


def evaluate(root: str | Path = "corpora/identifying", splits: tuple[str, ...] = SPLITS) -> dict[str, Score]:
    """The score on each split present under ``root``."""
    folder = Path(root)
    out: dict[str, Score] = {}
    for split in splits:
        for path in split_files(folder, split):  # {split}.yaml and any {split}-*.yaml
            out[split] = evaluate_file(path, split, score=out.get(split))
    return out


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show = "--show-errors" in args
    args = [a for a in args if a != "--show-errors"]
    splits = SPLITS
    if "--split" in args:
        i = args.index("--split")
        splits = (args[i + 1],)
        del args[i : i + 2]
    root = args[0] if args else "corpora/identifying"
    for split, score in evaluate(root, splits).items():
        print(score.line())
        if show:
            for iid, kind, text in score.false_positives:
                print(f"  FP {iid} {kind}: {text!r}")
            for iid, kind, text in score.false_negatives:
                print(f"  FN {iid} {kind}: {text!r}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
