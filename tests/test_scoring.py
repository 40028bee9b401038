"""The writing score: calibrated on the corpus, transparent, configurable, never a practice grade."""

from __future__ import annotations

import textwrap
from functools import lru_cache

import pytest
import yaml
from click.testing import CliRunner

from auditlint.cli import main
from auditlint.config import Config, load_config
from auditlint.engine import Engine
from auditlint.errors import ConfigError
from auditlint.readers import read_path
from auditlint.scoring import ScoreConfig, breakdown_rows, explain, score_config

from .conftest import CORPORA, EXAMPLES, audit_from_markdown, engine_for

MIN_SEPARATION = 15.0  # "well above": the weakest strong audit beats the strongest weak one by this much


@lru_cache(maxsize=1)
def corpus_scores() -> list[tuple[dict, object]]:
    labels = yaml.safe_load((CORPORA / "audits" / "labels.yaml").read_text(encoding="utf-8"))["audits"]
    audits = [read_path(CORPORA / item["file"]) for item in labels]
    results = engine_for().check(audits)
    return list(zip(labels, results))


def _table(rows) -> str:
    lines = ["split    writing  score  band             file"]
    for label, r in sorted(rows, key=lambda x: (x[0]["split"], x[0]["writing"], -x[1].score)):
        lines.append(f"{label['split']:<8} {label['writing']:<7} {r.score:6.1f}  {r.band:<16} {label['file']}")
    return "\n".join(lines)


@pytest.mark.parametrize("splits", [("tune",), ("holdout",), ("example",), ("tune", "holdout", "example")])
def test_every_strong_audit_scores_above_every_weak_one(splits):
    rows = [(lab, r) for lab, r in corpus_scores() if lab.get("split", "tune") in splits]
    strong = [r.score for lab, r in rows if lab["writing"] == "strong"]
    weak = [r.score for lab, r in rows if lab["writing"] == "weak"]
    assert strong and weak
    separation = min(strong) - max(weak)
    print(f"\n{_table(rows)}\nsplits {'+'.join(splits)}: weakest strong {min(strong):.1f}, strongest weak "
          f"{max(weak):.1f}, separation {separation:.1f} points")
    assert min(strong) > max(weak), _table(rows)
    assert separation >= MIN_SEPARATION, _table(rows)


def test_bands_of_the_corpus_extremes():
    for lab, r in corpus_scores():
        if lab["writing"] == "strong":
            assert r.band in ("ready to submit", "minor revisions"), (lab["file"], r.score, r.band)
        if lab["writing"] == "weak":
            assert r.band in ("not ready", "needs work"), (lab["file"], r.score, r.band)


def test_breakdown_adds_up_to_the_score():
    for lab, r in corpus_scores():
        rows = breakdown_rows(r)
        earned = [x for x in rows if x["kind"] == "earned"]
        clean_max = 100.0 - sum(x["max"] for x in earned)
        total = clean_max - sum(x["points"] for x in rows if x["kind"] == "lost") + sum(x["points"] for x in earned)
        assert total == pytest.approx(r.score, abs=0.6), lab["file"]
        for x in earned:
            assert 0.0 <= x["points"] <= x["max"] + 1e-9


def test_domains_and_audit_scores_in_range():
    for _, r in corpus_scores():
        assert 0.0 <= r.score <= 100.0
        assert [d.number for d in r.domains] == list(range(1, 8))
        for d in r.domains:
            assert 0.0 <= d.score <= 100.0 and d.band


def test_positive_evidence_is_counted():
    by_file = {lab["file"]: r for lab, r in corpus_scores()}

    def earned(r, component):
        return sum(b["points"] for b in r.score_breakdown if b["kind"] == "earned" and b.get("component") == component)

    strong, weak = by_file["examples/good-audit.md"], by_file["examples/weak-audit.md"]
    assert earned(strong, "impact") > earned(weak, "impact")
    assert earned(strong, "actions") > earned(weak, "actions")
    assert earned(strong, "voice:child") > earned(weak, "voice:child")


def _one_domain(text: str):
    md = textwrap.dedent(
        """\
        ---
        audit_id: LEN
        child_ref: XXXX
        audit_date: 2023-02-14
        ---
        # Assessment
        Grade: Good

        """
    ) + text + "\n"
    return audit_from_markdown(md)


