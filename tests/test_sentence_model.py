"""The learned sentence class behind AL201 (issue 3): auditlint/sentence_model.py and its training.

Real spaCy, the real rule files and the real tune corpus. The shipped weights must be what
retraining on the tune split gives (so they are never edited by hand); the model must keep the
guide's own examples right; ``model: none`` must give back the rules' classes exactly.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import yaml

from auditlint import sentence_training as training
from auditlint.config import Config
from auditlint.engine import Engine
from auditlint.errors import ConfigError
from auditlint.ruletypes import AuditContext
from auditlint.ruletypes.analysis import EVALUATION, PROCESS, classify_audit_detail, default_cues
from auditlint.sentence_model import SentenceModel, load_model, model_path, raw_features

from .conftest import CORPORA, audit_with, engine_for, findings

WEAK = "There is evidence of supervision and management oversight."
# a sentence the rules class evaluation and the shipped model process (a verdict word on a bare process)
OVERRIDDEN = "Good evidence that statutory visits are completed."


@pytest.fixture(scope="module")
def tune():
    paths = training.tune_files(CORPORA)
    assert paths and all(p.name.startswith("tune") for p in paths)
    return [p.name for p in paths], [training.extract(p) for p in paths]


def test_retraining_on_the_tune_split_gives_the_shipped_weights(tune):
    names, files = tune
    shipped = json.loads(model_path("sentence-class").read_text(encoding="utf-8"))
    again = training.fit_model(names, files)
    # the features include the rules' classes, which change with the tune labels and with the lexicons the
    # classifier reads (analysis-cues.yml, and blaming.yml/emotive.yml as judging words)
    retrain = "out of date: run `python -m auditlint.sentence_training corpora` after changing them; "
    assert again["features"] == shipped["features"]
    assert again["training"] == shipped["training"]
    assert again["keep_other"] == shipped["keep_other"]
    # the decision rule: more sure to make a sentence process (AL201 fires on it) than to overrule towards
    # evaluation or impact; the pair is what choose_thresholds picks from the leave-one-file-out probabilities
    assert (again["min_confidence_process"], again["min_confidence"]) == (
        shipped["min_confidence_process"], shipped["min_confidence"]) == (0.6, 0.5)
    for key in ("weights", "bias"):
        np.testing.assert_allclose(np.array(again[key]), np.array(shipped[key]), rtol=0, atol=1e-6, err_msg=retrain + key)
    for key in ("mean", "scale"):
        np.testing.assert_allclose(np.array(again["standardise"][key]), np.array(shipped["standardise"][key]),
                                   rtol=0, atol=1e-6, err_msg=key)
    # the figures recorded in the file are the cross-validation of these files, never a held-out split
    assert set(shipped["cross_validation"]["folds"]) == set(names)
    pooled = shipped["cross_validation"]["pooled"]
    # (session 17: with round 17 as a fold the pooled leave-one-file-out model recall is 0.808, from 0.81;
    # session 18: with round 18 as a fold, 0.7956 (1382/298/355), its new voices being the hardest fold;
    # session 20: with rounds 16 and 19 as folds, both by writers no other fold shares and both measured unseen
    # before they joined, 0.801/0.784 (1419/353/391), from 0.82/0.80; then with sentences the rules leave unclassed
    # moved to evaluation or impact at 0.6 confidence, 0.814/0.780 (1412/323/398); session 21, with round 20 as a
    # fold: 0.810/0.785 (1437/336/394); session 22, with rounds 21 and 22 as folds: 0.802/0.778 (1478/364/423))
    assert pooled["model"]["precision"] >= 0.80 and pooled["model"]["recall"] >= 0.77, pooled


def test_the_run_time_features_are_the_training_features():
    """The model reads a live sentence as training builds its rows (:func:`sentence_model.assemble`),
    and the fast path (a row per feature that is on) gives the same scores as the whole product."""
    model = load_model("sentence-class")
    eng = engine_for("AL201")
    audit = audit_with(2, [OVERRIDDEN + " " + WEAK])
    docs = eng.parse([audit])
    ctx = AuditContext(audit, docs, eng.config, eng.lexicons)
    block = audit.domains[0].paragraphs[0]
    rules = classify_audit_detail(ctx, default_cues(eng.lexicons), "none")[id(block)]
    spans = {s.start_char: s for s in ctx.sentences(block)}
    assert len(rules) == 2
    vocab = {b: {k: i for i, k in enumerate(v)} for b, v in
             (("reasons", model.vocab["reasons"]), ("lemmas", model.vocab["lemmas"]))}
    for found in rules:
        sent = spans[found.start]
        x = raw_features(sent, found.cls, found.reasons, found.child_mentioned, model.blocks, vocab)
        assert x.shape == (model.w.shape[1],)
        np.testing.assert_allclose(model.scores(sent, found.cls, found.reasons, found.child_mentioned),
                                   model.w @ x + model.b, rtol=0, atol=1e-9)


def test_the_guides_weak_example_is_process_and_flagged():
    eng = engine_for("AL201")
    audit = audit_with(6, [WEAK])
    ctx = AuditContext(audit, eng.parse([audit]), eng.config, eng.lexicons)
    got = classify_audit_detail(ctx, eng.rules[0].cues, eng.rules[0].params.model)
    assert [s.cls for s in got[id(audit.domains[0].paragraphs[0])]] == [PROCESS]
    assert [f.code for f in findings(audit_with(6, [WEAK]), "AL201")] == ["AL201"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the guide's strong example: the fact, then what it changed for the child
        WEAK + " In the October session the manager challenged the drift in the permanence plan, and as a result a "
        "family finder was allocated within two weeks, so XXXX now knows where she will be living next year.",
        "A referral to CAMHS was made in March. Because of the weekly sessions since, XXXX now sleeps through the "
        "night and has stopped hurting herself.",
        "Core groups were held monthly. The delay between them has left XXXX without a safe adult at weekends.",
    ],
)
def test_a_fact_followed_by_its_consequence_for_the_child_is_not_flagged(paragraph):
    assert not [f for f in findings(audit_with(2, [paragraph]), "AL201") if f.code == "AL201"]


def test_model_none_gives_back_the_rules_classes():
    text = OVERRIDDEN + " " + WEAK + " The plan was reviewed in May. A copy was sent to the school."
    audit = audit_with(3, [text])
    block = audit.domains[0].paragraphs[0]
    on = Engine(Config(select=["AL201"]))
    off = Engine(Config(select=["AL201"], rules={"AL201": {"model": "none"}}))
    assert on.rules[0].params.model == "sentence-class" and off.rules[0].params.model == "none"

    def classes_with(eng: Engine):
        ctx = AuditContext(audit, eng.parse([audit]), eng.config, eng.lexicons)
        return classify_audit_detail(ctx, eng.rules[0].cues, eng.rules[0].params.model)[id(block)]

    rules_alone = classes_with(off)
    learned = classes_with(on)
    ctx = AuditContext(audit, off.parse([audit]), off.config, off.lexicons)
    bare = classify_audit_detail(ctx, off.rules[0].cues, "none")[id(block)]
    assert rules_alone == bare  # same classes and the rules' own reasons
    assert [s.cls for s in rules_alone][0] == EVALUATION
    assert [s.cls for s in learned][0] == PROCESS
    assert learned[0].reasons[0].startswith("process: learned model (p=")
    assert "the rules said evaluation" in learned[0].reasons[0]
    # where the model agrees, the rules' reason is kept as it was
    assert learned[1:] == rules_alone[1:]
    # the rule reads what it is told: the first sentence is flagged only with the model on
    first = block.position(0)
    fired_on = {(f.line, f.column) for f in on.check([audit])[0].findings if f.code == "AL201"}
    fired_off = {(f.line, f.column) for f in off.check([audit])[0].findings if f.code == "AL201"}
    assert first in fired_on and first not in fired_off


def _items(prefix: str, n: int) -> list[dict]:
    kinds = [
        ("The core group met on {d} March.", "process"),
        ("The assessment is thorough and its analysis is clear.", "evaluation"),
        ("XXXX now feels safe at home and sleeps well.", "impact"),
    ]
    out = []
    for i in range(n):
        text, cls = kinds[i % 3]
        out.append({"id": f"{prefix}{i}", "text": text.format(d=i + 1), "class": cls, "tone": "neutral",
                    "mitigation": False})
    return out


def test_the_training_command_prints_its_table_on_a_tiny_corpus(tmp_path, capsys):
    folder = tmp_path / "sentences"
    folder.mkdir()
    (folder / "tune.yaml").write_text(yaml.safe_dump({"items": _items("a", 9)}), encoding="utf-8")
    (folder / "tune-b.yaml").write_text(yaml.safe_dump({"items": _items("b", 6)}), encoding="utf-8")
    (folder / "holdout.yaml").write_text("this held-out file must never be read: [", encoding="utf-8")
    out = tmp_path / "model.json"
    assert training.main([str(tmp_path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "tune.yaml" in printed and "tune-b.yaml" in printed and "pooled" in printed
    assert "holdout" not in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["training"]["files"] == ["tune-b.yaml", "tune.yaml"]
    assert set(data["cross_validation"]["folds"]) == {"tune-b.yaml", "tune.yaml"}
    load_model.cache_clear()
    try:
        model = load_model(str(out))
        assert model is not None and model.w.shape[0] == 3
    finally:
        load_model.cache_clear()


def _probs(*rows: list[float]) -> list[np.ndarray]:
    return [np.array([r]) for r in rows]


def test_the_model_needs_more_confidence_to_make_a_sentence_process():
    """The decision rule the model file records: the model's class when it is at least ``min_confidence``
    sure of evaluation or impact, ``min_confidence_process`` sure of process; else the rules' class."""
    sent = lambda rules: training.Sent(True, None, rules, (), np.zeros(1), np.zeros(1), [])  # noqa: E731
    items = [training.Item(str(i), None, False, [sent(r)]) for i, r in enumerate(["evaluation", "process", "process", "other"])]
    probs = _probs([0.55, 0.3, 0.15], [0.7, 0.2, 0.1], [0.2, 0.55, 0.25], [0.1, 0.1, 0.8])
    got = training.decide(items, probs, True, 0.5, 0.6)
    assert got == [["evaluation"], ["process"], ["evaluation"], ["other"]]
    model = load_model("sentence-class")
    assert (model.min_confidence_process, model.min_confidence) == (0.6, 0.5)
    # a model file written before the pair had one threshold for every class
    old = json.loads(model_path("sentence-class").read_text(encoding="utf-8"))
    del old["min_confidence_process"]
    old["min_confidence"] = 0.6
    assert SentenceModel(old).min_confidence_process == 0.6


def test_a_missing_model_file_is_a_configuration_error_naming_it(tmp_path):
    gone = tmp_path / "gone.json"
    with pytest.raises(ConfigError, match="no model file .*gone.json"):
        Engine(Config(select=["AL201"], rules={"AL201": {"model": str(gone)}}))


def test_a_file_that_is_not_a_model_is_a_configuration_error_not_an_internal_one(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"classes": 3}', encoding="utf-8")
    eng = Engine(Config(select=["AL201"], rules={"AL201": {"model": str(bad)}}))
    with pytest.raises(ConfigError, match="bad.json: not a sentence model"):
        eng.check([audit_with(6, [WEAK])])
