"""The second annotator's labels cover every held-out item they are measured against, and the
agreement script prints a row per code and split."""

import runpy
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = ROOT / "corpora" / "agreement"


def _ids(path: Path) -> set[str]:
    return {i["id"] for i in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]}


def test_second_labels_cover_exactly_the_measured_items():
    for kind, mine in (("sentences", "sentences-second-annotator.yaml"), ("grade-evidence", "grade-evidence-second-annotator.yaml")):
        first = set().union(*(_ids(ROOT / "corpora" / kind / f"{s}.yaml") for s in ("holdout3", "holdout4")))
        assert _ids(AGREEMENT / mine) == first, kind


def test_measure_prints_every_code_for_both_splits(capsys):
    module = runpy.run_path(str(AGREEMENT / "measure.py"))
    assert module["main"]() == 0
    out = capsys.readouterr().out
    for split in ("holdout3", "holdout4"):
        assert f"-- {split}:" in out and "kappa" in out
    assert sum(line.startswith(("AL201", "AL401", "AL402", "AL205", "AL204")) for line in out.splitlines()) == 10
    assert module["sentence_codes"]({"class": "process", "next_class": "impact"}) == set()
    assert module["sentence_codes"]({"class": "process", "tone": "blaming", "mitigation": True}) == {"AL201", "AL402", "AL205"}