def test_a_long_domain_is_not_punished_for_being_long():
    para = (
        "The plan was reviewed in June. The chronology was updated in July. "
        "A visit took place in August. The file was audited in September. "
        "Case notes were uploaded in October. The core group met in November. "
        "The assessment was completed in December. A referral was made in January. "
        "The review took place in February. The minutes were filed in March. "
        "Letters were sent in April. The plan was signed off in May. "
    )
    eng = engine_for()
    short, long_ = eng.check([_one_domain(para), _one_domain(para + "\n\n" + para + "\n\n" + para)])
    d_short = next(d for d in short.domains if d.number == 3)
    d_long = next(d for d in long_.domains if d.number == 3)
    n_short = sum(1 for f in short.findings if f.domain == 3)
    n_long = sum(1 for f in long_.findings if f.domain == 3)
    assert n_long > n_short  # three times the text, more findings
    assert abs(d_long.score - d_short.score) <= 6.0, (d_short.score, d_long.score)


def test_immediate_response_caps_the_band(tmp_path):
    rules = tmp_path / "ourrules"
    rules.mkdir()
    (rules / "AL107.yml").write_text("code: AL107\nimmediate_response: true\n", encoding="utf-8")
    eng = Engine(Config(rule_dirs=[rules], select=["AL107"]))
    audit = _one_domain("Plan reviewed.")
    r = eng.check([audit])[0]
    assert any(f.immediate_response for f in r.findings)
    order = [n for _, n in ScoreConfig().bands]
    assert order.index(r.band) >= order.index("needs work")
    assert any(b["kind"] == "cap" for b in r.score_breakdown)


def test_score_weights_come_from_config(tmp_path):
    base = engine_for("AL1").check([read_path(EXAMPLES / "weak-audit.md")])[0].score
    harsh = Engine(Config(select=["AL1"], score={"scale": 2.0})).check([read_path(EXAMPLES / "weak-audit.md")])[0]
    assert harsh.score < base


@pytest.mark.parametrize(
    "toml, words",
    [
        ("[score]\nscael = 3\n", "score.scael: unknown setting"),
        ("[score]\nscale = -1\n", "score.scale"),
        ("[score.severity_weights]\nfatal = 2\n", "not a severity"),
        ("[score.family_weights]\nX = 2\n", "not a rule family"),
        ("[score]\nevidence_share = 1.5\n", "score.evidence_share"),
        ("[score]\nbands = [[50, 'ok'], [70, 'good'], [0, 'bad']]\n", "highest floor"),
        ("[score]\nimmediate_response_cap = 'meh'\n", "not one of the bands"),
        ("[score.evidence_weights]\nvibes = 1\n", "not an evidence component"),
    ],
)
def test_bad_score_config_is_an_error_naming_the_key(tmp_path, toml, words):
    cfg_path = tmp_path / "auditlint.toml"
    cfg_path.write_text(toml, encoding="utf-8")
    cfg = load_config(cfg_path)
    with pytest.raises(ConfigError) as exc:
        score_config(cfg)
    assert str(cfg_path) in str(exc.value) and words in str(exc.value)


def test_bad_score_config_on_the_command_line_is_one_line(tmp_path):
    (tmp_path / "auditlint.toml").write_text("[score]\nscale = 0\n", encoding="utf-8")
    p = tmp_path / "a.md"
    p.write_text("# Assessment\nGrade: Good\n\nPlan reviewed.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(p), "--config", str(tmp_path / "auditlint.toml"), "--select", "AL1"])
    assert r.exit_code == 2 and "score.scale" in r.output and "Traceback" not in r.output


def test_explain_score_shows_lost_and_earned_points():
    r = CliRunner().invoke(main, ["check", str(EXAMPLES / "weak-audit.md"), "--explain-score"])
    out = r.output
    assert "writing free of findings" in out and "positive evidence" in out
    assert "    -" in out and "    +" in out
    assert "not a practice grade" in out
    # the practice grades are still shown apart from the writing score
    assert "practice grade: Requires Improvement to be Good" in out


def test_score_without_nlp_says_what_it_could_not_count():
    r = engine_for("AL101", "AL102", "AL107").check([_one_domain("Plan reviewed.")])[0]
    assert r.score is not None
    assert any(b["kind"] == "note" and "sentence classes" in b["what"] for b in r.score_breakdown)
    assert any("sentence classes" in line for line in explain(r))
