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
    sentence_part = out.split("-- holdout5:")[0]
    assert sum(line.startswith(("AL201", "AL401", "AL402", "AL205", "AL204")) for line in sentence_part.splitlines()) == 10
    assert module["sentence_codes"]({"class": "process", "next_class": "impact"}) == set()
    assert module["sentence_codes"]({"class": "process", "tone": "blaming", "mitigation": True}) == {"AL201", "AL402", "AL205"}


def test_second_audit_labels_cover_the_measured_audits():
    data = yaml.safe_load((AGREEMENT / "audits-second-annotator.yaml").read_text(encoding="utf-8"))
    named = {a["file"] for a in data["audits"]}
    first = set()
    for split in ("holdout5", "holdout6", "holdout7"):
        labels = yaml.safe_load((ROOT / "corpora" / "audits" / f"labels-{split}.yaml").read_text(encoding="utf-8"))
        first |= {a["file"] for a in labels["audits"]}
    assert named == first
    assert all((ROOT / "corpora" / f).is_file() for f in named)


def test_measure_prints_every_audit_code_for_each_audit_split(capsys):
    module = runpy.run_path(str(AGREEMENT / "measure.py"))
    assert module["main"]() == 0
    out = capsys.readouterr().out
    for split in ("holdout5", "holdout6", "holdout7"):
        assert f"-- {split}: 6 whole audits" in out
    assert sum(line.startswith(("AL202", "AL203", "AL206", "AL207")) for line in out.splitlines()) == 12
    first = {"a": {("AL202", 3), ("AL206", 0)}, "b": set()}
    second = {"a": {("AL202", 3), ("AL202", 5)}, "b": {("AL206", 0)}}
    assert module["score_pairs"](first, second, "AL202") == (1, 1, 0)
    assert module["score_pairs"](first, second, "AL206") == (0, 1, 1)
    assert module["audit_pairs"]({"expect": [{"code": "AL206", "domain": 0}, {"code": "AL101", "domain": 2}]}) == {("AL206", 0)}


def test_newest_writers_agreement_prints_each_round_and_both(capsys):
    module = runpy.run_path(str(AGREEMENT / "measure.py"))
    second = _ids(AGREEMENT / "sentences-r21-r22-second-annotator.yaml")
    first = set().union(*(_ids(ROOT / "corpora" / "sentences" / f) for f in module["NEWEST"].values()))
    assert len(second) == 200 and second <= first
    module["newest_agreement"]()
    out = capsys.readouterr().out
    assert "-- r21: 100 sentences" in out and "-- r22: 100 sentences" in out and "-- r21+r22: 200 sentences" in out
    assert sum(line.startswith(("AL201", "AL401", "AL402", "AL205")) for line in out.splitlines()) == 12
